/* The noun-phrase grammar: a small hand-written chunker over tokens and
 * the classification of a phrase by the lexicons and the gazetteer. */
#include <stdlib.h>
#include <string.h>

#include "nounphrase.h"
#include "recognize.h"

/* Token i is of a grammar class (rules/grammar.txt). */
static bool is(const struct ctx *x, size_t i, uint64_t cls)
{
	return (x->g[i] & cls) != 0;
}

/* A reporting verb in a form that ends a noun phrase ("said", "reports");
 * base forms like "state" or "report" are too often nouns. */
static bool is_cue_word(const struct ctx *x, const char *low)
{
	if (!lex_get(&x->r->cues, low))
		return false;
	size_t l = strlen(low);
	if (l > 2 && !strcmp(low + l - 2, "ed"))
		return true;
	if (l > 3 && low[l - 1] == 's' && low[l - 2] != 's')
		return !lex_get(&x->r->documents, low) && !lex_get(&x->r->unnamed, low);
	return !strcmp(low, "said") || !strcmp(low, "told") || !strcmp(low, "wrote") ||
	       !strcmp(low, "found") || !strcmp(low, "showed") || !strcmp(low, "shown");
}

/* "the coalition talks", "press remarks": a cue whose base and -s forms
 * are mostly nouns (rules/cues.txt, modifier nounlike) is the verb only
 * after a name or a pronoun ("Iran talks", "she remarks"); after a
 * plain word it is the phrase's noun. */
static bool noun_cue(const struct ctx *x, size_t i, size_t lo)
{
	if (i == lo || x->t[i - 1].kind != TOK_WORD || x->t[i - 1].upper || is(x, i - 1, G_PRONOUN))
		return false;
	const struct cue_use *u = rules_cue(x->r, x->t[i].low);
	if (!u)
		return false;
	for (; u; u = u->next >= 0 ? &x->r->cue_uses[u->next] : NULL)
		if (!(u->cls & CUE_NOUNLIKE) || u->form == FORM_ED || u->form == FORM_ING)
			return false;
	return true;
}

static bool ing_word(const char *low)
{
	size_t l = strlen(low);
	return l > 5 && !strcmp(low + l - 3, "ing");
}

/* A word that names what kind of speaker a phrase is: an organization's
 * head ("group", "company") or a role ("director"). */
static bool names_kind(const struct ctx *x, size_t i)
{
	return i < x->nt && !x->t[i].upper &&
	       ((lex_class(&x->r->orgs, x->t[i].low) & ORG_HEADS) || lex_get(&x->r->roles, x->t[i].low));
}

static bool is_possessive(const struct token *t)
{
	size_t l = strlen(t->low);
	return l > 2 && t->low[l - 2] == '\'' && t->low[l - 1] == 's';
}

/* "hospital" or "hospitals": a body's noun, in the singular or the
 * plural ("University Hospitals Birmingham" is one name) */
static bool org_head_word(const pc_rules *r, const char *low)
{
	char one[64];
	return (lex_class(&r->orgs, low) & ORG_HEADS) ||
	       (word_without_s(low, 4, one) && (lex_class(&r->orgs, one) & ORG_HEADS));
}

static bool lex_noun(const struct ctx *x, const char *low)
{
	return lex_get(&x->r->unnamed, low) || lex_get(&x->r->roles, low) ||
	       (lex_class(&x->r->orgs, low) & ORG_HEADS) || lex_get(&x->r->documents, low);
}

static bool is_abbrev_title(const struct ctx *x, size_t i)
{
	return x->t[i].kind == TOK_WORD &&
	       ((lex_class(&x->r->abbrev, x->t[i].low) & ABBR_ANY) ||
		(x->t[i].e - x->t[i].s == 1 && x->t[i].upper));
}

/* Tokens [lo, hi) fully inside the byte span [a, b). */
void np_tokens(const struct ctx *x, size_t a, size_t b, size_t *lo, size_t *hi)
{
	size_t i = 0;
	while (i < x->nt && x->t[i].s < a)
		i++;
	*lo = i;
	while (i < x->nt && x->t[i].e <= b)
		i++;
	*hi = i;
}

/* Continues a phrase through a grammar word when the words around it
 * make it part of the name ("head of", "familiar with", "officials in"). */
/* "data compiled by", "a survey conducted by": the participle at i
 * stands between a document and its maker. */
size_t np_maker_at(const struct ctx *x, size_t h, size_t hi)
{
	size_t by = h + 1 < hi ? np_issued_by(x, h + 1) : 0;
	if (by && by < hi)
		return by;
	/* "a survey of 2,140 owners by HomeWise": past the "of" phrase */
	if (h + 2 < hi && !strcmp(x->t[h + 1].low, "of"))
		for (size_t k = h + 2; k < hi && k < h + 10; k++) {
			/* "a survey of 3,500 adults published in March by" */
			if (x->t[k].kind == TOK_PUNCT || (x->cu[k] && !x->t[k].upper && !is(x, k, G_ISSUING)))
				break;
			if (!strcmp(x->t[k].low, "by"))
				return k;
		}
	return h + 1;
}

/* The "by" after the participle at i that stands between a document
 * and its maker ("figures published by", "figures published on
 * Wednesday by"), or 0. */
size_t np_issued_by(const struct ctx *x, size_t i)
{
	if (i == 0 || !is(x, i, G_ISSUING) || x->t[i].upper || !lex_get(&x->r->documents, x->t[i - 1].low))
		return 0;
	size_t k = i + 1;
	/* "on Wednesday", "last week", "in March": when, before who */
	while (k < x->nt && k < i + 5 && x->t[k].kind == TOK_WORD &&
	       (is(x, k, G_TIME | G_CALENDAR | G_PERIOD) ||
		(is(x, k, G_PREPOSITION) && strcmp(x->t[k].low, "by") && k + 1 < x->nt &&
		 is(x, k + 1, G_TIME | G_CALENDAR | G_PERIOD | G_DETERMINER))))
		k++;
	return k < x->nt && !strcmp(x->t[k].low, "by") ? k : 0;
}

/* "a survey of 500 firms by the chamber": the "by" at i names the maker
 * of a document noun before the "of" phrase. */
static bool maker_after_of(const struct ctx *x, size_t lo, size_t i, size_t hi)
{
	for (size_t h = i; h-- > lo && i - h < 10;)
		if (lex_get(&x->r->documents, x->t[h].low) && i > h + 2 && !strcmp(x->t[h + 1].low, "of") &&
		    np_maker_at(x, h, hi) == i)
			return true;
	return false;
}

/* "by Gallup", "by the Resolution Foundation", "by the consumer group
 * HomeWise", "by consultancy Harcourt & Lowe": after a document's "by",
 * a name, maybe after an article and a few lower-case words for what
 * the maker is. */
static bool maker_named(const struct ctx *x, size_t k, size_t hi)
{
	if (k < hi && is(x, k, G_DETERMINER))
		k++;
	for (size_t n = 0; n < 3 && k < hi && x->t[k].kind == TOK_WORD && !x->t[k].upper &&
			   !is(x, k, G_PREPOSITION | G_CONJUNCTION | G_CLAUSAL) && !x->cu[k];
	     n++)
		k++;
	return k < hi && x->t[k].upper;
}

/* "the maker of coatings and specialty resins", "a speech and
 * language therapy assessment": "and" between two things in lower case
 * (the first after "of" or an article, no one who speaks) joins them
 * inside one phrase; "residents and shopkeepers", "the mayor and the
 * governor" are two speakers */
static bool things_joined(const struct ctx *x, size_t i)
{
	const struct token *prev = &x->t[i - 1], *next = &x->t[i + 1];
	if (prev->kind != TOK_WORD || next->kind != TOK_WORD || next->upper ||
	    is(x, i + 1, G_SPECIFIER | G_DETERMINER | G_PRONOUN))
		return false;
	if (np_speaker_noun(x, prev->low) || lex_class(&x->r->orgs, prev->low) ||
	    lex_get(&x->r->documents, prev->low) || lex_get(&x->r->unnamed, prev->low))
		return false;
	/* after an article, a compound goes on after the second noun
	 * ("speech and language therapy"; not "the length and scale of") */
	if (i >= 2 && is(x, i - 2, G_DETERMINER))
		return i + 2 < x->nt && x->t[i + 2].kind == TOK_WORD && !x->t[i + 2].upper &&
		       !is(x, i + 2, G_STOP | G_BRIDGE | G_PREPOSITION);
	/* after "of", what a maker or a body is of */
	size_t of = i >= 2 && !strcmp(x->t[i - 2].low, "of") ? i - 2
		    : i >= 3 && !strcmp(x->t[i - 3].low, "of") && !x->t[i - 2].upper ? i - 3 : 0;
	return of > 0 && x->t[of - 1].kind == TOK_WORD &&
	       (np_speaker_noun(x, x->t[of - 1].low) || lex_class(&x->r->orgs, x->t[of - 1].low));
}

static bool joins(const struct ctx *x, size_t i, size_t lo, size_t hi)
{
	const char *w = x->t[i].low;
	if (i == lo || i + 1 >= hi)
		return false;
	const struct token *prev = &x->t[i - 1], *next = &x->t[i + 1];
	if (next->kind == TOK_PUNCT)
		return false;
	/* "the pollster Magenta Research for the broadcaster TV8": a name
	 * ends before "for" and a phrase in lower case ("Institute for the
	 * Study of War" goes on) */
	if (!strcmp(w, "for") && prev->upper && !next->upper &&
	    !(is(x, i + 1, G_DEFINITE) && i + 2 < hi && x->t[i + 2].upper))
		return false;
	/* "Council on Foreign Relations", "Commission on Human Rights":
	 * "on" between a body's noun in capitals and capitals carries its
	 * name on ("the council on Monday" has none) */
	if (!strcmp(w, "on") && prev->upper && next->upper && !is(x, i + 1, G_TIME | G_CALENDAR) &&
	    (lex_class(&x->r->orgs, prev->low) & ORG_HEADS))
		return true;
	/* "head of the agency", "one of them", "Ursula von der Leyen": a
	 * linker always carries the name on */
	if (is(x, i, G_LINKER))
		return true;
	/* "Ministry of Trade and Industry", "Institute for Public Health and
	 * the Environment" */
	if ((!strcmp(w, "and") || !strcmp(w, "&")) && prev->upper)
		return !is_possessive(prev) &&
		       (next->upper || (!strcmp(next->low, "the") && i + 2 < hi && x->t[i + 2].upper));
	if (!strcmp(w, "and"))
		return things_joined(x, i);
	if (!strcmp(w, "to")) {
		if (!strcmp(prev->low, "close") || !strcmp(prev->low, "near") ||
		    !strcmp(prev->low, "closer"))
			return true;
		/* "adviser to Ames", "advisers to the Pruitt campaign" */
		bool relational = is(x, i - 1, G_RELATIONAL);
		size_t pl = strlen(prev->low);
		if (!relational && pl > 3 && pl < 32 && prev->low[pl - 1] == 's') {
			char one[32];
			memcpy(one, prev->low, pl - 1);
			one[pl - 1] = '\0';
			relational = rules_grammar(x->r, one) & G_RELATIONAL;
		}
		bool named = next->upper ||
			     (!strcmp(next->low, "the") && i + 2 < hi && x->t[i + 2].upper);
		return relational && named && !lex_get(&x->r->gaz_first, next->low);
	}
	if (!strcmp(w, "with"))
		return !strcmp(prev->low, "familiar") || !strcmp(prev->low, "knowledge") ||
		       (lex_get(&x->r->unnamed, prev->low) &&
			(!strcmp(next->low, "knowledge") || !strcmp(next->low, "direct") ||
			 !strcmp(next->low, "ties") || !strcmp(next->low, "access")));
	if (!strcmp(w, "on"))
		return !strcmp(prev->low, "briefed") || !strcmp(prev->low, "working");
	if (!strcmp(w, "in") || !strcmp(w, "at") || !strcmp(w, "from"))
		return lex_get(&x->r->unnamed, prev->low) || !strcmp(prev->low, "involved") ||
		       (!strcmp(w, "at") && lex_get(&x->r->roles, prev->low)) ||
		       ((lex_class(&x->r->orgs, prev->low) & ORG_HEADS) && next->upper) ||
		       (!strcmp(w, "from") && lex_get(&x->r->documents, prev->low));
	if (!strcmp(w, "by"))
		return (lex_get(&x->r->documents, prev->low) && maker_named(x, i + 1, hi)) ||
		       (np_issued_by(x, i - 1) == i && (next->upper || is(x, i + 1, G_DEFINITE))) ||
		       (maker_after_of(x, lo, i, hi) && (next->upper || is(x, i + 1, G_DEFINITE)));
	return false;
}

