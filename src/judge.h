/* Status per claim (guide section 3) and the findings an editor sees. */
#ifndef PC_JUDGE_H
#define PC_JUDGE_H

#include "doc.h"
#include "rules.h"

void judge_document(struct pc_doc *doc, const pc_rules *rules);
const char *judge_rule_id(enum rule_id id);
enum pc_severity judge_rule_severity(enum rule_id id);
const char *judge_rule_help(enum rule_id id);

#endif
