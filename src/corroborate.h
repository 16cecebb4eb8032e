/* Same-fact links inside a document.
 *
 * Two claims state the same fact when they share enough of what makes a
 * fact.  Each claim becomes a set of items: numbers (number words read as
 * digits; weight 3), names (capitalized words inside the sentence; 2) and
 * content words (lower-cased, lightly stemmed, function words, reporting
 * verbs and the source's own words left out; 1).  An item that a fifth of
 * the claims share weighs half.  With S the weight the two share and m
 * the smaller of their total weights, claims are linked when S >= 4 and
 * S/m >= 0.5 (0.4 when one is a heading, 0.7 inside one paragraph), and
 * never when both give numbers and share none.  The top of a story
 * (headline, dek, first two body sentences) summarizes the body: when it
 * names no source it also takes its best attributed match at S/m >= 0.3.
 * Candidates come from an
 * inverted index capped at 64 postings an item, so a long document costs
 * about its length, not the square of its claims. */
#ifndef PC_CORROBORATE_H
#define PC_CORROBORATE_H

#include "doc.h"
#include "rules.h"

void corroborate_document(struct pc_doc *doc, const pc_rules *rules);

enum { ITEM_WORD, ITEM_NAME, ITEM_NUMBER };

/* The items of a claim (allocated in `a`), their kinds and total weight
 * (without document frequencies): what the store indexes to find the
 * same fact in other documents. */
size_t corroborate_keys(struct arena *a, const pc_rules *rules, const struct claim *c,
			char ***items, unsigned char **kinds, double *total);
double corroborate_item_weight(int kind);

#endif
