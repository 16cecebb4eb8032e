#include "corroborate.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "lexicon.h"
#include "util.h"

#define MAX_POSTING 64
/* the longest claim whose quotations are compared, in bytes */
#define QUOTED_MAX 4096

struct feats {
	char **items;
	unsigned char *kind; /* ITEM_* of each item */
	unsigned *ids;       /* each item's number in the document's index */
	size_t n;
	bool numbers;
	bool figures; /* a number that is no date and no duration */
	double total;
	double margin[4]; /* gaps it states: "leads by 2 points" */
	size_t nmargin;
	double share[8]; /* shares it states: "45% to 43%" */
	size_t nshare;
	char *norm;       /* its words, lower case, one space apart */
	char **quotes;    /* its quotations of four words or more, so */
	size_t nquotes;
	size_t quoted;    /* how many of its words are inside quotations */
	size_t unquoted;  /* how many are outside them */
};

static const double item_weight[] = { 1.0, 2.0, 3.0 };

/* A word too common in news to tell one fact from another: "the",
 * "said", "Monday", "people" (rules/grammar.txt). */
static bool common_word(const pc_rules *r, const char *w)
{
	return (rules_grammar(r, w) & G_COMMON) != 0;
}

static void add_item(struct arena *a, struct feats *f, size_t *cap, const char *w, int kind)
{
	for (size_t i = 0; i < f->n; i++)
		if (strcmp(f->items[i], w) == 0)
			return;
	size_t c2 = *cap;
	f->items = arena_grow(a, f->items, cap, f->n + 1, sizeof(*f->items));
	if (*cap != c2) {
		unsigned char *k = arena_alloc(a, *cap);
		if (f->n)
			memcpy(k, f->kind, f->n);
		f->kind = k;
	}
	f->kind[f->n] = (unsigned char)kind;
	f->items[f->n++] = arena_strdup(a, w);
}

/* The words of the claim's attribution, lower-cased, each between
 * spaces: its sources, relays, cues and channels ("Reuters", "citing",
 * "Telegram").  Across documents these say who, not what: two stories
 * citing the Journal share no fact. */
static char *attribution_words(struct arena *a, const struct claim *c)
{
	size_t n = 2;
	for (size_t i = 0; i < c->nsources; i++) {
		const struct source *s = &c->sources[i];
		const char *texts[4] = { s->name, s->mention, s->cue, s->channel };
		for (size_t k = 0; k < 4 + s->nvia; k++) {
			const char *t = k < 4 ? texts[k] : s->via[k - 4];
			n += t ? 3 * strlen(t) + 2 : 0;
		}
	}
	char *out = arena_alloc(a, n), *o = out;
	*o++ = ' ';
	for (size_t i = 0; i < c->nsources; i++) {
		const struct source *s = &c->sources[i];
		const char *texts[4] = { s->name, s->mention, s->cue, s->channel };
		for (size_t k = 0; k < 4 + s->nvia; k++) {
			const char *t = k < 4 ? texts[k] : s->via[k - 4];
			if (!t)
				continue;
			o += str_lower_into(t, strlen(t), o);
			*o++ = ' ';
		}
	}
	*o = '\0';
	for (char *p = out; *p; p++)
		if (!cp_is_alpha((unsigned char)*p) && !((unsigned char)*p & 0x80))
			*p = ' ';
	return out;
}

static bool attribution_word(const char *words, const char *w)
{
	size_t n = strlen(w);
	for (const char *p = words; (p = strstr(p, w)); p++)
		if (p[-1] == ' ' && p[n] == ' ')
			return true;
	return false;
}

/* A word that tells who said it, not what: a cue of this claim's
 * sources, or a common reporting verb ("said", "told", "reported") that
 * may stand after its speaker.  "The parties agreed on a truce" keeps
 * "agreed": it is the fact. */
static bool reporting_word(const pc_rules *r, const char *attr, const char *w)
{
	if (attribution_word(attr, w))
		return true;
	for (const struct cue_use *u = rules_cue(r, w); u; u = u->next >= 0 ? &r->cue_uses[u->next] : NULL)
		if (u->cls & CUE_INVERTED)
			return true;
	return false;
}

/* The number words from token i on, read as one figure ("two hundred
 * and fifty": 250) into *value (-1 when token i is none); returns the
 * last token read. */
