/* Readers: plain text heuristics, Markdown structure, HTML and NITF
 * (boilerplate, offsets through references, charsets, entities). */
#include "testutil.h"
#include "util.h"

static enum block_kind kind_of(const pc_doc *d, const char *prefix)
{
	for (size_t i = 0; i < d->nblocks; i++)
		if (!strncmp(d->blocks[i].text, prefix, strlen(prefix)))
			return d->blocks[i].kind;
	ck_abort_msg("no block starts with \"%s\"", prefix);
	return BLOCK_BODY;
}

START_TEST(text_head_blocks)
{
	pc_doc *d = analyse("Drone Strike Hits Kharkiv Power Plant\n"
			    "Officials say repairs will take weeks.\n"
			    "By Olena Kovalenko\n\n"
			    "Updated\n\n"
			    "KYIV, Nov 3 (Reuters) - A drone hit a power plant, officials said.\n\n"
			    "Firefighters work at the site in Kharkiv.AP\n\n"
			    "14:32\n\n"
			    "The fire was put out.\n\n"
			    "Associated Press writer Grace Wanjiru in Nairobi contributed to this report.\n",
			    PC_FORMAT_TEXT);
	ck_assert_int_eq(kind_of(d, "Drone Strike"), BLOCK_HEADLINE);
	ck_assert_int_eq(kind_of(d, "Officials say repairs"), BLOCK_DEK);
	ck_assert_int_eq(kind_of(d, "By Olena"), BLOCK_BYLINE);
	ck_assert_int_eq(kind_of(d, "Updated"), BLOCK_LABEL);
	ck_assert_int_eq(kind_of(d, "KYIV, Nov 3"), BLOCK_DATELINE);
	ck_assert_int_eq(kind_of(d, "A drone hit"), BLOCK_BODY);
	ck_assert_int_eq(kind_of(d, "Firefighters work"), BLOCK_CAPTION);
	ck_assert_int_eq(kind_of(d, "AP"), BLOCK_CREDIT);
	ck_assert_int_eq(kind_of(d, "14:32"), BLOCK_LABEL);
	ck_assert_int_eq(kind_of(d, "Associated Press writer"), BLOCK_BYLINE);
	/* the credit is not a source and the caption is not a claim */
	const struct claim *c = claim_at(d, "Firefighters");
	ck_assert_int_eq(c->kind, CLAIM_NOT);
	ck_assert_int_eq(c->nsources, 0);
	pc_doc_free(d);
}
END_TEST

/* A dateline alone in its paragraph ("TALLINN, June 12 —"), with
 * places joined by a slash, is no claim; the story opens below it. */
START_TEST(text_dateline_alone)
{
	pc_doc *d = analyse("Oil falls to four-month low\n\n"
			    "LONDON/DUBAI, Aug. 4 —\n\n"
			    "Oil prices fell 3% on Monday, traders said.\n", PC_FORMAT_TEXT);
	ck_assert_int_eq(kind_of(d, "LONDON/DUBAI"), BLOCK_DATELINE);
	ck_assert_int_eq(kind_of(d, "Oil prices fell"), BLOCK_BODY);
	ck_assert_int_eq(claim_at(d, "LONDON/DUBAI")->kind, CLAIM_NOT);
	pc_doc_free(d);
	/* a province's abbreviation ends no sentence before the dash */
	d = analyse("Liberals hold Kenora\n\n"
		    "KENORA, Ont. — Liberal Ada Moose held the riding on Monday, results showed.\n",
		    PC_FORMAT_TEXT);
	ck_assert_int_eq(kind_of(d, "KENORA, Ont."), BLOCK_DATELINE);
	ck_assert_int_eq(claim_at(d, "Liberal Ada Moose")->kind, CLAIM_CLAIM);
	pc_doc_free(d);
	/* a number in the place's name: "THYON 2000" is a resort, and its
	 * capitals no speaker of the lede */
	d = analyse("Holmgaard wins at Thyon\n\n"
		    "THYON 2000, Switzerland — Mads Holmgaard won the fourth stage on Friday.\n",
		    PC_FORMAT_TEXT);
	const struct claim *c = claim_at(d, "Mads Holmgaard");
	ck_assert_uint_eq(c->nsources, 0);
	ck_assert_int_eq(claim_at(d, "THYON")->kind, CLAIM_NOT);
	pc_doc_free(d);
}
END_TEST

/* "By" opens sentences as well as bylines: a byline names people and
 * outlets, a sentence goes on in lower case or with a figure. */
