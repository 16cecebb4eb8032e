#include "read_markup.h"

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/SAX2.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "util.h"

/* ---- hardened parsers ------------------------------------------------ */

/* No parser of ours loads anything but the buffer it is given: every
 * external entity, DTD or XInclude request fails here, whatever the
 * options say. */
static xmlParserInputPtr deny_loader(const char *url, const char *id, xmlParserCtxtPtr ctxt)
{
	(void)url;
	(void)id;
	(void)ctxt;
	return NULL;
}

static pthread_once_t init_once = PTHREAD_ONCE_INIT;

static void markup_init(void)
{
	xmlInitParser();
	xmlSetExternalEntityLoader(deny_loader);
}

/* Entity declarations are dropped, so a reference to anything but the
 * five predefined entities stays unexpanded: no XXE, no billion laughs. */
static xmlEntityPtr get_entity(void *ctx, const xmlChar *name)
{
	(void)ctx;
	return xmlGetPredefinedEntity(name);
}

static xmlEntityPtr get_param_entity(void *ctx, const xmlChar *name)
{
	(void)ctx;
	(void)name;
	return NULL;
}

static void entity_decl(void *ctx, const xmlChar *name, int type, const xmlChar *pub,
			const xmlChar *sys, xmlChar *content)
{
	(void)ctx, (void)name, (void)type, (void)pub, (void)sys, (void)content;
}

static void unparsed_decl(void *ctx, const xmlChar *name, const xmlChar *pub,
			  const xmlChar *sys, const xmlChar *notation)
{
	(void)ctx, (void)name, (void)pub, (void)sys, (void)notation;
}

static void external_subset(void *ctx, const xmlChar *name, const xmlChar *pub,
			    const xmlChar *sys)
{
	(void)ctx, (void)name, (void)pub, (void)sys;
}

static xmlParserInputPtr resolve_entity(void *ctx, const xmlChar *pub, const xmlChar *sys)
{
	(void)ctx, (void)pub, (void)sys;
	return NULL;
}

struct parse_state {
	struct pc_doc *doc;
	const char *part;
	void *user;
	char *first_error;
	int entity_warned;
};

void *markup_sax_user(void *ctx)
{
	xmlParserCtxtPtr ctxt = ctx;
	return ((struct parse_state *)ctxt->_private)->user;
}

static void on_error(void *data, xmlErrorPtr e)
{
	xmlParserCtxtPtr ctxt = data;
	struct parse_state *ps = ctxt->_private;
	if (!ps || !e || e->level < XML_ERR_ERROR)
		return;
	int line = e->line > 0 ? e->line : 1, col = e->int2 > 0 ? e->int2 : 1;
	char *where = ps->part ? xasprintf("%s: ", ps->doc->path)
			       : xasprintf("%s:%d:%d: ", ps->doc->path, line, col);
	char *part = ps->part ? xasprintf(" in %s at line %d", ps->part, line) : xasprintf("%s", "");
	if (e->code == XML_ERR_UNDECLARED_ENTITY || e->code == XML_WAR_UNDECLARED_ENTITY) {
		if (!ps->entity_warned++)
			doc_warn(ps->doc, "%swarning: entity reference%s not expanded (provcheck "
				 "never expands declared entities or loads DTDs)", where, part);
		goto out;
	}
	if (ps->first_error)
		goto out;
	const char *msg = e->message ? e->message : "parse error";
	if (strstr(msg, "Excessive depth") || strstr(msg, "Maximum"))
		msg = "elements nested deeper than 256 levels\n";
	ps->first_error = xasprintf("%serror: not well-formed XML%s: %.*s", where, part,
				    (int)strcspn(msg, "\n"), msg);
out:
	free(where);
	free(part);
}

