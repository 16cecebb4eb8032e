#include "recognize.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "clause.h"
#include "nounphrase.h"
#include "util.h"

/* --- frames ----------------------------------------------------------- */

/* "ESPNcricinfo": capitals then small letters in one word make a
 * brand, never a person's name. */
static bool brand_name(const char *n)
{
	if (!(n[0] >= 'A' && n[0] <= 'Z' && n[1] >= 'A' && n[1] <= 'Z'))
		return false;
	while (*n >= 'A' && *n <= 'Z')
		n++;
	return *n >= 'a' && *n <= 'z';
}

/* "Nationwide, the building society,": a one-word name that the
 * apposition after it calls a body (rules/organizations.txt) is that
 * body's, not a person's, whom "it" later names. */
static bool body_in_apposition(const struct ctx *x, const struct entity *en)
{
	size_t e, hi;
	np_tokens(x, en->me, en->me, &e, &hi);
	if (e + 2 >= x->nt || x->t[e].low[0] != ',' ||
	    !(rules_grammar(x->r, x->t[e + 1].low) & G_DETERMINER))
		return false;
	for (size_t k = e + 2; k < x->nt && k < e + 6 && x->t[k].kind == TOK_WORD; k++) {
		unsigned oc = lex_class(&x->r->orgs, x->t[k].low);
		if (oc && !(oc & ORG_WHERE) && (k + 1 == x->nt || x->t[k + 1].kind == TOK_PUNCT))
			return true;
	}
	return false;
}

/* The grammar classes of a one-word name (rules/grammar.txt), 0 for a
 * name of more words. */
static uint64_t one_word_classes(const struct ctx *x, const char *name)
{
	if (!name || strchr(name, ' '))
		return 0;
	return rules_grammar(x->r, str_lower(x->tmp, name, strlen(name)));
}

void recognize_add_frame(struct ctx *x, const struct frame *frame)
{
	struct frame copy = *frame, *f = &copy;
	struct entity *en = &f->ent;
	/* "quoting log number 0318 of 14 September": a month or a weekday
	 * is never a source (guide section 2); "May said", opening the
	 * sentence, is a person's name */
	if (en->kind != ENT_NONE && en->kind != ENT_PRONOUN && en->ms > 0 &&
	    (one_word_classes(x, en->name) & (G_TIME | G_CALENDAR)))
		return;
	if (en->kind == ENT_PERSON && en->name && !strchr(en->name, ' ') &&
	    (brand_name(en->name) || body_in_apposition(x, en))) {
		en->kind = ENT_ORG;
		en->type = SRC_ORGANIZATION;
	}
	for (size_t i = 0; i < x->nf; i++) {
		struct frame *g = &x->f[i];
		if (g->ent.kind != ENT_NONE && f->ent.kind != ENT_NONE &&
		    g->ent.ms == f->ent.ms && g->ent.me == f->ent.me) {
			/* a pattern named the speaker first: the grammar still
			 * says what the verb's words are */
			if (!g->cue_cls && f->cue_cls) {
				g->cue_cls = f->cue_cls;
				g->content_s = f->content_s;
				g->content_e = f->content_e;
			}
			return;
		}
		if (f->ent.kind == ENT_NONE && g->kind == f->kind &&
		    g->cue_s == f->cue_s && f->kind != FRAME_CHANNEL)
			return;
	}
	x->f = arena_grow(x->tmp, x->f, &x->capf, x->nf + 1, sizeof(*x->f));
	x->f[x->nf++] = *f;
}

static const char *channel_name(const struct ctx *x, size_t a, size_t b)
{
	char *low = str_lower(x->tmp, x->s + a, b - a);
	char *f = str_fold(x->tmp, low, strlen(low));
	const struct lex_entry *e = lex_get(&x->r->channels, f);
	return e ? e->val : NULL;
}

/* "according to figures published by the exams regulator, Ofqual.": a
 * body named by what it is, then its name closing the sentence. */
static void body_then_name(const struct ctx *x, size_t e, struct entity *en)
{
	bool described = en->kind == ENT_GROUPREF ||
			 (en->kind == ENT_DOCUMENT && en->issuer && !cp_is_upper((unsigned char)en->issuer[0]));
	if (!described || e + 1 >= x->nt || x->t[e].low[0] != ',' || !x->t[e + 1].upper)
		return;
	size_t ns = e + 1, ne = ns;
	while (ne < x->nt && x->t[ne].upper && x->t[ne].kind == TOK_WORD)
		ne++;
	if (ne < x->nt && !(x->t[ne].low[0] == '.' && ne + 1 == x->nt))
		return;
	en->kind = ENT_ORG;
	en->type = SRC_ORGANIZATION;
	en->name = arena_strndup(x->tmp, x->s + x->t[ns].s, x->t[ne - 1].e - x->t[ns].s);
	en->issuer = NULL;
}

/* "according to figures it published in July": data whose maker is
 * "it" or "they" are the word of the body the pronoun names: the body
 * opening the sentence ("The council served 386 notices ..., according
 * to figures it published"), else whoever the resolver finds.
 * "Training logs he shared" stay the logs: a person keeps records, no
 * figures (e: the token after the phrase). */
static void data_by_pronoun(struct ctx *x, size_t e, struct entity *en)
{
	if (en->kind != ENT_DOCUMENT || e + 1 >= x->nt || x->t[e].kind != TOK_WORD ||
	    !(x->g[e] & G_PRONOUN) || (x->g[e] & G_DETERMINER) || lex_class(&x->r->gender, x->t[e].low) ||
	    x->t[e + 1].kind != TOK_WORD || x->t[e + 1].upper)
		return;
	bool plural = !strcmp(x->t[e].low, "they");
	if (!plural) {
		struct entity opener;
		bool relay = x->relay;
		x->relay = false;
		size_t oe = np_opening_body(x, x->nt, true, &opener);
		x->relay = relay;
		if (oe && oe < e) {
			*en = opener;
			return;
		}
	}
	memset(en, 0, sizeof(*en));
	en->kind = ENT_PRONOUN;
	en->name = x->t[e].low;
	en->type = plural ? SRC_UNNAMED : SRC_ORGANIZATION;
	en->ms = x->t[e].s;
	en->me = x->t[e].e;
}

/* "Russia's ambassador to Romania, Valentin Lozovoi,": a role whose
 * name follows between commas (e: the token after the role phrase). */
