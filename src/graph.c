/* The citation graph of a store, whole: Graphviz DOT to look at, W3C
 * PROV-JSON (Member Submission, 2013-04-24) for provenance tools.
 *
 * Both read the database in one read transaction, so a `check --db`
 * writing at the same time never shows half a document, and with the
 * connection query_only, so nothing here can change the file.
 *
 * The PROV model:
 *  - an article is an entity of type provcheck:Document and
 *    prov:Collection; each of its claims is an entity (prov:value: the
 *    sentence) that the article hadMember;
 *  - a source is an agent typed by its kind (provcheck:Agency...,
 *    with prov:Person or prov:Organization where it is one);
 *  - an attribution is the claim wasAttributedTo its origin, plus a
 *    chain of entities: what the origin stated (attributed to it), the
 *    statement as each relay carried it (attributed to the relay), and
 *    the claim, each wasDerivedFrom the one before, origin first;
 *    when the claim quotes its source every derivation of the chain is
 *    a prov:Quotation (the words are carried, not retold);
 *  - two claims stating the same fact are alternateOf each other; a
 *    link across documents joins claims of two articles. */
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "provcheck.h"
#include "store.h"
#include "util.h"

/* Placeholder home of the project, as in the README; the namespace only
 * has to be stable, not resolvable. */
#define NS_PROVCHECK "https://example.org/provcheck/ns#"
#define NS_PROV "http://www.w3.org/ns/prov#"
#define NS_XSD "http://www.w3.org/2001/XMLSchema#"

/* Graphviz labels: claims cut to this many code points, lines broken
 * at the first space after the wrap width. */
#define CLAIM_LABEL_MAX 72
#define CLAIM_LABEL_WRAP 26
#define NAME_LABEL_MAX 48

enum query {
	Q_DOCS, Q_CLAIMS, Q_SOURCES, Q_ATTRIBUTIONS, Q_RELAYS, Q_HOPS, Q_SAME, Q_COUNT
};

static const char *const query_sql[Q_COUNT] = {
	[Q_DOCS] = "SELECT id, path, format, content_hash, checked_at FROM documents ORDER BY id",
	[Q_CLAIMS] = "SELECT c.id, c.line, c.col, c.text, c.kind, c.status, c.corpus_status, "
		     "c.checkworthy, d.path FROM claims c JOIN documents d ON d.id = c.document_id "
		     "WHERE c.document_id = ?1 ORDER BY c.ordinal",
	[Q_SOURCES] = "SELECT id, name, type, country, state_affiliated FROM sources ORDER BY id",
	[Q_ATTRIBUTIONS] = "SELECT a.id, a.claim_id, a.source_id, a.cue, a.channel, a.quote, "
			   "a.inherited, m.text, s.name FROM attributions a "
			   "JOIN mentions m ON m.id = a.mention_id JOIN sources s ON s.id = a.source_id "
			   "ORDER BY a.id",
	[Q_RELAYS] = "SELECT r.position, r.source_id, s.name FROM relays r "
		     "JOIN sources s ON s.id = r.source_id WHERE r.attribution_id = ?1 "
		     "ORDER BY r.position",
	/* each step of every relay chain, origin -> relay 1 -> ... ->
	 * article, one edge per distinct step with the number of chains
	 * taking it: kind 0 a source, 1 an article */
	[Q_HOPS] =
		"SELECT fk, f, tk, t, sum(n) FROM ("
		" SELECT 0 AS fk, a.source_id AS f, 0 AS tk, r.source_id AS t, count(*) AS n"
		" FROM relays r JOIN attributions a ON a.id = r.attribution_id"
		" WHERE r.position = 1 GROUP BY f, t"
		" UNION ALL SELECT 0, r1.source_id, 0, r2.source_id, count(*) FROM relays r1"
		" JOIN relays r2 ON r2.attribution_id = r1.attribution_id"
		" AND r2.position = r1.position + 1 GROUP BY r1.source_id, r2.source_id"
		" UNION ALL SELECT 0, r.source_id, 1, c.document_id, count(*) FROM relays r"
		" JOIN attributions a ON a.id = r.attribution_id JOIN claims c ON c.id = a.claim_id"
		" WHERE r.position = (SELECT max(position) FROM relays"
		" WHERE attribution_id = r.attribution_id)"
		" GROUP BY r.source_id, c.document_id) GROUP BY fk, f, tk, t ORDER BY fk, f, tk, t",
	/* the store keeps both directions of a link: one row a pair */
	[Q_SAME] = "SELECT min(claim_id, other_id) AS x, max(claim_id, other_id) AS y, "
		   "min(scope) FROM same_fact GROUP BY x, y ORDER BY x, y",
};

