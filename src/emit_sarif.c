/* SARIF 2.1.0 as GitHub code scanning reads it: one run, every finding
 * rule in tool.driver.rules in findings.def order (so a result's ruleIndex
 * is its rule enum), artifact URIs relative to %SRCROOT%, the working
 * directory, and columns counted in code points like the findings. */
#include <errno.h>
#include <jansson.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "config.h"
#include "emit.h"
#include "judge.h"

static const char *sarif_level(enum pc_severity s)
{
	switch (s) {
	case PC_SEV_ERROR: return "error";
	case PC_SEV_WARNING: return "warning";
	case PC_SEV_NOTE: return "note";
	default: return "none";
	}
}

/* "sourced-elsewhere" -> "SourcedElsewhere": SARIF's name is meant to read
 * as an identifier, the id stays the stable key. */
static char *sarif_camel(struct arena *a, const char *id)
{
	char *name = arena_alloc(a, strlen(id) + 1), *o = name;
	bool up = true;
	for (; *id; id++) {
		if (*id == '-') {
			up = true;
			continue;
		}
		*o++ = up && *id >= 'a' && *id <= 'z' ? (char)(*id - 'a' + 'A') : *id;
		up = false;
	}
	*o = '\0';
	return name;
}

static json_t *sarif_text(const char *s)
{
	json_t *o = json_object();
	json_object_set_new(o, "text", emit_json_str(s));
	return o;
}

static json_t *sarif_rule(struct arena *a, enum rule_id id)
{
	json_t *help = sarif_text(judge_rule_help(id));
	json_object_set_new(help, "markdown", emit_json_str(judge_rule_help(id)));
	json_t *conf = json_object();
	json_object_set_new(conf, "level", json_string(sarif_level(judge_rule_severity(id))));
	json_t *r = json_object();
	json_object_set_new(r, "id", json_string(judge_rule_id(id)));
	json_object_set_new(r, "name", json_string(sarif_camel(a, judge_rule_id(id))));
	json_object_set_new(r, "shortDescription", sarif_text(judge_rule_title(id)));
	json_object_set_new(r, "fullDescription", sarif_text(judge_rule_help(id)));
	json_object_set_new(r, "help", help);
	json_object_set_new(r, "defaultConfiguration", conf);
	return r;
}

static json_t *sarif_driver(struct arena *a)
{
	json_t *rules = json_array();
	for (int i = 0; i < RULE_COUNT; i++)
		json_array_append_new(rules, sarif_rule(a, (enum rule_id)i));
	json_t *d = json_object();
	json_object_set_new(d, "name", json_string("provcheck"));
	json_object_set_new(d, "version", json_string(PC_VERSION));
	json_object_set_new(d, "semanticVersion", json_string(PC_VERSION));
	json_object_set_new(d, "informationUri",
			    json_string("https://github.com/provcheck/provcheck"));
	json_object_set_new(d, "rules", rules);
	return d;
}

static bool sarif_uri_plain(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	       (c >= '0' && c <= '9') || strchr("-._~/", c);
}

/* prefix, then path percent-encoded: only unreserved characters and '/'
 * stay, so a ':' cannot pass for a scheme and any byte is safe. */
static char *sarif_uri(struct arena *a, const char *prefix, const char *path)
{
	static const char hex[] = "0123456789ABCDEF";
	size_t np = strlen(prefix);
	char *uri = arena_alloc(a, np + 3 * strlen(path) + 1), *o = uri + np;
	memcpy(uri, prefix, np);
	for (const unsigned char *p = (const unsigned char *)path; *p; p++) {
		if (sarif_uri_plain(*p)) {
			*o++ = (char)*p;
			continue;
		}
		*o++ = '%';
		*o++ = hex[*p >> 4];
		*o++ = hex[*p & 15];
	}
	*o = '\0';
	return uri;
}

static bool sarif_is_dotdot(const char *s, size_t n)
{
	return n == 2 && s[0] == '.' && s[1] == '.';
}

/* The path with "." and empty components dropped and "dir/.." folded, by
 * the text alone: symbolic links are not followed, the path stays the
 * one given.  A relative path keeps the ".." it cannot fold. */
