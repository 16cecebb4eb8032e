/* The constructions of one wire-heavy article, each as it must come out. */
#include <strings.h>

#include "testutil.h"

struct rec_case {
	const char *text;
	const char *source;  /* expected name, NULL: no source at all */
	const char *via;     /* relays joined by " > ", "" for none */
	const char *channel; /* NULL for none */
};

static const struct rec_case cases[] = {
	/* an outlet the gazetteer lacks, named with a word only a medium's
	 * name holds, heard it; a person whose surname is such a word did
	 * not relay anything */
	{ "Faleolo told Radio Kerry that the omission was a printing error.", "Faleolo", "Radio Kerry", NULL },
	{ "Faleolo told TV3 News that the omission was a printing error.", "Faleolo", "TV3 News", NULL },
	{ "Faleolo told John Radio that the omission was a printing error.", "Faleolo", "", NULL },
	{ "Easton told the Hexham Courant that the plan was about safer care.", "Easton", "Hexham Courant", NULL },
	/* a body's word ending a name heard it as a body, no medium: only a
	 * news word in the name makes it one */
	{ "Smith told the Food Standards Agency that the meat was safe.", "Smith", "", NULL },
	{ "Smith told the Ghana News Agency that the meat was safe.", "Smith", "Ghana News Agency", NULL },
	/* a trade journal named by its noun heard it as a newspaper does */
	{ "\"The hull is intact,\" Lambrou told the shipping journal Lloyd's List.", "Lambrou", "Lloyd's List",
	  NULL },
	{ "Two drones were downed over the city, as reported by Reuters.", "Reuters", "", NULL },
	/* a word for someone opening the sentence describes the person
	 * named after it; a first name that is such a word stays */
	{ "Carpenter Ana Kovac said thieves took tools worth 6,000 pounds from her van.", "Ana Kovac", "", NULL },
	{ "Baker Mayfield said the team was ready for the final.", "Baker Mayfield", "", NULL },
	/* the name between commas is who the description is, after a short
	 * description of its own in lower case */
	{ "Her neighbour, retired engineer Derek Lowe, spoke against the plan, warning that homes would flood.",
	  "Derek Lowe", "", NULL },
	/* after "that", a subject of its own right before the verb speaks,
	 * not the main clause's */
	{ "Ministers backed a plan that critics say is far too generous to landlords.", "critics", "", NULL },
	{ "Councillors approved a scheme that residents on the estate say will flood their homes.",
	  "residents on the estate", "", NULL },
	/* a word of rank that tells a gender styles the role after it: the
	 * judge is named in full */
	{ "\"The sentence was unlawful,\" Lord Justice Okafor said.", "Lord Justice Okafor", "", NULL },
	{ "Lady Justice Brennan said the appeal was dismissed.", "Lady Justice Brennan", "", NULL },
	/* a medium's name that a body's name goes on from is not it; a
	 * programme's or a station's name after it is the medium's */
	{ "Annual inflation eased to 2.9%, according to the Australian Bureau of Statistics.",
	  "Australian Bureau of Statistics", "", NULL },
	/* a party word before a first name and a surname describes the
	 * person; "Independent" is one */
	{ "Independent Carys Bowen, a retired headteacher, said the result was a warning.", "Carys Bowen", "",
	  NULL },
	/* a think tank is a body that speaks, named or not */
	{ "Council rents are rising fastest in the north, a think tank said on Monday.", "think tank", "", NULL },
	/* a preposition left at the end of a relative clause without "that",
	 * then the main verb: the pronoun's verb attributes nothing */
	{ "The storm she spoke of was the worst since 1987.", NULL, "", NULL },
	{ "The rescue he talks about most came in October 2017.", NULL, "", NULL },
	/* a named person's memory told; a body's recall is an act */
	{ "Ewan Laird, a crofter from Bowmore, recalled a March storm in 2009 when the pier flooded.", "Ewan Laird",
	  "", NULL },
	{ "Brightwell recalled the kettles in March over a wiring fault.", NULL, "", NULL },
	/* an outlet that reports something itself before a second "that"
	 * clause with a speaker of its own is a source as well as his relay */
	{ "Marca reported on Friday that Sevilla had bid 20 million euros for the defender, but that Ruiz "
	  "had told the club he would stay.", "Marca", "", NULL },
	{ "Marca reported on Friday that Sevilla had bid 20 million euros for the defender, but that Ruiz "
	  "had told the club he would stay.", "Ruiz", "Marca", NULL },
	/* the outlet that saw the documents relays what they show; its
	 * name holds no one's verb */
	{ "Records seen by Reuters show the firm paid the fines late.", "records", "Reuters", NULL },
	/* a platform's channel carries the post; it relays nothing */
	{ "The Northern Shan Alliance said on its Telegram channel that it had not signed anything.",
	  "Northern Shan Alliance", "", "Telegram" },
	{ "The strike killed three people, according to Efe.", "EFE", "", NULL },
	{ "Power was cut in four districts, according to Ap.", "Associated Press", "", NULL },
	{ "Six missiles were shot down, as reported by the Ukrainian Air Force on Wednesday, according to Efe.",
	  "Ukrainian Air Force", "EFE", NULL },
	{ "A school was hit, according to regional head Oleh Syniehubov, as reported by Ap.",
	  "Oleh Syniehubov", "Associated Press", NULL },
	{ "Vladimir Medinsky stated that the talks were over, as reported by the Wall Street Journal, citing Reuters.",
	  "Vladimir Medinsky", "The Wall Street Journal > Reuters", NULL },
	{ "Vladimir Medinsky told the Journal, citing Russia's 21-year war with Sweden as proof.",
	  "Vladimir Medinsky", "The Wall Street Journal", NULL },
	/* a critic named by the paper they write for speaks through it; a
	 * party that owns a name relays nothing */
	{ "The Telegraph's Hugo Benn was cooler, complaining that the second act was loud.", "Hugo Benn",
	  "The Daily Telegraph", NULL },
	{ "Labour's Margaret Okonedo said the plan was wrong.", "Margaret Okonedo", "", NULL },
	/* the critic's paper, the presenter's programme */
	{ "Writing in The Guardian, the critic Arifa Holm called the production a triumph.", "Arifa Holm",
	  "The Guardian", NULL },
	{ "Speaking on Sky News, the minister urged both sides to talk.", "minister", "Sky News", NULL },
	{ "Ihor Terekhov wrote on Telegram that the fires were out.", "Ihor Terekhov", "", "Telegram" },
	/* a metropolitan daily and a public broadcaster are outlets: relays */
	{ "Brandt told the Milwaukee Journal Sentinel between stops that the ad was false.",
	  "Brandt", "Milwaukee Journal Sentinel", NULL },
	/* who runs a medium the gazetteer lacks is no part of its name */
	{ "Owusu-Ansah told the state-run Ghana News Agency that the return was a beginning.",
	  "Owusu-Ansah", "Ghana News Agency", NULL },
	{ "\"We gave everything,\" Quigley told RTÉ.", "Quigley", "RTÉ", NULL },
	{ "\"We will rebuild,\" said Mayor Ihor Terekhov.", "Ihor Terekhov", "", NULL },
	{ "In a statement, Vucic's office announced that elections would be held in June.",
	  "Vucic's office", "", "statement" },
	{ "Russia's foreign intelligence service, the SVR, accused Britain of planning the attack, alleging that agents had crossed the border.",
	  "SVR", "", NULL },
	{ "Ukraine claims to have attacked an air base in Crimea.", "Ukraine", "", NULL },
	{ "Three villages were shelled, according to Ukrainian officials.", "Ukrainian officials", "", NULL },
	{ "The deal is close, two people familiar with the matter said.", "people familiar with the matter", "", NULL },
	{ "Critics say the law goes too far.", "critics", "", NULL },
	{ "Sales rose 12%, according to a regulatory filing.", "regulatory filing", "", NULL },
	{ "Tehran said the tanker was smuggling fuel.", "Iran", "", NULL },
	{ "The Kremlin said the report was false.", "Kremlin", "", NULL },
	{ "The club signed the striker on a five-year deal.", NULL, "", NULL },
	{ "The company declined to comment.", NULL, "", NULL },
	{ "Calder posted a 12% rise in quarterly profit.", NULL, "", NULL },
	{ "Kyiv has refused to recognize Kosovo.", NULL, "", NULL },
	/* a relative clause without "that" after the head: the report, not
	 * "report the city's Community Development Department" */
	{ "The cap covers 14,600 units, according to a report the city's Community Development "
	  "Department presented in September.", "report", "", NULL },
	/* a that-less clause after the cue: its subject is no speaker */
	{ "Its general secretary, Martin Oakes, said schools in the North East were losing "
	  "teachers.", "Martin Oakes", "", NULL },
	/* an -s form that is never a noun, after "the" and a plain noun,
	 * is that noun's verb as "said" is; one that may be a noun is not */
	{ "The opposition says it has heard that before.", "opposition", "", NULL },
	{ "The industry says such disputes delay new drugs.", "industry", "", NULL },
	{ "The industry claims this year rose by a third.", NULL, "", NULL },
	/* a time right after the verb is when it was said; the subject
	 * before the appositive said it */
	{ "The minister, a former engineer, said later that the priority was the trapped men.",
	  "minister", "", NULL },
	{ "Echeverria, a former mining engineer, said earlier that the priority was the men.",
	  "Echeverria", "", NULL },
	/* a post's plural closing a body's name is part of the name; a
	 * post before a person's name is not */
	{ "The Association of Ambulance Chief Executives said crews had lost 196,000 hours.",
	  "Association of Ambulance Chief Executives", "", NULL },
	{ "Bank of England Governor Andrew Bailey said rates would hold.", "Andrew Bailey", "", NULL },
	/* a number after a name is the name's ("Rossiya 1", "Channel 4"),
	 * no count of people before a participle */
	{ "Rossiya 1 said two men had confessed to loosening bolts.", "Rossiya 1", "", NULL },
	{ "Belarus 1 said two men had confessed to loosening bolts.", "Belarus 1", "", NULL },
	/* "called X the Y": what the object is called, with "the"; a time
	 * after the object is when a call was made */
	{ "Mulvey called the penalty the turning point of the evening.", "Mulvey", "", NULL },
	{ "Ames called the police the next morning.", NULL, "", NULL },
	{ "Ames called the ambulance the moment she saw him.", NULL, "", NULL },
	/* what a body is, in lower case before its name, is no part of
	 * the name; words of grammar, a place the resolver completes and
	 * a name with capitals on both sides keep theirs */
	{ "British low-cost carrier Calloway Airways said profit would fall.", "Calloway Airways", "", NULL },
	{ "The Medicines and Healthcare products Regulatory Agency said the drug was safe.",
	  "Medicines and Healthcare products Regulatory Agency", "", NULL },
	{ "The Council on Foreign Relations said the talks would fail.", "Council on Foreign Relations", "",
	  NULL },
	/* a French prefect is an office: the name after it speaks, not the
	 * department it serves */
	{ "The prefect of the Var, Philippe Marchetti, said the fire was not under control.",
	  "Philippe Marchetti", "", NULL },
	/* a plea is an act: "admitted" before the charges, counted or an
	 * offence named alone, reports nothing said */
	{ "Pickering, 47, had admitted 11 counts of fraud at an earlier hearing.", NULL, "", NULL },
	{ "Whitfield admitted fraud by abuse of position.", NULL, "", NULL },
	{ "Okafor admitted the charges.", NULL, "", NULL },
	{ "Coach Paul Ashworth admitted his side had been second best.", "Paul Ashworth", "", NULL },
	{ "\"We got it wrong,\" Ashworth admitted.", "Ashworth", "", NULL },
	{ NULL, NULL, NULL, NULL },
};

/* The shapes real newsrooms write (issue "Flags an editor can trust"),
 * one invented sentence each: who must come out, and who must not. */
struct shape_case {
	int shape;           /* the issue's numbering of the construction */
	bool heading;        /* analysed as a headline */
	const char *text;
	const char *source;  /* expected name, NULL: no source at all */
	const char *not;     /* a name that must not be a source, or NULL */
};

