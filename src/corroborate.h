/* Same-fact links inside a document (attribution guide section 3).
 *
 * Two claims state the same fact when they share enough of what makes a
 * fact.  Each claim becomes a set of items: numbers (number words read as
 * digits; weight 3), names (capitalized words inside the sentence; 2) and
 * content words (lower-cased, lightly stemmed, synonyms of rules/
 * synonyms.txt read as one word, function words, reporting verbs and the
 * source's own words left out; 1).  An item that a fifth of the claims
 * share weighs half.  A pair of claims that share an item is described by
 * the features of samefact.def (how much they share, against the smaller
 * claim; names, words and figures in common, figures that round to each
 * other or conflict; headline, lede, paragraph, distance, quotation,
 * sources) and linked when the weighed sum of those features, with the
 * weights of rules/samefact-weights.tsv that scripts/train-weights learns
 * from the corpus gold, is above zero.  Candidates come from an inverted
 * index capped at 64 postings an item, so a long document costs about its
 * length, not the square of its claims. */
#ifndef PC_CORROBORATE_H
#define PC_CORROBORATE_H

#include "doc.h"
#include "rules.h"

void corroborate_document(struct pc_doc *doc, const pc_rules *rules);

enum sf_feature {
#define SFF(id, name) id,
#include "samefact.def"
#undef SFF
	SFF_COUNT
};
const char *corroborate_feature_name(enum sf_feature f);
/* Every pair of claims i < j that share an item, with the features of a
 * link between them (v has SFF_COUNT values); corroborate_document links
 * those whose weighed sum (rules/samefact-weights.tsv) is above zero. */
void corroborate_pairs(struct pc_doc *doc, const pc_rules *rules,
		       void (*fn)(void *arg, size_t i, size_t j, const double *v), void *arg);

enum { ITEM_WORD, ITEM_NAME, ITEM_NUMBER };

/* The items of a claim (allocated in `a`), their kinds and total weight
 * (without document frequencies): what the store indexes to find the
 * same fact in other documents. */
size_t corroborate_keys(struct arena *a, const pc_rules *rules, const struct claim *c,
			char ***items, unsigned char **kinds, double *total);
double corroborate_item_weight(int kind);

#endif
