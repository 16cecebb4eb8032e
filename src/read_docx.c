/* Word (DOCX) and OpenDocument (ODT) drafts: a zip package read with
 * libzip, its XML parts streamed through the hardened SAX parser.  The
 * document's text becomes one line per non-empty paragraph, so a
 * reported line is the paragraph's number, as Word counts paragraphs,
 * and the column a position inside it.  Tracked deletions, comments,
 * field codes, text boxes and tables are not the draft's running text;
 * tracked insertions are. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <zip.h>

#include "module.h"
#include "read_markup.h"
#include "util.h"

/* ---- the package ------------------------------------------------------- */

static bool unsafe_name(const char *name)
{
	if (name[0] == '/' || name[0] == '\\' || strchr(name, ':'))
		return true;
	for (const char *p = name; *p;) {
		size_t l = strcspn(p, "/\\");
		if (l == 2 && p[0] == '.' && p[1] == '.')
			return true;
		p += l + (p[l] != '\0');
	}
	return false;
}

/* Reads one part, never more than PC_MAX_INPUT bytes whatever the
 * archive claims: a zip bomb stops here.  NULL without error when the
 * part is absent. */
static char *read_part(struct pc_doc *doc, zip_t *z, const char *name, size_t *len,
		       char **err)
{
	zip_stat_t zs;
	zip_int64_t idx = zip_name_locate(z, name, 0);
	if (idx < 0)
		return NULL;
	if (zip_stat_index(z, (zip_uint64_t)idx, 0, &zs) == 0 && (zs.valid & ZIP_STAT_SIZE) &&
	    zs.size > PC_MAX_INPUT) {
		*err = xasprintf("%s: error: %s expands to %llu bytes, over the %d MB limit "
				 "(a zip bomb?)", doc->path, name, (unsigned long long)zs.size,
				 PC_MAX_INPUT >> 20);
		return NULL;
	}
	zip_file_t *f = zip_fopen_index(z, (zip_uint64_t)idx, 0);
	if (!f) {
		*err = xasprintf("%s: error: cannot open %s in the package: %s", doc->path, name,
				 zip_strerror(z));
		return NULL;
	}
	size_t cap = 1 << 16, n = 0;
	char *buf = xmalloc(cap);
	for (;;) {
		if (n == cap) {
			if (cap > PC_MAX_INPUT) {
				*err = xasprintf("%s: error: %s expands beyond the %d MB limit "
						 "(a zip bomb?)", doc->path, name, PC_MAX_INPUT >> 20);
				goto fail;
			}
			buf = xrealloc(buf, cap *= 2);
		}
		zip_int64_t got = zip_fread(f, buf + n, cap - n);
		if (got < 0) {
			*err = xasprintf("%s: error: %s is damaged: %s", doc->path, name,
					 zip_file_strerror(f));
			goto fail;
		}
		if (got == 0)
			break;
		n += (size_t)got;
	}
	zip_fclose(f);
	*len = n;
	return buf;
fail:
	zip_fclose(f);
	free(buf);
	return NULL;
}

static zip_t *open_package(struct pc_doc *doc, const char *kind, char **err)
{
	zip_error_t ze;
	zip_error_init(&ze);
	zip_source_t *src = zip_source_buffer_create(doc->data, doc->len, 0, &ze);
	zip_t *z = src ? zip_open_from_source(src, ZIP_RDONLY | ZIP_CHECKCONS, &ze) : NULL;
	if (!z) {
		*err = xasprintf("%s: error: not a readable %s file (a zip package): %s",
				 doc->path, kind, zip_error_strerror(&ze));
		if (src)
			zip_source_free(src);
		zip_error_fini(&ze);
		return NULL;
	}
	zip_error_fini(&ze);
	zip_int64_t n = zip_get_num_entries(z, 0);
	for (zip_int64_t i = 0; i < n; i++) {
		const char *name = zip_get_name(z, (zip_uint64_t)i, 0);
		if (!name || unsafe_name(name)) {
			*err = xasprintf("%s: error: the package holds an entry named \"%s\" "
					 "outside it; refusing the file", doc->path,
					 name ? name : "?");
			zip_discard(z);
			return NULL;
		}
	}
	return z;
}

/* ---- paragraphs and styles --------------------------------------------- */

