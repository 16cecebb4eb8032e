/* HTML pages through libxml2's HTML parser.  The article is the
 * <article> (or articleBody, story body, <main>) holding the most
 * paragraphs, widened to take in the page's <h1>; navigation, asides,
 * footers, forms, scripts, cookie banners and related-links boxes are
 * not article text.  Block elements make paragraphs, inline ones add to
 * them, and every text node's bytes are found again in the source so
 * that each sentence keeps its line and column in the file. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "module.h"
#include "read_markup.h"
#include "util.h"

#define BOILERPLATE_WORDS                                                         \
	"cookie|cookies|consent|gdpr|newsletter|subscribe|subscription|signup|"     \
	"paywall|promo|promotion|advert|advertisement|ad|ads|adslot|sponsor|"        \
	"sponsored|related|recommended|recirc|readmore|mostread|most-read|trending|" \
	"popular|share|sharing|social|comments|comment|breadcrumb|breadcrumbs|nav|"  \
	"navigation|menu|sidebar|toolbar|skip|sr-only|visually-hidden|"      \
	"outbrain|taboola|tags|topics|banner|modal|popup|footer|masthead|logo|site-title|sitename|site-name"
#define DEK_WORDS "dek|standfirst|subtitle|subheadline|subhead|strapline|summary|deck|sub-headline"
#define BYLINE_WORDS "byline|author|authors|contributor|contributors|writer|by"
#define LABEL_WORDS \
	"timestamp|date|time|published|updated|pubdate|kicker|eyebrow|label|category|section-name|meta"
#define CREDIT_WORDS "credit|credits|copyright|photographer|attribution|source"

struct html_state {
	struct pc_doc *doc;
	const pc_rules *rules;
	struct read_ctx ctx;
	struct markup_cursor cur;
	struct markup_para para;
	const xmlNode *container, *headline;
	const xmlNode **keep; /* the container, the headline and their ancestors */
	size_t nkeep;
	bool use_title;
};

static const char *const block_names[] = {
	"address", "article", "aside", "blockquote", "dd", "details", "dialog", "div",
	"dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2",
	"h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "nav", "ol",
	"p", "pre", "section", "table", "tr", "td", "th", "ul", "title", "summary",
	"body", "html", "head", "caption",
};

static bool is_block(const xmlNode *n)
{
	for (size_t i = 0; i < COUNTOF(block_names); i++)
		if (markup_is(n, block_names[i]))
			return true;
	return false;
}

/* A <time> with no words beside it ("<time>Oct. 18, 6:05 a.m.</time>"
 * between blocks, or alone in its <p>) is the page's timestamp: a block
 * of its own, where one inside a sentence stays part of it. */
static bool lone_time(const xmlNode *n)
{
	if (!markup_is(n, "time") || !n->parent)
		return false;
	for (const xmlNode *s = n->parent->children; s; s = s->next) {
		if (s == n)
			continue;
		if (s->type == XML_TEXT_NODE) {
			for (const xmlChar *c = s->content; c && *c; c++)
				if (!strchr(" \t\r\n", *c))
					return false;
		} else if (s->type == XML_ELEMENT_NODE && !is_block(s)) {
			return false;
		}
	}
	return true;
}

/* The next node in document order under `root`, children first. */
static xmlNode *next_node(xmlNode *n, const xmlNode *root, int *depth)
{
	if (n->children && n->type == XML_ELEMENT_NODE) {
		++*depth;
		return n->children;
	}
	while (n && n != root) {
		if (n->next)
			return n->next;
		n = n->parent;
		--*depth;
	}
	return NULL;
}

static size_t count_paragraphs(const xmlNode *n)
{
	size_t c = 0;
	int depth = 0;
	for (xmlNode *k = n->children; k; k = next_node(k, n, &depth))
		c += markup_is(k, "p");
	return c;
}

static bool is_content_box(const xmlNode *n)
{
	return markup_attr_has(n, "itemprop", "articleBody") ||
	       markup_attr_has(n, "class", "articleBody|article-body|story-body|storybody|"
				"entry-content|post-content|article-content|story-content");
}

/* An <h1> that can be the article's headline: not in navigation, a
 * footer or an aside, and not the site's name set as its logo. */
static bool headline_candidate(const xmlNode *n)
{
	if (!markup_is(n, "h1") || markup_attr_has(n, "class", "logo|brand|masthead|site-title|"
						   "sitename|site-name") ||
	    markup_attr_has(n, "id", "logo|brand|masthead|site-title"))
		return false;
	for (const xmlNode *a = n->parent; a && a->type == XML_ELEMENT_NODE; a = a->parent)
		if (markup_is(a, "nav") || markup_is(a, "footer") || markup_is(a, "aside"))
			return false;
	return true;
}

/* Walks the page once: checks the nesting depth, finds the best article
 * container and the headline. */