START_TEST(text_by_sentences_are_no_bylines)
{
	pc_doc *d = analyse("Drones Ordered Across NATO\n\n"
			    "By Jane Doe and John Roe, staff writers\n\n"
			    "By the end of March, 40 schools had closed.\n\n"
			    "By Rautio's count, at least eight members have ordered drones.\n\n"
			    "By Monday, 12 more had followed.\n\n"
			    "By   Péter Halász in Budapest\n", PC_FORMAT_TEXT);
	ck_assert_int_eq(kind_of(d, "By Jane Doe"), BLOCK_BYLINE);
	ck_assert_int_eq(kind_of(d, "By the end"), BLOCK_BODY);
	ck_assert_int_eq(kind_of(d, "By Rautio"), BLOCK_BODY);
	ck_assert_int_eq(kind_of(d, "By Monday"), BLOCK_BODY);
	ck_assert_int_eq(kind_of(d, "By   P"), BLOCK_BYLINE);
	pc_doc_free(d);
}
END_TEST

START_TEST(text_repeated_caption)
{
	pc_doc *d = analyse("Headline Goes Here\n\nRescuers search the rubble of a house in Odesa.\n\n"
			    "The strike hit at dawn.\n\n"
			    "Rescuers search the rubble of a house in Odesa.Reuters\n", PC_FORMAT_TEXT);
	ck_assert_int_eq(d->blocks[1].kind, BLOCK_CAPTION);
	ck_assert_int_eq(kind_of(d, "The strike"), BLOCK_BODY);
	pc_doc_free(d);
}
END_TEST

START_TEST(markdown_structure)
{
	const char *md = "---\ntitle: x\n---\n# Port strike kills two\n\n## Rescuers search the docks\n\n"
			 "By Ana Lima\n\n"
			 "Two people died, *police* said.\n\n"
			 "> \"We are shocked,\" the mayor said.\n\n"
			 "- Ships were diverted, the port said.\n\n"
			 "```\ncode said nothing.\n```\n\n"
			 "![Smoke](x.jpg)\n\n*Smoke over the port.* Photo: AFP\n";
	pc_doc *d = analyse(md, PC_FORMAT_MARKDOWN);
	ck_assert_int_eq(kind_of(d, "Port strike"), BLOCK_HEADLINE);
	ck_assert_int_eq(kind_of(d, "Rescuers search"), BLOCK_DEK);
	ck_assert_int_eq(kind_of(d, "By Ana"), BLOCK_BYLINE);
	ck_assert_int_eq(kind_of(d, "\"We are shocked"), BLOCK_QUOTE);
	ck_assert_int_eq(kind_of(d, "Ships were"), BLOCK_LIST_ITEM);
	ck_assert_int_eq(kind_of(d, "Smoke over"), BLOCK_CAPTION);
	for (size_t i = 0; i < d->nblocks; i++) {
		ck_assert_ptr_null(strstr(d->blocks[i].text, "code said"));
		ck_assert_ptr_null(strstr(d->blocks[i].text, "title:"));
	}
	/* offsets skip the markup: the claim starts at "Two" in the file */
	const struct claim *c = claim_at(d, "Two people");
	ck_assert_int_eq(strncmp(md + c->start, "Two people", 10), 0);
	ck_assert_str_eq(c->text, "Two people died, police said.");
	pc_doc_free(d);
}
END_TEST

/* An opinion piece closes on its writer's note in italics: a credit,
 * no claim; a note on where a work is on stays a claim. */
START_TEST(markdown_author_note)
{
	pc_doc *d = analyse("# The minimum wage and me\n\n"
			    "I warned the wage floor would cost jobs, and I was wrong.\n\n"
			    "*Helen Marsh is professor of labour economics at the University of Warwick. "
			    "She writes in a personal capacity.*\n", PC_FORMAT_MARKDOWN);
	ck_assert_int_eq(kind_of(d, "Helen Marsh"), BLOCK_CREDIT);
	ck_assert_int_eq(claim_at(d, "Helen Marsh")->kind, CLAIM_NOT);
	ck_assert_int_eq(kind_of(d, "I warned"), BLOCK_BODY);
	pc_doc_free(d);
	d = analyse("# Low Water Mark review\n\n"
		    "The album is her best.\n\n"
		    "*Low Water Mark is out now on Northfold Records.*\n", PC_FORMAT_MARKDOWN);
	ck_assert_int_eq(kind_of(d, "Low Water Mark is"), BLOCK_BODY);
	pc_doc_free(d);
	d = analyse("# The Dispensary review\n\n"
		    "The play is a triumph.\n\n"
		    "*The Dispensary is a co-production with the Royal Exchange.*\n", PC_FORMAT_MARKDOWN);
	ck_assert_int_eq(kind_of(d, "The Dispensary is"), BLOCK_BODY);
	pc_doc_free(d);
}
END_TEST

