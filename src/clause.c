/* The clause grammar of the recognizer: a reporting verb in its verb group
 * ("has long said", "appeared to suggest", "began by saying", "is
 * confirming"), what may follow it for its class, and who its subject is
 * (the noun phrase before it, across an appositive or a relative clause,
 * the name after it when it is inverted, the main clause's subject for
 * ", saying" or "and said").  The words come from rules/grammar.txt and
 * rules/cues.txt; this file knows only their classes. */
#include "clause.h"

#include <stdlib.h>
#include <string.h>

#include "recognize.h"

static bool has(const struct ctx *x, size_t i, uint64_t cls)
{
	return i < x->nt && (x->g[i] & cls);
}

static bool punct(const struct ctx *x, size_t i, char c)
{
	return i < x->nt && x->t[i].kind == TOK_PUNCT && x->t[i].low[0] == c;
}

static bool is_punct(const struct ctx *x, size_t i)
{
	return i < x->nt && x->t[i].kind == TOK_PUNCT;
}

/* "rVotes' owner": an apostrophe glued to a plural is a possessive. */
static bool possessive_mark(const struct ctx *x, size_t i)
{
	return i > 0 && i < x->nt && (x->t[i].cp == '\'' || x->t[i].cp == 0x2019) &&
	       x->t[i - 1].e == x->t[i].s &&
	       x->t[i - 1].kind == TOK_WORD && x->t[i - 1].low[strlen(x->t[i - 1].low) - 1] == 's' &&
	       (i + 1 >= x->nt || x->t[i + 1].cp != '\'');
}

static bool quote_mark(const struct ctx *x, size_t i)
{
	if (possessive_mark(x, i))
		return false;
	/* '' is how some wires write a double quote */
	return is_punct(x, i) && (cp_is_dquote(x->t[i].cp) || x->t[i].cp == 0x2018 ||
				  x->t[i].cp == 0x2019 || x->t[i].cp == '\'');
}

/* (a dash set close between capitals joins a name, "Veloria–Kessler";
 * it sets off nothing) */
static bool dash(const struct ctx *x, size_t i)
{
	return is_punct(x, i) && cp_is_dash(x->t[i].cp) && !token_joins_name(x->t, x->nt, i);
}

/* A mark that closes a clause going left: the subject does not reach past it. */
static bool boundary(const struct ctx *x, size_t i)
{
	return is_punct(x, i) && !punct(x, i, '.') && !punct(x, i, '&') && !punct(x, i, '(') &&
	       !punct(x, i, ')') && !possessive_mark(x, i) && !(cp_is_dash(x->t[i].cp) && token_joins_name(x->t, x->nt, i));
}

static bool word_is(const struct ctx *x, size_t i, const char *w)
{
	return i < x->nt && strcmp(x->t[i].low, w) == 0;
}

/* "he's", "they've": a pronoun (rules/grammar.txt) and its auxiliary in
 * one token; returns the pronoun. */
static const char *contracted_pronoun(const struct ctx *x, size_t i)
{
	const char *w = x->t[i].low, *ap = strchr(w, '\'');
	if (!ap)
		return NULL;
	const struct lex_entry *e = lex_getn(&x->r->grammar, w, (size_t)(ap - w));
	return e && (e->cls & G_PRONOUN) ? e->key : NULL;
}

/* Is token i a word of more than `longer` bytes ending in `sfx`: a
 * participle's "-ing" or "-ed"? */
static bool ends(const struct ctx *x, size_t i, const char *sfx, size_t longer)
{
	size_t l = strlen(x->t[i].low), n = strlen(sfx);
	return l > longer && !strcmp(x->t[i].low + l - n, sfx);
}

static bool plural_noun(const struct ctx *x, size_t i)
{
	const char *w = x->t[i].low;
	size_t l = strlen(w);
	if (x->t[i].kind != TOK_WORD || x->g[i] & (G_DETERMINER | G_PREPOSITION | G_ADVERB))
		return false;
	/* "A staff report found": after "a", one staff, one report */
	if (i > 0 && (word_is(x, i - 1, "a") || word_is(x, i - 1, "an")))
		return false;
	if (lex_class(&x->r->unnamed, w) && w[strlen(w) - 1] != 's')
		return true; /* "people say" */
	/* "police say", "gardaí say": a police body takes a plural verb */
	if (lex_class(&x->r->orgs, w) & ORG_CONSTABULARY)
		return true;
	/* "fishermen say", "spokesmen say" */
	if (l > 5 && !strcmp(w + l - 3, "men") && np_speaker_noun(x, w))
		return true;
	/* "MPs", "NGOs", "GPs": capitals and a plural's s */
	const char *src = x->s + x->t[i].s;
	size_t sl = x->t[i].e - x->t[i].s, caps = 0;
	while (caps < sl && src[caps] >= 'A' && src[caps] <= 'Z')
		caps++;
	if (caps >= 2 && caps + 1 == sl && src[caps] == 's')
		return true;
	/* "vicious", "status", "crisis": no plural ("Houthis" is one) */
	return l > 3 && w[l - 1] == 's' && w[l - 2] != 's' && w[l - 2] != '\'' && w[l - 2] != 'u' &&
	       !(w[l - 2] == 'i' && w[l - 3] == 's');
}

/* Can a subject end at token i, right before an -s verb? */
static bool speaker_end(const struct ctx *x, size_t i)
{
	const struct token *t = &x->t[i];
	/* "survived five years in prison and says": the clause's subject */
	if (word_is(x, i, "and") || word_is(x, i, "but"))
		return true;
	if (t->kind == TOK_PUNCT)
		return punct(x, i, ',') || quote_mark(x, i) || punct(x, i, ')') || punct(x, i, '.');
	if (has(x, i, G_PRONOUN | G_RELATIVE) || contracted_pronoun(x, i))
		return !has(x, i, G_PERSON);
	if (t->upper && !has(x, i, G_NONNAME))
		return true;
	return np_speaker_noun(x, t->low);
}

/* "found that", "found in her report last March that": "that" right
 * after the verb group or after a short phrase that places the finding */
static bool that_soon(const struct ctx *x, size_t k)
{
	if (word_is(x, k, "that"))
		return true;
	if (k >= x->nt || !has(x, k, G_PREPOSITION | G_TIME))
		return false;
	/* "found last week that", not "found late swing ... that": a time
	 * word opens a phrase of time */
	if (!has(x, k, G_PREPOSITION) && k + 1 < x->nt && !has(x, k + 1, G_TIME | G_CALENDAR) &&
	    x->t[k + 1].kind != TOK_NUM && !word_is(x, k + 1, "that"))
		return false;
	/* one phrase, no object between: not "found in the car a bag that" */
	int dets = 0;
	for (size_t j = k + 1; j < x->nt && j < k + 8; j++) {
		if (word_is(x, j, "that"))
			return true;
		dets += has(x, j, G_DETERMINER) != 0;
		/* "in her report": a cue's form after a determiner is a noun */
		if (dets > 1 || is_punct(x, j) || (x->cu[j] && !has(x, j - 1, G_DETERMINER)) ||
		    has(x, j, G_CLAUSAL | G_AUX | G_RELATIVE))
			return false;
	}
	return false;
}

/* "%", "$", "£", "€" and "/" stand inside figures and names ("7%",
 * "$4m", "Reuters/Ipsos"), never between phrases. */
static bool figure_sign(const struct ctx *x, size_t i)
{
	uint32_t c = x->t[i].cp;
	return c == '%' || c == '$' || c == '/' || c == 0xA3 || c == 0x20AC || c == 0xA5;
}

/* "a study of 84,000 adults finds", "a survey of voters shows": the
 * phrase before the verb is the object of "of" after a speaker's or a
 * document's noun, which is the subject; so is a phrase that places the
 * speaker ("an engineer on the programme says", "a man in the crowd
 * says"). */
static bool of_speaker(const struct ctx *x, size_t i)
{
	for (size_t j = i; j > 0 && i - j < 5; j--) {
		if (is_punct(x, j) && !figure_sign(x, j))
			return false;
		bool speaker = x->t[j - 1].kind == TOK_WORD &&
			       (np_speaker_noun(x, x->t[j - 1].low) || lex_get(&x->r->documents, x->t[j - 1].low));
		if (word_is(x, j, "of"))
			return speaker;
		/* ("a person familiar with the matter says": a word that
		 * qualifies the head after it, as a preposition does) */
		if (speaker && has(x, j, G_PREPOSITION | G_AFTER_HEAD) && !has(x, j, G_SUBORDINATOR) &&
		    !x->t[j - 1].upper)
			return true;
		if (x->cu[j] || has(x, j, G_AUX | G_CLAUSAL | G_RELATIVE))
			return false;
	}
	return false;
}

/* "Clinton emails", "the Orlando attacks", "thanks to": a verb whose
 * base and -s forms are mostly nouns is a verb only after a pronoun, or
 * after a name or a speaker noun that opens its clause ("The agency
 * estimates"), or closing an appositive before "that" or a quote. */
/* "the airport estimates that", "the city claims it": a place that
 * speaks is whoever runs it, a verb before a clause; "the city
 * estimates published on Monday" is a noun */
static bool polity_speaks(const struct ctx *x, size_t q, size_t after)
{
	return q > 0 && has(x, q - 1, G_DEFINITE) && (lex_class(&x->r->orgs, x->t[q].low) & ORG_POLITY) &&
	       after < x->nt && has(x, after, G_CLAUSAL | G_PRONOUN);
}

static bool nounlike_verb(const struct ctx *x, size_t q, size_t after)
{
	/* "CQC reports on three homes ... found": reports about something
	 * ("reports on Tuesday that" is when) */
	if (word_is(x, after, "of") || word_is(x, after, "for") ||
	    (word_is(x, after, "on") && !has(x, after + 1, G_TIME | G_CALENDAR)))
		return false;
	if (word_is(x, after, "to") && !word_is(x, after + 1, "have") && !word_is(x, after + 1, "be"))
		return false;
	if (has(x, q, G_PRONOUN | G_RELATIVE | G_MODAL | G_DO | G_PREVERB | G_NEGATION) ||
	    contracted_pronoun(x, q))
		return true;
	if (punct(x, q, ',')) {
		if (has(x, after, G_CLAUSAL) || quote_mark(x, after) || punct(x, after, ':'))
			return true;
		/* "Her chief policy aide, Jake Sullivan, calls": a name
		 * between commas after a word for who speaks */
		size_t n = q;
		while (n > 0 && q - n < 5 && x->t[n - 1].upper && x->t[n - 1].kind == TOK_WORD &&
		       !has(x, n - 1, G_NONNAME | G_TIME))
			n--;
		if (n < q && n > 1 && punct(x, n - 1, ',') && x->t[n - 2].kind == TOK_WORD &&
		    !x->t[n - 2].upper && np_speaker_noun(x, x->t[n - 2].low))
			return true;
		/* "Michael Gerson, a speechwriter in Bush's White House, calls
		 * Cruz": the comma closes an appositive after a name, not an
		 * opening place ("In Ohio, Texas and Florida, calls for") */
		for (size_t c = q; c-- > 0 && q - c < 20;)
			if (punct(x, c, ','))
				return c > 0 && x->t[c - 1].upper && x->t[c - 1].kind == TOK_WORD &&
				       !(c > 1 && has(x, c - 2, G_PREPOSITION));
		return false;
	}
	/* (a common word opening the sentence is capitalised as any first
	 * word is: "Different questions" names no one) */
	bool name = x->t[q].upper && x->t[q].kind == TOK_WORD && !(q == 0 && has(x, q, G_THING));
	/* "the 42-page judgment notes that", "the filing lists": a
	 * document's noun opening its clause speaks as a speaker's does */
	if (!name && !(x->t[q].kind == TOK_WORD && (np_speaker_noun(x, x->t[q].low) ||
						    lex_get(&x->r->documents, x->t[q].low))) &&
	    !polity_speaks(x, q, after))
		return false;
	/* "A paper in Nature Astronomy reports": a document opening the
	 * clause, then the journal it is in */
	if (name) {
		size_t c = q;
		while (c > 0 && x->t[c - 1].upper && x->t[c - 1].kind == TOK_WORD)
			c--;
		if (c >= 3 && (word_is(x, c - 1, "in") || word_is(x, c - 1, "from")) &&
		    lex_get(&x->r->documents, x->t[c - 2].low) && has(x, c - 3, G_DETERMINER) &&
		    (c == 3 || boundary(x, c - 4)))
			return true;
	}
	size_t n0 = q;
	/* "... University historian John Baick calls": a role word inside a
	 * name's descriptors */
	/* "Trump rushed out tweet attacks": a past verb is no part of the
	 * phrase before the noun */
	/* "The College of Surgeons estimates": a linker between capitals
	 * is inside the name */
	while (n0 > 0 && (name ? (x->t[n0 - 1].upper || punct(x, n0 - 1, '.') ||
				 /* "the Road Hauliers' Association estimates" */
				 (n0 > 1 && x->t[n0 - 2].upper && np_s_possessive(x, n0 - 1, 0, x->nt)) ||
				 (x->t[n0 - 1].kind == TOK_WORD && lex_get(&x->r->roles, x->t[n0 - 1].low)) ||
				 (n0 > 1 && has(x, n0 - 1, G_LINKER) && x->t[n0].upper && x->t[n0 - 2].upper))
			       : has(x, n0 - 1, G_DETERMINER) ||
					 /* "the 42-page judgment" */
					 (x->t[n0 - 1].kind == TOK_NUM && strchr(x->t[n0 - 1].low, '-')) ||
					 (x->t[n0 - 1].kind == TOK_WORD &&
					  !has(x, n0 - 1, G_PREPOSITION | G_CLAUSAL | G_CONJUNCTION) &&
					  !(!x->t[n0 - 1].upper && ends(x, n0 - 1, "ed", 4)))) &&
	       q - n0 < 6)
		n0--;
	/* "An RBC Economics report found": one thing named, then its noun */
	if (name && n0 < q && (word_is(x, n0, "a") || word_is(x, n0, "an")))
		return false;
	/* ", the charity Diabetes UK estimates", "the campaign group X
	 * calls": what the name is, between its article and the name */
	if (name && n0 > 1) {
		size_t d = n0;
		while (d > 0 && n0 - d < 3 && x->t[d - 1].kind == TOK_WORD && !x->t[d - 1].upper &&
		       (np_speaker_noun(x, x->t[d - 1].low) ||
			(lex_class(&x->r->orgs, x->t[d - 1].low) & ORG_HEADS)))
			d--;
		if (d < n0 && d > 0 && word_is(x, d - 1, "the"))
			n0 = d - 1;
	}
	/* "the Obama/Clinton calls for": a slash joins names, it opens
	 * nothing */
	/* "the Irish College of Surgeons estimates that": a name the
	 * article opens, then a clause */
	if (name && n0 > 0 && has(x, n0 - 1, G_DEFINITE) && has(x, after, G_CLAUSAL) &&
	    (n0 == 1 || boundary(x, n0 - 2) || has(x, n0 - 2, G_CONJUNCTION | G_CLAUSAL | G_SUBORDINATOR)))
		return true;
	/* "the Gentle Start and Little Harvest brands": names joined
	 * inside one phrase that a determiner opens */
	if (name && n0 > 1 && has(x, n0 - 1, G_CONJUNCTION)) {
		size_t c = n0 - 1;
		while (c > 0 && x->t[c - 1].upper && x->t[c - 1].kind == TOK_WORD && n0 - c < 6)
			c--;
		if (c < n0 - 1 && c > 0 && has(x, c - 1, G_DEFINITE))
			return false;
	}
	/* "Neglect contributed to his death, coroner rules": after the
	 * clause it closes, the phrase and the verb end the sentence */
	bool closing = punct(x, n0 - 1, ',') &&
		       (after >= x->nt || ((punct(x, after, '.') || punct(x, after, '!')) && after + 1 >= x->nt));
	return n0 == 0 || (boundary(x, n0 - 1) && !figure_sign(x, n0 - 1)) || closing ||
	       has(x, n0 - 1, G_CONJUNCTION | G_CLAUSAL | G_SUBORDINATOR | G_RELATIVE);
}

/* "cut its profit forecast", "down from its previous forecast": a cue
 * that also names a document (rules/documents.txt), after a phrase that
 * a determiner opens right after a verb or a preposition, is that
 * document.  After a verb of speech the phrase may be a clause's
 * subject: "reported the bank forecast growth". */
static bool document_object(const struct ctx *x, size_t i, size_t p, const struct cue_use *u)
{
	if ((u->form != FORM_BASE && u->form != FORM_ED) || !lex_get(&x->r->documents, x->t[i].low) ||
	    p == 0 || np_speaker_noun(x, x->t[p - 1].low))
		return false;
	size_t d = p;
	while (d > 0 && p - d < 4 && x->t[d - 1].kind == TOK_WORD && !x->t[d - 1].upper &&
	       !has(x, d - 1, G_DETERMINER | G_AUX | G_PRONOUN | G_RELATIVE | G_CONJUNCTION |
				  G_PREPOSITION | G_SUBORDINATOR))
		d--;
	if (d < 2 || !has(x, d - 1, G_DETERMINER) || x->t[d - 2].kind != TOK_WORD || x->t[d - 2].upper ||
	    has(x, d - 2, G_SUBORDINATOR | G_CONJUNCTION | G_CLAUSAL | G_RELATIVE) || word_is(x, d - 2, "than"))
		return false;
	for (const struct cue_use *v = x->cu[d - 2]; v; v = v->next >= 0 ? &x->r->cue_uses[v->next] : NULL)
		if (v->cls & (CUE_SPEECH | CUE_CLAUSE | CUE_TELL))
			return false;
	return true;
}

/* "Ofsted figures published this month show", "accounts filed at
 * Companies House last week show": documents, then when and where they
 * came out, before the verb at p. */
static bool placed_documents(const struct ctx *x, size_t p)
{
	for (size_t q = p - 1; q > 0 && p - q < 9 && !boundary(x, q); q--) {
		if (has(x, q, G_PARTICIPLE | G_ISSUING) && !x->t[q].upper &&
		    lex_get(&x->r->documents, x->t[q - 1].low) &&
		    (plural_noun(x, q - 1) || has(x, q - 1, G_DATA)))
			return true;
		if (has(x, q, G_AUX | G_RELATIVE | G_CLAUSAL | G_CONJUNCTION))
			break;
	}
	return false;
}

/* "a scheme that the university says has trained 400 women": the
 * speaker's phrase (before p) opens on a relative pronoun, and what it
 * says runs on from the relative clause */
static bool relative_aside(const struct ctx *x, size_t p)
{
	for (size_t k = p; k > 1 && p - k < 4; k--) {
		if (has(x, k - 1, G_RELATIVE))
			return k < p;
		if (x->t[k - 1].kind != TOK_WORD || x->cu[k - 1] ||
		    has(x, k - 1, G_AUX | G_PREPOSITION | G_CONJUNCTION | G_PRONOUN))
			return false;
	}
	return false;
}

/* "the staff we spoke to said", "officials I talked with say": the
 * preposition at j ends a relative clause without "that" (a pronoun
 * subject after a noun, its verb, the preposition), not a phrase. */
static bool stranded_preposition(const struct ctx *x, size_t j)
{
	return j > 2 && has(x, j, G_PREPOSITION) && x->t[j - 1].kind == TOK_WORD && !x->t[j - 1].upper &&
	       !has(x, j - 1, G_PREPOSITION | G_DETERMINER | G_PRONOUN | G_CONJUNCTION) &&
	       (has(x, j - 2, G_PRONOUN) || rules_first_person(x->g[j - 2])) &&
	       !has(x, j - 2, G_DETERMINER) && x->t[j - 3].kind == TOK_WORD &&
	       !has(x, j - 3, G_PREPOSITION | G_SUBORDINATOR | G_CONJUNCTION | G_ADVERB) &&
	       np_speaker_noun(x, x->t[j - 3].low);
}

/* A word for a person (rules/roles.txt, unnamed.txt, persons.txt):
 * "minister", "officials", "steward". */
static bool person_word(const struct ctx *x, const char *w)
{
	return lex_get(&x->r->roles, w) || lex_get(&x->r->unnamed, w) || lex_get(&x->r->persons, w);
}

/* "the 3.2% median forecast", "their fourth-quarter Brent forecast":
 * a word that also names a document, after an article and a figure or
 * a hyphened modifier, is that document's noun; no one before it
 * speaks ("its economists forecast" has a plural speaker) */
static bool modified_document(const struct ctx *x, size_t i, size_t p)
{
	const char *w = p ? x->t[p - 1].low : "";
	if (!lex_get(&x->r->documents, x->t[i].low) || p == 0 || plural_noun(x, p - 1) ||
	    (!x->t[p - 1].upper && person_word(x, w)))
		return false;
	bool modified = false;
	for (size_t k = p; k-- > 0 && p - k <= 6;) {
		if (has(x, k, G_DETERMINER))
			return modified;
		if (x->t[k].kind == TOK_NUM || (x->t[k].kind == TOK_PUNCT && strchr("%-", x->t[k].low[0])) ||
		    (x->t[k].kind == TOK_WORD && !x->t[k].upper && strchr(x->t[k].low, '-')))
			modified = true;
		else if (x->t[k].kind != TOK_WORD || has(x, k, G_PREPOSITION | G_CONJUNCTION | G_AUX) || x->cu[k])
			return false;
	}
	return false;
}

/* Is the word at i used as a verb in the form it has?  Base and -s forms
 * of "report", "claim", "state" are nouns as often as verbs. */