static void role_then_name(const struct ctx *x, size_t e, struct entity *en)
{
	if ((en->kind != ENT_ROLE && en->kind != ENT_NONE && en->kind != ENT_UNNAMED) ||
	    e + 1 >= x->nt || x->t[e].low[0] != ',' || !x->t[e + 1].upper)
		return;
	size_t ns = e + 1, ne = ns;
	while (ne < x->nt && (x->t[ne].upper ||
			      (x->t[ne].low[0] == '.' && ne + 1 < x->nt && x->t[ne + 1].upper)))
		ne++;
	if (ne - ns < 2 || (ne < x->nt && x->t[ne].kind != TOK_PUNCT))
		return;
	struct entity pe;
	np_classify(x, ns, ne, &pe);
	if (pe.kind == ENT_PERSON) {
		pe.type = SRC_OFFICIAL;
		*en = pe;
	}
}

static void speaker_np(struct ctx *x, const struct pattern *p, size_t a,
		       size_t b, struct entity *en)
{
	x->subject = p->kind == FRAME_SPEAKER;
	x->relay = p->kind == FRAME_RELAY || p->kind == FRAME_CHAIN;
	size_t lo, hi, s, e;
	np_tokens(x, a, b, &lo, &hi);
	memset(en, 0, sizeof(*en));
	if (lo >= hi)
		return;
	switch (p->np) {
	case NP_FIRST:
		s = lo;
		/* a pattern's region ends at a comma, a known name may not */
		if (hi < x->nt) {
			size_t known = np_known_past_comma(x, lo, hi, x->nt);
			if (known)
				hi = known;
		}
		e = np_first(x, lo, hi);
		/* ", said the company was ..." is no inversion: after the
		 * name comes the end of the clause, not a verb */
		if (p->kind == FRAME_SPEAKER && e < x->nt && x->t[e].kind == TOK_WORD &&
		    !(x->g[e] & (G_STOP | G_INTERPOSED)) &&
		    strcmp(x->t[e].low, "last"))
			return;
		if (p->kind == FRAME_SPEAKER && e < x->nt && x->t[e].kind == TOK_WORD &&
		    (x->g[e] & G_CLAUSE_VERB))
			return;
		break;
	case NP_LAST:
		/* "Kall -- co-editor of a book -- said": the name is before
		 * the dashes */
		if (hi - lo >= 3 && x->t[hi - 1].kind == TOK_PUNCT && cp_is_dash(x->t[hi - 1].cp)) {
			size_t end = hi - 1;
			while (end > lo && cp_is_dash(x->t[end - 1].cp) && x->t[end - 1].kind == TOK_PUNCT)
				end--;
			for (size_t k = end; k-- > lo && hi - k < 30;)
				if (x->t[k].kind == TOK_PUNCT && cp_is_dash(x->t[k].cp)) {
					while (k > lo && cp_is_dash(x->t[k - 1].cp))
						k--;
					hi = k;
					break;
				}
		}
		s = np_last(x, lo, hi, &e);
		break;
	default:
		s = lo;
		e = hi;
		break;
	}
	/* "by the agency's estimate", "by Rautio's count": a group that
	 * ends on a possessive names its possessor, read without the mark
	 * (the name and its "'s" are one token) */
	struct token *last = s < e ? &x->t[e - 1] : NULL, saved = { 0 };
	size_t ll = last ? strlen(last->low) : 0;
	if (last && ll > 2 && last->low[ll - 2] == '\'' && last->low[ll - 1] == 's' &&
	    x->s[last->e - 1] == 's') {
		saved = *last;
		last->low = arena_strndup(x->tmp, last->low, ll - 2);
		size_t m = last->e - 2; /* the mark, one byte or several */
		while (m > last->s && ((unsigned char)x->s[m] & 0xC0) == 0x80)
			m--;
		last->e = m;
	}
	if (s < e)
		np_classify(x, s, e, en);
	if (saved.low)
		*last = saved;
	if (s < e && en->kind == ENT_NONE && p->any_phrase)
		np_generic(x, s, e, NPG_ANY, en);
	if (p->np == NP_FIRST && p->kind == FRAME_SPEAKER)
		role_then_name(x, e, en);
	if (p->np == NP_FIRST && p->kind == FRAME_CHAIN) {
		body_then_name(x, e, en);
		data_by_pronoun(x, e, en);
	}
	x->subject = x->relay = false;
}

/* "X, who ..., said" before a pattern's cue: the clause grammar's chain
 * of appositives, ending at the comma before the cue. */
static void pattern_appositive(struct ctx *x, size_t cue_s, struct entity *en)
{
	static const struct cue_use said = { .lemma = "say", .cls = CUE_SPEECH };
	size_t lo, hi;
	np_tokens(x, 0, cue_s, &lo, &hi);
	memset(en, 0, sizeof(*en));
	if (hi < 2 || x->t[hi - 1].kind != TOK_PUNCT || x->t[hi - 1].low[0] != ',')
		return;
	clause_appositive(x, hi - 1, &said, en);
}

/* Quotation spans inside the sentence: "the customer says no" inside a
 * quote is the quoted speaker's wording, not an attribution. */
static void find_quotes(struct ctx *x)
{
	bool open = false;
	size_t start = 0;
	for (size_t i = 0; i < x->n && x->nq < COUNTOF(x->qs);) {
		size_t len;
		uint32_t c = utf8_decode(x->s + i, x->n - i, &len, NULL);
		bool opening = c == 0x201C || c == 0x201E;
		bool closing = c == 0x201D;
		/* a mistyped opening mark closing a quotation: "...?“ he asked" */
		if (c == 0x201C && open && i > 0 && !cp_is_space((unsigned char)x->s[i - 1]) &&
		    (i + len >= x->n || x->s[i + len] == ' '))
			opening = false, closing = true;
		/* '' stands for a double quote in some wires' copy */
		if (c == '\'' && i + 1 < x->n && x->s[i + 1] == '\'') {
			c = '"';
			len = 2;
		}
		if (c == '"') {
			/* a straight mark opens after a space and before a word,
			 * and closes after a word */
			uint32_t prev = ' ', next = ' ';
			size_t l2;
			if (i > 0) {
				size_t pi = utf8_prev(x->s, i);
				prev = utf8_decode(x->s + pi, i - pi, &l2, NULL);
			}
			if (i + len < x->n)
				next = utf8_decode(x->s + i + len, x->n - i - len, &l2, NULL);
			bool after_space = cp_is_space(prev) || prev == '(' || prev == '[' || cp_is_dash(prev);
			if (after_space && !cp_is_space(next))
				opening = true;
			else if (!after_space)
				closing = true;
			else
				opening = !open, closing = open;
		}
		if (opening && !open) {
			open = true;
			start = i;
		} else if (closing && open) {
			open = false;
			x->qs[x->nq] = start;
			x->qe[x->nq++] = i + len;
		} else if (closing && !open && x->nq == 0) {
			/* a quotation opened in an earlier sentence */
			x->qs[x->nq] = 0;
			x->qe[x->nq++] = i + len;
		}
		i += len;
	}
	if (open && x->nq < COUNTOF(x->qs)) {
		x->qs[x->nq] = start;
		x->qe[x->nq++] = x->n;
	}
}