static size_t number_words(const pc_rules *r, const struct token *t, size_t nt, size_t i,
			   long *value)
{
	long total = 0, current = -1;
	size_t last = i;
	for (size_t k = i; k < nt && k < i + 12; k++) {
		if (t[k].kind != TOK_WORD)
			break;
		/* "hundred and fifty": "and" inside a run of number words */
		if (current >= 0 && !strcmp(t[k].low, "and") && k + 1 < nt) {
			long next = rules_number_word(r, t[k + 1].low);
			if (next > 0 && next < 100)
				continue;
		}
		long v = rules_number_word(r, t[k].low);
		if (v < 0)
			break;
		if (v == 100 || v == 1000) {
			current = (current > 0 ? current : 1) * v;
			if (v == 1000) {
				total += current;
				current = 0;
			}
		} else {
			current = (current > 0 ? current : 0) + v;
		}
		last = k;
	}
	*value = current < 0 ? -1 : total + current;
	return last;
}

/* "by 2 points", "a four-point lead": a number the margin word follows is
 * a gap between two figures; "45%", "43 percent": a share, which a gap
 * may part (rules/checkworthy.txt, classes margin and percent). */
static void add_margin_share(const pc_rules *r, struct feats *f, const struct token *t, size_t nt,
			     size_t i, double v)
{
	const char *hy = strchr(t[i].low, '-');
	unsigned next = i + 1 < nt ? lex_class(&r->checkworthy, t[i + 1].low) : 0;
	bool margin = (next & CW_MARGIN) || (hy && (lex_class(&r->checkworthy, hy + 1) & CW_MARGIN));
	if (margin && v > 0 && f->nmargin < COUNTOF(f->margin))
		f->margin[f->nmargin++] = v;
	if ((next & CW_PERCENT) && f->nshare < COUNTOF(f->share))
		f->share[f->nshare++] = v;
}

/* The items go to `a`; the tokens they come from to `scratch`, which the
 * caller resets: a document's tokens all alive at once took half the
 * memory of a long document. */
