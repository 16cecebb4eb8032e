/* The report of a citation graph database (src/schema.sql): per
 * document, per source, the relay chains, the check-worthy claims an
 * editor should look at, and corpus totals.
 *
 * Every figure is read inside one read transaction: in WAL mode a reader
 * sees the database as of its first read until it ends the transaction,
 * so the tables agree with each other while another provcheck writes.
 * The figures are gathered once into a JSON tree; the json format prints
 * it, text and html render the same tree as tables, so the three formats
 * cannot disagree. */
#include <jansson.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "config.h"
#include "emit.h"
#include "emit_html.h"
#include "store.h"
#include "util.h"

/* The claims an editor counts: headings and sentences, not captions,
 * credits and bylines (guide section 1). */
#define COUNTED "c.kind <> 'not-a-claim'"

enum query {
	Q_BEGIN, Q_COMMIT, Q_ROLLBACK, Q_DOCUMENTS, Q_SOURCE_TYPES, Q_SOURCES,
	Q_LONGEST, Q_FREQUENT, Q_UNSOURCED, Q_SINGLE, Q_TOTALS, Q_COUNT
};

/* Column names are the JSON member names; "claims.total" is the member
 * "total" of the object "claims". */
static const char *const query_sql[Q_COUNT] = {
	[Q_BEGIN] = "BEGIN",
	[Q_COMMIT] = "COMMIT",
	[Q_ROLLBACK] = "ROLLBACK",
	/* a claim rests on a source when the source is its origin or one of
	 * the relays between that origin and the article */
	[Q_DOCUMENTS] =
		"WITH rests(claim_id, source_id) AS ("
		" SELECT claim_id, source_id FROM attributions UNION"
		" SELECT a.claim_id, r.source_id FROM relays r"
		" JOIN attributions a ON a.id = r.attribution_id), "
		"leans AS (SELECT x.claim_id, max(s.type = 'agency') AS agency,"
		" max(s.state_affiliated AND s.type IN ('agency', 'outlet')) AS state"
		" FROM rests x JOIN sources s ON s.id = x.source_id GROUP BY x.claim_id), "
		"unnamed AS (SELECT DISTINCT a.claim_id FROM attributions a"
		" JOIN sources s ON s.id = a.source_id WHERE s.type = 'unnamed') "
		"SELECT d.path AS path, count(c.id) AS \"claims.total\","
		" coalesce(sum(c.status = 'unsourced'), 0) AS \"claims.unsourced\","
		" coalesce(sum(c.status = 'single-source'), 0) AS \"claims.single-source\","
		" coalesce(sum(c.status = 'multi-source'), 0) AS \"claims.multi-source\","
		" coalesce(sum(l.agency), 0) AS agency_claims,"
		" coalesce(round(1.0 * sum(l.agency) / count(c.id), 3), 0.0) AS agency_share,"
		" count(u.claim_id) AS unnamed_claims,"
		" coalesce(sum(l.state), 0) AS state_media_claims "
		"FROM documents d LEFT JOIN claims c ON c.document_id = d.id AND " COUNTED
		" LEFT JOIN leans l ON l.claim_id = c.id"
		" LEFT JOIN unnamed u ON u.claim_id = c.id "
		"GROUP BY d.id ORDER BY d.path",
	[Q_SOURCE_TYPES] =
		"SELECT d.path AS path, s.type AS type, count(DISTINCT s.id) AS sources "
		"FROM attributions a JOIN claims c ON c.id = a.claim_id"
		" JOIN documents d ON d.id = c.document_id JOIN sources s ON s.id = a.source_id "
		"GROUP BY d.id, s.type",
	[Q_SOURCES] =
		"SELECT name, type, country, state_affiliated, claims_as_origin,"
		" claims_as_relay, documents FROM v_source_reliance",
	/* a chain is a relay chain when something stands between the
	 * origin and the article */
	[Q_LONGEST] =
		"SELECT chain, hops, path, line FROM v_relay_chains WHERE hops > 1 "
		"ORDER BY hops DESC, path, line, chain LIMIT 10",
	[Q_FREQUENT] =
		"SELECT chain, max(hops) AS hops, count(*) AS count FROM v_relay_chains "
		"WHERE hops > 1 GROUP BY chain ORDER BY count(*) DESC, chain LIMIT 10",
	[Q_UNSOURCED] =
		"SELECT path, line, col AS \"column\", text, corpus_status FROM v_unsourced",
	[Q_SINGLE] =
		"SELECT path, line, col AS \"column\", text, origin, corpus_status "
		"FROM v_single_source",
	[Q_TOTALS] =
		"SELECT (SELECT count(*) FROM documents) AS documents,"
		" (SELECT count(*) FROM claims c WHERE " COUNTED ") AS claims,"
		" (SELECT count(*) FROM claims c WHERE " COUNTED " AND status = 'unsourced')"
		"  AS \"by_status.unsourced\","
		" (SELECT count(*) FROM claims c WHERE " COUNTED " AND status = 'single-source')"
		"  AS \"by_status.single-source\","
		" (SELECT count(*) FROM claims c WHERE " COUNTED " AND status = 'multi-source')"
		"  AS \"by_status.multi-source\","
		" (SELECT count(*) FROM sources) AS sources,"
		" (SELECT count(DISTINCT attribution_id) FROM relays) AS relay_chains,"
		" (SELECT count(*) FROM claims c WHERE " COUNTED
		"  AND corpus_status IS NOT status) AS corroborated_across_documents",
};