/* A letters page signs each letter with a name and a place: a label,
 * no claim; a short sentence with a comma is still a claim. */
START_TEST(markdown_letter_signature)
{
	pc_doc *d = analyse("# Your letters\n\n"
			    "The 950 homes at Corve Meadows are the first serious attempt to build.\n\n"
			    "**Helen Marchbank**, Ludlow\n\n"
			    "Prices Rose, Again.\n", PC_FORMAT_MARKDOWN);
	ck_assert_int_eq(kind_of(d, "Helen Marchbank"), BLOCK_LABEL);
	ck_assert_int_eq(claim_at(d, "Helen Marchbank")->kind, CLAIM_NOT);
	ck_assert_int_eq(kind_of(d, "Prices Rose"), BLOCK_BODY);
	pc_doc_free(d);
}
END_TEST

START_TEST(invalid_utf8_is_warned_not_fatal)
{
	pc_doc *d = analyse("Headline\n\nThe mayor said \xff\xfe the bridge is shut.\n", PC_FORMAT_TEXT);
	ck_assert_ptr_nonnull(pc_doc_warnings(d));
	ck_assert_ptr_nonnull(strstr(pc_doc_warnings(d), "invalid UTF-8"));
	pc_doc_free(d);
}
END_TEST

START_TEST(excerpt_never_splits_a_character)
{
	/* "couple’s": the apostrophe's three bytes straddle byte 10. */
	const char *s = "the couple\xe2\x80\x99s row";
	ck_assert_int_eq(utf8_clip(s, 10), 10);
	ck_assert_int_eq(utf8_clip(s, 11), 10);
	ck_assert_int_eq(utf8_clip(s, 12), 10);
	ck_assert_int_eq(utf8_clip(s, 13), 13);
	ck_assert_int_eq(utf8_clip(s, 90), (int)strlen(s));
	ck_assert_int_eq(utf8_clip("", 5), 0);
}
END_TEST

START_TEST(nul_byte_is_an_error)
{
	char *err = NULL;
	const char text[] = "Headline\n\nA\0B\n";
	pc_doc *d = pc_doc_check(test_rules, "bin.txt", text, sizeof(text) - 1, PC_FORMAT_TEXT, &err);
	ck_assert_ptr_null(d);
	ck_assert_ptr_nonnull(strstr(err, "bin.txt:3:2: error: NUL byte"));
	free(err);
}
END_TEST

static pc_doc *check_bytes_as(const char *path, const char *data, size_t len, enum pc_format fmt)
{
	char *err = NULL;
	pc_doc *d = pc_doc_check(test_rules, path, data, len, fmt, &err);
	ck_assert_msg(d != NULL, "analysis failed: %s", err ? err : "?");
	return d;
}

static bool has_block(const pc_doc *d, const char *needle)
{
	for (size_t i = 0; i < d->nblocks; i++)
		if (strstr(d->blocks[i].text, needle))
			return true;
	return false;
}

