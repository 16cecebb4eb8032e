/* The document model every stage shares.  Data flows one way:
 * read fills blocks, segment fills claims, recognize and resolve fill
 * sources, corroborate fills same-fact links, judge fills status and
 * findings, emit and store only read. */
#ifndef PC_DOC_H
#define PC_DOC_H

#include <stdbool.h>
#include <stddef.h>

#include "arena.h"
#include "lexicon.h"
#include "provcheck.h"

enum block_kind {
	BLOCK_HEADLINE,
	BLOCK_DEK,
	BLOCK_HEADING,
	BLOCK_LABEL,
	BLOCK_BYLINE,
	BLOCK_DATELINE,
	BLOCK_CAPTION,
	BLOCK_CREDIT,
	BLOCK_BODY,
	BLOCK_QUOTE,
	BLOCK_LIST_ITEM,
};

/* A run of block text bytes [text_off, next run) copied from the input at
 * src_off: lets every offset in a block's text go back to the input.  A
 * replaced run stands for src_len input bytes that read differently (a
 * character reference, a CRLF read as one newline). */
struct span_map {
	size_t text_off, src_off;
	size_t src_len;
	bool replaced;
};

struct block {
	enum block_kind kind;
	char *text;
	size_t len;
	struct span_map *map;
	size_t nmap;
	int para; /* ordinal of the paragraph, shared by blocks split from one */
	/* the whole paragraph set in italics: an editor's note between a
	 * transcript's turns, nobody's turn */
	bool aside;
	/* the whole paragraph set in bold: a published Q&A's question */
	bool bold;
};

enum claim_kind { CLAIM_CLAIM, CLAIM_HEADING, CLAIM_NOT };

enum claim_status {
	STATUS_UNSOURCED,
	STATUS_SINGLE,
	STATUS_MULTI,
	STATUS_NOT_A_CLAIM,
};

enum source_type {
	SRC_AGENCY,
	SRC_OUTLET,
	SRC_OFFICIAL,
	SRC_PERSON,
	SRC_ORGANIZATION,
	SRC_GOVERNMENT,
	SRC_DOCUMENT,
	SRC_UNNAMED,
};

struct source {
	const char *name;
	const char *mention;
	size_t mstart, mend; /* input bytes of the mention */
	enum source_type type;
	/* CUE_* of the cue's reading (rules/cues.txt), 0 for a label; beside
	 * the type, in what would be padding: a million claims' sources
	 * stay within tests/bounds.py's memory bound */
	unsigned cue_cls;
	const char *cue;
	const char *channel;
	const char **via;
	size_t nvia;
	const char *rule;
	bool state;     /* state-affiliated media or a state body */
	bool vague;     /* weasel words: "critics say" */
	bool inherited; /* taken over from a quotation or pronoun */
	bool turn;      /* a transcript's speaker label: speaks the paragraph */
	bool owner_ref; /* "its analysis": the issuer is who "its" names */
	/* a document named by its maker ("Ministry of Internal
	 * Administration provisional results"): the maker, whom "the
	 * ministry" later names */
	const char *issuer;
	enum source_type issuer_type;
	/* what the resolver still has to name: a pronoun, a role ("the
	 * mayor") or a back-reference ("the ministry", "the people") */
	enum { REF_NONE, REF_PRONOUN, REF_ROLE, REF_GROUP, REF_SURNAME, REF_ASKER,
	       REF_ANSWERER, REF_INITIALS, REF_HOST } ref;
	const char *ref_word;
};

struct claim {
	int id;
	enum claim_kind kind;
	struct block *block;
	size_t tstart, tend; /* in block text */
	size_t start, end;   /* input bytes */
	int line, col;
	char *text;          /* whitespace folded */
	int quote;           /* quotation id, -1 outside quotations */
	bool opens_quote;    /* first character opens a quotation */
	bool starts_quoted;  /* begins inside a quotation an earlier sentence opened */
	/* a quoted sentence that reads as a call to action ("Stay out of
	 * the sun"): someone's advice, never spread a speaker to */
	bool quoted_call;
	bool has_quote;
	struct source *sources;
	size_t nsources, capsources;
	int *same_as;
	size_t nsame;
	const char **origins;
	size_t norigins;
	/* origins of the same fact in other stored documents (--corpus-status) */
	struct corpus_origin {
		const char *name, *path;
		int line;
	} *corpus;
	size_t ncorpus, capcorpus;
	enum claim_status status;
	bool checkworthy;
	bool vague;
	const char *vague_words;
	/* the body, named document or group the sentence opens on as its
	 * subject, speaking or not ("Severn Vale Hospice, which ...,
	 * launched an appeal"): what a next "it" stands for; NULL for most
	 * claims, so a long document's claims stay small */
	const struct claim_topic *topic;
};

struct claim_topic {
	const char *name;
	enum source_type type;
	enum source_type issuer_type;
	const char *issuer; /* "Nationwide" of "Nationwide's index" */
	size_t end;         /* input byte where the topic's mention ends */
};

enum rule_id {
#define RULE(id, name, sev, title, help) id,
#include "findings.def"
#undef RULE
	RULE_COUNT
};

/* A fingerprint: 16 hex digits of a hash of the rule id and the claim
 * text folded (case, spacing and punctuation ignored), so it survives
 * edits elsewhere in the article and line shifts. */