struct report {
	sqlite3 *db;
	const char *path; /* the database, for messages */
	char *err;
};

static void report_error(struct report *r, const char *what)
{
	if (!r->err)
		r->err = xasprintf("%s: error: %s: %s", r->path, what, sqlite3_errmsg(r->db));
}

/* --- reading ----------------------------------------------------------- */

static json_t *column_json(sqlite3_stmt *st, int i)
{
	switch (sqlite3_column_type(st, i)) {
	case SQLITE_INTEGER:
		return json_integer(sqlite3_column_int64(st, i));
	case SQLITE_FLOAT:
		return json_real(sqlite3_column_double(st, i));
	case SQLITE_TEXT:
		return emit_json_str((const char *)sqlite3_column_text(st, i));
	default:
		return json_null();
	}
}

static json_t *row_json(sqlite3_stmt *st)
{
	json_t *row = json_object();
	for (int i = 0; i < sqlite3_column_count(st); i++) {
		const char *name = sqlite3_column_name(st, i), *dot = strchr(name, '.');
		json_t *into = row;
		if (dot) {
			char outer[64];
			snprintf(outer, sizeof(outer), "%.*s", (int)(dot - name), name);
			if (!(into = json_object_get(row, outer)))
				json_object_set_new(row, outer, into = json_object());
			name = dot + 1;
		}
		json_object_set_new(into, name, column_json(st, i));
	}
	return row;
}

/* Runs query q; its rows as an array of objects, or NULL on error. */
static json_t *query_rows(struct report *r, enum query q)
{
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(r->db, query_sql[q], -1, &st, NULL) != SQLITE_OK) {
		report_error(r, "cannot read the database");
		return NULL;
	}
	json_t *rows = json_array();
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW)
		json_array_append_new(rows, row_json(st));
	if (rc != SQLITE_DONE) {
		report_error(r, "cannot read the database");
		json_decref(rows);
		rows = NULL;
	}
	sqlite3_finalize(st);
	return rows;
}

static int query_exec(struct report *r, enum query q)
{
	json_t *rows = query_rows(r, q);
	if (!rows)
		return -1;
	json_decref(rows);
	return 0;
}

/* Every source type with its count, none left out, so that a consumer
 * finds the same members in every document. */
static json_t *type_counts(void)
{
	json_t *o = json_object();
	for (int t = SRC_AGENCY; t <= SRC_UNNAMED; t++)
		json_object_set_new(o, source_type_name((enum source_type)t), json_integer(0));
	return o;
}

