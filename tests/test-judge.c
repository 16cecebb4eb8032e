/* Same-fact links, status and findings. */
#include "checkworthy.h"
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
	/* check-worthy on one source: one finding that also says where */
	ck_assert(has_finding(d, lede, "single-source"));
	ck_assert(!has_finding(d, lede, "sourced-elsewhere"));
	ck_assert(!has_finding(d, lede, "unsourced"));
	for (size_t i = 0; i < d->nfindings; i++)
		if (d->findings[i].claim == lede->id)
			ck_assert_msg(strstr(d->findings[i].message, "attributed at line 7"), "%s",
				      d->findings[i].message);
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

/* Years and days of the month date a claim; they are not figures.  The
 * headline and the lede state the story's news, which is check-worthy
 * (guide section 3). */
START_TEST(judge_dates_are_not_figures)
{
	pc_doc *d = analyse("Council Passes 2027 Budget\n\n"
			    "The budget grew 3 percent in 2027.\n\n"
			    "The council met on March 3 and again on 14 April.\n\n"
			    "Early voting begins Oct. 9 and the count on Sept. 12.\n\n"
			    "The bank meets on Oct. 29-30 and polling day is May 22nd.\n", PC_FORMAT_TEXT);
	ck_assert(has_finding(d, claim_at(d, "Council Passes"), "unsourced"));
	ck_assert(has_finding(d, claim_at(d, "The budget grew"), "unsourced"));
	ck_assert(!claim_at(d, "The council met")->checkworthy);
	ck_assert(!has_finding(d, claim_at(d, "The council met"), "unsourced"));
	/* the abbreviated month's point does not hide it */
	ck_assert(!claim_at(d, "Early voting")->checkworthy);
	/* a range of days and an ordinal day are dates too */
	ck_assert(!claim_at(d, "The bank meets")->checkworthy);
	pc_doc_free(d);
}
END_TEST

/* A few counted in words set a scene ("a father of two"); a figure in
 * digits or past ten states a fact: the learned weights tell them apart
 * by the small-count feature. */
START_TEST(judge_small_counts)
{
	pc_doc *d = analyse("Report\n\nThe council met on Monday.\n\n"
			    "Ames, a father of two from the next village, came to watch.\n\n"
			    "The airport said 38 flights had been cancelled.\n\n"
			    "Nine patients and 40 staff were moved out.\n", PC_FORMAT_TEXT);
	double f[CWF_COUNT];
	checkworthy_features(test_rules, d, claim_at(d, "Ames"), f);
	ck_assert(f[CWF_FIGURE] == 1 && f[CWF_SMALL] == 1);
	checkworthy_features(test_rules, d, claim_at(d, "The airport"), f);
	ck_assert(f[CWF_FIGURE] == 1 && f[CWF_SMALL] == 0);
	checkworthy_features(test_rules, d, claim_at(d, "Nine patients"), f);
	ck_assert(f[CWF_SMALL] == 0);
	pc_doc_free(d);
}
END_TEST

/* Who says it, what holds in general, a speaker's own life in quotation
 * marks, a share written as an ordinal: features the weights weigh. */