struct graph {
	sqlite3 *db;
	sqlite3_stmt *st[Q_COUNT];
	FILE *out;
	json_t *prov;  /* the PROV-JSON document being built */
	size_t nrel;   /* relations so far: their blank-node ids */
};

/* How a kind of source is drawn and typed. */
struct source_kind {
	const char *type, *shape, *style, *prov_type, *prov_class;
};

static const struct source_kind source_kinds[] = {
	{ "agency", "box", "filled", "provcheck:Agency", "prov:Organization" },
	{ "outlet", "box", "filled", "provcheck:Outlet", "prov:Organization" },
	{ "official", "ellipse", "filled", "provcheck:Official", "prov:Person" },
	{ "person", "ellipse", "filled", "provcheck:Person", "prov:Person" },
	{ "organization", "hexagon", "filled", "provcheck:Organization", "prov:Organization" },
	{ "government", "house", "filled", "provcheck:Government", "prov:Organization" },
	{ "document", "note", "filled", "provcheck:CitedDocument", NULL },
	{ "unnamed", "ellipse", "filled,dashed", "provcheck:Unnamed", NULL },
};
static const struct source_kind source_other = { "", "box", "filled", "provcheck:Source", NULL };

static const struct source_kind *graph_source_kind(const char *type)
{
	for (size_t i = 0; i < COUNTOF(source_kinds); i++)
		if (type && !strcmp(source_kinds[i].type, type))
			return &source_kinds[i];
	return &source_other;
}

/* The status colours of the HTML report, lines and fills. */
static void graph_status_colours(const char *status, const char **line, const char **fill)
{
	static const char *const table[][3] = {
		{ "unsourced", "#b00020", "#f8d0d5" },
		{ "single-source", "#8a4b00", "#f6dfbf" },
		{ "multi-source", "#1b6e20", "#cfe8d0" },
	};
	*line = "#555555";
	*fill = "#eeeeee";
	for (size_t i = 0; i < COUNTOF(table); i++)
		if (status && !strcmp(table[i][0], status)) {
			*line = table[i][1];
			*fill = table[i][2];
		}
}

/* --- reading ----------------------------------------------------------- */

static const char *col_text(sqlite3_stmt *st, int i)
{
	return (const char *)sqlite3_column_text(st, i);
}

/* Starts the read transaction and prepares every query; -1 on error. */
static int graph_begin(struct graph *g)
{
	if (sqlite3_exec(g->db, "PRAGMA query_only = 1", NULL, NULL, NULL) != SQLITE_OK ||
	    sqlite3_exec(g->db, "BEGIN DEFERRED", NULL, NULL, NULL) != SQLITE_OK)
		return -1;
	for (int q = 0; q < Q_COUNT; q++)
		if (sqlite3_prepare_v2(g->db, query_sql[q], -1, &g->st[q], NULL) != SQLITE_OK)
			return -1;
	return 0;
}

/* Ends the read, whatever state graph_begin stopped in; the store's
 * connections are never query_only otherwise. */
static void graph_end(struct graph *g)
{
	for (int q = 0; q < Q_COUNT; q++)
		sqlite3_finalize(g->st[q]);
	if (!sqlite3_get_autocommit(g->db))
		sqlite3_exec(g->db, "COMMIT", NULL, NULL, NULL);
	sqlite3_exec(g->db, "PRAGMA query_only = 0", NULL, NULL, NULL);
}

/* The statement reset, with `id` bound when not 0. */
static sqlite3_stmt *graph_query(struct graph *g, enum query q, sqlite3_int64 id)
{
	sqlite3_stmt *st = g->st[q];
	sqlite3_reset(st);
	if (id)
		sqlite3_bind_int64(st, 1, id);
	return st;
}

