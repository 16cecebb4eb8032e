/* Line-oriented outputs for CI, one line a finding, written as each
 * document is checked: reviewdog's rdjsonl and GitHub Actions workflow
 * commands (annotations). */
#include <jansson.h>
#include <string.h>

#include "emit.h"
#include "judge.h"

/* reviewdog counts columns in UTF-8 bytes where findings count code
 * points, so the byte column is taken from the input.  Findings come
 * mostly in input order: the cursor walks forward and goes back to the
 * start of the input only for a finding on an earlier line. */
struct ci_cursor {
	size_t off, line_start;
};

static int ci_byte_col(const struct pc_doc *doc, struct ci_cursor *c, size_t off)
{
	if (off > doc->len)
		off = doc->len;
	if (off < c->line_start)
		*c = (struct ci_cursor){ 0, 0 };
	for (; c->off < off; c->off++)
		if (doc->data[c->off] == '\n')
			c->line_start = c->off + 1;
	return (int)(off - c->line_start) + 1;
}

static json_t *ci_position(int line, int column)
{
	json_t *p = json_object();
	json_object_set_new(p, "line", json_integer(line));
	json_object_set_new(p, "column", json_integer(column));
	return p;
}

static const char *ci_rd_severity(enum pc_severity s)
{
	switch (s) {
	case PC_SEV_ERROR: return "ERROR";
	case PC_SEV_WARNING: return "WARNING";
	case PC_SEV_NOTE: return "INFO";
	default: return "UNKNOWN_SEVERITY";
	}
}

/* One Diagnostic of reviewdog's proto/rdf/reviewdog.proto. */
static json_t *ci_diagnostic(const struct pc_doc *doc, const struct finding *f,
			     struct ci_cursor *cur)
{
	json_t *range = json_object();
	json_object_set_new(range, "start", ci_position(f->line, ci_byte_col(doc, cur, f->start)));
	json_object_set_new(range, "end", ci_position(f->end_line, ci_byte_col(doc, cur, f->end)));
	json_t *loc = json_object();
	json_object_set_new(loc, "path", emit_json_str(doc->path));
	json_object_set_new(loc, "range", range);
	json_t *source = json_object();
	json_object_set_new(source, "name", json_string("provcheck"));
	json_t *code = json_object();
	json_object_set_new(code, "value", json_string(judge_rule_id(f->rule)));
	json_t *d = json_object();
	json_object_set_new(d, "message", emit_json_str(f->message));
	json_object_set_new(d, "location", loc);
	json_object_set_new(d, "severity", json_string(ci_rd_severity(f->severity)));
	json_object_set_new(d, "source", source);
	json_object_set_new(d, "code", code);
	return d;
}

void pc_emit_rdjsonl(FILE *out, const pc_doc *doc)
{
	struct ci_cursor cur = { 0, 0 };
	for (size_t i = 0; i < doc->nfindings; i++) {
		json_t *d = ci_diagnostic(doc, &doc->findings[i], &cur);
		json_dumpf(d, out, JSON_COMPACT | JSON_PRESERVE_ORDER);
		fputc('\n', out);
		json_decref(d);
	}
}

static const char *ci_gh_command(enum pc_severity s)
{
	switch (s) {
	case PC_SEV_ERROR: return "error";
	case PC_SEV_WARNING: return "warning";
	default: return "notice";
	}
}

/* GitHub's escaping of workflow commands (toolkit escapeData and
 * escapeProperty): a property value also escapes the ':' and ',' that
 * would end it. */
static void ci_gh_escape(FILE *out, const char *s, bool property)
{
	for (; *s; s++) {
		if (*s == '%')
			fputs("%25", out);
		else if (*s == '\r')
			fputs("%0D", out);
		else if (*s == '\n')
			fputs("%0A", out);
		else if (property && *s == ':')
			fputs("%3A", out);
		else if (property && *s == ',')
			fputs("%2C", out);
		else
			fputc(*s, out);
	}
}

void pc_emit_github(FILE *out, const pc_doc *doc)
{
	for (size_t i = 0; i < doc->nfindings; i++) {
		const struct finding *f = &doc->findings[i];
		fprintf(out, "::%s file=", ci_gh_command(f->severity));
		ci_gh_escape(out, doc->path, true);
		fprintf(out, ",line=%d,col=%d,endLine=%d,endColumn=%d,title=", f->line, f->col,
			f->end_line, f->end_col);
		ci_gh_escape(out, judge_rule_id(f->rule), true);
		fputs("::", out);
		ci_gh_escape(out, f->message, false);
		fputc('\n', out);
	}
}
