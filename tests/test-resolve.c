/* Resolver: fullest names, pronouns, roles, groups and quotations. */
#include "testutil.h"

/* A business's first word read as a name is nobody "she" can be; "the
 * company" is the business the story writes in full with its noun, not
 * the agency that announced its recall nor its product; "it adds" after
 * "the notice says" in one paragraph is the notice. */
START_TEST(resolve_business_is_no_person)
{
	pc_doc *d = analyse(
		"Maker recalls 200,000 car seats\n\n"
		"The National Highway Traffic Safety Administration says the release on Brightway TrueFit seats "
		"may fail. The company says no children have been hurt.\n\n"
		"Brightway Juvenile Products is recalling about 212,000 seats, the agency said.\n\n"
		"The buckle may open in a crash, the notice says. A child who is not restrained is at risk, it adds.\n\n"
		"Brightway, which is based in Columbus, said in a statement that it had 14 reports.\n\n"
		"Jessica Marlowe, of Dublin, Ohio, said the buckle came undone.\n\n"
		"She said she called Brightway's customer line twice.\n\n"
		"\"Now they're telling me it's a defect,\" she said.\n",
		PC_FORMAT_TEXT);
	source_named(claim_at(d, "The company says"), "Brightway Juvenile Products");
	source_named(claim_at(d, "A child who"), "notice");
	source_named(claim_at(d, "\"Now they"), "Jessica Marlowe");
	pc_doc_free(d);
}
END_TEST

/* "the airport's operator": a body its owner names is not the story's
 * company, which "the airline" names back */
START_TEST(resolve_owned_group_is_its_own)
{
	pc_doc *d = analyse("Jet skids off runway in Makassar\n\n"
			    "A Boeing 737 operated by Sriwangi Air skidded off the runway on Sunday, "
			    "Sriwangi Air said.\n\n"
			    "The aircraft overran the end of the runway, the airline said.\n\n"
			    "The runway was closed for six hours, the airport's operator said.\n",
			    PC_FORMAT_TEXT);
	source_named(claim_at(d, "The aircraft"), "Sriwangi Air");
	source_named(claim_at(d, "The runway"), "airport's operator");
	pc_doc_free(d);
}
END_TEST

/* "the shooting of Chidi Okoro": after "of", a person when no role or
 * body comes before it; "the chief executive of Prairie Meridian
 * Railroad" stays a body */
START_TEST(resolve_person_after_of)
{
	pc_doc *d = analyse(
		"Wildcats take 2-1 lead\n\n"
		"Coach Marko Petrovic blamed turnovers. \"That's on all of us,\" Petrovic said.\n\n"
		"Tasmania led after a run built on the shooting of Chidi Okoro, who finished with 24 points.\n\n"
		"Okoro, who was named the most improved player, was disconsolate. \"We had them,\" he told ESPN.\n",
		PC_FORMAT_TEXT);
	source_named(claim_at(d, "\"We had them"), "Chidi Okoro");
	pc_doc_free(d);
}
END_TEST

/* "used her first speech as leader of the party": the role a sentence
 * gives its subject after "as" is hers, for "the leader" later */
START_TEST(resolve_role_after_as)
{
	pc_doc *d = analyse(
		"Marlow promises 300,000 homes\n\n"
		"Renewal leader tells party faithful it is ready to govern\n\n"
		"By Peter Llewellyn, Political Editor\n\n"
		"Catherine Marlow used her first conference speech as leader of the National Renewal Party to promise "
		"300,000 homes a year, telling activists the party was ready.\n\n"
		"Daniel Fenwick, leader of the Social Alliance, dismissed the target as a fantasy.\n",
		PC_FORMAT_TEXT);
	source_named(claim_at(d, "Renewal leader tells"), "Catherine Marlow");
	pc_doc_free(d);
}
END_TEST

/* "Mali's state news agency AMAP": a name after "news agency" is an
 * agency, so "the agency said, citing the ministry" later relays the
 * ministry through it */
START_TEST(resolve_agency_citing)
{
	pc_doc *d = analyse(
		"Hostages freed in Mali\n\n"
		"Two hostages have been freed, Mali's state news agency AMAP reported on Tuesday.\n\n"
		"They landed in Bamako late on Monday, the agency said, citing the Ministry of Security.\n",
		PC_FORMAT_TEXT);
	const struct source *s = source_named(claim_at(d, "Two hostages"), "AMAP");
	ck_assert_int_eq(s->type, SRC_AGENCY);
	s = source_named(claim_at(d, "They landed"), "Ministry of Security");
	ck_assert_int_eq(s->nvia, 1);
	ck_assert_str_eq(s->via[0], "AMAP");
	ck_assert_int_eq(claim_at(d, "They landed")->nsources, 1);
	pc_doc_free(d);
}
END_TEST

/* "Jim Hendry, her deputy": a possessive in an appositive says whose
 * he is, not his gender; "After retiring, Rourke chaired": a name after
 * an opening phrase is the clause's subject, whom "she" next names */
START_TEST(resolve_appositive_possessive)
{
	pc_doc *d = analyse(
		"Agnes Rourke dies at 86\n\n"
		"Rourke, then a district organiser, led the walkout.\n\n"
		"Jim Hendry, her deputy at the time and later her successor, recalled her standing on a crate.\n\n"
		"\"Nobody crossed that line in 14 weeks,\" he said.\n\n"
		"Moira Tennant, who worked alongside her, said Rourke \"read the balance sheet first\".\n\n"
		"After retiring in 2003, Rourke chaired a housing association.\n\n"
		"In a 2019 interview with BBC Scotland, she said the memorial mattered more.\n",
		PC_FORMAT_TEXT);
	source_named(claim_at(d, "\"Nobody crossed"), "Jim Hendry");
	source_named(claim_at(d, "In a 2019 interview"), "Agnes Rourke");
	pc_doc_free(d);
}
END_TEST

/* "the law firm Kessler Rowe": a name a business noun comes before is a
 * business, nobody "she" can be */
START_TEST(resolve_described_business)
{
	pc_doc *d = analyse(
		"Couriers are workers, tribunal rules\n\n"
		"Hannah Greaves, an employment partner at the law firm Kessler Rowe, said the judgment followed "
		"the Supreme Court's 2021 decision in the Uber case, which found that its drivers were workers.\n\n"
		"She added that an appeal was unlikely before next year.\n",
		PC_FORMAT_TEXT);
	source_named(claim_at(d, "She added"), "Hannah Greaves");
	pc_doc_free(d);
}
END_TEST

START_TEST(resolve_darchiev_chain)
{
	pc_doc *d = analyse(
		"Envoy Warns Washington\n\n"
		"Relations are at their lowest point, as stated by the new Russian ambassador to Washington "
		"to the state news agency TASS, as reported by Reuters.\n\n"
		"\"We are ready for dialogue,\" declared Ambassador Alexander Darchiev to TASS.\n",
		PC_FORMAT_TEXT);
	const struct source *s = source_named(claim_at(d, "Relations"), "Alexander Darchiev");
	ck_assert_int_eq(s->nvia, 2);
	ck_assert_str_eq(s->via[0], "TASS");
	ck_assert_str_eq(s->via[1], "Reuters");
	s = source_named(claim_at(d, "\"We are ready"), "Alexander Darchiev");
	ck_assert_int_eq(s->nvia, 1);
	ck_assert_str_eq(s->via[0], "TASS");
	pc_doc_free(d);
}
END_TEST

START_TEST(resolve_quoted_as_saying)
{
	pc_doc *d = analyse(
		"Talks Stall\n\n"
		"Sergei Ryabkov spoke to reporters in Geneva.\n\n"
		"\"We want peace,\" he was quoted as saying. \"But if we are attacked, we will respond.\"\n\n"
		"The talks resume on Monday.\n",
		PC_FORMAT_TEXT);
	source_named(claim_at(d, "\"We want peace"), "Sergei Ryabkov");
	source_named(claim_at(d, "\"But if"), "Sergei Ryabkov");
	/* an attribution does not spread on its own to the next paragraph */
	ck_assert_int_eq(claim_at(d, "The talks resume")->nsources, 0);
	pc_doc_free(d);
	/* a quotation after the speaker's sentence in her paragraph is hers,
	 * where the sentence before would not have passed it on */
	d = analyse("Drought bites\n\n"
		    "Lisa Kermode and her husband had talked about selling the farm, she said. "
		    "\"We're not there yet. But we've had the conversation.\"\n\n"
		    "Rain is forecast for Friday.\n", PC_FORMAT_TEXT);
	source_named(claim_at(d, "\"We're not there"), "Lisa Kermode");
	source_named(claim_at(d, "But we've had"), "Lisa Kermode");
	ck_assert_int_eq(claim_at(d, "Rain is forecast")->nsources, 0);
	pc_doc_free(d);
}
END_TEST

START_TEST(resolve_surname_and_role)
{
	pc_doc *d = analyse(
		"Kharkiv Under Fire\n\n"
		"Mayor Ihor Terekhov said three people were hurt.\n\n"
		"Terekhov wrote on Telegram that the fires were out.\n\n"
		"Later, the mayor said the trams were running again.\n\n"
		"According to the Ukrainian official, who often reports on the strikes, two more drones were downed.\n",
		PC_FORMAT_TEXT);
	source_named(claim_at(d, "Terekhov wrote"), "Ihor Terekhov");
	source_named(claim_at(d, "Later, the mayor"), "Ihor Terekhov");
	source_named(claim_at(d, "According to the Ukrainian"), "Ihor Terekhov");
	pc_doc_free(d);
	/* a title of two words before the name: "Chief Executive" */
	d = analyse("Harwell cuts jobs\n\n"
		    "Chief Executive Dana Whitcombe said the cuts were painful.\n\n"
		    "\"The people leaving did nothing wrong,\" Whitcombe wrote.\n", PC_FORMAT_TEXT);
	source_named(claim_at(d, "\"The people leaving"), "Dana Whitcombe");
	pc_doc_free(d);
}
END_TEST

START_TEST(resolve_group_back_reference)
{
	pc_doc *d = analyse(
		"Sanctions Plan\n\n"
		"The package targets three refineries, two people familiar with the matter said.\n\n"
		"The people said the vote could come in March.\n\n"
		"Russia's Defence Ministry said four drones were downed. The ministry said no one was hurt.\n",
		PC_FORMAT_TEXT);
	source_named(claim_at(d, "The people said"), "people familiar with the matter");
	source_named(claim_at(d, "The ministry said"), "Russian Defence Ministry");
	pc_doc_free(d);
}
END_TEST

/* A place that speaks is whoever runs it: "Gatwick Airport" is no person
 * "he" can be, and "the airport estimates that" names it back; "the
 * club" after a name taken for a person only for want of a known first
 * name stays the club, not a club named further back. */
START_TEST(resolve_place_that_speaks)
{
	pc_doc *d = analyse(
		"Strike live\n\n"
		"John Smith, a passenger, said it was chaos. Gatwick Airport said 212 departures had been "
		"cancelled. The airport estimates that about 31,000 passengers have been affected.\n\n"
		"He said he was tired.\n\n"
		"Kingsmere City said the squad would parade the trophy. Ashbourne Rovers said in a post that "
		"their players were hurting. The club said Okafor had gone to hospital.\n",
		PC_FORMAT_TEXT);
	source_named(claim_at(d, "The airport estimates"), "Gatwick Airport");
	source_named(claim_at(d, "He said he"), "John Smith");
	source_named(claim_at(d, "The club said"), "club");
	pc_doc_free(d);
}
END_TEST

/* A quotation whose cue comes in a call to action ("Please stay at
 * home," she said): the call states nothing and keeps no source, but the
 * quotation's sentences before it are the speaker's. */
START_TEST(resolve_quotation_ending_in_a_call)
{
	pc_doc *d = analyse(
		"Storm live\n\n"
		"\"The roads in north Mayo are very dangerous this morning. Please stay at home until the "
		"red warning has been lifted,\" Superintendent Aine Kilbride said in a video.\n",
		PC_FORMAT_TEXT);
	source_named(claim_at(d, "\"The roads"), "Aine Kilbride");
	const struct claim *call = claim_at(d, "Please stay");
	ck_assert_int_eq(call->kind, CLAIM_NOT);
	ck_assert_uint_eq(call->nsources, 0);
	pc_doc_free(d);
}
END_TEST

/* A social media account is named by its handle, sign and all; "the
 * account" and a post that names no maker are that account's, a
 * headline's post before the handle is named too. */
START_TEST(resolve_account_handle)
{
	pc_doc *d = analyse(
		"Water bills have not tripled\n\n"
		"A viral post on X says the average household now pays $390 a month.\n\n"
		"The bill has tripled, an account called @SDTaxpayerWatch said in a post on X.\n\n"
		"\"Today it's $390,\" the account wrote.\n\n"
		"A statement from the utility said the bill had risen 45%.\n",
		PC_FORMAT_TEXT);
	source_named(claim_at(d, "A viral post"), "@SDTaxpayerWatch");
	source_named(claim_at(d, "The bill has tripled"), "@SDTaxpayerWatch");
	source_named(claim_at(d, "\"Today"), "@SDTaxpayerWatch");
	ck_assert_str_ne(claim_at(d, "A statement")->sources[0].name, "@SDTaxpayerWatch");
	pc_doc_free(d);
}
END_TEST