/* "Cardiff & Vale University Health Board", "Procter & Gamble", a
 * "Reuters/Ipsos poll", "Adria Sport–Ljubljanska": an ampersand, or a
 * slash or dash set close, between capitalised words is inside the
 * name. */
static bool ampersand_joins(const struct ctx *x, size_t i, size_t lo, size_t hi)
{
	if (i == lo || i + 1 >= hi || !x->t[i - 1].upper || !x->t[i + 1].upper)
		return false;
	if (token_joins_name(x->t, x->nt, i))
		return true;
	return x->t[i].low[0] == '&';
}

/* "the Housing, Communities and Local Government Committee", "the
 * Meteorology, Climatology and Geophysical Agency": a comma between
 * capitals, in a list that "and" closes before a body's noun, is inside
 * the name. */
static bool listed_in_name(const struct ctx *x, size_t i, size_t e)
{
	if (x->t[i].low[0] != ',' || i == 0 || i + 1 >= e || !x->t[i - 1].upper || !x->t[i + 1].upper)
		return false;
	bool and = false;
	for (size_t k = i + 1; k < e; k++) {
		if (!strcmp(x->t[k].low, "and"))
			and = true;
		else if (!x->t[k].upper && x->t[k].low[0] != ',')
			return false;
	}
	return and && (lex_class(&x->r->orgs, x->t[e - 1].low) & ORG_HEADS);
}

/* The apostrophe at i makes the plural before it a possessive of the
 * word after it ("Nurses' representatives", "Sanders' Senate office"). */
bool np_s_possessive(const struct ctx *x, size_t i, size_t lo, size_t hi)
{
	const struct token *t = &x->t[i];
	size_t pl = i > lo ? strlen(x->t[i - 1].low) : 0;
	return (t->cp == '\'' || t->cp == 0x2019) && pl > 1 && x->t[i - 1].low[pl - 1] == 's' &&
	       x->t[i - 1].e == t->s && i + 1 < hi && x->t[i + 1].kind == TOK_WORD;
}

static const struct gaz_entry *gaz_at(const struct ctx *x, size_t i, size_t hi, size_t *end);

/* Does a name the gazetteer knows run from before the comma at i to
 * past it?  Returns where it ends, 0 when none does. */
size_t np_known_past_comma(const struct ctx *x, size_t lo, size_t i, size_t hi)
{
	if (x->t[i].low[0] != ',' || i == lo || i + 1 >= hi || !x->t[i - 1].upper || !x->t[i + 1].upper)
		return 0;
	for (size_t k = lo; k < i; k++) {
		size_t ge;
		if (x->t[k].upper && gaz_at(x, k, hi, &ge) && ge > i + 1)
			return ge;
	}
	/* "Ministry of Economy, Trade and Industry": after a body's noun
	 * in capitals and "of" or "for", a list of capitalised words that
	 * "and" closes is its portfolio; the name ends after the last */
	bool portfolio = false;
	for (size_t k = lo; k + 2 < i && !portfolio; k++)
		portfolio = x->t[k].upper && (lex_class(&x->r->orgs, x->t[k].low) & ORG_HEADS) &&
			    (!strcmp(x->t[k + 1].low, "of") || !strcmp(x->t[k + 1].low, "for")) &&
			    x->t[k + 2].upper;
	if (!portfolio)
		return 0;
	/* (a known name in the list is a place or a body of its own:
	 * "the Ministry of Finance, Paris and Berlin") */
	size_t k = i + 1, ge;
	while (k < hi && k < i + 5 && x->t[k].kind == TOK_WORD && x->t[k].upper && !gaz_at(x, k, hi, &ge))
		k++;
	if (k + 1 >= hi || strcmp(x->t[k].low, "and") || !x->t[k + 1].upper)
		return 0;
	k++;
	while (k < hi && x->t[k].kind == TOK_WORD && x->t[k].upper && !gaz_at(x, k, hi, &ge))
		k++;
	return k < hi && x->t[k].kind == TOK_WORD && x->t[k].upper ? 0 : k;
}

size_t np_first(const struct ctx *x, size_t lo, size_t hi)
{
	size_t e = lo;
	for (size_t i = lo; i < hi && i - lo < 14; i++) {
		const struct token *t = &x->t[i];
		if (t->kind == TOK_PUNCT) {
			if (t->low[0] == '.' && i > lo && is_abbrev_title(x, i - 1)) {
				e = i + 1;
				continue;
			}
			if (ampersand_joins(x, i, lo, hi))
				continue;
			size_t known = np_known_past_comma(x, lo, i, hi);
			if (known) {
				e = known;
				i = known - 1;
				continue;
			}
			if (np_s_possessive(x, i, lo, hi)) { /* "Sanders' Senate office" */
				e = i + 1;
				continue;
			}
			break;
		}
		/* "a report the city's housing department presented": a
		 * determiner right after a common noun opens a relative clause
		 * without "that", another phrase */
		const struct token *p = i > lo ? &x->t[i - 1] : NULL;
		if (p && !t->upper && is(x, i, G_SPECIFIER) && !is(x, i, G_NUMBER | G_QUANTIFIER) &&
		    p->kind == TOK_WORD && !p->upper &&
		    !is_possessive(p) &&
		    !is(x, i - 1, G_BRIDGE | G_DETERMINER | G_SPECIFIER | G_QUANTIFIER | G_PREPOSITION |
					 G_STOP | G_NUMBER))
			break;
		/* "figures it published in July", "the staff we spoke to": a
		 * subject pronoun right after a common noun opens a relative
		 * clause without "that" */
		if (p && t->kind == TOK_WORD && !t->upper && i + 1 < hi && x->t[i + 1].kind == TOK_WORD &&
		    ((is(x, i, G_PRONOUN) && !is(x, i, G_DETERMINER)) || rules_first_person(x->g[i])) &&
		    p->kind == TOK_WORD && !p->upper &&
		    !is(x, i - 1, G_BRIDGE | G_DETERMINER | G_SPECIFIER | G_PREPOSITION | G_STOP | G_PRONOUN))
			break;
		/* "the draft budget staff presented to council": after a
		 * document, a noun and a past verb are a relative clause */
		if (p && !t->upper && t->kind == TOK_WORD && p->kind == TOK_WORD && !p->upper &&
		    lex_get(&x->r->documents, p->low) && i + 1 < hi && !x->t[i + 1].upper &&
		    x->t[i + 1].kind == TOK_WORD && strlen(x->t[i + 1].low) > 4 &&
		    !strcmp(x->t[i + 1].low + strlen(x->t[i + 1].low) - 2, "ed") &&
		    !is(x, i, G_STOP | G_BRIDGE | G_PREPOSITION | G_PRONOUN) && !lex_get(&x->r->documents, t->low))
			break;
		bool name_word = t->upper && t->s > 0 && !is(x, i, G_SPECIFIER);
		if (!name_word && (is(x, i, G_STOP) || is(x, i, G_BRIDGE))) {
			if (i == lo && !strcmp(t->low, "the"))
				continue;
			if (i > lo && joins(x, i, lo, hi))
				continue;
			if (i == lo || strcmp(t->low, "the") != 0)
				break;
			continue;
		}
		size_t tl = strlen(t->low);
		bool participle_after_group = i > lo && !t->upper && tl > 4 &&
			!strcmp(t->low + tl - 2, "ed") && lex_get(&x->r->unnamed, x->t[i - 1].low);
		/* "the remarks", "Clinton's claims": a cue's form after a
		 * determiner is a noun */
		bool noun_after_det = i > lo && (is(x, i - 1, G_SPECIFIER) || is_possessive(&x->t[i - 1]));
		/* "Documents seen by Reuters show that": a cue's base form
		 * before "that" is the verb, not "Reuters show" */
		bool verb_before_clause = i + 1 < hi && lex_get(&x->r->cues, t->low) && is(x, i + 1, G_CLAUSAL);
		/* "a later report", "an earlier study": after the article
		 * opening the phrase, a word of time before a noun describes
		 * it ("the next morning" is a time) */
		bool describes = i == lo + 1 && is(x, lo, G_DETERMINER) && i + 1 < hi &&
				 x->t[i + 1].kind == TOK_WORD &&
				 !is(x, i + 1, G_STOP | G_BRIDGE | G_INTERPOSED | G_TIME | G_PERIOD);
		if (i > lo && !participle_after_group && !describes &&
		    (is(x, i, G_INTERPOSED) || ((is_cue_word(x, t->low) || verb_before_clause) && !noun_after_det &&
						!(noun_cue(x, i, lo) && !verb_before_clause))) &&
		    !t->upper)
			break;
		/* ("Electrical Safety First said": a capital mid-sentence
		 * is a name's word, outside a title-case headline) */
		if (i > lo && t->upper && is(x, i, G_INTERPOSED) && x->titlecase)
			break;
		size_t by = i > lo ? np_issued_by(x, i) : 0;
		if (by && by + 1 < hi && (x->t[by + 1].upper || is(x, by + 1, G_DEFINITE))) {
			i = by; /* on to the maker */
			continue;
		}
		if (i > lo && !t->upper && is(x, i, G_PARTICIPLE))
			break;
		/* a verb after the subject: "The mayor thanked ..."; after an
		 * article it describes ("an unnamed source") */
		size_t l = strlen(t->low);
		if (i > lo && !t->upper && l > 4 && !strcmp(t->low + l - 2, "ed") &&
		    !lex_get(&x->r->unnamed, x->t[i - 1].low) && !lex_noun(x, t->low) &&
		    !(is(x, i - 1, G_DETERMINER) && !is(x, i - 1, G_PRONOUN)))
			break;
		e = i + 1;
	}
	/* a phrase does not end on a connector */
	while (e > lo && (is(x, e - 1, G_BRIDGE) || x->t[e - 1].kind == TOK_PUNCT) &&
	       !(x->t[e - 1].low[0] == '.' && e - 1 > lo && is_abbrev_title(x, e - 2)))
		e--;
	return e;
}

static size_t skip_back(const struct ctx *x, size_t lo, size_t e)
{
	while (e > lo) {
		const struct token *t = &x->t[e - 1];
		if (t->kind == TOK_PUNCT && t->low[0] == ')') {
			size_t k = e - 1;
			while (k > lo && x->t[k].low[0] != '(')
				k--;
			if (k > lo && e - k <= 8) {
				e = k;
				continue;
			}
		}
		if (t->kind == TOK_PUNCT)
			break;
		/* "the German Economic Institute (IW) in Cologne estimated":
		 * where the body sits, after its acronym, is no part of its
		 * name */
		size_t p = e;
		while (p > lo && x->t[p - 1].upper && x->t[p - 1].kind == TOK_WORD && e - p < 4)
			p--;
		if (p < e && p > lo + 1 && (!strcmp(x->t[p - 1].low, "in") || !strcmp(x->t[p - 1].low, "at")) &&
		    x->t[p - 2].low[0] == ')') {
			e = p - 1;
			continue;
		}
		bool name_word = !x->titlecase && e - 1 > lo && x->t[e - 1].upper && x->t[e - 2].upper &&
				 x->t[e - 2].kind == TOK_WORD;
		if (is(x, e - 1, G_INTERPOSED) && !name_word &&
		    !(t->upper && e - 1 > lo && !is(x, e - 1, G_INTERPOSED))) {
			e--;
			if (e > lo && (!strcmp(x->t[e - 1].low, "on") || !strcmp(x->t[e - 1].low, "late")))
				e--;
			continue;
		}
		/* "released in Jan. 2024", "in 2023" */
		if (t->kind == TOK_NUM && e - 1 > lo) {
			size_t k = e - 1;
			while (k > lo && (x->t[k - 1].low[0] == '.' || is_month_name(x->t[k - 1].low, strlen(x->t[k - 1].low))))
				k--;
			if (k > lo && (!strcmp(x->t[k - 1].low, "in") || !strcmp(x->t[k - 1].low, "on") ||
				       !strcmp(x->t[k - 1].low, "since"))) {
				e = k - 1;
				continue;
			}
		}
		if (is(x, e - 1, G_CALENDAR) && e - 1 > lo &&
		    (is(x, e - 2, G_INTERPOSED) || !strcmp(x->t[e - 2].low, "that"))) {
			e -= 2;
			continue;
		}
		size_t l = strlen(t->low);
		if (l > 4 && !strcmp(t->low + l - 2, "ly") && !t->upper &&
		    !lex_noun(x, t->low)) {
			e--;
			continue;
		}
		/* "a study published last year found" */
		if (l > 4 && !strcmp(t->low + l - 2, "ed") && !t->upper && e - 1 > lo &&
		    !lex_noun(x, t->low) && lex_noun(x, x->t[e - 2].low)) {
			e--;
			continue;
		}
		break;
	}
	return e;
}