static void features_of(struct arena *a, struct arena *scratch, const pc_rules *r,
			const struct claim *c, struct feats *f, bool across)
{
	struct token *t;
	const char *s = c->block->text + c->tstart;
	size_t nt = tokenize(scratch, s, c->tend - c->tstart, &t), cap = 0;
	const char *attr = attribution_words(scratch, c);
	memset(f, 0, sizeof(*f));
	char lemma_buf[48];
	for (size_t i = 0; i < nt; i++) {
		if (t[i].kind == TOK_PUNCT || claim_in_mention(c, t[i].s))
			continue;
		if (across && t[i].kind == TOK_WORD &&
		    (attribution_word(attr, t[i].low) || lex_get(&r->channels, t[i].low)))
			continue;
		char *w = t[i].low;
		/* "three weeks", "in 2024": a figure neither times nor dates */
		bool duration = i + 1 < nt && (lex_class(&r->checkworthy, t[i + 1].low) & CW_TIMEUNIT);
		if (t[i].kind == TOK_NUM) {
			/* "€95m", "47.9C": the number without its unit */
			char buf[64];
			size_t o = 0;
			/* "3,000-name petition", "48-hour strike": the number
			 * before the hyphen; a time unit after it makes it a
			 * duration */
			const char *hy = strchr(w, '-');
			if (hy && !cp_is_alpha((unsigned char)hy[1]))
				hy = NULL; /* "6-2", "2024-25": the whole is the figure */
			if (hy && (lex_class(&r->checkworthy, hy + 1) & CW_TIMEUNIT))
				duration = true;
			for (const char *p = w; *p && p != hy && o + 1 < sizeof(buf); p++)
				if (*p != ',')
					buf[o++] = *p;
			while (o > 1 && cp_is_alpha((unsigned char)buf[o - 1]))
				o--;
			if (duration && o + 2 < sizeof(buf))
				buf[o++] = '~'; /* "six hours" is no figure of six */
			buf[o] = '\0';
			/* "in 1988", "until 6pm", "five months": a date or a
			 * duration places the fact; shared, it says little more
			 * than a shared word */
			bool date = token_is_date(t, nt, i);
			add_margin_share(r, f, t, nt, i, strtod(buf, NULL));
			add_item(a, f, &cap, buf, date || duration ? ITEM_WORD : ITEM_NUMBER);
			f->numbers = true;
			f->figures |= !duration && !date;
			continue;
		}
		/* "three" is the figure 3 (rules/numbers.txt); "two hundred
		 * and fifty" is 250 */
		long words_value;
		size_t last = number_words(r, t, nt, i, &words_value);
		if (words_value >= 0) {
			i = last;
			duration = i + 1 < nt && (lex_class(&r->checkworthy, t[i + 1].low) & CW_TIMEUNIT);
			char buf[24];
			add_margin_share(r, f, t, nt, i, (double)words_value);
			snprintf(buf, sizeof(buf), duration ? "%ld~" : "%ld", words_value);
			add_item(a, f, &cap, buf, duration ? ITEM_WORD : ITEM_NUMBER);
			f->numbers = true;
			f->figures |= !duration;
			continue;
		}
		size_t l = strlen(w);
		if (l < 3 || common_word(r, w) || reporting_word(r, attr, w))
			continue;
		/* a paraphrase counts as its plain word: "trims" is "cut" */
		const struct lex_entry *syn = lex_get(&r->synonyms, w);
		/* an irregular form is its lemma: "fell" is "fall" (rules/
		 * lemmas.txt, mined from WordNet) */
		const struct lex_entry *lemma = syn ? NULL : lex_get(&r->lemmas, w);
		if (lemma) {
			syn = lex_get(&r->synonyms, lemma->val);
			if (!syn && strlen(lemma->val) < sizeof(lemma_buf)) {
				strcpy(lemma_buf, lemma->val);
				w = lemma_buf;
				l = strlen(w);
			}
		}
		if (syn) {
			add_item(a, f, &cap, syn->val, ITEM_WORD);
			continue;
		}
		/* a capital inside the sentence marks a name */
		int kind = t[i].upper && i > 0 && t[i - 1].kind != TOK_PUNCT ? ITEM_NAME : ITEM_WORD;
		if (l > 2 && w[l - 2] == '\'' && w[l - 1] == 's')
			w[l -= 2] = '\0';
		/* a light stemmer: "reopens", "reopened", "reopening" meet */
		if (l > 4 && !strcmp(w + l - 3, "ies"))
			strcpy(w + (l -= 3), "y"), l++;
		else if (l > 4 && !strcmp(w + l - 3, "ied"))
			strcpy(w + (l -= 3), "y"), l++;
		else if (l > 5 && !strcmp(w + l - 3, "ing"))
			w[l -= 3] = '\0';
		else if (l > 4 && !strcmp(w + l - 2, "ed"))
			w[l -= 2] = '\0';
		else if (l > 4 && w[l - 1] == 's' && w[l - 2] != 's')
			w[--l] = '\0';
		if (l > 3 && w[l - 1] == 'e')
			w[--l] = '\0';
		add_item(a, f, &cap, w, kind);
	}
}

/* Lower-cases the letters and digits of s[0..n) into one-space-apart
 * words ("We are not out of the woods." -> "we are not out of the
 * woods"), counting them. */
static char *plain_words(struct arena *a, const char *s, size_t n, size_t *words)
{
	char *out = arena_alloc(a, n + 1), *o = out;
	*words = 0;
	bool gap = true;
	for (size_t i = 0; i < n;) {
		size_t len;
		bool bad;
		uint32_t cp = utf8_decode(s + i, n - i, &len, &bad);
		if (cp_is_alpha(cp) || cp_is_digit(cp)) {
			if (gap && o > out)
				*o++ = ' ';
			*words += gap;
			gap = false;
			if (cp < 128)
				*o++ = (char)(cp >= 'A' && cp <= 'Z' ? cp + 32 : cp);
			else
				for (size_t k = 0; k < len; k++)
					*o++ = s[i + k];
		} else if (cp != '\'' && cp != 0x2019) {
			gap = true;
		}
		i += len ? len : 1;
	}
	*o = '\0';
	return out;
}

static bool opening_mark(uint32_t cp)
{
	return cp_is_dquote(cp) || cp == '\'' || cp == 0x2018;
}

/* "'We are not out of the woods': ...": the quotations a claim holds,
 * in plain words, when they run to four words or more. */