/* 0 when the statement ran to its end, -1 when it stopped on an error. */
static int graph_done(sqlite3_stmt *st, int rc)
{
	sqlite3_reset(st);
	return rc == SQLITE_DONE ? 0 : -1;
}

/* --- DOT --------------------------------------------------------------- */

/* Writes s as the inside of a DOT quoted string.  Quote marks and
 * backslashes are escaped: a backslash is Graphviz's own escape, and a
 * claim's "\l" or "\N" must stay text, not become a layout command.  A
 * newline becomes the line break "\n", any other control character a
 * space, invalid UTF-8 U+FFFD (Graphviz takes UTF-8 only).  Stops after
 * `limit` code points with an ellipsis (0: no limit); with `wrap`, a
 * space after that many code points on a line breaks the line. */
static void dot_escape(FILE *out, const char *s, size_t limit, size_t wrap)
{
	size_t n = s ? strlen(s) : 0, cps = 0, col = 0;
	for (size_t i = 0; i < n; cps++, col++) {
		size_t len;
		bool bad = false;
		uint32_t cp = utf8_decode(s + i, n - i, &len, &bad);
		if (limit && cps == limit) {
			fputs("\u2026", out);
			return;
		}
		if (cp == '"' || cp == '\\')
			fprintf(out, "\\%c", (char)cp);
		else if (cp == '\n' || (cp == ' ' && wrap && col >= wrap)) {
			fputs("\\n", out);
			col = (size_t)-1; /* 0 for the next code point */
		} else if (cp < 0x20 || cp == 0x7f)
			fputc(' ', out);
		else if (bad)
			fputs("\xEF\xBF\xBD", out);
		else
			fwrite(s + i, 1, len, out);
		i += len;
	}
}

static void dot_string(FILE *out, const char *s, size_t limit, size_t wrap)
{
	fputc('"', out);
	dot_escape(out, s, limit, wrap);
	fputc('"', out);
}

static int dot_claims(struct graph *g, sqlite3_int64 doc)
{
	sqlite3_stmt *st = graph_query(g, Q_CLAIMS, doc);
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		const char *status = col_text(st, 5), *line, *fill;
		graph_status_colours(status, &line, &fill);
		fprintf(g->out, "\t\tclaim_%lld [label=", (long long)sqlite3_column_int64(st, 0));
		fputc('"', g->out);
		dot_escape(g->out, col_text(st, 3), CLAIM_LABEL_MAX, CLAIM_LABEL_WRAP);
		fputs("\\n", g->out);
		dot_escape(g->out, status, 0, 0);
		fprintf(g->out, ", line %d\", color=\"%s\", fillcolor=\"%s\"];\n",
			sqlite3_column_int(st, 1), line, fill);
	}
	return graph_done(st, rc);
}

/* A cluster an article: its node (where relay chains end) and its
 * claims. */
static int dot_documents(struct graph *g)
{
	sqlite3_stmt *st = graph_query(g, Q_DOCS, 0);
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		long long id = sqlite3_column_int64(st, 0);
		fprintf(g->out, "\tsubgraph cluster_doc_%lld {\n\t\tlabel=", id);
		dot_string(g->out, col_text(st, 1), 0, 0);
		fprintf(g->out, ";\n\t\tstyle=rounded; color=\"#999999\";\n"
			"\t\tdoc_%lld [shape=note, fillcolor=\"#ffffff\", label=", id);
		dot_string(g->out, col_text(st, 1), 0, 0);
		fputs("];\n", g->out);
		if (dot_claims(g, id)) {
			sqlite3_reset(st);
			return -1;
		}
		fputs("\t}\n", g->out);
	}
	return graph_done(st, rc);
}

