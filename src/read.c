#include "read.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "util.h"


static const char *const label_words[] = {
	"updated", "update", "breaking", "news", "live", "developing",
	"analysis", "opinion", "exclusive", "advertisement", "published",
	"posted", "last updated", "read more", "related", "watch", "listen",
	"comment", "explainer", "factbox", "correction",
};

static size_t count_words(const char *s, size_t n)
{
	size_t w = 0;
	bool in = false;
	for (size_t i = 0; i < n; i++) {
		bool sp = s[i] == ' ' || s[i] == '\t' || s[i] == '\n';
		if (!sp && !in)
			w++;
		in = !sp;
	}
	return w;
}

/* Words starting in lower case: a byline names people and outlets
 * ("By Jane Doe and John Roe, staff writers"), a sentence runs on in
 * lower case ("By Rautio's count, at least eight members have ...") */
static size_t count_lower_words(const char *s, size_t n)
{
	size_t w = 0;
	for (size_t i = 0; i < n; i++) {
		if (i && s[i - 1] != ' ')
			continue;
		size_t len;
		w += cp_is_lower(utf8_decode(s + i, n - i, &len, NULL));
	}
	return w;
}

static bool ends_sentence(const char *s, size_t n)
{
	while (n && (s[n - 1] == ' '))
		n--;
	if (!n)
		return false;
	size_t p = utf8_prev(s, n), len;
	uint32_t cp = utf8_decode(s + p, n - p, &len, NULL);
	if (cp_is_dquote(cp) || cp == 0x2019 || cp == '\'' || cp == ')') {
		if (!p)
			return false;
		size_t q = utf8_prev(s, p);
		cp = utf8_decode(s + q, p - q, &len, NULL);
	}
	return cp == '.' || cp == '!' || cp == '?' || cp == ':' || cp == 0x2026;
}

static bool is_time(const char *s, size_t n)
{
	size_t i = 0;
	while (i < n && cp_is_digit((unsigned char)s[i]))
		i++;
	if (i == 0 || i > 2 || i >= n || (s[i] != ':' && s[i] != '.'))
		return false;
	if (i + 3 > n || !cp_is_digit((unsigned char)s[i + 1]) ||
	    !cp_is_digit((unsigned char)s[i + 2]))
		return false;
	return n <= 28;
}

/* "AP cycling: https://apnews.com/hub/cycling", and a wire's sign-off
 * initials "nj/ah/gle": lines that say nothing. */
static bool is_link_or_signoff(const char *s, size_t n)
{
	if (n <= 120 && count_words(s, n) <= 8 &&
	    (mem_find(s, n, "http://", 7) || mem_find(s, n, "https://", 8) ||
	     mem_find(s, n, "www.", 4)))
		return true;
	if (n > 24 || !memchr(s, '/', n))
		return false;
	for (size_t i = 0; i < n; i++)
		if (!((s[i] >= 'a' && s[i] <= 'z') || s[i] == '/' || s[i] == '-'))
			return false;
	return true;
}

static bool is_signature(const char *s, size_t n)
{
	size_t words = 0, commas = 0;
	for (size_t i = 0; i < n;) {
		while (i < n && s[i] == ' ')
			i++;
		if (i >= n)
			break;
		size_t len;
		uint32_t cp = utf8_decode(s + i, n - i, &len, NULL);
		if (!cp_is_upper(cp))
			return false;
		words++;
		while (i < n && s[i] != ' ') {
			cp = utf8_decode(s + i, n - i, &len, NULL);
			if (cp == ',')
				commas++;
			else if (!cp_is_alpha(cp) && cp != '-' && cp != '\'' && cp != 0x2019 && cp != '.')
				return false;
			i += len;
		}
	}
	return commas == 1 && words >= 3 && words <= 6 && s[n - 1] != ',';
}