bool recognize_in_quote(const struct ctx *x, size_t pos)
{
	for (size_t i = 0; i < x->nq; i++)
		if (pos > x->qs[i] && pos < x->qe[i])
			return true;
	return false;
}

static bool participle(const char *s, size_t a, size_t b)
{
	return b - a > 4 && !strncmp(s + b - 3, "ing", 3);
}

static unsigned accept_bit(enum ent_kind k)
{
	switch (k) {
	case ENT_PERSON: return ACCEPT_PERSON;
	case ENT_ROLE: return ACCEPT_ROLE;
	case ENT_PRONOUN: return ACCEPT_PRONOUN;
	case ENT_UNNAMED: return ACCEPT_UNNAMED;
	case ENT_ORG: return ACCEPT_ORG;
	case ENT_DOCUMENT: return ACCEPT_DOCUMENT;
	case ENT_MEDIA: return ACCEPT_MEDIA;
	case ENT_KNOWN: return ACCEPT_KNOWN;
	case ENT_GROUPREF: return ACCEPT_GROUP;
	default: return 0;
	}
}

/* "had been warned", "was told": the subject heard, it did not say */
static bool passive_before(const struct ctx *x, size_t cue_s)
{
	size_t lo, hi;
	np_tokens(x, 0, cue_s, &lo, &hi);
	if (!hi)
		return false;
	return (x->g[hi - 1] & G_PASSIVE) != 0;
}

static void main_subject(struct ctx *x, size_t cue_s, struct entity *en)
{
	size_t lo = 0, hi, e;
	np_tokens(x, 0, cue_s, &lo, &hi);
	if (hi < 2 || x->t[hi - 1].low[0] != ',')
		return;
	/* skip an opening "On Monday," or "In a statement," */
	size_t start = 0;
	if (x->t[0].upper && ((x->g[0] & G_STOP) || !strcmp(x->t[0].low, "in") ||
			      !strcmp(x->t[0].low, "on"))) {
		while (start < hi && x->t[start].low[0] != ',')
			start++;
		start++;
	}
	if (start >= hi)
		return;
	e = np_first(x, start, hi);
	if (e <= start)
		return;
	x->subject = true;
	np_classify(x, start, e, en);
	role_then_name(x, e, en);
	x->subject = false;
	if (en->kind == ENT_DOCUMENT || en->kind == ENT_NONE)
		memset(en, 0, sizeof(*en));
}

static void relative_subject(struct ctx *x, size_t cue_s, struct entity *en)
{
	size_t lo, hi;
	np_tokens(x, 0, cue_s, &lo, &hi);
	if (hi < 3 || (strcmp(x->t[hi - 1].low, "which") && strcmp(x->t[hi - 1].low, "who")) ||
	    x->t[hi - 2].low[0] != ',')
		return;
	size_t e, s = np_last(x, 0, hi - 2, &e);
	if (s >= e)
		return;
	x->subject = true;
	np_classify(x, s, e, en);
	x->subject = false;
	if (en->kind == ENT_DOCUMENT || en->kind == ENT_PRONOUN)
		memset(en, 0, sizeof(*en));
}

static void coordinated(struct ctx *x, size_t a, size_t cue_s, struct entity *en)
{
	size_t lo, hi;
	np_tokens(x, a, cue_s, &lo, &hi);
	if (hi <= lo || (strcmp(x->t[hi - 1].low, "and") && strcmp(x->t[hi - 1].low, "but")))
		return;
	if (hi == lo + 1) {
		/* ', but said': the sentence's subject speaks */
		if (lo > 0 && x->t[lo - 1].low[0] == ',')
			main_subject(x, x->t[lo - 1].e, en);
		return;
	}
	size_t e = np_first(x, lo, hi);
	if (e <= lo)
		return;
	x->subject = true;
	np_classify(x, lo, e, en);
	x->subject = false;
	if (en->kind != ENT_PERSON && en->kind != ENT_KNOWN && en->kind != ENT_MEDIA &&
	    en->kind != ENT_ORG && en->kind != ENT_PRONOUN)
		memset(en, 0, sizeof(*en));
}

/* After the cue comes a name that ends the clause: ", said Mayor X." */
static bool inverted_after(const struct ctx *x, size_t cue_e)
{
	size_t lo, hi;
	np_tokens(x, cue_e, x->n, &lo, &hi);
	if (lo >= hi || !x->t[lo].upper || x->t[lo].kind != TOK_WORD)
		return false;
	size_t e = np_first(x, lo, hi);
	if (e <= lo || e - lo > 7)
		return false;
	/* a time word or an adverb after the name ends the clause; an
	 * auxiliary opens the name's own verb group ("said the mayor has") */
	bool verb = e < hi && (x->g[e] & G_VERB_GROUP);
	bool ok = e >= hi || x->t[e].kind == TOK_PUNCT || ((x->g[e] & G_INTERPOSED) && !verb) ||
		  (x->g[e] & G_POSTNAME);
	if (!ok)
		return false;
	for (size_t i = lo; i < e; i++)
		if (!x->t[i].upper && x->t[i].kind == TOK_WORD && !(x->g[i] & G_SPECIFIER) &&
		    !lex_get(&x->r->roles, x->t[i].low) && !(x->g[i] & G_BRIDGE))
			return false;
	return true;
}

/* A person heading a headline ("Reid: Never underestimate Trump") is one
 * the story names again; a label ("Live:", "BYLINE:", "Delegate
 * Update:") names nobody. */
