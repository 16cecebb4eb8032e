/* Inline suppressions: comments in the article that hide findings.
 *
 *   <!-- provcheck-disable RULE... -->             (Markdown, HTML)
 *   # provcheck: disable RULE...                   (plain text)
 *
 * Verbs: disable [RULE...] (to a matching enable, or the end), enable
 * [RULE...], disable-line, disable-next-line (the next line with text,
 * however many blank lines come first), and ignore RULE "first words"
 * (the claims starting with those words, anywhere).  No RULE means every
 * rule; " -- " ends the arguments and starts a reason for people to read
 * ("disable-next-line unsourced -- the clerk's figure").  A comment is
 * found wherever it stands: no blank lines needed
 * around it.  A suppression that hides nothing is itself reported, so
 * they do not outlive the sentences they were written for. */
#include "suppress.h"

#include <ctype.h>
#include <limits.h>
#include <stdint.h>
#include <string.h>

#include "judge.h"
#include "read.h"
#include "util.h"

enum verb { V_DISABLE, V_ENABLE, V_DISABLE_LINE, V_DISABLE_NEXT_LINE, V_IGNORE };

static const char *const verbs[] = {
	"disable", "enable", "disable-line", "disable-next-line", "ignore",
};

struct directive {
	enum verb verb;
	size_t start, end;          /* bytes of the comment */
	int line;                   /* line of the comment's start */
	int target;                 /* disable-next-line: the line it covers */
	bool all;
	bool rule[RULE_COUNT];
	int until[RULE_COUNT];      /* disable: the line enabling it again */
	const char *words;          /* ignore: folded first words */
	const char *text;           /* the directive, for messages */
	bool used;
};

struct scan {
	struct pc_doc *doc;
	struct directive *d;
	size_t n, cap;
};

/* Letters and digits only, lower-cased: "first words" match however the
 * claim is spaced or punctuated. */
static char *fold(struct arena *a, const char *s, size_t n)
{
	char *out = arena_alloc(a, n + 1), *o = out;
	for (size_t i = 0; i < n;) {
		size_t len;
		uint32_t cp = utf8_decode(s + i, n - i, &len, NULL);
		if (cp < 0x80) {
			if (isalnum((int)cp))
				*o++ = (char)tolower((int)cp);
		} else if (!(cp >= 0x2000 && cp <= 0x206F) && !(cp >= 0xA0 && cp <= 0xBF)) {
			memcpy(o, s + i, len);
			o += len;
		}
		i += len;
	}
	*o = '\0';
	return out;
}

static void invalid(struct scan *sc, size_t start, size_t end, const char *text,
		    const char *why)
{
	struct arena *a = &sc->doc->arena;
	judge_add_finding(sc->doc, RULE_INVALID_SUPPRESSION, -1, start, end, text,
			  arena_printf(a, "cannot use the suppression \"%s\": %s", text, why));
}

/* The quoted words of an ignore: "..." or curly quotes. */
static const char *quoted(struct arena *a, const char *s, size_t n, size_t *before)
{
	for (size_t i = 0; i < n;) {
		size_t len;
		uint32_t cp = utf8_decode(s + i, n - i, &len, NULL);
		if (cp == '"' || cp == 0x201C) {
			size_t q = i + len, e = q;
			while (e < n) {
				uint32_t c2 = utf8_decode(s + e, n - e, &len, NULL);
				if (c2 == '"' || c2 == 0x201D)
					break;
				e += len;
			}
			*before = i;
			return fold(a, s + q, e - q);
		}
		i += len;
	}
	*before = n;
	return NULL;
}

/* Parses "disable-next-line unsourced, single-source" (the text after
 * "provcheck-" or "provcheck:") into a directive at [start, end). */
static void parse(struct scan *sc, const char *s, size_t n, size_t start, size_t end)
{
	struct arena *a = &sc->doc->arena;
	const char *text = str_fold(a, s, n);
	size_t v = 0;
	while (v < n && (isalnum((unsigned char)s[v]) || s[v] == '-'))
		v++;
	int verb = -1;
	for (size_t k = 0; k < COUNTOF(verbs); k++)
		if (strlen(verbs[k]) == v && memcmp(s, verbs[k], v) == 0)
			verb = (int)k;
	if (verb < 0) {
		invalid(sc, start, end, text, "the verb must be disable, enable, "
			"disable-line, disable-next-line or ignore");
		return;
	}
	struct directive d = { .verb = (enum verb)verb, .start = start, .end = end,
			       .text = text };
	/* "-- why" after the arguments is the reason, for people */
	const char *why = mem_find(s + v, n - v, " --", 3);
	if (why)
		n = (size_t)(why - s);
	size_t args_end = n;
	if (d.verb == V_IGNORE) {
		d.words = quoted(a, s + v, n - v, &args_end);
		args_end += v;
		if (!d.words || !*d.words) {
			invalid(sc, start, end, text, "ignore needs a rule and the first "
				"words of the claim in quotes");
			return;
		}
	}
	int nrules = 0;
	for (size_t i = v; i < args_end;) {
		while (i < args_end && (s[i] == ' ' || s[i] == ',' || s[i] == '\t'))
			i++;
		size_t w = i;
		while (w < args_end && s[w] != ' ' && s[w] != ',' && s[w] != '\t')
			w++;
		if (w == i)
			break;
		char *id = arena_strndup(a, s + i, w - i);
		int r = judge_rule_from_id(id);
		if (r < 0) {
			invalid(sc, start, end, text,
				arena_printf(a, "no rule '%s' (see 'provcheck rules list')", id));
			return;
		}
		d.rule[r] = true;
		nrules++;
		i = w;
	}
	if (d.verb == V_IGNORE && nrules == 0) {
		invalid(sc, start, end, text, "ignore needs the rule it ignores");
		return;
	}
	d.all = nrules == 0;
	sc->d = arena_grow(a, sc->d, &sc->cap, sc->n + 1, sizeof(*sc->d));
	sc->d[sc->n++] = d;
}

