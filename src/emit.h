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

#endif