/* A name no known first name opens, described as a business ("The
 * mine's operator, Saryarka Komir"), is the business: "it" names it
 * back, not the ministry before it; a person described by a company's
 * role stays a person. */
START_TEST(resolve_business_described_by_apposition)
{
	pc_doc *d = analyse(
		"Mine blast\n\n"
		"The Emergencies Ministry said 12 miners were dead.\n\n"
		"The mine's operator, Saryarka Komir, said in a statement that the blast came during routine work.\n\n"
		"It said it would pay 10 million tenge to each family.\n\n"
		"The company's chief executive, Olu Adeyemi, said the mine was safe. He said checks were made.\n",
		PC_FORMAT_TEXT);
	source_named(claim_at(d, "It said"), "Saryarka Komir");
	ck_assert_int_eq(claim_at(d, "The mine's operator")->sources[0].type, SRC_ORGANIZATION);
	source_named(claim_at(d, "He said checks"), "Olu Adeyemi");
	pc_doc_free(d);
}
END_TEST

/* "the engineer" after an anonymous engineer spoke is that engineer,
 * not the chief engineer the story names but has not heard from since */
START_TEST(resolve_role_to_unnamed_speaker)
{
	pc_doc *d = analyse(
		"Rocket breaks apart\n\n"
		"Northlight has set up an investigation board, chaired by its chief engineer, Calum Reid.\n\n"
		"An engineer who worked on the system, speaking on condition of anonymity, said a valve had "
		"failed.\n\n"
		"The fault was logged, the engineer said.\n",
		PC_FORMAT_TEXT);
	source_named(claim_at(d, "The fault"), "engineer who worked on the system");
	pc_doc_free(d);
}
END_TEST

/* "..., Lambrou said, according to the newspaper": the newspaper named
 * before carried his words, a relay; with no newspaper named before
 * there is no relay, and no source called "newspaper" either */
START_TEST(resolve_according_to_the_outlet)
{
	pc_doc *d = analyse(
		"Ship aground\n\n"
		"Petros Lambrou told the Athens newspaper Kathimerini that the hull was intact.\n\n"
		"\"The double bottom is holding,\" Lambrou said, according to the newspaper.\n",
		PC_FORMAT_TEXT);
	const struct claim *c = claim_at(d, "\"The double");
	const struct source *s = source_named(c, "Petros Lambrou");
	ck_assert_uint_eq(c->nsources, 1);
	ck_assert_uint_eq(s->nvia, 1);
	ck_assert_str_eq(s->via[0], "Kathimerini");
	pc_doc_free(d);
	d = analyse("Ship aground\n\n\"The double bottom is holding,\" Lambrou said, according to the newspaper.\n",
		    PC_FORMAT_TEXT);
	c = claim_at(d, "\"The double");
	ck_assert_uint_eq(c->nsources, 1);
	ck_assert_uint_eq(source_named(c, "Lambrou")->nvia, 0);
	pc_doc_free(d);
}
END_TEST

/* A name that opens on an acronym of three letters is a body ("NHS
 * England"), which "it" names back; "it" in a clause set beside the
 * first ("though it said") is the body the sentence opens on, not one
 * named before. */
START_TEST(resolve_it_of_the_sentence_body)
{
	pc_doc *d = analyse(
		"Waits\n\n"
		"A charity says young patients are paying for the backlog.\n\n"
		"\"We know every week matters,\" NHS England said in a statement. It said hospitals had carried "
		"out 9% more operations.\n\n"
		"The UK Health Security Agency said it had issued an amber alert.\n\n"
		"The Met Office expects temperatures to ease slightly from Friday, though it said nights would "
		"stay warm.\n",
		PC_FORMAT_TEXT);
	source_named(claim_at(d, "It said hospitals"), "NHS England");
	source_named(claim_at(d, "The Met Office"), "Met Office");
	pc_doc_free(d);
}
END_TEST

/* A dek's "a charity says" is the body the story later names and calls
 * a charity ("Waiting Well, a charity that supports families, said"),
 * which is a body, not a person, though no gazetteer knows it. */
START_TEST(resolve_dek_body_called_so)
{
	pc_doc *d = analyse(
		"# Children wait longer\n\n"
		"_A charity says young patients are \"paying for the backlog\"._\n\n"
		"Children are waiting longer, NHS England said.\n\n"
		"Waiting Well, a charity that supports families, said young patients were \"paying for the "
		"backlog\".\n",
		PC_FORMAT_MARKDOWN);
	source_named(claim_at(d, "A charity says"), "Waiting Well");
	ck_assert_int_eq(source_named(claim_at(d, "Waiting Well"), "Waiting Well")->type, SRC_ORGANIZATION);
	pc_doc_free(d);
}
END_TEST

/* "He" takes up one unnamed person who just spoke, never a company (a
 * company's name ends in what it does: "Pennine Vale Water"); a group of
 * several is no "he". */
START_TEST(resolve_pronoun_to_unnamed_person)
{
	pc_doc *d = analyse(
		"Water Firm Hid Spills\n\n"
		"Pennine Vale Water said the monitor was working.\n\n"
		"A former process technician who worked at the site for nine years said the problem was common.\n\n"
		"\"Everyone on site knew,\" he said.\n\n"
		"Two engineers at the plant said the unit was old. He said nothing more.\n",
		PC_FORMAT_TEXT);
	source_named(claim_at(d, "\"Everyone on site"), "former process technician");
	const struct claim *c = claim_at(d, "He said nothing");
	for (size_t i = 0; i < c->nsources; i++)
		ck_assert_str_ne(c->sources[i].name, "engineers at the plant");
	pc_doc_free(d);
	/* an unnamed speaker, then someone named: "he" is the one named */
	d = analyse("Trial Opens\n\n"
		    "A former manager at the firm told the jury that its finance director ordered staff to keep the money coming in.\n\n"
		    "Julian Trask, 54, is on trial at Southwark Crown Court. He denies four counts of fraud.\n",
		    PC_FORMAT_TEXT);
	source_named(claim_at(d, "He denies"), "Julian Trask");
	pc_doc_free(d);
	/* a family is several people: no "she" */
	d = analyse("Engineer Loses Appeal\n\n"
		    "Outside court, his family said in a statement that they were devastated.\n\n"
		    "She urged the Home Secretary to look again.\n",
		    PC_FORMAT_TEXT);
	c = claim_at(d, "She urged");
	for (size_t i = 0; i < c->nsources; i++)
		ck_assert_str_ne(c->sources[i].name, "family");
	pc_doc_free(d);
}
END_TEST

/* A name the article also writes with a legal form is a company's: never
 * a person, never what "she" stands for, though "Bonds" reads as a
 * surname and the short form comes first. */
START_TEST(resolve_company_short_form)
{
	pc_doc *d = analyse(
		"Bond Firm on Trial\n\n"
		"Helio Bonds said it had done nothing wrong.\n\n"
		"Savers bought the bonds from Helio Bonds Ltd until 2022.\n\n"
		"Anna Reyes, who ran Helio's sales team, joined in 2019.\n\n"
		"Helio's chairman resigned. She said the firm had lied to investors.\n",
		PC_FORMAT_TEXT);
	const struct source *s = source_named(claim_at(d, "Helio Bonds said"), "Helio Bonds");
	ck_assert_int_eq(s->type, SRC_ORGANIZATION);
	source_named(claim_at(d, "She said"), "Anna Reyes");
	pc_doc_free(d);
}
END_TEST

/* "Q:" and "A:" of a published interview: the byline's writer asks,
 * the first person the story names answers, for the whole turn. */
START_TEST(resolve_interview_turns)
{
	pc_doc *d = analyse(
		"Minister: the budget adds up\n\n"
		"By Ines Moura\n\n"
		"Rui Mendes, the finance minister, spoke to Ines Moura on Tuesday.\n\n"
		"Q: Rents in Lisbon have risen by about 40% in five years.\n\n"
		"A: The plan buys 4,000 homes. We completed fewer than 20,000 last year.\n",
		PC_FORMAT_TEXT);
	source_named(claim_at(d, "Q: Rents"), "Ines Moura");
	source_named(claim_at(d, "A: The plan"), "Rui Mendes");
	source_named(claim_at(d, "We completed"), "Rui Mendes");
	ck_assert_int_eq(claim_at(d, "We completed")->nsources, 1);
	pc_doc_free(d);
}
END_TEST

/* "IM:" and "RM:": a Q&A printed with initials labels the writer of the
 * byline and the people the story names; initials that match nobody
 * name no source. */
START_TEST(resolve_interview_initials)
{
	pc_doc *d = analyse(
		"Minister: the budget adds up\n\n"
		"By Ines Moura\n\n"
		"Rui Mendes, the finance minister, answered questions on Tuesday.\n\n"
		"IM: Rents in Lisbon have risen by about 40% in five years.\n\n"
		"RM: The plan buys 4,000 homes. We completed fewer than 20,000 last year.\n\n"
		"XY: Prices rose 12% in March.\n",
		PC_FORMAT_TEXT);
	source_named(claim_at(d, "IM: Rents"), "Ines Moura");
	source_named(claim_at(d, "RM: The plan"), "Rui Mendes");
	source_named(claim_at(d, "We completed"), "Rui Mendes");
	ck_assert_int_eq(claim_at(d, "XY: Prices")->nsources, 0);
	pc_doc_free(d);
}
END_TEST

/* An earnings call printed as excerpts: labels in the case names take
 * ("Dana Whitfield, chief executive:", later "Whitfield:") speak their
 * turns; one word labels only a surname the story gives in full, so a
 * fact box's "Employment:" is no speaker, and a story with one such
 * line is no transcript. */
START_TEST(resolve_transcript_mixed_labels)
{
	pc_doc *d = analyse(
		"Grocer says price cuts pay off\n\n"
		"Chief Executive Dana Whitfield took questions from analysts on Thursday.\n\n"
		"Dana Whitfield, chief executive: Thank you, and good morning. "
		"Volumes grew 1.2% in the quarter. Margins held.\n\n"
		"Lena Ortiz, Halden Securities: Your gross margin is down 110 basis points.\n\n"
		"Whitfield: About 90 basis points of that decline is cocoa.\n\n"
		"Employment: down 12,300 in the region.\n",
		PC_FORMAT_TEXT);
	/* the greeting is no claim, but its label speaks the turn */
	ck_assert_int_eq(claim_at(d, "Dana Whitfield, chief")->kind, CLAIM_NOT);
	ck_assert_int_eq(claim_at(d, "Dana Whitfield, chief")->nsources, 0);
	source_named(claim_at(d, "Volumes grew"), "Dana Whitfield");
	source_named(claim_at(d, "Margins held"), "Dana Whitfield");
	source_named(claim_at(d, "Lena Ortiz"), "Lena Ortiz");
	source_named(claim_at(d, "Whitfield: About"), "Dana Whitfield");
	ck_assert_int_eq(claim_at(d, "Employment:")->nsources, 0);
	pc_doc_free(d);
	d = analyse("Notes from the count\n\n"
		    "Turnout: 61%, up from 58%.\n\n"
		    "Mark Ellis, returning officer: the count ended at 3 a.m.\n",
		    PC_FORMAT_TEXT);
	ck_assert_int_eq(claim_at(d, "Mark Ellis")->nsources, 0);
	pc_doc_free(d);
	/* in capitals too: "GDP:" is a fact box's, "CHEN:" a surname's */
	d = analyse("Economy grows 0.3%\n\n"
		    "GDP: up 0.3% on the quarter and 1.4% on the year\n\n"
		    "The treasurer, Amy Chen, was asked about the figures on radio.\n\n"
		    "CHEN: Households are still cautious.\n", PC_FORMAT_TEXT);
	ck_assert_int_eq(claim_at(d, "GDP:")->nsources, 0);
	source_named(claim_at(d, "CHEN:"), "Amy Chen");
	pc_doc_free(d);
}
END_TEST

/* A transcript quoted inside an article opens each turn with a quote
 * mark and never closes it until the excerpt ends: the label still
 * speaks the turn, and the quoted paragraphs after it until the next
 * label. */
START_TEST(resolve_transcript_quoted_labels)
{
	pc_doc *d = analyse(
		"Governor defends tax plan on Sunday show\n\n"
		"Governor Ruth Calloway defended her plan on Sunday. A partial transcript follows:\n\n"
		"\"BRENNAN: Your plan cuts the sales tax by a point. Who pays for that?\n\n"
		"\"CALLOWAY: The surplus does. We ended the year $900 million ahead.\n\n"
		"\"Nobody will pay more.\n\n"
		"\"BRENNAN: Thank you, Governor.\"\n",
		PC_FORMAT_TEXT);
	source_named(claim_at(d, "\"BRENNAN: Your plan"), "Brennan");
	source_named(claim_at(d, "\"CALLOWAY: The surplus"), "Ruth Calloway");
	source_named(claim_at(d, "We ended the year"), "Ruth Calloway");
	/* the next paragraph goes on her turn; the next label ends it */
	source_named(claim_at(d, "\"Nobody will pay"), "Ruth Calloway");
	source_named(claim_at(d, "\"BRENNAN: Thank"), "Brennan");
	pc_doc_free(d);
}
END_TEST

