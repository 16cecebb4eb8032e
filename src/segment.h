/* Splits blocks into claims (sentences) and marks quotations. */
#ifndef PC_SEGMENT_H
#define PC_SEGMENT_H

#include "doc.h"
#include "rules.h"

void segment_document(struct pc_doc *doc, const pc_rules *rules);
/* Sentence ends in s[0..n): fills ends[] (exclusive offsets, at most
 * max) and returns the count; exposed for tests. */
size_t segment_sentences(const pc_rules *rules, const char *s, size_t n,
			 size_t *starts, size_t *ends, size_t max);

#endif
