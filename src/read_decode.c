/* Markup inputs come in any charset: the byte order mark, then the
 * charset the file declares (<meta charset>, the XML declaration) decide
 * how the bytes become the UTF-8 every later stage reads.  The decoded
 * text replaces the document's data, so offsets, lines and columns are
 * those of the file as an editor shows it: one code point per column, the
 * BOM not counted, an undecodable byte one U+FFFD. */
#include <errno.h>
#include <iconv.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "read.h"
#include "util.h"

struct outbuf {
	char *s;
	size_t len, cap;
};

static void out_reserve(struct outbuf *o, size_t more)
{
	if (o->len + more <= o->cap)
		return;
	size_t cap = o->cap ? o->cap : 4096;
	while (cap < o->len + more)
		cap *= 2;
	o->s = xrealloc(o->s, cap);
	o->cap = cap;
}

static void out_put(struct outbuf *o, const char *s, size_t n)
{
	out_reserve(o, n);
	memcpy(o->s + o->len, s, n);
	o->len += n;
}

static const char replacement[] = "\xEF\xBF\xBD";

/* Copies UTF-8 input, each invalid byte replaced by U+FFFD. */
static size_t copy_utf8(struct outbuf *o, const char *s, size_t n, size_t *first_bad)
{
	size_t bad = 0;
	out_reserve(o, n);
	for (size_t i = 0; i < n;) {
		size_t run = i;
		while (run < n && (unsigned char)s[run] < 0x80)
			run++;
		out_put(o, s + i, run - i);
		if (run == n)
			break;
		i = run;
		size_t len;
		bool b = false;
		utf8_decode(s + i, n - i, &len, &b);
		if (b) {
			if (!bad++)
				*first_bad = i;
			out_put(o, replacement, 3);
		} else {
			out_put(o, s + i, len);
		}
		i += len;
	}
	return bad;
}

/* Converts with iconv; a sequence it cannot convert becomes U+FFFD and
 * the next `unit` bytes are skipped.  Returns -1 when iconv does not
 * know the charset. */
static long convert(struct outbuf *o, const char *charset, const char *s, size_t n,
		    size_t unit, size_t *first_bad)
{
	iconv_t cd = iconv_open("UTF-8", charset);
	if (cd == (iconv_t)-1)
		return -1;
	long bad = 0;
	char *in = (char *)s;
	size_t inleft = n;
	out_reserve(o, n * 2 + 16);
	while (inleft) {
		out_reserve(o, inleft + 64);
		char *outp = o->s + o->len;
		size_t outleft = o->cap - o->len;
		size_t r = iconv(cd, &in, &inleft, &outp, &outleft);
		o->len = (size_t)(outp - o->s);
		if (r != (size_t)-1)
			break;
		if (errno == E2BIG) {
			out_reserve(o, o->cap);
			continue;
		}
		/* EILSEQ or EINVAL (a sequence cut off at the end) */
		if (!bad++)
			*first_bad = (size_t)(in - s);
		out_put(o, replacement, 3);
		size_t skip = unit < inleft ? unit : inleft;
		in += skip;
		inleft -= skip;
	}
	iconv_close(cd);
	return bad;
}