/* Body of a comment, blanks trimmed, when it is meant for provcheck. */
static void directive_body(struct scan *sc, const char *s, size_t n, size_t start,
			   size_t end)
{
	while (n && isspace((unsigned char)*s)) {
		s++;
		n--;
	}
	while (n && isspace((unsigned char)s[n - 1]))
		n--;
	if (n < 10 || memcmp(s, "provcheck", 9) != 0 || (s[9] != '-' && s[9] != ':'))
		return;
	s += 10;
	n -= 10;
	while (n && (*s == ' ' || *s == '\t')) {
		s++;
		n--;
	}
	parse(sc, s, n, start, end);
}

static void scan_comments(struct scan *sc)
{
	const char *d = sc->doc->data;
	size_t len = sc->doc->len;
	for (size_t i = 0; i + 4 <= len;) {
		const char *o = mem_find(d + i, len - i, "<!--", 4);
		if (!o)
			break;
		size_t b = (size_t)(o - d) + 4;
		const char *c = mem_find(d + b, len - b, "-->", 3);
		size_t e = c ? (size_t)(c - d) : len;
		directive_body(sc, d + b, e - b, (size_t)(o - d), c ? e + 3 : len);
		i = c ? e + 3 : len;
	}
}

static void scan_text_lines(struct scan *sc)
{
	const char *d = sc->doc->data;
	size_t len = sc->doc->len;
	for (size_t i = 0; i < len;) {
		const char *nl = memchr(d + i, '\n', len - i);
		size_t e = nl ? (size_t)(nl - d) : len;
		long at = read_text_directive(d + i, e - i);
		if (at >= 0)
			directive_body(sc, d + i + at, e - i - (size_t)at, i, e);
		i = e + 1;
	}
}

static bool blank_line(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (!isspace((unsigned char)s[i]))
			return false;
	return true;
}

/* Where the search for the line disable-next-line covers starts: the
 * line after the one the comment ends on; SIZE_MAX when there is none. */
static size_t line_after(const struct pc_doc *doc, size_t end)
{
	const char *nl = memchr(doc->data + end, '\n', doc->len - end);
	return nl ? (size_t)(nl - doc->data) + 1 : SIZE_MAX;
}

/* The first line from offset `i` on with text that is not itself a
 * provcheck comment: its offset, or doc->len when there is none. */
static size_t next_text_offset(const struct pc_doc *doc, size_t i)
{
	const char *d = doc->data;
	while (i < doc->len) {
		const char *nl = memchr(d + i, '\n', doc->len - i);
		size_t e = nl ? (size_t)(nl - d) : doc->len;
		size_t k = i;
		while (k < e && isspace((unsigned char)d[k]))
			k++;
		const char *close = e - k >= 4 && memcmp(d + k, "<!--", 4) == 0 ?
				    mem_find(d + k, e - k, "-->", 3) : NULL;
		bool comment = read_text_directive(d + i, e - i) >= 0 ||
			       (close && blank_line(close + 3, e - (size_t)(close + 3 - d)));
		if (!blank_line(d + i, e - i) && !comment)
			return i;
		i = e + 1;
	}
	return doc->len;
}

/* Lines of the directives, the line each disable-next-line covers and
 * where each disable ends.  Both in linear time: an article may hold
 * thousands of comments, and searching on from each one alone was
 * quadratic (a run of disable-next-line comments, each searching past
 * all the others; every disable looking through all later directives for
 * its enable, rule by rule). */