static void quotations_of(struct arena *a, const struct claim *c, struct feats *f)
{
	const char *s = c->text;
	size_t n = strlen(s), cap = 0;
	for (size_t i = 0; i < n;) {
		size_t len;
		bool bad;
		uint32_t cp = utf8_decode(s + i, n - i, &len, &bad);
		len = len ? len : 1;
		/* a mark that opens: at the start or after a space */
		if (!opening_mark(cp) || (i > 0 && s[i - 1] != ' ' && s[i - 1] != '(')) {
			i += len;
			continue;
		}
		size_t q = i + len, e = q;
		/* a double mark closes what a double mark opened: "marking the
		 * suppliers' homework" goes on past the plural's apostrophe */
		bool dbl = cp_is_dquote(cp);
		while (e < n) {
			size_t l2;
			uint32_t c2 = utf8_decode(s + e, n - e, &l2, &bad);
			l2 = l2 ? l2 : 1;
			/* a closing mark: not inside a word ("don't") */
			if ((dbl ? cp_is_dquote(c2) : (c2 == 0x2019 || c2 == '\'')) &&
			    (e + l2 >= n || !cp_is_alpha((unsigned char)s[e + l2])))
				break;
			e += l2;
		}
		size_t words;
		char *w = plain_words(a, s + q, e - q, &words);
		if (words >= 4) {
			f->quotes = arena_grow(a, f->quotes, &cap, f->nquotes + 1, sizeof(*f->quotes));
			f->quotes[f->nquotes++] = w;
		}
		f->quoted += words;
		i = e + 1;
	}
}

/* Does one claim quote, word for word, four words or more of the
 * other?  A crosshead that is only a quotation ("'Start to close the
 * gap'") labels a section; it states nothing of its own. */
static bool quotes_other(const struct feats *a, const struct feats *b)
{
	if (!b->norm)
		return false;
	for (size_t k = 0; k < a->nquotes && a->unquoted >= 3; k++) {
		size_t l = strlen(a->quotes[k]);
		for (const char *p = b->norm; (p = strstr(p, a->quotes[k])); p++)
			if ((p == b->norm || p[-1] == ' ') && (p[l] == '\0' || p[l] == ' '))
				return true;
	}
	return false;
}

static void features(struct arena *a, struct arena *scratch, const pc_rules *r,
		     const struct claim *c, struct feats *f)
{
	features_of(a, scratch, r, c, f, false);
	arena_reset(scratch);
}

/* An item's weight, halved when a fifth of the claims or more have it:
 * what every sentence of the story shares says nothing of one fact. */
static double weight(const struct feats *f, size_t k, const unsigned *df, size_t nclaims)
{
	double w = item_weight[f->kind[k]];
	if (nclaims >= 10 && df[f->ids[k]] * 5 >= nclaims)
		w /= 2;
	return w;
}

/* A headline rounds: "deaths pass 500" and "killed 512", "nearly 3,000"
 * and "2,870" state one figure.  True when one of the two is a round
 * number (one significant digit, 10 or more) within a fifth of the other. */
static bool rounds_to(const char *x, const char *y)
{
	char *end;
	double a = strtod(x, &end);
	if (*end)
		return false;
	double b = strtod(y, &end);
	if (*end || b <= 0)
		return false;
	/* "1e999" is infinite: the magnitude loop below would never end, and
	 * no headline rounds a figure past what a long holds */
	if (!(a >= 0 && a < 1e15 && b < 1e15))
		return false;
	/* "fell 7%" and "closed down 7.2%": a whole number and a decimal
	 * that rounds to it */
	if (a == (double)(long)a && strchr(y, '.') && !strchr(x, '.') && a >= 1 &&
	    b >= a - 0.5 && b < a + 0.5)
		return true;
	/* "£1.2 billion" and "£1.17 billion": a decimal that the other,
	 * given to more places, rounds to */
	const char *dx = strchr(x, '.'), *dy = strchr(y, '.');
	if (dx && dy && strlen(dy) > strlen(dx) && a >= 0.1) {
		double half = 0.5;
		for (size_t k = strlen(dx + 1); k > 0; k--)
			half /= 10;
		return b >= a - half - 1e-9 && b < a + half - 1e-9;
	}
	if (a < 10)
		return false;
	double mag = 1;
	while (mag * 10 <= a)
		mag *= 10;
	if (a == (double)(long)(a / mag) * mag)
		return b >= a * 0.8 && b <= a * 1.2;
	/* "more than 180,000" and "187,350": two significant digits round
	 * closer */
	if (a >= 1000 && a == (double)(long)(a * 10 / mag) * mag / 10)
		return b >= a * 0.95 && b <= a * 1.05;
	/* "187,000 homes" and "187,300": a figure given to the thousand
	 * (or hundred, three significant digits or more) is the other
	 * rounded up or down to that place */
	double place = 1;
	while (place * 10 < a && a == (double)(long)(a / (place * 10)) * place * 10)
		place *= 10;
	return place >= 100 && a >= 1000 && fabs(b - a) < place;
}

