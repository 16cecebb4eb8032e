/* Same-fact links (guide section 3): a headline's figure goes to the body
 * sentence with that figure, a paraphrased lede to the attributed
 * sentence that states it, and two different figures never link. */
#include "testutil.h"

#include <string.h>

#include "arena.h"
#include "corroborate.h"

static bool same(const struct claim *a, const struct claim *b)
{
	for (size_t i = 0; i < a->nsame; i++)
		if (a->same_as[i] == (int)b->id)
			return true;
	return false;
}

static const char *flood =
	"Flood kills 12 in river town as levee fails\n\n"
	"Twelve people died when the Severn burst its banks in Ludlow on Sunday, officials said.\n\n"
	"\"We have never seen water like this,\" the mayor, Ann Price, said on Monday.\n\n"
	"The river rose 4 metres in six hours, the Environment Agency said.\n\n"
	"Upstream at Bewdley the river rose 6 metres, according to a local gauge.\n\n"
	"Rescue crews searched flooded streets through the night.\n";

/* A crosshead that shares one plain word with a sentence ("ward")
 * shares its section's topic, not a fact. */
START_TEST(corroborate_crosshead_one_word)
{
	pc_doc *d = analyse("# Three nurses for 28 patients is a normal night now\n\n"
			    "Last Tuesday I started a night shift with 28 patients on our acute medical "
			    "ward and three registered nurses.\n\n"
			    "## It is not just my ward\n\n"
			    "Across England, staffing surveys tell the same story.\n",
			    PC_FORMAT_MARKDOWN);
	ck_assert(!same(claim_at(d, "It is not just"), claim_at(d, "Last Tuesday")));
	ck_assert(same(claim_at(d, "Three nurses"), claim_at(d, "Last Tuesday")));
	pc_doc_free(d);
}
END_TEST

START_TEST(corroborate_headline_figure)
{
	pc_doc *d = analyse(flood, PC_FORMAT_TEXT);
	const struct claim *head = claim_at(d, "Flood kills");
	ck_assert(same(head, claim_at(d, "Twelve people")));
	ck_assert(!same(head, claim_at(d, "\"We have never")));
	ck_assert(!same(head, claim_at(d, "Rescue crews")));
	pc_doc_free(d);
}
END_TEST

START_TEST(corroborate_different_figures)
{
	pc_doc *d = analyse(flood, PC_FORMAT_TEXT);
	/* "six hours" is a duration, not a figure of six metres */
	ck_assert(!same(claim_at(d, "The river rose 4"), claim_at(d, "Upstream at Bewdley")));
	pc_doc_free(d);
}
END_TEST

/* "a 3,000-name petition" states the figure 3,000 as "3,000 residents
 * signed" does; a score "6-2" stays whole and "48-hour" is a duration. */
START_TEST(corroborate_hyphenated_figures)
{
	pc_doc *d = analyse("Council shuts library despite 3,000-name petition\n\n"
			    "More than 3,000 residents signed a petition against the closure, organisers said.\n\n"
			    "Union calls 48-hour strike at depot\n\n"
			    "The 48 drivers at the depot will walk out, the union said.\n",
			    PC_FORMAT_TEXT);
	ck_assert(same(claim_at(d, "Council shuts"), claim_at(d, "More than 3,000")));
	ck_assert(!same(claim_at(d, "Union calls 48-hour"), claim_at(d, "The 48 drivers")));
	pc_doc_free(d);
}
END_TEST

/* "4,812" given twice, far apart and in other words: a figure that
 * precise is one count, not a coincidence. */
START_TEST(corroborate_exact_figure)
{
	pc_doc *d = analyse("Floods force thousands from homes in river valley\n\n"
			    "Heavy rain swelled the Tamar overnight and water reached the main street by dawn.\n\n"
			    "Police said 4,812 people had been evacuated from their homes by Sunday evening.\n\n"
			    "Schools in the valley will stay shut on Monday.\n\n"
			    "The county council opened three rest centres in church halls.\n\n"
			    "Volunteers handed out blankets and hot drinks.\n\n"
			    "The number of people evacuated, 4,812, is the highest since 2012, emergency "
			    "services said.\n", PC_FORMAT_TEXT);
	ck_assert(same(claim_at(d, "Police said 4,812"), claim_at(d, "The number of people")));
	ck_assert(!same(claim_at(d, "Police said 4,812"), claim_at(d, "Schools in")));
	pc_doc_free(d);
}
END_TEST