static bool headline_speaker(const struct ctx *x, const struct entity *en)
{
	const char *last = strrchr(en->name, ' ');
	last = last ? last + 1 : en->name;
	char *low = str_lower(x->tmp, last, strlen(last));
	if ((rules_grammar(x->r, low) & (G_LABEL | G_NONNAME | G_TIME)) || strlen(low) < 3)
		return false;
	/* "Paul Ryan:" reads as a name; "Big Win For Bernie:" and "Just
	 * Leaked:" do not, and must name someone the story names again */
	if (last != en->name) {
		bool plain = true;
		struct token *t;
		size_t nt = tokenize(x->tmp, en->name, strlen(en->name), &t);
		for (size_t i = 0; i < nt && plain; i++) {
			size_t l = strlen(t[i].low);
			plain = t[i].upper && !(rules_grammar(x->r, t[i].low) & (G_NONNAME | G_LABEL)) &&
				!(l > 3 && !strcmp(t[i].low + l - 2, "ed"));
		}
		if (plain)
			return true;
	}
	size_t n = strlen(last), seen = 0;
	const char *d = x->doc->data, *end = d + x->doc->len;
	for (const char *q = d; q + n <= end && seen < 2; q++) {
		q = mem_find(q, (size_t)(end - q), last, n);
		if (!q)
			break;
		bool left = q == d || !cp_is_alpha((unsigned char)q[-1]);
		bool right = q + n == end || !cp_is_alpha((unsigned char)q[n]);
		seen += left && right;
	}
	return seen >= 2;
}

static void match_pattern(struct ctx *x, const struct pattern *p)
{
	size_t start = 0;
	for (int guard = 0; start <= x->n && guard < 64; guard++) {
		PCRE2_SIZE *ov;
		int rc = rules_match(x->r, p, x->s, x->n, start, &ov);
		if (rc <= 0)
			break;
		struct frame f = { .p = p, .rule = p->id, .kind = p->kind };
		size_t m0 = ov[0], m1 = ov[1];
		f.cue_s = ov[2 * p->g_cue];
		f.cue_e = ov[2 * p->g_cue + 1];
		if (f.cue_s == PCRE2_UNSET)
			f.cue_s = f.cue_e = m0;
		f.pos = f.cue_s;
		if ((recognize_in_quote(x, f.cue_s) && p->kind != FRAME_CHANNEL) ||
		    (f.cue_s > 0 && starts_upper(x->s + f.cue_s, f.cue_e - f.cue_s) &&
		     p->kind != FRAME_HEADLINE && p->kind != FRAME_CHANNEL)) {
			start = f.cue_e > m0 ? f.cue_e : m0 + 1;
			continue;
		}
		char *cue = str_lower(x->tmp, x->s + f.cue_s, f.cue_e - f.cue_s);
		f.tell = lex_class(&x->r->cues, cue) & CUE_TELL;
		if (p->kind == FRAME_SPEAKER && passive_before(x, f.cue_s) && !strchr(cue, ' ')) {
			start = f.cue_e > m0 ? f.cue_e : m0 + 1;
			continue;
		}
		if (p->g_channel && (int)p->g_channel < rc && ov[2 * p->g_channel] != PCRE2_UNSET)
			f.channel = channel_name(x, ov[2 * p->g_channel], ov[2 * p->g_channel + 1]);
		bool has_src = p->g_source && (int)p->g_source < rc &&
			       ov[2 * p->g_source] != PCRE2_UNSET;
		if (has_src)
			speaker_np(x, p, ov[2 * p->g_source], ov[2 * p->g_source + 1], &f.ent);
		/* ", saying ...": the speaker is the sentence's subject */
		if (f.ent.kind == ENT_NONE && p->kind == FRAME_SPEAKER && p->np == NP_LAST &&
		    participle(x->s, f.cue_s, f.cue_e)) {
			main_subject(x, f.cue_s, &f.ent);
			f.fallback = true;
		}
		/* ", which say": the phrase before the comma */
		if (f.ent.kind == ENT_NONE && p->kind == FRAME_SPEAKER && p->np == NP_LAST)
			relative_subject(x, f.cue_s, &f.ent);
		/* "Marchetti thanked voters and said": the clause's subject */
		if (f.ent.kind == ENT_NONE && p->kind == FRAME_SPEAKER && p->np == NP_LAST && has_src)
			coordinated(x, ov[2 * p->g_source], f.cue_s, &f.ent);
		/* "X, who ..., said": but not ", alleging" or ", adding",
		 * whose subject is the main clause's, nor ", said Mayor X" */
		if (f.ent.kind == ENT_NONE && p->kind == FRAME_SPEAKER && p->np == NP_LAST &&
		    !participle(x->s, f.cue_s, f.cue_e) &&
		    (f.tell || !inverted_after(x, f.cue_e)))
			pattern_appositive(x, f.cue_s, &f.ent);
		if (f.ent.kind != ENT_NONE && p->accept && !(p->accept & accept_bit(f.ent.kind)))
			memset(&f.ent, 0, sizeof(f.ent));
		/* "Live:", "Delegate Update:", "The Ninth Circle:" label a
		 * headline; "Reid:" is a speaker the story names again */
		if (p->kind == FRAME_HEADLINE && f.ent.kind == ENT_PERSON && !headline_speaker(x, &f.ent))
			memset(&f.ent, 0, sizeof(f.ent));
		/* "Review: ...", "Analysis: ...": one label word is the
		 * piece's kind, even where it names a document too */
		if (p->kind == FRAME_HEADLINE && (one_word_classes(x, f.ent.name) & G_LABEL))
			memset(&f.ent, 0, sizeof(f.ent));
		if (p->kind == FRAME_VAGUE) {
			/* a belief said of a vague group names no source: the
			 * claim only gets its weasel words noted */
			f.cue_s = f.ent.kind != ENT_NONE ? f.ent.ms : f.cue_s;
			memset(&f.ent, 0, sizeof(f.ent));
		}
		if (f.ent.kind != ENT_NONE) {
			f.pos = f.ent.ms;
			recognize_add_frame(x, &f);
		} else if (p->kind == FRAME_CHANNEL || p->kind == FRAME_VAGUE) {
			recognize_add_frame(x, &f);
		}
		/* a later cue may sit inside this match's region: go on
		 * right after the cue */
		(void)m1;
		start = f.cue_e > m0 ? f.cue_e : m0 + 1;
	}
}

/* --- putting the frames of one sentence together --------------------- */

static bool is_speaker(const struct frame *f)
{
	if (f->kind == FRAME_RELAY || f->kind == FRAME_CHANNEL || f->kind == FRAME_VAGUE ||
	    f->ent.kind == ENT_NONE)
		return false;
	return f->ent.kind != ENT_MEDIA;
}

