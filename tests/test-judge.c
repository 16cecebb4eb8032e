/* Same-fact links, status and findings. */
#include "judge.h"
#include "testutil.h"

static bool has_finding(const pc_doc *d, const struct claim *c, const char *rule)
{
	for (size_t i = 0; i < d->nfindings; i++)
		if (d->findings[i].claim == c->id && !strcmp(judge_rule_id(d->findings[i].rule), rule))
			return true;
	return false;
}

START_TEST(judge_lede_sourced_elsewhere)
{
	pc_doc *d = analyse(
		"Drone Strike Kills Four in Kharkiv\n\n"
		"A Russian drone strike killed four people in Kharkiv overnight.\n\n"
		"Firefighters worked through the night.\n\n"
		"The drone strike on Kharkiv killed four people overnight, regional head Oleh Syniehubov said.\n",
		PC_FORMAT_TEXT);
	const struct claim *lede = claim_at(d, "A Russian drone");
	const struct claim *attr = claim_at(d, "The drone strike");
	ck_assert_int_eq(lede->nsources, 0);
	ck_assert_int_eq(lede->status, STATUS_SINGLE);
	ck_assert_int_eq(lede->nsame, 2); /* the headline and the attributed sentence */
	ck_assert(has_finding(d, lede, "sourced-elsewhere"));
	ck_assert(!has_finding(d, lede, "unsourced"));
	ck_assert_int_eq(attr->status, STATUS_SINGLE);
	ck_assert_int_eq(claim_at(d, "Firefighters")->status, STATUS_UNSOURCED);
	pc_doc_free(d);
}
END_TEST

START_TEST(judge_rules)
{
	pc_doc *d = analyse(
		"Budget Row\n\n"
		"The city spent a record 40 million euros on roads.\n\n"
		"Critics say the plan is wasteful.\n\n"
		"The overrun reached 12 million euros, two officials said.\n\n"
		"Exports to China rose 8%, TASS reported, citing the Kremlin.\n\n"
		"Fuel prices rose 3% in May, the statistics office said, according to Reuters and Bloomberg.\n",
		PC_FORMAT_TEXT);
	const struct claim *c = claim_at(d, "The city spent");
	ck_assert_int_eq(c->status, STATUS_UNSOURCED);
	ck_assert(has_finding(d, c, "unsourced"));
	ck_assert(has_finding(d, claim_at(d, "Critics say"), "vague-attribution"));
	ck_assert(has_finding(d, claim_at(d, "The overrun"), "unnamed-source"));
	ck_assert(has_finding(d, claim_at(d, "Exports to China"), "state-media-only"));
	c = claim_at(d, "Fuel prices");
	ck_assert(!has_finding(d, c, "state-media-only"));
	ck_assert(!has_finding(d, c, "unsourced"));
	pc_doc_free(d);
}
END_TEST

/* Years and days of the month date a claim; they are not figures. */
START_TEST(judge_dates_are_not_figures)
{
	pc_doc *d = analyse("Council Passes 2027 Budget\n\n"
			    "The council met on March 3 and again on 14 April.\n\n"
			    "The budget grew 3 percent in 2027.\n", PC_FORMAT_TEXT);
	ck_assert(!has_finding(d, claim_at(d, "Council Passes"), "unsourced"));
	ck_assert(!has_finding(d, claim_at(d, "The council met"), "unsourced"));
	ck_assert(has_finding(d, claim_at(d, "The budget grew"), "unsourced"));
	pc_doc_free(d);
}
END_TEST

START_TEST(judge_not_a_claim)
{
	pc_doc *d = analyse("Headline Of The Day\n\nWill the council act? Nobody knows yet.\n", PC_FORMAT_TEXT);
	ck_assert_int_eq(claim_at(d, "Will the council")->status, STATUS_NOT_A_CLAIM);
	ck_assert_int_eq(claim_at(d, "Nobody knows")->status, STATUS_UNSOURCED);
	ck_assert_int_eq(pc_doc_worst(d), PC_SEV_NONE);
	pc_doc_free(d);
}
END_TEST

int main(void)
{
	Suite *s;
	TCase *tc = rules_case("judge", &s);
	tcase_add_test(tc, judge_lede_sourced_elsewhere);
	tcase_add_test(tc, judge_rules);
	tcase_add_test(tc, judge_not_a_claim);
	tcase_add_test(tc, judge_dates_are_not_figures);
	return run_suite(s);
}