/* "by his own count", "by her own account": a person's possessive alone
 * stands for the person ("its" and "their" own a body's counts, whose
 * owner is the clause's subject, not the nearest name) */
static bool person_possessive(const char *low)
{
	return !strcmp(low, "his") || !strcmp(low, "her");
}

/* The noun phrase that ends the span: "the ministry" of "Prices rose,
 * the ministry said"; returns its start, *end its end. */
size_t np_last(const struct ctx *x, size_t lo, size_t hi, size_t *end)
{
	size_t e = skip_back(x, lo, hi);
	*end = e;
	/* "Martin Luther King Jr. said", "Corran Motors Inc. said": an
	 * abbreviation's point ends it */
	bool abbr_end = e > lo + 1 && x->t[e - 1].low[0] == '.' && (x->g[e - 2] & G_GENERATION);
	if (e > lo + 2 && x->t[e - 1].low[0] == '.' && x->t[e - 2].upper &&
	    (lex_class(&x->r->orgs, x->t[e - 2].low) & ORG_LEGAL))
		*end = --e; /* the company's name without the point */
	if (e == lo || (x->t[e - 1].kind == TOK_PUNCT && !abbr_end))
		return e;
	size_t s = e - 1;
	size_t lower_run = 0;
	/* ("by his own count": a possessive that stands for someone) */
	bool stands_for = is(x, s, G_DETERMINER) && person_possessive(x->t[s].low);
	if (!x->t[s].upper && strcmp(x->t[s].low, "them") && !stands_for &&
	    (is(x, s, G_STOP) || is(x, s, G_BRIDGE) ||
	     is(x, s, G_SPECIFIER)))
		return e; /* "... and said": no noun phrase ends here */
	for (size_t i = e - 1; i-- > lo && e - i <= 12;) {
		const struct token *t = &x->t[i];
		/* a title-case headline capitalises every word: the grammar
		 * words still end the phrase ("Look How Trey Gowdy Said") */
		if (x->titlecase && t->upper &&
		    (x->g[i] & (G_CLAUSAL | G_SUBORDINATOR | G_RELATIVE | G_AUX | G_PERSON | G_PRONOUN)) &&
		    !(x->g[i] & G_DETERMINER))
			break;
		if (t->kind == TOK_PUNCT) {
			if (t->low[0] == '.' && i > lo && is_abbrev_title(x, i - 1)) {
				s = i;
				continue;
			}
			if (ampersand_joins(x, i, lo, e) || listed_in_name(x, i, e))
				continue;
			if (np_s_possessive(x, i, lo, e)) { /* "Nurses' representatives" */
				s = i;
				continue;
			}
			/* "41% of voters": a share's sign after its figure,
			 * which opens the phrase */
			if (is(x, i, G_SHARE) && i > lo && x->t[i - 1].kind == TOK_NUM && i + 1 < e &&
			    !strcmp(x->t[i + 1].low, "of")) {
				s = i - 1;
				break;
			}
			break;
		}
		if (is(x, i, G_SPECIFIER)) {
			s = i;
			/* "Dr. Mei-Ling Park of the Australian Antarctic Division" */
			if (i >= lo + 2 && (((!strcmp(x->t[i - 1].low, "of") || !strcmp(x->t[i - 1].low, "at")) &&
			     (x->t[i - 2].upper || lex_noun(x, x->t[i - 2].low))) ||
			    joins(x, i - 1, lo, e))) {
				s = --i;
				continue;
			}
			break;
		}
		if (is_possessive(t)) {
			s = i;
			continue;
		}
		if (!(t->upper && t->s > 0) && (is(x, i, G_STOP) || is(x, i, G_BRIDGE))) {
			/* "De Blasio said": a name's particle opens the sentence */
			if (t->upper && is(x, i, G_PARTICLE) && x->t[i + 1].upper) {
				s = i;
				continue;
			}
			if (joins(x, i, lo, e)) {
				s = i;
				continue;
			}
			break;
		}
		if (is_cue_word(x, t->low) && !t->upper)
			break;
		/* "surge doesn't surprise pollster Daron Shaw": a verb group
		 * ends the phrase */
		if (!t->upper && (x->g[i] & (G_AUX | G_NEGATION)) && t->low[0] != '\'')
			break;
		/* "out-brutalizing Ted Cruz, who": a verb's object, not a
		 * descriptor of the name */
		/* "Danish shipping group Maersk": before what names the
		 * group, it describes it */
		/* ("WADA's testing figures", "the latest polling data": a
		 * document's kind before its noun) */
		if (!t->upper && ing_word(t->low) && !(i > lo && is(x, i - 1, G_SPECIFIER)) &&
		    !lex_noun(x, t->low) && !names_kind(x, i + 1) &&
		    !(i + 1 == e - 1 && lex_get(&x->r->documents, x->t[i + 1].low)))
			break;
		if (!t->upper && ++lower_run > 4)
			break;
		if (t->kind == TOK_NUM) {
			/* "a review of 36 studies", "a survey of 1,150
			 * manufacturers by Make UK": a document of so many
			 * things is the document (its maker after a
			 * participle, "... adults published by", is found
			 * from there) */
			if (i < lo + 2 || strcmp(x->t[i - 1].low, "of") ||
			    !lex_get(&x->r->documents, x->t[i - 2].low))
				break;
			bool issued = false;
			for (size_t k = i + 1; k <= e && k < x->nt; k++)
				issued |= is(x, k, G_ISSUING);
			if (issued || (e - i > 3 && np_maker_at(x, i - 2, e) <= i))
				break;
			s = --i;
			continue;
		}
		s = i;
	}
	/* "a deal rights groups have criticised": "a" and its noun end the
	 * phrase before; the plural after them heads a relative clause's
	 * subject of its own */
	if (s + 2 >= e || (strcmp(x->t[s].low, "a") && strcmp(x->t[s].low, "an")))
		return s;
	size_t hl = strlen(x->t[e - 1].low);
	bool plain = true; /* bare nouns between: "of one of the largest egg packers" is not */
	for (size_t i = s + 1; i < e && plain; i++)
		plain = x->t[i].kind == TOK_WORD && !is(x, i, G_STOP | G_BRIDGE | G_PREPOSITION) &&
			!is_possessive(&x->t[i]);
	if (plain && !is(x, s + 1, G_QUANTIFIER | G_NUMBER | G_PARTITIVE | G_SPECIFIER) && !x->t[s + 1].upper &&
	    x->t[s + 1].low[strlen(x->t[s + 1].low) - 1] != 's' && !x->t[s + 2].upper &&
	    !x->t[e - 1].upper && hl > 3 && x->t[e - 1].low[hl - 1] == 's' &&
	    x->t[e - 1].low[hl - 2] != 's' && np_speaker_noun(x, x->t[e - 1].low))
		s += 2;
	return s;
}

/* --- classification -------------------------------------------------- */

/* "outside Radford Vale", "near the site", "in Leeds": a word that says
 * where ("of" and "to" say whose and whither as often) */
static bool places(const struct ctx *x, size_t i)
{
	return is(x, i, G_LOCATIVE) && strcmp(x->t[i].low, "of") && strcmp(x->t[i].low, "to");
}

static const struct gaz_entry *gaz_at(const struct ctx *x, size_t i, size_t hi, size_t *end)
{
	const pc_rules *r = x->r;
	if (!x->t[i].upper || x->t[i].kind == TOK_PUNCT)
		return NULL;
	const char *first = x->t[i].low;
	/* aliases are keyed without their periods: "U.S." is "us" */
	char *first_key = name_key(first);
	size_t maxw = first_key && lex_get(&r->gaz_first, first_key) ? (size_t)r->gaz_alias.maxwords : 0;
	free(first_key);
	char buf[256];
	for (size_t w = maxw; w >= 1; w--) {
		if (i + w > hi)
			continue;
		char *key = NULL;
		size_t o = 0;
		bool ok = true;
		for (size_t k = i; k < i + w && ok; k++) {
			/* "Department for Environment, Food and Rural Affairs":
			 * a comma inside a listed name, between capitals */
			if (x->t[k].low[0] == ',' && k > i && k + 1 < i + w && x->t[k - 1].upper &&
			    x->t[k + 1].upper)
				continue;
			if (x->t[k].kind == TOK_PUNCT && x->t[k].low[0] != '-') {
				ok = false;
				break;
			}
			size_t l = strlen(x->t[k].low);
			if (o + l + 2 >= sizeof(buf)) {
				ok = false;
				break;
			}
			if (o && x->t[k].low[0] != '-')
				buf[o++] = ' ';
			memcpy(buf + o, x->t[k].low, l);
			o += l;
		}
		if (!ok)
			continue;
		buf[o] = '\0';
		key = name_key(buf);
		const struct gaz_entry *g = rules_gazetteer_lookup(r, key);
		free(key);
		if (g) {
			*end = i + w;
			return g;
		}
	}
	/* "CNN's", "AP's": the outlet whose show or reporter it is, unless a
	 * longer name begins so ("Russia's Defence Ministry") */
	size_t fl = strlen(first);
	char bare[64];
	if (fl > 2 && fl < sizeof(bare) && first[fl - 2] == '\'' && first[fl - 1] == 's') {
		memcpy(bare, first, fl - 2);
		bare[fl - 2] = '\0';
		const struct gaz_entry *g = rules_gazetteer_lookup(r, bare);
		if (g) {
			*end = i + 1;
			return g;
		}
	}
	return NULL;
}

static char *words(const struct ctx *x, size_t a, size_t b, bool lower_first)
{
	if (a >= b)
		return arena_strdup(x->tmp, "");
	char *w = str_fold(x->tmp, x->s + x->t[a].s, x->t[b - 1].e - x->t[a].s);
	/* "Officials" opening the sentence is "officials"; "Cardiff & Vale
	 * University Health Board" stays a name */
	bool name = false;
	for (size_t i = a + 1; i < b && !name; i++)
		name = x->t[i].upper;
	/* "U.S. officials", "UN staff": an abbreviation keeps its capitals */
	const char *second = x->s + x->t[a].s + 1;
	bool abbrev = x->t[a].e - x->t[a].s > 1 && (*second == '.' || (*second >= 'A' && *second <= 'Z'));
	/* "Iranian state media", "Republican officials": a proper
	 * adjective keeps its capital (a modifier by suffix: -an, -ese,
	 * -ish, or a listed one ending in -i) */
	const char *lw = x->t[a].low;
	size_t ll = strlen(lw);
	bool proper = is(x, a, G_MODIFIER) && ll > 4 &&
		      (!strcmp(lw + ll - 2, "an") || !strcmp(lw + ll - 3, "ese") ||
		       !strcmp(lw + ll - 3, "ish") || lw[ll - 1] == 'i');
	/* "Egypt's foreign ministry": whose it is, a name, keeps its capital */
	proper |= a + 1 < b && is_possessive(&x->t[a]);
	if (lower_first && a == 0 && x->t[a].upper && !name && !abbrev && !proper) {
		size_t len;
		uint32_t cp = utf8_decode(w, strlen(w), &len, NULL);
		char tmp[8];
		size_t l2 = utf8_encode(cp_lower(cp), tmp);
		if (l2 == len)
			memcpy(w, tmp, len);
	}
	return w;
}

/* A word in capitals only, of two to six letters, among words that are
 * not: "INDECI", "BMKG" (not a word of an all-capitals headline). */
bool np_news_word(const struct ctx *x, size_t i)
{
	return is(x, i, G_PRESS) || (is(x, i, G_OUTLET) && !lex_class(&x->r->orgs, x->t[i].low));
}

bool np_acronym_at(const struct ctx *x, size_t i)
{
	const struct token *t = &x->t[i];
	/* "TVN24", "RTL4": capitals and a channel's number are a body's
	 * name, never a person's */
	size_t n = t->e - t->s, letters = n;
	while (letters > 2 && cp_is_digit((unsigned char)x->s[t->s + letters - 1]) && n - letters < 3)
		letters--;
	/* "LIVE", "UPDATE": a word of the grammar in capitals */
	if (!is_acronym(x->s + t->s, letters) || rules_grammar(x->r, t->low))
		return false;
	for (size_t k = i > 0 ? i - 1 : i; k <= i + 1 && k < x->nt; k++)
		if (k != i && x->t[k].kind == TOK_WORD && x->t[k].e - x->t[k].s > 1 &&
		    !cp_is_lower((unsigned char)x->s[x->t[k].s + 1]))
			return false;
	return true;
}

