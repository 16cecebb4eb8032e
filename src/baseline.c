/* Baselines: the findings a team has accepted, so CI reports only new
 * ones.  An entry is (document path relative to the baseline file, rule,
 * fingerprint of the folded claim text): it survives edits elsewhere in
 * the article, line shifts and moving the checkout, and dies with the
 * claim it was about.  A key may repeat (two identical sentences), and
 * each entry hides one finding. */
#include <errno.h>
#include <jansson.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "baseline.h"
#include "doc.h"
#include "judge.h"
#include "util.h"

#define BASELINE_VERSION 1

struct entry {
	char *key;   /* "fingerprint rule path": sorts equal keys together */
	char *path, *claim;
	const char *rule;
	char fp[FINGERPRINT_LEN + 1];
	int line;
	bool used;
};

struct pc_baseline {
	char *path;
	char *dir; /* absolute directory of the baseline file */
	struct entry *e;
	size_t n, cap;
	bool sorted;
};

/* The document's path as the baseline names it. */
static char *doc_key_path(const pc_baseline *b, const struct pc_doc *doc)
{
	char *abs = realpath(doc->path, NULL);
	if (!abs)
		return xstrdup(doc->path);
	char *rel = path_relative(b->dir, abs);
	free(abs);
	return rel;
}

static char *make_key(const char *fp, const char *rule, const char *path)
{
	return xasprintf("%s %s %s", fp, rule, path);
}

static struct entry *add(pc_baseline *b)
{
	if (b->n == b->cap) {
		b->cap = b->cap ? 2 * b->cap : 64;
		b->e = xrealloc(b->e, b->cap * sizeof(*b->e));
	}
	b->sorted = false;
	struct entry *e = &b->e[b->n++];
	memset(e, 0, sizeof(*e));
	return e;
}

pc_baseline *pc_baseline_new(const char *path)
{
	pc_baseline *b = xcalloc(1, sizeof(*b));
	b->path = xstrdup(path);
	b->dir = path_dir_abs(path);
	return b;
}

void pc_baseline_free(pc_baseline *b)
{
	if (!b)
		return;
	for (size_t i = 0; i < b->n; i++) {
		free(b->e[i].key);
		free(b->e[i].path);
		free(b->e[i].claim);
	}
	free(b->e);
	free(b->path);
	free(b->dir);
	free(b);
}

static char *errorf(const char *path, int line, const char *msg)
{
	if (line > 0)
		return xasprintf("%s:%d: error: %s", path, line, msg);
	return xasprintf("%s: error: %s", path, msg);
}

static int load_entry(pc_baseline *b, json_t *j)
{
	const char *path = json_string_value(json_object_get(j, "path"));
	const char *rule = json_string_value(json_object_get(j, "rule"));
	const char *fp = json_string_value(json_object_get(j, "fingerprint"));
	if (!path || !rule || !fp || strlen(fp) != FINGERPRINT_LEN)
		return -1;
	int id = judge_rule_from_id(rule);
	if (id < 0)
		return -1;
	struct entry *e = add(b);
	e->rule = judge_rule_id((enum rule_id)id);
	memcpy(e->fp, fp, FINGERPRINT_LEN + 1);
	e->path = xstrdup(path);
	const char *claim = json_string_value(json_object_get(j, "claim"));
	e->claim = claim ? xstrdup(claim) : NULL;
	e->line = (int)json_integer_value(json_object_get(j, "line"));
	e->key = make_key(e->fp, e->rule, e->path);
	return 0;
}

/* The baseline in `root` (taken over), or NULL with *err. */
static pc_baseline *from_json(const char *path, json_t *root, json_error_t *je,
			      char **err)
{
	if (!root) {
		char msg[300];
		snprintf(msg, sizeof(msg), "cannot read baseline: %s", je->text);
		*err = errorf(path, je->line, msg);
		return NULL;
	}
	pc_baseline *b = pc_baseline_new(path);
	json_t *fs = json_object_get(root, "findings");
	json_t *ver = json_object_get(root, "baseline_version");
	if (!json_is_array(fs) || !json_is_integer(ver)) {
		*err = errorf(path, 0, "not a provcheck baseline (no \"baseline_version\" "
			      "and \"findings\"): write one with --write-baseline");
		goto fail;
	}
	if (json_integer_value(ver) > BASELINE_VERSION) {
		*err = errorf(path, 0, "baseline written by a newer provcheck");
		goto fail;
	}
	size_t i;
	json_t *j;
	json_array_foreach(fs, i, j) {
		if (load_entry(b, j) == 0)
			continue;
		char msg[160];
		snprintf(msg, sizeof(msg), "finding %zu has no valid path, rule and "
			 "fingerprint", i + 1);
		*err = errorf(path, 0, msg);
		goto fail;
	}
	json_decref(root);
	return b;
fail:
	json_decref(root);
	pc_baseline_free(b);
	return NULL;
}

pc_baseline *pc_baseline_load(const char *path, char **err)
{
	json_error_t je;
	return from_json(path, json_load_file(path, 0, &je), &je, err);
}

