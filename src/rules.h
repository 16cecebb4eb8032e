/* Rules are data: lexicons, attribution patterns and the source gazetteer
 * are read from rules/ at run time. */
#ifndef PC_RULES_H
#define PC_RULES_H

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stdbool.h>

#include "doc.h"
#include "lexicon.h"

/* Classes and modifiers of a reporting verb: rules/cues.txt says what each
 * means.  The first four are also the {cue:...} macros of the patterns. */
enum cue_class {
	CUE_SPEECH = 1, CUE_CLAUSE = 2, CUE_TELL = 4, CUE_DOCUMENT = 8,
	CUE_EVALUATIVE = 16, CUE_DIRECTIVE = 32, CUE_NAMING = 64,
	CUE_QUESTION = 128, CUE_PUBLISH = 256,
	CUE_INVERTED = 512, CUE_TEXT = 1024, CUE_STRICT = 2048, CUE_NOUNLIKE = 4096,
	CUE_CLOSING = 8192, CUE_FORECAST = 16384, CUE_EXPLICIT = 32768,
	CUE_SPECIFIC = 65536, CUE_DIRECT = 131072, CUE_LOCATED = 262144,
	CUE_EVIDENCE = 524288, CUE_FINDING = 1048576, CUE_INTRANSITIVE = 2097152,
	CUE_PLEA = 4194304, CUE_MEMORY = 8388608,
};
#define CUE_CLASS_NAMES "speech", "clause", "tell", "document", "evaluative", \
	"directive", "naming", "question", "publish", "inverted", "text", "strict", \
	"nounlike", "closing", "forecast", "explicit", "specific", "direct", \
	"located", "evidence", "finding", "intransitive", "plea", "memory"

/* The form of a reporting verb a word is. */
enum cue_form { FORM_BASE, FORM_S, FORM_ED, FORM_ING };

/* One reading of a word as a reporting verb: "called" is "call" (naming),
 * "call for" and "call on".  Readings of one word chain through `next`
 * (an index into pc_rules.cue_uses, -1 ends). */
struct cue_use {
	const char *lemma;    /* "point out" */
	const char *particle; /* "out", or NULL */
	unsigned cls;         /* CUE_* */
	enum cue_form form;
	int next;
};

/* Word classes of rules/grammar.txt (bits of a uint64_t). */
#define G_DETERMINER   (1ull << 0)
#define G_DEFINITE     (1ull << 1)
#define G_QUANTIFIER   (1ull << 2)
#define G_PRONOUN      (1ull << 3)
#define G_PERSON       (1ull << 4)
#define G_OBJECT       (1ull << 5)
#define G_RELATIVE     (1ull << 6)
#define G_BE           (1ull << 7)
#define G_HAVE         (1ull << 8)
#define G_DO           (1ull << 9)
#define G_MODAL        (1ull << 10)
#define G_NEGATION     (1ull << 11)
#define G_ADVERB       (1ull << 12)
#define G_PREPOSITION  (1ull << 13)
#define G_CONJUNCTION  (1ull << 14)
#define G_SUBORDINATOR (1ull << 15)
#define G_TIME         (1ull << 16)
#define G_PERIOD       (1ull << 17)
#define G_RAISING      (1ull << 18)
#define G_OPENING      (1ull << 19)
#define G_BLOCKING     (1ull << 20)
#define G_NONNAME      (1ull << 21)
#define G_CONNECTOR    (1ull << 22)
#define G_MEDIA        (1ull << 23)
#define G_NUMBER       (1ull << 24)
#define G_NOUN         (1ull << 25)
#define G_REFLEXIVE    (1ull << 26)
#define G_PREVERB      (1ull << 27)
#define G_CLAUSAL      (1ull << 28)
#define G_SPEAKERLESS  (1ull << 29)
#define G_LABEL        (1ull << 30)
#define G_SHARE        (1ull << 31)
#define G_IDIOM        (1ull << 32)
#define G_PARTITIVE    (1ull << 33)
#define G_MODIFIER     (1ull << 34)
#define G_DATA         (1ull << 35)
#define G_GENERATION   (1ull << 36)
#define G_SPECIFIER    (1ull << 37)
#define G_STOP         (1ull << 38)
#define G_INTERPOSED   (1ull << 39)
#define G_CALENDAR     (1ull << 40)
#define G_BRIDGE       (1ull << 41)
#define G_PARTICLE     (1ull << 42)
#define G_LINKER       (1ull << 43)
#define G_RELATIONAL   (1ull << 44)
#define G_AFTER_HEAD   (1ull << 45)
#define G_OUTLET       (1ull << 46)
#define G_MEDIUM       (1ull << 47)
#define G_PRESS        (1ull << 48)
#define G_PARTICIPLE   (1ull << 49)
#define G_NAME_PREFIX  (1ull << 50)
#define G_ANAPHOR      (1ull << 51)
#define G_AGENTIVE     (1ull << 52)
#define G_THING        (1ull << 53)
#define G_MIDNAME      (1ull << 54)
#define G_LOCATIVE     (1ull << 55)
#define G_COMMON       (1ull << 56)
#define G_POSTNAME     (1ull << 57)
#define G_VERB_GROUP   (1ull << 58)
#define G_CLAUSE_VERB  (1ull << 59)
#define G_PASSIVE      (1ull << 60)
#define G_COLLECTIVE   (1ull << 61)
#define G_POSTNOMINAL  (1ull << 62)
#define G_ISSUING      (1ull << 63)