static int read_documents(struct report *r, json_t *root)
{
	json_t *docs = query_rows(r, Q_DOCUMENTS), *types = NULL;
	json_t *by_path = json_object(), *row;
	size_t i;
	int rc = -1;
	if (!docs || !(types = query_rows(r, Q_SOURCE_TYPES)))
		goto out;
	json_array_foreach(docs, i, row) {
		json_object_set_new(row, "sources_by_type", type_counts());
		json_object_set(by_path, json_string_value(json_object_get(row, "path")), row);
	}
	json_array_foreach(types, i, row) {
		json_t *doc = json_object_get(by_path, json_string_value(json_object_get(row, "path")));
		if (doc)
			json_object_set(json_object_get(doc, "sources_by_type"),
					json_string_value(json_object_get(row, "type")),
					json_object_get(row, "sources"));
	}
	json_object_set(root, "documents", docs);
	rc = 0;
out:
	json_decref(docs);
	json_decref(types);
	json_decref(by_path);
	return rc;
}

static int read_sources(struct report *r, json_t *root)
{
	json_t *sources = query_rows(r, Q_SOURCES), *row;
	size_t i;
	if (!sources)
		return -1;
	json_array_foreach(sources, i, row) {
		json_int_t state = json_integer_value(json_object_get(row, "state_affiliated"));
		json_object_set_new(row, "state_affiliated", json_boolean(state));
	}
	json_object_set_new(root, "sources", sources);
	return 0;
}

/* Reads the rows of query q into obj[key]. */
static int read_into(struct report *r, json_t *obj, const char *key, enum query q)
{
	json_t *rows = query_rows(r, q);
	if (!rows)
		return -1;
	json_object_set_new(obj, key, rows);
	return 0;
}

static int read_chains(struct report *r, json_t *root)
{
	json_t *chains = json_object();
	json_object_set_new(root, "chains", chains);
	return read_into(r, chains, "longest", Q_LONGEST) ||
	       read_into(r, chains, "frequent", Q_FREQUENT) ? -1 : 0;
}

static int read_totals(struct report *r, json_t *root)
{
	json_t *rows = query_rows(r, Q_TOTALS);
	if (!rows)
		return -1;
	json_object_set(root, "totals", json_array_get(rows, 0));
	json_decref(rows);
	return 0;
}

/* The whole report as one JSON tree, read in one transaction. */
static json_t *report_read(struct report *r)
{
	json_t *root = json_object();
	int rc = -1;
	json_object_set_new(root, "tool", json_string("provcheck"));
	json_object_set_new(root, "version", json_string(PC_VERSION));
	json_object_set_new(root, "database", emit_json_str(r->path));
	if (query_exec(r, Q_BEGIN))
		goto out;
	if (read_documents(r, root) || read_sources(r, root) || read_chains(r, root) ||
	    read_into(r, root, "unsourced", Q_UNSOURCED) ||
	    read_into(r, root, "single_source", Q_SINGLE) || read_totals(r, root)) {
		query_exec(r, Q_ROLLBACK);
		goto out;
	}
	rc = query_exec(r, Q_COMMIT);
out:
	if (rc) {
		json_decref(root);
		root = NULL;
	}
	return root;
}

/* --- tables: what text and html show ------------------------------------ */

struct table {
	const char *caption;
	const char *const *head; /* NULL-terminated */
	const char *align;       /* 'l' or 'r' per column */
	const char *empty;       /* said when there is no row */
	size_t ncols, nrows;
	char **cells;            /* nrows * ncols, malloc'd */
};

static void table_start(struct table *t, const char *caption, const char *const *head,
			const char *align, const char *empty)
{
	*t = (struct table){ .caption = caption, .head = head, .align = align, .empty = empty };
	while (head[t->ncols])
		t->ncols++;
}

/* Appends a row of ncols cells, each malloc'd (taken over). */
static void table_row(struct table *t, ...)
{
	va_list ap;
	va_start(ap, t);
	t->cells = xrealloc(t->cells, (t->nrows + 1) * t->ncols * sizeof(*t->cells));
	for (size_t c = 0; c < t->ncols; c++)
		t->cells[t->nrows * t->ncols + c] = va_arg(ap, char *);
	t->nrows++;
	va_end(ap);
}