static bool verb_here(const struct ctx *x, size_t i, const struct cue_use *u, size_t after)
{
	size_t p = i;
	while (p > 0 && has(x, p - 1, G_ADVERB) && !has(x, p - 1, G_DETERMINER))
		p--;
	bool start = p == 0;
	if (document_object(x, i, p, u) || modified_document(x, i, p))
		return false;
	/* "the central bank's forecast", "Japan's last confirmed
	 * intervention": after a possessive comes a noun */
	size_t o = p;
	while (o > 1 && has(x, o - 1, G_TIME | G_PERIOD) && !has(x, o - 1, G_PREPOSITION))
		o--; /* "Japan's last confirmed intervention", "the ministry's
		      * autumn forecast" */
	if (o > 0) {
		const char *pw = x->t[o - 1].low;
		size_t pl = strlen(pw);
		/* a possessive, not "who's", "it's", "that's" */
		char stem[64];
		bool poss = x->t[o - 1].kind == TOK_WORD && pl > 2 && pl < sizeof(stem) &&
			    pw[pl - 2] == '\'' && pw[pl - 1] == 's';
		if (poss) {
			memcpy(stem, pw, pl - 2);
			stem[pl - 2] = '\0';
			poss = !rules_grammar(x->r, stem);
		}
		/* "St. Brendan's said it was", "Moody's says the": a name
		 * ending so, before a verb and what it says (a participle
		 * used as an adjective comes before its noun, never before
		 * "that", a pronoun, a determiner or a quotation); an -s form
		 * or "said" is never an adjective ("McDonald's says sales"),
		 * and ", Moody's said." ends the sentence */
		bool verb_form = u->form == FORM_S || (u->form == FORM_ED && !strcmp(u->lemma, "say"));
		bool speaks = (u->form == FORM_ED || u->form == FORM_S) && !(u->cls & CUE_NOUNLIKE) &&
			      x->t[o - 1].upper && o == p &&
			      (after >= x->nt || verb_form || has(x, after, G_CLAUSAL | G_PRONOUN | G_DETERMINER) ||
			       quote_mark(x, after) || punct(x, after, ',') ||
			       (punct(x, after, '.') && after + 1 >= x->nt));
		if (poss && !speaks)
			return false;
	}
	/* "What the filings say", "What experts say": a heading that is a
	 * clause opened by "what" or "how" and ends on the verb names a
	 * topic; nobody says it */
	if (x->c->kind == CLAIM_HEADING && has(x, 0, G_CLAUSAL) && has(x, 0, G_NONNAME) &&
	    (after >= x->nt || (is_punct(x, after) && after + 1 >= x->nt)))
		return false;
	/* "Bank forecasts", "Union claims": a heading that ends on a verb
	 * that is mostly a noun, or names a document, is a noun phrase
	 * (not after the clause it closes: "..., coroner rules"); a past
	 * form spelt as the base is the noun too ("IEA trims demand
	 * forecast") */
	if (x->c->kind == CLAIM_HEADING &&
	    (u->form == FORM_S || u->form == FORM_BASE || (u->form == FORM_ED && !strcmp(x->t[i].low, u->lemma))) &&
	    after >= x->nt && !(p > 2 && punct(x, p - 2, ',')) &&
	    ((u->cls & CUE_NOUNLIKE) || lex_get(&x->r->documents, x->t[i].low) ||
	     lex_get(&x->r->documents, u->lemma)))
		return false;
	/* "Growth assumptions questioned": a heading's participle is passive */
	if (x->c->kind == CLAIM_HEADING && u->form == FORM_ED &&
	    ((after >= x->nt && !(u->cls & (CUE_SPEECH | CUE_CLAUSE | CUE_TELL))) ||
	     (after < x->nt && has(x, after, G_PREPOSITION) && !has(x, after, G_CLAUSAL))))
		return false; /* "Sale lock Botha cited for high tackle" */
	/* "Heaters recalled": a heading's participle closing it with no
	 * clause before its subject closes nothing said ("..., coroner
	 * added" does) */
	if (x->c->kind == CLAIM_HEADING && u->form == FORM_ED && after >= x->nt && (u->cls & CUE_CLAUSE) &&
	    !(u->cls & (CUE_SPEECH | CUE_TELL))) {
		bool clause_before = false;
		for (size_t q = 0; q < p && !clause_before; q++)
			clause_before = is_punct(x, q) && !punct(x, q, '\'') && !punct(x, q, '-');
		if (!clause_before)
			return false;
	}
	/* "Some said", "Many say": a group word standing alone as subject */
	/* ("One said" opening the sentence: one of a group named before) */
	bool lone = !start && ((has(x, p - 1, G_QUANTIFIER) &&
				(!has(x, p - 1, G_NUMBER) || (x->t[p - 1].upper && p == 1))) ||
			       has(x, p - 1, G_SHARE)) && /* "Almost half said" */
		    !word_is(x, p - 1, "every") && !word_is(x, p - 1, "any") &&
		    (p == 1 || boundary(x, p - 2) || has(x, p - 2, G_CONJUNCTION | G_ADVERB));
	bool after_det = !start && !lone && has(x, p - 1, G_DETERMINER | G_PREPOSITION) &&
			 !has(x, p - 1, G_RELATIVE) && !stranded_preposition(x, p - 1);
	bool heading = x->titlecase;
	/* "Clinton emails", "the Orlando attacks", "thanks to": a verb whose
	 * base and -s forms are mostly nouns needs a pronoun or a name
	 * opening its clause right before it */
	if ((u->cls & CUE_NOUNLIKE) && (u->form == FORM_BASE || u->form == FORM_S) && !start &&
	    !heading && !nounlike_verb(x, p - 1, after) && !(u->form == FORM_BASE && placed_documents(x, p)))
		return false;
	switch (u->form) {
	case FORM_BASE:
		if (start)
			return false;
		/* "the staff report projects", "a police report says": a noun
		 * before the verb of its own phrase */
		if (after < x->nt && x->cu[after]) {
			const struct cue_use *next = rules_cue(x->r, x->t[after].low);
			if (next && next->form == FORM_S)
				return false;
		}
		if (has(x, p - 1, G_MODAL | G_DO | G_PREVERB | G_NEGATION | G_PERSON) ||
		    word_is(x, p - 1, "they") || has(x, p - 1, G_HAVE) ||
		    (has(x, p - 1, G_RELATIVE) && !word_is(x, p - 1, "that")))
			return !word_is(x, p - 1, "to") || !has(x, p - 2, G_PREPOSITION | G_DETERMINER) ||
			       (word_is(x, p - 2, "on") && p > 2 && has(x, p - 3, G_RAISING)) || /* "went on to say" */
			       (has(x, p - 2, G_RAISING) && !has(x, p - 2, G_DETERMINER)); /* "ministers like to say" */
		/* "The figures, cited by Interfax, show": after an appositive;
		 * "Supporters of Donald Trump say": a plural head before "of" */
		if (after_det || (x->titlecase && x->t[p - 1].upper))
			return false;
		/* "the CMHC data show", "official figures show" */
		if (lone || plural_noun(x, p - 1) || punct(x, p - 1, ',') ||
		    ((u->cls & CUE_DOCUMENT) && has(x, p - 1, G_DATA)) ||
		    /* "the data say": a mass noun that takes a plural verb */
		    (word_is(x, p - 1, "data") && p > 1 && has(x, p - 2, G_DEFINITE)))
			return true;
		/* "Supporters of Donald Trump say", "Reports in France and
		 * Spain say": a plural head before the phrase that follows it */
		/* "Data from LSEG show": data are plural too */
		for (size_t q = p - 1; q > 0 && p - q < 9 && !boundary(x, q); q--)
			if (has(x, q, G_PREPOSITION) &&
			    (plural_noun(x, q - 1) || ((u->cls & CUE_DOCUMENT) && has(x, q - 1, G_DATA))))
				return true;
		/* "invoices obtained by the Ledger show" */
		if (placed_documents(x, p))
			return true;
		/* "Democrats trying to regain the Senate say": a plural opening
		 * the clause, then what describes it */
		for (size_t q = p - 1; q + 1 > 0 && p - q < 16; q--) {
			if (q == 0 || boundary(x, q - 1) || has(x, q - 1, G_CONJUNCTION | G_SUBORDINATOR)) {
				/* "Republican activists clamoring to block him say",
				 * "supporters who have heard from him say", "aides
				 * close to the senator say" */
				for (size_t j = q; j + 1 < p && j < q + 4; j++) {
					bool ing = !x->t[j + 1].upper && ends(x, j + 1, "ing", 4);
					bool qualified = has(x, j + 1, G_AFTER_HEAD) &&
						     !has(x, j + 1, G_PREPOSITION);
					if (plural_noun(x, j) && np_speaker_noun(x, x->t[j].low) &&
					    (ing || qualified ||
					     (has(x, j + 1, G_RELATIVE) && !word_is(x, j + 1, "that"))))
						return true;
					if (has(x, j, G_PREPOSITION | G_AUX) || x->cu[j])
						break;
				}
				return false;
			}
		}
		return false;
	case FORM_S:
		if (start) /* "Says Ellis:", but "States won ..." is a noun */
			return (u->cls & CUE_INVERTED) && !(u->cls & CUE_NOUNLIKE);
		if (after_det || has(x, p - 1, G_NUMBER) || x->t[i].kind != TOK_WORD)
			return false;
		/* "work-related emails", "tough questions": only a name, a
		 * pronoun, a known speaker noun or a closing mark before it
		 * leaves the -s form a verb */
		/* "the city says the road": a place that speaks is its
		 * government, as with "the city said" */
		bool place = p > 1 && has(x, p - 2, G_DEFINITE) &&
			     (lex_class(&x->r->orgs, x->t[p - 1].low) & ORG_POLITY) && after < x->nt &&
			     (has(x, after, G_CLAUSAL | G_PRONOUN | G_DETERMINER | G_ADVERB | G_QUANTIFIER |
					    G_NUMBER) ||
			      quote_mark(x, after) || x->t[after].kind == TOK_NUM || x->t[after].upper);
		/* "the opposition says it", "the industry says such": an -s
		 * form that is never a noun ("says", "insists") after "the"
		 * and one plain noun is that noun's verb, as "said" is, when
		 * what follows opens what it says */
		bool common = p > 1 && has(x, p - 2, G_DEFINITE) && !(u->cls & CUE_NOUNLIKE) &&
			      x->t[p - 1].kind == TOK_WORD && !x->t[p - 1].upper && !x->g[p - 1] &&
			      !x->cu[p - 1] && !plural_noun(x, p - 1) && after < x->nt &&
			      (has(x, after, G_CLAUSAL | G_PRONOUN | G_DETERMINER | G_QUANTIFIER) ||
			       quote_mark(x, after) || punct(x, after, ','));
		if (!speaker_end(x, p - 1) && !place && !common && !of_speaker(x, p - 1))
			return false;
		/* "Reports suggest", "media reports said": a noun before a
		 * verb; never after a pronoun ("who he claims has been"), and
		 * an -s form that is no noun stays a verb before a word that
		 * may be one ("Trump says praise from Putin helps") */
		if (after < x->nt &&
		    (has(x, after, G_AUX) || (x->cu[after] && (u->cls & CUE_NOUNLIKE))) &&
		    !has(x, p - 1, G_PRONOUN) && !relative_aside(x, p))
			return false;
		return true;
	case FORM_ED:
		if (start)
			return (u->cls & CUE_INVERTED) != 0;
		/* "the median amount claimed was $2,140", "the median forecast
		 * had been 2.4%": a participle after its noun, before the
		 * clause's own verb */
		size_t be = after + (after + 1 < x->nt && has(x, after, G_HAVE) && has(x, after + 1, G_BE));
		if (be < x->nt && has(x, be, G_BE) && !ends(x, be, "ing", 4) && !has(x, after, G_NEGATION) &&
		    !has(x, p - 1, G_PRONOUN | G_RELATIVE) && x->t[p - 1].kind == TOK_WORD &&
		    !x->t[p - 1].upper)
			return false;
		/* "the alleged attack", "fewer pledged delegates": an adjective
		 * ("Net Zero said", "Formula One said": a number word ending a
		 * name is no count) */
		if (after_det ||
		    (!lone && has(x, p - 1, G_QUANTIFIER | G_NUMBER) &&
		     !(x->t[p - 1].upper && p > 1 && x->t[p - 2].upper && x->t[p - 2].kind == TOK_WORD)) ||
		    (x->t[p - 1].kind == TOK_NUM && after < x->nt && x->t[after].kind == TOK_WORD &&
		     !x->t[after].upper && !has(x, after, G_CLAUSAL | G_DETERMINER | G_PRONOUN | G_PREPOSITION) &&
		     /* ("Rossiya 1 said two men", "Channel 4 reported": a
		      * name's number) */
		     !(p > 1 && x->t[p - 2].kind == TOK_WORD && x->t[p - 2].upper)) ||
		    word_is(x, after, "than") || word_is(x, p - 1, "fewer") ||
		    word_is(x, p - 1, "more"))
			return false;
		/* "the deal reported by", "figures released by", ", accused of
		 * taking", "people briefed on": a participle */
		/* "said by telephone" is a channel, not an agent */
		if (word_is(x, after, "by") &&
		    !(after + 1 < x->nt && lex_get(&x->r->channels, x->t[after + 1].low)))
			return false;
		/* (a verb with no object has no passive: "Linley,
		 * apologised for the delay" is his apology) */
		if (punct(x, p - 1, ',') && !(u->cls & (CUE_INVERTED | CUE_INTRANSITIVE)) &&
		    (word_is(x, after, "of") || word_is(x, after, "with") ||
					     word_is(x, after, "to") || word_is(x, after, "for") ||
					     word_is(x, after, "as")))
			return false;
		/* "was told of the plan"; but "told about 2,000 guests"
		 * counts the hearers */
		bool counted = after + 1 < x->nt &&
			       (x->t[after + 1].kind == TOK_NUM || has(x, after + 1, G_NUMBER));
		if ((u->cls & CUE_TELL) && x->t[p - 1].kind == TOK_WORD && !has(x, p - 1, G_PRONOUN) &&
		    (word_is(x, after, "of") || word_is(x, after, "on") ||
		     (word_is(x, after, "about") && !counted)))
			return false;
		return true;
	case FORM_ING:
		return !start;
	}
	return false;
}

struct group {
	size_t start;     /* first token of the verb group */
	bool passive;     /* "was told", "were asked" */
	bool progressive; /* "is confirming" */
	bool raised;      /* "appeared to suggest", "began by saying" */
};

/* Walks left from the verb over auxiliaries, adverbs, negation and the
 * "to" of a raising verb; false when the group says the speech did not
 * happen or is only intended ("declined to say", "plans to announce"). */
static bool verb_group(const struct ctx *x, size_t i, const struct cue_use *u, struct group *vg)
{
	memset(vg, 0, sizeof(*vg));
	size_t g = i;
	bool next_to_verb = true;
	while (g > 0) {
		size_t q = g - 1;
		/* "did not respond", "never said": no attribution; but "does
		 * not recommend restrictions" states the advice it holds to */
		if (has(x, q, G_NEGATION) && !word_is(x, q, "no")) {
			if (!((u->cls & CUE_DIRECTIVE) && u->form == FORM_BASE && next_to_verb && q > 0 &&
			      (word_is(x, q - 1, "does") || word_is(x, q - 1, "do"))))
				return false;
			g = q;
			continue;
		}
		if (has(x, q, G_ADVERB) && !has(x, q, G_DETERMINER | G_PREPOSITION) &&
		    x->t[q].kind == TOK_WORD && !(x->t[q].upper && q > 0)) {
			g = q;
			continue;
		}
		if (has(x, q, G_BE) && !contracted_pronoun(x, q)) {
			/* "had been forecast", "was put at": a verb whose
			 * participle is its base form is passive after "be" too */
			if (next_to_verb && (u->form == FORM_ED || u->form == FORM_BASE))
				vg->passive = true;
			if (next_to_verb && u->form == FORM_ING)
				vg->progressive = true;
			next_to_verb = false;
			g = q;
			continue;
		}
		/* "must report breaches": a duty, no one speaking */
		if (has(x, q, G_MODAL) && has(x, q, G_BLOCKING))
			return false;
		/* "tenants can ask the council to buy the home": a question
		 * or a request one may make is an option told, not asked */
		if ((u->cls & (CUE_QUESTION | CUE_DIRECTIVE)) && !(u->cls & (CUE_SPEECH | CUE_CLAUSE)) &&
		    has(x, q, G_MODAL))
			return false;
		/* "if it can find anyone": what one is able to find is no
		 * finding ("the study could find no link" is one) */
		if ((u->cls & CUE_FINDING) && has(x, q, G_MODAL) && !word_is(x, q, "could"))
			return false;
		if (has(x, q, G_HAVE | G_DO | G_MODAL) && !contracted_pronoun(x, q)) {
			next_to_verb = false;
			g = q;
			continue;
		}
		/* "have in the past said", "said on Tuesday": a time phrase
		 * inside the group */
		if (has(x, q, G_TIME | G_PERIOD) && !x->cu[q] && q > 0 && !has(x, q, G_MODAL)) {
			size_t r = q;
			while (r > 0 && has(x, r - 1, G_DETERMINER | G_TIME) && !has(x, r - 1, G_PRONOUN))
				r--;
			if (r > 0 && has(x, r - 1, G_PREPOSITION) && has(x, r - 2 < x->nt ? r - 2 : 0, G_AUX)) {
				g = r - 1;
				continue;
			}
		}
		/* "the staff we spoke to said": that "to" is no infinitive's */
		if (next_to_verb && stranded_preposition(x, q))
			break;
		if (word_is(x, q, "to") && q > 0) {
			size_t r = q - 1;
			if (word_is(x, r, "on") && r > 0)
				r--; /* "went on to say" */
			if (has(x, r, G_BLOCKING))
				return false;
			if (has(x, r, G_RAISING)) {
				vg->raised = true;
				next_to_verb = false;
				g = r;
				continue;
			}
			return false; /* "wants to say", "is expected to announce" */
		}
		if (word_is(x, q, "by") && q > 0 && u->form == FORM_ING && has(x, q - 1, G_OPENING)) {
			vg->raised = true;
			next_to_verb = false;
			g = q - 1;
			continue;
		}
		break;
	}
	vg->start = g;
	return true;
}

/* Does a clause, a quotation or the end follow at k ("insisted she had",
 * "added that", "added:", "he added.")?  An object does not ("added a
 * goal"). */
/* "Friday", "last week", "on Tuesday" between a verb and what follows */
static size_t skip_time(const struct ctx *x, size_t k)
{
	size_t q = k;
	if (q + 1 < x->nt && (word_is(x, q, "on") || word_is(x, q, "in")) && has(x, q + 1, G_TIME))
		q++;
	size_t t = q;
	while (t < x->nt && has(x, t, G_TIME | G_PERIOD) && !has(x, t, G_DEFINITE | G_PREPOSITION) &&
	       !x->cu[t])
		t++;
	return t > q ? t : k;
}

static bool number_at(const struct ctx *x, size_t i)
{
	return x->t[i].kind == TOK_NUM || has(x, i, G_NUMBER);
}

/* "added 18 points", "the reports": a cue's -s form that is mostly a
 * noun's plural, or a verb that needs its particle ("points out"),
 * is no finite verb */
static bool noun_form(const struct ctx *x, size_t i)
{
	const struct cue_use *u = x->cu[i];
	return u->form == FORM_S &&
	       (((u->cls & CUE_NOUNLIKE) && i > 0 && (x->t[i - 1].kind == TOK_NUM || has(x, i - 1, G_DETERMINER))) ||
		(u->particle && !word_is(x, i + 1, u->particle)));
}

/* Past up to max phrases a preposition other than "to" opens ("in a
 * release Tuesday", "after the call"), from k. */
static size_t skip_phrases(const struct ctx *x, size_t k, int max, bool *skipped)
{
	for (int pp = 0; pp < max && k < x->nt && has(x, k, G_PREPOSITION) && !has(x, k, G_CLAUSAL) &&
			 !word_is(x, k, "to"); pp++) {
		size_t e = np_first(x, k + 1, x->nt);
		if (e <= k + 1)
			break;
		k = skip_time(x, e); /* "in a release Tuesday that" */
		*skipped = true;
	}
	return k;
}

static bool clause_follows(const struct ctx *x, size_t k)
{
	/* "wrote to the office that", "said in an email that": a phrase
	 * or two of where and to whom before the clause; then the clause
	 * must come ("spoke for 77 minutes." says nothing) */
	bool skipped = false;
	/* "conceded privately that", "said repeatedly that", "declared
	 * shortly after 3.40 a.m. at the count in Louth that" */
	while (k + 1 < x->nt && has(x, k, G_ADVERB) && !has(x, k, G_CLAUSAL | G_PREPOSITION | G_TIME) &&
	       (word_is(x, k + 1, "that") || (has(x, k + 1, G_PREPOSITION) && !has(x, k + 1, G_CLAUSAL))))
		k++;
	k = skip_time(x, k);
	/* "recalled about 40,000 cars": before a figure, "about" or
	 * "over" tells its size; the figure is a plain object */
	if (k + 1 < x->nt && (word_is(x, k, "about") || word_is(x, k, "around") ||
			      word_is(x, k, "over") || word_is(x, k, "under")) &&
	    number_at(x, k + 1) && !token_is_date(x->t, x->nt, k + 1))
		return false;
	k = skip_phrases(x, k, 3, &skipped);
	/* "wrote to the office that", "wrote in a note to clients that" */
	size_t te = k + 1 < x->nt ? np_first(x, k + 1, x->nt) : x->nt;
	if (k < x->nt && word_is(x, k, "to") && !has(x, k + 1, G_BE) && k + 1 < x->nt &&
	    (has(x, k + 1, G_DETERMINER) || x->t[k + 1].upper ||
	     (te < x->nt && (word_is(x, te, "that") ||
			     (skipped && has(x, te, G_PREPOSITION) && !has(x, te, G_CLAUSAL) && !word_is(x, te, "to")))))) {
		size_t e = np_first(x, k + 1, x->nt);
		/* "adds to growing evidence that": the clause is the noun's
		 * (rules/claims.txt), nobody was told it */
		if (e > k + 1 && lex_get(&x->r->claims, x->t[e - 1].low))
			return false;
		if (e > k + 1) {
			k = e;
			skipped = true;
			/* "wrote in a note to clients after the call that" */
			k = skip_phrases(x, k, 2, &skipped);
		}
	}
	/* "wrote in her memoir, Rooms for Strangers, that": the title of
	 * what was written between commas, then the clause */
	if (skipped && k < x->nt && punct(x, k, ',')) {
		size_t c = k + 1;
		while (c < x->nt && c < k + 9 && !is_punct(x, c))
			c++;
		if (c > k + 1 && c + 1 < x->nt && punct(x, c, ',') && has(x, c + 1, G_CLAUSAL))
			k = c + 1;
	}
	if (k >= x->nt)
		return !skipped;
	/* "added:", "said, \"...\"", "he added." but not "As Blumenthal
	 * spoke, the NRA ..." */
	if (is_punct(x, k))
		return quote_mark(x, k) || punct(x, k, ':') ||
		       (!skipped && (punct(x, k, '.') || punct(x, k, ';') || punct(x, k, '!'))) ||
		       (punct(x, k, ',') && k + 1 < x->nt && quote_mark(x, k + 1));
	/* "Santoni concedes as Marchetti wins": the clause ends there, as at
	 * a full stop; "spoke on condition of anonymity because ..." does not */
	if (has(x, k, G_SUBORDINATOR) && !has(x, k, G_CLAUSAL | G_PREPOSITION))
		return !skipped;
	if (has(x, k, G_PREPOSITION | G_PREVERB | G_SUBORDINATOR) && !has(x, k, G_CLAUSAL))
		return false;
	if (has(x, k, G_CLAUSAL | G_PRONOUN | G_PERSON) || word_is(x, k, "there") ||
	    contracted_pronoun(x, k))
		return true;
	/* a noun phrase and then a finite verb: "the plan was dead" */
	for (size_t i = k + 1; i < x->nt && i < k + 8; i++) {
		if (is_punct(x, i) || has(x, i, G_PREPOSITION | G_RELATIVE))
			return false;
		if (has(x, i, G_AUX | G_NEGATION) || (x->cu[i] && x->cu[i]->form != FORM_ING &&
						       x->cu[i]->form != FORM_BASE && !noun_form(x, i)))
			return true;
	}
	return false;
}

/* "The weather service's head of climate services, Dr. Orla Dempsey,
 * said": the words from the sentence's start to the comma are a phrase
 * naming someone, the head of an appositive chain, not what was said. */
static bool role_phrase(const struct ctx *x, size_t comma)
{
	if (comma < 2 || comma > 14 || !(has(x, 0, G_DETERMINER) || x->t[0].upper) ||
	    (!has(x, 0, G_DETERMINER) && has(x, 0, G_NONNAME | G_ADVERB | G_PREPOSITION | G_SUBORDINATOR)))
		return false;
	for (size_t q = 0; q < comma; q++) {
		if (possessive_mark(x, q))
			continue;
		if (quote_mark(x, q) || (is_punct(x, q) && !punct(x, q, '.')) || x->cu[q] ||
		    has(x, q, G_AUX | G_CLAUSAL | G_RELATIVE | G_PRONOUN | G_NEGATION | G_MODAL) ||
		    x->t[q].kind == TOK_NUM)
			return false;
		if (!x->t[q].upper && (ends(x, q, "ed", 3) || ends(x, q, "ing", 4)))
			return false;
	}
	return true;
}

/* "In March, the company recalled", "After the vote, the mayor
 * said": a phrase opening the sentence before the comma places what
 * follows; it is no words said before their cue. */
static bool opening_phrase(const struct ctx *x, size_t comma)
{
	/* "According to the report, the increase will add ..." */
	bool according = word_is(x, 0, "according") && word_is(x, 1, "to");
	/* "Resuming on 356 for seven, England had added 56": a participle's
	 * phrase opens the sentence as a preposition's does */
	/* ("Modelling by the Resolution Foundation," is a noun's phrase,
	 * "Paris-based Lyra AI," a name's) */
	bool participle = x->t[0].kind == TOK_WORD && !has(x, 0, G_AUX | G_NONNAME) &&
			  (ends(x, 0, "ing", 5) || ends(x, 0, "ed", 4)) && x->nt > 1 &&
			  has(x, 1, G_PREPOSITION) && !word_is(x, 1, "by") && !word_is(x, 1, "of");
	if (comma == 0 || !(has(x, 0, G_PREPOSITION | G_SUBORDINATOR) || according || participle))
		return false;
	/* "On a conference call with reporters,": a cue that is mostly a
	 * noun, after a word of the phrase, is its noun */
	for (size_t q = 0; q < comma; q++)
		if (quote_mark(x, q) || is_punct(x, q) || has(x, q, G_AUX) ||
		    (q > 0 && x->cu[q] &&
		     !((x->cu[q]->cls & CUE_NOUNLIKE) && x->cu[q]->form != FORM_ED &&
		       x->cu[q]->form != FORM_ING && !has(x, q - 1, G_PRONOUN))))
			return false;
	return true;
}

/* "attacked Ames as a fraud", "praised him for": the words that make an
 * ambiguous verb speech follow its object. */
static bool strict_follows(const struct ctx *x, size_t k)
{
	/* "rejected the allegations", "dismissed the criticism": what is
	 * rejected was said */
	for (size_t i = k; i < x->nt && i < k + 4 && !is_punct(x, i); i++)
		if (lex_get(&x->r->claims, x->t[i].low))
			return true;
	/* "denies seeking a weapon": what is denied is a deed told */
	if (k < x->nt && !x->t[k].upper && ends(x, k, "ing", 5))
		return true;
	/* "attacks 4km from the summit for his first win": a distance or a
	 * figure is no one judged; the rider moves */
	if (k < x->nt && x->t[k].kind == TOK_NUM)
		return false;
	/* ("attacking alone 6 km from the summit") */
	if (k + 1 < x->nt && x->t[k + 1].kind == TOK_NUM && x->t[k].kind == TOK_WORD && !x->t[k].upper &&
	    !has(x, k, G_DETERMINER | G_PREPOSITION | G_QUANTIFIER))
		return false;
	for (size_t i = k; i < x->nt && i < k + 10; i++) {
		/* "railed at", "hit back at"; not "challenged the ban at the
		 * WTO", where "at" only places the act */
		/* ("accused the minister of", "accused them of": "of" right
		 * after one judged; not "knocked Forest out of the Cup" or
		 * "rejected an offer of 36m", where it is a thing's) */
		bool judged_of = i > k && word_is(x, i, "of") &&
				 (x->t[i - 1].upper || has(x, i - 1, G_OBJECT) || person_word(x, x->t[i - 1].low) ||
				  (lex_class(&x->r->orgs, x->t[i - 1].low) & ORG_HEADS));
		if (quote_mark(x, i) || word_is(x, i, "as") || word_is(x, i, "for") ||
		    word_is(x, i, "over") || judged_of ||
		    (i == k && word_is(x, i, "at")) || (i > k && word_is(x, i, "to")))
			return true;
		if (is_punct(x, i))
			return false;
	}
	return false;
}