int markup_parse_sax(struct pc_doc *doc, const char *part, const char *data, size_t len,
		     const xmlSAXHandler *sax, void *user, xmlDocPtr *out, char **err)
{
	pthread_once(&init_once, markup_init);
	struct parse_state ps = { .doc = doc, .part = part, .user = user };
	xmlParserCtxtPtr ctxt = xmlCreateMemoryParserCtxt(data, (int)len);
	if (!ctxt) {
		*err = xasprintf("%s: error: %s%scannot be parsed", doc->path,
				 part ? part : "", part ? " " : "");
		return -1;
	}
	if (sax)
		*ctxt->sax = *sax;
	ctxt->sax->initialized = XML_SAX2_MAGIC;
	ctxt->sax->getEntity = get_entity;
	ctxt->sax->getParameterEntity = get_param_entity;
	ctxt->sax->entityDecl = entity_decl;
	ctxt->sax->unparsedEntityDecl = unparsed_decl;
	ctxt->sax->externalSubset = external_subset;
	ctxt->sax->resolveEntity = resolve_entity;
	ctxt->sax->serror = on_error;
	ctxt->_private = &ps;
	/* the bytes are UTF-8 already unless they come from a package part */
	xmlCtxtUseOptions(ctxt, XML_PARSE_NONET | XML_PARSE_RECOVER | XML_PARSE_NOERROR |
			  XML_PARSE_NOWARNING | XML_PARSE_NOCDATA |
			  (part ? 0 : XML_PARSE_IGNORE_ENC));
	xmlParseDocument(ctxt);
	int rc = 0;
	if (!ps.first_error && out && (!ctxt->myDoc || !xmlDocGetRootElement(ctxt->myDoc)))
		ps.first_error = xasprintf("%s:1:1: error: no XML document element", doc->path);
	if (ps.first_error) {
		*err = ps.first_error;
		rc = -1;
	} else if (out) {
		*out = ctxt->myDoc;
		ctxt->myDoc = NULL;
	}
	xmlFreeDoc(ctxt->myDoc);
	ctxt->myDoc = NULL;
	xmlFreeParserCtxt(ctxt);
	return rc;
}

xmlDocPtr markup_parse_xml(struct pc_doc *doc, char **err)
{
	xmlSAXHandler sax;
	xmlDocPtr x = NULL;
	memset(&sax, 0, sizeof(sax));
	xmlSAXVersion(&sax, 2);
	if (markup_parse_sax(doc, NULL, doc->data, doc->len, &sax, NULL, &x, err))
		return NULL;
	return x;
}

xmlDocPtr markup_parse_html(struct pc_doc *doc, char **err)
{
	pthread_once(&init_once, markup_init);
	htmlParserCtxtPtr ctxt = htmlNewParserCtxt();
	if (!ctxt) {
		*err = xasprintf("%s: error: out of memory", doc->path);
		return NULL;
	}
	htmlDocPtr x = htmlCtxtReadMemory(ctxt, doc->data, (int)doc->len, NULL, "UTF-8",
					  HTML_PARSE_RECOVER | HTML_PARSE_NONET |
					  HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
					  HTML_PARSE_IGNORE_ENC);
	/* libxml2 stops at its own depth limit and keeps what it has read:
	 * a page cut short is an error, not a shorter article */
	xmlErrorPtr e = xmlCtxtGetLastError(ctxt);
	if (x && e && e->message && strstr(e->message, "Excessive depth")) {
		*err = xasprintf("%s:%d:1: error: elements nested deeper than %d levels; this is "
				 "not a page provcheck can read", doc->path, e->line > 0 ? e->line : 1,
				 MARKUP_MAX_DEPTH);
		xmlFreeDoc(x);
		x = NULL;
	} else if (!x) {
		*err = xasprintf("%s:1:1: error: cannot parse the HTML", doc->path);
	}
	htmlFreeParserCtxt(ctxt);
	return x;
}

/* ---- names and attributes -------------------------------------------- */

bool markup_is(const xmlNode *n, const char *name)
{
	return n && n->type == XML_ELEMENT_NODE && !strcasecmp((const char *)n->name, name);
}

static bool word_in(const char *w, size_t wl, const char *words)
{
	for (const char *p = words; *p;) {
		size_t l = strcspn(p, "|");
		if (l == wl && !strncasecmp(p, w, l))
			return true;
		p += l + (p[l] == '|');
	}
	return false;
}