static const struct shape_case shapes[] = {
	/* 1. no "that", plural common nouns and unknown names as subjects */
	{ 1, false, "Port operators said traffic had halved.", "port operators", NULL },
	{ 1, false, "The Élysée claimed the talks were on track.", "Elysee Palace", NULL },
	/* a capitalised adverb closing a run of capitals mid-sentence is
	 * the name's own word */
	{ 4, false, "The charity Electrical Safety First called the recall \"the right decision\".",
	  "Electrical Safety First", NULL },
	/* a role after a body's name that holds "of", then the person */
	{ 4, false, "Bank of Japan deputy governor Haruka Ishida told business leaders that inflation was rising.",
	  "Haruka Ishida", NULL },
	/* a verb with no object has no passive, so its -ed form after an
	 * appositive is the verb */
	{ 4, false, "The chief executive, Gareth Linley, apologised for the delay.", "Gareth Linley", NULL },
	{ 4, false, "Ames, accused of fraud by his partners, left the firm.", NULL, NULL },
	/* an appositive after a name a subordinate clause opens on: the
	 * clause's subject speaks, not the main clause's */
	{ 4, false, "The pound gained after Catherine Mallory, a policymaker, said that rates might rise.",
	  "Catherine Mallory", "pound" },
	/* two phrases joined after the head's preposition or participle:
	 * the head before them both speaks */
	{ 4, false, "A safety notice sent to the organisers and published on the council's website said gusts would exceed 50 mph.",
	  "safety notice", NULL },
	/* a comparison, then the figure after a comma, is put on it */
	{ 6, false, "The US Department of Agriculture put the crop even lower, at 2.2 million tonnes, in a report last month.",
	  "US Department of Agriculture", NULL },
	/* where and to whom it was written, then when, then the clause */
	{ 3, false, "Susquehanna analyst Owen Marsh wrote in a note to clients after the call that the guidance looked conservative.",
	  "Owen Marsh", NULL },
	/* two titles with no article before one name are one person's;
	 * "the mayor and Police Chief Ana Ruiz" are two */
	{ 4, false, "AD leader and caretaker prime minister Rui Sampaio Costa said the result was a mandate.",
	  "Rui Sampaio Costa", "AD leader" },
	{ 4, false, "The mayor and Police Chief Ana Ruiz said the road was closed.", "mayor", NULL },
	/* a police body takes a plural verb, as "people" does */
	{ 1, false, "Eight warehouses were raided in a month, police say.", "police", NULL },
	{ 1, false, "Gardaí say the road will stay closed overnight.", "gardaí", NULL },
	/* a phrase that places the speaker between it and an -s cue; a
	 * phrase of time does not ("every poll since January shows" leaves
	 * the polls to the sentences that name them) */
	{ 1, false, "An engineer on the programme says a valve problem was flagged in January.",
	  "engineer on the programme", NULL },
	{ 1, false, "A man in the crowd says he saw the blast.", "man in the crowd", NULL },
	{ 6, false, "Every published poll since January shows support slipping.", NULL, NULL },
	{ 1, false, "El País added on Monday that the deal was signed.", "El País", NULL },
	/* a company whose name ends as a possessive, before "says" or
	 * "said", at the end of the sentence, or heading a chain */
	{ 1, false, "McDonald's said sales rose 3% in the quarter.", "McDonald's", NULL },
	{ 1, false, "The outlook is stable, Moody's said.", "Moody's", NULL },
	{ 1, false, "Harwell's, Britain's sixth-largest supermarket chain, said profit rose.", "Harwell's",
	  "Britain's sixth-largest supermarket chain" },
	{ 1, false, "Japan's revised forecast showed growth.", "forecast", "Japan's" },
	/* a day dropped from before a name: not the "and" after it */
	{ 5, false, "Kyrgyzstan summoned the envoy on Tuesday and Turkey and Russia condemned the bloc.",
	  "Turkey", "and Turkey and Russia" },
	/* two names joined by "and", each a source by itself, are two
	 * sources; a name that holds "and" stays one */
	{ 5, false, "Russia and China said the plan had failed.", "China", "Russia and China" },
	{ 5, false, "Hillary Clinton and Donald Trump said they would debate.", "Hillary Clinton",
	  "Hillary Clinton and Donald Trump" },
	{ 5, false, "The Ministry of Trade and Industry said exports rose.", "Ministry of Trade and Industry",
	  "Industry" },
	/* two phrases joined after a preposition: the head before them */
	{ 1, false, "Experts on trade and tariffs said the test could change that.", "experts", "tariffs" },
	{ 1, false, "Nurses' representatives said they would strike.", "nurses' representatives", NULL },
	/* a body named by a word before a known place or body is the body,
	 * not the place; where it sits after its acronym is no part of it */
	{ 1, false, "Inflation eased to 3.1%, Statistics South Africa said.", "Statistics South Africa",
	  "South Africa" },
	{ 1, false, "Royal Bank of Canada said it still expected a cut.", "Royal Bank of Canada",
	  "Bank of Canada" },
	{ 4, false, "The German Economic Institute (IW) in Cologne estimated that a strike could cost "
	  "EUR 200 million.", "German Economic Institute", "Cologne" },
	/* whose body it is, a name, goes on to the body for a second verb */
	{ 3, false, "Egypt's foreign ministry welcomed the talks and urged donors to fund the appeal.",
	  "Egypt's foreign ministry", "Egypt" },
	/* the charge after a judging verb's agent is no part of the agent */
	{ 4, false, "Ashworth is accused by Greek prosecutors of manslaughter.", "Greek prosecutors",
	  "Greek prosecutors of manslaughter" },
	/* a title of local government before a name */
	{ 5, false, "Cllr James Pardoe accused the administration of waste.", "James Pardoe",
	  "Cllr James Pardoe" },
	/* "will add £92" after "According to the report," adds a figure, says nothing */
	{ 2, false, "According to the report, the increase will add 92 pounds a year to a bill.", "report",
	  "increase" },
	/* after "be", a participle describes the phrase: nobody reports */
	{ 5, false, "It would be the first such incident reported between the navies since 2013.", NULL,
	  NULL },
	/* an index ranks, a paper traces; a player ranked first is no source */
	{ 6, false, "The Corruption Perceptions Index ranks Croatia among the lowest in the bloc.",
	  "Corruption Perceptions Index", NULL },
	{ 6, false, "Sinner, ranked No. 1, won in straight sets.", NULL, NULL },
	/* a name after the words that describe its owner; an object before
	 * the relative "that" is no finding */
	{ 4, false, "Former England seamer Dom Halloway was less forgiving, calling the batting \"soft\".",
	  "Dom Halloway", "Former England" },
	{ 5, false, "Mahlangu found late swing from the Pavilion End that the batters never solved.", NULL,
	  NULL },
	/* a relative clause with no commas between the speaker and the verb:
	 * the noun before "who" speaks, not the site; a short one names the
	 * unnamed group */
	/* a description between commas has its head before it, not a
	 * place's tail after an opening phrase ("Portland, Oregon,") */
	{ 4, false, "Speaking to a packed hall in Hanmer, Kowalchuk, a former mine safety inspector, said the result was clear.",
	  "Kowalchuk", NULL },
	{ 4, false, "A teacher based in Portland, Oregon, said the school was closed.", "teacher", NULL },
	/* a body's name in another language keeps its words ("für"
	 * joins them as "for" does) */
	{ 4, false, "About 400 patients are treated with it, according to the Deutsche Gesellschaft für Muskelkranke.",
	  "Deutsche Gesellschaft für Muskelkranke", NULL },
	{ 4, false, "Residents who live near the site said the noise was constant.", "residents",
	  "site" },
	{ 4, false, "Two people who attended said there were no plans for more cuts.",
	  "people who attended", NULL },
	/* a singular noun for a person that no hand-made list holds
	 * (rules/persons.txt, mined from WordNet) */
	{ 1, false, "A steward said the taps at two water points had failed.", "steward", NULL },
	{ 1, false, "A juror told the court she had been afraid.", "juror", NULL },
	/* a place in a ranking is no citation of the ranking */
	{ 6, false, "The win will lift Vrba to No. 7 in Monday's rankings.", NULL, NULL },
	{ 1, false, "Some said they had cringed at the remarks.", "some", NULL },
	{ 1, false, "Almost half said they wanted an outsider.", "poll respondents", NULL },
	/* a plural head qualified by what follows it, before a base form */
	{ 1, false, "Rather, sources close to her campaign say she backs the plan.",
	  "sources close to her campaign", NULL },
	{ 1, false, "Aides close to the senator say he will run.", "aides close to the senator", NULL },
	/* an -s form that is no noun before a word that may be one */
	{ 1, false, "Trump says praise from Putin helps the country.", "Trump", NULL },
	{ 1, false, "The envoy says talks will resume in May.", "envoy", NULL },
	/* a statement issued and what it carries: its issuer speaks */
	{ 2, false, "On Saturday, Trump issued a statement saying that the judge was remarkable.", "Trump", NULL },
	{ 2, false, "The court issued a statement on Monday.", NULL, NULL },
	/* an office's finding, the office named by a word that points back */
	{ 2, false, "In a separate analysis released Monday, the office found that the plan would drain reserves.",
	  "office", NULL },
	{ 2, false, "She found that the plant had trained him for 40 minutes.", "she", NULL },
	/* whose count or estimate: a possessor too */
	{ 2, false, "By Rautio's count, 40 people were hurt.", "Rautio", NULL },
	/* a relative after a party tag or an appositive: the person before it */
	{ 4, false, "The sharpest exchange came with Sen. Harlan Boyd, R-Okla., who accused Vaughan of lying.",
	  "Harlan Boyd", "exchange" },
	{ 4, false, "The frigate, the Hydra, is part of the Aspides naval mission, which said it was hit.",
	  NULL, "Hydra" },
	/* "who" after the place an appositive ends in: the person named
	 * before it, whatever word came before the name */
	{ 4, false, "The question came from Alan Berger, a gynecologist from Englewood, New Jersey, "
	  "who said he took issue with the plan.", "Alan Berger", "New Jersey" },
	{ 4, false, "Nicky Driscoll, 24, from Manchester, who said the plan was fair, was there.",
	  "Nicky Driscoll", "Manchester" },
	/* a name between commas after a role, before a verb that is mostly
	 * a noun; an opening word before the chain of appositives */
	{ 4, false, "Her chief policy aide, Jake Sullivan, calls her record a \"blueprint\" for how she would govern.",
	  "Jake Sullivan", NULL },
	{ 4, false, "In Ohio, Texas and Florida, calls for a recount grew.", NULL, NULL },
	{ 4, false, "Still, Petrilli, who thinks the administration made a power grab, called the law \"better.\"",
	  "Petrilli", NULL },
	/* a name closing the appositives is the subject, not an inverted
	 * speaker after the verb; what follows is what was said */
	{ 4, false, "The group's president, Mark Tessier, said small employers who file as individuals "
	  "\"were counting on this relief to hire.\"", "Mark Tessier", "small employers" },
	{ 4, false, "In Madison, Wisconsin, said Tessier, the mood was grim.", "Tessier", "Wisconsin" },
	{ 4, false, "The weather service's head of climate services, Dr. Orla Dempsey, said the figures "
	  "pointed to a lasting shift.", "Orla Dempsey", "figures" },
	{ 4, false, "Another passenger, Toronto student Amelia Hart, posted a video on Instagram showing fire engines.",
	  "Amelia Hart", NULL },
	/* names that only organizations have: joined by "for", a plural
	 * head ("Public Schools") */
	{ 12, false, "Homes for All Providence, which collected 9,000 signatures, said the ordinance was overdue.",
	  "Homes for All Providence", "Homes" },
	{ 12, false, "Wisconsin Public Schools Now, a coalition of parents, said districts had planned around the money.",
	  "Wisconsin Public Schools Now", "Schools Now" },
	{ 12, false, "\"It is a start,\" the U.N. humanitarian coordinator for Sudan said.",
	  "U.N. humanitarian coordinator for Sudan", "Sudan" },
	/* an outlet's masthead is the outlet; a participle's guessed
	 * speaker gives way to the outlet the relative clause names */
	{ 12, false, "The veto put Haugen at odds with the Milwaukee Journal Sentinel editorial board, which urged "
	  "her to sign a smaller cut, arguing that the state could afford it.", "Milwaukee Journal Sentinel", "veto" },
	/* a declaration cited is a document */
	{ 8, false, "The two agreed to expand the base, the state news agency TASS reported, citing a joint "
	  "declaration signed after talks.", "joint declaration", NULL },
	/* nouns that look like cues, and words that look like speakers */
	{ 5, false, "Gowdy did not release further details about the interviews.", NULL, NULL },
	{ 5, false, "Syria proved to be resistant to the Obama/Clinton calls for regime change.", NULL, NULL },
	{ 5, false, "Trump rushed out tweet attacks, while Clinton pushed policy proposals.", NULL, NULL },
	{ 5, false, "It was a critique he made again and again, inviting vicious ridicule from Gov. Chris Christie.",
	  NULL, NULL },
	{ 5, false, "Curiel ordered that the playbooks and other records be released by Thursday.", NULL, NULL },
	{ 5, false, "Enough said.", NULL, NULL },
	/* the reported clause's verb does not erase who reports it; one
	 * thing named, then its noun */
	{ 1, false, "Officials say Trump advises her father.", "officials", "Trump" },
	{ 6, false, "An RBC Economics report in December found that a household would need more.",
	  "RBC Economics report", NULL },
	/* a noun-like cue inside an opening phrase is its noun */
	{ 4, false, "On a conference call with reporters, two senior administration officials, who spoke on "
	  "condition of anonymity, said the ports were full.", "senior administration officials", NULL },
	/* figures published by a body, closing the sentence: never nothing */
	{ 6, false, "Homes were rated inadequate, figures published by the Care Quality Commission show.",
	  "Care Quality Commission", NULL },
	{ 5, false, "Alpert's metaphor is telling in its own right.", NULL, NULL },
	{ 5, false, "And Clinton's aggressive attack on Trump indicates she is pivoting.", NULL, "Trump" },
	{ 5, false, "CORRECTION: An earlier version of this story misstated the date.", NULL, NULL },
	{ 4, false, "A former process technician who worked at the site for nine years said the problem was common.",
	  "former process technician", NULL },
	{ 4, false, "Two psychiatrists instructed by the defence said he would be at high risk.", "psychiatrists", NULL },
	{ 1, true, "Houthis claim missile strike on bulk carrier in Red Sea", "Houthis", NULL },
	/* an outlet reporting someone's naming words relays them */
	{ 8, false, "Iran's foreign ministry spokesman, Hamid Rezaei, called the truce \"a victory\", IRNA reported.",
	  "Hamid Rezaei", NULL },
	{ 4, false, "Rents rose 5.2% in the year to the end of December, according to the latest report by "
	  "property website Daft.ie, which put the rent at 2,030.", "Daft.ie report", "December" },
	/* 2. cue verbs: evaluative, directive, naming, publishing */
	/* a judgement of what it names ("assessed the risk as high"); a
	 * strict cue's agent speaks only with what it says of its object,
	 * "first assessed by a doctor" is an act; advice held to in the
	 * negative is still advice, what was not said is nothing */
	{ 2, false, "The WHO assessed the risk as high at the national level.", "World Health Organization",
	  NULL },
	{ 2, false, "The median time to be first assessed by a doctor was 3.6 hours.", NULL, NULL },
	{ 2, false, "He was branded by critics as a fraud.", "critics", NULL },
	{ 2, false, "The agency does not recommend restrictions on travel.", "agency", NULL },
	{ 2, false, "The agency did not say when the road would reopen.", NULL, NULL },
	{ 2, false, "The senator pointed out that the fund was empty.", "senator", NULL },
	{ 2, false, "The union slammed the plan as reckless.", "union", NULL },
	{ 2, false, "Okafor called the ruling a mockery of justice.", "Okafor", NULL },
	{ 2, false, "Priebus called the remarks a \"new low.\"", "Priebus", NULL },
	{ 2, false, "Trump called it the worst deal ever.", "Trump", NULL },
	/* an object and a plain word or two: what it is called */
	{ 2, false, "Critics called them reckless.", "critics", NULL },
	{ 2, false, "She called the plan deeply flawed.", "she", NULL },
	{ 2, false, "He called the police again.", NULL, NULL },
	{ 2, false, "He called a press conference.", NULL, NULL },
	{ 2, false, "The mayor urged residents to stay indoors.", "mayor", NULL },
	{ 2, false, "Rates rose sharply, per the bureau.", "bureau", NULL },
	{ 2, false, "Kenneth Starr spoke highly of the former president.", "Kenneth Starr", NULL },
	{ 2, false, "Political analyst David Bositis agreed that the shift was real.", "David Bositis", NULL },
	{ 2, false, "Experts agree that the dam is unsafe.", NULL, NULL },
	{ 2, false, "Kasich agreed to end his bid in Indiana.", NULL, NULL },
	{ 2, false, "The move was hotly criticized by left-leaning economists.", "left-leaning economists", NULL },
	/* 3. verb groups */
	{ 3, false, "The ministry is confirming that two ships were hit.", "ministry", NULL },
	{ 3, false, "The data appeared to suggest a slowdown.", "data", NULL },
	{ 3, false, "He went on to say that some Democrats were angry.", "he", NULL },
	{ 3, false, "The minister often says the border is secure.", "minister", NULL },
	{ 3, false, "The strike hit a depot, reported Reuters.", "Reuters", NULL },
	{ 3, false, "Trump landed in hot water by saying the economy was weak.", "Trump", NULL },
	{ 3, false, "Then he cut into Bush, calling him a \"stiff.\"", "he", NULL },
	{ 3, false, "Smith left the room without saying a word.", NULL, NULL },
	{ 3, false, "The officer did not say why the road was closed.", NULL, NULL },
	/* 4. appositives and relative clauses */
	{ 4, false, "Ames, who runs a food bank, said demand had doubled.", "Ames", NULL },
	/* a relative clause without commas, then an aside: the head before
	 * "who" or "whose" speaks, and an unnamed group is named with the
	 * clause that tells it apart */
	{ 4, false, "Two officers who have worked at Patchway, speaking on condition of anonymity, said "
		    "cells were full.", "officers who have worked at Patchway", "Patchway" },
	{ 4, false, "One woman whose son is serving a sentence at Thornhaugh said he had been hurt.", "woman",
	  "Thornhaugh" },
	/* what a relative clause holds never speaks for the sentence; a
	 * cue right after "whose" and its noun is the clause's own */
	{ 4, false, "A CHOICE survey of 1,100 policyholders found that 44% of those who accepted a cash "
		    "settlement said it fell short.", "CHOICE survey", "cash settlement" },
	{ 4, false, "The committee, whose members accused the company of ignoring it, met in May.", "members",
	  NULL },
	{ 4, false, "Because a girl who had been bullied said it was cruel, we stopped.", "girl", NULL },
	/* "that" before a plural and the clause's own verb is a relative
	 * pronoun, no determiner: the review speaks, not the ministers */
	{ 4, false, "Last autumn, the independent review of the care workforce that ministers themselves "
		    "commissioned recommended a minimum rate.", "independent review", "ministers" },
	{ 4, false, "It bans dealing with 24 more tankers that Brussels says belong to the fleet.",
	  "European Union", NULL },
	/* an acronym beside a word that opens on no first name: two bodies */
	{ 4, false, "Kiwibank and ANZ said they would cut their floating mortgage rates.", "ANZ", NULL },
	{ 4, false, "Kiwibank and ANZ said they would cut their floating mortgage rates.", "Kiwibank",
	  "Kiwibank and ANZ" },
	{ 4, false, "Marks and Spencer said sales rose.", "Marks and Spencer", NULL },
	/* a figure put "at" may come in quotation marks after a few words
	 * that hedge it */
	{ 6, false, "She put the chance of the deal going through at \"no better than one in three.\"", "she",
	  NULL },
	/* a slash or an en dash set close between capitals joins one name */
	{ 12, false, "Reuters/Ipsos said support had slipped.", "Reuters/Ipsos", "Ipsos" },
	{ 12, false, "Adria Sport\xe2\x80\x93Ljubljanska said he had been ill.",
	  "Adria Sport\xe2\x80\x93Ljubljanska", "Ljubljanska" },
	{ 12, false, "Veloria\xe2\x80\x93Kessler's sports director, Koen De Wilde, told the agency Belga "
		     "that the plan had worked.", "Koen De Wilde", "Veloria" },
	/* a verb that judges needs someone or something judged: a
	 * distance after it makes it a rider's move */
	{ 2, true, "Belgian attacks 4km from the summit for his first WorldTour victory", NULL, "Belgian" },
	/* what one is able to find is no finding; a place that records a
	 * figure is where it was measured */
	{ 6, false, "Her clients will get whoever the agency can find, if it can find anyone.", NULL, NULL },
	{ 6, false, "The study could find no link between the two.", "study", NULL },
	{ 6, false, "St James's Park in central London recorded a minimum above 20C on 11 nights.", NULL, NULL },
	/* the object a clause's verb acts on did not find; nor is a
	 * headline's verb part of who found */
	{ 6, false, "The journal retracted the study after finding duplicated images.", NULL, NULL },
	{ 6, true, "Journal retracts Eastbrook University diabetes study after finding duplicated images", NULL,
	  NULL },
	{ 4, false, "The Democrat drew a crowd her campaign put at 1,500 on Saturday.", "campaign", NULL },
	{ 4, false, "One woman whose son is serving a sentence at Thornhaugh, who asked not to be named, "
		    "said he had been hurt.", "woman", NULL },
	{ 4, false, "The president's adviser and envoy in Geneva, Lena Brandt, stated that talks would resume.",
	  "Lena Brandt", "Geneva" },
	{ 4, false, "One pastor supporting Mr. Cruz, Darran Whiting of Liberty Baptist Church in Marion, said he made 150 calls.",
	  "Darran Whiting", "Marion" },
	{ 4, false, "Trump was out-brutalizing Ted Cruz, who said he would use it sparingly.", "Ted Cruz", NULL },
	{ 4, false, "That effort is led by Curly Haugland, who's argued for years that delegates are free.",
	  "Curly Haugland", NULL },
	{ 4, false, "\"It may have been a first attempt,\" said his best friend at Lehigh, Bruce Turry.", "Bruce Turry", NULL },
	{ 4, false, "\"We have to be thoughtful,\" said Sen. Robert P. Casey Jr. (D-Pa.), a Clinton backer.",
	  "Robert P. Casey Jr.", NULL },
	/* a reduced passive ("identified only as"), an auxiliary before the
	 * cue (no inversion), a quotation opening after the object, the
	 * name in apposition to a description */
	{ 4, false, "A Russian officer identified only as a battalion commander told RIA Novosti that his men had entered the village.",
	  "Russian officer", "battalion commander" },
	{ 4, false, "Russian military bloggers, who often run ahead of official announcements, had reported the capture of Bila Hora.",
	  "russian military bloggers", "Bila Hora" },
	{ 4, false, "Rinaldi's lawyer, Francesca Morandi, said her client \"has never used a banned method\" and accused the paper of bias.",
	  "Francesca Morandi", "client" },
	{ 4, false, "Dr. Pieter Vanhoeck of Ghent University Hospital said the swing was large.", "Pieter Vanhoeck",
	  "Dr. Pieter Vanhoeck of Ghent University Hospital" },
	{ 5, false, "None of them mentioned the outgoing governor.", NULL, NULL },
	{ 5, false, "Corvane said testing at its plant in Piscataway, N.J., had found slow batches.",
	  "Corvane", "N.J." },
	{ 7, true, "Asteroid probe Aurelia loses a reaction wheel, putting its 2027 flyby at risk", NULL, NULL },
	{ 4, false, "Commission President Ursula von der Leyen said the deal was close.",
	  "Ursula von der Leyen", "Leyen" },
	{ 4, false, "Northampton director of rugby Alan Pritchard said his side had been second best.",
	  "Alan Pritchard", "Northampton director of rugby Alan Pritchard" },
	/* titles and letters around a name are no part of it; the one who
	 * asks is not the one who answers */
	{ 4, false, "Councilmember Elena Vásquez, who wrote the ordinance, said it would help renters.",
	  "Elena Vásquez", "Councilmember Elena Vásquez" },
	{ 4, false, "Alastair Maybury KC, for Trask, said the witness had never raised concerns.",
	  "Alastair Maybury", "Alastair Maybury KC" },
	{ 4, false, "Asked by Sarah Quint KC what happened next, Nandakumar said the issue was dropped.",
	  "Nandakumar", "Sarah Quint" },
	{ 4, false, "Julian Trask is on trial at Southwark Crown Court accused of defrauding 2,300 savers.",
	  NULL, NULL },
	{ 4, false, "\"It amazed me,\" Mr. Clarke recalled of the proceedings.", "Clarke", NULL },
	/* a restrictive relative clause between the subject and its cue */
	{ 4, false, "The technician who raised the alarm said he was ignored.", "technician", "alarm" },
	{ 4, false, "A nurse who treated him said he was calm.", "nurse", NULL },
	/* a segment opening on a verb is the sentence's predicate: who
	 * speaks is named after it */
	{ 4, false, "The KM Nusa Indah, which was licensed to carry 60 passengers, had 97 people on board, "
	  "the head of the rescue office, Muhammad Arif Saleh, told Antara.", "Muhammad Arif Saleh",
	  "KM Nusa Indah" },
	/* "who" after a role that describes a name is the named person */
	{ 4, false, "\"People are leaving,\" said Mark Deluca, chief executive of the Queensland Retail "
	  "Traders Council, who urged ministers to act.", "Mark Deluca",
	  "chief executive of the Queensland Retail Traders Council" },
	/* a name, then a relative clause the verb's comma closes: the name
	 * speaks, no one after the verb */
	{ 4, false, "Garrow, whose great-grandfather co-founded the brewery in 1868, said family trusts "
	  "that control 38% of the shares would vote no.", "Garrow", "family trusts" },
	/* 3. an adverb and three phrases of when and where between a
	 * verb that needs a clause and its "that" */
	{ 3, false, "Returning officer Sandra Pike declared shortly after 3.40 a.m. at the count in Louth "
	  "that Eleanor Varga had won.", "Sandra Pike", NULL },
	/* 3. "had been forecast": a participle like its base form is
	 * passive after "be" */
	{ 3, false, "According to the forecaster, waves of 4 metres had been forecast in the strait.",
	  "forecaster", "metres" },
	/* 5. names that are not names */
	{ 5, false, "The senator in June criticized the budget as bloated.", "senator", "June" },
	{ 5, false, "Even Lindsey Graham, who has endorsed Cruz, said Kasich would win.", "Lindsey Graham", "Even Lindsey Graham" },
	/* a group or a person left unnamed keeps where it stands or works
	 * (guide section 2: its own words), a role not where it stood, nor
	 * a channel; a bare noun after a preposition says how, not who */
	{ 5, false, "A cashier in Ohio said prices had doubled.", "cashier in Ohio", "Ohio" },
	{ 5, false, "\"It is hopeless,\" said a teacher in Hull.", "teacher in Hull", "teacher" },
	{ 5, false, "\"It is hopeless,\" said a diplomat in Almaty.", "diplomat", "diplomat in Almaty" },
	{ 5, false, "One MP from a northern seat said the plan was wrong.", "MP from a northern seat", "MP" },
	{ 5, false, "A former adviser to the business secretary called the offer an insult.",
	  "former adviser to the business secretary", "former adviser" },
	{ 5, false, "A European diplomat in Almaty said the talks had stalled.", "European diplomat",
	  "European diplomat in Almaty" },
	{ 5, false, "Some amateur observers on social media questioned the delay.", "amateur observers",
	  "amateur observers on social media" },
	{ 5, false, "Before the results, analysts on average had forecast a profit of $1.1 billion.",
	  "analysts", "analysts on average" },
	{ 5, false, "Two engineers at MAVIR said the unit was old.", "engineers at MAVIR", "MAVIR" },
	{ 5, false, "Consultancy Northgate Energy said prices would rise.", "Northgate Energy",
	  "Consultancy Northgate Energy" },
	/* opening the sentence, a body's first word is its own when its
	 * name ends in a head of its own */
	{ 12, false, "University College Hospital said it had treated 94 people.", "University College Hospital",
	  "College Hospital" },
	/* a name after a word that places is where the group stands */
	{ 5, false, "Parents outside Radford Vale said the school had shut.", "Parents outside Radford Vale",
	  "Radford Vale" },
	/* the one who puts the question in an opening participle does
	 * not answer it; a concession needs its clause */
	{ 4, false, "Questioned by Sophie Garland, Mr Penhale accepted that the hole had been reported.",
	  "Penhale", "Sophie Garland" },
	{ 2, false, "The union accepted the offer of a 4% rise.", NULL, NULL },
	/* an office states what it finds with or without "that", before
	 * its clause or closing it; finding a thing is an act */
	{ 2, false, "The custody log was amended to record checks that never took place, the watchdog found.",
	  "watchdog", NULL },
	{ 7, true, "Watchdog finds Ofori was checked on only twice in four hours", "Watchdog", NULL },
	{ 2, false, "Officers found 14 kilograms of cocaine in the car.", NULL, NULL },
	{ 2, false, "Officers found him unconscious in the cell.", NULL, NULL },
	{ 2, false, "Most workers who found a new sponsor did so within a fortnight.", NULL, NULL },
	/* a published outlook changed is the publisher's figure; a
	 * stadium upgraded is no outlook */
	{ 2, false, "The IMF upgraded its growth forecast for Britain to 1.2%.", "International Monetary Fund",
	  NULL },
	{ 2, false, "The club upgraded its stadium to 40,000 seats.", NULL, NULL },
	/* what one likes or is keen to point out, one points out */
	{ 3, false, "The Department of Health likes to point out that practices delivered more appointments.",
	  "Department of Health", NULL },
	{ 3, false, "The department was keen to stress that 4 million more appointments were delivered.",
	  "department", NULL },
	/* a document's kind in -ing before its noun is part of its name */
	{ 12, false, "The agency's storm overflow monitoring data recorded 468,000 spill events.",
	  "agency's storm overflow monitoring data", NULL },
	/* a judgement stated before its clause; a cue that needs one has
	 * no agent in the passive */
	{ 2, false, "The institute assessed that Russian forces would push west.", "institute", NULL },
	{ 2, false, "The median time to be first assessed by a doctor was 3.6 hours.", NULL, NULL },
	{ 2, false, "Napoli's sporting director, Giulio Ferrante, appeared to play down the story.",
	  "Giulio Ferrante", NULL },
	/* the first verb of a clause ends the subject a conjoined cue
	 * shares, and a document its object names is no speaker */
	{ 3, false, "The researchers used a model and found that the zone made little difference.",
	  "researchers", "model" },
	/* a cue joined to one inside a subordinate clause shares its
	 * subject, not the main clause's */
	{ 3, false, "Shares of Norbeck Systems fell 14% on Thursday, after the robot maker cut its forecast "
	  "and said carmakers were delaying orders.", "robot maker", "Shares of Norbeck Systems" },
	{ 5, false, "Some farmers in the west of the country say they are selling.",
	  "farmers in the west of the country", NULL },
	{ 5, false, "Several other traders on Teme Street said they were considering whether to stay.",
	  "traders on Teme Street", NULL },
	/* a plural for people opening the sentence is no name for its
	 * capital ("Fishermen" is "fisherman"'s plural) */
	{ 5, false, "Islanders in Uist say they cannot get to hospital.", "islanders in Uist", "Islanders" },
	{ 5, false, "Local fishermen in Cornwall say the quota is too low.", "local fishermen in Cornwall",
	  NULL },
	{ 5, false, "Two advisers to the Pruitt campaign said the polling was bad.",
	  "advisers to the Pruitt campaign", NULL },
	{ 5, false, "Smith, R-Ore., said Tuesday that the bill was dead.", "Smith", "Tuesday" },
	{ 5, false, "When told of the verdict, Morales said nothing would change.", "Morales", "When" },
	{ 5, false, "\"A man we can trust,\" said the Democratic nominee.", "Democratic nominee", "man" },
	{ 5, false, "Back in 1988, Rust Belt states Indiana and Ohio supported Bush.", NULL, NULL },
	{ 5, false, "Dumping the plan is easier said than done.", NULL, NULL },
	/* a participle's phrase opening the sentence is no quotation the
	 * verb closes: "added 56" is runs, not words */
	{ 5, false, "Resuming on 356 for seven in the morning, England had added 56 before they were all out.",
	  NULL, NULL },
	/* a participle after a clause whose subject is a thing: the writer
	 * infers */
	{ 5, false, "Shares have risen 22% since the approach was reported, suggesting investors expect "
	  "a higher bid.", NULL, NULL },
	{ 5, false, "Federal and state officials said the road was closed.", "federal and state officials", "Federal" },
	{ 5, false, "De Blasio said the city would pay.", "De Blasio", "Blasio" },
	/* 6. documents, data and polls; organizations publishing figures */
	{ 6, false, "New government data showed exports fell 4%.", "new government data", NULL },
	/* a document named by its issuer: what describes it before the
	 * name is no part of the name (guide section 2) */
	{ 6, false, "A separate Labor Department report showed claims fell by 9,000.",
	  "Labor Department report", "separate Labor Department report" },
	{ 6, false, "The latest Gallup poll put support at 41%.", "Gallup poll", "latest Gallup poll" },
	/* a word of time after the article describes the document; "the
	 * next morning" after a name is a time */
	{ 6, false, "According to a later report, the replacement was put back three times.", "report",
	  "later report" },
	/* a figure put above or below another: a comparison after it */
	{ 6, false, "The index put prices about 3% higher than a year ago.", "index", NULL },
	{ 6, false, "The study put heat deaths 22% above the average.", "study", NULL },
	{ 6, false, "Studies have shown that the drug works.", "studies", NULL },
	{ 6, false, "Records show the permit expired in May.", "records", NULL },
	{ 6, false, "A Reuters/Ipsos poll showed support at 41 percent.", "Reuters/Ipsos poll", "Ipsos poll" },
	{ 6, false, "The coastguard logged 12 rescues on Sunday.", "coastguard", NULL },
	/* an office measures a figure; an instrument that measures
	 * something publishes nothing; an unknown acronym is an office */
	{ 6, false, "The U.S. Geological Survey measured the quake at magnitude 7.1.",
	  "US Geological Survey", NULL },
	{ 6, false, "The dollar index, which measures the greenback against six currencies, fell 0.3%.",
	  NULL, NULL },
	{ 6, false, "By noon on Tuesday, BMKG had recorded 143 aftershocks.", "BMKG", NULL },
	/* a company's legal form keeps its point out of the name; a name
	 * ending as a possessive speaks when a clause follows */
	{ 1, false, "Corran Motors Inc. said on Thursday that its profit fell 38%.", "Corran Motors Inc", NULL },
	{ 1, false, "In a statement, St. Brendan's said it was \"disappointed\".", "St. Brendan's", NULL },
	{ 1, false, "Moody's said the outlook was stable.", "Moody's", NULL },
	/* a place that says is its government; a place before a noun is
	 * no speaker */
	{ 1, false, "Voters approved the bond, and the city says nearly all of it is spent.", "city",
	  NULL },
	{ 1, false, "The state claims office opened on Monday.", NULL, NULL },
	/* a participle before what names the group describes it; a place
	 * after a participle places the head */
	{ 1, false, "Danish shipping group Norvik said it would divert calls.", "Norvik", NULL },
	{ 1, false, "A lawsuit filed in Detroit says owners were complaining in 2022.", "lawsuit", NULL },
	/* a cue that names a document, in the object of a verb, is that
	 * document; the verb that cuts it publishes */
	{ 6, false, "Retail sales fell 2%, down from its previous forecast of 3%.", NULL, NULL },
	{ 6, false, "The bank cut its full-year growth forecast to 1.2% from 1.5%.", "bank", NULL },
	{ 6, false, "Its chief economist forecast growth of 2%.", "chief economist", NULL },
	/* "appealed for" asks; "appealed the ban" goes to court */
	{ 2, false, "Police appealed for witnesses to come forward.", "police", NULL },
	{ 2, false, "The club appealed the ban.", NULL, NULL },
	/* a capital opening the sentence with an adverb's "-ly" is a name
	 * when it speaks; a real adverb before a participle stays one */
	{ 1, false, "Dashly said its couriers were independent contractors.", "Dashly", NULL },
	{ 1, false, "Dashly had argued that its couriers were contractors.", "Dashly", NULL },
	{ 1, false, "Previously announced plans were dropped.", NULL, NULL },
	/* a measure is reported or forecast, it reports nothing; a plural
	 * for people still speaks */
	{ 1, false, "Port operators said traffic had halved.", "port operators", NULL },
	{ 1, false, "The estimate is down from 10.2 million tons forecast in May.", NULL, NULL },
	{ 1, false, "The storm hit before dawn, with waves of 11 metres reported off Land's End.", NULL, NULL },
	/* "cautioned against" warns as "urged" asks; "cautioned" alone
	 * still wants a clause */
	{ 2, false, "Doyle cautioned against reading too much into one month.", "Doyle", NULL },
	{ 2, false, "Officials advised against travel to the region.", "officials", NULL },
	{ 2, false, "Police cautioned the driver.", NULL, NULL },
	{ 1, false, "When the bond passed, the city promised 1,475 affordable homes.", "city", NULL },
	{ 6, false, "The region recorded 40 new cases on Monday.", NULL, NULL },
	{ 1, false, "The company's reported profit rose 4%.", NULL, NULL },
	/* a publishing participle after its noun with no object is
	 * passive; "put" publishes only a figure "at"; a figure before a
	 * name counts places */
	{ 6, false, "With all 112 precincts counted, Valdez led by 9,307 votes.", NULL, NULL },
	/* a figure after "about" or "over" is still the figure counted;
	 * a year after "in" only dates the count */
	{ 6, false, "The Chartered Institute of Public Finance and Accountancy counted about 800 fewer library service points in 2020.",
	  "Chartered Institute of Public Finance and Accountancy", NULL },
	{ 6, false, "With all 112 precincts counted in 2020, Valdez led by 9,307 votes.", NULL, NULL },
	{ 6, false, "Then Sheffield City Council put in 2.1km of protected cycle lane.", NULL, NULL },
	{ 6, false, "The report counted just 1,180 homes to rent.", "report", NULL },
	{ 6, false, "After that the health board put the contracts at three Glasgow hospitals out to tender.",
	  NULL, NULL },
	{ 6, false, "The ministry put the death toll at 148.", "ministry", NULL },
	{ 6, false, "The RealClearPolitics average puts Diedrich ahead by 1.8 points.",
	  "RealClearPolitics average", NULL },
	{ 6, false, "Okonjo put the hosts ahead by two goals.", NULL, NULL },
	{ 6, false, "A separate poll, carried out last week, put Yes 14 points ahead.", "separate poll",
	  NULL },
	/* a map, a dashboard, a tracker show figures as documents do; a
	 * service named by one publishes */
	{ 3, false, "The utility's outage map showed about 48,000 customers without power.",
	  "utility's outage map", NULL },
	{ 6, false, "Outage tracker Downdetector logged more than 140,000 user reports.", "Downdetector",
	  NULL },
	{ 1, false, "Poll worker Jane Smith said the line was long.", "Jane Smith", NULL },
	/* a country before a medium's noun says where it is from */
	{ 1, false, "The camp would grow, the U.S. news agency reported.", "U.S. news agency", NULL },
	{ 1, false, "The camp would grow, the Russian news agency Interfax reported.", "Interfax", NULL },
	/* a state named as a place records what happened there */
	{ 6, false, "Bangladesh recorded its deadliest dengue year in 2023, when 1,705 people died.",
	  NULL, NULL },
	{ 6, false, "The health ministry recorded 1,705 deaths in 2023.", "health ministry", NULL },
	/* after "a", "staff" is one staff: "report" is no verb of theirs */
	{ 6, false, "A staff report presented to council found the plan was sound.", "staff report",
	  NULL },
	/* a poll "puts" a party "on" a figure; "on Monday" is a date */
	{ 6, false, "An exit poll puts the PP on 30 seats.", "exit poll", NULL },
	{ 6, false, "The coastguard put the boat on a trailer on Monday.", NULL, NULL },
	/* a strict cue speaks with what was said as its object
	 * (rules/claims.txt): a warning, figures; not an appeal */
	{ 2, false, "The Ethiopian government rejected the warning.", "Ethiopia", NULL },
	{ 2, false, "The ministry dismissed the figures as exaggerated.", "ministry", NULL },
	{ 2, false, "The court rejected the appeal.", NULL, NULL },
	/* "at" after the object places the act; right after the verb it
	 * aims speech ("railed at") */
	{ 2, false, "The EU challenged the ban at the WTO and won a ruling.", NULL, NULL },
	{ 2, false, "The union railed at the plan in a statement.", "union", NULL },
	/* before a figure, "about" sizes the object: no clause follows */
	{ 2, false, "In March, the company recalled about 40,000 cars over a relay that could fail.",
	  NULL, NULL },
	{ 2, false, "He recalled that the plant had closed.", "he", NULL },
	/* a "that" clause after a noun of what is said is that noun's */
	{ 3, false, "The work, led by Ingrid Solheim, adds to growing evidence that fires release carbon.",
	  NULL, NULL },
	{ 3, false, "She wrote to the council that the plan was unlawful.", "she", NULL },
	/* an inverted speaker ends its clause: "said the figures made a cut"
	 * reports the figures, it does not quote them ("made" is "made
	 * clear" only before "clear") */
	{ 3, false, "Daniel Whitaker, an economist at Commonwealth Bank, said the figures made a cut likely.",
	  "Daniel Whitaker", "figures" },
	/* a relative clause after its comma is no parenthetical cue */
	{ 4, false, "Addis Ababa is sensitive to hunger warnings, which recall the famine of 1984.", NULL, NULL },
	{ 4, false, "Okafor, who added that the plan was dead, left early.", "Okafor", NULL },
	/* a place adverb inside the verb group */
	{ 1, false, "Prosecutors there allege the platform was a Ponzi scheme.", "prosecutors", NULL },
	/* closing data cover the cues before them; a name opening a clause
	 * ends where its capitals end, through "of" */
	{ 6, false, "Last year Nigeria recorded 1,309 cases and 241 deaths, NCDC data show.", "NCDC data", "Nigeria" },
	{ 6, false, "The Reserve Bank of New Zealand cut its cash rate to 2.0% and said it was ready to do more.",
	  "Reserve Bank of New Zealand", "Reserve Bank of New Zealand cut" },
	{ 2, false, "Councillor Andrew Jarvis accused the cabinet of bad faith, a charge Lowther rejected.",
	  "Andrew Jarvis", NULL },
	/* accounts, returns and modelling are documents; studies link */
	{ 6, false, "The group spent £692 per resident in 2023, the accounts show.", "accounts", NULL },
	{ 6, false, "Studies in adults have linked irregular sleep to obesity.", "studies in adults", NULL },
	{ 6, false, "Police linked the two attacks.", NULL, NULL },
	/* a figure's sign parts no appositive; a participle's object ends
	 * the head's phrase */
	{ 4, false, "Hollis Creek Capital, which owns about 7% of Sunmark's shares, said the airline was too small.",
	  "Hollis Creek Capital", NULL },
	/* a place and its state between commas are one place, and a
	 * participle places the head before it */
	{ 4, false, "The Wild Forests Coalition, a conservation group based in Portland, Oregon, called the vote a gift to the timber industry.",
	  "Wild Forests Coalition", "Oregon" },
	{ 4, false, "Councilor Rosa Delgado told the council that approvals take too long.", "Rosa Delgado", NULL },
	/* a role's portfolio before a name of two words is no part of it;
	 * a spokesperson keeps the words "spokesperson for" the body
	 * (guide section 2), and is no person's name */
	{ 4, false, "State Minister for Agriculture Tesfaye Worku said aid was coming.", "Tesfaye Worku", NULL },
	{ 4, false, "Superintendent of Planning Anjali Rao wrote that the school was half empty.", "Anjali Rao", NULL },
	{ 4, false, "A spokesperson for Siam Digital Infrastructure said the plan was on hold.",
	  "spokesperson for Siam Digital Infrastructure", "Siam Digital Infrastructure spokesperson" },
	/* a relative clause without "that" ends in a stranded preposition;
	 * ", and that ..." goes on with what the speaker said */
	{ 4, false, "Six of the eight former staff we spoke to said they had raised concerns.", "former staff", NULL },
	{ 4, false, "The officials I talked to said the count was wrong.", "officials", NULL },
	{ 4, false, "Donald Trump drew criticism after he appeared to suggest that veterans were weak.", "Donald Trump",
	  NULL },
	{ 4, false, "A former carer said she had found residents on the floor, and that a manager had told her to stop.",
	  "former carer", "manager" },
	/* figures "it" published are the body's opening the sentence;
	 * logs "he" shared stay logs */
	{ 6, false, "The council served 386 notices last year, according to figures it gave the paper.", "council",
	  "figures" },
	{ 6, false, "She ran 145 kilometres a week, according to training logs he shared.", "training logs", NULL },
	/* an irregular participle after a document describes it; "reports
	 * on" a topic is a noun, "reports on Tuesday" a verb */
	{ 6, false, "An internal email sent in May by a regional manager told home managers to book agency staff.",
	  "internal email", NULL },
	{ 6, false, "CQC reports on three other homes, published in the past 18 months, found that staffing was poor.",
	  "CQC reports", NULL },
	{ 4, false, "The agency reports on Tuesday that 40 people died.", "agency", NULL },
	/* a comma inside a name the gazetteer knows does not end it */
	{ 6, false, "It is the 19th case since October, according to the Department for Environment, Food and Rural Affairs.",
	  "Department for Environment, Food and Rural Affairs", "Department for Environment" },
	{ 4, false, "A spokesperson for the Department for Science, Innovation and Technology said the rules would change.",
	  "spokesperson for the Department for Science, Innovation and Technology", NULL },
	/* a poll made "for" an outlet is the pollster's, the outlet named
	 * or described */
	{ 6, false, "An exit poll by Damar Research for the private broadcaster Vijesti TV, released at 8 p.m. Sunday, had given Civic Alliance 41%.",
	  "Damar Research exit poll", "Vijesti TV" },
	{ 6, false, "An exit poll by Damar Research for Vijesti TV had given Civic Alliance 41%.", "Damar Research exit poll",
	  NULL },
	/* names listed after "of" and a word for who speaks: the word
	 * speaks, not the list's last names */
	{ 4, false, "The leaders of Denmark, Estonia, Finland, Norway and Sweden said the patrols would begin in September.",
	  "leaders", "Sweden" },
	{ 4, false, "A passionate defender of RT America, Mr. Schultz likened RT to the BBC in an interview.", "Schultz",
	  NULL },
	/* right after "the", capitals name a ship or a body, not the
	 * role's holder */
	{ 4, false, "The captain of the Aegean Dawn, Stelios Karras, said the engines had failed.", "Stelios Karras",
	  "Aegean Dawn" },
	{ 4, false, "Chair of the bench Margaret Ashworth told him the offences were aggravated.", "Margaret Ashworth", NULL },
	/* a person's phrase with "who" beside the name is no words said
	 * before a closing cue: the words after the verb are */
	{ 4, false, "A passenger who gave only her first name, Despina, said the system had told people to stay.",
	  "Despina", "system" },
	/* a document opening its clause, then its journal: "reports" is
	 * the verb */
	{ 6, false, "A paper in Nature Astronomy reports minerals that formed in liquid water.", "paper", NULL },
	/* "that the university says has trained": a speaker inside a
	 * relative clause, its words running on from it */
	{ 4, false, "She founded a scheme in 1979 that the university says has trained more than 400 women.", "university",
	  NULL },
	{ 4, false, "Media reports suggest 40 people died.", "media reports", NULL },
	/* a number word ending a name is no count; a region after "of
	 * Keighley," goes on the place */
	{ 4, false, "The Department for Energy Security and Net Zero said 40 homes were reached.",
	  "Department for Energy Security and Net Zero", NULL },
	{ 4, false, "Liam Thorpe, 31, of Keighley, West Yorkshire, denies three counts of attempted murder.", "Liam Thorpe",
	  "West Yorkshire" },
	{ 4, false, "The envoy in Geneva, Lena Brandt, said 40 people died.", "Lena Brandt", NULL },
	/* a lone capital after a place and a comma is a person when "who"
	 * follows and no name was found nearer the verb */
	{ 4, false, "Speaking to 300 supporters in the city's Cultural Quarter, Ellery, who is standing for the Liberal Democrats, said fares would be frozen.",
	  "Ellery", "supporters" },
	{ 4, false, "A mother in Columbus, Ohio, who asked to be identified only by her first name, Kayla, said the formula made her son ill.",
	  "Kayla", "Ohio" },
	/* a role's second word is no holder's name */
	{ 4, false, "\"This is targeted support,\" the Chief Secretary to the Treasury, Rachel Dunmore, said.",
	  "Rachel Dunmore", "Secretary" },
	/* a name in commas after a common noun renames it: its verb is
	 * inside what the first speaker said */
	{ 4, false, "She also said that her label, Northfold Records, had initially asked her to add strings to three songs.",
	  "she", "Northfold Records" },
	/* opening the sentence, a body's word after the first is the name's */
	{ 4, false, "University College London said about 150 students had occupied the theatre.",
	  "University College London", "College London" },
	{ 4, false, "A spokesperson for Consumer Affairs Victoria said the agency was aware of the decision.",
	  "spokesperson for Consumer Affairs Victoria", NULL },
	/* a name's particle joined to a capital: "al-Assad" */
	{ 4, false, "Bashar al-Assad said the war was over.", "Bashar al-Assad", NULL },
	{ 8, false, "Military spokesman Hussein al-Wadei said the ship was hit, Reuters reported.",
	  "Hussein al-Wadei", NULL },
	/* after a verb's "to", the phrase is the relative's antecedent */
	{ 4, false, "The frigate belongs to the navy, which said that it had reached the vessel.", "navy", "frigate belongs" },
	/* a cue's base form before "that" is the verb: not "Reuters show" */
	{ 6, false, "Documents seen by Reuters show that the department kept splitting orders.", "documents", "Reuters" },
	/* "told about 2,000 guests": a count of the hearers, not a topic */
	{ 8, false, "\"Your phone should not be the worry,\" chief executive Maya Castellanos told about 2,000 invited guests.",
	  "Maya Castellanos", NULL },
	/* a court's defence speaks as the prosecution does */
	{ 1, false, "The defence says the money was the repayment of a loan.", "defence", NULL },
	/* a trust is a body, not a person's title before two names */
	{ 4, false, "Mercia Valley Hospitals NHS Trust said in a statement that it had co-operated fully.",
	  "Mercia Valley Hospitals NHS Trust", "NHS Trust" },
	{ 4, false, "Two diplomats involved in drafting the text, who asked not to be named, said a paragraph was cut.",
	  "diplomats involved in drafting the text", NULL },
	/* a document publishes figures as an office does */
	{ 6, false, "A survey by the chamber put support at 41%.", "survey", NULL },
	/* a participle between a document and its maker: the maker's
	 * document, and the maker is no second source */
	/* an organization's figures are its word (guide section 2) */
	{ 6, false, "Analysts had expected $1.33 a share, according to data compiled by LSEG.",
	  "LSEG", "data" },
	{ 6, false, "Prices rose 3%, according to figures published by the Office for National Statistics.",
	  "Office for National Statistics", "figures" },
	{ 6, false, "The levy would rise 4.9 per cent, according to figures from the city's finance office.",
	  "city's finance office", "figures from the city's finance office" },
	{ 6, false, "A survey conducted by Ipsos found that 40% backed the plan.", "Ipsos survey", "survey" },
	/* past the "of" phrase to the maker, past what the maker is */
	{ 6, false, "A survey of 2,140 heat pump owners by the consumer group HomeWise found that most were happy.",
	  "HomeWise survey", "survey" },
	{ 6, false, "Prices rose 3%, according to a survey of 500 firms by the British Chambers of Commerce.",
	  "British Chambers of Commerce survey", "survey" },
	{ 6, false, "The rental report counted 1,180 homes.", "rental report", NULL },
	/* someone puts a figure on something; "put the hosts ahead" is play */
	{ 6, false, "He put losses in the county at about 1.2 billion lei.", "he", NULL },
	{ 6, false, "She estimated annual savings of $350 million.", "she", NULL },
	/* "calculated" closes what a comparison site worked out; "a
	 * calculated risk" is no cue */
	{ 6, false, "Repayments would fall by about A$90 a month, comparison site Canstar calculated.", "Canstar",
	  NULL },
	{ 6, false, "It was a calculated risk to sell the stake.", NULL, NULL },
	/* "forecasts" is a document's noun as "forecast" is; the verb keeps
	 * its subject */
	{ 6, false, "The bank's updated forecasts, published alongside the decision, show unemployment rising to 4.6%.",
	  "bank's updated forecasts", NULL },
	{ 6, false, "The ministry forecasts growth of 2% next year.", "ministry", NULL },
	/* "on" between a body's noun and capitals goes on with its name;
	 * "on Monday" does not */
	{ 12, false, "The Council on Foreign Relations said the talks had stalled.", "Council on Foreign Relations",
	  NULL },
	{ 12, false, "The Council on Monday said the talks had stalled.", "Council", NULL },
	/* a name in quotation marks opens no closing frame: the company
	 * speaks, not its "zero reportables" target */
	{ 3, false, "The company said the logs held minor cuts, and that the \"zero reportables\" target referred "
		    "to injuries.", "company", "target" },
	/* a portfolio list inside a ministry's name, "and" closing it */
	{ 12, false, "Kyodo News reported, citing the Ministry of Economy, Trade and Industry, that two reactors "
		     "would restart.", "Ministry of Economy, Trade and Industry", NULL },
	/* a calculation by a body is its document, as an analysis is */
	{ 6, false, "Prices rose 3%, according to calculations by Ipsos.", "Ipsos calculations", NULL },
	/* a relative clause without "that" tells of its noun: "the way they
	 * report their income" names no one; "a change he said was her
	 * idea" is his word */
	{ 6, false, "About 780,000 people will have to change the way they report their income from April, "
		    "according to the tax authority.", "tax authority", "they" },
	{ 1, false, "He also cut her to one hard session a week, a change he said was her idea.", "he", NULL },
	/* a nounlike cue after a plain word is the phrase's noun: "the
	 * coalition talks", "internal messages" */
	{ 12, false, "Handelsblatt reported, citing two people involved in the coalition talks, that it would cost "
		     "about 12 billion euros.", "people involved in the coalition talks", NULL },
	{ 6, false, "Quillmark laid off 540 employees, according to internal messages seen by The Ledger.",
	  "internal messages", "internal" },
	{ 6, false, "The coach put 11 players on the transfer list.", NULL, NULL },
	{ 6, false, "Sanchez put the hosts ahead in the 12th minute.", NULL, NULL },
	/* a text judges; data does not */
	{ 2, false, "The lawsuit blamed Brightwell for the breach.", "lawsuit", NULL },
	{ 6, false, "Kasich was at 25 percent support in the most recent Fox poll.", "Fox poll", "recent Fox poll" },
	{ 6, false, "The police found the car abandoned.", NULL, NULL },
	/* 7. headlines */
	{ 7, true, "Mayor: Bridge will reopen in May", "mayor", NULL },
	/* a heading's clause cue closing it with no clause before: a
	 * passive ("Heaters recalled"); after a clause it closes one */
	{ 7, true, "Oil-filled heaters recalled", NULL, NULL },
	{ 7, true, "Bridge will reopen in May, mayor insisted", "mayor", NULL },
	{ 7, true, "Bridge Will Reopen in May, Former Coach Says", "former coach", NULL },
	/* a heading ending on a noun that is also a verb names nobody */
	{ 7, true, "Serbia and Kosovo agree to reopen Jarinje crossing after EU-brokered talks", NULL, NULL },
	{ 7, true, "Bank forecasts", NULL, NULL },
	{ 7, true, "Union warns", "union", NULL },
	{ 7, true, "What the filings say", NULL, NULL },
	{ 7, false, "Bernie Sanders: I'm Not Much Of A Socialist Compared To Eisenhower.", "Bernie Sanders", NULL },
	{ 7, false, "Paris: The City Of Light Goes Dark For An Hour.", NULL, NULL },
	/* someone speaking for himself cites evidence; a medium cites where
	 * its report comes from */
	{ 8, false, "Col. Serhiy Lozynskyi told The Wall Street Journal, citing drone footage reviewed by his unit, that 300 troops were lost.",
	  "Serhiy Lozynskyi", "drone footage" },
	/* 8. relays on air and in print, signatures */
	{ 8, false, "Medinsky told CNN that the talks had stalled.", "Medinsky", NULL },
	{ 8, false, "\"It's nonsense,\" Mr. Trump said by telephone.", "Trump", NULL },
	{ 8, false, "He is now wearing the hat, for real — Ben Jacobs (@Bencjacobs) September 1, 2016", "Ben Jacobs", NULL },
	{ 8, false, "“It was a disgrace.” ― Karen Bobadilla.", "Karen Bobadilla", NULL },
	{ 8, false, "From the report: “Samples with more weighting were more accurate.”", "report", NULL },
	/* documents named by what was done to them, and court papers */
	{ 6, false, "Agents found $5,140 in his motel room, the affidavit says.", "affidavit", NULL },
	{ 6, false, "Invoices obtained by the Ledger show the firm charged three times regional rates.",
	  "invoices", "Ledger" },
	{ 6, false, "Data compiled by LSEG show the fund lost 4%.", "LSEG", NULL },
	/* a document a name made or holds speaks for any cue a text may
	 * speak, past a participle's phrase; a plural's possessive does
	 * not end the object before "at" a figure */
	{ 6, false, "A report by the company's administrators, filed at Companies House last year, put investors' likely losses at about 87p in every pound.",
	  "report", "administrators" },
	{ 6, false, "An incident report seen by Reuters put the release rate at about 300 barrels an hour.",
	  "incident report", "Reuters" },
	{ 6, false, "An engineering report dated 14 June 2023 estimated that the monitor had missed 30% of hours.",
	  "engineering report", NULL },
	{ 6, false, "The text makes no mention of ports.", NULL, NULL },
	/* a maker's name ends before "for" and a phrase in lower case */
	{ 6, false, "An exit poll by the pollster Magenta Research for the broadcaster TV8 found that 54% backed it.",
	  "Magenta Research exit poll", NULL },
	{ 6, false, "The Institute for the Study of War said the town fell.", "Institute for the Study of War", NULL },
	/* 12. span cuts: "and" between capitals inside a body's name, a
	 * branch's number, capitals on both sides of "of" after "the" */
	{ 12, false, "Fire and Rescue NSW posted on X that crews had pulled two people from a car.",
	  "Fire and Rescue NSW", "and Rescue NSW" },
	{ 12, false, "Teamsters Local 727 said the strike would go ahead.", "Teamsters Local 727", NULL },
	{ 12, false, "The Brotherhood of Track and Signal Workers has warned that its inspectors are stretched.",
	  "Brotherhood of Track and Signal Workers", "Brotherhood" },
	{ 12, false, "The Official Journal of the European Union said 11 people were listed.",
	  "Official Journal of the European Union", "Journal" },
	/* 8. judging before an outlet's verb is speech it relays */
	{ 8, false, "Hossein Rahmani condemned the decision as hostile, IRNA reported.", "Hossein Rahmani", NULL },
	/* 5. names that are not names: a participle of speech opening the
	 * sentence; 4. a noun before its phrase's verb; "a search and rescue
	 * official" is one; an appositive with a preposition before "who" */
	{ 5, false, "Asked whether a deal was near, he smiled and said it was.", "he", "Asked" },
	{ 4, false, "The staff report projects a $3.1 million gap in 2028.", "staff report", "staff" },
	{ 4, false, "A search and rescue official in Mamuju said teams had pulled 14 people alive.",
	  "rescue official", "search" },
	{ 4, false, "Staff were stunned, according to Gary Holmes, a regional officer for the Unite union, who said the news came without warning.",
	  "Gary Holmes", "regional officer for the Unite union" },
	/* 12. "An" before a capital consonant is an Irish name's article;
	 * before an acronym's letters or a vowel it is English */
	{ 12, false, "An Garda Síochána said in a post on X that the N59 was closed.", "An Garda Síochána", NULL },
	{ 12, false, "An Post said deliveries were suspended.", "An Post", NULL },
	{ 12, false, "An NHS spokesman said the ward was closed.", "NHS spokesman", NULL },
	/* 12. whose the person is comes before the name, no part of it; a
	 * list "and" closes before a body's noun is inside its name, what
	 * describes the body is not */
	{ 12, false, "Labour's Margaret Okonedo said the bill was a betrayal.", "Margaret Okonedo",
	  "Labour's Margaret Okonedo" },
	{ 12, false, "The cross-party Housing, Communities and Local Government Committee warned in a report that 40,000 homes were at risk.",
	  "Housing, Communities and Local Government Committee", "Communities and Local Government Committee" },
	/* a parliament's whip is an official; instruments' readouts are
	 * records (rules/roles.txt, rules/documents.txt) */
	{ 2, false, "An opposition whip, who asked not to be named, said the party would vote against.",
	  "opposition whip", NULL },
	{ 6, false, "The readouts showed the probe's descent speed falling to 0.9 metres per second.", "readouts", NULL },
	/* 4. "a deal rights groups have criticised": "a" and its noun close
	 * a phrase; the plural after them is the clause's subject */
	{ 4, false, "Italy signed an agreement to train Libya's coast guard, a deal rights groups have criticised for sending migrants back.",
	  "rights groups", "deal rights groups" },
	{ 4, false, "A few officials said the deal was dead.", "officials", NULL },
	/* 12. a nationality before a first name and a surname describes
	 * the person; a body's "U.S." and a bare "the Frenchman" are left */
	{ 12, false, "\"It was a strange day,\" Frenchman Julien Delorme said.", "Julien Delorme",
	  "Frenchman Julien Delorme" },
	{ 12, false, "On Sunday, American Coco Gauff said she was tired.", "Coco Gauff", "American Coco Gauff" },
	{ 12, false, "The U.S. Fifth Fleet said it was monitoring the situation.", "U.S. Fifth Fleet", NULL },
	{ 12, false, "American Airlines said the flight was delayed.", "American Airlines", NULL },
	/* 2. a judging verb straight before a preposition moved: an act */
	{ 2, false, "The car slammed into a wall on the bypass.", NULL, "car" },
	{ 2, false, "Scotland defended through 16 phases in the final two minutes.", NULL, "Scotland" },
	{ 2, false, "The senator lashed out at reporters.", "senator", NULL },
	/* 3. "asked customers to use water": the one asked is no speaker
	 * after the verb; "said the spokesman to reporters" still is */
	{ 3, false, "Severn Trent, which supplies water to the city, asked customers to use water wisely.",
	  "Severn Trent", "customers" },
	{ 3, false, "\"We will not pay,\" said the spokesman to reporters.", "spokesman", NULL },
	/* 6. a document of so many things is the document; its maker after
	 * "by", an article and what the maker is */
	{ 6, false, "A 2021 review of 36 studies, published in a journal, found that screen use mattered.",
	  "review", "studies" },
	{ 6, false, "Prices rose, according to a survey by the consultancy Harcourt & Lowe.",
	  "Harcourt & Lowe survey", "survey" },
	/* a regulator's or a court's decision is a document that says */
	{ 6, false, "Spending rose to £38 million a year, the regulator's decision says.",
	  "regulator's decision", NULL },
	{ 6, false, "A survey of 1,150 manufacturers by Make UK, a lobby group, found that 41% had delayed investment.",
	  "Make UK survey", "lobby group" },
	/* a forecaster's model puts figures, like a report */
	{ 6, false, "A new NIESR model puts the long-run cost at 0.2% of GDP.", "NIESR model", NULL },
	/* maps are records that show, like data */
	{ 6, false, "Environment Agency flood maps show part of the site in flood zone 2.",
	  "Environment Agency flood maps", NULL },
	/* a document noun inside the relative clause is not the subject */
	{ 6, false, "The critics' grid, which polls a panel of reviewers, gave it an average of 2.9.", NULL, "polls" },
	{ 6, false, "Accounts filed at Companies House last week show the firm lost £4m.", "accounts",
	  "Companies House" },
	{ 6, false, "The wage was $19.42, Bureau of Labor Statistics data show.", "Bureau of Labor Statistics data",
	  "Statistics data" },
	/* 4. a participle's clause holds the verbs inside it; a verb of
	 * speech after the phrase makes it the reported clause's subject */
	{ 4, false, "The Teamsters filed a charge on Oct. 21, alleging that Parcelway had threatened workers with closure.",
	  "Teamsters", "Parcelway" },
	{ 4, false, "One of them, a picker who has worked at the site for four years, said a supervisor told her team that the trucks could go.",
	  "they", "supervisor" },
	{ 4, false, "A man travelling to Palma, who declined to give his name, said he had paid £410.", "man", "Palma" },
	/* 5. names that are not names: a known source's name in capitals
	 * is no grammar word; a name inside a phrase that hangs on a noun
	 * is no subject; a time phrase inside the verb group is no one */
	{ 5, true, "WHO says Marburg outbreak has spread to a second county", "World Health Organization", NULL },
	{ 5, false, "The outbreak has spread, the WHO said.", "World Health Organization", NULL },
	{ 5, false, "OPDC pumps 90,000 barrels a day from fields in Bayelsa and Rivers states, according to its website.",
	  "website", "Bayelsa and Rivers" },
	{ 5, false, "Communities in the Niger Delta have for decades complained that spills ruined farmland.",
	  "Communities", "for decades" },
	{ 5, false, "A criminal complaint filed Thursday in U.S. District Court says investigators traced him.",
	  "criminal complaint", "U.S. District Court" },
	{ 5, false, "Many were retirees, the prosecution says.", "prosecution", NULL },
	{ 5, false, "The outbreak has spread, according to an unnamed official.", "unnamed official", NULL },
	/* a duty is no speech; a relative clause's verbs are its own */
	{ 2, false, "Organisations must report serious breaches to the regulator within 72 hours.", NULL, NULL },
	{ 4, false, "Stein spokeswoman Melezia Figueroa said the candidate was doing media interviews, which she was "
	  "doing when security located her and told her to leave.", "Melezia Figueroa", "media interviews" },
	/* names through foreign particles; a street after "near" is no one */
	{ 12, false, "The commuters' association Utentes em Movimento said tens of thousands had no way to work.",
	  "Utentes em Movimento", "Movimento" },
	{ 12, false, "Giornale di Sicilia said the deal was done.", "Giornale di Sicilia", "Sicilia" },
	{ 12, false, "State operator Comboios de Portugal said it had run 112 trains.", "Comboios de Portugal",
	  "Portugal" },
	{ 5, false, "A man digging out his driveway near Bidwell Parkway, who gave only his first name, Marcus, "
	  "said he had been shoveling since 7 a.m.", "Marcus", "Bidwell Parkway" },
	/* a poll puts someone ahead, then the shares; a descriptor before
	 * a name is no part of it */
	{ 6, false, "The result marks a change from August, when a Northstar Analytics survey put Holm ahead 47% to 45%.",
	  "Northstar Analytics survey", NULL },
	{ 1, false, "The campaign group Carbon Justice Alliance accused ministers of hiding behind old cuts.",
	  "Carbon Justice Alliance", "campaign group Carbon Justice Alliance" },
	/* a participle opening the sentence is no speaker; nobody speaks
	 * in a refusal; one of the public before a name describes them */
	{ 5, false, "Speaking on RTÉ Radio 1's Morning Ireland, the Minister for Housing, Niall Brennock, said supply "
	  "was rising.", "Niall Brennock", "Speaking" },
	{ 2, false, "Neither company would say how many packs it expected to ship.", NULL, NULL },
	{ 2, false, "No official would say how many packs it expected to ship.", NULL, NULL },
	{ 12, false, "Passenger Maya Okafor, who was seated in row 14, wrote on X that the braking was violent.",
	  "Maya Okafor", "Passenger Maya Okafor" },
	{ 6, false, "Horvath collects A$3.5 million, according to figures published by Tennis Australia.",
	  "Tennis Australia", "Tennis Australia figures" },
	{ 6, false, "The cuts will save $2.9 million, according to the draft budget staff presented to council.",
	  "draft budget", "draft budget staff presented" },
	/* when a document came out, then who issued it; a body named by
	 * what it is, then its name; a site's report is its issuer's */
	{ 6, false, "House prices rose 5.1%, according to figures published on Wednesday by the Office for National "
	  "Statistics.", "Office for National Statistics", "figures" },
	{ 6, false, "Workers voted to join, according to a tally released Friday by the National Labor Relations Board.",
	  "National Labor Relations Board tally", NULL },
	{ 6, false, "The proportion fell to 26.1%, according to figures published on Thursday by the exams regulator, "
	  "Ofqual.", "Ofqual", "exams regulator" },
	{ 6, false, "Rents rose, according to a report published on Tuesday by the property website Letwise.ie.",
	  "Letwise.ie report", NULL },
	{ 6, false, "Its analysis found that the median amount claimed was $2,140.", "analysis", "median amount" },
	{ 4, false, "Residents described being woken by the crash of a battering ram.", "residents", NULL },
	/* a participle after its noun is no verb; a title between commas
	 * before the clause */
	{ 6, false, "Hackers obtained names, phone numbers and card details linked to the accounts.", NULL, NULL },
	{ 3, false, "Varga later wrote in her memoir, Rooms for Strangers, that she regretted the remark.", "Varga",
	  NULL },
	/* 8. an agency quoting someone relays; a reason cited is no source */
	{ 8, false, "RIA Novosti quoted the Russian Defence Ministry as saying that 53 drones were downed.",
	  "Russian Defence Ministry", "RIA Novosti" },
	{ 8, false, "Calder & Finch declined to say how the attackers got in, citing the continuing investigation.",
	  NULL, NULL },
	/* 12. sentence splits and span cuts: an organization's name goes on
	 * through "of", a role word inside it included */
	{ 12, false, "The Irish College of General Practitioners estimates that one in four GPs is over 60.",
	  "Irish College of General Practitioners", "Practitioners" },
	{ 12, false, "Royal College of Nursing chair Kamila Hawthorne said the wait was long.", "Kamila Hawthorne",
	  "Royal College" },
	{ 12, false, "Procter & Gamble said sales rose.", "Procter & Gamble", NULL },
	{ 12, false, "The bill was signed, Jason C. Ervin said.", "Jason C. Ervin", NULL },
	/* a title's point is no initial; a country that owns a long name
	 * is no part of it, a short one keeps it */
	{ 12, false, "Sheriff's Sgt. Mike Albrecht said 2,600 households had left.", "Mike Albrecht",
	  ". Mike Albrecht" },
	{ 12, false, "Italy's National Institute of Geophysics and Volcanology said the quake measured 6.1.",
	  "National Institute of Geophysics and Volcanology", NULL },
	{ 12, false, "Kenya's Health Ministry said 12 people had died.", "Kenya's Health Ministry", NULL },
	/* a body's noun in the plural after the first keeps the first in
	 * the name, as the singular does ("University College London") */
	{ 12, false, "University Hospitals Birmingham said it was busy.", "University Hospitals Birmingham",
	  "Hospitals Birmingham" },
	/* 5. a cue in a clause that only tells when the main clause
	 * happened sources nothing; one that reports does */
	{ 5, false, "The company was warned about the spills 16 months before it told regulators.", NULL, NULL },
	{ 5, false, "Shares fell 4% after Mr Smith told investors.", NULL, NULL },
	{ 5, false, "The plant was closed after the company said it had found a leak.", "company", NULL },
	/* 5. names joined inside a phrase a determiner opens are no subject
	 * of the noun that ends it */
	{ 5, false, "The recall covers products sold under the Gentle Start and Little Harvest brands at "
	  "pharmacies.", NULL, NULL },
	{ 1, false, "Smith and Jones say the vote was rigged.", "Smith and Jones", NULL },
	/* 1. media named by who runs them; a descriptor between the
	 * article and the name; a document's noun before "notes that" */
	{ 1, false, "The Guards seized a tanker on Thursday, Iranian state media reported.", "Iranian state media",
	  NULL },
	{ 1, false, "About 4.4 million people have diabetes, the charity Diabetes UK estimates.", "Diabetes UK",
	  NULL },
	{ 1, false, "The 42-page judgment notes that the council took no part.", "judgment", NULL },
	/* 6. an office that raises a toll publishes it; a law invoked is an
	 * act */
	{ 6, false, "The Civil Protection Department has raised the death toll to 14.",
	  "Civil Protection Department", NULL },
	{ 2, false, "Gov. Dana Whitlock invoked the state's Emergency Conflagration Act on Wednesday.", NULL, NULL },
	/* 1. "of" after a document's noun; a plural of capitals; a finding
	 * placed in a report before its "that" (an object between is no
	 * such phrase) */
	{ 7, true, "Irregular sleep linked to diabetes, study of 84,000 adults finds", "study", NULL },
	{ 7, true, "MPs accuse water company bosses of sitting on evidence", "MPs", NULL },
	{ 2, false, "The central bank signaled that it saw little room for more cuts.", "central bank", NULL },
	{ 6, false, "The inspector, Helen Carrick, found in her report last March that the council was short.",
	  "Helen Carrick", NULL },
	{ 6, false, "Police found in the car a bag that held cash.", NULL, NULL },
	/* 12. a list of capitals inside one name after "of" or "for"; a
	 * plural document noun ending a name of capitals is a business */
	{ 12, false, "The Department for Environment, Food and Rural Affairs said the cull would go ahead.",
	  "Department for Environment, Food and Rural Affairs", "and Rural Affairs" },
	{ 12, false, "The cases were caused by H5N1, the Ministry of Agriculture, Fisheries, Food Security and "
	  "Nature said.", "Ministry of Agriculture, Fisheries, Food Security and Nature", NULL },
	{ 12, false, "Kestrel Records, which released 11 of them, called her \"the heartbeat of this label\".",
	  "Kestrel Records", NULL },
	/* 7. a review's or an analysis's headline names the piece, not a
	 * speaker; a table puts figures as a report does */
	{ 7, true, "The Salt Road, Almeida Theatre review: a thrilling first act that sinks", NULL, NULL },
	{ 6, false, "Meridian's table puts five UK universities in the world's top 40.", "Meridian's table", NULL },
	/* 3. "said its data showed" opens the clause said: no inverted
	 * speaker; 8. the one quoted speaks, "him" as "he"; 7. a fact
	 * check's "Claim:" labels; a profession before a name */
	{ 3, false, "But Orbital Tide, a London-based company that analyses radar images, said its data showed "
	  "oil spread over 52 square kilometres.", "Orbital Tide", "data" },
	{ 8, false, "\"Our deterrent has reached a new level,\" the agency quoted him as saying.", "he", "agency" },
	{ 7, false, "Claim: \"Violent crime is up 40%,\" candidate Brent Haskell said at a rally.", "Brent Haskell",
	  "Claim" },
	{ 7, true, "Glaciologist Ingrid Halvorsen: warm water is reaching farther under Thwaites", "Ingrid Halvorsen",
	  "Glaciologist Ingrid Halvorsen" },
	/* 6. "data" takes a plural verb */
	{ 6, false, "In many markets, the data say about one in three listings is offering a discount.", "data",
	  NULL },
	/* 12. a subordinator opens no name */
	{ 12, false, "The bill is expected before the recess, though officials cautioned that it could slip.",
	  "officials", "though officials" },
	/* batches 33 and 34, read before any change: a body's unit; a
	 * nationality before a body's noun; the speaker after a place
	 * list; a participle placing a speaker; an answer word, an age and
	 * a portfolio that are no one's name */
	{ 1, false, "Nedbank's economic unit said it still expected one more cut.", "Nedbank's economic unit",
	  NULL },
	{ 1, false, "The British Retail Consortium said clothing sales fell 5.2%.", "British Retail Consortium",
	  "Retail Consortium" },
	{ 4, false, "A man was hurt on the harbour front at Porthleven, Devon and Cornwall Police said.",
	  "Devon and Cornwall Police", NULL },
	{ 4, false, "A woman living in Zhabinka told Zerkalo that the windows rattled.",
	  "woman living in Zhabinka", "Zhabinka" },
	{ 5, false, "No, says the Government.", "Government", "No" },
	{ 4, false, "The Minister for Public Expenditure, Fiona Gallagher, said the card would stay.",
	  "Fiona Gallagher", "Public Expenditure" },
	{ 4, false, "Jodie Clarkson, 27, said her son, now two, had been admitted to hospital.", "Jodie Clarkson",
	  "son" },
	{ 5, false, "Callers should ring 101, quoting log number 0318 of 14 September.", NULL, "September" },
	/* a text that carries its maker's words is the maker speaking */
	{ 6, false, "A statement by the Islamic Revolutionary Guard Corps said two drones were downed.",
	  "Islamic Revolutionary Guard Corps", "Islamic Revolutionary Guard Corps statement" },
	{ 6, false, "The warning says gusts of 70mph are likely inland.", "warning", NULL },
	/* a record that states ("the minutes record that"), a founding
	 * text that says; a station that records rain publishes a figure */
	{ 6, false, "The minutes record that the list was discussed.", "minutes", NULL },
	/* a document someone cites, with its participle right after it:
	 * the document speaks too ("find the record showing" cites none) */
	{ 6, false, "He cited a survey by the Federation of Small Businesses showing that 40% of firms were "
	  "struggling.", "Federation of Small Businesses survey", NULL },
	{ 6, false, "The nurse could not find the record showing a colleague had given the insulin.", NULL,
	  NULL },
	{ 6, false, "The NHS constitution says 85% of patients should start treatment within 62 days.",
	  "NHS constitution", NULL },
	{ 6, false, "The Finance Ministry's autumn forecast put the gap at about 400 million euros.",
	  "Finance Ministry's autumn forecast", "The Finance Ministry's" },
	{ 6, false, "In June, the same poll had Halvorsen ahead by four points.", "poll", NULL },
	{ 2, false, "Poland denied any role in the blast.", "Poland", NULL },
	/* what someone will or would do is no speech yet */
	{ 3, false, "The embassy said Moscow would respond.", "embassy", "Russia" },
	/* two people joined by "and" are two sources, also when a plural
	 * role or a title makes the whole look like one body or one role */
	{ 12, false, "Senators Bob Corker and Lindsey Graham said they would oppose the bill.", "Bob Corker",
	  "Senators Bob Corker and Lindsey Graham" },
	{ 12, false, "Senators Bob Corker and Lindsey Graham said they would oppose the bill.", "Lindsey Graham",
	  "Senators Bob Corker" },
	{ 12, false, "Mr. King and Mr. Schultz said the deal was dead.", "King", NULL },
	{ 12, false, "Mr. King and Mr. Schultz said the deal was dead.", "Schultz", NULL },
	{ 12, false, "Ms Bishop said the deal was dead.", "Bishop", "Ms Bishop" },
	{ 12, false, "Colby Road and Marsh End recorded 61,000 visits, the report said.", "report", "Colby Road" },
	{ 4, false, "Two MPs, speaking privately, said the tax lock had been added late.", "MPs", NULL },
	/* the first person with its auxiliary is the writer, no name */
	{ 5, false, "We've told the council that it must act.", NULL, "We've" },
	/* a figure scored is no clause said */
	{ 2, false, "Tom Rauhihi added 18 points.", NULL, "Tom Rauhihi" },
	/* the writer's own analysis is no source */
	{ 6, false, "Our analysis found that 38 of the sensors had gaps.", NULL, "analysis" },
	{ 6, false, "Their analysis found that 38 of the sensors had gaps.", "analysis", NULL },
	/* 12. span cuts: what describes a body is no part of its name */
	{ 12, false, "The al Qaeda-linked Group for the Support of Islam and Muslims claimed the kidnapping.",
	  "Group for the Support of Islam and Muslims", "al Qaeda-linked Group for the Support of Islam and Muslims" },
	/* 5. names that are not names: a capitalised adjective, a data word
	 * inside another phrase, a thing before its verb */
	{ 5, true, "Different questions, different answers", NULL, "Different" },
	{ 6, false, "An 11-point gap in the margin between polls is unusual, an expert said.", "expert",
	  "margin between polls" },
	{ 4, false, "The slide began after the No campaign launched in January, arguing that voters were not ready.",
	  "No campaign", "slide began" },
	/* 6. a poll or data named with what it covers or who made it */
	{ 6, false, "In a KFF survey of 2,100 adults, 41% said they had received a vaccine.", "KFF survey",
	  NULL },
	{ 6, false, "Unemployment rose to 4.2% in data from the Office for National Statistics.",
	  "Office for National Statistics", NULL },
	{ 6, false, "The poll put Ashdown on 47% among members who expressed a preference.", "poll", "Ashdown" },
	/* 6. unnamed researchers state a finding with "found that" */
	{ 6, false, "Researchers found that traffic cuts explained a third of the fall.", "researchers", NULL },
	{ 6, false, "Residents found the water off.", NULL, "residents" },
	/* 2. a complaint is speech; "states" closes only what was said
	 * before it; the outlet's own reporters are no source */
	{ 2, false, "Residents in Kelham Island have complained about towers going up.",
	  "Residents in Kelham Island", NULL },
	{ 5, false, "Any change needs the backing of the Council, which represents the member states.", NULL,
	  "member" },
	{ 5, false, "Our reporters describe a dense, mostly good-humoured crowd.", NULL, "reporters" },
	/* 4. a relative clause's finding inside what was said is part of it */
	{ 4, false, "Hannah Greaves said the judgment followed the decision, which found that drivers were workers.",
	  "Hannah Greaves", "decision" },
	/* 6. a document's figures with a participle between ("included in
	 * the report"); what cited evidence found is its own source */
	{ 6, false, "Police figures included in the report show 37 collisions.", "police figures", NULL },
	{ 6, false, "She cited a report by the Council of Europe, which found that some cells held six men.",
	  "Council of Europe report", NULL },
	/* 5. the writer's "I", in a verb group joined by "and", is no source */
	{ 5, false, "In 2014, I stood in front of 1,100 teenagers and told them that their phones would stay in "
		    "their lockers.", NULL, "I" },
	/* 2. "knocked X out of the Cup" is a result, "accused X of" speech */
	{ 2, false, "Gateshead knocked Premier League Nottingham Forest out of the FA Cup.", NULL, "Gateshead" },
	{ 2, false, "The senator accused the minister of lying.", "senator", NULL },
	/* 3. an adverb between a cue and "that"; a quoted source with an
	 * appositive before "as saying"; a pronoun's clause is no phrase */
	{ 3, false, "A senior Conservative source conceded privately that the party was fighting for third.",
	  "senior Conservative source", NULL },
	{ 4, false, "Your report quoted Cllr Dawn Maitland, the council's housing lead, as saying the homes "
		    "were needed.", "Dawn Maitland", "your report" },
	{ 5, false, "For a long stretch that is all they do: they box up jars, argue over the till and wait.", NULL,
	  "they box up jars" },
	/* 6. a poll that puts a side points clear */
	{ 6, false, "A Northstar poll puts Reform UK four points clear a week before the vote.", "Northstar poll",
	  NULL },
	/* 2. reading out results is speech; 12. a rank is no part of a name */
	{ 2, false, "Adele Brightwell, the returning officer, has read out the votes cast for each candidate.",
	  "Adele Brightwell", NULL },
	{ 12, false, "Assistant Chief Constable Owen Pritchard said the fall was real.", "Owen Pritchard",
	  "Constable Owen Pritchard" },
	/* 7. a noun-like cue closing the clause before it is a verb; a past
	 * form spelt as the base, ending a heading after a noun, is not */
	{ 7, true, "Neglect contributed to death of care home resident, coroner rules", "coroner", NULL },
	{ 7, true, "Oil falls to three-month low as IEA trims demand forecast", NULL, "oil falls" },
	/* 4. a short description in lower case before the name in an
	 * appositive; "-hosted" says where, names no one */
	{ 4, false, "Thailand's chief negotiator, retired general Prasert Wongsakul, told the Financial Times "
		    "that a deal was near.", "Prasert Wongsakul", "Thailand's chief negotiator" },
	{ 5, true, "Malaysia-hosted talks enter third day as each side accuses the other of breaching a truce",
	  "each side", "Malaysia-hosted" },
	/* 1. a couple speaks as one; a partitive with no "of" is the group */
	{ 1, false, "Another couple, from Crewe, said they had postponed starting a family.", "couple", NULL },
	{ 1, false, "A couple said they had lost £20,000.", "couple", NULL },
	/* 3. a habit of speech: "like to say" */
	{ 3, false, "Defra ministers like to say that food security is national security.", "Defra ministers",
	  NULL },
	/* 6. tallies are an office's figures; "there are reports" is vague */
	{ 6, false, "At least 14 people have been killed, according to tallies from Cambodia's defence ministry.",
	  "Cambodia's defence ministry", NULL },
	{ 6, false, "There are reports of fallen trees on the N59.", "reports", NULL },
	/* 4. "and" inside one phrase: the maker of two things, a compound */
	{ 4, false, "The maker of coatings and resins said profits would fall.", "maker of coatings and resins",
	  "resins" },
	{ 6, false, "A speech and language therapy assessment recommended a soft diet.",
	  "speech and language therapy assessment", "language therapy assessment" },
	{ 1, false, "Residents and shopkeepers said the road was dangerous.", "shopkeepers", "residents and shopkeepers" },
	/* 5. a date after "from" made nothing; 6. a document's noun after a
	 * figure or a hyphened modifier is no verb */
	{ 5, false, "An internal email from August 2024 shows a manager warning colleagues.", "internal email",
	  "August 2024 internal email" },
	{ 6, false, "The figure was higher than the 3.2% median forecast in a poll of economists.", "poll", "median" },
	{ 6, false, "Analysts at ING said it was expected, and lowered their fourth-quarter Brent forecast to $66.",
	  "Analysts at ING", "Brent" },
	{ 6, false, "The newly elected chairman forecast that sales would fall.", "newly elected chairman", NULL },
	/* 1. an unnamed source qualified after its noun, with an -s form */
	{ 1, false, "Ukraine was behind the attack, a person familiar with the matter says.",
	  "person familiar with the matter", NULL },
	{ 1, false, "The road familiar with floods says nothing.", NULL, NULL },
	/* 12. a plural possessive inside a body's name ("Hauliers'") is
	 * part of the name before a noun-like verb */
	{ 12, false, "The Road Hauliers' Association estimates that costs rose.", "Road Hauliers' Association", NULL },
	/* 6. a participle after its noun, before "had been" */
	{ 6, false, "The median forecast had been 2.4%.", NULL, "median" },
	/* 12. a list inside a name closes on "and": a place named "X of Y"
	 * before the comma lists nothing */
	{ 4, false, "Speaking outside the Royal Courts of Justice, Margaret Oyelaran said she was overjoyed.",
	  "Margaret Oyelaran", "Royal Courts of Justice" },
	/* 2. "call X 'Y'" when the object has a clause of its own; a
	 * quoted phrase of time or place after one names nothing */
	{ 2, false, "National officer Dawn Pritchard called the way staff had found out \"a disgrace\".",
	  "Dawn Pritchard", NULL },
	{ 2, false, "She called the clinic that had treated him \"last week\".", NULL, NULL },
	/* 2. a strict cue's "of" judges a person or a body ("accused the
	 * company of"), not a thing's ("rejected an offer of 36m") */
	{ 2, false, "The club rejected an opening offer of 36m euros on Tuesday.", NULL, NULL },
	{ 2, false, "She accused the company of lying to its customers.", "she", NULL },
	/* 3. "he" or "she" in a clause hung on the sentence is the role the
	 * sentence opens on */
	{ 3, false, "A spokesperson for Merseyrail credited its new fleet of trains, which she said had cut "
	  "faults by half.", "spokesperson for Merseyrail", NULL },
	{ 3, false, "A spokesman for the operator welcomed the report, but she said more was needed.",
	  "spokesman for the operator", "spokesman for the operator she" },
	/* 2. a question or a request after a modal is an option told:
	 * "tenants can ask the council" asks nothing */
	{ 2, false, "Where a landlord is selling, tenants can ask their local authority to buy the home.", NULL, NULL },
	{ 2, false, "The senator asked whether the plan was legal.", "senator", NULL },
	/* 6. a projection or a questionnaire reports as a survey does */
	{ 6, false, "A projection by Stöð 2 puts the Centre Party on 18%.", "Stöð 2 projection", NULL },
	{ 6, false, "An anonymous questionnaire of our pupils found that 64% felt less anxious.",
	  "anonymous questionnaire", NULL },
	/* 6. a rider's attack a distance from the line judges no one */
	{ 6, false, "Matteo Brancati won the stage, attacking alone 6 km from the summit to take the biggest win "
	  "of his career.", NULL, NULL },
	/* 6. a record label publishes its sales as a company does */
	{ 6, false, "The album sold more than 100,000 copies, according to the label.", "label", NULL },
	/* 6. the average of estimates is the compiler's figure, not a
	 * speaker called "average" */
	{ 6, false, "Analysts had expected a profit of 172m pounds, according to the average of estimates "
	  "compiled by Bloomberg.", "Bloomberg", "average" },
	{ 0, false, NULL, NULL, NULL },
};

