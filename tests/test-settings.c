/* .provcheck.ini: discovery from the checked file's directory, glob
 * sections and the cascade, errors with file:line. */
#include "testutil.h"

#include <sys/stat.h>
#include <unistd.h>

#include "judge.h"
#include "settings.h"

static char root[256];

static void put(const char *rel, const char *text)
{
	char path[512];
	snprintf(path, sizeof(path), "%s/%s", root, rel);
	/* make the parent directories */
	for (char *p = path + strlen(root) + 1; (p = strchr(p, '/')); p++) {
		*p = '\0';
		mkdir(path, 0755);
		*p = '/';
	}
	FILE *f = fopen(path, "w");
	ck_assert_ptr_nonnull(f);
	fputs(text, f);
	fclose(f);
}

static const char *at(const char *rel)
{
	static char path[512];
	snprintf(path, sizeof(path), "%s/%s", root, rel);
	return path;
}

static void tree_setup(void)
{
	rules_setup();
	snprintf(root, sizeof(root), "/tmp/pc-settings-XXXXXX");
	ck_assert_ptr_nonnull(mkdtemp(root));
	put(".provcheck.ini",
	    "; the newsroom's defaults\n"
	    "fail-on = warning\n"
	    "unsourced = error\n"
	    "rules = house-rules\n"
	    "\n"
	    "[*.md]\n"
	    "unsourced = note\n"
	    "\n"
	    "[opinion/*.md]\n"
	    "single-source = off\n"
	    "\n"
	    "[**/archive/**]\n"
	    "fail-on = none\n"
	    "gazetteer = /opt/gaz\n");
	put("news/x.txt", "x\n");
	put("news/x.md", "x\n");
	put("opinion/y.md", "y\n");
	put("news/opinion/z.md", "z\n");
	put("news/2019/archive/old/w.txt", "w\n");
	put("desk/.provcheck.ini", "[provcheck]\nfail-on = note\n");
	put("desk/sub/v.md", "v\n");
}

static void tree_teardown(void)
{
	char cmd[300];
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", root);
	ck_assert_int_eq(system(cmd), 0);
	rules_teardown();
}

static const pc_settings *settings(pc_config *cfg, const char *rel)
{
	char *err = NULL;
	const pc_settings *s = pc_config_for(cfg, at(rel), &err);
	ck_assert_msg(s != NULL, "%s", err ? err : "?");
	return s;
}

START_TEST(cascade)
{
	pc_config *cfg = pc_config_new(NULL, 1);
	const pc_settings *s = settings(cfg, "news/x.txt");
	ck_assert_int_eq(pc_settings_fail_on(s), PC_SEV_WARNING);
	ck_assert_int_eq(s->v.severity[RULE_UNSOURCED], PC_SEV_ERROR);
	ck_assert_int_eq(s->v.severity[RULE_SINGLE_SOURCE], -1);

	/* [*.md] matches in any directory and overrides the global key */
	s = settings(cfg, "news/x.md");
	ck_assert_int_eq(s->v.severity[RULE_UNSOURCED], PC_SEV_NOTE);
	ck_assert_int_eq(pc_settings_fail_on(s), PC_SEV_WARNING);

	/* The [opinion/...md] section is anchored at the config's directory; it merges
	 * with [*.md] instead of replacing it */
	s = settings(cfg, "opinion/y.md");
	ck_assert_int_eq(s->v.severity[RULE_SINGLE_SOURCE], PC_SEV_NONE);
	ck_assert_int_eq(s->v.severity[RULE_UNSOURCED], PC_SEV_NOTE);
	s = settings(cfg, "news/opinion/z.md");
	ck_assert_int_eq(s->v.severity[RULE_SINGLE_SOURCE], -1);

	/* ** crosses directories; directory keys add up */
	s = settings(cfg, "news/2019/archive/old/w.txt");
	ck_assert_int_eq(pc_settings_fail_on(s), PC_SEV_NONE);
	size_t n;
	const char *const *dirs = pc_settings_rule_dirs(s, &n);
	ck_assert_uint_eq(n, 2);
	char want[512];
	char *real = realpath(root, NULL);
	snprintf(want, sizeof(want), "%s/house-rules", real);
	ck_assert_str_eq(dirs[0], want);
	ck_assert_str_eq(dirs[1], "/opt/gaz");
	free(real);
	pc_config_free(cfg);
}
END_TEST

/* The nearest file wins, whatever the working directory is. */
START_TEST(nearest_file_from_the_document)
{
	char *cwd = getcwd(NULL, 0);
	pc_config *cfg = pc_config_new(NULL, 1);
	ck_assert_int_eq(chdir(at("desk")), 0);
	const pc_settings *s = settings(cfg, "news/x.txt");
	ck_assert_int_eq(pc_settings_fail_on(s), PC_SEV_WARNING);
	s = settings(cfg, "desk/sub/v.md");
	ck_assert_int_eq(pc_settings_fail_on(s), PC_SEV_NOTE);
	/* one file applies: the desk's does not inherit the root's keys */
	ck_assert_int_eq(s->v.severity[RULE_UNSOURCED], -1);
	ck_assert_ptr_nonnull(strstr(pc_settings_config_path(s), "/desk/.provcheck.ini"));
	ck_assert_int_eq(chdir(cwd), 0);
	free(cwd);
	pc_config_free(cfg);
}
END_TEST

