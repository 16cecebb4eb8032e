/* Finds attributions in each claim: the patterns of rules/ locate cues,
 * a small noun-phrase grammar finds who they name, and the frames of one
 * sentence are put together into sources with relay chains. */
#ifndef PC_RECOGNIZE_H
#define PC_RECOGNIZE_H

#include "doc.h"
#include "rules.h"

void recognize_document(struct pc_doc *doc, const pc_rules *rules);
void recognize_claim(struct pc_doc *doc, const pc_rules *rules, struct claim *c);

struct ctx;
struct frame;
/* Adds a frame of the sentence unless one names the same words. */
void recognize_add_frame(struct ctx *x, const struct frame *f);
/* Is this offset of the sentence inside a quotation? */
bool recognize_in_quote(const struct ctx *x, size_t pos);

#endif
