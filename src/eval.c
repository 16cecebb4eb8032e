#include "eval.h"

#include <dirent.h>
#include <errno.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "checkworthy.h"
#include "corroborate.h"
#include "doc.h"
#include "rules.h"
#include "util.h"

enum { G_ALL, G_TEXT, G_MARKDOWN, G_HTML, G_XML, G_OFFICE, G_COUNT };
static const char *const group_names[] = { "all", "text", "markdown", "html", "xml", "office" };

static int format_group(const char *format)
{
	if (!strcmp(format, "markdown"))
		return G_MARKDOWN;
	if (!strcmp(format, "html"))
		return G_HTML;
	if (!strcmp(format, "nitf") || !strcmp(format, "newsml") || !strcmp(format, "xml"))
		return G_XML;
	if (!strcmp(format, "docx") || !strcmp(format, "odt"))
		return G_OFFICE;
	return G_TEXT;
}

struct tally {
	size_t docs, claims, ignored;
	size_t status_ok, status_n;
	size_t un_tp, un_fp, un_fn;
	size_t src_tp, src_fp, src_fn;
	size_t rel_tp, rel_fp, rel_fn;
	size_t via_ok, via_n;
	size_t sf_tp, sf_fp, sf_fn;
	size_t cw_tp, cw_fp, cw_fn;   /* check-worthy, where the gold says */
	size_t flag_ok, flag_n;       /* unsourced/single-source findings right */
	size_t flag_hit, flag_due;    /* gold claims that deserve one, flagged */
};

struct gsource {
	char *keys[16]; /* name and aliases, as canonical keys */
	size_t nkeys;
	char *via[8];
	size_t nvia;
};

struct gclaim {
	const char *text;
	char *fold;
	int kind; /* 0 claim, 1 heading, 2 not-a-claim */
	bool ignore;
	struct gsource src[8];
	size_t nsrc;
	int same[16];
	size_t nsame;
	int sys; /* aligned system claim, -1 none */
	int status;
	int checkworthy; /* -1: the gold does not say */
};

static double ratio(size_t a, size_t b)
{
	return b ? (double)a / (double)b : 1.0;
}

static double f1(size_t tp, size_t fp, size_t fn)
{
	double p = ratio(tp, tp + fp), r = ratio(tp, tp + fn);
	return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
}

/* Canonical comparison key: the gazetteer's name for a known alias. */
static char *canon(const pc_rules *r, const char *name)
{
	char *k = name_key(name);
	const struct gaz_entry *g = rules_gazetteer_lookup(r, k);
	if (g) {
		free(k);
		k = name_key(g->name);
	}
	return k;
}

/* Whitespace and quote marks folded, for aligning texts. */
static char *fold_text(const char *s)
{
	size_t n = strlen(s), o = 0;
	char *out = xmalloc(n + 1);
	bool sp = false;
	for (size_t i = 0; i < n;) {
		size_t len;
		uint32_t cp = utf8_decode(s + i, n - i, &len, NULL);
		if (cp_is_dquote(cp) || cp == '\'' || cp == 0x2019 || cp == 0x2018 ||
		    cp == '*' || cp == '_') {
			i += len;
			continue;
		}
		if (cp_is_space(cp)) {
			sp = o > 0;
			i += len;
			continue;
		}
		if (sp)
			out[o++] = ' ';
		sp = false;
		memcpy(out + o, s + i, len);
		o += len;
		i += len;
	}
	out[o] = '\0';
	return out;
}

static int kind_of(const char *k)
{
	if (k && !strcmp(k, "heading"))
		return 1;
	if (k && !strcmp(k, "not-a-claim"))
		return 2;
	return 0;
}

