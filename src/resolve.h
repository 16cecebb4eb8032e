/* Gives every source its canonical name: the fullest form of a person's
 * name in the document, the person behind a pronoun or a role, the group
 * behind "the ministry"; then spreads attributions over quotations. */
#ifndef PC_RESOLVE_H
#define PC_RESOLVE_H

#include "doc.h"
#include "rules.h"

void resolve_document(struct pc_doc *doc, const pc_rules *rules);

#endif
