#include "segment.h"

#include <string.h>

#include "util.h"


static uint32_t cp_at(const char *s, size_t n, size_t i, size_t *len)
{
	if (i >= n) {
		*len = 0;
		return 0;
	}
	return utf8_decode(s + i, n - i, len, NULL);
}

static bool is_closer(uint32_t c)
{
	return c == '"' || c == 0x201D || c == 0x2019 || c == '\'' || c == ')' ||
	       c == ']' || c == 0xBB;
}

static bool is_opener(uint32_t c)
{
	return c == '"' || c == 0x201C || c == 0x2018 || c == '\'' || c == '(' ||
	       c == '[' || c == 0xAB || c == 0x201E;
}

/* Is the word ending at `dot` an abbreviation that keeps the sentence
 * going before `next_word`? */
static bool abbreviation_holds(const pc_rules *rules, const char *s, size_t dot,
			       const char *next, size_t nextlen)
{
	size_t b = dot;
	while (b > 0 && s[b - 1] != ' ' && !is_opener((unsigned char)s[b - 1]))
		b--;
	size_t wl = dot - b;
	if (wl == 0 || wl > 24)
		return false;
	char word[3 * 24 + 1];
	str_lower_into(s + b, wl, word);
	unsigned cls = lex_class(&rules->abbrev, word) & ABBR_ANY;
	/* an initial: "J. K. Rowling" */
	size_t len;
	bool single = wl == 1 && cp_is_upper(cp_at(s, dot, b, &len));
	/* "said on X." ends a sentence: X is the platform, not an initial */
	if (!cls && single && b >= 3 && !strncmp(s + b - 3, "on ", 3) &&
	    (b == 3 || s[b - 4] == ' '))
		return false;
	if (!cls && single)
		return true;
	if (!cls && !memchr(word, '.', wl))
		return false;
	/* "received 47.3%. Hartono", "at $59.77. Both": a figure ends it */
	const char *d = word;
	while (*d && !(*d >= '0' && *d <= '9') && ((unsigned char)*d & 0x80 || *d == '$'))
		d++;
	if (*d >= '0' && *d <= '9' && d - word <= 3)
		return false;
	if (cls & (ABBR_TITLE | ABBR_INNER))
		return true;
	/* "U.S." and friends may end a sentence: only a typical sentence
	 * opener after them breaks it */
	char nw[16];
	size_t k = 0;
	while (k < nextlen && k < sizeof(nw) - 1 && cp_is_alpha((unsigned char)next[k])) {
		nw[k] = (char)(next[k] | 0x20);
		k++;
	}
	nw[k] = '\0';
	return !(lex_class(&rules->abbrev, nw) & ABBR_OPENER);
}

/* After a question or exclamation closing a quotation, "Todd asked the
 * mogul." or "she said." finishes the same sentence: a short tail that
 * holds a reporting verb. */
static bool attribution_tail(const pc_rules *rules, const char *s, size_t n, size_t m)
{
	size_t words = 0;
	bool cue = false;
	for (size_t i = m; i < n && words <= 8;) {
		if (s[i] == '.' || s[i] == '!' || s[i] == '?' || s[i] == '"' ||
		    (unsigned char)s[i] == 0xE2)
			return cue;
		if (s[i] == ' ' || s[i] == ',') {
			i++;
			continue;
		}
		size_t b = i;
		while (i < n && s[i] != ' ' && s[i] != ',' && s[i] != '.' && s[i] != '!' && s[i] != '?')
			i++;
		char w[32];
		if (i - b < sizeof(w) / 3) {
			str_lower_into(s + b, i - b, w);
			const struct cue_use *u = rules_cue(rules, w);
			cue |= u && (u->cls & CUE_INVERTED) && u->form != FORM_ING;
		}
		words++;
	}
	return false;
}