bool read_is_label(const char *s, size_t n)
{
	if (n && is_link_or_signoff(s, n))
		return true;
	if (!n || n > 60)
		return false;
	if (is_time(s, n))
		return true; /* "3:50 p.m." ends in a period and is no sentence */
	if (ends_sentence(s, n))
		return false;
	for (size_t i = 0; i < COUNTOF(label_words); i++) {
		size_t l = strlen(label_words[i]);
		if (n >= l && strncasecmp(s, label_words[i], l) == 0 &&
		    (n == l || s[l] == ' ' || s[l] == ':'))
			return n <= 48 || i < 2;
	}
	/* a date line: "Nov 3, 2026", "3 November 2026 10:15 GMT" */
	size_t w = 0;
	while (w < n && s[w] != ' ' && s[w] != ',')
		w++;
	if (is_month_name(s, w) || (cp_is_digit((unsigned char)s[0]) && n <= 30)) {
		bool digit = false;
		for (size_t i = 0; i < n; i++)
			digit |= cp_is_digit((unsigned char)s[i]);
		return digit && count_words(s, n) <= 6;
	}
	/* a letter's signature: "Helen Marchbank, Ludlow", every word
	 * capitalised, one comma, no sentence */
	if (is_signature(s, n))
		return true;
	/* all capitals and short: "NEWS", "WORLD / EUROPE" */
	bool letter = false;
	for (size_t i = 0; i < n;) {
		size_t len;
		uint32_t cp = utf8_decode(s + i, n - i, &len, NULL);
		if (cp_is_lower(cp))
			return false;
		letter |= cp_is_alpha(cp);
		i += len;
	}
	return letter && count_words(s, n) <= 4;
}

static bool has_digit(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (s[i] >= '0' && s[i] <= '9')
			return true;
	return false;
}

bool read_is_byline(const char *s, size_t n)
{
	/* a name follows "By": "By his count, ..." and "by the end of
	 * March" open sentences */
	size_t len, w = 3;
	while (w < n && (s[w] == ' ' || s[w] == '\n' || s[w] == '\t'))
		w++;
	if (w < n && strncasecmp(s, "by", 2) == 0 && (s[2] == ' ' || s[2] == '\n') &&
	    !cp_is_upper(utf8_decode(s + w, n - w, &len, NULL)))
		return false;
	/* "Associated Press writer Grace Wanjiru in Nairobi, Kenya,
	 * contributed to this report.": the wire's credit line */
	static const char credit[] = " contributed to this report.";
	size_t cl = sizeof(credit) - 1;
	if (n > cl && n <= 200 && memcmp(s + n - cl, credit, cl) == 0)
		return true;
	/* "By Monday, 40 schools had closed.": a sentence with a figure */
	if (n > 160 || ends_sentence(s, n))
		return n > 3 && strncmp(s, "By ", 3) == 0 && count_words(s, n) <= 14 &&
		       !strstr(s, " said") && !has_digit(s, n) && count_lower_words(s, n) <= 3;
	if (n > 3 && (strncmp(s, "By ", 3) == 0 || strncmp(s, "BY ", 3) == 0))
		return count_words(s, n) <= 14;
	if (strncmp(s, "(Reporting by", 13) == 0 || strncmp(s, "Reporting by", 12) == 0 ||
	    strncmp(s, "Editing by", 10) == 0 || strncmp(s, "Writing by", 10) == 0 ||
	    ((strncmp(s, "Interview by ", 13) == 0 || strncmp(s, "Interviewed by ", 15) == 0) &&
	     count_words(s, n) <= 8 && !ends_sentence(s, n)) ||
	    strncmp(s, "Additional reporting", 20) == 0)
		return true;
	return false;
}

bool read_looks_headline(const char *s, size_t n, bool first)
{
	size_t words = count_words(s, n);
	if (!n || words > 24 || ends_sentence(s, n)) {
		/* a headline may end in a question mark, and a title line of
		 * its own at the top of a plain file in a full stop ("Rabbis
		 * vow to boycott speech.") */
		return first && n && (s[n - 1] == '?' || s[n - 1] == '.') && words <= 24;
	}
	if (first)
		return true;
	/* a crosshead inside the body: short and in title case */
	if (words > 10)
		return false;
	size_t caps = 0, long_words = 0;
	for (size_t i = 0; i < n;) {
		while (i < n && s[i] == ' ')
			i++;
		size_t st = i;
		while (i < n && s[i] != ' ')
			i++;
		if (i - st >= 4) {
			long_words++;
			caps += starts_upper(s + st, i - st);
		}
	}
	return long_words && caps * 10 >= long_words * 7;
}

