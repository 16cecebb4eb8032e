#include "recognize.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

enum ent_kind {
	ENT_NONE,
	ENT_MEDIA,    /* an agency or outlet of the gazetteer */
	ENT_KNOWN,    /* another gazetteer entry: government, organization */
	ENT_PERSON,
	ENT_ROLE,     /* a role without a name: "the mayor" */
	ENT_PRONOUN,
	ENT_UNNAMED,
	ENT_ORG,
	ENT_DOCUMENT,
	ENT_GROUPREF, /* "the ministry", "the people" */
};

struct entity {
	enum ent_kind kind;
	const char *name;
	enum source_type type;
	bool state, vague;
	const char *role;
	size_t ms, me; /* mention, sentence offsets */
};

struct frame {
	const struct pattern *p;
	enum frame_kind kind;
	size_t cue_s, cue_e;
	size_t pos;
	struct entity ent;
	const char *channel;
	bool tell; /* the cue was "told": an outlet after it is a relay */
	bool fallback; /* subject guessed from the sentence, not the cue */
};

struct ctx {
	struct pc_doc *doc;
	const pc_rules *r;
	struct claim *c;
	const char *s; /* sentence text */
	size_t n;
	struct token *t;
	size_t nt;
	struct frame *f;
	size_t nf, capf;
	bool subject; /* classifying the subject of a reporting verb */
	bool relay;   /* classifying what a relay or chain cue points at */
	size_t qs[8], qe[8]; /* quotation spans of the sentence */
	size_t nq;
	struct arena *tmp; /* tokens and candidate names, reset per claim */
};

static bool in_list(const char *w, const char *const *list, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (strcmp(w, list[i]) == 0)
			return true;
	return false;
}
#define IN(w, list) in_list((w), (list), COUNTOF(list))

static const char *const pronouns[] = { "he", "she", "they", "it", "them" };
static const char *const dets[] = {
	"the", "a", "an", "this", "these", "those", "some", "several", "many",
	"most", "two", "three", "four", "five", "six", "seven", "eight",
	"nine", "ten", "eleven", "twelve", "dozens", "its", "his", "her",
	"their", "our", "another", "one", "both", "all", "other", "few",
	"multiple", "various", "numerous", "more", "that", "same",
};
static const char *const definite[] = {
	"the", "this", "these", "those", "its", "his", "her", "their", "that",
	"same",
};
static const char *const stop_words[] = {
	"that", "who", "which", "whose", "whom", "where", "when", "while",
	"as", "on", "in", "at", "after", "before", "during", "since",
	"because", "if", "than", "but", "or", "and", "to", "with", "from",
	"by", "about", "over", "into", "under", "amid", "despite", "without",
	"via", "whether", "not", "also", "was", "were", "is", "are", "has",
	"have", "had", "will", "would", "could", "should", "may", "might",
	"can", "being", "been", "be", "do", "does", "did", "so", "said",
	"says", "speaking", "saying", "adding", "noting", "citing", "quoting",
	"writing", "according", "referring", "there", "here", "what",
	"why", "how", "we", "i", "you", "me", "us", "them",
};
static const char *const time_words[] = {
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
	"sunday", "today", "yesterday", "tonight", "earlier", "later", "late",
	"early", "last", "this", "next", "recently", "previously", "again",
	"once", "first", "then", "now", "separately", "publicly", "privately",
	"reportedly", "repeatedly", "further", "already", "never", "also",
	"has", "have", "had", "was", "were", "is", "are", "been", "will",
	"would", "could", "should", "may", "might", "not", "finally",
	"initially", "subsequently", "immediately", "quickly", "still",
	"even", "just", "officially", "formally", "openly", "flatly",
	"himself", "herself", "itself", "themselves", "too",
};
static const char *const period_words[] = {
	"week", "month", "year", "night", "morning", "evening", "afternoon",
	"weekend", "day",
};
static const char *const to_ok[] = {
	"ambassador", "envoy", "adviser", "advisor", "aide", "representative",
	"close", "near", "loyal", "linked", "attached", "delegate", "closer",
	"secretary", "counsellor", "counselor", "consul",
};
static const char *const media_nouns[] = {
	"newspaper", "daily", "agency", "news agency", "broadcaster",
	"television", "channel", "website", "tv", "radio", "outlet",
	"magazine", "paper", "news", "service", "network", "weekly",
};
static const char *const connectors[] = {
	"of", "for", "de", "da", "del", "von", "van", "bin", "al", "la", "le",
	"du", "der", "ibn", "and", "&", "the",
};