static size_t load_gold(const pc_rules *r, json_t *claims, struct gclaim **out)
{
	size_t n = json_array_size(claims);
	struct gclaim *g = xcalloc(n ? n : 1, sizeof(*g));
	for (size_t i = 0; i < n; i++) {
		json_t *c = json_array_get(claims, i);
		g[i].text = json_string_value(json_object_get(c, "text"));
		if (!g[i].text)
			g[i].text = "";
		g[i].fold = fold_text(g[i].text);
		g[i].kind = kind_of(json_string_value(json_object_get(c, "kind")));
		g[i].ignore = json_is_true(json_object_get(c, "ignore"));
		g[i].sys = -1;
		json_t *cw = json_object_get(c, "checkworthy");
		g[i].checkworthy = json_is_boolean(cw) ? json_is_true(cw) : -1;
		json_t *src = json_object_get(c, "sources");
		for (size_t k = 0; k < json_array_size(src) && g[i].nsrc < 8; k++) {
			json_t *s = json_array_get(src, k);
			struct gsource *gs = &g[i].src[g[i].nsrc++];
			const char *nm = json_string_value(json_object_get(s, "name"));
			gs->keys[gs->nkeys++] = canon(r, nm ? nm : "");
			json_t *al = json_object_get(s, "aliases");
			for (size_t a = 0; a < json_array_size(al) && gs->nkeys < 16; a++)
				if (json_string_value(json_array_get(al, a)))
					gs->keys[gs->nkeys++] = canon(r, json_string_value(json_array_get(al, a)));
			json_t *via = json_object_get(s, "via");
			for (size_t v = 0; v < json_array_size(via) && gs->nvia < 8; v++)
				if (json_string_value(json_array_get(via, v)))
					gs->via[gs->nvia++] = canon(r, json_string_value(json_array_get(via, v)));
		}
		json_t *same = json_object_get(c, "same_as");
		for (size_t k = 0; k < json_array_size(same) && g[i].nsame < 16; k++)
			g[i].same[g[i].nsame++] = (int)json_integer_value(json_array_get(same, k));
	}
	/* status is derived: origins over own sources and same-fact claims */
	for (size_t i = 0; i < n; i++) {
		if (g[i].kind == 2) {
			g[i].status = STATUS_NOT_A_CLAIM;
			continue;
		}
		const char *seen[64];
		size_t ns = 0;
		for (size_t k = 0; k <= g[i].nsame; k++) {
			int o = k == g[i].nsame ? (int)i : g[i].same[k];
			if (o < 0 || (size_t)o >= n)
				continue;
			for (size_t s = 0; s < g[o].nsrc; s++) {
				const char *key = g[o].src[s].keys[0];
				bool dup = false;
				for (size_t q = 0; q < ns; q++)
					dup |= !strcmp(seen[q], key);
				if (!dup && ns < 64)
					seen[ns++] = key;
			}
		}
		g[i].status = ns == 0 ? STATUS_UNSOURCED : ns == 1 ? STATUS_SINGLE : STATUS_MULTI;
	}
	*out = g;
	return n;
}

static void free_gold(struct gclaim *g, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(g[i].fold);
		for (size_t s = 0; s < g[i].nsrc; s++) {
			for (size_t k = 0; k < g[i].src[s].nkeys; k++)
				free(g[i].src[s].keys[k]);
			for (size_t v = 0; v < g[i].src[s].nvia; v++)
				free(g[i].src[s].via[v]);
		}
	}
	free(g);
}

/* Aligns each gold claim with the system claim its text overlaps most:
 * both sides are laid out as one folded string and compared by span. */
static void align(struct gclaim *g, size_t ng, const struct pc_doc *doc)
{
	size_t total = 1;
	char **sf = xcalloc(doc->nclaims + 1, sizeof(*sf));
	size_t *ss = xcalloc(doc->nclaims + 1, sizeof(*ss)), *se = xcalloc(doc->nclaims + 1, sizeof(*se));
	for (size_t i = 0; i < doc->nclaims; i++) {
		sf[i] = fold_text(doc->claims[i].text);
		total += strlen(sf[i]) + 1;
	}
	char *all = xmalloc(total);
	size_t o = 0;
	for (size_t i = 0; i < doc->nclaims; i++) {
		ss[i] = o;
		size_t l = strlen(sf[i]);
		memcpy(all + o, sf[i], l);
		o += l;
		se[i] = o;
		all[o++] = ' ';
	}
	all[o] = '\0';
	size_t cursor = 0;
	for (size_t i = 0; i < ng; i++) {
		size_t gl = strlen(g[i].fold);
		if (!gl)
			continue;
		const char *hit = strstr(all + cursor, g[i].fold);
		if (!hit)
			hit = strstr(all, g[i].fold);
		if (!hit)
			continue;
		size_t a = (size_t)(hit - all), b = a + gl;
		size_t best = 0;
		for (size_t k = 0; k < doc->nclaims; k++) {
			size_t lo = ss[k] > a ? ss[k] : a, hi = se[k] < b ? se[k] : b;
			if (hi > lo && hi - lo > best) {
				best = hi - lo;
				g[i].sys = (int)k;
			}
		}
		cursor = b; /* the next gold unit starts after this one ends */
	}
	for (size_t i = 0; i < doc->nclaims; i++)
		free(sf[i]);
	free(sf);
	free(ss);
	free(se);
	free(all);
}

