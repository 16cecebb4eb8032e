/* Markdown through md4c: headings, paragraphs, block quotes and list
 * items become blocks; code, HTML blocks, tables, image alt text and YAML
 * front matter are not prose.  md4c hands text out as pointers into the
 * input, which gives every byte its offset for free. */
#include <md4c.h>
#include <stdlib.h>
#include <string.h>

#include "read.h"
#include "util.h"

struct md_state {
	struct pc_doc *doc;
	const pc_rules *rules;
	struct read_ctx ctx;
	struct block raw;
	size_t cap, capmap;
	bool open;
	enum block_kind hint;
	int quote, list, skip, img, em, strong;
	bool outside_em, outside_strong, breaks, image_para, after_image, prev_h1;
};

static void start(struct md_state *st, enum block_kind hint)
{
	memset(&st->raw, 0, sizeof(st->raw));
	st->cap = st->capmap = 0;
	st->open = true;
	st->hint = hint;
	st->outside_em = st->outside_strong = st->breaks = st->image_para = false;
}

static void flush(struct md_state *st)
{
	if (!st->open)
		return;
	st->open = false;
	size_t s = 0;
	while (s < st->raw.len && st->raw.text[s] == ' ')
		s++;
	if (s == st->raw.len) {
		st->after_image = st->image_para;
		return;
	}
	enum block_kind hint = st->hint;
	bool italic = !st->outside_em;
	if (hint == BLOCK_BODY && italic && st->after_image)
		hint = BLOCK_CAPTION;
	if (hint == BLOCK_HEADING && st->prev_h1)
		hint = BLOCK_DEK;
	st->ctx.dek_allowed = st->prev_h1 && italic && hint == BLOCK_BODY;
	st->raw.aside = italic;
	st->raw.bold = !st->outside_strong;
	read_paragraph(st->doc, st->rules, &st->ctx, &st->raw, hint, !st->breaks);
	st->prev_h1 = hint == BLOCK_HEADLINE;
	st->after_image = st->image_para;
}

static int enter_block(MD_BLOCKTYPE type, void *detail, void *user)
{
	struct md_state *st = user;
	switch (type) {
	case MD_BLOCK_H: {
		unsigned level = ((MD_BLOCK_H_DETAIL *)detail)->level;
		flush(st);
		start(st, level == 1 ? BLOCK_HEADLINE : BLOCK_HEADING);
		break;
	}
	case MD_BLOCK_P:
		flush(st);
		start(st, st->quote ? BLOCK_QUOTE : st->list ? BLOCK_LIST_ITEM : BLOCK_BODY);
		break;
	case MD_BLOCK_LI:
		flush(st);
		st->list++;
		start(st, BLOCK_LIST_ITEM);
		break;
	case MD_BLOCK_QUOTE:
		flush(st);
		st->quote++;
		break;
	case MD_BLOCK_CODE:
	case MD_BLOCK_HTML:
	case MD_BLOCK_TABLE:
		flush(st);
		st->skip++;
		break;
	case MD_BLOCK_HR:
		flush(st);
		st->prev_h1 = false;
		break;
	default:
		break;
	}
	return 0;
}

static int leave_block(MD_BLOCKTYPE type, void *detail, void *user)
{
	struct md_state *st = user;
	(void)detail;
	switch (type) {
	case MD_BLOCK_H:
	case MD_BLOCK_P:
		flush(st);
		break;
	case MD_BLOCK_LI:
		flush(st);
		st->list--;
		break;
	case MD_BLOCK_QUOTE:
		flush(st);
		st->quote--;
		break;
	case MD_BLOCK_CODE:
	case MD_BLOCK_HTML:
	case MD_BLOCK_TABLE:
		st->skip--;
		break;
	default:
		break;
	}
	return 0;
}

static int enter_span(MD_SPANTYPE type, void *detail, void *user)
{
	struct md_state *st = user;
	(void)detail;
	if (type == MD_SPAN_IMG) {
		st->img++;
		st->image_para = true;
	} else if (type == MD_SPAN_EM) {
		st->em++;
	} else if (type == MD_SPAN_STRONG) {
		st->strong++;
	}
	return 0;
}

static int leave_span(MD_SPANTYPE type, void *detail, void *user)
{
	struct md_state *st = user;
	(void)detail;
	if (type == MD_SPAN_IMG)
		st->img--;
	else if (type == MD_SPAN_EM)
		st->em--;
	else if (type == MD_SPAN_STRONG)
		st->strong--;
	return 0;
}

