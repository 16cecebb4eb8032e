/* Same-fact links inside a document.
 *
 * Two claims state the same fact when they share enough of what makes a
 * fact: content words (lower-cased, a plural -s dropped), numbers and
 * names, without the attribution words.  With A and B those sets,
 * overlap = |A & B| / min(|A|, |B|); claims are linked when overlap >=
 * 0.5 with at least three shared items (two when one side has at most
 * four), and never when both give numbers and share none.  Candidates
 * come from an inverted index of rare items, so a long document costs
 * about its length, not the square of its claims. */
#ifndef PC_CORROBORATE_H
#define PC_CORROBORATE_H

#include "doc.h"
#include "rules.h"

void corroborate_document(struct pc_doc *doc, const pc_rules *rules);

#endif