/* "$9.6 million", "41%", "12,300": a figure with a decimal, a percent
 * or three digits is one fact's; "two", "6" or "2-1" recur. */
static bool specific_figure(const char *x)
{
	double v = strtod(x, NULL);
	return strchr(x, '.') || strchr(x, '%') || (v >= 100 && v < 1e15);
}

/* "2,740", "$5,140", "31.4": a figure so precise that two claims giving
 * it give one count */
static bool exact_figure(const char *x)
{
	double v = strtod(x, NULL);
	return (strchr(x, '.') && v >= 1) || (v >= 1000 && v < 1e15);
}

/* Does a gap one claim states lie between two shares of the other
 * ("leads by 2 points" and "45% to 43%")? */
static bool gap_between(const struct feats *a, const struct feats *b)
{
	for (size_t m = 0; m < a->nmargin; m++)
		for (size_t x = 0; x < b->nshare; x++)
			for (size_t y = 0; y < b->nshare; y++)
				if (fabs(b->share[x] - b->share[y] - a->margin[m]) < 0.051)
					return true;
	return false;
}

/* What two claims share: the weight of their common items, how many
 * names, words and numbers, and whether a figure of one rounds to the
 * other's. */
struct shared {
	double weight;
	int names, words, numbers, rounded;
	int figures; /* shared numbers no story repeats by chance */
	int exact;   /* shared figures of four digits or more, or decimals */
	bool only_i, only_j; /* a number of one that the other lacks */
};

static void share(const struct feats *F, size_t i, size_t j, const unsigned *df, size_t n,
		  struct shared *sh)
{
	memset(sh, 0, sizeof(*sh));
	for (size_t a = 0; a < F[i].n; a++) {
		bool hit = false;
		for (size_t b = 0; b < F[j].n; b++) {
			const char *x = F[i].items[a], *y = F[j].items[b];
			/* items are interned: one number, one string */
			if (F[i].ids[a] == F[j].ids[b]) {
				hit = true;
				sh->weight += weight(&F[i], a, df, n);
				sh->names += F[i].kind[a] == ITEM_NAME;
				sh->words += F[i].kind[a] == ITEM_WORD;
				sh->numbers += F[i].kind[a] == ITEM_NUMBER;
				sh->figures += F[i].kind[a] == ITEM_NUMBER && specific_figure(x);
				sh->exact += F[i].kind[a] == ITEM_NUMBER && exact_figure(x);
			} else if (F[i].kind[a] == ITEM_NUMBER && F[j].kind[b] == ITEM_NUMBER &&
				   (rounds_to(x, y) || rounds_to(y, x))) {
				hit = true;
				sh->weight += item_weight[ITEM_NAME];
				sh->rounded++;
			}
		}
		sh->only_i |= !hit && F[i].kind[a] == ITEM_NUMBER;
	}
	for (size_t b = 0; b < F[j].n && !sh->only_j; b++) {
		if (F[j].kind[b] != ITEM_NUMBER)
			continue;
		bool hit = false;
		for (size_t a = 0; a < F[i].n && !hit; a++)
			hit = F[i].ids[a] == F[j].ids[b] ||
			      (F[i].kind[a] == ITEM_NUMBER &&
			       (rounds_to(F[i].items[a], F[j].items[b]) ||
				rounds_to(F[j].items[b], F[i].items[a])));
		sh->only_j = !hit;
	}
	if (!sh->numbers && !sh->rounded && (gap_between(&F[i], &F[j]) || gap_between(&F[j], &F[i]))) {
		sh->rounded++;
		sh->weight += item_weight[ITEM_NAME];
	}
}

static bool linked(const struct claim *c, int j)
{
	for (size_t k = 0; k < c->nsame; k++)
		if (c->same_as[k] == j)
			return true;
	return false;
}

static bool linkable(const struct claim *c)
{
	return c->kind == CLAIM_CLAIM || c->kind == CLAIM_HEADING;
}

static void link(struct pc_doc *doc, struct claim *a, int b)
{
	a->same_as = arena_grow(&doc->arena, a->same_as, &(size_t){ a->nsame }, a->nsame + 1,
				sizeof(*a->same_as));
	a->same_as[a->nsame++] = b;
}