/* The head noun: the last word before a preposition or participle. */
static size_t head_of(const struct ctx *x, size_t s, size_t e)
{
	for (size_t i = s; i < e; i++) {
		const char *w = x->t[i].low;
		/* "an Ipsos poll published on Thursday": a document, then
		 * when or by whom it came out */
		if (i > s && i + 1 < e && is(x, i, G_ISSUING) && !x->t[i].upper &&
		    lex_get(&x->r->documents, x->t[i - 1].low))
			return i - 1;
		if (i > s && is(x, i, G_AFTER_HEAD)) {
			/* "Centers for Disease Control Director Thomas Frieden":
			 * a capitalised name goes on through "for" and "of" */
			/* "Royal College of Nursing chair Kamila Hawthorne": the
			 * role may be in lower case */
			bool role_after = false;
			for (size_t k = i + 1; k + 1 < e && !role_after; k++)
				role_after = lex_get(&x->r->roles, x->t[k].low) && x->t[k + 1].upper &&
					     np_all_upper(x, i + 1, k) && np_all_upper(x, k + 1, e);
			/* "Bureau of Labor Statistics data": a name, then what
			 * it published */
			bool document_after = e > i + 2 && !x->t[e - 1].upper &&
					      lex_get(&x->r->documents, x->t[e - 1].low) &&
					      np_all_upper(x, i + 1, e - 1);
			if (x->t[i - 1].upper && i + 1 < e && x->t[i + 1].upper &&
			    (role_after || document_after) && (!strcmp(w, "of") || !strcmp(w, "for")))
				continue;
			/* "data compiled by LSEG", "a tally released Friday by
			 * the board": the document is the head */
			for (size_t k = i; k-- > s + 1 && i - k < 6;)
				if (np_issued_by(x, k) >= i)
					return k - 1;
			return i - 1;
		}
	}
	return e - 1;
}

bool np_all_upper(const struct ctx *x, size_t s, size_t e)
{
	for (size_t i = s; i < e; i++)
		if (!x->t[i].upper && !is(x, i, G_BRIDGE) &&
		    !(x->t[i].kind == TOK_PUNCT && x->t[i].low[0] == '.') &&
		    !(x->t[i].kind == TOK_PUNCT && i > s && i + 1 < e && ampersand_joins(x, i, s, e)))
			return false;
	return true;
}

/* Does a date open at token i: "November 2022", "last year", "2019"? */
static bool dated(const struct ctx *x, size_t i)
{
	if (i + 1 < x->nt && is(x, i, G_DEFINITE) && is(x, i + 1, G_CALENDAR | G_TIME))
		return true; /* "the week before" */
	return i < x->nt && (is(x, i, G_CALENDAR | G_TIME) ||
			     (x->t[i].kind == TOK_NUM && strlen(x->t[i].low) == 4 && x->t[i].low[0] >= '1' &&
			      x->t[i].low[0] <= '2'));
}

/* A title's abbreviation: "Sgt", "Lt", "Mr" (rules/abbreviations.txt). */
static bool title_at(const struct ctx *x, size_t i)
{
	return (lex_class(&x->r->abbrev, x->t[i].low) & ABBR_TITLE) != 0;
}

/* Do tokens [s, e) name a source the gazetteer knows, all of them? */
static bool known_name(const struct ctx *x, size_t s, size_t e)
{
	size_t ge;
	return gaz_at(x, s, e, &ge) && ge == e;
}

/* A role word, or its plural: "Senators Bob Corker and Lindsey Graham"
 * names two senators */
/* The role whose plural "-s" low is, low of min letters or more
 * ("senators", "MPs"; never "-ss"). */
static const struct lex_entry *plural_role(const struct ctx *x, const char *low, size_t min)
{
	char one[64];
	if (!word_without_s(low, min, one) || low[strlen(low) - 2] == 's')
		return NULL;
	return lex_get(&x->r->roles, one);
}

static bool role_word(const struct ctx *x, const char *low)
{
	return lex_get(&x->r->roles, low) || plural_role(x, low, 4);
}

/* A person's name, titles dropped: "Mr. Ihor Terekhov" -> "Ihor Terekhov". */
static const char *person_name(const struct ctx *x, size_t s, size_t e)
{
	/* "Cagayan Governor Rafael Soriano": the name follows the role */
	for (size_t i = e; i-- > s + 1;)
		if (lex_get(&x->r->roles, x->t[i - 1].low) && x->t[i].upper) {
			s = i;
			break;
		}
	/* "Republican Marco Rubio", "veteran Jane Doe": a group word before
	 * two capitalised words describes the person */
	while (s < e && ((lex_class(&x->r->abbrev, x->t[s].low) & ABBR_TITLE) ||
			 x->t[s].kind == TOK_PUNCT || (role_word(x, x->t[s].low) && s + 1 < e) ||
			 is(x, s, G_NAME_PREFIX) ||
			 /* "Labour's Margaret Okonedo", "Australia's Callum
			  * Hendry": whose the person is, before the name */
			 (is_possessive(&x->t[s]) && e - s >= 3 && x->t[s + 1].upper) ||
			 /* "Italian Jannik Sinner", "Briton Tom Pidcock": a
			  * nationality, before a first name and a surname
			  * (not before a body's name: "American Red Cross") */
			 (e - s >= 3 && x->t[s + 1].upper && rules_describes_person(x->r, x->t[s].low) &&
			  !known_name(x, s + 1, e))))
		s++;
	if (s < e && is_possessive(&x->t[e - 1]))
		return NULL;
	/* "N.J.", "D.C.": initials alone are a place or a body, no one's name */
	if (e == s + 1 && strchr(x->t[s].low, '.') && x->t[s].e - x->t[s].s <= 6)
		return NULL;
	/* "Alastair Maybury KC", "Jane Doe MP" */
	while (e > s + 2 && is(x, e - 1, G_POSTNOMINAL) && x->t[e - 1].upper)
		e--;
	/* "New York City Public Advocate Trish James": titles the role list
	 * lacks come before a name of two words (three with an initial or a
	 * particle: "James B. Comey", "Ursula von der Leyen") */
	size_t nw = 0;
	for (size_t i = s; i < e; i++)
		nw += x->t[i].kind == TOK_WORD;
	if (nw > 3) {
		size_t k = e, kept = 0;
		while (k > s && kept < 2) {
			k--;
			if (x->t[k].kind == TOK_WORD && !(x->g[k] & G_CONNECTOR) &&
			    !(x->t[k].e - x->t[k].s <= 2 && k + 1 < e && x->t[k + 1].low[0] == '.'))
				kept++;
		}
		/* an initial and its point, a particle; not a title's
		 * point ("Sheriff's Sgt. Mike Albrecht", "Police Lt. Anna
		 * Berg") */
		while (k > s && ((x->g[k - 1] & G_CONNECTOR) ||
				 (x->t[k - 1].low[0] == '.' && k - 1 > s &&
				  x->t[k - 2].e - x->t[k - 2].s <= 2 && !title_at(x, k - 2)) ||
				 (x->t[k - 1].kind == TOK_WORD && x->t[k - 1].e - x->t[k - 1].s <= 2 &&
				  !title_at(x, k - 1))))
			k--;
		s = k;
	} else if (nw == 3 && s >= 2 && x->t[s - 1].kind == TOK_WORD && is(x, s - 1, G_PREPOSITION) &&
		   lex_get(&x->r->roles, x->t[s - 2].low) && !(x->g[s - 2] & G_RELATIONAL) &&
		   !(x->g[s + 1] & G_CONNECTOR) &&
		   x->t[s + 1].kind == TOK_WORD && x->t[s + 1].e - x->t[s + 1].s > 2) {
		/* "Minister for Agriculture Tesfaye Worku": the role's
		 * portfolio before a name of two words */
		s++;
	}
	return s < e ? words(x, s, e, false) : NULL;
}

/* A word in lower case, no capital in it ("carrier", "low-cost"; not
 * "eBay"), no word of grammar ("of", "the", "and", "on") and no place
 * whose name the resolver completes ("the county Office of Emergency
 * Services", "the state Department of Health"). */
static bool plain_lower_word(const struct ctx *x, size_t k)
{
	if (x->t[k].kind != TOK_WORD || x->t[k].upper ||
	    (lex_class(&x->r->orgs, x->t[k].low) & (ORG_PLACE | ORG_POLITY)) ||
	    is(x, k, G_PREPOSITION | G_DETERMINER | G_CONJUNCTION | G_LINKER | G_CONNECTOR | G_PRONOUN |
			 G_RELATIVE))
		return false;
	for (size_t i = x->t[k].s; i < x->t[k].e; i++)
		if (x->s[i] >= 'A' && x->s[i] <= 'Z')
			return false;
	return true;
}

/* "Chief Executives", "Chief Constables": after the role word at i, the
 * plural of a post ending the capitalised words, which names a body's
 * members, never a person. */
static bool plural_post_after(const struct ctx *x, size_t i)
{
	char one[64], two[160];
	if (i + 1 >= x->nt || x->t[i + 1].kind != TOK_WORD || !x->t[i + 1].upper ||
	    !word_without_s(x->t[i + 1].low, 4, one) ||
	    (i + 2 < x->nt && x->t[i + 2].kind == TOK_WORD && x->t[i + 2].upper))
		return false;
	snprintf(two, sizeof(two), "%s %s", x->t[i].low, one);
	return lex_get(&x->r->roles, one) || lex_get(&x->r->roles, two);
}

/* "the College of General Practitioners", "the Society of Chief
 * Officers": a role word after "of" inside an organization's capitalised
 * name is part of the name, not a title before a person's. */
static bool role_in_name(const struct ctx *x, size_t b, size_t i)
{
	if (i >= b + 2 && x->t[i].upper && !is(x, i - 1, G_LINKER) && plural_post_after(x, i)) {
		/* "the Association of Ambulance Chief Executives": a post
		 * whose plural closes the name, words of the name before it
		 * (not "Bank of England Governor Andrew Bailey") */
		size_t k = i;
		while (k > b && i - k < 3 && x->t[k - 1].upper && x->t[k - 1].kind == TOK_WORD &&
		       !is(x, k - 1, G_LINKER))
			k--;
		i = k;
	}
	if (i < b + 2 || !x->t[i].upper || !is(x, i - 1, G_LINKER) || !x->t[i - 2].upper)
		return false;
	for (size_t k = b; k + 1 < i; k++)
		if (x->t[k].upper && (lex_class(&x->r->orgs, x->t[k].low) & ORG_HEADS))
			return true;
	return false;
}

/* "Mr. King", "Ms Bishop": a capitalised role word right after a title
 * is a surname */
static bool titled(const struct ctx *x, size_t b, size_t i)
{
	if (!x->t[i].upper || i == b)
		return false;
	if (title_at(x, i - 1))
		return true;
	/* "Lady Justice Mercer", "Lord Justice Harcourt": a word of rank
	 * that tells a gender (rules/gender.txt) styles the role after it */
	if (x->t[i - 1].upper && x->t[i - 1].kind == TOK_WORD && lex_class(&x->r->gender, x->t[i - 1].low) &&
	    !lex_get(&x->r->roles, x->t[i - 1].low))
		return true;
	return i >= b + 2 && x->t[i - 1].low[0] == '.' && title_at(x, i - 2);
}

/* "Paris-based", "Kremlin-backed": where or whose a body is, a
 * compound that describes it and names nothing (rules/grammar.txt,
 * class nameprefix) */
static bool based_word(const struct ctx *x, size_t i)
{
	return is(x, i, G_NAME_PREFIX) && strchr(x->t[i].low, '-');
}

/* "figures from the statistics office", "data compiled by LSEG": an
 * organization's numbers are the organization's word (guide section
 * 2), still a document for the verbs only documents use ("data
 * compiled by LSEG show"). */
static void figures_of(struct entity *en, const struct entity *org)
{
	en->kind = ENT_DOCUMENT;
	en->type = org->type;
	en->state = org->state;
	en->name = org->name;
	en->issuer = org->name;
	en->issuer_type = org->type;
}

/* "a report published by the property website Letwise.ie": a document
 * and its maker, not an outlet (the document's branch asks what the
 * maker is). */
static bool made_document(const struct ctx *x, size_t b, size_t e)
{
	size_t h = head_of(x, b, e), by = np_maker_at(x, h, e);
	return lex_get(&x->r->documents, x->t[h].low) && by + 1 < e &&
	       (!strcmp(x->t[by].low, "by") || !strcmp(x->t[by].low, "from"));
}

