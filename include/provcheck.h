/*
 * libprovcheck: source attribution and fact provenance for news text.
 *
 * One call analyses one document: pc_doc_check() reads it, splits it into
 * claims, finds who each claim is attributed to, links claims stating the
 * same fact and judges each claim.  Emitters print the result.  The rules
 * (cue lexicons, patterns, source gazetteer) are data loaded at run time.
 *
 * Ownership: every pc_* object returned is owned by the caller and freed
 * with its own *_free function; strings returned through `char **err` and
 * by pc_report_json() are malloc'd and freed with free().
 */
#ifndef PROVCHECK_H
#define PROVCHECK_H

#include <stddef.h>
#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct pc_rules pc_rules;
typedef struct pc_doc pc_doc;
typedef struct pc_config pc_config;
typedef struct pc_settings pc_settings;
typedef struct pc_baseline pc_baseline;
typedef struct pc_db pc_db;

enum pc_format {
	PC_FORMAT_AUTO,     /* by file extension; plain text otherwise */
	PC_FORMAT_TEXT,
	PC_FORMAT_MARKDOWN,
	PC_FORMAT_HTML,
	PC_FORMAT_NITF,     /* NITF and NewsML-G2 news items */
	PC_FORMAT_DOCX,
	PC_FORMAT_ODT,
};

/* "text", "markdown", "html", "nitf" (or "newsml", "xml"), "docx",
 * "odt"; -1 for another name. */
int pc_format_from_name(const char *name);
/* The format a file name's extension says, PC_FORMAT_TEXT otherwise. */
enum pc_format pc_format_from_path(const char *path);

/* The largest input read, and the most any part of a DOCX or ODT package
 * may expand to: larger is refused before it is read. */
#define PC_MAX_INPUT (64 << 20)

enum pc_severity {
	PC_SEV_NONE,
	PC_SEV_NOTE,
	PC_SEV_WARNING,
	PC_SEV_ERROR,
};

const char *pc_version(void);

/* Loads the built-in rules, then each directory of `dirs` in order: a file
 * with the name of an earlier one replaces it, any other file adds to its
 * kind.  On error returns NULL and sets *err to "file:line: error: ...". */
pc_rules *pc_rules_load(const char *const *dirs, size_t ndirs, char **err);
void pc_rules_free(pc_rules *rules);
/* Runs every rule's example sentences; prints failures to `out` and returns
 * their count. */
int pc_rules_test(const pc_rules *rules, FILE *out);
/* Prints the finding rules (id, default severity, what they mean) and
 * the attribution patterns (id, kind, file:line). */
void pc_rules_list(const pc_rules *rules, FILE *out);
/* Explains a finding rule or an attribution pattern by its id; returns
 * -1 when no rule has that id. */
int pc_explain(const pc_rules *rules, const char *id, FILE *out);
/* The attribution patterns, expanded, one a line, group names dropped
 * (for grep -P in benchmarks). */
char *pc_rules_expanded_patterns(const pc_rules *rules);

/* Analyses one document held in memory (data need not be NUL-terminated
 * and is copied).  Returns NULL and sets *err on input that cannot be read
 * ("path:line:col: error: ..."). */
pc_doc *pc_doc_check(const pc_rules *rules, const char *path,
		     const char *data, size_t len, enum pc_format format,
		     char **err);
/* The same with a time budget in seconds (0: none): past it the analysis
 * stops and the document is refused with an error naming it.
 * pc_doc_check gives each document PC_TIME_LIMIT. */
#define PC_TIME_LIMIT 120.0
pc_doc *pc_doc_check_within(const pc_rules *rules, const char *path,
			    const char *data, size_t len, enum pc_format format,
			    double seconds, char **err);
void pc_doc_free(pc_doc *doc);
/* The most severe finding of the document. */
enum pc_severity pc_doc_worst(const pc_doc *doc);
size_t pc_doc_claim_count(const pc_doc *doc);
/* Non-fatal problems met while reading (invalid UTF-8...), one per line. */
const char *pc_doc_warnings(const pc_doc *doc);

enum pc_severity pc_severity_from_name(const char *name);
const char *pc_severity_name(enum pc_severity sev);

/* Compiler-style diagnostics: "path:line:col: warning: message [rule]". */
void pc_emit_text(FILE *out, const pc_doc *doc, int color);
/* The JSON report of the attribution guide, section 5. */
char *pc_report_json(pc_doc *const *docs, size_t ndocs);
/* One element of the report's "documents" array, for streaming. */
char *pc_doc_json(const pc_doc *doc);
/* The same written to out claim by claim (memory stays flat however long
 * the document), its lines indented as `depth` levels of the report. */
void pc_emit_json_document(FILE *out, const pc_doc *doc, int depth);
/* A self-contained HTML report of the documents (inline CSS and script,
 * no network fetches): the article with every claim marked by status,
 * the sources and relay chain of a claim on click or focus, and a side
 * panel with counts, source reliance and the citation graph. */
void pc_emit_html(FILE *out, pc_doc *const *docs, size_t ndocs);
/* SARIF 2.1.0 as GitHub code scanning takes it: one run listing every
 * finding rule, artifact URIs relative to %SRCROOT% (the working
 * directory) when the path lies under it, columns in code points. */
void pc_emit_sarif(FILE *out, pc_doc *const *docs, size_t ndocs);
/* Checkstyle XML 4.3: a <file> for every document, findings or not, an
 * <error> per finding; note becomes info. */
void pc_emit_checkstyle(FILE *out, pc_doc *const *docs, size_t ndocs);
/* reviewdog's rdjsonl: one Diagnostic a line, columns in UTF-8 bytes as
 * reviewdog counts them. */
