/* Rules as data: the built-in examples, user directories, broken files. */
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include "testutil.h"

static char dir[64];

static void write_file(const char *name, const char *text)
{
	char path[128];
	snprintf(path, sizeof(path), "%s/%s", dir, name);
	FILE *f = fopen(path, "w");
	ck_assert_ptr_nonnull(f);
	fputs(text, f);
	fclose(f);
}

static void dir_setup(void)
{
	strcpy(dir, "/tmp/pc-rules-XXXXXX");
	ck_assert_ptr_nonnull(mkdtemp(dir));
}

static void dir_teardown(void)
{
	char cmd[128];
	snprintf(cmd, sizeof(cmd), "rm -rf %s", dir);
	ck_assert_int_eq(system(cmd), 0);
}

/* Loading the rules of `dir` must fail with exactly `want` as prefix. */
static void expect_error(const char *want)
{
	char *err = NULL;
	const char *dirs[] = { dir };
	pc_rules *r = pc_rules_load(dirs, 1, &err);
	ck_assert_ptr_null(r);
	ck_assert_ptr_nonnull(err);
	char full[256];
	snprintf(full, sizeof(full), "%s/%s", dir, want);
	ck_assert_msg(!strncmp(err, full, strlen(full)), "got \"%s\", want \"%s...\"", err, full);
	free(err);
}

START_TEST(builtin_examples_pass)
{
	rules_setup();
	FILE *out = tmpfile();
	ck_assert_int_eq(pc_rules_test(test_rules, out), 0);
	fclose(out);
	ck_assert_uint_ge(test_rules->ngaz, 150);
	rules_teardown();
}
END_TEST

START_TEST(broken_pattern)
{
	write_file("local.rules", "# mine\n[my-rule]\nkind = speaker\npattern = (?<cue>said\n");
	expect_error("local.rules:4: error: pattern of [my-rule] does not compile");
}
END_TEST

START_TEST(broken_key)
{
	write_file("local.rules", "[my-rule]\nkind = shouter\n");
	expect_error("local.rules:2: error: unknown kind 'shouter'");
}
END_TEST

START_TEST(broken_gazetteer)
{
	write_file("gazetteer-local.tsv", "# name\ttype\tcountry\tstate\taliases\n"
		   "Kharkiv Daily\toutlet\tUA\tno\t-\nBad Line\tagency\tUA\n");
	expect_error("gazetteer-local.tsv:3: error: expected 5 tab-separated fields");
}
END_TEST

START_TEST(broken_class)
{
	write_file("cues-local.txt", "shout shouts shouted : loud\n");
	expect_error("cues-local.txt:1: error: unknown class 'loud'");
}
END_TEST

START_TEST(user_rules_add_without_recompiling)
{
	write_file("gazetteer-local.tsv", "Kharkiv Daily\toutlet\tUA\tno\tthe Daily\n");
	write_file("cues-local.txt", "bellow bellows bellowed : speech\n");
	write_file("local.rules", "[per-outlet]\nkind = chain\nnp = first\n"
		   "pattern = \\b(?<cue>per)\\s+(?<source>[^,.]{1,60})\n"
		   "must = Two trams were hit, per the Kharkiv Daily. => Kharkiv Daily\n");
	char *err = NULL;
	const char *dirs[] = { dir };
	pc_rules *r = pc_rules_load(dirs, 1, &err);
	ck_assert_msg(r != NULL, "%s", err ? err : "");
	FILE *out = tmpfile();
	ck_assert_int_eq(pc_rules_test(r, out), 0);
	fclose(out);
	pc_doc *d = pc_doc_check_paragraph(r, "The mayor bellowed that the trams were back.", false);
	ck_assert_int_eq(d->claims[0].nsources, 1);
	ck_assert_str_eq(d->claims[0].sources[0].name, "mayor");
	pc_doc_free(d);
	pc_rules_free(r);
}
END_TEST

START_TEST(failing_example_is_reported)
{
	write_file("local.rules", "[said-too]\nkind = speaker\nnp = last\n"
		   "pattern = (?<source>\\w+)\\s+(?<cue>said)\n"
		   "must = The mayor said so. => Someone Else\n");
	char *err = NULL;
	const char *dirs[] = { dir };
	pc_rules *r = pc_rules_load(dirs, 1, &err);
	ck_assert_ptr_nonnull(r);
	char *buf = NULL;
	size_t len = 0;
	FILE *out = open_memstream(&buf, &len);
	ck_assert_int_eq(pc_rules_test(r, out), 1);
	fclose(out);
	ck_assert_ptr_nonnull(strstr(buf, "local.rules:5: error: [said-too] example not attributed"));
	ck_assert_ptr_nonnull(strstr(buf, "(expected Someone Else)"));
	free(buf);
	pc_rules_free(r);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("rules");
	TCase *tc = tcase_create("core");
	tcase_add_checked_fixture(tc, dir_setup, dir_teardown);
	tcase_add_test(tc, builtin_examples_pass);
	tcase_add_test(tc, broken_pattern);
	tcase_add_test(tc, broken_key);
	tcase_add_test(tc, broken_gazetteer);
	tcase_add_test(tc, broken_class);
	tcase_add_test(tc, user_rules_add_without_recompiling);
	tcase_add_test(tc, failing_example_is_reported);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
