#include "util.h"

#include <ctype.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <utf8proc.h>

uint32_t utf8_decode(const char *str, size_t n, size_t *len, bool *bad)
{
	const unsigned char *s = (const unsigned char *)str;
	uint32_t cp;
	size_t need;

	if (n == 0) {
		*len = 0;
		return 0;
	}
	if (s[0] < 0x80) {
		*len = 1;
		return s[0];
	} else if ((s[0] & 0xE0) == 0xC0) {
		cp = s[0] & 0x1F;
		need = 2;
	} else if ((s[0] & 0xF0) == 0xE0) {
		cp = s[0] & 0x0F;
		need = 3;
	} else if ((s[0] & 0xF8) == 0xF0) {
		cp = s[0] & 0x07;
		need = 4;
	} else {
		goto invalid;
	}
	if (need > n)
		goto invalid;
	for (size_t i = 1; i < need; i++) {
		if ((s[i] & 0xC0) != 0x80)
			goto invalid;
		cp = (cp << 6) | (s[i] & 0x3F);
	}
	if ((need == 2 && cp < 0x80) || (need == 3 && cp < 0x800) ||
	    (need == 4 && cp < 0x10000) || cp > 0x10FFFF ||
	    (cp >= 0xD800 && cp <= 0xDFFF))
		goto invalid;
	*len = need;
	return cp;
invalid:
	if (bad)
		*bad = true;
	*len = 1;
	return 0xFFFD;
}

