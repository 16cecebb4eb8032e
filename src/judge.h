/* Status per claim (guide section 3) and the findings an editor sees. */
#ifndef PC_JUDGE_H
#define PC_JUDGE_H

#include "doc.h"
#include "rules.h"

void judge_document(struct pc_doc *doc, const pc_rules *rules);
const char *judge_rule_id(enum rule_id id);
enum pc_severity judge_rule_severity(enum rule_id id);
const char *judge_rule_help(enum rule_id id);
const char *judge_rule_title(enum rule_id id);
/* The rule with this stable id, or -1. */
int judge_rule_from_id(const char *name);
/* Adds a finding over input bytes [start, end); `fp_text` (the claim, or
 * the suppression comment) makes its fingerprint with the rule id. */
struct finding *judge_add_finding(struct pc_doc *doc, enum rule_id id, int claim,
				  size_t start, size_t end, const char *fp_text,
				  const char *msg);

#endif