bool recognize_is_pronoun(const char *low)
{
	return IN(low, pronouns);
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

static bool is_possessive(const struct token *t)
{
	size_t l = strlen(t->low);
	return l > 2 && t->low[l - 2] == '\'' && t->low[l - 1] == 's';
}

static bool lex_noun(const struct ctx *x, const char *low)
{
	return lex_get(&x->r->unnamed, low) || lex_get(&x->r->roles, low) ||
	       lex_get(&x->r->orgs, low) || lex_get(&x->r->documents, low);
}

static bool is_abbrev_title(const struct ctx *x, size_t i)
{
	return x->t[i].kind == TOK_WORD &&
	       (lex_class(&x->r->abbrev, x->t[i].low) != 0 ||
		(x->t[i].e - x->t[i].s == 1 && x->t[i].upper));
}

/* Tokens [lo, hi) fully inside the byte span [a, b). */
static void token_range(const struct ctx *x, size_t a, size_t b, size_t *lo, size_t *hi)
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
static bool joins(const struct ctx *x, size_t i, size_t lo, size_t hi)
{
	const char *w = x->t[i].low;
	if (i == lo || i + 1 >= hi)
		return false;
	const struct token *prev = &x->t[i - 1], *next = &x->t[i + 1];
	if (next->kind == TOK_PUNCT)
		return false;
	if (!strcmp(w, "of") || !strcmp(w, "for") || !strcmp(w, "de") ||
	    !strcmp(w, "al") || !strcmp(w, "von") || !strcmp(w, "van") ||
	    !strcmp(w, "bin") || !strcmp(w, "da") || !strcmp(w, "del"))
		return !IN(next->low, stop_words) || !strcmp(next->low, "the") == 0;
	if (!strcmp(w, "and") || !strcmp(w, "&"))
		return prev->upper && next->upper && !is_possessive(prev);
	if (!strcmp(w, "to")) {
		if (!strcmp(prev->low, "close") || !strcmp(prev->low, "near") ||
		    !strcmp(prev->low, "closer"))
			return true;
		return IN(prev->low, to_ok) && next->upper &&
		       !lex_get(&x->r->gaz_first, next->low);
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
		       ((lex_class(&x->r->orgs, prev->low) & ~ORG_PLACE) && next->upper) ||
		       (!strcmp(w, "from") && lex_get(&x->r->documents, prev->low));
	if (!strcmp(w, "by"))
		return lex_get(&x->r->documents, prev->low) && next->upper;
	return false;
}

static size_t np_first(const struct ctx *x, size_t lo, size_t hi)
{
	size_t e = lo;
	for (size_t i = lo; i < hi && i - lo < 14; i++) {
		const struct token *t = &x->t[i];
		if (t->kind == TOK_PUNCT) {
			if (t->low[0] == '.' && i > lo && is_abbrev_title(x, i - 1)) {
				e = i + 1;
				continue;
			}
			break;
		}
		bool name_word = t->upper && t->s > 0 && !IN(t->low, dets);
		if (!name_word && (IN(t->low, stop_words) || IN(t->low, connectors))) {
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
		if (i > lo && !participle_after_group &&
		    (IN(t->low, time_words) || is_cue_word(x, t->low)) && !t->upper)
			break;
		if (i > lo && t->upper && IN(t->low, time_words))
			break;
		static const char *const participles[] = {
			"seen", "shown", "given", "taken", "written", "made", "known", "held",
			"sent", "brought", "kept", "obtained", "reviewed", "published",
			"released", "issued", "prepared", "commissioned", "leaked", "filed",
		};
		if (i > lo && !t->upper && IN(t->low, participles))
			break;
		/* a verb after the subject: "The mayor thanked ..." */
		size_t l = strlen(t->low);
		if (i > lo && !t->upper && l > 4 && !strcmp(t->low + l - 2, "ed") &&
		    !lex_get(&x->r->unnamed, x->t[i - 1].low) && !lex_noun(x, t->low))
			break;
		e = i + 1;
	}
	/* a phrase does not end on a connector */
	while (e > lo && (IN(x->t[e - 1].low, connectors) || x->t[e - 1].kind == TOK_PUNCT) &&
	       !(x->t[e - 1].low[0] == '.' && e - 1 > lo && is_abbrev_title(x, e - 2)))
		e--;
	return e;
}

static bool is_month_word(const char *w)
{
	static const char *const months[] = {
		"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept",
		"oct", "nov", "dec", "january", "february", "march", "april", "june",
		"july", "august", "september", "october", "november", "december",
	};
	return IN(w, months);
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
		if (IN(t->low, time_words) && !(t->upper && e - 1 > lo && !IN(t->low, time_words))) {
			e--;
			if (e > lo && (!strcmp(x->t[e - 1].low, "on") || !strcmp(x->t[e - 1].low, "late")))
				e--;
			continue;
		}
		/* "released in Jan. 2024", "in 2023" */
		if (t->kind == TOK_NUM && e - 1 > lo) {
			size_t k = e - 1;
			while (k > lo && (x->t[k - 1].low[0] == '.' || is_month_word(x->t[k - 1].low)))
				k--;
			if (k > lo && (!strcmp(x->t[k - 1].low, "in") || !strcmp(x->t[k - 1].low, "on") ||
				       !strcmp(x->t[k - 1].low, "since"))) {
				e = k - 1;
				continue;
			}
		}
		if (IN(t->low, period_words) && e - 1 > lo &&
		    (IN(x->t[e - 2].low, time_words) || !strcmp(x->t[e - 2].low, "that"))) {
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

/* The noun phrase that ends the span: "the ministry" of "Prices rose,
 * the ministry said"; returns its start, *end its end. */
static size_t np_last(const struct ctx *x, size_t lo, size_t hi, size_t *end)
{
	size_t e = skip_back(x, lo, hi);
	*end = e;
	if (e == lo || x->t[e - 1].kind == TOK_PUNCT)
		return e;
	size_t s = e - 1;
	size_t lower_run = 0;
	if (!x->t[s].upper && strcmp(x->t[s].low, "them") &&
	    (IN(x->t[s].low, stop_words) || IN(x->t[s].low, connectors) ||
	     IN(x->t[s].low, dets)))
		return e; /* "... and said": no noun phrase ends here */
	for (size_t i = e - 1; i-- > lo && e - i <= 12;) {
		const struct token *t = &x->t[i];
		if (t->kind == TOK_PUNCT) {
			if (t->low[0] == '.' && i > lo && is_abbrev_title(x, i - 1)) {
				s = i;
				continue;
			}
			break;
		}
		if (IN(t->low, dets)) {
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
		if (!(t->upper && t->s > 0) && (IN(t->low, stop_words) || IN(t->low, connectors))) {
			if (joins(x, i, lo, e)) {
				s = i;
				continue;
			}
			break;
		}
		if (is_cue_word(x, t->low) && !t->upper)
			break;
		if (!t->upper && ++lower_run > 4)
			break;
		if (t->kind == TOK_NUM)
			break;
		s = i;
	}
	return s;
}

/* --- classification -------------------------------------------------- */

static const struct gaz_entry *gaz_at(const struct ctx *x, size_t i, size_t hi, size_t *end)
{
	const pc_rules *r = x->r;
	if (!x->t[i].upper || x->t[i].kind == TOK_PUNCT)
		return NULL;
	if (!lex_get(&r->gaz_first, x->t[i].low)) {
		/* "Reuters'" or "AP's" */
		return NULL;
	}
	size_t maxw = (size_t)r->gaz_alias.maxwords;
	char buf[256];
	for (size_t w = maxw; w >= 1; w--) {
		if (i + w > hi)
			continue;
		char *key = NULL;
		size_t o = 0;
		bool ok = true;
		for (size_t k = i; k < i + w && ok; k++) {
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
	return NULL;
}

static char *words(const struct ctx *x, size_t a, size_t b, bool lower_first)
{
	if (a >= b)
		return arena_strdup(x->tmp, "");
	char *w = str_fold(x->tmp, x->s + x->t[a].s, x->t[b - 1].e - x->t[a].s);
	if (lower_first && a == 0 && x->t[a].upper) {
		size_t len;
		uint32_t cp = utf8_decode(w, strlen(w), &len, NULL);
		char tmp[8];
		size_t l2 = utf8_encode(cp_lower(cp), tmp);
		if (l2 == len)
			memcpy(w, tmp, len);
	}
	return w;
}

/* The head noun: the last word before a preposition or participle. */
static size_t head_of(const struct ctx *x, size_t s, size_t e)
{
	for (size_t i = s; i < e; i++) {
		const char *w = x->t[i].low;
		if (i > s && (!strcmp(w, "of") || !strcmp(w, "for") || !strcmp(w, "familiar") ||
			      !strcmp(w, "close") || !strcmp(w, "with") || !strcmp(w, "in") ||
			      !strcmp(w, "at") || !strcmp(w, "from") || !strcmp(w, "to") ||
			      !strcmp(w, "briefed") || !strcmp(w, "involved") || !strcmp(w, "on")))
			return i - 1;
	}
	return e - 1;
}

static bool all_upper(const struct ctx *x, size_t s, size_t e)
{
	for (size_t i = s; i < e; i++)
		if (!x->t[i].upper && !IN(x->t[i].low, connectors) &&
		    !(x->t[i].kind == TOK_PUNCT && x->t[i].low[0] == '.'))
			return false;
	return true;
}

/* A person's name, titles dropped: "Mr. Ihor Terekhov" -> "Ihor Terekhov". */
static const char *person_name(const struct ctx *x, size_t s, size_t e)
{
	static const char *const pre[] = { "retired", "former", "late", "acting",
					    "outgoing", "incoming", "then", "deputy" };
	/* "Cagayan Governor Rafael Soriano": the name follows the role */
	for (size_t i = e; i-- > s + 1;)
		if (lex_get(&x->r->roles, x->t[i - 1].low) && x->t[i].upper) {
			s = i;
			break;
		}
	while (s < e && ((lex_class(&x->r->abbrev, x->t[s].low) & ABBR_TITLE) ||
			 x->t[s].kind == TOK_PUNCT || lex_get(&x->r->roles, x->t[s].low) ||
			 IN(x->t[s].low, pre)))
		s++;
	if (s < e && is_possessive(&x->t[e - 1]))
		return NULL;
	return s < e ? words(x, s, e, false) : NULL;
}

/* An outlet the gazetteer does not know, named by what it is: "radio
 * station DZRH", "the Kenyan broadcaster Citizen TV", "the Kommersant
 * newspaper". */
static bool outlet_by_noun(const struct ctx *x, size_t b, size_t e, struct entity *en)
{
	static const char *const nouns[] = {
		"broadcaster", "newspaper", "daily", "station", "channel", "magazine",
		"agency", "website", "outlet", "network", "paper", "tabloid", "weekly",
		"programme", "program", "show", "radio", "television", "portal",
	};
	for (size_t i = b; i < e; i++) {
		if (x->t[i].upper || !IN(x->t[i].low, nouns))
			continue;
		size_t ns = i + 1, ne = ns;
		while (ne < e && x->t[ne].upper)
			ne++;
		if (ne > ns && ne == e) {
			en->name = words(x, ns, ne, false);
		} else if (i + 1 == e && i > b && x->t[i - 1].upper) {
			size_t k = i;
			while (k > b && x->t[k - 1].upper)
				k--;
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

static bool agentive(const char *w)
{
	static const char *const suffixes[] = { "er", "or", "ist", "ian", "ant", "ent", "man",
						 "woman", "person" };
	static const char *const not_people[] = {
		"paper", "number", "letter", "order", "water", "matter", "chapter",
		"quarter", "border", "corridor", "sector", "factor", "error",
		"winter", "summer", "center", "centre", "power", "cover", "disaster",
		"event", "incident", "statement", "government", "parliament",
		"agreement", "department", "document", "element", "moment",
		"amount", "percent", "content", "plant", "grant", "restaurant",
		"tower", "computer", "monitor", "motor", "vector", "meter",
	};
	size_t l = strlen(w);
	if (l < 5 || IN(w, not_people))
		return false;
	for (size_t i = 0; i < COUNTOF(suffixes); i++) {
		size_t sl = strlen(suffixes[i]);
		if (!strcmp(w + l - sl, suffixes[i]))
			return true;
	}
	return false;
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
	while (b < e && IN(x->t[b].low, dets)) {
		def |= IN(x->t[b].low, definite);
		quant |= !IN(x->t[b].low, definite) && strcmp(x->t[b].low, "a") &&
			 strcmp(x->t[b].low, "an");
		b++;
	}
	while (b < e && x->t[b].kind == TOK_NUM) {
		quant = true;
		b++;
	}
	/* "one of the people", "one of them": the group itself */
	if (b < e && b > s && !strcmp(x->t[b].low, "of")) {
		b++;
		def = true;
		quant = false;
		while (b < e && IN(x->t[b].low, dets))
			b++;
		if (b + 1 == e && !strcmp(x->t[b].low, "them")) {
			en->kind = ENT_PRONOUN;
			en->name = "they";
			return;
		}
	}
	if (b >= e)
		goto vague_det;
	if (x->c->kind == CLAIM_HEADING && !quant)
		def = true; /* "CEO says", "ministry says" in a headline */
	if (e - s == 1 && IN(x->t[s].low, pronouns)) {
		en->kind = ENT_PRONOUN;
		en->name = words(x, s, e, true);
		return;
	}
	/* a gazetteer source heading the phrase */
	for (size_t i = b; i < e; i++) {
		size_t ge;
		const struct gaz_entry *g = gaz_at(x, i, e, &ge);
		if (!g)
			continue;
		/* "the Health Service Journal" is not "the Journal" */
		if (i > b && x->t[i - 1].upper && !is_possessive(&x->t[i - 1]) &&
		    !IN(x->t[i - 1].low, dets) && ge == i + 1)
			continue;
		size_t pp = i;
		while (pp > b && IN(x->t[pp - 1].low, dets))
			pp--;
		bool inside_pp = pp > b && (IN(x->t[pp - 1].low, stop_words) ||
					    !strcmp(x->t[pp - 1].low, "of") ||
					    !strcmp(x->t[pp - 1].low, "for"));
		size_t k = ge;
		while (k < e && IN(x->t[k].low, media_nouns))
			k++;
		if (inside_pp || k != e || g->platform)
			break;
		en->kind = (g->type == SRC_AGENCY || g->type == SRC_OUTLET) ? ENT_MEDIA : ENT_KNOWN;
		en->name = g->name;
		en->type = g->type;
		en->state = g->state;
		return;
	}
	if (x->relay) {
		size_t ge;
		const struct gaz_entry *g = gaz_at(x, b, e, &ge);
		if (g && (g->type == SRC_AGENCY || g->type == SRC_OUTLET) && !g->platform) {
			en->kind = ENT_MEDIA;
			en->name = g->name;
			en->type = g->type;
			en->state = g->state;
			return;
		}
	}
	if (x->relay && outlet_by_noun(x, b, e, en))
		return;
	if (x->relay && s < b && x->t[s].upper && x->t[s].s > 0 && !strcmp(x->t[s].low, "the") &&
	    all_upper(x, b, e) && e - b <= 4) {
		en->kind = ENT_MEDIA;
		en->type = SRC_OUTLET;
		en->name = words(x, s, e, false);
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
		}
		if (!role)
			continue;
		size_t after = i + w;
		size_t ns = after;
		while (ns < e && x->t[ns].kind == TOK_PUNCT)
			ns++;
		/* "Mayor Ihor Terekhov", "regional head Oleh Syniehubov" */
		size_t ne = ns;
		while (ne < e && (x->t[ne].upper || (x->t[ne].kind == TOK_PUNCT && x->t[ne].low[0] == '.')))
			ne++;
		if (ne > ns && (ne == e || ne == h + 1) && i <= h && x->t[ns].upper &&
		    !lex_get(&r->orgs, x->t[ne - 1].low)) {
			const char *nm = person_name(x, ns, ne);
			if (nm && !gaz_at(x, ns, ne, &w)) {
				en->kind = ENT_PERSON;
				en->name = nm;
				en->type = SRC_OFFICIAL;
				en->role = role->key;
				return;
			}
		}
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
			}
			return;
		}
	}
	unsigned ucls = lex_class(&r->unnamed, hl);
	if (ucls) {
		en->type = SRC_UNNAMED;
		en->vague = ucls & UNNAMED_VAGUE;
		/* a group is named by its own words, but not where it stood:
		 * "residents in the lower town" are "residents" */
		size_t ue = e;
		for (size_t i = h + 1; i < e; i++)
			if (!strcmp(x->t[i].low, "in") || !strcmp(x->t[i].low, "at") ||
			    !strcmp(x->t[i].low, "from")) {
				ue = i;
				break;
			}
		en->name = words(x, b, ue, true);
		en->kind = (def && h + 1 == e && b == h) ? ENT_GROUPREF : ENT_UNNAMED;
		en->role = x->t[h].low;
		return;
	}
	if (lex_get(&r->documents, hl) && h + 2 < e &&
	    (!strcmp(x->t[h + 1].low, "from") || !strcmp(x->t[h + 1].low, "by"))) {
		size_t ns = h + 2;
		while (ns < e && IN(x->t[ns].low, dets))
			ns++;
		if (ns < e && x->t[ns].upper) {
			struct entity org;
			classify(x, ns, e, &org);
			en->kind = ENT_DOCUMENT;
			en->type = org.kind == ENT_KNOWN ? org.type : SRC_ORGANIZATION;
			en->name = org.kind != ENT_NONE ? org.name : words(x, ns, e, false);
			return;
		}
	}
	if (lex_get(&r->documents, hl)) {
		en->kind = (def && b == h && h + 1 == e) ? ENT_GROUPREF : ENT_DOCUMENT;
		en->type = SRC_DOCUMENT;
		en->name = words(x, b, e, true);
		en->role = x->t[h].low;
		return;
	}
	unsigned ocls = lex_class(&r->orgs, hl);
	if (ocls && !(ocls & ORG_PLACE)) {
		en->type = (ocls & ORG_GOVERNMENT) ? SRC_GOVERNMENT : SRC_ORGANIZATION;
		en->name = words(x, b, e, true);
		en->kind = (def && b == h && h + 1 == e) ? ENT_GROUPREF : ENT_ORG;
		en->role = x->t[h].low;
		return;
	}
	/* a person by what they do, as the subject of a reporting verb:
	 * "the announcer said", "the plaintiff's lawyer argued" */
	if (x->subject && agentive(hl) && !x->t[h].upper && h + 1 == e) {
		en->kind = def ? ENT_ROLE : ENT_UNNAMED;
		en->type = def ? SRC_OFFICIAL : SRC_UNNAMED;
		en->role = x->t[h].low;
		en->name = words(x, b, e, true);
		return;
	}
	if (x->t[h].upper && all_upper(x, b, h + 1) && x->t[h].kind == TOK_WORD && !quant) {
		for (size_t i = b; i < e; i++)
			if (lex_class(&r->orgs, x->t[i].low) & ~ORG_PLACE) {
				en->kind = ENT_ORG;
				en->type = SRC_ORGANIZATION;
				/* "Consultancy Northgate Energy" is Northgate Energy */
				size_t nb = b;
				if (i == b && b + 1 < e && (b == 0 || !x->t[b].upper))
					nb = b + 1;
				en->name = words(x, nb, e, false);
				return;
			}
		const char *nm = person_name(x, b, h + 1);
		size_t nwords = 0;
		for (size_t i = b; i <= h; i++)
			nwords += x->t[i].kind == TOK_WORD;
		if (!nm || nwords > 6 || (lex_class(&r->orgs, hl) & ORG_PLACE))
			return;
		en->kind = ENT_PERSON;
		en->type = SRC_PERSON;
		en->name = nm;
		return;
	}
	/* a descriptor before a name: "market research firm Circana",
	 * "organizer SCC Events" */
	if (x->t[e - 1].upper && !quant) {
		size_t ns = e;
		while (ns > b && (x->t[ns - 1].upper || IN(x->t[ns - 1].low, connectors)))
			ns--;
		while (ns < e && !x->t[ns].upper)
			ns++;
		bool verb = false;
		for (size_t i = b; i < ns; i++) {
			size_t l = strlen(x->t[i].low);
			verb |= (l > 3 && (!strcmp(x->t[i].low + l - 2, "ed") ||
					   !strcmp(x->t[i].low + l - 3, "ing"))) ||
				IN(x->t[i].low, stop_words);
		}
		if (ns > b && ns < e && ns + 4 >= e && !verb) {
			bool org = false;
			for (size_t i = b; i < ns; i++)
				org |= (lex_class(&r->orgs, x->t[i].low) & ~ORG_PLACE) != 0;
			en->kind = org ? ENT_ORG : ENT_PERSON;
			en->type = org ? SRC_ORGANIZATION : SRC_PERSON;
			en->name = words(x, ns, e, false);
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

/* --- frames ----------------------------------------------------------- */

static void add_frame(struct ctx *x, const struct frame *f)
{
	for (size_t i = 0; i < x->nf; i++) {
		const struct frame *g = &x->f[i];
		if (g->ent.kind != ENT_NONE && f->ent.kind != ENT_NONE &&
		    g->ent.ms == f->ent.ms && g->ent.me == f->ent.me)
			return;
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

/* "Russia's ambassador to Romania, Valentin Lozovoi,": a role whose
 * name follows between commas (e: the token after the role phrase). */
static void role_then_name(const struct ctx *x, size_t e, struct entity *en)
{
	if ((en->kind != ENT_ROLE && en->kind != ENT_NONE && en->kind != ENT_UNNAMED) ||
	    e + 1 >= x->nt || x->t[e].low[0] != ',' || !x->t[e + 1].upper)
		return;
	size_t ns = e + 1, ne = ns;
	while (ne < x->nt && (x->t[ne].upper || x->t[ne].low[0] == '.'))
		ne++;
	if (ne - ns < 2 || (ne < x->nt && x->t[ne].kind != TOK_PUNCT))
		return;
	struct entity pe;
	classify(x, ns, ne, &pe);
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
	token_range(x, a, b, &lo, &hi);
	memset(en, 0, sizeof(*en));
	if (lo >= hi)
		return;
	switch (p->np) {
	case NP_FIRST:
		s = lo;
		e = np_first(x, lo, hi);
		/* ", said the company was ..." is no inversion: after the
		 * name comes the end of the clause, not a verb */
		if (p->kind == FRAME_SPEAKER && e < x->nt && x->t[e].kind == TOK_WORD &&
		    !IN(x->t[e].low, stop_words) && !IN(x->t[e].low, time_words) &&
		    strcmp(x->t[e].low, "last"))
			return;
		if (p->kind == FRAME_SPEAKER && e < x->nt && x->t[e].kind == TOK_WORD &&
		    (!strcmp(x->t[e].low, "had") || !strcmp(x->t[e].low, "was") ||
		     !strcmp(x->t[e].low, "is") || !strcmp(x->t[e].low, "were") ||
		     !strcmp(x->t[e].low, "has") || !strcmp(x->t[e].low, "would") ||
		     !strcmp(x->t[e].low, "will") || !strcmp(x->t[e].low, "could") ||
		     !strcmp(x->t[e].low, "are") || !strcmp(x->t[e].low, "have")))
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
	if (s < e)
		classify(x, s, e, en);
	if (p->np == NP_FIRST && p->kind == FRAME_SPEAKER)
		role_then_name(x, e, en);
	x->subject = x->relay = false;
}

static int rank(const struct entity *e, bool at_start)
{
	switch (e->kind) {
	case ENT_PERSON: return 4;
	case ENT_KNOWN: case ENT_MEDIA: return 3;
	case ENT_ORG: return 2;
	case ENT_DOCUMENT: return at_start ? 2 : 0;
	case ENT_UNNAMED: return at_start ? 1 : 0;
	default: return 0;
	}
}

/* An appositive subject: "Smith, who chairs the panel, said", "Scott
 * Pruitt, the attorney general of Oklahoma, one of the states suing,
 * said": walk back over the comma segments and take the leftmost that
 * names someone. */
static void appositive(struct ctx *x, size_t cue_s, struct entity *en)
{
	size_t lo, hi;
	token_range(x, 0, cue_s, &lo, &hi);
	memset(en, 0, sizeof(*en));
	if (hi < 2 || x->t[hi - 1].kind != TOK_PUNCT || x->t[hi - 1].low[0] != ',')
		return;
	size_t end = hi - 1; /* the comma before the verb */
	struct entity best = { 0 };
	int best_rank = 0;
	x->subject = true;
	for (int seg = 0; seg < 4; seg++) {
		size_t i = end;
		while (i > 0 && end - i < 40) {
			const struct token *t = &x->t[i - 1];
			if (t->kind == TOK_PUNCT && t->low[0] != '.' && t->low[0] != '-' &&
			    t->low[0] != '(' && t->low[0] != ')')
				break;
			i--;
		}
		bool at_start = i == 0 || x->t[i - 1].low[0] != ',';
		size_t fl = i < end ? strlen(x->t[i].low) : 0;
		bool modifier = fl > 3 && !x->t[i].upper &&
				(!strcmp(x->t[i].low + fl - 2, "ed") || !strcmp(x->t[i].low + fl - 3, "ing") ||
				 IN(x->t[i].low, stop_words));
		if (i < end && !modifier) {
			struct entity cand;
			size_t e2, s2 = np_last(x, i, end, &e2);
			/* the segment as a whole, when it is all a name */
			if (all_upper(x, i, end))
				s2 = i, e2 = end;
			if (s2 < e2) {
				classify(x, s2, e2, &cand);
				int r = rank(&cand, at_start);
				/* a name beats a description; ties go leftwards, to
				 * the head of the chain of appositives */
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
		end = i - 1;
	}
	x->subject = false;
	*en = best;
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

static bool in_quote(const struct ctx *x, size_t pos)
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
	token_range(x, 0, cue_s, &lo, &hi);
	if (!hi)
		return false;
	const char *w = x->t[hi - 1].low;
	return !strcmp(w, "been") || !strcmp(w, "was") || !strcmp(w, "were") ||
	       !strcmp(w, "be") || !strcmp(w, "being") || !strcmp(w, "is") || !strcmp(w, "are");
}

static void main_subject(struct ctx *x, size_t cue_s, struct entity *en)
{
	size_t lo = 0, hi, e;
	token_range(x, 0, cue_s, &lo, &hi);
	if (hi < 2 || x->t[hi - 1].low[0] != ',')
		return;
	/* skip an opening "On Monday," or "In a statement," */
	size_t start = 0;
	if (x->t[0].upper && (IN(x->t[0].low, stop_words) || !strcmp(x->t[0].low, "in") ||
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
	classify(x, start, e, en);
	role_then_name(x, e, en);
	x->subject = false;
	if (en->kind == ENT_DOCUMENT || en->kind == ENT_NONE)
		memset(en, 0, sizeof(*en));
}

static void relative_subject(struct ctx *x, size_t cue_s, struct entity *en)
{
	size_t lo, hi;
	token_range(x, 0, cue_s, &lo, &hi);
	if (hi < 3 || (strcmp(x->t[hi - 1].low, "which") && strcmp(x->t[hi - 1].low, "who")) ||
	    x->t[hi - 2].low[0] != ',')
		return;
	size_t e, s = np_last(x, 0, hi - 2, &e);
	if (s >= e)
		return;
	x->subject = true;
	classify(x, s, e, en);
	x->subject = false;
	if (en->kind == ENT_DOCUMENT || en->kind == ENT_PRONOUN)
		memset(en, 0, sizeof(*en));
}

static void coordinated(struct ctx *x, size_t a, size_t cue_s, struct entity *en)
{
	size_t lo, hi;
	token_range(x, a, cue_s, &lo, &hi);
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
	classify(x, lo, e, en);
	x->subject = false;
	if (en->kind != ENT_PERSON && en->kind != ENT_KNOWN && en->kind != ENT_MEDIA &&
	    en->kind != ENT_ORG && en->kind != ENT_PRONOUN)
		memset(en, 0, sizeof(*en));
}

/* After the cue comes a name that ends the clause: ", said Mayor X." */
static bool inverted_after(const struct ctx *x, size_t cue_e)
{
	size_t lo, hi;
	token_range(x, cue_e, x->n, &lo, &hi);
	if (lo >= hi || !x->t[lo].upper || x->t[lo].kind != TOK_WORD)
		return false;
	size_t e = np_first(x, lo, hi);
	if (e <= lo || e - lo > 7)
		return false;
	if (e < hi && x->t[e].kind != TOK_PUNCT && !IN(x->t[e].low, stop_words) &&
	    !IN(x->t[e].low, time_words))
		return false;
	for (size_t i = lo; i < e; i++)
		if (!x->t[i].upper && x->t[i].kind == TOK_WORD && !IN(x->t[i].low, dets) &&
		    !lex_get(&x->r->roles, x->t[i].low) && !IN(x->t[i].low, connectors))
			return false;
	return true;
}

static void match_pattern(struct ctx *x, const struct pattern *p)
{
	size_t start = 0;
	for (int guard = 0; start <= x->n && guard < 64; guard++) {
		PCRE2_SIZE *ov;
		int rc = rules_match(x->r, p, x->s, x->n, start, &ov);
		if (rc <= 0)
			break;
		struct frame f = { .p = p, .kind = p->kind };
		size_t m0 = ov[0], m1 = ov[1];
		f.cue_s = ov[2 * p->g_cue];
		f.cue_e = ov[2 * p->g_cue + 1];
		if (f.cue_s == PCRE2_UNSET)
			f.cue_s = f.cue_e = m0;
		f.pos = f.cue_s;
		if ((in_quote(x, f.cue_s) && p->kind != FRAME_CHANNEL) ||
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
			appositive(x, f.cue_s, &f.ent);
		if (getenv("PC_DEBUG")) fprintf(stderr, "frame %s kind=%d ent=%d name=%s\n", p->id, p->kind, f.ent.kind, f.ent.name ? f.ent.name : "-");
		if (f.ent.kind != ENT_NONE && p->accept && !(p->accept & accept_bit(f.ent.kind)))
			memset(&f.ent, 0, sizeof(f.ent));
		if (p->kind == FRAME_HEADLINE && f.ent.kind == ENT_PERSON && !strchr(f.ent.name, ' '))
			memset(&f.ent, 0, sizeof(f.ent)); /* "Live:", "Floods in X:" */
		if (p->kind == FRAME_VAGUE && f.ent.kind == ENT_NONE) {
			/* an impersonal "it is widely believed" is its own
			 * unnamed source */
			f.ent.kind = ENT_UNNAMED;
			f.ent.type = SRC_UNNAMED;
			f.ent.vague = true;
			f.ent.ms = f.cue_s;
			f.ent.me = f.cue_e;
			char *w = str_fold(x->tmp, x->s + f.cue_s, f.cue_e - f.cue_s);
			f.ent.name = str_lower(x->tmp, w, strlen(w));
		}
		if (f.ent.kind != ENT_NONE) {
			f.pos = f.ent.ms;
			add_frame(x, &f);
		} else if (p->kind == FRAME_CHANNEL || p->kind == FRAME_VAGUE) {
			add_frame(x, &f);
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
	if (f->kind == FRAME_RELAY || f->kind == FRAME_CHANNEL || f->ent.kind == ENT_NONE)
		return false;
	return f->ent.kind != ENT_MEDIA;
}

static int cmp_frame_pos(const void *a, const void *b)
{
	size_t pa = ((const struct frame *)a)->pos, pb = ((const struct frame *)b)->pos;
	return pa < pb ? -1 : pa > pb;
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
	s->name = arena_strdup(&doc->arena, en->name);
	s->mention = str_fold(&doc->arena, x->s + en->ms, en->me - en->ms);
	s->mstart = block_src_offset(b, c->tstart + en->ms);
	s->mend = block_src_offset(b, c->tstart + en->me - 1) + 1;
	while (s->mend < doc->len && ((unsigned char)doc->data[s->mend] & 0xC0) == 0x80)
		s->mend++;
	s->type = en->type;
	s->state = en->state;
	s->vague = en->vague;
	s->cue = str_fold(&doc->arena, x->s + f->cue_s, f->cue_e - f->cue_s);
	s->channel = channel;
	s->rule = f->p->id;
	s->via = nvia ? arena_alloc(&doc->arena, nvia * sizeof(*s->via)) : NULL;
	for (size_t i = 0; i < nvia; i++)
		if (strcmp(via[i], en->name) != 0)
			s->via[s->nvia++] = arena_strdup(&doc->arena, via[i]);
	switch (en->kind) {
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
	struct frame f = { .p = chf->p, .kind = FRAME_SPEAKER, .cue_s = chf->cue_s,
			   .cue_e = chf->cue_e, .channel = chf->channel };
	if (e <= lo)
		return 0;
	classify(x, lo, e, &f.ent);
	if (f.ent.kind == ENT_NONE || f.ent.kind == ENT_DOCUMENT)
		return 0;
	f.pos = f.ent.ms;
	add_frame(x, &f);
	return 1;
}

static void assemble(struct ctx *x)
{
	if (!x->nf)
		return;
	bool real = false;
	for (size_t i = 0; i < x->nf; i++)
		real |= is_speaker(&x->f[i]) && !x->f[i].fallback;
	if (real) {
		size_t o = 0;
		for (size_t i = 0; i < x->nf; i++)
			if (!(x->f[i].fallback && is_speaker(&x->f[i])))
				x->f[o++] = x->f[i];
		x->nf = o;
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
		/* with someone else speaking, a medium only carries it */
		if (nspeak || f->kind == FRAME_RELAY || nvia)
			via[nvia++] = f->ent.name;
		else
			via[nvia++] = f->ent.name;
	}
	if (!nspeak && !nvia && channel)
		nspeak = channel_subject(x);
	if (nspeak) {
		for (size_t i = 0; i < x->nf; i++)
			if (is_speaker(&x->f[i]))
				emit_source(x, &x->f[i], via, nvia, channel);
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

static void recognize_one(struct pc_doc *doc, const pc_rules *rules, struct claim *c,
			  struct arena *tmp)
{
	struct ctx x = { .doc = doc, .r = rules, .c = c, .tmp = tmp };
	x.s = c->block->text + c->tstart;
	x.n = c->tend - c->tstart;
	if (x.n > 8192)
		x.n = 8192; /* a run-on "sentence" is no attribution frame */
	x.nt = tokenize(tmp, x.s, x.n, &x.t);
	find_quotes(&x);
	for (size_t i = 0; i < rules->npats; i++) {
		const struct pattern *p = &rules->pats[i];
		if (p->kind == FRAME_HEADLINE && c->kind != CLAIM_HEADING)
			continue;
		match_pattern(&x, p);
	}
	assemble(&x);
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
		if (c->kind == CLAIM_NOT)
			continue;
		recognize_one(doc, rules, c, &tmp);
		arena_reset(&tmp);
	}
	arena_free(&tmp);
}
