/* The pipeline: read -> segment -> recognize -> resolve -> corroborate
 * -> judge.  Each stage fills its part of the document model. */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "config.h"
#include "corroborate.h"
#include "judge.h"
#include "store.h"
#include "suppress.h"
#include "util.h"
#include "read.h"
#include "recognize.h"
#include "resolve.h"
#include "segment.h"

const char *pc_version(void)
{
	return PC_VERSION;
}

static const char *const sev_names[] = { "none", "note", "warning", "error" };

const char *pc_severity_name(enum pc_severity sev)
{
	return sev_names[sev];
}

enum pc_severity pc_severity_from_name(const char *name)
{
	for (int i = 0; i < 4; i++)
		if (strcmp(name, sev_names[i]) == 0)
			return (enum pc_severity)i;
	return (enum pc_severity)-1;
}

static struct pc_doc *doc_new(const char *path, const char *data, size_t len)
{
	struct pc_doc *doc = xcalloc(1, sizeof(*doc));
	doc->path = arena_strdup(&doc->arena, path);
	char *copy = arena_alloc(&doc->arena, len + 1);
	memcpy(copy, data, len);
	copy[len] = '\0';
	doc->data = doc->input = copy;
	doc->len = doc->input_len = len;
	return doc;
}

/* The stages in order, each skipped once the time budget is spent. */
static void analyse(struct pc_doc *doc, const pc_rules *rules)
{
	static void (*const stage[])(struct pc_doc *, const pc_rules *) = {
		segment_document, recognize_document, resolve_document,
		corroborate_document, judge_document,
	};
	for (size_t i = 0; i < COUNTOF(stage) && !doc_out_of_time(doc); i++)
		stage[i](doc, rules);
}

pc_doc *pc_doc_check(const pc_rules *rules, const char *path, const char *data,
		     size_t len, enum pc_format format, char **err)
{
	return pc_doc_check_within(rules, path, data, len, format, PC_TIME_LIMIT, err);
}

pc_doc *pc_doc_check_within(const pc_rules *rules, const char *path, const char *data,
			    size_t len, enum pc_format format, double seconds, char **err)
{
	struct pc_doc *doc = doc_new(path, data, len);
	if (seconds > 0) {
		struct timespec ts;
		clock_gettime(CLOCK_MONOTONIC, &ts);
		doc->deadline = ts.tv_sec + ts.tv_nsec / 1e9 + seconds;
	}
	if (read_document(doc, rules, format, err)) {
		if (!*err) {
			size_t l = strlen(path) + 64;
			*err = xmalloc(l);
			snprintf(*err, l, "%s: error: cannot parse the document", path);
		}
		pc_doc_free(doc);
		return NULL;
	}
	analyse(doc, rules);
	if (doc->out_of_time) {
		*err = xasprintf("%s: error: not checked: the analysis took longer than %g s, the "
				 "time limit for one document (--time-limit); split the file",
				 path, seconds);
		pc_doc_free(doc);
		return NULL;
	}
	suppress_document(doc);
	return doc;
}

/* One paragraph as an article body, for the examples of the rules. */
struct pc_doc *pc_doc_check_paragraph(const pc_rules *rules, const char *text, bool heading)
{
	struct pc_doc *doc = doc_new("<example>", text, strlen(text));
	doc->format = "text";
	struct block *b = doc_add_block(doc, heading ? BLOCK_HEADLINE : BLOCK_BODY);
	size_t cap = 0, capmap = 0;
	block_append(doc, b, &cap, &capmap, doc->data, doc->len, 0);
	analyse(doc, rules);
	return doc;
}

void pc_doc_free(pc_doc *doc)
{
	if (!doc)
		return;
	lex_free(&doc->people_by_name);
	lex_free(&doc->people_by_last);
	lex_free(&doc->people_by_first);
	arena_free(&doc->arena);
	free(doc);
}

enum pc_severity pc_doc_worst(const pc_doc *doc)
{
	enum pc_severity w = PC_SEV_NONE;
	for (size_t i = 0; i < doc->nfindings; i++)
		if (doc->findings[i].severity > w)
			w = doc->findings[i].severity;
	return w;
}

