/* Check-worthiness (attribution guide section 3): features of a claim
 * from the word classes of rules/checkworthy.txt, weighed by
 * rules/checkworthy-weights.tsv. */
#ifndef PC_CHECKWORTHY_H
#define PC_CHECKWORTHY_H

#include "doc.h"
#include "rules.h"

enum cw_feature {
#define CWF(id, name, reason) id,
#include "checkworthy.def"
#undef CWF
	CWF_COUNT
};

const char *checkworthy_feature_name(enum cw_feature f);
/* The features of claim c of doc (f has CWF_COUNT slots). */
void checkworthy_features(const pc_rules *r, const struct pc_doc *doc, const struct claim *c,
			  double *f);
/* The share of doc's claims its writer says in the first person,
 * outside quotations (a column's, a letter's, a review's voice). */
double checkworthy_first_person(const pc_rules *r, const struct pc_doc *doc);
/* Is c check-worthy?  *why: what it states, for a finding's message. */
bool checkworthy_judge(const pc_rules *r, const struct pc_doc *doc, const struct claim *c,
		       const char **why);

#endif
