/* Shared by the libFuzzer harnesses of tests/fuzz: the rules, loaded once
 * per process (loading them is far slower than one input), and a
 * reader harness's body.  Every harness frees all it makes: LeakSanitizer
 * counts a leak as a crash. */
#ifndef PC_FUZZ_H
#define PC_FUZZ_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "config.h"
#include "provcheck.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static pc_rules *fuzz_rules;

/* The source tree's rules/ unless PROVCHECK_RULES_DIR says otherwise. */
static inline void fuzz_load_rules(void)
{
	char *err = NULL;
	if (!getenv("PROVCHECK_RULES_DIR"))
		setenv("PROVCHECK_RULES_DIR", PC_SOURCE_RULES_DIR, 0);
	fuzz_rules = pc_rules_load(NULL, 0, &err);
	if (!fuzz_rules) {
		fprintf(stderr, "fuzz: cannot load the rules: %s\n", err);
		exit(2);
	}
}

static inline void fuzz_free_rules(void)
{
	pc_rules_free(fuzz_rules);
}

/* One document of `format` through the whole analyzer, and its JSON,
 * which reads every offset the reader mapped back to the input. */
static inline void fuzz_check(const uint8_t *data, size_t size, enum pc_format format)
{
	char *err = NULL;
	pc_doc *doc = pc_doc_check(fuzz_rules, "fuzz", (const char *)data, size, format, &err);
	if (!doc) {
		free(err);
		return;
	}
	free(pc_doc_json(doc));
	pc_doc_free(doc);
}

/* A reader harness: rules once, each input as a document of FORMAT. */
#define FUZZ_READER(FORMAT)                                                    \
	int LLVMFuzzerInitialize(int *argc, char ***argv)                      \
	{                                                                      \
		fuzz_load_rules();                                             \
		atexit(fuzz_free_rules);                                       \
		return 0;                                                      \
	}                                                                      \
	int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)          \
	{                                                                      \
		fuzz_check(data, size, FORMAT);                                \
		return 0;                                                      \
	}

#endif
