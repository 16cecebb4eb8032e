#include "judge.h"

#include <stdlib.h>
#include <string.h>

#include "checkworthy.h"
#include "util.h"

static const struct {
	const char *id;
	enum pc_severity sev;
	const char *title, *help;
} rule_table[] = {
#define RULE(e, name, sev, title, help) { name, sev, title, help },
#include "findings.def"
#undef RULE
};

const char *judge_rule_id(enum rule_id id) { return rule_table[id].id; }
enum pc_severity judge_rule_severity(enum rule_id id) { return rule_table[id].sev; }
const char *judge_rule_help(enum rule_id id) { return rule_table[id].help; }
const char *judge_rule_title(enum rule_id id) { return rule_table[id].title; }

int judge_rule_from_id(const char *name)
{
	for (int i = 0; i < RULE_COUNT; i++)
		if (strcmp(rule_table[i].id, name) == 0)
			return i;
	return -1;
}

struct finding *judge_add_finding(struct pc_doc *doc, enum rule_id id, int claim,
				  size_t start, size_t end, const char *fp_text,
				  const char *msg)
{
	doc->findings = arena_grow(&doc->arena, doc->findings, &doc->capfindings,
				   doc->nfindings + 1, sizeof(*doc->findings));
	struct finding *f = &doc->findings[doc->nfindings++];
	f->rule = id;
	f->severity = rule_table[id].sev;
	f->claim = claim;
	f->start = start;
	f->end = end;
	doc_position(doc, start, &f->line, &f->col);
	doc_position(doc, end, &f->end_line, &f->end_col);
	fingerprint(rule_table[id].id, fp_text, f->fingerprint);
	f->message = msg;
	return f;
}

static int cmp_int(const void *a, const void *b)
{
	return *(const int *)a - *(const int *)b;
}

static bool has_capital(const char *s)
{
	for (; *s; s++)
		if (*s >= 'A' && *s <= 'Z')
			return true;
	return false;
}

/* "health board" and "Cardiff & Vale University Health Board": a
 * description in lower case that ends another name is that source, met
 * before the article names it in full. */
static bool describes(const char *generic, const char *key_generic, const char *key_full)
{
	if (has_capital(generic))
		return false;
	size_t g = strlen(key_generic), f = strlen(key_full);
	return g < f && key_full[f - g - 1] == ' ' && !strcmp(key_full + f - g, key_generic);
}

/* "a new poll" and "Granite Point Research poll": a document named in
 * lower case only by its kind is the named document of that kind met in
 * the linked claims (rules/documents.txt), not a second origin. */
static bool kind_of_named(const pc_rules *r, const char *generic, const char *key_generic,
			  const char *full, const char *key_full)
{
	if (has_capital(generic) || !has_capital(full))
		return false;
	const char *hg = strrchr(key_generic, ' '), *hf = strrchr(key_full, ' ');
	hg = hg ? hg + 1 : key_generic;
	return hf && !strcmp(hg, hf + 1) && lex_get(&r->documents, hg);
}

static void add_origin(const pc_rules *r, struct pc_doc *doc, struct claim *c, const char *name,
		       size_t *cap)
{
	char *key = name_key(name);
	for (size_t i = 0; i < c->norigins; i++) {
		char *k2 = name_key(c->origins[i]);
		bool same = strcmp(key, k2) == 0 || describes(name, key, k2) ||
			    kind_of_named(r, name, key, c->origins[i], k2);
		bool fuller = describes(c->origins[i], k2, key) ||
			      kind_of_named(r, c->origins[i], k2, name, key);
		free(k2);
		if (same || fuller) {
			if (fuller)
				c->origins[i] = name;
			free(key);
			return;
		}
	}
	free(key);
	c->origins = arena_grow(&doc->arena, c->origins, cap, c->norigins + 1, sizeof(*c->origins));
	c->origins[c->norigins++] = name;
}

static void add_finding(struct pc_doc *doc, const struct claim *c, enum rule_id id,
			const char *msg)
{
	judge_add_finding(doc, id, c->id, c->start, c->end, c->text, msg);
}

static bool relay_state(const pc_rules *r, const char *name)
{
	char *key = name_key(name);
	const struct gaz_entry *g = rules_gazetteer_lookup(r, key);
	free(key);
	return g && g->state;
}

static bool is_media_name(const pc_rules *r, const char *name)
{
	char *key = name_key(name);
	const struct gaz_entry *g = rules_gazetteer_lookup(r, key);
	free(key);
	return g && (g->type == SRC_AGENCY || g->type == SRC_OUTLET);
}

/* Every origin and relay behind the claim, own and linked. */
static void judge_sources(const pc_rules *r, struct pc_doc *doc, struct claim *c,
			  bool *all_unnamed, bool *all_state, bool *state_media,
			  const char **first_name)
{
	*all_unnamed = *all_state = true;
	*state_media = false;
	*first_name = NULL;
	for (size_t k = 0; k <= c->nsame; k++) {
		const struct claim *o = k == c->nsame ? c : &doc->claims[c->same_as[k]];
		for (size_t i = 0; i < o->nsources; i++) {
			const struct source *s = &o->sources[i];
			if (!*first_name)
				*first_name = s->name;
			*all_unnamed &= s->type == SRC_UNNAMED;
			*all_state &= s->state;
			*state_media |= s->state && (s->type == SRC_AGENCY || s->type == SRC_OUTLET);
			for (size_t v = 0; v < s->nvia; v++) {
				bool st = relay_state(r, s->via[v]);
				*all_state &= st;
				*state_media |= st && is_media_name(r, s->via[v]);
			}
		}
	}
	/* origins only from other documents: nothing to say of their kind */
	if (!*first_name)
		*all_unnamed = *all_state = false;
}