/* "the German newspaper", "the Milan-based newspaper": a nationality or
 * a base before a medium's noun (token k, the noun at `noun`) is where
 * the outlet is from, not its name; the resolver finds which newspaper,
 * as for "the newspaper". */
static bool outlet_of_country(const struct ctx *x, size_t k, size_t noun, size_t e,
			      struct entity *en)
{
	if (!(k + 1 == noun && rules_nationality(x->r, x->t[k].low)) && !based_word(x, noun - 1))
		return false;
	en->kind = ENT_GROUPREF;
	en->type = SRC_OUTLET;
	en->name = words(x, k, e, false);
	en->role = x->t[noun].low;
	return true;
}

/* An outlet the gazetteer does not know, named by what it is: "radio
 * station DZRH", "the Kenyan broadcaster Citizen TV", "the Kommersant
 * newspaper". */
static bool outlet_by_noun(const struct ctx *x, size_t b, size_t e, struct entity *en)
{
	for (size_t i = b; i < e; i++) {
		if (x->t[i].upper || !is(x, i, G_MEDIUM))
			continue;
		size_t ns = i + 1, ne = ns;
		while (ne < e && x->t[ne].upper)
			ne++;
		if (ne > ns && ne == e) {
			en->name = words(x, ns, ne, false);
		} else if (i + 1 == e && i > b && x->t[i - 1].upper) {
			size_t k = i, ge;
			while (k > b && x->t[k - 1].upper)
				k--;
			/* "the French agency": where it is from, not its name;
			 * "its Telegram channel": a platform carries, it relays
			 * nothing (guide section 2) */
			const struct gaz_entry *g = gaz_at(x, k, i, &ge);
			if (g && ge == i && ((g->type != SRC_AGENCY && g->type != SRC_OUTLET) || g->platform))
				continue;
			if (outlet_of_country(x, k, i, e, en))
				return true;
			en->name = words(x, k, i, false);
		} else {
			continue;
		}
		en->kind = ENT_MEDIA;
		en->type = SRC_OUTLET;
		return true;
	}
	return false;
}

/* "Mali's state news agency AMAP", "the Kenyan broadcaster Citizen
 * TV": a name after a noun only news media take ("news agency", not a
 * space agency) is a medium speaking, an agency when the noun is the
 * guide's word for one */
static bool news_medium_named(const struct ctx *x, size_t b, size_t e, struct entity *en)
{
	for (size_t i = b; i + 1 < e; i++) {
		/* "an exit poll by Damar Research for the broadcaster Vijesti
		 * TV": a medium after a preposition is whom it was made for */
		if (is(x, i, G_PREPOSITION) && !x->t[i].upper)
			return false;
		if (x->t[i].upper || !is(x, i, G_MEDIUM))
			continue;
		bool news = is(x, i, G_PRESS) || (i > b && !x->t[i - 1].upper && is(x, i - 1, G_MEDIA) &&
						  !is(x, i - 1, G_MEDIUM));
		if (!news || !np_all_upper(x, i + 1, e) || gaz_at(x, i + 1, e, &(size_t){ 0 }))
			return false;
		en->kind = ENT_MEDIA;
		en->type = source_type_from_name(x->t[i].low) == SRC_AGENCY ? SRC_AGENCY : SRC_OUTLET;
		en->name = words(x, i + 1, e, false);
		return true;
	}
	return false;
}

/* "The Daily Star newspaper reported": a name and a noun that only a
 * news outlet takes ("agency" is left out: a space agency speaks). */
static bool outlet_before_noun(const struct ctx *x, size_t b, size_t e, struct entity *en)
{
	if (e - b < 2 || x->t[e - 1].upper || !is(x, e - 1, G_PRESS))
		return false;
	for (size_t i = b; i + 1 < e; i++)
		if (!x->t[i].upper)
			return false;
	if (e - b == 2 && outlet_of_country(x, b, e - 1, e, en))
		return true;
	en->name = words(x, b, e - 1, false);
	en->kind = ENT_MEDIA;
	en->type = SRC_OUTLET;
	return true;
}

/* A word for someone by what they do: "announcer", "novelist", "spokeswoman",
 * "20-year-olds" (rules/grammar.txt's agentive suffixes and things). */
static bool agentive(const struct ctx *x, const char *w)
{
	return strlen(w) >= 5 && !(rules_grammar(x->r, w) & G_THING) &&
	       rules_suffix(x->r, w, G_AGENTIVE);
}

static void classify(const struct ctx *x, size_t s, size_t e, struct entity *en);
static bool plural_speaker(const struct ctx *x, const char *low);

/* "our analysis found", "my own count", "our reporters describe": the
 * writer's own work or newsroom, its determiners [s, b) in the first
 * person, is no source; in a quotation or a transcript's turn "our
 * data" is the speaker's body's */
static bool own_work(const struct ctx *x, size_t s, size_t b, size_t e)
{
	if (b >= e || x->c->quote >= 0)
		return false;
	/* the determiner first: every phrase passes here */
	bool first_person = false;
	for (size_t k = s; k < b && !first_person; k++)
		first_person = is(x, k, G_PERSON) && is(x, k, G_DETERMINER);
	if (!first_person)
		return false;
	const char *hl = x->t[head_of(x, b, e)].low;
	return (lex_get(&x->r->documents, hl) || (lex_class(&x->r->unnamed, hl) & UNNAMED_NEWSROOM)) &&
	       !doc_transcript(x->doc);
}

/* "its analysis", "their survey": a possessive at s that refers back
 * and names no person ("her report" is hers), before a document's noun
 * at h (any head for SIZE_MAX) */
static bool owner_possessive(const struct ctx *x, size_t s, size_t h)
{
	return is(x, s, G_DETERMINER) && is(x, s, G_ANAPHOR) && !lex_class(&x->r->gender, x->t[s].low) &&
	       (h == SIZE_MAX || lex_get(&x->r->documents, x->t[h].low));
}

size_t np_opening_body(const struct ctx *x, size_t hi, bool groupref, struct entity *org)
{
	size_t oe = hi > 0 ? np_first(x, 0, hi) : 0;
	if (oe == 0 || oe > hi)
		return 0;
	np_classify(x, 0, oe, org);
	bool body = org->kind == ENT_ORG || org->kind == ENT_KNOWN || (groupref && org->kind == ENT_GROUPREF);
	return body && org->type != SRC_PERSON && org->type != SRC_DOCUMENT ? oe : 0;
}

/* "Harrow & Finch has 4.8 million customers, according to its annual
 * report": the body opening the sentence owns what "its" opens; its
 * figures are its word (guide section 2) */
static void opener_owns(const struct ctx *x, size_t s, size_t e, struct entity *en)
{
	struct entity org;
	if (!np_opening_body(x, s, false, &org))
		return;
	en->owner_ref = false;
	if (lex_class(&x->r->documents, x->t[e - 1].low) & DOC_FIGURES) {
		figures_of(en, &org);
		return;
	}
	en->issuer = org.name;
	en->issuer_type = org.type;
	en->name = arena_printf(x->tmp, "%s %s", org.name, en->name);
}

/* "Robert P. Casey Jr.": the generation ends the name but is not its head */
static void classify_span(const struct ctx *x, size_t s, size_t e, struct entity *en);

/* "An Garda Síochána", "An Post": English writes "an" before a vowel's
 * sound only, so "An" before a capital consonant (not "h", not an
 * acronym's letters: "An MP", "An NHS trust") is the Irish article of the
 * name. */
static bool irish_article(const struct ctx *x, size_t s)
{
	if (s == 0 || s >= x->nt || !x->t[s - 1].upper || strcmp(x->t[s - 1].low, "an") || !x->t[s].upper ||
	    x->t[s].kind != TOK_WORD)
		return false;
	const char *w = x->s + x->t[s].s;
	return !strchr("AEIOUHaeiouh", w[0]) && x->t[s].e - x->t[s].s > 1 && !(w[1] >= 'A' && w[1] <= 'Z');
}

void np_classify(const struct ctx *x, size_t s, size_t e, struct entity *en)
{
	classify_span(x, s, e, en);
	/* the span may hold the article or start after it */
	size_t n = s + 1 < e && !strcmp(x->t[s].low, "an") ? s + 1 : s;
	if (en->kind != ENT_NONE && en->name && irish_article(x, n) && strncmp(en->name, "An ", 3) &&
	    !strncmp(en->name, x->s + x->t[n].s, x->t[n].e - x->t[n].s)) {
		en->name = arena_printf(x->tmp, "An %s", en->name);
		en->ms = x->t[n - 1].s;
	}
}

static void classify_span(const struct ctx *x, size_t s, size_t e, struct entity *en)
{
	size_t g = e;
	if (g > s + 2 && x->t[g - 1].low[0] == '.' && (x->g[g - 2] & G_GENERATION))
		g--;
	if (g > s + 1 && (x->g[g - 1] & G_GENERATION) && x->t[g - 1].upper && x->t[g - 2].upper) {
		classify(x, s, g - 1, en);
		if (en->kind == ENT_PERSON) {
			en->name = arena_printf(x->tmp, "%s %s", en->name, words(x, g - 1, e, false));
			en->me = x->t[e - 1].e;
		}
		return;
	}
	/* "Teamsters Local 727", "Channel 4": a number after a capitalised
	 * body's name ends the name */
	if (e > s + 1 && x->t[e - 1].kind == TOK_NUM && x->t[e - 2].upper &&
	    x->t[e - 2].kind == TOK_WORD) {
		classify(x, s, e - 1, en);
		if (en->kind == ENT_ORG) {
			en->name = arena_printf(x->tmp, "%s %s", en->name, x->t[e - 1].low);
			en->me = x->t[e - 1].e;
			return;
		}
	}
	/* "the Milwaukee Journal Sentinel editorial board", "the Post's
	 * editors": an outlet's masthead speaks as the outlet */
	size_t k = 0;
	if (e > s + 2 && (lex_class(&x->r->orgs, x->t[e - 1].low) & ORG_MASTHEAD))
		k = 1;
	else if (e > s + 3 && (lex_class(&x->r->orgs, x->t[e - 2].low) & ORG_MASTHEAD))
		k = 2; /* "editorial board", "editorial page" */
	if (k) {
		classify(x, s, e - k, en);
		if (en->kind == ENT_MEDIA) {
			en->me = x->t[e - 1].e;
			return;
		}
	}
	/* "Plumber Dean Ashworth said": a word for someone opening the
	 * sentence in capitals, then a full name, describes the person
	 * named (as "local plumber Dean Ashworth" does in lower case; a
	 * surname such as "Baker" may stand inside a name, and a word of
	 * rank, "Lady Justice Mercer", styles it) */
	if (e >= s + 3 && x->t[s].s == 0 && x->t[s].upper && x->t[s].kind == TOK_WORD &&
	    lex_get(&x->r->persons, x->t[s].low) && !lex_get(&x->r->roles, x->t[s].low) &&
	    !lex_class(&x->r->gender, x->t[s].low) && np_all_upper(x, s + 1, e)) {
		classify(x, s + 1, e, en);
		if (en->kind == ENT_PERSON)
			return;
	}
	classify(x, s, e, en);
	/* "Its analysis found": no back-reference to an analysis, the
	 * analysis of the body named before */
	if (en->kind == ENT_GROUPREF && en->role && lex_get(&x->r->documents, en->role) &&
	    owner_possessive(x, s, SIZE_MAX)) {
		en->kind = ENT_DOCUMENT;
		en->type = SRC_DOCUMENT;
		en->thing = false;
	}
	en->owner_ref = en->kind == ENT_DOCUMENT && !en->issuer && owner_possessive(x, s, SIZE_MAX);
	if (en->owner_ref)
		opener_owns(x, s, e, en);
}

/* The person a role names, when [s, e) is their name and not an
 * organization's or a known source's: "Mayor Ihor Terekhov". */
static bool role_person(const struct ctx *x, size_t s, size_t e, const char *role, struct entity *en)
{
	size_t ge;
	/* "Chief Secretary": a role's second word is no holder's name */
	if (lex_get(&x->r->orgs, x->t[e - 1].low) || lex_get(&x->r->roles, x->t[s].low))
		return false;
	const char *nm = person_name(x, s, e);
	if (!nm || gaz_at(x, s, e, &ge))
		return false;
	en->kind = ENT_PERSON;
	en->name = nm;
	en->type = SRC_OFFICIAL;
	en->role = role;
	return true;
}

