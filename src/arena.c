#include "arena.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define CHUNK_SIZE (64 * 1024)

struct arena_chunk {
	struct arena_chunk *next;
	size_t used, size;
	max_align_t data[];
};

/* Out of memory is fatal everywhere: there is no useful partial report. */
static void oom(void)
{
	fputs("provcheck: out of memory\n", stderr);
	exit(2);
}

void *xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);
	if (!p)
		oom();
	return p;
}

void *xcalloc(size_t n, size_t size)
{
	void *p = calloc(n ? n : 1, size ? size : 1);
	if (!p)
		oom();
	return p;
}

void *xrealloc(void *p, size_t n)
{
	p = realloc(p, n ? n : 1);
	if (!p)
		oom();
	return p;
}

char *xstrdup(const char *s)
{
	size_t n = strlen(s) + 1;
	return memcpy(xmalloc(n), s, n);
}

char *xasprintf(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0)
		return xstrdup("");
	char *s = xmalloc((size_t)n + 1);
	va_start(ap, fmt);
	vsnprintf(s, (size_t)n + 1, fmt, ap);
	va_end(ap);
	return s;
}

void *arena_alloc(struct arena *a, size_t n)
{
	const size_t align = sizeof(max_align_t);
	struct arena_chunk *c = a->head;

	n = (n + align - 1) / align * align;
	if (!c || c->size - c->used < n) {
		size_t size = n > CHUNK_SIZE ? n : CHUNK_SIZE;
		struct arena_chunk *nc = xmalloc(sizeof(*nc) + size);
		nc->used = 0;
		nc->size = size;
		if (c && n > CHUNK_SIZE) {
			/* keep the current chunk in front: it still has room */
			nc->next = c->next;
			c->next = nc;
			nc->used = n;
			return nc->data;
		}
		nc->next = c;
		a->head = c = nc;
	}
	void *p = (char *)c->data + c->used;
	c->used += n;
	return p;
}

void *arena_zalloc(struct arena *a, size_t n)
{
	return memset(arena_alloc(a, n), 0, n);
}

char *arena_strndup(struct arena *a, const char *s, size_t n)
{
	char *p = arena_alloc(a, n + 1);
	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

char *arena_strdup(struct arena *a, const char *s)
{
	return arena_strndup(a, s, strlen(s));
}

char *arena_printf(struct arena *a, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0)
		return arena_strdup(a, "");
	char *p = arena_alloc(a, (size_t)n + 1);
	va_start(ap, fmt);
	vsnprintf(p, (size_t)n + 1, fmt, ap);
	va_end(ap);
	return p;
}

/* The link to the chunk an array larger than a chunk lives alone in. */
static struct arena_chunk **own_chunk(struct arena *a, const void *p)
{
	for (struct arena_chunk **pc = &a->head; *pc; pc = &(*pc)->next)
		if ((const void *)(*pc)->data == p)
			return (*pc)->size > CHUNK_SIZE ? pc : NULL;
	return NULL;
}

void *arena_grow(struct arena *a, void *p, size_t *cap, size_t need, size_t size)
{
	if (need <= *cap)
		return p;
	size_t ncap = *cap ? *cap * 2 : 2;
	while (ncap < need)
		ncap *= 2;
	/* an array past a chunk's size (a long document's claims, findings,
	 * blocks) is reallocated where it lives: abandoning each old copy
	 * would double what it costs */
	struct arena_chunk **pc = p && *cap * size > CHUNK_SIZE ? own_chunk(a, p) : NULL;
	if (pc) {
		const size_t align = sizeof(max_align_t);
		size_t n = (ncap * size + align - 1) / align * align;
		struct arena_chunk *nc = xrealloc(*pc, sizeof(*nc) + n);
		nc->size = nc->used = n;
		*pc = nc;
		*cap = ncap;
		return nc->data;
	}
	void *np = arena_alloc(a, ncap * size);
	if (p)
		memcpy(np, p, *cap * size);
	*cap = ncap;
	return np;
}

void arena_free(struct arena *a)
{
	struct arena_chunk *c = a->head;
	while (c) {
		struct arena_chunk *next = c->next;
		free(c);
		c = next;
	}
	a->head = NULL;
}

void arena_reset(struct arena *a)
{
	struct arena_chunk *c = a->head;
	if (!c)
		return;
	struct arena_chunk *keep = NULL;
	while (c) {
		struct arena_chunk *next = c->next;
		if (!keep && c->size == CHUNK_SIZE)
			keep = c;
		else
			free(c);
		c = next;
	}
	a->head = keep;
	if (keep) {
		keep->next = NULL;
		keep->used = 0;
	}
}