static int dot_sources(struct graph *g)
{
	sqlite3_stmt *st = graph_query(g, Q_SOURCES, 0);
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		const char *type = col_text(st, 2), *country = col_text(st, 3);
		bool state = sqlite3_column_int(st, 4);
		const struct source_kind *k = graph_source_kind(type);
		fprintf(g->out, "\tsource_%lld [shape=%s, style=\"%s\", fillcolor=\"%s\"%s, label=\"",
			(long long)sqlite3_column_int64(st, 0), k->shape, k->style,
			state ? "#ffd6d6" : "#e8eef8", state ? ", peripheries=2" : "");
		dot_escape(g->out, col_text(st, 1), NAME_LABEL_MAX, 0);
		fputs("\\n", g->out);
		dot_escape(g->out, type, 0, 0);
		if (country) {
			fputs(", ", g->out);
			dot_escape(g->out, country, 0, 0);
		}
		fprintf(g->out, "%s\"];\n", state ? ", state media" : "");
	}
	return graph_done(st, rc);
}

/* claim -> origin, labelled with the cue that attributes it */
static int dot_attributions(struct graph *g)
{
	sqlite3_stmt *st = graph_query(g, Q_ATTRIBUTIONS, 0);
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		const char *cue = col_text(st, 3);
		bool quote = sqlite3_column_int(st, 5);
		fprintf(g->out, "\tclaim_%lld -> source_%lld [color=\"#444444\"%s, label=\"",
			(long long)sqlite3_column_int64(st, 1), (long long)sqlite3_column_int64(st, 2),
			quote ? ", style=bold" : "");
		dot_escape(g->out, cue ? cue : "", 0, 0);
		fprintf(g->out, "%s\"];\n", quote ? " (quoted)" : "");
	}
	return graph_done(st, rc);
}

/* origin -> relay -> ... -> article, in the order of the chain */
static int dot_relays(struct graph *g)
{
	sqlite3_stmt *st = graph_query(g, Q_HOPS, 0);
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		int chains = sqlite3_column_int(st, 4);
		fprintf(g->out, "\tsource_%lld -> %s_%lld [color=\"#1f5fbf\", fontcolor=\"#1f5fbf\"",
			(long long)sqlite3_column_int64(st, 1),
			sqlite3_column_int(st, 2) ? "doc" : "source",
			(long long)sqlite3_column_int64(st, 3));
		if (chains > 1)
			fprintf(g->out, ", label=\"relay \u00d7%d\"", chains);
		else
			fputs(", label=\"relay\"", g->out);
		fputs("];\n", g->out);
	}
	return graph_done(st, rc);
}

/* Same-fact links leave the layout alone (constraint=false): they join
 * claims of one rank across the picture. */
static int dot_same_facts(struct graph *g)
{
	sqlite3_stmt *st = graph_query(g, Q_SAME, 0);
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		const char *scope = col_text(st, 2);
		bool corpus = scope && !strcmp(scope, "corpus");
		fprintf(g->out, "\tclaim_%lld -> claim_%lld [dir=none, style=dashed, constraint=false, %s];\n",
			(long long)sqlite3_column_int64(st, 0), (long long)sqlite3_column_int64(st, 1),
			corpus ? "color=\"#7b1fa2\", penwidth=2, fontcolor=\"#7b1fa2\", "
				 "label=\"same fact, other article\""
			       : "color=\"#777777\"");
	}
	return graph_done(st, rc);
}

static int graph_dot(struct graph *g)
{
	fputs("digraph provcheck {\n"
	      "\tgraph [rankdir=LR, fontname=\"Helvetica\", fontsize=10];\n"
	      "\tnode [fontname=\"Helvetica\", fontsize=9, shape=box, style=\"rounded,filled\"];\n"
	      "\tedge [fontname=\"Helvetica\", fontsize=8];\n", g->out);
	if (dot_documents(g) || dot_sources(g) || dot_attributions(g) || dot_relays(g) ||
	    dot_same_facts(g))
		return -1;
	fputs("}\n", g->out);
	return 0;
}

/* --- PROV-JSON --------------------------------------------------------- */

/* A JSON string of s; bytes that are not UTF-8 (jansson refuses them)
 * become U+FFFD. */