static void classify(const struct ctx *x, size_t s, size_t e, struct entity *en)
{
	const pc_rules *r = x->r;
	memset(en, 0, sizeof(*en));
	while (s < e && x->t[s].kind == TOK_PUNCT)
		s++;
	if (s >= e)
		return;
	en->ms = x->t[s].s;
	en->me = x->t[e - 1].e;
	size_t b = s;
	bool def = false, quant = false;
	/* "A. J. Moreno": an initial, not the article */
	while (b < e && is(x, b, G_SPECIFIER) &&
	       !(b + 1 < e && x->t[b].upper && x->t[b + 1].low[0] == '.' && x->t[b].e - x->t[b].s == 1)) {
		def |= is(x, b, G_DEFINITE);
		quant |= !is(x, b, G_DEFINITE) && strcmp(x->t[b].low, "a") &&
			 strcmp(x->t[b].low, "an");
		b++;
	}
	while (b < e && x->t[b].kind == TOK_NUM) {
		quant = true;
		b++;
	}
	/* "a number of attendees", "a handful of aides": the group */
	if (b + 1 < e && (x->g[b] & G_PARTITIVE) && !strcmp(x->t[b + 1].low, "of"))
		b++;
	/* "one of the people", "one of them": the group itself */
	if (b < e && b > s && !strcmp(x->t[b].low, "of")) {
		b++;
		def = true;
		quant = false;
		while (b < e && is(x, b, G_SPECIFIER))
			b++;
		if (b + 1 == e && !strcmp(x->t[b].low, "them")) {
			en->kind = ENT_PRONOUN;
			en->name = "they";
			return;
		}
	}
	/* "by his own count": a possessive alone is who it stands for */
	if (b >= e && e - s == 1 && person_possessive(x->t[s].low))
		b = s;
	if (b >= e)
		goto vague_det;
	if (x->c->kind == CLAIM_HEADING && !quant)
		def = true; /* "CEO says", "ministry says" in a headline */
	/* "counsel said": a role alone, with no article, is the one
	 * named before */
	if (b == s && e - s == 1 && !x->t[s].upper && lex_get(&r->roles, x->t[s].low))
		def = true;
	if (e - s == 1 && is(x, s, G_ANAPHOR)) {
		en->kind = ENT_PRONOUN;
		en->name = words(x, s, e, true);
		/* "quoted him as saying", "by his own count": who "him" or
		 * "his" is, is who "he" is */
		static const char *const object[][2] = { { "him", "he" }, { "his", "he" }, { "her", "she" },
							 { "them", "they" } };
		for (size_t k = 0; k < COUNTOF(object); k++)
			if (!strcmp(x->t[s].low, object[k][0]))
				en->name = object[k][1];
		return;
	}
	/* "My reading of the data": a possessive determiner alone names
	 * no one; "they box up jars, argue over the till": a pronoun and
	 * the words after it are a clause, no phrase */
	if (e - s == 1 && is(x, s, G_DETERMINER))
		return;
	if (e - s > 1 && is(x, s, G_ANAPHOR) && !is(x, s, G_DETERMINER) && x->t[s + 1].kind == TOK_WORD)
		return;
	if (own_work(x, s, b, e))
		return;
	/* a gazetteer source heading the phrase */
	for (size_t i = b; i < e; i++) {
		size_t ge;
		const struct gaz_entry *g = gaz_at(x, i, e, &ge);
		if (!g)
			continue;
		/* "the Health Service Journal" is not "the Journal",
		 * "Statistics South Africa" not "South Africa"; "the
		 * Washington-based" institute is where it is */
		if (i > b && x->t[i - 1].upper && !is_possessive(&x->t[i - 1]) &&
		    !is(x, i - 1, G_SPECIFIER) && !strchr(x->t[i - 1].low, '-'))
			continue;
		size_t pp = i;
		while (pp > b && is(x, pp - 1, G_SPECIFIER))
			pp--;
		/* "Bank of England", "Comboios de Portugal": a known name
		 * after a linker is part of another name */
		bool inside_pp = pp > b && (is(x, pp - 1, G_STOP | G_LINKER) ||
					    (is(x, pp - 1, G_CONNECTOR) && !x->t[pp - 1].upper));
		size_t k = ge;
		while (k < e && is(x, k, G_OUTLET))
			k++;
		/* "China's state-run Global Times": the owner is not the name */
		if (k != e && is_possessive(&x->t[ge - 1]))
			continue;
		if (inside_pp || k != e || g->platform)
			break;
		/* "the U.S. news agency", "the French broadcaster": a
		 * country before a medium's noun is where the medium is from */
		bool media = g->type == SRC_AGENCY || g->type == SRC_OUTLET;
		if (ge < e && !media)
			break;
		en->kind = media ? ENT_MEDIA : ENT_KNOWN;
		en->name = g->name;
		en->type = g->type;
		en->state = g->state;
		return;
	}
	if (x->relay) {
		size_t ge = e;
		const struct gaz_entry *g = gaz_at(x, b, e, &ge);
		/* ("according to the Australian Bureau of Statistics": a
		 * medium's name that a body's name goes on from is not it;
		 * "BBC Radio Humberside", "BBC Spotlight" are the BBC's) */
		for (size_t k = ge; g && k < e && (x->t[k].upper || is(x, k, G_LINKER | G_CONNECTOR)); k++)
			if ((lex_class(&x->r->orgs, x->t[k].low) & ORG_HEADS) && !is(x, k, G_OUTLET | G_MEDIA))
				g = NULL;
		if (g && (g->type == SRC_AGENCY || g->type == SRC_OUTLET) && !g->platform) {
			en->kind = ENT_MEDIA;
			en->name = g->name;
			en->type = g->type;
			en->state = g->state;
			return;
		}
	}
	if (x->relay && !made_document(x, b, e) && outlet_by_noun(x, b, e, en))
		return;
	if (!x->relay && news_medium_named(x, b, e, en))
		return;
	if (!x->relay && outlet_before_noun(x, b, e, en))
		return;
	/* "told the Yorkshire Post", "the Kyiv Independent": a name the
	 * gazetteer lacks is an outlet when a newspaper's word ends it, or
	 * when it is two or three plain words in "The" */
	bool plain_name = true;
	for (size_t i = b; i < e; i++)
		plain_name &= !lex_noun(x, x->t[i].low) && !lex_get(&r->cues, x->t[i].low);
	bool media_word = (x->g[e - 1] & G_MEDIA) != 0;
	/* "told the Food Standards Agency": a body's word ends the name,
	 * a medium's only with "News" or "Press" in it ("Ghana News
	 * Agency") */
	if (media_word && lex_class(&r->orgs, x->t[e - 1].low)) {
		bool news = false;
		for (size_t i = b; i + 1 < e; i++)
			news |= np_news_word(x, i);
		media_word = news;
	}
	/* "told the state-run Ghana News Agency": who runs it, before its
	 * name */
	size_t run_b = b;
	while (run_b + 1 < e && !x->t[run_b].upper && (lex_class(&r->orgs, x->t[run_b].low) & ORG_STATE_RUN))
		run_b++;
	if (x->relay && s < run_b && !strcmp(x->t[s].low, "the") && x->t[s].s > 0 &&
	    (media_word || (x->t[s].upper && plain_name && e - run_b >= 2)) &&
	    np_all_upper(x, run_b, e) && e - run_b <= 4 && !gaz_at(x, run_b, e, &(size_t){ 0 })) {
		en->kind = ENT_MEDIA;
		en->type = SRC_OUTLET;
		en->name = words(x, run_b, e, false);
		return;
	}
	size_t h = head_of(x, b, e);
	const char *hl = x->t[h].low;
	/* a role, with or without a name after it */
	for (size_t i = b; i < e; i++) {
		size_t w;
		const struct lex_entry *role = NULL;
		for (w = (size_t)r->roles.maxwords; w >= 1 && !role; w--) {
			if (i + w > e)
				continue;
			char *ph = words(x, i, i + w, false);
			char *low = str_lower(x->tmp, ph, strlen(ph));
			role = lex_get(&r->roles, low);
			if (role)
				break;
			/* "Two MPs", "three senators": a role's plural */
			if (w == 1 && !lex_get(&r->unnamed, low) && (role = plural_role(x, low, 3)))
				break;
		}
		/* "Mr. King" is a surname; "Mr Justice Harcourt" a styled
		 * judge, named so in full */
		bool styled = titled(x, b, i) && i + w < e && x->t[i + w].upper && x->t[i + w].kind == TOK_WORD;
		if (!role || role_in_name(x, b, i) || (titled(x, b, i) && !styled))
			continue;
		/* "Eoin McCarthy SC", "Jane Doe MP": letters after a name give
		 * the person a role (resolve.c), they head no role phrase */
		if (i > b + 1 && is(x, i, G_POSTNOMINAL) && x->t[i].upper && x->t[i - 1].upper &&
		    x->t[i - 2].upper)
			continue;
		size_t after = i + w;
		size_t ns = after;
		while (ns < e && x->t[ns].kind == TOK_PUNCT)
			ns++;
		/* "Northampton director of rugby Alan Pritchard": the role's
		 * own words in lower case, then the name */
		size_t q = after;
		while (q < e && q < after + 4 && x->t[q].kind == TOK_WORD && !x->t[q].upper)
			q++;
		/* "the Minister for Public Expenditure": two capitals right
		 * after "for" or "of" name the portfolio, not a person (a
		 * name after it makes three: "Minister for Health Declan
		 * Furlong") */
		bool portfolio = q == after + 1 && is(x, after, G_PREPOSITION) && e - q <= 2;
		/* "a spokesperson for Consumer Affairs Victoria" speaks for
		 * the body after "for"; that body is not the speaker's name */
		bool speaks_for = q == after + 1 && !strcmp(x->t[after].low, "for") &&
				  is(x, i + w - 1, G_RELATIONAL);
		bool name_only = q > after && q + 2 <= e && e - q <= 4 && !portfolio && !speaks_for;
		/* "the captain of the Aegean Dawn": right after "the", capitals
		 * name a ship, a club or a body, no person ("chair of the
		 * bench Margaret Ashworth" is one) */
		if (name_only && is(x, q - 1, G_DETERMINER))
			name_only = false;
		for (size_t k = q; k < e && name_only; k++)
			name_only = x->t[k].upper || (x->t[k].kind == TOK_PUNCT && x->t[k].low[0] == '.');
		if (name_only && role_person(x, q, e, role->key, en))
			return;
		/* "Mayor Ihor Terekhov", "regional head Oleh Syniehubov" */
		size_t ne = ns;
		while (ne < e && (x->t[ne].upper || (x->t[ne].kind == TOK_PUNCT && x->t[ne].low[0] == '.') ||
				  (ne > ns && is(x, ne, G_PARTICLE) && ne + 1 < e)))
			ne++; /* "President Ursula von der Leyen" */
		/* ("Bank of Japan deputy governor Haruka Ishida": a role after
		 * a body's name of its own "of", the name closing the span) */
		bool body_before = ne == e && h < i && x->t[h].upper;
		for (size_t k = h; k < i && body_before; k++)
			body_before = x->t[k].upper || is(x, k, G_CONNECTOR);
		if (ne > ns && (ne == e || ne == h + 1) && (i <= h || body_before) && x->t[ns].upper &&
		    role_person(x, ns, ne, role->key, en)) {
			if (styled)
				en->name = words(x, x->t[i - 1].low[0] == '.' ? i - 2 : i - 1, ne, false);
			return;
		}
		if (speaks_for)
			h = after - 1;
		if (h >= i && h < after) {
			bool plural = x->t[h].low[strlen(x->t[h].low) - 1] == 's' &&
				      !lex_get(&r->roles, x->t[h].low);
			en->role = role->key;
			en->type = SRC_OFFICIAL;
			if (def && !plural) {
				en->kind = ENT_ROLE;
				en->name = words(x, b, e, false);
			} else {
				en->kind = ENT_UNNAMED;
				en->type = SRC_UNNAMED;
				en->name = words(x, b, e, true);
				/* "a spokeswoman for the Department of Health" keeps
				 * its own words (guide section 2), whatever body
				 * it speaks for */
			}
			return;
		}
	}
	unsigned ucls = lex_class(&r->unnamed, hl);
	/* "Islanders in Uist said", "Fishermen in Cornwall say": a plural
	 * of a word for someone, its capital only the sentence's, placed
	 * by the phrase after it ("Rivers said" may be a surname) */
	if (!ucls && h == b && x->t[h].upper && x->t[h].s == 0 && h + 2 < x->nt && is(x, h + 1, G_PREPOSITION) &&
	    !x->cu[h + 1] && plural_speaker(x, hl))
		ucls = UNNAMED_PLAIN;
	if (ucls) {
		en->type = SRC_UNNAMED;
		en->vague = ucls & UNNAMED_VAGUE;
		/* a group is named by its own words, where it stood or works
		 * included: "buyers in San Pedro", "analysts at Shore
		 * Capital" (guide section 2) */
		en->name = words(x, b, e, true);
		en->kind = (def && h + 1 == e && b == h) ? ENT_GROUPREF : ENT_UNNAMED;
		en->role = x->t[h].low;
		return;
	}
	size_t by = np_maker_at(x, h, e);
	/* "an assessment from November 2022", "a report from last year":
	 * a date says when, it made nothing; the document is named
	 * without it, as "a report published in March" is */
	if (lex_get(&r->documents, hl) && by + 1 < e && by > b && !strcmp(x->t[by].low, "from") && dated(x, by + 1))
		e = by;
	if (lex_get(&r->documents, hl) && by + 1 < e &&
	    (!strcmp(x->t[by].low, "from") || !strcmp(x->t[by].low, "by"))) {
		size_t ns = by + 1;
		while (ns < e && is(x, ns, G_SPECIFIER))
			ns++;
		/* "by the consumer group HomeWise": what the maker is, then
		 * its name */
		size_t nu = ns;
		while (nu < e && !x->t[nu].upper && x->t[nu].kind == TOK_WORD)
			nu++;
		if (nu > ns && nu < e && np_all_upper(x, nu, e))
			ns = nu;
		/* "figures from the statistics office": an office named in
		 * lower case publishes its numbers too */
		if (ns < e && !x->t[ns].upper && (lex_class(&r->documents, hl) & DOC_FIGURES)) {
			struct entity org;
			size_t os = by + 1;
			while (os < e && is(x, os, G_DEFINITE) && !is_possessive(&x->t[os]))
				os++;
			np_classify(x, os, e, &org);
			if (org.kind == ENT_ORG || org.kind == ENT_GROUPREF) {
				figures_of(en, &org);
				return;
			}
		}
		if (ns < e && x->t[ns].upper) {
			/* "by the Vilmorus agency for public broadcaster LRT":
			 * the maker ends before whom it made it for, and its
			 * name before the word for what it is */
			size_t me = ns;
			while (me < e && strcmp(x->t[me].low, "for"))
				me++;
			/* (not "the Office for National Statistics", "the
			 * Swiss Federal Office for the Environment": a body's
			 * noun or capitals on both sides of "for" make one name) */
			/* (but "for Vijesti TV", an outlet, is whom it was for) */
			if (me < e && x->t[me - 1].upper && me + 1 < e &&
			    ((lex_class(&r->orgs, x->t[me - 1].low) & ORG_HEADS) ||
			     (!is(x, me + 1, G_DETERMINER) && np_all_upper(x, me + 1, e) &&
			      !is(x, e - 1, G_MEDIA | G_PRESS))))
				me = e;
			if (me < e && me > ns + 1 && !x->t[me - 1].upper && x->t[me - 2].upper &&
			    (lex_class(&r->orgs, x->t[me - 1].low) & ORG_HEADS))
				me--;
			e = me;
			struct entity org;
			np_classify(x, ns, e, &org);
			en->kind = ENT_DOCUMENT;
			/* a news outlet's report is the outlet's; anyone else's
			 * poll or study is named by its issuer: "Instituto
			 * Meridiano poll" (guide section 2) */
			/* (an outlet the gazetteer knows: "the property website
			 * Letwise.ie" publishes a report as any issuer does) */
			char *okey = org.kind == ENT_MEDIA ? name_key(org.name) : NULL;
			bool known_outlet = okey && rules_gazetteer_lookup(r, okey);
			free(okey);
			if (known_outlet) {
				en->type = org.type;
				en->state = org.state;
				en->name = org.name;
				return;
			}
			/* "a statement by the Revolutionary Guards", "a post by
			 * Dean Hollis": the maker's own words (guide section 2,
			 * "X said in a statement" gives X) */
			if ((lex_class(&r->documents, hl) & DOC_VOICE) && np_voice_maker(&org)) {
				*en = org;
				return;
			}
			/* "data published by MAVIR" */
			if ((lex_class(&r->documents, hl) & DOC_FIGURES) &&
			    (org.kind == ENT_ORG || org.kind == ENT_KNOWN || org.kind == ENT_PERSON)) {
				figures_of(en, &org);
				return;
			}
			en->type = SRC_DOCUMENT;
			size_t hb = b;
			/* "the latest report by Daft.ie" is the Daft.ie report */
			while (hb < h && (x->g[hb] & (G_DETERMINER | G_QUANTIFIER | G_TIME)))
				hb++;
			const char *issuer = org.kind != ENT_NONE ? org.name : words(x, ns, e, false);
			const char *noun = words(x, hb, h + 1, true);
			en->name = arena_printf(x->tmp, "%s %s", issuer, noun);
			if (org.kind != ENT_NONE && org.kind != ENT_PERSON && org.kind != ENT_DOCUMENT) {
				en->issuer = issuer;
				en->issuer_type = org.type;
			}
			return;
		}
	}
	/* "Kestrel Records", "Harbour Statistics": a plural document noun
	 * ending a name of capitals, with no article, names a business */
	size_t hlen = strlen(hl);
	if (lex_get(&r->documents, hl) && x->t[h].upper && h > b && h + 1 == e && hlen > 3 &&
	    hl[hlen - 1] == 's' && np_all_upper(x, b, h + 1) && !is(x, b, G_DETERMINER)) {
		en->kind = ENT_ORG;
		en->type = SRC_ORGANIZATION;
		en->name = words(x, b, e, false);
		return;
	}
	/* "according to schedule": an idiom without its article is no
	 * document */
	if (lex_get(&r->documents, hl) && !(b == h && b == s && is(x, h, G_IDIOM))) {
		en->kind = (def && b == h && h + 1 == e) ? ENT_GROUPREF : ENT_DOCUMENT;
		en->type = SRC_DOCUMENT;
		/* "a draft of the proposal" is the draft; "the Summary of
		 * Economic Projections" is one title */
		/* (nor, for a poll, whom it was for, who made it when no name
		 * says, or when it came out: "an Ipsos poll for The Irish
		 * Times published on Thursday", "a survey by the chamber") */
		size_t de = (h + 1 < e && (!strcmp(x->t[h + 1].low, "of") || !strcmp(x->t[h + 1].low, "for") ||
					   !strcmp(x->t[h + 1].low, "by") || is(x, h + 1, G_ISSUING)) &&
			     !(x->t[h].upper && h + 2 < e && np_all_upper(x, h + 2, e)))
				    ? h + 1
				    : e;
		/* "a separate Labor Department report", "the latest Gallup
		 * poll": named by its issuer, what describes it before the
		 * name dropped */
		size_t nb = b;
		while (nb < h && !x->t[nb].upper && x->t[nb].kind == TOK_WORD)
			nb++;
		if (nb < h && nb > b && x->t[nb].upper)
			b = nb;
		/* "a later email chain": when, no part of the name */
		while (b < h && !x->t[b].upper && is(x, b, G_TIME))
			b++;
		en->name = words(x, b, de, true);
		en->role = x->t[h].low;
		return;
	}
	unsigned ocls = lex_class(&r->orgs, hl);
	/* "the city said": a place with a government, named alone, is it */
	bool polity = (ocls & ORG_POLITY) && def && b == h && h + 1 == e;
	if (ocls && (!(ocls & ORG_PLACE) || polity)) {
		en->type = (ocls & ORG_GOVERNMENT) ? SRC_GOVERNMENT : SRC_ORGANIZATION;
		/* "consultancy Northgate Energy", "retailer Brightwells": what
		 * the company is, before its capitalised name */
		/* "the campaign group Carbon Justice Alliance": words for
		 * what it is, each one lower case */
		size_t nb = b;
		while (nb + 2 < e && (!x->t[nb].upper || x->t[nb].s == 0) &&
		       (lex_class(&r->orgs, x->t[nb].low) & ORG_HEADS) && !x->t[nb + 1].upper)
			nb++;
		/* opening the sentence, the word may be the name's own:
		 * "University College Hospital", whose name ends in a head
		 * of its own; a kind of business ("Consultancy Northgate
		 * Energy") or a name with no head ("Charity Shelter") is not */
		bool own = x->t[nb].upper && x->t[nb].s == 0 &&
			   !(lex_class(&r->orgs, x->t[nb].low) & ORG_BUSINESS) &&
			   (lex_class(&r->orgs, x->t[e - 1].low) & ORG_HEADS);
		if (nb + 2 < e && (!x->t[nb].upper || x->t[nb].s == 0) && !own &&
		    (lex_class(&r->orgs, x->t[nb].low) & ORG_HEADS) && np_all_upper(x, nb + 1, e))
			b = nb + 1;
		/* "the cross-party Housing Committee": what describes the
		 * body before its name is no part of it */
		while (b + 1 < h && !x->t[b].upper && x->t[b].kind == TOK_WORD && strchr(x->t[b].low, '-') &&
		       x->t[b + 1].upper)
			b++;
		/* "British low-cost carrier Calloway Airways": a plain word
		 * in lower case says what the body is; the name starts after
		 * it (words of grammar join a name: "Bank of England",
		 * "Council on Foreign Relations") */
		/* (not "Medicines and Healthcare products Regulatory Agency":
		 * capitals before the word make it part of the name) */
		for (size_t k = e - 1; k-- > b;)
			if (plain_lower_word(x, k) && x->t[k + 1].upper && np_all_upper(x, k + 1, e)) {
				size_t caps = 0;
				for (size_t i = b + 1; i < k; i++)
					caps += x->t[i].upper;
				if (!caps)
					b = k + 1;
				break;
			}
		/* "the al Qaeda-linked Group for the Support of Islam": the
		 * name starts after the last word that says whose it is */
		for (size_t k = h; k-- > b;)
			if (based_word(x, k) && x->t[k + 1].upper) {
				b = k + 1;
				break;
			}
		en->name = words(x, b, e, true);
		/* "the ministry", "the statistics office", "the finance
		 * ministry": an organization named before, in lower case */
		bool lower = true, based = false;
		for (size_t i = b; i < e && lower; i++) {
			/* "the Cambridge, Massachusetts-based biotech": where
			 * it is based describes it, names nothing */
			bool where = based_word(x, i);
			based |= where;
			lower = !x->t[i].upper || (i == 0 && i == b) || where;
		}
		en->kind = (def || (based && (ocls & ORG_BUSINESS))) && lower && h + 1 == e ? ENT_GROUPREF : ENT_ORG;
		en->role = x->t[h].low;
		return;
	}
	/* a person by what they do, as the subject of a reporting verb:
	 * "the announcer said", "the plaintiff's lawyer argued" */
	if (x->subject && agentive(x, hl) && !x->t[h].upper && h + 1 == e) {
		en->kind = def ? ENT_ROLE : ENT_UNNAMED;
		en->type = def ? SRC_OFFICIAL : SRC_UNNAMED;
		en->role = x->t[h].low;
		en->name = words(x, b, e, true);
		return;
	}
	/* "Paris-based Lyra AI": a company said where it is based */
	bool based = false;
	while (b < h && based_word(x, b)) {
		b++;
		based = true;
	}
	/* "Victims of fraud said": a plural opening the sentence is a
	 * common noun in its capital */
	if (h == b && x->t[h].s == 0 && x->subject && !lex_get(&r->gaz_first, hl)) {
		size_t l = strlen(hl);
		char one[64];
		bool listed = false;
		if (l > 3 && l < sizeof(one)) {
			memcpy(one, hl, l - 1);
			one[l - 1] = '\0';
			listed = lex_get(&r->unnamed, hl) || lex_get(&r->roles, one) ||
				 lex_get(&r->unnamed, one) || (lex_class(&r->orgs, one) & ORG_HEADS);
		}
		if (l > 3 && hl[l - 1] == 's' && hl[l - 2] != 's' && hl[l - 2] != '\'' && listed) {
			en->kind = ENT_UNNAMED;
			en->type = SRC_UNNAMED;
			en->role = hl;
			en->name = words(x, b, e, true);
			return;
		}
	}
	if (x->t[h].upper && np_all_upper(x, b, h + 1) && x->t[h].kind == TOK_WORD && !quant) {
		if (based) {
			en->kind = ENT_ORG;
			en->type = SRC_ORGANIZATION;
			en->name = words(x, b, e, false);
			return;
		}
		/* "the Brotherhood of Track and Signal Workers", "the Official
		 * Journal of the European Union": after "the", capitals on
		 * both sides of "of" are one institution's name, no person
		 * of a place of work */
		if (def && h + 2 < e && !strcmp(x->t[h + 1].low, "of") && np_all_upper(x, h + 2, e) &&
		    x->t[e - 1].upper && !title_at(x, b) && !lex_class(&r->gender, x->t[b].low)) {
			en->kind = ENT_ORG;
			en->type = SRC_ORGANIZATION;
			en->name = words(x, b, e, false);
			return;
		}
		/* "Dr. Pieter Vanhoeck of Ghent University Hospital": a name of
		 * two words or more, then where the person works */
		size_t oe = e;
		if (h + 1 < e && h > b && (!strcmp(x->t[h + 1].low, "of") || !strcmp(x->t[h + 1].low, "at"))) {
			bool org_head = false;
			for (size_t i = b; i <= h; i++)
				org_head |= (lex_class(&r->orgs, x->t[i].low) & ORG_HEADS) != 0;
			if (!org_head)
				oe = h + 1;
		}
		for (size_t i = b; i < oe; i++)
			/* "Procter & Gamble", "Homes for All Providence": a
			 * joining word between capitals makes it one body */
			/* "Fire and Rescue NSW": no person's name holds "and"
			 * ("Ann and Bob Smith" names two, "Lee and Smith" may) */
			/* "Gatwick Airport said", "Kansas City says": a place
			 * that speaks is whoever runs it, never a person */
			if ((lex_class(&r->orgs, x->t[i].low) & ORG_HEADS) || x->t[i].low[0] == '&' ||
			    (i + 1 == oe && i > b && x->subject && (lex_class(&r->orgs, x->t[i].low) & ORG_POLITY)) ||
			    (!strcmp(x->t[i].low, "and") && i > b && i + 1 < oe && oe - b >= 4 && x->t[i - 1].upper &&
			     x->t[i + 1].upper && !lex_class(&r->gender, x->t[i + 1].low) &&
			     !lex_class(&r->gender, x->t[b].low)) ||
			    ((lex_class(&r->orgs, x->t[i].low) & ORG_JOIN) && i > b && i + 1 < oe &&
			     x->t[i - 1].upper &&
			     (x->t[i + 1].upper || (i + 2 < oe && is(x, i + 1, G_DEFINITE) && x->t[i + 2].upper)))) {
				en->kind = ENT_ORG;
				en->type = SRC_ORGANIZATION;
				/* "Consultancy Northgate Energy" is Northgate Energy;
				 * "Police Scotland" is a name, and so is "University
				 * College London", a body's word after the first */
				size_t nb = b;
				if (i == b && b + 2 < e && (b == 0 || !x->t[b].upper) && !org_head_word(r, x->t[b + 1].low))
					nb = b + 1;
				en->name = words(x, nb, e, false);
				return;
			}
		const char *nm = person_name(x, b, h + 1);
		size_t nwords = 0;
		for (size_t i = b; i <= h; i++)
			nwords += x->t[i].kind == TOK_WORD;
		if (!nm || nwords > 9)
			return;
		/* "BMKG said": an unknown acronym names an office; so does a
		 * name that opens on one of three letters or more ("NHS
		 * England", "BBC Scotland"; "JD Vance" is someone) */
		bool office = (b == h && np_acronym_at(x, h)) ||
			      (b < h && x->t[b].e - x->t[b].s >= 3 && np_acronym_at(x, b));
		en->kind = office ? ENT_ORG : ENT_PERSON;
		en->type = office ? SRC_ORGANIZATION : SRC_PERSON;
		en->name = nm;
		return;
	}
	/* a descriptor before a name: "market research firm Circana",
	 * "organizer SCC Events" */
	/* the name is the head: "analyst J. R. Whitaker of the Forest Service" */
	size_t ne = (x->t[h].upper && h + 1 < e && !strcmp(x->t[h + 1].low, "of")) ? h + 1 : e;
	if (x->t[ne - 1].upper && !quant) {
		size_t ns = ne;
		while (ns > b && (x->t[ns - 1].upper || is(x, ns - 1, G_BRIDGE) ||
				  (x->t[ns - 1].low[0] == '.' && ns - 1 > b && x->t[ns - 2].upper)))
			ns--;
		while (ns < e && !x->t[ns].upper)
			ns++;
		bool verb = false;
		for (size_t i = b; i < ns; i++) {
			size_t l = strlen(x->t[i].low);
			/* "Retired neurosurgeon Ben Carson", "the embattled
			 * senator": nothing before it, it is no verb */
			bool lead = i == 0 || is(x, i - 1, G_SPECIFIER);
			/* "Danish shipping group Maersk", "listed company
			 * Orrin": before the head that names what it is */
			bool modifier = i + 1 < ns && names_kind(x, i + 1);
			/* "Parents outside Radford Vale": after a word that
			 * places, the name is where, not whom the words
			 * before describe */
			verb |= (!lead && !modifier && l > 3 && (!strcmp(x->t[i].low + l - 2, "ed") ||
								 !strcmp(x->t[i].low + l - 3, "ing"))) ||
				is(x, i, G_STOP) || (places(x, i) && !x->t[i].upper);
		}
		/* "his driveway near Bidwell Parkway": a street after a word
		 * that places is where, no one's name */
		unsigned pcls = lex_class(&r->orgs, x->t[ne - 1].low);
		if ((pcls & ORG_PLACE) && !(pcls & ORG_POLITY) && ns > b && is(x, ns - 1, G_LOCATIVE) &&
		    strcmp(x->t[ns - 1].low, "of"))
			return;
		if (ns > b && ns < ne && ns + 6 >= ne && !verb) {
			bool org = false;
			for (size_t i = b; i < ns; i++)
				org |= (lex_class(&r->orgs, x->t[i].low) & ORG_HEADS) != 0;
			/* "outage tracker Downdetector": a service named by what
			 * it publishes */
			org |= lex_get(&r->documents, x->t[ns - 1].low) != NULL;
			en->kind = org ? ENT_ORG : ENT_PERSON;
			en->type = org ? SRC_ORGANIZATION : SRC_PERSON;
			const char *pn = org ? NULL : person_name(x, ns, ne);
			en->name = pn ? pn : words(x, ns, ne, false);
			return;
		}
	}
	return;
vague_det:
	/* "some say", "many believe" */
	if (e - s == 1 && (lex_class(&r->unnamed, x->t[s].low) & UNNAMED_VAGUE)) {
		en->kind = ENT_UNNAMED;
		en->type = SRC_UNNAMED;
		en->vague = true;
		en->name = words(x, s, e, true);
	}
}