START_TEST(judge_speaker_and_general)
{
	pc_doc *d = analyse("Report\n\nThe council met on Monday.\n\n"
			    "Jan Pritchard, 66, said she had lived on the river for 30 years.\n\n"
			    "A report by the water authority found that 41 homes had flooded.\n\n"
			    "Symptoms usually appear between two and 21 days after infection.\n\n"
			    "\"We've had the boards on the doors since seven,\" said Jan Pritchard.\n\n"
			    "Russia controls roughly a fifth of Ukraine.\n\n"
			    "The fifth day of the strike passed quietly.\n\n"
			    "Orders from data-centre customers slowed in the spring.\n", PC_FORMAT_TEXT);
	double f[CWF_COUNT];
	checkworthy_features(test_rules, d, claim_at(d, "Jan Pritchard, 66"), f);
	ck_assert(f[CWF_BY_PERSON] == 1 && f[CWF_BY_DOCUMENT] == 0);
	checkworthy_features(test_rules, d, claim_at(d, "A report"), f);
	ck_assert(f[CWF_BY_DOCUMENT] == 1 && f[CWF_BY_PERSON] == 0);
	checkworthy_features(test_rules, d, claim_at(d, "Symptoms"), f);
	ck_assert(f[CWF_GENERAL] == 1 && f[CWF_FUTURE] == 0);
	checkworthy_features(test_rules, d, claim_at(d, "\"We've"), f);
	ck_assert(f[CWF_QUOTED_FIRST_PERSON] == 1 && f[CWF_FIRST_PERSON] == 0);
	checkworthy_features(test_rules, d, claim_at(d, "Russia controls"), f);
	ck_assert(f[CWF_FIGURE] == 1);
	checkworthy_features(test_rules, d, claim_at(d, "The fifth day"), f);
	ck_assert(f[CWF_FIGURE] == 0);
	/* a slowdown is a change reported, as a fall is */
	checkworthy_features(test_rules, d, claim_at(d, "Orders from"), f);
	ck_assert(f[CWF_CHANGE] == 1);
	pc_doc_free(d);
	/* a post held or a life lived "for" so long only places the story;
	 * a sentence of so long states one; "one among many" counts the
	 * story's own things */
	d = analyse("Report\n\nThe council met on Monday.\n\n"
		    "She has taught English at the school for more than 17 years.\n\n"
		    "He was jailed for 17 years.\n\n"
		    "That was one scenario among many in a contingency plan.\n", PC_FORMAT_TEXT);
	checkworthy_features(test_rules, d, claim_at(d, "She has taught"), f);
	ck_assert(f[CWF_DURATION] == 0 && f[CWF_DATE] == 1);
	checkworthy_features(test_rules, d, claim_at(d, "He was jailed"), f);
	ck_assert(f[CWF_DURATION] == 1);
	checkworthy_features(test_rules, d, claim_at(d, "That was one"), f);
	ck_assert(f[CWF_FIGURE] == 0 && f[CWF_MATERIAL] == 1);
	pc_doc_free(d);
	/* "his record" is a history; "a record 299 days" and "a new record"
	 * state one */
	d = analyse("Report\n\nThe council met on Monday.\n\n"
		    "The judge could not set aside his record.\n\n"
		    "Talks needed a record 299 days.\n\n"
		    "She set a new record in Berlin.\n", PC_FORMAT_TEXT);
	checkworthy_features(test_rules, d, claim_at(d, "The judge"), f);
	ck_assert(f[CWF_SUPERLATIVE] == 0);
	checkworthy_features(test_rules, d, claim_at(d, "Talks"), f);
	ck_assert(f[CWF_SUPERLATIVE] == 1);
	checkworthy_features(test_rules, d, claim_at(d, "She set"), f);
	ck_assert(f[CWF_SUPERLATIVE] == 1);
	pc_doc_free(d);
}
END_TEST

/* A column's own sentences, in a piece its writer tells in the first
 * person; a news story's are not. */
START_TEST(judge_first_person_piece)
{
	pc_doc *d = analyse("My bus is late again\n\nI have taken the 14 to work for 11 years.\n\n"
			    "I pay more for it every year.\n\nFares rose 15% in March.\n\n"
			    "The council says the rise pays for new buses.\n", PC_FORMAT_TEXT);
	double f[CWF_COUNT];
	ck_assert(d->first_person >= 0.10);
	checkworthy_features(test_rules, d, claim_at(d, "Fares rose"), f);
	ck_assert(f[CWF_FIRST_PERSON_PIECE] == 1);
	checkworthy_features(test_rules, d, claim_at(d, "The council"), f);
	ck_assert(f[CWF_FIRST_PERSON_PIECE] == 0); /* it has a source of its own */
	pc_doc_free(d);
	d = analyse("Fares rise\n\nFares rose 15% in March.\n\n"
		    "The council says the rise pays for new buses.\n", PC_FORMAT_TEXT);
	checkworthy_features(test_rules, d, claim_at(d, "Fares rose"), f);
	ck_assert(f[CWF_FIRST_PERSON_PIECE] == 0);
	pc_doc_free(d);
}
END_TEST