/* A headline that quotes a body sentence word for word states its fact;
 * a crosshead that is only a quotation labels a section. */
START_TEST(corroborate_quoted_headline)
{
	pc_doc *d = analyse("'The tide has turned': health chief on the measles outbreak\n\n"
			    "The measles outbreak in Lea County has grown to 84 cases since January.\n\n"
			    "Schools in the county reopened on Monday after a week of closures.\n\n"
			    "The county's health chief, Dr. Helena Vasquez, said nine new cases were "
			    "confirmed in the last seven days.\n\n"
			    "\"The tide has turned,\" Vasquez told reporters on Friday.\n",
			    PC_FORMAT_TEXT);
	ck_assert(same(claim_at(d, "'The tide"), claim_at(d, "\"The tide")));
	pc_doc_free(d);
}
END_TEST

struct quoted_pair {
	size_t i, j;
	int quoted;
};

static void quoted_of(void *arg, size_t i, size_t j, const double *v)
{
	struct quoted_pair *q = arg;
	if (i == q->i && j == q->j)
		q->quoted = (int)v[SFF_QUOTED];
}

/* a plural's apostrophe inside double marks ("the suppliers' homework")
 * does not close the quotation a headline shares with the body */
START_TEST(corroborate_quote_with_apostrophe)
{
	pc_doc *d = analyse("MPs accuse energy watchdog of \"marking the suppliers' homework\" over meters\n\n"
			    "The head of the energy regulator told MPs on Tuesday that it had been too slow.\n\n"
			    "She said 3.4 million meters were not working in smart mode.\n\n"
			    "The committee heard from three consumer groups before her.\n\n"
			    "Conservative MP Giles Fairweather accused the regulator of \"marking the suppliers' "
			    "homework\".\n",
			    PC_FORMAT_TEXT);
	ck_assert(same(claim_at(d, "MPs accuse"), claim_at(d, "Conservative MP")));
	struct quoted_pair q = { (size_t)claim_at(d, "MPs accuse")->id,
				 (size_t)claim_at(d, "Conservative MP")->id, -1 };
	corroborate_pairs(d, test_rules, quoted_of, &q);
	ck_assert_int_eq(q.quoted, 1);
	pc_doc_free(d);
}
END_TEST

START_TEST(corroborate_paraphrased_lede)
{
	pc_doc *d = analyse(
		"Port strike halts exports\n\n"
		"A strike by dock workers has stopped all grain exports from Odesa since Monday.\n\n"
		"Ships queued in the Black Sea on Wednesday.\n\n"
		"Grain exports from Odesa have been halted since Monday by the dockers' strike, "
		"the port authority said in a statement.\n",
		PC_FORMAT_TEXT);
	const struct claim *lede = claim_at(d, "A strike by dock");
	ck_assert(same(lede, claim_at(d, "Grain exports")));
	ck_assert(!same(lede, claim_at(d, "Ships queued")));
	ck_assert_int_eq(lede->status, STATUS_SINGLE);
	pc_doc_free(d);
}
END_TEST

/* An irregular form meets its lemma (rules/lemmas.txt, mined from
 * WordNet): "fell" and "falls" are one word, "won" and "wins" too. */
static bool has_item(char **items, size_t n, const char *w)
{
	for (size_t i = 0; i < n; i++)
		if (!strcmp(items[i], w))
			return true;
	return false;
}

START_TEST(corroborate_irregular_forms)
{
	pc_doc *d = analyse("Report\n\nExports fell and the Tories won.\n\n"
			    "Exports falls and the Tories wins.\n", PC_FORMAT_TEXT);
	struct arena a = { 0 };
	char **x, **y;
	unsigned char *kx, *ky;
	double tx, ty;
	size_t nx = corroborate_keys(&a, test_rules, claim_at(d, "Exports fell"), &x, &kx, &tx);
	size_t ny = corroborate_keys(&a, test_rules, claim_at(d, "Exports falls"), &y, &ky, &ty);
	ck_assert(has_item(x, nx, "fall") && has_item(y, ny, "fall"));
	ck_assert(has_item(x, nx, "win") && has_item(y, ny, "win"));
	ck_assert(!has_item(x, nx, "fell") && !has_item(x, nx, "won"));
	arena_free(&a);
	pc_doc_free(d);
}
END_TEST

