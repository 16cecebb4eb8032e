#include "corroborate.h"

#include <stdlib.h>
#include <string.h>

#include "lexicon.h"
#include "util.h"

#define MAX_POSTING 64

static const char *const function_words[] = {
	"the", "and", "for", "that", "this", "with", "from", "was", "were",
	"are", "has", "have", "had", "been", "will", "would", "could", "its",
	"his", "her", "their", "our", "they", "them", "she", "him", "who",
	"which", "what", "when", "where", "while", "than", "then", "there",
	"also", "not", "but", "into", "over", "about", "after", "before",
	"more", "most", "some", "such", "only", "other", "all", "any", "can",
	"may", "might", "should", "said", "says", "say", "told", "according",
	"reported", "week", "monday", "tuesday", "wednesday", "thursday",
	"friday", "saturday", "sunday", "yesterday", "today", "one", "out",
	"per", "cent", "percent", "just", "very", "did", "does", "being",
	"now", "new", "two", "three", "year", "years", "last", "first", "on",
	"in", "at", "of", "to", "a", "an", "by", "as", "is", "it", "be", "or",
	"if", "so", "we", "he", "you", "i", "statement", "added", "people",
};

struct feats {
	char **items;
	size_t n;
	bool numbers;
};

static bool function_word(const char *w)
{
	for (size_t i = 0; i < COUNTOF(function_words); i++)
		if (strcmp(w, function_words[i]) == 0)
			return true;
	return false;
}

static bool in_source_span(const struct claim *c, size_t off)
{
	size_t abs = c->start + off;
	for (size_t i = 0; i < c->nsources; i++)
		if (!c->sources[i].inherited && abs >= c->sources[i].mstart &&
		    abs < c->sources[i].mend)
			return true;
	return false;
}

static void add_item(struct arena *a, struct feats *f, size_t *cap, const char *w)
{
	for (size_t i = 0; i < f->n; i++)
		if (strcmp(f->items[i], w) == 0)
			return;
	f->items = arena_grow(a, f->items, cap, f->n + 1, sizeof(*f->items));
	f->items[f->n++] = arena_strdup(a, w);
}

static void features(struct arena *a, const pc_rules *r, const struct claim *c,
		     struct feats *f)
{
	struct token *t;
	const char *s = c->block->text + c->tstart;
	size_t nt = tokenize(a, s, c->tend - c->tstart, &t), cap = 0;
	memset(f, 0, sizeof(*f));
	for (size_t i = 0; i < nt; i++) {
		if (t[i].kind == TOK_PUNCT || in_source_span(c, t[i].s))
			continue;
		char *w = t[i].low;
		if (t[i].kind == TOK_NUM) {
			char buf[64];
			size_t o = 0;
			for (const char *p = w; *p && o + 1 < sizeof(buf); p++)
				if (*p != ',')
					buf[o++] = *p;
			buf[o] = '\0';
			add_item(a, f, &cap, buf);
			f->numbers = true;
			continue;
		}
		size_t l = strlen(w);
		if (l < 3 || function_word(w) || lex_get(&r->cues, w))
			continue;
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
		add_item(a, f, &cap, w);
	}
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

void corroborate_document(struct pc_doc *doc, const pc_rules *rules)
{
	size_t n = doc->nclaims;
	if (n < 2)
		return;
	struct arena fa = { 0 };
	struct feats *F = arena_zalloc(&fa, n * sizeof(*F));
	struct lexicon index = { 0 };
	size_t **post = NULL, *npost = NULL, nfeat = 0, capfeat = 0;
	unsigned *shared = xcalloc(n, sizeof(*shared));
	size_t *touched = xcalloc(n, sizeof(*touched));

	for (size_t i = 0; i < n; i++)
		if (linkable(&doc->claims[i]))
			features(&fa, rules, &doc->claims[i], &F[i]);

	for (size_t j = 0; j < n; j++) {
		struct claim *cj = &doc->claims[j];
		if (!linkable(cj) || !F[j].n)
			continue;
		size_t nt = 0;
		for (size_t k = 0; k < F[j].n; k++) {
			const struct lex_entry *e = lex_get(&index, F[j].items[k]);
			size_t id;
			if (!e) {
				if (nfeat == capfeat) {
					capfeat = capfeat ? capfeat * 2 : 256;
					post = xrealloc(post, capfeat * sizeof(*post));
					npost = xrealloc(npost, capfeat * sizeof(*npost));
				}
				id = nfeat++;
				post[id] = xmalloc(MAX_POSTING * sizeof(**post));
				npost[id] = 0;
				lex_put(&index, F[j].items[k], (unsigned)id, NULL);
			} else {
				id = e->cls;
			}
			for (size_t p = 0; p < npost[id] && npost[id] < MAX_POSTING; p++) {
				size_t i = post[id][p];
				if (!shared[i]++)
					touched[nt++] = i;
			}
			if (npost[id] < MAX_POSTING)
				post[id][npost[id]++] = j;
		}
		for (size_t t = 0; t < nt; t++) {
			size_t i = touched[t];
			unsigned sh = shared[i];
			shared[i] = 0;
			struct claim *ci = &doc->claims[i];
			size_t mn = F[i].n < F[j].n ? F[i].n : F[j].n;
			bool same_block = ci->block == cj->block;
			double overlap = (double)sh / (double)mn;
			unsigned need = mn <= 4 ? 2 : 3;
			if (sh < need || overlap < (same_block ? 0.7 : 0.5))
				continue;
			if (F[i].numbers && F[j].numbers) {
				bool num = false;
				for (size_t a = 0; a < F[i].n && !num; a++)
					for (size_t b = 0; b < F[j].n && !num; b++)
						num = cp_is_digit((unsigned char)F[i].items[a][0]) &&
						      strcmp(F[i].items[a], F[j].items[b]) == 0;
				if (!num)
					continue;
			}
			link(doc, ci, (int)j);
			link(doc, cj, (int)i);
		}
	}
	for (size_t i = 0; i < nfeat; i++)
		free(post[i]);
	free(post);
	free(npost);
	free(shared);
	free(touched);
	lex_free(&index);
	arena_free(&fa);
}