static char *sarif_normalize(struct arena *a, const char *path)
{
	size_t n = strlen(path), o = 0, depth = 0;
	char *out = arena_alloc(a, n + 2);
	size_t *starts = arena_alloc(a, (n / 2 + 2) * sizeof(*starts));
	bool abs = path[0] == '/';
	if (abs)
		out[o++] = '/';
	size_t base = o;
	for (const char *p = path;; p += strcspn(p, "/")) {
		p += strspn(p, "/");
		size_t len = strcspn(p, "/");
		if (len == 0)
			break;
		if (len == 1 && p[0] == '.')
			continue;
		bool up = sarif_is_dotdot(p, len);
		size_t top = depth ? starts[depth - 1] : base;
		if (up && depth > 0 && !sarif_is_dotdot(out + top, o - top)) {
			o = starts[--depth];
			o -= o > base;
			continue;
		}
		if (up && abs)
			continue; /* "/.." is "/" */
		if (o > base)
			out[o++] = '/';
		starts[depth++] = o;
		memcpy(out + o, p, len);
		o += len;
	}
	out[o] = '\0';
	return out;
}

/* The working directory, or NULL when it cannot be known (removed). */
static char *sarif_cwd(struct arena *a)
{
	for (size_t cap = 256; cap < (1u << 20); cap *= 2) {
		char *buf = arena_alloc(a, cap);
		if (getcwd(buf, cap))
			return buf;
		if (errno != ERANGE)
			break;
	}
	return NULL;
}

/* A document's artifactLocation: relative to %SRCROOT% when its path lies
 * under the working directory (only those can be placed in a repository),
 * a file:// URI otherwise. */
static json_t *sarif_artifact(struct arena *a, const char *path, const char *cwd)
{
	char *p = sarif_normalize(a, path);
	if (cwd && p[0] != '/' && sarif_is_dotdot(p, strcspn(p, "/")))
		p = sarif_normalize(a, arena_printf(a, "%s/%s", cwd, p));
	const char *rel = p[0] == '/' ? NULL : p;
	if (cwd && !rel) {
		size_t n = strlen(cwd);
		if (n == 1)
			rel = p + 1;
		else if (!strncmp(p, cwd, n) && p[n] == '/')
			rel = p + n + 1;
	}
	json_t *loc = json_object();
	if (rel) {
		json_object_set_new(loc, "uri", json_string(sarif_uri(a, "", rel)));
		json_object_set_new(loc, "uriBaseId", json_string("%SRCROOT%"));
	} else {
		json_object_set_new(loc, "uri", json_string(sarif_uri(a, "file://", p)));
	}
	return loc;
}

struct sarif_fp {
	const char *fp;
	size_t i;
};

static int sarif_fp_cmp(const void *x, const void *y)
{
	const struct sarif_fp *a = x, *b = y;
	int c = strcmp(a->fp, b->fp);
	return c ? c : (a->i > b->i) - (a->i < b->i);
}

/* The n of "fingerprint:n" for each finding: how many findings of the
 * document up to this one share its fingerprint, so two equal claims stay
 * apart and keep their numbers when text elsewhere changes. */
static int *sarif_occurrences(struct arena *a, const struct pc_doc *doc)
{
	size_t n = doc->nfindings;
	struct sarif_fp *r = arena_alloc(a, (n + 1) * sizeof(*r));
	int *occ = arena_alloc(a, (n + 1) * sizeof(*occ));
	for (size_t i = 0; i < n; i++)
		r[i] = (struct sarif_fp){ doc->findings[i].fingerprint, i };
	qsort(r, n, sizeof(*r), sarif_fp_cmp);
	for (size_t i = 0; i < n; i++)
		occ[r[i].i] = i > 0 && !strcmp(r[i].fp, r[i - 1].fp) ? occ[r[i - 1].i] + 1 : 1;
	return occ;
}