/* A blank at i: a space, or a no-break space (U+00A0) as web copy has. */
static size_t blank_at(const char *s, size_t n, size_t i)
{
	if (i < n && s[i] == ' ')
		return 1;
	if (i + 1 < n && (unsigned char)s[i] == 0xC2 && (unsigned char)s[i + 1] == 0xA0)
		return 2;
	return 0;
}

size_t segment_sentences(const pc_rules *rules, const char *s, size_t n,
			 size_t *starts, size_t *ends, size_t max)
{
	size_t count = 0, start = 0, i = 0;
	while (start < n && blank_at(s, n, start))
		start += blank_at(s, n, start);
	while (i < n && count + 1 < max) {
		size_t len;
		uint32_t c = cp_at(s, n, i, &len);
		if (c != '.' && c != '!' && c != '?' && c != 0x2026) {
			i += len;
			continue;
		}
		size_t j = i, l2;
		uint32_t d;
		bool ellipsis = c == 0x2026;
		while ((d = cp_at(s, n, j, &l2)) == '.' || d == '!' || d == '?' || d == 0x2026) {
			ellipsis |= d == 0x2026 || (j > i && d == '.');
			j += l2;
		}
		size_t k = j;
		while (is_closer(d = cp_at(s, n, k, &l2)))
			k += l2;
		/* "... Trump said.Trump claimed ...": a space lost after a full
		 * stop between two words */
		bool glued = c == '.' && j == i + 1 && k == j && i >= 2 && k + 1 < n &&
			     s[i - 1] >= 'a' && s[i - 1] <= 'z' && s[i - 2] >= 'a' && s[i - 2] <= 'z' &&
			     s[k] >= 'A' && s[k] <= 'Z' && s[k + 1] >= 'a' && s[k + 1] <= 'z';
		if (k < n && !blank_at(s, n, k) && !glued) {
			i = k > j ? k : j;
			continue;
		}
		size_t m = k;
		while (m < n && blank_at(s, n, m))
			m += blank_at(s, n, m);
		bool boundary;
		if (m >= n) {
			boundary = true;
		} else {
			uint32_t next = cp_at(s, n, m, &l2);
			if (cp_is_lower(next))
				boundary = false;
			/* "@SDTaxpayerWatch said": a handle opens a sentence
			 * as a name does */
			else if (cp_is_upper(next) || cp_is_digit(next) || is_opener(next) ||
				 cp_is_dquote(next) || cp_is_pictograph(next) ||
				 (next == '@' && m + 1 < n && (cp_is_alpha((unsigned char)s[m + 1]) || s[m + 1] == '_')))
				boundary = true;
			else
				boundary = false;
			/* no abbreviation runs into an opening quotation mark:
			 * "told broadcaster NOS. “Pasteurised milk..." */
			if (boundary && c == '.' && j == i + 1 && k == j && !cp_is_dquote(next) &&
			    next != 0x2018 && abbreviation_holds(rules, s, i, s + m, n - m))
				boundary = false;
			(void)ellipsis;
			if (boundary && (c == '?' || c == '!') && k > j &&
			    attribution_tail(rules, s, n, m))
				boundary = false;
		}
		if (boundary) {
			starts[count] = start;
			ends[count] = k;
			count++;
			start = m;
		}
		i = m > i ? m : i + len;
	}
	size_t e = n;
	while (e > start && s[e - 1] == ' ')
		e--;
	if (e > start) {
		starts[count] = start;
		ends[count] = e;
		count++;
	}
	return count;
}

struct quote_state {
	bool open;
	int id, next_id;
};

/* Walks the quote marks of [s, e) and returns the quotation that covers
 * any part of it (-1 for none). */
