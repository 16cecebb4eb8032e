#include "lexicon.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"

static uint64_t hash(const char *s, size_t n)
{
	uint64_t h = 1469598103934665603ull;
	for (size_t i = 0; i < n; i++) {
		h ^= (unsigned char)s[i];
		h *= 1099511628211ull;
	}
	return h;
}

static void rehash(struct lexicon *lx)
{
	size_t nn = lx->nslots ? lx->nslots * 2 : 64;
	struct lex_entry *ns = xcalloc(nn, sizeof(*ns));
	for (size_t i = 0; i < lx->nslots; i++) {
		struct lex_entry *e = &lx->slots[i];
		if (!e->key)
			continue;
		size_t j = hash(e->key, strlen(e->key)) & (nn - 1);
		while (ns[j].key)
			j = (j + 1) & (nn - 1);
		ns[j] = *e;
	}
	free(lx->slots);
	lx->slots = ns;
	lx->nslots = nn;
}

void lex_put(struct lexicon *lx, const char *key, uint64_t cls, const char *val)
{
	if ((lx->count + 1) * 2 > lx->nslots)
		rehash(lx);
	size_t j = hash(key, strlen(key)) & (lx->nslots - 1);
	while (lx->slots[j].key && strcmp(lx->slots[j].key, key) != 0)
		j = (j + 1) & (lx->nslots - 1);
	struct lex_entry *e = &lx->slots[j];
	if (!e->key) {
		e->key = xstrdup(key);
		lx->count++;
		int words = 1;
		for (const char *p = key; *p; p++)
			words += *p == ' ';
		if (words > lx->maxwords)
			lx->maxwords = words;
	} else {
		free(e->val);
	}
	e->cls = cls;
	e->val = val ? xstrdup(val) : NULL;
}

const struct lex_entry *lex_getn(const struct lexicon *lx, const char *key, size_t n)
{
	if (!lx->nslots)
		return NULL;
	size_t j = hash(key, n) & (lx->nslots - 1);
	while (lx->slots[j].key) {
		if (strncmp(lx->slots[j].key, key, n) == 0 &&
		    lx->slots[j].key[n] == '\0')
			return &lx->slots[j];
		j = (j + 1) & (lx->nslots - 1);
	}
	return NULL;
}

const struct lex_entry *lex_get(const struct lexicon *lx, const char *key)
{
	return lex_getn(lx, key, strlen(key));
}

unsigned lex_class(const struct lexicon *lx, const char *key)
{
	const struct lex_entry *e = lex_get(lx, key);
	return e ? (unsigned)e->cls : 0;
}

uint64_t lex_class64(const struct lexicon *lx, const char *key)
{
	const struct lex_entry *e = lex_get(lx, key);
	return e ? e->cls : 0;
}

void lex_free(struct lexicon *lx)
{
	for (size_t i = 0; i < lx->nslots; i++) {
		free(lx->slots[i].key);
		free(lx->slots[i].val);
	}
	free(lx->slots);
	memset(lx, 0, sizeof(*lx));
}
