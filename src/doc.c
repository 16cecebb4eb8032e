#include "doc.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "util.h"

static const char *const block_names[] = {
	"headline", "dek", "heading", "label", "byline", "dateline",
	"caption", "credit", "body", "blockquote", "list-item",
};
static const char *const claim_names[] = { "claim", "heading", "not-a-claim" };
static const char *const status_names[] = {
	"unsourced", "single-source", "multi-source", "not-a-claim",
};
static const char *const type_names[] = {
	"agency", "outlet", "official", "person", "organization",
	"government", "document", "unnamed",
};

const char *block_kind_name(enum block_kind k) { return block_names[k]; }
const char *claim_kind_name(enum claim_kind k) { return claim_names[k]; }
const char *status_name(enum claim_status s) { return status_names[s]; }
const char *source_type_name(enum source_type t) { return type_names[t]; }

int source_type_from_name(const char *s)
{
	for (size_t i = 0; i < sizeof(type_names) / sizeof(*type_names); i++)
		if (strcmp(s, type_names[i]) == 0)
			return (int)i;
	return -1;
}

bool doc_out_of_time(struct pc_doc *doc)
{
	if (doc->out_of_time || doc->deadline <= 0)
		return doc->out_of_time;
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	doc->out_of_time = ts.tv_sec + ts.tv_nsec / 1e9 > doc->deadline;
	return doc->out_of_time;
}

struct block *doc_add_block(struct pc_doc *doc, enum block_kind kind)
{
	doc->blocks = arena_grow(&doc->arena, doc->blocks, &doc->capblocks,
				 doc->nblocks + 1, sizeof(*doc->blocks));
	struct block *b = &doc->blocks[doc->nblocks++];
	memset(b, 0, sizeof(*b));
	b->kind = kind;
	return b;
}

static void block_put(struct pc_doc *doc, struct block *b, size_t *cap, size_t *capmap,
		      const char *s, size_t n, size_t src_off, size_t src_len, bool replaced)
{
	size_t need = b->len + n + 1;
	if (need > *cap) {
		size_t ncap = *cap ? *cap : 64;
		while (ncap < need)
			ncap *= 2;
		char *t = arena_alloc(&doc->arena, ncap);
		if (b->text)
			memcpy(t, b->text, b->len);
		b->text = t;
		*cap = ncap;
	}
	/* extend the last run when the input continues it */
	if (b->nmap && !replaced) {
		struct span_map *last = &b->map[b->nmap - 1];
		if (!last->replaced && last->src_off + (b->len - last->text_off) == src_off)
			goto copy;
	}
	b->map = arena_grow(&doc->arena, b->map, capmap, b->nmap + 1,
			    sizeof(*b->map));
	b->map[b->nmap] = (struct span_map){ b->len, src_off, src_len, replaced };
	b->nmap++;
copy:
	memcpy(b->text + b->len, s, n);
	b->len += n;
	b->text[b->len] = '\0';
}

/* The length of an invisible character at s (see cp_is_invisible), 0 when
 * there is none: only its lead bytes are worth decoding. */
static size_t invisible_at(const char *s, size_t n, uint32_t *cp)
{
	unsigned char c = (unsigned char)*s;
	if (c != 0xD8 && c != 0xE2 && c != 0xEF && c != 0xF3)
		return 0;
	size_t len;
	*cp = utf8_decode(s, n, &len, NULL);
	return cp_is_invisible(*cp) ? len : 0;
}

/* Invisible characters never reach the text the stages read: a byte-order
 * mark or a bidi control between two sentences would join them, a zero-width
 * joiner inside "Reuters" would split the name.  A zero-width space still
 * parts two words; the rest are dropped, their bytes still mapped. */
void block_append(struct pc_doc *doc, struct block *b, size_t *cap,
		  size_t *capmap, const char *s, size_t n, size_t src_off)
{
	size_t run = 0;
	for (size_t i = 0; i < n;) {
		uint32_t cp;
		size_t len = invisible_at(s + i, n - i, &cp);
		if (!len) {
			i++;
			continue;
		}
		if (i > run)
			block_put(doc, b, cap, capmap, s + run, i - run, src_off + run, i - run, false);
		if (cp == 0x200B)
			block_put(doc, b, cap, capmap, " ", 1, src_off + i, len, true);
		i += len;
		run = i;
	}
	if (n > run)
		block_put(doc, b, cap, capmap, s + run, n - run, src_off + run, n - run, false);
}

void block_append_replaced(struct pc_doc *doc, struct block *b, size_t *cap,
			   size_t *capmap, const char *s, size_t n, size_t src_off,
			   size_t src_len)
{
	/* an entity that spells an invisible character ("&#8203;", "&#xFEFF;") */
	uint32_t cp;
	size_t len = n ? invisible_at(s, n, &cp) : 0;
	if (len && len == n) {
		if (cp == 0x200B)
			block_put(doc, b, cap, capmap, " ", 1, src_off, src_len, true);
		return;
	}
	if (n)
		block_put(doc, b, cap, capmap, s, n, src_off, src_len, true);
}

static const struct span_map *run_of(const struct block *b, size_t text_off)
{
	size_t lo = 0, hi = b->nmap;
	while (hi - lo > 1) {
		size_t mid = (lo + hi) / 2;
		if (b->map[mid].text_off <= text_off)
			lo = mid;
		else
			hi = mid;
	}
	return &b->map[lo];
}