static int scan_quotes(struct quote_state *q, const char *s, size_t a, size_t e,
		       bool *has_quote)
{
	int first = q->open ? q->id : -1;
	for (size_t i = a; i < e;) {
		size_t len;
		uint32_t c = utf8_decode(s + i, e - i, &len, NULL);
		bool opening = false, closing = false;
		if (c == 0x201C && q->open && i > a && !cp_is_space((unsigned char)s[i - 1]) &&
		    (i + len >= e || s[i + len] == ' ')) {
			closing = true; /* mistyped: "...?“ he asked" */
		} else if (c == 0x201C || c == 0x201E || c == 0xAB) {
			opening = true;
		} else if (c == 0x201D || c == 0xBB) {
			closing = true;
		} else if (c == '"') {
			uint32_t prev = ' ';
			if (i > 0) {
				size_t p = utf8_prev(s, i), l;
				prev = utf8_decode(s + p, i - p, &l, NULL);
			}
			bool before_space = cp_is_space(prev) || prev == '(' ||
					    prev == '[' || cp_is_dash(prev) || i == a;
			opening = q->open ? false : before_space;
			closing = q->open;
			if (!opening && !closing)
				opening = true;
		}
		if (opening || closing)
			*has_quote = true;
		if (opening) {
			q->open = true;
			q->id = q->next_id++;
			if (first < 0)
				first = q->id;
		} else if (closing) {
			q->open = false;
		}
		i += len;
	}
	return first;
}

/* "(Updates death toll, adds governor's comments)", "(Reporting by ...)",
 * "($1 = 0.7650 pounds)": a paragraph wholly in brackets is the desk's
 * note on the story, no claim of it. */
static bool bracketed_paragraph(const struct block *b, size_t s, size_t e)
{
	size_t a = 0, z = b->len;
	while (a < z && (b->text[a] == ' ' || b->text[a] == '\n'))
		a++;
	while (z > a && (b->text[z - 1] == ' ' || b->text[z - 1] == '\n'))
		z--;
	/* the claim is the whole paragraph, one pair of brackets round it */
	if (s > a || e < z || z - a < 3 || b->text[a] != '(' || b->text[z - 1] != ')')
		return false;
	for (size_t i = a + 1; i + 1 < z; i++)
		if (b->text[i] == '(' || b->text[i] == ')')
			return false;
	return true;
}

static enum claim_kind base_kind(enum block_kind k)
{
	switch (k) {
	case BLOCK_HEADLINE:
	case BLOCK_DEK:
	case BLOCK_HEADING:
		return CLAIM_HEADING;
	case BLOCK_BODY:
	case BLOCK_QUOTE:
	case BLOCK_LIST_ITEM:
		return CLAIM_CLAIM;
	default:
		return CLAIM_NOT;
	}
}