/* "12 to 24 months": a range of durations is a duration from its first
 * number; "12 to 24 cases" is two figures. */
START_TEST(judge_duration_range)
{
	pc_doc *d = analyse("Report\n\nThe council met on Monday.\n\n"
			    "The board issues its findings 12 to 24 months after a crash.\n\n"
			    "Doctors counted 12 to 24 cases a day.\n", PC_FORMAT_TEXT);
	double f[CWF_COUNT];
	checkworthy_features(test_rules, d, claim_at(d, "The board"), f);
	ck_assert(f[CWF_FIGURE] == 0 && f[CWF_DURATION] == 2);
	checkworthy_features(test_rules, d, claim_at(d, "Doctors"), f);
	ck_assert(f[CWF_FIGURE] == 1 && f[CWF_DURATION] == 0);
	pc_doc_free(d);
}
END_TEST

/* "3.6 hours": a time measured to a tenth is a finding, a measure;
 * "within 14 days" only says when */
START_TEST(judge_measured_duration)
{
	pc_doc *d = analyse("Report\n\nThe council met on Monday.\n\n"
			    "The median wait was 3.6 hours.\n\n"
			    "The court ordered the footage released within 14 days.\n", PC_FORMAT_TEXT);
	double f[CWF_COUNT];
	checkworthy_features(test_rules, d, claim_at(d, "The median"), f);
	ck_assert(f[CWF_FIGURE] == 1 && f[CWF_MEASURE] == 1 && f[CWF_DURATION] == 0);
	checkworthy_features(test_rules, d, claim_at(d, "The court"), f);
	ck_assert(f[CWF_FIGURE] == 0 && f[CWF_DURATION] == 1);
	pc_doc_free(d);
}
END_TEST

/* "the Flo 4" names a model; "Labour on 36%" and "fell 7 points" are
 * figures. */
START_TEST(judge_model_number)
{
	pc_doc *d = analyse("Report\n\nThe council met on Monday.\n\n"
			    "Verant launched the Flo 4 in the spring.\n\n"
			    "The index fell 7 points on Friday.\n", PC_FORMAT_TEXT);
	double f[CWF_COUNT];
	checkworthy_features(test_rules, d, claim_at(d, "Verant"), f);
	ck_assert(f[CWF_FIGURE] == 0);
	checkworthy_features(test_rules, d, claim_at(d, "The index"), f);
	ck_assert(f[CWF_FIGURE] == 1);
	pc_doc_free(d);
	/* an ordinal in figures before capitals numbers a name; a verb
	 * before a number is no unit sign ("runs two" counts no runs) */
	d = analyse("Report\n\nThe council met on Monday.\n\n"
		    "The warning came from the US Space Force, whose 18th Space Defense Squadron shares "
		    "data.\n\n"
		    "Avonmere runs two hospitals in north Bristol.\n\n"
		    "The stage was a flat 181-kilometre run to the coast.\n", PC_FORMAT_TEXT);
	checkworthy_features(test_rules, d, claim_at(d, "The warning"), f);
	ck_assert(f[CWF_FIGURE] == 0);
	checkworthy_features(test_rules, d, claim_at(d, "Avonmere"), f);
	ck_assert(f[CWF_MEASURE] == 0);
	checkworthy_features(test_rules, d, claim_at(d, "The stage"), f);
	ck_assert(f[CWF_FIGURE] == 0 && f[CWF_MATERIAL] == 1);
	pc_doc_free(d);
	/* a station's number is its name's, possessive and all */
	d = analyse("Report\n\nThe council met on Monday.\n\n"
		    "He told BBC Radio 4's Today programme that the frigates were late.\n", PC_FORMAT_TEXT);
	checkworthy_features(test_rules, d, claim_at(d, "He told"), f);
	ck_assert(f[CWF_FIGURE] == 0);
	pc_doc_free(d);
	/* "a 19-page dissent" sizes the story's own material */
	d = analyse("Report\n\nThe council met on Monday.\n\n"
		    "In a 19-page dissent, the judge disagreed.\n", PC_FORMAT_TEXT);
	checkworthy_features(test_rules, d, claim_at(d, "In a 19-page"), f);
	ck_assert(f[CWF_FIGURE] == 0 && f[CWF_MATERIAL] == 1);
	pc_doc_free(d);
}
END_TEST

