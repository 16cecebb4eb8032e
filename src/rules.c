#include "rules.h"

#include <dirent.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "config.h"
#include "checkworthy.h"
#include "corroborate.h"
#include "judge.h"
#include "util.h"

struct loader {
	pc_rules *r;
	const char *file;
	int line;
	char *err;
	/* rules_load_memory: the text of the one file, read instead of it */
	const char *mem;
	size_t memlen;
};

static int fail(struct loader *ld, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

static int fail(struct loader *ld, const char *fmt, ...)
{
	char msg[1024];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	ld->err = xasprintf("%s:%d: error: %s", ld->file, ld->line, msg);
	return -1;
}

static char *trim(char *s)
{
	while (*s == ' ' || *s == '\t')
		s++;
	char *e = s + strlen(s);
	while (e > s && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r' ||
			 e[-1] == '\n'))
		*--e = '\0';
	return s;
}

static void lower_inplace(char *s)
{
	struct arena a = { 0 };
	char *l = str_lower(&a, s, strlen(s));
	if (strlen(l) <= strlen(s))
		strcpy(s, l);
	arena_free(&a);
}

/* Reads a whole file; NUL bytes are an error for rule files. */
static char *slurp(struct loader *ld, const char *path)
{
	size_t n = 0;
	char *buf;
	if (ld->mem) {
		n = ld->memlen;
		buf = xmalloc(n + 1);
		memcpy(buf, ld->mem, n);
	} else {
		FILE *f = fopen(path, "rb");
		if (!f) {
			ld->line = 0;
			fail(ld, "cannot open: %s", strerror(errno));
			return NULL;
		}
		size_t cap = 4096, got;
		buf = xmalloc(cap);
		while ((got = fread(buf + n, 1, cap - n - 1, f)) > 0) {
			n += got;
			if (cap - n - 1 == 0)
				buf = xrealloc(buf, cap *= 2);
		}
		fclose(f);
	}
	buf[n] = '\0';
	if (strlen(buf) != n) {
		ld->line = 1;
		for (const char *p = buf; *p; p++)
			ld->line += *p == '\n';
		fail(ld, "NUL byte in rule file");
		free(buf);
		return NULL;
	}
	return buf;
}

/* Calls fn for each content line (comments and blank lines skipped). */
static int each_line(struct loader *ld, const char *path,
		     int (*fn)(struct loader *, char *, void *), void *arg)
{
	char *buf = slurp(ld, path);
	if (!buf)
		return -1;
	int rc = 0;
	char *save = buf;
	ld->line = 0;
	for (char *p = buf; p && *p;) {
		char *nl = strchr(p, '\n');
		if (nl)
			*nl = '\0';
		ld->line++;
		char *t = trim(p);
		if (*t && *t != '#') {
			rc = fn(ld, t, arg);
			if (rc)
				break;
		}
		p = nl ? nl + 1 : NULL;
	}
	free(save);
	return rc;
}

struct classes {
	struct lexicon *lx;
	const char *const *names; /* NULL-terminated; NULL list: no classes */
	bool forms;               /* several forms left of the colon */
	bool value;               /* right of the colon is a free value */
	bool maybe_value;         /* a value may follow a colon, or none */
};

static int class_bits(struct loader *ld, char *names, const char *const *known,
		      size_t nknown, const char *what, uint64_t *out);

static int parse_list_line(struct loader *ld, char *line, void *arg)
{
	struct classes *c = arg;
	char *colon = strstr(line, " : ");
	uint64_t cls = 1;
	const char *val = NULL;

	if (c->names || c->value || (c->maybe_value && colon)) {
		if (!colon)
			return fail(ld, "expected 'words : %s'",
				    c->value ? "value" : "class");
		*colon = '\0';
		char *rhs = trim(colon + 3);
		if (!*rhs)
			return fail(ld, "empty %s after ':'",
				    c->value ? "value" : "class");
		if (c->value || c->maybe_value) {
			val = rhs;
		} else {
			/* one class or several: "ltd : organization legal-form" */
			size_t nknown = 0;
			while (c->names[nknown])
				nknown++;
			uint64_t bits;
			if (class_bits(ld, rhs, c->names, nknown, "class", &bits))
				return -1;
			cls = bits;
		}
	} else if (colon) {
		return fail(ld, "this list takes no ': class'");
	}
	char *words = trim(line);
	if (!*words)
		return fail(ld, "empty entry");
	lower_inplace(words);
	if (!c->forms) {
		/* fold inner runs of blanks so lookups by joined tokens hit */
		char *o = words;
		for (char *p = words; *p; p++)
			if (!(*p == ' ' && (o == words || o[-1] == ' ')))
				*o++ = *p == '\t' ? ' ' : *p;
		*o = '\0';
		lex_put(c->lx, words, lex_class64(c->lx, words) | cls, val);
		return 0;
	}
	for (char *w = strtok(words, " \t"); w; w = strtok(NULL, " \t"))
		lex_put(c->lx, w, lex_class64(c->lx, w) | cls, val);
	return 0;
}

static int add_alias(struct loader *ld, const char *alias, size_t idx)
{
	char *key = name_key(alias);
	if (!*key) {
		free(key);
		return fail(ld, "empty alias");
	}
	const struct lex_entry *e = lex_get(&ld->r->gaz_alias, key);
	if (e && e->cls != idx) {
		int rc = fail(ld, "alias '%s' already names '%s'", alias,
			      ld->r->gaz[e->cls].name);
		free(key);
		return rc;
	}
	lex_put(&ld->r->gaz_alias, key, (unsigned)idx, NULL);
	char *sp = strchr(key, ' ');
	if (sp)
		*sp = '\0';
	lex_put(&ld->r->gaz_first, key, 1, NULL);
	free(key);
	return 0;
}