static bool gold_has(const struct gsource *gs, const char *key)
{
	for (size_t k = 0; k < gs->nkeys; k++)
		if (!strcmp(gs->keys[k], key))
			return true;
	return false;
}

/* One line per gold claim that says whether it is check-worthy: the
 * document, the gold index, the label, then every feature's value. */
static void write_features(const pc_rules *r, const struct gclaim *g, size_t ng,
			   const struct pc_doc *doc, FILE *f)
{
	for (size_t i = 0; i < ng; i++) {
		if (g[i].ignore || g[i].checkworthy < 0 || g[i].kind == 2 || g[i].sys < 0)
			continue;
		double v[CWF_COUNT];
		checkworthy_features(r, doc, &doc->claims[g[i].sys], v);
		fprintf(f, "%s\t%zu\t%d", doc->path, i, g[i].checkworthy);
		for (int k = 0; k < CWF_COUNT; k++)
			fprintf(f, "\t%g", v[k]);
		fputc('\n', f);
	}
}

struct pair_dump {
	const struct gclaim *g;
	size_t ng;
	const int *back;
	const char *path;
	FILE *f;
};

/* A candidate link, labelled by the gold when both claims align with
 * gold claims that count. */
static void write_pair(void *arg, size_t i, size_t j, const double *v)
{
	struct pair_dump *d = arg;
	int gi = d->back[i], gj = d->back[j];
	if (gi < 0 || gj < 0 || gi == gj || d->g[gi].ignore || d->g[gj].ignore)
		return;
	int label = 0;
	for (size_t k = 0; k < d->g[gi].nsame; k++)
		label |= d->g[gi].same[k] == gj;
	fprintf(d->f, "%s\t%d-%d\t%d", d->path, gi, gj, label);
	for (int k = 0; k < SFF_COUNT; k++)
		fprintf(d->f, "\t%g", v[k]);
	fputc('\n', d->f);
}

/* Guide section 6: check-worthiness where the gold has it, and the
 * precision of the findings that ask for a source. */
static void checkworthy(const struct gclaim *g, size_t ng, const struct pc_doc *doc,
			const int *back, struct tally *t, FILE *vout)
{
	for (size_t i = 0; i < ng; i++) {
		if (g[i].ignore || g[i].checkworthy < 0 || g[i].kind == 2)
			continue;
		const struct claim *c = g[i].sys >= 0 ? &doc->claims[g[i].sys] : NULL;
		bool sys = c && c->checkworthy, gold = g[i].checkworthy == 1;
		t->cw_tp += sys && gold;
		t->cw_fp += sys && !gold;
		t->cw_fn += !sys && gold;
		if (vout && sys != gold)
			fprintf(vout, "%s: #%zu checkworthy %s -> %s: %.*s\n", doc->path, i,
				gold ? "yes" : "no", sys ? "yes" : "no", utf8_clip(g[i].text, 90), g[i].text);
		enum rule_id due = gold && g[i].status == STATUS_UNSOURCED ? RULE_UNSOURCED :
				   gold && g[i].status == STATUS_SINGLE ? RULE_SINGLE_SOURCE : RULE_COUNT;
		if (due == RULE_COUNT)
			continue;
		t->flag_due++;
		for (size_t f = 0; c && f < doc->nfindings; f++)
			if (doc->findings[f].claim == c->id && doc->findings[f].rule == due) {
				t->flag_hit++;
				break;
			}
	}
	for (size_t f = 0; f < doc->nfindings; f++) {
		const struct finding *fd = &doc->findings[f];
		if ((fd->rule != RULE_UNSOURCED && fd->rule != RULE_SINGLE_SOURCE) || fd->claim < 0)
			continue;
		int gi = back[fd->claim];
		if (gi < 0 || g[gi].ignore || g[gi].checkworthy < 0)
			continue;
		bool right = g[gi].checkworthy == 1 &&
			     g[gi].status == (fd->rule == RULE_UNSOURCED ? STATUS_UNSOURCED : STATUS_SINGLE);
		t->flag_n++;
		t->flag_ok += right;
		if (vout && !right)
			fprintf(vout, "%s: #%d wrong flag [%s]: %.*s\n", doc->path, gi,
				fd->rule == RULE_UNSOURCED ? "unsourced" : "single-source",
				utf8_clip(g[gi].text, 90), g[gi].text);
	}
}