static json_t *prov_str(const char *s)
{
	if (!s)
		s = "";
	json_t *j = json_string(s);
	if (j)
		return j;
	size_t n = strlen(s), o = 0;
	char *clean = xmalloc(3 * n + 1);
	for (size_t i = 0, len; i < n; i += len) {
		bool bad = false;
		utf8_decode(s + i, n - i, &len, &bad);
		if (bad)
			o += (size_t)sprintf(clean + o, "\xEF\xBF\xBD");
		else {
			memcpy(clean + o, s + i, len);
			o += len;
		}
	}
	clean[o] = '\0';
	j = json_string(clean);
	free(clean);
	return j;
}

/* A qualified name as an attribute value: a typed literal of
 * prov:QUALIFIED_NAME, the way PROV-JSON tells it from a string. */
static json_t *prov_qname(const char *qn)
{
	return json_pack("{s:s, s:s}", "$", qn, "type", "prov:QUALIFIED_NAME");
}

/* Sets a string attribute when there is a value: PROV has no null. */
static void prov_set(json_t *rec, const char *key, const char *value)
{
	if (value)
		json_object_set_new(rec, key, prov_str(value));
}

static json_t *prov_section(struct graph *g, const char *name)
{
	json_t *sec = json_object_get(g->prov, name);
	if (!sec) {
		sec = json_object();
		json_object_set_new(g->prov, name, sec);
	}
	return sec;
}

/* Adds a record under its own id: "entity", "agent". */
static json_t *prov_record(struct graph *g, const char *section, const char *id)
{
	json_t *rec = json_object();
	json_object_set_new(prov_section(g, section), id, rec);
	return rec;
}

/* Adds a relation under a fresh blank-node id ("_:wDF12"): PROV-JSON
 * keys every record, and these relations have no name of their own. */
static json_t *prov_relation(struct graph *g, const char *section, const char *tag)
{
	char id[48];
	snprintf(id, sizeof(id), "_:%s%zu", tag, ++g->nrel);
	return prov_record(g, section, id);
}

static void prov_attributed(struct graph *g, const char *entity, const char *agent)
{
	json_t *r = prov_relation(g, "wasAttributedTo", "wAT");
	json_object_set_new(r, "prov:entity", json_string(entity));
	json_object_set_new(r, "prov:agent", json_string(agent));
}

static void prov_derived(struct graph *g, const char *generated, const char *used, bool quote)
{
	json_t *r = prov_relation(g, "wasDerivedFrom", "wDF");
	json_object_set_new(r, "prov:generatedEntity", json_string(generated));
	json_object_set_new(r, "prov:usedEntity", json_string(used));
	if (quote)
		json_object_set_new(r, "prov:type", prov_qname("prov:Quotation"));
}

static void prov_prefixes(struct graph *g)
{
	json_object_set_new(g->prov, "prefix",
			    json_pack("{s:s, s:s, s:s}", "provcheck", NS_PROVCHECK,
				      "prov", NS_PROV, "xsd", NS_XSD));
}

static int prov_claims(struct graph *g, sqlite3_int64 doc)
{
	sqlite3_stmt *st = graph_query(g, Q_CLAIMS, doc);
	int rc;
	char id[64], coll[64];
	snprintf(coll, sizeof(coll), "provcheck:document/%lld", (long long)doc);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		snprintf(id, sizeof(id), "provcheck:claim/%lld", (long long)sqlite3_column_int64(st, 0));
		json_t *e = prov_record(g, "entity", id);
		json_object_set_new(e, "prov:type", prov_qname("provcheck:Claim"));
		prov_set(e, "prov:value", col_text(st, 3));
		prov_set(e, "provcheck:kind", col_text(st, 4));
		prov_set(e, "provcheck:status", col_text(st, 5));
		prov_set(e, "provcheck:corpusStatus", col_text(st, 6));
		json_object_set_new(e, "provcheck:checkworthy", json_boolean(sqlite3_column_int(st, 7)));
		prov_set(e, "provcheck:document", col_text(st, 8));
		json_object_set_new(e, "provcheck:line", json_integer(sqlite3_column_int(st, 1)));
		json_object_set_new(e, "provcheck:column", json_integer(sqlite3_column_int(st, 2)));
		json_t *m = prov_relation(g, "hadMember", "hM");
		json_object_set_new(m, "prov:collection", json_string(coll));
		json_object_set_new(m, "prov:entity", json_string(id));
	}
	return graph_done(st, rc);
}