/* "third parties" and "third-country firms" count nothing; "a third of
 * voters" is a share and "the third-warmest year" a rank. */
START_TEST(judge_ordinal_only)
{
	pc_doc *d = analyse("Report\n\nThe council met on Monday.\n\n"
			    "The rules cover critical third parties and third-country firms.\n\n"
			    "A third of voters backed the plan.\n\n"
			    "It was the third-warmest year on record.\n", PC_FORMAT_TEXT);
	double f[CWF_COUNT];
	checkworthy_features(test_rules, d, claim_at(d, "The rules"), f);
	ck_assert(f[CWF_FIGURE] == 0);
	checkworthy_features(test_rules, d, claim_at(d, "A third"), f);
	ck_assert(f[CWF_FIGURE] == 1);
	checkworthy_features(test_rules, d, claim_at(d, "It was"), f);
	ck_assert(f[CWF_FIGURE] + f[CWF_MATERIAL] + f[CWF_RANK] >= 1);
	pc_doc_free(d);
}
END_TEST

/* A headline that keeps its article is a feature's ("The planner who
 * wants to take the waste out of fashion"); headlinese drops it. */
START_TEST(judge_feature_headline)
{
	double f[CWF_COUNT];
	pc_doc *d = analyse("The planner who wants to take the waste out of fashion\n\n"
			    "Ines Carvalho spent a decade on factory floors.\n", PC_FORMAT_TEXT);
	checkworthy_features(test_rules, d, claim_at(d, "The planner"), f);
	ck_assert(f[CWF_FEATURE_HEADLINE] == 1);
	ck_assert(!claim_at(d, "The planner")->checkworthy);
	pc_doc_free(d);
	d = analyse("Senate passes wildfire bill 61-38\n\n"
		    "The Senate passed the bill on Thursday.\n", PC_FORMAT_TEXT);
	checkworthy_features(test_rules, d, claim_at(d, "Senate passes"), f);
	ck_assert(f[CWF_FEATURE_HEADLINE] == 0);
	ck_assert(claim_at(d, "Senate passes")->checkworthy);
	pc_doc_free(d);
}
END_TEST

/* "a town of 4,500 people" describes the town; "4,500 people left"
 * reports a figure. */
START_TEST(judge_population_describes)
{
	pc_doc *d = analyse("Report\n\nThe council met on Monday.\n\n"
			    "Few restaurants last in a town of about 4,500 people.\n\n"
			    "Police said 4,500 people had left the town.\n", PC_FORMAT_TEXT);
	double f[CWF_COUNT];
	checkworthy_features(test_rules, d, claim_at(d, "Few restaurants"), f);
	ck_assert(f[CWF_FIGURE] == 0);
	checkworthy_features(test_rules, d, claim_at(d, "Police said"), f);
	ck_assert(f[CWF_FIGURE] == 1);
	pc_doc_free(d);
}
END_TEST

/* Crossheads, quotes of rhetoric and counts of the story's own material
 * are no claims to check; casualties, records and changes are. */
