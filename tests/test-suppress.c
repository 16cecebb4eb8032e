/* Inline suppressions in plain text and Markdown: every verb, the
 * no-blank-line rule, unused and unreadable suppressions. */
#include "testutil.h"

#include "judge.h"

/* How many findings of rule `id` the document reports. */
static int count(const pc_doc *d, const char *id)
{
	int n = 0;
	for (size_t i = 0; i < d->nfindings; i++)
		n += strcmp(judge_rule_id(d->findings[i].rule), id) == 0;
	return n;
}

/* The line of the first finding of `id`, or 0. */
static int line_of(const pc_doc *d, const char *id)
{
	for (size_t i = 0; i < d->nfindings; i++)
		if (strcmp(judge_rule_id(d->findings[i].rule), id) == 0)
			return d->findings[i].line;
	return 0;
}

/* Two unsourced numbers: the one a suppression names, and a witness that
 * must stay reported. */
#define TWO_NUMBERS_A "The district built 14 new schools in 2024."
#define TWO_NUMBERS_B "Tuition rose by 9 percent in a year."

static const char *const md_cases[][2] = {
	{ "<!-- provcheck-disable-next-line unsourced -->\n" TWO_NUMBERS_A "\n\n" TWO_NUMBERS_B "\n", "next-line" },
	/* no blank line between the comment and a paragraph before it */
	{ TWO_NUMBERS_B "\n<!-- provcheck-disable-next-line unsourced -->\n" TWO_NUMBERS_A "\n", "next-line after text" },
	{ TWO_NUMBERS_A " <!-- provcheck-disable-line unsourced -->\n\n" TWO_NUMBERS_B "\n", "same line" },
	{ "<!-- provcheck-disable unsourced -->\n" TWO_NUMBERS_A "\n<!-- provcheck-enable unsourced -->\n\n" TWO_NUMBERS_B "\n", "range" },
	{ "<!-- provcheck-ignore unsourced \"the district built 14\" -->\n\n" TWO_NUMBERS_B "\n\n" TWO_NUMBERS_A "\n", "ignore" },
	{ "<!-- provcheck-disable-next-line unsourced -- the clerk's figure, see sidebar -->\n" TWO_NUMBERS_A "\n\n" TWO_NUMBERS_B "\n", "a reason" },
	{ "<!-- provcheck: disable-next-line unsourced -->\n\n\n" TWO_NUMBERS_A "\n\n" TWO_NUMBERS_B "\n", "blank lines before the target" },
};

START_TEST(markdown_verbs)
{
	pc_doc *d = analyse(md_cases[_i][0], PC_FORMAT_MARKDOWN);
	ck_assert_msg(count(d, "unsourced") == 1, "%s: %d unsourced", md_cases[_i][1],
		      count(d, "unsourced"));
	const struct claim *b = claim_at(d, "Tuition rose");
	ck_assert_int_eq(line_of(d, "unsourced"), b->line);
	ck_assert_uint_eq(pc_doc_suppressed(d), 1);
	ck_assert_int_eq(count(d, "unused-suppression"), 0);
	pc_doc_free(d);
}
END_TEST

static const char *const text_cases[][2] = {
	{ "# provcheck: disable-next-line unsourced\n" TWO_NUMBERS_A "\n\n" TWO_NUMBERS_B "\n", "next-line" },
	{ TWO_NUMBERS_B "\n\n# provcheck: disable unsourced\n" TWO_NUMBERS_A "\n", "disable to the end" },
	{ "  #provcheck-ignore unsourced \u201cThe district built\u201d\n\n" TWO_NUMBERS_A "\n\n" TWO_NUMBERS_B "\n", "ignore, curly quotes" },
	{ "# provcheck: disable\n" TWO_NUMBERS_A "\n# provcheck: enable\n\n" TWO_NUMBERS_B "\n", "every rule" },
};

START_TEST(text_verbs)
{
	pc_doc *d = analyse(text_cases[_i][0], PC_FORMAT_TEXT);
	ck_assert_msg(count(d, "unsourced") == 1, "%s: %d unsourced", text_cases[_i][1],
		      count(d, "unsourced"));
	const struct claim *b = claim_at(d, "Tuition rose");
	ck_assert_int_eq(line_of(d, "unsourced"), b->line);
	ck_assert_int_eq(count(d, "unused-suppression"), 0);
	pc_doc_free(d);
}
END_TEST

/* A "# provcheck:" line is a comment, not a sentence of the article. */
START_TEST(text_comment_is_not_a_claim)
{
	pc_doc *d = analyse("# provcheck: disable vague-attribution\n" TWO_NUMBERS_A "\n",
			    PC_FORMAT_TEXT);
	for (size_t i = 0; i < d->nclaims; i++)
		ck_assert_ptr_null(strstr(d->claims[i].text, "provcheck"));
	ck_assert_int_eq(count(d, "unsourced"), 1);
	pc_doc_free(d);
}
END_TEST