static int parse_gazetteer_line(struct loader *ld, char *line, void *arg)
{
	(void)arg;
	char *f[6];
	int n = 0;
	for (char *p = line; n < 6;) {
		f[n++] = p;
		char *tab = strchr(p, '\t');
		if (!tab)
			break;
		*tab = '\0';
		p = tab + 1;
	}
	if (n != 5)
		return fail(ld, "expected 5 tab-separated fields (name, type, "
			    "country, state, aliases), found %d", n);
	for (int i = 0; i < 5; i++) {
		f[i] = trim(f[i]);
		if (!*f[i])
			return fail(ld, "field %d is empty (use '-')", i + 1);
	}
	pc_rules *r = ld->r;
	struct gaz_entry g = { 0 };
	if (strcmp(f[1], "platform") == 0) {
		g.platform = true;
		g.type = SRC_OUTLET;
	} else {
		int t = source_type_from_name(f[1]);
		if (t != SRC_AGENCY && t != SRC_OUTLET && t != SRC_GOVERNMENT &&
		    t != SRC_ORGANIZATION)
			return fail(ld, "unknown type '%s' (agency, outlet, "
				    "platform, government, organization)", f[1]);
		g.type = (enum source_type)t;
	}
	if (strcmp(f[3], "yes") && strcmp(f[3], "no"))
		return fail(ld, "state must be 'yes' or 'no', not '%s'", f[3]);
	g.state = strcmp(f[3], "yes") == 0;
	g.name = xstrdup(f[0]);
	g.country = xstrdup(f[2]);
	size_t idx = r->ngaz;
	if (r->ngaz == r->capgaz) {
		r->capgaz = r->capgaz ? r->capgaz * 2 : 256;
		r->gaz = xrealloc(r->gaz, r->capgaz * sizeof(*r->gaz));
	}
	r->gaz[r->ngaz++] = g;
	if (add_alias(ld, f[0], idx))
		return -1;
	if (strcmp(f[4], "-") == 0)
		return 0;
	for (char *a = strtok(f[4], "|"); a; a = strtok(NULL, "|")) {
		a = trim(a);
		if (*a && add_alias(ld, a, idx))
			return -1;
	}
	return 0;
}

/* --- grammar words and reporting verbs -------------------------------- */

static int class_bits(struct loader *ld, char *names, const char *const *known,
		      size_t nknown, const char *what, uint64_t *out)
{
	*out = 0;
	for (char *w = strtok(names, " \t"); w; w = strtok(NULL, " \t")) {
		uint64_t bit = 0;
		for (size_t i = 0; i < nknown; i++)
			if (strcmp(w, known[i]) == 0)
				bit = 1ull << i;
		if (!bit) {
			/* up to 64 names: the list is sized to fit them */
			size_t need = 1;
			for (size_t i = 0; i < nknown; i++)
				need += strlen(known[i]) + 2;
			char *list = xmalloc(need);
			*list = '\0';
			for (size_t i = 0; i < nknown; i++) {
				strcat(list, i ? ", " : "");
				strcat(list, known[i]);
			}
			int rc = fail(ld, "unknown %s '%s' (known: %s)", what, w, list);
			free(list);
			return rc;
		}
		*out |= bit;
	}
	if (!*out)
		return fail(ld, "empty %s after ':'", what);
	return 0;
}

/* "feature<TAB>weight" (rules/checkworthy-weights.tsv and
 * rules/samefact-weights.tsv). */
static int parse_weight_line(struct loader *ld, char *line, void *arg)
{
	bool samefact = arg != NULL;
	char *tab = strchr(line, '\t');
	if (!tab)
		return fail(ld, "expected 'feature<TAB>weight'");
	*tab = '\0';
	char *end;
	double w = strtod(tab + 1, &end);
	if (end == tab + 1 || *trim(end))
		return fail(ld, "weight '%s' is not a number", tab + 1);
	int n = samefact ? SFF_COUNT : CWF_COUNT;
	for (int k = 0; k < n; k++) {
		const char *name = samefact ? corroborate_feature_name((enum sf_feature)k)
					    : checkworthy_feature_name((enum cw_feature)k);
		if (!strcmp(trim(line), name)) {
			(samefact ? ld->r->sf_weights : ld->r->cw_weights)[k] = w;
			return 0;
		}
	}
	return fail(ld, "unknown %s feature '%s'", samefact ? "same-fact" : "check-worthiness",
		    trim(line));
}

static int parse_grammar_line(struct loader *ld, char *line, void *arg)
{
	(void)arg;
	static const char *const names[] = { GRAMMAR_CLASS_NAMES };
	_Static_assert(COUNTOF(names) <= 64, "a grammar class is a bit of a uint64_t");
	pc_rules *r = ld->r;
	char *colon = strstr(line, " : ");
	if (!colon)
		return fail(ld, "expected 'words : class'");
	*colon = '\0';
	uint64_t cls;
	if (class_bits(ld, trim(colon + 3), names, COUNTOF(names), "class", &cls))
		return -1;
	lower_inplace(line);
	bool any = false;
	for (char *w = strtok(line, " \t"); w; w = strtok(NULL, " \t")) {
		any = true;
		if (w[0] == '-' && w[1]) {
			r->suffixes = xrealloc(r->suffixes, (r->nsuffixes + 1) * sizeof(*r->suffixes));
			r->suffix_cls = xrealloc(r->suffix_cls, (r->nsuffixes + 1) * sizeof(*r->suffix_cls));
			r->suffixes[r->nsuffixes] = xstrdup(w + 1);
			r->suffix_cls[r->nsuffixes++] = cls;
			continue;
		}
		size_t wl = strlen(w);
		if (wl > 2 && w[wl - 1] == '-' && w[wl - 2] == '-') {
			r->prefixes = xrealloc(r->prefixes, (r->nprefixes + 1) * sizeof(*r->prefixes));
			r->prefix_cls = xrealloc(r->prefix_cls, (r->nprefixes + 1) * sizeof(*r->prefix_cls));
			w[wl - 1] = '\0';
			r->prefixes[r->nprefixes] = xstrdup(w);
			r->prefix_cls[r->nprefixes++] = cls;
			continue;
		}
		lex_put(&r->grammar, w, lex_class64(&r->grammar, w) | cls, NULL);
	}
	return any ? 0 : fail(ld, "empty entry");
}