START_TEST(html_article_and_boilerplate)
{
	const char *page =
		"<!DOCTYPE html><html><head><title>Dam holds | Daily Planet</title>\n"
		"<script>var s = \"<p>Not text &amp; never read</p>\";</script></head>\n"
		"<body><nav><a href=\"/\">Home</a></nav>\n"
		"<div class=\"cookie-banner\">We use cookies to improve your visit.</div>\n"
		"<article><h1>Dam holds after record rain</h1>\n"
		"<p class=\"dek\">Engineers say the structure is sound.</p>\n"
		"<p class=\"byline\">Marta Lind</p>\n"
		"<time datetime=\"2030-10-18\">Oct. 18, 2030, 6:05 a.m.</time>\n"
		"<p><time>Updated Oct. 19</time></p>\n"
		"<p>Crews worked until <time>2 a.m.</time> on the spillway.</p>\n"
		"<p>The dam held overnight, the water board said &mdash; and\n"
		"   the river fell by 40&nbsp;cm.</p>\n"
		"<figure><img src=\"d.jpg\"><figcaption>The dam on Monday. "
		"<span class=\"credit\">Photo: Reuters</span></figcaption></figure>\n"
		"<aside class=\"related\"><p>Read more about floods.</p></aside>\n"
		"<p>&ldquo;We are ready,&rdquo; she said. &ldquo;It is done.&rdquo;</p>\n"
		"</article><footer>All rights reserved.</footer></body></html>\n";
	pc_doc *d = check_bytes_as("t.html", page, strlen(page), PC_FORMAT_HTML);
	ck_assert_str_eq(d->format, "html");
	ck_assert_int_eq(kind_of(d, "Dam holds after"), BLOCK_HEADLINE);
	ck_assert_int_eq(kind_of(d, "Engineers say"), BLOCK_DEK);
	ck_assert_int_eq(kind_of(d, "Marta Lind"), BLOCK_BYLINE);
	/* a timestamp alone is a label; a time inside a sentence stays in it */
	ck_assert_int_eq(kind_of(d, "Oct. 18, 2030"), BLOCK_LABEL);
	ck_assert_int_eq(kind_of(d, "Updated Oct. 19"), BLOCK_LABEL);
	ck_assert_int_eq(kind_of(d, "Crews worked until 2 a.m. on"), BLOCK_BODY);
	ck_assert_int_eq(kind_of(d, "The dam on Monday"), BLOCK_CAPTION);
	ck_assert_int_eq(kind_of(d, "Photo: Reuters"), BLOCK_CREDIT);
	const char *gone[] = { "Home", "cookies", "Not text", "Read more", "rights", "Daily Planet" };
	for (size_t i = 0; i < sizeof(gone) / sizeof(*gone); i++)
		ck_assert_msg(!has_block(d, gone[i]), "boilerplate \"%s\" read as text", gone[i]);
	/* references decoded in the text, offsets in the file */
	const struct claim *c = claim_at(d, "The dam held");
	ck_assert_str_eq(c->text, "The dam held overnight, the water board said \xE2\x80\x94 and the "
				  "river fell by 40 cm."); /* the no-break space folds too */
	ck_assert_int_eq(strncmp(page + c->start, "The dam held", 12), 0);
	ck_assert_int_eq(c->line, 11);
	ck_assert_int_eq(c->col, 4);
	/* a claim ending in a reference ends after it, not inside it */
	c = claim_at(d, "\xE2\x80\x9CIt is done");
	ck_assert_int_eq(strncmp(page + c->start, "&ldquo;It", 9), 0);
	ck_assert_int_eq(strncmp(page + c->end - 7, "&rdquo;", 7), 0);
	pc_doc_free(d);
}
END_TEST

START_TEST(html_declared_charset_and_utf16)
{
	const char latin[] = "<html><head><meta charset=\"windows-1252\"></head><body>\n"
			     "<p>The caf\xe9\x92s owner said prices rose.</p></body></html>\n";
	pc_doc *d = check_bytes_as("t.html", latin, sizeof(latin) - 1, PC_FORMAT_HTML);
	const struct claim *c = claim_at(d, "The caf");
	ck_assert_str_eq(c->text, "The caf\xC3\xA9\xE2\x80\x99s owner said prices rose.");
	ck_assert_int_eq(c->line, 2);
	ck_assert_int_eq(c->col, 4);
	pc_doc_free(d);

	/* the same page in UTF-16LE with a BOM: the BOM is no column */
	const char *ascii = "<html><body>\n<p>The port reopened, officials said.</p></body></html>\n";
	size_t n = strlen(ascii);
	char *u16 = malloc(2 * n + 2);
	u16[0] = (char)0xFF;
	u16[1] = (char)0xFE;
	for (size_t i = 0; i < n; i++) {
		u16[2 + 2 * i] = ascii[i];
		u16[3 + 2 * i] = 0;
	}
	d = check_bytes_as("t.html", u16, 2 * n + 2, PC_FORMAT_HTML);
	c = claim_at(d, "The port reopened");
	ck_assert_int_eq(c->line, 2);
	ck_assert_int_eq(c->col, 4);
	ck_assert_ptr_nonnull(source_named(c, "officials"));
	pc_doc_free(d);
	free(u16);
}
END_TEST