#define FINGERPRINT_LEN 16

struct finding {
	enum rule_id rule;
	enum pc_severity severity;
	int claim;           /* -1: about a comment, not a claim */
	size_t start, end;   /* input bytes */
	int line, col;       /* 1-based, column in code points */
	int end_line, end_col; /* exclusive */
	const char *message;
	char fingerprint[FINGERPRINT_LEN + 1];
};

/* A person named in the document, with the role words seen around it; the
 * resolver picks canonical names and pronoun antecedents from these. */
struct person {
	const char *name;
	size_t pos; /* input offset of the first mention */
	const char *roles[6];
	int nroles;
	const char *styled; /* "Mr Justice Harcourt" for "Harcourt": a title and a role before the name */
	char gender; /* 'm', 'f' or 0: from titles, roles and pronouns near the name */
	/* is the name a business's the story writes in full ("Brightway" of
	 * "Brightway Juvenile Products")?  0 not asked, 1 no, 2 yes, 3 a
	 * body's source in the sentence that names it ("Kranjc's team, Adria
	 * Sport, said"), which no "he" or "she" takes */
	unsigned char business;
	size_t next_last, next_first; /* index + 1 of the person named before with
					 the same last or first word (resolve.c) */
};

struct pc_doc {
	struct arena arena;
	const char *path;
	const char *format;
	/* who delivered the item (a wire's distributor or credit line): said
	 * of the document, never a claim's source */
	const char *credit;
	/* the text is one line a paragraph (a DOCX has no lines of its own) */
	bool paragraph_lines;
	/* the bytes as read; `data` is the text the stages read, the same
	 * bytes for text and Markdown, decoded or extracted for the rest */
	const char *input;
	size_t input_len;
	const char *data;
	size_t len;
	struct block *blocks;
	size_t nblocks, capblocks;
	struct claim *claims;
	size_t nclaims, capclaims;
	struct finding *findings;
	size_t nfindings, capfindings;
	struct person *people;
	size_t npeople, cappeople;
	/* name -> index + 1; a last or first word -> the newest person with it */
	struct lexicon people_by_name, people_by_last, people_by_first;
	char *warnings;
	size_t nsuppressed; /* findings hidden by inline suppressions */
	/* does the story read as a transcript (doc_transcript):
	 * 0 not yet asked, 1 no, 2 yes */
	unsigned char transcript;
	/* the share of its claims the writer says in the first person,
	 * outside quotations: a column, a letter, a review (the judge) */
	double first_person;
	/* position cursor: offsets are asked for in order, so line and column
	 * advance instead of rescanning from the start */
	size_t cur_off;
	int cur_line, cur_col;
	/* the time budget: a CLOCK_MONOTONIC second past which the stages stop
	 * (0: none), and whether they did */
	double deadline;
	bool out_of_time;
};

struct block *doc_add_block(struct pc_doc *doc, enum block_kind kind);
/* True once the document's time budget is spent; the stages check it per
 * claim and stop, and the document is then refused as a whole. */
bool doc_out_of_time(struct pc_doc *doc);
/* Does the text open with a speaker label as names are written
 * ("Whitfield: ", "Dana Whitfield, chief executive: ")? */
bool doc_mixed_label(const char *s, size_t n);
/* Does the story read as a transcript: three paragraphs or more open
 * with such a label?  Asked once, then kept in doc->transcript. */
bool doc_transcript(struct pc_doc *doc);
/* The lede: the index of the first claim of the body (nclaims when
 * there is none). */
size_t doc_lede(const struct pc_doc *doc);
void block_append(struct pc_doc *doc, struct block *b, size_t *cap,
		  size_t *capmap, const char *s, size_t n, size_t src_off);
/* Text that stands for the src_len input bytes at src_off (an entity):
 * a run of its own, whose inside maps to its start. */
void block_append_replaced(struct pc_doc *doc, struct block *b, size_t *cap,
			   size_t *capmap, const char *s, size_t n, size_t src_off,
			   size_t src_len);
/* Input offset of the text byte at text_off, and the input offset just
 * after the text bytes that end at text_end. */
size_t block_src_offset(const struct block *b, size_t text_off);
size_t block_src_end(const struct block *b, size_t text_end);
void doc_position(struct pc_doc *doc, size_t off, int *line, int *col);
void doc_warn(struct pc_doc *doc, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
struct source *claim_add_source(struct pc_doc *doc, struct claim *c);
/* Whether the byte at `off` of the claim's text (counted from c->tstart
 * in its block's text) is inside the mention of one of its own sources. */
bool claim_in_mention(const struct claim *c, size_t off);
void claim_add_corpus_origin(struct pc_doc *doc, struct claim *c, const char *name,
			     const char *path, int line);

const char *block_kind_name(enum block_kind k);
const char *claim_kind_name(enum claim_kind k);
const char *status_name(enum claim_status s);
const char *source_type_name(enum source_type t);
int source_type_from_name(const char *s);

/* Analyses `text` as one body paragraph, or a headline (rule examples,
 * tests). */
struct pc_doc *pc_doc_check_paragraph(const pc_rules *rules, const char *text,
				      bool heading);

#endif
