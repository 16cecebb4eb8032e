/* The citation graph of a document as SVG: sources on the left, relays
 * after them, claims on the right; an edge for each step of a chain. */
#include <stdlib.h>
#include <string.h>

#include "emit_html.h"
#include "emit_html_graph.h"
#include "module.h"
#include "util.h"

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

const char *graph_colour(const char *status)
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
		const char *stroke = a->claim >= 0 ? graph_colour(a->status) : "#333";
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
	if (!getenv("PROVCHECK_NO_GRAPHVIZ")) {
		/* (Graphviz in its module: without it, our own layout) */
		char *(*draw)(const struct graph *);
		char *err = NULL;
		MODULE_FN(draw, "graph", "graph_draw_graphviz", &err);
		if (draw)
			svg = draw(&g);
		free(err);
	}
#endif
	if (!svg)
		svg = draw_layered(&g);
out:
	free(g.n);
	free(g.e);
	free(labels);
	return svg;
}