/* A briefing's answer runs on over plain paragraphs until the next
 * label; a paragraph after the last turn is the article's own, and so
 * is an editor's note in italics between turns. */
START_TEST(resolve_transcript_turn_paragraphs)
{
	pc_doc *d = analyse(
		"Transcript: aid for Sudan\n\n"
		"Spokesperson Adaeze Okafor briefed reporters on Wednesday.\n\n"
		"MS. OKAFOR: Good afternoon. I have one item.\n\n"
		"Today I'm announcing $118 million in aid. That brings the total to $2.4 billion.\n\n"
		"Q: Is that enough?\n\n"
		"MS. OKAFOR: No amount is enough.\n\n"
		"The briefing ended at 2:10 p.m.\n",
		PC_FORMAT_TEXT);
	source_named(claim_at(d, "Today I'm announcing"), "Adaeze Okafor");
	source_named(claim_at(d, "That brings the total"), "Adaeze Okafor");
	ck_assert_int_eq(claim_at(d, "The briefing ended")->nsources, 0);
	pc_doc_free(d);
	d = analyse("# Budget speech\n\n"
		    "Minister Cathal Brennan spoke for an hour.\n\n"
		    "**BRENNAN:** We expect a surplus of 7 billion euro.\n\n"
		    "*The Fiscal Advisory Council said that figure was flattering.*\n\n"
		    "**KENNEALLY:** And the deficit?\n",
		    PC_FORMAT_MARKDOWN);
	source_named(claim_at(d, "BRENNAN: We expect"), "Cathal Brennan");
	ck_assert_int_eq(claim_at(d, "The Fiscal")->nsources, 1);
	source_named(claim_at(d, "The Fiscal"), "Fiscal Advisory Council");
	pc_doc_free(d);
	/* an earnings call: "Operator:" speaks as itself and ends the turn
	 * before it; the answer after the last named label runs on */
	d = analyse("Grocer cuts forecast\n\n"
		    "Corvane Foods held a call with analysts on Wednesday.\n\n"
		    "Tobias Lindgren, Chief Financial Officer: Net sales were $3.18 billion.\n\n"
		    "Operator: The next question is from Aisha Karimi of Jefferies.\n\n"
		    "Aisha Karimi, Jefferies: How much of the loss is structural?\n\n"
		    "Tobias Lindgren: None of it.\n\n"
		    "Households cut their snack purchases by 7% in the quarter.\n\n"
		    "Operator: That concludes our session.\n",
		    PC_FORMAT_TEXT);
	source_named(claim_at(d, "Operator: The next"), "Operator");
	ck_assert_int_eq(claim_at(d, "Operator: The next")->nsources, 1);
	source_named(claim_at(d, "Households cut"), "Tobias Lindgren");
	pc_doc_free(d);
	/* a label of a title and a surname is the person the story names */
	d = analyse("# Rail chief apologises\n\n"
		    "Adaeze Okafor, chief executive of Pennine Rail, gave evidence with Graham Hale.\n\n"
		    "**Chair:** Why did it happen?\n\n"
		    "**Ms Okafor:** We were short of drivers.\n\n"
		    "**Mr Hale:** Faults caused 41% of delays.\n",
		    PC_FORMAT_MARKDOWN);
	source_named(claim_at(d, "Ms Okafor: We were"), "Adaeze Okafor");
	source_named(claim_at(d, "Mr Hale: Faults"), "Graham Hale");
	pc_doc_free(d);
}
END_TEST

/* "the 27-year-old said" names whoever the story spoke of last, and
 * "he said" after it is the same man, not a coach named in between; a
 * brand written in capitals and small letters is no "he". */
START_TEST(resolve_age_descriptor)
{
	pc_doc *d = analyse(
		"Seamer takes five\n\n"
		"Sipho Mahlangu took five wickets at Lord's.\n\n"
		"His figures were the best since 2018, according to ESPNcricinfo.\n\n"
		"Speaking at the close, the 27-year-old said the ball had swung and credited his coach, "
		"Andre Viljoen.\n\n"
		"\"I have been working on it for six weeks,\" he said.\n",
		PC_FORMAT_TEXT);
	source_named(claim_at(d, "Speaking at the close"), "Sipho Mahlangu");
	source_named(claim_at(d, "\"I have been working"), "Sipho Mahlangu");
	pc_doc_free(d);
}
END_TEST

/* A published Q&A that sets its questions in bold: the plain paragraphs
 * after each question are the answer of the one interviewed, up to the
 * next question; the introduction and an italic note are nobody's turn,
 * and one bold question makes no Q&A. */
START_TEST(resolve_bold_question_answers)
{
	pc_doc *d = analyse(
		"# Maren Oddsdottir: 'I wanted to write about a town that forgets'\n\n"
		"Interview by Daniel Okafor\n\n"
		"Her previous book sold 400,000 copies. We spoke by video call.\n\n"
		"**Where did the idea come from?**\n\n"
		"From my grandfather. He was lost at sea in 1968.\n\n"
		"I never met him. My mother was four.\n\n"
		"**Why English?**\n\n"
		"Partly by accident. I came to Edinburgh at 19.\n\n"
		"*The interview has been edited for length.*\n",
		PC_FORMAT_MARKDOWN);
	source_named(claim_at(d, "From my grandfather"), "Maren Oddsdottir");
	source_named(claim_at(d, "He was lost at sea"), "Maren Oddsdottir");
	source_named(claim_at(d, "My mother was four"), "Maren Oddsdottir");
	source_named(claim_at(d, "I never met him"), "Maren Oddsdottir");
	source_named(claim_at(d, "Partly by accident"), "Maren Oddsdottir");
	ck_assert_int_eq(claim_at(d, "Her previous book")->nsources, 0);
	ck_assert_int_eq(claim_at(d, "The interview has been")->nsources, 0);
	ck_assert_int_eq(claim_at(d, "Interview by")->kind, CLAIM_NOT);
	pc_doc_free(d);
	/* an explainer asks the same way and answers in the reporter's voice */
	d = analyse("# Data centre: what we know\n\n"
		    "Councillor Ana Ruiz chairs the planning committee.\n\n"
		    "**What is planned?**\n\n"
		    "A 40-megawatt data centre on the old airfield.\n\n"
		    "**When will it be decided?**\n\n"
		    "The committee meets on June 3. Its officers recommend approval.\n",
		    PC_FORMAT_MARKDOWN);
	ck_assert_int_eq(claim_at(d, "A 40-megawatt")->nsources, 0);
	ck_assert_int_eq(claim_at(d, "The committee meets")->nsources, 0);
	pc_doc_free(d);
	d = analyse("# Council news\n\n"
		    "Mayor Ana Ruiz opened the new library on Monday.\n\n"
		    "**What will it cost?**\n\n"
		    "The library cost $4 million, the council said.\n",
		    PC_FORMAT_MARKDOWN);
	ck_assert_int_eq(claim_at(d, "The library cost")->nsources, 1);
	source_named(claim_at(d, "The library cost"), "council");
	pc_doc_free(d);
}
END_TEST

/* A barrister named with a post-nominal ("Sarah Whitfield KC") is the
 * "Ms Whitfield" the story goes on with; a body's name with "and" after
 * "the" ("the National Snow and Ice Data Center") and an ocean are no
 * one "she" may be. */
START_TEST(resolve_postnominal_and_bodies)
{
	pc_doc *d = analyse(
		"Trial opens\n\n"
		"Opening the case, Sarah Whitfield KC said Kerr had planned the killing.\n\n"
		"Ms Whitfield said Kerr had checked the app 212 times.\n",
		PC_FORMAT_TEXT);
	source_named(claim_at(d, "Ms Whitfield"), "Sarah Whitfield");
	pc_doc_free(d);
	d = analyse("Scientist dies\n\n"
		    "Margaret Halvorsen spent 30 years at the National Snow and Ice Data Center "
		    "studying the Arctic Ocean.\n\n"
		    "In a 2007 interview, she said the ice was thinning.\n",
		    PC_FORMAT_TEXT);
	source_named(claim_at(d, "In a 2007"), "Margaret Halvorsen");
	pc_doc_free(d);
}
END_TEST

/* "HOST:" is the person the introduction names last who is no one
 * else's label, not a programme ("The Midday Programme") nor the
 * writer. */
START_TEST(resolve_host_label)
{
	pc_doc *d = analyse(
		"Minister defends waiting lists\n\n"
		"By Sorcha Devlin\n\n"
		"On Friday the health minister, Clodagh Brennan, joined Ciaran Fahy on The Midday Programme.\n\n"
		"HOST: Minister, 583,000 people are on the outpatient list.\n\n"
		"BRENNAN: Referrals rose 9% last year.\n",
		PC_FORMAT_TEXT);
	source_named(claim_at(d, "HOST: Minister"), "Ciaran Fahy");
	source_named(claim_at(d, "BRENNAN: Referrals"), "Clodagh Brennan");
	pc_doc_free(d);
}
END_TEST

/* "the department" after "a Department for Education spokesperson":
 * the body the post is at, not the post. */
START_TEST(resolve_group_body_of_post)
{
	pc_doc *d = analyse("School absence falls\n\n"
			    "A Department for Education spokesperson said attendance was improving.\n\n"
			    "The department said it would publish figures for the spring term in July.\n",
			    PC_FORMAT_TEXT);
	source_named(claim_at(d, "A Department"), "Department for Education spokesperson");
	const struct claim *c = claim_at(d, "The department");
	ck_assert_int_eq((int)c->nsources, 1);
	ck_assert_str_eq(c->sources[0].name, "Department for Education");
	pc_doc_free(d);
}
END_TEST

/* "it" stands for the body a sentence opens on after a time ("On
 * Sunday evening the state broadcaster ... showed two men who it said
 * had confessed"), not for the speaker of the sentence before. */
START_TEST(resolve_it_after_opening_time)
{
	pc_doc *d = analyse(
		"Railway workers held\n\n"
		"The investigative committee said six people were held.\n\n"
		"On Sunday evening the state broadcaster Rossiya 1 showed two men who it said had "
		"confessed to loosening bolts.\n",
		PC_FORMAT_TEXT);
	const struct claim *c = claim_at(d, "On Sunday");
	ck_assert_int_eq((int)c->nsources, 1);
	ck_assert_str_eq(c->sources[0].name, "Rossiya 1");
	pc_doc_free(d);
}
END_TEST

/* "PAUL ADEYEMI, DIRECTOR OF OPERATIONS, NORTH EAST AMBULANCE
 * SERVICE:": a label that gives the post after the name is that
 * person's turn, and ends the turn of the label before it. */
START_TEST(resolve_label_with_post)
{
	pc_doc *d = analyse(
		"Police update on stadium crush\n\n"
		"HELEN GARSIDE: Two people died at the scene.\n\n"
		"PAUL ADEYEMI, DIRECTOR OF OPERATIONS, NORTH EAST AMBULANCE SERVICE: Our first crew "
		"arrived within six minutes. We sent 27 ambulances.\n",
		PC_FORMAT_TEXT);
	source_named(claim_at(d, "HELEN GARSIDE"), "Helen Garside");
	source_named(claim_at(d, "PAUL ADEYEMI"), "Paul Adeyemi");
	const struct claim *c = claim_at(d, "We sent 27");
	ck_assert_int_eq((int)c->nsources, 1);
	ck_assert_str_eq(c->sources[0].name, "Paul Adeyemi");
	pc_doc_free(d);
}
END_TEST

/* A hearing's transcript: "SEN. TREVINO:" is the senator the
 * introduction names, the title no part of the label; "WITNESS:" is the
 * one who answers, the first person the story names; "everything they
 * asked for" attributes nothing. */
START_TEST(resolve_hearing_labels)
{
	pc_doc *d = analyse(
		"Rail chief questioned over derailment\n\n"
		"Gordon Achterberg, the railroad's chief executive, faced Sen. Marisol Trevino on Tuesday.\n\n"
		"SEN. TREVINO: In 2021 your railroad employed 212 track inspectors.\n\n"
		"WITNESS: The number of inspectors is the wrong measure. "
		"We have given investigators everything they asked for.\n",
		PC_FORMAT_TEXT);
	source_named(claim_at(d, "SEN. TREVINO:"), "Marisol Trevino");
	source_named(claim_at(d, "WITNESS:"), "Gordon Achterberg");
	const struct claim *c = claim_at(d, "We have given");
	ck_assert_int_eq((int)c->nsources, 1);
	source_named(c, "Gordon Achterberg");
	pc_doc_free(d);
}
END_TEST

/* The outlet of "in an interview with The Plain Dealer" is nobody the
 * pronoun can be; "the local" is the union branch that spoke before. */
START_TEST(resolve_outlet_is_no_person)
{
	pc_doc *d = analyse(
		"Union leader dies\n\n"
		"Teamsters Local 727 said Dolores Sikora, who led it for 20 years, had died.\n\n"
		"In a 1998 interview with The Plain Dealer, she said she was handed a uniform cut for a man.\n\n"
		"In a statement, the local said she had negotiated 11 contracts.\n",
		PC_FORMAT_TEXT);
	const struct claim *c = claim_at(d, "In a 1998 interview");
	source_named(c, "Dolores Sikora");
	ck_assert_int_eq((int)c->sources[0].nvia, 1);
	ck_assert_str_eq(c->sources[0].via[0], "Plain Dealer");
	source_named(claim_at(d, "In a statement, the local"), "Teamsters Local 727");
	pc_doc_free(d);
}
END_TEST

