/* The HTML report.  Every piece of article text goes through
 * emit_html_text(); the data for the detail panel travels as JSON in a
 * script element with "</" escaped, so nothing from an article can close
 * a tag. */
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "config.h"
#include "emit.h"
#include "emit_html.h"
#include "util.h"

void emit_html_text(FILE *out, const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		switch (s[i]) {
		case '&': fputs("&amp;", out); break;
		case '<': fputs("&lt;", out); break;
		case '>': fputs("&gt;", out); break;
		case '"': fputs("&quot;", out); break;
		case '\'': fputs("&#39;", out); break;
		case '\r': break;
		default: fputc(s[i], out);
		}
	}
}

void emit_html_str(FILE *out, const char *s)
{
	emit_html_text(out, s, strlen(s));
}

static const char *status_class(const struct claim *c)
{
	if (c->kind == CLAIM_NOT)
		return NULL;
	if (c->nsources == 0 && c->norigins > 0)
		return "elsewhere";
	switch (c->status) {
	case STATUS_UNSOURCED: return "unsourced";
	case STATUS_SINGLE: return "single";
	case STATUS_MULTI: return "multi";
	default: return NULL;
	}
}

static const char *status_words(const char *cls)
{
	if (!strcmp(cls, "unsourced")) return "unsourced";
	if (!strcmp(cls, "single")) return "single source";
	if (!strcmp(cls, "multi")) return "several sources";
	return "sourced elsewhere";
}

/* The claims of one block, with the text between them, as written. */
static void write_block_text(FILE *out, const struct pc_doc *doc, size_t di,
			     const struct block *b, size_t *ci)
{
	size_t pos = 0;
	while (*ci < doc->nclaims && doc->claims[*ci].block == b) {
		const struct claim *c = &doc->claims[*ci];
		if (c->tstart > pos)
			emit_html_text(out, b->text + pos, c->tstart - pos);
		const char *cls = status_class(c);
		if (cls) {
			fprintf(out, "<span class=\"claim st-%s\" id=\"c-%zu-%d\" tabindex=\"0\" "
				"role=\"button\" aria-pressed=\"false\" data-doc=\"%zu\" "
				"data-claim=\"%d\" data-status=\"%s\"><span class=\"sr\">(%s) </span>",
				cls, di, c->id, di, c->id, status_name(c->status), status_words(cls));
			emit_html_text(out, b->text + c->tstart, c->tend - c->tstart);
			fputs("</span>", out);
		} else {
			fprintf(out, "<span class=\"nac\" id=\"c-%zu-%d\">", di, c->id);
			emit_html_text(out, b->text + c->tstart, c->tend - c->tstart);
			fputs("</span>", out);
		}
		pos = c->tend;
		(*ci)++;
	}
	if (pos < b->len)
		emit_html_text(out, b->text + pos, b->len - pos);
}

static void write_article(FILE *out, const struct pc_doc *doc, size_t di)
{
	size_t ci = 0;
	bool in_list = false;
	fputs("<article class=\"draft\" aria-label=\"The article as written\">\n", out);
	for (size_t bi = 0; bi < doc->nblocks; bi++) {
		const struct block *b = &doc->blocks[bi];
		while (ci < doc->nclaims && doc->claims[ci].block < b)
			ci++;
		if (in_list && b->kind != BLOCK_LIST_ITEM) {
			fputs("</ul>\n", out);
			in_list = false;
		}
		const char *open = "<p>", *close = "</p>\n";
		switch (b->kind) {
		case BLOCK_HEADLINE: open = "<h1 class=\"headline\">"; close = "</h1>\n"; break;
		case BLOCK_DEK: open = "<p class=\"dek\">"; break;
		case BLOCK_HEADING: open = "<h3>"; close = "</h3>\n"; break;
		case BLOCK_LABEL:
		case BLOCK_BYLINE:
		case BLOCK_DATELINE: open = "<p class=\"meta\">"; break;
		case BLOCK_CAPTION: open = "<figure><figcaption>"; close = "</figcaption></figure>\n"; break;
		case BLOCK_CREDIT: open = "<p class=\"meta\">Credit: "; break;
		case BLOCK_QUOTE: open = "<blockquote><p>"; close = "</p></blockquote>\n"; break;
		case BLOCK_LIST_ITEM:
			if (!in_list)
				fputs("<ul>\n", out);
			in_list = true;
			open = "<li>";
			close = "</li>\n";
			break;
		default: break;
		}
		fputs(open, out);
		write_block_text(out, doc, di, b, &ci);
		fputs(close, out);
	}
	if (in_list)
		fputs("</ul>\n", out);
	fputs("</article>\n", out);
}

struct reliance {
	const char *name;
	enum source_type type;
	bool state;
	int origin, relay;
};

static int cmp_reliance(const void *a, const void *b)
{
	const struct reliance *x = a, *y = b;
	int tx = x->origin + x->relay, ty = y->origin + y->relay;
	return tx != ty ? ty - tx : strcmp(x->name, y->name);
}

static struct reliance *tally(struct reliance *r, size_t *n, const char *name,
			      enum source_type type, bool state, bool origin)
{
	for (size_t i = 0; i < *n; i++)
		if (!strcmp(r[i].name, name)) {
			r[i].origin += origin;
			r[i].relay += !origin;
			return r;
		}
	r = xrealloc(r, (*n + 1) * sizeof(*r));
	r[*n] = (struct reliance){ name, type, state, origin, !origin };
	(*n)++;
	return r;
}

