/* Check-worthiness: a claim is check-worthy when an editor needs its
 * source before it runs (guide section 3).  The decision is a weighed sum
 * of features; the words behind each feature are rules/checkworthy.txt and
 * the weights rules/checkworthy-weights.tsv, learned from the corpus gold
 * by scripts/train-weights. */
#include "checkworthy.h"

#include <stdlib.h>
#include <string.h>

#include "corroborate.h"
#include "util.h"

static const struct {
	const char *name, *reason;
} features[] = {
#define CWF(id, name, reason) { name, reason },
#include "checkworthy.def"
#undef CWF
};

const char *checkworthy_feature_name(enum cw_feature f)
{
	return features[f].name;
}

_Static_assert(CWF_COUNT <= PC_CW_FEATURES, "pc_rules.cw_weights holds every feature");
_Static_assert(SFF_COUNT <= PC_CW_FEATURES, "pc_rules.sf_weights holds every feature");

static uint64_t cls_word(const pc_rules *r, const char *w)
{
	return lex_class64(&r->checkworthy, w);
}

static uint64_t cls_of(const pc_rules *r, const struct token *t)
{
	return cls_word(r, t->low);
}

/* The word w up to its first hyphen, into part[32] ("third" of
 * "third-country"); the hyphen, or NULL.  False when there is no such
 * first part or it does not fit. */
static bool first_part(const char *w, char part[32], const char **dash)
{
	*dash = strchr(w, '-');
	size_t l = *dash ? (size_t)(*dash - w) : strlen(w);
	if (!l || l >= 32)
		return false;
	memcpy(part, w, l);
	part[l] = '\0';
	return true;
}

/* "nine-year", "14-year-old", "2-1": the parts of a hyphenated number */
static bool number_word(const pc_rules *r, const char *w)
{
	char part[32];
	const char *dash;
	if (!first_part(w, part, &dash))
		return false;
	/* "one-sided", "one-off": an adjective; "one-third" is a number */
	if (dash && !strcmp(part, "one") && !(lex_class(&r->checkworthy, dash + 1) & CW_NUMBER))
		return false;
	return (lex_class(&r->checkworthy, part) & CW_NUMBER) || (part[0] >= '0' && part[0] <= '9');
}

/* "third parties", "third-country firms": a word that is a share only
 * with a count before it or "of" after it ("a third of voters", "two
 * thirds") and otherwise an ordinal counts nothing, unless it ranks
 * ("the third-warmest year", "the third-placed candidate"). */
static bool ordinal_only(const pc_rules *r, const struct token *t, size_t nt, size_t i)
{
	char part[32];
	const char *dash;
	if (t[i].kind != TOK_WORD || !first_part(t[i].low, part, &dash))
		return false;
	unsigned cls = lex_class(&r->checkworthy, part);
	if (!(cls & CW_NUMBER) || !(cls & CW_RANK))
		return false;
	if (i > 0 && (!strcmp(t[i - 1].low, "a") || !strcmp(t[i - 1].low, "an") ||
		      t[i - 1].kind == TOK_NUM || (lex_class(&r->checkworthy, t[i - 1].low) & CW_NUMBER)))
		return false;
	if (i + 1 < nt && !strcmp(t[i + 1].low, "of"))
		return false;
	return !(dash && (lex_class(&r->checkworthy, dash + 1) & (CW_NUMBER | CW_RANK | CW_SUPERLATIVE)));
}

static bool num_token(const pc_rules *r, const struct token *t)
{
	return t->kind == TOK_NUM || (cls_of(r, t) & CW_NUMBER);
}

/* "She was 84.", "Reid, who is 58, said": a bare number that a
 * person is, ending its clause, is that person's age (guide section 3:
 * ages only place the story).  The person is a gendered pronoun (rules/
 * gender.txt) or a name. */
static bool person_age(const pc_rules *r, const struct token *t, size_t nt, size_t i)
{
	if (t[i].kind != TOK_NUM || strlen(t[i].low) > 3 || strchr(t[i].low, '.') ||
	    strchr(t[i].low, '%') || i < 2 || !(rules_grammar(r, t[i - 1].low) & G_BE))
		return false;
	const struct token *who = &t[i - 2];
	bool person = ((rules_grammar(r, who->low) & G_PRONOUN) && lex_class(&r->gender, who->low)) ||
		      (who->upper && i - 2 > 0 && who->kind == TOK_WORD) ||
		      (rules_grammar(r, who->low) & G_RELATIVE);
	if (!person)
		return false;
	return i + 1 == nt || t[i + 1].kind == TOK_PUNCT ||
	       (rules_grammar(r, t[i + 1].low) & (G_SUBORDINATOR | G_CONJUNCTION));
}