START_TEST(judge_checkworthy_by_guide)
{
	static const struct {
		const char *text;
		bool checkworthy;
	} cases[] = {
		{ "Nine people were killed and 27 injured in the strike.", true },
		{ "Exports fell 12% in the third quarter.", true },
		/* an adjective, a time, the story's own people, "another" */
		{ "Critics call the treaty one-sided.", false },
		{ "It was there at two in the morning.", false },
		{ "A third candidate stayed out of the row.", false },
		{ "All three said they would keep the ban.", false },
		{ "A third of voters backed the ban.", true },
		{ "It was the wettest June since records began in 1910.", true },
		{ "The ministry accused the firm of fraud.", true },
		{ "The two main indexes were mixed.", false },
		{ "The mayor, 54, spoke at the town hall on Tuesday.", false },
		{ "\"It is a disgrace,\" he said.", false },
		/* the keywords: a count of time or of things, a record
		 * that is no record, "top" that ranks nobody */
		{ "The candidates met two weeks before the vote.", false },
		{ "She spoke of a record of public service.", false },
		/* a superlative or its measure inside a name states nothing */
		{ "The first sound on Low Water Mark is a chair creaking.", false },
		{ "The appeal went to the Highest Court of the republic.", false },
		{ "The plan targets top earners.", false },
		{ "Shares hit a five-year high on Tuesday.", true },
		{ "Ames is the only mayor to have vetoed the budget twice.", true },
		{ "Nearly two-thirds of voters backed the measure.", true },
		/* a time of day, a label's number or a part of a game only
		 * places or names; a figure in the same period still counts */
		{ "The storm made landfall shortly before 14:00 near the port.", false },
		/* a race time is a measurement, not a time of day */
		{ "Haftu Gebremariam won in 2:04:17.", true },
		/* and so is a gap behind the winner, signed */
		{ "Aigner finished second, +0:38 behind.", true },
		{ "At half past four the harbour is dark.", false },
		{ "At two minutes to eight every weekday morning, the phone lines light up.", false },
		{ "Waits grew from two minutes to eight minutes last year.", true },
		{ "The bar is open Wednesday to Sunday, 5 to 10 p.m.", false },
		{ "Prices rose from 5 to 10 percent.", true },
		/* a distance that says where a place is, not how far a thing went */
		{ "The fire was reported roughly 10 miles west of Loveland.", false },
		{ "The village lies 20km south of Kyiv.", false },
		{ "The fire spread 10 miles in two hours.", true },
		{ "The flat is in Pembroke Dock, 10 miles away.", false },
		{ "Kharkiv lies about 30 km (19 miles) from the Russian border.", false },
		{ "Refugees walked from villages about 30 kilometres to the east.", false },
		{ "\"After 10 kilometres I felt strong,\" Gebre said.", false },
		{ "Finland shares a 1,340 km border with Russia.", true },
		{ "Gusts reached 120 km/h on the coast.", true },
		/* a vague amount however large; a casualty count and a
		 * multiple stay figures (guide section 3) */
		{ "By noon, several hundred tractors were parked along the boulevard.", false },
		{ "Some 200 tractors blocked the ring road.", true },
		{ "Two of the deaths were in Alto Parana.", true },
		{ "The figure is almost three times the number recorded last year.", true },
		{ "The talks broke up at about 3:15 in the morning.", false },
		/* what its only speaker asks for states no fact */
		{ "The union urged members to reject the 3% offer.", true },
		{ "Kestrel urged owners to keep wearing the belts until they are repaired.", false },
		{ "The No. 14 bus was late again.", false },
		{ "Matches on Court 12 were moved indoors.", false },
		{ "Sale dominated the third quarter.", false },
		{ "Exports fell 12% in the third quarter.", true },
		/* a person's age said with "was" or "is" only places them */
		{ "She was 84.", false },
		{ "He was 88 when he retired from the band.", false },
		{ "Reid, who is 58, runs the boat.", false },
		{ "The tally was 84.", true },
		{ "The airport said 38 flights had been cancelled.", true },
		/* an age at a turn of someone's life, not a figure put "at" */
		{ "She left school at 16 and went to work in a laundry.", false },
		{ "The ministry put the number of missing at 19.", true },
		{ "The pension age will be frozen at 67, he said.", true },
		/* a bare hour after "at"; a fire that broke out accuses no one */
		{ "The gate closes at six.", false },
		{ "Shares closed at six dollars.", true },
		{ "A fire broke out in dry brush east of the town.", false },
		{ "The ministry said the rebels broke the truce.", true },
		/* an accusation denied by the sentence itself is none */
		{ "He has not been charged.", false },
		{ "He has been charged with fraud.", true },
		/* the story's casualties named again state no casualty */
		{ "Funerals for the last of the victims were held in Baltimore.", false },
		{ "The storm killed nine people overnight.", true },
		/* a harm after a modal is supposed, none that happened */
		{ "Investors had worried that the slowdown in spending would hurt Penrose more than its larger rivals.", false },
		{ "The blast hurt 12 people, police said.", true },
		/* the story's attack named again states no attack */
		{ "The Kremlin declined to comment on the strike.", false },
		{ "Russian drones struck a kindergarten overnight.", true },
		{ NULL, false },
	};
	for (size_t i = 0; cases[i].text; i++) {
		char *text = xasprintf("Report\n\nThe council met on Monday.\n\n%s\n", cases[i].text);
		pc_doc *d = analyse(text, PC_FORMAT_TEXT);
		const struct claim *c = &d->claims[d->nclaims - 1];
		ck_assert_msg(c->checkworthy == cases[i].checkworthy, "\"%s\": checkworthy %d",
			      cases[i].text, c->checkworthy);
		pc_doc_free(d);
		free(text);
	}
}
END_TEST