static int cmp_frame_pos(const void *a, const void *b)
{
	size_t pa = ((const struct frame *)a)->pos, pb = ((const struct frame *)b)->pos;
	return pa < pb ? -1 : pa > pb;
}

/* The apostrophe of the first "'s " in a name, straight or curly, or NULL. */
static const char *possessive_in(const char *name)
{
	const char *ap = strstr(name, "'s "), *curly = strstr(name, "\xe2\x80\x99s ");
	return !ap || (curly && curly < ap) ? curly : ap;
}

/* "Italy's National Institute of Geophysics and Volcanology", "China's
 * Ministry of Commerce": the country a name is written with is where it
 * is, no part of its name; "Alzheimer's Society" keeps its owner. */
static const char *unowned_name(const pc_rules *r, const char *name)
{
	const char *ap = possessive_in(name);
	if (!ap || memchr(name, ' ', (size_t)(ap - name)) || (size_t)(ap - name) >= 48)
		return name;
	const char *rest = ap + (*ap == '\'' ? 3 : 5);
	/* "Kenya's Health Ministry" is how the ministry is named: a name
	 * of three words or more stands alone ("Ministry of Commerce") */
	const char *sp = strchr(rest, ' ');
	if (!(*rest >= 'A' && *rest <= 'Z') || !sp || !strchr(sp + 1, ' '))
		return name;
	char owner[48];
	memcpy(owner, name, (size_t)(ap - name));
	owner[ap - name] = '\0';
	char *key = name_key(owner);
	const struct gaz_entry *g = key ? rules_gazetteer_lookup(r, key) : NULL;
	bool polity = (g && g->type == SRC_GOVERNMENT) || (key && (lex_class(&r->orgs, key) & ORG_WHERE));
	free(key);
	return polity ? rest : name;
}

static void emit_source(struct ctx *x, const struct frame *f, const char **via,
			size_t nvia, const char *channel)
{
	struct pc_doc *doc = x->doc;
	struct claim *c = x->c;
	const struct entity *en = &f->ent;
	for (size_t i = 0; i < c->nsources; i++)
		if (strcmp(c->sources[i].name, en->name) == 0)
			return;
	struct source *s = claim_add_source(doc, c);
	const struct block *b = c->block;
	s->name = arena_strdup(&doc->arena, en->type == SRC_PERSON ? en->name : unowned_name(x->r, en->name));
	s->mention = str_fold(&doc->arena, x->s + en->ms, en->me - en->ms);
	/* "an account called @SDTaxpayerWatch said": a social media
	 * handle is named with its sign, whole */
	bool handle = en->ms > 0 && x->s[en->ms - 1] == '@' && !strcmp(s->name, s->mention) &&
		      !strchr(s->name, ' ');
	if (handle) {
		s->name = arena_printf(&doc->arena, "@%s", s->mention);
		s->mention = s->name;
	}
	s->mstart = block_src_offset(b, c->tstart + en->ms - handle);
	s->mend = block_src_end(b, c->tstart + en->me);
	while (s->mend < doc->len && ((unsigned char)doc->data[s->mend] & 0xC0) == 0x80)
		s->mend++;
	s->type = en->type;
	s->state = en->state;
	s->vague = en->vague;
	s->cue = str_fold(&doc->arena, x->s + f->cue_s, f->cue_e - f->cue_s);
	s->cue_cls = f->cue_cls;
	s->channel = channel;
	s->rule = f->rule;
	s->turn = f->label;
	if (en->issuer) {
		s->issuer = arena_strdup(&doc->arena, en->issuer);
		s->issuer_type = en->issuer_type;
	}
	s->owner_ref = en->owner_ref;
	s->via = nvia ? arena_alloc(&doc->arena, nvia * sizeof(*s->via)) : NULL;
	for (size_t i = 0; i < nvia; i++)
		if (strcmp(via[i], en->name) != 0)
			s->via[s->nvia++] = arena_strdup(&doc->arena, via[i]);
	switch (handle ? ENT_ORG : en->kind) {
	case ENT_PRONOUN:
		s->ref = REF_PRONOUN;
		s->ref_word = s->name;
		break;
	case ENT_ROLE:
		s->ref = REF_ROLE;
		s->ref_word = en->role;
		break;
	case ENT_GROUPREF:
		s->ref = REF_GROUP;
		s->ref_word = en->role;
		break;
	case ENT_PERSON:
		s->ref = REF_SURNAME;
		s->ref_word = en->role;
		break;
	case ENT_ASKER:
		s->ref = REF_ASKER;
		break;
	case ENT_ANSWERER:
		s->ref = REF_ANSWERER;
		break;
	case ENT_INITIALS:
		s->ref = REF_INITIALS;
		break;
	case ENT_HOST:
		s->ref = REF_HOST;
		break;
	default:
		break;
	}
	if (s->ref_word)
		s->ref_word = arena_strdup(&doc->arena, s->ref_word);
	if (en->vague) {
		c->vague = true;
		c->vague_words = s->mention;
	}
}

/* "The mayor thanked rescuers in a short statement": a channel makes
 * the sentence's subject a speaker even without a reporting verb. */
static size_t channel_subject(struct ctx *x)
{
	size_t lo = 0;
	const struct frame *chf = NULL;
	for (size_t i = 0; i < x->nf && !chf; i++)
		if (x->f[i].kind == FRAME_CHANNEL)
			chf = &x->f[i];
	if (!chf || !x->nt)
		return 0;
	/* skip an opening "In a statement," */
	if (x->t[0].upper && (!strcmp(x->t[0].low, "in") || !strcmp(x->t[0].low, "on"))) {
		while (lo < x->nt && !(x->t[lo].kind == TOK_PUNCT && x->t[lo].low[0] == ','))
			lo++;
		lo++;
	}
	if (lo >= x->nt)
		return 0;
	size_t e = np_first(x, lo, x->nt);
	struct frame f = { .p = chf->p, .rule = chf->rule, .kind = FRAME_SPEAKER, .cue_s = chf->cue_s,
			   .cue_e = chf->cue_e, .channel = chf->channel };
	if (e <= lo)
		return 0;
	/* "Another passenger, Toronto student Amelia Hart, posted": a name
	 * between commas after the opening phrase is who it is */
	size_t nlo = lo;
	if (e + 2 < x->nt && x->t[e].kind == TOK_PUNCT && x->t[e].low[0] == ',' && x->t[e + 1].upper) {
		size_t e2 = np_first(x, e + 1, x->nt);
		if (e2 > e + 1 && e2 + 1 < x->nt && x->t[e2].kind == TOK_PUNCT && x->t[e2].low[0] == ',') {
			struct entity name;
			np_classify(x, e + 1, e2, &name);
			if (name.kind == ENT_PERSON) {
				nlo = e + 1;
				e = e2 + 1;
			}
		}
	}
	/* the subject acts: "thanked rescuers in a statement", not "was
	 * asked in an interview" or "has started to ..." */
	size_t v = e;
	while (v < x->nt && (x->g[v] & G_ADVERB) && !(x->g[v] & G_AUX))
		v++;
	if (v >= x->nt || x->t[v].kind != TOK_WORD || (x->g[v] & (G_AUX | G_NEGATION | G_MODAL)))
		return 0;
	np_classify(x, nlo, nlo == lo ? e : e - 1, &f.ent);
	if (f.ent.kind == ENT_NONE || f.ent.kind == ENT_DOCUMENT)
		return 0;
	f.pos = f.ent.ms;
	recognize_add_frame(x, &f);
	return 1;
}

