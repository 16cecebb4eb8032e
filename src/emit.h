/* Emitters only read the document model. */
#ifndef PC_EMIT_H
#define PC_EMIT_H

#include <jansson.h>

#include "doc.h"

/* A JSON string of s (NULL gives null); jansson takes only valid UTF-8,
 * so invalid bytes become U+FFFD. */
json_t *emit_json_str(const char *s);
/* One document of the JSON report (guide section 5); caller decrefs. */
json_t *emit_json_document(const struct pc_doc *doc);

/* JSON written piece by piece, for reports too big to hold as one tree:
 * indented as jansson's JSON_INDENT(2) at the depth given, or compact;
 * `html` keeps '<' and "</" out, for a <script> element. */
struct json_out {
	FILE *f;
	bool compact, html;
};
/* Writes j and drops it. */
void emit_json_value(const struct json_out *o, json_t *j, int depth);
/* An object ('{') or array ('['), its members or items, its end;
 * `first` tracks whether a separator is due. */
void emit_json_open(const struct json_out *o, char bracket, bool *first);
void emit_json_item(const struct json_out *o, int depth, bool *first);
void emit_json_key(const struct json_out *o, const char *key, int depth, bool *first);
void emit_json_members(const struct json_out *o, json_t *obj, int depth, bool *first);
void emit_json_close(const struct json_out *o, char bracket, int depth, bool first);
/* One document of the JSON report, written claim by claim. */
void emit_json_document_stream(const struct json_out *o, const struct pc_doc *doc, int depth);

#endif