/* "The German newspaper" is the German outlet that reported or relayed
 * just before, never another country's; with none, it keeps its words.
 * "The Milan-based newspaper" is where the paper is, not its name. */
START_TEST(resolve_national_outlet)
{
	pc_doc *d = analyse(
		"Transfer talks\n\n"
		"Sky Sports News reported that the bid was turned down.\n\n"
		"A second offer was also rejected, Bild reported, citing sources inside the club.\n\n"
		"The German newspaper said the board would meet on Friday.\n\n"
		"The French newspaper said the board would meet.\n",
		PC_FORMAT_TEXT);
	source_named(claim_at(d, "The German newspaper"), "Bild");
	source_named(claim_at(d, "The French newspaper"), "French newspaper");
	pc_doc_free(d);
	d = analyse("Reali deal close\n\n"
		    "La Gazzetta dello Sport reported on Tuesday that the two sides had settled on a fee.\n\n"
		    "According to the Milan-based newspaper, Reali has agreed personal terms.\n",
		    PC_FORMAT_TEXT);
	source_named(claim_at(d, "According to the Milan-based"), "La Gazzetta dello Sport");
	pc_doc_free(d);
	/* any word only a news outlet takes ("magazine", "weekly") names
	 * an outlet by its country, never another country's */
	d = analyse("Transfer talks\n\n"
		    "Der Spiegel reported that the bid was turned down.\n\n"
		    "The German magazine said the board would meet on Friday.\n\n"
		    "The French magazine said the board would meet.\n",
		    PC_FORMAT_TEXT);
	source_named(claim_at(d, "The German magazine"), "Der Spiegel");
	source_named(claim_at(d, "The French magazine"), "French magazine");
	pc_doc_free(d);
	/* capitals and a channel's number name a body, never a person */
	d = analyse("Exit poll\n\n"
		    "TVN24 projects, on the basis of the exit poll, that Civic Alliance would win 174 seats.\n",
		    PC_FORMAT_TEXT);
	ck_assert_int_ne(source_named(claim_at(d, "TVN24 projects"), "TVN24")->type, SRC_PERSON);
	pc_doc_free(d);
}
END_TEST

/* "It put the toll at 400": a verb that publishes figures says "it"
 * may be the study before it; with no study or office before it, "it"
 * names no source. */
START_TEST(resolve_it_publishes)
{
	pc_doc *d = analyse(
		"Heat study\n\n"
		"A study by the Halden Institute found that heat deaths rose last summer. "
		"It put the toll at 16,400.\n\n"
		"Officials were not available for comment.\n",
		PC_FORMAT_TEXT);
	source_named(claim_at(d, "It put the toll"), "Halden Institute study");
	pc_doc_free(d);
	d = analyse("Heat\n\nIt put the toll at 16,400.\n", PC_FORMAT_TEXT);
	ck_assert_int_eq(claim_at(d, "It put the toll")->nsources, 0);
	pc_doc_free(d);
}
END_TEST

/* A document named by its maker keeps the maker for later: "the
 * ministry" is the ministry, not its results; "the results" are the
 * results. */
START_TEST(resolve_issuer_of_document)
{
	pc_doc *d = analyse(
		"Count nears its end\n\n"
		"Falcao leads with 38.6%, according to provisional results published by the "
		"Ministry of Internal Administration.\n\n"
		"Turnout reached 52.7%, the ministry said.\n\n"
		"The results also showed 4,000 spoiled ballots.\n",
		PC_FORMAT_TEXT);
	source_named(claim_at(d, "Falcao leads"), "Ministry of Internal Administration provisional results");
	source_named(claim_at(d, "Turnout reached"), "Ministry of Internal Administration");
	source_named(claim_at(d, "The results also"), "Ministry of Internal Administration provisional results");
	pc_doc_free(d);
}
END_TEST

/* A name read before its possessive is the name without the "'s":
 * "Verant said" later is Verant Medical, not "Verant Medical's". */
START_TEST(resolve_possessive_name)
{
	pc_doc *d = analyse(
		"Pump maker sat on fault\n\n"
		"Verant Medical's quality chief warned in February that the pump could fail.\n\n"
		"In a statement, Verant said it had acted on the evidence.\n",
		PC_FORMAT_TEXT);
	source_named(claim_at(d, "In a statement"), "Verant Medical");
	pc_doc_free(d);
}
END_TEST

/* A first name that names a man or a woman tells "she" whom to skip,
 * and a prize is nobody: "she" after "the Alder Prize ... with Robert
 * Haines" is Eileen Corrigan. */
START_TEST(resolve_pronoun_first_name_gender)
{
	pc_doc *d = analyse(
		"Physicist dies at 87\n\n"
		"Eileen Corrigan, the physicist, died on Sunday, her family said.\n\n"
		"In 1994 she shared the Alder Prize for Physics with the American physicist Robert Haines.\n\n"
		"\"I liked the rain,\" she told The Irish Times in 2003.\n",
		PC_FORMAT_TEXT);
	source_named(claim_at(d, "\"I liked"), "Eileen Corrigan");
	pc_doc_free(d);
	/* the lists spell "Siobhan" without its accent */
	d = analyse("Libel case nears verdict\n\n"
		    "Declan Furlong is suing the newspaper.\n\n"
		    "Siobhán Roche, for the newspaper, told the jury the story was true.\n\n"
		    "He has said he did nothing wrong.\n", PC_FORMAT_TEXT);
	source_named(claim_at(d, "He has said"), "Declan Furlong");
	pc_doc_free(d);
	/* a place joined by "and" to one after "in" is no person "she"
	 * could be */
	d = analyse("Director dies at 80\n\n"
		    "Ada Pryce, the theatre director, has died aged 80.\n\n"
		    "She taught drama in Leeds and West Yorkshire before founding a youth theatre. "
		    "She often said she had learned to direct by watching her mother.\n",
		    PC_FORMAT_TEXT);
	source_named(claim_at(d, "She often said"), "Ada Pryce");
	pc_doc_free(d);
	/* a role's plural ending capitals names a group "she" is not */
	d = analyse("Bill clears Commons\n\n"
		    "The bill passed by 300 votes to 200, despite 12 Labour MPs voting against a plan that "
		    "critics on the party's own benches say hands too much power to landlords.\n\n"
		    "Opening the debate, the Housing Secretary, Ana Reyes, told MPs the bill was overdue.\n\n"
		    "\"Nobody else will build these homes,\" she said.\n",
		    PC_FORMAT_TEXT);
	source_named(claim_at(d, "\"Nobody else"), "Ana Reyes");
	pc_doc_free(d);
}
END_TEST

/* "The company said" with no source before holding the word: the
 * business the story is about, by its fullest name; with two businesses
 * written as often, neither. */
START_TEST(resolve_story_company)
{
	pc_doc *d = analyse(
		"Halvard recalls 212,000 SUVs\n\n"
		"Halvard Motor Co. is recalling about 212,000 vehicles, regulators said on Thursday.\n\n"
		"Halvard said in a statement that it knew of 14 cases.\n\n"
		"The National Highway Traffic Safety Administration said owners would be told by mail.\n\n"
		"Repairs will be free, the company said.\n",
		PC_FORMAT_TEXT);
	source_named(claim_at(d, "Repairs will be free"), "Halvard Motor Co.");
	pc_doc_free(d);
	/* a business named by its plural head ("Medical Systems") */
	d = analyse("Harwell to cut 2,300 jobs\n\n"
		    "Harwell Medical Systems will cut about 2,300 jobs, the company said on Tuesday.\n\n"
		    "Orders fell 14% in the quarter, Harwell said.\n\n"
		    "Harwell shares rose 6.2%.\n", PC_FORMAT_TEXT);
	source_named(claim_at(d, "Harwell Medical Systems will"), "Harwell Medical Systems");
	pc_doc_free(d);
	d = analyse("Two grocers report\n\n"
		    "Marlow said sales rose. Brightwell said sales fell.\n\n"
		    "Marlow said margins held. Brightwell said margins narrowed.\n\n"
		    "Stores will close, the company said.\n",
		    PC_FORMAT_TEXT);
	source_named(claim_at(d, "Stores will close"), "company");
	pc_doc_free(d);
}
END_TEST

/* A body its sentence calls a union is not "the company": the story's
 * business is, though the union is the only body a source names. */
START_TEST(resolve_company_is_no_union)
{
	pc_doc *d = analyse(
		"Quillfield to cut jobs; company says it is \"reshaping some teams\"\n\n"
		"Quillfield, the US maker of workplace software, will cut about 400 jobs, "
		"according to an internal memo.\n\n"
		"\"We are reshaping some teams,\" the company said in a statement.\n\n"
		"Prospect, the union that represents some of Quillfield's engineers, said it would "
		"seek urgent talks.\n\n"
		"\"Our members should not learn this from newspapers,\" said Priya Sandhu, a Prospect "
		"officer.\n",
		PC_FORMAT_TEXT);
	source_named(claim_at(d, "\"We are reshaping"), "Quillfield");
	source_named(claim_at(d, "Quillfield to cut"), "Quillfield");
	source_named(claim_at(d, "Prospect, the union"), "Prospect");
	ck_assert_int_eq(claim_at(d, "Prospect, the union")->sources[0].type, SRC_ORGANIZATION);
	pc_doc_free(d);
}
END_TEST

/* "Peter and Anne Ruddock" are two people of one surname; "Mr
 * Ruddock" later is the man, whom the title's gender picks. */
START_TEST(resolve_shared_surname_by_title)
{
	pc_doc *d = analyse(
		"Airline collapses\n\n"
		"Peter and Anne Ruddock, from Lymington, said they had paid 240 pounds for new tickets.\n\n"
		"\"We will get back,\" Mr Ruddock said.\n\n"
		"\"It was chaos,\" Mrs Ruddock said.\n",
		PC_FORMAT_TEXT);
	const struct claim *c = claim_at(d, "Peter and Anne");
	ck_assert_uint_eq(c->nsources, 2);
	source_named(c, "Peter Ruddock");
	source_named(c, "Anne Ruddock");
	source_named(claim_at(d, "\"We will get back"), "Peter Ruddock");
	source_named(claim_at(d, "\"It was chaos"), "Anne Ruddock");
	pc_doc_free(d);
}
END_TEST

/* "Kranjc's team, Adria Sport": a name a body's noun describes is a
 * body's, not a person's; a later "He" is no body */
START_TEST(resolve_team_described)
{
	pc_doc *d = analyse(
		"Stage report\n\n"
		"Aldo Kranjc lost 57 seconds on the final climb.\n\n"
		"Kranjc's team, Adria Sport, said in a statement that he had been "
		"ill since Thursday.\n\n"
		"He wrote on Instagram that it had been a bad day.\n",
		PC_FORMAT_TEXT);
	const struct claim *c = claim_at(d, "Kranjc's team");
	source_named(c, "Adria Sport");
	ck_assert_int_eq(c->sources[0].type, SRC_ORGANIZATION);
	source_named(claim_at(d, "He wrote"), "Aldo Kranjc");
	pc_doc_free(d);
	/* the name an en dash carries on is one body's, no person's */
	d = analyse("Stage report\n\n"
		    "Aldo Kranjc lost 57 seconds on the final climb.\n\n"
		    "Kranjc's team, Adria Sport\xe2\x80\x93Ljubljanska, said he had been ill.\n\n"
		    "He wrote on Instagram that it had been a bad day.\n",
		    PC_FORMAT_TEXT);
	source_named(claim_at(d, "Kranjc's team"), "Adria Sport\xe2\x80\x93Ljubljanska");
	source_named(claim_at(d, "He wrote"), "Aldo Kranjc");
	pc_doc_free(d);
}
END_TEST

/* "Tom Beresford (Conservative):" labels a turn as "Tom Beresford:"
 * does; "Chair (Robert Haldane):" gives the chair's name. */
START_TEST(resolve_bracketed_labels)
{
	pc_doc *d = analyse(
		"# Hearing\n\n"
		"**Chair (Robert Haldane):** Dame Frances, this programme is 18 months late. Who is "
		"responsible?\n\n"
		"**Dame Frances Whitlock:** Ultimately, I am. The gates cost 612 million pounds.\n\n"
		"**Tom Beresford (Conservative):** At Gatwick the gates turned away one passenger in 10. "
		"That is worse than before.\n\n"
		"**Dame Frances Whitlock:** The failure rate was 9.1%.\n",
		PC_FORMAT_MARKDOWN);
	source_named(claim_at(d, "Chair (Robert"), "Robert Haldane");
	source_named(claim_at(d, "Tom Beresford"), "Tom Beresford");
	source_named(claim_at(d, "That is worse"), "Tom Beresford");
	source_named(claim_at(d, "The gates cost"), "Dame Frances Whitlock");
	pc_doc_free(d);
	/* a reporter who repeats what an outlet reported: both speak, and
	 * the outlet relays no one */
	d = analyse("# Briefing\n\n"
		    "The deputy spokesperson, Katrin Vollmer, took questions on Wednesday.\n\n"
		    "**Vollmer:** Good afternoon. The talks will continue.\n\n"
		    "**Jonas Keller (Reuters):** Handelsblatt reported yesterday that an extension would cost "
		    "about 12 billion euros. Can you confirm that figure?\n\n"
		    "**Vollmer:** I cannot confirm that figure.\n",
		    PC_FORMAT_MARKDOWN);
	const struct claim *c = claim_at(d, "Jonas Keller");
	ck_assert_int_eq(source_named(c, "Jonas Keller")->nvia, 0);
	ck_assert_int_eq(source_named(c, "Handelsblatt")->nvia, 0);
	pc_doc_free(d);
}
END_TEST