/* ", which Kowalczyk disputed.", ", a charge it rejects.": a phrase
 * that closes the sentence after a comma answers all that went before
 * it, not a verb inside someone's words. */
static bool closing_rejoinder(const struct ctx *x, const struct frame *g)
{
	if (g->ent.kind == ENT_NONE || g->ent.ms > g->cue_s)
		return false;
	/* a comma, then at most four words before the one who answers */
	size_t b = g->ent.ms, words = 0;
	while (b > 0 && x->s[b - 1] != ',' && words <= 4) {
		b--;
		words += x->s[b] == ' ';
	}
	if (b == 0 || words > 4)
		return false;
	size_t e = g->cue_e;
	while (e < x->n && strchr(" \"'", x->s[e]))
		e++;
	return e >= x->n || strchr(".!?;", x->s[e]);
}

/* "..., alleging that Parcelway had threatened workers": a participle
 * whose speaker is only guessed still holds, when a clause follows it,
 * every verb in that clause. */
static bool clause_after(const struct ctx *x, const struct frame *f)
{
	size_t t, hi;
	np_tokens(x, f->cue_e, f->cue_e, &t, &hi);
	return t < x->nt && (x->g[t] & G_CLAUSAL) && x->t[t].kind == TOK_WORD;
}

/* "The Commission will propose X, three diplomats said", "the sources
 * said the whips had warned them": a verb inside what someone is said to
 * say is part of their words, not a second attribution of the article.
 * An outlet's words are another matter: "The Post reported that Klein
 * said" is Klein, with the Post as the relay. */
static void drop_nested(struct ctx *x)
{
	const unsigned principal = CUE_SPEECH | CUE_CLAUSE | CUE_TELL;
	size_t o = 0;
	for (size_t i = 0; i < x->nf; i++) {
		const struct frame *g = &x->f[i];
		/* a lesser verb, or a thing said to "add" or "show" something
		 * inside someone's words */
		bool nested = false;
		for (size_t k = 0; k < x->nf && !nested && g->cue_cls && !g->closing &&
				   !closing_rejoinder(x, g); k++) {
			const struct frame *f = &x->f[k];
			/* "X condemned the decision, IRNA reported": judging
			 * and asking before the outlet's verb are speech it
			 * relays too (guide section 2); after "reported that"
			 * they are the report's content */
			bool relayed = f->ent.kind == ENT_MEDIA &&
				       ((g->cue_cls & (principal | CUE_NAMING)) ||
					((g->cue_cls & (CUE_EVALUATIVE | CUE_DIRECTIVE)) && g->cue_s < f->cue_s)) &&
				       !g->ent.thing;
			/* "..., NCDC data show": closing data cover every cue
			 * of the words before them */
			/* ("She cited a report ..., which found that": what
			 * the evidence found is its own source) */
			nested = k != i && ((f->cue_cls & principal) || (f->closing && (f->cue_cls & CUE_DOCUMENT))) &&
				 f->kind == FRAME_SPEAKER &&
				 !((f->cue_cls & CUE_EVIDENCE) && (g->cue_cls & CUE_DOCUMENT)) &&
				 (!f->fallback || clause_after(x, f)) && !relayed && g->cue_s >= f->content_s &&
				 g->cue_s < f->content_e;
		}
		for (size_t k = 0; k < x->nf && !nested; k++) {
			const struct frame *f = &x->f[k];
			/* "according to figures published by the ONS": a cue
			 * inside another source's name is part of that name; a
			 * relay's name holds no one's verb ("documents seen by
			 * Reuters show") */
			nested = k != i && f->ent.kind != ENT_NONE && f->ent.me > f->ent.ms &&
				 f->kind != FRAME_RELAY &&
				 g->cue_s > f->ent.ms && g->cue_s < f->ent.me &&
				 /* of two frames inside each other's names, the
				  * one whose name starts first stays ("figures
				  * published by the CQC show") */
				 !(g->ent.me > g->ent.ms && f->cue_s > g->ent.ms && f->cue_s < g->ent.me &&
				   g->ent.ms < f->ent.ms) &&
				 /* "Officials say Trump advises": a name read too
				  * far back over the verb of someone whose words
				  * hold it */
				 !((g->cue_cls & principal) && f->cue_s >= g->content_s &&
				   f->cue_s < g->content_e);
		}
		if (!nested)
			x->f[o++] = *g;
	}
	x->nf = o;
}

/* "La Gazzetta reported that Juventus had offered €38m, but that
 * Llorente had told Betis he wanted to leave": the outlet's words say
 * something of their own before the speaker of a second "that" clause,
 * so the outlet is a source of its own as well as the relay (guide
 * section 2) */
static bool own_words_before(const struct ctx *x, const struct frame *f)
{
	if (f->kind != FRAME_SPEAKER || f->ent.kind != ENT_MEDIA)
		return false;
	size_t c, k, unused;
	np_tokens(x, f->content_s, f->content_s, &c, &unused);
	for (size_t i = 0; i < x->nf; i++) {
		const struct frame *g = &x->f[i];
		if (!is_speaker(g) || g->ent.ms <= f->content_s)
			continue;
		np_tokens(x, g->ent.ms, g->ent.ms, &k, &unused);
		/* (the speaker's words may open on its "that") */
		if (k < x->nt && !strcmp(x->t[k].low, "that"))
			k++;
		/* the outlet's own clause, then "[,] but that" right after it */
		if (k < c + 6 || strcmp(x->t[k - 1].low, "that") ||
		    (strcmp(x->t[k - 2].low, "but") && strcmp(x->t[k - 2].low, "and")))
			continue;
		size_t e = x->t[k - 2].s;
		if (x->t[k - 3].kind == TOK_PUNCT && x->t[k - 3].low[0] == ',')
			e = x->t[k - 3].s;
		if (e <= f->content_e)
			return true;
	}
	return false;
}