size_t pc_doc_keep_lines(pc_doc *doc, const int *lines, size_t nranges)
{
	size_t kept = 0;
	for (size_t i = 0; i < doc->nfindings; i++) {
		const struct finding *f = &doc->findings[i];
		bool touch = false;
		for (size_t r = 0; r < nranges && !touch; r++)
			touch = f->line <= lines[2 * r + 1] && lines[2 * r] <= f->end_line;
		if (touch)
			doc->findings[kept++] = *f;
	}
	size_t dropped = doc->nfindings - kept;
	doc->nfindings = kept;
	return dropped;
}

int pc_doc_corpus_status(pc_db *db, const pc_rules *rules, pc_doc *doc, char **err)
{
	if (pc_db_corpus_origins(db, doc, err))
		return -1;
	judge_document(doc, rules);
	suppress_document(doc);
	return 0;
}

size_t pc_doc_suppressed(const pc_doc *doc)
{
	return doc->nsuppressed;
}

size_t pc_doc_claim_count(const pc_doc *doc)
{
	return doc->nclaims;
}

const char *pc_doc_warnings(const pc_doc *doc)
{
	return doc->warnings;
}

/* Runs the examples of every pattern through the whole analyzer. */
int pc_rules_test(const pc_rules *rules, FILE *out)
{
	int failures = 0, total = 0;
	for (size_t i = 0; i < rules->npats; i++) {
		const struct pattern *p = &rules->pats[i];
		for (size_t k = 0; k < p->nex; k++) {
			const struct example *ex = &p->ex[k];
			struct pc_doc *doc = pc_doc_check_paragraph(rules, ex->text,
									     p->kind == FRAME_HEADLINE);
			const struct source *hit = NULL;
			for (size_t c = 0; c < doc->nclaims && !hit; c++)
				for (size_t s = 0; s < doc->claims[c].nsources; s++)
					if (!strcmp(doc->claims[c].sources[s].rule, p->id) ||
					    (ex->must && ex->expect))
						if (!ex->expect || !strcmp(doc->claims[c].sources[s].name, ex->expect)) {
							hit = &doc->claims[c].sources[s];
							break;
						}
			/* a channel rule has done its work when a channel is set */
			bool chan = false;
			for (size_t c = 0; c < doc->nclaims; c++)
				for (size_t s = 0; s < doc->claims[c].nsources; s++)
					chan |= doc->claims[c].sources[s].channel != NULL;
			bool ok;
			if (p->kind == FRAME_RELAY) {
				bool relay = false;
				for (size_t c = 0; c < doc->nclaims; c++)
					for (size_t s = 0; s < doc->claims[c].nsources; s++)
						relay |= doc->claims[c].sources[s].nvia > 0;
				ok = ex->must ? relay && (!ex->expect || hit) : !relay;
			} else if (p->kind == FRAME_CHANNEL) {
				ok = ex->must ? chan : !chan;
			} else if (p->kind == FRAME_VAGUE) {
				bool vague = false;
				for (size_t c = 0; c < doc->nclaims; c++)
					vague |= doc->claims[c].vague;
				ok = ex->must ? vague : !vague;
			} else {
				ok = ex->must ? hit != NULL : hit == NULL;
			}
			total++;
			if (!ok) {
				failures++;
				fprintf(out, "%s:%d: error: [%s] example %s: \"%s\"", p->file,
					ex->line, p->id, ex->must ? "not attributed" : "attributed",
					ex->text);
				if (ex->expect)
					fprintf(out, " (expected %s)", ex->expect);
				fputs(" got:", out);
				for (size_t c = 0; c < doc->nclaims; c++)
					for (size_t s = 0; s < doc->claims[c].nsources; s++)
						fprintf(out, " %s [%s]", doc->claims[c].sources[s].name,
							doc->claims[c].sources[s].rule);
				fputc('\n', out);
			}
			pc_doc_free(doc);
		}
	}
	fprintf(out, "rules test: %d examples, %d passed, %d failed\n", total,
		total - failures, failures);
	return failures;
}