static json_t *sarif_location(const struct finding *f, json_t *artifact)
{
	json_t *region = json_object();
	json_object_set_new(region, "startLine", json_integer(f->line));
	json_object_set_new(region, "startColumn", json_integer(f->col));
	json_object_set_new(region, "endLine", json_integer(f->end_line));
	json_object_set_new(region, "endColumn", json_integer(f->end_col));
	json_t *phys = json_object();
	json_object_set(phys, "artifactLocation", artifact);
	json_object_set_new(phys, "region", region);
	json_t *loc = json_object();
	json_object_set_new(loc, "physicalLocation", phys);
	json_t *locs = json_array();
	json_array_append_new(locs, loc);
	return locs;
}

static json_t *sarif_result(const struct finding *f, json_t *artifact, int occ)
{
	char hash[FINGERPRINT_LEN + 16];
	snprintf(hash, sizeof(hash), "%s:%d", f->fingerprint, occ);
	json_t *fps = json_object();
	json_object_set_new(fps, "primaryLocationLineHash", json_string(hash));
	json_t *r = json_object();
	json_object_set_new(r, "ruleId", json_string(judge_rule_id(f->rule)));
	json_object_set_new(r, "ruleIndex", json_integer(f->rule));
	json_object_set_new(r, "level", json_string(sarif_level(f->severity)));
	json_object_set_new(r, "message", sarif_text(f->message));
	json_object_set_new(r, "locations", sarif_location(f, artifact));
	json_object_set_new(r, "partialFingerprints", fps);
	return r;
}

/* The results, one finding built and written at a time: a long document's
 * findings never sit in memory as one tree. */
static void sarif_results(const struct json_out *o, struct arena *a, pc_doc *const *docs,
			  size_t ndocs, const char *cwd, int depth)
{
	bool first;
	emit_json_open(o, '[', &first);
	for (size_t d = 0; d < ndocs; d++) {
		const struct pc_doc *doc = docs[d];
		json_t *artifact = sarif_artifact(a, doc->path, cwd);
		int *occ = sarif_occurrences(a, doc);
		for (size_t i = 0; i < doc->nfindings; i++) {
			emit_json_item(o, depth + 1, &first);
			emit_json_value(o, sarif_result(&doc->findings[i], artifact, occ[i]), depth + 1);
		}
		json_decref(artifact);
	}
	emit_json_close(o, ']', depth, first);
}

/* The run but its results, which sarif_results writes after them. */
static json_t *sarif_run(struct arena *a, const char *cwd)
{
	json_t *tool = json_object();
	json_object_set_new(tool, "driver", sarif_driver(a));
	json_t *run = json_object();
	json_object_set_new(run, "tool", tool);
	if (cwd) {
		size_t n = strlen(cwd);
		json_t *root = json_object();
		json_object_set_new(root, "uri", json_string(arena_printf(a, "%s%s",
			sarif_uri(a, "file://", cwd), cwd[n - 1] == '/' ? "" : "/")));
		json_t *bases = json_object();
		json_object_set_new(bases, "%SRCROOT%", root);
		json_object_set_new(run, "originalUriBaseIds", bases);
	}
	json_object_set_new(run, "columnKind", json_string("unicodeCodePoints"));
	return run;
}

void pc_emit_sarif(FILE *out, pc_doc *const *docs, size_t ndocs)
{
	struct arena a = { 0 };
	const struct json_out o = { .f = out };
	const char *cwd = sarif_cwd(&a);
	json_t *head = json_object();
	json_object_set_new(head, "$schema",
			    json_string("https://json.schemastore.org/sarif-2.1.0.json"));
	json_object_set_new(head, "version", json_string("2.1.0"));
	bool first, run, member;
	emit_json_open(&o, '{', &first);
	emit_json_members(&o, head, 1, &first);
	emit_json_key(&o, "runs", 1, &first);
	emit_json_open(&o, '[', &run);
	emit_json_item(&o, 2, &run);
	emit_json_open(&o, '{', &member);
	emit_json_members(&o, sarif_run(&a, cwd), 3, &member);
	emit_json_key(&o, "results", 3, &member);
	sarif_results(&o, &a, docs, ndocs, cwd, 3);
	emit_json_close(&o, '}', 2, member);
	emit_json_close(&o, ']', 1, run);
	emit_json_close(&o, '}', 0, first);
	fputc('\n', out);
	arena_free(&a);
}
