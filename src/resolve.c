#include "resolve.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "recognize.h"
#include "util.h"

/* A person mention found anywhere in the text, in document order. */
struct mention {
	size_t person;
	size_t pos;
	bool quoted; /* inside a quotation: the speaker's words, not the story's */
	bool opens;  /* the name, with its titles, opens its sentence */
	bool owner;  /* "Kowalczyk's spokesman": whose, not who */
	bool clause; /* opens a clause: "..., but Kemeklis declined" */
};

struct rctx {
	struct pc_doc *doc;
	const pc_rules *r;
	struct arena tmp; /* per-claim scratch */
	struct mention *m;
	size_t nm, capm;
	/* names the document writes before a legal form ("Helio Bonds" of
	 * "Helio Bonds Ltd"), as name_key keys: companies, not people */
	struct lexicon companies;
	/* the byline's writer, read at the first interview turn */
	const char *writer;
	bool writer_read;
	/* the businesses "the company" may name (story_company), read once
	 * from the story's first WINDOW claims */
	struct company *companies_read;
	size_t ncompanies;
	bool companies_done;
	/* the business the text names, when no source does (text_company),
	 * read once */
	const char *text_company;
	bool text_company_done;
};


/* A capitalised word that is no part of a name: "The", "But", "Even",
 * "Monday", "Updated", "Said", "Mr" (rules/grammar.txt, cues.txt) */
static bool skip_word(const pc_rules *r, const char *low)
{
	const uint64_t not_name = G_NONNAME | G_DETERMINER | G_PREPOSITION | G_CONJUNCTION |
				  G_SUBORDINATOR | G_TIME | G_PRONOUN | G_PERSON | G_LABEL |
				  G_QUANTIFIER | G_NUMBER | G_NEGATION;
	if (rules_grammar(r, low) & not_name)
		return true;
	/* "Trustees Ana Beltrán, ...": a role's plural before names */
	size_t ll = strlen(low);
	char one[48];
	if (ll > 3 && ll < sizeof(one) && low[ll - 1] == 's') {
		memcpy(one, low, ll - 1);
		one[ll - 1] = '\0';
		if (lex_get(&r->roles, one))
			return true;
	}
	/* "I'm Jonah Perl": a pronoun's contraction opens no name */
	char head[8];
	if (str_contraction_head(low, head, sizeof(head)) && (rules_grammar(r, head) & (G_PRONOUN | G_PERSON)))
		return true;
	const struct cue_use *u = rules_cue(r, low);
	if (u && (u->form == FORM_ED || u->form == FORM_ING || u->form == FORM_S) && !u->particle)
		return true;
	return (lex_class(&r->abbrev, low) & ABBR_TITLE) != 0;
}

static const struct person *fullest(const struct pc_doc *doc, const char *name);

/* "said Ashby's gift was": a verb of speech whose clause opens with
 * the name ("congratulated Varga", "told Ashby" take it as an object) */
static bool reports_clause(const pc_rules *r, const char *w)
{
	for (const struct cue_use *u = rules_cue(r, w); u; u = u->next >= 0 ? &r->cue_uses[u->next] : NULL)
		if ((u->cls & (CUE_SPEECH | CUE_CLAUSE)) && !(u->cls & (CUE_TELL | CUE_EVALUATIVE)) &&
		    !u->particle)
			return true;
	return false;
}

/* Does the name of two words or more open with a first name
 * (rules/gender.txt)? */
static bool first_name(const pc_rules *r, const char *name)
{
	return strchr(name, ' ') && rules_opens_on_first_name(r, name);
}

static size_t pos_of(size_t claim, size_t off)
{
	return (claim << 20) | (off < (1u << 20) ? off : (1u << 20) - 1);
}

static size_t last_word(const char *name, const char **w);
static bool called_no_business(const pc_rules *r, const char *text, const char *name);
static bool described_body(const pc_rules *r, const struct claim *c, const struct source *s);
static bool initials_of(const char *acro, const char *name);

/* People are looked up by name, last word and first word through hash
 * indexes: a scan of everyone named so far, for every pronoun and name,
 * made a long document quadratic.  Each word chain links people sharing
 * the word, newest first. */
/* A word as a lexicon key (names longer than the buffer are cut alike on
 * every lookup). */
static const char *chain_key(char key[256], const char *w, size_t n)
{
	if (n >= 256)
		n = 255;
	memcpy(key, w, n);
	key[n] = '\0';
	return key;
}

/* The index + 1 of the newest person with that word, 0 for none. */
static size_t chain_head(const struct lexicon *lx, const char *w, size_t n)
{
	char key[256];
	const struct lex_entry *e = lex_get(lx, chain_key(key, w, n));
	return e ? (size_t)e->cls : 0;
}

static void chain_add(struct lexicon *lx, const char *w, size_t n, size_t *next, size_t idx)
{
	char key[256];
	*next = chain_head(lx, w, n);
	lex_put(lx, chain_key(key, w, n), idx + 1, NULL);
}

static size_t find_person(struct pc_doc *doc, const char *name)
{
	const struct lex_entry *e = lex_get(&doc->people_by_name, name);
	if (e)
		return (size_t)e->cls - 1;
	doc->people = arena_grow(&doc->arena, doc->people, &doc->cappeople,
				 doc->npeople + 1, sizeof(*doc->people));
	size_t idx = doc->npeople++;
	struct person *p = &doc->people[idx];
	memset(p, 0, sizeof(*p));
	p->name = arena_strdup(&doc->arena, name);
	lex_put(&doc->people_by_name, p->name, idx + 1, NULL);
	const char *lw;
	size_t ll = last_word(p->name, &lw);
	chain_add(&doc->people_by_last, lw, ll, &p->next_last, idx);
	const char *sp = strchr(p->name, ' ');
	if (sp)
		chain_add(&doc->people_by_first, p->name, (size_t)(sp - p->name), &p->next_first,
			  idx);
	return idx;
}

/* The person of that exact name, or NULL. */
static const struct person *person_named(const struct pc_doc *doc, const char *name)
{
	const struct lex_entry *e = lex_get(&doc->people_by_name, name);
	return e ? &doc->people[e->cls - 1] : NULL;
}

/* "He said" found Brahim: Brahim is a man, and a later "she" is someone
 * else.  Only a gender not known yet is learnt. */
static void learn_gender(struct pc_doc *doc, const char *name, char g)
{
	const struct lex_entry *e = name ? lex_get(&doc->people_by_name, name) : NULL;
	if (e && !doc->people[e->cls - 1].gender)
		doc->people[e->cls - 1].gender = g;
}

static void add_role(struct person *p, const char *role)
{
	for (int i = 0; i < p->nroles; i++)
		if (strcmp(p->roles[i], role) == 0)
			return;
	if (p->nroles < (int)COUNTOF(p->roles))
		p->roles[p->nroles++] = role;
}

/* The role phrase ending at token e (exclusive), if any. */
static const char *role_before(const struct rctx *x, const struct token *t, size_t e,
			       const char *s)
{
	for (size_t w = 3; w >= 1; w--) {
		if (e < w)
			continue;
		size_t a = e - w;
		char *ph = str_fold((struct arena *)&x->tmp, s + t[a].s, t[e - 1].e - t[a].s);
		char *low = str_lower((struct arena *)&x->tmp, ph, strlen(ph));
		const struct lex_entry *le = lex_get(&x->r->roles, low);
		if (le)
			return le->key;
	}
	return NULL;
}

static bool is_name_token(const struct rctx *x, const struct token *t)
{
	if (t->kind != TOK_WORD || !t->upper)
		return false;
	size_t l = strlen(t->low);
	return !(l > 2 && t->low[l - 2] == '\'' && t->low[l - 1] == 's');
}

/* "A330", "Piraeus-based", "Kyiv-born": a capitalised word with a
 * figure in it, or with a lower-case word after its hyphen, describes
 * or numbers something; it is no part of a person's name. */
static bool descriptor_token(const struct token *t, const char *s)
{
	for (size_t i = t->s; i < t->e; i++) {
		if (s[i] >= '0' && s[i] <= '9')
			return true;
		if (s[i] == '-' && i + 1 < t->e && s[i + 1] >= 'a' && s[i + 1] <= 'z')
			return true;
	}
	return false;
}

/* The bytes of a possessive ending ("'s", "’s") closing the word w,
 * 0 if none. */
static size_t possessive_end(const char *w, size_t n)
{
	if (n > 3 && w[n - 1] == 's' && w[n - 2] == '\'')
		return 2;
	if (n > 5 && w[n - 1] == 's' && !memcmp(w + n - 4, "\xE2\x80\x99", 3))
		return 4;
	return 0;
}

static bool relay_of(const struct claim *c, const char *name)
{
	for (size_t k = 0; k < c->nsources; k++)
		for (size_t v = 0; v < c->sources[k].nvia; v++)
			if (!strcasecmp(c->sources[k].via[v], name))
				return true;
	return false;
}

/* "Kranjc's team, Adria Sport, said": a name the recognizer gave a
 * body's source in this sentence is that body's, which no "he" takes */
static bool body_source_of(const struct claim *c, const char *name)
{
	for (size_t k = 0; k < c->nsources; k++)
		if (c->sources[k].type == SRC_ORGANIZATION && !c->sources[k].inherited &&
		    !strcasecmp(c->sources[k].name, name))
			return true;
	return false;
}

/* "After retiring in 2003, Rourke chaired ...": a name right after the
 * comma that closes an opening phrase is the clause's subject, as a
 * name opening the sentence is */
static bool opens_after_phrase(const struct rctx *x, const struct token *t, size_t a)
{
	if (a < 3 || t[a - 1].low[0] != ',' ||
	    !(rules_grammar(x->r, t[0].low) & (G_PREPOSITION | G_SUBORDINATOR | G_TIME | G_ADVERB)))
		return false;
	for (size_t k = 1; k + 1 < a; k++)
		if (t[k].kind == TOK_PUNCT && t[k].low[0] != '.' && t[k].low[0] != '-')
			return false;
	return true;
}