/* The end of the object after a verb at k, with the phrases that hang
 * on it ("Obama's ignorance of solid advice from seasoned commanders"). */
static size_t object_end(const struct ctx *x, size_t k)
{
	size_t e = has(x, k, G_OBJECT) ? k + 1 : np_first(x, k, x->nt);
	for (int pp = 0; pp < 3 && e > k && e + 1 < x->nt && has(x, e, G_PREPOSITION) &&
			 !has(x, e, G_CLAUSAL | G_SUBORDINATOR) && !word_is(x, e, "to"); pp++) {
		size_t e2 = np_first(x, e + 1, x->nt);
		if (e2 <= e + 1)
			break;
		e = e2;
	}
	return e;
}

/* 'called the way staff had found out "a disgrace"': an object with a
 * clause of its own, then a short quotation that closes the clause,
 * is what the object is called. */
static bool quoted_name_ahead(const struct ctx *x, size_t k)
{
	size_t q = k;
	while (q < x->nt && q < k + 14 && !quote_mark(x, q)) {
		if (is_punct(x, q) && !punct(x, q, '\'') && !punct(x, q, '-'))
			return false;
		q++;
	}
	if (q == k || q + 2 >= x->nt || !quote_mark(x, q) || x->t[q + 1].upper || is_punct(x, q + 1) ||
	    has(x, q + 1, G_PREPOSITION | G_TIME | G_CALENDAR | G_SUBORDINATOR | G_CONJUNCTION | G_ADVERB))
		return false;
	for (size_t c = q + 2; c < x->nt && c < q + 8; c++)
		if (quote_mark(x, c))
			return c + 1 >= x->nt || is_punct(x, c + 1);
	return false;
}

/* "called the ruling a mockery", "called Clinton's remarks on 9/11 a
 * 'new low'", 'called it "disgusting"': an object, then what it is
 * called, a few words on ("called a press conference" is an act). */
static bool naming_follows(const struct ctx *x, size_t k)
{
	/* "videos he calls “Consumer Advocate TV”": the object went before */
	if (k < x->nt && quote_mark(x, k) && k > 0 && !quote_mark(x, k - 1))
		return true;
	if (k >= x->nt || is_punct(x, k) || has(x, k, G_PREPOSITION | G_CLAUSAL))
		return false;
	/* "called the show “the news show of record”" */
	size_t oe = object_end(x, k);
	if (oe > k && oe < x->nt && quote_mark(x, oe))
		return true;
	/* "called the penalty the turning point of the evening": the
	 * object, then what it is called with "the" (not "called the
	 * police the next morning", a time) */
	if (oe > k && oe + 1 < x->nt && word_is(x, oe, "the") && x->t[oe + 1].kind == TOK_WORD) {
		size_t q = oe + 1;
		while (q < x->nt && !is_punct(x, q) &&
		       !(q < oe + 4 && has(x, q, G_TIME | G_PERIOD | G_CALENDAR)) &&
		       !has(x, q, G_CLAUSAL | G_SUBORDINATOR | G_AUX | G_PRONOUN) &&
		       !(x->cu[q] && x->cu[q]->form == FORM_ED)) /* (not "turning point") */
			q++;
		if (q > oe + 1 && (q >= x->nt || is_punct(x, q)))
			return true;
	}
	/* "called Clinton's remarks on 9/11 a \"new low\"" */
	if (oe > k && oe + 1 < x->nt && has(x, oe, G_DETERMINER) &&
	    (quote_mark(x, oe + 1) || (oe + 2 < x->nt && quote_mark(x, oe + 2))))
		return true;
	for (size_t i = k + 1; i < x->nt && i < k + 9; i++) {
		if (quote_mark(x, i) || word_is(x, i, "a") || word_is(x, i, "an") ||
		    (i == k + 1 && has(x, k, G_OBJECT) && has(x, i, G_DEFINITE))) /* "called it the worst deal" */
			return true;
		if (is_punct(x, i) && !punct(x, i, '\''))
			break;
		/* "called the ruling a mockery": a cue's form after a
		 * determiner is a noun */
		bool noun = x->cu[i] && has(x, i - 1, G_DETERMINER);
		if ((x->cu[i] && !noun) || has(x, i, G_CLAUSAL | G_SUBORDINATOR | G_RELATIVE | G_AUX))
			return quoted_name_ahead(x, k);
		if (word_is(x, i, "to") || word_is(x, i, "by") || word_is(x, i, "with"))
			break; /* "called X with Y unusual": the object's phrase */
		if (ends(x, i, "ing", 4) && !has(x, i - 1, G_DETERMINER))
			return false;
	}
	/* "called them reckless", "called the move long overdue": an object
	 * and a few plain words to the end of the clause */
	size_t e = oe;
	if (e <= k || e >= x->nt || is_punct(x, e))
		return false;
	for (size_t i = e; i < x->nt && i < e + 4; i++) {
		if (is_punct(x, i))
			return i > e;
		if (x->t[i].upper || x->cu[i] || has(x, i, G_PREPOSITION | G_CONJUNCTION | G_TIME |
							  G_AUX | G_DETERMINER | G_CLAUSAL))
			return false;
		/* "long overdue", "deeply flawed" name; "called the police
		 * again." does not */
		if (has(x, i, G_PREVERB | G_ADVERB) && (i + 1 >= x->nt || is_punct(x, i + 1)))
			return false;
	}
	return false;
}

/* "asked whether", "asked the minister if", "asked voters to", or the
 * question it closes. */
static bool question_follows(const struct ctx *x, size_t k)
{
	/* "who asked not to be named": a request for anonymity */
	if (k < x->nt && has(x, k, G_NEGATION))
		return false;
	if (k >= x->nt || has(x, k, G_CLAUSAL) || quote_mark(x, k) || punct(x, k, ':'))
		return true;
	if (is_punct(x, k))
		return false;
	size_t e = has(x, k, G_OBJECT) ? k + 1 : np_first(x, k, x->nt);
	/* "asked Clinton Friday whether", "asked him on Tuesday if" */
	if (e > k && e + 1 < x->nt && has(x, e, G_PREPOSITION) && has(x, e + 1, G_TIME))
		e++;
	while (e > k && e < x->nt && has(x, e, G_TIME))
		e++;
	return e > k && e < x->nt &&
	       (has(x, e, G_CLAUSAL) || word_is(x, e, "to") || word_is(x, e, "about"));
}

/* "cut its forecast", "raised his estimate": what is revised is a
 * published figure (a document noun of rules/documents.txt). */
static bool forecast_object(const struct ctx *x, size_t k)
{
	/* "its forecast", "its full-year growth forecast": the object's
	 * head, a few words on */
	for (size_t i = k; i < x->nt && i < k + 5; i++) {
		if (lex_get(&x->r->documents, x->t[i].low))
			return true;
		if (is_punct(x, i) || (i > k && has(x, i, G_PREPOSITION | G_CLAUSAL)))
			break;
	}
	return false;
}

/* "admitted 11 counts of fraud", "admitted the charges", "admitted
 * fraud by abuse of position": the charges a defendant admits, counted
 * (rules/claims.txt) or an offence named alone (rules/checkworthy.txt
 * class accusation), make a plea, which is an act; "admitted his side
 * had been second best" reports speech */
static bool plea_object(const struct ctx *x, size_t k)
{
	size_t i = k;
	if (i < x->nt && (number_at(x, i) || has(x, i, G_DETERMINER)))
		i++;
	if (i >= x->nt || x->t[i].kind != TOK_WORD)
		return false;
	if (i > k && lex_get(&x->r->claims, x->t[i].low))
		return true;
	return (lex_class(&x->r->checkworthy, x->t[i].low) & CW_ACCUSATION) &&
	       (i + 1 >= x->nt || is_punct(x, i + 1) || has(x, i + 1, G_PREPOSITION | G_CONJUNCTION));
}

/* "The rescue he talks about most came in 2017", "the plan she spoke
 * of was dropped": a preposition left at the end of a relative clause,
 * then the main clause's verb (an auxiliary, an irregular past of
 * rules/lemmas.txt or an -ed form) */
static bool stranded(const struct ctx *x, const struct cue_use *u, size_t k)
{
	/* ("talks about", "spoke of": the particle may be the cue's own) */
	size_t v = k;
	if (!u->particle) {
		if (k + 1 >= x->nt || !has(x, k, G_PREPOSITION) || has(x, k, G_CLAUSAL))
			return false;
		v = k + 1;
	}
	if (v >= x->nt)
		return false;
	/* ("talks about most": an adverb or a quantifier standing alone) */
	if (v + 1 < x->nt && (has(x, v, G_ADVERB) || (has(x, v, G_QUANTIFIER) && !has(x, v, G_NUMBER))))
		v++;
	if (is_punct(x, v))
		return punct(x, v, '.') || punct(x, v, ',');
	return x->t[v].kind == TOK_WORD && !x->t[v].upper &&
	       (has(x, v, G_AUX | G_NEGATION) || lex_get(&x->r->lemmas, x->t[v].low) || ends(x, v, "ed", 4));
}

/* "Morag Currie recalled a January sailing in 2015", "she recalled the
 * night the roof came in": a person's or a role's plain object after a
 * verb of memory is what they tell; a body's ("Homevale recalled 48,000
 * heaters") and a figure ("recalled about 40,000 cars") are an act.  A
 * lone unknown word may be a company's name, so a person's needs two. */
static bool memory_told(const struct ctx *x, const struct cue_use *u, const struct entity *en, size_t k)
{
	if (!(u->cls & CUE_MEMORY) || k >= x->nt || x->t[k].kind != TOK_WORD || number_at(x, k) ||
	    (k + 1 < x->nt && number_at(x, k + 1)))
		return false;
	if (en->kind == ENT_ROLE)
		return true;
	if (en->kind == ENT_PRONOUN) /* "he" or "she" (rules/gender.txt), not "it" */
		return lex_class(&x->r->gender, en->name) != 0;
	return en->kind == ENT_PERSON && en->name && strchr(en->name, ' ');
}

/* "put losses at about 1.2 billion lei": what the figure is comes
 * first, then "at" and the figure */
static bool at_figure(const struct ctx *x, size_t k)
{
	for (size_t i = k; i + 1 < x->nt && i < k + 20; i++) {
		/* "put investors' likely losses at": a plural's possessive
		 * goes on to its noun */
		/* ("put the crop even lower, at 2.2 million tonnes": a
		 * comparison, then the figure set off by a comma) */
		bool compared = punct(x, i, ',') && i > k && i + 1 < x->nt && word_is(x, i + 1, "at") &&
				(lex_class(&x->r->checkworthy, x->t[i - 1].low) & CW_COMPARISON);
		if (is_punct(x, i) && !possessive_mark(x, i) && !compared)
			return false;
		/* "puts Labour on 41%", a poll's way; "on 3 March" dates */
		bool on = word_is(x, i, "on") && i + 1 < x->nt &&
			  !token_is_date(x->t, x->nt, i + 1);
		if (word_is(x, i, "at") || on) {
			/* "at about", "at roughly", "at £45m", at "no better
			 * than one in three" */
			size_t n = i + 1, words = 0;
			while (n < x->nt && ((is_punct(x, n) && !punct(x, n, '.') && !punct(x, n, ',')) ||
					     (words < 3 && !x->t[n].upper && x->t[n].kind == TOK_WORD &&
					      !has(x, n, G_NUMBER)))) {
				words += x->t[n].kind == TOK_WORD;
				n++;
			}
			/* "contracts at three Glasgow hospitals": a number
			 * before a name counts places, it is no figure put on
			 * anything */
			return n < x->nt && (x->t[n].kind == TOK_NUM || has(x, n, G_NUMBER)) &&
			       !(n + 1 < x->nt && x->t[n + 1].upper && x->t[n + 1].kind == TOK_WORD);
		}
	}
	return false;
}

/* "ahead by 1.8 points", "behind by four": a margin after "by" in the
 * verb's clause; "put Yes 14 points ahead", "put deaths 22% above the
 * average": a standing or comparison (rules/checkworthy.txt, classes
 * rank and comparison) after a figure */
static bool by_figure(const struct ctx *x, size_t k)
{
	for (size_t i = k; i + 1 < x->nt && i < k + 8; i++) {
		if (is_punct(x, i) && !punct(x, i, '%'))
			return false;
		if (word_is(x, i, "by"))
			return number_at(x, i + 1);
		if (i > k && (lex_class(&x->r->checkworthy, x->t[i].low) & (CW_RANK | CW_COMPARISON)) &&
		    (number_at(x, i - 1) || (i > k + 1 && number_at(x, i - 2))))
			return true;
		/* "put Holm ahead 47% to 45%": the standing, then the shares */
		if (i > k && (lex_class(&x->r->checkworthy, x->t[i].low) & CW_RANK) && number_at(x, i + 1))
			return true;
	}
	return false;
}

static bool figure_follows(const struct ctx *x, size_t k)
{
	for (size_t i = k; i < x->nt && i < k + 14; i++) {
		/* "putting its 2027 flyby at risk": a year is no figure */
		if ((x->t[i].kind == TOK_NUM && !token_is_date(x->t, x->nt, i)) || has(x, i, G_NUMBER))
			return true;
		/* "Filings count cases, not households: one household...": a
		 * colon opens another clause */
		if (punct(x, i, ';') || punct(x, i, '.') || punct(x, i, ':'))
			return false;
	}
	return false;
}

/* --- subjects ---------------------------------------------------------- */

static void pronoun_entity(const struct ctx *x, size_t i, const char *name, struct entity *en)
{
	memset(en, 0, sizeof(*en));
	en->kind = ENT_PRONOUN;
	en->name = name;
	en->type = !strcmp(name, "it") ? SRC_ORGANIZATION : !strcmp(name, "they") ? SRC_UNNAMED : SRC_PERSON;
	en->ms = x->t[i].s;
	en->me = x->t[i].s + strlen(name);
}

/* "six", "sixty-six": a number in words */
static bool number_word(const struct ctx *x, size_t i)
{
	if (has(x, i, G_NUMBER))
		return true;
	const char *w = x->t[i].low, *dash = strchr(w, '-');
	if (!dash || x->t[i].kind != TOK_WORD)
		return false;
	char head[32];
	size_t l = (size_t)(dash - w);
	if (l >= sizeof(head))
		return false;
	memcpy(head, w, l);
	head[l] = '\0';
	return (rules_grammar(x->r, head) & G_NUMBER) != 0;
}

/* "21 percent", "six in 10", "about half of respondents", "42%": the
 * people a poll asked, named by their own words (guide section 2). */
static bool poll_share(struct ctx *x, size_t lo, size_t hi, struct entity *en)
{
	size_t s = hi;
	bool share = false;
	while (s > lo && !boundary(x, s - 1) && hi - s < 14 && !has(x, s - 1, G_RELATIVE))
		s--;
	/* the share opens the phrase: "six in 10", "21 percent of", "half" */
	while (s < hi && has(x, s, G_ADVERB | G_PREPOSITION) && !has(x, s, G_NUMBER))
		s++; /* "about", "nearly", "just over" */
	for (size_t i = s; i < hi && i < s + 4; i++)
		share |= has(x, i, G_SHARE) ||
			 (x->t[i].kind == TOK_NUM && strchr(x->t[i].low, '%')) ||
			 (i > s && word_is(x, i, "in") && i + 1 < hi &&
			  (x->t[i + 1].kind == TOK_NUM || has(x, i + 1, G_NUMBER)));
	if (s < hi && word_is(x, s, "a") && has(x, s + 1, G_SHARE))
		s++; /* "nearly a third" */
	if (!share || s >= hi || !(x->t[s].kind == TOK_NUM || number_word(x, s) || has(x, s, G_SHARE)))
		return false;
	/* whose words: "of Florida Latino voters" */
	size_t of = hi;
	for (size_t i = s; i < hi; i++)
		if (word_is(x, i, "of") || word_is(x, i, "among")) {
			of = i + 1;
			break;
		}
	while (of < hi && has(x, of, G_DETERMINER | G_QUANTIFIER))
		of++;
	memset(en, 0, sizeof(*en));
	en->kind = ENT_UNNAMED;
	en->type = SRC_UNNAMED;
	en->ms = x->t[s].s;
	en->me = x->t[hi - 1].e;
	en->name = of < hi ? str_fold(x->tmp, x->s + x->t[of].s, x->t[hi - 1].e - x->t[of].s)
			   : "poll respondents";
	if (of < hi && x->t[of].upper == false)
		en->name = str_lower(x->tmp, en->name, strlen(en->name));
	return true;
}

/* The phrase [s, e) as the subject of a reporting verb: what the noun
 * phrase grammar makes of it, and any other noun phrase as an unnamed
 * group, a role or a text by its own words. */
static void subject_np(struct ctx *x, size_t s, size_t e, const struct cue_use *u,
		       struct entity *en)
{
	/* "Still, Petrilli", "Even Smith": an opener is never the name;
	 * "on Tuesday and Turkey and Russia": nor what joined it to one */
	while (s < e && x->t[s].upper && has(x, s, G_NONNAME) && !has(x, s, G_PRONOUN | G_DETERMINER))
		s++;
	while (s + 1 < e && !x->t[s].upper && has(x, s, G_CONJUNCTION) && !punct(x, s, '&'))
		s++;
	memset(en, 0, sizeof(*en));
	if (s >= e)
		return;
	/* "No official would say", "Neither company would say": nobody
	 * spoke */
	if (has(x, s, G_NEGATION) && x->t[s].kind == TOK_WORD)
		return;
	x->subject = true;
	np_classify(x, s, e, en);
	x->subject = false;
	if (en->kind != ENT_NONE || e <= s)
		return;
	np_generic(x, s, e, (u->cls & CUE_TEXT) ? NPG_TEXT : NPG_SPEAKER, en);
}

/* The subject [s, e) names someone: not nobody, not a bare pronoun. */
static bool named_subject(struct ctx *x, size_t s, size_t e, const struct cue_use *u, struct entity *en)
{
	struct entity sub;
	subject_np(x, s, e, u, &sub);
	if (sub.kind == ENT_NONE || sub.kind == ENT_PRONOUN)
		return false;
	*en = sub;
	return true;
}

static void possessive_name(const struct ctx *x, size_t s, size_t e, struct entity *en);

/* The rank of a name in a chain of appositives: a name beats a
 * description; ties go left, to the head of the chain. */
static int rank(const struct entity *e, bool at_start)
{
	switch (e->kind) {
	case ENT_PERSON: return 4;
	case ENT_KNOWN: case ENT_MEDIA: return 3;
	case ENT_ORG: return 2;
	case ENT_DOCUMENT: return at_start ? 2 : 0;
	case ENT_UNNAMED: case ENT_GROUPREF: case ENT_ROLE: case ENT_PRONOUN:
		return at_start ? 1 : 0;
	default: return 0;
	}
}

/* "retired general Prasert Wongsakul": a short description in lower
 * case, then a name of two capitalised words, in one appositive */
static bool described_name(const struct ctx *x, size_t s, size_t e)
{
	if (e - s < 3 || e - s > 5 || !x->t[e - 1].upper || !x->t[e - 2].upper ||
	    x->t[e - 1].kind != TOK_WORD || x->t[e - 2].kind != TOK_WORD)
		return false;
	for (size_t k = s; k + 2 < e; k++)
		if (x->t[k].kind != TOK_WORD || x->cu[k] || has(x, k, G_PREPOSITION | G_AUX | G_RELATIVE))
			return false;
	return true;
}

/* "Smith, who chairs the panel, said", "the envoy in Geneva, Lena
 * Brandt, said", "Kall -- co-editor of a book -- said": walks back over
 * the comma- or dash-delimited segments before the verb (end: the mark
 * right before it) and takes the best name. */
static char *name_and_words(const struct ctx *x, const char *name, size_t s, size_t e);

