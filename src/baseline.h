/* Baselines (internal view; the public API is in provcheck.h). */
#ifndef PC_BASELINE_H
#define PC_BASELINE_H

#include <stddef.h>

#include "provcheck.h"

/* pc_baseline_load of a file's bytes held in memory, as if read from
 * `path` (the fuzzer reads no files). */
pc_baseline *baseline_load_buffer(const char *path, const char *data, size_t len,
				  char **err);

#endif
