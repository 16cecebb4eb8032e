/* The citation graph of a document as SVG: sources on the left, relays
 * after them, claims on the right; an edge for each step of a chain. */
#include <stdlib.h>
#include <string.h>

#include "emit_html.h"
#include "util.h"

#ifdef HAVE_GVC
#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>
#include <pthread.h>
#endif

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

static int node(struct graph *g, const char *label, int layer, int claim, const char *status)
{
	for (size_t i = 0; i < g->nn; i++)
		if (g->n[i].claim == claim && (claim >= 0 || !strcmp(g->n[i].label, label))) {
			if (layer > g->n[i].layer && claim < 0)
				g->n[i].layer = layer;
			return (int)i;
		}
	g->n = xrealloc(g->n, (g->nn + 1) * sizeof(*g->n));
	g->n[g->nn] = (struct gnode){ label, layer, 0, claim, status };
	return (int)g->nn++;
}

static void edge(struct graph *g, int a, int b)
{
	for (size_t i = 0; i < g->ne; i++)
		if (g->e[i].from == a && g->e[i].to == b)
			return;
	g->e = xrealloc(g->e, (g->ne + 1) * sizeof(*g->e));
	g->e[g->ne++] = (struct gedge){ a, b };
}

static const char *colour(const char *status)
{
	if (!strcmp(status, "unsourced")) return "#b00020";
	if (!strcmp(status, "single-source")) return "#8a4b00";
	if (!strcmp(status, "multi-source")) return "#1b6e20";
	return "#555555";
}

/* Claims with sources, their origins and relays; at most 60 claims, so
 * the picture stays readable. */
static void build(const struct pc_doc *doc, struct graph *g, char labels[][16])
{
	int shown = 0;
	for (size_t i = 0; i < doc->nclaims && shown < 60; i++) {
		const struct claim *c = &doc->claims[i];
		if (!c->nsources)
			continue;
		snprintf(labels[shown], 16, "line %d", c->line);
		int cn = node(g, labels[shown], 0, c->id, status_name(c->status));
		shown++;
		for (size_t k = 0; k < c->nsources; k++) {
			const struct source *s = &c->sources[k];
			int prev = node(g, s->name, 0, -1, NULL);
			for (size_t v = 0; v < s->nvia; v++) {
				int r = node(g, s->via[v], (int)v + 1, -1, NULL);
				edge(g, prev, r);
				prev = r;
			}
			edge(g, prev, cn);
		}
	}
	int maxl = 0;
	for (size_t i = 0; i < g->nn; i++)
		if (g->n[i].claim < 0 && g->n[i].layer > maxl)
			maxl = g->n[i].layer;
	g->layers = maxl + 2;
	for (size_t i = 0; i < g->nn; i++)
		if (g->n[i].claim >= 0)
			g->n[i].layer = maxl + 1;
}

struct buf {
	char *s;
	size_t n, cap;
};

static void put(struct buf *b, const char *s, size_t n)
{
	if (b->n + n + 1 > b->cap) {
		b->cap = (b->n + n + 1) * 2;
		b->s = xrealloc(b->s, b->cap);
	}
	memcpy(b->s + b->n, s, n);
	b->n += n;
	b->s[b->n] = '\0';
}

static void puts_esc(struct buf *b, const char *s)
{
	for (; *s; s++) {
		switch (*s) {
		case '&': put(b, "&amp;", 5); break;
		case '<': put(b, "&lt;", 4); break;
		case '>': put(b, "&gt;", 4); break;
		case '"': put(b, "&quot;", 6); break;
		default: put(b, s, 1);
		}
	}
}

static void putf(struct buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

#include <stdarg.h>
static void putf(struct buf *b, const char *fmt, ...)
{
	char tmp[512];
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(tmp, sizeof(tmp), fmt, ap);
	va_end(ap);
	if (n > 0)
		put(b, tmp, (size_t)n < sizeof(tmp) ? (size_t)n : sizeof(tmp) - 1);
}

/* Our own layered drawing: columns by layer, rows in order. */
static char *draw_layered(const struct graph *g)
{
	struct buf b = { 0 };
	int rows[16] = { 0 };
	struct gnode *n = g->n;
	for (size_t i = 0; i < g->nn; i++) {
		int l = n[i].layer < 15 ? n[i].layer : 15;
		n[i].row = rows[l]++;
	}
	int maxrows = 1;
	for (int l = 0; l < 16; l++)
		if (rows[l] > maxrows)
			maxrows = rows[l];
	const int colw = 190, rowh = 28, w = g->layers * colw, h = maxrows * rowh + 10;
	putf(&b, "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 %d %d\" "
	     "width=\"%d\" height=\"%d\" aria-label=\"Citation graph: sources, relays and the claims "
	     "resting on them\" style=\"font-family:sans-serif;font-size:11px\">", w, h, w, h);
	for (size_t i = 0; i < g->ne; i++) {
		const struct gnode *a = &n[g->e[i].from], *c = &n[g->e[i].to];
		putf(&b, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#888\"/>",
		     a->layer * colw + 170, a->row * rowh + 19, c->layer * colw + 4, c->row * rowh + 19);
	}
	for (size_t i = 0; i < g->nn; i++) {
		const struct gnode *a = &n[i];
		int x = a->layer * colw + 4, y = a->row * rowh + 8;
		const char *stroke = a->claim >= 0 ? colour(a->status) : "#333";
		putf(&b, "<rect x=\"%d\" y=\"%d\" width=\"166\" height=\"22\" rx=\"%d\" fill=\"#fff\" "
		     "stroke=\"%s\" stroke-width=\"%d\"/><text x=\"%d\" y=\"%d\">", x, y,
		     a->claim >= 0 ? 11 : 2, stroke, a->claim >= 0 ? 2 : 1, x + 6, y + 15);
		char label[40];
		snprintf(label, sizeof(label), "%s", a->label);
		if (strlen(a->label) >= sizeof(label))
			strcpy(label + sizeof(label) - 4, "...");
		puts_esc(&b, label);
		put(&b, "</text>", 7);
	}
	put(&b, "</svg>", 6);
	return b.s;
}

#ifdef HAVE_GVC
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

static char *draw_graphviz(const struct graph *g)
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
			agsafeset(nodes[i], "color", (char *)colour(g->n[i].status), "");
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
#endif

char *emit_html_graph(const struct pc_doc *doc)
{
	struct graph g = { 0 };
	char (*labels)[16] = xcalloc(64, sizeof(*labels));
	build(doc, &g, labels);
	char *svg = NULL;
	if (!g.nn) {
		svg = xstrdup("<p>No source is named, so there is no graph.</p>");
		goto out;
	}
#ifdef HAVE_GVC
	if (!getenv("PROVCHECK_NO_GRAPHVIZ"))
		svg = draw_graphviz(&g);
#endif
	if (!svg)
		svg = draw_layered(&g);
out:
	free(g.n);
	free(g.e);
	free(labels);
	return svg;
}
