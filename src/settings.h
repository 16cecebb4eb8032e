/* Settings from .provcheck.ini (internal view; the public API is in
 * provcheck.h). */
#ifndef PC_SETTINGS_H
#define PC_SETTINGS_H

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

#endif