START_TEST(judge_not_a_claim)
{
	pc_doc *d = analyse("Headline Of The Day\n\nWill the council act? Nobody knows yet.\n", PC_FORMAT_TEXT);
	ck_assert_int_eq(claim_at(d, "Will the council")->status, STATUS_NOT_A_CLAIM);
	ck_assert_int_eq(claim_at(d, "Nobody knows")->status, STATUS_UNSOURCED);
	ck_assert(!has_finding(d, claim_at(d, "Will the council"), "unsourced"));
	ck_assert(!has_finding(d, claim_at(d, "Nobody knows"), "unsourced"));
	pc_doc_free(d);
	/* public-health advice is a call to action (rules/calls.txt) */
	d = analyse("Heat Advice\n\nDrink water regularly, even if you are not thirsty.\n\n"
		    "Check on older neighbours twice a day.\n\nDrinkers paid 12% more.\n",
		    PC_FORMAT_TEXT);
	ck_assert_int_eq(claim_at(d, "Drink water")->kind, CLAIM_NOT);
	ck_assert_int_eq(claim_at(d, "Check on")->kind, CLAIM_NOT);
	ck_assert_int_eq(claim_at(d, "Drinkers paid")->kind, CLAIM_CLAIM);
	pc_doc_free(d);
	/* a call anywhere in the sentence speaks to the reader; a reported
	 * appeal or a newsletter someone writes is a fact */
	d = analyse("Flood\n\nSign up for our newsletter.\n\n"
		    "You can sign up for our free alerts here.\n\n"
		    "The agency urged people near the river to sign up for its flood warnings.\n\n"
		    "Prices rose, says Ruth Garside, who writes the local newsletter.\n",
		    PC_FORMAT_TEXT);
	ck_assert_int_eq(claim_at(d, "Sign up")->kind, CLAIM_NOT);
	ck_assert_int_eq(claim_at(d, "You can sign")->kind, CLAIM_NOT);
	ck_assert_int_eq(claim_at(d, "The agency urged")->kind, CLAIM_CLAIM);
	ck_assert_int_eq(claim_at(d, "Prices rose")->kind, CLAIM_CLAIM);
	pc_doc_free(d);
	/* advice inside a quotation is still a call; a speaker's own
	 * imperative argument, or a call the speaker reports, is a claim */
	d = analyse("Storm\n\n"
		    "\"Please do not go to the coast to watch the waves,\" the force wrote.\n\n"
		    "\"Stop bars are the last line of defence,\" Tolland said.\n\n"
		    "\"The memo said it plainly. 'Don't put it in writing,'\" she told jurors.\n",
		    PC_FORMAT_TEXT);
	ck_assert_int_eq(claim_at(d, "\"Please do not")->kind, CLAIM_NOT);
	ck_assert_int_eq(claim_at(d, "\"Stop bars")->kind, CLAIM_CLAIM);
	ck_assert_int_eq(claim_at(d, "'Don't put")->kind, CLAIM_CLAIM);
	pc_doc_free(d);
}
END_TEST

