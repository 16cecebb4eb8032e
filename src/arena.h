/* Per-document memory: everything a document owns lives in one arena and
 * dies with it, so analysis code never frees piecemeal. */
#ifndef PC_ARENA_H
#define PC_ARENA_H

#include <stddef.h>

struct arena_chunk;

struct arena {
	struct arena_chunk *head;
};

void *xmalloc(size_t n);
void *xcalloc(size_t n, size_t size);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);
/* A malloc'd printf, for messages and paths (caller frees). */
char *xasprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

void *arena_alloc(struct arena *a, size_t n);
void *arena_zalloc(struct arena *a, size_t n);
char *arena_strndup(struct arena *a, const char *s, size_t n);
char *arena_strdup(struct arena *a, const char *s);
char *arena_printf(struct arena *a, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
/* Grows an arena array to hold at least need elements; the old block is
 * abandoned (doubling keeps the waste under 2x). */
void *arena_grow(struct arena *a, void *p, size_t *cap, size_t need, size_t size);
void arena_free(struct arena *a);
/* Drops everything allocated but keeps one chunk for reuse: a scratch
 * arena reset per claim costs no system calls. */
void arena_reset(struct arena *a);

#endif