static bool is_word_char(char ch)
{
	return (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || (ch & 0x80);
}

/* A call to action of rules/calls.txt: an opening phrase ("Wash your
 * hands...") outside quotations, or a phrase anywhere ("newsletter"). */
static bool call_at(const pc_rules *rules, struct arena *a, const char *t, bool quoted)
{
	char *low = str_lower(a, t, strlen(t));
	/* '"Please stay indoors," police said.': the call opens the
	 * quotation */
	const char *open = low;
	/* ("... Don't put it in writing,'" she told jurors": a quotation
	 * inside the quotation is what someone was told, reported) */
	bool nested = quoted && (strstr(low, "'\"") || strstr(low, "\u2019\u201d") ||
				 strstr(low, "'\u201d") || strstr(low, "\u2019\""));
	for (size_t len; quoted && *open;) {
		uint32_t cp = utf8_decode(open, strlen(open), &len, NULL);
		if (!cp_is_dquote(cp) && cp != '\'' && cp != 0x2018)
			break;
		open += len ? len : 1;
	}
	for (size_t i = 0; i < rules->calls.nslots; i++) {
		const struct lex_entry *e = &rules->calls.slots[i];
		if (!e->key)
			continue;
		size_t kl = strlen(e->key);
		if (e->cls & CALL_OPENING) {
			const char *o = quoted ? open : low;
			if ((!quoted || ((e->cls & CALL_ADVICE) && !nested)) && !strncmp(o, e->key, kl) &&
			    !is_word_char(o[kl]))
				return true;
			continue;
		}
		for (const char *p = low; (p = strstr(p, e->key)); p++)
			if ((p == low || !is_word_char(p[-1])) && !is_word_char(p[kl]))
				return true;
	}
	return false;
}

/* A call to action, at the opening or after a transcript's label. */
static bool is_call(const pc_rules *rules, struct arena *a, const char *t, bool quoted)
{
	const char *t0 = t;
	/* "HOST: Let's talk about ...", "Dana Whitfield, chief executive:
	 * Thank you": the turn after a transcript's label */
	size_t l = 0;
	while (t[l] && l < 60 && t[l] != ':' && t[l] != '"' && t[l] != '?' && t[l] != '!' &&
	       !(t[l] == '.' && t[l + 1] == ' '))
		l++;
	if (l >= 2 && t[0] >= 'A' && t[0] <= 'Z' && t[l] == ':' && t[l + 1] == ' ')
		t += l + 2;
	if (call_at(rules, a, t0, quoted) || (t != t0 && call_at(rules, a, t, quoted)))
		return true;
	/* "HOST: Marcus Fenwick, thank you.": a turn that opens by naming
	 * whom it speaks to */
	if (t == t0)
		return false;
	const char *v = t;
	for (int words = 0; words < 3 && *v >= 'A' && *v <= 'Z'; words++) {
		while (*v && *v != ' ' && *v != ',')
			v++;
		if (v[0] == ',' && v[1] == ' ')
			return call_at(rules, a, v + 2, quoted);
		if (*v == ' ')
			v++;
	}
	return false;
}

/* "Remind Colette Varga that ...", "Tell your MP": a sentence opening on
 * the base form of a verb of speech asks the reader to speak; nothing is
 * stated.  Verbs whose base is mostly a noun ("Report", "Cut") are left
 * alone. */
static bool imperative(const pc_rules *rules, const char *t)
{
	char w[32];
	size_t l = 0;
	if (!(t[0] >= 'A' && t[0] <= 'Z'))
		return false;
	while (t[l] && l + 1 < sizeof(w) && ((t[l] >= 'a' && t[l] <= 'z') || (t[l] >= 'A' && t[l] <= 'Z'))) {
		w[l] = (char)(t[l] | 0x20);
		l++;
	}
	w[l] = '\0';
	if (t[l] != ' ')
		return false;
	/* then its object: a name, "your", "them", "it" ("Rail operator
	 * Renfe" opens on a noun) */
	char o[16];
	size_t m = 0;
	const char *n = t + l + 1;
	while (n[m] && m + 1 < sizeof(o) && ((n[m] >= 'a' && n[m] <= 'z') || (n[m] >= 'A' && n[m] <= 'Z'))) {
		o[m] = (char)(n[m] | 0x20);
		m++;
	}
	o[m] = '\0';
	bool object = (n[0] >= 'A' && n[0] <= 'Z') ||
		      (rules_grammar(rules, o) & (G_DETERMINER | G_OBJECT | G_PERSON));
	if (!object)
		return false;
	for (const struct cue_use *u = rules_cue(rules, w); u;
	     u = u->next >= 0 ? &rules->cue_uses[u->next] : NULL)
		if (u->form == FORM_BASE && !u->particle &&
		    !(u->cls & (CUE_NOUNLIKE | CUE_PUBLISH | CUE_DOCUMENT)))
			return true;
	return false;
}

static bool question_or_call(const pc_rules *rules, struct arena *a, const char *t, bool quoted)
{
	size_t n = strlen(t);
	while (n && is_closer((unsigned char)t[n - 1]))
		n--;
	if (n >= 3 && memcmp(t + n - 3, "\xE2\x80\x9D", 3) == 0)
		n -= 3;
	if (n && t[n - 1] == '?')
		return true;
	return is_call(rules, a, t, quoted) || (!quoted && imperative(rules, t));
}

static void add_claim(struct pc_doc *doc, const pc_rules *rules, struct block *b, size_t s, size_t e,
		      enum claim_kind kind, struct quote_state *q, bool first_in_block)
{
	doc->claims = arena_grow(&doc->arena, doc->claims, &doc->capclaims,
				 doc->nclaims + 1, sizeof(*doc->claims));
	struct claim *c = &doc->claims[doc->nclaims];
	memset(c, 0, sizeof(*c));
	c->id = (int)doc->nclaims++;
	c->block = b;
	c->tstart = s;
	c->tend = e;
	c->start = block_src_offset(b, s);
	c->end = e > s ? block_src_end(b, e) : c->start;
	/* the last byte may start a multi-byte character */
	while (c->end < doc->len && ((unsigned char)doc->data[c->end] & 0xC0) == 0x80)
		c->end++;
	doc_position(doc, c->start, &c->line, &c->col);
	c->text = str_fold(&doc->arena, b->text + s, e - s);
	c->kind = kind;
	size_t len;
	uint32_t first = utf8_decode(b->text + s, e - s, &len, NULL);
	c->opens_quote = cp_is_dquote(first) && first != 0x201D && first != 0xBB;
	if (first_in_block && q->open && !c->opens_quote)
		q->open = false; /* a paragraph without an opening mark ends it */
	bool reuse = first_in_block && q->open && c->opens_quote;
	int keep = q->id;
	/* the reopening mark opens, not closes: a straight quote would
	 * otherwise end the quotation it carries on */
	if (reuse)
		q->open = false;
	c->starts_quoted = q->open;
	c->quote = scan_quotes(q, b->text, s, e, &c->has_quote);
	if (reuse) {
		/* a quotation running into a new paragraph reopens with the
		 * same mark: still the same quotation */
		c->quote = keep;
		q->id = keep;
	}
	bool quoted = c->quote >= 0 || c->has_quote;
	if ((kind == CLAIM_CLAIM || kind == CLAIM_HEADING) &&
	    question_or_call(rules, &doc->arena, c->text, quoted))
		c->kind = CLAIM_NOT;
	if (kind == CLAIM_CLAIM && bracketed_paragraph(b, s, e))
		c->kind = CLAIM_NOT;
	c->quoted_call = quoted && c->kind == CLAIM_CLAIM && is_call(rules, &doc->arena, c->text + c->opens_quote * len, false);
}

void segment_document(struct pc_doc *doc, const pc_rules *rules)
{
	struct quote_state q = { .open = false, .id = -1, .next_id = 0 };
	size_t cap = 0;
	size_t *starts = NULL, *ends = NULL;

	for (size_t bi = 0; bi < doc->nblocks; bi++) {
		struct block *b = &doc->blocks[bi];
		enum claim_kind kind = base_kind(b->kind);
		/* a dek of two sentences is two headings (guide section 1) */
		if (b->kind != BLOCK_BODY && b->kind != BLOCK_QUOTE && b->kind != BLOCK_DEK &&
		    b->kind != BLOCK_LIST_ITEM && b->kind != BLOCK_CAPTION) {
			bool keep_open = q.open;
			add_claim(doc, rules, b, 0, b->len, kind, &q, false);
			q.open = keep_open && b->kind != BLOCK_HEADLINE;
			continue;
		}
		/* a sentence ends at a terminator: count them for the bound */
		size_t need = 2;
		for (size_t k = 0; k < b->len; k++)
			need += b->text[k] == '.' || b->text[k] == '!' || b->text[k] == '?' ||
				(unsigned char)b->text[k] == 0xA6; /* U+2026 ends in A6 */
		if (need > cap) {
			cap = need;
			starts = arena_alloc(&doc->arena, cap * sizeof(*starts));
			ends = arena_alloc(&doc->arena, cap * sizeof(*ends));
		}
		size_t ns = segment_sentences(rules, b->text, b->len, starts, ends, cap);
		for (size_t k = 0; k < ns; k++)
			add_claim(doc, rules, b, starts[k], ends[k], kind, &q, k == 0);
	}
}
