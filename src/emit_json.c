/* The JSON report of the attribution guide, section 5. */
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "config.h"
#include "emit.h"
#include "judge.h"
#include "util.h"

json_t *emit_json_str(const char *s)
{
	if (!s)
		return json_null();
	json_t *j = json_string(s);
	if (j)
		return j;
	size_t n = strlen(s), o = 0;
	char *buf = xmalloc(n * 3 + 1);
	for (size_t i = 0; i < n;) {
		size_t len;
		uint32_t cp = utf8_decode(s + i, n - i, &len, NULL);
		o += utf8_encode(cp, buf + o);
		i += len;
	}
	buf[o] = '\0';
	j = json_string(buf);
	free(buf);
	return j ? j : json_string("");
}

static json_t *source_json(const struct source *s)
{
	json_t *via = json_array();
	for (size_t i = 0; i < s->nvia; i++)
		json_array_append_new(via, emit_json_str(s->via[i]));
	json_t *o = json_object();
	json_object_set_new(o, "name", emit_json_str(s->name));
	json_object_set_new(o, "mention", emit_json_str(s->mention));
	json_object_set_new(o, "start", json_integer((json_int_t)s->mstart));
	json_object_set_new(o, "end", json_integer((json_int_t)s->mend));
	json_object_set_new(o, "type", json_string(source_type_name(s->type)));
	json_object_set_new(o, "cue", emit_json_str(s->cue));
	json_object_set_new(o, "channel", emit_json_str(s->channel));
	json_object_set_new(o, "via", via);
	json_object_set_new(o, "state_affiliated", json_boolean(s->state));
	json_object_set_new(o, "inherited", json_boolean(s->inherited));
	json_object_set_new(o, "rule", emit_json_str(s->rule));
	return o;
}

static json_t *claim_json(const struct claim *c)
{
	json_t *o = json_object();
	json_object_set_new(o, "id", json_integer(c->id));
	json_object_set_new(o, "kind", json_string(claim_kind_name(c->kind)));
	json_object_set_new(o, "block", json_string(block_kind_name(c->block->kind)));
	json_object_set_new(o, "start", json_integer((json_int_t)c->start));
	json_object_set_new(o, "end", json_integer((json_int_t)c->end));
	json_object_set_new(o, "line", json_integer(c->line));
	json_object_set_new(o, "column", json_integer(c->col));
	json_object_set_new(o, "text", emit_json_str(c->text));
	json_object_set_new(o, "status", json_string(status_name(c->status)));
	json_t *src = json_array();
	for (size_t i = 0; i < c->nsources; i++)
		json_array_append_new(src, source_json(&c->sources[i]));
	json_object_set_new(o, "sources", src);
	json_t *same = json_array();
	for (size_t i = 0; i < c->nsame; i++)
		json_array_append_new(same, json_integer(c->same_as[i]));
	json_object_set_new(o, "same_as", same);
	json_t *orig = json_array();
	for (size_t i = 0; i < c->norigins; i++)
		json_array_append_new(orig, emit_json_str(c->origins[i]));
	json_object_set_new(o, "origins", orig);
	json_object_set_new(o, "checkworthy", json_boolean(c->checkworthy));
	return o;
}

static json_t *finding_json(const struct finding *f)
{
	json_t *j = json_object();
	json_object_set_new(j, "rule", json_string(judge_rule_id(f->rule)));
	json_object_set_new(j, "severity", json_string(pc_severity_name(f->severity)));
	json_object_set_new(j, "claim", f->claim < 0 ? json_null() : json_integer(f->claim));
	json_object_set_new(j, "line", json_integer(f->line));
	json_object_set_new(j, "column", json_integer(f->col));
	json_object_set_new(j, "end_line", json_integer(f->end_line));
	json_object_set_new(j, "end_column", json_integer(f->end_col));
	json_object_set_new(j, "message", emit_json_str(f->message));
	json_object_set_new(j, "fingerprint", json_string(f->fingerprint));
	return j;
}

