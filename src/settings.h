/* Settings from .provcheck.ini (internal view; the public API is in
 * provcheck.h). */
#ifndef PC_SETTINGS_H
#define PC_SETTINGS_H

#include <stdio.h>

#include "doc.h"

/* One section's keys, or the merged settings of a document; -1 = unset. */
struct cfg_values {
	int fail_on;                /* enum pc_severity; PC_SEV_NONE: never */
	int input_format;           /* enum pc_format */
	int severity[RULE_COUNT];   /* PC_SEV_NONE: the rule is off */
	char **dirs;                /* absolute or relative to the cwd */
	size_t ndirs;
};

struct pc_settings {
	struct cfg_values v;
	const char *config_path;
};

/* One parsed config file. */
struct cfg_file;

/* Parses a config file from `in` as if it were at `abs_path` (absolute:
 * relative rule directories and path globs are taken from its
 * directory).  NULL and *err = "file:line: error: ..." when broken.
 * Apart from reading the file, for the fuzzer and tests. */
struct cfg_file *settings_file_parse(FILE *in, const char *abs_path, char **err);
void settings_file_free(struct cfg_file *f);
/* Merges into *v the file's global keys and each section whose glob
 * matches the document at absolute path `abs` (NULL: stdin, globals
 * only); the directories stay owned by the file. */
void settings_file_values(const struct cfg_file *f, const char *abs, struct cfg_values *v);

#endif