bool clause_appositive(struct ctx *x, size_t end, const struct cue_use *u, struct entity *en)
{
	struct entity best = { 0 };
	int best_rank = 0;
	bool dashes = dash(x, end), org_described = false, org_before = false;
	/* did the segment after this one open on "who"?  A person takes
	 * "who", a place does not ("the city's Cultural Quarter, Ellery,
	 * who is standing ..., said" names Ellery, no place) */
	bool who_after = false;
	/* did that segment describe someone ("a former mine safety
	 * inspector")?  A description between commas has a head before
	 * it: "in Hanmer, Kowalchuk, a former ..., said" names Kowalchuk,
	 * no place after Hanmer */
	bool role_after = false, role_here = false;
	for (int seg = 0; seg < 6; seg++) {
		role_after = role_here;
		role_here = false;
		size_t i = end;
		/* quote marks inside a segment are its own ("star of the show
		 * \"The Apprentice,\""): only commas, dashes, colons part them */
		/* "which owns about 7% of its shares": a sign inside a figure
		 * parts nothing */
		while (i > 0 && end - i < 40) {
			if (dashes ? dash(x, i - 1) : (boundary(x, i - 1) && !quote_mark(x, i - 1) &&
						       !figure_sign(x, i - 1)))
				break;
			i--;
		}
		while (dashes && i > 0 && dash(x, i - 1) && i < end && dash(x, i))
			i--;
		/* "Still, Petrilli, who ...,": after an opening word or
		 * phrase the chain's head opens the clause */
		bool at_start = i == 0 || !(punct(x, i - 1, ',') || dash(x, i - 1)) ||
				(punct(x, i - 1, ',') &&
				 (opening_phrase(x, i - 1) || (i == 2 && has(x, 0, G_NONNAME | G_ADVERB))));
		/* "...,'' Robert Shrum, a strategist, said": a quotation closes
		 * before the chain; what comes before it is the quote */
		if (i < end && quote_mark(x, i) && !at_start) {
			at_start = true;
			i++;
		}
		/* "But Murshed Zaheed, ...": the conjunction is no part of it */
		if (i + 1 < end && has(x, i, G_CONJUNCTION) && !punct(x, i, '&'))
			i++;
		/* "Even Lindsey Graham, who ...": the adverb, not the name */
		if (i + 1 < end && at_start && has(x, i, G_NONNAME) && x->t[i].upper &&
		    !has(x, i, G_PREPOSITION | G_SUBORDINATOR | G_DETERMINER | G_PRONOUN | G_RELATIVE) &&
		    x->t[i + 1].upper)
			i++;
		/* "In addition to Mr. Regalado,", "Still,", "Of Carson,": an
		 * opening phrase, not the head of the chain */
		/* ("Shortly after the crash,": an adverb opening a phrase
		 * of time or place) */
		bool adverbial = i < end && (has(x, i, G_PREPOSITION | G_SUBORDINATOR) ||
					     (has(x, i, G_NONNAME) && !has(x, i, G_DETERMINER | G_PRONOUN)) ||
					     (has(x, i, G_ADVERB) && i + 1 < end && has(x, i + 1, G_PREPOSITION))) &&
				 !has(x, i, G_RELATIVE);
		if (adverbial && at_start)
			break;
		/* "Berea, OH, after winning Ohio, Gov. John Kasich, said": a
		 * name found, an adverbial phrase closes the chain */
		if (adverbial && best_rank >= 4)
			break;
		/* "based in Portland, Oregon,": a lone capitalised word after
		 * a capitalised word and a comma ends a place's name */
		bool place_tail = end - i == 1 && x->t[i].upper && i >= 2 && punct(x, i - 1, ',') &&
				  x->t[i - 2].upper && x->t[i - 2].kind == TOK_WORD &&
				  !has(x, i - 2, G_NONNAME | G_TIME) && !((who_after || role_after) && best_rank == 0);
		/* "Liam Thorpe, 31, of Keighley, West Yorkshire, denies": the
		 * capitals after "of Keighley," go on the place */
		if (!place_tail && end - i <= 3 && i >= 3 && np_all_upper(x, i, end) && punct(x, i - 1, ',') &&
		    x->t[i - 2].upper && x->t[i - 2].kind == TOK_WORD) {
			size_t ps = i - 2;
			while (ps > 0 && x->t[ps - 1].upper && x->t[ps - 1].kind == TOK_WORD)
				ps--;
			place_tail = ps > 0 && has(x, ps - 1, G_LOCATIVE | G_PREPOSITION) &&
				     !has(x, ps - 1, G_CLAUSAL) && (ps == 1 || punct(x, ps - 2, ','));
		}
		/* "Speaking on Morning Ireland, the minister said", "Asked
		 * about the deal, Smith said": a participle opening the
		 * sentence is an adverbial, its object no speaker */
		if (at_start && i == 0 && i < end && x->t[i].kind == TOK_WORD && x->cu[i] &&
		    (ends(x, i, "ing", 4) || ends(x, i, "ed", 3)) && best_rank > 0)
			break;
		/* "The KM Nusa Indah, which ..., had 97 people on board, the
		 * head of the rescue office, Muhammad Arif Saleh, told": a
		 * segment opening on a verb is the sentence's predicate; the
		 * chain of who speaks ends after it */
		if (i < end && best_rank > 0 && !x->t[i].upper && has(x, i, G_AUX) && !has(x, i, G_RELATIVE))
			break;
		bool relative = i < end && (has(x, i, G_RELATIVE) || adverbial || place_tail);
		bool modifier = !relative && i < end && !x->t[i].upper &&
				(ends(x, i, "ed", 3) || ends(x, i, "ing", 3)) && !described_name(x, i, end);
		if (i < end && !relative && !modifier) {
			struct entity cand;
			/* "An engineer who worked on the system, speaking on
			 * condition of anonymity, said": the chain's head opens
			 * on its noun and a relative clause without commas */
			/* ("Waiting Well, a charity that supports families,
			 * said": a description's head comes before its
			 * relative clause too) */
			size_t cend = end;
			for (size_t k = i + 1; k < end; k++)
				if ((at_start ? word_is(x, k, "who") || word_is(x, k, "whose")
					      : word_is(x, k, "that") || word_is(x, k, "which")) &&
				    x->t[k - 1].kind == TOK_WORD && !x->t[k - 1].upper) {
					cend = k;
					break;
				}
			size_t e2, s2 = np_last(x, i, cend, &e2);
			if (np_all_upper(x, i, cend))
				s2 = i, e2 = cend;
			/* "Darran Whiting of Liberty Baptist Church in Marion", "the
			 * envoy in Geneva": the head comes before the phrases that
			 * follow it */
			/* ("The pound gained after Mallory, ..., said": "after"
			 * opens a clause of its own, whose subject speaks) */
			for (int pp = 0; pp < 4 && s2 > i + 1 && s2 < e2 && has(x, s2 - 1, G_PREPOSITION) &&
					 !has(x, s2 - 1, G_CLAUSAL | G_SUBORDINATOR); pp++) {
				/* "a conservation group based in Portland", "a man
				 * travelling to Palma": the head before the
				 * participle that places it */
				size_t pt = s2 - 2, to = s2 - 1;
				if (pt > i && !x->t[pt].upper && (ends(x, pt, "ed", 4) || ends(x, pt, "ing", 5)) &&
				    !x->cu[pt])
					to = pt;
				size_t e3, s3 = np_last(x, i, to, &e3);
				if (s3 >= e3 || e3 != to)
					break;
				s2 = s3, e2 = e3;
			}
			/* "One pastor supporting Mr. Cruz": the name is the
			 * participle's object, not the head */
			if (s2 > i && !x->t[s2 - 1].upper && ends(x, s2 - 1, "ing", 5))
				s2 = e2;
			/* "Two diplomats involved in drafting the text, who ...":
			 * the head opens the chain when a participle's object
			 * ends it */
			if (s2 >= e2 && at_start && best_rank == 0 && np_first(x, i, cend) > i) {
				s2 = i;
				e2 = cend;
			}
			if (s2 < e2) {
				x->subject = true;
				np_classify(x, s2, e2, &cand);
				x->subject = false;
				/* "Harwell's, Britain's sixth-largest grocer,": a
				 * name that ends as a possessive heads the chain */
				if (cand.kind == ENT_NONE && at_start && e2 == end && seg > 0)
					possessive_name(x, s2, e2, &cand);
				if (cand.kind == ENT_NONE && at_start)
					np_generic(x, s2, e2, (u->cls & CUE_TEXT) ? NPG_TEXT : NPG_SPEAKER, &cand);
				/* "officers who have worked at Patchway": an
				 * unnamed group is named with the clause that
				 * tells them apart */
				if (cand.kind == ENT_UNNAMED && cand.name && cend < end && end - cend <= 7)
					cand.name = name_and_words(x, cand.name, cend, end);
				int r = rank(&cand, at_start);
				role_here = cand.kind == ENT_ROLE || cand.kind == ENT_UNNAMED;
				/* "Sentrel, a London threat-intelligence firm,": a
				 * name that an organisation's description follows
				 * is the organisation's */
				if (cand.kind == ENT_PERSON && org_described && r >= best_rank) {
					cand.kind = ENT_ORG;
					cand.type = SRC_ORGANIZATION;
				}
				org_described |= cand.kind == ENT_ORG && s2 == i && !x->t[s2].upper;
				/* ("Kranjc's team, Adria Sport", "the union,
				 * Prospect": a body's noun that someone owns or
				 * "the" points to names the body beside it; "a
				 * campaign group that ..." may describe another) */
				unsigned head_cls = lex_class(&x->r->orgs, x->t[e2 - 1].low);
				bool pointed = has(x, s2, G_DEFINITE) || ends(x, s2, "'s", 2) ||
					       ends(x, s2, "\xE2\x80\x99s", 4);
				org_before |= (cand.kind == ENT_ORG || cand.kind == ENT_GROUPREF) && !x->t[e2 - 1].upper &&
					      ((head_cls & ORG_BUSINESS) || ((head_cls & ORG_HEADS) && pointed));
				if (r > 0 && r >= best_rank) {
					best = cand;
					best_rank = r;
				} else if (seg == 0 && best_rank == 0 &&
					   (cand.kind == ENT_ROLE || cand.kind == ENT_UNNAMED)) {
					best = cand;
				}
			}
		}
		if (at_start || i == 0)
			break;
		who_after = i < end && word_is(x, i, "who");
		end = i - 1;
		dashes = dash(x, end);
	}
	/* "The mine's operator, Saryarka Komir, said": a name that no known
	 * first name opens, described as a body, is the body's */
	if (best.kind == ENT_PERSON && org_before && best.name && !rules_opens_on_first_name(x->r, best.name)) {
		best.kind = ENT_ORG;
		best.type = SRC_ORGANIZATION;
	}
	*en = best;
	return en->kind != ENT_NONE;
}

/* The token a mention starts at (sentence offset `ms`): the first
 * one that does not start before it. */
static size_t token_at(const struct ctx *x, size_t ms)
{
	size_t lo, hi;
	np_tokens(x, ms, ms, &lo, &hi);
	return lo;
}

/* "Most climate scientists", "many Republicans": a group counted only
 * by a vague quantifier */
static bool vague_group(const struct ctx *x, const struct entity *en)
{
	size_t f = token_at(x, en->ms);
	return f < x->nt && has(x, f, G_QUANTIFIER) && !has(x, f, G_NUMBER) &&
	       !word_is(x, f, "both") && !word_is(x, f, "all");
}

/* "by saying", "upon calling", "after noting": a participle in an
 * adverbial phrase, said by the subject of the clause it hangs on. */
static bool adverbial_participle(const struct ctx *x, size_t a)
{
	return word_is(x, a, "by") || word_is(x, a, "upon") ||
	       (has(x, a, G_SUBORDINATOR) && !has(x, a, G_CLAUSAL) && !word_is(x, a, "as") &&
		!word_is(x, a, "if") && !word_is(x, a, "since"));
}

/* "was warned 16 months before it told regulators", "shares fell after
 * Smith told investors": a cue in a clause that a subordinator hangs on
 * the sentence, with nothing it reports after it, tells when the main
 * clause happened; it does not source it.  ("after the company said it
 * had found a leak" reports, and stays.) */
static bool subordinate_act(const struct ctx *x, size_t first, size_t k)
{
	if (first < 2 || !has(x, first - 1, G_SUBORDINATOR) || has(x, first - 1, G_CLAUSAL) ||
	    word_is(x, first - 1, "as") || punct(x, first - 2, ','))
		return false;
	size_t n = 0;
	for (size_t j = k; j < x->nt && !punct(x, j, '.'); j++, n++)
		if (quote_mark(x, j) || punct(x, j, ':') || punct(x, j, ',') ||
		    has(x, j, G_CLAUSAL | G_SUBORDINATOR) || x->cu[j] || n >= 6)
			return false;
	return true;
}

/* "quoted the ministry as saying", "cited officials as warning": "as" and
 * a cue's participle after the object, before the clause ends. */
static bool quoted_as(const struct ctx *x, size_t k)
{
	/* (an appositive between: "quoted Cllr Dawn Maitland, the
	 * council's housing lead, as saying") */
	for (size_t j = k; j + 1 < x->nt && j < k + 24 && (!is_punct(x, j) || punct(x, j, ',')); j++)
		if (word_is(x, j, "as") && x->cu[j + 1] && ends(x, j + 1, "ing", 4))
			return true;
	return false;
}

/* An unnamed group's name with the words of tokens [s, e) after it
 * ("teacher" and "in Nottingham"). */
static char *name_and_words(const struct ctx *x, const char *name, size_t s, size_t e)
{
	return arena_printf(x->tmp, "%s %.*s", name, (int)(x->t[e - 1].e - x->t[s].s), x->s + x->t[s].s);
}

/* "observers on social media", "residents on Facebook": a phrase that
 * names where they spoke (rules/channels.txt), not who they are */
static bool channel_within(const struct ctx *x, size_t s, size_t e)
{
	char two[128];
	for (size_t i = s; i < e; i++) {
		if (lex_get(&x->r->channels, x->t[i].low))
			return true;
		/* "social media": a channel of two words */
		if (i + 1 < e && snprintf(two, sizeof(two), "%s %s", x->t[i].low, x->t[i + 1].low) <
					 (int)sizeof(two) &&
		    lex_get(&x->r->channels, two))
			return true;
	}
	return false;
}

/* Do tokens [s, e), after an unnamed group's head, tell who they are
 * ("buyers in San Pedro", "a woman living in Zhabinka", "an adviser to
 * the minister")?  Not a channel, nor a bare noun ("analysts on
 * average"); after a role, neither a participle nor the place an
 * official stood ("a diplomat in Almaty", "an official in the town":
 * the role is who they are, an army or a ministry still tells). */
static bool placing_words(const struct ctx *x, const struct entity *head, size_t s, size_t e)
{
	if (channel_within(x, s, e))
		return false;
	size_t p = s;
	while (p < e && !has(x, p, G_PREPOSITION))
		p++;
	if (p + 1 >= e || !(x->t[p + 1].upper || has(x, p + 1, G_DETERMINER | G_QUANTIFIER)))
		return false;
	if (!head->role || !lex_get(&x->r->roles, head->role))
		return true;
	unsigned last = lex_class(&x->r->orgs, x->t[e - 1].low);
	if (p != s || (last & ORG_PLACE))
		return false;
	return !x->t[e - 1].upper || (last & ORG_HEADS);
}

/* The subject of the clause that holds token i: its first noun phrase,
 * after an opening phrase ("On Monday,", "In a statement,"). */
static bool subject_before(struct ctx *x, size_t g, const struct cue_use *u, struct entity *en);

static bool fits(const struct entity *en, const struct cue_use *u);

/* "The slide began after the No campaign launched in January, arguing
 * that ...": the participle after a subordinate clause is its
 * subject's, the nearest clause's, when that subject can speak */
static bool subordinate_subject(struct ctx *x, size_t i, const struct cue_use *u, struct entity *en)
{
	size_t r = i;
	while (r > 0 && !is_punct(x, r - 1) && !has(x, r - 1, G_SUBORDINATOR))
		r--;
	if (r == 0 || is_punct(x, r - 1) || has(x, r - 1, G_RELATIVE) || r >= i)
		return false;
	size_t e = np_first(x, r, i);
	/* a clause: its subject, then a verb before the comma */
	if (e <= r || e >= i || is_punct(x, e) || has(x, e, G_PREPOSITION))
		return false;
	struct entity cand;
	subject_np(x, r, e, u, &cand);
	if (cand.kind == ENT_NONE || cand.kind == ENT_PRONOUN || !fits(&cand, u))
		return false;
	*en = cand;
	return true;
}

/* "Shares fell 14% after the robot maker cut its forecast and said": a
 * clause the subordinator at r opened before the conjunction at i has a
 * subject of its own when a cue follows it there, the noun phrase
 * between them; found, it is the conjoined cue's too. */
static bool clause_opened(struct ctx *x, size_t r, size_t i, const struct cue_use *u,
			  struct entity *en)
{
	if (!has(x, r, G_SUBORDINATOR) || has(x, r, G_RELATIVE | G_CLAUSAL))
		return false;
	size_t k = r + 2;
	while (k < i && !x->cu[k])
		k++;
	size_t e, s = k < i ? np_last(x, r + 1, k, &e) : i;
	if (k >= i || s != r + 1 || e != k)
		return false;
	return named_subject(x, s, e, u, en);
}

static bool clause_subject(struct ctx *x, size_t i, const struct cue_use *u, struct entity *en)
{
	size_t start = i;
	while (start > 0 && !punct(x, start - 1, ';') && !punct(x, start - 1, ':'))
		start--;
	/* "Then he cut into Bush, calling him": an adverb opens the clause */
	while (start + 1 < i && (has(x, start, G_ADVERB | G_CONJUNCTION) || punct(x, start, ',')) &&
	       !has(x, start, G_DETERMINER | G_PRONOUN | G_SUBORDINATOR | G_PREPOSITION))
		start++; /* "However, Adelson met ... and declared" */
	for (int guard = 0; guard < 3 && start < i; guard++) {
		/* an opening phrase ends at its comma */
		/* "Speaking to reporters, ..." opens; "Protest organisers" does not */
		/* "Asked whether a deal was near, he said": so does a
		 * participle of speech in the past */
		bool cue_opening = x->cu[start] && (ends(x, start, "ing", 4) ||
						   (start == 0 && ends(x, start, "ed", 3)));
		if (!(x->g[start] & (G_PREPOSITION | G_SUBORDINATOR | G_TIME)) && !cue_opening)
			break;
		size_t c = start;
		while (c < i && !punct(x, c, ','))
			c++;
		if (c >= i)
			break;
		start = c + 1;
	}
	if (start >= i)
		return false;
	/* "demonstrators, who have taken to the streets and called for":
	 * inside a relative clause the relative is the subject */
	for (size_t r = i; r-- > start + 1;) {
		/* "which she was doing when police located her and told":
		 * another clause opened since */
		if (punct(x, r, ',') || (has(x, r, G_SUBORDINATOR | G_CLAUSAL) && !has(x, r, G_RELATIVE))) {
			if (clause_opened(x, r, i, u, en))
				return true;
			break;
		}
		if (has(x, r, G_RELATIVE) && !word_is(x, r, "that") && punct(x, r - 1, ','))
			return subject_before(x, r + 1, u, en);
	}
	/* "I stood ... and told them": the writer, or a turn's speaker
	 * whom its label names, never a name of its own */
	if (has(x, start, G_PERSON) && !has(x, start, G_DETERMINER))
		return false;
	if (has(x, start, G_PRONOUN) && x->t[start].kind == TOK_WORD) {
		pronoun_entity(x, start, x->t[start].low, en);
		return true;
	}
	const char *cp = contracted_pronoun(x, start);
	if (cp) {
		pronoun_entity(x, start, cp, en);
		return true;
	}
	size_t e = np_first(x, start, i);
	/* "Sanders went first at the town hall, predicting", "The Reserve
	 * Bank of New Zealand cut its rate ... and said": a name opening the
	 * clause ends where its capitals end */
	size_t nm = start;
	if (has(x, nm, G_DEFINITE) && nm + 1 < e && x->t[nm + 1].upper)
		nm++;
	if (x->t[nm].upper && !has(x, nm, G_DETERMINER)) {
		size_t n = nm + 1;
		while (n < e && (x->t[n].upper || punct(x, n, '.') || possessive_mark(x, n) ||
				 (has(x, n, G_CONNECTOR) && n + 1 < e && x->t[n + 1].upper)))
			n++; /* "Reserve Bank of New Zealand" */
		/* "Egypt's foreign ministry welcomed ... and urged": whose
		 * body it is goes on to the body (not to a role: "the
		 * Parliament's lead negotiator on the law, Brando Ferrante") */
		bool owner = false;
		if (possessive_mark(x, n - 1) || ends(x, n - 1, "'s", 3) ||
		    ends(x, n - 1, "\xE2\x80\x99s", 5))
			for (size_t b = n; b < e && !lex_get(&x->r->roles, x->t[b].low); b++)
				owner |= lex_get(&x->r->orgs, x->t[b].low) ||
					 lex_get(&x->r->documents, x->t[b].low);
		/* "Former England seamer Dom Halloway": a name after the
		 * words that describe its owner */
		for (size_t b = n; b < e && !owner; b++)
			owner = x->t[b].upper && b + 1 < e && x->t[b + 1].upper;
		if (n < e && !owner && !x->t[n].upper && !lex_get(&x->r->roles, x->t[n].low) &&
		    !lex_get(&x->r->orgs, x->t[n].low) && !lex_get(&x->r->unnamed, x->t[n].low) &&
		    !lex_get(&x->r->documents, x->t[n].low) && !has(x, n, G_MEDIA | G_CONNECTOR))
			e = n;
	}
	/* "The researchers used a model and found": the first verb of
	 * the clause ends its subject, which a participle would go on */
	if (has(x, i, G_CONJUNCTION) && e > start + 1 && e < i && !x->t[e - 1].upper &&
	    ends(x, e - 1, "ed", 3) && !(x->cu[e - 1] && noun_form(x, e - 1)) && !has(x, e - 2, G_DETERMINER))
		e--;
	if (e <= start)
		return false;
	x->subject = true;
	np_classify(x, start, e, en);
	x->subject = false;
	if (en->kind == ENT_NONE)
		np_generic(x, start, e, (u->cls & CUE_TEXT) ? NPG_TEXT : NPG_SPEAKER, en);
	/* "Rinaldi's lawyer, Francesca Morandi, said ... and accused": the
	 * name between commas is who the description is */
	/* ("Her neighbour, retired engineer Derek Lowe, spoke ...,
	 * warning": a short description in lower case before the name) */
	if ((en->kind == ENT_UNNAMED || en->kind == ENT_ROLE || en->kind == ENT_GROUPREF) && e + 2 < i &&
	    punct(x, e, ',')) {
		size_t n = np_first(x, e + 1, i), ns = e + 1;
		if (n > e + 1 && n < i && punct(x, n, ',') && !x->t[ns].upper && described_name(x, ns, n))
			while (!x->t[ns].upper)
				ns++;
		struct entity name;
		if (n > e + 1 && n < i && punct(x, n, ',') && x->t[ns].upper) {
			x->subject = true;
			np_classify(x, ns, n, &name);
			x->subject = false;
			if (name.kind == ENT_PERSON)
				*en = name;
		}
	}
	return en->kind != ENT_NONE;
}

/* "identified only as", "described as": the phrase after "as" tells
 * what the subject before the participle is */
static bool described_as(const struct ctx *x, size_t a)
{
	if (!word_is(x, a, "as") || a < 2)
		return false;
	size_t p = has(x, a - 1, G_ADVERB) ? a - 2 : a - 1;
	return !x->t[p].upper && ends(x, p, "ed", 5) && p > 0 && x->t[p - 1].kind == TOK_WORD;
}

/* Is the noun phrase at s a place ending an appositive ("from
 * Manchester", "from Englewood, New Jersey")?  "who" after it is said of
 * a person named before, never of the place. */
static bool place_before_who(const struct ctx *x, size_t s)
{
	if (s == 0 || !x->t[s].upper)
		return false;
	if (has(x, s - 1, G_PREPOSITION))
		return word_is(x, s - 1, "from") || word_is(x, s - 1, "in");
	if (s < 3 || !punct(x, s - 1, ','))
		return false;
	size_t e2, s2 = np_last(x, 0, s - 1, &e2);
	return s2 < e2 && e2 == s - 1 && e2 - s2 <= 2 && place_before_who(x, s2);
}

/* The person an appositive chain before a place starts with: "Alan
 * Berger, a gynecologist from Englewood, New Jersey, who" is Berger.
 * Each comma's phrase is short and states nothing (no verb, no cue). */
static bool person_before_place(struct ctx *x, size_t s, const struct cue_use *u, struct entity *en)
{
	for (int seg = 0; seg < 4 && s > 1; seg++) {
		size_t c = s;
		while (c > 0 && s - c < 10 && !is_punct(x, c - 1)) {
			if (x->cu[c - 1] || has(x, c - 1, G_AUX | G_RELATIVE | G_TIME))
				return false;
			c--;
		}
		if (c == 0 || !punct(x, c - 1, ','))
			return false;
		/* "Nicky Driscoll, 24, from Manchester": an age between */
		if (c > 2 && x->t[c - 2].kind == TOK_NUM && (c == 3 || punct(x, c - 3, ','))) {
			s = c - 2;
			continue;
		}
		size_t e2, s2 = np_last(x, 0, c - 1, &e2);
		if (s2 >= e2 || e2 != c - 1)
			return false;
		/* "Alan Berger, a gynecologist from ...": a phrase that
		 * describes follows the person's name, whatever word came
		 * before it ("a question from Alan Berger") */
		bool describes = x->t[c].kind == TOK_WORD && !x->t[c].upper &&
				 !has(x, c, G_PREPOSITION);
		if (describes || !place_before_who(x, s2)) {
			subject_np(x, s2, e2, u, en);
			return en->kind == ENT_PERSON;
		}
		s = s2;
	}
	return false;
}

/* A restrictive relative clause before the verb: "the man who lives
 * nearby said", "officials who spoke on condition of anonymity said". */
static bool relative_antecedent(struct ctx *x, size_t s, const struct cue_use *u, struct entity *en)
{
	for (size_t r = s; r-- > 0 && s - r < 24;) {
		if (boundary(x, r))
			return false;
		/* "another source speaking to Fox News said": a participle
		 * opens the clause just as "who" does */
		bool ing = ends(x, r, "ing", 5), ed = ends(x, r, "ed", 5);
		bool participle = r > 0 && !x->t[r].upper && (ing || ed) &&
				  x->t[r - 1].kind == TOK_WORD && !has(x, r - 1, G_BE | G_HAVE | G_RELATIVE) &&
				  (ing || np_speaker_noun(x, x->t[r - 1].low));
		/* "organizers of the push to boycott the speech said" */
		bool infinitive = word_is(x, r, "to") && r > 0 && r + 1 < x->nt &&
				  x->t[r + 1].kind == TOK_WORD && !x->t[r + 1].upper &&
				  !has(x, r + 1, G_DETERMINER | G_PRONOUN) && x->t[r - 1].kind == TOK_WORD &&
				  !has(x, r - 1, G_RAISING | G_BLOCKING | G_AUX);
		if ((!has(x, r, G_RELATIVE) && !participle && !infinitive) || word_is(x, r, "that") ||
		    r == 0)
			continue;
		size_t e, st = np_last(x, 0, r, &e);
		if (st >= e)
			return false;
		subject_np(x, st, e, u, en);
		/* "Democrats trying to regain control of the Senate say": an
		 * infinitive inside the clause; the head is further back */
		if (en->kind != ENT_NONE)
			return true;
	}
	return false;
}

/* Between a subject and its verb: "on Monday", "this past week",
 * "earlier", ", for example,".  Returns the token before them. */
static size_t skip_adverbials(const struct ctx *x, size_t g)
{
	for (int guard = 0; guard < 4 && g > 1; guard++) {
		size_t j = g - 1;
		/* "have for decades complained": past the phrase, the
		 * auxiliary it stood after */
		if (guard > 0 && has(x, j, G_AUX) && !x->t[j].upper) {
			g = j;
			continue;
		}
		if (has(x, j, G_TIME | G_PERIOD) && !has(x, j, G_DETERMINER) && x->t[j].kind == TOK_WORD) {
			size_t r = j;
			while (r > 0 && (has(x, r - 1, G_TIME | G_PERIOD | G_DETERMINER) ||
					 word_is(x, r - 1, "past")) && !has(x, r - 1, G_PRONOUN))
				r--;
			if (r > 0 && has(x, r - 1, G_PREPOSITION) && !has(x, r - 1, G_CLAUSAL))
				r--;
			if (r == 0 || r == j + 1)
				break;
			g = r;
			continue;
		}
		/* "have for decades complained", "has on several occasions
		 * said": a phrase between the auxiliary and its verb */
		if (x->t[j].kind == TOK_WORD && !has(x, j, G_AUX | G_PREPOSITION)) {
			size_t e2, s2 = np_last(x, 0, g, &e2);
			/* the phrase may hold its preposition ("for decades") */
			size_t prep = s2 < e2 && has(x, s2, G_PREPOSITION) ? s2 : s2 - 1;
			if (e2 == g && s2 > 0 && prep > 0 && prep + 1 < e2 && has(x, prep, G_PREPOSITION) &&
			    !has(x, prep, G_CLAUSAL) && has(x, prep - 1, G_AUX) && !x->t[prep + 1].upper) {
				g = prep;
				continue;
			}
		}
		/* ", for example," ", however," */
		if (punct(x, j, ',') && j > 2) {
			size_t r = j - 1;
			while (r > 0 && !is_punct(x, r - 1) && j - r < 4 &&
			       (has(x, r, G_ADVERB | G_PREPOSITION | G_NONNAME) || word_is(x, r, "example") ||
				word_is(x, r, "instance") || word_is(x, r, "turn")))
				r--;
			if (r > 0 && punct(x, r - 1, ',') && r < j &&
			    (has(x, r, G_ADVERB | G_NONNAME) || word_is(x, r, "for") || word_is(x, r, "in"))) {
				g = r - 1;
				continue;
			}
		}
		break;
	}
	return g;
}