#define GRAMMAR_CLASS_NAMES "determiner", "definite", "quantifier", "pronoun", \
	"person", "object", "relative", "be", "have", "do", "modal", "negation", \
	"adverb", "preposition", "conjunction", "subordinator", "time", "period", \
	"raising", "opening", "blocking", "nonname", "connector", "media", \
	"number", "noun", "reflexive", "preverb", "clausal", "speakerless", "label", "share", \
	"idiom", "partitive", "modifier", "data", "generation", "specifier", "stop", \
	"interposed", "calendar", "bridge", "particle", "linker", "relational", "afterhead", \
	"outlet", "medium", "press", "participle", "nameprefix", "anaphor", \
	"agentive", "thing", "midname", "locative", "common", \
	"postname", "verbgroup", "clauseverb", "passive", "collective", "postnominal", "issuing"
#define G_AUX (G_BE | G_HAVE | G_DO | G_MODAL)
/* ABBR_OPENER marks a sentence opener listed with the abbreviations, not an
 * abbreviation: ABBR_ANY leaves it out. */
enum abbr_class { ABBR_TITLE = 1, ABBR_INNER = 2, ABBR_FINAL = 4, ABBR_OPENER = 8,
		  ABBR_ANY = ABBR_TITLE | ABBR_INNER | ABBR_FINAL };
enum unnamed_class { UNNAMED_PLAIN = 1, UNNAMED_VAGUE = 2, UNNAMED_NEWSROOM = 4 };
enum org_class { ORG_ORG = 1, ORG_GOVERNMENT = 2, ORG_PLACE = 4, ORG_LEGAL = 8, ORG_POLITY = 16,
		 ORG_BUSINESS = 32, ORG_JOIN = 64, ORG_MASTHEAD = 128, ORG_CONSTABULARY = 256,
		 ORG_STATE_RUN = 512, ORG_HANDLE = 1024, ORG_KIND = 2048 };
/* The classes that make a word a place, never an organization's head. */
#define ORG_WHERE (ORG_PLACE | ORG_POLITY)
/* The classes that make a word an organization's head: not a place, nor a
 * word that only joins a name's words ("for"), nor an outlet's masthead,
 * nor who runs a medium ("state-run"). */
#define ORG_HEADS ((unsigned)~(ORG_WHERE | ORG_JOIN | ORG_MASTHEAD | ORG_CONSTABULARY | ORG_STATE_RUN))
/* GENDER_EITHER: a first name given to men and women ("Alex"): a name,
 * no gender */
