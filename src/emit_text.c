/* Compiler-style diagnostics: "path:line:col: warning: message [rule]",
 * the line of the article and a marker under the claim. */
#include <string.h>

#include "emit.h"
#include "judge.h"
#include "util.h"

#define MAX_SHOWN 160

static const char *sev_color(enum pc_severity s)
{
	switch (s) {
	case PC_SEV_ERROR: return "\033[1;31m";
	case PC_SEV_WARNING: return "\033[1;35m";
	default: return "\033[1;36m";
	}
}

/* Prints the input line holding `start` (clipped to MAX_SHOWN code
 * points from it) and a marker from `start` to `end` or the line's end. */
static void show_line(FILE *out, const struct pc_doc *doc, size_t start, size_t end_off,
		      int line, int color)
{
	/* a DOCX line is a paragraph: say so where the reader looks */
	char tag[24] = "";
	if (doc->paragraph_lines)
		snprintf(tag, sizeof(tag), "paragraph %d: ", line);
	const char *d = doc->data;
	size_t ls = start, le = start;
	while (ls > 0 && d[ls - 1] != '\n')
		ls--;
	while (le < doc->len && d[le] != '\n' && d[le] != '\r')
		le++;
	/* show from at most 40 code points before the claim */
	size_t from = ls, back = 0;
	for (size_t i = start; i > ls && back < 40;) {
		i = utf8_prev(d, i);
		back++;
		from = i;
	}
	size_t shown = 0, to = from;
	while (to < le && shown < MAX_SHOWN) {
		size_t len;
		utf8_decode(d + to, le - to, &len, NULL);
		to += len;
		shown++;
	}
	fprintf(out, "  %s%s%.*s%s\n", tag, from > ls ? "..." : "", (int)(to - from), d + from,
		to < le ? "..." : "");
	fprintf(out, "%*s", (int)strlen(tag) + (from > ls ? 5 : 2), "");
	size_t i = from;
	while (i < start) {
		size_t len;
		utf8_decode(d + i, start - i, &len, NULL);
		fputc(d[i] == '\t' ? '\t' : ' ', out);
		i += len;
	}
	if (color)
		fputs("\033[1;32m", out);
	fputc('^', out);
	size_t end = end_off < to ? end_off : to;
	if (i < end) {
		size_t len;
		utf8_decode(d + i, end - i, &len, NULL);
		i += len;
	}
	while (i < end) {
		size_t len;
		utf8_decode(d + i, end - i, &len, NULL);
		fputc('~', out);
		i += len;
	}
	if (color)
		fputs("\033[0m", out);
	fputc('\n', out);
}

void pc_emit_text(FILE *out, const pc_doc *doc, int color)
{
	size_t counts[4] = { 0 }, sev[4] = { 0 };
	for (size_t i = 0; i < doc->nfindings; i++) {
		const struct finding *f = &doc->findings[i];
		sev[f->severity]++;
		if (color)
			fprintf(out, "\033[1m%s:%d:%d:\033[0m %s%s:\033[0m \033[1m%s\033[0m [%s]\n",
				doc->path, f->line, f->col, sev_color(f->severity),
				pc_severity_name(f->severity), f->message, judge_rule_id(f->rule));
		else
			fprintf(out, "%s:%d:%d: %s: %s [%s]\n", doc->path, f->line, f->col,
				pc_severity_name(f->severity), f->message, judge_rule_id(f->rule));
		show_line(out, doc, f->start, f->end, f->line, color);
	}
	size_t claims = 0;
	for (size_t i = 0; i < doc->nclaims; i++) {
		if (doc->claims[i].kind == CLAIM_NOT)
			continue;
		claims++;
		counts[doc->claims[i].status]++;
	}
	fprintf(out, "%s: %zu claim%s: %zu unsourced, %zu single-source, %zu multi-source; ",
		doc->path, claims, claims == 1 ? "" : "s", counts[STATUS_UNSOURCED],
		counts[STATUS_SINGLE], counts[STATUS_MULTI]);
	if (sev[PC_SEV_ERROR])
		fprintf(out, "%zu error%s, ", sev[PC_SEV_ERROR], sev[PC_SEV_ERROR] == 1 ? "" : "s");
	fprintf(out, "%zu warning%s, %zu note%s", sev[PC_SEV_WARNING],
		sev[PC_SEV_WARNING] == 1 ? "" : "s", sev[PC_SEV_NOTE],
		sev[PC_SEV_NOTE] == 1 ? "" : "s");
	if (doc->nsuppressed)
		fprintf(out, " (%zu suppressed)", doc->nsuppressed);
	fputc('\n', out);
}