struct style {
	const char *id, *name, *parent; /* in the document's arena */
};

struct para_rec {
	size_t off, len;
	enum block_kind hint;
};

struct office {
	struct pc_doc *doc;
	bool odt;
	struct style *styles;
	size_t nstyles, capstyles;
	/* the text being built: one line a paragraph */
	char *text;
	size_t len, cap;
	struct para_rec *paras;
	size_t nparas, capparas;
	/* the paragraph being read */
	bool in_p, in_run, in_t, list_para;
	int skip, list, body;
	size_t p_start;
	char style[128];
	enum block_kind p_hint;
};

static void put(struct office *o, const char *s, size_t n)
{
	if (o->len + n + 2 > o->cap) {
		size_t cap = o->cap ? o->cap : 4096;
		while (cap < o->len + n + 2)
			cap *= 2;
		o->text = xrealloc(o->text, cap);
		o->cap = cap;
	}
	/* a line is a paragraph: breaks inside one are spaces */
	for (size_t i = 0; i < n; i++)
		o->text[o->len++] = s[i] == '\n' || s[i] == '\r' || s[i] == '\t' ? ' ' : s[i];
}

/* An attribute's value (SAX2 passes localname, prefix, URI, value, end
 * for each), copied into the document's arena; NULL when absent. */
static const char *attr(struct office *o, const xmlChar **attrs, int nattrs, const char *name)
{
	for (int i = 0; i < nattrs; i++) {
		const xmlChar **a = attrs + 5 * i;
		if (!strcmp((const char *)a[0], name))
			return arena_strndup(&o->doc->arena, (const char *)a[3], (size_t)(a[4] - a[3]));
	}
	return NULL;
}

/* "Heading_20_1", "heading 1", "Heading1" all become "heading1". */
static void norm_name(const char *s, char *out, size_t cap)
{
	size_t k = 0;
	for (; *s && k + 1 < cap; s++) {
		if (!strncmp(s, "_20_", 4)) {
			s += 3;
			continue;
		}
		if (*s == ' ' || *s == '_' || *s == '-')
			continue;
		out[k++] = (char)(*s >= 'A' && *s <= 'Z' ? *s | 0x20 : *s);
	}
	out[k] = '\0';
}

static void add_style(struct office *o, const char *id, const char *name, const char *parent)
{
	o->styles = arena_grow(&o->doc->arena, o->styles, &o->capstyles, o->nstyles + 1,
			       sizeof(*o->styles));
	struct style *s = &o->styles[o->nstyles++];
	s->id = id;
	s->name = name;
	s->parent = parent;
}

static enum block_kind kind_of_name(const char *n)
{
	if (!strcmp(n, "title"))
		return BLOCK_HEADLINE;
	if (!strcmp(n, "subtitle"))
		return BLOCK_DEK;
	if (!strncmp(n, "heading", 7) && n[7])
		return BLOCK_HEADING;
	if (!strcmp(n, "quote") || !strcmp(n, "intensequote") || !strcmp(n, "quotations") ||
	    !strcmp(n, "blocktext"))
		return BLOCK_QUOTE;
	if (!strcmp(n, "caption") || !strcmp(n, "illustration") || !strcmp(n, "figure"))
		return BLOCK_CAPTION;
	if (!strcmp(n, "listparagraph") || !strncmp(n, "listbullet", 10) ||
	    !strncmp(n, "listnumber", 10))
		return BLOCK_LIST_ITEM;
	return BLOCK_BODY;
}

/* The kind a paragraph style stands for, following the styles it is
 * based on (a house "Story Quote" based on "Quote" is a quote). */
static enum block_kind style_kind(const struct office *o, const char *id)
{
	char n[128];
	for (int hop = 0; id && hop < 8; hop++) {
		const struct style *s = NULL;
		for (size_t i = 0; i < o->nstyles && !s; i++)
			if (!strcmp(o->styles[i].id, id))
				s = &o->styles[i];
		norm_name(s && s->name ? s->name : id, n, sizeof(n));
		enum block_kind k = kind_of_name(n);
		if (k != BLOCK_BODY || !s)
			return k;
		id = s->parent;
	}
	return BLOCK_BODY;
}

/* ---- SAX callbacks ---------------------------------------------------- */