START_TEST(recognize_shapes)
{
	const struct shape_case *c = &shapes[_i];
	pc_doc *d = pc_doc_check_paragraph(test_rules, c->text, c->heading);
	ck_assert_int_ge(d->nclaims, 1);
	const struct claim *cl = &d->claims[0];
	if (!c->source) {
		ck_assert_msg(cl->nsources == 0, "shape %d, \"%s\": unexpected source %s", c->shape,
			      c->text, cl->nsources ? cl->sources[0].name : "");
	} else {
		bool found = false;
		/* a role's case follows the text ("Mayor:", "the mayor") */
		for (size_t i = 0; i < cl->nsources; i++)
			found |= !strcasecmp(cl->sources[i].name, c->source);
		ck_assert_msg(found, "shape %d, \"%s\": no source \"%s\" (first: %s)", c->shape,
			      c->text, c->source, cl->nsources ? cl->sources[0].name : "none");
	}
	for (size_t i = 0; c->not && i < cl->nsources; i++)
		ck_assert_msg(strcmp(cl->sources[i].name, c->not), "shape %d, \"%s\": \"%s\" taken for a source",
			      c->shape, c->text, c->not);
	pc_doc_free(d);
}
END_TEST

/* "PARIS (AFP) -": the wire a dateline credits is the document's credit,
 * never a claim's source. */