static bool same_origin(const struct claim *a, const struct claim *b)
{
	for (size_t i = 0; i < a->nsources; i++)
		for (size_t k = 0; k < b->nsources; k++)
			if (!strcmp(a->sources[i].name, b->sources[k].name))
				return true;
	return false;
}

static size_t word_count(const char *s)
{
	size_t n = 0;
	for (bool in = false; *s; s++) {
		bool w = *s != ' ';
		n += w && !in;
		in = w;
	}
	return n;
}

static double cap(double v, double m)
{
	return v < m ? v : m;
}

/* The features of a link between claims i < j (samefact.def). */
static void pair_features(const struct pc_doc *doc, const struct feats *F, size_t i, size_t j,
			  const struct shared *sh, size_t lede, double *v)
{
	const struct claim *ci = &doc->claims[i], *cj = &doc->claims[j];
	double mn = F[i].total < F[j].total ? F[i].total : F[j].total;
	memset(v, 0, SFF_COUNT * sizeof(*v));
	v[SFF_BIAS] = 1;
	v[SFF_OVERLAP] = mn > 0 ? cap(sh->weight / mn, 1.5) : 0;
	v[SFF_SHARED] = cap(sh->weight, 16) / 4;
	v[SFF_NAMES] = cap(sh->names, 3);
	v[SFF_WORDS] = cap(sh->words, 6);
	v[SFF_NUMBERS] = cap(sh->numbers, 3);
	v[SFF_FIGURE] = cap(sh->figures, 2);
	v[SFF_ROUNDED] = cap(sh->rounded, 2);
	v[SFF_CONFLICT] = F[i].figures && F[j].figures && !sh->numbers && !sh->rounded;
	v[SFF_UNSHARED] = sh->only_i && sh->only_j;
	v[SFF_HEADING] = ci->kind == CLAIM_HEADING || cj->kind == CLAIM_HEADING;
	v[SFF_LEDE] = i == lede || j == lede;
	v[SFF_SAME_BLOCK] = ci->block == cj->block;
	v[SFF_ADJACENT] = j == i + 1;
	v[SFF_DISTANCE] = log1p((double)(j - i)) / 3;
	v[SFF_QUOTE] = ci->quote >= 0 && ci->quote == cj->quote;
	v[SFF_BOTH_SOURCED] = ci->nsources && cj->nsources;
	v[SFF_ONE_SOURCED] = !ci->nsources != !cj->nsources;
	v[SFF_SAME_ORIGIN] = same_origin(ci, cj);
	size_t wi = word_count(ci->text), wj = word_count(cj->text);
	v[SFF_SHORT] = (wi < wj ? wi : wj) <= 5;
	v[SFF_EXACT] = cap(sh->exact, 2);
	v[SFF_QUOTED] = quotes_other(&F[i], &F[j]) || quotes_other(&F[j], &F[i]);
}

static double score(const pc_rules *r, const double *v)
{
	double s = 0;
	for (int k = 0; k < SFF_COUNT; k++)
		s += v[k] * r->sf_weights[k];
	return s;
}

const char *corroborate_feature_name(enum sf_feature f)
{
	static const char *const names[] = {
#define SFF(id, name) name,
#include "samefact.def"
#undef SFF
	};
	return names[f];
}