/* "The Ministry of Trade, Industry and Fisheries": a list after "of"
 * inside one name, not an appositive.  Returns where the name starts. */
static size_t listed_name(const struct ctx *x, size_t s, size_t e)
{
	if (s >= x->nt || !x->t[s].upper)
		return s;
	/* a list closes on "and": "Outside the Palace of Westminster,
	 * Margaret Oyelaran said" names her, not a list of the palace's */
	bool closed = false;
	for (size_t c = s; c < e && !closed; c++)
		closed = word_is(x, c, "and") || punct(x, c, '&');
	if (!closed)
		return s;
	/* "Department for Environment, Food and Rural Affairs", "Ministry
	 * of Agriculture, Fisheries, Food Security and Nature": items of
	 * capitals between commas back to "of" or "for" after a capital */
	for (size_t j = s, items = 0; j >= 2 && punct(x, j - 1, ',') && items < 6; items++) {
		size_t k = j - 1;
		while (k > 0 && j - 1 - k < 3 && x->t[k - 1].upper && x->t[k - 1].kind == TOK_WORD)
			k--;
		if (k == j - 1 || k < 2)
			return s;
		if ((word_is(x, k - 1, "of") || word_is(x, k - 1, "for")) && x->t[k - 2].upper) {
			size_t e2, s2 = np_last(x, 0, j - 1, &e2);
			return s2 < e2 && e2 == j - 1 ? s2 : s;
		}
		j = k;
	}
	return s;
}

/* "Federal and state officials": two modifiers of one head are one group,
 * not a speaker called "Federal" beside state officials. Returns where the
 * phrase [s, e) really starts. */
static size_t modifier_pair(const struct ctx *x, size_t s, size_t e)
{
	if (s < 2 || e < s + 2 || !has(x, s, G_MODIFIER) || !word_is(x, s - 1, "and"))
		return s;
	size_t m = s - 2;
	if (x->t[m].kind != TOK_WORD || !has(x, m, G_MODIFIER))
		return s;
	if (m > 0 && !boundary(x, m - 1) &&
	    !has(x, m - 1, G_DETERMINER | G_CONJUNCTION | G_SUBORDINATOR | G_CLAUSAL))
		return s;
	return m > 0 && has(x, m - 1, G_DETERMINER) ? m - 1 : m;
}

/* Does a verb of the clause stand in tokens [s, e) ("the review that
 * ministers themselves commissioned": "commissioned")? */
static bool own_verb(const struct ctx *x, size_t s, size_t e)
{
	for (size_t k = s; k < e; k++)
		if ((!x->t[k].upper && ends(x, k, "ed", 4)) || x->cu[k])
			return true;
	return false;
}

/* An entity named by the words of tokens [s, e) as they are written. */
static void span_entity(const struct ctx *x, size_t s, size_t e, enum ent_kind kind, enum source_type type,
			struct entity *en)
{
	memset(en, 0, sizeof(*en));
	en->kind = kind;
	en->type = type;
	en->name = str_fold(x->tmp, x->s + x->t[s].s, x->t[e - 1].e - x->t[s].s);
	en->ms = x->t[s].s;
	en->me = x->t[e - 1].e;
}

/* "Moody's said", "St. Brendan's said it was": a name that ends as a
 * possessive but speaks (verb_here let it) is a company's or a place's
 * name, written whole. */
static void possessive_name(const struct ctx *x, size_t s, size_t e, struct entity *en)
{
	size_t l = strlen(x->t[e - 1].low);
	if (l < 3 || x->t[e - 1].low[l - 2] != '\'' || x->t[e - 1].low[l - 1] != 's')
		return;
	for (size_t i = s; i < e; i++)
		if (!x->t[i].upper && !punct(x, i, '.'))
			return;
	span_entity(x, s, e, ENT_ORG, SRC_ORGANIZATION, en);
}

/* "the leaders of Denmark, Estonia, Norway and Sweden said": names
 * listed after "of" and a word for who speaks ([s, e): the phrase
 * before the verb, the list's end); the word speaks, not the last
 * names of the list. */
static bool listed_after_of(struct ctx *x, size_t s, size_t e, const struct cue_use *u, struct entity *en)
{
	/* a list ends on "and": "A defender of RT America, Mr. Schultz" is
	 * an appositive before the name */
	bool closed = false;
	for (size_t c = s; c < e && !closed; c++)
		closed = word_is(x, c, "and") || word_is(x, c, "or");
	if (!closed)
		return false;
	size_t k = s, commas = 0;
	while (k > 2 && punct(x, k - 1, ',') && x->t[k - 2].upper && x->t[k - 2].kind == TOK_WORD) {
		k -= 1;
		while (k > 0 && x->t[k - 1].upper && x->t[k - 1].kind == TOK_WORD)
			k--;
		commas++;
	}
	if (!commas || k < 2 || !word_is(x, k - 1, "of") || x->t[k - 2].kind != TOK_WORD ||
	    x->t[k - 2].upper || !np_speaker_noun(x, x->t[k - 2].low))
		return false;
	size_t e2, s2 = np_last(x, 0, k - 1, &e2);
	if (s2 >= e2 || e2 != k - 1)
		return false;
	return named_subject(x, s2, e2, u, en);
}

/* The subject of a verb group starting at g, when it comes before it. */
/* "Experts on trade and tariffs said": the phrase at s after a
 * preposition may join two; where the first of them starts, the head
 * being before them both, or s ("the AP's questions and Gates said"
 * joins two clauses). */
static size_t joined_after_preposition(const struct ctx *x, size_t s)
{
	if (s <= 2 || !has(x, s - 1, G_CONJUNCTION) || x->t[s - 1].upper || punct(x, s - 1, '&') ||
	    x->t[s].upper)
		return s;
	size_t e, f = np_last(x, 0, s - 1, &e);
	if (f > 1 && f < e && e == s - 1 && has(x, f - 1, G_PREPOSITION) &&
	    !has(x, f - 1, G_CLAUSAL | G_SUBORDINATOR))
		return f;
	return s;
}

/* "change the way they report their income": a pronoun right after an
 * article and a plain noun opens a relative clause without "that",
 * whose verb (at g) has an object of its own; it tells of the noun, not
 * who the claim's words are.  "a change he said was Tait's idea" is
 * his word on the change; "at the hearing she said" is a time before
 * the subject. */
static bool zero_relative(const struct ctx *x, size_t j, size_t g)
{
	const uint64_t function = G_PREPOSITION | G_CONJUNCTION | G_CLAUSAL | G_SUBORDINATOR | G_AUX |
				  G_ADVERB | G_RELATIVE | G_NEGATION | G_MODAL | G_TIME | G_PRONOUN |
				  G_DETERMINER;
	if (j < 2 || x->t[j - 1].kind != TOK_WORD || x->t[j - 1].upper || x->cu[j - 1] ||
	    has(x, j - 1, function) || !(word_is(x, j - 2, "the") || word_is(x, j - 2, "a") ||
					 word_is(x, j - 2, "an")))
		return false;
	if (g + 1 >= x->nt || !has(x, g + 1, G_DETERMINER | G_PRONOUN))
		return false;
	return j == 2 || !has(x, j - 3, G_PREPOSITION);
}

static bool subject_before(struct ctx *x, size_t g, const struct cue_use *u, struct entity *en)
{
	memset(en, 0, sizeof(*en));
	if (g == 0)
		return false;
	size_t cue = g;
	g = skip_adverbials(x, g);
	size_t j = g - 1;
	const char *cp = contracted_pronoun(x, j);
	if (cp) {
		pronoun_entity(x, j, cp, en);
		return true;
	}
	if (has(x, j, G_PERSON) || has(x, j, G_SPEAKERLESS))
		return false;
	if (has(x, j, G_PRONOUN) && x->t[j].kind == TOK_WORD && !has(x, j, G_RELATIVE)) {
		if (zero_relative(x, j, cue))
			return false;
		pronoun_entity(x, j, x->t[j].low, en);
		return true;
	}
	if (has(x, j, G_RELATIVE) && !word_is(x, j, "that")) {
		/* "Okafor, who said": the antecedent */
		size_t a = j;
		if (a > 0 && punct(x, a - 1, ','))
			a--;
		if (a == 0)
			return false;
		/* "Sen. Harlan Boyd, R-Okla., who", "Okafor, the envoy, who":
		 * a person named before an appositive that names no one */
		size_t c = a;
		while (c > 0 && a - c < 12 && !punct(x, c - 1, ',') &&
		       !(is_punct(x, c - 1) && !punct(x, c - 1, '.') && !dash(x, c - 1)))
			c--;
		/* the appositive is a short phrase: no verb, no preposition
		 * ("R-Okla.", "the envoy", not "is part of the mission") */
		/* ("a regional officer for the Unite union": a phrase an
		 * article opens may hold a preposition) */
		/* (so may one a role opens: "Mark Deluca, chief executive of
		 * the Queensland Retail Traders Council, who") */
		bool described = c < a && (has(x, c, G_DETERMINER) || lex_get(&x->r->roles, x->t[c].low) ||
					   (c + 1 < a && lex_get(&x->r->roles, x->t[c + 1].low)));
		bool short_phrase = c < a && a - c <= (described ? 10u : 6u);
		for (size_t k = c; k < a && short_phrase; k++)
			short_phrase = !has(x, k, G_AUX | G_RELATIVE | G_TIME) && !x->cu[k] &&
				       (described || !has(x, k, G_PREPOSITION));
		if (c > 1 && punct(x, c - 1, ',') && short_phrase) {
			struct entity ap, nm;
			subject_np(x, c, a, u, &ap);
			size_t e3, s3 = np_last(x, 0, c - 1, &e3);
			if (ap.kind != ENT_PERSON && s3 < e3 && e3 == c - 1) {
				subject_np(x, s3, e3, u, &nm);
				if (nm.kind == ENT_PERSON) {
					*en = nm;
					en->ms = x->t[j].s;
					en->me = x->t[j].e;
					return true;
				}
			}
		}
		size_t e, s = np_last(x, 0, a, &e);
		if (s >= e)
			return false;
		if (place_before_who(x, s) && person_before_place(x, s, u, en)) {
			en->ms = x->t[j].s;
			en->me = x->t[j].e;
			return true;
		}
		/* "A former director of personnel at one council, who": the
		 * head before the phrases that follow it */
		bool headed = false;
		/* "belongs to the navy, which": after "to" the phrase is the
		 * verb's object, the antecedent itself ("an adviser to the
		 * minister, who" is the adviser) */
		for (int pp = 0; pp < 3 && s > 1 && has(x, s - 1, G_PREPOSITION) &&
				 !has(x, s - 1, G_CLAUSAL | G_SUBORDINATOR) &&
				 !(word_is(x, s - 1, "to") && !has(x, s - 2, G_RELATIONAL)); pp++) {
			size_t e2, s2 = np_last(x, 0, s - 1, &e2);
			if (s2 >= e2 || e2 != s - 1)
				break;
			/* "the exchange came with Harlan Boyd, who": a head
			 * ends in a name or a word for who speaks, not a verb */
			if (!x->t[e2 - 1].upper && !np_speaker_noun(x, x->t[e2 - 1].low))
				break;
			struct entity head;
			subject_np(x, s2, e2, u, &head);
			if (head.kind == ENT_NONE || head.kind == ENT_PRONOUN)
				break;
			*en = head;
			headed = true;
			s = s2;
		}
		if (!headed)
			subject_np(x, s, e, u, en);
		if (en->kind == ENT_PRONOUN && strcmp(en->name, "it"))
			return false;
		/* the words naming it here are "who"; the name is the antecedent's */
		en->ms = x->t[j].s;
		en->me = x->t[j].e;
		return en->kind != ENT_NONE;
	}
	if (has(x, j, G_CONJUNCTION) && !punct(x, j, '&'))
		return clause_subject(x, j, u, en); /* "thanked voters and said" */
	if (punct(x, j, ',') || dash(x, j))
		return clause_appositive(x, j, u, en);
	/* "... star of the show \"The Apprentice,\" said": a quoted title
	 * closing an appositive */
	if (quote_mark(x, j) && j > 1 && punct(x, j - 1, ',')) {
		/* a title is a few words; a quotation is someone's words, and
		 * whoever is named inside it is not the speaker */
		size_t q = j - 1;
		while (q > 0 && !quote_mark(x, q - 1))
			q--;
		if (q == 0 || j - q > 7)
			return false;
		for (size_t k = q; k < j; k++)
			if (has(x, k, G_AUX | G_PERSON | G_PRONOUN) || x->cu[k])
				return false;
		return clause_appositive(x, j - 1, u, en);
	}
	if (is_punct(x, j) && !punct(x, j, ')') && !punct(x, j, '.'))
		return false;
	/* "Another said", "Some say": a group word standing alone; "some"
	 * and "many" are weasel words (rules/unnamed.txt, class vague),
	 * "another", "one" and "both" members of the group named before,
	 * whom the resolver finds */
	if (has(x, j, G_QUANTIFIER | G_DETERMINER) &&
	    (!has(x, j, G_DEFINITE | G_NUMBER) || (j == 0 && x->t[j].upper && has(x, j, G_QUANTIFIER))) &&
	    (j == 0 || boundary(x, j - 1) || has(x, j - 1, G_CONJUNCTION | G_ADVERB)) &&
	    !word_is(x, j, "a") && !word_is(x, j, "an") && !word_is(x, j, "no")) {
		memset(en, 0, sizeof(*en));
		en->vague = (lex_class(&x->r->unnamed, x->t[j].low) & UNNAMED_VAGUE) != 0;
		en->kind = en->vague ? ENT_UNNAMED : ENT_PRONOUN;
		en->type = SRC_UNNAMED;
		en->name = x->t[j].low;
		en->ms = x->t[j].s;
		en->me = x->t[j].e;
		return true;
	}
	/* "the former staff we spoke to said", "officials I talked with
	 * say": a relative clause without "that", its pronoun subject after
	 * the head, its verb and a stranded preposition */
	if (stranded_preposition(x, j)) {
		size_t e, s = np_last(x, 0, j - 2, &e);
		if (s < e && e == j - 2) {
			subject_np(x, s, e, u, en);
			if (en->kind != ENT_NONE && en->kind != ENT_PRONOUN)
				return true;
		}
		memset(en, 0, sizeof(*en));
	}
	/* "a nurse who treated him said": a relative clause ends in its
	 * object */
	if (has(x, j, G_OBJECT) && !has(x, j, G_PRONOUN) && j > 0 && !boundary(x, j - 1) &&
	    relative_antecedent(x, j, u, en))
		return true;
	size_t e, s = np_last(x, 0, j + 1, &e);
	if (s >= e) {
		return poll_share(x, 0, j + 1, en);
	}
	if (listed_after_of(x, s, e, u, en))
		return true;
	/* "knocked over on the harbour front at Porthleven, Devon and
	 * Cornwall Police said": a list after a preposition whose last item
	 * is a name of its own is the place, then the speaker */
	if (s > 1 && has(x, s - 1, G_PREPOSITION) && !has(x, s - 1, G_CLAUSAL | G_SUBORDINATOR))
		for (size_t c = e; c-- > s + 1;)
			if (punct(x, c, ',')) {
				if (c + 1 < e && x->t[c + 1].upper && np_all_upper(x, c + 1, e) &&
				    (lex_class(&x->r->orgs, x->t[e - 1].low) & ORG_HEADS))
					s = c + 1;
				break;
			}
	/* "Residents who live near the site said": a relative clause with
	 * no commas between its noun and the verb; the noun speaks, not the
	 * site */
	/* ("One woman whose son is serving a sentence there said": the
	 * woman speaks) */
	/* "a plan that critics say hands too much power", "a rule which
	 * farmers say is unfair": after "that" or "which", a subject of
	 * its own right before the verb speaks */
	if ((word_is(x, s, "that") || word_is(x, s, "which")) && s > 0 && s + 1 < e && !own_verb(x, s + 1, e) &&
	    !has(x, s + 1, G_DETERMINER | G_PRONOUN) && x->t[s + 1].kind == TOK_WORD) {
		subject_np(x, s + 1, e, u, en);
		if (en->kind != ENT_NONE && en->kind != ENT_PRONOUN)
			return true;
		memset(en, 0, sizeof(*en));
	}
	/* "the review that ministers themselves commissioned recommended":
	 * "that" before a plural or a pronoun opens a relative clause, no
	 * determiner; who speaks is before it */
	if (word_is(x, s, "that") && s + 1 < e && s > 0 && own_verb(x, s + 2, e) &&
	    (plural_noun(x, s + 1) || has(x, s + 1, G_PRONOUN))) {
		size_t e2, s2 = np_last(x, 0, s, &e2);
		if (s2 < e2 && e2 == s && (s2 == 0 || boundary(x, s2 - 1))) {
			subject_np(x, s2, e2, u, en);
			if (en->kind != ENT_NONE && en->kind != ENT_PRONOUN)
				return true;
			memset(en, 0, sizeof(*en));
		}
		return poll_share(x, 0, s, en);
	}
	size_t r = s; /* "who" at r - 1, at most 11 words back */
	while (r > 0 && s - r < 11 && !word_is(x, r - 1, "who") && !word_is(x, r - 1, "whose") &&
	       !is_punct(x, r - 1) && !has(x, r - 1, G_SUBORDINATOR | G_CLAUSAL))
		r--;
	/* ("whose members accused", "whose limit residents say": the
	 * cue is the relative clause's own, its subject after "whose") */
	bool whose_verb = false;
	for (size_t k = r; r > 0 && word_is(x, r - 1, "whose") && k < s && !whose_verb; k++)
		whose_verb = has(x, k, G_AUX | G_BE | G_HAVE) || x->cu[k];
	if (r > 0 && s - r < 11 && (word_is(x, r - 1, "who") || whose_verb)) {
		r--;
		size_t e2, s2 = np_last(x, 0, r, &e2);
		if (s2 < e2 && e2 == r &&
		    (s2 == 0 || boundary(x, s2 - 1) || has(x, s2 - 1, G_SUBORDINATOR | G_CONJUNCTION))) {
			struct entity head;
			subject_np(x, s2, e2, u, &head);
			if (head.kind != ENT_NONE && head.kind != ENT_PRONOUN) {
				*en = head;
				/* "two people who attended": an unnamed group is
				 * named with the few words that tell them apart, as
				 * "people familiar with the matter" is */
				if (head.kind == ENT_UNNAMED && head.name && j - r <= 2)
					en->name = name_and_words(x, head.name, r, j + 1);
				return true;
			}
		}
		/* "44% of those who accepted a cash settlement said": what
		 * the relative clause holds is not who speaks */
		return poll_share(x, 0, r, en);
	}
	if (poll_share(x, 0, e, en))
		return true;
	s = joined_after_preposition(x, s);
	/* "Victims of pension fraud in England and Wales reported", "a
	 * headteacher in Harehills says": the head comes before the phrases
	 * that follow it */
	/* "The selling gathered pace after Lindqvist told": a subordinator
	 * opens another clause, whose subject is the speaker */
	for (int guard = 0; guard < 3 && s > 1 && has(x, s - 1, G_PREPOSITION) &&
			    !has(x, s - 1, G_CLAUSAL | G_SUBORDINATOR) && !word_is(x, s - 1, "than"); guard++) {
		size_t e2, s2 = np_last(x, 0, s - 1, &e2);
		/* "A lawsuit filed in Detroit says": the head before the
		 * participle that places it */
		size_t pt = s - 2;
		/* "A complaint filed Thursday in U.S. District Court says" */
		while (pt > 1 && has(x, pt, G_TIME | G_CALENDAR) && !has(x, pt, G_PREPOSITION) && pt + 3 > s)
			pt--;
		if (pt < s - 2) {
			size_t e4, s4 = np_last(x, 0, pt + 1, &e4);
			if (e4 == pt + 1 && s4 < pt) {
				s2 = s4;
				e2 = pt;
			}
		}
		bool placed = pt > 0 && e2 == pt && s2 < e2 && !x->t[pt].upper && ends(x, pt, "ed", 4) &&
			      (!x->cu[pt] || has(x, pt, G_PARTICIPLE | G_ISSUING)) &&
			      !has(x, pt - 1, G_AUX | G_PRONOUN | G_RELATIVE);
		if (!placed && (s2 >= e2 || e2 != s - 1))
			break;
		/* "Accounts filed at Companies House show": the participle
		 * ends the phrase it closes */
		if (!placed && e2 - 1 > s2 && !x->t[e2 - 1].upper && ends(x, e2 - 1, "ed", 4) &&
		    has(x, e2 - 1, G_PARTICIPLE | G_ISSUING) && !has(x, e2 - 2, G_AUX | G_PRONOUN | G_RELATIVE)) {
			e2--;
			placed = true;
		}
		/* "A woman living in Zhabinka said": a present participle
		 * after someone who speaks places them as "filed" does */
		if (!placed && e2 - 1 > s2 && !x->t[e2 - 1].upper && ends(x, e2 - 1, "ing", 5) &&
		    !x->cu[e2 - 1] && np_speaker_noun(x, x->t[e2 - 2].low)) {
			e2--;
			placed = true;
		}
		/* ("A safety notice sent to ... and published on ... said":
		 * the same, after the head's participle) */
		size_t j2 = joined_after_preposition(x, s2);
		if (j2 != s2) {
			s = j2;
			continue;
		}
		/* "Several other traders on Teme Street": the phrase may
		 * stop at the second of two words that count or point */
		while (s2 > 0 && has(x, s2 - 1, G_QUANTIFIER | G_DETERMINER) &&
		       !has(x, s2 - 1, G_PREPOSITION | G_NUMBER) && !x->cu[s2 - 1])
			s2--;
		/* ("a plan that critics on the party's own benches say": the
		 * relative opens the clause whose subject speaks) */
		bool relative = (word_is(x, s2, "that") || word_is(x, s2, "which")) && s2 > 0 && s2 + 1 < e2 &&
				!has(x, s2 + 1, G_DETERMINER | G_PRONOUN);
		if (relative)
			s2++;
		if (!(s2 == 0 || boundary(x, s2 - 1) || relative ||
		      has(x, s2 - 1, G_CONJUNCTION | G_SUBORDINATOR | G_CLAUSAL | G_TIME)))
			break;
		struct entity head;
		subject_np(x, s2, e2, u, &head);
		/* "Clinton's attack on Trump indicates": a thing is the
		 * subject, not the name after it ("dozens of residents" are
		 * the residents) */
		if (head.kind == ENT_NONE && !word_is(x, s - 1, "of") && !placed &&
		    !ends(x, e2 - 1, "ed", 4) && !ends(x, e2 - 1, "ing", 4) && !has(x, e2 - 1, G_AUX))
			return false;
		if (head.kind == ENT_NONE || head.kind == ENT_PRONOUN)
			break;
		*en = head;
		/* "a teacher in Nottingham", "diplomats briefed on the
		 * talks": an unnamed group is named with the words that place
		 * it (guide section 2) */
		if (head.kind == ENT_UNNAMED && head.name && placing_words(x, &head, e2, e))
			en->name = name_and_words(x, head.name, e2, e);
		en->me = x->t[e - 1].e;
		return true;
	}
	/* "fields in Bayelsa and Rivers states,": a name inside a phrase
	 * that hangs on the word before it is no verb's subject */
	if (s > 1 && has(x, s - 1, G_PREPOSITION) && !has(x, s - 1, G_CLAUSAL | G_SUBORDINATOR) &&
	    !word_is(x, s - 1, "than") && !word_is(x, s - 1, "as") && !word_is(x, s - 1, "like") &&
	    x->t[s - 2].kind == TOK_WORD && !has(x, s - 2, G_PREPOSITION) && x->t[s].upper &&
	    !has(x, s, G_TIME | G_CALENDAR) && !lex_get(&x->r->gaz_first, x->t[s].low))
		return false;
	if (s > 0 && !boundary(x, s - 1) &&
	    (!has(x, s - 1, G_CONJUNCTION | G_SUBORDINATOR | G_CLAUSAL | G_TIME | G_ADVERB) ||
	     described_as(x, s - 1)) &&
	    relative_antecedent(x, s, u, en))
		return true;
	/* "did not release further details", "to release": a verb, not
	 * the subject of the one after it */
	if (s > 0 && !x->t[s].upper && (has(x, s - 1, G_NEGATION | G_MODAL) || word_is(x, s - 1, "to")))
		return false;
	/* "It would be the first such incident reported since 2013": after
	 * "be" the phrase says what something is, and the participle after
	 * it describes it; nobody reports */
	if (s > 0 && u->form == FORM_ED && has(x, s - 1, G_BE) &&
	    !x->t[s].upper)
		return false;
	s = modifier_pair(x, s, e);
	s = listed_name(x, s, e);
	subject_np(x, s, e, u, en);
	if (en->kind == ENT_PRONOUN && has(x, s, G_OBJECT) && !has(x, s, G_PRONOUN))
		return false;
	if (en->kind == ENT_NONE)
		possessive_name(x, s, e, en);
	return en->kind != ENT_NONE;
}