enum gender_class { GENDER_MALE = 1, GENDER_FEMALE = 2, GENDER_EITHER = 4 };
/* Classes of rules/documents.txt. */
enum document_class { DOC_DOCUMENT = 1, DOC_FIGURES = 2, DOC_VOICE = 4, DOC_SOCIAL = 8 };
/* Word classes of rules/checkworthy.txt. */
enum cw_class {
	CW_NUMBER = 1 << 0, CW_UNIT = 1 << 1, CW_TIMEUNIT = 1 << 2, CW_CASUALTY = 1 << 3,
	CW_SUPERLATIVE = 1 << 4, CW_MEASURED = 1 << 5, CW_CHANGE = 1 << 6,
	CW_COMPARISON = 1 << 7, CW_ACCUSATION = 1 << 8, CW_ATTACK = 1 << 9,
	CW_DAMAGE = 1 << 10, CW_VAGUE = 1 << 11, CW_RANK = 1 << 12, CW_RHETORIC = 1 << 13,
	CW_ORDINAL = 1 << 14, CW_HISTORY = 1 << 15, CW_CLOCK = 1 << 16, CW_LABEL = 1 << 17,
	CW_PERIOD = 1 << 18, CW_HOUR = 1 << 19, CW_PHRASAL = 1 << 20, CW_LIFEAGE = 1 << 21,
	CW_SETTLEMENT = 1 << 22, CW_RANGE = 1 << 23, CW_EXTENT = 1 << 24,
	CW_MARGIN = 1 << 25, CW_PERCENT = 1 << 26, CW_GENERAL = 1 << 27,
	CW_RECORD_SET = 1 << 28, CW_BEARING = 1 << 29,
	CW_MULTIPLIER = 1u << 30,
};
/* past what an enum's int holds: a class set is 64 bits wide */
#define CW_TENURE (1ull << 31)
#define CW_DISTANCE (1ull << 32)
#define CW_PLACING (1ull << 33)
#define CW_COURSE (1ull << 34)
#define CW_CLASS_NAMES "number", "unit", "timeunit", "casualty", "superlative", \
	"measured", "change", "comparison", "accusation", "attack", "damage", "vague", \
	"rank", "rhetoric", "ordinal", "history", "clock", "label", "period", \
	"hour", "phrasal", "lifeage", "settlement", "range", "extent", "margin", "percent", \
	"general", "recordset", "bearing", "multiplier", "tenure", "distance", "placing", \
	"course"
/* Room for the weights of check-worthiness features (checkworthy.def). */
#define PC_CW_FEATURES 40
enum call_class { CALL_OPENING = 1, CALL_ANYWHERE = 2, CALL_ADVICE = 4 };
/* A transcript's turn label that names a part, not a person: "Q:", "A:" */
enum turn_class { TURN_ASKER = 1, TURN_ANSWERER = 2, TURN_HOST = 4, TURN_PART = 8 };

/* How a pattern's match becomes part of an attribution. */
enum frame_kind {
	FRAME_SPEAKER, /* the source group names who speaks */
	FRAME_CHAIN,   /* according to / as reported by / citing: a speaker,
			  or a relay when someone else speaks */
	FRAME_RELAY,   /* told / to / in an interview with: only media count */
	FRAME_CHANNEL, /* wrote on Telegram, in a statement */
	FRAME_VAGUE,   /* it is widely believed */
	FRAME_HEADLINE /* "Governor: ..." in a heading */
};

/* Kinds of names a pattern may take (the `accept` key). */
enum {
	ACCEPT_PERSON = 1, ACCEPT_ROLE = 2, ACCEPT_PRONOUN = 4,
	ACCEPT_UNNAMED = 8, ACCEPT_ORG = 16, ACCEPT_DOCUMENT = 32,
	ACCEPT_MEDIA = 64, ACCEPT_KNOWN = 128, ACCEPT_GROUP = 256,
};

/* Where in the source group the noun phrase is. */
enum np_side { NP_FIRST, NP_LAST, NP_EXACT };

struct example {
	char *text;
	char *expect; /* source name the analyzer must give, or NULL */
	bool must;
	int line;
};

struct pattern {
	char *id;
	char *file;
	int line;
	char *raw;
	enum frame_kind kind;
	enum np_side np;
	pcre2_code *code;
	uint32_t g_source, g_cue, g_channel;
	unsigned accept; /* ACCEPT_* bits; 0 takes every kind of name */
	bool any_phrase; /* any noun phrase names a source ("according to state law") */
	struct example *ex;
	size_t nex;
};

struct gaz_entry {
	char *name;
	enum source_type type; /* agency, outlet, government, organization */
	bool platform;
	char *country;
	bool state;
};