/* Number words in a row are one figure: "Two hundred and fifty" is 250,
 * "thirty-one" is 31; a headline's "more than 180,000" rounds 187,350. */
START_TEST(corroborate_number_words)
{
	pc_doc *d = analyse("Report\n\nTwo hundred and fifty households were told to leave.\n\n"
			    "The vote was thirty-one to nine.\n", PC_FORMAT_TEXT);
	struct arena a = { 0 };
	char **x, **y;
	unsigned char *kx, *ky;
	double tx, ty;
	size_t nx = corroborate_keys(&a, test_rules, claim_at(d, "Two hundred"), &x, &kx, &tx);
	size_t ny = corroborate_keys(&a, test_rules, claim_at(d, "The vote"), &y, &ky, &ty);
	ck_assert(has_item(x, nx, "250") && !has_item(x, nx, "2") && !has_item(x, nx, "50"));
	ck_assert(has_item(y, ny, "31") && has_item(y, ny, "9"));
	arena_free(&a);
	pc_doc_free(d);
}
END_TEST

/* A lede short of a link to the attributed sentence is linked when both
 * state the headline's fact: the lede is then sourced by the governor. */
START_TEST(corroborate_shared_fact_completes)
{
	pc_doc *d = analyse(
		"Tornadoes kill 14 across central Alabama\n\n"
		"A line of tornadoes tore across central Alabama overnight, killing at least 14 "
		"people, flattening hundreds of homes and leaving thousands without power.\n\n"
		"Emergency crews worked through the rain on Monday.\n\n"
		"Gov. Ruth Calloway told a news conference on Monday afternoon that the death toll "
		"had risen to 14, up from nine reported in the morning, and that dozens were injured.\n",
		PC_FORMAT_TEXT);
	const struct claim *head = claim_at(d, "Tornadoes kill"), *lede = claim_at(d, "A line of");
	const struct claim *gov = claim_at(d, "Gov. Ruth");
	ck_assert(same(head, lede) && same(head, gov));
	ck_assert(same(lede, gov));
	ck_assert(!same(lede, claim_at(d, "Emergency crews")));
	ck_assert_int_eq(lede->status, STATUS_SINGLE);
	pc_doc_free(d);
}
END_TEST

/* A sentence written twice states one fact, however few its words. */
START_TEST(corroborate_repeated_sentence)
{
	pc_doc *d = analyse("Barrier row goes on\n\n"
			    "Critics say the barrier was never finished.\n\n"
			    "The council met on Monday.\n\n"
			    "Critics say the barrier was never finished.\n",
			    PC_FORMAT_TEXT);
	const struct claim *a = &d->claims[1], *b = &d->claims[3];
	ck_assert_str_eq(a->text, b->text);
	ck_assert(same(a, b));
	pc_doc_free(d);
}
END_TEST

/* A margin in points is the gap between two shares: "leads by 2 points"
 * states "45% to 43%"; a league's "three points above" is no gap between
 * two counts of games. */
START_TEST(corroborate_poll_margin)
{
	pc_doc *d = analyse("Renfrow leads Ostrowski by 2 points among likely voters, a new poll shows\n\n"
			    "The campaigns spent the weekend in Detroit.\n\n"
			    "Renfrow had the support of 45% of likely voters to Ostrowski's 43%, the "
			    "Grand Lakes University poll found.\n",
			    PC_FORMAT_TEXT);
	const struct claim *dek = claim_at(d, "Renfrow leads");
	const struct claim *poll = claim_at(d, "Renfrow had the support");
	ck_assert(same(dek, poll));
	/* the poll named in the body is the new poll: one origin */
	ck_assert_int_eq(dek->status, STATUS_SINGLE);
	pc_doc_free(d);
	d = analyse("Everton slump goes on\n\n"
		    "Everton are 16th, three points above the relegation zone.\n\n"
		    "The striker has nine goals in 12 league games.\n", PC_FORMAT_TEXT);
	ck_assert(!same(claim_at(d, "Everton are 16th"), claim_at(d, "The striker has")));
	pc_doc_free(d);
}
END_TEST