/* "She left school at 16", "became head chef at 30": a bare number after
 * "at" (rules/checkworthy.txt), ending its phrase, in a sentence with a
 * gendered pronoun is an age at a turn of a life; "froze the pension age
 * at 67" and "put the missing at 19" speak of no one. */
static bool life_age(const pc_rules *r, const struct token *t, size_t nt, size_t i, bool gendered)
{
	if (!gendered || t[i].kind != TOK_NUM || i == 0 || !(cls_of(r, &t[i - 1]) & CW_LIFEAGE) ||
	    strspn(t[i].low, "0123456789") != strlen(t[i].low))
		return false;
	long n = strtol(t[i].low, NULL, 10);
	return n >= 13 && n <= 110 &&
	       (i + 1 == nt || t[i + 1].kind == TOK_PUNCT ||
		(rules_grammar(r, t[i + 1].low) & (G_PREPOSITION | G_CONJUNCTION | G_SUBORDINATOR)));
}

/* "has taught there for 17 years", "a seat he held for more than 27
 * years": "for" and a duration after a verb of a life or a post held
 * (rules/checkworthy.txt, class tenure) only place the story; "jailed
 * for 17 years" states a sentence. */
static bool tenure_span(const pc_rules *r, const struct token *t, size_t i)
{
	size_t f = i;
	/* "for more than", "for about", "for nearly" */
	while (f > 0 && i - f < 3 && strcmp(t[f - 1].low, "for") && t[f - 1].kind == TOK_WORD)
		f--;
	if (f == 0 || strcmp(t[f - 1].low, "for"))
		return false;
	for (size_t k = f - 1; k-- > 0 && f - 1 - k <= 6 && t[k].kind == TOK_WORD;)
		if (cls_of(r, &t[k]) & CW_TENURE)
			return true;
	return false;
}

/* A number written as a word up to ten (rules/numbers.txt): "two", "nine" */
static bool small_word(const pc_rules *r, const struct token *t)
{
	long v = t->kind == TOK_WORD ? rules_number_word(r, t->low) : -1;
	return v >= 0 && v <= 10;
}

/* "a town of 4,500 people", "the country of about seven million": a
 * count after "of" and a settlement (rules/checkworthy.txt) describes the
 * place; it is no figure the story reports.  Up to three words may
 * stand between: "about", "seven million". */
static bool population(const pc_rules *r, const struct token *t, size_t i)
{
	for (size_t k = i, n = 0; k-- > 0 && n < 4; n++) {
		if (!strcmp(t[k].low, "of"))
			return k > 0 && (cls_of(r, &t[k - 1]) & CW_SETTLEMENT);
		if (t[k].kind != TOK_NUM && (t[k].kind != TOK_WORD || t[k].upper))
			return false;
	}
	return false;
}

/* A number that can name an hour: 1 to 12, in figures or in words. */
static bool hour_number(const pc_rules *r, const struct token *t)
{
	const struct lex_entry *e = lex_get(&r->numbers, t->low);
	const char *v = t->kind == TOK_NUM ? t->low : e ? e->val : NULL;
	if (!v || strchr(v, '.') || strchr(v, ','))
		return false;
	char *end;
	long n = strtol(v, &end, 10);
	return !*end && n >= 1 && n <= 12;
}

/* "third" in "the third quarter": an ordinal naming a part of a game or
 * year ranks nobody */
static bool period_part(const pc_rules *r, const struct token *t, size_t nt, size_t i)
{
	return i + 1 < nt && (cls_of(r, &t[i + 1]) & CW_PERIOD) &&
	       (cls_of(r, &t[i]) & (CW_ORDINAL | CW_RANK));
}

/* "the Flo 4", "a Falcon 9", "Windows 11": a bare number right after a
 * capitalised word inside the sentence names a model, as a label's
 * number does; a unit or a month before it, or a figure's marks in it
 * ("Labour 36%", "Arsenal 2-1"), make it something else. */