static void assemble(struct ctx *x)
{
	if (!x->nf)
		return;
	drop_nested(x);
	bool citing = false;
	for (size_t i = 0; i < x->nf; i++)
		citing |= x->f[i].kind == FRAME_CHAIN && x->f[i].ent.kind != ENT_NONE &&
			  x->f[i].ent.kind != ENT_MEDIA &&
			  (!strncmp(x->s + x->f[i].cue_s, "citing", 6) || !strncmp(x->s + x->f[i].cue_s, "quoting", 7));
	for (size_t i = 0; citing && i < x->nf; i++) {
		struct frame *f = &x->f[i];
		if (f->kind == FRAME_SPEAKER && (f->ent.kind == ENT_PERSON || f->ent.kind == ENT_ORG) &&
		    f->cue_e - f->cue_s >= 6 && !strncmp(x->s + f->cue_s, "report", 6)) {
			f->ent.kind = ENT_MEDIA;
			f->ent.type = SRC_OUTLET;
		}
	}
	/* "Lozynskyi told the Journal, citing drone footage reviewed by his
	 * unit": someone who speaks for himself cites his evidence; only a
	 * medium's "citing" names where its report comes from */
	bool speaks = false;
	for (size_t i = 0; i < x->nf; i++) {
		const struct frame *f = &x->f[i];
		speaks |= f->kind == FRAME_SPEAKER && !f->fallback &&
			  (f->ent.kind == ENT_PERSON || f->ent.kind == ENT_ROLE || f->ent.kind == ENT_ORG ||
			   f->ent.kind == ENT_KNOWN);
	}
	if (speaks && citing) {
		size_t o = 0;
		for (size_t i = 0; i < x->nf; i++) {
			const struct frame *f = &x->f[i];
			if (!(f->kind == FRAME_CHAIN && f->ent.kind == ENT_DOCUMENT &&
			      !strncmp(x->s + f->cue_s, "citing", 6)))
				x->f[o++] = *f;
		}
		x->nf = o;
	}
	/* a guess at who a participle's speaker is gives way to a subject
	 * read off a verb, an outlet's too ("the editorial board, which
	 * urged her ..., arguing") */
	bool real = false;
	for (size_t i = 0; i < x->nf; i++)
		real |= (is_speaker(&x->f[i]) ||
			 (x->f[i].kind == FRAME_SPEAKER && x->f[i].ent.kind == ENT_MEDIA)) &&
			!x->f[i].fallback;
	if (real) {
		size_t o = 0;
		for (size_t i = 0; i < x->nf; i++)
			if (!(x->f[i].fallback && is_speaker(&x->f[i])))
				x->f[o++] = x->f[i];
		x->nf = o;
	}
	/* "..., Lambrou said, according to the journal": the outlet named
	 * before carried his words, a relay the resolver names */
	size_t speakers = 0;
	for (size_t i = 0; i < x->nf; i++)
		speakers += x->f[i].kind == FRAME_SPEAKER && is_speaker(&x->f[i]);
	for (size_t i = 0; speakers && i < x->nf; i++) {
		struct frame *f = &x->f[i];
		const char *head = f->ent.role ? f->ent.role : f->ent.name;
		if (f->kind == FRAME_CHAIN && (f->ent.kind == ENT_GROUPREF || f->ent.kind == ENT_ROLE) && head &&
		    !strchr(head, ' ') &&
		    (rules_grammar(x->r, head) & G_PRESS)) {
			f->ent.kind = ENT_MEDIA;
			f->ent.name = head;
		}
	}
	qsort(x->f, x->nf, sizeof(*x->f), cmp_frame_pos);
	const char *channel = NULL;
	const char **via = arena_alloc(x->tmp, x->nf * sizeof(*via));
	size_t nvia = 0, nspeak = 0;
	for (size_t i = 0; i < x->nf; i++) {
		const struct frame *f = &x->f[i];
		if (f->channel && !channel)
			channel = f->channel;
		if (f->kind == FRAME_VAGUE && f->ent.kind == ENT_NONE) {
			x->c->vague = true;
			x->c->vague_words = str_fold(&x->doc->arena, x->s + f->cue_s, f->cue_e - f->cue_s);
		}
		nspeak += is_speaker(f);
	}
	for (size_t i = 0; i < x->nf; i++) {
		const struct frame *f = &x->f[i];
		if (f->ent.kind != ENT_MEDIA)
			continue;
		/* one outlet named twice ("told BBC Radio 4's Today
		 * programme") carries it once */
		bool again = false;
		for (size_t k = 0; k < nvia && !again; k++)
			again = !strcmp(via[k], f->ent.name);
		if (!again)
			via[nvia++] = f->ent.name;
	}
	if (!nspeak && !nvia && channel)
		nspeak = channel_subject(x);
	if (nspeak) {
		/* "KELLER (Reuters): Handelsblatt reported that ...": the
		 * turn's speaker repeats what an outlet reported; the outlet
		 * is a source of its own and relays no one */
		size_t labels = 0;
		for (size_t i = 0; i < x->nf; i++) {
			const struct frame *f = &x->f[i];
			if (!is_speaker(f))
				continue;
			labels += f->label;
			emit_source(x, f, f->label ? NULL : via, f->label ? 0 : nvia, channel);
		}
		for (size_t i = 0; i < x->nf; i++)
			if (x->f[i].ent.kind == ENT_MEDIA && x->f[i].kind == FRAME_SPEAKER &&
			    (labels == nspeak || own_words_before(x, &x->f[i])))
				emit_source(x, &x->f[i], NULL, 0, channel);
		return;
	}
	for (size_t i = 0; i < x->nf; i++) {
		const struct frame *f = &x->f[i];
		if (f->ent.kind == ENT_MEDIA && f->kind != FRAME_RELAY) {
			emit_source(x, f, via, nvia, channel);
			return;
		}
	}
}