/* A lede that states nothing of the headline's fact sets a scene: no
 * news event to check; a lede that states it is check-worthy. */
START_TEST(judge_scene_lede)
{
	pc_doc *d = analyse("Thousands flee into Chad as fighting flares in Darfur\n\n"
			    "The dust never settles at the border post of Adre.\n\n"
			    "Thousands of people fled into Chad this week, the UN refugee agency said.\n",
			    PC_FORMAT_TEXT);
	ck_assert(!claim_at(d, "The dust")->checkworthy);
	pc_doc_free(d);
	d = analyse("Thousands flee into Chad as fighting flares in Darfur\n\n"
		    "Thousands of people fled into Chad this week as fighting flared in Darfur.\n\n"
		    "The dust never settles at the border post of Adre.\n",
		    PC_FORMAT_TEXT);
	ck_assert(claim_at(d, "Thousands of people")->checkworthy);
	ck_assert(!claim_at(d, "The dust")->checkworthy);
	pc_doc_free(d);
}
END_TEST

/* a sentence that ends on the colon opening a list states nothing yet:
 * its items are what an editor checks */
START_TEST(judge_introduction_not_checkworthy)
{
	pc_doc *d = analyse("# Four-day week cut sick days\n\n"
			    "The pilot ran for a year at 41 firms.\n\n"
			    "The report also found that:\n\n"
			    "- sick days fell by 31%;\n"
			    "- the number of staff leaving fell by 40%.\n",
			    PC_FORMAT_MARKDOWN);
	ck_assert(!claim_at(d, "The report also found")->checkworthy);
	ck_assert(claim_at(d, "sick days fell")->checkworthy);
	pc_doc_free(d);
}
END_TEST

int main(void)
{
	Suite *s;
	TCase *tc = rules_case("judge", &s);
	tcase_add_test(tc, judge_lede_sourced_elsewhere);
	tcase_add_test(tc, judge_scene_lede);
	tcase_add_test(tc, judge_rules);
	tcase_add_test(tc, judge_not_a_claim);
	tcase_add_test(tc, judge_dates_are_not_figures);
	tcase_add_test(tc, judge_checkworthy_by_guide);
	tcase_add_test(tc, judge_small_counts);
	tcase_add_test(tc, judge_speaker_and_general);
	tcase_add_test(tc, judge_first_person_piece);
	tcase_add_test(tc, judge_population_describes);
	tcase_add_test(tc, judge_duration_range);
	tcase_add_test(tc, judge_measured_duration);
	tcase_add_test(tc, judge_model_number);
	tcase_add_test(tc, judge_feature_headline);
	tcase_add_test(tc, judge_ordinal_only);
	tcase_add_test(tc, judge_introduction_not_checkworthy);
	return run_suite(s);
}