static int survey(struct html_state *st, xmlNode *root, char **err)
{
	const xmlNode *article = NULL, *box = NULL, *main_el = NULL, *body = NULL;
	const xmlNode *first_h1 = NULL;
	size_t best = 0, best_box = 0;
	int depth = 0;
	for (xmlNode *n = root; n; n = next_node(n, root, &depth)) {
		if (depth > MARKUP_MAX_DEPTH) {
			*err = xasprintf("%s:%d:1: error: elements nested deeper than %d levels; "
					 "this is not a page provcheck can read", st->doc->path,
					 xmlGetLineNo(n) > 0 ? (int)xmlGetLineNo(n) : 1,
					 MARKUP_MAX_DEPTH);
			return -1;
		}
		if (n->type != XML_ELEMENT_NODE)
			continue;
		if (markup_is(n, "article")) {
			size_t c = count_paragraphs(n);
			if (!article || c > best)
				article = n, best = c;
		} else if (is_content_box(n)) {
			size_t c = count_paragraphs(n);
			if (!box || c > best_box)
				box = n, best_box = c;
		} else if (markup_is(n, "main") && !main_el) {
			main_el = n;
		} else if (markup_is(n, "body") && !body) {
			body = n;
		} else if (!first_h1 && headline_candidate(n)) {
			first_h1 = n;
		}
	}
	st->container = article ? article : box ? box : main_el ? main_el : body ? body : root;
	/* a headline outside the article: widen to the nearest common box */
	const xmlNode *h1 = NULL;
	depth = 0;
	for (xmlNode *n = st->container->children; n && !h1; n = next_node(n, st->container, &depth))
		if (headline_candidate(n))
			h1 = n;
	if (!h1 && first_h1) {
		h1 = first_h1;
		for (const xmlNode *a = st->container; a; a = a->parent) {
			const xmlNode *b = h1;
			while (b && b != a)
				b = b->parent;
			if (b == a) {
				st->container = a;
				break;
			}
		}
	}
	st->headline = h1;
	st->use_title = !h1;
	size_t cap = 0;
	for (int pass = 0; pass < 2; pass++)
		for (const xmlNode *a = pass ? st->headline : st->container; a; a = a->parent) {
			st->keep = arena_grow(&st->doc->arena, st->keep, &cap, st->nkeep + 1,
					      sizeof(*st->keep));
			st->keep[st->nkeep++] = a;
		}
	return 0;
}

static bool kept(const struct html_state *st, const xmlNode *n)
{
	for (size_t i = 0; i < st->nkeep; i++)
		if (st->keep[i] == n)
			return true;
	return false;
}

static bool in_article(const xmlNode *n)
{
	for (const xmlNode *a = n->parent; a && a->type == XML_ELEMENT_NODE; a = a->parent)
		if (markup_is(a, "article") || is_content_box(a) || markup_is(a, "main"))
			return true;
	return false;
}

static bool is_boilerplate(const struct html_state *st, const xmlNode *n)
{
	static const char *const drop[] = {
		"nav", "aside", "footer", "form", "noscript", "template", "button",
		"select", "svg", "canvas", "object", "embed", "audio", "video", "map",
		"dialog", "menu", "table", "pre", "iframe", "input", "textarea", "label",
	};
	if (kept(st, n))
		return false;
	for (size_t i = 0; i < COUNTOF(drop); i++)
		if (markup_is(n, drop[i]))
			return true;
	if (markup_is(n, "header") && !in_article(n))
		return true;
	if (xmlHasProp(n, (const xmlChar *)"hidden") ||
	    markup_attr_has(n, "aria-hidden", "true") ||
	    markup_attr_has(n, "role", "navigation|banner|complementary|contentinfo|dialog|"
			    "search|alert|alertdialog"))
		return true;
	return markup_attr_has(n, "class", BOILERPLATE_WORDS) ||
	       markup_attr_has(n, "id", BOILERPLATE_WORDS);
}

/* Drops a trailing " | Site name" from a <title>. */
static void trim_site_name(struct markup_para *p)
{
	static const char *const seps[] = { " | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ",
					    " :: ", " \xC2\xB7 " };
	for (size_t k = 0; k < COUNTOF(seps); k++) {
		const char *hit = NULL, *q = p->raw.text;
		while (q && (q = mem_find(q, p->raw.len - (size_t)(q - p->raw.text), seps[k],
					  strlen(seps[k])))) {
			hit = q;
			q += strlen(seps[k]);
		}
		if (hit && p->raw.len - (size_t)(hit - p->raw.text) <= 48) {
			p->raw.len = (size_t)(hit - p->raw.text);
			p->raw.text[p->raw.len] = '\0';
			return;
		}
	}
}

static void flush(struct html_state *st)
{
	markup_para_flush(st->doc, st->rules, &st->ctx, &st->para);
}

static void open_para(struct html_state *st, enum block_kind hint)
{
	flush(st);
	markup_para_start(&st->para, hint);
}

/* The kind of paragraph a block element starts, given the kind of the
 * block around it. */