static bool all_caps_word(const char *s, size_t n, size_t *wlen)
{
	size_t i = 0, letters = 0;
	while (i < n) {
		size_t len;
		uint32_t cp = utf8_decode(s + i, n - i, &len, NULL);
		if (cp_is_upper(cp))
			letters++;
		else if (cp_is_lower(cp))
			return false;
		else if (cp != '.' && cp != '\'' && cp != '-' && cp != '/') /* "LONDON/DUBAI" */
			break;
		i += len;
	}
	*wlen = i;
	return letters >= 2;
}

size_t read_dateline(const pc_rules *rules, const char *s, size_t n,
		     const struct gaz_entry **wire)
{
	size_t lim = n < 90 ? n : 90, i;
	size_t dash = 0, dash_end = 0;
	for (i = 0; i < lim;) {
		size_t len;
		uint32_t cp = utf8_decode(s + i, lim - i, &len, NULL);
		if ((cp == 0x2014 || cp == 0x2013 || cp == '-') && i > 0 && s[i - 1] == ' ') {
			size_t j = i + len;
			if (cp == '-' && j < lim && s[j] == '-')
				j++;
			/* "TALLINN, June 12 —" alone in its paragraph */
			if ((j < n && s[j] == ' ') || j == n) {
				dash = i;
				dash_end = j;
				break;
			}
		}
		if (cp == '.' && i + 1 < lim && s[i + 1] == ' ' && i > 0 &&
		    cp_is_lower((unsigned char)s[i - 1])) {
			/* "SANTA ROSA, Calif. (AP) —" holds an abbreviation */
			size_t w = i;
			while (w > 0 && s[w - 1] != ' ')
				w--;
			char word[16];
			size_t wl = i - w;
			if (wl == 0 || wl >= sizeof(word))
				return 0;
			for (size_t k = 0; k < wl; k++)
				word[k] = (char)(s[w + k] | 0x20);
			word[wl] = '\0';
			if (!(lex_class(&rules->abbrev, word) & ABBR_ANY))
				return 0; /* a sentence ended: no dateline */
		}
		i += len;
	}
	if (!dash)
		return 0;
	size_t wl;
	bool caps = all_caps_word(s, dash, &wl) && wl >= 3;
	/* "SANTA ROSA, Calif. (AP) -": the place is in capitals up to its
	 * comma; "GOP front-runner Donald Trump - who ..." is no dateline */
	for (size_t k = wl; caps && k < dash && s[k] != ',' && s[k] != '(';) {
		while (k < dash && s[k] == ' ')
			k++;
		if (k >= dash || s[k] == ',' || s[k] == '(')
			break;
		size_t l2;
		/* "THYON 2000, Switzerland —": a resort's number is its name's */
		size_t digits = 0;
		while (k + digits < dash && s[k + digits] >= '0' && s[k + digits] <= '9')
			digits++;
		if (digits && (k + digits == dash || s[k + digits] == ' ' || s[k + digits] == ',')) {
			k += digits;
			continue;
		}
		if (!all_caps_word(s + k, dash - k, &l2) || l2 == 0)
			caps = false;
		k += l2 ? l2 : 1;
	}
	const struct gaz_entry *agency = NULL;
	const char *open = memchr(s, '(', dash);
	if (open) {
		const char *close = memchr(open, ')', (size_t)(s + dash - open));
		if (close) {
			char *key;
			char tmp[64];
			size_t l = (size_t)(close - open - 1);
			if (l < sizeof(tmp)) {
				memcpy(tmp, open + 1, l);
				tmp[l] = '\0';
				key = name_key(tmp);
				agency = rules_gazetteer_lookup(rules, key);
				free(key);
			}
		}
	}
	if (!caps && !agency)
		return 0;
	/* the part before the dash holds no clause: few lower-case words */
	size_t lower = 0;
	for (size_t k = 0; k < dash; k++)
		if ((k == 0 || s[k - 1] == ' ') && cp_is_lower((unsigned char)s[k]))
			lower++;
	if (lower > 1)
		return 0;
	while (dash_end < n && s[dash_end] == ' ')
		dash_end++;
	if (wire)
		*wire = agency;
	return dash_end;
}

