/* Small text helpers shared by the stages: UTF-8, case, tokens. */
#ifndef PC_UTIL_H
#define PC_UTIL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "arena.h"

#define COUNTOF(a) (sizeof(a) / sizeof(*(a)))

/* Decodes one code point at s (n bytes left); invalid bytes decode as
 * U+FFFD of length 1 and set *bad. */
uint32_t utf8_decode(const char *s, size_t n, size_t *len, bool *bad);
size_t utf8_encode(uint32_t cp, char *out);
/* Offset of the code point that ends right before `off`. */
size_t utf8_prev(const char *s, size_t off);
/* Length of s cut to at most max bytes without splitting a character,
 * for excerpts printed with "%.*s". */
int utf8_clip(const char *s, size_t max);

bool cp_is_space(uint32_t cp);
/* Format characters that carry no text: zero-width joiners and
 * non-joiners, bidi marks, embeddings and isolates, the word joiner, a
 * byte-order mark, variation selectors. */
bool cp_is_invisible(uint32_t cp);
/* Emoji and pictographs, which open a sentence as a capital does. */
bool cp_is_pictograph(uint32_t cp);
/* Characters a terminal acts on rather than shows: C0 and C1 controls
 * but the tab, and the bidi controls that reorder what follows. */
bool cp_is_unshowable(uint32_t cp);
/* Writes s (n bytes) with each unshowable character as <U+XXXX>, so an
 * article or a file name cannot recolour a terminal, reorder a line or
 * forge a "path:line:col:" line; returns the columns written. */
int fput_shown(FILE *out, const char *s, size_t n);
bool cp_is_upper(uint32_t cp);
bool cp_is_lower(uint32_t cp);
bool cp_is_alpha(uint32_t cp);
bool cp_is_digit(uint32_t cp);
bool cp_is_dquote(uint32_t cp);
uint32_t cp_lower(uint32_t cp);
bool cp_is_dash(uint32_t cp);

/* Lower-cased copy (ASCII, Latin-1, Cyrillic), curly apostrophes straight. */
char *str_lower(struct arena *a, const char *s, size_t n);
/* The same into out (cap >= 3 * n + 1: an invalid byte becomes U+FFFD). */
size_t str_lower_into(const char *s, size_t n, char *out);
/* Is s[0..n) two capitals or more and nothing else ("US", "DCI")? */
bool str_all_capitals(const char *s, size_t n);
/* The word before an apostrophe (straight or U+2019) into out[cap]: "we"
 * of "we've", "i" of "i'm".  False when w has none, or nothing or too
 * much before it. */
bool str_contraction_head(const char *w, char *out, size_t cap);
/* A month name or its abbreviation ("Jan", "sept", "December"). */
bool is_month_name(const char *w, size_t n);
/* "Siobhán" -> "Siobhan": s without its accents and other combining
 * marks into out (cap bytes), when it has any and the result fits. */
bool str_strip_marks(const char *s, char *out, size_t cap);
/* Whitespace runs folded to one space, ends trimmed. */
char *str_fold(struct arena *a, const char *s, size_t n);
/* Key for comparing names: lower case, a leading "the " dropped, quote
 * marks and runs of spaces folded. Caller frees. */
char *name_key(const char *s);
bool starts_upper(const char *s, size_t n);
/* Two to six capital letters and nothing else: "CSO", "NTSB", "BMKG". */
bool is_acronym(const char *s, size_t n);
/* "councillors" -> "councillor" into one[64]: low without its plural's
 * "s", when it has one and min bytes or more ("secretaries" keeps its
 * "ie": word_singular reads that one). */
bool word_without_s(const char *low, size_t min, char one[64]);
/* The singular of a plural in lower case into one[64] ("companies":
 * "company", "firms": "firm"); false when low ends in no "s" or has
 * fewer than min bytes. */
bool word_singular(const char *low, size_t min, char one[64]);

enum token_kind { TOK_WORD, TOK_NUM, TOK_PUNCT };

struct token {
	size_t s, e;         /* byte span in the text */
	enum token_kind kind;
	uint32_t cp;         /* first code point */
	bool upper;          /* starts with a capital letter */
	char *low;           /* lower-cased word (arena) */
};

/* Splits text into words, numbers and single punctuation marks. */
size_t tokenize(struct arena *a, const char *s, size_t n, struct token **out);
/* Does number token i date or time its sentence ("in 2024", "March 3",
 * "2.30pm")? */
bool token_is_date(const struct token *t, size_t nt, size_t i);
/* Is token i a slash or a dash set close between capitalised words,
 * joining one name ("Reuters/Ipsos", "Adria Sport–Ljubljanska")? */
bool token_joins_name(const struct token *t, size_t nt, size_t i);


/* 16 hex digits naming (rule, text) however the text is spaced,
 * punctuated or cased; see struct finding. */
void fingerprint(const char *rule, const char *text, char out[17]);

/* The first occurrence of needle in hay (memmem without _GNU_SOURCE). */
const char *mem_find(const char *hay, size_t n, const char *needle, size_t m);

/* The absolute directory holding `path` (malloc'd). */
char *path_dir_abs(const char *path);
/* `abs` relative to directory `dir` (both absolute), with "../" steps
 * when it lies outside (malloc'd). */
char *path_relative(const char *dir, const char *abs);

#endif