long rules_number_word(const pc_rules *r, const char *low)
{
	const struct lex_entry *e = lex_get(&r->numbers, low);
	if (e && strspn(e->val, "0123456789") == strlen(e->val))
		return strtol(e->val, NULL, 10);
	/* "thirty-one" */
	const char *dash = strchr(low, '-');
	char head[24];
	if (!dash || (size_t)(dash - low) >= sizeof(head))
		return -1;
	memcpy(head, low, (size_t)(dash - low));
	head[dash - low] = '\0';
	long a = rules_number_word(r, head), b = rules_number_word(r, dash + 1);
	return a >= 20 && a % 10 == 0 && b > 0 && b < 10 ? a + b : -1;
}

bool rules_joined_particle(const pc_rules *r, const char *w, size_t n)
{
	const char *hy = memchr(w, '-', n);
	if (!hy || hy == w || hy - w >= 8 || hy + 1 >= w + n || !(hy[1] >= 'A' && hy[1] <= 'Z'))
		return false;
	char prefix[8];
	for (size_t i = 0; i < (size_t)(hy - w); i++) {
		if (!(w[i] >= 'a' && w[i] <= 'z'))
			return false;
		prefix[i] = w[i];
	}
	prefix[hy - w] = '\0';
	return (rules_grammar(r, prefix) & G_CONNECTOR) != 0;
}

uint64_t rules_grammar(const pc_rules *r, const char *low)
{
	const struct lex_entry *e = lex_get(&r->grammar, low);
	if (e)
		return e->cls;
	size_t l = strlen(low);
	/* "ex-minister": a prefix's classes and those of the suffix */
	uint64_t cls = 0;
	for (size_t i = 0; i < r->nprefixes && !cls; i++) {
		size_t pl = strlen(r->prefixes[i]);
		if (l > pl + 1 && strncmp(low, r->prefixes[i], pl) == 0)
			cls = r->prefix_cls[i];
	}
	for (size_t i = 0; i < r->nsuffixes; i++) {
		size_t sl = strlen(r->suffixes[i]);
		if (l > sl + 2 && strcmp(low + l - sl, r->suffixes[i]) == 0)
			return cls | r->suffix_cls[i];
	}
	return cls;
}

bool rules_suffix(const pc_rules *r, const char *low, uint64_t cls)
{
	size_t l = strlen(low);
	for (size_t i = 0; i < r->nsuffixes; i++) {
		size_t sl = strlen(r->suffixes[i]);
		if ((r->suffix_cls[i] & cls) && sl <= l && strcmp(low + l - sl, r->suffixes[i]) == 0)
			return true;
	}
	return false;
}

static enum cue_form form_of(const char *lemma, const char *form)
{
	/* "point to": the verb is "point" */
	size_t l = strlen(form), ll = strcspn(lemma, " ");
	if (strlen(form) == ll && strncmp(form, lemma, ll) == 0)
		return FORM_BASE;
	if (l > 4 && strcmp(form + l - 3, "ing") == 0)
		return FORM_ING;
	if (form[l - 1] == 's' && l > ll && strncmp(form, lemma, ll - 1) == 0)
		return FORM_S;
	return FORM_ED;
}

static void add_cue_use(pc_rules *r, const char *form, const char *lemma,
			const char *particle, unsigned cls)
{
	if (r->ncue_uses == r->capcue_uses) {
		r->capcue_uses = r->capcue_uses ? r->capcue_uses * 2 : 256;
		r->cue_uses = xrealloc(r->cue_uses, r->capcue_uses * sizeof(*r->cue_uses));
	}
	const struct lex_entry *e = lex_get(&r->cue_words, form);
	struct cue_use *u = &r->cue_uses[r->ncue_uses];
	u->lemma = xstrdup(lemma);
	u->particle = particle ? xstrdup(particle) : NULL;
	u->cls = cls;
	u->form = form_of(lemma, form);
	u->next = e ? (int)e->cls - 1 : -1;
	lex_put(&r->cue_words, form, (unsigned)++r->ncue_uses, NULL);
	/* the pattern macros see plain verbs only: "pointed" alone is no cue */
	if (!particle)
		lex_put(&r->cues, form, lex_class(&r->cues, form) | (cls & 0xF), NULL);
}