/* Is token i a reporting verb here: a reading without a particle, or
 * one whose particle follows ("made clear"; "made a cut" is no cue)? */
static bool cue_here(const struct ctx *x, size_t i)
{
	for (const struct cue_use *u = x->cu[i]; u;
	     u = u->next >= 0 ? &x->r->cue_uses[u->next] : NULL)
		if (!u->particle || (i + 1 < x->nt && word_is(x, i + 1, u->particle)))
			return true;
	return false;
}

/* After the cue comes a name that ends the clause: ", said Mayor X." */
/* "said a supervisor told her team that": a finite verb of speech with
 * what it says after the phrase makes the phrase the subject of the
 * clause the first cue reports, not its speaker ("said Ames, citing"
 * and "said Ames in a statement" are left alone). */
static bool finite_cue_clause(const struct ctx *x, size_t e)
{
	bool finite = false;
	for (const struct cue_use *u = x->cu[e]; u; u = u->next >= 0 ? &x->r->cue_uses[u->next] : NULL)
		finite |= u->form == FORM_S || u->form == FORM_ED;
	if (!finite || x->t[e].upper)
		return false;
	for (size_t j = e + 1; j < x->nt && j < e + 6; j++) {
		if (has(x, j, G_CLAUSAL) || quote_mark(x, j))
			return true;
		if (is_punct(x, j))
			break;
	}
	return false;
}

/* "asked customers to use water wisely": "to" and a verb after the
 * phrase give what the one asked is to do; "declared Orlovsky to TASS",
 * "said the spokesman to reporters" name whom the speaker told. */
static bool to_do(const struct ctx *x, size_t e)
{
	return word_is(x, e, "to") && e + 1 < x->nt && x->t[e + 1].kind == TOK_WORD && !x->t[e + 1].upper &&
	       !has(x, e + 1, G_DETERMINER | G_MEDIA | G_SPECIFIER) && !np_speaker_noun(x, x->t[e + 1].low);
}

static bool inverted_after(const struct ctx *x, size_t lo)
{
	if (lo >= x->nt || x->t[lo].kind != TOK_WORD)
		return false;
	if (has(x, lo, G_PRONOUN | G_PERSON | G_CLAUSAL | G_PREPOSITION) && !x->t[lo].upper)
		return false;
	size_t e = np_first(x, lo, x->nt);
	if (e <= lo || e - lo > 9)
		return false;
	/* "said her client \"has never used ...\"": a quotation opening
	 * after the phrase is that phrase's words, not the end of an
	 * inverted speaker */
	if (e + 1 < x->nt && quote_mark(x, e) && x->t[e].s > x->t[e - 1].e &&
	    x->t[e + 1].kind == TOK_WORD && x->t[e + 1].s == x->t[e].e)
		return false;
	bool ok = e >= x->nt || is_punct(x, e) ||
		  /* "said one Republican involved in the planning" */
		  (!x->t[e].upper && ends(x, e, "ed", 4) && !x->cu[e] &&
		   lo > 1 && quote_mark(x, lo - 2) && e + 1 < x->nt && has(x, e + 1, G_PREPOSITION)) ||
		  (has(x, e, G_TIME | G_PREPOSITION) && !has(x, e, G_AUX) && !to_do(x, e)) ||
		  has(x, e, G_RELATIVE) || (cue_here(x, e) && !finite_cue_clause(x, e)) ||
		  (word_is(x, e, "and") && e + 1 < x->nt &&
		   (word_is(x, e + 1, "others") || word_is(x, e + 1, "other"))); /* "said Doyle and others" */
	if (!ok)
		return false;
	/* "said schools in the North East were ...": a phrase and its
	 * prepositions followed by a verb is the subject of the clause the
	 * cue reports, not the speaker after it */
	if (e < x->nt && has(x, e, G_PREPOSITION))
		for (size_t j = e + 1; j < x->nt && j < e + 8 && !is_punct(x, j); j++) {
			if (has(x, j, G_RELATIVE | G_CLAUSAL) || quote_mark(x, j))
				break;
			if (!x->t[j].upper && has(x, j, G_AUX))
				return false;
		}
	/* a name, or a phrase whose head names someone ("a senior Russian
	 * banker", "the pub's landlady"), with no verb inside */
	size_t h = e - 1;
	for (size_t i = lo + 1; i < e; i++)
		if (has(x, i, G_PREPOSITION)) {
			h = i - 1;
			break;
		}
	if (h > lo && !x->t[h].upper && ends(x, h, "ed", 4))
		h--; /* "one Republican involved" */
	bool head_speaks = x->t[h].upper || np_speaker_noun(x, x->t[h].low);
	for (size_t i = lo; i < e; i++) {
		if (x->t[i].upper || x->t[i].kind != TOK_WORD ||
		    has(x, i, G_DETERMINER | G_CONNECTOR | G_PREPOSITION))
			continue;
		if (x->cu[i] || has(x, i, G_AUX | G_NEGATION | G_PRONOUN | G_CLAUSAL))
			return false;
		if (!head_speaks && !lex_get(&x->r->roles, x->t[i].low) &&
		    !lex_get(&x->r->unnamed, x->t[i].low) && !lex_get(&x->r->orgs, x->t[i].low) &&
		    !lex_get(&x->r->documents, x->t[i].low) && !has(x, i, G_MEDIA) &&
		    !(i + 1 < e && has(x, i + 1, G_PREPOSITION)))
			return false;
	}
	return true;
}

static bool subject_after(struct ctx *x, size_t k, const struct cue_use *u, struct entity *en)
{
	memset(en, 0, sizeof(*en));
	if (!inverted_after(x, k))
		return false;
	/* "X, a former engineer, said later that": a time after the verb
	 * is when it was said, not who said it */
	if (has(x, k, G_TIME) && !has(x, k, G_DETERMINER) && !x->t[k].upper)
		return false;
	size_t e = np_first(x, k, x->nt);
	/* "said its data showed": the phrase opens the clause said, it
	 * is no speaker after its verb */
	if (e < x->nt && (x->cu[e] || has(x, e, G_AUX)))
		return false;
	subject_np(x, k, e, u, en);
	/* "said a teacher in Hull.": the phrase placing an unnamed speaker
	 * is part of their name, up to where the sentence or clause ends */
	if (en->kind == ENT_UNNAMED && en->name && e < x->nt && has(x, e, G_PREPOSITION)) {
		size_t pe = e;
		while (pe < x->nt && !is_punct(x, pe) && !x->cu[pe] && !has(x, pe, G_RELATIVE | G_CLAUSAL | G_AUX) &&
		       pe - e < 10)
			pe++;
		if (pe > e + 1 && (pe >= x->nt || is_punct(x, pe)) && placing_words(x, en, e, pe))
			en->name = name_and_words(x, en->name, e, pe);
	}
	/* "said his best friend at Lehigh, Bruce Turry, who ...": the name
	 * the description leads to */
	size_t f = e;
	while (f < x->nt && !is_punct(x, f) && f - e < 6)
		f++;
	if ((en->kind == ENT_UNNAMED || en->kind == ENT_ROLE) && f + 1 < x->nt && punct(x, f, ',') &&
	    x->t[f + 1].upper) {
		size_t e2 = np_first(x, f + 1, x->nt);
		struct entity name;
		if (e2 > f + 1 && (e2 >= x->nt || is_punct(x, e2))) {
			subject_np(x, f + 1, e2, u, &name);
			if (name.kind == ENT_PERSON)
				*en = name;
		}
	}
	return en->kind != ENT_NONE && en->kind != ENT_PRONOUN;
}

/* A document, data, a poll or research: "the figures", "studies". */
static bool text_entity(const struct ctx *x, const struct entity *en)
{
	if (en->kind == ENT_DOCUMENT)
		return true;
	/* "It also found that": the report named before (resolve.c) */
	if (en->kind == ENT_PRONOUN && en->name && !strcmp(en->name, "it"))
		return true;
	if (en->kind != ENT_GROUPREF && en->kind != ENT_UNNAMED)
		return false;
	return en->role && lex_get(&x->r->documents, en->role);
}

/* "A University of New Hampshire poll out this week shows", "the poll by
 * the Public Policy Institute showed": the document the clause is about,
 * with whatever follows its noun. */
static bool document_before(struct ctx *x, size_t g, struct entity *en)
{
	/* the clause's first document noun is its head: "a video posted with
	 * the message showed" is the video */
	size_t from = g, skip = g; /* the relative clause, not searched */
	while (from > 0 && g - from < 24 && !boundary(x, from - 1) && !has(x, from - 1, G_RELATIVE | G_CLAUSAL))
		from--;
	/* "A study published in November, which followed 4,000 pupils,
	 * found": past the relative clause to the noun it describes */
	if (from == g && g > 2 && punct(x, g - 1, ',')) {
		size_t r = g - 1;
		while (r > 0 && g - r < 24 && !boundary(x, r - 1))
			r--;
		bool participle = !x->t[r].upper && (ends(x, r, "ed", 4) || ends(x, r, "ing", 4));
		if (r > 1 && punct(x, r - 1, ',') && (has(x, r, G_RELATIVE) || participle)) {
			from = skip = r - 1;
			while (from > 0 && g - from < 48 && !boundary(x, from - 1) &&
			       !has(x, from - 1, G_RELATIVE | G_CLAUSAL))
				from--;
		}
	}
	for (size_t d = from; d < skip; d++) {
		/* "Emails obtained by the Ledger show": a capital opening the
		 * sentence is no name's */
		bool opening = d == 0 || (d == 1 && has(x, 0, G_CONJUNCTION));
		if ((x->t[d].upper && !opening) || !lex_get(&x->r->documents, x->t[d].low))
			continue;
		size_t e, s = np_last(x, 0, d + 1, &e);
		if (s >= e)
			return false;
		struct entity doc;
		/* "poll by the Public Policy Institute": its issuer too; "poll
		 * out this week", "poll of 24 analysts": the noun ends it */
		size_t end = d + 1, by = np_maker_at(x, d, g);
		if ((word_is(x, by, "by") || word_is(x, by, "from")) && by + 1 < g)
			end = np_first(x, by + 1, g);
		x->subject = true;
		np_classify(x, s, end, &doc);
		x->subject = false;
		if (!text_entity(x, &doc))
			return false;
		*en = doc;
		return true;
	}
	return false;
}

/* Can this kind of name be the subject of this class of verb? */
static bool fits(const struct entity *en, const struct cue_use *u)
{
	switch (en->kind) {
	case ENT_NONE:
		return false;
	case ENT_DOCUMENT:
		/* "the survey put support at 41%", "the report counted 1,180
		 * homes": a document publishes figures as an office does */
		return u->cls & (CUE_DOCUMENT | CUE_TEXT | CUE_PUBLISH);
	default:
		/* a verb only documents use is checked against text_entity() */
		return true;
	}
}

/* Does the name at first stand beside the phrase [a, first - 1) that it
 * renames, rather than close what was said before it?  Only when words
 * follow the verb at k. */
static bool renamed_beside(const struct ctx *x, size_t a, size_t first, size_t k, const struct frame *f)
{
	if (k >= x->nt || is_punct(x, k) || quote_mark(x, k))
		return false;
	/* "A passenger who gave only her first name, Despina, said the
	 * system had told ...": a person's phrase with "who" */
	size_t ne = np_first(x, a, first - 1);
	if (has(x, a, G_DETERMINER) && !has(x, a, G_DEFINITE) && ne > a + 1 && ne < first - 1 &&
	    has(x, ne, G_RELATIVE) && !word_is(x, ne, "that") && x->t[ne - 1].kind == TOK_WORD &&
	    np_speaker_noun(x, x->t[ne - 1].low) && !lex_get(&x->r->documents, x->t[ne - 1].low))
		return true;
	/* "... that her label, Northfold Records, had asked her to": a
	 * name in commas after a common noun */
	size_t se = first;
	while (se < k && x->t[se].e <= f->ent.me)
		se++;
	return first >= 2 && x->t[first - 2].kind == TOK_WORD && !x->t[first - 2].upper &&
	       !has(x, first - 2, G_PREPOSITION | G_DETERMINER | G_PRONOUN | G_ADVERB | G_AUX | G_CONJUNCTION |
					 G_TIME | G_NUMBER) &&
	       (!x->cu[first - 2] || (first >= 3 && has(x, first - 3, G_DETERMINER))) && se < k &&
	       punct(x, se, ',');
}

/* What the speaker is said to say: the words before a closing ", X
 * said" back to the clause's start, else the words after the verb up to
 * the next clause of the sentence. */
static void content(const struct ctx *x, size_t first, size_t k, struct frame *f)
{
	/* (", which found that ...": a relative clause closes nothing
	 * said before it) */
	/* (a quotation closes what was said when its last word is
	 * punctuated: '"We will," she said'; 'the "zero reportables"
	 * target referred to' opens a name in quotation marks) */
	bool closed_quote = first > 1 && quote_mark(x, first - 1) && is_punct(x, first - 2) &&
			    !quote_mark(x, first - 2);
	if (first > 0 && (punct(x, first - 1, ',') || closed_quote || dash(x, first - 1)) &&
	    !has(x, first, G_RELATIVE)) {
		size_t a = first - 1;
		while (a > 0 && !punct(x, a - 1, ';') && !punct(x, a - 1, ':'))
			a--;
		/* "Asked by the moderator whether he would run, Carson said
		 * no": an opening phrase, not words said, when words follow */
		bool quoted = false;
		for (size_t q = a; q < first; q++)
			quoted |= quote_mark(x, q);
		bool verb = false; /* "At least one maker has asked ..." is a clause */
		for (size_t q = a; q + 1 < first; q++)
			verb |= has(x, q, G_AUX) || (x->cu[q] && x->cu[q]->form != FORM_ING && q > a);
		bool opening = (has(x, a, G_PREPOSITION | G_SUBORDINATOR) && !verb) ||
			       ends(x, a, "ed", 4) || ends(x, a, "ing", 4) ||
			       (a == 0 && role_phrase(x, first - 1));
		opening = opening || renamed_beside(x, a, first, k, f);
		if (quoted || !opening || !punct(x, first - 1, ',') || k >= x->nt || is_punct(x, k)) {
			f->closing = true;
			f->content_s = x->t[a].s;
			f->content_e = x->t[first - 1].s;
			return;
		}
	}
	/* to the sentence's end: "said the group is based in X, though
	 * its members ..." is still what was said; ", but Y calls it" is
	 * someone else's, ", and that a manager had told her" still the
	 * speaker's */
	size_t b = k;
	while (b < x->nt && !punct(x, b, ';') &&
	       !(punct(x, b, ',') && (word_is(x, b + 1, "but") || word_is(x, b + 1, "while") ||
				      word_is(x, b + 1, "whereas") ||
				      (word_is(x, b + 1, "and") && !word_is(x, b + 2, "that")))))
		b++;
	f->content_s = k < x->nt ? x->t[k].s : x->n;
	f->content_e = b < x->nt ? x->t[b].s : x->n;
}

static void add(struct ctx *x, const char *rule, size_t i, size_t k, const struct entity *en,
		const struct cue_use *u, bool fallback)
{
	struct frame f = { .rule = rule, .kind = FRAME_SPEAKER, .cue_s = x->t[i].s,
			   .cue_e = x->t[k - 1].e, .ent = *en, .fallback = fallback,
			   .cue_cls = u->cls };
	f.pos = en->ms;
	size_t first = i; /* the frame's first token: its subject's, or the verb's */
	while (first > 0 && x->t[first - 1].s >= en->ms)
		first--;
	content(x, first, k, &f);
	recognize_add_frame(x, &f);
}

/* "the council and the police said", "Democrats and some Republicans
 * say": each speaks. */
static void coordinated(struct ctx *x, size_t i, size_t k, const struct entity *en,
			const struct cue_use *u)
{
	size_t s = token_at(x, en->ms);
	if (s < 2 || !word_is(x, s - 1, "and"))
		return;
	/* "the National Institute for Public Health and the Environment" is
	 * one name */
	size_t h = s;
	while (h < x->nt && has(x, h, G_DETERMINER))
		h++;
	if (h < x->nt && x->t[h].upper && x->t[s - 2].upper)
		return;
	size_t e, s2 = np_last(x, 0, s - 1, &e);
	if (s2 >= e || e != s - 1 || (s2 > 0 && !boundary(x, s2 - 1) &&
				      !has(x, s2 - 1, G_CONJUNCTION | G_SUBORDINATOR | G_CLAUSAL)))
		return;
	/* "a search and rescue official": an article before the first
	 * word and none after "and" make one phrase of the two nouns */
	if ((word_is(x, s2, "a") || word_is(x, s2, "an")) && !has(x, s, G_DETERMINER))
		return;
	/* "AD leader and caretaker prime minister Rui Costa", "chairman
	 * and chief executive Ana Ruiz": two titles, no article, before one
	 * person's name are that person's */
	if (en->kind == ENT_PERSON && !has(x, s, G_DETERMINER) && !has(x, s2, G_DETERMINER) &&
	    !x->t[s].upper && lex_get(&x->r->roles, x->t[e - 1].low))
		return;
	/* "the work and pensions secretary": a first half in lower case
	 * that names no one is the second's portfolio */
	if (!has(x, s, G_DETERMINER) && !x->t[e - 1].upper && !np_speaker_noun(x, x->t[e - 1].low))
		return;
	struct entity other;
	subject_np(x, s2, e, u, &other);
	if (other.kind == ENT_NONE || other.kind == ENT_PRONOUN || !fits(&other, u))
		return;
	add(x, "grammar-subject", i, k, &other, u, false);
}

/* "Turkey and Russia condemned", "Mr. Grassley and Mr. Leahy say": two
 * names joined by "and" are two sources, when each half is one by
 * itself (a country or body the gazetteer knows, a person named with a
 * title or in full); "Procter and Gamble", "Trade and Industry" stay
 * one name.  Replaces *en by the first half and returns the second in
 * *other. */
static bool name_pair(struct ctx *x, struct entity *en, const struct cue_use *u, struct entity *other)
{
	/* "Senators Bob Corker and Lindsey Graham" reads as one body's
	 * name, "Mr. King and Mr. Schultz" as a role: two people still,
	 * when each half is a person by itself */
	bool persons_only = en->kind == ENT_ORG || en->kind == ENT_ROLE;
	if (en->kind != ENT_KNOWN && en->kind != ENT_PERSON && !persons_only)
		return false;
	size_t s = token_at(x, en->ms), e;
	for (e = s; e < x->nt && x->t[e].e <= en->me; e++)
		;
	size_t and = s;
	while (and < e && !word_is(x, and, "and"))
		and++;
	if (and == s || and + 1 >= e)
		return false;
	struct entity a, b;
	subject_np(x, s, and, u, &a);
	subject_np(x, and + 1, e, u, &b);
	bool whole_a = a.kind == ENT_KNOWN || (a.kind == ENT_PERSON && (and - s >= 2));
	bool whole_b = b.kind == ENT_KNOWN || (b.kind == ENT_PERSON && (e - and - 1 >= 2));
	/* "Peter and Anne Ruddock": two first names share the surname */
	if (!whole_a && whole_b && b.kind == ENT_PERSON && and - s == 1 && e - and - 1 >= 2 &&
	    rules_gender(x->r, x->t[s].low) && rules_gender(x->r, x->t[and + 1].low) &&
	    x->t[e - 1].upper) {
		a.kind = ENT_PERSON;
		a.type = b.type;
		a.name = arena_printf(x->tmp, "%.*s %.*s", (int)(x->t[s].e - x->t[s].s), x->s + x->t[s].s,
				      (int)(x->t[e - 1].e - x->t[e - 1].s), x->s + x->t[e - 1].s);
		whole_a = true;
	}
	/* "Kiwibank and ANZ said": an acronym that names an office, beside
	 * one word that opens on no first name, is two bodies ("Marks and
	 * Spencer", with no acronym, stays one) */
	bool acro_a = and - s == 1 && np_acronym_at(x, s), acro_b = e - and == 2 && np_acronym_at(x, and + 1);
	if ((acro_a || acro_b) && !(acro_a && acro_b) && and - s == 1 && e - and == 2 &&
	    !lex_class(&x->r->gender, x->t[s].low) && !lex_class(&x->r->gender, x->t[and + 1].low)) {
		a.kind = b.kind = ENT_ORG;
		a.type = b.type = SRC_ORGANIZATION;
		whole_a = whole_b = true;
	}
	if (!whole_a || !whole_b || a.kind != b.kind || (persons_only && a.kind != ENT_PERSON))
		return false;
	/* "Colby Road and Marsh End": places, whatever their capitals */
	if (persons_only && ((lex_class(&x->r->orgs, x->t[and - 1].low) & ORG_WHERE) ||
			     (lex_class(&x->r->orgs, x->t[e - 1].low) & ORG_WHERE)))
		return false;
	*en = a;
	*other = b;
	return true;
}

/* A relay through the medium `name` (an outlet or agency), named by the
 * words at [ms, me), for the cue at [cue_s, cue_e). */
static void add_relay(struct ctx *x, const char *name, enum source_type type, size_t ms, size_t me,
		      size_t cue_s, size_t cue_e, bool tell)
{
	struct frame f = { .rule = "grammar-told", .kind = FRAME_RELAY, .cue_s = cue_s, .cue_e = cue_e,
			   .tell = tell };
	f.ent.kind = ENT_MEDIA;
	f.ent.type = type;
	f.ent.name = name;
	f.ent.ms = ms;
	f.ent.me = me;
	f.pos = ms;
	recognize_add_frame(x, &f);
}

/* "The Telegraph's Hugo Benn was cooler, complaining that": a critic
 * or reporter named by the outlet they write for speaks through it. */
static void employer_outlet(struct ctx *x, const struct entity *en, size_t cue_s, size_t cue_e)
{
	size_t s = token_at(x, en->ms), p = s;
	while (p < x->nt && x->t[p].e <= en->me && x->t[p].kind == TOK_WORD && x->t[p].upper) {
		size_t l = strlen(x->t[p].low);
		if (l > 2 && x->t[p].low[l - 2] == '\'' && x->t[p].low[l - 1] == 's')
			break;
		p++;
	}
	if (p >= x->nt || x->t[p].e >= en->me || !x->t[p].upper)
		return;
	/* the words up to the possessive's "'s" (or "’s"): the outlet's name */
	size_t end = x->t[p].e - 2;
	if (x->t[p].e - x->t[p].s >= 5 && !memcmp(x->s + x->t[p].e - 4, "\xe2\x80\x99s", 4))
		end = x->t[p].e - 4;
	char *name = str_fold(x->tmp, x->s + x->t[s].s, end - x->t[s].s);
	char *key = name_key(name);
	const struct gaz_entry *g = key ? rules_gazetteer_lookup(x->r, key) : NULL;
	free(key);
	if (!g || (g->type != SRC_OUTLET && g->type != SRC_AGENCY) || g->platform)
		return;
	add_relay(x, g->name, g->type, x->t[s].s, x->t[p].e, cue_s, cue_e, false);
}

/* "A spokesperson for Merseyrail credited its new trains, which she said
 * had cut faults": "he" or "she" in a clause that hangs on the sentence
 * is the person the sentence opens on, when the story could not name them
 * otherwise (a role or an unnamed person; a named one the resolver finds). */
static void sentence_person(struct ctx *x, const struct cue_use *u, struct entity *en)
{
	size_t p = token_at(x, en->ms);
	if (p < 4 || !has(x, p - 1, G_RELATIVE | G_CONJUNCTION) || !punct(x, p - 2, ','))
		return;
	/* the longest opening phrase that names one, a word after it
	 * ("The chief executive praised": not with the verb) */
	struct entity head = { 0 };
	size_t e0 = np_first(x, 0, p - 2);
	for (; e0 >= 2 && e0 < p - 2; e0--) {
		if (x->t[e0].upper || x->t[e0].kind != TOK_WORD)
			continue;
		subject_np(x, 0, e0, u, &head);
		if (head.kind != ENT_NONE)
			break;
	}
	if ((head.kind != ENT_ROLE && head.kind != ENT_UNNAMED) || !head.name || e0 < 2)
		return;
	/* one person: "a spokesman", not "officials" */
	size_t hl = strcspn(head.name, " ");
	if (hl > 2 && head.name[hl - 1] == 's' && head.name[hl - 2] != 's')
		return;
	char g = rules_gender(x->r, x->t[e0 - 1].low);
	for (size_t k = 0; k < e0 && !g; k++)
		g = rules_gender(x->r, x->t[k].low);
	if (g && g != (en->name[0] == 'h' ? 'm' : 'f'))
		return;
	size_t ms = en->ms, me = en->me;
	*en = head;
	en->ms = ms;
	en->me = me;
}

