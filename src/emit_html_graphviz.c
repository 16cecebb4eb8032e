/* The citation graph laid out by Graphviz: the graph module (module.h),
 * loaded only when an HTML report draws a graph. */
#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "emit_html_graph.h"
#include "util.h"

/* Removes the first attribute `name="..."` of the opening tag. */
static void drop_attr(char *svg, const char *name)
{
	char *end = strchr(svg, '>');
	char *a = strstr(svg, name);
	if (!a || !end || a > end)
		return;
	char *q = strchr(a + strlen(name), '"');
	if (!q)
		return;
	memmove(a, q + 1, strlen(q + 1) + 1);
}

/* One Graphviz context for the process, never freed: a second context
 * after gvFreeContext reads a font name the first one freed (its text
 * layout plugin caches it; valgrind sees the read). */
static GVC_t *shared_gvc;
static pthread_mutex_t gvc_lock = PTHREAD_MUTEX_INITIALIZER;

char *graph_draw_graphviz(const struct graph *g)
{
	pthread_mutex_lock(&gvc_lock);
	if (!shared_gvc)
		shared_gvc = gvContext();
	GVC_t *gvc = shared_gvc;
	Agraph_t *G = agopen("citations", Agdirected, NULL);
	char *out = NULL;
	agsafeset(G, "rankdir", "LR", "");
	agattr(G, AGNODE, "fontname", "sans-serif");
	agattr(G, AGNODE, "fontsize", "10");
	Agnode_t **nodes = xcalloc(g->nn ? g->nn : 1, sizeof(*nodes));
	for (size_t i = 0; i < g->nn; i++) {
		char id[32];
		snprintf(id, sizeof(id), "n%zu", i);
		nodes[i] = agnode(G, id, 1);
		agsafeset(nodes[i], "label", (char *)g->n[i].label, "");
		if (g->n[i].claim >= 0) {
			agsafeset(nodes[i], "shape", "ellipse", "");
			agsafeset(nodes[i], "color", (char *)graph_colour(g->n[i].status), "");
			agsafeset(nodes[i], "penwidth", "2", "");
		} else {
			agsafeset(nodes[i], "shape", "box", "");
		}
	}
	for (size_t i = 0; i < g->ne; i++)
		agedge(G, nodes[g->e[i].from], nodes[g->e[i].to], NULL, 1);
	if (gvLayout(gvc, G, "dot") == 0) {
		char *data = NULL;
		unsigned int len = 0;
		if (gvRenderData(gvc, G, "svg", &data, &len) == 0 && data) {
			/* drop the XML prolog and doctype: the SVG sits inline;
			 * and its sizes in points: the viewBox scales it */
			char *svg = strstr(data, "<svg");
			if (svg) {
				out = xstrdup(svg);
				drop_attr(out, " width=\"");
				drop_attr(out, " height=\"");
				char *tag_end = strchr(out, '>');
				if (tag_end) {
					size_t at = (size_t)(tag_end - out);
					const char *attrs = " role=\"img\" aria-label=\"Citation graph: sources, "
							    "relays and the claims resting on them\"";
					char *o2 = xmalloc(strlen(out) + strlen(attrs) + 1);
					memcpy(o2, out, at);
					strcpy(o2 + at, attrs);
					strcat(o2, out + at);
					free(out);
					out = o2;
				}
			}
			gvFreeRenderData(data);
		}
		gvFreeLayout(gvc, G);
	}
	free(nodes);
	agclose(G);
	pthread_mutex_unlock(&gvc_lock);
	return out;
}