size_t utf8_encode(uint32_t cp, char *out)
{
	unsigned char *o = (unsigned char *)out;
	if (cp < 0x80) {
		o[0] = (unsigned char)cp;
		return 1;
	} else if (cp < 0x800) {
		o[0] = (unsigned char)(0xC0 | (cp >> 6));
		o[1] = (unsigned char)(0x80 | (cp & 0x3F));
		return 2;
	} else if (cp < 0x10000) {
		o[0] = (unsigned char)(0xE0 | (cp >> 12));
		o[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
		o[2] = (unsigned char)(0x80 | (cp & 0x3F));
		return 3;
	}
	o[0] = (unsigned char)(0xF0 | (cp >> 18));
	o[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
	o[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
	o[3] = (unsigned char)(0x80 | (cp & 0x3F));
	return 4;
}

int utf8_clip(const char *s, size_t max)
{
	size_t n = strnlen(s, max + 1);
	if (n <= max)
		return (int)n;
	/* s[max] is the first byte left out: if it continues a character,
	 * leave out that character's lead byte and the rest too. */
	n = max;
	while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80)
		n--;
	return (int)n;
}

size_t utf8_prev(const char *s, size_t off)
{
	if (off == 0)
		return 0;
	size_t i = off - 1;
	int steps = 0;
	while (i > 0 && ((unsigned char)s[i] & 0xC0) == 0x80 && steps < 3) {
		i--;
		steps++;
	}
	return i;
}

bool cp_is_space(uint32_t cp)
{
	return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' ||
	       cp == '\f' || cp == '\v' || cp == 0xA0 || cp == 0x2009 ||
	       cp == 0x202F || cp == 0x2002 || cp == 0x2003 || cp == 0x200B ||
	       cp == 0x2028 || cp == 0x2029 || cp == 0xFEFF;
}

/* Latin Extended-A pairs capitals and small letters, but the parity
 * flips twice: Ĺ..ň and Ź..ž have the capital on the odd code point. */
static bool latin_ext_upper(uint32_t cp)
{
	if (cp == 0x138 || cp == 0x149 || cp == 0x17F)
		return false;
	if (cp == 0x178)
		return true;
	if ((cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E))
		return cp & 1;
	return (cp & 1) == 0;
}

bool cp_is_invisible(uint32_t cp)
{
	return cp == 0x200B || cp == 0x200C || cp == 0x200D || cp == 0x200E || cp == 0x200F ||
	       (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2060 && cp <= 0x2069) ||
	       cp == 0x061C || cp == 0xFEFF || (cp >= 0xFE00 && cp <= 0xFE0F) ||
	       (cp >= 0xE0100 && cp <= 0xE01EF);
}

bool cp_is_pictograph(uint32_t cp)
{
	return (cp >= 0x1F000 && cp <= 0x1FAFF) || (cp >= 0x2600 && cp <= 0x27BF) ||
	       (cp >= 0x2B00 && cp <= 0x2BFF);
}

bool cp_is_unshowable(uint32_t cp)
{
	return (cp < 0x20 && cp != '\t') || (cp >= 0x7F && cp < 0xA0) || cp == 0x061C ||
	       cp == 0x200E || cp == 0x200F || (cp >= 0x202A && cp <= 0x202E) ||
	       (cp >= 0x2066 && cp <= 0x2069);
}

int fput_shown(FILE *out, const char *s, size_t n)
{
	int cols = 0;
	for (size_t i = 0; i < n;) {
		size_t len;
		uint32_t cp = utf8_decode(s + i, n - i, &len, NULL);
		if (cp_is_unshowable(cp))
			cols += fprintf(out, "<U+%04X>", (unsigned)cp);
		else {
			fwrite(s + i, 1, len, out);
			cols++;
		}
		i += len;
	}
	return cols;
}

bool cp_is_upper(uint32_t cp)
{
	if (cp < 0x80)
		return cp >= 'A' && cp <= 'Z';
	if (cp >= 0xC0 && cp <= 0xDE)
		return cp != 0xD7;
	if (cp >= 0x100 && cp <= 0x17F)
		return latin_ext_upper(cp);
	if (cp >= 0x391 && cp <= 0x3A9)
		return true;
	if (cp >= 0x400 && cp <= 0x42F)
		return true;
	return false;
}

bool cp_is_lower(uint32_t cp)
{
	if (cp < 0x80)
		return cp >= 'a' && cp <= 'z';
	return cp_is_alpha(cp) && !cp_is_upper(cp);
}

bool cp_is_digit(uint32_t cp)
{
	return cp >= '0' && cp <= '9';
}

bool cp_is_dquote(uint32_t cp)
{
	return cp == '"' || cp == 0x201C || cp == 0x201D || cp == 0x201E ||
	       cp == 0xAB || cp == 0xBB;
}

bool cp_is_dash(uint32_t cp)
{
	return cp == '-' || (cp >= 0x2010 && cp <= 0x2015);
}

bool cp_is_alpha(uint32_t cp)
{
	if (cp < 0x80)
		return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
	if (cp == 0xD7 || cp == 0xF7 || cp < 0xC0)
		return cp == 0xAA || cp == 0xB5 || cp == 0xBA;
	if (cp >= 0x2000 && cp <= 0x2BFF)
		return false; /* punctuation, symbols, arrows */
	if (cp >= 0x3000 && cp <= 0x303F)
		return false;
	if (cp == 0xFFFD || cp == 0xFEFF || cp_is_pictograph(cp))
		return false;
	return true;
}

uint32_t cp_lower(uint32_t cp)
{
	if (cp < 0x80)
		return (cp >= 'A' && cp <= 'Z') ? cp + 32 : cp;
	if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7)
		return cp + 32;
	if (cp >= 0x100 && cp <= 0x17F && latin_ext_upper(cp))
		return cp == 0x178 ? 0xFF : cp + 1;
	if (cp >= 0x391 && cp <= 0x3A9)
		return cp + 32;
	if (cp >= 0x410 && cp <= 0x42F)
		return cp + 32;
	if (cp >= 0x400 && cp <= 0x40F)
		return cp + 80;
	return cp;
}

char *str_lower(struct arena *a, const char *s, size_t n)
{
	char *out = arena_alloc(a, n * 3 + 1); /* an invalid byte becomes U+FFFD: 3 bytes */
	str_lower_into(s, n, out);
	return out;
}

bool str_contraction_head(const char *w, char *out, size_t cap)
{
	const char *ap = strchr(w, '\''), *curly = strstr(w, "\xe2\x80\x99");
	if (!ap || (curly && curly < ap))
		ap = curly;
	if (!ap || ap == w || (size_t)(ap - w) >= cap)
		return false;
	memcpy(out, w, (size_t)(ap - w));
	out[ap - w] = '\0';
	return true;
}

bool str_all_capitals(const char *s, size_t n)
{
	if (n < 2)
		return false;
	for (size_t k = 0; k < n; k++)
		if (!(s[k] >= 'A' && s[k] <= 'Z'))
			return false;
	return true;
}

size_t str_lower_into(const char *s, size_t n, char *out)
{
	size_t o = 0, i = 0;
	while (i < n) {
		size_t len;
		uint32_t cp = utf8_decode(s + i, n - i, &len, NULL);
		if (cp == 0x2019 || cp == 0x2018 || cp == 0x02BC)
			cp = '\'';
		o += utf8_encode(cp_lower(cp), out + o);
		i += len;
	}
	out[o] = '\0';
	return o;
}

bool str_strip_marks(const char *s, char *out, size_t cap)
{
	const unsigned char *p = (const unsigned char *)s;
	bool ascii = true;
	for (; *p && ascii; p++)
		ascii = *p < 0x80;
	if (ascii)
		return false;
	/* decomposed, the marks are code points of their own, and dropped */
	utf8proc_uint8_t *folded = NULL;
	if (utf8proc_map((const utf8proc_uint8_t *)s, 0, &folded,
			 UTF8PROC_NULLTERM | UTF8PROC_STABLE | UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK) < 0)
		return false;
	size_t l = strlen((const char *)folded);
	bool fits = l < cap && strcmp((const char *)folded, s) != 0;
	if (fits)
		memcpy(out, folded, l + 1);
	free(folded);
	return fits;
}

char *str_fold(struct arena *a, const char *s, size_t n)
{
	char *out = arena_alloc(a, n + 1);
	size_t o = 0, i = 0;
	bool space = false;
	while (i < n) {
		size_t len;
		uint32_t cp = utf8_decode(s + i, n - i, &len, NULL);
		if (cp_is_space(cp)) {
			space = o > 0;
		} else {
			if (space)
				out[o++] = ' ';
			space = false;
			memcpy(out + o, s + i, len);
			o += len;
		}
		i += len;
	}
	out[o] = '\0';
	return out;
}

char *name_key(const char *s)
{
	size_t n = strlen(s);
	char *out = malloc(n * 3 + 1); /* an invalid byte becomes U+FFFD: 3 bytes */
	size_t o = 0, i = 0;
	bool space = false;
	if (!out)
		return NULL;
	while (i < n) {
		size_t len;
		uint32_t cp = utf8_decode(s + i, n - i, &len, NULL);
		i += len;
		if (cp == 0x2019 || cp == 0x2018 || cp == 0x02BC)
			cp = '\'';
		if (cp_is_dquote(cp) || cp == '.')
			continue;
		if (cp_is_space(cp) || cp_is_dash(cp)) {
			space = o > 0;
			continue;
		}
		if (space)
			out[o++] = ' ';
		space = false;
		o += utf8_encode(cp_lower(cp), out + o);
	}
	out[o] = '\0';
	if (strncmp(out, "the ", 4) == 0)
		memmove(out, out + 4, o - 3);
	return out;
}

bool starts_upper(const char *s, size_t n)
{
	size_t len;
	return n && cp_is_upper(utf8_decode(s, n, &len, NULL));
}

bool is_acronym(const char *s, size_t n)
{
	if (n < 2 || n > 6)
		return false;
	for (size_t i = 0; i < n; i++)
		if (s[i] < 'A' || s[i] > 'Z')
			return false;
	return true;
}

bool word_without_s(const char *low, size_t min, char one[64])
{
	size_t l = strlen(low);
	if (l < min || l < 2 || l >= 64 || low[l - 1] != 's')
		return false;
	memcpy(one, low, l - 1);
	one[l - 1] = '\0';
	return true;
}

bool word_singular(const char *low, size_t min, char one[64])
{
	if (!word_without_s(low, min, one))
		return false;
	size_t l = strlen(low);
	if (l > 4 && !strcmp(low + l - 3, "ies"))
		strcpy(one + l - 3, "y");
	return true;
}

static bool word_char(uint32_t cp)
{
	return cp_is_alpha(cp) || cp_is_digit(cp);
}

size_t tokenize(struct arena *a, const char *s, size_t n, struct token **out)
{
	size_t cap = 0, cnt = 0, i = 0;
	struct token *t = NULL;

	while (i < n) {
		size_t len;
		uint32_t cp = utf8_decode(s + i, n - i, &len, NULL);
		if (cp_is_space(cp)) {
			i += len;
			continue;
		}
		t = arena_grow(a, t, &cap, cnt + 1, sizeof(*t));
		struct token *tk = &t[cnt++];
		tk->s = i;
		tk->cp = cp;
		tk->upper = cp_is_upper(cp);
		if (!word_char(cp)) {
			tk->kind = TOK_PUNCT;
			i += len;
			tk->e = i;
			tk->low = arena_strndup(a, s + tk->s, len);
			continue;
		}
		bool digits = cp_is_digit(cp);
		i += len;
		while (i < n) {
			uint32_t c = utf8_decode(s + i, n - i, &len, NULL);
			if (word_char(c)) {
				digits = digits && (cp_is_digit(c) || cp_is_alpha(c));
				i += len;
				continue;
			}
			/* joiners stay inside a word when a letter or digit
			 * follows: U.S., 3.5, Russia's, Ukrainian-born, 1,200 */
			bool joiner = c == '.' || c == '\'' || c == 0x2019 ||
				      c == '-' || c == 0x2010 || c == 0x2011 ||
				      c == '&' || (c == ',' && digits) ||
				      (c == '/' && digits);
			size_t l2;
			uint32_t next = i + len < n ?
				utf8_decode(s + i + len, n - i - len, &l2, NULL) : 0;
			/* "said.Trump": a lost space, not "U.S." or "3.5" */
			bool glued = c == '.' && s[i - 1] >= 'a' && s[i - 1] <= 'z' && cp_is_upper(next) &&
				     i + len + 1 < n && s[i + len + 1] >= 'a' && s[i + len + 1] <= 'z';
			if (joiner && word_char(next) && !glued &&
			    !(c == ',' && !cp_is_digit(next))) {
				i += len;
				continue;
			}
			/* keep the final period of an abbreviation like U.S. */
			if (c == '.' && i >= 2 && s[i - 2] == '.')
				i += len;
			break;
		}
		tk->e = i;
		tk->kind = cp_is_digit(cp) ? TOK_NUM : TOK_WORD;
		tk->low = str_lower(a, s + tk->s, tk->e - tk->s);
	}
	*out = t;
	return cnt;
}

bool is_month_name(const char *w, size_t n)
{
	static const char *const months[] = {
		"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept",
		"oct", "nov", "dec", "january", "february", "march", "april", "june",
		"july", "august", "september", "october", "november", "december",
	};
	for (size_t i = 0; i < COUNTOF(months); i++)
		if (strlen(months[i]) == n && strncasecmp(w, months[i], n) == 0)
			return true;
	return false;
}

/* FNV-1a over the rule id and the text's letters and digits, lower-cased:
 * spacing, punctuation and typographic quotes do not change it, so a
 * fingerprint survives re-wrapping and a straightened apostrophe. */
void fingerprint(const char *rule, const char *text, char out[17])
{
	uint64_t h = 0xcbf29ce484222325ULL;
	for (const unsigned char *p = (const unsigned char *)rule; *p; p++)
		h = (h ^ *p) * 0x100000001b3ULL;
	h = (h ^ 0xff) * 0x100000001b3ULL;
	size_t n = text ? strlen(text) : 0;
	for (size_t i = 0; i < n;) {
		size_t len;
		uint32_t cp = utf8_decode(text + i, n - i, &len, NULL);
		bool keep = cp < 0x80 ? isalnum((int)cp) :
			    !(cp >= 0xA0 && cp <= 0xBF) && !(cp >= 0x2000 && cp <= 0x206F);
		if (keep) {
			unsigned char c = cp < 0x80 ? (unsigned char)tolower((int)cp) : 0;
			if (c)
				h = (h ^ c) * 0x100000001b3ULL;
			else
				for (size_t k = 0; k < len; k++)
					h = (h ^ (unsigned char)text[i + k]) * 0x100000001b3ULL;
		}
		i += len;
	}
	snprintf(out, 17, "%016" PRIx64, h);
}

const char *mem_find(const char *hay, size_t n, const char *needle, size_t m)
{
	if (m == 0 || m > n)
		return m == 0 ? hay : NULL;
	for (const char *p = hay, *end = hay + n - m + 1; p < end; p++) {
		p = memchr(p, needle[0], (size_t)(end - p));
		if (!p)
			return NULL;
		if (memcmp(p, needle, m) == 0)
			return p;
	}
	return NULL;
}

char *path_dir_abs(const char *path)
{
	char *copy = xstrdup(path);
	char *slash = strrchr(copy, '/');
	const char *d = ".";
	if (slash == copy)
		d = "/";
	else if (slash) {
		*slash = '\0';
		d = copy;
	}
	/* d may point into copy: duplicate it before copy is freed */
	char *abs = realpath(d, NULL);
	if (!abs)
		abs = xstrdup(d);
	free(copy);
	return abs;
}

char *path_relative(const char *dir, const char *abs)
{
	size_t common = 0;
	for (size_t i = 0; dir[i] && dir[i] == abs[i]; i++)
		if (dir[i] == '/')
			common = i;
	size_t dl = strlen(dir);
	if (strncmp(dir, abs, dl) == 0 && (abs[dl] == '/' || dl == 1))
		return xstrdup(abs + (dl == 1 ? 1 : dl + 1));
	size_t ups = 0;
	for (size_t i = common; dir[i]; i++)
		if (dir[i] == '/')
			ups++;
	size_t n = ups * 3 + strlen(abs) + 1;
	char *out = xmalloc(n), *o = out;
	for (size_t i = 0; i < ups; i++, o += 3)
		memcpy(o, "../", 3);
	strcpy(o, abs + common + 1);
	return out;
}

/* A day of the month as written: "9", "22nd", "29-30" (a range). */
static bool day_number(const char *w)
{
	size_t d = strspn(w, "0123456789");
	if (d == 0 || d > 2)
		return false;
	const char *r = w + d;
	if (*r == '-') {
		size_t d2 = strspn(r + 1, "0123456789");
		if (d2 == 0 || d2 > 2)
			return false;
		r += 1 + d2;
	}
	return !*r || !strcmp(r, "st") || !strcmp(r, "nd") || !strcmp(r, "rd") || !strcmp(r, "th");
}

/* A year ("in 2024"), a day of a month ("March 3", "3 March") or a time
 * ("2.30pm", "at 11") dates a claim. */
bool token_joins_name(const struct token *t, size_t nt, size_t i)
{
	return i > 0 && i + 1 < nt && t[i].kind == TOK_PUNCT && (t[i].cp == '/' || cp_is_dash(t[i].cp)) &&
	       t[i - 1].e == t[i].s && t[i].e == t[i + 1].s && t[i - 1].upper && t[i + 1].upper;
}

bool token_is_date(const struct token *t, size_t nt, size_t i)
{
	const char *w = t[i].low;
	size_t n = strlen(w);
	if (n == 4 && (w[0] == '1' || w[0] == '2')) {
		int y = atoi(w);
		if (y >= 1800 && y <= 2100)
			return true;
	}
	if (strchr(w, ':') || (n > 2 && (!strcmp(w + n - 2, "am") || !strcmp(w + n - 2, "pm"))))
		return true;
	if (i + 1 < nt && (!strcmp(t[i + 1].low, "a.m.") || !strcmp(t[i + 1].low, "p.m.") ||
			   !strcmp(t[i + 1].low, "am") || !strcmp(t[i + 1].low, "pm")))
		return true;
	/* "14:00", "5:52": the colon is a token of its own; "2:04:17" is a
	 * race time, a measurement */
	bool h_mm = i + 2 < nt && !strcmp(t[i + 1].low, ":") && t[i + 2].kind == TOK_NUM &&
		    strlen(t[i + 2].low) == 2 && n <= 2;
	bool mm = i > 1 && !strcmp(t[i - 1].low, ":") && t[i - 2].kind == TOK_NUM && n == 2 &&
		  strlen(t[i - 2].low) <= 2;
	size_t h = h_mm ? i : mm ? i - 2 : nt;
	/* ("+0:38" behind the winner is a gap in a result, no time) */
	if (h < nt && !(h + 3 < nt && !strcmp(t[h + 3].low, ":")) &&
	    !(h > 1 && !strcmp(t[h - 1].low, ":") && t[h - 2].kind == TOK_NUM) &&
	    !(h > 0 && !strcmp(t[h - 1].low, "+")))
		return true;
	if (!day_number(w))
		return false;
	/* "Oct. 9": the abbreviation's point is a token of its own */
	size_t p = i > 1 && !strcmp(t[i - 1].low, ".") ? i - 2 : i - 1;
	return (i > 0 && t[p].kind == TOK_WORD && is_month_name(t[p].low, strlen(t[p].low))) ||
	       (i + 1 < nt && t[i + 1].kind == TOK_WORD &&
		is_month_name(t[i + 1].low, strlen(t[i + 1].low)));
}