/* The claim's words, tokenized and tagged. */
static void ctx_open(struct ctx *x, struct pc_doc *doc, const pc_rules *rules, struct claim *c,
		     struct arena *tmp)
{
	*x = (struct ctx){ .doc = doc, .r = rules, .c = c, .tmp = tmp };
	x->s = c->block->text + c->tstart;
	x->n = c->tend - c->tstart;
	if (x->n > 8192)
		x->n = 8192; /* a run-on "sentence" is no attribution frame */
	x->nt = tokenize(tmp, x->s, x->n, &x->t);
	clause_tag(x);
}

/* "Dana Whitfield, chief executive: Thank you, and good morning.": the
 * greeting is no claim, but its label names who speaks the rest of the
 * turn (resolve.c spreads it, then drops it from the greeting). */
static void recognize_turn_label(struct pc_doc *doc, const pc_rules *rules, struct claim *c,
				 struct arena *tmp)
{
	struct ctx x;
	ctx_open(&x, doc, rules, c, tmp);
	clause_label(&x);
	assemble(&x);
}

/* Can the entity a sentence opens on be its topic?  A body, an outlet
 * or a document with a capital ("the report" names nothing to take
 * back), or a group that is not vague, which only its own "they" takes
 * ("Parents from Garfield presented a petition they said ..."). */
static bool topic_entity(const struct entity *en)
{
	if (!en->name)
		return false;
	if (en->kind == ENT_UNNAMED)
		return !en->vague;
	bool capital = !(en->name[0] >= 'a' && en->name[0] <= 'z');
	return capital && (en->kind == ENT_ORG || en->kind == ENT_KNOWN || en->kind == ENT_MEDIA ||
			   en->kind == ENT_DOCUMENT);
}

/* Whose the topic is: the document's issuer, or the owner its name
 * writes first ("Nationwide" of "Nationwide's index"). */
static void topic_owner(struct ctx *x, const struct entity *en, struct claim_topic *tp)
{
	if (en->issuer) {
		tp->issuer = arena_strdup(&x->doc->arena, en->issuer);
		tp->issuer_type = en->issuer_type;
		return;
	}
	if (en->kind != ENT_DOCUMENT)
		return;
	const char *ap = possessive_in(en->name);
	if (ap && ap > en->name) {
		tp->issuer = arena_strndup(&x->doc->arena, en->name, (size_t)(ap - en->name));
		tp->issuer_type = SRC_ORGANIZATION;
	}
}

/* The body, named document or group the sentence opens on, then a verb
 * or an appositive ("The GP Patient Survey, carried out by Ipsos, gets
 * closer to that"), speaking or not: claim.topic, which a later "it"
 * or "they" may stand for (resolve.c). */
static void sentence_topic(struct ctx *x)
{
	size_t s = 0;
	if (x->c->kind != CLAIM_CLAIM || x->c->quote >= 0 || x->nt < 3)
		return;
	if (x->g[0] & G_CONJUNCTION)
		s = 1;
	/* "On Sunday evening the state broadcaster Belarus 1 showed": the
	 * time the sentence opens on is no topic; the subject after it is */
	size_t t0 = s + ((x->g[s] & G_PREPOSITION) != 0);
	size_t t1 = t0;
	while (t1 < x->nt && t1 < t0 + 3 && (x->g[t1] & (G_TIME | G_PERIOD | G_CALENDAR)) &&
	       x->t[t1].kind == TOK_WORD)
		t1++;
	if (t1 > t0 && t1 < x->nt) {
		s = t1 + (x->t[t1].kind == TOK_PUNCT && x->t[t1].low[0] == ',');
		if (s >= x->nt || !((x->g[s] & G_DETERMINER) || x->t[s].upper))
			return;
	}
	size_t e = np_first(x, s, x->nt);
	if (e <= s || e >= x->nt || !(x->t[e].kind == TOK_WORD || x->t[e].low[0] == ','))
		return;
	struct entity en;
	x->subject = true;
	np_classify(x, s, e, &en);
	x->subject = false;
	if (!topic_entity(&en))
		return;
	struct claim_topic *tp = arena_alloc(&x->doc->arena, sizeof(*tp));
	memset(tp, 0, sizeof(*tp));
	tp->name = arena_strdup(&x->doc->arena, en.name);
	tp->type = en.type;
	topic_owner(x, &en, tp);
	tp->end = block_src_offset(x->c->block, x->c->tstart + x->t[e - 1].e);
	x->c->topic = tp;
}

static void recognize_one(struct pc_doc *doc, const pc_rules *rules, struct claim *c,
			  struct arena *tmp)
{
	struct ctx x;
	ctx_open(&x, doc, rules, c, tmp);
	find_quotes(&x);
	/* the patterns first: a construction a pattern names keeps its id */
	for (size_t i = 0; i < rules->npats; i++) {
		const struct pattern *p = &rules->pats[i];
		if (p->kind == FRAME_HEADLINE && c->kind != CLAIM_HEADING)
			continue;
		match_pattern(&x, p);
	}
	/* a sentence in the middle of a quotation is the quoted speaker's:
	 * its verbs are not the article's attributions */
	if (!(c->quote >= 0 && x.nq == 0))
		clause_frames(&x);
	clause_label(&x);
	clause_colon(&x);
	clause_in_data(&x);
	assemble(&x);
	sentence_topic(&x);
}

void recognize_claim(struct pc_doc *doc, const pc_rules *rules, struct claim *c)
{
	struct arena tmp = { 0 };
	recognize_one(doc, rules, c, &tmp);
	arena_free(&tmp);
}

void recognize_document(struct pc_doc *doc, const pc_rules *rules)
{
	struct arena tmp = { 0 };
	for (size_t i = 0; i < doc->nclaims; i++) {
		struct claim *c = &doc->claims[i];
		if (doc_out_of_time(doc))
			break;
		if (c->kind == CLAIM_NOT) {
			/* "... Please stay at home," the superintendent said:
			 * a quoted call states nothing, but its cue names the
			 * speaker of the quotation's sentences before it */
			if (c->quote >= 0)
				recognize_one(doc, rules, c, &tmp);
			else if (c->tstart == 0 && i + 1 < doc->nclaims && doc->claims[i + 1].block == c->block)
				recognize_turn_label(doc, rules, c, &tmp);
		} else {
			recognize_one(doc, rules, c, &tmp);
		}
		arena_reset(&tmp);
	}
	arena_free(&tmp);
}