static void judge_claim(const pc_rules *r, struct pc_doc *doc, struct claim *c,
			struct arena *tmp)
{
	size_t cap = 0;
	if (c->kind == CLAIM_NOT) {
		c->status = STATUS_NOT_A_CLAIM;
		return;
	}
	if (c->nsame)
		qsort(c->same_as, c->nsame, sizeof(*c->same_as), cmp_int);
	for (size_t i = 0; i < c->nsources; i++)
		add_origin(r, doc, c, c->sources[i].name, &cap);
	for (size_t k = 0; k < c->nsame; k++) {
		const struct claim *o = &doc->claims[c->same_as[k]];
		for (size_t i = 0; i < o->nsources; i++)
			add_origin(r, doc, c, o->sources[i].name, &cap);
	}
	for (size_t k = 0; k < c->ncorpus; k++)
		add_origin(r, doc, c, c->corpus[k].name, &cap);
	c->status = c->norigins == 0 ? STATUS_UNSOURCED :
		    c->norigins == 1 ? STATUS_SINGLE : STATUS_MULTI;

	const char *why = NULL;
	c->checkworthy = checkworthy_judge(r, doc, c, &why);
	if (!c->checkworthy)
		why = NULL;
	struct arena *a = &doc->arena;
	if (c->vague)
		add_finding(doc, c, RULE_VAGUE_ATTRIBUTION,
			    arena_printf(a, "vague attribution \"%s\": say who exactly",
					 c->vague_words ? c->vague_words : "?"));
	/* one finding per sentence where one says it all: "experts agree"
	 * already asks who exactly */
	if (c->norigins == 0) {
		if (why && !c->vague)
			add_finding(doc, c, RULE_UNSOURCED,
				    arena_printf(a, "no source for this claim: it states %s "
						 "but says nowhere where it comes from", why));
		return;
	}
	bool all_unnamed, all_state, state_media;
	const char *first;
	judge_sources(r, doc, c, &all_unnamed, &all_state, &state_media, &first);
	bool state_only = all_state && state_media;
	bool single = c->norigins == 1 && why && !all_unnamed && !state_only;
	if (c->nsources == 0 && !single) {
		const struct claim *at = NULL;
		for (size_t k = 0; k < c->nsame && !at; k++)
			if (doc->claims[c->same_as[k]].nsources)
				at = &doc->claims[c->same_as[k]];
		if (at)
			add_finding(doc, c, RULE_SOURCED_ELSEWHERE,
				    arena_printf(a, "no source in this sentence; the same fact is "
						 "attributed at line %d (to %s)", at->line,
						 at->sources[0].name));
		else
			add_finding(doc, c, RULE_SOURCED_ELSEWHERE,
				    arena_printf(a, "no source in this article; the same fact is "
						 "attributed in %s:%d (to %s)", c->corpus[0].path,
						 c->corpus[0].line, c->corpus[0].name));
	}
	if (all_unnamed && !c->vague)
		add_finding(doc, c, RULE_UNNAMED_SOURCE,
			    arena_printf(a, "rests only on unnamed sources (%s): say why "
					 "they cannot be named, or find one who can", first));
	if (state_only)
		add_finding(doc, c, RULE_STATE_MEDIA_ONLY,
			    arena_printf(a, "every source behind this claim is state-"
					 "affiliated (%s): look for independent confirmation",
					 first));
	if (!single)
		return;
	/* a single source named elsewhere says where, in the same finding */
	const struct claim *at = NULL;
	for (size_t k = 0; k < c->nsame && !at && !c->nsources; k++)
		if (doc->claims[c->same_as[k]].nsources)
			at = &doc->claims[c->same_as[k]];
	if (at)
		add_finding(doc, c, RULE_SINGLE_SOURCE,
			    arena_printf(a, "this claim states %s on the word of one source "
					 "only (%s, attributed at line %d)", why, c->origins[0],
					 at->line));
	else if (!c->nsources && c->ncorpus)
		add_finding(doc, c, RULE_SINGLE_SOURCE,
			    arena_printf(a, "this claim states %s on the word of one source "
					 "only, attributed in %s:%d (to %s)", why, c->corpus[0].path,
					 c->corpus[0].line, c->corpus[0].name));
	else
		add_finding(doc, c, RULE_SINGLE_SOURCE,
			    arena_printf(a, "this claim states %s on the word of one "
					 "source only (%s)", why, c->origins[0]));
}

void judge_document(struct pc_doc *doc, const pc_rules *rules)
{
	/* judging again (with origins from other documents) starts over */
	doc->nfindings = 0;
	for (size_t i = 0; i < doc->nclaims; i++)
		doc->claims[i].norigins = 0;
	struct arena tmp = { 0 };
	doc->first_person = checkworthy_first_person(rules, doc);
	for (size_t i = 0; i < doc->nclaims; i++)
		judge_claim(rules, doc, &doc->claims[i], &tmp);
	arena_free(&tmp);
}