/* "The Met Office expects temperatures to ease, though it said nights
 * would stay warm": "it" in a clause a conjunction opens is the body the
 * sentence opens on, before any body named earlier. */
static void sentence_body(struct ctx *x, const struct cue_use *u, struct entity *en)
{
	size_t p = token_at(x, en->ms);
	if (en->name && (!strcmp(en->name, "he") || !strcmp(en->name, "she"))) {
		sentence_person(x, u, en);
		return;
	}
	/* (a clause set beside the first, "but it said", "though it said";
	 * not one that tells when or what: "would not say when it had
	 * told") */
	/* (", where it said": a place the sentence went to, and what the
	 * sentence's body said there) */
	if (!en->name || strcmp(en->name, "it") || p < 3 ||
	    !(has(x, p - 1, G_CONJUNCTION) || (has(x, p - 1, G_SUBORDINATOR) && has(x, p - 1, G_ADVERB)) ||
	      (has(x, p - 1, G_SUBORDINATOR) && punct(x, p - 2, ',') && word_is(x, p - 1, "where"))))
		return;
	size_t e0 = np_first(x, 0, p - 1);
	/* the shortest opening phrase that names a body and a verb follows
	 * ("The company cut 300 jobs": "The company") */
	/* ("AEMET, Spain's weather agency, extended": the name before its
	 * appositive) */
	for (size_t e = 1; e <= e0 && e < p - 1; e++) {
		if ((x->t[e].upper || x->t[e].kind != TOK_WORD) && !punct(x, e, ','))
			continue;
		struct entity head;
		subject_np(x, 0, e, u, &head);
		bool body = head.kind == ENT_KNOWN || head.kind == ENT_ORG || head.kind == ENT_MEDIA ||
			    (head.kind == ENT_GROUPREF && !head.thing &&
			     (head.type == SRC_ORGANIZATION || head.type == SRC_GOVERNMENT));
		if (body) {
			/* named by the body, standing where "it" stands */
			size_t ms = en->ms, me = en->me;
			*en = head;
			en->ms = ms;
			en->me = me;
		}
		if (head.kind != ENT_NONE)
			return;
	}
}

/* Is there a past verb between the clause's opening and token st (the
 * NP at st is then its object)? */
static bool verb_before(const struct ctx *x, size_t st)
{
	for (size_t k = st; k-- > 0 && !boundary(x, k);)
		if (!x->t[k].upper && x->t[k].kind == TOK_WORD && ends(x, k, "ed", 4) && !x->cu[k] &&
		    k > 0 && !has(x, k - 1, G_BE | G_HAVE) && !has(x, k - 1, G_DETERMINER))
			return true;
	return false;
}

/* Does the entity's span hold a lower-case -s word between capitals, a
 * headline's verb ("Journal retracts Eastbrook University study")? */
static bool heading_verb_inside(const struct ctx *x, const struct entity *en)
{
	size_t s = token_at(x, en->ms);
	for (size_t k = s + 1; k + 1 < x->nt && x->t[k + 1].e <= en->me; k++)
		if (!x->t[k].upper && x->t[k].kind == TOK_WORD && ends(x, k, "s", 3) && !ends(x, k, "ss", 3) &&
		    x->t[k - 1].upper && x->t[k + 1].upper && !has(x, k, G_PREPOSITION | G_CONJUNCTION))
			return true;
	return false;
}

/* "St James's Park", "Heathrow Airport": a capitalised name whose last
 * word ends a place's name */
static bool place_name(const struct ctx *x, const char *name)
{
	const char *sp = name ? strrchr(name, ' ') : NULL;
	if (!sp || !(sp[1] >= 'A' && sp[1] <= 'Z') || strlen(sp + 1) >= 32)
		return false;
	char last[32 * 3 + 1];
	str_lower_into(sp + 1, strlen(sp + 1), last);
	return (lex_class(&x->r->orgs, last) & ORG_WHERE) != 0;
}

/* "told Radio Kerry", "told TV3 News": a name the gazetteer lacks, all
 * in capitals, with a word only a medium's name holds ("Radio", "TV",
 * "News") is the outlet that heard it */
static bool media_name(const struct ctx *x, size_t k, size_t e, struct entity *en)
{
	bool press = false;
	for (size_t i = k; i < e; i++) {
		if (!x->t[i].upper || x->t[i].kind != TOK_WORD)
			return false;
		press |= np_news_word(x, i);
	}
	if (!press || e - k < 2 || lex_class(&x->r->gender, x->t[k].low))
		return false; /* "John Radio" is someone */
	span_entity(x, k, e, ENT_MEDIA, SRC_OUTLET, en);
	return true;
}

/* "told Reuters", "told CNN's Jake Tapper": the outlet heard it. */
static void hearer(struct ctx *x, size_t k, size_t cue_s, size_t cue_e)
{
	if (k >= x->nt || is_punct(x, k) || has(x, k, G_OBJECT | G_PRONOUN))
		return;
	size_t e = np_first(x, k, x->nt);
	if (e <= k)
		return;
	/* "told the newspaper", "told the broadcaster": the outlet the
	 * story named before, which the resolver finds by the noun ("told
	 * the agency" may be a regulator: a body's noun is left alone) */
	if (e == k + 2 && has(x, k, G_DEFINITE) && !x->t[k + 1].upper && has(x, k + 1, G_MEDIUM) &&
	    !lex_class(&x->r->orgs, x->t[k + 1].low)) {
		add_relay(x, str_fold(x->tmp, x->s + x->t[k + 1].s, x->t[k + 1].e - x->t[k + 1].s), SRC_OUTLET,
			  x->t[k].s, x->t[k + 1].e, cue_s, cue_e, true);
		return;
	}
	struct frame f = { .rule = "grammar-told", .kind = FRAME_RELAY, .cue_s = cue_s,
			   .cue_e = cue_e, .tell = true };
	x->relay = true;
	np_classify(x, k, e, &f.ent);
	x->relay = false;
	if (f.ent.kind != ENT_MEDIA && !media_name(x, k, e, &f.ent))
		return;
	f.pos = f.ent.ms;
	recognize_add_frame(x, &f);
}

/* "was criticized by left-leaning economists", "Asked by Stephanopoulos
 * whether ...": a passive speech verb's agent speaks. */
static bool agent(struct ctx *x, size_t i, size_t k, const struct cue_use *u)
{
	const unsigned speech = CUE_SPEECH | CUE_CLAUSE | CUE_EVALUATIVE | CUE_QUESTION |
				CUE_DIRECTIVE | CUE_NAMING;
	/* ("first assessed by a doctor": a cue that needs its clause has
	 * none in the passive) */
	if (u->form != FORM_ED || !(u->cls & speech) || (u->cls & (CUE_PUBLISH | CUE_EXPLICIT)) ||
	    k + 1 >= x->nt || !word_is(x, k, "by") || recognize_in_quote(x, x->t[i].s))
		return false;
	/* a passive ("was criticized by") or a participle opening its clause
	 * ("Asked by X, ..."), not a noun's ("land claimed by") */
	size_t p = i;
	while (p > 0 && has(x, p - 1, G_ADVERB) && !has(x, p - 1, G_DETERMINER))
		p--;
	if (!(p == 0 || boundary(x, p - 1) || (has(x, p - 1, G_BE) && !has(x, p - 1, G_PRONOUN))))
		return false;
	/* "Asked by Sarah Quint KC what happened next, Nandakumar said",
	 * "Questioned by Sophie Garland, he accepted that": the answer is
	 * the claim, not the question or the judgement the opening
	 * participle puts to the one who answers */
	if ((u->cls & (CUE_QUESTION | CUE_EVALUATIVE | CUE_DIRECTIVE)) && !(u->cls & (CUE_SPEECH | CUE_CLAUSE)) &&
	    p == 0)
		return false;
	size_t e = np_first(x, k + 1, x->nt);
	if (e <= k + 1)
		return false;
	/* "accused by Greek prosecutors of manslaughter": what a judging
	 * cue says of its object follows the agent, not part of it (the
	 * Institute of Directors keeps its "of") */
	bool judged = false;
	if (u->cls & (CUE_STRICT | CUE_EVALUATIVE))
		for (size_t j = k + 2; j + 1 < e; j++)
			if (!x->t[j + 1].upper && (word_is(x, j, "of") || word_is(x, j, "as") ||
						   word_is(x, j, "for") || word_is(x, j, "over"))) {
				e = j;
				judged = true;
				break;
			}
	/* a strict cue judges only with what it says of its object: "was
	 * branded by critics as a fraud", not "was first assessed by a
	 * doctor" */
	judged |= e < x->nt && (word_is(x, e, "of") || word_is(x, e, "as") || word_is(x, e, "for") ||
				word_is(x, e, "over") || quote_mark(x, e));
	if ((u->cls & CUE_STRICT) && !judged)
		return false;
	struct entity en;
	subject_np(x, k + 1, e, u, &en);
	if (en.kind == ENT_NONE || en.kind == ENT_PRONOUN || en.kind == ENT_DOCUMENT || en.thing ||
	    en.kind == ENT_GROUPREF)
		return false;
	add(x, "grammar-agent", i, k + 1, &en, u, false);
	return true;
}

/* "the poll", "new government data": a document of figures, whose head
 * noun (its name's last word) is of the data class */
static bool data_document(const struct ctx *x, const struct entity *en)
{
	const char *head = strrchr(en->name, ' ');
	head = head ? head + 1 : en->name;
	return rules_grammar(x->r, str_lower(x->tmp, head, strlen(head))) & G_DATA;
}

/* "The group's president, Mark Tessier, said small employers who ...":
 * a person's name closing the appositives before the verb is its
 * subject; what follows is what was said, no inverted speaker. */
static bool named_before(struct ctx *x, size_t g, const struct cue_use *u)
{
	/* "Garrow, whose great-grandfather founded the brewery in 1868,
	 * said family trusts that ...": a name opening the sentence, then a
	 * relative clause that the verb's comma closes */
	size_t n = 0;
	while (n < g && x->t[n].upper && x->t[n].kind == TOK_WORD)
		n++;
	if (n > 0 && n + 2 < g && punct(x, n, ',') && has(x, n + 1, G_RELATIVE) && punct(x, g - 1, ',')) {
		size_t k = n + 1;
		while (k < g - 1 && !is_punct(x, k))
			k++;
		if (k == g - 1)
			return true;
	}
	/* "Jodie Clarkson, 27, said her son, now two, had": past the age */
	if (g >= 4 && punct(x, g - 1, ',') && x->t[g - 2].kind == TOK_NUM && punct(x, g - 3, ','))
		g -= 2;
	/* "No, says the Government": an answer word is nobody's name */
	if (g < 2 || !punct(x, g - 1, ',') || !x->t[g - 2].upper || x->t[g - 2].kind != TOK_WORD ||
	    has(x, g - 2, G_NONNAME))
		return false;
	struct entity en;
	return clause_appositive(x, g - 1, u, &en) && en.kind == ENT_PERSON;
}

/* "An engineering report dated 14 June 2023 estimated", "a memo seen by
 * the paper": a participle right after the document noun, before the
 * verb at g, describes it. */
static bool described_document(const struct ctx *x, const struct entity *doc, size_t g)
{
	size_t n = token_at(x, doc->me);
	while (n < g && x->t[n].s < doc->me)
		n++;
	if (n >= g || x->t[n].kind != TOK_WORD || x->t[n].upper)
		return false;
	/* "dated", "filed", "sent"; "seen by", "drawn up by" */
	return ends(x, n, "ed", 3) || has(x, n, G_PARTICIPLE) || (n + 1 < g && word_is(x, n + 1, "by")) ||
	       (n + 2 < g && word_is(x, n + 2, "by") && !x->t[n + 1].upper);
}

/* A finding stated with no "that" after a cue that allows it (rules/
 * cues.txt, modifier finding): a clause after the verb or closing it,
 * not "found him unconscious", "found the body", nor a restrictive
 * relative clause's ("workers who found a new sponsor did so"). */
static bool finding_without_that(const struct ctx *x, size_t k, const struct cue_use *u,
				 const struct entity *en)
{
	if (!(u->cls & CUE_FINDING) || !clause_follows(x, k) || has(x, k, G_OBJECT))
		return false;
	size_t fs = token_at(x, en->ms);
	return !(fs > 0 && fs < x->nt && has(x, fs, G_RELATIVE) && !punct(x, fs - 1, ','));
}

/* One reading of the cue word at i. */
static void try_reading(struct ctx *x, size_t i, const struct cue_use *u)
{
	size_t k = i + 1;
	if (u->particle) {
		/* each word of the particle, in order: "point out", "take aim" */
		const char *p = u->particle;
		while (*p) {
			const char *sp = strchr(p, ' ');
			size_t l = sp ? (size_t)(sp - p) : strlen(p);
			/* "spoke highly of", "talked glowingly about" */
			if (k + 1 < x->nt && p == u->particle && has(x, k, G_ADVERB) && !has(x, k, G_TIME) &&
			    strlen(x->t[k + 1].low) == l && !strncmp(x->t[k + 1].low, p, l))
				k++;
			if (k >= x->nt || strlen(x->t[k].low) != l || strncmp(x->t[k].low, p, l))
				return;
			k++;
			p += l;
			while (*p == ' ')
				p++;
		}
	}
	if (agent(x, i, k, u))
		return;
	if (!verb_here(x, i, u, k))
		return;
	struct group vg;
	if (!verb_group(x, i, u, &vg))
		return;
	/* "the metaphor is telling in its own right": telling no one, an
	 * adjective */
	if ((u->cls & CUE_TELL) && vg.progressive &&
	    (k >= x->nt || is_punct(x, k) || has(x, k, G_PREPOSITION)))
		return;
	/* the verb (and its particle) is the cue the report shows */
	size_t cue_s = x->t[i].s, cue_e = x->t[k - 1].e;
	if (vg.passive)
		return; /* "was told", "were asked": the subject heard it */
	/* "an officer identified only as a battalion commander", "a man
	 * described by neighbours as quiet": a participle after its noun is
	 * passive without "was" */
	if (u->form == FORM_ED && vg.start == i && i > 0 && x->t[i - 1].kind == TOK_WORD &&
	    !has(x, i - 1, G_AUX | G_PRONOUN | G_RELATIVE)) {
		size_t a = k;
		if (a < x->nt && has(x, a, G_ADVERB))
			a++;
		/* "on trial at Southwark Crown Court accused of defrauding":
		 * a judging verb with no object ("recalled of" has none to
		 * lose) */
		if (a < x->nt && ((word_is(x, a, "of") && (u->cls & CUE_EVALUATIVE)) ||
				  (!x->t[i - 1].upper && (word_is(x, a, "as") || word_is(x, a, "by")))))
			return;
	}
	struct entity en;
	bool found = false, fallback = false;
	size_t g = vg.start;
	bool after_mark = g == 0 || punct(x, g - 1, ',') || quote_mark(x, g - 1) ||
			  dash(x, g - 1) || punct(x, g - 1, ':');
	bool adjunct = u->form == FORM_ING && !vg.progressive && !vg.raised;
	if (adjunct && g > 0 && adverbial_participle(x, g - 1)) {
		/* "landed in hot water by saying", "After saying he was
		 * nervous, the man ...": the main clause's subject speaks */
		size_t a = g - 1;
		if (a == 0 || boundary(x, a - 1))
			found = clause_subject(x, x->nt, u, &en);
		else
			found = clause_subject(x, a, u, &en);
		fallback = true;
		/* "Journal retracts Eastbrook University diabetes study after
		 * finding": a headline's verb between capitals is no part of
		 * its subject, which is then the words before it */
		if (found && x->c->kind == CLAIM_HEADING && heading_verb_inside(x, &en))
			return;
		/* "The journal retracted the study after finding": the
		 * clause's object is not who found */
		if (found && verb_before(x, token_at(x, en.ms)))
			return;
	} else if (adjunct && g > 0 && !punct(x, g - 1, ',') && !dash(x, g - 1)) {
		/* "pointed to figures from the Traffic Commissioner showing
		 * that": a document's participle right after it, the document
		 * speaking */
		size_t d0;
		if ((u->cls & CUE_DOCUMENT) && document_before(x, g, &en) && text_entity(x, &en) &&
		    (d0 = token_at(x, en.ms)) > 0 &&
		    (has(x, d0 - 1, G_PREPOSITION) || (x->cu[d0 - 1] && !(x->cu[d0 - 1]->cls & CUE_DOCUMENT)))) {
			found = true; /* (the object of "cited", "pointed to") */
		} else {
			/* "with Sen. John McCain calling it a 'Chinese menu'",
			 * "-- Ryan saying he was encouraged" */
			size_t e2, s2 = np_last(x, 0, g, &e2);
			if (s2 == 0 || s2 >= e2 || e2 != g ||
			    !(word_is(x, s2 - 1, "with") || dash(x, s2 - 1) || punct(x, s2 - 1, ':')))
				return;
			subject_np(x, s2, e2, u, &en);
			found = en.kind != ENT_NONE && en.kind != ENT_PRONOUN;
		}
	} else if (adjunct) {
		/* ", saying": the main clause's subject speaks; ", citing the
		 * review" names evidence, no speaker */
		if (g == 0 || (u->cls & CUE_EVIDENCE))
			return;
		found = subordinate_subject(x, g - 1, u, &en) || clause_subject(x, g - 1, u, &en);
		fallback = true;
	} else if ((u->cls & CUE_INVERTED) && !(u->cls & CUE_TELL) && after_mark && g == i &&
		   !named_before(x, g, u) && subject_after(x, k, u, &en)) {
		/* "..., had reported the capture of Bila Hora": no inversion
		 * after an auxiliary */
		found = true;
	} else {
		found = subject_before(x, g, u, &en);
	}
	if (found && en.kind == ENT_PRONOUN)
		sentence_body(x, u, &en);
	bool doc_only = rules_cue_document_only(u);
	/* "the coroner found that ...", "..., the watchdog found.",
	 * "Watchdog finds Ofori was checked twice": a finding an office
	 * states */
	bool finding = found && (that_soon(x, k) || finding_without_that(x, k, u, &en)) &&
		       (en.kind == ENT_ROLE || en.kind == ENT_PERSON || en.kind == ENT_ORG ||
			en.kind == ENT_KNOWN || en.kind == ENT_PRONOUN || en.kind == ENT_GROUPREF ||
			(en.kind == ENT_UNNAMED && en.role &&
			 (lex_get(&x->r->roles, en.role) || (lex_class(&x->r->unnamed, en.role) && !en.vague)))) &&
		       (en.kind == ENT_PRONOUN ||
			!(rules_grammar(x->r, str_lower(x->tmp, en.name, strlen(en.name))) &
			  (G_TIME | G_NONNAME))); /* never "November"; "she" is who was named */
	/* "Documents obtained by the Ledger show": the name after "by" is
	 * who holds the documents, not what shows */
	size_t ms = found ? token_at(x, en.ms) : 0;
	bool by_holder = found && ms > 1 && ms < x->nt && word_is(x, ms - 1, "by") &&
			 en.kind != ENT_DOCUMENT;
	/* "A post on X published on Nov. 3 by Dean Hollis claimed": who
	 * made a text that carries words says them */
	struct entity made;
	if (by_holder && np_voice_maker(&en) && document_before(x, g, &made) && made.role &&
	    (lex_class(&x->r->documents, made.role) & DOC_VOICE))
		by_holder = false;
	/* "A report by the administrators put losses at", "an incident
	 * report seen by Reuters put": the name after "by" made or holds the
	 * document, which is what speaks for a cue a text may speak; so does
	 * a document a participle describes ("a report dated 14 June
	 * estimated") */
	bool text_cue = (u->cls & (CUE_TEXT | CUE_PUBLISH)) && (by_holder || !found);
	if ((doc_only && (!found || !text_entity(x, &en) || by_holder)) || text_cue) {
		/* the document the clause is about comes first: "A study
		 * published in November ... found that" is the study's */
		struct entity doc;
		/* (but "The researchers used a model and found that": a
		 * finding whose speaker comes before the document keeps him) */
		/* ("The journal retracted the study after finding": a
		 * document the clause's verb acts on is its object, not what
		 * found) */
		if (document_before(x, g, &doc) &&
		    (doc_only || by_holder || described_document(x, &doc, g)) &&
		    !(finding && en.ms < doc.ms) &&
		    !(found && en.ms < doc.ms && verb_before(x, token_at(x, doc.ms)))) {
			en = doc;
			found = true;
			finding = false;
		} else if (!finding) {
			found = false;
		}
	}
	if (!found || (!fits(&en, u) && !finding))
		return;
	/* "shares have risen since the approach was reported, suggesting
	 * ...": the writer infers; a thing ends no one's sentence */
	if (fallback && en.thing)
		return;
	/* "said in a statement read outside the embassy": a noun inside a
	 * phrase is no subject; the verb is its participle */
	if (u->form == FORM_ED && g == i) {
		size_t f = token_at(x, en.ms);
		if (f > 0 && f < i && has(x, f - 1, G_PREPOSITION) &&
		    !has(x, f - 1, G_CLAUSAL | G_SUBORDINATOR) && !word_is(x, f - 1, "of") &&
		    !word_is(x, f - 1, "by") && has(x, f, G_DETERMINER))
			return;
	}
	bool inverted = found && en.ms > x->t[i].s;
	/* "less than economists had forecast": a comparison, not an
	 * attribution of the sentence */
	{
		size_t f0 = g;
		while (f0 > 0 && x->t[f0 - 1].s >= en.ms)
			f0--;
		if (!inverted && f0 > 0 && word_is(x, f0 - 1, "than"))
			return;
	}
	size_t first = g; /* the frame's first token: its subject's, or the verb group's */
	while (first > 0 && x->t[first - 1].s >= en.ms && !inverted)
		first--;
	/* ", which recall the famine": a relative clause after its comma
	 * is no parenthetical cue */
	bool quoted_before = first > 0 && !has(x, first, G_RELATIVE) &&
			     (quote_mark(x, first - 1) ||
			      (punct(x, first - 1, ',') && !opening_phrase(x, first - 1)) ||
			      (first > 1 && quote_mark(x, first - 2)));
	bool parenthetical = inverted || quoted_before || (k < x->nt && punct(x, k, ',')) ||
			     k >= x->nt || punct(x, k, '.');
	if (doc_only && !finding && !text_entity(x, &en))
		return; /* "police found" is an act; "the study found" a source */
	/* "card details linked to the accounts": a participle after its
	 * noun, no verb with an object */
	if (doc_only && u->form == FORM_ED && g == i && k < x->nt && (word_is(x, k, "to") || word_is(x, k, "with")))
		return;
	if ((u->cls & CUE_CLAUSE) && !parenthetical && !clause_follows(x, k) && !memory_told(x, u, &en, k))
		return;
	/* "..., he continued.": only closing what was said (not "Sanders
	 * continues to trail") */
	/* "..., he continued.": after what was said, never "after he spoke." */
	bool after_words = first > 0 && (quote_mark(x, first - 1) || punct(x, first - 1, ',') ||
					 dash(x, first - 1) || punct(x, first - 1, ':'));
	if ((u->cls & CUE_CLOSING) && !(inverted || (first > 0 && quote_mark(x, first - 1)) ||
					 (after_words && (k >= x->nt || punct(x, k, '.'))) ||
					 (punct(x, k, ',') && k + 1 < x->nt && quote_mark(x, k + 1))))
		return;
	if ((u->cls & CUE_STRICT) && !strict_follows(x, k) && !parenthetical &&
	    !(has(x, k, G_CLAUSAL | G_PRONOUN) || (k < x->nt && quote_mark(x, k))))
		return;
	if ((u->cls & CUE_NAMING) && !naming_follows(x, k))
		return;
	/* "Bositis agreed that ..." reports speech; "experts agree" is a
	 * weasel phrase (guide section 2), left to the vague patterns */
	if ((u->cls & CUE_SPECIFIC) && (en.vague || en.kind == ENT_NONE || vague_group(x, &en)))
		return;
	/* "the report states that", not "Rust Belt states Indiana, Ohio" */
	if ((u->cls & CUE_EXPLICIT) && k < x->nt && !punct(x, k, '.') && !punct(x, k, ',') &&
	    !word_is(x, k, "that") && !quote_mark(x, k) && !punct(x, k, ':'))
		return;
	/* (closing what was said only after it: "..., the report states.",
	 * not "the Council, which represents the member states.") */
	if ((u->cls & CUE_EXPLICIT) && (k >= x->nt || punct(x, k, '.')) && !quoted_before && !inverted)
		return;
	if ((u->cls & CUE_QUESTION) &&
	    ((!parenthetical && !question_follows(x, k)) || (k < x->nt && has(x, k, G_NEGATION))))
		return; /* "who asked not to be named" asks nothing of anyone */
	if ((u->cls & CUE_FORECAST) && !forecast_object(x, k))
		return; /* "cut rates" is an act; "cut its forecast" publishes */
	if ((u->cls & CUE_PLEA) && plea_object(x, k))
		return; /* "admitted fraud" is a plea; "admitted that" speaks */
	if (u->cls & CUE_PUBLISH) {
		/* "with all 112 precincts counted", "two companies registered
		 * at the address", "the council put in a cycle lane": a
		 * participle after its noun, with no object, publishes
		 * nothing */
		/* ("counted about 800 points": a preposition before a
		 * figure that dates nothing is an approximation of it) */
		bool approx = k + 1 < x->nt && has(x, k, G_PREPOSITION) && number_at(x, k + 1) &&
			      !token_is_date(x->t, x->nt, k + 1);
		if (u->form == FORM_ED && g == i && i > 0 && x->t[i - 1].kind == TOK_WORD &&
		    !has(x, i - 1, G_AUX | G_PRONOUN | G_RELATIVE) && !approx &&
		    (k >= x->nt || is_punct(x, k) || has(x, k, G_PREPOSITION) ||
		     (has(x, k, G_ADVERB) && !(k + 1 < x->nt && (x->t[k + 1].kind == TOK_NUM ||
								  has(x, k + 1, G_NUMBER))))) &&
		    !at_figure(x, k))
			return;
		/* an office or a document publishes figures; a person who
		 * "put the hosts ahead" does not */
		/* ", exporters estimate,": the figure went before */
		bool someone = en.kind == ENT_PERSON || en.kind == ENT_ROLE ||
			       (en.kind == ENT_PRONOUN && strcmp(en.name, "it") && strcmp(en.name, "they"));
		bool at = at_figure(x, k);
		/* "measured it at 6.2", "measured 7.1", "the average puts
		 * Diedrich ahead by 1.8 points"; not "the index, which measures
		 * the dollar against six currencies" */
		bool direct = at || (k < x->nt && (x->t[k].kind == TOK_NUM || has(x, k, G_NUMBER))) ||
			      by_figure(x, k);
		if ((u->cls & CUE_DIRECT) && !direct && !inverted)
			return;
		/* ("St James's Park recorded 20C": a place's name, whose last
		 * word says it is one, is where it was measured) */
		if ((u->cls & CUE_LOCATED) &&
		    ((en.kind == ENT_KNOWN && en.type == SRC_GOVERNMENT) ||
		     (en.role && (lex_class(&x->r->orgs, en.role) & ORG_POLITY)) || place_name(x, en.name)))
			return;
		if ((!figure_follows(x, k) && !at && !parenthetical) ||
		    (someone && !forecast_object(x, k) && !at))
			return;
	}
	/* "the car slammed into a wall", "Scotland defended through 16
	 * phases": a judging verb straight before a preposition judges no
	 * one; it moved.  "as" and "for" give what the judged one is or
	 * did ("a deal rights groups have criticised for ...", "a trade she
	 * defended for the rest of her life") */
	if ((u->cls & CUE_EVALUATIVE) && !(u->cls & (CUE_SPEECH | CUE_CLAUSE | CUE_DIRECTIVE)) &&
	    !u->particle && !parenthetical && k < x->nt && has(x, k, G_PREPOSITION) &&
	    !word_is(x, k, "as") && !word_is(x, k, "for"))
		return;
	/* "the lawsuit blames Brightwell", "the report urged": a text
	 * judges and asks; data and polls do not */
	if ((u->cls & (CUE_EVALUATIVE | CUE_DIRECTIVE)) && !(u->cls & CUE_TEXT) &&
	    en.kind == ENT_DOCUMENT && data_document(x, &en))
		return;
	if (!inverted && !fallback && subordinate_act(x, first, k))
		return;
	/* "We have given investigators everything they asked for.": a
	 * pronoun right after a noun opens a relative clause without
	 * "that"; ending there, it attributes nothing of the sentence */
	if (!inverted && !fallback && en.kind == ENT_PRONOUN && first > 0 &&
	    x->t[first - 1].kind == TOK_WORD && !x->t[first - 1].upper &&
	    !has(x, first - 1, G_ADVERB | G_TIME | G_CONJUNCTION | G_SUBORDINATOR | G_RELATIVE |
				G_CLAUSAL | G_AUX | G_PREPOSITION | G_NEGATION | G_MODAL) &&
	    !x->cu[first - 1] && (k >= x->nt || punct(x, k, '.') || punct(x, k, ',') || stranded(x, u, k)))
		return;
	/* "the agency quoted him as saying": the one quoted speaks (the
	 * pattern quoted-object-as-saying); a medium named so relays, and
	 * stays for that */
	if ((u->cls & CUE_EVIDENCE) && quoted_as(x, k) && en.kind != ENT_MEDIA)
		return;
	struct entity second;
	bool pair = !fallback && name_pair(x, &en, u, &second);
	add(x, fallback ? "grammar-participle" : inverted ? "grammar-inverted" : "grammar-subject",
	    i, k, &en, u, fallback);
	if (pair)
		add(x, inverted ? "grammar-inverted" : "grammar-subject", i, k, &second, u, false);
	if (!inverted && !fallback)
		coordinated(x, i, k, &en, u);
	if (u->cls & CUE_TELL)
		hearer(x, k, cue_s, cue_e);
	if (en.kind == ENT_PERSON)
		employer_outlet(x, &en, cue_s, cue_e);
}