bool markup_attr_has(const xmlNode *n, const char *attr, const char *words)
{
	if (!n || n->type != XML_ELEMENT_NODE)
		return false;
	xmlChar *v = xmlGetProp(n, (const xmlChar *)attr);
	if (!v)
		return false;
	bool hit = false;
	const char *s = (const char *)v;
	for (size_t i = 0; s[i] && !hit;) {
		while (s[i] == ' ' || s[i] == '\t' || s[i] == '\n')
			i++;
		size_t st = i;
		while (s[i] && s[i] != ' ' && s[i] != '\t' && s[i] != '\n')
			i++;
		/* "story-dek", "article__byline", "c-cookie_banner" */
		for (size_t a = st; a < i && !hit;) {
			size_t b = a;
			while (b < i && s[b] != '-' && s[b] != '_')
				b++;
			hit = word_in(s + a, b - a, words);
			a = b + 1;
		}
		hit = hit || word_in(s + st, i - st, words);
	}
	xmlFree(v);
	return hit;
}

char *markup_text_content(struct pc_doc *doc, const xmlNode *n)
{
	xmlChar *t = xmlNodeGetContent(n);
	char *s = str_fold(&doc->arena, t ? (const char *)t : "", t ? strlen((const char *)t) : 0);
	xmlFree(t);
	return s;
}

/* ---- the cursor ----------------------------------------------------------- */

void markup_cursor_init(struct markup_cursor *cur, const struct pc_doc *doc, bool html)
{
	memset(cur, 0, sizeof(*cur));
	cur->src = doc->data;
	cur->len = doc->len;
	cur->html = html;
}

static bool at(const struct markup_cursor *c, size_t pos, const char *lit)
{
	size_t l = strlen(lit);
	return pos + l <= c->len && !strncasecmp(c->src + pos, lit, l);
}

static size_t find(const struct markup_cursor *c, size_t from, const char *lit)
{
	const char *hit = mem_find(c->src + from, c->len - from, lit, strlen(lit));
	return hit ? (size_t)(hit - c->src) + strlen(lit) : c->len;
}

/* The end of an HTML element whose content is raw text, from `from`. */
static size_t raw_text_end(const struct markup_cursor *c, size_t from, const char *name)
{
	size_t nl = strlen(name);
	for (size_t i = from; i + 2 + nl <= c->len; i++) {
		if (c->src[i] == '<' && c->src[i + 1] == '/' &&
		    !strncasecmp(c->src + i + 2, name, nl))
			return i;
	}
	return c->len;
}

/* When markup starts at pos, the offset after it; 0 when pos holds text. */
static size_t skip_markup(struct markup_cursor *c, size_t pos)
{
	const char *s = c->src;
	if (at(c, pos, "<!--"))
		return find(c, pos + 4, "-->");
	if (!c->html && at(c, pos, "<![CDATA[")) {
		c->in_cdata = true;
		return pos + 9;
	}
	if (at(c, pos, "<?"))
		return find(c, pos + 2, c->html ? ">" : "?>");
	if (at(c, pos, "<!") && c->html)
		return find(c, pos + 2, ">"); /* HTML has no internal subset */
	if (at(c, pos, "<!")) {
		/* a DOCTYPE, maybe with an internal subset in brackets */
		size_t i = pos + 2;
		int depth = 0;
		char q = 0;
		for (; i < c->len; i++) {
			char ch = s[i];
			if (q) {
				q = ch == q ? 0 : q;
			} else if (ch == '"' || ch == '\'') {
				q = ch;
			} else if (ch == '[') {
				depth++;
			} else if (ch == ']') {
				depth--;
			} else if (ch == '>' && depth <= 0) {
				return i + 1;
			}
		}
		return c->len;
	}
	size_t i = pos + 1;
	bool close = i < c->len && s[i] == '/';
	i += close;
	if (i >= c->len || !((s[i] | 0x20) >= 'a' && (s[i] | 0x20) <= 'z'))
		return 0;
	size_t name = i;
	while (i < c->len && s[i] != '>' && s[i] != ' ' && s[i] != '/' && s[i] != '\t' &&
	       s[i] != '\n' && s[i] != '\r')
		i++;
	size_t name_len = i - name;
	char q = 0;
	for (; i < c->len; i++) {
		if (q)
			q = s[i] == q ? 0 : q;
		else if (s[i] == '"' || s[i] == '\'')
			q = s[i];
		else if (s[i] == '>')
			break;
	}
	size_t end = i < c->len ? i + 1 : c->len;
	if (c->html && !close && s[end - 2] != '/') {
		static const char *const raw[] = { "script", "style", "xmp", "iframe",
						   "noembed", "noframes" };
		for (size_t k = 0; k < COUNTOF(raw); k++)
			if (name_len == strlen(raw[k]) && !strncasecmp(s + name, raw[k], name_len))
				return raw_text_end(c, end, raw[k]);
	}
	return end;
}