static void resolve_ranges(struct scan *sc)
{
	struct pc_doc *doc = sc->doc;
	for (size_t i = 0; i < sc->n; i++) {
		struct directive *d = &sc->d[i];
		int col;
		doc_position(doc, d->start, &d->line, &col);
	}
	/* Directives are in reading order, so their searches start in order:
	 * when one starts no later than the text line found for the one
	 * before, no text line lies between, and that line is its target. */
	size_t from_prev = 0, found = SIZE_MAX;
	int found_line = INT_MAX;
	for (size_t i = 0; i < sc->n; i++) {
		struct directive *d = &sc->d[i];
		if (d->verb != V_DISABLE_NEXT_LINE)
			continue;
		size_t from = line_after(doc, d->end);
		if (from == SIZE_MAX) {
			d->target = INT_MAX;
			continue;
		}
		if (found == SIZE_MAX || from > found || from < from_prev) {
			found = next_text_offset(doc, from);
			found_line = INT_MAX;
			if (found < doc->len) {
				int col;
				doc_position(doc, found, &found_line, &col);
			}
		}
		from_prev = from;
		d->target = found_line;
	}
	/* a disable lasts to the first later enable of its rule: from the
	 * last directive back, the next enable of every rule is known */
	int next_enable[RULE_COUNT];
	for (int r = 0; r < RULE_COUNT; r++)
		next_enable[r] = INT_MAX;
	for (size_t i = sc->n; i-- > 0;) {
		struct directive *d = &sc->d[i];
		for (int r = 0; r < RULE_COUNT; r++) {
			if (d->verb == V_DISABLE)
				d->until[r] = next_enable[r];
			else if (d->verb == V_ENABLE && (d->all || d->rule[r]))
				next_enable[r] = d->line;
		}
	}
}

/* `key`: the folded text of the finding's claim when an ignore needs it
 * (NULL for a finding about no claim). */
static bool covers(const struct directive *d, const struct finding *f, const char *key)
{
	if (!d->all && !d->rule[f->rule])
		return false;
	switch (d->verb) {
	case V_DISABLE:
		return f->line >= d->line && f->line < d->until[f->rule];
	case V_DISABLE_LINE:
		return f->line <= d->line && d->line <= f->end_line;
	case V_DISABLE_NEXT_LINE:
		return f->line <= d->target && d->target <= f->end_line;
	case V_IGNORE:
		return key && strncmp(key, d->words, strlen(d->words)) == 0;
	case V_ENABLE:
		break;
	}
	return false;
}

/* Back in reading order once the comments' own findings are in: the
 * list is nearly sorted, so insertion sort is linear here. */
static void sort_findings(struct pc_doc *doc)
{
	for (size_t i = 1; i < doc->nfindings; i++) {
		struct finding f = doc->findings[i];
		size_t k = i;
		while (k > 0 && (doc->findings[k - 1].line > f.line ||
				 (doc->findings[k - 1].line == f.line &&
				  doc->findings[k - 1].col > f.col))) {
			doc->findings[k] = doc->findings[k - 1];
			k--;
		}
		doc->findings[k] = f;
	}
}

void suppress_document(struct pc_doc *doc)
{
	struct scan sc = { .doc = doc };
	size_t before = doc->nfindings;
	doc->nsuppressed = 0;
	if (doc->format && strcmp(doc->format, "text") == 0)
		scan_text_lines(&sc);
	else
		scan_comments(&sc);
	if (sc.n == 0)
		goto out;
	resolve_ranges(&sc);
	bool ignores = false;
	for (size_t k = 0; k < sc.n; k++)
		ignores |= sc.d[k].verb == V_IGNORE;
	size_t kept = 0;
	for (size_t i = 0; i < before; i++) {
		struct finding *f = &doc->findings[i];
		bool hidden = false;
		/* folded once a finding, not once for every ignore: thousands
		 * of each made it quadratic in time and in arena memory */
		const char *key = NULL;
		if (ignores && f->claim >= 0) {
			const char *t = doc->claims[f->claim].text;
			key = fold(&doc->arena, t, strlen(t));
		}
		for (size_t k = 0; k < sc.n; k++)
			if (covers(&sc.d[k], f, key)) {
				sc.d[k].used = true;
				hidden = true;
			}
		if (hidden)
			doc->nsuppressed++;
		else
			doc->findings[kept++] = *f;
	}
	/* findings about malformed comments were added after `before`; with
	 * none at all (valid comments in an article without findings) the
	 * list is still NULL, and NULL + 0 is undefined even for memmove */
	if (doc->nfindings > before)
		memmove(doc->findings + kept, doc->findings + before,
			(doc->nfindings - before) * sizeof(*doc->findings));
	doc->nfindings = kept + (doc->nfindings - before);
	for (size_t k = 0; k < sc.n; k++) {
		const struct directive *d = &sc.d[k];
		if (d->used || d->verb == V_ENABLE)
			continue;
		judge_add_finding(doc, RULE_UNUSED_SUPPRESSION, -1, d->start, d->end, d->text,
				  arena_printf(&doc->arena, "the suppression \"%s\" hides no "
					       "finding: remove it, or fix its rule or words",
					       d->text));
	}
out:
	sort_findings(doc);
}
