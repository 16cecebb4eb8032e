/* Readers turn an input file into blocks of the document model; nothing
 * after them knows the input format. */
#ifndef PC_READ_H
#define PC_READ_H

#include "doc.h"
#include "rules.h"

/* Checks the bytes (NUL, invalid UTF-8) and dispatches on the format.
 * Returns 0, or -1 with *err set to "path:line:col: error: ...". */
int read_document(struct pc_doc *doc, const pc_rules *rules,
		  enum pc_format format, char **err);

int read_text(struct pc_doc *doc, const pc_rules *rules);
int read_markdown(struct pc_doc *doc, const pc_rules *rules);
int read_html(struct pc_doc *doc, const pc_rules *rules, char **err);
int read_nitf(struct pc_doc *doc, const pc_rules *rules, char **err);
int read_office(struct pc_doc *doc, const pc_rules *rules, bool odt, char **err);
/* Replaces doc->data by its UTF-8 decoding (BOM, then the declared
 * charset; invalid bytes become U+FFFD with a warning). */
int read_decode(struct pc_doc *doc, bool html, char **err);

/* Shared paragraph heuristics, on whitespace-folded text. */
bool read_is_label(const char *s, size_t n);
bool read_is_byline(const char *s, size_t n);
bool read_looks_headline(const char *s, size_t n, bool first);
/* Length of a wire dateline ("KYIV, Nov 3 (Reuters) - ") at the start of
 * s, dash and following blanks included; 0 when there is none. */
size_t read_dateline(const pc_rules *rules, const char *s, size_t n,
		     const struct gaz_entry **wire);
/* Where a photo credit starts inside caption text s, or n when none;
 * *cap_end gets the end of the caption proper. */
size_t read_credit(const pc_rules *rules, const char *s, size_t n, size_t *cap_end);

/* A plain-text line that is a provcheck comment ("# provcheck: disable
 * unsourced"): not article text.  Returns the offset in the line of the
 * word "provcheck", or -1. */
long read_text_directive(const char *line, size_t n);

/* State carried from paragraph to paragraph while reading. */
struct read_ctx {
	bool seen_headline, seen_dek, seen_body;
	bool dek_allowed; /* the paragraph directly follows the headline */
	int para;
};

/* Classifies a raw paragraph (a scratch block whose text and map came
 * from the input) and adds the resulting blocks to the document: a
 * headline, byline, label, caption with its credit, a dateline and the
 * body after it.  `hint` is the structural kind the reader saw. */
void read_paragraph(struct pc_doc *doc, const pc_rules *rules,
		    struct read_ctx *ctx, const struct block *raw,
		    enum block_kind hint, bool single_line);
/* Turns body paragraphs that repeat a caption into captions. */
void read_finish(struct pc_doc *doc);
void read_author_note(struct pc_doc *doc, const pc_rules *rules);

#endif