size_t read_credit(const pc_rules *rules, const char *s, size_t n, size_t *cap_end)
{
	static const char *const markers[] = {
		"(Photo: ", "Photo: ", "(Photo by ", "Photo by ", "Photograph: ",
		"(Photograph: ", "Credit: ", "(Credit: ", "Photo credit: ",
		"Image: ", "(Image: ",
	};
	*cap_end = n;
	for (size_t m = 0; m < COUNTOF(markers); m++) {
		const char *hit = NULL, *p = s;
		size_t ml = strlen(markers[m]);
		while ((p = strstr(p, markers[m])) && (size_t)(p - s) < n) {
			hit = p;
			p += ml;
		}
		if (hit && hit > s && (size_t)(s + n - hit) <= 80) {
			size_t at = (size_t)(hit - s);
			*cap_end = at;
			while (*cap_end && s[*cap_end - 1] == ' ')
				(*cap_end)--;
			return at + (markers[m][0] == '(' ? 1 : 0);
		}
	}
	/* a credit glued to the final period: "...in Kharkiv.AP" */
	for (size_t i = n; i-- > 1;) {
		if (s[i] != '.')
			continue;
		if (i + 1 >= n || !cp_is_upper((unsigned char)s[i + 1]))
			break;
		if (!cp_is_alpha((unsigned char)s[i - 1]) && s[i - 1] != ')' &&
		    !((unsigned char)s[i - 1] & 0x80))
			break;
		const char *c = s + i + 1;
		size_t cl = n - i - 1;
		if (cl > 60)
			break;
		for (size_t k = 0; k + 1 < cl; k++)
			if (c[k] == ' ' && cp_is_lower((unsigned char)c[k + 1]))
				return n;
		/* "U.S.Army" is no credit: the credit must be a known
		 * source or look like an agency or photographer's name */
		char tmp[64];
		memcpy(tmp, c, cl);
		tmp[cl] = '\0';
		char *slash = strchr(tmp, '/');
		if (slash)
			*slash = '\0';
		char *key = name_key(tmp);
		bool known = rules_gazetteer_lookup(rules, key) != NULL ||
			     strstr(tmp, "Getty") || strstr(tmp, "EPA") ||
			     strstr(tmp, "Images") || strstr(tmp, "Handout") ||
			     slash != NULL;
		free(key);
		if (!known)
			break;
		*cap_end = i + 1;
		return i + 1;
	}
	return n;
}

static int check_nul(struct pc_doc *doc, char **err)
{
	const char *nul = memchr(doc->data, '\0', doc->len);
	if (!nul)
		return 0;
	int line, col;
	size_t at = (size_t)(nul - doc->data);
	doc_position(doc, at, &line, &col);
	*err = xasprintf("%s:%d:%d: error: NUL byte at byte %zu: this is not a text file "
			 "(use --input-format for other formats)", doc->path, line, col, at);
	return -1;
}

/* Text and Markdown are read as they are: a bad byte is one U+FFFD where
 * it stands (markup is decoded, and so repaired, by read_decode). */
static void warn_invalid_utf8(struct pc_doc *doc)
{
	const char *d = doc->data;
	size_t n = doc->len, bad = 0, first_bad = 0;
	for (size_t i = 0; i < n;) {
		if ((unsigned char)d[i] < 0x80) {
			i++;
			continue;
		}
		size_t len;
		bool b = false;
		utf8_decode(d + i, n - i, &len, &b);
		if (b && !bad++)
			first_bad = i;
		i += len;
	}
	if (!bad)
		return;
	int line, col;
	doc_position(doc, first_bad, &line, &col);
	doc_warn(doc, "%s:%d:%d: warning: %zu invalid UTF-8 byte%s "
		 "(first at byte %zu) read as U+FFFD; offsets still count "
		 "the original bytes", doc->path, line, col, bad,
		 bad == 1 ? "" : "s", first_bad);
}

static const struct {
	const char *name;
	enum pc_format format;
} format_names[] = {
	{ "text", PC_FORMAT_TEXT }, { "markdown", PC_FORMAT_MARKDOWN },
	{ "html", PC_FORMAT_HTML }, { "nitf", PC_FORMAT_NITF },
	{ "newsml", PC_FORMAT_NITF }, { "xml", PC_FORMAT_NITF },
	{ "docx", PC_FORMAT_DOCX }, { "odt", PC_FORMAT_ODT },
};