/* The charset named after "charset=" or "encoding=" at p, into out. */
static void charset_token(const char *p, const char *end, char *out, size_t cap)
{
	while (p < end && (*p == ' ' || *p == '=' || *p == '"' || *p == '\''))
		p++;
	size_t k = 0;
	while (p < end && k + 1 < cap &&
	       ((*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z') ||
		(*p >= '0' && *p <= '9') || *p == '-' || *p == '_' || *p == '.' || *p == ':'))
		out[k++] = *p++;
	out[k] = '\0';
}

/* The charset an HTML page declares in its first 1024 bytes, or the one
 * an XML declaration names. */
static void declared_charset(const char *s, size_t n, bool html, char *out, size_t cap)
{
	out[0] = '\0';
	size_t lim = n < 1024 ? n : 1024;
	if (lim > 5 && memcmp(s, "<?xml", 5) == 0) {
		const char *end = memchr(s, '>', lim);
		const char *enc = end ? mem_find(s, (size_t)(end - s), "encoding", 8) : NULL;
		if (enc) {
			charset_token(enc + 8, end, out, cap);
			return;
		}
	}
	if (!html)
		return;
	char low[1024];
	for (size_t i = 0; i < lim; i++)
		low[i] = (char)((s[i] >= 'A' && s[i] <= 'Z') ? s[i] | 0x20 : s[i]);
	for (const char *p = low; (p = mem_find(p, lim - (size_t)(p - low), "<meta", 5));) {
		const char *end = memchr(p, '>', lim - (size_t)(p - low));
		if (!end)
			break;
		const char *cs = mem_find(p, (size_t)(end - p), "charset", 7);
		if (cs) {
			charset_token(cs + 7, end, out, cap);
			return;
		}
		p = end;
	}
}

/* WHATWG reads these labels as windows-1252, and so do newsroom files. */
static const char *charset_alias(const char *cs)
{
	static const char *const latin1[] = {
		"iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "ascii",
		"us-ascii", "iso_8859-1", "cp819", "ibm819", "x-cp1252",
	};
	for (size_t i = 0; i < COUNTOF(latin1); i++)
		if (!strcasecmp(cs, latin1[i]))
			return "WINDOWS-1252";
	return cs;
}

static bool is_utf8_label(const char *cs)
{
	return !cs[0] || !strcasecmp(cs, "utf-8") || !strcasecmp(cs, "utf8") ||
	       !strcasecmp(cs, "unicode-1-1-utf-8");
}

int read_decode(struct pc_doc *doc, bool html, char **err)
{
	const char *s = doc->data;
	size_t n = doc->len, first_bad = 0;
	struct outbuf o = { 0 };
	long bad = 0;
	const char *what = "UTF-8";
	char cs[64];

	if (n >= 2 && ((unsigned char)s[0] == 0xFF && (unsigned char)s[1] == 0xFE)) {
		bad = convert(&o, "UTF-16LE", s + 2, n - 2, 2, &first_bad);
		what = "UTF-16";
	} else if (n >= 2 && ((unsigned char)s[0] == 0xFE && (unsigned char)s[1] == 0xFF)) {
		bad = convert(&o, "UTF-16BE", s + 2, n - 2, 2, &first_bad);
		what = "UTF-16";
	} else if (n >= 4 && s[0] == '<' && s[1] == '\0' && s[2] != '\0') {
		bad = convert(&o, "UTF-16LE", s, n, 2, &first_bad);
		what = "UTF-16";
	} else if (n >= 4 && s[0] == '\0' && s[1] == '<') {
		bad = convert(&o, "UTF-16BE", s, n, 2, &first_bad);
		what = "UTF-16";
	} else {
		if (n >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0) {
			s += 3;
			n -= 3;
			cs[0] = '\0';
		} else {
			declared_charset(s, n, html, cs, sizeof(cs));
		}
		if (is_utf8_label(cs) || !strncasecmp(cs, "utf-16", 6)) {
			/* a page saying utf-16 in bytes an ASCII parser could read is
			 * not UTF-16 (WHATWG reads it as UTF-8 too) */
			bad = (long)copy_utf8(&o, s, n, &first_bad);
		} else {
			what = charset_alias(cs);
			bad = convert(&o, what, s, n, 1, &first_bad);
			if (bad < 0) {
				doc_warn(doc, "%s:1:1: warning: unknown charset \"%s\"; read as UTF-8",
					 doc->path, cs);
				what = "UTF-8";
				bad = (long)copy_utf8(&o, s, n, &first_bad);
			}
		}
	}
	if (bad < 0) {
		free(o.s);
		*err = xasprintf("%s: error: cannot convert from %s", doc->path, what);
		return -1;
	}
	char *copy = arena_alloc(&doc->arena, o.len + 1);
	if (o.len)
		memcpy(copy, o.s, o.len);
	copy[o.len] = '\0';
	free(o.s);
	doc->data = copy;
	doc->len = o.len;
	doc->cur_off = 0;
	doc->cur_line = 0;
	if (bad > 0)
		doc_warn(doc, "%s: warning: %ld byte%s not valid %s (first at byte %zu of "
			 "the file) read as U+FFFD, one column each", doc->path, bad,
			 bad == 1 ? "" : "s", what, first_bad);
	return 0;
}