bool np_voice_maker(const struct entity *en)
{
	return en->kind == ENT_PERSON || en->kind == ENT_ROLE || en->kind == ENT_ORG ||
	       en->kind == ENT_KNOWN;
}

static bool speaker_noun_one(const struct ctx *x, const char *low)
{
	const pc_rules *r = x->r;
	return lex_get(&r->roles, low) || lex_get(&r->unnamed, low) || lex_get(&r->persons, low) ||
	       (lex_class(&r->orgs, low) & ORG_HEADS) || lex_get(&r->documents, low) ||
	       lex_get(&r->gaz_alias, low) || agentive(x, low);
}

/* "islanders", "fishermen": the plural of a word for someone */
static bool plural_speaker(const struct ctx *x, const char *low)
{
	size_t l = strlen(low);
	return l > 4 && (low[l - 1] == 's' || !strcmp(low + l - 3, "men")) && !speaker_noun_one(x, low) &&
	       np_speaker_noun(x, low);
}

bool np_speaker_noun(const struct ctx *x, const char *low)
{
	if (speaker_noun_one(x, low))
		return true;
	/* "councillors", "spokesmen": a plural of one */
	size_t l = strlen(low);
	char one[64];
	if (l < 4 || l >= sizeof(one))
		return false;
	if (l > 5 && !strcmp(low + l - 3, "men")) {
		memcpy(one, low, l + 1);
		one[l - 2] = 'a'; /* "fishermen" is "fisherman" */
		return speaker_noun_one(x, one);
	}
	if (!word_singular(low, 4, one))
		return false;
	return speaker_noun_one(x, one);
}

