/* The citation graph's nodes and edges, shared by our own layout
 * (emit_html_graph.c) and Graphviz's (emit_html_graphviz.c, the graph
 * module: module.h). */
#ifndef PC_EMIT_HTML_GRAPH_H
#define PC_EMIT_HTML_GRAPH_H

#include <stddef.h>

struct gnode {
	const char *label;
	int layer; /* 0 origins, 1.. relays, last claims */
	int row;
	int claim; /* -1 for sources */
	const char *status;
};

struct gedge {
	int from, to;
};

struct graph {
	struct gnode *n;
	size_t nn;
	struct gedge *e;
	size_t ne;
	int layers;
};

/* The stroke of a claim's node: its status's colour. */
const char *graph_colour(const char *status);
/* The graph drawn by Graphviz as an SVG element (malloc'd), or NULL. */
char *graph_draw_graphviz(const struct graph *g);

#endif