static bool model_number(const pc_rules *r, const struct token *t, size_t nt, size_t i)
{
	if (i < 2 || t[i].kind != TOK_NUM || !t[i - 1].upper || t[i - 1].kind != TOK_WORD ||
	    t[i - 1].e != t[i].s - 1 || (cls_of(r, &t[i - 1]) & (CW_UNIT | CW_NUMBER)) ||
	    token_is_date(t, nt, i))
		return false;
	/* "BBC Radio 4's Today programme": the name's possessive */
	size_t digits = strspn(t[i].low, "0123456789");
	const char *rest = t[i].low + digits;
	if (digits > 3 || (*rest && strcmp(rest, "'s") && strcmp(rest, "\u2019s")))
		return false;
	/* "Arsenal 2 Chelsea 1": a score goes on with another name */
	return !(i + 2 < nt && t[i + 1].upper && t[i + 2].kind == TOK_NUM) &&
	       !(i + 1 < nt && (t[i + 1].low[0] == '%' || (cls_of(r, &t[i + 1]) & CW_UNIT)));
}

/* Is the word after number i a distance's unit, or does the number
 * carry one ("159km")?  The index after the unit, or 0. */
static size_t distance_unit(const pc_rules *r, const struct token *t, size_t nt, size_t i)
{
	const char *w = t[i].low;
	size_t digits = strspn(w, "0123456789.,");
	if (t[i].kind == TOK_NUM && digits > 0 && w[digits])
		return (cls_word(r, w + digits) & CW_DISTANCE) ? i + 1 : 0;
	return i + 1 < nt && (cls_of(r, &t[i + 1]) & CW_DISTANCE) ? i + 2 : 0;
}

/* "30 km from the front line", "10 miles away", "about 30 kilometres to
 * the east", "12 km (7.5 miles) east of Huliaipole", "after 10
 * kilometres", "with two kilometres to go": a distance that only says
 * where a place lies or where a race stood (rules/checkworthy.txt,
 * classes distance, placing, course and bearing); "the fire spread 12
 * km" and "a 1,340 km border" measure. */
static bool distance_places(const pc_rules *r, const struct token *t, size_t nt, size_t i)
{
	size_t b = distance_unit(r, t, nt, i);
	if (!b)
		return false;
	/* "km/h": a speed */
	if (b < nt && t[b].kind == TOK_PUNCT && t[b].low[0] == '/')
		return false;
	if (i > 0 && (cls_of(r, &t[i - 1]) & CW_COURSE))
		return true;
	/* "(19 miles)": the same distance converted, before or inside */
	if (b < nt && t[b].low[0] == ')')
		b++;
	else if (b < nt && t[b].low[0] == '(')
		for (size_t k = b + 1; k < nt && k <= b + 4; k++)
			if (t[k].low[0] == ')') {
				b = k + 1;
				break;
			}
	/* "to the east", "to go": a preposition and an article may stand
	 * before the word that places */
	for (size_t k = b; k < nt && k <= b + 2; k++) {
		if (cls_of(r, &t[k]) & (CW_PLACING | CW_BEARING))
			return true;
		if (!(rules_grammar(r, t[k].low) & (G_PREPOSITION | G_DEFINITE)))
			return false;
	}
	return false;
}

/* A number that only places an event or names a thing (guide section 3):
 * a date or time of day ("Oct. 9", "14:00", "half past four", "eight
 * o'clock"), a label's number ("Court 12", "the No. 14 bus") or a part of
 * a game or year ("the third quarter"). */
