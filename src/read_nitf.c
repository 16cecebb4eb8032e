/* Wire items: IPTC NITF and NewsML-G2 (whose inlineXML carries NITF or
 * XHTML).  Elements are known by their local names, namespaces aside.
 * The distributor or credit line is recorded on the document: it says
 * who delivered the item, not who stated any claim in it. */
#include <string.h>
#include <strings.h>

#include "module.h"
#include "read_markup.h"
#include "util.h"

struct nitf_state {
	struct pc_doc *doc;
	const pc_rules *rules;
	struct read_ctx ctx;
	struct markup_cursor cur;
	struct markup_para para;
};

static void flush(struct nitf_state *st)
{
	markup_para_flush(st->doc, st->rules, &st->ctx, &st->para);
}

static bool named(const xmlNode *n, const char *names)
{
	if (n->type != XML_ELEMENT_NODE)
		return false;
	size_t l = strlen((const char *)n->name);
	for (const char *p = names; *p;) {
		size_t k = strcspn(p, "|");
		if (k == l && !strncasecmp(p, (const char *)n->name, k))
			return true;
		p += k + (p[k] == '|');
	}
	return false;
}

enum role { ROLE_PASS, ROLE_SKIP, ROLE_CREDIT, ROLE_CONTENT, ROLE_PARA };

/* What an element is to the reader, and the paragraph kind it starts. */
static enum role element_role(struct nitf_state *st, const xmlNode *n, enum block_kind outer,
			      enum block_kind *hint)
{
	*hint = outer;
	if (named(n, "head|docdata|itemMeta|rightsInfo|catalogRef|title|slugline|keyword|"
		  "subject|genre|located|infoSource|creator|contributor|language|"
		  "inlineData|table|note|fn|bibliography|abstract|urgency|"
		  "contentCreated|contentModified|firstCreated|versionCreated|"
		  "altId|memberOf|instanceOf|signal|edNote|link|audience|media-reference|"
		  "media-metadata|media-object|identified-content|script|style"))
		return ROLE_SKIP;
	if (named(n, "distributor|creditline|copyrite|copyright"))
		return ROLE_CREDIT;
	if (named(n, "body.content|block|inlineXML|body"))
		return ROLE_CONTENT;
	if (named(n, "hl1|headline|h1")) {
		*hint = BLOCK_HEADLINE;
		return ROLE_PARA;
	}
	if (named(n, "hl2|h2|h3|h4|h5|h6|description")) {
		*hint = !st->ctx.seen_body && !st->ctx.seen_dek ? BLOCK_DEK : BLOCK_HEADING;
		return ROLE_PARA;
	}
	if (named(n, "byline|by|tagline")) {
		*hint = BLOCK_BYLINE;
		return ROLE_PARA;
	}
	if (named(n, "dateline")) {
		*hint = BLOCK_DATELINE;
		return ROLE_PARA;
	}
	if (named(n, "media-caption|figcaption")) {
		*hint = BLOCK_CAPTION;
		return ROLE_PARA;
	}
	if (named(n, "media-producer")) {
		*hint = BLOCK_CREDIT;
		return ROLE_PARA;
	}
	if (named(n, "bq|blockquote")) {
		*hint = BLOCK_QUOTE;
		return ROLE_CONTENT;
	}
	if (named(n, "credit") && outer == BLOCK_QUOTE)
		return ROLE_SKIP; /* who is quoted: the quotation says it in words */
	if (named(n, "li|dd|dt")) {
		*hint = BLOCK_LIST_ITEM;
		return ROLE_PARA;
	}
	if (named(n, "p|pre"))
		return ROLE_PARA;
	return ROLE_PASS;
}

static void walk(struct nitf_state *st, xmlNode *parent, bool want, enum block_kind hint)
{
	for (xmlNode *n = parent->children; n; n = n->next) {
		if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
			if (want && !st->para.open)
				markup_para_start(&st->para, hint);
			markup_text(st->doc, &st->cur, want ? &st->para : NULL,
				    (const char *)n->content);
			continue;
		}
		if (n->type != XML_ELEMENT_NODE)
			continue;
		if (named(n, "br")) {
			if (want)
				if (markup_para_break(st->doc, &st->cur, &st->para))
					flush(st);
			continue;
		}
		enum block_kind h;
		switch (element_role(st, n, hint, &h)) {
		case ROLE_SKIP:
			walk(st, n, false, hint);
			break;
		case ROLE_CREDIT:
			if (!st->doc->credit)
				st->doc->credit = markup_text_content(st->doc, n);
			walk(st, n, false, hint);
			break;
		case ROLE_CONTENT:
			flush(st);
			walk(st, n, true, h);
			flush(st);
			break;
		case ROLE_PARA:
			flush(st);
			markup_para_start(&st->para, h);
			walk(st, n, true, h);
			flush(st);
			break;
		case ROLE_PASS:
			walk(st, n, want, hint);
			break;
		}
	}
}

int xml_read_nitf(struct pc_doc *doc, const pc_rules *rules, char **err)
{
	xmlDocPtr x = markup_parse_xml(doc, err);
	if (!x)
		return -1;
	struct nitf_state st = { .doc = doc, .rules = rules };
	const char *root = (const char *)xmlDocGetRootElement(x)->name;
	doc->format = !strcasecmp(root, "nitf") ? "nitf" : "newsml";
	markup_cursor_init(&st.cur, doc, false);
	walk(&st, (xmlNode *)x, false, BLOCK_BODY);
	flush(&st);
	read_finish(doc);
	xmlFreeDoc(x);
	return 0;
}