static void write_panel(FILE *out, const struct pc_doc *doc, size_t di)
{
	int counts[4] = { 0 }, elsewhere = 0;
	struct reliance *r = NULL;
	size_t nr = 0;
	for (size_t i = 0; i < doc->nclaims; i++) {
		const struct claim *c = &doc->claims[i];
		if (c->kind == CLAIM_NOT)
			continue;
		counts[c->status]++;
		elsewhere += c->nsources == 0 && c->norigins > 0;
		for (size_t k = 0; k < c->nsources; k++) {
			const struct source *s = &c->sources[k];
			r = tally(r, &nr, s->name, s->type, s->state, true);
			for (size_t v = 0; v < s->nvia; v++)
				r = tally(r, &nr, s->via[v], SRC_OUTLET, false, false);
		}
	}
	if (nr)
		qsort(r, nr, sizeof(*r), cmp_reliance);
	fprintf(out, "<aside class=\"panel\" aria-label=\"Summary of %s\">\n<h3>Claims by status</h3>\n"
		"<dl class=\"counts\"><dt>\u26A0 Unsourced</dt><dd data-count=\"unsourced\">%d</dd>"
		"<dt>1 Single source</dt><dd data-count=\"single-source\">%d</dd>"
		"<dt>\u2713 Several sources</dt><dd data-count=\"multi-source\">%d</dd>"
		"<dt>\u2197 Sourced elsewhere</dt><dd data-count=\"sourced-elsewhere\">%d</dd></dl>\n",
		"the article", counts[STATUS_UNSOURCED], counts[STATUS_SINGLE], counts[STATUS_MULTI],
		elsewhere);
	fputs("<h3>Who the story leans on</h3>\n<ol class=\"bars\">\n", out);
	int max = nr ? r[0].origin + r[0].relay : 1;
	for (size_t i = 0; i < nr && i < 15; i++) {
		int tot = r[i].origin + r[i].relay;
		fputs("<li>", out);
		emit_html_str(out, r[i].name);
		fprintf(out, " <small>%s%s: %d as origin, %d as relay</small>"
			"<span class=\"bar t-%s%s\" style=\"width:%d%%\" aria-hidden=\"true\">&#8203;</span></li>\n",
			source_type_name(r[i].type), r[i].state ? ", state-affiliated" : "",
			r[i].origin, r[i].relay, source_type_name(r[i].type),
			r[i].state ? " state" : "", 8 + 92 * tot / (max ? max : 1));
	}
	if (!nr)
		fputs("<li>No source is named.</li>\n", out);
	fputs("</ol>\n<h3>Citation graph</h3>\n<div class=\"graph\">", out);
	char *svg = emit_html_graph(doc);
	fputs(svg, out);
	free(svg);
	fprintf(out, "</div>\n<div class=\"detail\" id=\"detail-%zu\" aria-live=\"polite\">"
		"Select a claim to see its sources, relay chain and findings.</div>\n</aside>\n", di);
	free(r);
}

void pc_emit_html(FILE *out, pc_doc *const *docs, size_t ndocs)
{
	fputs("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
	      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>", out);
	fputs("Attribution report", out);
	if (ndocs == 1) {
		fputs(": ", out);
		emit_html_str(out, docs[0]->path);
	}
	fprintf(out, "</title>\n<style>\n%s</style>\n</head>\n<body>\n"
		"<header class=\"top\"><h1>Attribution report</h1><p>provcheck %s &middot; %zu "
		"document%s &middot; click or focus a claim for its sources</p>"
		"<ul class=\"legend\" aria-label=\"Legend\">"
		"<li><span class=\"claim st-unsourced\">unsourced</span></li>"
		"<li><span class=\"claim st-single\">single source</span></li>"
		"<li><span class=\"claim st-multi\">several sources</span></li>"
		"<li><span class=\"claim st-elsewhere\">sourced elsewhere</span></li></ul></header>\n"
		"<main>\n", emit_html_css, PC_VERSION, ndocs, ndocs == 1 ? "" : "s");
	for (size_t d = 0; d < ndocs; d++) {
		fprintf(out, "<section class=\"doc\" aria-labelledby=\"doc-%zu\">\n<h2 id=\"doc-%zu\">", d, d);
		emit_html_str(out, docs[d]->path);
		fputs("</h2>\n<div class=\"layout\">\n", out);
		write_article(out, docs[d], d);
		write_panel(out, docs[d], d);
		fputs("</div>\n</section>\n", out);
	}
	/* the data, claim by claim: "<" never appears in it, so it cannot
	 * end the script element early */
	fputs("</main>\n<script type=\"application/json\" id=\"provcheck-data\">", out);
	const struct json_out js = { .f = out, .compact = true, .html = true };
	bool first, item;
	emit_json_open(&js, '{', &first);
	emit_json_key(&js, "documents", 0, &first);
	emit_json_open(&js, '[', &item);
	for (size_t d = 0; d < ndocs; d++) {
		emit_json_item(&js, 0, &item);
		emit_json_document_stream(&js, docs[d], 0);
	}
	emit_json_close(&js, ']', 0, item);
	emit_json_close(&js, '}', 0, first);
	fprintf(out, "</script>\n<script>\n%s</script>\n</body>\n</html>\n", emit_html_js);
}