void pc_emit_rdjsonl(FILE *out, const pc_doc *doc);
/* GitHub Actions annotations: "::warning file=...,line=...::message" a
 * finding (note becomes ::notice), escaped as GitHub's toolkit does. */
void pc_emit_github(FILE *out, const pc_doc *doc);

/* Settings (.provcheck.ini).  With `explicit_path` that file applies to
 * every document; otherwise, when `discover` is set, the nearest
 * .provcheck.ini from each document's directory upward does. */
pc_config *pc_config_new(const char *explicit_path, int discover);
void pc_config_free(pc_config *cfg);
/* The settings for the document at `path` ("-": stdin, from the working
 * directory), owned by `cfg`.  NULL and *err = "file:line: error: ..."
 * on a broken config file. */
const pc_settings *pc_config_for(pc_config *cfg, const char *path, char **err);
/* -1 where the config says nothing. */
int pc_settings_fail_on(const pc_settings *s);
int pc_settings_input_format(const pc_settings *s);
const char *const *pc_settings_rule_dirs(const pc_settings *s, size_t *n);
/* The config file in effect, or NULL. */
const char *pc_settings_config_path(const pc_settings *s);
/* Applies the rule severities of `s`: a rule set to off loses its findings. */
void pc_doc_apply_settings(pc_doc *doc, const pc_settings *s);

/* Findings by fingerprint (rule, folded claim text, document path
 * relative to the baseline file), to report only new ones. */
pc_baseline *pc_baseline_new(const char *path);
/* Reads a baseline file; NULL with *err on a missing or broken file. */
pc_baseline *pc_baseline_load(const char *path, char **err);
void pc_baseline_free(pc_baseline *b);
/* Drops the document's findings the baseline knows (as many times as it
 * holds each); returns how many were dropped. */
size_t pc_baseline_filter(pc_baseline *b, pc_doc *doc);
/* Records the document's findings. */
void pc_baseline_add(pc_baseline *b, const pc_doc *doc);
/* Writes atomically (a temporary file renamed over the old one);
 * returns the number of findings written, or -1 with *err. */
long pc_baseline_write(pc_baseline *b, char **err);

/* Keeps only the findings that touch one of the line ranges
 * [lines[2k], lines[2k+1]] (1-based, inclusive); returns how many were
 * dropped. */
size_t pc_doc_keep_lines(pc_doc *doc, const int *lines, size_t nranges);
/* Findings hidden by inline suppressions in the document. */
size_t pc_doc_suppressed(const pc_doc *doc);

/* The citation graph in SQLite (schema: src/schema.sql).  Opening
 * creates or migrates the file; NULL and *err on failure. */
pc_db *pc_db_open(const char *path, char **err);
/* Opens a database that exists, for readers: NULL and *err when the file
 * is missing or holds no provcheck schema, left untouched (where
 * pc_db_open would create the file or write the schema into it). */
pc_db *pc_db_open_existing(const char *path, char **err);
/* A second, read-only connection to the database `writer` is open on,
 * for another thread: a connection serves one thread, since one whose
 * other thread is inside a read cannot wait for the write lock (BEGIN
 * IMMEDIATE fails with "database is locked" at once). */
pc_db *pc_db_open_reader(const pc_db *writer, char **err);
void pc_db_close(pc_db *db);
/* Whether the database holds this path with this very content. */
int pc_db_is_current(pc_db *db, const char *path, const char *data, size_t len);
/* Writes the document in one transaction, replacing an older version of
 * it, links its claims to the same facts in other stored documents and
 * counts their corpus status.  0, or -1 with *err. */
int pc_db_store(pc_db *db, const pc_rules *rules, const pc_doc *doc, char **err);
/* Counts again the corpus status of the claims whose links across
 * documents changed since (pc_db_store defers it so that an archive load
 * counts each claim once).  0, or -1 with *err. */
int pc_db_settle(pc_db *db, char **err);
/* Judges the document again counting the origins of the same facts in
 * other stored documents (store it first). */
int pc_doc_corpus_status(pc_db *db, const pc_rules *rules, pc_doc *doc, char **err);
/* Drops the documents whose files are gone, listing them on `out`;
 * returns how many, or -1 with *err. */
int pc_db_prune(pc_db *db, FILE *out, char **err);

/* Writes the whole citation graph of the database to `out`, reading it
 * in one read transaction and changing nothing.  `format` is "dot"
 * (Graphviz: a cluster an article with its claims coloured by status,
 * sources by kind, claim -> origin edges labelled with the cue, relay
 * chains origin -> relays -> article, dashed same-fact links) or
 * "prov-json" (W3C PROV-JSON, Member Submission 2013-04-24; the model is
 * described at the top of src/graph.c).  0, or -1 with *err. */
int pc_graph(pc_db *db, const char *format, FILE *out, char **err);
/* The report of a database: per document (claims by status, sources by
 * type, claims resting on agencies, on unnamed sources, on state media),
 * per source (claims as origin and as relay, documents), the longest and
 * the most frequent relay chains, the unsourced and single-source
 * check-worthy claims, and totals.  `format` is "text" (tables),
 * "json" (README, "Querying the citation graph") or "html" (one page,
 * no script).  Reads in one transaction, writes nothing.  0, or -1 with
 * *err = "FILE: error: ...". */
int pc_report(pc_db *db, const char *format, FILE *out, char **err);

/* Scores the analyzer against CORPUS/gold (guide section 6); prints a
 * table, or JSON when `json` is set.  Returns 0, or -1 with *err set. */
int pc_eval(const pc_rules *rules, const char *corpus_dir, int json,
	    FILE *out, char **err);

#ifdef __cplusplus
}
#endif

#endif