START_TEST(explicit_and_none)
{
	pc_config *cfg = pc_config_new(at("desk/.provcheck.ini"), 1);
	ck_assert_int_eq(pc_settings_fail_on(settings(cfg, "news/x.txt")), PC_SEV_NOTE);
	pc_config_free(cfg);
	cfg = pc_config_new(NULL, 0);
	const pc_settings *s = settings(cfg, "news/x.txt");
	ck_assert_int_eq(pc_settings_fail_on(s), -1);
	ck_assert_ptr_null(pc_settings_config_path(s));
	pc_config_free(cfg);
}
END_TEST

static const char *const broken[][2] = {
	{ "fail-on = warning\nloudness = 11\n", ":2: error: unknown key 'loudness'" },
	{ "[*.md]\n\nunsourced = sometimes\n", ":3: error: unsourced takes off, note, warning or error" },
	{ "fail-on = warning\n[unclosed\n", ":2: error: cannot parse this line" },
	{ "fail-on = panic\n", ":1: error: fail-on takes note, warning, error or none" },
	{ "input-format = pdf\n", ":1: error: input-format takes text, markdown, html, nitf, newsml, docx or odt, not 'pdf'" },
};

START_TEST(broken_files)
{
	put("broken/.provcheck.ini", broken[_i][0]);
	put("broken/a.txt", "a\n");
	pc_config *cfg = pc_config_new(NULL, 1);
	char *err = NULL;
	ck_assert_ptr_null(pc_config_for(cfg, at("broken/a.txt"), &err));
	ck_assert_ptr_nonnull(err);
	ck_assert_msg(strstr(err, "/broken/.provcheck.ini") && strstr(err, broken[_i][1]),
		      "got: %s", err);
	free(err);
	pc_config_free(cfg);
}
END_TEST

/* Severities apply to findings: off drops, a level replaces. */
START_TEST(apply)
{
	pc_config *cfg = pc_config_new(NULL, 1);
	const char *text = "The district built 14 new schools in 2024.\n";
	pc_doc *d = analyse(text, PC_FORMAT_TEXT);
	ck_assert_uint_eq(d->nfindings, 1);
	pc_doc_apply_settings(d, settings(cfg, "news/x.txt"));
	ck_assert_int_eq(d->findings[0].severity, PC_SEV_ERROR);
	ck_assert_int_eq(pc_doc_worst(d), PC_SEV_ERROR);
	pc_doc_free(d);

	put("quiet/.provcheck.ini", "unsourced = off\n");
	put("quiet/a.txt", text);
	d = analyse(text, PC_FORMAT_TEXT);
	pc_doc_apply_settings(d, settings(cfg, "quiet/a.txt"));
	ck_assert_uint_eq(d->nfindings, 0);
	pc_doc_free(d);
	pc_config_free(cfg);
}
END_TEST

/* A glob of many stars matched each rest of the path for every star, and
 * took exponential time on a path it does not match (found by
 * tests/fuzz/settings: "[**" "/" + thirty "*" + "d]"); each (glob, path)
 * position is now tried once. */
START_TEST(many_stars)
{
	/* under inih's 50 bytes of a section name */
	char ini[256] = "[**/";
	for (int i = 0; i < 40; i++)
		strcat(ini, "*");
	strcat(ini, "d]\nfail-on = error\n");
	FILE *in = fmemopen(ini, strlen(ini), "r");
	char *err = NULL;
	struct cfg_file *f = settings_file_parse(in, "/p/.provcheck.ini", &err);
	fclose(in);
	ck_assert_msg(f != NULL, "%s", err ? err : "?");
	static const char *const paths[][2] = {
		{ "/p/news/2024/a-rather-long-name-of-an-article-about-the-budget.txt", "no" },
		{ "/p/news/2024/a-rather-long-name-of-an-article-about-the-budget.md", "yes" },
		{ "/p/a.md", "yes" }, /* "**" + "/" also matches no directory */
		{ "/p/a.txt", "no" },
	};
	for (size_t i = 0; i < sizeof(paths) / sizeof(*paths); i++) {
		struct cfg_values v = { .fail_on = -1, .input_format = -1 };
		settings_file_values(f, paths[i][0], &v);
		ck_assert_msg((v.fail_on == PC_SEV_ERROR) == !strcmp(paths[i][1], "yes"),
			      "%s: fail-on %d", paths[i][0], v.fail_on);
		free(v.dirs);
	}
	settings_file_free(f);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("settings");
	TCase *tc = tcase_create("settings");
	tcase_add_checked_fixture(tc, tree_setup, tree_teardown);
	tcase_add_test(tc, cascade);
	tcase_add_test(tc, nearest_file_from_the_document);
	tcase_add_test(tc, explicit_and_none);
	tcase_add_loop_test(tc, broken_files, 0, (int)(sizeof(broken) / sizeof(*broken)));
	tcase_add_test(tc, apply);
	suite_add_tcase(s, tc);
	TCase *globs = tcase_create("globs");
	tcase_set_timeout(globs, 10);
	tcase_add_test(globs, many_stars);
	suite_add_tcase(s, globs);
	SRunner *sr = srunner_create(s);
	srunner_run_all(sr, CK_NORMAL);
	int failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