/* "according to OrbitSentry, a US company that tracks objects": a name
 * its sentence calls a company is a body's; the headline's "Tracking
 * company" and a later "the company" name it, and so does a sentence
 * that writes it as an owner ("OrbitSentry's radar measurements"). */
START_TEST(resolve_company_described)
{
	pc_doc *d = analyse(
		"Rocket stage misses satellite by 70 metres\n\n"
		"Tracking company says the encounter was one of the closest on record\n\n"
		"By Lukas Hartmann\n\n"
		"A spent rocket stage passed within about 70 metres of the satellite on Sunday, "
		"according to OrbitSentry, a US company that tracks objects in orbit.\n\n"
		"The objects passed at about 14 kilometres per second, the company said.\n\n"
		"ESA said in a post on X that it had been alerted 30 hours in advance.\n\n"
		"According to the agency, the first warning came from the US Space Force.\n\n"
		"OrbitSentry's radar measurements raised the probability to 1 in 900, the company said.\n",
		PC_FORMAT_TEXT);
	const struct source *s = source_named(claim_at(d, "A spent rocket"), "OrbitSentry");
	ck_assert_int_eq(s->type, SRC_ORGANIZATION);
	source_named(claim_at(d, "Tracking company"), "OrbitSentry");
	source_named(claim_at(d, "The objects passed"), "OrbitSentry");
	source_named(claim_at(d, "OrbitSentry's radar"), "OrbitSentry");
	pc_doc_free(d);
}
END_TEST

/* "Unite, which represents the cabin crew": "which" is said of a body. */
START_TEST(resolve_which_makes_a_body)
{
	pc_doc *d = analyse(
		"Airline collapses\n\n"
		"The pilots' union BALPA said its members had been told by email.\n\n"
		"Unite, which represents the airline's cabin crew, said many of its members had not been "
		"paid for March.\n",
		PC_FORMAT_TEXT);
	const struct source *s = source_named(claim_at(d, "Unite, which"), "Unite");
	ck_assert_int_eq(s->type, SRC_ORGANIZATION);
	pc_doc_free(d);
}
END_TEST

/* "Shortly after the crash, TASS, citing the ministry, reported": an
 * adverb opening a phrase of time heads no chain; TASS relays. */
START_TEST(resolve_relay_after_time_phrase)
{
	pc_doc *d = analyse("Train derails\n\n"
			    "Shortly after the crash, the state news agency TASS, citing the Emergencies "
			    "Ministry, reported that 12 people had died.\n",
			    PC_FORMAT_TEXT);
	const struct source *s = source_named(claim_at(d, "Shortly"), "Emergencies Ministry");
	ck_assert_uint_eq(s->nvia, 1);
	ck_assert_str_eq(s->via[0], "TASS");
	pc_doc_free(d);
}
END_TEST

/* "A senior broker at one London firm" is a person, whom a later "he"
 * takes; "broker" names a firm only by itself. */
START_TEST(resolve_broker_is_a_person)
{
	pc_doc *d = analyse("Rates triple\n\n"
			    "Data from the tracking platform MarineTraffic showed 38 vessels passed through.\n\n"
			    "A senior broker at one London firm, who asked not to be named, said premiums had "
			    "tripled.\n\n"
			    "\"At that price the Cape is cheaper,\" he said.\n",
			    PC_FORMAT_TEXT);
	const struct source *s = source_named(claim_at(d, "A senior broker"), "senior broker at one London firm");
	ck_assert_int_eq(s->type, SRC_UNNAMED);
	source_named(claim_at(d, "\"At that price"), "senior broker at one London firm");
	pc_doc_free(d);
}
END_TEST

/* A results box's list items open on labels ("Second:"), which speak
 * nothing, whatever the capitals after them. */
START_TEST(resolve_results_box_labels)
{
	pc_doc *d = analyse(
		"# Stage report\n\n"
		"Vandeputte won the stage on Friday.\n\n"
		"## Results\n\n"
		"- Stage winner: Jonas Vandeputte (Belgium), Veloria Kessler, in 4hr 31min\n"
		"- Second: Mikkel Aagaard (Denmark), Team Baltica, at 14sec\n"
		"- Third: Davide Sorrentino (Italy), Cortina Pro Cycling, at 16sec\n",
		PC_FORMAT_MARKDOWN);
	ck_assert_uint_eq(claim_at(d, "Second:")->nsources, 0);
	ck_assert_uint_eq(claim_at(d, "Third:")->nsources, 0);
	pc_doc_free(d);
}
END_TEST

/* A model number, a maker and a "-based" describe; they name nobody:
 * "Solvair said" stays Solvair, not "Solvair Airbus A330", and
 * "Kallisto Maritime" loses "Piraeus-based". */
START_TEST(resolve_descriptors_are_no_names)
{
	pc_doc *d = analyse(
		"Jet lands safely\n\n"
		"The plane, a Solvair Airbus A330 carrying 281 people, landed safely.\n\n"
		"Solvair said in a statement that a warning had lit.\n\n"
		"Piraeus-based Kallisto Maritime owns the ship.\n\n"
		"Kallisto said none of its ships had called at the port.\n",
		PC_FORMAT_TEXT);
	source_named(claim_at(d, "Solvair said"), "Solvair");
	source_named(claim_at(d, "Kallisto said"), "Kallisto Maritime");
	pc_doc_free(d);
}
END_TEST

/* An acronym names the organization whose initials it spells when the
 * story names it too: one origin, not two. */
START_TEST(resolve_acronym_spelled_out)
{
	pc_doc *d = analyse(
		"House prices rise again\n\n"
		"Prices rose 9.1% over the year, the Central Statistics Office said on Wednesday.\n\n"
		"The median price was 350,000 euros, the CSO said.\n\n"
		"The NTSB said the brakes had failed, according to the National Transportation "
		"Safety Board's preliminary report.\n\n"
		"Twenty children caught measles, the UK Health Security Agency said.\n\n"
		"UKHSA recorded 900 cases in 2024, and the agency said it expected as many this year.\n",
		PC_FORMAT_TEXT);
	source_named(claim_at(d, "The median"), "Central Statistics Office");
	source_named(claim_at(d, "The NTSB"), "NTSB");
	/* a word in capitals gives all its letters: "UK" in "UKHSA" */
	const struct claim *c = claim_at(d, "UKHSA recorded");
	source_named(c, "UK Health Security Agency");
	ck_assert_uint_eq(c->nsources, 1);
	pc_doc_free(d);
}
END_TEST

/* Two cues on one subject ("said ..., and cautioned against") read
 * one mention, the second time with fewer of its words: one source,
 * the longer name. */
START_TEST(resolve_one_mention_two_cues)
{
	pc_doc *d = analyse("Sterling slips\n\n"
			    "Analysts at Norbank said part of the jump reflected Easter, and "
			    "cautioned against reading too much into one month.\n\n"
			    "A former adviser to the minister called the offer \"an insult\" and "
			    "said it would be refused.\n",
			    PC_FORMAT_TEXT);
	const struct claim *c = claim_at(d, "Analysts at");
	source_named(c, "Analysts at Norbank");
	ck_assert_uint_eq(c->nsources, 1);
	c = claim_at(d, "A former adviser");
	ck_assert_uint_eq(c->nsources, 1);
	pc_doc_free(d);
}
END_TEST

/* An analyst's target price is a figure published ("cut her target
 * price", "raised its price target"); "the bank" after "analysts at
 * Barclays" is Barclays, not the regulator named before. */
START_TEST(resolve_target_price_and_employer)
{
	pc_doc *d = analyse("Calder profit jumps\n\n"
			    "The cap will rise to 1,849 pounds a year, Ofgem said.\n\n"
			    "In a note to clients, analysts at Barclays said the dividend decision was "
			    "cautious. The bank cut its target price for the shares to 680p from 740p.\n\n"
			    "Sophie Laird of Peel Hunt raised her price target on the stock to 480 pence "
			    "from 430 pence.\n",
			    PC_FORMAT_TEXT);
	source_named(claim_at(d, "The bank cut"), "Barclays");
	source_named(claim_at(d, "Sophie Laird"), "Sophie Laird");
	pc_doc_free(d);
}
END_TEST

/* "By his own count", "by her own account": the person the possessive
 * stands for, the one named last, even when another woman spoke since;
 * "its own count" names no one by itself. */
START_TEST(resolve_possessive_count)
{
	pc_doc *d = analyse("Union leader dies\n\n"
			    "Agnes Rourke has died at 86. Her daughter, Maureen Doyle, said she "
			    "had died on Sunday.\n\n"
			    "Born in Paisley in 1938, Rourke left school at 15.\n\n"
			    "She became a shop steward at 22 and, by her own account, was thrown out "
			    "of three offices.\n\n"
			    "Ken Harrop, 74, waited a month. By his own count, he rang the surgery 23 "
			    "times.\n\n"
			    "The lane, by its own counts, has tripled cycling.\n",
			    PC_FORMAT_TEXT);
	source_named(claim_at(d, "She became"), "Agnes Rourke");
	source_named(claim_at(d, "By his own count"), "Ken Harrop");
	ck_assert_uint_eq(claim_at(d, "The lane")->nsources, 0);
	pc_doc_free(d);
}
END_TEST

/* "a prosecutor told jurors" in the lede is the prosecutor the body
 * names; with two of the role, or further down, the role stays. */
START_TEST(resolve_lede_role_named_below)
{
	pc_doc *d = analyse("Fraud trial hears closing speeches\n\n"
			    "A former finance director took 2.3 million pounds from a housing "
			    "association, a prosecutor told jurors on Monday.\n\n"
			    "In her closing speech, prosecutor Amanda Keel KC said the invoices were "
			    "false.\n\n"
			    "Later a witness told the court the money had gone.\n",
			    PC_FORMAT_TEXT);
	source_named(claim_at(d, "A former finance director"), "Amanda Keel");
	source_named(claim_at(d, "Later a witness"), "witness");
	pc_doc_free(d);
}
END_TEST

/* "He said" tells that Brahim is a man: a later "she" is the woman named
 * since, though she has not spoken yet. */
START_TEST(resolve_pronoun_teaches_gender)
{
	pc_doc *d = analyse(
		"Camp swells\n\n"
		"The prefect, Mahamat Saleh Brahim, told AFP on Monday that 1,340 people had "
		"arrived. He said the hospital was full.\n\n"
		"The minister for social action, Amina Abdelkerim Doudou, toured the camp. "
		"\"Chad cannot carry this alone,\" she was quoted as saying by state broadcaster ONRTV.\n",
		PC_FORMAT_TEXT);
	source_named(claim_at(d, "He said"), "Mahamat Saleh Brahim");
	source_named(claim_at(d, "\"Chad cannot"), "Amina Abdelkerim Doudou");
	pc_doc_free(d);
}
END_TEST

/* the last of three people a sentence lists is not who "he" is next:
 * the person the sentence before opened on is; a person named alone,
 * even as an object, still is */
START_TEST(resolve_pronoun_after_list)
{
	pc_doc *d = analyse(
		"Saxophonist dies\n\n"
		"Clement Bayliss recorded more than 30 albums as a leader.\n\n"
		"The best known was cut in an afternoon with the pianist Maurice Elkin, the bassist "
		"Len Adeyemi and the drummer Harry Vane.\n\n"
		"He was often asked why he never moved to New York. In a 1972 interview, he said he "
		"had never wanted to sound American.\n",
		PC_FORMAT_TEXT);
	source_named(claim_at(d, "In a 1972 interview"), "Clement Bayliss");
	pc_doc_free(d);
	d = analyse("Saxophonist dies\n\n"
		    "Clement Bayliss recorded more than 30 albums as a leader.\n\n"
		    "The best known was cut in an afternoon with the drummer Harry Vane.\n\n"
		    "In a 1972 interview, he said he had never wanted to sound American.\n",
		    PC_FORMAT_TEXT);
	source_named(claim_at(d, "In a 1972 interview"), "Harry Vane");
	pc_doc_free(d);
}
END_TEST

/* "It also found": the report before it; with none, no source called "it" */
START_TEST(resolve_it_found)
{
	pc_doc *d = analyse(
		"Audit faults district\n\n"
		"The audit found that the board had broken its own rules. It also found that the "
		"district renewed a $2.1 million contract without bids.\n",
		PC_FORMAT_TEXT);
	source_named(claim_at(d, "It also found"), "audit");
	pc_doc_free(d);
	d = analyse("Roads closed\n\nIt found that the bridge was unsafe.\n", PC_FORMAT_TEXT);
	ck_assert_int_eq(claim_at(d, "It found that the bridge")->nsources, 0);
	pc_doc_free(d);
}
END_TEST

/* "the company" with no source naming a business: the one the text
 * names before a business noun; "the Cambridge, Massachusetts-based
 * biotech" is a description of it, not a name; "Calder & Finch" keeps
 * its ampersand. */