static void score_doc(const pc_rules *r, struct gclaim *g, size_t ng, const struct pc_doc *doc,
		      struct tally *t, FILE *vout)
{
	int *back = xmalloc((doc->nclaims + 1) * sizeof(*back));
	for (size_t i = 0; i < doc->nclaims; i++)
		back[i] = -1;
	for (size_t i = 0; i < ng; i++)
		if (g[i].sys >= 0 && back[g[i].sys] < 0)
			back[g[i].sys] = (int)i;
	t->docs++;
	for (size_t i = 0; i < ng; i++) {
		t->claims++;
		if (g[i].ignore) {
			t->ignored++;
			continue;
		}
		const struct claim *c = g[i].sys >= 0 ? &doc->claims[g[i].sys] : NULL;
		int st = c ? (int)c->status : -1;
		t->status_n++;
		t->status_ok += st == g[i].status;
		bool gu = g[i].status == STATUS_UNSOURCED, su = st == STATUS_UNSOURCED;
		t->un_tp += gu && su;
		t->un_fp += !gu && su;
		t->un_fn += gu && !su;

		/* sources by name, then names and relays */
		bool used[64] = { 0 };
		size_t nsys = c ? c->nsources : 0;
		char *skeys[64];
		for (size_t s = 0; s < nsys && s < 64; s++)
			skeys[s] = canon(r, c->sources[s].name);
		bool via_ok = true;
		for (size_t k = 0; k < g[i].nsrc; k++) {
			const struct gsource *gs = &g[i].src[k];
			int m = -1;
			for (size_t s = 0; s < nsys && s < 64 && m < 0; s++)
				if (!used[s] && gold_has(gs, skeys[s]))
					m = (int)s;
			if (m >= 0) {
				used[m] = true;
				t->src_tp++;
				const struct source *ss = &c->sources[m];
				bool same = ss->nvia == gs->nvia;
				for (size_t v = 0; v < gs->nvia && same; v++) {
					char *sv = canon(r, ss->via[v]);
					same = !strcmp(sv, gs->via[v]);
					free(sv);
				}
				via_ok &= same;
			} else {
				t->src_fn++;
				via_ok = false;
			}
		}
		for (size_t s = 0; s < nsys && s < 64; s++)
			t->src_fp += !used[s];
		if (g[i].nsrc) {
			t->via_n++;
			t->via_ok += via_ok;
		}
		/* name-or-relay pairs: the set of every name and relay */
		char *gset[96], *sset[96];
		size_t ngs = 0, nss = 0;
		for (size_t k = 0; k < g[i].nsrc; k++) {
			if (ngs < 96)
				gset[ngs++] = g[i].src[k].keys[0];
			for (size_t v = 0; v < g[i].src[k].nvia && ngs < 96; v++)
				gset[ngs++] = g[i].src[k].via[v];
		}
		for (size_t s = 0; s < nsys && s < 64; s++) {
			if (nss < 96)
				sset[nss++] = xstrdup(skeys[s]);
			for (size_t v = 0; v < c->sources[s].nvia && nss < 96; v++)
				sset[nss++] = canon(r, c->sources[s].via[v]);
		}
		bool gu2[96] = { 0 };
		for (size_t s = 0; s < nss; s++) {
			bool hit = false;
			for (size_t k = 0; k < ngs && !hit; k++) {
				if (gu2[k])
					continue;
				bool m = !strcmp(sset[s], gset[k]);
				/* a name also matches its gold aliases */
				for (size_t q = 0; q < g[i].nsrc && !m; q++)
					m = g[i].src[q].keys[0] == gset[k] && gold_has(&g[i].src[q], sset[s]);
				if (m)
					hit = gu2[k] = true;
			}
			t->rel_tp += hit;
			t->rel_fp += !hit;
		}
		for (size_t k = 0; k < ngs; k++)
			t->rel_fn += !gu2[k];
		if (vout && (st != g[i].status || !via_ok || nsys != g[i].nsrc)) {
			fprintf(vout, "%s: #%zu [%s -> %s] %.*s\n", doc->path, i,
				g[i].status == STATUS_NOT_A_CLAIM ? "not-a-claim" : status_name((enum claim_status)g[i].status),
				st < 0 ? "unaligned" : status_name((enum claim_status)st),
				utf8_clip(g[i].text, 90), g[i].text);
			for (size_t k = 0; k < g[i].nsrc; k++) {
				fprintf(vout, "    gold: %s", g[i].src[k].keys[0]);
				for (size_t v = 0; v < g[i].src[k].nvia; v++)
					fprintf(vout, " <- %s", g[i].src[k].via[v]);
				fputc('\n', vout);
			}
			for (size_t s = 0; s < nsys; s++) {
				fprintf(vout, "    sys:  %s", c->sources[s].name);
				for (size_t v = 0; v < c->sources[s].nvia; v++)
					fprintf(vout, " <- %s", c->sources[s].via[v]);
				fprintf(vout, "  (%s, \"%s\"%s)\n", c->sources[s].rule, c->sources[s].mention,
					c->sources[s].inherited ? ", inherited" : "");
			}
		}
		for (size_t s = 0; s < nss; s++)
			free(sset[s]);
		for (size_t s = 0; s < nsys && s < 64; s++)
			free(skeys[s]);
	}
	checkworthy(g, ng, doc, back, t, vout);
	/* same-fact pairs, both sides as pairs of gold indexes */
	for (size_t i = 0; i < ng; i++) {
		for (size_t k = 0; k < g[i].nsame; k++) {
			int j = g[i].same[k];
			if (j <= (int)i || g[i].ignore || g[j].ignore)
				continue;
			bool found = false;
			if (g[i].sys >= 0 && g[j].sys >= 0) {
				const struct claim *c = &doc->claims[g[i].sys];
				for (size_t q = 0; q < c->nsame; q++)
					found |= c->same_as[q] == g[j].sys;
			}
			t->sf_tp += found;
			t->sf_fn += !found;
			if (!found && vout)
				fprintf(vout, "%s: missed same-fact link #%zu ~ #%d\n", doc->path, i, j);
		}
	}
	for (size_t a = 0; a < doc->nclaims; a++) {
		const struct claim *c = &doc->claims[a];
		for (size_t q = 0; q < c->nsame; q++) {
			int b = c->same_as[q];
			if (b <= (int)a)
				continue;
			int ga = back[a], gb = back[b];
			if (ga < 0 || gb < 0 || g[ga].ignore || g[gb].ignore)
				continue;
			bool in_gold = false;
			for (size_t k = 0; k < g[ga].nsame; k++)
				in_gold |= g[ga].same[k] == gb;
			if (!in_gold) {
				t->sf_fp++;
				if (vout)
					fprintf(vout, "%s: extra same-fact link #%d ~ #%d\n", doc->path, ga, gb);
			}
		}
	}
	free(back);
}

