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

/* A document's members before its claims: path, format, line unit,
 * credit. */
static json_t *document_head(const struct pc_doc *doc)
{
	json_t *o = json_object();
	json_object_set_new(o, "path", emit_json_str(doc->path));
	json_object_set_new(o, "format", json_string(doc->format));
	if (doc->paragraph_lines)
		json_object_set_new(o, "line_unit", json_string("paragraph"));
	if (doc->credit)
		json_object_set_new(o, "credit", emit_json_str(doc->credit));
	return o;
}

json_t *emit_json_document(const struct pc_doc *doc)
{
	json_t *o = document_head(doc);
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

void emit_json_value(const struct json_out *o, json_t *j, int depth)
{
	size_t flags = JSON_PRESERVE_ORDER | JSON_ENCODE_ANY |
		       (o->compact ? JSON_COMPACT : JSON_INDENT(2)) | (o->html ? JSON_ESCAPE_SLASH : 0);
	char *s = json_dumps(j, flags);
	json_decref(j);
	for (const char *p = s; p && *p; p++) {
		/* in a script element "<!--" and "<script" change the
		 * parser's state: no '<' at all, and "<\/" for "</" */
		if (o->html && *p == '<')
			fputs("\\u003c", o->f);
		else
			fputc(*p, o->f);
		if (*p == '\n')
			fprintf(o->f, "%*s", depth * 2, "");
	}
	free(s);
}

void emit_json_open(const struct json_out *o, char bracket, bool *first)
{
	fputc(bracket, o->f);
	*first = true;
}

void emit_json_item(const struct json_out *o, int depth, bool *first)
{
	if (!*first)
		fputc(',', o->f);
	if (!o->compact)
		fprintf(o->f, "\n%*s", depth * 2, "");
	*first = false;
}

void emit_json_key(const struct json_out *o, const char *key, int depth, bool *first)
{
	emit_json_item(o, depth, first);
	emit_json_value(o, json_string(key), depth);
	fputs(o->compact ? ":" : ": ", o->f);
}

void emit_json_close(const struct json_out *o, char bracket, int depth, bool first)
{
	if (!first && !o->compact)
		fprintf(o->f, "\n%*s", depth * 2, "");
	fputc(bracket, o->f);
}

/* Every member of obj (dropped after) as members of the object being
 * written at `depth`. */
void emit_json_members(const struct json_out *o, json_t *obj, int depth, bool *first)
{
	const char *key;
	json_t *v;
	json_object_foreach(obj, key, v) {
		emit_json_key(o, key, depth, first);
		emit_json_value(o, json_incref(v), depth);
	}
	json_decref(obj);
}

/* The claims and the findings, one element built and written at a time:
 * a document of a million sentences never holds its report in memory (as
 * one tree it took eight times the document's own memory). */
void emit_json_document_stream(const struct json_out *o, const struct pc_doc *doc, int depth)
{
	json_t *head = document_head(doc);
	bool first, inner;
	emit_json_open(o, '{', &first);
	emit_json_members(o, head, depth + 1, &first);
	emit_json_key(o, "claims", depth + 1, &first);
	emit_json_open(o, '[', &inner);
	for (size_t i = 0; i < doc->nclaims; i++) {
		emit_json_item(o, depth + 2, &inner);
		emit_json_value(o, claim_json(&doc->claims[i]), depth + 2);
	}
	emit_json_close(o, ']', depth + 1, inner);
	emit_json_key(o, "findings", depth + 1, &first);
	emit_json_open(o, '[', &inner);
	for (size_t i = 0; i < doc->nfindings; i++) {
		emit_json_item(o, depth + 2, &inner);
		emit_json_value(o, finding_json(&doc->findings[i]), depth + 2);
	}
	emit_json_close(o, ']', depth + 1, inner);
	emit_json_close(o, '}', depth, first);
}

void pc_emit_json_document(FILE *out, const pc_doc *doc, int depth)
{
	emit_json_document_stream(&(struct json_out){ .f = out }, doc, depth);
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