START_TEST(recognize_dateline_credit)
{
	pc_doc *d = analyse("Headline of the story here\n\nPARIS (AFP) – The government said it would "
			    "raise taxes.\n", PC_FORMAT_TEXT);
	ck_assert_ptr_nonnull(d->credit);
	ck_assert_str_eq(d->credit, "Agence France-Presse");
	const struct claim *c = claim_at(d, "The government");
	for (size_t i = 0; i < c->nsources; i++)
		ck_assert_str_ne(c->sources[i].name, "Agence France-Presse");
	pc_doc_free(d);
}
END_TEST

/* a signature under a quoted paragraph signs it */
START_TEST(recognize_signature_signs_paragraph)
{
	pc_doc *d = analyse("Headline of the story here\n\n“We will win this fight. They will lose.”\n\n"
			    "— Bernie Sanders.\n", PC_FORMAT_TEXT);
	ck_assert_ptr_nonnull(source_named(claim_at(d, "“We will win"), "Bernie Sanders"));
	ck_assert_ptr_nonnull(source_named(claim_at(d, "They will lose"), "Bernie Sanders"));
	pc_doc_free(d);
}
END_TEST

START_TEST(recognize_constructions)
{
	const struct rec_case *c = &cases[_i];
	pc_doc *d = pc_doc_check_paragraph(test_rules, c->text, false);
	ck_assert_int_ge(d->nclaims, 1);
	const struct claim *cl = &d->claims[0];
	if (!c->source) {
		ck_assert_msg(cl->nsources == 0, "\"%s\": unexpected source %s", c->text,
			      cl->nsources ? cl->sources[0].name : "");
		pc_doc_free(d);
		return;
	}
	const struct source *s = source_named(cl, c->source);
	char via[256] = "";
	for (size_t i = 0; i < s->nvia; i++) {
		if (i)
			strcat(via, " > ");
		strcat(via, s->via[i]);
	}
	ck_assert_msg(!strcmp(via, c->via), "\"%s\": via \"%s\", want \"%s\"", c->text, via, c->via);
	if (c->channel)
		ck_assert_msg(s->channel && !strcmp(s->channel, c->channel),
			      "\"%s\": channel %s, want %s", c->text, s->channel ? s->channel : "null",
			      c->channel);
	/* the mention is the words of the sentence that name the source */
	ck_assert_uint_lt(s->mstart, s->mend);
	ck_assert_uint_le(s->mend, d->len);
	pc_doc_free(d);
}
END_TEST

START_TEST(recognize_mention_offsets)
{
	const char *text = "Headline\n\nThe bridge was closed, according to Efe.\n";
	pc_doc *d = analyse(text, PC_FORMAT_TEXT);
	const struct source *s = source_named(claim_at(d, "The bridge"), "EFE");
	ck_assert_int_eq((int)(s->mend - s->mstart), 3);
	ck_assert_int_eq(strncmp(text + s->mstart, "Efe", 3), 0);
	pc_doc_free(d);
}
END_TEST

int main(void)
{
	Suite *s;
	TCase *tc = rules_case("recognize", &s);
	size_t n = 0;
	while (cases[n].text)
		n++;
	tcase_add_loop_test(tc, recognize_constructions, 0, (int)n);
	size_t ns = 0;
	while (shapes[ns].text)
		ns++;
	tcase_add_loop_test(tc, recognize_shapes, 0, (int)ns);
	tcase_add_test(tc, recognize_dateline_credit);
	tcase_add_test(tc, recognize_signature_signs_paragraph);
	tcase_add_test(tc, recognize_mention_offsets);
	return run_suite(s);
}