static enum block_kind block_hint(struct html_state *st, const xmlNode *n, enum block_kind outer)
{
	/* what a byline or meta box says of its own text, not of the
	 * paragraphs inside it */
	if (outer != BLOCK_QUOTE && outer != BLOCK_LIST_ITEM && outer != BLOCK_CAPTION &&
	    outer != BLOCK_CREDIT)
		outer = BLOCK_BODY;
	if (n == st->headline)
		return BLOCK_HEADLINE;
	if (markup_is(n, "h1") || markup_is(n, "h2") || markup_is(n, "h3") ||
	    markup_is(n, "h4") || markup_is(n, "h5") || markup_is(n, "h6")) {
		if (markup_attr_has(n, "class", DEK_WORDS) ||
		    (st->ctx.seen_headline && !st->ctx.seen_body && !st->ctx.seen_dek &&
		     (markup_is(n, "h2") || markup_is(n, "h3"))))
			return BLOCK_DEK;
		return BLOCK_HEADING;
	}
	if (markup_is(n, "li"))
		return BLOCK_LIST_ITEM;
	if (markup_is(n, "blockquote"))
		return BLOCK_QUOTE;
	if (markup_is(n, "figcaption"))
		return BLOCK_CAPTION;
	if (outer == BLOCK_CAPTION && (markup_is(n, "small") || markup_is(n, "cite") ||
				       markup_attr_has(n, "class", CREDIT_WORDS)))
		return BLOCK_CREDIT;
	if (outer == BLOCK_QUOTE || outer == BLOCK_LIST_ITEM || outer == BLOCK_CAPTION ||
	    outer == BLOCK_CREDIT)
		return outer;
	if (markup_is(n, "address") || markup_attr_has(n, "class", BYLINE_WORDS) ||
	    markup_attr_has(n, "rel", "author") || markup_attr_has(n, "itemprop", "author"))
		return BLOCK_BYLINE;
	if (markup_attr_has(n, "class", "dateline"))
		return BLOCK_DATELINE;
	if (markup_attr_has(n, "class", DEK_WORDS) ||
	    markup_attr_has(n, "itemprop", "description|alternativeHeadline"))
		return st->ctx.seen_body ? BLOCK_BODY : BLOCK_DEK;
	if (markup_is(n, "time") || markup_attr_has(n, "class", LABEL_WORDS))
		return BLOCK_LABEL;
	return outer;
}

static void walk(struct html_state *st, xmlNode *parent, bool inside, bool dropped,
		 enum block_kind hint)
{
	for (xmlNode *n = parent->children; n; n = n->next) {
		if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
			bool want = inside && !dropped;
			if (want && !st->para.open)
				open_para(st, hint);
			markup_text(st->doc, &st->cur, want ? &st->para : NULL,
				    (const char *)n->content);
			continue;
		}
		if (n->type != XML_ELEMENT_NODE)
			continue;
		/* raw text: the cursor steps over it with the start tag */
		if (markup_is(n, "script") || markup_is(n, "style"))
			continue;
		if (markup_is(n, "br")) {
			if (inside && !dropped)
				if (markup_para_break(st->doc, &st->cur, &st->para))
					flush(st);
			continue;
		}
		if (markup_is(n, "title") && !dropped) {
			bool want = st->use_title;
			if (want)
				open_para(st, BLOCK_HEADLINE);
			walk(st, n, want, !want, BLOCK_HEADLINE);
			if (want) {
				trim_site_name(&st->para);
				flush(st);
				st->use_title = false;
			}
			continue;
		}
		bool in = inside || n == st->container;
		bool drop = dropped || is_boilerplate(st, n);
		if (!is_block(n) && !(hint == BLOCK_CAPTION && block_hint(st, n, hint) == BLOCK_CREDIT) &&
		    !lone_time(n)) {
			walk(st, n, in, drop, hint);
			continue;
		}
		enum block_kind h = in && !drop ? block_hint(st, n, hint) : hint;
		if (in && !drop)
			open_para(st, h);
		walk(st, n, in, drop, h);
		/* text after a nested block opens a paragraph of the outer kind */
		if (in && !drop)
			flush(st);
	}
}

int xml_read_html(struct pc_doc *doc, const pc_rules *rules, char **err)
{
	int rc = -1;
	xmlDocPtr x = markup_parse_html(doc, err);
	if (!x)
		return -1;
	struct html_state st = { .doc = doc, .rules = rules };
	xmlNode *root = xmlDocGetRootElement(x);
	if (!root) {
		rc = 0; /* an empty page: no claims */
		goto out;
	}
	if (survey(&st, root, err))
		goto out;
	markup_cursor_init(&st.cur, doc, true);
	walk(&st, (xmlNode *)x, false, false, BLOCK_BODY);
	flush(&st);
	read_finish(doc);
	rc = 0;
out:
	xmlFreeDoc(x);
	return rc;
}