json_t *emit_json_document(const struct pc_doc *doc)
{
	json_t *o = json_object();
	json_object_set_new(o, "path", emit_json_str(doc->path));
	json_object_set_new(o, "format", json_string(doc->format));
	if (doc->paragraph_lines)
		json_object_set_new(o, "line_unit", json_string("paragraph"));
	if (doc->credit)
		json_object_set_new(o, "credit", emit_json_str(doc->credit));
	json_t *claims = json_array();
	for (size_t i = 0; i < doc->nclaims; i++)
		json_array_append_new(claims, claim_json(&doc->claims[i]));
	json_object_set_new(o, "claims", claims);
	json_t *fs = json_array();
	for (size_t i = 0; i < doc->nfindings; i++)
		json_array_append_new(fs, finding_json(&doc->findings[i]));
	json_object_set_new(o, "findings", fs);
	return o;
}

char *pc_doc_json(const pc_doc *doc)
{
	json_t *o = emit_json_document(doc);
	char *s = json_dumps(o, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
	json_decref(o);
	return s;
}

/* Writes j (and drops it) as json_dumps would at `depth` levels in. */
static void put_json(FILE *out, json_t *j, int depth)
{
	char *s = json_dumps(j, JSON_INDENT(2) | JSON_PRESERVE_ORDER | JSON_ENCODE_ANY);
	json_decref(j);
	for (const char *p = s; p && *p; p++) {
		fputc(*p, out);
		if (*p == '\n')
			fprintf(out, "%*s", depth * 2, "");
	}
	free(s);
}

/* The claims or findings of a document, one element built and written at
 * a time: a document of a million sentences never holds its report in
 * memory (as a tree it took eight times the document's own memory). */
static void put_array(FILE *out, const char *key, const pc_doc *doc, bool claims, int depth,
		      bool last)
{
	size_t n = claims ? doc->nclaims : doc->nfindings;
	fprintf(out, "%*s\"%s\": [", depth * 2, "", key);
	for (size_t i = 0; i < n; i++) {
		fprintf(out, "%s\n%*s", i ? "," : "", (depth + 1) * 2, "");
		put_json(out, claims ? claim_json(&doc->claims[i]) : finding_json(&doc->findings[i]),
			 depth + 1);
	}
	if (n)
		fprintf(out, "\n%*s", depth * 2, "");
	fprintf(out, "]%s\n", last ? "" : ",");
}

void pc_emit_json_document(FILE *out, const pc_doc *doc, int depth)
{
	json_t *head = json_object();
	json_object_set_new(head, "path", emit_json_str(doc->path));
	json_object_set_new(head, "format", json_string(doc->format));
	if (doc->paragraph_lines)
		json_object_set_new(head, "line_unit", json_string("paragraph"));
	if (doc->credit)
		json_object_set_new(head, "credit", emit_json_str(doc->credit));
	fputs("{\n", out);
	const char *key;
	json_t *v;
	json_object_foreach(head, key, v) {
		json_t *k = json_string(key);
		fprintf(out, "%*s", (depth + 1) * 2, "");
		put_json(out, k, depth + 1);
		fputs(": ", out);
		put_json(out, json_incref(v), depth + 1);
		fputs(",\n", out);
	}
	json_decref(head);
	put_array(out, "claims", doc, true, depth + 1, false);
	put_array(out, "findings", doc, false, depth + 1, true);
	fprintf(out, "%*s}", depth * 2, "");
}

char *pc_report_json(pc_doc *const *docs, size_t ndocs)
{
	json_t *root = json_object();
	json_object_set_new(root, "tool", json_string("provcheck"));
	json_object_set_new(root, "version", json_string(PC_VERSION));
	json_t *arr = json_array();
	for (size_t i = 0; i < ndocs; i++)
		json_array_append_new(arr, emit_json_document(docs[i]));
	json_object_set_new(root, "documents", arr);
	char *s = json_dumps(root, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
	json_decref(root);
	return s;
}