static const struct {
	const char *ext;
	enum pc_format format;
} extensions[] = {
	{ ".md", PC_FORMAT_MARKDOWN }, { ".markdown", PC_FORMAT_MARKDOWN },
	{ ".mdown", PC_FORMAT_MARKDOWN }, { ".mkd", PC_FORMAT_MARKDOWN },
	{ ".html", PC_FORMAT_HTML }, { ".htm", PC_FORMAT_HTML },
	{ ".xhtml", PC_FORMAT_HTML }, { ".nitf", PC_FORMAT_NITF },
	{ ".xml", PC_FORMAT_NITF }, { ".docx", PC_FORMAT_DOCX },
	{ ".odt", PC_FORMAT_ODT },
};

int pc_format_from_name(const char *name)
{
	for (size_t i = 0; i < COUNTOF(format_names); i++)
		if (!strcasecmp(name, format_names[i].name))
			return (int)format_names[i].format;
	return -1;
}

enum pc_format pc_format_from_path(const char *path)
{
	const char *dot = strrchr(path, '.');
	for (size_t i = 0; dot && i < COUNTOF(extensions); i++)
		if (!strcasecmp(dot, extensions[i].ext))
			return extensions[i].format;
	return PC_FORMAT_TEXT;
}

/* Old Mac files end lines with a lone CR: every stage and emitter counts
 * lines by LF, so such a file would be one line and one paragraph.  Each
 * lone CR becomes an LF in the text the stages read, byte for byte (the
 * offsets still point into the input, which itself stays as read: the
 * database hashes it). */
static void lone_cr_to_lf(struct pc_doc *doc)
{
	const char *cr = memchr(doc->data, '\r', doc->len);
	for (; cr; cr = memchr(cr + 1, '\r', doc->len - (size_t)(cr + 1 - doc->data)))
		if ((size_t)(cr + 1 - doc->data) >= doc->len || cr[1] != '\n')
			break;
	if (!cr)
		return;
	size_t first = (size_t)(cr - doc->data);
	char *t = (char *)doc->data;
	if (doc->data == doc->input) {
		t = arena_alloc(&doc->arena, doc->len + 1);
		memcpy(t, doc->data, doc->len + 1);
		doc->data = t;
	}
	for (size_t i = first; i < doc->len; i++)
		if (t[i] == '\r' && (i + 1 >= doc->len || t[i + 1] != '\n'))
			t[i] = '\n';
}

int read_document(struct pc_doc *doc, const pc_rules *rules,
		  enum pc_format format, char **err)
{
	if (doc->len > PC_MAX_INPUT) {
		*err = xasprintf("%s: error: %zu bytes, over the %d MB limit for one article",
				 doc->path, doc->len, PC_MAX_INPUT >> 20);
		return -1;
	}
	if (format == PC_FORMAT_AUTO)
		format = pc_format_from_path(doc->path);
	switch (format) {
	case PC_FORMAT_DOCX:
	case PC_FORMAT_ODT:
		doc->format = format == PC_FORMAT_DOCX ? "docx" : "odt";
		return read_office(doc, rules, format == PC_FORMAT_ODT, err);
	case PC_FORMAT_HTML:
	case PC_FORMAT_NITF:
		if (read_decode(doc, format == PC_FORMAT_HTML, err) || check_nul(doc, err))
			return -1;
		lone_cr_to_lf(doc);
		if (format == PC_FORMAT_HTML) {
			doc->format = "html";
			return read_html(doc, rules, err);
		}
		return read_nitf(doc, rules, err);
	case PC_FORMAT_MARKDOWN:
		if (check_nul(doc, err))
			return -1;
		warn_invalid_utf8(doc);
		lone_cr_to_lf(doc);
		doc->format = "markdown";
		return read_markdown(doc, rules);
	default:
		if (check_nul(doc, err))
			return -1;
		warn_invalid_utf8(doc);
		lone_cr_to_lf(doc);
		doc->format = "text";
		return read_text(doc, rules);
	}
}

static void trim_span(const char *s, size_t *a, size_t *b)
{
	while (*a < *b && (s[*a] == ' ' || s[*a] == '\t' || s[*a] == '\n' || s[*a] == '\r'))
		(*a)++;
	while (*b > *a && (s[*b - 1] == ' ' || s[*b - 1] == '\t' || s[*b - 1] == '\n' || s[*b - 1] == '\r'))
		(*b)--;
}