START_TEST(unused_is_reported)
{
	const char *text = TWO_NUMBERS_A "\n\n<!-- provcheck-disable-next-line state-media-only -->\n"
			   TWO_NUMBERS_B "\n";
	pc_doc *d = analyse(text, PC_FORMAT_MARKDOWN);
	ck_assert_int_eq(count(d, "unsourced"), 2);
	ck_assert_int_eq(count(d, "unused-suppression"), 1);
	ck_assert_int_eq(line_of(d, "unused-suppression"), 3);
	/* it points at the comment, with no claim behind it */
	for (size_t i = 0; i < d->nfindings; i++)
		if (d->findings[i].rule == RULE_UNUSED_SUPPRESSION)
			ck_assert_int_eq(d->findings[i].claim, -1);
	pc_doc_free(d);
}
END_TEST

START_TEST(ignore_words_must_match)
{
	pc_doc *d = analyse("# provcheck: ignore unsourced \"The district built 15\"\n"
			    TWO_NUMBERS_A "\n", PC_FORMAT_TEXT);
	ck_assert_int_eq(count(d, "unsourced"), 1);
	ck_assert_int_eq(count(d, "unused-suppression"), 1);
	pc_doc_free(d);
}
END_TEST

static const char *const invalid_cases[] = {
	"<!-- provcheck-disable no-such-rule -->\n",
	"<!-- provcheck-silence unsourced -->\n",
	"<!-- provcheck-ignore unsourced -->\n",
	"<!-- provcheck-ignore \"The district built\" -->\n",
};

START_TEST(invalid_is_reported)
{
	size_t n = strlen(invalid_cases[_i]) + sizeof(TWO_NUMBERS_A) + 2;
	char *text = malloc(n);
	snprintf(text, n, "%s\n%s\n", invalid_cases[_i], TWO_NUMBERS_A);
	pc_doc *d = analyse(text, PC_FORMAT_MARKDOWN);
	ck_assert_msg(count(d, "invalid-suppression") == 1, "%s", invalid_cases[_i]);
	ck_assert_int_eq(count(d, "unsourced"), 1);
	ck_assert_int_eq(line_of(d, "invalid-suppression"), 1);
	pc_doc_free(d);
	free(text);
}
END_TEST

/* Other HTML comments are left alone. */
START_TEST(other_comments_ignored)
{
	pc_doc *d = analyse("<!-- editor: check figures -->\n" TWO_NUMBERS_A "\n",
			    PC_FORMAT_MARKDOWN);
	ck_assert_int_eq(count(d, "unsourced"), 1);
	ck_assert_int_eq(count(d, "invalid-suppression"), 0);
	ck_assert_uint_eq(pc_doc_suppressed(d), 0);
	pc_doc_free(d);
}
END_TEST

/* Findings come out in reading order even with comment findings added. */
START_TEST(findings_in_order)
{
	pc_doc *d = analyse(TWO_NUMBERS_A "\n\n<!-- provcheck-disable nothing -->\n\n"
			    TWO_NUMBERS_B "\n", PC_FORMAT_MARKDOWN);
	ck_assert_uint_eq(d->nfindings, 3);
	for (size_t i = 1; i < d->nfindings; i++)
		ck_assert_int_le(d->findings[i - 1].line, d->findings[i].line);
	pc_doc_free(d);
}
END_TEST

/* A fingerprint ignores spacing, case and punctuation but not words. */
START_TEST(fingerprints)
{
	pc_doc *a = analyse(TWO_NUMBERS_A "\n", PC_FORMAT_TEXT);
	pc_doc *b = analyse("Intro.\n\nTHE district   built 14 new schools in 2024!\n", PC_FORMAT_TEXT);
	pc_doc *c = analyse("The district built 15 new schools in 2024.\n", PC_FORMAT_TEXT);
	ck_assert_str_eq(a->findings[0].fingerprint, b->findings[b->nfindings - 1].fingerprint);
	ck_assert_str_ne(a->findings[0].fingerprint, c->findings[0].fingerprint);
	pc_doc_free(a);
	pc_doc_free(b);
	pc_doc_free(c);
}
END_TEST

/* Valid comments in an article with no findings at all: the list of
 * findings is still NULL when the comments' own findings move down it,
 * and NULL + 0 is undefined (UBSan: "applying zero offset to null
 * pointer"; fails in the sanitizer run of scripts/test before the fix).
 * Found by tests/fuzz/suppress: a comment and a bare line, a reason with
 * a stray quote. */
