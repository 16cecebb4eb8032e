/* The clause grammar of the recognizer: reporting verbs in their verb
 * groups, their subjects, and the frames they make. */
#ifndef PC_CLAUSE_H
#define PC_CLAUSE_H

#include "nounphrase.h"

/* Grammar classes and cue readings of every token of the sentence. */
void clause_tag(struct ctx *x);
/* A transcript's speaker label opening the sentence ("WALLACE:"). */
void clause_label(struct ctx *x);
void clause_colon(struct ctx *x);
/* The name a chain of appositives ending at the comma `end` gives. */
bool clause_appositive(struct ctx *x, size_t end, const struct cue_use *u, struct entity *en);
void clause_in_data(struct ctx *x);
/* A frame for every reporting verb whose subject the grammar finds. */
void clause_frames(struct ctx *x);

#endif