/* Decodes a character reference at pos into out; returns its length in
 * the source, 0 when there is none, SIZE_MAX for a named entity libxml2
 * leaves out of an XML text (undeclared). */
static size_t decode_ref(const struct markup_cursor *c, size_t pos, char out[8], size_t *olen)
{
	const char *s = c->src;
	size_t i = pos + 1, lim = pos + 40 < c->len ? pos + 40 : c->len;
	uint32_t cp = 0;
	if (i < lim && s[i] == '#') {
		i++;
		bool hex = i < lim && (s[i] == 'x' || s[i] == 'X');
		i += hex;
		size_t st = i;
		for (; i < lim; i++) {
			int d = s[i] >= '0' && s[i] <= '9' ? s[i] - '0'
				: hex && (s[i] | 0x20) >= 'a' && (s[i] | 0x20) <= 'f' ? (s[i] | 0x20) - 'a' + 10
				: -1;
			if (d < 0)
				break;
			cp = cp * (hex ? 16 : 10) + (uint32_t)d;
			if (cp > 0x10FFFF)
				cp = 0x110000;
		}
		if (i == st || i >= lim || s[i] != ';')
			return 0;
		if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
			cp = 0xFFFD;
		*olen = utf8_encode(cp, out);
		return i + 1 - pos;
	}
	size_t st = i;
	while (i < lim && (((s[i] | 0x20) >= 'a' && (s[i] | 0x20) <= 'z') ||
			   (s[i] >= '0' && s[i] <= '9') || s[i] == '.' || s[i] == '-' || s[i] == '_'))
		i++;
	if (i == st || i >= lim || s[i] != ';')
		return 0;
	char name[40];
	memcpy(name, s + st, i - st);
	name[i - st] = '\0';
	if (c->html) {
		const htmlEntityDesc *e = htmlEntityLookup((const xmlChar *)name);
		if (!e)
			return 0;
		cp = e->value;
	} else {
		xmlEntityPtr e = xmlGetPredefinedEntity((const xmlChar *)name);
		if (!e)
			return SIZE_MAX;
		cp = (unsigned char)e->content[0];
	}
	*olen = utf8_encode(cp, out);
	return i + 1 - pos;
}

/* Appends text copied from the source at src_off, or, when src_len is
 * not n, text standing for src_len source bytes (a reference, a CRLF). */
static void put(struct pc_doc *doc, struct markup_para *p, const char *s, size_t n,
		size_t src_off, size_t src_len)
{
	if (!p || !n)
		return;
	size_t from = p->raw.len;
	if (src_len == n)
		block_append(doc, &p->raw, &p->cap, &p->capmap, s, n, src_off);
	else
		block_append_replaced(doc, &p->raw, &p->cap, &p->capmap, s, n, src_off, src_len);
	for (size_t k = from; k < p->raw.len; k++)
		if (p->raw.text[k] == '\n' || p->raw.text[k] == '\t' || p->raw.text[k] == '\r' ||
		    p->raw.text[k] == '\f')
			p->raw.text[k] = ' ';
}

static bool is_ws(char ch)
{
	return ch == ' ' || ch == '\n' || ch == '\t' || ch == '\r' || ch == '\f';
}

/* Matches text against the source from the cursor; on a mismatch that
 * whitespace leniency cannot absorb, returns the text offset reached. */
