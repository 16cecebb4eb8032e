/* Emitters only read the document model. */
#ifndef PC_EMIT_H
#define PC_EMIT_H

#include <jansson.h>

#include "doc.h"

/* One document of the JSON report (guide section 5); caller decrefs. */
json_t *emit_json_document(const struct pc_doc *doc);

#endif
