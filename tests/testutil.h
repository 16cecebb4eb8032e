/* Shared helpers for the Check suites: rules loaded once, documents
 * analysed from string literals, claims looked up by their first words. */
#ifndef PC_TESTUTIL_H
#define PC_TESTUTIL_H

#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "doc.h"
#include "provcheck.h"
#include "rules.h"

static pc_rules *test_rules;

static inline void rules_setup(void)
{
	char *err = NULL;
	test_rules = pc_rules_load(NULL, 0, &err);
	if (!test_rules) {
		fprintf(stderr, "%s\n", err);
		abort();
	}
}

static inline void rules_teardown(void)
{
	pc_rules_free(test_rules);
	test_rules = NULL;
}

static inline pc_doc *analyse(const char *text, enum pc_format fmt)
{
	char *err = NULL;
	pc_doc *d = pc_doc_check(test_rules, fmt == PC_FORMAT_MARKDOWN ? "t.md" : "t.txt",
				 text, strlen(text), fmt, &err);
	ck_assert_msg(d != NULL, "analysis failed: %s", err ? err : "?");
	return d;
}

/* The claim whose text starts with `prefix`. */
static inline const struct claim *claim_at(const pc_doc *d, const char *prefix)
{
	for (size_t i = 0; i < d->nclaims; i++)
		if (strncmp(d->claims[i].text, prefix, strlen(prefix)) == 0)
			return &d->claims[i];
	ck_abort_msg("no claim starts with \"%s\"", prefix);
	return NULL;
}

static inline const struct source *source_named(const struct claim *c, const char *name)
{
	for (size_t i = 0; i < c->nsources; i++)
		if (strcmp(c->sources[i].name, name) == 0)
			return &c->sources[i];
	char got[512] = "";
	for (size_t i = 0; i < c->nsources; i++) {
		strncat(got, c->sources[i].name, sizeof(got) - strlen(got) - 3);
		strncat(got, "; ", sizeof(got) - strlen(got) - 1);
	}
	ck_abort_msg("claim \"%s\" has no source \"%s\" (has: %s)", c->text, name, got);
	return NULL;
}

/* A suite of one test case over the built-in rules; `add` adds the tests. */
static inline TCase *rules_case(const char *name, Suite **suite)
{
	*suite = suite_create(name);
	TCase *tc = tcase_create("core");
	tcase_add_unchecked_fixture(tc, rules_setup, rules_teardown);
	suite_add_tcase(*suite, tc);
	return tc;
}

static inline int run_suite(Suite *s)
{
	SRunner *sr = srunner_create(s);
	srunner_run_all(sr, CK_NORMAL);
	int failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}

#endif