void corroborate_pairs(struct pc_doc *doc, const pc_rules *rules,
		       void (*fn)(void *arg, size_t i, size_t j, const double *v), void *arg)
{
	size_t n = doc->nclaims;
	if (n < 2)
		return;
	struct arena fa = { 0 }, scratch = { 0 };
	struct feats *F = arena_zalloc(&fa, n * sizeof(*F));
	struct lexicon index = { 0 };
	size_t **post = NULL, *npost = NULL, nfeat = 0, capfeat = 0;
	unsigned *seen = xcalloc(n, sizeof(*seen));
	size_t *touched = xcalloc(n, sizeof(*touched));
	size_t lede = doc_lede(doc);
	bool any_quotes = false;

	for (size_t i = 0; i < n; i++) {
		const struct claim *c = &doc->claims[i];
		if (linkable(c)) {
			features(&fa, &scratch, rules, c, &F[i]);
			/* a sentence runs to a few hundred bytes; a "sentence"
			 * of megabytes (a file on one line) is no quotation's */
			if (strlen(c->text) <= QUOTED_MAX)
				quotations_of(&fa, c, &F[i]);
			any_quotes |= F[i].nquotes > 0;
		}
	}
	/* the claims' plain words, only when one of them quotes: a million
	 * claims with no quotation need none */
	for (size_t i = 0; any_quotes && i < n; i++) {
		const char *t = doc->claims[i].text;
		size_t total;
		if (!linkable(&doc->claims[i]) || strlen(t) > QUOTED_MAX)
			continue;
		F[i].norm = plain_words(&fa, t, strlen(t), &total);
		F[i].unquoted = total > F[i].quoted ? total - F[i].quoted : 0;
	}
	/* document frequency of every item, for the weights */
	unsigned *df = NULL;
	size_t capdf = 0;
	for (size_t i = 0; i < n; i++) {
		F[i].ids = F[i].n ? arena_alloc(&fa, F[i].n * sizeof(*F[i].ids)) : NULL;
		for (size_t k = 0; k < F[i].n; k++) {
			const struct lex_entry *e = lex_get(&index, F[i].items[k]);
			if (!e) {
				if (nfeat == capfeat) {
					capfeat = capfeat ? capfeat * 2 : 256;
					post = xrealloc(post, capfeat * sizeof(*post));
					npost = xrealloc(npost, capfeat * sizeof(*npost));
				}
				post[nfeat] = xmalloc(MAX_POSTING * sizeof(**post));
				npost[nfeat] = 0;
				lex_put(&index, F[i].items[k], (unsigned)nfeat, NULL);
				nfeat++;
				e = lex_get(&index, F[i].items[k]);
			}
			if (e->cls >= capdf) {
				size_t nc = capdf ? capdf * 2 : 256;
				while (nc <= e->cls)
					nc *= 2;
				df = xrealloc(df, nc * sizeof(*df));
				memset(df + capdf, 0, (nc - capdf) * sizeof(*df));
				capdf = nc;
			}
			df[e->cls]++;
			F[i].ids[k] = (unsigned)e->cls;
		}
	}
	for (size_t i = 0; i < n; i++)
		for (size_t k = 0; k < F[i].n; k++)
			F[i].total += weight(&F[i], k, df, n);

	for (size_t j = 0; j < n && !doc_out_of_time(doc); j++) {
		if (!linkable(&doc->claims[j]) || !F[j].n)
			continue;
		size_t nt = 0;
		for (size_t k = 0; k < F[j].n; k++) {
			/* every item was indexed when document frequencies
			 * were counted */
			size_t id = F[j].ids[k];
			for (size_t p = 0; p < npost[id] && npost[id] < MAX_POSTING; p++) {
				size_t i = post[id][p];
				if (!seen[i]++)
					touched[nt++] = i;
			}
			if (npost[id] < MAX_POSTING)
				post[id][npost[id]++] = j;
		}
		for (size_t t = 0; t < nt; t++) {
			size_t i = touched[t];
			seen[i] = 0;
			struct shared sh;
			double v[SFF_COUNT];
			share(F, i, j, df, n, &sh);
			pair_features(doc, F, i, j, &sh, lede, v);
			fn(arg, i, j, v);
		}
	}
	free(df);
	for (size_t i = 0; i < nfeat; i++)
		free(post[i]);
	free(post);
	free(npost);
	free(seen);
	free(touched);
	lex_free(&index);
	arena_free(&scratch);
	arena_free(&fa);
}

/* A pair that falls short of a link by less than this may still be
 * one: when both claims state the same fact as a heading (a headline,
 * its lede and the attributed sentence below).  Measured on the corpus
 * and the blind batches: F1 rises on each (guide section 6). */
#define NEAR_MARGIN 1.2

struct linker {
	struct pc_doc *doc;
	const pc_rules *rules;
	size_t (*near)[2]; /* pairs short of a link by less than the margin */
	size_t nnear, capnear;
};

/* Are claims i < j items of one list, nothing but its items between
 * them?  A list sets its facts apart: "sick days fell by 31%" and
 * "leavers fell by 40%" are two findings, however alike. */
static bool list_siblings(const struct pc_doc *doc, size_t i, size_t j)
{
	for (size_t k = i; k <= j; k++)
		if (doc->claims[k].block->kind != BLOCK_LIST_ITEM)
			return false;
	return doc->claims[i].block != doc->claims[j].block;
}