/* The articles, each followed by its claims. */
static int prov_documents(struct graph *g)
{
	sqlite3_stmt *st = graph_query(g, Q_DOCS, 0);
	int rc;
	char id[64];
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		snprintf(id, sizeof(id), "provcheck:document/%lld", (long long)sqlite3_column_int64(st, 0));
		json_t *e = prov_record(g, "entity", id);
		json_object_set_new(e, "prov:type", json_pack("[o, o]",
			prov_qname("provcheck:Document"), prov_qname("prov:Collection")));
		prov_set(e, "prov:label", col_text(st, 1));
		prov_set(e, "provcheck:path", col_text(st, 1));
		prov_set(e, "provcheck:format", col_text(st, 2));
		prov_set(e, "provcheck:sha256", col_text(st, 3));
		json_object_set_new(e, "provcheck:checkedAt",
				    json_pack("{s:o, s:s}", "$", prov_str(col_text(st, 4)),
					      "type", "xsd:dateTime"));
		/* a second statement steps while this one waits on its row */
		if (prov_claims(g, sqlite3_column_int64(st, 0))) {
			sqlite3_reset(st);
			return -1;
		}
	}
	return graph_done(st, rc);
}

static int prov_sources(struct graph *g)
{
	sqlite3_stmt *st = graph_query(g, Q_SOURCES, 0);
	int rc;
	char id[64];
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		const struct source_kind *k = graph_source_kind(col_text(st, 2));
		snprintf(id, sizeof(id), "provcheck:source/%lld", (long long)sqlite3_column_int64(st, 0));
		json_t *a = prov_record(g, "agent", id);
		json_t *types = json_array();
		json_array_append_new(types, prov_qname(k->prov_type));
		if (k->prov_class)
			json_array_append_new(types, prov_qname(k->prov_class));
		json_object_set_new(a, "prov:type", types);
		prov_set(a, "prov:label", col_text(st, 1));
		prov_set(a, "provcheck:sourceType", col_text(st, 2));
		prov_set(a, "provcheck:country", col_text(st, 3));
		json_object_set_new(a, "provcheck:stateAffiliated", json_boolean(sqlite3_column_int(st, 4)));
	}
	return graph_done(st, rc);
}

/* The statement as each relay of an attribution carried it, each
 * derived from the one before.  `prev` holds the id of the origin's
 * statement on entry, of the last relay's on return: the claim derives
 * from that. */
static int prov_chain(struct graph *g, sqlite3_int64 attribution, char prev[64], bool quote)
{
	sqlite3_stmt *st = graph_query(g, Q_RELAYS, attribution);
	int rc;
	char id[64], agent[64];
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		int pos = sqlite3_column_int(st, 0);
		snprintf(id, sizeof(id), "provcheck:attribution/%lld/via/%d", (long long)attribution, pos);
		snprintf(agent, sizeof(agent), "provcheck:source/%lld", (long long)sqlite3_column_int64(st, 1));
		json_t *e = prov_record(g, "entity", id);
		json_object_set_new(e, "prov:type", prov_qname("provcheck:Relayed"));
		char *label = xasprintf("as carried by %s", col_text(st, 2));
		prov_set(e, "prov:label", label);
		free(label);
		json_object_set_new(e, "provcheck:position", json_integer(pos));
		prov_attributed(g, id, agent);
		prov_derived(g, id, prev, quote);
		memcpy(prev, id, sizeof(id));
	}
	return graph_done(st, rc);
}