static const struct { const char *name; const char *utf8; } entities[] = {
	{ "&amp;", "&" }, { "&lt;", "<" }, { "&gt;", ">" }, { "&quot;", "\"" },
	{ "&apos;", "'" }, { "&nbsp;", " " }, { "&mdash;", "\xE2\x80\x94" },
	{ "&ndash;", "\xE2\x80\x93" }, { "&rsquo;", "\xE2\x80\x99" },
	{ "&lsquo;", "\xE2\x80\x98" }, { "&ldquo;", "\xE2\x80\x9C" },
	{ "&rdquo;", "\xE2\x80\x9D" }, { "&hellip;", "\xE2\x80\xA6" },
};

static int text_cb(MD_TEXTTYPE type, const MD_CHAR *text, MD_SIZE size, void *user)
{
	struct md_state *st = user;
	struct pc_doc *doc = st->doc;
	if (st->skip || st->img || !st->open)
		return 0;
	size_t off = (text >= doc->data && text < doc->data + doc->len) ?
		(size_t)(text - doc->data) : (st->raw.nmap ? block_src_offset(&st->raw, st->raw.len) : 0);
	switch (type) {
	case MD_TEXT_SOFTBR:
	case MD_TEXT_BR:
		st->breaks = true;
		block_append(doc, &st->raw, &st->cap, &st->capmap, " ", 1, off);
		return 0;
	case MD_TEXT_NULLCHAR:
	case MD_TEXT_HTML:
		return 0; /* inline HTML and comments are not prose */
	case MD_TEXT_ENTITY: {
		char buf[8];
		const char *rep = NULL;
		for (size_t i = 0; i < COUNTOF(entities); i++)
			if (strlen(entities[i].name) == size &&
			    memcmp(entities[i].name, text, size) == 0)
				rep = entities[i].utf8;
		if (!rep && size > 3 && text[1] == '#') {
			unsigned long cp = (text[2] == 'x' || text[2] == 'X') ?
				strtoul(text + 3, NULL, 16) : strtoul(text + 2, NULL, 10);
			if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
				cp = 0xFFFD;
			buf[utf8_encode((uint32_t)cp, buf)] = '\0';
			rep = buf;
		}
		if (!rep) {
			block_append(doc, &st->raw, &st->cap, &st->capmap, text, size, off);
			return 0;
		}
		block_append_replaced(doc, &st->raw, &st->cap, &st->capmap, rep, strlen(rep),
				      off, size);
		st->outside_em |= st->em == 0;
		st->outside_strong |= st->strong == 0;
		return 0;
	}
	default:
		break;
	}
	for (MD_SIZE i = 0; i < size; i++) {
		if (text[i] != ' ' && st->em == 0)
			st->outside_em = true;
		if (text[i] != ' ' && st->strong == 0)
			st->outside_strong = true;
	}
	block_append(doc, &st->raw, &st->cap, &st->capmap, text, size, off);
	return 0;
}

/* YAML front matter: "---" on the first line up to the next "---" or
 * "..." line. Returns where the Markdown starts. */
static size_t front_matter(const char *d, size_t n, size_t start)
{
	if (n - start < 4 || memcmp(d + start, "---", 3) != 0 ||
	    (d[start + 3] != '\n' && d[start + 3] != '\r'))
		return start;
	for (size_t i = start + 3; i + 4 <= n; i++) {
		if (d[i] != '\n')
			continue;
		if ((memcmp(d + i + 1, "---", 3) == 0 || memcmp(d + i + 1, "...", 3) == 0)) {
			size_t e = i + 4;
			while (e < n && d[e] != '\n')
				e++;
			return e < n ? e + 1 : n;
		}
	}
	return start;
}

int read_markdown(struct pc_doc *doc, const pc_rules *rules)
{
	struct md_state st = { .doc = doc, .rules = rules };
	MD_PARSER parser = {
		.abi_version = 0,
		.flags = MD_DIALECT_GITHUB,
		.enter_block = enter_block,
		.leave_block = leave_block,
		.enter_span = enter_span,
		.leave_span = leave_span,
		.text = text_cb,
	};
	size_t start = 0;
	if (doc->len >= 3 && memcmp(doc->data, "\xEF\xBB\xBF", 3) == 0)
		start = 3;
	start = front_matter(doc->data, doc->len, start);
	if (md_parse(doc->data + start, (MD_SIZE)(doc->len - start), &parser, &st) != 0)
		return -1;
	flush(&st);
	read_author_note(doc, rules);
	read_finish(doc);
	return 0;
}