void np_generic(const struct ctx *x, size_t s, size_t e, enum np_generic_mode mode,
		struct entity *en)
{
	memset(en, 0, sizeof(*en));
	while (s < e && x->t[s].kind == TOK_PUNCT)
		s++;
	/* "they box up jars": a pronoun's clause, no phrase */
	if (e - s > 1 && is(x, s, G_ANAPHOR) && !is(x, s, G_DETERMINER) && x->t[s + 1].kind == TOK_WORD)
		return;
	size_t b = s;
	bool def = false, indef = false;
	while (b < e && (x->g[b] & (G_DETERMINER | G_QUANTIFIER | G_NUMBER) ||
			 (x->t[b].kind == TOK_NUM && !agentive(x, x->t[b].low)))) {
		def |= (x->g[b] & G_DEFINITE) != 0;
		indef |= !(x->g[b] & G_DEFINITE);
		b++;
	}
	/* "a number of attendees", "some of the voters" (but "a couple
	 * from Crewe": a partitive with no "of" after it is the group) */
	while (b > s && b + 1 < e &&
	       (((x->g[b] & G_PARTITIVE) && !strcmp(x->t[b + 1].low, "of")) || !strcmp(x->t[b].low, "of"))) {
		b += strcmp(x->t[b].low, "of") ? 2 : 1;
		while (b < e && (x->g[b] & G_DETERMINER))
			b++;
	}
	if (b >= e)
		return;
	if (own_work(x, s, b, e))
		return;
	size_t h = head_of(x, b, e);
	const struct token *ht = &x->t[h];
	size_t hl0 = strlen(ht->low);
	/* "Two House Committees", "some Democrats": a counted group of names */
	bool named_group = ht->upper && b > s && hl0 > 3 && ht->low[hl0 - 1] == 's' &&
			   ht->low[hl0 - 2] != '\'' && ht->low[hl0 - 2] != 's';
	if ((ht->kind != TOK_WORD && !agentive(x, ht->low)) || (ht->upper && !named_group) ||
	    (x->g[h] & (G_PREPOSITION | G_ADVERB | G_TIME | G_PERIOD | G_SPEAKERLESS | G_PRONOUN |
			G_PERSON | G_OBJECT | G_RELATIVE | G_CONJUNCTION | G_AUX | G_NEGATION |
			G_REFLEXIVE | G_NUMBER)) || x->cu[h])
		return;
	/* "residents in the lower town" are "residents"; "people involved
	 * in the project" keep what describes them */
	size_t ue = e;
	for (size_t i = h + 1; i < e; i++)
		if (places(x, i)) {
			size_t k = i + 1;
			while (k < e && (x->g[k] & G_DETERMINER))
				k++;
			if (k < e && (x->t[k].upper || (lex_class(&x->r->orgs, x->t[k].low) & ORG_PLACE) ||
				      lex_class(&x->r->orgs, x->t[e - 1].low) & ORG_PLACE))
				ue = i;
			break;
		}
	size_t hl = strlen(ht->low);
	bool plural = hl > 3 && ht->low[hl - 1] == 's' && ht->low[hl - 2] != 's' &&
		      ht->low[hl - 2] != '\'';
	bool person = np_speaker_noun(x, ht->low);
	/* "a megamerger announced", "the exchange would encourage": a thing
	 * speaks only as a text, and only through a verb that texts use */
	/* a definite thing speaks only through a verb texts use, and then
	 * as a back-reference ("the laboratory said", "the email says") */
	if (!plural && !person && mode == NPG_SPEAKER)
		return;
	if (!plural && !person && mode == NPG_TEXT && !def)
		return;
	/* "waves of 11 metres reported off Land's End", "the next 18
	 * years": a measure is reported, it reports nothing */
	if (mode != NPG_ANY && (lex_class(&x->r->checkworthy, ht->low) & (CW_UNIT | CW_TIMEUNIT)))
		return;
	en->ms = x->t[s].s;
	en->me = x->t[e - 1].e;
	en->role = ht->low;
	if (mode == NPG_ANY && (x->g[h] & G_IDIOM))
		return; /* "according to plan" */
	bool owned = owner_possessive(x, s, h);
	if ((mode == NPG_ANY && !person) || owned) {
		en->owner_ref = owned;
		en->kind = ENT_DOCUMENT;
		en->type = SRC_DOCUMENT;
		en->name = words(x, b, ue, true);
		return;
	}
	if (plural || indef || !def) {
		en->kind = ENT_UNNAMED;
		en->type = SRC_UNNAMED;
		en->name = words(x, b, ue, true);
		return;
	}
	if (!person) {
		en->kind = ENT_GROUPREF;
		en->type = SRC_ORGANIZATION;
		en->thing = true;
		en->name = words(x, b, ue, false);
		return;
	}
	en->kind = ENT_ROLE;
	en->type = SRC_OFFICIAL;
	en->name = words(x, b, ue, false);
}
