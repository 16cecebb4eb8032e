/* The noun-phrase grammar of the recognizer: where a name starts and
 * ends around a cue, and what kind of source it names.  Shared by
 * recognize.c (the frames of a sentence) and nounphrase.c. */
#ifndef PC_NOUNPHRASE_H
#define PC_NOUNPHRASE_H

#include "doc.h"
#include "rules.h"
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
	ENT_ASKER,    /* a turn label "Q:": the interviewer */
	ENT_ANSWERER, /* "A:": the one interviewed */
	ENT_INITIALS, /* "AK:": a person the story names, by initials */
	ENT_HOST,     /* "HOST:", "MODERATOR:": who hosts the programme */
};

struct entity {
	enum ent_kind kind;
	const char *name;
	enum source_type type;
	bool state, vague;
	bool thing; /* a thing that speaks only as a text ("the programme") */
	const char *role;
	/* a document named by its maker ("LSEG data"): the maker, and what
	 * kind of source it is, for "the ministry" said later */
	const char *issuer;
	enum source_type issuer_type;
	/* "its analysis", "their survey": the maker is who the possessive
	 * names, found by the resolver */
	bool owner_ref;
	size_t ms, me; /* mention, sentence offsets */
};

struct frame {
	const struct pattern *p; /* the pattern that found it, or NULL */
	const char *rule;        /* its id: the pattern's, or the grammar's */
	enum frame_kind kind;
	size_t cue_s, cue_e;
	size_t pos;
	struct entity ent;
	const char *channel;
	bool tell; /* the cue was "told": an outlet after it is a relay */
	bool fallback; /* subject guessed from the sentence, not the cue */
	unsigned cue_cls; /* CUE_* of a grammar frame's verb, 0 for patterns */
	bool label;       /* a transcript's speaker label: speaks the whole turn */
	bool closing;     /* ", X said." after what was said: never inside it */
	size_t content_s, content_e; /* what the speaker is said to say */
};

struct ctx {
	struct pc_doc *doc;
	const pc_rules *r;
	struct claim *c;
	const char *s; /* sentence text */
	size_t n;
	struct token *t;
	size_t nt;
	uint64_t *g;                /* grammar classes of each token */
	const struct cue_use **cu;  /* each token's first reading as a cue */
	struct frame *f;
	size_t nf, capf;
	bool subject; /* classifying the subject of a reporting verb */
	bool titlecase; /* a headline with every word capitalised */
	bool relay;   /* classifying what a relay or chain cue points at */
	size_t qs[8], qe[8]; /* quotation spans of the sentence */
	size_t nq;
	struct arena *tmp; /* tokens and candidate names, reset per claim */
};

struct frame;

/* Token span [lo, hi) of the tokens fully inside bytes [a, b). */
void np_tokens(const struct ctx *x, size_t a, size_t b, size_t *lo, size_t *hi);
/* End of the noun phrase that starts the span (after a cue). */
size_t np_first(const struct ctx *x, size_t lo, size_t hi);
/* The body opening the sentence, its phrase ending by hi ("The council
 * served 386 notices, according to figures it published"; a back-reference
 * such as "the council" counts when groupref): where its phrase ends, 0
 * when no organization opens the sentence. */
size_t np_opening_body(const struct ctx *x, size_t hi, bool groupref, struct entity *org);
/* Where a name the gazetteer knows ends when it runs on past the comma
 * at i ("the Department for Environment, Food and Rural Affairs"), else 0. */
size_t np_known_past_comma(const struct ctx *x, size_t lo, size_t i, size_t hi);
/* Start of the noun phrase that ends the span (before a cue); *end gets
 * its end once trailing time words and adverbs are skipped. */
size_t np_last(const struct ctx *x, size_t lo, size_t hi, size_t *end);
/* What the phrase [s, e) names: a known source, a person, a role, a
 * pronoun, an unnamed group, an organization, a document, or nothing. */
void np_classify(const struct ctx *x, size_t s, size_t e, struct entity *en);
/* An unknown acronym at token i ("BMKG", "ANZ"), not a word of the
 * grammar in capitals nor one of a heading in capitals. */
bool np_acronym_at(const struct ctx *x, size_t i);
/* A word only a news medium's name holds ("Radio", "TV", "News"), not a
 * body's ("Service", "Agency"). */
bool np_news_word(const struct ctx *x, size_t i);
bool np_all_upper(const struct ctx *x, size_t s, size_t e);
/* When token i is a participle between a document and its maker ("data
 * compiled by LSEG", "figures published on Wednesday by"): the "by";
 * else 0. */
size_t np_issued_by(const struct ctx *x, size_t i);
/* Where "by" or "from" would name the maker of the document whose head
 * is token h ("data compiled by", "a survey of 2,140 owners by"): that
 * token, else h + 1. */
size_t np_maker_at(const struct ctx *x, size_t h, size_t hi);
/* Any other noun phrase as the subject of a reporting verb: a group by its
 * own words ("port operators"), a role to resolve ("the judge"), or a
 * text when the verb takes one ("the email said"); after "according to"
 * any noun phrase names a source ("a count by AP", "state law"). */
enum np_generic_mode { NPG_SPEAKER, NPG_TEXT, NPG_ANY };
/* Who made a text that carries words (rules/documents.txt, class voice)
 * and so says them: a person, a role, a body or a known source. */
bool np_voice_maker(const struct entity *en);
/* A noun that names people who speak: a role, a group, an organization,
 * a document, a known source or a word for someone by what they do. */
bool np_speaker_noun(const struct ctx *x, const char *low);
/* The apostrophe at i makes the plural before it a possessive of the
 * word after it ("Nurses' representatives"); lo and hi bound the phrase. */
bool np_s_possessive(const struct ctx *x, size_t i, size_t lo, size_t hi);
void np_generic(const struct ctx *x, size_t s, size_t e, enum np_generic_mode mode,
		struct entity *en);

#endif