static bool all_caps(const struct ctx *x, size_t i)
{
	const struct token *t = &x->t[i];
	size_t letters = 0;
	for (size_t o = t->s; o < t->e;) {
		size_t len;
		uint32_t c = utf8_decode(x->s + o, t->e - o, &len, NULL);
		if (cp_is_lower(c))
			return false;
		letters += cp_is_upper(c);
		o += len;
	}
	return letters > 0;
}

/* Does the story name someone in full whose last name is w ("Dana
 * Whitfield" for "Whitfield")? */
static bool surname_in(const struct pc_doc *doc, const char *w, size_t n)
{
	/* a transcript names its speakers early; a long archive is not
	 * read whole for each label */
	for (size_t b = 0; b < doc->nblocks && b < 400; b++) {
		const char *t = doc->blocks[b].text, *end = t + doc->blocks[b].len;
		for (const char *p = t; p + n <= end; p++) {
			if (memcmp(p, w, n) || p < t + 2 || p[-1] != ' ' ||
			    (p + n < end && cp_is_alpha((unsigned char)p[n])))
				continue;
			const char *q = p - 1;
			while (q > t && q[-1] != ' ')
				q--;
			size_t len;
			if (q < p - 1 && cp_is_upper(utf8_decode(q, (size_t)(p - 1 - q), &len, NULL)))
				return true;
		}
	}
	return false;
}

/* Do three paragraphs or more open with a label in capitals ("BRENNAN:",
 * after a quotation mark when a transcript is quoted)?  Then the story
 * holds a transcript, and a label in one word is a speaker's. */
static bool caps_labels(const struct pc_doc *doc)
{
	size_t n = 0;
	for (size_t b = 0; b < doc->nblocks && b < 400 && n < 3; b++) {
		const char *t = doc->blocks[b].text, *end = t + doc->blocks[b].len;
		size_t len;
		if (t < end && cp_is_dquote(utf8_decode(t, (size_t)(end - t), &len, NULL)))
			t += len;
		const char *p = t;
		while (p < end && ((*p >= 'A' && *p <= 'Z') || *p == ' ' || *p == '.' || *p == '-'))
			p++;
		n += p - t >= 3 && p < end && *p == ':';
	}
	return n >= 3;
}

/* The end of a mixed-case label's name ("Dana Whitfield" of "Dana
 * Whitfield, chief executive:"), and in *colon the colon's token; 0 when
 * the claim opens with none. */
static size_t mixed_label_name(const struct ctx *x, size_t *colon)
{
	if (!doc_mixed_label(x->s, x->n) || !doc_transcript(x->doc))
		return 0;
	size_t e = 0;
	while (e < x->nt && x->t[e].kind == TOK_WORD && x->t[e].upper)
		e++;
	size_t k = e;
	while (k < x->nt && !punct(x, k, ':'))
		k++;
	if (e == 0 || k >= x->nt || (rules_grammar(x->r, x->t[0].low) & (G_LABEL | G_NONNAME)))
		return 0;
	/* "Employment: down 12,300" in a fact box: one word labels a
	 * speaker only as a role or as the surname of someone the story
	 * names in full */
	if (e == 1 && !lex_get(&x->r->roles, x->t[0].low) &&
	    !surname_in(x->doc, x->s + x->t[0].s, x->t[0].e - x->t[0].s))
		return 0;
	*colon = k;
	return e;
}

/* A label's speaker: a role ("HOST", "Moderator") or a person named
 * `person`, whose surname the resolver completes from the story. */
static void label_speaker(const struct ctx *x, const char *name, const char *person,
			  struct entity *en)
{
	const char *lw = str_lower(x->tmp, name, strlen(name));
	if (lex_get(&x->r->roles, lw)) {
		en->kind = ENT_ROLE;
		en->type = SRC_OFFICIAL;
		en->role = lw;
		en->name = lw;
	} else {
		en->kind = ENT_PERSON;
		en->type = SRC_PERSON;
		en->name = person;
		en->role = person; /* a surname to complete from the document */
	}
}

/* The frame of a label from token b to token e, its colon the cue: it speaks
 * the whole turn. */
static void label_frame(struct ctx *x, size_t b, size_t e, size_t colon, const struct entity *en)
{
	struct frame f = { .rule = "transcript-label", .kind = FRAME_SPEAKER,
			   .cue_s = x->t[colon].s, .cue_e = x->t[colon].e, .ent = *en };
	f.ent.ms = x->t[b].s;
	f.ent.me = x->t[e - 1].e;
	f.pos = 0;
	f.label = true;
	recognize_add_frame(x, &f);
}

/* A transcript's speaker label opening a paragraph: "WALLACE: Let's
 * start", "JAKE TAPPER: ...", "Dana Whitfield, chief executive: ..." make
 * that speaker the source of the turn (guide section 2).  "Q:" names
 * nobody. */
void clause_label(struct ctx *x)
{
	if (x->c->tstart != 0 || x->c->kind == CLAIM_HEADING)
		return;
	/* a transcript quoted in an article opens each turn with a quote
	 * mark: "\"WALLACE: Let's start" */
	size_t b = x->nt > 1 && quote_mark(x, 0) ? 1 : 0;
	/* "SEN. TREVINO:", "REP. HALL:": the title before the name is no
	 * part of the label's name */
	if (b + 3 < x->nt && x->t[b].kind == TOK_WORD && all_caps(x, b) && punct(x, b + 1, '.') &&
	    (lex_class(&x->r->abbrev, x->t[b].low) & ABBR_TITLE) && x->t[b + 2].kind == TOK_WORD &&
	    all_caps(x, b + 2))
		b += 2;
	size_t e = b, letters = 0, colon;
	while (e < x->nt && e < b + 5 && x->t[e].kind == TOK_WORD && all_caps(x, e)) {
		letters += x->t[e].e - x->t[e].s;
		e++;
	}
	/* "PAUL ADEYEMI, DIRECTOR OF OPERATIONS, NORTH EAST AMBULANCE
	 * SERVICE:": the name, then the post in capitals up to the colon */
	size_t label_colon = e;
	if (e > b + 1 && e < x->nt && punct(x, e, ',')) {
		size_t q = e + 1;
		while (q < x->nt && q < e + 16 &&
		       ((x->t[q].kind == TOK_WORD && all_caps(x, q)) || punct(x, q, ',') || punct(x, q, '&')))
			q++;
		if (q > e + 1 && q < x->nt && punct(x, q, ':') && x->t[q - 1].kind == TOK_WORD)
			label_colon = q;
	}
	if (e == b || label_colon >= x->nt || !punct(x, label_colon, ':')) {
		if (b)
			return;
		/* "Operator: Our first question comes from ...": a part that
		 * no one is named for speaks as itself (rules/turns.txt) */
		if (x->nt > 2 && x->t[0].upper && punct(x, 1, ':') &&
		    (lex_class(&x->r->turns, x->t[0].low) & TURN_PART)) {
			struct entity en = { .kind = ENT_UNNAMED, .type = SRC_UNNAMED };
			en.name = str_fold(x->tmp, x->s + x->t[0].s, x->t[0].e - x->t[0].s);
			label_frame(x, 0, 1, 1, &en);
			return;
		}
		/* "Dana Whitfield, chief executive: ...", "Whitfield: ..." */
		e = mixed_label_name(x, &colon);
		if (e) {
			struct entity en = { 0 };
			/* "Ms Okafor:", "Mr. Hale:": the surname, which the
			 * resolver completes from the document */
			size_t ns = 0;
			if (e > 1 && (lex_class(&x->r->abbrev, x->t[0].low) & ABBR_TITLE))
				ns = punct(x, 1, '.') ? 2 : 1;
			if (ns >= e)
				ns = 0;
			char *name = str_fold(x->tmp, x->s + x->t[ns].s, x->t[e - 1].e - x->t[ns].s);
			label_speaker(x, name, name, &en);
			/* "Chair (Robert Haldane):": the role's holder named in
			 * brackets speaks */
			size_t pe = e + 1;
			while (pe < colon && x->t[pe].kind == TOK_WORD && x->t[pe].upper)
				pe++;
			if (en.kind == ENT_ROLE && punct(x, e, '(') && pe >= e + 3 && pe + 1 == colon &&
			    punct(x, pe, ')')) {
				char *held = str_fold(x->tmp, x->s + x->t[e + 1].s, x->t[pe - 1].e - x->t[e + 1].s);
				label_speaker(x, held, held, &en);
			}
			label_frame(x, 0, e, colon, &en);
		}
		return;
	}
	/* "Q:" and "A:" of a published interview: the interviewer and the
	 * one interviewed, named by the resolver (rules/turns.txt) */
	unsigned turn = e == b + 1 ? lex_class(&x->r->turns, x->t[b].low) : 0;
	/* "AK:", "CF:": a newspaper's Q&A labels its speakers by initials */
	bool initials = !turn && e == b + 1 && letters == 2;
	if (letters < 3 && !turn && !initials)
		return;
	/* "CORRECTION:", "UPDATE:": a label of the page, no one speaking */
	if (e == b + 1 && has(x, b, G_LABEL))
		return;
	/* "HOST", "MORALES" as written, in the case a name takes */
	char *name = str_fold(x->tmp, x->s + x->t[b].s, x->t[e - 1].e - x->t[b].s);
	char *low = str_lower(x->tmp, name, strlen(name));
	bool cap = true;
	for (char *p = low; *p; p++) {
		if (cap && *p >= 'a' && *p <= 'z')
			*p = (char)(*p - 32);
		cap = *p == ' ' || *p == '-' || *p == '\'';
	}
	/* "GDP: up 0.3%" in a fact box: one word in capitals labels a
	 * speaker where the story is a transcript, or as a role or the
	 * surname of someone it names */
	if (e == b + 1 && !turn && !initials && !lex_get(&x->r->roles, str_lower(x->tmp, name, strlen(name))) &&
	    !surname_in(x->doc, low, strlen(low)) && !doc_transcript(x->doc) && !caps_labels(x->doc))
		return;
	struct entity en = { 0 };
	if (turn & TURN_PART) {
		en.kind = ENT_UNNAMED;
		en.type = SRC_UNNAMED;
		en.name = name;
	} else if (initials || turn) {
		en.kind = initials ? ENT_INITIALS : turn & TURN_ASKER ? ENT_ASKER :
			  turn & TURN_HOST ? ENT_HOST : ENT_ANSWERER;
		en.type = SRC_PERSON;
		en.name = name; /* as written until the resolver names them */
	} else {
		label_speaker(x, name, low, &en);
	}
	label_frame(x, b, e, label_colon, &en);
}

/* Are the words from token `from` on in title case, capitals saying
 * nothing of names there?  A headline ("Look How Trey Gowdy Said"), or
 * one quoted in the body after a colon ("Joe Scarborough: Donald Trump
 * Playing Dumb About The KKK Is 'Disqualifying.'"). */
static bool titlecase_from(const struct ctx *x, size_t from)
{
	size_t longw = 0, caps = 0;
	for (size_t i = from; i < x->nt; i++)
		if (x->t[i].kind == TOK_WORD && x->t[i].e - x->t[i].s >= 4) {
			longw++;
			caps += x->t[i].upper;
		}
	return longw >= 3 && caps * 10 >= longw * 8;
}

/* "Daron Shaw: “Historically, ...”", "From the report: “...”",
 * "Bernie Sanders: I'm Not Much Of A Socialist": a name and a colon
 * before a quotation or a quoted headline speak it. */
void clause_colon(struct ctx *x)
{
	static const struct cue_use colon_use = { .lemma = ":", .cls = CUE_SPEECH | CUE_TEXT };
	for (size_t c = 1; c + 1 < x->nt; c++) {
		if (!punct(x, c, ':') || recognize_in_quote(x, x->t[c].s))
			continue;
		bool quote = quote_mark(x, c + 1);
		/* ("- Second: Mikkel Aagaard (Denmark), Team Baltica": a
		 * list item's label heads a line of a results box, whatever
		 * its capitals) */
		bool title = !quote && x->c->kind == CLAIM_CLAIM && !x->titlecase &&
			     x->c->block->kind != BLOCK_LIST_ITEM && titlecase_from(x, c + 1);
		if (!quote && !title)
			continue;
		size_t e, s = np_last(x, 0, c, &e);
		/* the phrase opens its clause: "telling Breitbart London:",
		 * "said in a statement:" name a hearer and a channel */
		if (s >= e || e != c || has(x, s, G_LABEL) ||
		    (has(x, s, G_NONNAME) && !has(x, s, G_DETERMINER)) ||
		    (title && s != 0) || (s > 0 && !dash(x, s - 1) && !punct(x, s - 1, ';') &&
					  !punct(x, s - 1, ':') && !word_is(x, s - 1, "from")))
			continue;
		/* "South Carolina: Andrew Collins, Antjuan Seawright, ...": a list */
		size_t commas = 0;
		for (size_t k = c + 1; k < x->nt; k++)
			commas += punct(x, k, ',');
		if (title && commas >= 3)
			continue;
		struct entity en;
		subject_np(x, s, e, &colon_use, &en);
		if (en.kind == ENT_NONE || en.kind == ENT_PRONOUN)
			continue;
		/* a text or a group that speaks ("the report", "aides"), not
		 * "three parts" */
		if ((en.kind == ENT_GROUPREF || en.kind == ENT_UNNAMED) &&
		    !(en.role && (lex_get(&x->r->documents, en.role) || lex_get(&x->r->unnamed, en.role) ||
				  lex_get(&x->r->roles, en.role))))
			continue;
		/* "Paris: The City Of Light Goes Dark": a place heads a story */
		if (title && en.type == SRC_GOVERNMENT)
			continue;
		struct frame f = { .rule = "grammar-colon", .kind = FRAME_SPEAKER, .cue_s = x->t[c].s,
				   .cue_e = x->t[c].e, .ent = en, .cue_cls = CUE_SPEECH };
		f.pos = en.ms;
		f.content_s = x->t[c + 1].s;
		f.content_e = x->n;
		recognize_add_frame(x, &f);
	}
}

/* "Trump leads by 57 percent to 33 percent in the 50-state poll", "In
 * the latest polls, he doesn't": a figure read in a poll or a study cites
 * it, unless someone in the sentence speaks (then it is their channel). */
void clause_in_data(struct ctx *x)
{
	static const struct cue_use data_use = { .lemma = "in", .cls = CUE_DOCUMENT | CUE_TEXT };
	bool figure = false;
	for (size_t i = 0; i < x->nt && !figure; i++)
		figure = x->t[i].kind == TOK_NUM || has(x, i, G_NUMBER | G_SHARE);
	if (!figure || x->c->kind != CLAIM_CLAIM)
		return;
	for (size_t p = 0; p + 1 < x->nt; p++) {
		if (!word_is(x, p, "in") || recognize_in_quote(x, x->t[p].s))
			continue;
		size_t e = np_first(x, p + 1, x->nt);
		if (e <= p + 1)
			continue;
		size_t h = e - 1; /* the head, before what follows it */
		for (size_t k = p + 1; k < e; k++)
			if (has(x, k, G_DATA) && !x->t[k].upper) {
				h = k;
				break;
			}
		/* "a census tract" names no data; "a KFF survey of 2,100
		 * adults", "data from the ONS" do */
		if (!has(x, h, G_DATA) || x->t[h].upper || (h != e - 1 && !has(x, h + 1, G_PREPOSITION)))
			continue;
		/* "in the margin between polls": the data word heads a
		 * phrase inside another, which names no data */
		bool inner = false;
		for (size_t k = p + 2; k < h && !inner; k++)
			inner = has(x, k, G_PREPOSITION) && !has(x, k, G_LINKER);
		if (inner)
			continue;
		/* "Homes in the capital cost an average of": a verb and its
		 * object, not a phrase naming data */
		bool verb = false;
		for (size_t k = p + 2; k < h; k++)
			verb |= has(x, k, G_DETERMINER) && !x->t[k - 1].upper && !has(x, k - 1, G_DETERMINER | G_PREPOSITION);
		if (verb)
			continue;
		struct entity en;
		subject_np(x, p + 1, e, &data_use, &en);
		if (!text_entity(x, &en))
			continue;
		struct frame f = { .rule = "grammar-in-data", .kind = FRAME_SPEAKER, .cue_s = x->t[p].s,
				   .cue_e = x->t[p].e, .ent = en, .fallback = true,
				   .cue_cls = CUE_DOCUMENT };
		f.pos = en.ms;
		recognize_add_frame(x, &f);
		return;
	}
}

/* "Dashly said its couriers were contractors", "Dashly had argued":
 * a capital opening the sentence that is an adverb only by its "-ly"
 * (rules/grammar.txt) is a name when a verb of speech or an auxiliary
 * follows it and a clause follows that; an adverb cannot be the
 * subject ("Previously announced plans" keeps its adverb). */
static bool suffix_adverb_speaks(const struct ctx *x)
{
	const struct token *t = x->t;
	if (!t[0].upper || t[0].kind != TOK_WORD || !(x->g[0] & G_ADVERB) ||
	    lex_get(&x->r->grammar, t[0].low))
		return false;
	size_t v = 1;
	while (v + 1 < x->nt && (x->g[v] & (G_AUX | G_MODAL)))
		v++;
	if (!x->cu[v] || v + 1 >= x->nt)
		return false;
	return x->t[v + 1].kind == TOK_PUNCT ||
	       (x->g[v + 1] & (G_CLAUSAL | G_DETERMINER | G_PRONOUN | G_PREPOSITION));
}

void clause_tag(struct ctx *x)
{
	x->titlecase = x->c->kind == CLAIM_HEADING && titlecase_from(x, 0);
	x->g = arena_alloc(x->tmp, (x->nt + 1) * sizeof(*x->g));
	x->cu = arena_alloc(x->tmp, (x->nt + 1) * sizeof(*x->cu));
	for (size_t i = 0; i < x->nt; i++) {
		x->g[i] = rules_grammar(x->r, x->t[i].low);
		x->cu[i] = x->t[i].kind == TOK_WORD ? rules_cue(x->r, x->t[i].low) : NULL;
		/* "I've", "we'd": the first person with its auxiliary is
		 * still the first person, no name ("'s" may be a possessive) */
		char head[16];
		if (!x->g[i] && x->t[i].kind == TOK_WORD &&
		    str_contraction_head(x->t[i].low, head, sizeof(head)) &&
		    (rules_grammar(x->r, head) & G_PERSON) &&
		    strcmp(x->t[i].low + strlen(head), "'s") != 0)
			x->g[i] = rules_grammar(x->r, head);
		/* "al-Assad": a name's particle joined to a capital is a
		 * name's word, as if capitalised itself */
		struct token *t = &x->t[i];
		if (t->kind == TOK_WORD && !t->upper && rules_joined_particle(x->r, x->s + t->s, t->e - t->s)) {
			t->upper = true;
			x->g[i] = 0;
			x->cu[i] = NULL;
		}
		/* "WHO says", "the US said": a known source's name in
		 * capitals is that name, not the grammar word it spells */
		if (x->g[i] && str_all_capitals(x->s + t->s, t->e - t->s) &&
		    rules_gazetteer_lookup(x->r, t->low)) {
			x->g[i] = 0;
			x->cu[i] = NULL;
		}
	}
	if (x->nt > 2 && suffix_adverb_speaks(x))
		x->g[0] &= ~G_ADVERB;
}

void clause_frames(struct ctx *x)
{
	for (size_t i = 0; i < x->nt; i++) {
		if (!x->cu[i] || recognize_in_quote(x, x->t[i].s))
			continue;
		/* "Edward Said", "The Post": a capital mid-sentence is a name */
		if (x->t[i].upper && i > 0 && !x->titlecase && !quote_mark(x, i - 1) &&
		    !punct(x, i - 1, ':'))
			continue;
		for (const struct cue_use *u = x->cu[i]; u;
		     u = u->next >= 0 ? &x->r->cue_uses[u->next] : NULL)
			try_reading(x, i, u);
	}
}