static const char *const no_findings_cases[][2] = {
	{ "# provcheck-disable\n\n", "text" },
	{ "# provcheck-disable-next-line\n", "text" },
	{ "# provcheck-ignore unsourced \"a\" -- \"\n", "text" },
	{ "<!-- provcheck-disable -->\n\n", "markdown" },
};

START_TEST(comments_without_findings)
{
	bool md = !strcmp(no_findings_cases[_i][1], "markdown");
	pc_doc *d = analyse(no_findings_cases[_i][0], md ? PC_FORMAT_MARKDOWN : PC_FORMAT_TEXT);
	ck_assert_uint_eq(d->nfindings, 1);
	ck_assert_int_eq(count(d, "unused-suppression"), 1);
	pc_doc_free(d);
}
END_TEST

/* An article of `n` copies of `line`, then `tail`. */
static char *repeat(const char *line, size_t n, const char *tail)
{
	size_t l = strlen(line), t = strlen(tail);
	char *s = malloc(l * n + t + 1);
	for (size_t i = 0; i < n; i++)
		memcpy(s + i * l, line, l);
	memcpy(s + l * n, tail, t + 1);
	return s;
}

/* Thousands of comments cost linear time: a run of disable-next-line
 * comments searched past each other for their line, and every disable
 * looked through all later comments for its enable, rule by rule (each
 * tens of seconds before, over this case's timeout). */
START_TEST(many_comments_next_line)
{
	char *text = repeat("# provcheck: disable-next-line\n", 60000, TWO_NUMBERS_A "\n");
	pc_doc *d = analyse(text, PC_FORMAT_TEXT);
	/* all of them cover the one sentence */
	ck_assert_int_eq(count(d, "unsourced"), 0);
	ck_assert_int_eq(count(d, "unused-suppression"), 0);
	ck_assert_uint_eq(pc_doc_suppressed(d), 1);
	pc_doc_free(d);
	free(text);
}
END_TEST

START_TEST(many_comments_disable)
{
	char *text = repeat("# provcheck: disable unsourced\n", 60000,
			    TWO_NUMBERS_A "\n# provcheck: enable unsourced\n\n" TWO_NUMBERS_B "\n");
	pc_doc *d = analyse(text, PC_FORMAT_TEXT);
	ck_assert_int_eq(count(d, "unsourced"), 1);
	ck_assert_int_eq(line_of(d, "unsourced"), 60004);
	ck_assert_int_eq(count(d, "unused-suppression"), 0);
	pc_doc_free(d);
	free(text);
}
END_TEST

/* Many ignores against many claims: each claim is folded once, not once
 * an ignore (that took time and arena memory quadratic in the two). */
START_TEST(many_ignores)
{
	char *head = repeat("# provcheck: ignore unsourced \"the district built\"\n", 1000, "");
	char *body = repeat(TWO_NUMBERS_A "\n\n", 1000, TWO_NUMBERS_B "\n");
	size_t n = strlen(head) + strlen(body) + 1;
	char *text = malloc(n);
	snprintf(text, n, "%s%s", head, body);
	pc_doc *d = analyse(text, PC_FORMAT_TEXT);
	ck_assert_int_eq(count(d, "unsourced"), 1);
	ck_assert_uint_eq(pc_doc_suppressed(d), 1000);
	ck_assert_int_eq(count(d, "unused-suppression"), 0);
	pc_doc_free(d);
	free(text);
	free(head);
	free(body);
}
END_TEST

int main(void)
{
	Suite *s;
	TCase *tc = rules_case("suppress", &s);
	tcase_add_loop_test(tc, markdown_verbs, 0, (int)(sizeof(md_cases) / sizeof(*md_cases)));
	tcase_add_loop_test(tc, text_verbs, 0, (int)(sizeof(text_cases) / sizeof(*text_cases)));
	tcase_add_test(tc, text_comment_is_not_a_claim);
	tcase_add_test(tc, unused_is_reported);
	tcase_add_test(tc, ignore_words_must_match);
	tcase_add_loop_test(tc, invalid_is_reported, 0,
			    (int)(sizeof(invalid_cases) / sizeof(*invalid_cases)));
	tcase_add_test(tc, other_comments_ignored);
	tcase_add_test(tc, findings_in_order);
	tcase_add_test(tc, fingerprints);
	tcase_add_loop_test(tc, comments_without_findings, 0,
			    (int)(sizeof(no_findings_cases) / sizeof(*no_findings_cases)));
	/* linear time: a few seconds at most, sanitizers included */
	TCase *scale = tcase_create("many comments");
	tcase_add_unchecked_fixture(scale, rules_setup, rules_teardown);
	tcase_set_timeout(scale, 10);
	tcase_add_test(scale, many_comments_next_line);
	tcase_add_test(scale, many_comments_disable);
	tcase_add_test(scale, many_ignores);
	suite_add_tcase(s, scale);
	return run_suite(s);
}