static bool places_only(const pc_rules *r, const struct token *t, size_t nt, size_t i)
{
	if (t[i].kind == TOK_NUM && token_is_date(t, nt, i))
		return true;
	if (i + 1 < nt && (cls_of(r, &t[i + 1]) & CW_CLOCK) &&
	    (strcmp(t[i + 1].low, "past") || (i + 2 < nt && num_token(r, &t[i + 2]))))
		return true;
	if (i > 1 && (cls_of(r, &t[i - 1]) & CW_CLOCK) && num_token(r, &t[i - 2]))
		return true;
	/* "the gate closes at six.", "at seven on Tuesday": a bare hour after
	 * "at" or "until", ending its phrase */
	if (i > 0 && (cls_of(r, &t[i - 1]) & CW_HOUR) && hour_number(r, &t[i]) &&
	    (i + 1 == nt || t[i + 1].kind == TOK_PUNCT ||
	     (rules_grammar(r, t[i + 1].low) & (G_TIME | G_PREPOSITION | G_CONJUNCTION))))
		return true;
	/* "two minutes to eight", "ten minutes past six": the minutes and
	 * the hour of a time of day */
	/* (not "from two minutes to eight minutes": a unit after the hour
	 * makes it an amount) */
	size_t hr = i + 3 < nt && (cls_of(r, &t[i + 1]) & CW_TIMEUNIT) ? i + 3 :
		    i > 2 && (cls_of(r, &t[i - 2]) & CW_TIMEUNIT) && num_token(r, &t[i - 3]) ? i : 0;
	if (hr && (!strcmp(t[hr - 1].low, "to") || (cls_of(r, &t[hr - 1]) & CW_CLOCK)) && hour_number(r, &t[hr]) &&
	    !(hr + 1 < nt && (cls_of(r, &t[hr + 1]) & (CW_UNIT | CW_TIMEUNIT))))
		return true;
	/* "at two in the morning" */
	if (i + 3 < nt && !strcmp(t[i + 1].low, "in") && !strcmp(t[i + 2].low, "the") &&
	    (cls_of(r, &t[i + 3]) & CW_CLOCK))
		return true;
	size_t p = i > 1 && !strcmp(t[i - 1].low, ".") ? i - 2 : i - 1;
	if (i > 0 && t[i].kind == TOK_NUM && t[p].upper && (cls_of(r, &t[p]) & CW_LABEL) &&
	    !(i + 1 < nt && (cls_of(r, &t[i + 1]) & CW_UNIT)))
		return true;
	if (model_number(r, t, nt, i))
		return true;
	/* "the 18th Space Defense Squadron", "the 82nd Airborne": an
	 * ordinal in figures before a capitalised word numbers a name */
	size_t digits = strspn(t[i].low, "0123456789");
	if (t[i].kind == TOK_NUM && digits && strlen(t[i].low + digits) == 2 &&
	    cp_is_alpha((unsigned char)t[i].low[digits]) && i + 1 < nt && t[i + 1].upper &&
	    t[i + 1].kind == TOK_WORD && i > 0)
		return true;
	/* "5 to 10 p.m.": the first number of a range of times is a time */
	if (i + 2 < nt && (cls_of(r, &t[i + 1]) & CW_RANGE) && t[i + 2].kind == TOK_NUM &&
	    token_is_date(t, nt, i + 2) && !token_is_date(t, nt, i))
		return hour_number(r, &t[i]);
	/* "20 km south of Kyiv": a distance that only says where */
	size_t b = t[i].kind == TOK_NUM && cp_is_alpha((unsigned char)t[i].low[strlen(t[i].low) - 1]) ?
		   i + 1 : i + 2; /* "159km" carries its unit */
	if (b + 1 < nt && (b == i + 1 || (cls_of(r, &t[i + 1]) & CW_UNIT)) &&
	    (cls_of(r, &t[b]) & CW_BEARING) && !strcmp(t[b + 1].low, "of"))
		return true;
	if (distance_places(r, t, nt, i))
		return true;
	return period_part(r, t, nt, i) ||
	       (i > 0 && (cls_of(r, &t[i]) & CW_PERIOD) && period_part(r, t, nt, i - 1));
}

/* "12 to 24 months", "two or three weeks": the first number of a range
 * is as much a duration as the last. */
static bool range_of_time(const pc_rules *r, const struct token *t, size_t nt, size_t i)
{
	if (i + 3 >= nt || !(cls_of(r, &t[i + 1]) & CW_RANGE))
		return false;
	return num_token(r, &t[i + 2]) && (cls_of(r, &t[i + 3]) & CW_TIMEUNIT);
}

/* "look at the record", "his record", "the official record": the noun
 * is a history or a file; "a record 299 days", "record spending", "set a
 * new record", "on record" state one. */
static bool record_noun(const pc_rules *r, const struct token *t, size_t nt, size_t i)
{
	if (!(cls_of(r, &t[i]) & CW_HISTORY) || (i > 0 && (cls_of(r, &t[i - 1]) & CW_RECORD_SET)))
		return false;
	if (i + 1 < nt && (t[i + 1].kind == TOK_NUM ||
			   (t[i + 1].kind == TOK_WORD &&
			    !(rules_grammar(r, t[i + 1].low) &
			      (G_PREPOSITION | G_AUX | G_CONJUNCTION | G_CLAUSAL | G_RELATIVE)))))
		return false;
	return true;
}

/* The lede: the first sentence of the body (a question opening the story
 * is no lede, and the sentence after it is not one either). */
