/* Segmenter traps: abbreviations, initials, decimals, ellipses, quotes. */
#include "segment.h"
#include "testutil.h"

struct seg_case {
	const char *text;
	int count;
	const char *second; /* first words of the second sentence, or NULL */
};

static const struct seg_case cases[] = {
	{ "Mr. Smith met Gen. Jones in the U.S. capital on Jan. 5. They talked.", 2, "They talked." },
	{ "J. K. Rowling spoke. It was brief.", 2, "It was brief." },
	{ "Inflation rose to 3.5% in May. Prices fell.", 2, "Prices fell." },
	{ "\"We were attacked,\" he said. \"We will respond.\"", 2, "\"We will respond.\"" },
	{ "\xE2\x80\x9CIt is over.\xE2\x80\x9D Then he left.", 2, "Then he left." },
	{ "He waited... and waited. Nothing came.", 2, "Nothing came." },
	{ "The deal was signed in the U.S. The talks ended.", 2, "The talks ended." },
	{ "Shares of Calder Inc. rose 4%.", 1, NULL },
	{ "He lives at No. 10 and works for Acme Corp. in St. Louis.", 1, NULL },
	{ "Was it worth it? Nobody knows.", 2, "Nobody knows." },
	{ "The meeting ended at 5 p.m. local time.", 1, NULL },
	/* a social media handle opens a sentence as a name does; an email
	 * address's "@" inside a word does not */
	{ "He called it a hoax. @SDTaxpayerWatch said the bill had tripled.", 2, "@SDTaxpayerWatch said the bill had tripled." },
	{ "Write to news@example.org for details.", 1, NULL },
	{ NULL, 0, NULL },
};

START_TEST(segment_cases)
{
	const struct seg_case *c = &cases[_i];
	size_t st[16], en[16];
	size_t n = segment_sentences(test_rules, c->text, strlen(c->text), st, en, 16);
	ck_assert_msg((int)n == c->count, "\"%s\": %zu sentences, want %d", c->text, n, c->count);
	if (c->second) {
		size_t l = en[1] - st[1];
		ck_assert_msg(l == strlen(c->second) && !strncmp(c->text + st[1], c->second, l),
			      "\"%s\": second sentence \"%.*s\"", c->text, (int)l, c->text + st[1]);
	}
}
END_TEST

START_TEST(segment_quote_spans_paragraphs)
{
	/* a quotation continued in a new paragraph keeps its identity */
	pc_doc *d = analyse("Headline here\n\n\"We will hold the line,\" said Mayor Ihor Terekhov. "
			    "\"The city is ready.\n\n\"Nobody will leave.\"\n", PC_FORMAT_TEXT);
	const struct claim *a = claim_at(d, "\"The city");
	const struct claim *b = claim_at(d, "\"Nobody");
	ck_assert_int_ge(a->quote, 0);
	ck_assert_int_eq(a->quote, b->quote);
	pc_doc_free(d);
}
END_TEST

START_TEST(segment_offsets_map_back)
{
	const char *text = "Headline here\n\nFirst line of a paragraph\nwrapped here. Second one.\n";
	pc_doc *d = analyse(text, PC_FORMAT_TEXT);
	const struct claim *c = claim_at(d, "Second");
	ck_assert_int_eq(strncmp(text + c->start, "Second one.", 11), 0);
	ck_assert_int_eq(c->line, 4);
	ck_assert_int_eq(c->col, 15);
	c = claim_at(d, "First line");
	ck_assert_str_eq(c->text, "First line of a paragraph wrapped here.");
	pc_doc_free(d);
}
END_TEST

/* A dek of two sentences is two headings, each with its own source: the
 * second's "Critics say" is no source of the first. */
