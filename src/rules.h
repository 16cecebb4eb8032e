/* Rules are data: lexicons, attribution patterns and the source gazetteer
 * are read from rules/ at run time. */
#ifndef PC_RULES_H
#define PC_RULES_H

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stdbool.h>

#include "doc.h"
#include "lexicon.h"

enum cue_class { CUE_SPEECH = 1, CUE_CLAUSE = 2, CUE_TELL = 4, CUE_DOCUMENT = 8 };
enum abbr_class { ABBR_TITLE = 1, ABBR_INNER = 2, ABBR_FINAL = 4 };
enum unnamed_class { UNNAMED_PLAIN = 1, UNNAMED_VAGUE = 2 };
enum org_class { ORG_ORG = 1, ORG_GOVERNMENT = 2, ORG_PLACE = 4 };
enum cw_class { CW_NUMBER = 1, CW_CASUALTY = 2, CW_SUPERLATIVE = 4 };
enum call_class { CALL_OPENING = 1, CALL_ANYWHERE = 2 };

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
	struct lexicon checkworthy, channels, macros, synonyms, calls;
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

const struct gaz_entry *rules_gazetteer_lookup(const pc_rules *r, const char *key);
/* Matches a pattern against s[0..n); returns the number of pairs, <= 0
 * when there is no match (a hit limit counts as no match). */
int rules_match(const pc_rules *r, const struct pattern *p, const char *s,
		size_t n, size_t start, PCRE2_SIZE **ov);

#endif