static bool crosshead(const struct claim *c)
{
	return c->kind == CLAIM_HEADING && c->block->kind == BLOCK_HEADING;
}

static void link_pair(void *arg, size_t i, size_t j, const double *v)
{
	struct linker *l = arg;
	/* two claims that give figures and share none state two facts,
	 * whatever else they share ("rose 4 metres", "rose 6 metres") */
	if (v[SFF_CONFLICT] || linked(&l->doc->claims[i], (int)j) || list_siblings(l->doc, i, j))
		return;
	/* a crosshead and a sentence that share one plain word and no name
	 * or figure ("It is not just my ward", "... on our acute medical
	 * ward") share a topic, not a fact (the headline and its dek state
	 * the story's fact, which one word may carry) */
	if (v[SFF_WORDS] <= 1 && !v[SFF_NAMES] && !v[SFF_NUMBERS] && !v[SFF_ROUNDED] &&
	    (crosshead(&l->doc->claims[i]) || crosshead(&l->doc->claims[j])))
		return;
	double s = score(l->rules, v);
	/* a sentence written twice states one fact, however few its words */
	const struct claim *ci = &l->doc->claims[i], *cj = &l->doc->claims[j];
	if (strcasecmp(ci->text, cj->text) == 0 && word_count(ci->text) >= 4)
		s = 1;
	if (s <= -NEAR_MARGIN)
		return;
	if (s <= 0) {
		if (l->nnear == l->capnear) {
			l->capnear = l->capnear ? 2 * l->capnear : 64;
			l->near = xrealloc(l->near, l->capnear * sizeof(*l->near));
		}
		l->near[l->nnear][0] = i;
		l->near[l->nnear++][1] = j;
		return;
	}
	link(l->doc, &l->doc->claims[i], (int)j);
	link(l->doc, &l->doc->claims[j], (int)i);
}

/* Do claims i and j share a linked heading?  A headline or dek states
 * the story's fact, so two claims that both restate it state one fact; a
 * body sentence linked to two others may hold two facts.  Links made by
 * this pass are not followed: only the first pass's links support a near
 * pair.  `mark` holds, per claim, the last near pair (+ 1) whose i links
 * to it: linear in the two claims' links however many there are. */
static bool share_link(const struct pc_doc *doc, size_t k, size_t i, size_t j,
		       const size_t *first, size_t *mark)
{
	const struct claim *a = &doc->claims[i], *b = &doc->claims[j];
	for (size_t x = 0; x < first[i]; x++)
		mark[a->same_as[x]] = k + 1;
	for (size_t y = 0; y < first[j]; y++)
		if (mark[b->same_as[y]] == k + 1 && doc->claims[b->same_as[y]].kind == CLAIM_HEADING)
			return true;
	return false;
}

void corroborate_document(struct pc_doc *doc, const pc_rules *rules)
{
	struct linker l = { doc, rules, NULL, 0, 0 };
	corroborate_pairs(doc, rules, link_pair, &l);
	if (!l.nnear)
		return;
	size_t *first = xcalloc(doc->nclaims, sizeof(*first));
	size_t *mark = xcalloc(doc->nclaims, sizeof(*mark));
	for (size_t i = 0; i < doc->nclaims; i++)
		first[i] = doc->claims[i].nsame;
	for (size_t k = 0; k < l.nnear; k++) {
		size_t i = l.near[k][0], j = l.near[k][1];
		if (!share_link(doc, k, i, j, first, mark) || linked(&doc->claims[i], (int)j))
			continue;
		link(doc, &doc->claims[i], (int)j);
		link(doc, &doc->claims[j], (int)i);
	}
	free(mark);
	free(first);
	free(l.near);
}

size_t corroborate_keys(struct arena *a, const pc_rules *rules, const struct claim *c,
			char ***items, unsigned char **kinds, double *total)
{
	struct feats f;
	*total = 0;
	if (!linkable(c)) {
		*items = NULL;
		*kinds = NULL;
		return 0;
	}
	struct arena scratch = { 0 };
	features_of(a, &scratch, rules, c, &f, true);
	arena_free(&scratch);
	for (size_t k = 0; k < f.n; k++)
		*total += item_weight[f.kind[k]];
	*items = f.items;
	*kinds = f.kind;
	return f.n;
}

double corroborate_item_weight(int kind)
{
	return item_weight[kind];
}