size_t block_src_offset(const struct block *b, size_t text_off)
{
	if (!b->nmap)
		return 0;
	const struct span_map *m = run_of(b, text_off);
	if (m->replaced)
		return m->src_off;
	return m->src_off + (text_off - m->text_off);
}

size_t block_src_end(const struct block *b, size_t text_end)
{
	if (!b->nmap || !text_end)
		return block_src_offset(b, text_end);
	const struct span_map *m = run_of(b, text_end - 1);
	if (m->replaced)
		return m->src_off + m->src_len;
	return m->src_off + (text_end - m->text_off);
}

void doc_position(struct pc_doc *doc, size_t off, int *line, int *col)
{
	if (off > doc->len)
		off = doc->len;
	if (off < doc->cur_off || doc->cur_line == 0) {
		doc->cur_off = 0;
		doc->cur_line = 1;
		doc->cur_col = 1;
	}
	const unsigned char *p = (const unsigned char *)doc->data;
	size_t i = doc->cur_off;
	int ln = doc->cur_line, cl = doc->cur_col;
	while (i < off) {
		if (p[i] == '\n') {
			ln++;
			cl = 1;
		} else if ((p[i] & 0xC0) != 0x80) {
			cl++;
		}
		i++;
	}
	doc->cur_off = off;
	doc->cur_line = ln;
	doc->cur_col = cl;
	*line = ln;
	*col = cl;
}

void doc_warn(struct pc_doc *doc, const char *fmt, ...)
{
	char buf[512];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	size_t old = doc->warnings ? strlen(doc->warnings) : 0;
	char *w = arena_alloc(&doc->arena, old + strlen(buf) + 2);
	if (old)
		memcpy(w, doc->warnings, old);
	strcpy(w + old, buf);
	strcat(w + old, "\n");
	doc->warnings = w;
}

struct source *claim_add_source(struct pc_doc *doc, struct claim *c)
{
	c->sources = arena_grow(&doc->arena, c->sources, &c->capsources,
				c->nsources + 1, sizeof(*c->sources));
	struct source *s = &c->sources[c->nsources++];
	memset(s, 0, sizeof(*s));
	return s;
}

bool claim_in_mention(const struct claim *c, size_t off)
{
	/* the folded text keeps the block's offsets but where runs of
	 * white space were: map back to the input, as mentions are */
	size_t abs = block_src_offset(c->block, c->tstart + off);
	for (size_t i = 0; i < c->nsources; i++)
		if (!c->sources[i].inherited && abs >= c->sources[i].mstart &&
		    abs < c->sources[i].mend)
			return true;
	return false;
}

void claim_add_corpus_origin(struct pc_doc *doc, struct claim *c, const char *name,
			     const char *path, int line)
{
	c->corpus = arena_grow(&doc->arena, c->corpus, &c->capcorpus, c->ncorpus + 1,
			       sizeof(*c->corpus));
	struct corpus_origin *o = &c->corpus[c->ncorpus++];
	o->name = arena_strdup(&doc->arena, name);
	o->path = arena_strdup(&doc->arena, path);
	o->line = line;
}

/* Does the text open with a speaker label in the case names take:
 * "Whitfield: ", "Dana Whitfield, chief executive: ", "Lena Ortiz,
 * Halden Securities: ", "Tom Beresford (Conservative): "?  Up to four
 * capitalised words, then perhaps a comma and a short description or an
 * aside in brackets, then a colon and a space. */
bool doc_mixed_label(const char *s, size_t n)
{
	size_t i = 0, words = 0;
	while (i < n && words < 4) {
		size_t len;
		uint32_t c = utf8_decode(s + i, n - i, &len, NULL);
		/* "Tom Beresford (Conservative):", "Chair (Robert
		 * Haldane):": a short aside in brackets after the name */
		if (c == '(' && words > 0) {
			size_t start = i;
			while (i < n && i - start < 48 && s[i] != ')' && s[i] != ':')
				i++;
			if (i >= n || s[i] != ')')
				return false;
			i++;
			break;
		}
		if (!cp_is_upper(c))
			return false;
		while (i < n && s[i] != ' ' && s[i] != ',' && s[i] != ':')
			i++;
		words++;
		if (i >= n || s[i] != ' ')
			break;
		i++;
	}
	if (i < n && s[i] == ',') {
		size_t start = i;
		while (i < n && i - start < 48 && s[i] != ':' && s[i] != '.' && s[i] != '"')
			i++;
	}
	return i + 1 < n && s[i] == ':' && s[i + 1] == ' ';
}

/* Mixed-case labels are trusted only where the story is a transcript:
 * three paragraphs or more open with one ("Note: ..." opens one). */
bool doc_transcript(struct pc_doc *doc)
{
	if (!doc->transcript) {
		size_t n = 0;
		for (size_t b = 0; b < doc->nblocks && n < 3; b++)
			n += doc->blocks[b].kind == BLOCK_BODY &&
			     doc_mixed_label(doc->blocks[b].text, doc->blocks[b].len);
		doc->transcript = n >= 3 ? 2 : 1;
	}
	return doc->transcript == 2;
}

size_t doc_lede(const struct pc_doc *doc)
{
	for (size_t i = 0; i < doc->nclaims; i++)
		if (doc->claims[i].kind == CLAIM_CLAIM && doc->claims[i].block->kind == BLOCK_BODY)
			return i;
	return doc->nclaims;
}