static const char *const word_skip =
	"|del|moveFrom|instrText|delInstrText|txbxContent|Fallback|tbl|drawing|pict|"
	"object|commentReference|";
static const char *const odt_skip =
	"|tracked-changes|annotation|note|table|frame|index-body|table-of-content|"
	"illustration-index|bibliography|";

static bool listed(const char *list, const xmlChar *name)
{
	char key[64];
	size_t l = strlen((const char *)name);
	if (l + 3 > sizeof(key))
		return false;
	key[0] = '|';
	memcpy(key + 1, name, l);
	key[l + 1] = '|';
	key[l + 2] = '\0';
	return strstr(list, key) != NULL;
}

static void para_start(struct office *o, const char *style)
{
	o->in_p = true;
	o->p_start = o->len;
	snprintf(o->style, sizeof(o->style), "%s", style ? style : "");
	o->list_para = o->list > 0;
}

static void para_end(struct office *o, bool heading)
{
	o->in_p = false;
	/* the line is the paragraph as Word shows it: blanks folded, ends
	 * trimmed, so a column counts what the reader sees */
	size_t w = o->p_start;
	for (size_t r = o->p_start; r < o->len; r++) {
		if (o->text[r] == ' ' && (w == o->p_start || o->text[w - 1] == ' '))
			continue;
		o->text[w++] = o->text[r];
	}
	while (w > o->p_start && o->text[w - 1] == ' ')
		w--;
	o->len = w;
	size_t e = o->len;
	if (e == o->p_start)
		return;
	enum block_kind k = o->style[0] ? style_kind(o, o->style) : BLOCK_BODY;
	if (k == BLOCK_BODY && heading)
		k = BLOCK_HEADING;
	if (k == BLOCK_BODY && o->list_para)
		k = BLOCK_LIST_ITEM;
	o->paras = arena_grow(&o->doc->arena, o->paras, &o->capparas, o->nparas + 1,
			      sizeof(*o->paras));
	o->paras[o->nparas++] = (struct para_rec){ o->p_start, e - o->p_start, k };
	put(o, "\n", 1);
	o->text[o->len - 1] = '\n';
}

static void on_start(void *ctx, const xmlChar *name, const xmlChar *prefix, const xmlChar *uri,
		     int nns, const xmlChar **ns, int nattrs, int ndef, const xmlChar **attrs)
{
	(void)prefix, (void)uri, (void)nns, (void)ns, (void)ndef;
	struct office *o = markup_sax_user(ctx);
	const char *n = (const char *)name;
	if (listed(o->odt ? odt_skip : word_skip, name) || o->skip) {
		o->skip++;
		return;
	}
	if (!strcmp(n, "style") && !o->body) {
		/* styles.xml and automatic styles: w:style or style:style */
		const char *id = attr(o, attrs, nattrs, o->odt ? "name" : "styleId");
		if (id)
			add_style(o, id, o->odt ? attr(o, attrs, nattrs, "display-name") : NULL,
				  o->odt ? attr(o, attrs, nattrs, "parent-style-name") : NULL);
		return;
	}
	if (!o->odt && o->nstyles && !o->body && (!strcmp(n, "name") || !strcmp(n, "basedOn"))) {
		const char *v = attr(o, attrs, nattrs, "val");
		struct style *s = &o->styles[o->nstyles - 1];
		if (v && !strcmp(n, "name") && !s->name)
			s->name = v;
		else if (v && !strcmp(n, "basedOn") && !s->parent)
			s->parent = v;
		return;
	}
	if (!strcmp(n, "body")) {
		o->body++;
		return;
	}
	if (!o->body)
		return;
	if (o->odt) {
		if (!strcmp(n, "p") || !strcmp(n, "h")) {
			if (!o->in_p)
				para_start(o, attr(o, attrs, nattrs, "style-name"));
		} else if (!strcmp(n, "list-item")) {
			o->list++;
		} else if (o->in_p && !strcmp(n, "s")) {
			const char *c = attr(o, attrs, nattrs, "c");
			int k = c ? atoi(c) : 1;
			for (int i = 0; i < k && i < 64; i++)
				put(o, " ", 1);
		} else if (o->in_p && (!strcmp(n, "tab") || !strcmp(n, "line-break"))) {
			put(o, " ", 1);
		}
		return;
	}
	if (!strcmp(n, "p")) {
		if (!o->in_p)
			para_start(o, NULL);
	} else if (!strcmp(n, "pStyle") && o->in_p) {
		const char *v = attr(o, attrs, nattrs, "val");
		snprintf(o->style, sizeof(o->style), "%s", v ? v : "");
	} else if (!strcmp(n, "numPr") && o->in_p) {
		o->list_para = true;
	} else if (!strcmp(n, "r")) {
		o->in_run = true;
	} else if (!strcmp(n, "t") && o->in_p) {
		o->in_t = true;
	} else if (o->in_run && o->in_p && (!strcmp(n, "tab") || !strcmp(n, "br") || !strcmp(n, "cr"))) {
		put(o, " ", 1);
	} else if (o->in_run && o->in_p && !strcmp(n, "noBreakHyphen")) {
		put(o, "-", 1);
	}
}