static bool first_body_claim(const struct pc_doc *doc, const struct claim *c)
{
	for (size_t i = 0; i < doc->nclaims; i++) {
		const struct claim *o = &doc->claims[i];
		if (o->block->kind == BLOCK_BODY && o->kind != CLAIM_HEADING &&
		    !(o->kind == CLAIM_NOT && o->block->len == o->tend - o->tstart))
			return o == c && o->kind == CLAIM_CLAIM;
	}
	return false;
}

static bool linked_to_heading(const struct pc_doc *doc, const struct claim *c)
{
	for (size_t k = 0; k < c->nsame; k++)
		if (doc->claims[c->same_as[k]].kind == CLAIM_HEADING)
			return true;
	return false;
}

/* The grammar classes of a word or of what its apostrophe contracts:
 * "we've" is "we". */
static uint64_t person_word(const pc_rules *r, const char *w)
{
	char head[16];
	return rules_grammar(r, str_contraction_head(w, head, sizeof(head)) ? head : w);
}

/* Who the claim's own sources are.  A private person's account (a
 * witness, a parent, a fan) is seldom what an editor checks, a document's
 * or an organization's figures usually are: the guide judges what a claim
 * states, and its speaker is learned evidence of that, weighed by
 * scripts/train-weights like every other feature. */
static void speaker_features(const struct claim *c, double *f)
{
	bool person = c->nsources > 0;
	for (size_t k = 0; k < c->nsources; k++) {
		enum source_type t = c->sources[k].type;
		person &= t == SRC_PERSON;
		if (t == SRC_OFFICIAL || t == SRC_GOVERNMENT)
			f[CWF_BY_OFFICIAL] = 1;
		else if (t == SRC_DOCUMENT)
			f[CWF_BY_DOCUMENT] = 1;
		else if (t == SRC_ORGANIZATION || t == SRC_AGENCY || t == SRC_OUTLET)
			f[CWF_BY_ORGANIZATION] = 1;
		else if (t == SRC_UNNAMED)
			f[CWF_BY_UNNAMED] = 1;
	}
	f[CWF_BY_PERSON] = person;
	/* "Kestrel urged owners to keep wearing the belts": what its only
	 * speakers ask for, not a fact they state ("asked for the 10-year
	 * minimum" still puts a number to check) */
	bool directive = c->nsources > 0;
	for (int k = CWF_FIGURE; k <= CWF_MATERIAL; k++)
		directive &= f[k] == 0;
	for (size_t k = 0; k < c->nsources; k++)
		directive &= (c->sources[k].cue_cls & CUE_DIRECTIVE) &&
			     !(c->sources[k].cue_cls & (CUE_SPEECH | CUE_CLAUSE | CUE_DOCUMENT | CUE_PUBLISH));
	f[CWF_DIRECTIVE] = directive;
}

double checkworthy_first_person(const pc_rules *r, const struct pc_doc *doc)
{
	size_t n = 0, first = 0;
	struct arena a = { 0 };
	for (size_t i = 0; i < doc->nclaims; i++) {
		const struct claim *c = &doc->claims[i];
		if (c->kind != CLAIM_CLAIM)
			continue;
		n++;
		if (c->quote >= 0 || c->nsources)
			continue;
		struct token *t;
		size_t nt = tokenize(&a, c->text, strlen(c->text), &t);
		for (size_t k = 0; k < nt; k++) {
			uint64_t g = rules_grammar(r, t[k].low);
			/* ("the US Space Force": capitals make "us" a country) */
			if (rules_first_person(g) && !claim_in_mention(c, t[k].s) &&
			    !str_all_capitals(c->text + t[k].s, t[k].e - t[k].s)) {
				first++;
				break;
			}
		}
		arena_reset(&a);
	}
	arena_free(&a);
	return n ? (double)first / (double)n : 0;
}