static void table_free(struct table *t)
{
	for (size_t i = 0; i < t->nrows * t->ncols; i++)
		free(t->cells[i]);
	free(t->cells);
}

static const char *str(json_t *o, const char *key)
{
	const char *s = json_string_value(json_object_get(o, key));
	return s ? s : "";
}

static json_int_t num(json_t *o, const char *key)
{
	return json_integer_value(json_object_get(o, key));
}

static char *cell_num(json_t *o, const char *key)
{
	return xasprintf("%lld", (long long)num(o, key));
}

static char *cell_where(json_t *o)
{
	return xasprintf("%s:%lld", str(o, "path"), (long long)num(o, "line"));
}

/* "official 3, unnamed 1": the types present, in the guide's order. */
static char *cell_types(json_t *types)
{
	char *s = xstrdup("");
	const char *type;
	json_t *n;
	json_object_foreach(types, type, n) {
		if (!json_integer_value(n))
			continue;
		char *next = xasprintf("%s%s%s %lld", s, *s ? ", " : "", type,
				 (long long)json_integer_value(n));
		free(s);
		s = next;
	}
	return s;
}

static void table_documents(json_t *root, struct table *t)
{
	static const char *const head[] = { "document", "claims", "unsourced", "single",
		"multi", "on agencies", "unnamed", "state media", "sources by type", NULL };
	json_t *doc;
	size_t i;
	table_start(t, "Documents: claims by status and what they rest on", head, "lrrrrrrrl",
		    "No document is stored.");
	json_array_foreach(json_object_get(root, "documents"), i, doc) {
		json_t *c = json_object_get(doc, "claims");
		double share = json_real_value(json_object_get(doc, "agency_share"));
		table_row(t, xstrdup(str(doc, "path")), cell_num(c, "total"),
			  cell_num(c, "unsourced"), cell_num(c, "single-source"),
			  cell_num(c, "multi-source"),
			  xasprintf("%lld (%.0f%%)", (long long)num(doc, "agency_claims"), 100 * share),
			  cell_num(doc, "unnamed_claims"), cell_num(doc, "state_media_claims"),
			  cell_types(json_object_get(doc, "sources_by_type")));
	}
}

static void table_sources(json_t *root, struct table *t)
{
	static const char *const head[] = { "source", "type", "country", "state", "origin",
		"relay", "documents", NULL };
	json_t *s;
	size_t i;
	table_start(t, "Sources: claims resting on each, as origin and as relay", head,
		    "lllcrrr", "No source is stored.");
	json_array_foreach(json_object_get(root, "sources"), i, s)
		table_row(t, xstrdup(str(s, "name")), xstrdup(str(s, "type")),
			  xstrdup(str(s, "country")),
			  xstrdup(json_is_true(json_object_get(s, "state_affiliated")) ? "yes" : ""),
			  cell_num(s, "claims_as_origin"), cell_num(s, "claims_as_relay"),
			  cell_num(s, "documents"));
}

static void table_longest(json_t *root, struct table *t)
{
	static const char *const head[] = { "hops", "chain", "where", NULL };
	json_t *c;
	size_t i;
	table_start(t, "Longest relay chains", head, "rll", "No claim comes through a relay.");
	json_array_foreach(json_object_get(json_object_get(root, "chains"), "longest"), i, c)
		table_row(t, cell_num(c, "hops"), xasprintf("%s -> this article", str(c, "chain")),
			  cell_where(c));
}

static void table_frequent(json_t *root, struct table *t)
{
	static const char *const head[] = { "claims", "hops", "chain", NULL };
	json_t *c;
	size_t i;
	table_start(t, "Most frequent relay chains", head, "rrl", "No claim comes through a relay.");
	json_array_foreach(json_object_get(json_object_get(root, "chains"), "frequent"), i, c)
		table_row(t, cell_num(c, "count"), cell_num(c, "hops"),
			  xasprintf("%s -> this article", str(c, "chain")));
}