pc_baseline *baseline_load_buffer(const char *path, const char *data, size_t len,
				  char **err)
{
	json_error_t je;
	return from_json(path, json_loadb(data, len, 0, &je), &je, err);
}

static int cmp_key(const void *a, const void *b)
{
	return strcmp(((const struct entry *)a)->key, ((const struct entry *)b)->key);
}

/* The first entry with this key not yet used, by binary search over the
 * sorted keys. */
static struct entry *find_unused(pc_baseline *b, const char *key)
{
	size_t lo = 0, hi = b->n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (strcmp(b->e[mid].key, key) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (; lo < b->n && strcmp(b->e[lo].key, key) == 0; lo++)
		if (!b->e[lo].used)
			return &b->e[lo];
	return NULL;
}

size_t pc_baseline_filter(pc_baseline *b, pc_doc *doc)
{
	if (!b->sorted) {
		if (b->n)
			qsort(b->e, b->n, sizeof(*b->e), cmp_key);
		b->sorted = true;
	}
	char *path = doc_key_path(b, doc);
	size_t kept = 0;
	for (size_t i = 0; i < doc->nfindings; i++) {
		const struct finding *f = &doc->findings[i];
		char *key = make_key(f->fingerprint, judge_rule_id(f->rule), path);
		struct entry *e = find_unused(b, key);
		free(key);
		if (e)
			e->used = true;
		else
			doc->findings[kept++] = *f;
	}
	free(path);
	size_t dropped = doc->nfindings - kept;
	doc->nfindings = kept;
	return dropped;
}

/* The start of the claim (or comment), for people reading the file. */
static char *excerpt(const struct pc_doc *doc, const struct finding *f)
{
	const char *t = f->claim >= 0 ? doc->claims[f->claim].text : doc->data + f->start;
	size_t n = f->claim >= 0 ? strlen(t) : f->end - f->start;
	size_t cut = 0, chars = 0;
	while (cut < n && chars < 80 && t[cut] != '\n') {
		size_t len;
		utf8_decode(t + cut, n - cut, &len, NULL);
		cut += len;
		chars++;
	}
	char *s = xmalloc(cut + 1);
	memcpy(s, t, cut);
	s[cut] = '\0';
	return s;
}

void pc_baseline_add(pc_baseline *b, const pc_doc *doc)
{
	char *path = doc_key_path(b, doc);
	for (size_t i = 0; i < doc->nfindings; i++) {
		const struct finding *f = &doc->findings[i];
		struct entry *e = add(b);
		e->rule = judge_rule_id(f->rule);
		memcpy(e->fp, f->fingerprint, sizeof(e->fp));
		e->path = xstrdup(path);
		e->line = f->line;
		e->claim = excerpt(doc, f);
		e->key = make_key(e->fp, e->rule, e->path);
	}
	free(path);
}

/* Sorted by path and line so that a baseline diffs well in review. */
static int cmp_place(const void *a, const void *b)
{
	const struct entry *x = a, *y = b;
	int c = strcmp(x->path, y->path);
	if (c)
		return c;
	if (x->line != y->line)
		return x->line < y->line ? -1 : 1;
	return strcmp(x->key, y->key);
}

long pc_baseline_write(pc_baseline *b, char **err)
{
	if (b->n)
		qsort(b->e, b->n, sizeof(*b->e), cmp_place);
	b->sorted = false;
	json_t *root = json_object(), *fs = json_array();
	json_object_set_new(root, "tool", json_string("provcheck"));
	json_object_set_new(root, "baseline_version", json_integer(BASELINE_VERSION));
	for (size_t i = 0; i < b->n; i++) {
		const struct entry *e = &b->e[i];
		json_t *j = json_object();
		json_object_set_new(j, "path", json_string(e->path));
		json_object_set_new(j, "rule", json_string(e->rule));
		json_object_set_new(j, "fingerprint", json_string(e->fp));
		json_object_set_new(j, "line", json_integer(e->line));
		json_object_set_new(j, "claim", e->claim ? json_string(e->claim) : json_null());
		json_array_append_new(fs, j);
	}
	json_object_set_new(root, "findings", fs);

	long rc = -1;
	char *tmp = xasprintf("%s.tmpXXXXXX", b->path);
	int fd = mkstemp(tmp);
	FILE *f = fd >= 0 ? fdopen(fd, "w") : NULL;
	if (!f) {
		if (fd >= 0)
			close(fd);
		*err = errorf(b->path, 0, strerror(errno));
		goto out;
	}
	int bad = json_dumpf(root, f, JSON_INDENT(2) | JSON_PRESERVE_ORDER) != 0;
	bad |= fputc('\n', f) == EOF;
	bad |= fflush(f) != 0 || fsync(fileno(f)) != 0;
	bad |= fclose(f) != 0;
	if (bad || rename(tmp, b->path) != 0) {
		*err = errorf(b->path, 0, "cannot write the baseline");
		unlink(tmp);
		goto out;
	}
	rc = (long)b->n;
out:
	free(tmp);
	json_decref(root);
	return rc;
}