/* Copies raw text [s, e) with its offset map into a new document block. */
static void add_sub(struct pc_doc *doc, const struct block *raw, size_t s,
		    size_t e, enum block_kind kind, int para)
{
	trim_span(raw->text, &s, &e);
	if (s >= e)
		return;
	struct block *b = doc_add_block(doc, kind);
	size_t cap = 0, capmap = 0;
	b->para = para;
	b->aside = raw->aside;
	b->bold = raw->bold;
	for (size_t k = 0; k < raw->nmap; k++) {
		size_t ts = raw->map[k].text_off;
		size_t te = k + 1 < raw->nmap ? raw->map[k + 1].text_off : raw->len;
		size_t lo = ts > s ? ts : s, hi = te < e ? te : e;
		if (lo >= hi)
			continue;
		const struct span_map *m = &raw->map[k];
		if (m->replaced)
			block_append_replaced(doc, b, &cap, &capmap, raw->text + lo, hi - lo,
					      m->src_off, m->src_len);
		else
			block_append(doc, b, &cap, &capmap, raw->text + lo, hi - lo,
				     m->src_off + (lo - ts));
	}
}

void read_paragraph(struct pc_doc *doc, const pc_rules *rules,
		    struct read_ctx *ctx, const struct block *raw,
		    enum block_kind hint, bool single_line)
{
	size_t s = 0, e = raw->len;
	trim_span(raw->text, &s, &e);
	if (s >= e)
		return;
	const char *t = raw->text + s;
	size_t n = e - s;
	int para = ++ctx->para;
	bool dek_allowed = ctx->dek_allowed;
	ctx->dek_allowed = false;

	/* a live blog's entry headed by its time ("### 12:40 p.m. CDT")
	 * states nothing */
	if (hint == BLOCK_HEADING && is_time(t, n)) {
		add_sub(doc, raw, s, e, BLOCK_LABEL, para);
		ctx->dek_allowed = dek_allowed;
		return;
	}
	if (hint == BLOCK_HEADLINE || hint == BLOCK_HEADING || hint == BLOCK_DEK) {
		if (hint == BLOCK_HEADLINE) {
			if (ctx->seen_headline)
				hint = BLOCK_HEADING;
			ctx->seen_headline = true;
			ctx->dek_allowed = true;
		}
		add_sub(doc, raw, s, e, hint, para);
		return;
	}
	/* the markup said what it is: a byline, a timestamp, a credit */
	if ((hint == BLOCK_BYLINE && n <= 160) || (hint == BLOCK_LABEL && n <= 100) ||
	    hint == BLOCK_CREDIT || hint == BLOCK_DATELINE) {
		add_sub(doc, raw, s, e, hint, para);
		ctx->dek_allowed = dek_allowed;
		return;
	}
	if (hint == BLOCK_BYLINE || hint == BLOCK_LABEL)
		hint = BLOCK_BODY;
	if (hint == BLOCK_BODY) {
		if (read_is_byline(t, n)) {
			add_sub(doc, raw, s, e, BLOCK_BYLINE, para);
			ctx->dek_allowed = dek_allowed;
			return;
		}
		if (read_is_label(t, n)) {
			add_sub(doc, raw, s, e, BLOCK_LABEL, para);
			ctx->dek_allowed = dek_allowed;
			return;
		}
		if (!ctx->seen_headline && !ctx->seen_body && single_line &&
		    read_looks_headline(t, n, true)) {
			ctx->seen_headline = true;
			ctx->dek_allowed = true;
			add_sub(doc, raw, s, e, BLOCK_HEADLINE, para);
			return;
		}
	}
	size_t cap_end;
	size_t credit = read_credit(rules, t, n, &cap_end);
	bool photo = n > 6 && (strncasecmp(t, "photo:", 6) == 0 ||
			       strncasecmp(t, "caption:", 8) == 0 ||
			       strncasecmp(t, "pictured:", 9) == 0);
	if (credit < n || photo || hint == BLOCK_CAPTION) {
		size_t cs = s;
		if (photo)
			cs += (size_t)(strchr(t, ':') - t) + 1;
		add_sub(doc, raw, cs, s + cap_end, BLOCK_CAPTION, para);
		if (credit < n) {
			size_t ce = e;
			if (raw->text[ce - 1] == ')')
				ce--;
			add_sub(doc, raw, s + credit, ce, BLOCK_CREDIT, para);
		}
		return;
	}
	if (hint == BLOCK_BODY && dek_allowed && !ctx->seen_dek && !ctx->seen_body &&
	    !read_dateline(rules, t, n, NULL)) {
		ctx->seen_dek = true;
		add_sub(doc, raw, s, e, BLOCK_DEK, para);
		return;
	}
	if (hint == BLOCK_BODY && single_line && ctx->seen_body &&
	    read_looks_headline(t, n, false)) {
		add_sub(doc, raw, s, e, BLOCK_HEADING, para);
		return;
	}
	const struct gaz_entry *wire = NULL;
	size_t dl = read_dateline(rules, t, n, &wire);
	if (dl) {
		/* "PARIS (AFP) -": the wire that delivered the story */
		if (wire && !doc->credit)
			doc->credit = arena_strdup(&doc->arena, wire->name);
		add_sub(doc, raw, s, s + dl, BLOCK_DATELINE, para);
		if (dl >= n) {
			ctx->seen_body = true; /* the dateline alone; the story opens below it */
			return;
		}
		s += dl;
	}
	ctx->seen_body = true;
	add_sub(doc, raw, s, e, hint, para);
}

