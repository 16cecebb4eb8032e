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

/* Prints the input line holding `start` (from at most 40 code points
 * before it, at most MAX_SHOWN code points in all) and a marker from
 * `start` to `end` or the shown text's end.  Only the shown stretch is
 * read, never the whole line: a 10 MB line with a million findings would
 * otherwise be scanned a million times. */
static void show_line(FILE *out, const struct pc_doc *doc, size_t start, size_t end_off,
		      int line, int color)
{
	/* a DOCX line is a paragraph: say so where the reader looks */
	char tag[24] = "";
	if (doc->paragraph_lines)
		snprintf(tag, sizeof(tag), "paragraph %d: ", line);
	const char *d = doc->data;
	size_t from = start;
	for (int back = 0; back < 40 && from > 0 && d[from - 1] != '\n' && d[from - 1] != '\r';
	     back++)
		from = utf8_prev(d, from);
	bool more_before = from > 0 && d[from - 1] != '\n' && d[from - 1] != '\r';
	size_t to = from;
	for (int shown = 0; shown < MAX_SHOWN && to < doc->len && d[to] != '\n' && d[to] != '\r';
	     shown++) {
		size_t len;
		utf8_decode(d + to, doc->len - to, &len, NULL);
		to += len;
	}
	bool more_after = to < doc->len && d[to] != '\n' && d[to] != '\r';

	/* the columns each shown code point took, for the marker */
	fprintf(out, "  %s%s", tag, more_before ? "..." : "");
	int cols[MAX_SHOWN + 1];
	size_t n = 0;
	for (size_t i = from; i < to; n++) {
		size_t len;
		utf8_decode(d + i, to - i, &len, NULL);
		cols[n] = fput_shown(out, d + i, len);
		if (d[i] == '\t')
			cols[n] = -1; /* the marker repeats the tab */
		i += len;
	}
	fprintf(out, "%s\n", more_after ? "..." : "");
	fprintf(out, "%*s", (int)strlen(tag) + (more_before ? 5 : 2), "");
	size_t i = from, k = 0;
	for (; i < start && k < n; k++) {
		size_t len;
		utf8_decode(d + i, start - i, &len, NULL);
		if (cols[k] < 0)
			fputc('\t', out);
		else
			fprintf(out, "%*s", cols[k], "");
		i += len;
	}
	if (color)
		fputs("\033[1;32m", out);
	size_t end = end_off < to ? end_off : to;
	for (bool first = true; first || (i < end && k < n); first = false, k++) {
		int w = k < n && cols[k] > 0 ? cols[k] : 1;
		for (int c = 0; c < w; c++)
			fputc(first && c == 0 ? '^' : '~', out);
		if (i < end) {
			size_t len;
			utf8_decode(d + i, end - i, &len, NULL);
			i += len;
		}
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
			fputs("\033[1m", out);
		fput_shown(out, doc->path, strlen(doc->path));
		if (color)
			fprintf(out, ":%d:%d:\033[0m %s%s:\033[0m \033[1m%s\033[0m [%s]\n", f->line,
				f->col, sev_color(f->severity), pc_severity_name(f->severity),
				f->message, judge_rule_id(f->rule));
		else
			fprintf(out, ":%d:%d: %s: %s [%s]\n", f->line, f->col,
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
	fput_shown(out, doc->path, strlen(doc->path));
	fprintf(out, ": %zu claim%s: %zu unsourced, %zu single-source, %zu multi-source; ",
		claims, claims == 1 ? "" : "s", counts[STATUS_UNSOURCED],
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
