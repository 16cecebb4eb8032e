/* What the HTML and XML readers share: libxml2 set up so that no parser
 * reaches the network or the file system or expands an entity, and a
 * cursor that finds the bytes of each parsed text node in the source,
 * since libxml2 keeps a line for elements but no offset for text. */
#ifndef PC_READ_MARKUP_H
#define PC_READ_MARKUP_H

#include <libxml/parser.h>
#include <libxml/tree.h>

#include "read.h"

/* Deepest element nesting a reader follows; deeper is an error. */
#define MARKUP_MAX_DEPTH 256

/* Parses doc->data (UTF-8 by now) as XML or HTML.  NULL and *err
 * ("path:line:col: error: ...") when it is not usable. */
xmlDocPtr markup_parse_xml(struct pc_doc *doc, char **err);
xmlDocPtr markup_parse_html(struct pc_doc *doc, char **err);
/* Parses XML with the given SAX callbacks (the entity and loader ones
 * replaced by safe ones); the callbacks get the parser context, and
 * markup_sax_user() of it gives `user` back.  `part` names the package
 * part for messages (NULL: doc->data itself, already UTF-8); with `out`
 * the SAX2 tree is handed over. */
int markup_parse_sax(struct pc_doc *doc, const char *part, const char *data, size_t len,
		     const xmlSAXHandler *sax, void *user, xmlDocPtr *out, char **err);
void *markup_sax_user(void *ctx);

struct markup_cursor {
	const char *src;
	size_t len, pos;
	bool html;
	bool in_cdata;
	size_t misses; /* text nodes not found where expected */
};

void markup_cursor_init(struct markup_cursor *cur, const struct pc_doc *doc, bool html);

/* A paragraph being gathered from text nodes. */
struct markup_para {
	struct block raw;
	size_t cap, capmap;
	enum block_kind hint;
	bool open, breaks;
	bool after_br; /* nothing but blanks since the last line break */
	size_t mark; /* text offset where a credit starts, or SIZE_MAX */
};

/* Finds the text node's content in the source from the cursor on and
 * moves the cursor past it; with a paragraph, appends the content mapped
 * to its source bytes (ASCII whitespace as spaces). */
void markup_text(struct pc_doc *doc, struct markup_cursor *cur, struct markup_para *p,
		 const char *text);
void markup_para_start(struct markup_para *p, enum block_kind hint);
/* A line break inside the paragraph; true when it is the second in a
 * row, which markup without <p> ("text<br><br>text") means as a new
 * paragraph. */
bool markup_para_break(struct pc_doc *doc, struct markup_cursor *cur, struct markup_para *p);
bool markup_para_blank(const struct markup_para *p);
/* Hands a finished paragraph to read_paragraph(); a blank one is dropped. */
void markup_para_flush(struct pc_doc *doc, const pc_rules *rules, struct read_ctx *ctx,
		       struct markup_para *p);

/* Element name and attribute tests, namespace prefixes ignored. */
bool markup_is(const xmlNode *n, const char *name);
/* Whether the class (or id, itemprop, role) attribute holds one of the
 * words of `words` ("a|b|c") as a word or a dash-separated part. */
bool markup_attr_has(const xmlNode *n, const char *attr, const char *words);
/* The element's text, whitespace folded, in the arena. */
char *markup_text_content(struct pc_doc *doc, const xmlNode *n);

#endif