void read_finish(struct pc_doc *doc)
{
	size_t ncap = 0;
	for (size_t k = 0; k < doc->nblocks; k++)
		ncap += doc->blocks[k].kind == BLOCK_CAPTION;
	if (!ncap)
		return;
	for (size_t k = 0; k < doc->nblocks; k++) {
		const struct block *c = &doc->blocks[k];
		if (c->kind != BLOCK_CAPTION || c->len < 20)
			continue;
		for (size_t i = 0; i < doc->nblocks; i++) {
			struct block *b = &doc->blocks[i];
			if (b->kind != BLOCK_BODY || b->len + 1 < c->len ||
			    b->len > c->len + 1)
				continue;
			size_t l = b->len < c->len ? b->len : c->len;
			/* a caption pasted twice, once without its credit */
			if (strncmp(b->text, c->text, l) == 0)
				b->kind = BLOCK_CAPTION;
		}
	}
}

/* After "is" (the words from token k on): who the writer is, a post
 * ("a ward sister", "professor of ...", "general secretary of ..."), not
 * where or how a work is ("is out now", "is at the Royal Exchange"). */
static bool post_follows(const pc_rules *rules, const struct token *t, size_t nt, size_t k)
{
	for (size_t w = k; w < nt && w < k + 3; w++) {
		if (t[w].kind != TOK_WORD)
			return false;
		uint64_t g = rules_grammar(rules, t[w].low);
		if (w == k && (g & G_DETERMINER))
			return true;
		if (w > k && (g & G_LINKER)) /* "professor of", "head teacher of" */
			return true;
		if (w == k && (g & (G_PREPOSITION | G_ADVERB)))
			return false;
	}
	return false;
}

/* "*Helen Marsh is professor of labour economics at the University of
 * Warwick. She writes in a personal capacity.*": an opinion piece
 * closing on a paragraph in italics that opens on a name and "is" tells
 * who wrote it, a credit like a byline, no claim of the story's. */
void read_author_note(struct pc_doc *doc, const pc_rules *rules)
{
	if (!doc->nblocks)
		return;
	struct block *b = &doc->blocks[doc->nblocks - 1];
	if (b->kind != BLOCK_BODY || !b->aside)
		return;
	struct arena a = { 0 };
	struct token *t;
	size_t nt = tokenize(&a, b->text, b->len, &t), be = 0;
	/* a name: two or three words with capitals, then "is" ("The
	 * Dispensary is at the Royal Exchange" names a play) */
	while (be < nt && t[be].kind == TOK_WORD && !(be >= 2 && (rules_grammar(rules, t[be].low) & G_BE))) {
		if (be == 3 || !t[be].upper || (rules_grammar(rules, t[be].low) & G_DETERMINER))
			goto out;
		be++;
	}
	if (be >= 2 && be < nt && t[be].kind == TOK_WORD && post_follows(rules, t, nt, be + 1))
		b->kind = BLOCK_CREDIT;
out:
	arena_free(&a);
}