START_TEST(resolve_text_company)
{
	pc_doc *d = analyse(
		"Corvalis pill cuts hospital stays\n\n"
		"Corvalis Therapeutics' experimental drug reduced admissions by 21%, the company said.\n\n"
		"The Cambridge, Massachusetts-based biotech said in a press release that the trial was large.\n\n"
		"Corvalis shares fell 14%.\n",
		PC_FORMAT_TEXT);
	source_named(claim_at(d, "Corvalis Therapeutics'"), "Corvalis Therapeutics");
	source_named(claim_at(d, "The Cambridge"), "Corvalis Therapeutics");
	pc_doc_free(d);
	d = analyse("Calder & Finch says breach hit 3.4 million accounts\n\n"
		    "Calder & Finch said hackers obtained card details linked to 3.4 million accounts.\n\n"
		    "The retailer had said on Jan. 14 that 1.2 million accounts were affected.\n",
		    PC_FORMAT_TEXT);
	source_named(claim_at(d, "Calder & Finch said"), "Calder & Finch");
	source_named(claim_at(d, "The retailer"), "Calder & Finch");
	pc_doc_free(d);
}
END_TEST

/* "she" after a name and a building: the building ("Thornbury
 * Terraces") is no one, and "Ilona" is a woman's name. */
START_TEST(resolve_building_is_no_one)
{
	pc_doc *d = analyse(
		"Ilona Varga, architect, dies at 91\n\n"
		"Ilona Varga was born in Budapest in 1934.\n\n"
		"Her best-known work, Thornbury Terraces in Sheffield, was completed in 1972.\n\n"
		"\"Every family deserves the same sun,\" she told The Guardian in 2009.\n",
		PC_FORMAT_TEXT);
	source_named(claim_at(d, "\"Every family"), "Ilona Varga");
	pc_doc_free(d);
}
END_TEST

/* "the official said" after an anonymous official: that official, not
 * the nearest named one */
START_TEST(resolve_anonymous_official)
{
	pc_doc *d = analyse(
		"Council cuts libraries\n\n"
		"Its president, Sandra Whitlock, accused council of balancing the budget on workers.\n\n"
		"A senior city official, who spoke on condition of anonymity, said staff had been asked "
		"to prepare a further $3 million in cuts.\n\n"
		"Those options could include shorter opening hours, the official said.\n",
		PC_FORMAT_TEXT);
	source_named(claim_at(d, "Those options"), "senior city official");
	pc_doc_free(d);
}
END_TEST

/* "Sentrel, a London threat-intelligence firm,": a name an
 * organisation's description follows is the organisation; "Northstar
 * said" of a story about "a Northstar Airlines jet" is the airline. */
START_TEST(resolve_business_not_person)
{
	pc_doc *d = analyse(
		"Breach exposed\n\n"
		"A Northstar Airlines jet braked hard on the runway, the FAA said.\n\n"
		"No one was hurt, Northstar said.\n\n"
		"Sentrel, a London threat-intelligence firm, said the data was genuine.\n",
		PC_FORMAT_TEXT);
	const struct source *s = source_named(claim_at(d, "No one"), "Northstar Airlines");
	ck_assert_int_eq(s->type, SRC_ORGANIZATION);
	s = source_named(claim_at(d, "Sentrel"), "Sentrel");
	ck_assert_int_eq(s->type, SRC_ORGANIZATION);
	pc_doc_free(d);
}
END_TEST

/* "the Golden Orchid restaurant" names a place, not a person "he" may
 * be; "Peter Otieno's office" still names Otieno. */
START_TEST(resolve_place_name_no_person)
{
	pc_doc *d = analyse(
		"Man denies arson\n\n"
		"Liam Dacre, 31, is accused of starting the fire at the Golden Orchid restaurant in March.\n\n"
		"He denies arson with intent to endanger life.\n",
		PC_FORMAT_TEXT);
	source_named(claim_at(d, "He denies"), "Liam Dacre");
	pc_doc_free(d);
}
END_TEST

/* "I'm Jonah Perl": the host's label names Jonah Perl, not "I'm". */
START_TEST(resolve_label_after_introduction)
{
	pc_doc *d = analyse(
		"The Ledger: rents\n\n"
		"PERL: Welcome to The Ledger. I'm Jonah Perl.\n\n"
		"PERL: The government says shelter costs are up 3.6% on the year.\n",
		PC_FORMAT_TEXT);
	source_named(claim_at(d, "PERL: The government"), "Jonah Perl");
	pc_doc_free(d);
}
END_TEST

/* "Varner said" of "Varner Motor Co." is the carmaker, not the
 * dealership "Lakeshore Varner"; "Trustees Ana Beltrán" is Ana Beltrán. */
START_TEST(resolve_business_and_plural_role)
{
	pc_doc *d = analyse(
		"Airbag recall\n\n"
		"Varner Motor Co. is recalling 412,000 vehicles, the regulator said.\n\n"
		"At Lakeshore Varner in Toledo, a manager said calls had doubled.\n\n"
		"In a statement, Varner said the safety of its customers came first.\n\n"
		"Trustees Ana Beltrán and Luis Ferreira voted against.\n\n"
		"Beltrán called the vote \"a decision made on a spreadsheet.\"\n",
		PC_FORMAT_TEXT);
	source_named(claim_at(d, "In a statement"), "Varner Motor Co.");
	source_named(claim_at(d, "Beltrán called"), "Ana Beltrán");
	pc_doc_free(d);
}
END_TEST

/* "the regulator Ofgem ... Ofgem said ... the regulator blamed": the
 * body named with the noun is who the noun names later, and its one
 * word said again is that body, no person's surname; "the shadow work
 * and pensions secretary" is one speaker, "her opposite number, Tobias
 * Wren," one person. */
START_TEST(resolve_body_introduced_with_noun)
{
	pc_doc *d = analyse(
		"Bills to rise 6.4%\n\n"
		"Calder Energy, a household supplier, posted a 38% rise in profit on Wednesday, hours after the regulator Ofgem said the cap would rise by 6.4%.\n\n"
		"The cap will rise to £1,849 a year from April, Ofgem said.\n\n"
		"The regulator blamed higher wholesale gas prices, which it said accounted for two-thirds of the rise.\n\n"
		"Marchbank said 1.1 million more people were claiming benefits.\n\n"
		"Her opposite number, Tobias Wren, called the bill \"a spreadsheet\".\n\n"
		"The shadow work and pensions secretary said 280,000 people would be worse off.\n",
		PC_FORMAT_TEXT);
	const struct claim *c = claim_at(d, "The cap will rise");
	ck_assert_int_eq(source_named(c, "Ofgem")->type, SRC_ORGANIZATION);
	c = claim_at(d, "The regulator blamed");
	source_named(c, "Ofgem");
	ck_assert_uint_eq(c->nsources, 1);
	c = claim_at(d, "Her opposite number");
	source_named(c, "Tobias Wren");
	ck_assert_uint_eq(c->nsources, 1);
	ck_assert_uint_eq(claim_at(d, "The shadow work")->nsources, 1);
	pc_doc_free(d);
}
END_TEST

/* "Heathervale Care": a name ending in what the company does is a
 * business, so "the company" names it and "he" never does. */
START_TEST(resolve_care_business)
{
	pc_doc *d = analyse(
		"Night shifts at care chain fall short\n\n"
		"Night shifts at homes run by Heathervale Care fell below the ratio 212 times, rotas show.\n\n"
		"Heathervale, which runs 41 homes, said its homes were safe.\n\n"
		"A former night nurse at a Heathervale home in Lincolnshire said rounds ran past three hours. "
		"\"By the time you get to the end, the first person is due again,\" he said.\n\n"
		"The company said it did not recognise the figure.\n",
		PC_FORMAT_TEXT);
	source_named(claim_at(d, "\"By the time"),
		     "former night nurse at a Heathervale home in Lincolnshire");
	source_named(claim_at(d, "The company said"), "Heathervale Care");
	pc_doc_free(d);
}
END_TEST

/* "Its analysis found": the analysis of the body named just before;
 * "according to its annual report" the report of the body opening the
 * sentence; "its figures" are that body's word. */
START_TEST(resolve_possessive_owner)
{
	pc_doc *d = analyse(
		"Admissions rule to favour poorer pupils\n\n"
		"The Education Policy Institute said the rule would help 4,000 pupils.\n\n"
		"Its analysis found the effect would be largest in cities.\n\n"
		"Harrow & Finch has about 4.8 million customers, according to its most recent annual report.\n\n"
		"The ONS said jobs fell in September. Its figures show a decline of 23,000.\n",
		PC_FORMAT_TEXT);
	source_named(claim_at(d, "Its analysis"), "Education Policy Institute analysis");
	source_named(claim_at(d, "Harrow & Finch"), "Harrow & Finch annual report");
	source_named(claim_at(d, "Its figures"), "Office for National Statistics");
	pc_doc_free(d);
}
END_TEST

/* "The force posted on X:" then a block quotation: its sentences are
 * the force's; advice a directive cue introduces ("urging residents
 * to ...:") and a quoted call to action stay nobody's. */
START_TEST(resolve_colon_introduces)
{
	pc_doc *d = analyse(
		"Storm live\n\n"
		"North Wales Police said the seafront was closed. The Met Office said gusts reached 91mph:\n\n"
		"> Officers have had to move people back from the railings three times. No video is worth your life.\n\n"
		"The council posted an advisory urging residents to avoid the sun:\n\n"
		"> \"Stay out of the sun between 11am and 3pm. Drinking water helps.\"\n",
		PC_FORMAT_MARKDOWN);
	source_named(claim_at(d, "Officers have had"), "Met Office");
	source_named(claim_at(d, "No video"), "Met Office");
	ck_assert_uint_eq(claim_at(d, "\"Stay out")->nsources, 0);
	ck_assert_uint_eq(claim_at(d, "Drinking water")->nsources, 0);
	pc_doc_free(d);
}
END_TEST

/* "the force" names back the police body named before; "a
 * spokesperson for the company" is that company's spokesperson; a
 * dispute of "the study's emphasis" is speech. */
START_TEST(resolve_force_and_spokesperson_body)
{
	pc_doc *d = analyse(
		"Thefts rise\n\n"
		"Greater Manchester Police said 46 cars were targeted in six weeks.\n\n"
		"The force said 19 men had been arrested.\n\n"
		"Yorkshire Water said it was investing £40m in the river.\n\n"
		"A spokesperson for the company disputed the study's emphasis on sewage.\n",
		PC_FORMAT_TEXT);
	source_named(claim_at(d, "The force said"), "Greater Manchester Police");
	source_named(claim_at(d, "A spokesperson for the company"), "spokesperson for Yorkshire Water");
	pc_doc_free(d);
}
END_TEST

/* "the company" names no council: a body whose name holds a polity's
 * or a government's word is no company (with no company named, the
 * words stay) */
START_TEST(resolve_company_is_no_council)
{
	pc_doc *d = analyse(
		"Homes plan quashed\n\n"
		"Castlebrook Borough Council said it would study the ruling.\n\n"
		"The company has said previously that the scheme would include 360 affordable homes.\n",
		PC_FORMAT_TEXT);
	const struct claim *c = claim_at(d, "The company has said");
	ck_assert_uint_eq(c->nsources, 1);
	ck_assert_str_ne(c->sources[0].name, "Castlebrook Borough Council");
	pc_doc_free(d);
}
END_TEST

/* "the finance ministry" is not the "Education Ministry" named before;
 * "Comet Pereira" is no person, so "Pereira" is the astronomer */
START_TEST(resolve_other_ministry_and_comet)
{
	pc_doc *d = analyse(
		"Budget and a comet\n\n"
		"The Education Ministry said schools would get more money.\n\n"
		"The deficit will fall to 4.7% next year, the finance ministry said.\n\n"
		"Rui Pereira, an amateur astronomer, spotted Comet Pereira in March.\n\n"
		"\"I thought it was a smudge,\" Pereira told the Portuguese news agency Lusa.\n",
		PC_FORMAT_TEXT);
	source_named(claim_at(d, "The deficit will fall"), "finance ministry");
	source_named(claim_at(d, "\"I thought"), "Rui Pereira");
	pc_doc_free(d);
}
END_TEST

/* "Mr Justice Harcourt" is named so in full, and "the judge" and "he"
 * later are him (rules/roles.txt, "justice : judge"); "Mr. King" is
 * still a surname. */
START_TEST(resolve_styled_judge)
{
	pc_doc *d = analyse(
		"Library closure quashed\n\n"
		"Mr Justice Harcourt quashed the council's decision, ruling that 40 residents had been misled.\n\n"
		"In his judgment, the judge said the consultation was flawed.\n\n"
		"He also found that 400 people had not been told.\n\n"
		"Mr. King said 40 people died.\n",
		PC_FORMAT_TEXT);
	source_named(claim_at(d, "Mr Justice Harcourt"), "Mr Justice Harcourt");
	source_named(claim_at(d, "In his judgment"), "Mr Justice Harcourt");
	source_named(claim_at(d, "He also found"), "Mr Justice Harcourt");
	source_named(claim_at(d, "Mr. King"), "King");
	pc_doc_free(d);
}
END_TEST