static void on_end(void *ctx, const xmlChar *name, const xmlChar *prefix, const xmlChar *uri)
{
	(void)prefix, (void)uri;
	struct office *o = markup_sax_user(ctx);
	const char *n = (const char *)name;
	if (o->skip) {
		o->skip--;
		return;
	}
	if (!strcmp(n, "body")) {
		o->body--;
	} else if (o->odt) {
		if ((!strcmp(n, "p") || !strcmp(n, "h")) && o->in_p)
			para_end(o, !strcmp(n, "h"));
		else if (!strcmp(n, "list-item"))
			o->list--;
	} else if (!strcmp(n, "p") && o->in_p) {
		para_end(o, false);
	} else if (!strcmp(n, "r")) {
		o->in_run = false;
	} else if (!strcmp(n, "t")) {
		o->in_t = false;
	}
}

static void on_chars(void *ctx, const xmlChar *s, int len)
{
	struct office *o = markup_sax_user(ctx);
	if (o->skip || !o->in_p || !o->body || (!o->odt && !o->in_t))
		return;
	put(o, (const char *)s, (size_t)len);
}

static int parse_part(struct pc_doc *doc, zip_t *z, struct office *o, const char *name,
		      bool required, char **err)
{
	size_t len = 0;
	char *data = read_part(doc, z, name, &len, err);
	if (!data) {
		if (*err)
			return -1;
		if (!required)
			return 0;
		*err = xasprintf("%s: error: the package has no %s; is this a %s file?", doc->path,
				 name, o->odt ? "ODT" : "DOCX");
		return -1;
	}
	xmlSAXHandler sax;
	memset(&sax, 0, sizeof(sax));
	sax.startElementNs = on_start;
	sax.endElementNs = on_end;
	sax.characters = on_chars;
	int rc = markup_parse_sax(doc, name, data, len, &sax, o, NULL, err);
	free(data);
	return rc;
}

int office_read(struct pc_doc *doc, const pc_rules *rules, bool odt, char **err)
{
	struct office o = { .doc = doc, .odt = odt };
	int rc = -1;
	zip_t *z = open_package(doc, odt ? "ODT" : "DOCX", err);
	if (!z)
		return -1;
	if (parse_part(doc, z, &o, odt ? "styles.xml" : "word/styles.xml", false, err) ||
	    parse_part(doc, z, &o, odt ? "content.xml" : "word/document.xml", true, err))
		goto out;
	/* the paragraphs, one a line, are the text every later stage reads */
	char *text = arena_alloc(&doc->arena, o.len + 1);
	if (o.len)
		memcpy(text, o.text, o.len);
	text[o.len] = '\0';
	doc->data = text;
	doc->len = o.len;
	doc->cur_line = 0;
	doc->paragraph_lines = true;
	struct read_ctx ctx = { 0 };
	for (size_t i = 0; i < o.nparas; i++) {
		struct block raw = { 0 };
		size_t cap = 0, capmap = 0;
		block_append(doc, &raw, &cap, &capmap, text + o.paras[i].off, o.paras[i].len,
			     o.paras[i].off);
		enum block_kind hint = o.paras[i].hint;
		if (hint == BLOCK_DEK)
			ctx.seen_dek = true;
		ctx.dek_allowed = false;
		read_paragraph(doc, rules, &ctx, &raw, hint, true);
	}
	read_finish(doc);
	rc = 0;
out:
	free(o.text);
	zip_discard(z);
	return rc;
}