/* "lemma [particle] | forms : classes", or the old "forms : class". */
static int parse_cue_line(struct loader *ld, char *line, void *arg)
{
	(void)arg;
	static const char *const names[] = { CUE_CLASS_NAMES };
	char *colon = strstr(line, " : ");
	if (!colon)
		return fail(ld, "expected 'lemma | forms : class'");
	*colon = '\0';
	uint64_t bits;
	if (class_bits(ld, trim(colon + 3), names, COUNTOF(names), "class", &bits))
		return -1;
	unsigned cls = (unsigned)bits;
	if (!(cls & (CUE_SPEECH | CUE_CLAUSE | CUE_TELL | CUE_DOCUMENT | CUE_EVALUATIVE |
		     CUE_DIRECTIVE | CUE_NAMING | CUE_QUESTION | CUE_PUBLISH)))
		return fail(ld, "a cue needs a class, not only modifiers");
	lower_inplace(line);
	char *bar = strchr(line, '|');
	char *head = trim(line), *forms = NULL;
	if (bar) {
		*bar = '\0';
		head = trim(line);
		forms = trim(bar + 1);
	}
	if (!*head)
		return fail(ld, "empty entry");
	char lemma[128];
	snprintf(lemma, sizeof(lemma), "%s", head);
	char *verb = head, *particle = strpbrk(head, " \t");
	if (particle) {
		*particle++ = '\0';
		particle = trim(particle);
	}
	if (!bar) {
		/* old style: every word is a form of the first one's verb */
		char *first = strtok(head, " \t");
		snprintf(lemma, sizeof(lemma), "%s", first);
		for (char *w = first; w; w = strtok(NULL, " \t"))
			add_cue_use(ld->r, w, lemma, NULL, cls);
		if (particle)
			for (char *w = strtok(particle, " \t"); w; w = strtok(NULL, " \t"))
				add_cue_use(ld->r, w, lemma, NULL, cls);
		return 0;
	}
	add_cue_use(ld->r, verb, lemma, particle, cls);
	bool past = false;
	for (char *w = strtok(forms, " \t"); w; w = strtok(NULL, " \t")) {
		add_cue_use(ld->r, w, lemma, particle, cls);
		past |= form_of(lemma, w) == FORM_ED;
	}
	/* "read", "put", "forecast": the past is the base form */
	if (!past) {
		add_cue_use(ld->r, verb, lemma, particle, cls);
		ld->r->cue_uses[ld->r->ncue_uses - 1].form = FORM_ED;
	}
	return 0;
}

const struct cue_use *rules_cue(const pc_rules *r, const char *low)
{
	const struct lex_entry *e = lex_get(&r->cue_words, low);
	return e ? &r->cue_uses[e->cls - 1] : NULL;
}

bool rules_cue_document_only(const struct cue_use *u)
{
	const unsigned modifiers = CUE_INVERTED | CUE_TEXT | CUE_STRICT | CUE_FINDING;
	return (u->cls & CUE_DOCUMENT) && !(u->cls & ~(CUE_DOCUMENT | modifiers));
}

const struct gaz_entry *rules_gazetteer_lookup(const pc_rules *r, const char *key)
{
	const struct lex_entry *e = lex_get(&r->gaz_alias, key);
	return e ? &r->gaz[e->cls] : NULL;
}

const char *rules_nationality(const pc_rules *r, const char *word)
{
	char buf[80];
	snprintf(buf, sizeof(buf), "%s government", word);
	char *key = name_key(buf);
	const struct gaz_entry *g = key ? rules_gazetteer_lookup(r, key) : NULL;
	free(key);
	return g ? g->country : NULL;
}

/* "veteran", "Briton", "Italian": a group word (rules/unnamed.txt) or a
 * nationality written as a word, which before a first name and a surname
 * describes the person; "U.S." and "UK" open bodies' names ("U.S. Fifth
 * Fleet") and are left to them. */
bool rules_describes_person(const pc_rules *r, const char *low)
{
	return lex_get(&r->unnamed, low) ||
	       (strlen(low) >= 4 && !strchr(low, '.') && rules_nationality(r, low));
}

static unsigned gender_class_of(const pc_rules *r, const char *w)
{
	unsigned g = lex_class(&r->gender, w);
	/* "Siobhán", "Seán", "Zoë": the lists spell names without accents */
	char plain[64];
	if (!g && str_strip_marks(w, plain, sizeof(plain)))
		g = lex_class(&r->gender, plain);
	return g;
}

char rules_gender(const pc_rules *r, const char *w)
{
	unsigned g = gender_class_of(r, w);
	return (g & GENDER_MALE) ? 'm' : (g & GENDER_FEMALE) ? 'f' : 0;
}

char rules_word_gender(const pc_rules *r, const char *w, size_t n)
{
	/* a lower-cased letter may take more bytes than its capital */
	char low[48 * 3 + 1];
	if (n >= 48)
		return 0;
	str_lower_into(w, n, low);
	return rules_gender(r, low);
}

bool rules_opens_on_first_name(const pc_rules *r, const char *name)
{
	size_t n = strcspn(name, " ");
	char low[48 * 3 + 1];
	if (n >= 48)
		return false;
	str_lower_into(name, n, low);
	return gender_class_of(r, low) != 0;
}

/* --- patterns --------------------------------------------------------- */

struct strbuf {
	char *s;
	size_t n, cap;
};

static void sb_add(struct strbuf *b, const char *s, size_t n)
{
	if (b->n + n + 1 > b->cap) {
		while (b->n + n + 1 > b->cap)
			b->cap = b->cap ? b->cap * 2 : 256;
		b->s = xrealloc(b->s, b->cap);
	}
	memcpy(b->s + b->n, s, n);
	b->n += n;
	b->s[b->n] = '\0';
}

static void sb_adds(struct strbuf *b, const char *s)
{
	sb_add(b, s, strlen(s));
}

static int cmp_len_desc(const void *a, const void *b)
{
	size_t la = strlen(*(char *const *)a), lb = strlen(*(char *const *)b);
	return la < lb ? 1 : la > lb ? -1 : strcmp(*(char *const *)a, *(char *const *)b);
}

/* A lexicon as a regex alternation, longest first, blanks as \s+; the
 * first letter also matches its capital. */
static void alternation(struct strbuf *b, const struct lexicon *lx, unsigned cls)
{
	char **keys = xcalloc(lx->count + 1, sizeof(*keys));
	size_t n = 0;
	for (size_t i = 0; i < lx->nslots; i++)
		if (lx->slots[i].key && (!cls || (lx->slots[i].cls & cls)))
			keys[n++] = lx->slots[i].key;
	qsort(keys, n, sizeof(*keys), cmp_len_desc);
	sb_adds(b, "(?:");
	for (size_t i = 0; i < n; i++) {
		if (i)
			sb_adds(b, "|");
		for (const char *p = keys[i]; *p; p++) {
			if (*p == ' ') {
				sb_adds(b, "\\s+");
			} else if (p == keys[i] && *p >= 'a' && *p <= 'z') {
				char cc[5] = { '[', *p, (char)(*p - 32), ']', 0 };
				sb_adds(b, cc);
			} else if (strchr("\\^$.|?*+()[]{}", *p)) {
				char esc[3] = { '\\', *p, 0 };
				sb_adds(b, esc);
			} else {
				sb_add(b, p, 1);
			}
		}
	}
	if (!n)
		sb_adds(b, "(*FAIL)");
	sb_adds(b, ")");
	free(keys);
}