static void table_unsourced(json_t *root, struct table *t)
{
	static const char *const head[] = { "where", "across documents", "claim", NULL };
	json_t *c;
	size_t i;
	table_start(t, "Unsourced check-worthy claims", head, "lll",
		    "Every check-worthy claim has a source.");
	json_array_foreach(json_object_get(root, "unsourced"), i, c)
		table_row(t, cell_where(c), xstrdup(str(c, "corpus_status")),
			  xstrdup(str(c, "text")));
}

static void table_single(json_t *root, struct table *t)
{
	static const char *const head[] = { "where", "origin", "across documents", "claim", NULL };
	json_t *c;
	size_t i;
	table_start(t, "Single-source check-worthy claims", head, "llll",
		    "No check-worthy claim rests on a single origin.");
	json_array_foreach(json_object_get(root, "single_source"), i, c)
		table_row(t, cell_where(c),
			  xstrdup(json_is_string(json_object_get(c, "origin")) ? str(c, "origin") :
				  "(sourced elsewhere)"),
			  xstrdup(str(c, "corpus_status")), xstrdup(str(c, "text")));
}

static void table_totals(json_t *root, struct table *t)
{
	static const char *const head[] = { "corpus", "count", NULL };
	json_t *tot = json_object_get(root, "totals"), *st = json_object_get(tot, "by_status");
	table_start(t, "Totals", head, "lr", "");
	table_row(t, xstrdup("documents"), cell_num(tot, "documents"));
	table_row(t, xstrdup("claims (headings and sentences)"), cell_num(tot, "claims"));
	table_row(t, xstrdup("unsourced claims"), cell_num(st, "unsourced"));
	table_row(t, xstrdup("single-source claims"), cell_num(st, "single-source"));
	table_row(t, xstrdup("multi-source claims"), cell_num(st, "multi-source"));
	table_row(t, xstrdup("sources"), cell_num(tot, "sources"));
	table_row(t, xstrdup("relay chains"), cell_num(tot, "relay_chains"));
	table_row(t, xstrdup("claims corroborated across documents"),
		  cell_num(tot, "corroborated_across_documents"));
}

/* The sections in the order both text and html show them. */
static void (*const tables[])(json_t *, struct table *) = {
	table_totals, table_documents, table_sources, table_longest, table_frequent,
	table_unsourced, table_single,
};

/* --- text ---------------------------------------------------------------- */

/* Width in code points: what a terminal shows for Latin and Cyrillic. */
static size_t width(const char *s)
{
	size_t n = 0;
	for (; *s; s++)
		n += ((unsigned char)*s & 0xC0) != 0x80;
	return n;
}

static void text_cell(FILE *out, const char *s, size_t w, char align, bool last)
{
	size_t pad = w > width(s) ? w - width(s) : 0;
	if (align == 'r')
		fprintf(out, "%*s", (int)pad, "");
	fputs(s, out);
	if (align != 'r' && !last)
		fprintf(out, "%*s", (int)pad, "");
}

static void text_row(FILE *out, const struct table *t, const char *const *cells,
		     const size_t *w)
{
	for (size_t c = 0; c < t->ncols; c++) {
		if (c)
			fputs("  ", out);
		text_cell(out, cells[c], w[c], t->align[c], c + 1 == t->ncols);
	}
	fputc('\n', out);
}

/* Columns as wide as their widest cell; the last one, often a sentence,
 * runs on unpadded. */
static void text_table(FILE *out, const struct table *t)
{
	size_t *w = xcalloc(t->ncols, sizeof(*w));
	for (size_t c = 0; c < t->ncols; c++) {
		w[c] = width(t->head[c]);
		for (size_t r = 0; r < t->nrows; r++) {
			size_t cw = width(t->cells[r * t->ncols + c]);
			w[c] = cw > w[c] ? cw : w[c];
		}
	}
	fprintf(out, "%s\n\n", t->caption);
	if (!t->nrows) {
		fprintf(out, "  %s\n\n", t->empty);
		free(w);
		return;
	}
	text_row(out, t, t->head, w);
	for (size_t r = 0; r < t->nrows; r++)
		text_row(out, t, (const char *const *)t->cells + r * t->ncols, w);
	fputc('\n', out);
	free(w);
}