void checkworthy_features(const pc_rules *r, const struct pc_doc *doc, const struct claim *c,
			  double *f)
{
	struct arena a = { 0 };
	struct token *t;
	size_t nt = tokenize(&a, c->text, strlen(c->text), &t);
	memset(f, 0, CWF_COUNT * sizeof(*f));
	f[CWF_BIAS] = 1;
	size_t words = 0;
	bool superlative = false, measured = false, comparative = false, than = false;
	/* "she", "his": the sentence is about someone (its speaker's
	 * "he said" is not) */
	bool gendered = false, large = false;
	for (size_t i = 0; i < nt; i++)
		gendered |= (rules_grammar(r, t[i].low) & (G_PRONOUN | G_OBJECT)) &&
			    lex_class(&r->gender, t[i].low) && !claim_in_mention(c, t[i].s);
	/* a headline in title case capitalises every word */
	size_t nwords = 0, nupper = 0;
	for (size_t i = 1; i < nt; i++)
		if (t[i].kind == TOK_WORD && strlen(t[i].low) > 3) {
			nwords++;
			nupper += t[i].upper;
		}
	bool titled = nwords && nupper * 10 >= nwords * 7;
	for (size_t i = 0; i < nt; i++) {
		const char *w = t[i].low;
		uint64_t cls = cls_of(r, &t[i]);
		uint64_t g = rules_grammar(r, w);
		words += t[i].kind == TOK_WORD;
		bool num = t[i].kind == TOK_NUM || (cls & CW_NUMBER) ||
			   (strchr(w, '-') && number_word(r, w));
		if (num && ordinal_only(r, t, nt, i))
			num = false;
		/* "a third candidate": an ordinal for "another" ranks and
		 * counts nobody; "finished third", "a third of voters" do */
		bool another = (cls & CW_RANK) && i > 0 && !strcmp(t[i - 1].low, "a") && i + 1 < nt &&
			       t[i + 1].kind == TOK_WORD && strcmp(t[i + 1].low, "of");
		if (num) {
			/* "all three said": the story's own people counted */
			bool before_def = i > 0 && ((rules_grammar(r, t[i - 1].low) & G_DEFINITE) ||
						    !strcmp(t[i - 1].low, "all") || another);
			/* ("one scenario among many": one of them) */
			bool one_of = (i + 1 < nt && !strcmp(t[i + 1].low, "of") &&
				       (!strcmp(w, "one") || !strcmp(w, "two") || !strcmp(w, "both"))) ||
				      (!strcmp(w, "one") && i + 2 < nt && !strcmp(t[i + 2].low, "among"));
			const char *next = i + 1 < nt ? t[i + 1].low : "";
			uint64_t ncls = i + 1 < nt ? cls_of(r, &t[i + 1]) : 0;
			/* "three times the number", "four times as many": a
			 * comparison besides a figure */
			if (i + 2 < nt && (ncls & CW_MULTIPLIER) &&
			    ((rules_grammar(r, t[i + 2].low) & G_DEFINITE) ||
			     (cls_of(r, &t[i + 2]) & CW_COMPARISON) || !strcmp(t[i + 2].low, "as")))
				comparative = than = true;
			if (strstr(w, "-year-old") || strstr(w, "-years-old") ||
			    (i > 0 && !strcmp(t[i - 1].low, "aged")) ||
			    (i > 0 && i + 1 < nt && t[i - 1].low[0] == ',' && t[i + 1].low[0] == ',' &&
			     t[i].kind == TOK_NUM && strlen(w) <= 3) ||
			    person_age(r, t, nt, i) || life_age(r, t, nt, i, gendered)) {
				f[CWF_AGE]++;
			} else if (population(r, t, i)) {
				/* describes a place: counts for nothing */
			} else if (t[i].kind == TOK_WORD && i > 0 && (cls_of(r, &t[i - 1]) & CW_VAGUE) &&
				   !(ncls & CW_UNIT)) {
				/* "several hundred tractors", "a few thousand":
				 * a vague amount of the story's people or things
				 * (guide section 3); "a few hundred dollars" still
				 * measures */
			} else if (places_only(r, t, nt, i)) {
				f[CWF_DATE]++;
			} else if (one_of && i + 3 < nt && (rules_grammar(r, t[i + 2].low) & G_DEFINITE) &&
				   (cls_of(r, &t[i + 3]) & CW_CASUALTY)) {
				/* "two of the dead": a casualty count stays one */
				f[CWF_CASUALTY]++;
				f[CWF_FIGURE]++;
			} else if (before_def || one_of ||
				   (strchr(w, '-') && (cls_word(r, strrchr(w, '-') + 1) & CW_EXTENT))) {
				/* "a 19-page dissent", "a four-storey hostel": the
				 * size of the story's own material */
				f[CWF_MATERIAL]++;
			} else if (((ncls & CW_TIMEUNIT) || range_of_time(r, t, nt, i) ||
				    (strchr(w, '-') && (cls_word(r, strrchr(w, '-') + 1) & CW_TIMEUNIT))) &&
				   !(t[i].kind == TOK_NUM && strchr(w, '.'))) {
				/* "3.6 hours", "a 17.8-hour median": a time measured
				 * to a tenth is a finding, not when something was */
				if (tenure_span(r, t, i))
					f[CWF_DATE]++;
				else
					f[CWF_DURATION]++;
			} else {
				f[CWF_FIGURE]++;
				large |= !small_word(r, &t[i]);
				/* a unit before the number is a sign ("$", "£",
				 * "EUR"): "Severn Vale runs two" counts no runs */
				bool sign_before = i > 0 && (cls_of(r, &t[i - 1]) & CW_UNIT) &&
						   (t[i - 1].kind != TOK_WORD || t[i - 1].upper);
				if ((ncls & (CW_UNIT | CW_TIMEUNIT)) || strchr(w, '%') || sign_before ||
				    !strcmp(next, "%"))
					f[CWF_MEASURE]++;
			}
		}
		if (cls & CW_VAGUE)
			f[CWF_VAGUE]++;
		/* "funerals for the victims", "declined to comment on the
		 * strike": the story's own casualties and attack named again,
		 * not a casualty or an attack stated */
		bool named_again = i > 0 && (rules_grammar(r, t[i - 1].low) & G_DEFINITE) &&
				   !(i > 1 && num_token(r, &t[i - 2]));
		/* "a slowdown would hurt Penrose", "could kill the deal": after
		 * a modal, a harm supposed, none that happened */
		bool supposed = i > 0 && (rules_grammar(r, t[i - 1].low) & G_MODAL);
		if ((cls & CW_CASUALTY) && !named_again && !supposed)
			f[CWF_CASUALTY]++;
		/* "a record of public service" is a history, not a record;
		 * "the Highest Court", "Low Water Mark": a capital inside the
		 * sentence makes the word part of a name (guide section 3) */
		bool history = (cls & CW_HISTORY) && i + 1 < nt && !strcmp(t[i + 1].low, "of");
		bool in_name = !titled && t[i].upper && i > 0 && t[i - 1].kind == TOK_WORD;
		if ((cls & CW_SUPERLATIVE) && !history && !in_name && !record_noun(r, t, nt, i))
			superlative = true;
		if ((cls & CW_ORDINAL) && i > 0 && !in_name &&
		    (!strcmp(t[i - 1].low, "the") || strstr(t[i - 1].low, "'s")))
			superlative = true;
		if ((cls & CW_MEASURED) && !in_name)
			measured = true;
		if (cls & CW_CHANGE)
			f[CWF_CHANGE]++;
		if (cls & CW_COMPARISON) {
			if (!strcmp(w, "than"))
				than = true;
			else
				comparative = true;
		}
		/* "a fire broke out": a particle makes the verb another */
		if ((cls & (CW_ACCUSATION | CW_ATTACK | CW_DAMAGE)) && i + 1 < nt &&
		    (cls_of(r, &t[i + 1]) & CW_PHRASAL))
			cls &= ~(uint64_t)(CW_ACCUSATION | CW_ATTACK | CW_DAMAGE);
		/* "he has not been charged": a denied accusation accuses no one */
		for (size_t k = i; (cls & CW_ACCUSATION) && k-- > 0 && i - k <= 3;)
			if (rules_grammar(r, t[k].low) & G_NEGATION)
				cls &= ~(uint64_t)CW_ACCUSATION;
		if (cls & CW_ACCUSATION)
			f[CWF_ACCUSATION]++;
		if ((cls & CW_ATTACK) && !named_again)
			f[CWF_ATTACK]++;
		if (cls & CW_DAMAGE)
			f[CWF_DAMAGE]++;
		if ((cls & CW_RANK) && !period_part(r, t, nt, i) && !another)
			f[CWF_RANK]++;
		if (cls & CW_RHETORIC)
			f[CWF_RHETORIC]++;
		if (rules_first_person(g) && c->quote < 0)
			f[CWF_FIRST_PERSON] = 1;
		/* "every night I still set the table for two": a speaker's own
		 * life, told in quotation marks */
		uint64_t pw = person_word(r, w);
		if ((pw & G_PERSON) && !(pw & G_DETERMINER) &&
		    (c->quote >= 0 || c->opens_quote || c->has_quote))
			f[CWF_QUOTED_FIRST_PERSON] = 1;
		/* "in May" is a month: a modal is capitalised only opening
		 * the sentence */
		bool modal = (g & G_MODAL) && !(t[i].upper && i > 0);
		/* "symptoms usually appear", "you can claim": what holds in
		 * general, not what happened */
		if (cls & CW_GENERAL)
			f[CWF_GENERAL] = 1;
		else if (modal || !strcmp(w, "plans") || !strcmp(w, "expected"))
			f[CWF_FUTURE] = 1;
	}
	/* "a father of two", "two patrol boats": a few counted in words
	 * tell the scene, a figure in digits or past ten states a fact */
	f[CWF_SMALL] = f[CWF_FIGURE] > 0 && !large;
	if (f[CWF_FIGURE] > 1) {
		f[CWF_FIGURES] = 1;
		f[CWF_FIGURE] = 1;
	}
	for (int k = CWF_CASUALTY; k <= CWF_RHETORIC; k++)
		if (f[k] > 2)
			f[k] = 2;
	f[CWF_SUPERLATIVE] = superlative;
	f[CWF_MEASURED] = superlative && measured;
	f[CWF_COMPARISON] = comparative && than;
	f[CWF_HEADING] = c->kind == CLAIM_HEADING;
	f[CWF_CROSSHEAD] = c->kind == CLAIM_HEADING && c->block->kind == BLOCK_HEADING;
	/* "The planner who wants to take the waste out of fashion": a
	 * headline keeps its article only when it names someone or something
	 * to read about; a news headline drops it ("Senate passes bill") */
	f[CWF_FEATURE_HEADLINE] = c->kind == CLAIM_HEADING && c->block->kind == BLOCK_HEADLINE &&
				  nt > 0 && (rules_grammar(r, t[0].low) & (G_DETERMINER | G_QUANTIFIER)) ==
						    G_DETERMINER;
	f[CWF_LEDE] = c->kind == CLAIM_CLAIM && first_body_claim(doc, c);
	/* "The gate closes at six.": a lede that states nothing of the
	 * headline's or dek's fact sets a scene */
	f[CWF_LEDE_APART] = f[CWF_LEDE] && !linked_to_heading(doc, c);
	f[CWF_QUOTE] = c->quote >= 0 || c->opens_quote;
	f[CWF_SHORT] = words <= 4;
	/* "The report also found that:", "The main changes are:": a
	 * sentence whose verb's object is what its colon opens states
	 * nothing yet ("Every one of the four categories fell:" does) */
	f[CWF_INTRODUCES] = c->kind == CLAIM_CLAIM && nt >= 2 && !strcmp(t[nt - 1].low, ":") &&
			    ((rules_grammar(r, t[nt - 2].low) &
			      (G_BE | G_CLAUSAL | G_ADVERB | G_PREPOSITION | G_DETERMINER)) ||
			     rules_cue(r, t[nt - 2].low));
	/* the writer's own sentence in a column, a letter or a review:
	 * judgement and experience more often than a fact to check */
	f[CWF_FIRST_PERSON_PIECE] = doc->first_person >= 0.10 && c->nsources == 0;
	speaker_features(c, f);
	arena_free(&a);
}

bool checkworthy_judge(const pc_rules *r, const struct pc_doc *doc, const struct claim *c,
		       const char **why)
{
	double f[CWF_COUNT], score = 0;
	checkworthy_features(r, doc, c, f);
	*why = NULL;
	for (int k = 0; k < CWF_COUNT; k++)
		score += f[k] * r->cw_weights[k];
	/* the most telling thing the claim states: a casualty says more than
	 * a number, and the headline's or lede's news is the reason only when
	 * nothing else is */
	static const enum cw_feature order[] = {
		CWF_CASUALTY, CWF_ACCUSATION, CWF_ATTACK, CWF_DAMAGE, CWF_MEASURED,
		CWF_SUPERLATIVE, CWF_CHANGE, CWF_COMPARISON, CWF_RANK, CWF_MEASURE,
		CWF_FIGURES, CWF_FIGURE, CWF_HEADING, CWF_LEDE,
	};
	for (size_t k = 0; k < COUNTOF(order) && !*why; k++)
		if (f[order[k]] * r->cw_weights[order[k]] > 0)
			*why = features[order[k]].reason;
	if (score <= 0)
		return false;
	if (!*why)
		*why = "a claim of fact";
	return true;
}