static void add_tally(struct tally *a, const struct tally *b)
{
	size_t *x = (size_t *)a;
	const size_t *y = (const size_t *)b;
	for (size_t i = 0; i < sizeof(*a) / sizeof(size_t); i++)
		x[i] += y[i];
}

struct metric {
	const char *name;
	double v[G_COUNT];
};

static size_t metrics(const struct tally *t, struct metric *m)
{
	size_t n = 0;
	m[n++] = (struct metric){ "status_accuracy", { 0 } };
	m[n++] = (struct metric){ "unsourced_precision", { 0 } };
	m[n++] = (struct metric){ "unsourced_recall", { 0 } };
	m[n++] = (struct metric){ "unsourced_f1", { 0 } };
	m[n++] = (struct metric){ "source_precision", { 0 } };
	m[n++] = (struct metric){ "source_recall", { 0 } };
	m[n++] = (struct metric){ "source_f1", { 0 } };
	m[n++] = (struct metric){ "source_relay_f1", { 0 } };
	m[n++] = (struct metric){ "relay_exact", { 0 } };
	m[n++] = (struct metric){ "same_fact_precision", { 0 } };
	m[n++] = (struct metric){ "same_fact_recall", { 0 } };
	m[n++] = (struct metric){ "same_fact_f1", { 0 } };
	m[n++] = (struct metric){ "checkworthy_precision", { 0 } };
	m[n++] = (struct metric){ "checkworthy_recall", { 0 } };
	m[n++] = (struct metric){ "flag_precision", { 0 } };
	m[n++] = (struct metric){ "flag_recall", { 0 } };
	for (int gi = 0; gi < G_COUNT; gi++) {
		const struct tally *x = &t[gi];
		m[0].v[gi] = ratio(x->status_ok, x->status_n);
		m[1].v[gi] = ratio(x->un_tp, x->un_tp + x->un_fp);
		m[2].v[gi] = ratio(x->un_tp, x->un_tp + x->un_fn);
		m[3].v[gi] = f1(x->un_tp, x->un_fp, x->un_fn);
		m[4].v[gi] = ratio(x->src_tp, x->src_tp + x->src_fp);
		m[5].v[gi] = ratio(x->src_tp, x->src_tp + x->src_fn);
		m[6].v[gi] = f1(x->src_tp, x->src_fp, x->src_fn);
		m[7].v[gi] = f1(x->rel_tp, x->rel_fp, x->rel_fn);
		m[8].v[gi] = ratio(x->via_ok, x->via_n);
		m[9].v[gi] = ratio(x->sf_tp, x->sf_tp + x->sf_fp);
		m[10].v[gi] = ratio(x->sf_tp, x->sf_tp + x->sf_fn);
		m[11].v[gi] = f1(x->sf_tp, x->sf_fp, x->sf_fn);
		m[12].v[gi] = ratio(x->cw_tp, x->cw_tp + x->cw_fp);
		m[13].v[gi] = ratio(x->cw_tp, x->cw_tp + x->cw_fn);
		m[14].v[gi] = ratio(x->flag_ok, x->flag_n);
		m[15].v[gi] = ratio(x->flag_hit, x->flag_due);
	}
	return n;
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static char *read_all(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return NULL;
	size_t cap = 65536, n = 0, got;
	char *b = xmalloc(cap);
	while ((got = fread(b + n, 1, cap - n, f)) > 0) {
		n += got;
		if (n == cap)
			b = xrealloc(b, cap *= 2);
	}
	fclose(f);
	*len = n;
	return b;
}

/* A "max_gap METRIC GAP" line: every other format scores at most GAP
 * under plain text, so no reader loses what the text reader keeps. */
static int check_gap(const char *path, int lineno, const struct tally *t,
		     const struct metric *m, double gap, FILE *out)
{
	int below = 0;
	for (int gi = G_MARKDOWN; gi < G_COUNT; gi++) {
		if (!t[gi].docs || m->v[gi] + gap + 1e-9 >= m->v[G_TEXT])
			continue;
		fprintf(out, "%s:%d: error: %s of %s articles is %.3f, more than %.3f under "
			"plain text (%.3f)\n", path, lineno, m->name, group_names[gi], m->v[gi],
			gap, m->v[G_TEXT]);
		below++;
	}
	return below;
}

static int check_floors(const char *path, const struct tally *t, const struct metric *m,
			size_t nm, FILE *out, char **err)
{
	FILE *f = fopen(path, "r");
	if (!f) {
		*err = xmalloc(strlen(path) + 64);
		sprintf(*err, "%s: error: cannot open floors file", path);
		return -1;
	}
	char line[256];
	int lineno = 0, below = 0;
	while (fgets(line, sizeof(line), f)) {
		lineno++;
		char name[64];
		double v;
		bool gap = false;
		if (line[0] == '#' || line[0] == '\n')
			continue;
		if (!strncmp(line, "max_gap ", 8)) {
			gap = true;
			memmove(line, line + 8, strlen(line + 8) + 1);
		}
		if (sscanf(line, "%63s %lf", name, &v) != 2) {
			*err = xmalloc(strlen(path) + 64);
			sprintf(*err, "%s:%d: error: expected 'metric value'", path, lineno);
			fclose(f);
			return -1;
		}
		size_t k;
		for (k = 0; k < nm; k++)
			if (!strcmp(m[k].name, name))
				break;
		if (k == nm) {
			*err = xmalloc(strlen(path) + 128);
			sprintf(*err, "%s:%d: error: unknown metric '%s'", path, lineno, name);
			fclose(f);
			return -1;
		}
		if (gap) {
			below += check_gap(path, lineno, t, &m[k], v, out);
			continue;
		}
		if (m[k].v[G_ALL] + 1e-9 < v) {
			fprintf(out, "%s:%d: error: %s is %.3f, under its floor %.3f\n", path,
				lineno, name, m[k].v[G_ALL], v);
			below++;
		}
	}
	fclose(f);
	return below ? 1 : 0;
}

static const char *sf_name(int k)
{
	return corroborate_feature_name((enum sf_feature)k);
}

static const char *cw_name(int k)
{
	return checkworthy_feature_name((enum cw_feature)k);
}

/* A features file for scripts/train-weights: its header of n names. */
static FILE *feature_file(const char *path, const char *head, int n,
			  const char *(*name)(int), char **err)
{
	FILE *f = fopen(path, "w");
	if (!f) {
		*err = xasprintf("%s: error: cannot write features: %s", path, strerror(errno));
		return NULL;
	}
	fputs(head, f);
	for (int k = 0; k < n; k++)
		fprintf(f, "\t%s", name(k));
	fputc('\n', f);
	return f;
}

int eval_corpus(const pc_rules *rules, const char *corpus_dir,
		const struct eval_options *opt, FILE *out, char **err)
{
	char path[4096];
	snprintf(path, sizeof(path), "%s/gold", corpus_dir);
	DIR *d = opendir(path);
	if (!d) {
		*err = xmalloc(strlen(path) + 128);
		sprintf(*err, "%s: error: cannot read gold directory: %s", path, strerror(errno));
		return -1;
	}
	char **names = NULL;
	size_t nn = 0;
	struct dirent *de;
	while ((de = readdir(d))) {
		size_t l = strlen(de->d_name);
		if (l > 5 && !strcmp(de->d_name + l - 5, ".json")) {
			names = xrealloc(names, (nn + 1) * sizeof(*names));
			names[nn++] = xstrdup(de->d_name);
		}
	}
	closedir(d);
	if (nn)
		qsort(names, nn, sizeof(*names), cmp_str);
	struct tally t[G_COUNT];
	memset(t, 0, sizeof(t));
	int rc = 0;
	FILE *feat = NULL, *pairs = NULL;
	if ((opt->pair_features &&
	     !(pairs = feature_file(opt->pair_features, "document\tpair\tsame", SFF_COUNT,
				    sf_name, err))) ||
	    (opt->features &&
	     !(feat = feature_file(opt->features, "document\tclaim\tcheckworthy", CWF_COUNT,
				   cw_name, err)))) {
		if (pairs)
			fclose(pairs);
		for (size_t i = 0; i < nn; i++)
			free(names[i]);
		free(names);
		return -1;
	}
	for (size_t i = 0; i < nn && rc == 0; i++) {
		snprintf(path, sizeof(path), "%s/gold/%s", corpus_dir, names[i]);
		json_error_t je;
		json_t *gold = json_load_file(path, 0, &je);
		if (!gold) {
			*err = xmalloc(strlen(path) + 256);
			sprintf(*err, "%s:%d:%d: error: %s", path, je.line, je.column, je.text);
			rc = -1;
			break;
		}
		const char *docname = json_string_value(json_object_get(gold, "document"));
		char dpath[4096];
		snprintf(dpath, sizeof(dpath), "%s/%s", corpus_dir, docname ? docname : "");
		size_t len;
		char *data = docname ? read_all(dpath, &len) : NULL;
		if (!data) {
			*err = xmalloc(strlen(path) + strlen(dpath) + 64);
			sprintf(*err, "%s: error: cannot read document %s", path, dpath);
			json_decref(gold);
			rc = -1;
			break;
		}
		char *e2 = NULL;
		pc_doc *doc = pc_doc_check(rules, dpath, data, len, PC_FORMAT_AUTO, &e2);
		free(data);
		if (!doc) {
			*err = e2;
			json_decref(gold);
			rc = -1;
			break;
		}
		struct gclaim *g;
		size_t ng = load_gold(rules, json_object_get(gold, "claims"), &g);
		align(g, ng, doc);
		if (feat)
			write_features(rules, g, ng, doc, feat);
		if (pairs) {
			int *back = xmalloc((doc->nclaims + 1) * sizeof(*back));
			for (size_t k = 0; k < doc->nclaims; k++)
				back[k] = -1;
			for (size_t k = 0; k < ng; k++)
				if (g[k].sys >= 0 && back[g[k].sys] < 0)
					back[g[k].sys] = (int)k;
			struct pair_dump pd = { g, ng, back, doc->path, pairs };
			corroborate_pairs(doc, rules, write_pair, &pd);
			free(back);
		}
		struct tally one = { 0 };
		score_doc(rules, g, ng, doc, &one, opt->verbose ? out : NULL);
		add_tally(&t[G_ALL], &one);
		add_tally(&t[format_group(doc->format)], &one);
		free_gold(g, ng);
		pc_doc_free(doc);
		json_decref(gold);
	}
	for (size_t i = 0; i < nn; i++)
		free(names[i]);
	free(names);
	if (pairs && fclose(pairs) != 0 && !rc) {
		*err = xasprintf("%s: error: cannot write features", opt->pair_features);
		rc = -1;
	}
	if (feat && fclose(feat) != 0 && !rc) {
		*err = xasprintf("%s: error: cannot write features", opt->features);
		rc = -1;
	}
	if (rc)
		return rc;
	struct metric m[24];
	size_t nm = metrics(t, m);
	if (opt->json) {
		json_t *root = json_object();
		for (int gi = 0; gi < G_COUNT; gi++) {
			json_t *o = json_object();
			json_object_set_new(o, "documents", json_integer((json_int_t)t[gi].docs));
			json_object_set_new(o, "claims", json_integer((json_int_t)t[gi].claims));
			for (size_t k = 0; k < nm; k++)
				json_object_set_new(o, m[k].name, json_real(m[k].v[gi]));
			json_object_set_new(root, group_names[gi], o);
		}
		char *s = json_dumps(root, JSON_INDENT(2) | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(4));
		fprintf(out, "%s\n", s);
		free(s);
		json_decref(root);
	} else {
		fprintf(out, "%-22s", "metric");
		for (int gi = 0; gi < G_COUNT; gi++)
			fprintf(out, " %8s", group_names[gi]);
		fprintf(out, "\n%-22s", "documents");
		for (int gi = 0; gi < G_COUNT; gi++)
			fprintf(out, " %8zu", t[gi].docs);
		fprintf(out, "\n%-22s", "claims");
		for (int gi = 0; gi < G_COUNT; gi++)
			fprintf(out, " %8zu", t[gi].claims);
		fputc('\n', out);
		for (size_t k = 0; k < nm; k++) {
			fprintf(out, "%-22s", m[k].name);
			for (int gi = 0; gi < G_COUNT; gi++)
				if (t[gi].docs)
					fprintf(out, " %8.3f", m[k].v[gi]);
				else
					fprintf(out, " %8s", "-");
			fputc('\n', out);
		}
		fprintf(out, "status_accuracy=%.3f source_f1=%.3f relay_exact=%.3f same_fact_p=%.3f "
			"same_fact_r=%.3f checkworthy_p=%.3f checkworthy_r=%.3f flag_p=%.3f flag_r=%.3f\n",
			m[0].v[0], m[6].v[0], m[8].v[0], m[9].v[0], m[10].v[0], m[12].v[0],
			m[13].v[0], m[14].v[0], m[15].v[0]);
	}
	if (opt->floors)
		return check_floors(opt->floors, t, m, nm, out, err);
	return 0;
}

int pc_eval(const pc_rules *rules, const char *corpus_dir, int json, FILE *out, char **err)
{
	struct eval_options opt = { .json = json };
	return eval_corpus(rules, corpus_dir, &opt, out, err);
}