static int write_text(FILE *out, json_t *root)
{
	fprintf(out, "Attribution report of %s (provcheck %s)\n\n", str(root, "database"),
		PC_VERSION);
	for (size_t i = 0; i < COUNTOF(tables); i++) {
		struct table t;
		tables[i](root, &t);
		text_table(out, &t);
		table_free(&t);
	}
	return 0;
}

/* --- json ---------------------------------------------------------------- */

static int write_json(FILE *out, json_t *root)
{
	/* six digits keep a share such as 0.333 from printing as
	 * 0.33300000000000002 */
	int rc = json_dumpf(root, out, JSON_INDENT(2) | JSON_REAL_PRECISION(6));
	fputc('\n', out);
	return rc;
}

/* --- html ---------------------------------------------------------------- */

static void html_table(FILE *out, const struct table *t)
{
	fputs("<div class=\"scroll\">\n<table>\n<caption>", out);
	emit_html_str(out, t->caption);
	fputs("</caption>\n<thead><tr>", out);
	for (size_t c = 0; c < t->ncols; c++) {
		fprintf(out, "<th scope=\"col\"%s>", t->align[c] == 'r' ? " class=\"num\"" : "");
		emit_html_str(out, t->head[c]);
		fputs("</th>", out);
	}
	fputs("</tr></thead>\n<tbody>\n", out);
	if (!t->nrows) {
		fprintf(out, "<tr><td colspan=\"%zu\">", t->ncols);
		emit_html_str(out, t->empty);
		fputs("</td></tr>\n", out);
	}
	for (size_t r = 0; r < t->nrows; r++) {
		fputs("<tr>", out);
		for (size_t c = 0; c < t->ncols; c++) {
			fprintf(out, "<td%s>", t->align[c] == 'r' ? " class=\"num\"" :
				t->align[c] == 'c' ? " class=\"mid\"" : "");
			emit_html_str(out, t->cells[r * t->ncols + c]);
			fputs("</td>", out);
		}
		fputs("</tr>\n", out);
	}
	fputs("</tbody>\n</table>\n</div>\n", out);
}

static int write_html(FILE *out, json_t *root)
{
	fputs("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
	      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
	      "<title>Attribution report: ", out);
	emit_html_str(out, str(root, "database"));
	fprintf(out, "</title>\n<style>\n%s</style>\n</head>\n<body>\n<header class=\"top\">"
		"<h1>Attribution report</h1><p>provcheck %s &middot; ", emit_html_report_css,
		PC_VERSION);
	emit_html_str(out, str(root, "database"));
	fputs("</p></header>\n<main>\n", out);
	for (size_t i = 0; i < COUNTOF(tables); i++) {
		struct table t;
		tables[i](root, &t);
		html_table(out, &t);
		table_free(&t);
	}
	fputs("</main>\n</body>\n</html>\n", out);
	return 0;
}

/* --- entry --------------------------------------------------------------- */

static const struct {
	const char *name;
	int (*write)(FILE *, json_t *);
} formats[] = {
	{ "text", write_text },
	{ "json", write_json },
	{ "html", write_html },
};

int pc_report(pc_db *db, const char *format, FILE *out, char **err)
{
	struct report r = { .db = store_handle(db), .path = store_path(db) };
	json_t *root = NULL;
	int rc = -1;
	size_t f = 0;
	while (f < COUNTOF(formats) && strcmp(formats[f].name, format))
		f++;
	if (f == COUNTOF(formats)) {
		r.err = xasprintf("%s: error: no report format '%s' (text, json or html)", r.path, format);
		goto out;
	}
	if (!(root = report_read(&r)))
		goto out;
	if (formats[f].write(out, root) || ferror(out)) {
		r.err = xasprintf("%s: error: cannot write the report", r.path);
		goto out;
	}
	rc = 0;
out:
	json_decref(root);
	if (rc)
		*err = r.err;
	else
		free(r.err);
	return rc;
}
