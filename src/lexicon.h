/* A lower-cased phrase -> (class bits, text) map loaded from rules/. */
#ifndef PC_LEXICON_H
#define PC_LEXICON_H

#include <stddef.h>
#include <stdint.h>

struct lex_entry {
	char *key;
	uint64_t cls; /* class bits (rules/grammar.txt uses more than 32) */
	char *val;
};

struct lexicon {
	struct lex_entry *slots;
	size_t nslots, count;
	int maxwords; /* longest phrase, in words */
};

/* Adds or replaces key (already lower-cased); `val` may be NULL. */
void lex_put(struct lexicon *lx, const char *key, uint64_t cls, const char *val);
const struct lex_entry *lex_get(const struct lexicon *lx, const char *key);
const struct lex_entry *lex_getn(const struct lexicon *lx, const char *key, size_t n);
unsigned lex_class(const struct lexicon *lx, const char *key);
uint64_t lex_class64(const struct lexicon *lx, const char *key);
void lex_free(struct lexicon *lx);

#endif
