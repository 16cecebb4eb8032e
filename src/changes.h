/* Changed lines of files, from a unified diff or git (the CLI's --diff
 * and --since). */
#ifndef PC_CHANGES_H
#define PC_CHANGES_H

#include <stdbool.h>
#include <stddef.h>

struct changes;

/* Reads a unified diff ("-": stdin); paths are taken relative to the
 * working directory. */
struct changes *changes_from_diff(const char *path, char **err);
/* Runs git: the working tree against `rev`, plus untracked files. */
struct changes *changes_since(const char *rev, char **err);
/* The changed line ranges of the file at `path` as pairs [first, last];
 * *whole when every line is new. */
const int *changes_for(const struct changes *c, const char *path, size_t *nranges,
		       bool *whole);
void changes_free(struct changes *c);

#endif