static int prov_attribution(struct graph *g, sqlite3_stmt *st)
{
	sqlite3_int64 aid = sqlite3_column_int64(st, 0);
	bool quote = sqlite3_column_int(st, 5);
	char claim[64], origin[64], said[64], last[64];
	snprintf(claim, sizeof(claim), "provcheck:claim/%lld", (long long)sqlite3_column_int64(st, 1));
	snprintf(origin, sizeof(origin), "provcheck:source/%lld", (long long)sqlite3_column_int64(st, 2));
	snprintf(said, sizeof(said), "provcheck:attribution/%lld/statement", (long long)aid);

	json_t *r = prov_relation(g, "wasAttributedTo", "wAT");
	json_object_set_new(r, "prov:entity", json_string(claim));
	json_object_set_new(r, "prov:agent", json_string(origin));
	prov_set(r, "provcheck:cue", col_text(st, 3));
	prov_set(r, "provcheck:mention", col_text(st, 7));
	json_object_set_new(r, "provcheck:quote", json_boolean(quote));
	json_object_set_new(r, "provcheck:inherited", json_boolean(sqlite3_column_int(st, 6)));

	json_t *e = prov_record(g, "entity", said);
	json_object_set_new(e, "prov:type", prov_qname("provcheck:Statement"));
	char *label = xasprintf("as stated by %s", col_text(st, 8));
	prov_set(e, "prov:label", label);
	free(label);
	prov_set(e, "provcheck:channel", col_text(st, 4));
	prov_attributed(g, said, origin);
	memcpy(last, said, sizeof(last));
	if (prov_chain(g, aid, last, quote))
		return -1;
	prov_derived(g, claim, last, quote);
	return 0;
}

static int prov_attributions(struct graph *g)
{
	/* the relays query steps inside this loop: its own statement */
	sqlite3_stmt *st = graph_query(g, Q_ATTRIBUTIONS, 0);
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW)
		if (prov_attribution(g, st)) {
			sqlite3_reset(st);
			return -1;
		}
	return graph_done(st, rc);
}

/* PROV-DM gives alternateOf no attributes: a link across documents is
 * told by its two claims being members of two articles. */
static int prov_same_facts(struct graph *g)
{
	sqlite3_stmt *st = graph_query(g, Q_SAME, 0);
	int rc;
	char a[64], b[64];
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		snprintf(a, sizeof(a), "provcheck:claim/%lld", (long long)sqlite3_column_int64(st, 0));
		snprintf(b, sizeof(b), "provcheck:claim/%lld", (long long)sqlite3_column_int64(st, 1));
		json_t *r = prov_relation(g, "alternateOf", "aO");
		json_object_set_new(r, "prov:alternate1", json_string(a));
		json_object_set_new(r, "prov:alternate2", json_string(b));
	}
	return graph_done(st, rc);
}

/* The sections in the order a reader meets them: what there is, then
 * how it relates. */
static const char *const prov_sections[] = {
	"entity", "agent", "wasAttributedTo", "wasDerivedFrom", "hadMember", "alternateOf",
};

static int graph_prov(struct graph *g)
{
	g->prov = json_object();
	prov_prefixes(g);
	for (size_t i = 0; i < COUNTOF(prov_sections); i++)
		prov_section(g, prov_sections[i]);
	int rc = -1;
	if (prov_documents(g) || prov_sources(g) || prov_attributions(g) || prov_same_facts(g))
		goto out;
	for (size_t i = 0; i < COUNTOF(prov_sections); i++)
		if (json_object_size(json_object_get(g->prov, prov_sections[i])) == 0)
			json_object_del(g->prov, prov_sections[i]);
	if (json_dumpf(g->prov, g->out, JSON_INDENT(1) | JSON_PRESERVE_ORDER) == 0)
		rc = fputc('\n', g->out) == EOF ? -1 : 0;
out:
	json_decref(g->prov);
	g->prov = NULL;
	return rc;
}

/* --- entry ------------------------------------------------------------- */

int pc_graph(pc_db *db, const char *format, FILE *out, char **err)
{
	bool dot = !strcmp(format, "dot");
	if (!dot && strcmp(format, "prov-json")) {
		*err = xasprintf("error: no graph format '%s' (dot or prov-json)", format);
		return -1;
	}
	struct graph g = { .db = store_handle(db), .out = out };
	int rc = -1;
	if (graph_begin(&g)) {
		*err = store_error(db, "cannot read the graph");
		goto out;
	}
	if (dot ? graph_dot(&g) : graph_prov(&g)) {
		*err = ferror(out) ? xasprintf("error: cannot write the graph")
				   : store_error(db, "cannot read the graph");
		goto out;
	}
	if (fflush(out) || ferror(out)) {
		*err = xasprintf("error: cannot write the graph");
		goto out;
	}
	rc = 0;
out:
	graph_end(&g);
	return rc;
}