static int expand(struct loader *ld, const char *src, struct strbuf *out, int depth)
{
	if (depth > 8)
		return fail(ld, "macros nest too deeply");
	for (const char *p = src; *p; p++) {
		if (*p == '\\' && p[1]) {
			/* \p{Lu}, \x{2019}: braces that belong to an escape */
			const char *q = p + 2;
			if (strchr("pPxNgk", p[1]) && *q == '{' && strchr(q, '}'))
				q = strchr(q, '}') + 1;
			sb_add(out, p, (size_t)(q - p));
			p = q - 1;
			continue;
		}
		if (*p != '{' || !((p[1] >= 'a' && p[1] <= 'z') || (p[1] >= 'A' && p[1] <= 'Z'))) {
			sb_add(out, p, 1);
			continue;
		}
		const char *e = p + 1;
		while ((*e >= 'a' && *e <= 'z') || (*e >= 'A' && *e <= 'Z') || (*e >= '0' && *e <= '9') ||
		       *e == '_' || *e == ':' || *e == '-')
			e++;
		if (*e != '}') {
			sb_add(out, p, 1);
			continue;
		}
		char name[64];
		size_t n = (size_t)(e - p - 1);
		if (n >= sizeof(name))
			return fail(ld, "macro name too long");
		memcpy(name, p + 1, n);
		name[n] = '\0';
		pc_rules *r = ld->r;
		if (strncmp(name, "cue:", 4) == 0) {
			static const char *const cn[] = { "speech", "clause", "tell", "document" };
			unsigned cls = 0;
			for (unsigned i = 0; i < COUNTOF(cn); i++)
				if (strcmp(name + 4, cn[i]) == 0)
					cls = 1u << i;
			if (strcmp(name + 4, "any") == 0)
				cls = ~0u;
			if (!cls)
				return fail(ld, "unknown cue class in {%s}", name);
			alternation(out, &r->cues, cls);
		} else if (strcmp(name, "channels") == 0) {
			alternation(out, &r->channels, 0);
		} else if (strcmp(name, "roles") == 0) {
			alternation(out, &r->roles, 0);
		} else if (strcmp(name, "vague") == 0) {
			alternation(out, &r->unnamed, UNNAMED_VAGUE);
		} else {
			const struct lex_entry *m = lex_get(&r->macros, name);
			if (!m)
				return fail(ld, "undefined macro {%s}", name);
			sb_adds(out, "(?:");
			if (expand(ld, m->val, out, depth + 1))
				return -1;
			sb_adds(out, ")");
		}
		p = e;
	}
	return 0;
}

struct pat_state {
	struct pattern *cur;
};

static struct pattern *new_pattern(struct loader *ld, const char *id)
{
	pc_rules *r = ld->r;
	for (size_t i = 0; i < r->npats; i++)
		if (strcmp(r->pats[i].id, id) == 0 &&
		    strcmp(r->pats[i].file, ld->file) == 0)
			return fail(ld, "rule [%s] defined twice", id), NULL;
	if (r->npats == r->cappats) {
		r->cappats = r->cappats ? r->cappats * 2 : 32;
		r->pats = xrealloc(r->pats, r->cappats * sizeof(*r->pats));
	}
	struct pattern *p = &r->pats[r->npats++];
	memset(p, 0, sizeof(*p));
	p->id = xstrdup(id);
	p->file = xstrdup(ld->file);
	p->line = ld->line;
	p->np = NP_FIRST;
	p->kind = FRAME_SPEAKER;
	return p;
}

static int compile_pattern(struct loader *ld, struct pattern *p, const char *raw)
{
	struct strbuf b = { 0 };
	if (expand(ld, raw, &b, 0)) {
		free(b.s);
		return -1;
	}
	int ec;
	PCRE2_SIZE eo;
	p->code = pcre2_compile((PCRE2_SPTR)b.s, b.n,
				PCRE2_UTF | PCRE2_UCP | PCRE2_MATCH_INVALID_UTF,
				&ec, &eo, NULL);
	if (!p->code) {
		PCRE2_UCHAR msg[256];
		pcre2_get_error_message(ec, msg, sizeof(msg));
		free(b.s);
		return fail(ld, "pattern of [%s] does not compile at offset %zu: %s",
			    p->id, (size_t)eo, (char *)msg);
	}
	free(b.s);
	/* machine code made at run time is opaque to valgrind, which reports
	 * every branch in it: memcheck runs set PROVCHECK_NO_JIT (the
	 * interpreter matches the same) */
	if (!getenv("PROVCHECK_NO_JIT"))
		pcre2_jit_compile(p->code, PCRE2_JIT_COMPLETE);
	int g;
	p->g_source = (g = pcre2_substring_number_from_name(p->code, (PCRE2_SPTR)"source")) > 0 ? (uint32_t)g : 0;
	p->g_cue = (g = pcre2_substring_number_from_name(p->code, (PCRE2_SPTR)"cue")) > 0 ? (uint32_t)g : 0;
	p->g_channel = (g = pcre2_substring_number_from_name(p->code, (PCRE2_SPTR)"channel")) > 0 ? (uint32_t)g : 0;
	if (!p->g_cue)
		return fail(ld, "pattern of [%s] has no (?<cue>...) group", p->id);
	p->raw = xstrdup(raw);
	return 0;
}