START_TEST(nitf_credit_and_entities)
{
	const char *item =
		"<?xml version=\"1.0\"?>\n"
		"<!DOCTYPE nitf [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">\n"
		"<!ENTITY lol \"lollollollollol\">]>\n"
		"<nitf><head><title>Port strike</title></head><body><body.head>\n"
		"<hedline><hl1>Dockers strike in Antwerp</hl1></hedline>\n"
		"<distributor>Reuters</distributor><dateline>ANTWERP, Nov 3</dateline></body.head>\n"
		"<body.content><p>Dockers walked out &xxe;&lol; on Tuesday, the union said.</p>\n"
		"<bq><block><p>&#8220;We have no choice,&#8221; said Marie Claes.</p></block></bq>\n"
		"</body.content></body></nitf>\n";
	pc_doc *d = check_bytes_as("t.nitf", item, strlen(item), PC_FORMAT_NITF);
	ck_assert_str_eq(d->format, "nitf");
	ck_assert_str_eq(d->credit, "Reuters");
	ck_assert_ptr_nonnull(strstr(pc_doc_warnings(d), "not expanded"));
	ck_assert_int_eq(kind_of(d, "Dockers strike"), BLOCK_HEADLINE);
	ck_assert_int_eq(kind_of(d, "ANTWERP"), BLOCK_DATELINE);
	ck_assert_int_eq(kind_of(d, "\xE2\x80\x9CWe have"), BLOCK_QUOTE);
	ck_assert_msg(!has_block(d, "root:") && !has_block(d, "lollol"), "an entity was expanded");
	const struct claim *c = claim_at(d, "Dockers walked out");
	ck_assert_str_eq(c->text, "Dockers walked out on Tuesday, the union said.");
	ck_assert_int_eq(c->line, 7);
	ck_assert_int_eq(strncmp(item + c->start, "Dockers walked", 14), 0);
	/* the distributor delivers the item: it is no claim's source */
	for (size_t i = 0; i < d->nclaims; i++)
		for (size_t k = 0; k < d->claims[i].nsources; k++)
			ck_assert_str_ne(d->claims[i].sources[k].name, "Reuters");
	pc_doc_free(d);
}
END_TEST

/* Invisible characters carry no text: a byte-order mark, a bidi control
 * or a zero-width space between two sentences parts them as a space
 * would, a joiner inside a name leaves the name whole, and emoji open a
 * sentence as a capital does. */
START_TEST(invisible_characters_part_sentences)
{
	static const char *const between[] = {
		"\xEF\xBB\xBF", " \xEF\xBB\xBF", "\xE2\x80\x8B", " \xE2\x80\xAE", " \xE2\x81\xA7",
		" \xF0\x9F\x91\xA8\xE2\x80\x8D\xF0\x9F\x91\xA9 ",
	};
	for (size_t i = 0; i < sizeof(between) / sizeof(*between); i++) {
		char text[256];
		snprintf(text, sizeof(text), "Bridge Reopens\n\nThe council voted on Monday.%s"
			 "The repairs cost more, Reu\xE2\x80\x8Dters reported.\n", between[i]);
		pc_doc *d = analyse(text, PC_FORMAT_TEXT);
		const struct claim *c = claim_at(d, "The council voted on Monday.");
		ck_assert_msg(c->nsources == 0, "case %zu: the council's claim has a source", i);
		ck_assert_int_eq(d->nclaims, 3);
		source_named(&d->claims[2], "Reuters");
		pc_doc_free(d);
	}
}
END_TEST

/* A file with old Mac line ends (a lone CR) has lines and paragraphs. */
START_TEST(lone_cr_ends_lines)
{
	static const char text[] = "Bridge Reopens\r\rThe bridge reopened on Monday, the council "
				   "said.\rA drone strike killed seven people overnight.\r";
	for (int md = 0; md < 2; md++) {
		pc_doc *d = analyse(text, md ? PC_FORMAT_MARKDOWN : PC_FORMAT_TEXT);
		ck_assert_int_eq(claim_at(d, "Bridge Reopens")->line, 1);
		ck_assert_int_eq(claim_at(d, "The bridge reopened")->line, 3);
		ck_assert_int_eq(claim_at(d, "A drone strike")->line, 4);
		pc_doc_free(d);
	}
}
END_TEST

int main(void)
{
	Suite *s;
	TCase *tc = rules_case("read", &s);
	tcase_add_test(tc, text_head_blocks);
	tcase_add_test(tc, text_dateline_alone);
	tcase_add_test(tc, text_by_sentences_are_no_bylines);
	tcase_add_test(tc, invisible_characters_part_sentences);
	tcase_add_test(tc, lone_cr_ends_lines);
	tcase_add_test(tc, text_repeated_caption);
	tcase_add_test(tc, markdown_structure);
	tcase_add_test(tc, markdown_letter_signature);
	tcase_add_test(tc, markdown_author_note);
	tcase_add_test(tc, invalid_utf8_is_warned_not_fatal);
	tcase_add_test(tc, excerpt_never_splits_a_character);
	tcase_add_test(tc, nul_byte_is_an_error);
	tcase_add_test(tc, html_article_and_boilerplate);
	tcase_add_test(tc, html_declared_charset_and_utf16);
	tcase_add_test(tc, nitf_credit_and_entities);
	return run_suite(s);
}