/* Counsel are named by the letters after their names ("Eoin McCarthy
 * SC") and called "counsel", with no article, later: each "counsel said"
 * is the one who spoke last. */
START_TEST(resolve_counsel)
{
	pc_doc *d = analyse(
		"Libel jury sent out\n\n"
		"Eoin McCarthy SC told the jury the story had ruined his client.\n\n"
		"\"He did not vote on it,\" counsel said.\n\n"
		"For the newspaper, Gráinne Ní Bhriain SC said the article was accurate.\n\n"
		"\"The article did not say it,\" counsel said.\n\n"
		"Jane Doe MP was in the public gallery.\n", PC_FORMAT_TEXT);
	source_named(claim_at(d, "Eoin McCarthy SC told"), "Eoin McCarthy");
	source_named(claim_at(d, "\"He did not vote"), "Eoin McCarthy");
	source_named(claim_at(d, "\"The article did not"), "Gráinne Ní Bhriain");
	pc_doc_free(d);
}
END_TEST

/* "the airline" is the airline, not an association whose name is
 * about airline pilots; "the association" is that association. */
START_TEST(resolve_kind_of_body)
{
	pc_doc *d = analyse(
		"Albion Airways profit jumps 38%\n\n"
		"Albion Airways made a pre-tax profit of £214 million in the year.\n\n"
		"The British Airline Pilots' Association said it would ballot members.\n\n"
		"In a trading update, the airline said bookings were up 5%.\n\n"
		"The association said talks had failed.\n", PC_FORMAT_TEXT);
	source_named(claim_at(d, "In a trading update"), "Albion Airways");
	source_named(claim_at(d, "The association said"), "British Airline Pilots' Association");
	pc_doc_free(d);
}
END_TEST

/* A heading's role is the person the body names with it ("curator
 * says" is the curator, Elaine Rundle); a role before a name is no part
 * of it ("Town Clerk Martin Ellery"). */
START_TEST(resolve_heading_role)
{
	pc_doc *d = analyse(
		"Police appeal after break-in; curator says cup is irreplaceable\n\n"
		"Thieves broke into the museum on Sunday, Devon and Cornwall Police said.\n\n"
		"The museum's curator, Elaine Rundle, said the cup could not be replaced.\n\n"
		"Town Clerk Martin Ellery said the hall would reopen.\n", PC_FORMAT_TEXT);
	source_named(claim_at(d, "Police appeal"), "Elaine Rundle");
	source_named(claim_at(d, "Town Clerk"), "Martin Ellery");
	pc_doc_free(d);
}
END_TEST

/* "told the newspaper", "told the paper", "the newspaper reported,
 * citing ...": the outlet the story named before, even only in passing;
 * "the paper found" of a study and "the agency said" of a regulator
 * stay theirs, and "the North Atlantic" names no magazine. */
START_TEST(resolve_outlet_by_noun)
{
	pc_doc *d = analyse(
		"Spy chief interview\n\n"
		"Vasyl Ostapenko spoke to the Financial Times in Kyiv on Monday.\n\n"
		"\"They are not hiding it,\" Ostapenko told the newspaper.\n\n"
		"The deal was delayed, the newspaper reported, citing two diplomats involved in the talks.\n",
		PC_FORMAT_TEXT);
	const struct source *s = source_named(claim_at(d, "\"They are not"), "Vasyl Ostapenko");
	ck_assert_uint_eq(s->nvia, 1);
	ck_assert_str_eq(s->via[0], "Financial Times");
	s = source_named(claim_at(d, "The deal was delayed"), "diplomats involved in the talks");
	ck_assert_uint_eq(s->nvia, 1);
	ck_assert_str_eq(s->via[0], "Financial Times");
	pc_doc_free(d);
	d = analyse("Heat study\n\n"
		    "Sea temperatures in the North Atlantic rose, a paper in Nature found.\n\n"
		    "The paper said heatwaves lasted 21 days a year.\n\n"
		    "\"It is stark,\" the lead author told the paper.\n", PC_FORMAT_TEXT);
	ck_assert(claim_at(d, "The paper said")->sources[0].type == SRC_DOCUMENT);
	ck_assert_uint_eq(claim_at(d, "\"It is stark")->sources[0].nvia, 0);
	pc_doc_free(d);
}
END_TEST

/* A pronoun after a name tells that person's gender only when the name
 * opens its clause: in "Haines congratulated Varga but blamed what he
 * called", "he" is Haines, and Varga may still be "she". */
START_TEST(resolve_gender_of_subject)
{
	pc_doc *d = analyse(
		"By-election result\n\n"
		"Returning officer Sandra Pike declared that Eleanor Varga had won.\n\n"
		"Speaking from the stage, Varga said the result was a message.\n\n"
		"\"People here have voted Conservative all their lives,\" she said.\n\n"
		"Haines congratulated Varga but blamed what he called a protest vote.\n", PC_FORMAT_TEXT);
	source_named(claim_at(d, "\"People here"), "Eleanor Varga");
	pc_doc_free(d);
}
END_TEST

/* "One said", "Another said", "Three said": members of the unnamed
 * group named just before; "Some said" stays a weasel phrase. */
START_TEST(resolve_one_of_group)
{
	pc_doc *d = analyse(
		"Cancer waits\n\n"
		"Two senior clinicians at the trust described similar problems.\n\n"
		"One said a list of overdue patients had been removed.\n\n"
		"Another said the board had been warned.\n\n"
		"Some said the plan would fail.\n", PC_FORMAT_TEXT);
	const char *group = claim_at(d, "Two senior")->sources[0].name;
	source_named(claim_at(d, "One said"), group);
	source_named(claim_at(d, "Another said"), group);
	ck_assert(claim_at(d, "Some said")->sources[0].vague);
	pc_doc_free(d);
}
END_TEST

/* "Quillfield, the US maker of workplace software, plans ...": a
 * business named only in the text, which "the company" then is. */
START_TEST(resolve_company_by_appositive)
{
	pc_doc *d = analyse(
		"Software maker to cut 1,800 jobs\n\n"
		"Quillfield, the US maker of workplace software, plans to cut about 1,800 jobs.\n\n"
		"The cuts would be Quillfield's second round in 18 months.\n\n"
		"\"We are reshaping some teams,\" the company said.\n", PC_FORMAT_TEXT);
	source_named(claim_at(d, "\"We are reshaping"), "Quillfield");
	pc_doc_free(d);
}
END_TEST

/* a name inside a quotation that runs on from an earlier sentence is
 * the speaker's subject, never who "she" is */
START_TEST(resolve_pronoun_skips_running_quotation)
{
	pc_doc *d = analyse(
		"Jobless rate climbs again\n\n"
		"Priya Nandakumar, an economist at the Resolution Foundation, said the rise was real.\n\n"
		"\"A move of half a point can be noise,\" she said. \"A rise of a full point is not. "
		"The North East now has the highest rate in the UK.\"\n\n"
		"She pointed to the closure of two large plants on Teesside this year.\n", PC_FORMAT_TEXT);
	source_named(claim_at(d, "She pointed"), "Priya Nandakumar");
	pc_doc_free(d);
}
END_TEST

/* ", where it said": "it" is the body the sentence opens on, named
 * before its appositive, not the body named last */
START_TEST(resolve_it_where_said)
{
	pc_doc *d = analyse(
		"Heat warning extended\n\n"
		"REN said supply had been restored.\n\n"
		"AEMET, Spain's state weather agency, extended its red warning to the Guadalquivir valley, "
		"where it said temperatures could reach 45C on Wednesday.\n", PC_FORMAT_TEXT);
	const struct claim *c = claim_at(d, "AEMET");
	source_named(c, "AEMET");
	ck_assert_uint_eq(c->nsources, 1);
	pc_doc_free(d);
}
END_TEST

/* a name that says "its" of itself is a body, whatever its capitals:
 * never who "she" is */
START_TEST(resolve_its_name_is_no_she)
{
	pc_doc *d = analyse(
		"Trains late again\n\n"
		"Avanti West Coast said its trains were late on 40% of days.\n\n"
		"Passengers were furious, she said.\n", PC_FORMAT_TEXT);
	const struct claim *c = claim_at(d, "Passengers");
	for (size_t i = 0; i < c->nsources; i++)
		ck_assert_str_ne(c->sources[i].name, "Avanti West Coast");
	pc_doc_free(d);
}
END_TEST

/* a document the sentence opens on, then "according to" a named one:
 * the named one is the source */
START_TEST(resolve_document_according_to)
{
	pc_doc *d = analyse(
		"Fed signals one cut\n\n"
		"Officials' median projection now shows a single cut this year, according to the "
		"Summary of Economic Projections.\n", PC_FORMAT_TEXT);
	const struct claim *c = claim_at(d, "Officials'");
	ck_assert_uint_eq(c->nsources, 1);
	source_named(c, "Summary of Economic Projections");
	pc_doc_free(d);
}
END_TEST

/* "he" after a speaker who named someone else is the speaker, not a
 * namesake of the one he named who speaks further down */
START_TEST(resolve_he_not_later_speaker)
{
	pc_doc *d = analyse(
		"Cyclist's death could have been avoided\n\n"
		"The driver, Keith Marsden, told the inquest he had not seen Mr Ashworth until the trailer moved. "
		"\"I think about him every day,\" he said.\n\n"
		"In a statement, Mr Ashworth's mother, Linda Ashworth, described her son as careful.\n",
		PC_FORMAT_TEXT);
	source_named(claim_at(d, "\"I think about him"), "Keith Marsden");
	pc_doc_free(d);
}
END_TEST

/* a first name and a surname after "from" are a person's, whom "Mr"
 * and the surname name later */
START_TEST(resolve_person_after_from)
{
	pc_doc *d = analyse(
		"Junction redesign was delayed\n\n"
		"The inquest heard from Graham Foulds, a principal engineer.\n\n"
		"Mr Foulds told the court that the work had been put back twice.\n", PC_FORMAT_TEXT);
	source_named(claim_at(d, "Mr Foulds"), "Graham Foulds");
	pc_doc_free(d);
}
END_TEST

/* "Tom" and "Alex" (a name given to men and women, rules/gender.txt's
 * either) open a person's name as "Thomas" does */
START_TEST(resolve_short_and_shared_first_names)
{
	pc_doc *d = analyse(
		"Parking charges rise\n\n"
		"The decision has drawn an angry response from Cllr Tom Beddoes.\n\n"
		"Cllr Beddoes called the rise \"a tax on the sick\".\n\n"
		"The Mercury heard from Alex Marrin, a porter at the hospital.\n\n"
		"Marrin said the queue had taken 40 minutes.\n", PC_FORMAT_TEXT);
	source_named(claim_at(d, "Cllr Beddoes"), "Tom Beddoes");
	source_named(claim_at(d, "Marrin said"), "Alex Marrin");
	pc_doc_free(d);
}
END_TEST

/* A party word or a past role before a first name and a surname says
 * who the person is and is no part of the name; a middle name stays */
START_TEST(resolve_party_and_past_role_before_name)
{
	pc_doc *d = analyse(
		"Byelection goes to the Conservatives\n\n"
		"Conservative Dana Kowalchuk said the result was a message to Ottawa.\n\n"
		"Ex-minister Graham Pellow said the campaign had been bitter.\n\n"
		"Dolores Marie Sikora said she would run again.\n", PC_FORMAT_TEXT);
	source_named(claim_at(d, "Conservative Dana"), "Dana Kowalchuk");
	source_named(claim_at(d, "Ex-minister"), "Graham Pellow");
	source_named(claim_at(d, "Dolores Marie"), "Dolores Marie Sikora");
	pc_doc_free(d);
}
END_TEST

/* "it" stands for the body or named document the sentence before
 * opened on, speaking or not, before any source further back; a
 * document's owner when "it said" */
START_TEST(resolve_it_is_the_topic_before)
{
	pc_doc *d = analyse(
		"Hospice appeal raises £231,000\n\n"
		"The Charity Commission said it had opened an inquiry.\n\n"
		"Severn Vale Hospice, which cares for about 1,100 patients a year, launched an appeal.\n\n"
		"It said on its website on Friday that the appeal had raised £231,000.\n\n"
		"The GP Patient Survey, carried out by Ipsos for NHS England, gets closer to that.\n\n"
		"This year it found that 27% of patients described their experience as poor.\n\n"
		"Nationwide's index is based on the mortgages the lender approves.\n\n"
		"The typical property cost £274,300 last month, it said.\n", PC_FORMAT_TEXT);
	source_named(claim_at(d, "It said on its website"), "Severn Vale Hospice");
	source_named(claim_at(d, "This year it found"), "GP Patient Survey");
	source_named(claim_at(d, "The typical property"), "Nationwide");
	pc_doc_free(d);
}
END_TEST

/* "the retailer" names back the business a sentence opened on, though
 * it never spoke */
START_TEST(resolve_business_from_topic)
{
	pc_doc *d = analyse(
		"Retailer recalls heaters\n\n"
		"Home furnishings chain Homevale has recalled about 48,000 electric heaters sold in its stores.\n\n"
		"The retailer said in a statement on Tuesday that customers should stop using them.\n\n"
		"Homevale stores will take the heaters back.\n", PC_FORMAT_TEXT);
	source_named(claim_at(d, "The retailer said"), "Homevale");
	pc_doc_free(d);
}
END_TEST

