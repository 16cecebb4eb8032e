/* Readers: plain text heuristics and Markdown structure. */
#include "testutil.h"

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
			    "The fire was put out.\n", PC_FORMAT_TEXT);
	ck_assert_int_eq(kind_of(d, "Drone Strike"), BLOCK_HEADLINE);
	ck_assert_int_eq(kind_of(d, "Officials say repairs"), BLOCK_DEK);
	ck_assert_int_eq(kind_of(d, "By Olena"), BLOCK_BYLINE);
	ck_assert_int_eq(kind_of(d, "Updated"), BLOCK_LABEL);
	ck_assert_int_eq(kind_of(d, "KYIV, Nov 3"), BLOCK_DATELINE);
	ck_assert_int_eq(kind_of(d, "A drone hit"), BLOCK_BODY);
	ck_assert_int_eq(kind_of(d, "Firefighters work"), BLOCK_CAPTION);
	ck_assert_int_eq(kind_of(d, "AP"), BLOCK_CREDIT);
	ck_assert_int_eq(kind_of(d, "14:32"), BLOCK_LABEL);
	/* the credit is not a source and the caption is not a claim */
	const struct claim *c = claim_at(d, "Firefighters");
	ck_assert_int_eq(c->kind, CLAIM_NOT);
	ck_assert_int_eq(c->nsources, 0);
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

START_TEST(invalid_utf8_is_warned_not_fatal)
{
	pc_doc *d = analyse("Headline\n\nThe mayor said \xff\xfe the bridge is shut.\n", PC_FORMAT_TEXT);
	ck_assert_ptr_nonnull(pc_doc_warnings(d));
	ck_assert_ptr_nonnull(strstr(pc_doc_warnings(d), "invalid UTF-8"));
	pc_doc_free(d);
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

int main(void)
{
	Suite *s;
	TCase *tc = rules_case("read", &s);
	tcase_add_test(tc, text_head_blocks);
	tcase_add_test(tc, text_repeated_caption);
	tcase_add_test(tc, markdown_structure);
	tcase_add_test(tc, invalid_utf8_is_warned_not_fatal);
	tcase_add_test(tc, nul_byte_is_an_error);
	return run_suite(s);
}