static int parse_rules_line(struct loader *ld, char *line, void *arg)
{
	struct pat_state *st = arg;
	if (strncmp(line, "@define ", 8) == 0) {
		char *name = trim(line + 8);
		char *sp = strpbrk(name, " \t");
		if (!sp)
			return fail(ld, "expected '@define NAME REGEX'");
		*sp = '\0';
		lex_put(&ld->r->macros, name, 1, trim(sp + 1));
		return 0;
	}
	if (*line == '[') {
		char *end = strchr(line, ']');
		if (!end || end[1] || end == line + 1)
			return fail(ld, "expected '[rule-id]'");
		*end = '\0';
		for (char *p = line + 1; *p; p++)
			if (!((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || *p == '-'))
				return fail(ld, "rule id '%s' may hold only a-z, 0-9 and '-'", line + 1);
		st->cur = new_pattern(ld, line + 1);
		return st->cur ? 0 : -1;
	}
	char *eq = strchr(line, '=');
	if (!eq)
		return fail(ld, "expected 'key = value' or '[rule-id]'");
	*eq = '\0';
	char *key = trim(line), *val = trim(eq + 1);
	struct pattern *p = st->cur;
	if (!p)
		return fail(ld, "'%s' before any [rule-id]", key);
	if (strcmp(key, "pattern") == 0) {
		if (p->code)
			return fail(ld, "[%s] has two patterns", p->id);
		return compile_pattern(ld, p, val);
	}
	if (strcmp(key, "kind") == 0) {
		static const char *const kinds[] = { "speaker", "chain", "relay", "channel", "vague", "headline" };
		for (unsigned i = 0; i < COUNTOF(kinds); i++)
			if (strcmp(val, kinds[i]) == 0) {
				p->kind = (enum frame_kind)i;
				return 0;
			}
		return fail(ld, "unknown kind '%s' (speaker, chain, relay, channel, vague, headline)", val);
	}
	if (strcmp(key, "np") == 0) {
		if (strcmp(val, "first") == 0)
			p->np = NP_FIRST;
		else if (strcmp(val, "last") == 0)
			p->np = NP_LAST;
		else if (strcmp(val, "exact") == 0)
			p->np = NP_EXACT;
		else
			return fail(ld, "np must be first, last or exact, not '%s'", val);
		return 0;
	}
	if (strcmp(key, "any-phrase") == 0) {
		if (strcmp(val, "yes") && strcmp(val, "no"))
			return fail(ld, "any-phrase must be yes or no, not '%s'", val);
		p->any_phrase = strcmp(val, "yes") == 0;
		return 0;
	}
	if (strcmp(key, "accept") == 0) {
		static const char *const names[] = { "person", "role", "pronoun", "unnamed",
						     "org", "document", "media", "known", "group" };
		p->accept = 0;
		for (char *w = strtok(val, ", "); w; w = strtok(NULL, ", ")) {
			unsigned bit = 0;
			for (unsigned i = 0; i < COUNTOF(names); i++)
				if (strcmp(w, names[i]) == 0)
					bit = 1u << i;
			if (!bit)
				return fail(ld, "unknown name kind '%s' in accept", w);
			p->accept |= bit;
		}
		return 0;
	}
	if (strcmp(key, "must") == 0 || strcmp(key, "must-not") == 0) {
		if (!*val)
			return fail(ld, "empty example");
		p->ex = xrealloc(p->ex, (p->nex + 1) * sizeof(*p->ex));
		struct example *ex = &p->ex[p->nex++];
		memset(ex, 0, sizeof(*ex));
		ex->must = key[4] == '\0';
		ex->line = ld->line;
		char *arrow = strstr(val, " => ");
		if (arrow) {
			if (!ex->must)
				return fail(ld, "must-not takes no '=> source'");
			*arrow = '\0';
			ex->expect = xstrdup(trim(arrow + 4));
		}
		ex->text = xstrdup(trim(val));
		return 0;
	}
	return fail(ld, "unknown key '%s' (pattern, kind, np, accept, must, must-not)", key);
}

static int load_patterns(struct loader *ld, const char *path)
{
	struct pat_state st = { 0 };
	size_t first = ld->r->npats;
	if (each_line(ld, path, parse_rules_line, &st))
		return -1;
	for (size_t i = first; i < ld->r->npats; i++) {
		if (!ld->r->pats[i].code) {
			ld->line = ld->r->pats[i].line;
			return fail(ld, "[%s] has no pattern", ld->r->pats[i].id);
		}
	}
	return 0;
}

/* --- directory walk -------------------------------------------------- */

struct rfile {
	char *base, *path;
};

static int cmp_rfile(const void *a, const void *b)
{
	return strcmp(((const struct rfile *)a)->base, ((const struct rfile *)b)->base);
}

static int collect(struct loader *ld, const char *dir, struct rfile **files, size_t *n)
{
	DIR *d = opendir(dir);
	if (!d) {
		ld->file = dir;
		ld->line = 0;
		return fail(ld, "cannot read rules directory: %s", strerror(errno));
	}
	struct dirent *de;
	while ((de = readdir(d))) {
		const char *nm = de->d_name;
		size_t l = strlen(nm);
		bool ok = (l > 4 && (!strcmp(nm + l - 4, ".txt") || !strcmp(nm + l - 4, ".tsv"))) ||
			  (l > 6 && !strcmp(nm + l - 6, ".rules"));
		if (!ok || nm[0] == '.' || strncmp(nm, "README", 6) == 0)
			continue;
		size_t i;
		for (i = 0; i < *n; i++)
			if (strcmp((*files)[i].base, nm) == 0)
				break;
		char *path = xmalloc(strlen(dir) + l + 2);
		sprintf(path, "%s/%s", dir, nm);
		if (i < *n) {
			free((*files)[i].path);
			(*files)[i].path = path;
			continue;
		}
		*files = xrealloc(*files, (*n + 1) * sizeof(**files));
		(*files)[*n].base = xstrdup(nm);
		(*files)[*n].path = path;
		(*n)++;
	}
	closedir(d);
	return 0;
}

static bool is_dir(const char *p)
{
	struct stat st;
	return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

static const char *builtin_dir(void)
{
	const char *env = getenv("PROVCHECK_RULES_DIR");
	if (env && *env)
		return env;
	if (is_dir(PC_SOURCE_RULES_DIR))
		return PC_SOURCE_RULES_DIR;
	return PC_RULES_DIR;
}

static int load_file(struct loader *ld, const struct rfile *f, bool patterns)
{
	static const char *const abbr[] = { "title", "inner", "final", "opener", NULL };
	static const char *const unn[] = { "unnamed", "vague", "newsroom", NULL };
	static const char *const org[] = { "organization", "government", "place", "legal-form",
					   "polity", "business", "joining", "masthead", "constabulary", "state-run", "handle", "kind",
					   NULL };
	static const char *const cw[] = { CW_CLASS_NAMES, NULL };
	static const char *const calls[] = { "opening", "anywhere", "advice", NULL };
	static const char *const gender[] = { "male", "female", "either", NULL };
	static const char *const turns[] = { "asker", "answerer", "host", "part", NULL };
	static const char *const docs[] = { "document", "figures", "voice", "social", NULL };
	pc_rules *r = ld->r;
	struct { const char *prefix; struct classes c; } lists[] = {
		{ "abbreviations", { &r->abbrev, abbr, false, false, false } },
		{ "roles", { &r->roles, NULL, false, false, true } },
		{ "persons", { &r->persons, NULL, false, false, false } },
		{ "unnamed", { &r->unnamed, unn, false, false, false } },
		{ "organizations", { &r->orgs, org, false, false, false } },
		{ "documents", { &r->documents, docs, false, false, false } },
		{ "claims", { &r->claims, NULL, false, false, false } },
		{ "checkworthy", { &r->checkworthy, cw, true, false, false } },
		{ "calls", { &r->calls, calls, false, false, false } },
		{ "channels", { &r->channels, NULL, false, true, false } },
		{ "synonyms", { &r->synonyms, NULL, false, true, false } },
		{ "gender", { &r->gender, gender, true, false, false } },
		{ "numbers", { &r->numbers, NULL, false, true, false } },
		{ "lemmas", { &r->lemmas, NULL, false, true, false } },
		{ "turns", { &r->turns, turns, true, false, false } },
	};
	ld->file = f->path;
	size_t l = strlen(f->base);
	if (l > 6 && strcmp(f->base + l - 6, ".rules") == 0)
		return patterns ? load_patterns(ld, f->path) : 0;
	if (patterns)
		return 0;
	if (strncmp(f->base, "gazetteer", 9) == 0)
		return each_line(ld, f->path, parse_gazetteer_line, NULL);
	if (strncmp(f->base, "checkworthy-weights", 19) == 0)
		return each_line(ld, f->path, parse_weight_line, NULL);
	if (strncmp(f->base, "samefact-weights", 16) == 0)
		return each_line(ld, f->path, parse_weight_line, ld);
	if (strncmp(f->base, "grammar", 7) == 0)
		return each_line(ld, f->path, parse_grammar_line, NULL);
	if (strncmp(f->base, "cues", 4) == 0)
		return each_line(ld, f->path, parse_cue_line, NULL);
	for (size_t i = 0; i < COUNTOF(lists); i++)
		if (strncmp(f->base, lists[i].prefix, strlen(lists[i].prefix)) == 0)
			return each_line(ld, f->path, parse_list_line, &lists[i].c);
	return 0; /* an unknown file is left alone: rules/ may hold notes */
}

/* A load that failed: the message to the caller (or dropped), nothing
 * half-loaded kept. */
static pc_rules *load_failed(struct loader *ld, char **err)
{
	if (err)
		*err = ld->err;
	else
		free(ld->err);
	pc_rules_free(ld->r);
	return NULL;
}

pc_rules *pc_rules_load(const char *const *dirs, size_t ndirs, char **err)
{
	struct loader ld = { 0 };
	struct rfile *files = NULL;
	size_t nfiles = 0;
	int rc = -1;

	ld.r = xcalloc(1, sizeof(*ld.r));
	if (collect(&ld, builtin_dir(), &files, &nfiles))
		goto out;
	for (size_t i = 0; i < ndirs; i++)
		if (collect(&ld, dirs[i], &files, &nfiles))
			goto out;
	if (nfiles)
		qsort(files, nfiles, sizeof(*files), cmp_rfile);
	/* lexicons first: patterns expand them */
	for (int pass = 0; pass < 2; pass++)
		for (size_t i = 0; i < nfiles; i++)
			if (load_file(&ld, &files[i], pass == 1))
				goto out;
	ld.r->mctx = pcre2_match_context_create(NULL);
	pcre2_set_match_limit(ld.r->mctx, 200000);
	pcre2_set_depth_limit(ld.r->mctx, 2000);
	ld.r->md = pcre2_match_data_create(32, NULL);
	ld.r->jit = pcre2_jit_stack_create(32 * 1024, 512 * 1024, NULL);
	if (ld.r->jit)
		pcre2_jit_stack_assign(ld.r->mctx, NULL, ld.r->jit);
	rc = 0;
out:
	for (size_t i = 0; i < nfiles; i++) {
		free(files[i].base);
		free(files[i].path);
	}
	free(files);
	return rc ? load_failed(&ld, err) : ld.r;
}

pc_rules *rules_load_memory(const char *name, const char *data, size_t len, char **err)
{
	struct loader ld = { .mem = data, .memlen = len };
	struct rfile f = { .base = (char *)name, .path = (char *)name };
	ld.r = xcalloc(1, sizeof(*ld.r));
	/* as pc_rules_load does it: lexicons, then the patterns using them */
	if (load_file(&ld, &f, false) || load_file(&ld, &f, true))
		return load_failed(&ld, err);
	return ld.r;
}

int rules_match(const pc_rules *r, const struct pattern *p, const char *s,
		size_t n, size_t start, PCRE2_SIZE **ov)
{
	int rc = pcre2_match(p->code, (PCRE2_SPTR)s, n, start, 0, r->md, r->mctx);
	if (rc <= 0)
		return 0;
	*ov = pcre2_get_ovector_pointer(r->md);
	return rc;
}

static const char *const kind_names[] = { "speaker", "chain", "relay", "channel", "vague", "headline" };

int pc_explain(const pc_rules *r, const char *id, FILE *out)
{
	int rule = judge_rule_from_id(id);
	if (rule >= 0) {
		fprintf(out, "%s (finding, default severity %s)\n\n%s\n", id,
			pc_severity_name(judge_rule_severity((enum rule_id)rule)),
			judge_rule_help((enum rule_id)rule));
		return 0;
	}
	for (size_t i = 0; i < r->npats; i++) {
		const struct pattern *p = &r->pats[i];
		if (strcmp(p->id, id))
			continue;
		fprintf(out, "%s (attribution pattern, kind %s, %s:%d)\n\npattern = %s\n", id,
			kind_names[p->kind], p->file, p->line, p->raw);
		for (size_t k = 0; k < p->nex; k++)
			fprintf(out, "%s %s%s%s\n", p->ex[k].must ? "attributes:  " : "leaves alone:",
				p->ex[k].text, p->ex[k].expect ? " => " : "",
				p->ex[k].expect ? p->ex[k].expect : "");
		return 0;
	}
	return -1;
}

void pc_rules_list(const pc_rules *r, FILE *out)
{
	const char *const *kinds = kind_names;
	fputs("finding rules (src/findings.def):\n", out);
	for (int i = 0; i < RULE_COUNT; i++) {
		const char *help = judge_rule_help((enum rule_id)i);
		const char *dot = strchr(help, '.');
		fprintf(out, "  %-20s %-8s %.*s\n", judge_rule_id((enum rule_id)i),
			pc_severity_name(judge_rule_severity((enum rule_id)i)),
			dot ? (int)(dot - help + 1) : (int)strlen(help), help);
	}
	fputs("attribution patterns:\n", out);
	for (size_t i = 0; i < r->npats; i++)
		fprintf(out, "  %-28s %-8s %s:%d\n", r->pats[i].id,
			kinds[r->pats[i].kind], r->pats[i].file, r->pats[i].line);
	fprintf(out, "%zu patterns, %zu gazetteer sources, %zu cue forms\n",
		r->npats, r->ngaz, r->cues.count);
}

char *pc_rules_expanded_patterns(const pc_rules *r)
{
	struct strbuf b = { 0 };
	struct loader ld = { .r = (pc_rules *)r, .file = "" };
	for (size_t i = 0; i < r->npats; i++) {
		struct strbuf one = { 0 };
		if (expand(&ld, r->pats[i].raw, &one, 0)) {
			free(ld.err);
			ld.err = NULL;
			free(one.s);
			continue;
		}
		/* one pattern a line, for grep -P; group names dropped */
		sb_adds(&b, "(?:");
		for (size_t k = 0; k < one.n; k++) {
			if (strncmp(one.s + k, "(?<", 3) == 0 && one.s[k + 3] != '=' &&
			    one.s[k + 3] != '!') {
				char *gt = strchr(one.s + k, '>');
				sb_adds(&b, "(?:");
				k = (size_t)(gt - one.s);
				continue;
			}
			sb_add(&b, one.s + k, 1);
		}
		sb_adds(&b, ")\n");
		free(one.s);
	}
	return b.s ? b.s : xstrdup("");
}

void pc_rules_free(pc_rules *r)
{
	if (!r)
		return;
	struct lexicon *lx[] = { &r->abbrev, &r->cues, &r->roles, &r->unnamed,
				 &r->orgs, &r->documents, &r->checkworthy,
				 &r->channels, &r->macros, &r->synonyms, &r->calls, &r->gaz_alias,
				 &r->gaz_first, &r->grammar, &r->cue_words, &r->claims,
				 &r->gender, &r->numbers, &r->lemmas, &r->turns, &r->persons };
	for (size_t i = 0; i < COUNTOF(lx); i++)
		lex_free(lx[i]);
	for (size_t i = 0; i < r->nsuffixes; i++)
		free(r->suffixes[i]);
	free(r->suffixes);
	free(r->suffix_cls);
	for (size_t i = 0; i < r->nprefixes; i++)
		free(r->prefixes[i]);
	free(r->prefixes);
	free(r->prefix_cls);
	for (size_t i = 0; i < r->ncue_uses; i++) {
		free((char *)r->cue_uses[i].lemma);
		free((char *)r->cue_uses[i].particle);
	}
	free(r->cue_uses);
	for (size_t i = 0; i < r->ngaz; i++) {
		free(r->gaz[i].name);
		free(r->gaz[i].country);
	}
	free(r->gaz);
	for (size_t i = 0; i < r->npats; i++) {
		struct pattern *p = &r->pats[i];
		free(p->id);
		free(p->file);
		free(p->raw);
		pcre2_code_free(p->code);
		for (size_t k = 0; k < p->nex; k++) {
			free(p->ex[k].text);
			free(p->ex[k].expect);
		}
		free(p->ex);
	}
	free(r->pats);
	pcre2_match_data_free(r->md);
	pcre2_match_context_free(r->mctx);
	pcre2_jit_stack_free(r->jit);
	free(r);
}