START_TEST(segment_dek_sentences)
{
	pc_doc *d = analyse("# Museum sends bronzes home\n\n"
			    "*The Pennington Museum will hand 23 objects to Nigeria next month. "
			    "Critics say it took far too long.*\n\n"
			    "The objects leave Leeds on Monday.\n",
			    PC_FORMAT_MARKDOWN);
	const struct claim *a = claim_at(d, "The Pennington Museum will hand");
	const struct claim *b = claim_at(d, "Critics say");
	ck_assert_int_eq(a->kind, CLAIM_HEADING);
	ck_assert_int_eq(b->kind, CLAIM_HEADING);
	ck_assert_str_eq(a->text, "The Pennington Museum will hand 23 objects to Nigeria next month.");
	ck_assert_int_eq(a->nsources, 0);
	source_named(b, "critics");
	pc_doc_free(d);
}
END_TEST

/* A paragraph wholly in brackets is the desk's note: no claim, and no
 * "adds" read as a cue; brackets inside a sentence change nothing. */
START_TEST(segment_bracketed_note)
{
	pc_doc *d = analyse("Train derails near Volgograd\n\n"
			    "(Updates death toll, adds governor's comments, investigators' case)\n\n"
			    "The toll rose to 12 (officials said) by noon.\n",
			    PC_FORMAT_TEXT);
	const struct claim *note = claim_at(d, "(Updates");
	ck_assert_int_eq(note->kind, CLAIM_NOT);
	ck_assert_uint_eq(note->nsources, 0);
	ck_assert_int_eq(claim_at(d, "The toll")->kind, CLAIM_CLAIM);
	pc_doc_free(d);
}
END_TEST

/* A live blog's entries headed by their time: the heading states
 * nothing, and "Follow our live coverage" asks the reader. */
START_TEST(segment_live_blog_times)
{
	pc_doc *d = analyse("# Storm hits coast\n\n"
			    "The storm came ashore on Tuesday. Follow our live coverage below.\n\n"
			    "### 12:40 p.m. CDT\n\n"
			    "Power was cut to 200,000 homes, the utility said.\n",
			    PC_FORMAT_MARKDOWN);
	ck_assert_int_eq(claim_at(d, "12:40 p.m.")->kind, CLAIM_NOT);
	ck_assert_int_eq(claim_at(d, "Follow our")->kind, CLAIM_NOT);
	ck_assert_int_eq(claim_at(d, "Power was cut")->kind, CLAIM_CLAIM);
	pc_doc_free(d);
}
END_TEST

/* A transcript's courtesies state nothing, even when the turn opens by
 * naming whom it speaks to; what the turn says after the name does. */
START_TEST(segment_transcript_courtesies)
{
	pc_doc *d = analyse("Housing chief on the record\n\n"
			    "HOST: Marcus, thanks for coming in.\n\n"
			    "FENWICK: Glad to be here.\n\n"
			    "HOST: Marcus Fenwick, the city has 212 empty units.\n",
			    PC_FORMAT_TEXT);
	ck_assert_int_eq(claim_at(d, "HOST: Marcus, thanks")->kind, CLAIM_NOT);
	ck_assert_int_eq(claim_at(d, "FENWICK: Glad")->kind, CLAIM_NOT);
	ck_assert_int_eq(claim_at(d, "HOST: Marcus Fenwick, the city")->kind, CLAIM_CLAIM);
	pc_doc_free(d);
}
END_TEST

int main(void)
{
	Suite *s;
	TCase *tc = rules_case("segment", &s);
	tcase_add_test(tc, segment_dek_sentences);
	tcase_add_test(tc, segment_bracketed_note);
	tcase_add_test(tc, segment_live_blog_times);
	tcase_add_test(tc, segment_transcript_courtesies);
	size_t n = 0;
	while (cases[n].text)
		n++;
	tcase_add_loop_test(tc, segment_cases, 0, (int)n);
	tcase_add_test(tc, segment_quote_spans_paragraphs);
	tcase_add_test(tc, segment_offsets_map_back);
	return run_suite(s);
}