struct pc_rules {
	struct lexicon abbrev, cues, roles, unnamed, orgs, documents;
	struct lexicon persons; /* nouns for a person (rules/persons.txt, from WordNet) */
	struct lexicon checkworthy, channels, macros, synonyms, calls;
	struct lexicon claims; /* nouns for what is said: "denied the allegations" */
	struct lexicon gender; /* "Mr", "spokeswoman", "she": male or female */
	struct lexicon numbers; /* "three" -> "3" */
	struct lexicon lemmas; /* irregular forms: "fell" -> "fall" */
	struct lexicon turns;  /* "q", "a": who asks, who answers */
	/* weights of check-worthiness features, by feature (checkworthy.def) */
	double cw_weights[PC_CW_FEATURES];
	/* weights of same-fact link features, by feature (samefact.def) */
	double sf_weights[PC_CW_FEATURES];
	/* word -> grammar classes; "-ly"-style suffixes apart */
	struct lexicon grammar;
	char **suffixes;
	uint64_t *suffix_cls;
	size_t nsuffixes;
	char **prefixes; /* "ex-" of "ex-MP": the part before the rest */
	uint64_t *prefix_cls;
	size_t nprefixes;
	/* word -> first reading as a reporting verb (index + 1 in cls) */
	struct lexicon cue_words;
	struct cue_use *cue_uses;
	size_t ncue_uses, capcue_uses;
	struct lexicon gaz_alias; /* alias key -> entry index in cls */
	struct lexicon gaz_first; /* first word of every alias */
	struct gaz_entry *gaz;
	size_t ngaz, capgaz;
	struct pattern *pats;
	size_t npats, cappats;
	pcre2_match_context *mctx;
	pcre2_match_data *md;
	pcre2_jit_stack *jit;
};

/* Reads one rule file held in memory, as if it were the only file of the
 * rules directory and named `name` ("cues.txt", "attribution.rules"):
 * for the fuzzer, which must not touch the disk on every input.  No
 * built-in rules and no match context: the result is for freeing. */
pc_rules *rules_load_memory(const char *name, const char *data, size_t len, char **err);
const struct gaz_entry *rules_gazetteer_lookup(const pc_rules *r, const char *key);
/* The country (the gazetteer's code) of a nationality, in any case:
 * "German" is where the alias "German government" belongs; NULL for a
 * word that names none. */
const char *rules_nationality(const pc_rules *r, const char *word);
bool rules_describes_person(const pc_rules *r, const char *low);
/* 'm' or 'f' for a lower-cased word that says who someone is ("mr",
 * "spokeswoman", "siobhán": rules/gender.txt, accents dropped), else 0. */
char rules_gender(const pc_rules *r, const char *w);
/* The same of the word w[0..n) in any case ("Anne", "Mr"). */
char rules_word_gender(const pc_rules *r, const char *w, size_t n);
/* Does the name's first word say who someone is, most often a first name
 * ("Jane Okafor", "Mr Smith")? */
bool rules_opens_on_first_name(const pc_rules *r, const char *name);
/* Grammar classes of a lower-cased word (suffix classes included). */
uint64_t rules_grammar(const pc_rules *r, const char *low);
/* "I", "we", "you" as the subject: the first person of a column or a
 * letter ("us" and "me" are objects, "our" and "my" determiners) */
static inline bool rules_first_person(uint64_t g)
{
	return (g & G_PERSON) && !(g & (G_OBJECT | G_DETERMINER));
}
/* Is the word (as written, n bytes) a name's particle joined to a
 * capitalised word: "al-Assad", "bin-Salman" (a connector of
 * rules/grammar.txt before the hyphen)? */
bool rules_joined_particle(const pc_rules *r, const char *w, size_t n);
/* The value of a number word (rules/numbers.txt), "thirty-one" read as
 * 31; -1 when the lower-cased word is none. */
long rules_number_word(const pc_rules *r, const char *low);
/* Does a lower-cased word end in a suffix of one of the grammar classes
 * cls, whatever classes the word has of its own? */
bool rules_suffix(const pc_rules *r, const char *low, uint64_t cls);
/* The first reading of a lower-cased word as a reporting verb, or NULL. */
const struct cue_use *rules_cue(const pc_rules *r, const char *low);
/* A reading only documents, data and polls use ("found", "showed"):
 * class document, with no class of speech beside it. */
bool rules_cue_document_only(const struct cue_use *u);
/* Matches a pattern against s[0..n); returns the number of pairs, <= 0
 * when there is no match (a hit limit counts as no match). */
int rules_match(const pc_rules *r, const struct pattern *p, const char *s,
		size_t n, size_t start, PCRE2_SIZE **ov);

#endif