static size_t align(struct pc_doc *doc, struct markup_cursor *c, struct markup_para *p,
		    const char *t, size_t n)
{
	size_t i = 0;
	while (i < n && c->pos < c->len) {
		size_t pos = c->pos;
		char ch = c->src[pos];
		if (c->in_cdata) {
			if (at(c, pos, "]]>")) {
				c->in_cdata = false;
				c->pos += 3;
				continue;
			}
		} else if (ch == '<') {
			size_t after = skip_markup(c, pos);
			if (after) {
				c->pos = after;
				continue;
			}
		} else if (ch == '&') {
			char dec[8];
			size_t dlen = 0, rl = decode_ref(c, pos, dec, &dlen);
			if (rl == SIZE_MAX) {
				c->pos = pos + (size_t)((const char *)memchr(c->src + pos, ';', c->len - pos) - (c->src + pos)) + 1;
				continue;
			}
			if (rl) {
				if (dlen <= n - i && !memcmp(t + i, dec, dlen)) {
					put(doc, p, t + i, dlen, pos, rl);
					i += dlen;
					c->pos += rl;
					continue;
				}
				goto mismatch;
			}
		} else if (ch == '\r' && t[i] == '\n') {
			size_t crlf = pos + 1 < c->len && c->src[pos + 1] == '\n' ? 2 : 1;
			put(doc, p, t + i, 1, pos, crlf);
			i++;
			c->pos += crlf;
			continue;
		}
		if (ch == t[i]) {
			size_t k = 1;
			/* a run of plain bytes at once */
			while (i + k < n && pos + k < c->len && c->src[pos + k] == t[i + k] &&
			       c->src[pos + k] != '<' && c->src[pos + k] != '&' &&
			       c->src[pos + k] != '\r' && c->src[pos + k] != ']')
				k++;
			put(doc, p, t + i, k, pos, k);
			i += k;
			c->pos += k;
			continue;
		}
mismatch:
		/* the parser dropped or added whitespace */
		if (is_ws(t[i])) {
			put(doc, p, t + i, 1, pos, 0);
			i++;
			continue;
		}
		if (is_ws(ch)) {
			c->pos++;
			continue;
		}
		return i;
	}
	return i;
}

void markup_text(struct pc_doc *doc, struct markup_cursor *cur, struct markup_para *p,
		 const char *text)
{
	size_t n = strlen(text);
	for (size_t k = 0; p && k < n && p->after_br; k++)
		p->after_br = is_ws(text[k]);
	size_t i = align(doc, cur, p, text, n);
	if (i == n)
		return;
	/* the text is not next in the source: libxml2 moved or made it.  Look
	 * for its first plain words further on, else leave the cursor be and
	 * map the rest to where it stands. */
	size_t k = 0;
	while (i + k < n && k < 24 && text[i + k] != '&' && text[i + k] != '<' &&
	       (unsigned char)text[i + k] >= 0x20)
		k++;
	cur->misses++;
	const char *hit = k >= 4 ? mem_find(cur->src + cur->pos, cur->len - cur->pos,
					    text + i, k) : NULL;
	if (hit) {
		cur->pos = (size_t)(hit - cur->src);
		i += align(doc, cur, p, text + i, n - i);
		if (i == n)
			return;
	}
	put(doc, p, text + i, n - i, cur->pos, 0);
}

/* ---- paragraphs ---------------------------------------------------------- */

void markup_para_start(struct markup_para *p, enum block_kind hint)
{
	memset(p, 0, sizeof(*p));
	p->hint = hint;
	p->open = true;
	p->mark = SIZE_MAX;
}

bool markup_para_break(struct pc_doc *doc, struct markup_cursor *cur, struct markup_para *p)
{
	if (!p->open || !p->raw.len)
		return false;
	if (p->after_br)
		return true;
	put(doc, p, " ", 1, cur->pos, 0);
	p->breaks = p->after_br = true;
	return false;
}

void markup_para_flush(struct pc_doc *doc, const pc_rules *rules, struct read_ctx *ctx,
		       struct markup_para *p)
{
	if (!p->open)
		return;
	p->open = false;
	if (markup_para_blank(p))
		return;
	if (p->hint == BLOCK_DEK)
		ctx->seen_dek = true;
	/* a dek is what the markup says is one, not a guess */
	ctx->dek_allowed = false;
	read_paragraph(doc, rules, ctx, &p->raw, p->hint, !p->breaks);
}

bool markup_para_blank(const struct markup_para *p)
{
	for (size_t i = 0; i < p->raw.len; i++) {
		size_t len;
		uint32_t cp = utf8_decode(p->raw.text + i, p->raw.len - i, &len, NULL);
		if (!cp_is_space(cp))
			return false;
		i += len - 1;
	}
	return true;
}