/* The one interviewed is the first person the story shows to be
 * someone (a known first name, a role), not two capitals before them
 * taken for a name ("Hollow Crown", a book) nor a glacier, a place */
START_TEST(resolve_interviewee_is_someone)
{
	pc_doc *d = analyse(
		"# \"We are losing the Rhone Glacier in real time\"\n\n"
		"Hollow Crown Hills lost more ice in 2025 than in any year since 1894.\n\n"
		"The Rhone Glacier lost 48 metres, the monitoring network reported.\n\n"
		"Mirjam Steiner, a senior researcher at VAW, has led the measurements since 2010.\n\n"
		"**How bad was 2025?**\n\n"
		"It was the worst year we have measured.\n\n"
		"**Why was it so extreme?**\n\n"
		"We had two long heatwaves.\n",
		PC_FORMAT_MARKDOWN);
	source_named(claim_at(d, "It was the worst year"), "Mirjam Steiner");
	source_named(claim_at(d, "We had two long"), "Mirjam Steiner");
	pc_doc_free(d);
}
END_TEST

/* "they" after the group its own sentence opened on is that group,
 * though a source before named another */
START_TEST(resolve_they_is_own_topic)
{
	pc_doc *d = analyse(
		"School closures opposed\n\n"
		"Several speakers criticised the plan, the board said.\n\n"
		"Parents from Garfield presented a petition they said carried 1,140 signatures.\n", PC_FORMAT_TEXT);
	source_named(claim_at(d, "Parents from Garfield"), "Parents from Garfield");
	pc_doc_free(d);
}
END_TEST

/* "the organisers" names the organisers, not an earlier spokesperson
 * who spoke for them */
START_TEST(resolve_group_not_its_spokesperson)
{
	pc_doc *d = analyse(
		"Record in Amsterdam\n\n"
		"A spokesperson for the organisers said 38,000 runners had started.\n\n"
		"Kiprotich takes home 40,000 euros for the win, according to the organisers.\n", PC_FORMAT_TEXT);
	source_named(claim_at(d, "Kiprotich takes home"), "organisers");
	pc_doc_free(d);
}
END_TEST

/* "he said" after a sentence whose subject asked about someone: the
 * subject speaks, not the object named last; but the last sentence's
 * speaker, a subject after "but" and the owner in "Kowalczyk's
 * spokesman, Tyler Brandvold," stay as they were. */
START_TEST(resolve_pronoun_prefers_subject)
{
	pc_doc *d = analyse(
		"Newcastle close in on Reali\n\n"
		"Newcastle are closing in on Atalanta midfielder Tommaso Reali.\n\n"
		"Atalanta coach Stefano Moriconi was asked about Reali on Monday. "
		"\"I talk about the players who are here, and Tommaso is here,\" he said.\n",
		PC_FORMAT_TEXT);
	source_named(claim_at(d, "\"I talk about"), "Stefano Moriconi");
	pc_doc_free(d);
	d = analyse("Kowalczyk leads\n\n"
		    "Governor candidate Dale Kowalczyk led the poll. Kowalczyk's campaign spokesman, Tyler "
		    "Brandvold, said the numbers were good. \"We have the momentum,\" he said.\n",
		    PC_FORMAT_TEXT);
	source_named(claim_at(d, "\"We have the momentum"), "Tyler Brandvold");
	pc_doc_free(d);
	d = analyse("Runoff turnout falls\n\n"
		    "In the first round she took 38.9% and Girdenis 27.4%.\n\n"
		    "Girdenis, 61, had hoped to draw voters from the third-placed candidate, the populist Paul "
		    "Kemeklis, but Kemeklis declined to endorse either finalist. On Sunday he wrote on Facebook "
		    "that his voters had stayed home.\n",
		    PC_FORMAT_TEXT);
	source_named(claim_at(d, "On Sunday he wrote"), "Paul Kemeklis");
	pc_doc_free(d);
	/* the sentence between goes on about him as "he", naming no one:
	 * the profile's subject speaks, not the last man quoted */
	d = analyse("Whistle goes for the last time\n\n"
		    "The referee Neil Ashworth is retiring after 19 seasons.\n\n"
		    "\"I'll miss booing him,\" said Dave Ormsby, a Bolton fan.\n\n"
		    "Ashworth will stay in the game as a coach, the organisation said.\n\n"
		    "Asked what he will do next season, he does not hesitate. \"Wigan, home, three o'clock,\" "
		    "he says.\n",
		    PC_FORMAT_TEXT);
	source_named(claim_at(d, "\"Wigan, home"), "Neil Ashworth");
	pc_doc_free(d);
}
END_TEST

/* "the two companies announced" after "Halden Logistics and Corvane
 * Freight have agreed" is both companies; with no two named, "the
 * companies" stays a group, and a person's name is no company. */
START_TEST(resolve_joint_companies)
{
	pc_doc *d = analyse("Parcel groups to merge\n\n"
			    "Halden Logistics and Corvane Freight have agreed a £2.3 billion merger, the two "
			    "companies announced on Monday.\n\n"
			    "The deal values Halden at £1.4bn, the companies said.\n",
			    PC_FORMAT_TEXT);
	source_named(claim_at(d, "Halden Logistics and"), "Halden Logistics");
	source_named(claim_at(d, "Halden Logistics and"), "Corvane Freight");
	source_named(claim_at(d, "The deal values"), "Corvane Freight");
	pc_doc_free(d);
	d = analyse("Talks end\n\n"
		    "John Carver and Mary Hollis met on Monday.\n\n"
		    "Talks on the merger have ended, the companies said.\n",
		    PC_FORMAT_TEXT);
	source_named(claim_at(d, "Talks on the merger"), "companies");
	pc_doc_free(d);
}
END_TEST

/* "The Institute of Chartered Accountants in England and Wales (ICAEW)":
 * the acronym says the name goes on past "in"; "The ICAEW" later is that
 * name; "the envoy in Geneva" and a survey by a body keep their names. */
START_TEST(resolve_name_ends_at_acronym)
{
	pc_doc *d = analyse("Tax rule\n\n"
			    "The Institute of Chartered Accountants in England and Wales (ICAEW) has warned "
			    "that many are not ready.\n\n"
			    "The ICAEW said most firms had chosen software.\n\n"
			    "A survey by the Federation of Small Businesses (FSB) found that 38% had seen costs rise.\n",
			    PC_FORMAT_TEXT);
	source_named(claim_at(d, "The Institute of"), "Institute of Chartered Accountants in England and Wales");
	source_named(claim_at(d, "The ICAEW said"), "Institute of Chartered Accountants in England and Wales");
	source_named(claim_at(d, "A survey by"), "Federation of Small Businesses survey");
	pc_doc_free(d);
	/* "&" between a name's words is no initial: "HMRC" spells "HM
	 * Revenue & Customs" */
	d = analyse("Tax rule\n\n"
		    "About 780,000 people will have to file quarterly, according to HM Revenue & Customs.\n\n"
		    "HMRC estimates that 1.7 million will join later.\n",
		    PC_FORMAT_TEXT);
	source_named(claim_at(d, "HMRC estimates"), "HM Revenue & Customs");
	pc_doc_free(d);
}
END_TEST

int main(void)
{
	Suite *s;
	TCase *tc = rules_case("resolve", &s);
	tcase_add_test(tc, resolve_person_after_from);
	tcase_add_test(tc, resolve_short_and_shared_first_names);
	tcase_add_test(tc, resolve_party_and_past_role_before_name);
	tcase_add_test(tc, resolve_it_is_the_topic_before);
	tcase_add_test(tc, resolve_business_from_topic);
	tcase_add_test(tc, resolve_interviewee_is_someone);
	tcase_add_test(tc, resolve_they_is_own_topic);
	tcase_add_test(tc, resolve_group_not_its_spokesperson);
	tcase_add_test(tc, resolve_pronoun_prefers_subject);
	tcase_add_test(tc, resolve_joint_companies);
	tcase_add_test(tc, resolve_name_ends_at_acronym);
	tcase_add_test(tc, resolve_he_not_later_speaker);
	tcase_add_test(tc, resolve_document_according_to);
	tcase_add_test(tc, resolve_its_name_is_no_she);
	tcase_add_test(tc, resolve_it_where_said);
	tcase_add_test(tc, resolve_pronoun_skips_running_quotation);
	tcase_add_test(tc, resolve_darchiev_chain);
	tcase_add_test(tc, resolve_quoted_as_saying);
	tcase_add_test(tc, resolve_surname_and_role);
	tcase_add_test(tc, resolve_company_short_form);
	tcase_add_test(tc, resolve_group_back_reference);
	tcase_add_test(tc, resolve_place_that_speaks);
	tcase_add_test(tc, resolve_quotation_ending_in_a_call);
	tcase_add_test(tc, resolve_account_handle);
	tcase_add_test(tc, resolve_business_described_by_apposition);
	tcase_add_test(tc, resolve_role_to_unnamed_speaker);
	tcase_add_test(tc, resolve_according_to_the_outlet);
	tcase_add_test(tc, resolve_it_of_the_sentence_body);
	tcase_add_test(tc, resolve_dek_body_called_so);
	tcase_add_test(tc, resolve_pronoun_to_unnamed_person);
	tcase_add_test(tc, resolve_interview_turns);
	tcase_add_test(tc, resolve_transcript_turn_paragraphs);
	tcase_add_test(tc, resolve_postnominal_and_bodies);
	tcase_add_test(tc, resolve_bold_question_answers);
	tcase_add_test(tc, resolve_age_descriptor);
	tcase_add_test(tc, resolve_interview_initials);
	tcase_add_test(tc, resolve_transcript_mixed_labels);
	tcase_add_test(tc, resolve_transcript_quoted_labels);
	tcase_add_test(tc, resolve_it_publishes);
	tcase_add_test(tc, resolve_host_label);
	tcase_add_test(tc, resolve_label_with_post);
	tcase_add_test(tc, resolve_it_after_opening_time);
	tcase_add_test(tc, resolve_group_body_of_post);
	tcase_add_test(tc, resolve_issuer_of_document);
	tcase_add_test(tc, resolve_possessive_name);
	tcase_add_test(tc, resolve_pronoun_first_name_gender);
	tcase_add_test(tc, resolve_story_company);
	tcase_add_test(tc, resolve_descriptors_are_no_names);
	tcase_add_test(tc, resolve_company_is_no_union);
	tcase_add_test(tc, resolve_shared_surname_by_title);
	tcase_add_test(tc, resolve_team_described);
	tcase_add_test(tc, resolve_bracketed_labels);
	tcase_add_test(tc, resolve_results_box_labels);
	tcase_add_test(tc, resolve_relay_after_time_phrase);
	tcase_add_test(tc, resolve_broker_is_a_person);
	tcase_add_test(tc, resolve_company_described);
	tcase_add_test(tc, resolve_which_makes_a_body);
	tcase_add_test(tc, resolve_acronym_spelled_out);
	tcase_add_test(tc, resolve_one_mention_two_cues);
	tcase_add_test(tc, resolve_target_price_and_employer);
	tcase_add_test(tc, resolve_possessive_count);
	tcase_add_test(tc, resolve_lede_role_named_below);
	tcase_add_test(tc, resolve_pronoun_teaches_gender);
	tcase_add_test(tc, resolve_pronoun_after_list);
	tcase_add_test(tc, resolve_it_found);
	tcase_add_test(tc, resolve_text_company);
	tcase_add_test(tc, resolve_building_is_no_one);
	tcase_add_test(tc, resolve_anonymous_official);
	tcase_add_test(tc, resolve_business_not_person);
	tcase_add_test(tc, resolve_place_name_no_person);
	tcase_add_test(tc, resolve_label_after_introduction);
	tcase_add_test(tc, resolve_business_and_plural_role);
	tcase_add_test(tc, resolve_hearing_labels);
	tcase_add_test(tc, resolve_outlet_is_no_person);
	tcase_add_test(tc, resolve_national_outlet);
	tcase_add_test(tc, resolve_business_is_no_person);
	tcase_add_test(tc, resolve_person_after_of);
	tcase_add_test(tc, resolve_role_after_as);
	tcase_add_test(tc, resolve_agency_citing);
	tcase_add_test(tc, resolve_appositive_possessive);
	tcase_add_test(tc, resolve_described_business);
	tcase_add_test(tc, resolve_body_introduced_with_noun);
	tcase_add_test(tc, resolve_care_business);
	tcase_add_test(tc, resolve_possessive_owner);
	tcase_add_test(tc, resolve_colon_introduces);
	tcase_add_test(tc, resolve_force_and_spokesperson_body);
	tcase_add_test(tc, resolve_company_is_no_council);
	tcase_add_test(tc, resolve_other_ministry_and_comet);
	tcase_add_test(tc, resolve_styled_judge);
	tcase_add_test(tc, resolve_counsel);
	tcase_add_test(tc, resolve_kind_of_body);
	tcase_add_test(tc, resolve_heading_role);
	tcase_add_test(tc, resolve_outlet_by_noun);
	tcase_add_test(tc, resolve_gender_of_subject);
	tcase_add_test(tc, resolve_one_of_group);
	tcase_add_test(tc, resolve_company_by_appositive);
	tcase_add_test(tc, resolve_owned_group_is_its_own);
	return run_suite(s);
}