/* A figure given to the thousand is the precise one rounded: "187,000
 * homes" in a question states "187,300 new homes were completed";
 * "190,500" is another count. */
START_TEST(corroborate_rounded_thousands)
{
	pc_doc *d = analyse("Housebuilding falls to lowest level since 2015\n\n"
			    "Official figures showed that 187,300 new homes were completed in England "
			    "in the year to March.\n\n"
			    "The minister said the target of 1.5 million homes was still within reach.\n\n"
			    "Completions fell to 187,000 homes in England in the year to March, the lowest "
			    "since 2015.\n\n"
			    "Starts rose to 190,500 homes in England in the year to March.\n",
			    PC_FORMAT_TEXT);
	const struct claim *exact = claim_at(d, "Official figures");
	ck_assert(same(exact, claim_at(d, "Completions fell")));
	ck_assert(!same(claim_at(d, "Completions fell"), claim_at(d, "Starts rose")));
	pc_doc_free(d);
}
END_TEST

/* "£1.2 billion" and "£1.17 billion": a decimal the other rounds to; a
 * third figure to one place more that rounds elsewhere is another. */
START_TEST(corroborate_rounded_decimals)
{
	pc_doc *d = analyse("Bank closes branches\n\n"
			    "Harland's annual results showed a pre-tax profit of 1.17 billion pounds in 2025.\n\n"
			    "The union said staff pay had been frozen.\n\n"
			    "Harland made a pre-tax profit of 1.2 billion pounds in 2025, the MP said.\n\n"
			    "Harland made a pre-tax profit of 1.26 billion pounds in 2024, the bank said.\n",
			    PC_FORMAT_TEXT);
	ck_assert(same(claim_at(d, "Harland's annual"), claim_at(d, "Harland made a pre-tax profit of 1.2 ")));
	ck_assert(!same(claim_at(d, "Harland's annual"), claim_at(d, "Harland made a pre-tax profit of 1.26")));
	pc_doc_free(d);
}
END_TEST

/* "The report found that:" and a list: every item is the report's, and
 * two items of one list state two findings, however alike */
START_TEST(corroborate_list_items_apart)
{
	pc_doc *d = analyse("# Four-day week cut sick days\n\n"
			    "The pilot ran for a year at 41 firms.\n\n"
			    "The report also found that:\n\n"
			    "- the number of staff leaving fell by 40%;\n"
			    "- the share of staff reporting burnout fell from 48% to 29%.\n",
			    PC_FORMAT_MARKDOWN);
	const struct claim *a = claim_at(d, "the number of staff"), *b = claim_at(d, "the share of staff");
	ck_assert_uint_eq(a->nsources, 1);
	ck_assert_str_eq(a->sources[0].name, "report");
	ck_assert_uint_eq(b->nsources, 1);
	ck_assert(!same(a, b));
	pc_doc_free(d);
}
END_TEST

int main(void)
{
	Suite *s;
	TCase *tc = rules_case("corroborate", &s);
	tcase_add_test(tc, corroborate_headline_figure);
	tcase_add_test(tc, corroborate_crosshead_one_word);
	tcase_add_test(tc, corroborate_different_figures);
	tcase_add_test(tc, corroborate_hyphenated_figures);
	tcase_add_test(tc, corroborate_irregular_forms);
	tcase_add_test(tc, corroborate_number_words);
	tcase_add_test(tc, corroborate_shared_fact_completes);
	tcase_add_test(tc, corroborate_repeated_sentence);
	tcase_add_test(tc, corroborate_paraphrased_lede);
	tcase_add_test(tc, corroborate_poll_margin);
	tcase_add_test(tc, corroborate_rounded_decimals);
	tcase_add_test(tc, corroborate_exact_figure);
	tcase_add_test(tc, corroborate_quoted_headline);
	tcase_add_test(tc, corroborate_quote_with_apostrophe);
	tcase_add_test(tc, corroborate_rounded_thousands);
	tcase_add_test(tc, corroborate_list_items_apart);
	return run_suite(s);
}