static void scan_claim(struct rctx *x, size_t ci)
{
	struct pc_doc *doc = x->doc;
	const struct claim *c = &doc->claims[ci];
	const char *s = c->text;
	struct token *t;
	size_t nt = tokenize(&x->tmp, s, strlen(s), &t);
	bool *inq = arena_zalloc(&x->tmp, (nt + 1) * sizeof(*inq));
	/* "... is not. The North East now has the highest rate": a
	 * sentence inside a quotation opened before it is the speaker's */
	for (size_t i = 0, open = c->starts_quoted; i < nt; i++) {
		if (t[i].cp == 0x201C || (t[i].cp == '"' && !open))
			open = 1;
		else if (t[i].cp == 0x201D || t[i].cp == '"')
			open = 0;
		inq[i] = open;
	}

	for (size_t i = 0; i < nt;) {
		if ((!is_name_token(x, &t[i]) && !(t[i].upper && t[i].kind == TOK_WORD)) ||
		    descriptor_token(&t[i], s)) {
			i++;
			continue;
		}
		size_t a = i, e = i;
		const char *role = NULL;
		/* leading role words and titles: "Mayor", "Foreign Minister", "Mr." */
		while (e < nt) {
			if (t[e].kind == TOK_PUNCT && t[e].low[0] == '.' && e > a &&
			    t[e - 1].e - t[e - 1].s <= 4) {
				e++;
				continue;
			}
			if (t[e].kind != TOK_WORD)
				break;
			bool conn = !t[e].upper && e > a && e + 1 < nt && t[e + 1].upper &&
				    (rules_grammar(x->r, t[e].low) & G_MIDNAME);
			/* "Hussein al-Wadei": a particle joined to a capital */
			conn |= !t[e].upper && e > a && rules_joined_particle(x->r, s + t[e].s, t[e].e - t[e].s);
			if ((!t[e].upper && !conn) || descriptor_token(&t[e], s))
				break;
			e++;
			if (t[e - 1].low[strlen(t[e - 1].low) - 1] == 's' &&
			    strlen(t[e - 1].low) > 2 && t[e - 1].low[strlen(t[e - 1].low) - 2] == '\'')
				break;
		}
		size_t b = a;
		for (size_t k = e; k-- > a + 1;)
			if (lex_get(&x->r->roles, t[k - 1].low) || role_before(x, t, k, s)) {
				/* "Cagayan Governor Rafael Soriano", "Chief
				 * Executive Dana Whitcombe" */
				b = k;
				break;
			}
		while (b < e && (skip_word(x->r, t[b].low) || t[b].kind == TOK_PUNCT ||
				 (e - b >= 3 && (rules_grammar(x->r, t[b].low) & G_NAME_PREFIX)) ||
				 lex_get(&x->r->roles, t[b].low) ||
				 (lex_class(&x->r->abbrev, t[b].low) & ABBR_TITLE) ||
				 /* "Italian Jannik Sinner", "Briton Tom Pidcock" */
				 (e - b >= 3 && rules_describes_person(x->r, t[b].low)) ||
				 /* "Plumber Dean Ashworth said": a word for someone
				  * opening the sentence in capitals (a surname
				  * such as "Baker" may stand inside one) */
				 (e - b >= 3 && b == 0 && lex_get(&x->r->persons, t[b].low))))
			b++;
		for (size_t k = a; k < b; k++) {
			const char *r = role_before(x, t, k + 1, s);
			if (r)
				role = r;
		}
		if (!role && a > 0)
			role = role_before(x, t, a, s);
		if (!role && a > 1 && t[a - 1].low[0] == ',')
			role = role_before(x, t, a - 1, s);
		size_t ne = e;
		while (ne > b && (t[ne - 1].kind == TOK_PUNCT))
			ne--;
		/* "Sarah Whitfield KC", "Jane Doe MP": a post-nominal is no
		 * part of the name "Ms Whitfield" later shortens */
		while (ne > b + 2 && (rules_grammar(x->r, t[ne - 1].low) & G_POSTNOMINAL)) {
			/* "Eoin McCarthy SC" is counsel, "Jane Doe MP" an MP */
			const struct lex_entry *le = lex_get(&x->r->roles, t[ne - 1].low);
			if (!role && le)
				role = le->key; /* the rules', lives as long as they do */
			ne--;
		}
		/* "Minister for Agriculture Tesfaye Worku": the role's
		 * portfolio before a name of two words */
		if (ne - b == 3 && b == a && a >= 2 && (rules_grammar(x->r, t[a - 1].low) & G_PREPOSITION) &&
		    lex_get(&x->r->roles, t[a - 2].low) &&
		    !(rules_grammar(x->r, t[a - 2].low) & G_RELATIONAL) && t[b + 1].kind == TOK_WORD &&
		    t[b + 1].e - t[b + 1].s > 2 && t[b + 2].kind == TOK_WORD)
			b++;
		i = e > i ? e : i + 1;
		if (ne <= b || ne - b > 4)
			continue;
		bool bad = false;
		/* "17 Labour MPs", "Republican Senators": a role's plural
		 * ending the capitals names a group, no person */
		char one[64];
		if (ne - b >= 2 && word_singular(t[ne - 1].low, 2, one) && lex_get(&x->r->roles, one))
			bad = true;
		for (size_t k = b; k < ne; k++) {
			unsigned oc = lex_class(&x->r->orgs, t[k].low);
			if (oc || lex_get(&x->r->gaz_alias, t[k].low) || skip_word(x->r, t[k].low) ||
			    lex_get(&x->r->unnamed, t[k].low))
				bad = true;
		}
		/* "the National Snow and Ice Data Center": after "the",
		 * capitals on after "and" that end in a body's noun make one
		 * body's name */
		if (a > 0 && !strcmp(t[a - 1].low, "the") && ne + 1 < nt &&
		    (!strcmp(t[ne].low, "and") || !strcmp(t[ne].low, "&"))) {
			size_t k = ne + 1;
			while (k < nt && t[k].kind == TOK_WORD && t[k].upper)
				k++;
			if (k > ne + 1 && (lex_class(&x->r->orgs, t[k - 1].low) & ORG_HEADS))
				bad = true;
		}
		/* "the Golden Orchid restaurant": a name an organization's or
		 * a place's noun follows is that place's */
		if (ne < nt && t[ne].kind == TOK_WORD && !t[ne].upper && lex_class(&x->r->orgs, t[ne].low) &&
		    !possessive_end(s + t[ne - 1].s, t[ne - 1].e - t[ne - 1].s))
			bad = true;
		/* "Verant Medical's quality chief": the name without its "'s" */
		size_t nend = t[ne - 1].e;
		if (possessive_end(s + t[ne - 1].s, nend - t[ne - 1].s))
			nend -= possessive_end(s + t[ne - 1].s, nend - t[ne - 1].s);
		char *name = str_fold(&x->tmp, s + t[b].s, nend - t[b].s);
		char *key = name_key(name);
		if (rules_gazetteer_lookup(x->r, key) || lex_get(&x->companies, key))
			bad = true;
		free(key);
		/* "in an interview with The Plain Dealer, she said": the
		 * outlet the recognizer took for a relay is nobody's name */
		bad |= relay_of(c, name);
		/* "Adria Sport–Ljubljanska", "Reuters/Ipsos": a name a slash or
		 * an en dash carries on is part of a longer one */
		bad |= token_joins_name(t, nt, ne);
		if (bad)
			continue;
		size_t ntok = 0;
		for (size_t k = b; k < ne; k++)
			ntok += t[k].kind == TOK_WORD;
		/* "A Western security official": an article before a
		 * capital is no title */
		bool titled = role != NULL;
		for (size_t k = a; k < b && !titled; k++)
			titled = t[k].kind == TOK_WORD &&
				 !(rules_grammar(x->r, t[k].low) & (G_DETERMINER | G_NONNAME | G_CONJUNCTION));
		/* a bare surname of someone named in full before: "Kofe" */
		const struct person *known = NULL;
		if (ntok < 2 && !titled) {
			known = fullest(doc, name);
			if (!known || !strcmp(known->name, name))
				continue;
		}
		/* "mayor of Ascoli Piceno", "in New York": a place; "closed
		 * the Darwin Mounds": a name after "the" is a thing's */
		/* (but "the shooting of Chidi Okoro": after "of", a person
		 * when what comes before is neither a role nor a body) */
		bool of_person = a >= 2 && !strcmp(t[a - 1].low, "of") && !t[a - 2].upper &&
				 t[a - 2].kind == TOK_WORD && ntok >= 2 && !role_before(x, t, a - 1, s) &&
				 !lex_class(&x->r->orgs, t[a - 2].low);
		/* ("heard from Graham Foulds": a first name and a surname
		 * after "from" are someone's, no place's) */
		if (a > 0 && (rules_grammar(x->r, t[a - 1].low) & G_LOCATIVE) && !of_person &&
		    !(ntok >= 2 && rules_opens_on_first_name(x->r, name)))
			continue;
		/* "in Tyneside and East Yorkshire": a place joined to one
		 * named after a place's preposition is a place too */
		if (a > 1 && (rules_grammar(x->r, t[a - 1].low) & G_CONJUNCTION) && !of_person) {
			size_t j = a - 1;
			while (j > 0 && t[j - 1].kind == TOK_WORD && t[j - 1].upper)
				j--;
			if (j < a - 1 && j > 0 && (rules_grammar(x->r, t[j - 1].low) & G_LOCATIVE) &&
			    !(ntok >= 2 && rules_opens_on_first_name(x->r, name)))
				continue;
		}
		if (a > 0 && !strcmp(t[a - 1].low, "the") && !titled)
			continue;
		/* "a semifinalist for Best Chef: Northwest": capitals a colon
		 * follows inside a sentence name a category */
		if (a > 0 && ne < nt && t[ne].low[0] == ':' && !titled)
			continue;
		/* "the Scottish Association for Marine Science": the rest of
		 * a body's name */
		if (a > 1 && t[a - 2].upper && (lex_class(&x->r->orgs, t[a - 2].low) & ORG_HEADS) &&
		    (rules_grammar(x->r, t[a - 1].low) & G_LINKER))
			continue;
		/* a role in an appositive: "Ihor Terekhov, the mayor of Kharkiv," */
		if (!role && ne < nt && t[ne].kind == TOK_PUNCT && t[ne].low[0] == ',') {
			for (size_t k = ne + 1; k < nt && k < ne + 10; k++) {
				if (t[k].kind == TOK_PUNCT)
					break;
				const char *r = role_before(x, t, k + 1, s);
				if (r) {
					role = r;
					break;
				}
			}
		}
		/* "Catherine Marlow used her first speech as leader of the
		 * party": the role the sentence gives its subject after "as" */
		for (size_t k = ne; !role && a == 0 && k + 1 < nt && k < ne + 12 && t[k].kind == TOK_WORD; k++)
			if (!strcmp(t[k].low, "as") && !t[k + 1].upper) {
				size_t r = k + 1 + (rules_grammar(x->r, t[k + 1].low) & G_DEFINITE ? 1 : 0);
				for (size_t w = r + 1; w <= r + 3 && w <= nt && !role; w++)
					role = role_before(x, t, w, s);
				break;
			}
		size_t p = known ? (size_t)(known - doc->people) : find_person(doc, name);
		if (role)
			add_role(&doc->people[p], role);
		struct person *pp = &doc->people[p];
		/* (not "Dr Nessa Quigley", "DCI Whitlock": a title, a
		 * rank's capitals or a first name make a person whatever
		 * the recognizer typed) */
		if (body_source_of(c, name) && !titled && !role && !pp->nroles &&
		    !rules_opens_on_first_name(x->r, name) && !str_all_capitals(s + t[b].s, t[b].e - t[b].s))
			pp->business = 3;
		char g = 0;
		for (size_t k = a; k < b && !g; k++)
			g = rules_gender(x->r, t[k].low);
		if (!g && role)
			g = rules_gender(x->r, role);
		/* "her son, Alasdair Ilsley", "his wife Mary Okafor": a word
		 * of kin right before the name */
		if (!g && a > 0 && t[a - 1].kind == TOK_WORD)
			g = rules_gender(x->r, t[a - 1].low);
		else if (!g && a > 1 && t[a - 1].low[0] == ',' && t[a - 2].kind == TOK_WORD)
			g = rules_gender(x->r, t[a - 2].low);
		/* "Robert Haines": a first name that names a man or a woman */
		if (!g && ntok >= 2)
			g = rules_gender(x->r, t[b].low);
		/* only of a name that opens its sentence or clause ("when
		 * Ashby took a post ... He taught"): in "Haines congratulated
		 * Varga but blamed what he called", "he" is the subject's */
		bool opens = a == 0 || t[a - 1].kind == TOK_PUNCT ||
			     (rules_grammar(x->r, t[a - 1].low) & (G_SUBORDINATOR | G_CONJUNCTION | G_CLAUSAL)) ||
			     reports_clause(x->r, t[a - 1].low);
		for (size_t k = ne; opens && k < nt && !g && k < ne + 12; k++) {
			if (t[k].upper && t[k].kind == TOK_WORD && !skip_word(x->r, t[k].low))
				break; /* another name: the pronoun may be theirs */
			/* "Jim Hendry, her deputy ... and later her successor":
			 * in an appositive a possessive is whose he is; the
			 * subject's pronoun says who */
			bool apposed = t[ne].low[0] == ',';
			if (!strcmp(t[k].low, "he") || (!apposed && (!strcmp(t[k].low, "his") || !strcmp(t[k].low, "him"))))
				g = 'm';
			else if (!strcmp(t[k].low, "she") || (!apposed && !strcmp(t[k].low, "her")))
				g = 'f';
			/* "Avanti West Coast said its trains were late": a body
			 * whose capitals read like a person's, never a "she" */
			else if (!apposed && !strcmp(t[k].low, "its")) {
				/* (the name speaking: "Ostapenko's agency, known
				 * by its initials" is the agency's) */
				if (!titled && !role && !pp->nroles && !rules_opens_on_first_name(x->r, name) &&
				    ne < nt && rules_cue(x->r, t[ne].low))
					pp->business = 3;
				break;
			}
		}
		if (g && !pp->gender)
			pp->gender = g;
		x->m = arena_grow(&doc->arena, x->m, &x->capm, x->nm + 1, sizeof(*x->m));
		x->m[x->nm].person = p;
		x->m[x->nm].pos = pos_of(ci, t[b].s);
		x->m[x->nm].quoted = inq[b];
		x->m[x->nm].owner = nend < t[ne - 1].e;
		x->m[x->nm].clause = opens;
		/* ("Castlegate head coach Mike Ambrose was less forgiving":
		 * the role the sentence opens on is the name's) */
		bool role_opens = role && a <= 6;
		for (size_t k = 0; k < a && role_opens; k++)
			role_opens = t[k].kind == TOK_WORD;
		x->m[x->nm].opens = a == 0 || role_opens || opens_after_phrase(x, t, a);
		x->nm++;
	}
}

static size_t last_word(const char *name, const char **w)
{
	const char *sp = strrchr(name, ' ');
	*w = sp ? sp + 1 : name;
	return strlen(*w);
}

/* Every word of `part` is a word of `whole`, in order. */
static bool words_within(const char *part, const char *whole)
{
	const char *w = whole;
	for (const char *p = part; *p;) {
		const char *sp = strchr(p, ' ');
		size_t l = sp ? (size_t)(sp - p) : strlen(p);
		const char *hit = NULL;
		for (const char *q = w; (q = strstr(q, "")) && *q; q++) {
			if ((q == whole || q[-1] == ' ') && !strncmp(q, p, l) &&
			    (q[l] == ' ' || q[l] == '\0')) {
				hit = q;
				break;
			}
		}
		if (!hit)
			return false;
		w = hit + l;
		p += l;
		while (*p == ' ')
			p++;
	}
	return true;
}

/* The fullest name in the document holding every word of `name` and
 * ending like it: "Terekhov" -> "Ihor Terekhov"; "Laura Mercer" stays
 * herself next to "Daniel Mercer". */
static const struct person *fullest(const struct pc_doc *doc, const char *name)
{
	const char *lw;
	size_t ll = last_word(name, &lw);
	const struct person *best = NULL;
	/* the chains run newest first: of two names as long, the first
	 * named wins */
	for (size_t i = chain_head(&doc->people_by_last, lw, ll); i;
	     i = doc->people[i - 1].next_last) {
		const struct person *p = &doc->people[i - 1];
		if (!words_within(name, p->name))
			continue;
		if (!best || strlen(p->name) >= strlen(best->name))
			best = p;
	}
	if (best || strchr(name, ' '))
		return best;
	/* a family name written first: "Ambassador Tan" of "Tan Jianhua" */
	for (size_t i = chain_head(&doc->people_by_first, name, strlen(name)); i;
	     i = doc->people[i - 1].next_first) {
		const char *pn = doc->people[i - 1].name;
		if (!best || strlen(pn) >= strlen(best->name))
			best = &doc->people[i - 1];
	}
	return best;
}

/* What a role is called later: "Mr Justice Harcourt" is "the judge"
 * (rules/roles.txt, "justice : judge"); most roles are themselves. */
static const char *role_kind(const pc_rules *r, const char *w)
{
	const struct lex_entry *e = lex_get(&r->roles, w);
	return e && e->val ? e->val : w;
}

static bool has_role(const pc_rules *r, const struct person *p, const char *role)
{
	const char *rw;
	last_word(role, &rw);
	for (int i = 0; i < p->nroles; i++) {
		const char *pw;
		last_word(p->roles[i], &pw);
		if (strcmp(p->roles[i], role) == 0 || strcmp(pw, rw) == 0 ||
		    strcmp(role_kind(r, pw), role_kind(r, rw)) == 0)
			return true;
	}
	return false;
}

/* Resolution is local: searches look this many claims or mentions away
 * at most, which keeps a huge document linear. */
#define WINDOW 400

static char want_gender;

/* where business_written looks around a name */
enum { BIZ_AFTER = 1, BIZ_BEFORE = 2 };
static bool business_named(const struct rctx *x, const char *name);
static bool business_written(const struct rctx *x, const char *name, unsigned where);

/* "Brightway's customer line": a business's first word read as a name,
 * nobody "she" can be; a first name, a role or a gender says a person */
static bool business_person(const struct rctx *x, struct person *p)
{
	if (!p->business) {
		char first[64];
		size_t l = strcspn(p->name, " ");
		p->business = 1;
		if (l < sizeof(first) && !p->nroles && !p->gender && !first_name(x->r, p->name)) {
			memcpy(first, p->name, l);
			first[l] = '\0';
			/* one pass when the name is one word */
			bool one = !p->name[l];
			bool business = business_written(x, first, one ? BIZ_AFTER | BIZ_BEFORE : BIZ_AFTER) ||
					(!one && business_written(x, p->name, BIZ_BEFORE));
			p->business = business ? 2 : 1;
		}
	}
	return p->business == 2;
}

static bool person_fits(const struct rctx *x, const struct person *p, const char *role)
{
	const struct person *f = fullest(x->doc, p->name);
	char g = p->gender ? p->gender : f ? f->gender : 0;
	/* a body's name speaks for no "he", whatever pronoun followed it */
	if (want_gender && (p->business == 3 || (g && g != want_gender)))
		return false;
	if (want_gender && !g && business_person(x, &x->doc->people[p - x->doc->people]))
		return false;
	return !role || has_role(x->r, p, role) || (f && has_role(x->r, f, role));
}

/* Is the person called `name` a body whose capitals read like a
 * person's ("Avanti West Coast said its trains")? */
static bool person_is_body(const struct pc_doc *doc, const char *name)
{
	const struct person *p = person_named(doc, name);
	return p && p->business == 3;
}

/* Is p a source of a claim in [from, to) (by any form of the name)? */
static bool speaks_within(const struct pc_doc *doc, const struct person *p, size_t from, size_t to)
{
	const char *lw;
	size_t ll = last_word(p->name, &lw);
	for (size_t k = from; k < doc->nclaims && k < to; k++)
		for (size_t i = 0; i < doc->claims[k].nsources; i++) {
			/* "Harbourline Care" speaking as a company is no person */
			if (doc->claims[k].sources[i].type == SRC_ORGANIZATION)
				continue;
			const char *n = doc->claims[k].sources[i].name, *nw;
			size_t nl = last_word(n, &nw);
			if (nl == ll && !strcmp(nw, lw))
				return true;
		}
	return false;
}

/* Has p been a source in the claims before ci, or is p one of ci's?  Who
 * speaks later is no one a pronoun here points back to ("he said" after
 * "had not seen Mr Ashworth" is not his mother, quoted below). */
static bool speaks(const struct pc_doc *doc, const struct person *p, size_t ci)
{
	return speaks_within(doc, p, ci > WINDOW ? ci - WINDOW : 0, ci + 1);
}

/* Mentions are in document order: the index of the first at or after
 * pos. */
