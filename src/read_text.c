/* Plain text: paragraphs are separated by blank lines; hard-wrapped lines
 * of one paragraph are joined.  The first lines may be a headline, a dek
 * and a byline, each on its own line. */
#include <string.h>

#include "read.h"
#include "util.h"

struct line {
	size_t off, len;
};

static bool blank(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r' && s[i] != '\f')
			return false;
	return true;
}

/* Appends lines [a, b) to a scratch block, each break read as a space. */
static void raw_from_lines(struct pc_doc *doc, struct block *raw,
			   const struct line *ln, size_t a, size_t b)
{
	size_t cap = 0, capmap = 0;
	memset(raw, 0, sizeof(*raw));
	for (size_t i = a; i < b; i++) {
		size_t off = ln[i].off, len = ln[i].len;
		while (len && (doc->data[off + len - 1] == '\r'))
			len--;
		if (i > a)
			block_append(doc, raw, &cap, &capmap, " ", 1, ln[i].off - 1);
		block_append(doc, raw, &cap, &capmap, doc->data + off, len, off);
	}
	/* tabs and other blanks read as spaces; the map keeps offsets */
	for (size_t i = 0; i < raw->len; i++)
		if (raw->text[i] == '\t' || raw->text[i] == '\r' || raw->text[i] == '\f')
			raw->text[i] = ' ';
}

long read_text_directive(const char *s, size_t n)
{
	size_t i = 0;
	while (i < n && (s[i] == ' ' || s[i] == '\t'))
		i++;
	if (i == n || s[i] != '#')
		return -1;
	i++;
	while (i < n && (s[i] == ' ' || s[i] == '\t'))
		i++;
	if (n - i < 10 || memcmp(s + i, "provcheck", 9) != 0 ||
	    (s[i + 9] != ':' && s[i + 9] != '-'))
		return -1;
	return (long)i;
}

int read_text(struct pc_doc *doc, const pc_rules *rules)
{
	struct line *ln = NULL;
	size_t nl = 0, cap = 0, start = 0;
	struct read_ctx ctx = { 0 };
	struct block raw;

	if (doc->len >= 3 && memcmp(doc->data, "\xEF\xBB\xBF", 3) == 0)
		start = 3;
	for (size_t i = start; i <= doc->len;) {
		const char *nlp = memchr(doc->data + i, '\n', doc->len - i);
		size_t end = nlp ? (size_t)(nlp - doc->data) : doc->len;
		/* a comment line for provcheck is not text, and leaves no
		 * gap: the lines around it stay one paragraph */
		if (read_text_directive(doc->data + i, end - i) < 0) {
			ln = arena_grow(&doc->arena, ln, &cap, nl + 1, sizeof(*ln));
			ln[nl].off = i;
			ln[nl].len = end - i;
			nl++;
		}
		if (!nlp)
			break;
		i = end + 1;
	}

	size_t i = 0;
	while (i < nl) {
		if (blank(doc->data + ln[i].off, ln[i].len)) {
			i++;
			continue;
		}
		size_t j = i;
		while (j < nl && !blank(doc->data + ln[j].off, ln[j].len))
			j++;
		/* the head: headline, dek and byline lines without blank
		 * lines between them */
		if (!ctx.seen_headline && !ctx.seen_body && j - i > 1) {
			raw_from_lines(doc, &raw, ln, i, i + 1);
			if (read_looks_headline(raw.text, raw.len, true)) {
				for (size_t k = i; k < j; k++) {
					raw_from_lines(doc, &raw, ln, k, k + 1);
					read_paragraph(doc, rules, &ctx, &raw, BLOCK_BODY, true);
				}
				i = j;
				continue;
			}
		}
		/* a dek under a blank line only when a byline follows */
		if (ctx.dek_allowed) {
			size_t k = j;
			while (k < nl && blank(doc->data + ln[k].off, ln[k].len))
				k++;
			ctx.dek_allowed = j - i == 1 && k < nl &&
					  read_is_byline(doc->data + ln[k].off, ln[k].len);
		}
		raw_from_lines(doc, &raw, ln, i, j);
		read_paragraph(doc, rules, &ctx, &raw, BLOCK_BODY, j - i == 1);
		i = j;
	}
	read_finish(doc);
	return 0;
}