static size_t first_mention_at(const struct rctx *x, size_t pos)
{
	size_t lo = 0, hi = x->nm;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (x->m[mid].pos < pos)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* Do the claims after pk and before c0 (at most two) each say `word`
 * ("he", "she") and name no one? */
static bool pronoun_chain(const struct rctx *x, size_t pk, size_t c0, const char *word)
{
	if (c0 <= pk + 1 || c0 > pk + 3)
		return false;
	size_t m = first_mention_at(x, (pk + 1) << 20);
	if (m < x->nm && (x->m[m].pos >> 20) < c0)
		return false;
	size_t wl = strlen(word);
	for (size_t k = pk + 1; k < c0; k++) {
		const char *t = x->doc->claims[k].text;
		bool found = false;
		for (const char *p = t; *p && !found; p++)
			found = !strncasecmp(p, word, wl) && (p == t || !cp_is_alpha((unsigned char)p[-1])) &&
				!cp_is_alpha((unsigned char)p[wl]);
		if (!found)
			return false;
	}
	return true;
}

/* The claim of the last mention of p before pos; *subject: that mention
 * opens its sentence (the sentence is about them). */
static size_t mention_claim(const struct rctx *x, const struct person *p, size_t pos,
			    bool *subject)
{
	*subject = false;
	size_t lo = first_mention_at(x, pos);
	/* names are unique among people: the same person is the same index */
	for (size_t i = lo, n = 0; i-- > 0 && n < WINDOW; n++)
		if (&x->doc->people[x->m[i].person] == p) {
			*subject = (x->m[i].pos & ((1u << 20) - 1)) == 0 || x->m[i].opens;
			return x->m[i].pos >> 20;
		}
	return 0;
}

static char gender_of(const struct rctx *x, const char *name)
{
	const struct person *f = person_named(x->doc, name);
	if (f)
		return f->gender;
	f = fullest(x->doc, name);
	return f ? f->gender : 0;
}

/* p, named at mention i in an earlier sentence, or that sentence's
 * subject when p is only its object: "Coach Stefano Moriconi was asked
 * about Reali. '...,' he said" is the coach speaking. */
static const struct person *subject_before(const struct rctx *x, size_t i, size_t pos,
					   const char *role, const struct person *p)
{
	size_t claim = x->m[i].pos >> 20;
	/* (nor when p is that sentence's speaker: "..., Mr Okafor said.
	 * He told jurors") */
	if (x->m[i].opens || x->m[i].clause || claim == pos >> 20 ||
	    speaks_within(x->doc, p, claim, claim + 1))
		return p;
	size_t listed = 1;
	for (size_t k = i; k-- > 0 && (x->m[k].pos >> 20) == claim;) {
		const struct person *q = &x->doc->people[x->m[k].person];
		/* (a person by a role or a gender word: a station or a
		 * team opening the sentence reads like a name too) */
		if (x->m[k].opens && !x->m[k].quoted && !x->m[k].owner && q != p &&
		    person_fits(x, q, role) &&
		    (q->nroles || (want_gender && q->gender == want_gender)))
			return q;
		listed += !x->m[k].quoted && q != p;
	}
	/* "..., cut with the pianist Maurice Elkin, the bassist Len Adeyemi
	 * and the drummer Harry Vane. He was often asked ...": the last of
	 * three people a sentence lists is no one the story goes on about;
	 * the person the sentence before opened on is */
	if (listed >= 3 && claim > 0)
		for (size_t k = i; k-- > 0 && (x->m[k].pos >> 20) + 1 >= claim;) {
			const struct person *q = &x->doc->people[x->m[k].person];
			if ((x->m[k].pos >> 20) + 1 == claim && x->m[k].opens && !x->m[k].quoted &&
			    !x->m[k].owner && q != p && person_fits(x, q, role) &&
			    (!want_gender || !q->gender || q->gender == want_gender))
				return q;
		}
	return p;
}

static const struct person *nearest_person(const struct rctx *x, size_t pos,
					   const char *role, bool after_too)
{
	size_t lo = first_mention_at(x, pos);
	/* a name inside a quotation is the speaker's subject, not the
	 * pronoun's ("“If Mr. Mercer wants to go home ...,” he said") */
	for (size_t i = lo, n = 0; i-- > 0 && n < WINDOW; n++) {
		const struct person *p = &x->doc->people[x->m[i].person];
		if (!x->m[i].quoted && person_fits(x, p, role))
			return subject_before(x, i, pos, role, p);
	}
	if (!after_too)
		return NULL;
	for (size_t i = lo; i < x->nm && i < lo + WINDOW; i++) {
		const struct person *p = &x->doc->people[x->m[i].person];
		if (person_fits(x, p, role))
			return p;
	}
	return NULL;
}

static bool name_has_word(const char *name, const char *word)
{
	size_t wl = strlen(word);
	struct arena a = { 0 };
	char *low = str_lower(&a, name, strlen(name));
	bool hit = false;
	for (const char *p = low; (p = strstr(p, word)); p++) {
		bool start = p == low || p[-1] == ' ' || p[-1] == '\'';
		bool end = p[wl] == '\0' || p[wl] == ' ' || p[wl] == '\'';
		if (start && end) {
			hit = true;
			break;
		}
	}
	arena_free(&a);
	return hit;
}

static bool type_fits(const pc_rules *r, const char *head, enum source_type t)
{
	if (lex_class(&r->orgs, head) & ORG_KIND)
		return t == SRC_ORGANIZATION;
	if (!strcmp(head, "agency"))
		return t == SRC_AGENCY;
	/* "the newspaper", "the magazine", "the broadcaster": a word only a
	 * news outlet takes (rules/grammar.txt class press) */
	if (rules_grammar(r, head) & G_PRESS)
		return t == SRC_OUTLET;
	if (!strcmp(head, "government"))
		return t == SRC_GOVERNMENT;
	return false;
}

/* The next place from p on in t where w (l bytes) opens a word. */
static const char *word_start(const char *t, const char *p, const char *w, size_t l)
{
	while ((p = strstr(p, w)) && p > t && cp_is_alpha((unsigned char)p[-1]))
		p += l;
	return p;
}

/* The rules/organizations.txt classes of the word of n bytes at w, read
 * in lower case; 0 for a word longer than any listed. */
static unsigned org_word(const pc_rules *r, const char *w, size_t n)
{
	char low[48];
	if (n >= sizeof(low))
		return 0;
	for (size_t i = 0; i < n; i++)
		low[i] = (char)((w[i] >= 'A' && w[i] <= 'Z') ? w[i] + 32 : w[i]);
	low[n] = '\0';
	return lex_class(&r->orgs, low);
}

/* How many times the story writes w as a word, capitalised as given. */
static size_t word_count_in(const struct pc_doc *doc, const char *w)
{
	size_t n = 0, l = strlen(w);
	for (size_t ci = 0; ci < doc->nclaims && ci < WINDOW && l; ci++) {
		const char *t = doc->claims[ci].text;
		for (const char *p = word_start(t, t, w, l); p; p = word_start(t, p + l, w, l))
			n += !cp_is_alpha((unsigned char)p[l]);
	}
	return n;
}

/* Does the name hold the head noun of a body that is no business:
 * "Philippine Coast Guard", "Australian Bureau of Statistics"? */
/* Does a word of the name have a class of `any` and none of `none`
 * (rules/organizations.txt)? */
static bool name_word_of_class(const pc_rules *r, const char *name, unsigned any, unsigned none)
{
	for (const char *p = name; *p;) {
		size_t l = strcspn(p, " ");
		unsigned c = org_word(r, p, l);
		if ((c & any) && !(c & none))
			return true;
		p += l;
		while (*p == ' ')
			p++;
	}
	return false;
}

static bool public_body(const pc_rules *r, const char *name)
{
	return name_word_of_class(r, name, ORG_ORG | ORG_GOVERNMENT | ORG_WHERE, ORG_BUSINESS | ORG_LEGAL);
}

/* The fullest form the story writes of a name ("Veltris Cloud" for
 * "Veltris"): the capitalised words after it that end in a legal form
 * ("Halvard Motor Co."), else the first longer form, else the name as
 * it is. */
static const char *fullest_run(const struct rctx *x, const char *name)
{
	struct pc_doc *doc = x->doc;
	const char *best = name, *business = NULL;
	size_t l = strlen(name);
	for (size_t ci = 0; ci < doc->nclaims && ci < WINDOW; ci++) {
		const char *t = doc->claims[ci].text;
		for (const char *p = word_start(t, t, name, l); p; p = word_start(t, p + l, name, l)) {
			const char *e = p + l;
			/* "Veltris Cloud", "Halvard Motor Co.": capitalised words
			 * and a legal form's point */
			/* "Calder & Finch": an ampersand between capitals */
			while (e[0] == ' ' && ((e[1] >= 'A' && e[1] <= 'Z') ||
					       (e[1] == '&' && e[2] == ' ' && e[3] >= 'A' && e[3] <= 'Z'))) {
				if (e[1] == '&')
					e += 2;
				const char *w = e + 1;
				while (*w && *w != ' ' && *w != ',' && *w != '\'' && *w != ';' && *w != ':')
					w++;
				if (w[-1] == '.' && (w[0] == '\0' || w - e < 4))
					w--;
				/* "a Brisa Air ATR 72": a word a number follows
				 * names a model, not the company */
				if (w[0] == ' ' && w[1] >= '0' && w[1] <= '9')
					break;
				e = w;
			}
			size_t len = (size_t)(e - p);
			if (len <= l || len >= 80)
				continue;
			char *run = arena_strndup(&doc->arena, p, len);
			/* "Halvard Motor Co.": a legal form ends a company's name */
			const char *lw = strrchr(run, ' ') ? strrchr(run, ' ') + 1 : run;
			size_t ll = strcspn(lw, ".");
			unsigned oc = ll < 16 ? org_word(x->r, lw, ll) : 0;
			if (oc & ORG_LEGAL)
				return arena_strdup(&doc->arena, run);
			/* then one a business noun ends ("Brightway Juvenile
			 * Products", not the "Brightway TrueFit" seat) */
			if ((oc & ORG_BUSINESS) && !business)
				business = arena_strdup(&doc->arena, run);
			/* else the longer form the story writes first */
			if (best == name)
				best = arena_strdup(&doc->arena, run);
		}
	}
	return business ? business : best;
}

/* Where the story writes a name, what says it is a business's: a legal
 * form or a business noun after it, up to three capitalised words on
 * ("Halvard Motor Co.", "Orrin Systems Inc"), or a business noun right
 * before it ("the law firm Kessler Rowe", "the app Dashly"). */
static bool business_written(const struct rctx *x, const char *name, unsigned where)
{
	const struct pc_doc *doc = x->doc;
	size_t l = strlen(name);
	for (size_t ci = 0; ci < doc->nclaims && ci < WINDOW; ci++) {
		const char *t = doc->claims[ci].text;
		for (const char *p = word_start(t, t, name, l); p; p = word_start(t, p + l, name, l)) {
			const char *q = p;
			while ((where & BIZ_BEFORE) && q > t && q[-1] == ' ')
				q--;
			const char *w = q;
			while (w > t && w < p && cp_is_alpha((unsigned char)w[-1]))
				w--;
			if (w < q && !(w[0] >= 'A' && w[0] <= 'Z') &&
			    (org_word(x->r, w, (size_t)(q - w)) & ORG_BUSINESS))
				return true;
			const char *e = p + l;
			for (int k = 0; (where & BIZ_AFTER) && k < 4 && e[0] == ' ' &&
					cp_is_alpha((unsigned char)e[1]); k++) {
				w = e + 1;
				size_t wl = strcspn(w, " ,.;:'");
				if (wl >= 24)
					break;
				if (org_word(x->r, w, wl) & (ORG_LEGAL | ORG_BUSINESS))
					return true;
				if (!(w[0] >= 'A' && w[0] <= 'Z'))
					break;
				e = w + wl;
			}
		}
	}
	return false;
}

static bool business_named(const struct rctx *x, const char *name)
{
	return business_written(x, name, BIZ_AFTER);
}

/* The business's name as the story writes it in full ("Northstar
 * Airlines" for "Northstar"), when it ends in a business noun or a legal
 * form; else the name as given. */
static const char *business_name(const struct rctx *x, const char *name)
{
	const char *run = fullest_run(x, name);
	const char *lw = strrchr(run, ' ') ? strrchr(run, ' ') + 1 : run;
	size_t ll = strcspn(lw, ".");
	return (org_word(x->r, lw, ll) & (ORG_LEGAL | ORG_BUSINESS)) ? run : name;
}

struct company {
	const char *name;       /* the source's name as first read */
	const char *full;       /* the fullest form of its first word */
	const char *full_named; /* the fullest form of the whole name */
	size_t n;               /* how often the story writes its first word */
};

static void read_company(struct rctx *x, size_t ci, const struct source *s, size_t *cap);

/* The candidates of story_company, once per document: one a first word,
 * from the sources and the topics of the story's first WINDOW claims. */
static void read_companies(struct rctx *x)
{
	struct pc_doc *doc = x->doc;
	size_t cap = 0;
	x->companies_done = true;
	for (size_t ci = 0; ci < doc->nclaims && ci < WINDOW; ci++) {
		for (size_t i = 0; i < doc->claims[ci].nsources; i++)
			read_company(x, ci, &doc->claims[ci].sources[i], &cap);
		/* a body a sentence opens on, speaking or not: "Home
		 * furnishings chain Homevale has recalled ..." */
		const struct claim_topic *tp = doc->claims[ci].topic;
		if (tp && tp->type == SRC_ORGANIZATION && !tp->issuer) {
			struct source t = { .name = tp->name, .type = SRC_ORGANIZATION, .ref = REF_NONE };
			read_company(x, ci, &t, &cap);
		}
	}
}

/* One candidate of story_company: a source's name, or a topic's. */
static void read_company(struct rctx *x, size_t ci, const struct source *s, size_t *cap)
{
	struct pc_doc *doc = x->doc;
	/* a bare name no person completes stays a surname */
	if ((s->ref != REF_NONE && s->ref != REF_SURNAME) ||
	    (s->type != SRC_ORGANIZATION && s->type != SRC_PERSON))
		return;
	/* read as a person, a business has one word that no
	 * person's full name ends in ("Halvard said"), and the
	 * story writes a legal form or a business noun after
	 * it ("Halvard Motor Co.") */
	const struct person *full = s->type == SRC_PERSON ? fullest(doc, s->name) : NULL;
	if (s->type == SRC_PERSON &&
	    (strchr(s->name, ' ') ||
	     (full && strcmp(full->name, s->name) &&
	      !business_person(x, &doc->people[full - doc->people])) ||
	     !business_named(x, s->name)))
		return;
	const struct person *p = person_named(doc, s->name);
	if (p && (p->gender || p->nroles))
		return;
	char *key = name_key(s->name);
	const struct gaz_entry *g = rules_gazetteer_lookup(x->r, key);
	free(key);
	if ((g && (g->type != SRC_ORGANIZATION || g->state)) || public_body(x->r, s->name) ||
	    called_no_business(x->r, doc->claims[ci].text, s->name))
		return;
	/* "ABS", "NTSB": an acronym is spelt out later, most often
	 * a public body's */
	bool acronym = true;
	for (const char *c = s->name; *c && acronym; c++)
		acronym = !(*c >= 'a' && *c <= 'z');
	if (acronym)
		return;
	size_t fl = strcspn(s->name, " ");
	if (fl == 0 || fl >= 64)
		return;
	char *first = arena_strndup(&doc->arena, s->name, fl);
	bool seen = false;
	for (size_t k = 0; k < x->ncompanies && !seen; k++)
		if (!strncmp(x->companies_read[k].name, first, fl) &&
		    (x->companies_read[k].name[fl] == ' ' || !x->companies_read[k].name[fl])) {
			seen = true;
		}
	size_t n = seen ? 0 : word_count_in(doc, first);
	if (seen || n < 2)
		return;
	x->companies_read = arena_grow(&doc->arena, x->companies_read, cap,
				       x->ncompanies + 1, sizeof(*x->companies_read));
	struct company *c = &x->companies_read[x->ncompanies++];
	c->name = s->name;
	c->n = n;
	c->full = fullest_run(x, first);
	c->full_named = fullest_run(x, s->name);
}

/* "The company said", "the carmaker says", with no source before
 * holding the word: the business the story is about.  Its candidates
 * are the names the story gives its sources that no gazetteer lists as
 * an outlet, an agency or a state, and that name no person known by a
 * title or a gender (read as a person's, one word no full name ends
 * in); the story's is the one whose first word it writes most, twice at
 * least ("Orrin" of "Orrin Systems").  A name holding the
 * head word ("Rheinmark Bank" for "the bank") comes first. */
static const char *story_company(struct rctx *x, const char *head)
{
	if (!x->companies_done)
		read_companies(x);
	const struct company *best = NULL;
	size_t second_n = 0;
	int best_rank = -1;
	for (size_t k = 0; k < x->ncompanies; k++) {
		const struct company *c = &x->companies_read[k];
		/* a name that holds the head word, then the one written
		 * most: read as a person's, a one-word name passed
		 * business_named, as sure a business as an organization's */
		int rank = name_has_word(c->name, head);
		if (!best || rank > best_rank || (rank == best_rank && c->n > best->n)) {
			second_n = best && rank == best_rank ? best->n : 0;
			best = c;
			best_rank = rank;
		} else if (rank == best_rank && c->n > second_n) {
			second_n = c->n;
		}
	}
	/* two businesses written as often: the story is about both, and
	 * "the company" names neither for sure */
	if (!best || (best_rank < 1 && best->n < 2 * second_n))
		return NULL;
	return best_rank >= 1 ? best->full_named : best->full;
}

/* Where the capitalised name before token k starts ("Helio Bonds" of
 * "Helio Bonds Ltd", "Corvalis" of "Corvalis Therapeutics"), leading
 * non-name words skipped; k itself when no name comes before it. */
static size_t name_run_before(const pc_rules *r, const struct token *t, size_t k)
{
	size_t b = k;
	while (b > 0 && t[b - 1].kind == TOK_WORD && t[b - 1].upper)
		b--;
	while (b < k && skip_word(r, t[b].low))
		b++;
	return b;
}

/* "Quillfield, the US maker of workplace software": where the name
 * opening the sentence starts (0) when an appositive the business noun
 * at token k heads follows it; k itself when none does. */
static size_t opening_name_described(const pc_rules *r, const struct token *t, size_t k)
{
	size_t c = k;
	while (c > 0 && k - c < 5 && t[c - 1].kind == TOK_WORD && !(rules_grammar(r, t[c - 1].low) & G_DEFINITE))
		c--;
	if (c < 3 || !(rules_grammar(r, t[c - 1].low) & G_DEFINITE) || t[c - 2].kind != TOK_PUNCT ||
	    t[c - 2].low[0] != ',' || !t[c - 3].upper || t[c - 3].kind != TOK_WORD)
		return k;
	size_t e = c - 2, b = name_run_before(r, t, e);
	return b == 0 && b < e ? b : k;
}

/* "Corvalis Therapeutics' drug ...; the company said": with no source
 * naming a business, the business the story's text names before a
 * business noun or a legal form ("Therapeutics", "Ltd") or opening a
 * sentence before an appositive a business noun heads ("Quillfield, the
 * US maker of ..."), the one whose first word it writes most, twice at
 * least. */
static const char *text_company(struct rctx *x)
{
	if (x->text_company_done)
		return x->text_company;
	x->text_company_done = true;
	struct pc_doc *doc = x->doc;
	const char *best = NULL;
	size_t best_n = 1;
	/* its own scratch: the caller's is in use */
	struct arena a = { 0 };
	for (size_t ci = 0; ci < doc->nclaims && ci < WINDOW; ci++) {
		const char *text = doc->claims[ci].text;
		struct token *t;
		size_t nt = tokenize(&a, text, strlen(text), &t);
		for (size_t k = 1; k < nt; k++) {
			if (t[k].kind != TOK_WORD || !(lex_class(&x->r->orgs, t[k].low) & (ORG_BUSINESS | ORG_LEGAL)))
				continue;
			size_t b = t[k].upper ? name_run_before(x->r, t, k) : opening_name_described(x->r, t, k);
			if (b == k)
				continue;
			char *first = arena_strndup(&doc->arena, text + t[b].s, t[b].e - t[b].s);
			size_t n = word_count_in(doc, first);
			if (n > best_n) {
				best_n = n;
				best = fullest_run(x, first);
			}
		}
		arena_reset(&a);
	}
	arena_free(&a);
	return x->text_company = best;
}

/* "the regulator Ofgem", "Frontex, the Warsaw-based agency": a body's
 * name written with the noun a later "the regulator" uses (a mention
 * that is itself a back-reference names nothing) */
static bool introduced_as(const pc_rules *r, const struct source *s, const char *head)
{
	unsigned cls = lex_class(&r->orgs, head);
	return s->mention && s->type != SRC_DOCUMENT && cls && !(cls & ORG_BUSINESS) &&
	       strstr(s->mention, s->name) && name_has_word(s->mention, head);
}

/* "the force" and "Greater Manchester Police": a word for the kind of
 * body the name holds (rules/organizations.txt, class constabulary) */
static bool same_kind_of_body(const pc_rules *r, const char *name, const char *head)
{
	return (lex_class(&r->orgs, head) & ORG_CONSTABULARY) &&
	       name_word_of_class(r, name, ORG_CONSTABULARY, 0);
}

/* Does the body's name hold the word as what the body is ("the
 * airline": "Albion Airline", "Airline of the Isles"), not as what
 * another body's noun is about ("British Airline Pilots' Association"
 * is an association)? */
static bool name_is_kind(const pc_rules *r, const char *name, const char *head)
{
	if (!name_has_word(name, head))
		return false;
	/* "the same source": a group's words, whatever they end on */
	if (!lex_class(&r->orgs, head))
		return true;
	const char *lw;
	size_t ll = last_word(name, &lw);
	char last[96]; /* lower case may take more bytes than upper */
	if (ll >= sizeof(last) / 2)
		return true;
	str_lower_into(lw, ll, last);
	return strcmp(last, head) == 0 || !(lex_class(&r->orgs, last) & ORG_HEADS) ||
	       same_kind_of_body(r, name, head);
}

/* "the account wrote": the social media account named nearest before
 * by its handle ("@SDTaxpayerWatch"), or when `after`, with none before,
 * the first named after */
static const struct source *handle_near(const struct pc_doc *doc, size_t ci, bool after)
{
	for (size_t k = ci + 1; k-- > 0 && ci - k < WINDOW;) {
		const struct claim *c = &doc->claims[k];
		for (size_t i = c->nsources; i-- > 0;)
			if (c->sources[i].name[0] == '@')
				return &c->sources[i];
	}
	for (size_t k = ci + 1; after && k < doc->nclaims && k - ci < WINDOW; k++)
		for (size_t i = 0; i < doc->claims[k].nsources; i++)
			if (doc->claims[k].sources[i].name[0] == '@')
				return &doc->claims[k].sources[i];
	return NULL;
}

/* The first word of the appositive right after the name ("Waiting Well,
 * a charity that ...") within its first three words for which want(r,
 * word, arg) holds, or NULL. */
static const char *appositive_word(const pc_rules *r, const char *text, const char *name,
				   bool (*want)(const pc_rules *, const char *, size_t, const void *),
				   const void *arg)
{
	const char *p = strstr(text, name);
	if (!p)
		return NULL;
	p += strlen(name);
	if (strncmp(p, ", a ", 4) && strncmp(p, ", an ", 5) && strncmp(p, ", the ", 6))
		return NULL;
	p = strchr(p + 2, ' ') + 1;
	for (int w = 0; w < 3 && *p && *p != ','; w++) {
		size_t l = strcspn(p, " ,");
		if (want(r, p, l, arg))
			return p;
		p += l;
		while (*p == ' ')
			p++;
	}
	return NULL;
}

static bool word_equals(const pc_rules *r, const char *w, size_t l, const void *head)
{
	(void)r;
	return l == strlen(head) && !strncmp(w, head, l);
}

/* Does the text call the body named `name` by the word `head` right
 * after the name ("Waiting Well, a charity that ...")? */
static bool called_so(const pc_rules *r, const char *text, const char *name, const char *head)
{
	return appositive_word(r, text, name, word_equals, head) != NULL;
}

/* A kind of body an appositive's noun may say (rules/organizations.txt):
 * a class it has, none it must not have, and whether a capital is let
 * pass ("a US company": "US" is no polity's kind). */
struct body_kind {
	unsigned any, none;
	bool common_only;
};

static const struct body_kind BODY = { ORG_HEADS, 0, false },
			      BUSINESS = { ORG_BUSINESS | ORG_LEGAL, 0, false },
			      OTHER_BODY = { ORG_HEADS, ORG_BUSINESS | ORG_LEGAL, true };

static bool of_kind(const pc_rules *r, const char *w, size_t l, const void *arg)
{
	const struct body_kind *k = arg;
	if (k->common_only && *w >= 'A' && *w <= 'Z')
		return false;
	unsigned c = org_word(r, w, l);
	return (c & k->any) && !(c & k->none);
}

/* "according to OrbitSentry, a US company that tracks objects": a name
 * no first name or title opens, which its sentence calls by a body's
 * noun or takes up with "which", is a body's, though it read as a
 * person's. */
static bool described_body(const pc_rules *r, const struct claim *c, const struct source *s)
{
	if (!s->mention || strcmp(s->mention, s->name) || rules_opens_on_first_name(r, s->name))
		return false;
	/* "Unite, which represents the airline's cabin crew": "which" is
	 * said of a thing, a person takes "who" */
	const char *p = strstr(c->text, s->name);
	if (p && !strncmp(p + strlen(s->name), ", which ", 8))
		return true;
	return appositive_word(r, c->text, s->name, of_kind, &BODY) != NULL;
}

/* "according to OrbitSentry, a US company that tracks objects ... the
 * company said": a source some sentence calls a business is the one
 * "the company" names back, before the story's most written company. */
static bool called_business(const pc_rules *r, const struct pc_doc *doc, const struct source *g)
{
	for (size_t k = 0; k < doc->nclaims && k < WINDOW; k++)
		for (size_t i = 0; i < doc->claims[k].nsources; i++)
			if (&doc->claims[k].sources[i] == g)
				return appositive_word(r, doc->claims[k].text, g->name, of_kind, &BUSINESS) != NULL;
	return false;
}

/* "Prospect, the union that represents its engineers": a body its
 * sentence calls by a noun of another kind than a business's, which "the
 * company" does not name. */
static bool called_no_business(const pc_rules *r, const char *text, const char *name)
{
	return appositive_word(r, text, name, of_kind, &OTHER_BODY) != NULL;
}

/* Is the source unnamed, its words opening on the role ("engineer who
 * worked on the system" for "engineer")? */
static bool unnamed_opens_on(const struct source *o, const char *role)
{
	size_t l = strlen(role);
	return o->type == SRC_UNNAMED && !strncmp(o->name, role, l) && (o->name[l] == ' ' || !o->name[l]);
}

/* The unnamed source of the role nearest before claim ci, or for a
 * headline or lede the first after it; *at is its claim. */
static const struct source *unnamed_of_role(const struct pc_doc *doc, size_t ci, const char *role, bool after,
					    size_t *at)
{
	for (size_t k = ci; k-- > 0 && ci - k < WINDOW;)
		for (size_t i = 0; i < doc->claims[k].nsources; i++) {
			const struct source *o = &doc->claims[k].sources[i];
			if (o->ref == REF_NONE && unnamed_opens_on(o, role)) {
				*at = k;
				return o;
			}
		}
	for (size_t k = ci + 1; after && k < doc->nclaims && k - ci < WINDOW; k++)
		for (size_t i = 0; i < doc->claims[k].nsources; i++)
			if (unnamed_opens_on(&doc->claims[k].sources[i], role)) {
				*at = k;
				return &doc->claims[k].sources[i];
			}
	return NULL;
}

/* A name of two words or more taken for a person though its first
 * word is no known first name ("Ashbourne Rovers"). */
static bool guessed_person(const pc_rules *r, const char *name)
{
	const char *sp = strchr(name, ' ');
	if (!sp || sp - name >= 32 || first_name(r, name))
		return false;
	char first[32 * 4];
	str_lower_into(name, (size_t)(sp - name), first);
	return !lex_get(&r->roles, first);
}

/* "the finance ministry" is not the "Education Ministry", nor "the
 * district council" the "Kelsby Parish Council": a name with the head
 * word that holds the reference's own word before it nowhere (a word
 * any body may take, "the local council", says nothing of which) */
static bool modifier_clashes(const pc_rules *r, const char *words, const char *head, const char *name)
{
	const char *h = strrchr(words, ' ');
	if (!h || strcmp(h + 1, head) || !name_has_word(name, head))
		return false;
	const char *m = h;
	while (m > words && m[-1] != ' ')
		m--;
	char mod[64];
	size_t ml = (size_t)(h - m);
	if (ml == 0 || ml >= sizeof(mod))
		return false;
	memcpy(mod, m, ml);
	mod[ml] = '\0';
	/* ("the three-judge court" describes; "Court of Appeal" names its
	 * kind first, what court it is after it) */
	size_t hl = strlen(head);
	if (strchr(mod, '-') || (!strncasecmp(name, head, hl) && (name[hl] == ' ' || !name[hl])))
		return false;
	return !(rules_grammar(r, mod) & G_MODIFIER) && !name_has_word(name, mod);
}

/* "the company" does not name a body its sentence calls a union, nor
 * a council or a government ("Castlebrook Borough Council") */
static bool business_elsewhere(const pc_rules *r, const char *head, const struct claim *c,
			       const struct source *o)
{
	if (!(lex_class(&r->orgs, head) & ORG_BUSINESS))
		return false;
	return called_no_business(r, c->text, o->name) ||
	       (name_word_of_class(r, o->name, ORG_POLITY | ORG_GOVERNMENT, 0) &&
		!name_word_of_class(r, o->name, ORG_BUSINESS | ORG_LEGAL, 0));
}

/* A body's source named before claim ci whose name the claim writes
 * with a possessive ("OrbitSentry's"), of the type the head word fits. */
static const struct source *owner_in_sentence(const pc_rules *r, const struct pc_doc *doc, size_t ci,
					       const char *head)
{
	const char *text = doc->claims[ci].text;
	for (size_t k = ci; k-- > 0 && ci - k < WINDOW;)
		for (size_t i = 0; i < doc->claims[k].nsources; i++) {
			const struct source *o = &doc->claims[k].sources[i];
			if (o->ref != REF_NONE || !type_fits(r, head, o->type) || o->type == SRC_PERSON)
				continue;
			const char *p = strstr(text, o->name);
			size_t l = strlen(o->name);
			if (p && (p == text || p[-1] == ' ') &&
			    (!strncmp(p + l, "'s ", 3) || !strncmp(p + l, "\xE2\x80\x99s ", 5)))
				return o;
		}
	return NULL;
}

/* The source an earlier claim names that "the ministry" refers back to. */
/* "spokesperson for the organisers": a role's word first, then the
 * group it speaks for (head, a plural) further on */
static bool role_for_group(const pc_rules *r, const char *name, const char *head)
{
	size_t fl = strcspn(name, " ");
	char first[64];
	if (!name[fl] || fl >= sizeof(first) || !strncmp(name, head, fl))
		return false;
	str_lower_into(name, fl, first);
	return lex_get(&r->roles, first) && name_has_word(name + fl, head);
}

static const struct source *group_antecedent(const pc_rules *r, const struct pc_doc *doc,
					     size_t ci, const char *head, const char *words,
					     bool after_too)
{
	for (size_t k = ci + 1; k-- > 0 && ci - k < WINDOW;) {
		const struct claim *c = &doc->claims[k];
		for (size_t i = 0; i < c->nsources; i++) {
			const struct source *s = &c->sources[i];
			if (s->ref != REF_NONE && s->ref != REF_SURNAME && k == ci)
				continue;
			if (s->ref == REF_GROUP && !strcmp(s->name, head))
				continue;
			if (s->type == SRC_DOCUMENT && !lex_get(&r->documents, head) &&
			    !(s->issuer && name_has_word(s->issuer, head)))
				continue; /* "the bank" is not "Bank of Russia data" */
			/* "the council" is the council, not its spokesperson;
			 * "the organisers" not "a spokesperson for the
			 * organisers" */
			bool speaker = s->type == SRC_OFFICIAL || s->type == SRC_PERSON || s->type == SRC_UNNAMED;
			if (speaker && (lex_class(&r->orgs, head) || role_for_group(r, s->name, head)))
				continue;
			/* "the regulator Ofgem", "the watchdog, the CMA": the
			 * noun the body was first named with */
			if ((name_is_kind(r, s->name, head) || introduced_as(r, s, head) ||
			     same_kind_of_body(r, s->name, head)) &&
			    !modifier_clashes(r, words, head, s->name))
				return s;
			if (!strcmp(head, "source") && s->type == SRC_UNNAMED &&
			    name_has_word(s->name, "sources"))
				return s;
		}
	}
	/* "OrbitSentry's radar measurements ..., the company said": a body
	 * its own sentence names as an owner, named as a source before */
	const struct source *owner = owner_in_sentence(r, doc, ci, head);
	if (owner)
		return owner;
	/* no name with the word: the nearest source of the right type, when
	 * it is close (a paragraph or two back); further back a wrong name
	 * costs more than the words the text uses */
	for (size_t k = ci + 1; k-- > 0 && ci - k < 3;) {
		const struct claim *c = &doc->claims[k];
		for (size_t i = c->nsources; i-- > 0;) {
			const struct source *o = &c->sources[i];
			if (o->ref == REF_NONE && type_fits(r, head, o->type) && !business_elsewhere(r, head, c, o) &&
			    !modifier_clashes(r, words, head, o->name))
				return o;
			/* "Ashbourne said ... The club said": a nearer name
			 * taken for a person's only for want of a known first
			 * name may be the body meant; the one further back
			 * would be a guess */
			if (k < ci && o->type == SRC_PERSON && guessed_person(r, o->name))
				return NULL;
		}
	}
	if (!after_too)
		return NULL;
	/* a headline's "a campaign group says": the body's source whose
	 * name holds the word or whose sentence calls it so ("the campaign
	 * group Carbon Justice Alliance"), else the first of the type */
	for (int pass = 0; pass < 2; pass++)
		for (size_t k = ci + 1; k < doc->nclaims && k - ci < WINDOW; k++) {
			const struct claim *c = &doc->claims[k];
			for (size_t i = 0; i < c->nsources; i++) {
				const struct source *o = &c->sources[i];
				if (o->ref != REF_NONE)
					continue;
				/* ("Waiting Well, a charity that supports
				 * families, said": the sentence calls the body
				 * by the headline's word) */
				if (pass == 0 ? name_has_word(o->name, head) ||
						(strchr(words, ' ') && name_has_word(c->text, words) &&
						 type_fits(r, head, o->type)) ||
						(!strchr(words, ' ') &&
						 (o->type == SRC_ORGANIZATION || o->type == SRC_PERSON) &&
						 lex_class(&r->orgs, head) && called_so(r, c->text, o->name, head))
					      : type_fits(r, head, o->type) && !business_elsewhere(r, head, c, o))
					return o;
			}
		}
	return NULL;
}

/* The source nearest before `self` that `want`s: in its own sentence
 * first ("the State Department said ..., which it called"), then before. */
static const struct source *nearest_source(const struct pc_doc *doc, size_t ci,
					   const struct source *self,
					   bool (*want)(const struct source *))
{
	const struct claim *own = &doc->claims[ci];
	const struct source *best = NULL;
	for (size_t i = 0; i < own->nsources; i++) {
		const struct source *c = &own->sources[i];
		if (c != self && c->ref == REF_NONE && c->mstart < self->mstart && want(c) &&
		    (!best || c->mstart > best->mstart))
			best = c;
	}
	if (best)
		return best;
	for (size_t k = ci; k-- > 0 && ci - k < WINDOW;) {
		const struct claim *c = &doc->claims[k];
		for (size_t i = c->nsources; i-- > 0;)
			if (want(&c->sources[i]))
				return &c->sources[i];
	}
	return NULL;
}

static bool is_org_like(const struct source *s);

/* An organization's source named `name` in claim ci or before. */
static const struct source *named_body(const struct pc_doc *doc, size_t ci, const char *name)
{
	for (size_t k = ci + 1; k-- > 0 && ci - k < WINDOW;) {
		const struct claim *c = &doc->claims[k];
		for (size_t i = 0; i < c->nsources; i++)
			if (c->sources[i].ref == REF_NONE && is_org_like(&c->sources[i]) &&
			    !strcmp(c->sources[i].name, name))
				return &c->sources[i];
	}
	return NULL;
}

static bool is_org_like(const struct source *s)
{
	return s->type == SRC_ORGANIZATION || s->type == SRC_GOVERNMENT ||
	       s->type == SRC_AGENCY || s->type == SRC_OUTLET;
}

static bool is_org_or_text(const struct source *s)
{
	return is_org_like(s) || s->type == SRC_DOCUMENT;
}

/* The first reading of a cue's verb (its last word: "said in"); the
 * others follow through `next` */
static const struct cue_use *cue_verb(const pc_rules *r, const char *cue)
{
	const char *sp = cue ? strrchr(cue, ' ') : NULL;
	const char *w = sp ? sp + 1 : cue;
	return w ? rules_cue(r, w) : NULL;
}

static const struct cue_use *next_use(const pc_rules *r, const struct cue_use *u)
{
	return u->next >= 0 ? &r->cue_uses[u->next] : NULL;
}

/* "It also found that": a verb only texts use (rules/cues.txt, class
 * document) says "it" is a report, a study or data; "it put deaths 22%
 * above the average": so may a verb that publishes figures (class
 * publish), which offices and texts both use. */
static bool text_cue(const pc_rules *r, const char *cue)
{
	for (const struct cue_use *u = cue_verb(r, cue); u; u = next_use(r, u))
		if (rules_cue_document_only(u) || (u->cls & CUE_PUBLISH))
			return true;
	return false;
}

/* "it adds", "it says": speech a text may carry (class modifier text) */
static bool text_said(const pc_rules *r, const char *cue)
{
	for (const struct cue_use *u = cue_verb(r, cue); u; u = next_use(r, u))
		if (u->cls & CUE_TEXT)
			return true;
	return false;
}

/* "..., the notice says.  A child ... , it adds.": the text the same
 * paragraph last cited, when it is the nearest source before */
static const struct source *paragraph_text(const struct pc_doc *doc, size_t ci,
					   const struct source *self)
{
	const struct block *b = doc->claims[ci].block;
	for (size_t k = ci + 1; k-- > 0 && doc->claims[k].block == b;) {
		const struct claim *c = &doc->claims[k];
		for (size_t i = c->nsources; i-- > 0;) {
			const struct source *o = &c->sources[i];
			if (o == self || (k == ci && o->mstart >= self->mstart) ||
			    (o->ref != REF_NONE && o->type != SRC_DOCUMENT))
				continue;
			return o->type == SRC_DOCUMENT ? o : NULL;
		}
	}
	return NULL;
}

static bool is_speaking_person(const struct source *s)
{
	return (s->type == SRC_PERSON || s->type == SRC_OFFICIAL) && s->ref != REF_ROLE &&
	       s->ref != REF_PRONOUN;
}

/* "a former process technician", "a nurse in the ward": one unnamed
 * person, whom "he" or "she" may take up; "engineers at MAVIR" are
 * several, and a collective noun ("his family") is no one person.  The
 * head is the word before the phrase that places it. */
static bool is_unnamed_person(const pc_rules *r, const struct source *s)
{
	if (s->type != SRC_UNNAMED || s->vague || s->ref == REF_PRONOUN)
		return false;
	char word[3 * 48 + 1], head[3 * 48 + 1] = "";
	for (const char *w = s->name; *w;) {
		size_t l = strcspn(w, " ");
		if (l < 48) {
			str_lower_into(w, l, word);
			if (*head && (rules_grammar(r, word) & G_PREPOSITION))
				break;
			strcpy(head, word);
		}
		w += l + (w[l] == ' ');
	}
	size_t l = strlen(head);
	if (l < 2 || (head[l - 1] == 's' && head[l - 2] != 's'))
		return false;
	return !(rules_grammar(r, head) & G_COLLECTIVE);
}

static bool is_group(const struct source *s)
{
	return s->type == SRC_UNNAMED || s->type == SRC_ORGANIZATION ||
	       s->type == SRC_GOVERNMENT;
}

/* "two senior clinicians", "former staff": people the story leaves
 * unnamed, whom "one" or "another" may be */
static bool is_people(const struct source *s)
{
	return s->type == SRC_UNNAMED && !s->vague && s->ref == REF_NONE;
}

/* The unnamed people named last in claim ci (before `self`) or the two
 * claims before it. */
static const struct source *people_before(const struct pc_doc *doc, size_t ci, const struct source *self)
{
	for (size_t k = ci + 1; k-- > 0 && ci - k <= 2;) {
		const struct claim *c = &doc->claims[k];
		for (size_t i = c->nsources; i-- > 0;)
			if (&c->sources[i] != self && is_people(&c->sources[i]) &&
			    (k < ci || c->sources[i].mstart < self->mstart))
				return &c->sources[i];
	}
	return NULL;
}

static bool is_official(const struct source *s)
{
	return s->type == SRC_OFFICIAL && s->ref == REF_NONE;
}

/* "the official said" after "a senior city official, who spoke on
 * condition of anonymity, said": an official named or not */
static bool is_any_official(const struct source *s)
{
	return is_official(s) ||
	       (s->type == SRC_UNNAMED && s->ref == REF_NONE && name_has_word(s->name, "official"));
}

/* "Bild reported, citing sources. The German newspaper said": the
 * nearest outlet of that country, named or relaying, a paragraph or two
 * back.  True when the words name an outlet by its country, found or
 * not: no outlet of another country stands in for it. */
static bool national_outlet(const pc_rules *r, const struct pc_doc *doc, size_t ci,
			    struct source *s)
{
	const char *sp = s->name ? strchr(s->name, ' ') : NULL;
	if (!sp || !type_fits(r, sp + 1, SRC_OUTLET))
		return false;
	char word[40];
	size_t l = (size_t)(sp - s->name);
	if (l >= sizeof(word))
		return false;
	memcpy(word, s->name, l);
	word[l] = '\0';
	const char *country = rules_nationality(r, word);
	if (!country)
		return false;
	for (size_t k = ci + 1; k-- > 0 && ci - k < 3;) {
		const struct claim *c = &doc->claims[k];
		for (size_t i = c->nsources; i-- > 0;) {
			const struct source *o = &c->sources[i];
			for (size_t v = o->nvia + 1; v-- > 0;) {
				const char *name = v == o->nvia ? o->name : o->via[v];
				char *key = name_key(name);
				const struct gaz_entry *g = key ? rules_gazetteer_lookup(r, key) : NULL;
				free(key);
				if (!g || (g->type != SRC_OUTLET && g->type != SRC_AGENCY) ||
				    !g->country || strcmp(g->country, country))
					continue;
				s->name = g->name;
				s->type = g->type;
				s->state = g->state;
				s->ref = REF_NONE;
				return true;
			}
		}
	}
	return true;
}

/* "told the newspaper", "told the paper": a medium's noun in lower case
 * (rules/grammar.txt, class medium); as a speaker ("the newspaper
 * reported") only a noun no study or public body takes ("the paper
 * found" is a study's, "the agency said" a regulator's), class press */
static bool medium_noun(const pc_rules *r, const char *name, unsigned long long cls)
{
	if (!name || strchr(name, ' ') || !*name || (*name >= 'A' && *name <= 'Z'))
		return false;
	return (rules_grammar(r, name) & cls) != 0;
}

/* Does the source already come through `name`? */
static bool relays(const struct source *s, const char *name)
{
	for (size_t v = 0; s && v < s->nvia; v++)
		if (!strcmp(s->via[v], name))
			return true;
	return false;
}

/* The last news outlet or agency the gazetteer knows that the text
 * names ("spoke to the Financial Times in Kyiv"), by its canonical name. */
static const char *outlet_in_text(const pc_rules *r, const char *text)
{
	struct arena a = { 0 };
	struct token *t;
	const char *found = NULL;
	size_t nt = tokenize(&a, text, strlen(text), &t);
	for (size_t i = 0; i < nt; i++) {
		/* "the North Atlantic" is no magazine */
		if (!t[i].upper || !lex_get(&r->gaz_first, t[i].low) ||
		    (i > 0 && t[i - 1].upper && t[i - 1].kind == TOK_WORD && strcmp(t[i - 1].low, "the")))
			continue;
		for (size_t w = nt - i < 6 ? nt - i : 6; w >= 1; w--) {
			char *key = str_fold(&a, text + t[i].s, t[i + w - 1].e - t[i].s);
			char *k = name_key(key);
			const struct gaz_entry *g = k ? rules_gazetteer_lookup(r, k) : NULL;
			free(k);
			if (g && (g->type == SRC_OUTLET || g->type == SRC_AGENCY) && !g->platform) {
				found = g->name;
				i += w - 1;
				break;
			}
		}
	}
	arena_free(&a);
	return found;
}

/* The news outlet or agency the story named last before claim ci, as a
 * source or relaying one ("told the Financial Times ... the newspaper
 * said"): "the newspaper" and "told the paper" are that outlet. */
static bool outlet_before(const pc_rules *r, const struct pc_doc *doc, size_t ci,
			  const struct source *self, const char **name)
{
	/* a story names its outlet near where it quotes from it: a long
	 * archive is not read back whole for each "the paper" */
	for (size_t k = ci + 1; k-- > 0 && ci - k < 60;) {
		const struct claim *c = &doc->claims[k];
		if ((*name = outlet_in_text(r, c->text)) && !relays(self, *name))
			return true;
		for (size_t i = c->nsources; i-- > 0;) {
			const struct source *o = &c->sources[i];
			for (size_t v = o->nvia; v-- > 0;)
				if (!medium_noun(r, o->via[v], G_MEDIUM) && !relays(self, o->via[v])) {
					*name = o->via[v];
					return true;
				}
			if ((o->type == SRC_OUTLET || o->type == SRC_AGENCY) && o->ref == REF_NONE &&
			    !medium_noun(r, o->name, G_MEDIUM) && !relays(self, o->name)) {
				*name = o->name;
				return true;
			}
		}
	}
	return false;
}

/* A relay written as a medium's noun ("she told the paper") is the
 * outlet named before; with none, no relay. */
static void name_medium_relays(const pc_rules *r, struct pc_doc *doc, size_t ci, struct source *s)
{
	size_t o = 0;
	for (size_t v = 0; v < s->nvia; v++) {
		const char *name = s->via[v];
		if (medium_noun(r, name, G_MEDIUM) && !outlet_before(r, doc, ci, NULL, &name))
			continue;
		s->via[o++] = name;
	}
	s->nvia = o;
}

/* "the newspaper reported, citing two diplomats": the outlet named
 * before, though only as a relay or in passing. */
static bool name_medium(const pc_rules *r, const struct pc_doc *doc, size_t ci, struct source *s)
{
	const char *outlet;
	if (!medium_noun(r, s->ref_word, G_PRESS) || !outlet_before(r, doc, ci, s, &outlet))
		return false;
	char *key = name_key(outlet);
	const struct gaz_entry *g = key ? rules_gazetteer_lookup(r, key) : NULL;
	free(key);
	s->name = outlet;
	s->type = g ? g->type : SRC_OUTLET;
	s->ref = REF_NONE;
	return true;
}

static bool claim_holds(const struct claim *c, const struct source *s)
{
	/* (a claim with no source may have no array: no arithmetic on it) */
	return s && c->nsources && s >= c->sources && s < c->sources + c->nsources;
}

/* Does the claim open on a topic, a group or else a body or document,
 * before the pronoun s (NULL: anywhere)? */
static bool topic_before(const struct claim *c, const struct source *s, bool group)
{
	return c->topic && (c->topic->type == SRC_UNNAMED) == group && (!s || c->topic->end <= s->mstart);
}

/* "it" names the claim's topic; "Nationwide's index ... it said" is
 * Nationwide speaking, "it found" the index. */
static void take_topic(const pc_rules *r, struct source *s, const struct claim *tc)
{
	const struct claim_topic *tp = tc->topic;
	bool issuer = tp->issuer && !text_cue(r, s->cue);
	s->name = issuer ? tp->issuer : tp->name;
	s->type = issuer ? tp->issuer_type : tp->type;
	s->ref = REF_NONE;
}

static void take(struct source *dst, const struct source *src)
{
	dst->name = src->name;
	dst->type = src->type;
	dst->state = src->state;
	dst->ref = REF_NONE; /* named now */
	/* "the ministry" after "results published by the Ministry of
	 * Internal Administration": the ministry, not its results */
	if (src->issuer && dst->ref_word && !name_has_word(src->name + strlen(src->issuer), dst->ref_word) &&
	    name_has_word(src->issuer, dst->ref_word)) {
		dst->name = src->issuer;
		dst->type = src->issuer_type;
	}
}

/* "The department said" after "a Department for Education spokesperson
 * said": the body the post is at, which the word names, not the post. */
static void body_of_post(const pc_rules *r, struct pc_doc *doc, struct source *s)
{
	const char *sp = strrchr(s->name, ' ');
	char post[48];
	size_t l = sp ? strlen(sp + 1) : 0;
	if (!sp || !s->ref_word || l == 0 || l >= sizeof(post))
		return;
	str_lower_into(sp + 1, l, post);
	if (!lex_get(&r->roles, post))
		return;
	char *body = arena_strndup(&doc->arena, s->name, (size_t)(sp - s->name));
	if (!name_has_word(body, s->ref_word))
		return;
	s->name = body;
	s->type = SRC_ORGANIZATION;
}

static void name_person(struct source *s, const struct person *p, const struct pc_doc *doc)
{
	const struct person *f = fullest(doc, p->name);
	if (f)
		p = f;
	s->name = p->styled ? p->styled : p->name;
	s->type = p->nroles || p->styled ? SRC_OFFICIAL : SRC_PERSON;
	s->ref = REF_NONE;
}

/* "Mr Justice Harcourt", "Lord Justice Singh": a judge is named with a
 * title and a role, and "the judge" or "he" later is named so too. */
static void learn_styled(struct rctx *x)
{
	struct pc_doc *doc = x->doc;
	for (size_t ci = 0; ci < doc->nclaims; ci++)
		for (size_t i = 0; i < doc->claims[ci].nsources; i++) {
			const char *n = doc->claims[ci].sources[i].name;
			const char *sp1 = strchr(n, ' '), *sp2 = sp1 ? strchr(sp1 + 1, ' ') : NULL;
			if (!sp2 || (size_t)(sp1 - n) >= 16 || (size_t)(sp2 - sp1 - 1) >= 32)
				continue;
			char title[16], role[32];
			str_lower_into(n, (size_t)(sp1 - n), title);
			str_lower_into(sp1 + 1, (size_t)(sp2 - sp1 - 1), role);
			if (!(lex_class(&x->r->abbrev, title) & ABBR_TITLE) || !lex_get(&x->r->roles, role))
				continue;
			size_t pi = find_person(doc, sp2 + 1);
			if (!doc->people[pi].styled) {
				doc->people[pi].styled = n;
				add_role(&doc->people[pi], arena_strdup(&doc->arena, role));
			}
		}
}

/* The writer a byline names: its words after the first ("By"), up to
 * the first that is no name ("and", "in", a comma). */
static const char *byline_writer(struct rctx *x)
{
	struct pc_doc *doc = x->doc;
	for (size_t ci = 0; ci < doc->nclaims; ci++) {
		const struct claim *c = &doc->claims[ci];
		if (c->block->kind != BLOCK_BYLINE)
			continue;
		/* its own scratch: the resolver's was freed with the scan */
		struct arena a = { 0 };
		struct token *t;
		size_t nt = tokenize(&a, c->text, strlen(c->text), &t), s = 1, e;
		/* "Interview by Daniel Okafor": the name after "by" */
		for (size_t k = 1; k < 3 && k < nt; k++)
			if (!strcmp(t[k].low, "by"))
				s = k + 1;
		e = s;
		while (e < nt && t[e].kind == TOK_WORD && t[e].upper)
			e++;
		const char *writer = e == s ? NULL :
			str_fold(&doc->arena, c->text + t[s].s, t[e - 1].e - t[s].s);
		arena_free(&a);
		return writer;
	}
	return NULL;
}

/* The byline's writer, read once, at the first label that needs it. */
static const char *story_writer(struct rctx *x)
{
	if (!x->writer_read) {
		x->writer = byline_writer(x);
		x->writer_read = true;
	}
	return x->writer;
}

/* "Q:" is the interviewer, the byline's writer; "A:" the one
 * interviewed, the first person the story names who is not the writer.
 * Without them the label stays as written. */
static void name_turn(struct rctx *x, struct source *s)
{
	const char *writer = story_writer(x);
	if (s->ref == REF_ASKER) {
		if (writer)
			s->name = writer;
		s->ref = REF_NONE;
		return;
	}
	/* the first person named, and first one the story shows to be
	 * someone (a known first name or a role: not "Rhône Glacier",
	 * two capitals taken for a name) */
	for (int sure = 1; sure >= 0; sure--)
		for (size_t i = 0; i < x->doc->npeople; i++) {
			const struct person *p = fullest(x->doc, x->doc->people[i].name);
			if (!p || (writer && words_within(p->name, writer)))
				continue;
			if (sure && guessed_person(x->r, p->name) && !p->nroles)
				continue;
			name_person(s, p, x->doc);
			return;
		}
	s->ref = REF_NONE;
}

/* "AK:" is the person the story names whose first and last words start
 * so ("Andrés Kühn"); with nobody to match, the label stays unresolved
 * and the caller drops it. */
static void name_initials(struct rctx *x, struct source *s)
{
	/* the interviewer is often named only in the byline */
	const char *writer = story_writer(x);
	if (writer && initials_of(s->name, writer)) {
		s->name = writer;
		s->ref = REF_NONE;
		return;
	}
	for (size_t i = 0; i < x->doc->npeople; i++) {
		const struct person *p = fullest(x->doc, x->doc->people[i].name);
		if (p && initials_of(s->name, p->name)) {
			name_person(s, p, x->doc);
			s->ref = REF_NONE;
			return;
		}
	}
}

/* The claims a host label looks at: the introduction before it and
 * the transcript after it, not the whole archive a long file may hold. */
#define HOST_BEFORE 60
#define HOST_AFTER 400

/* Does a turn label near claim ci name person p ("RAMAN:" is Priya
 * Raman)? */
static bool speaks_under_label(const struct pc_doc *doc, size_t ci, const struct person *p)
{
	size_t lo = ci > HOST_BEFORE ? ci - HOST_BEFORE : 0;
	for (size_t k = lo; k < doc->nclaims && k < ci + HOST_AFTER; k++) {
		const struct claim *c = &doc->claims[k];
		for (size_t i = 0; i < c->nsources; i++)
			if (c->sources[i].turn && c->sources[i].ref != REF_HOST &&
			    words_within(c->sources[i].name, p->name))
				return true;
	}
	return false;
}

/* A person's name, as a programme's or a place's is not: two or three
 * words in the case names take, never after "the" in the introduction
 * ("the Blue Line", "The Midday Programme"). */
static bool person_like(const struct pc_doc *doc, size_t ci, const char *name)
{
	size_t words = 1, caps = 0;
	for (const char *p = name; *p; p++) {
		words += *p == ' ';
		caps += *p >= 'A' && *p <= 'Z';
	}
	if (words < 2 || words > 3 || caps > words)
		return false;
	for (size_t k = ci > HOST_BEFORE ? ci - HOST_BEFORE : 0; k <= ci && k < doc->nclaims; k++) {
		const char *t = doc->claims[k].text;
		for (const char *p = t; (p = strstr(p, name)); p++)
			if (p - t >= 4 && !strncasecmp(p - 4, "the ", 4))
				return false;
	}
	return true;
}

/* "HOST:" is whoever the story names last before the label, not in a
 * quotation, who is a person, not its writer, and speaks under no label
 * of their own ("Adaeze Okonjo joined Bisi Coker on Lagos This
 * Morning": Coker); with nobody so, the label stays as written. */
static void name_host(struct rctx *x, size_t ci, struct source *s, size_t pos)
{
	const char *writer = story_writer(x);
	for (size_t i = first_mention_at(x, pos), n = 0; i-- > 0 && n < WINDOW; n++) {
		const struct person *p = &x->doc->people[x->m[i].person];
		if (x->m[i].quoted || (writer && words_within(p->name, writer)) ||
		    !person_like(x->doc, ci, p->name) || speaks_under_label(x->doc, ci, p))
			continue;
		name_person(s, fullest(x->doc, p->name), x->doc);
		break;
	}
	s->ref = REF_NONE;
}

/* The body an unnamed group a claim or two back works at: "Barclays"
 * in "analysts at Barclays" (the group's name keeps the words that place
 * it, guide section 2).  NULL when a named body is nearer. */
static const char *group_employer(const struct pc_doc *doc, size_t ci)
{
	for (size_t k = ci + 1; k-- > 0 && ci - k < 2;) {
		const struct claim *c = &doc->claims[k];
		for (size_t i = c->nsources; i-- > 0;) {
			const struct source *o = &c->sources[i];
			if (o->type == SRC_ORGANIZATION && o->ref == REF_NONE && k < ci)
				return NULL;
			if (o->type != SRC_UNNAMED || !o->mention)
				continue;
			const char *at = strstr(o->name, " at ");
			if (at && at[4] >= 'A' && at[4] <= 'Z')
				return at + 4;
		}
	}
	return NULL;
}

/* Is the source's mention a possessive ("her" in "by her own count")? */
static bool possessive_mention(const pc_rules *r, const struct source *s)
{
	char low[16];
	size_t n = s->mention ? strlen(s->mention) : 0;
	if (n == 0 || n >= sizeof(low) / 3 || strchr(s->mention, ' '))
		return false;
	str_lower_into(s->mention, n, low);
	return (rules_grammar(r, low) & G_DETERMINER) != 0;
}

/* A person's gender: known from the text, else from the first name. */
static char person_gender(const pc_rules *r, const struct person *p)
{
	if (p->gender)
		return p->gender;
	size_t l = strcspn(p->name, " ");
	return p->name[l] ? rules_word_gender(r, p->name, l) : 0;
}

/* The gender the first word of a mention of more than one word gives:
 * "Mr Ruddock", "Anne Ruddock". */
static char mention_gender(const pc_rules *r, const struct source *s)
{
	size_t l = s->mention ? strcspn(s->mention, " ") : 0;
	if (!l || !s->mention[l])
		return 0;
	if (l > 1 && s->mention[l - 1] == '.')
		l--; /* "Mr." */
	return rules_word_gender(r, s->mention, l);
}

/* The source of a claim up to ci named in full with that surname and a
 * first name of that gender, or NULL. */
static const char *surname_source(const struct rctx *x, size_t ci, const char *surname, char g)
{
	for (size_t k = ci + 1; k-- > 0;) {
		const struct claim *c = &x->doc->claims[k];
		for (size_t i = 0; i < c->nsources; i++) {
			const char *n = c->sources[i].name, *lw;
			size_t ll = last_word(n, &lw);
			size_t fl = strcspn(n, " ");
			if (c->sources[i].type == SRC_PERSON && n[fl] && ll == strlen(surname) &&
			    !strncmp(lw, surname, ll) && rules_word_gender(x->r, n, fl) == g)
				return n;
		}
	}
	return NULL;
}

static void resolve_source(struct rctx *x, size_t ci, struct source *s, size_t pos)
{
	const struct source *un;
	size_t uk = 0;
	struct pc_doc *doc = x->doc;
	bool heading = doc->claims[ci].kind == CLAIM_HEADING;
	const struct person *p;
	const struct source *g;
	const char *emp;

	switch (s->ref) {
	case REF_SURNAME:
		p = fullest(doc, s->name);
		/* "Peter and Anne Ruddock ... Mr Ruddock": the title's gender
		 * picks between two people of one surname */
		char said = p ? mention_gender(x->r, s) : 0, known = said ? person_gender(x->r, p) : 0;
		if (said && known && known != said) {
			const char *other = surname_source(x, ci, s->name, said);
			if (other) {
				s->name = other;
				s->ref = REF_NONE;
				break;
			}
		}
		/* "Varner said" of "Varner Motor Co." and "Lakeshore Varner",
		 * a dealership: a person's name starts with a first name or
		 * comes with a role */
		if (!strchr(s->name, ' ') && business_named(x, s->name) &&
		    (!p || (!p->nroles && !p->gender && !first_name(x->r, p->name)))) {
			/* "Northstar said" of "a Northstar Airlines jet": a
			 * business by its first word, not a person */
			s->name = business_name(x, s->name);
			s->type = SRC_ORGANIZATION;
			s->ref = REF_NONE;
		} else if (p) {
			s->name = p->name;
			if (p->nroles)
				s->type = SRC_OFFICIAL;
			s->ref = REF_NONE;
		} else if ((g = named_body(doc, ci, s->name))) {
			/* "the regulator Ofgem ...  Ofgem said": the body named
			 * before, not a person's surname */
			s->type = g->type;
			s->ref = REF_NONE;
		}
		break;
	case REF_PRONOUN:
		if (!strcmp(s->ref_word, "he") || !strcmp(s->ref_word, "she")) {
			/* the last person who spoke, when close; else the
			 * person named nearest before */
			g = NULL;
			size_t gk = 0;
			want_gender = s->ref_word[0] == 'h' ? 'm' : 'f';
			for (size_t k = ci + 1; k-- > 0 && ci - k <= 5 && !g;) {
				const struct claim *o = &doc->claims[k];
				for (size_t i = o->nsources; i-- > 0 && !g;) {
					const struct source *c = &o->sources[i];
					char cg = gender_of(x, c->name);
					if (c != s && (is_speaking_person(c) || is_unnamed_person(x->r, c)) &&
					    (!cg || cg == want_gender) && (k < ci || c->mstart < s->mstart) &&
					    !person_is_body(doc, c->name)) {
						g = c;
						gk = k;
					}
				}
			}
			p = nearest_person(x, pos, NULL, false);
			want_gender = 0;
			/* the person named nearest before, when it is close (this
			 * claim or the one before); else the last who spoke */
			bool subj = false;
			/* a quotation whose cue comes at its end is close to the
			 * sentence before it opened */
			size_t c0 = ci;
			while (c0 > 0 && doc->claims[ci].quote >= 0 &&
			       doc->claims[c0 - 1].quote == doc->claims[ci].quote)
				c0--;
			size_t pk = p ? mention_claim(x, p, pos, &subj) : 0;
			bool close = p && pk + 1 >= c0 && (speaks(doc, p, ci) || subj);
			/* "Ashworth will stay on, the body said. Asked what he
			 * will do, he does not hesitate. '...,' he says": the
			 * sentences between go on about the subject as "he",
			 * naming no one else */
			if (p && !close && subj && pronoun_chain(x, pk, c0, s->ref_word))
				close = true;
			/* an unnamed speaker, then someone named: "he" is the one
			 * named since ("A former manager told the jury ... Julian
			 * Trask is on trial ... He denies") */
			if (p && g && !is_speaking_person(g) && pk > gk)
				close = true;
			/* "by her own account": a possessive owns the count of
			 * whoever the text names last, not of the last speaker */
			if (p && pk + 1 >= c0 && possessive_mention(x->r, s))
				close = true;
			/* "Nurgul Abdrakhmanova told Kabar that Usenov won
			 * against Almaz Sydykov. ..., she said": who spoke in
			 * the sentence that names the other, not its object */
			if (p && g && is_speaking_person(g) && gk == pk && !subj &&
			    !gender_of(x, p->name) && strcmp(g->name, p->name) &&
			    !speaks_within(doc, p, ci > WINDOW ? ci - WINDOW : 0, ci))
				close = false;
			if (p && (close || !g))
				name_person(s, p, doc);
			else if (g)
				take(s, g);
			learn_gender(doc, s->name, s->ref_word[0] == 'h' ? 'm' : 'f');
		} else if (!strcmp(s->ref_word, "it")) {
			g = text_cue(x->r, s->cue) ? nearest_source(doc, ci, s, is_org_or_text) :
			    text_said(x->r, s->cue) ? paragraph_text(doc, ci, s) : NULL;
			if (!g)
				g = nearest_source(doc, ci, s,
						   text_cue(x->r, s->cue) ? is_org_or_text : is_org_like);
			/* the body this sentence or the one before opened on,
			 * when no source as close names one ("Severn Vale
			 * Hospice launched an appeal. It said on its website
			 * ...", "Rightmove, the portal, tracks prices, which it
			 * said ...") */
			const struct claim *own = &doc->claims[ci], *prev = ci > 0 ? &doc->claims[ci - 1] : NULL;
			bool own_ok = topic_before(own, s, false);
			bool prev_ok = prev && topic_before(prev, NULL, false) && !claim_holds(prev, g);
			if (!claim_holds(own, g) && (own_ok || prev_ok)) {
				take_topic(x->r, s, own_ok ? own : prev);
				break;
			}
			if (g)
				take(s, g);
		} else if (rules_grammar(x->r, s->ref_word) & G_QUANTIFIER) {
			/* "One said", "Another said", "Both deny": members of the
			 * unnamed group named before ("two senior clinicians");
			 * with none close, the word stays the name */
			g = people_before(doc, ci, s);
			if (g)
				take(s, g);
		} else {
			g = nearest_source(doc, ci, s, is_group);
			/* the group this sentence opened on, before "they" and
			 * closer than any source before it */
			const struct claim *own = &doc->claims[ci];
			if (topic_before(own, s, true) && !strcmp(s->ref_word, "they") && !claim_holds(own, g)) {
				take_topic(x->r, s, own);
				break;
			}
			if (g)
				take(s, g);
		}
		break;
	case REF_ROLE:
		if (name_medium(x->r, doc, ci, s))
			break;
		/* "An engineer ..., speaking on condition of anonymity, said
		 * ... the engineer said": the unnamed speaker of the role,
		 * unless someone named with it has spoken since */
		un = s->ref_word ? unnamed_of_role(doc, ci, s->ref_word, ci <= doc_lede(doc), &uk) : NULL;
		if (un) {
			p = nearest_person(x, pos, s->ref_word, true);
			if (!p || !speaks_within(doc, p, uk < ci ? uk + 1 : 0, uk < ci ? ci : doc->nclaims)) {
				s->name = un->name; /* a role still: "the engineer" */
				s->ref = REF_NONE;
				break;
			}
		}
		/* "the 27-year-old said": an age names whoever the story
		 * spoke of last, whatever their roles */
		p = s->ref_word && strstr(s->ref_word, "-year-old") ? nearest_person(x, pos, NULL, false) :
		    nearest_person(x, pos, s->ref_word, true);
		if (p) {
			name_person(s, p, doc);
			break;
		}
		g = nearest_source(doc, ci, s, is_any_official);
		if (g && (!strcmp(s->ref_word, "official") || !strcmp(s->ref_word, "senior official")))
			take(s, g);
		else
			s->name = s->name; /* keep the role words */
		break;
	case REF_GROUP:
		if (national_outlet(x->r, doc, ci, s))
			break;
		/* "the airport's operator": a body its owner names, not the
		 * story's company nor one named before by its word */
		if (strstr(s->name, "'s ") || strstr(s->name, "\xE2\x80\x99s "))
			break;
		/* "analysts at Barclays said ... The bank cut its target":
		 * the body the group works at, named just before */
		emp = (lex_class(&x->r->orgs, s->ref_word) & ORG_BUSINESS) ? group_employer(doc, ci) : NULL;
		if (emp) {
			s->name = emp;
			s->type = SRC_ORGANIZATION;
			s->ref = REF_NONE;
			break;
		}
		g = (lex_class(&x->r->orgs, s->ref_word) & ORG_HANDLE) ? handle_near(doc, ci, false)
								      : group_antecedent(x->r, doc, ci, s->ref_word,
											 s->name, heading);
		if ((lex_class(&x->r->orgs, s->ref_word) & ORG_BUSINESS) &&
		    (!g || (!name_has_word(g->name, s->ref_word) && !called_business(x->r, doc, g)))) {
			const char *company = story_company(x, s->ref_word);
			if (!company && !g)
				company = text_company(x);
			if (company) {
				s->name = company;
				s->type = SRC_ORGANIZATION;
				s->ref = REF_NONE;
				break;
			}
		}
		if (g) {
			take(s, g);
			body_of_post(x->r, doc, s);
			break;
		}
		name_medium(x->r, doc, ci, s);
		break;
	case REF_ASKER:
	case REF_ANSWERER:
		name_turn(x, s);
		break;
	case REF_INITIALS:
		name_initials(x, s);
		break;
	case REF_HOST:
		name_host(x, ci, s, pos);
		break;
	default:
		break;
	}
}

/* "Its analysis found", "according to its annual report": the body
 * named nearest before (a paragraph or two back) made the document,
 * which is then called by its maker's name ("Education Policy
 * Institute analysis"), and which "the institute" may name later */
static void name_owner(const pc_rules *r, struct pc_doc *doc, size_t ci, struct source *s)
{
	if (!s->owner_ref || s->ref != REF_NONE || s->issuer)
		return;
	const struct source *g = NULL;
	for (size_t k = ci + 1; k-- > 0 && ci - k < 3 && !g;) {
		const struct claim *c = &doc->claims[k];
		for (size_t i = c->nsources; i-- > 0 && !g;)
			if (&c->sources[i] != s && is_org_like(&c->sources[i]) && c->sources[i].ref == REF_NONE &&
			    (k < ci || c->sources[i].mstart < s->mstart))
				g = &c->sources[i];
	}
	if (!g)
		return;
	s->issuer = g->name;
	s->issuer_type = g->type;
	/* "its figures": an organization's numbers are its word */
	const char *head = strrchr(s->name, ' ');
	if (lex_class(&r->documents, head ? head + 1 : s->name) & DOC_FIGURES) {
		s->name = g->name;
		s->type = g->type;
		return;
	}
	s->name = arena_printf(&doc->arena, "%s %s", g->name, s->name);
}

/* "a spokesperson for the company": the spokesperson of the body "the
 * company" names back, "spokesperson for Yorkshire Water" */
static void name_spokesperson_body(struct rctx *x, size_t ci, struct source *s)
{
	if (s->type != SRC_UNNAMED || s->ref != REF_NONE)
		return;
	const char *f = strstr(s->name, " for the ");
	if (!f || strchr(f + 9, ' ') || !lex_get(&x->r->roles, str_lower(&x->doc->arena, s->name,
									   (size_t)(f - s->name))))
		return;
	const char *head = f + 9;
	unsigned cls = lex_class(&x->r->orgs, head);
	if (!(cls & ORG_HEADS))
		return;
	const struct source *g = group_antecedent(x->r, x->doc, ci, head, head, false);
	const char *body = g && g->type != SRC_PERSON && g->type != SRC_OFFICIAL && g->type != SRC_UNNAMED ?
				   g->name : NULL;
	if (!body && (cls & ORG_BUSINESS))
		body = story_company(x, head);
	if (body)
		s->name = arena_printf(&x->doc->arena, "%.*s for %s", (int)(f - s->name), s->name, body);
}

/* The end of the run of capitals from token b, as one name: "Halden
 * Logistics", "Corvane Freight". */
static size_t capitals_from(const struct token *t, size_t nt, size_t b)
{
	size_t e = b;
	while (e < nt && t[e].kind == TOK_WORD && t[e].upper)
		e++;
	return e;
}

/* "Halden Logistics and Corvane Freight have agreed a merger, the two
 * companies said": two bodies joined by "and" that open a sentence, in
 * it or the one before, are what a plural of a company's noun names.
 * Both are then sources (guide section 2).  Returns whether s was
 * split; it then names the first and a new source the second (s is no
 * longer valid: the claim's sources may have moved). */
static bool joint_group(struct rctx *x, size_t ci, struct source *s)
{
	/* ("the companies" is a group of the unnamed: the companies the
	 * story names, when it names two) */
	const char *w = s->ref == REF_GROUP ? s->ref_word : s->type == SRC_UNNAMED ? s->name : NULL;
	char one[64];
	if (!w || !word_singular(w, 4, one) || !(lex_class(&x->r->orgs, one) & ORG_BUSINESS))
		return false;
	/* (its own scratch: this runs after the scan's arena is freed) */
	struct arena tmp = { 0 };
	bool split = false;
	for (size_t k = ci + 1; k-- > 0 && ci - k < 2 && !split;) {
		const char *text = x->doc->claims[k].text;
		struct token *t;
		arena_reset(&tmp);
		size_t nt = tokenize(&tmp, text, strlen(text), &t);
		size_t and = capitals_from(t, nt, 0);
		if (and == 0 || and + 1 >= nt || strcmp(t[and].low, "and"))
			continue;
		size_t e = capitals_from(t, nt, and + 1);
		if (e == and + 1)
			continue;
		char *a = str_fold(&x->doc->arena, text + t[0].s, t[and - 1].e - t[0].s);
		char *b = str_fold(&x->doc->arena, text + t[and + 1].s, t[e - 1].e - t[and + 1].s);
		if (rules_opens_on_first_name(x->r, a) || rules_opens_on_first_name(x->r, b) ||
		    !strncmp(a, "The ", 4))
			continue;
		struct source two = *s;
		s->name = a;
		s->type = SRC_ORGANIZATION;
		s->ref = REF_NONE;
		two.name = b;
		two.type = SRC_ORGANIZATION;
		two.ref = REF_NONE;
		*claim_add_source(x->doc, &x->doc->claims[ci]) = two;
		split = true;
	}
	arena_free(&tmp);
	return split;
}

/* "..., the agency said, citing the ministry": once "the agency" is
 * named a news medium, the one it cites speaks through it, as in
 * "Reuters said, citing the ministry" */
static void fold_citing_medium(struct pc_doc *doc, struct claim *c)
{
	struct source *medium = NULL, *cited = NULL;
	for (size_t i = 0; i < c->nsources; i++) {
		struct source *s = &c->sources[i];
		if ((s->type == SRC_AGENCY || s->type == SRC_OUTLET) && !s->nvia && !medium)
			medium = s;
		else if (s->rule && !strcmp(s->rule, "citing") && !s->nvia && !cited)
			cited = s;
	}
	if (!medium || !cited || cited->mstart < medium->mstart)
		return;
	const char **via = arena_alloc(&doc->arena, sizeof(*via));
	via[0] = medium->name;
	cited->via = via;
	cited->nvia = 1;
	size_t k = (size_t)(medium - c->sources);
	memmove(medium, medium + 1, (c->nsources - k - 1) * sizeof(*medium));
	c->nsources--;
}

/* "Officials' median projection shows one cut, according to the Summary
 * of Economic Projections": the document the sentence opens on is the
 * one "according to" names, or a part of it; the named one is the
 * source. */
static void fold_document_according(struct claim *c)
{
	const struct source *according = NULL;
	for (size_t i = 0; i < c->nsources && !according; i++)
		if (c->sources[i].rule && !strcmp(c->sources[i].rule, "according-to"))
			according = &c->sources[i];
	/* (a body or a named document: "according to a post" names no
	 * more than the video the post shows) */
	bool named = false;
	for (const char *p = according ? according->name : ""; *p && !named; p++)
		named = *p >= 'A' && *p <= 'Z';
	if (!according || (according->type == SRC_DOCUMENT && !named))
		return;
	for (size_t i = 0; i < c->nsources; i++) {
		struct source *s = &c->sources[i];
		if (s == according || s->type != SRC_DOCUMENT || s->nvia || !s->rule ||
		    strcmp(s->rule, "grammar-subject") || s->mstart > according->mstart)
			continue;
		memmove(s, s + 1, (c->nsources - i - 1) * sizeof(*s));
		c->nsources--;
		return;
	}
}

static void copy_sources(struct pc_doc *doc, struct claim *dst, const struct claim *src)
{
	for (size_t i = 0; i < src->nsources; i++) {
		struct source *s = claim_add_source(doc, dst);
		*s = src->sources[i];
		s->inherited = true;
	}
}

static const struct claim *quote_owner(const struct pc_doc *doc, size_t ci)
{
	const struct claim *c = &doc->claims[ci];
	const struct claim *best = NULL;
	/* earlier sentences of the quotation, inherited attributions too:
	 * a quotation that took its speaker keeps it to its end */
	for (size_t k = ci; k-- > 0 && ci - k < WINDOW;) {
		const struct claim *o = &doc->claims[k];
		if (o->quote != c->quote)
			break;
		if (o->nsources) {
			best = o;
			break;
		}
	}
	if (best)
		return best;
	for (size_t k = ci + 1; k < doc->nclaims && k - ci < WINDOW; k++) {
		const struct claim *o = &doc->claims[k];
		if (o->quote != c->quote)
			break;
		if (o->nsources && !o->sources[0].inherited)
			return o;
	}
	return NULL;
}

/* Quotations: every sentence of one quotation takes its attribution, and
 * a quotation opening right after an attributed quote is the same
 * speaker's. */
static void spread_quotes(struct pc_doc *doc)
{
	for (size_t ci = 0; ci < doc->nclaims; ci++) {
		struct claim *c = &doc->claims[ci];
		if (c->nsources || c->kind != CLAIM_CLAIM)
			continue;
		const struct claim *owner = NULL;
		if (c->quote >= 0)
			owner = quote_owner(doc, ci);
		if (!owner && c->opens_quote && ci > 0) {
			/* after an attributed quote, or in the paragraph of one
			 * speaker's words: "..., she said. \"We're not there
			 * yet.\"" */
			const struct claim *prev = &doc->claims[ci - 1];
			if (prev->kind == CLAIM_CLAIM && prev->nsources &&
			    (prev->has_quote || (prev->block == c->block && prev->nsources == 1)))
				owner = prev;
		}
		if (owner)
			copy_sources(doc, c, owner);
	}
}

/* Does the claim hold a directive cue ("urging residents to avoid the
 * sun:")?  What its colon introduces is then advice, a call to action
 * that states no one's fact. */
static bool directs(const pc_rules *r, const struct claim *c)
{
	struct arena a = { 0 };
	struct token *t;
	size_t nt = tokenize(&a, c->text, strlen(c->text), &t);
	bool hit = false;
	for (size_t i = 0; i < nt && !hit; i++)
		for (const struct cue_use *u = rules_cue(r, t[i].low); u && !hit; u = next_use(r, u))
			hit = (u->cls & CUE_DIRECTIVE) != 0;
	arena_free(&a);
	return hit;
}

/* Does the claim's text, l bytes up to its colon, end on the cue of one
 * of its sources, or on the cue and a word that opens a clause ("found
 * that:", rules/grammar.txt)? */
static bool cue_ends(const pc_rules *r, const struct claim *c, size_t l)
{
	size_t e = l - 1; /* the colon */
	while (e > 0 && c->text[e - 1] == ' ')
		e--;
	size_t w = e;
	while (w > 0 && c->text[w - 1] != ' ')
		w--;
	char last[64]; /* lower-casing may grow a word threefold */
	if (w > 0 && e - w < 16) {
		last[str_lower_into(c->text + w, e - w, last)] = '\0';
		if (rules_grammar(r, last) & G_CLAUSAL)
			for (e = w; e > 0 && c->text[e - 1] == ' ';)
				e--;
	}
	for (size_t i = 0; i < c->nsources; i++) {
		const char *cue = c->sources[i].cue;
		size_t n = cue ? strlen(cue) : 0;
		if (n && n <= e && !strncasecmp(c->text + e - n, cue, n) && (n == e || c->text[e - n - 1] == ' '))
			return true;
	}
	return false;
}

/* "The force posted on X:" then a block quotation or a quoted paragraph:
 * what the colon introduces is the speaker's, each sentence without a
 * source of its own, to the end of the quoted blocks. */
static void spread_introduced(struct pc_doc *doc, const pc_rules *r)
{
	for (size_t ci = 0; ci + 1 < doc->nclaims; ci++) {
		const struct claim *c = &doc->claims[ci];
		size_t l = strlen(c->text);
		while (l > 0 && c->text[l - 1] == ' ')
			l--;
		if (!c->nsources || l == 0 || c->text[l - 1] != ':' || doc->claims[ci + 1].block == c->block ||
		    directs(r, c))
			continue;
		const struct block *first = doc->claims[ci + 1].block;
		bool quoted = first->kind == BLOCK_QUOTE || doc->claims[ci + 1].opens_quote;
		/* "The report also found that:" then a list: each item ends
		 * the sentence the cue opened */
		bool listed = first->kind == BLOCK_LIST_ITEM && cue_ends(r, c, l);
		for (size_t k = ci + 1; k < doc->nclaims && (quoted || listed); k++) {
			struct claim *o = &doc->claims[k];
			if (listed && o->block->kind != BLOCK_LIST_ITEM)
				break;
			if (!listed && o->block != first &&
			    !(o->block->kind == BLOCK_QUOTE && first->kind == BLOCK_QUOTE &&
			      o->block->para == doc->claims[k - 1].block->para + 1))
				break;
			if (o->kind == CLAIM_HEADING)
				break;
			if (!o->nsources && o->kind == CLAIM_CLAIM && !o->quoted_call)
				copy_sources(doc, o, c);
		}
	}
}

/* "- Bernie Sanders." under a quoted paragraph signs it: the sentences
 * of the paragraph before without a source of their own are his. */
static void spread_signatures(struct pc_doc *doc)
{
	for (size_t ci = 1; ci < doc->nclaims; ci++) {
		const struct claim *c = &doc->claims[ci];
		if (c->nsources != 1 || !c->sources[0].rule || strcmp(c->sources[0].rule, "signature"))
			continue;
		/* the paragraph before, or the sentences before it in its own
		 * ("... a Mexican-Peruvian.” ― Karen Bobadilla.") */
		const struct block *prev = doc->claims[ci - 1].block;
		for (size_t k = ci; k-- > 0 && doc->claims[k].block == prev;) {
			struct claim *o = &doc->claims[k];
			if (o->nsources || o->kind != CLAIM_CLAIM)
				continue;
			struct source *s = claim_add_source(doc, o);
			*s = doc->claims[ci].sources[0];
			s->inherited = true;
		}
	}
}

/* Does the paragraph open with a double quote mark and then a word?  A
 * quotation running over paragraphs opens each one so ("\"WALLACE:
 * ...", then "\"But the truth is ..."); "\"(CROSSTALK.)" is a stage
 * direction, no one's words. */
static bool opens_quoted(const struct block *b)
{
	size_t len;
	bool bad;
	if (!b->len || !cp_is_dquote(utf8_decode(b->text, b->len, &len, &bad)) || len >= b->len)
		return false;
	return cp_is_alpha((unsigned char)b->text[len]) || (b->text[len] >= '0' && b->text[len] <= '9');
}

/* The speaker label a claim opens with, read by the recognizer, or NULL */
static const struct source *turn_label(const struct claim *c)
{
	for (size_t i = 0; i < c->nsources; i++)
		if (c->sources[i].turn && !c->sources[i].inherited)
			return &c->sources[i];
	return NULL;
}

/* Does the paragraph open with what reads as a speaker's label, known
 * or not ("Operator: The next question ...")?  Up to four capitalised
 * words, then a colon: another speaker's turn begins there. */
static bool opens_label(const struct block *b)
{
	size_t i = 0, words = 0;
	while (i < b->len && words <= 4) {
		if (b->text[i] < 'A' || b->text[i] > 'Z')
			return false;
		while (i < b->len && (cp_is_alpha((unsigned char)b->text[i]) || b->text[i] == '.' ||
				      b->text[i] == '\'' || b->text[i] == '-'))
			i++;
		words++;
		if (i < b->len && b->text[i] == ':')
			return true;
		if (i >= b->len || b->text[i] != ' ')
			return false;
		i++;
	}
	return false;
}

/* Does claim o open a paragraph that goes on the turn of a label
 * opened in paragraph `b`, o with no label of its own?  Either a
 * transcript quoted paragraph by paragraph, or a body paragraph between
 * labels: a briefing's answer runs on over paragraphs until the next
 * speaker's label, and an article's own prose after a transcript's last
 * turn (`inside` false) is nobody's turn. */
static bool continues_turn(const struct block *b, const struct claim *o, bool inside)
{
	if (o->tstart != 0 || turn_label(o))
		return false;
	if (opens_quoted(b) && opens_quoted(o->block))
		return true;
	return inside && b->kind == BLOCK_BODY && o->block->kind == BLOCK_BODY && !o->block->aside &&
	       !opens_label(o->block);
}

/* A transcript's turn: the sentences after a speaker label in its
 * paragraph, and in the quoted paragraphs that go on it, are that
 * speaker's too, besides any source of their own. */
static void spread_turns(struct pc_doc *doc)
{
	/* the last turn's label, one the recognizer read or one it could
	 * not ("Operator:") */
	size_t last_label = 0;
	for (size_t ci = 0; ci < doc->nclaims; ci++)
		if (turn_label(&doc->claims[ci]) ||
		    (doc->claims[ci].tstart == 0 && doc->claims[ci].block->kind == BLOCK_BODY &&
		     opens_label(doc->claims[ci].block)))
			last_label = ci;
	for (size_t ci = 0; ci < doc->nclaims; ci++) {
		const struct claim *c = &doc->claims[ci];
		const struct source *label = turn_label(c);
		if (!label)
			continue;
		const struct block *para = c->block;
		for (size_t k = ci + 1; k < doc->nclaims; k++) {
			struct claim *o = &doc->claims[k];
			if (o->block != para && !continues_turn(c->block, o, k < last_label))
				break;
			para = o->block;
			bool has = false;
			for (size_t i = 0; i < o->nsources; i++)
				has |= !strcmp(o->sources[i].name, label->name);
			if (has || o->kind != CLAIM_CLAIM)
				continue;
			struct source *s = claim_add_source(doc, o);
			*s = *label;
			s->inherited = true;
			label = &doc->claims[ci].sources[label - c->sources];
		}
	}
	/* a greeting's label spoke for the turn; the greeting states nothing
	 * (a quoted call keeps its speaker until the quotation has it) */
	for (size_t ci = 0; ci < doc->nclaims; ci++)
		if (doc->claims[ci].kind == CLAIM_NOT && doc->claims[ci].quote < 0)
			doc->claims[ci].nsources = 0;
}

/* Is the paragraph a published Q&A's question: all of it in bold, and
 * asking? */
static bool bold_question(const struct block *b)
{
	return b->kind == BLOCK_BODY && b->bold && memchr(b->text, '?', b->len);
}

/* Does the claim speak in the first person ("I", "we"), outside a
 * quotation? */
static bool first_person(const pc_rules *r, const struct claim *c)
{
	if (c->quote >= 0)
		return false;
	struct arena a = { 0 };
	struct token *t;
	size_t nt = tokenize(&a, c->text, strlen(c->text), &t);
	bool first = false;
	for (size_t k = 0; k < nt && !first; k++) {
		uint64_t g = rules_grammar(r, t[k].low);
		first = rules_first_person(g);
	}
	arena_free(&a);
	return first;
}

/* Is the claim in an answer: a body paragraph after a bold question,
 * no italic note, heading or labelled turn between?  `answering` carries
 * the state from claim to claim, `last` the paragraph last seen. */
static bool in_answer(const struct claim *c, bool *answering, const struct block **last)
{
	const struct block *b = c->block;
	if (b != *last) {
		*last = b;
		if (bold_question(b)) {
			*answering = true;
			return false;
		}
		*answering &= b->kind == BLOCK_BODY && !b->aside && !b->bold && !opens_label(b) &&
			      !turn_label(c);
	}
	return *answering && b->kind == BLOCK_BODY && c->kind == CLAIM_CLAIM;
}

/* A published Q&A sets its questions in bold and gives its answers
 * unlabelled: each paragraph after a question, up to the next one, is
 * the turn of the one interviewed, as after "A:" (rules/turns.txt).  Two
 * questions at least make the form; an italic note, a heading or a
 * paragraph with its own label ends the answer.  An explainer asks its
 * questions the same way and answers them in the reporter's voice: an
 * interview's answers speak in the first person, a quarter of them at
 * least. */
static void spread_answers(struct rctx *x)
{
	struct pc_doc *doc = x->doc;
	size_t questions = 0;
	for (size_t i = 0; i < doc->nblocks; i++)
		questions += bold_question(&doc->blocks[i]);
	if (questions < 2)
		return;
	size_t answers = 0, first = 0;
	bool answering = false;
	const struct block *last = NULL;
	for (size_t ci = 0; ci < doc->nclaims; ci++)
		if (in_answer(&doc->claims[ci], &answering, &last)) {
			answers++;
			first += first_person(x->r, &doc->claims[ci]);
		}
	if (first * 4 < answers)
		return;
	struct source who = { 0 };
	who.ref = REF_ANSWERER;
	name_turn(x, &who);
	if (who.ref != REF_NONE || !who.name)
		return;
	answering = false;
	last = NULL;
	for (size_t ci = 0; ci < doc->nclaims; ci++) {
		struct claim *c = &doc->claims[ci];
		if (!in_answer(c, &answering, &last))
			continue;
		bool has = false;
		for (size_t i = 0; i < c->nsources; i++)
			has |= !strcmp(c->sources[i].name, who.name);
		if (has)
			continue;
		struct source *s = claim_add_source(doc, c);
		*s = who;
		s->mention = who.name;
		s->mstart = s->mend = c->start; /* no words name them: the form does */
		s->cue = "answer";
		s->rule = "qa-answer";
		s->turn = true;
		s->inherited = true;
	}
}

/* The agency a wire dateline credits ("KYIV, Nov 3 (Reuters) -"): the
 * publication itself, which the guide never counts as a relay ("told
 * Reuters" or "seen by Reuters" inside a Reuters story). */
static const char *publication(const struct pc_doc *doc, const pc_rules *r)
{
	for (size_t i = 0; i < doc->nblocks; i++) {
		const struct block *b = &doc->blocks[i];
		if (b->kind != BLOCK_DATELINE)
			continue;
		const char *o = memchr(b->text, '(', b->len), *c;
		if (!o || !(c = memchr(o, ')', b->len - (size_t)(o - b->text))))
			return NULL;
		char tmp[64];
		size_t l = (size_t)(c - o - 1);
		if (l >= sizeof(tmp))
			return NULL;
		memcpy(tmp, o + 1, l);
		tmp[l] = '\0';
		char *key = name_key(tmp);
		const struct gaz_entry *g = rules_gazetteer_lookup(r, key);
		free(key);
		return g ? g->name : NULL;
	}
	return NULL;
}

static void drop_own_relays(struct pc_doc *doc, const char *pub)
{
	for (size_t ci = 0; ci < doc->nclaims; ci++) {
		struct claim *c = &doc->claims[ci];
		for (size_t i = 0; i < c->nsources; i++) {
			struct source *s = &c->sources[i];
			size_t o = 0;
			for (size_t v = 0; v < s->nvia; v++)
				if (strcmp(s->via[v], pub))
					s->via[o++] = s->via[v];
			s->nvia = o;
		}
	}
}

/* Collects the companies' names: a run of capitalised words closed by a
 * legal form ("Sol del Tajo SL" is not; "Helio Bonds Ltd" gives "Helio
 * Bonds").  A whole-document pass: the short form may come first. */
static void scan_companies(struct rctx *x)
{
	struct pc_doc *doc = x->doc;
	for (size_t ci = 0; ci < doc->nclaims; ci++) {
		const struct claim *c = &doc->claims[ci];
		if (c->kind == CLAIM_NOT)
			continue;
		struct token *t;
		size_t nt = tokenize(&x->tmp, c->text, strlen(c->text), &t);
		for (size_t k = 1; k < nt; k++) {
			if (!t[k].upper || !(lex_class(&x->r->orgs, t[k].low) & ORG_LEGAL))
				continue;
			size_t b = name_run_before(x->r, t, k);
			if (b == k)
				continue;
			char *name = str_fold(&x->tmp, c->text + t[b].s, t[k - 1].e - t[b].s);
			char *key = name_key(name);
			lex_put(&x->companies, key, 1, NULL);
			free(key);
		}
		arena_reset(&x->tmp);
	}
}

static bool is_company(const struct rctx *x, const char *name)
{
	char *key = name_key(name);
	bool hit = lex_get(&x->companies, key) != NULL;
	free(key);
	return hit;
}

/* One mention read twice, by two cues ("Analysts at ING said ..., and
 * cautioned against ..."), one of them with fewer of its words: one
 * source, the longer name. */
static bool same_mention(struct source *a, const struct source *b)
{
	if (a->mstart != b->mstart || !a->mstart)
		return false;
	size_t la = strlen(a->name), lb = strlen(b->name);
	const struct source *longer = la >= lb ? a : b;
	if (strncasecmp(a->name, b->name, la < lb ? la : lb) != 0)
		return false;
	if (longer != a)
		*a = *b;
	return true;
}

/* "Democratic strategist who has advised the campaign" and, for the
 * "who" of that clause, "Democratic strategist": one unnamed speaker,
 * named in full once */
static bool unnamed_extends(const struct source *a, const struct source *b)
{
	size_t l = strlen(b->name);
	return a->type == SRC_UNNAMED && b->type == SRC_UNNAMED && !strncmp(a->name, b->name, l) &&
	       a->name[l] == ' ';
}

/* Two mentions that resolved to one source ("UKHSA recorded ..., and
 * the agency said") are one origin: the first stays. */
static void drop_repeated_sources(struct claim *c)
{
	for (size_t i = 0; i < c->nsources; i++)
		for (size_t k = i + 1; k < c->nsources;) {
			if (unnamed_extends(&c->sources[k], &c->sources[i]))
				c->sources[i].name = c->sources[k].name;
			if (strcmp(c->sources[i].name, c->sources[k].name) == 0 ||
			    unnamed_extends(&c->sources[i], &c->sources[k]) ||
			    same_mention(&c->sources[i], &c->sources[k])) {
				memmove(&c->sources[k], &c->sources[k + 1],
					(c->nsources - k - 1) * sizeof(*c->sources));
				c->nsources--;
			} else {
				k++;
			}
		}
}

/* Does the acronym `acro` ("NTSB") spell the initials of the capitalised
 * words of `name` ("National Transportation Safety Board"; "of", "and"
 * skipped)?  A word in capitals gives its first letter or all of them:
 * "UKHSA" is the "UK Health Security Agency". */
static bool initials_from(const char *acro, const char *p)
{
	while (*p == ' ')
		p++;
	if (!*p)
		return !*acro;
	size_t len = strcspn(p, " ");
	/* "of", "and", "for" between the words; a longer word in lower
	 * case ("preliminary report") is no part of a name */
	if ((*p >= 'a' && *p <= 'z') || (*p == '&' && len == 1))
		return len <= 3 && initials_from(acro, p + len);
	if (!*acro || *p != *acro || (p[len - 1] == 's' && len > 2 && p[len - 2] == '\''))
		return false;
	if (len > 1 && is_acronym(p, len) && !strncmp(acro, p, len) &&
	    initials_from(acro + len, p + len))
		return true;
	return initials_from(acro + 1, p + len);
}

static bool initials_of(const char *acro, const char *name)
{
	return strchr(name, ' ') && initials_from(acro, name);
}

/* "The Institute of Chartered Accountants in England and Wales (ICAEW)
 * has warned": the acronym in brackets right after a mention says where
 * the name ends.  A name cut before a place ("Institute of Chartered
 * Accountants") whose mention, from the name on, spells the acronym
 * (and the name alone does not) is the mention's; "the envoy in Geneva"
 * has no brackets. */
static void complete_by_acronym(struct pc_doc *doc, struct source *s)
{
	if (s->mend <= s->mstart || s->mend + 4 >= doc->len || !strchr(s->name, ' '))
		return;
	const char *m = doc->data + s->mstart, *p = doc->data + s->mend;
	if (strncmp(p, " (", 2))
		return;
	const char *close = memchr(p + 2, ')', doc->len - s->mend - 2 < 16 ? doc->len - s->mend - 2 : 16);
	char acro[16];
	size_t al = close ? (size_t)(close - p - 2) : 0;
	if (al < 2 || al >= sizeof(acro))
		return;
	memcpy(acro, p + 2, al);
	acro[al] = '\0';
	if (!is_acronym(acro, al) || initials_of(acro, s->name))
		return;
	size_t nl = strcspn(s->name, " ");
	const char *from = NULL;
	for (const char *q = m; q + nl <= p && !from; q++)
		if (!strncmp(q, s->name, nl) && (q == m || q[-1] == ' '))
			from = q;
	if (!from)
		return;
	for (const char *q = from; q < p; q++)
		if (!cp_is_alpha((unsigned char)*q) && !((unsigned char)*q & 0x80) && *q != ' ' &&
		    *q != '-' && *q != '&' && *q != '\'')
			return; /* only words: no comma, no clause */
	/* (the name goes on in the mention: "Federation of Small Businesses
	 * survey" is a document the acronym's body made, named already) */
	char *longer = str_fold(&doc->arena, from, (size_t)(p - from));
	if (!strncmp(longer, s->name, strlen(s->name)) && initials_of(acro, longer))
		s->name = longer;
}

/* "the CSO said" after "the Central Statistics Office said": an acronym
 * names the organization whose initials it spells, when the story names
 * that organization as a source too.  The names of several words are
 * gathered once (at most MAX_SPELLED distinct ones): linear in the
 * sources however long the document. */
#define MAX_SPELLED 256
static void spell_out_acronyms(struct pc_doc *doc)
{
	const struct source *full[MAX_SPELLED];
	size_t nfull = 0;
	bool any = false;
	for (size_t ci = 0; ci < doc->nclaims; ci++)
		for (size_t i = 0; i < doc->claims[ci].nsources; i++) {
			const struct source *o = &doc->claims[ci].sources[i];
			any |= is_acronym(o->name, strlen(o->name));
			if (!strchr(o->name, ' ') || nfull == MAX_SPELLED)
				continue;
			bool seen = false;
			for (size_t k = 0; k < nfull && !seen; k++)
				seen = !strcmp(full[k]->name, o->name);
			if (!seen)
				full[nfull++] = o;
		}
	if (!any || !nfull)
		return;
	for (size_t ci = 0; ci < doc->nclaims; ci++)
		for (size_t i = 0; i < doc->claims[ci].nsources; i++) {
			struct source *s = &doc->claims[ci].sources[i];
			if (!is_acronym(s->name, strlen(s->name)))
				continue;
			for (size_t k = 0; k < nfull; k++)
				if (initials_of(s->name, full[k]->name)) {
					s->name = full[k]->name;
					s->type = full[k]->type;
					s->state = full[k]->state;
					break;
				}
		}
	/* spelt out, a source may stand twice in one claim */
	for (size_t ci = 0; ci < doc->nclaims; ci++)
		drop_repeated_sources(&doc->claims[ci]);
}

/* "a prosecutor told jurors" in the lede, "prosecutor Amanda Keel KC
 * said" below: news names in the body the one its headline and lede
 * call by their role alone.  Only when one person of the story holds
 * the role. */
static void name_lede_role(struct rctx *x, size_t ci, size_t lede, struct source *s)
{
	const struct pc_doc *doc = x->doc;
	if (ci > lede || s->type != SRC_UNNAMED || s->ref != REF_NONE || strchr(s->name, ' '))
		return;
	char role[64];
	size_t n = strlen(s->name);
	if (n >= sizeof(role) / 3)
		return;
	str_lower_into(s->name, n, role);
	if (!lex_get(&x->r->roles, role))
		return;
	const struct person *found = NULL;
	for (size_t i = 0; i < doc->npeople; i++) {
		const struct person *p = &doc->people[i];
		if (!has_role(x->r, p, role))
			continue;
		if (found && strcmp(found->name, p->name))
			return;
		found = p;
	}
	if (found)
		name_person(s, found, doc);
}

/* "It also found that" with no report or office before it, "XY:" with
 * nobody of those initials: no source, rather than one called "it" or
 * "XY". */
static bool names_no_one(const pc_rules *r, const struct source *s)
{
	return (s->ref == REF_PRONOUN && s->ref_word && !strcmp(s->ref_word, "it") &&
		!strcmp(s->name, "it") && text_cue(r, s->cue)) ||
	       s->ref == REF_INITIALS;
}

/* "A viral post on X says", "the post says": a social media post that
 * names no maker is the account's whose handle the story names, before
 * the post or, in a headline or lede, after it */
static void name_post_account(const pc_rules *r, const struct pc_doc *doc, size_t ci, struct source *s)
{
	if (s->type != SRC_DOCUMENT || s->issuer || s->name[0] == '@')
		return;
	const char *lw;
	size_t ll = last_word(s->name, &lw);
	char last[32 * 3 + 1];
	if (ll >= 32)
		return;
	str_lower_into(lw, ll, last);
	if (!(lex_class(&r->documents, last) & DOC_SOCIAL))
		return;
	const struct source *h = handle_near(doc, ci, true);
	if (h)
		take(s, h);
}

void resolve_document(struct pc_doc *doc, const pc_rules *rules)
{
	struct rctx x = { .doc = doc, .r = rules };
	scan_companies(&x);
	for (size_t ci = 0; ci < doc->nclaims; ci++) {
		/* a greeting's turn label names someone, as a claim does */
		if (doc->claims[ci].kind != CLAIM_NOT || doc->claims[ci].nsources)
			scan_claim(&x, ci);
		arena_reset(&x.tmp);
	}
	arena_free(&x.tmp);
	learn_styled(&x);
	/* bodies first, that a headline's "the company" may name one the
	 * body describes further down */
	for (size_t ci = 0; ci < doc->nclaims; ci++)
		for (size_t i = 0; i < doc->claims[ci].nsources; i++) {
			struct source *s = &doc->claims[ci].sources[i];
			if (s->type == SRC_PERSON && described_body(rules, &doc->claims[ci], s)) {
				s->type = SRC_ORGANIZATION;
				/* "Brightway, which is based in Columbus": the
				 * business the story writes in full */
				if (!strchr(s->name, ' '))
					s->name = business_name(&x, s->name);
				if (s->ref == REF_SURNAME)
					s->ref = REF_NONE;
			}
		}
	/* (names first: "its members" takes the name the acronym ends) */
	for (size_t ci = 0; ci < doc->nclaims; ci++)
		for (size_t i = 0; i < doc->claims[ci].nsources; i++)
			complete_by_acronym(doc, &doc->claims[ci].sources[i]);
	size_t lede = doc_lede(doc);
	for (size_t ci = 0; ci < doc->nclaims; ci++) {
		struct claim *c = &doc->claims[ci];
		for (size_t i = 0; i < c->nsources; i++) {
			struct source *s = &c->sources[i];
			size_t off = s->mstart > c->start ? s->mstart - c->start : 0;
			/* "Helio Bonds said": the company, though "Bonds" reads
			 * as a surname in the sentence alone */
			if (s->type == SRC_PERSON && is_company(&x, s->name))
				s->type = SRC_ORGANIZATION;
			if ((s->ref == REF_GROUP || s->type == SRC_UNNAMED) && joint_group(&x, ci, s))
				continue;
			resolve_source(&x, ci, s, pos_of(ci, off));
			name_lede_role(&x, ci, lede, s);
			name_medium_relays(rules, doc, ci, s);
			name_owner(rules, doc, ci, s);
			name_post_account(rules, doc, ci, s);
			name_spokesperson_body(&x, ci, s);
			if (names_no_one(rules, s)) {
				memmove(s, s + 1, (c->nsources - i - 1) * sizeof(*s));
				c->nsources--;
				i--;
			}
		}
		drop_repeated_sources(c);
	}
	for (size_t ci = 0; ci < doc->nclaims; ci++) {
		fold_citing_medium(doc, &doc->claims[ci]);
		fold_document_according(&doc->claims[ci]);
	}
	spell_out_acronyms(doc);
	const char *pub = publication(doc, rules);
	if (pub)
		drop_own_relays(doc, pub);
	spread_answers(&x);
	spread_turns(doc);
	spread_signatures(doc);
	spread_introduced(doc, rules);
	spread_quotes(doc);
	for (size_t ci = 0; ci < doc->nclaims; ci++)
		if (doc->claims[ci].kind == CLAIM_NOT)
			doc->claims[ci].nsources = 0;
	lex_free(&x.companies);
}
