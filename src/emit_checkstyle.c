/* Checkstyle XML, the report format most CI tools read (Jenkins, GitLab
 * code quality converters, reviewdog -f=checkstyle): a <file> for every
 * document, so a clean article shows as checked, and an <error> per
 * finding with source "provcheck.RULE". */
#include <libxml/xmlwriter.h>
#include <stdlib.h>
#include <string.h>

#include "emit.h"
#include "judge.h"
#include "module.h"
#include "util.h"

static const char *checkstyle_severity(enum pc_severity s)
{
	switch (s) {
	case PC_SEV_ERROR: return "error";
	case PC_SEV_WARNING: return "warning";
	case PC_SEV_NOTE: return "info";
	default: return "ignore";
	}
}

static bool checkstyle_xml_char(uint32_t cp)
{
	return cp == '\t' || cp == '\n' || cp == '\r' || (cp >= 0x20 && cp < 0xFFFE);
}

/* s as XML 1.0 can hold it: invalid UTF-8 and characters XML forbids even
 * as references (control characters, U+FFFE) become U+FFFD, where
 * libxml2 would write them through and break the document. */
static const xmlChar *checkstyle_text(struct arena *a, const char *s)
{
	size_t n = strlen(s), o = 0;
	char *buf = arena_alloc(a, n * 3 + 1);
	for (size_t i = 0; i < n;) {
		size_t len;
		bool bad = false;
		uint32_t cp = utf8_decode(s + i, n - i, &len, &bad);
		o += utf8_encode(bad || !checkstyle_xml_char(cp) ? 0xFFFD : cp, buf + o);
		i += len;
	}
	buf[o] = '\0';
	return (const xmlChar *)buf;
}

static int checkstyle_attr(xmlTextWriterPtr w, const char *name, const xmlChar *value)
{
	return xmlTextWriterWriteAttribute(w, (const xmlChar *)name, value);
}

/* Returns non-zero when the writer failed. */
static int checkstyle_finding(xmlTextWriterPtr w, struct arena *a, const struct finding *f)
{
	char line[16], col[16], source[64];
	snprintf(line, sizeof(line), "%d", f->line);
	snprintf(col, sizeof(col), "%d", f->col);
	snprintf(source, sizeof(source), "provcheck.%s", judge_rule_id(f->rule));
	int bad = xmlTextWriterStartElement(w, (const xmlChar *)"error") < 0;
	bad |= checkstyle_attr(w, "line", (const xmlChar *)line) < 0;
	bad |= checkstyle_attr(w, "column", (const xmlChar *)col) < 0;
	bad |= checkstyle_attr(w, "severity",
			       (const xmlChar *)checkstyle_severity(f->severity)) < 0;
	bad |= checkstyle_attr(w, "message", checkstyle_text(a, f->message)) < 0;
	bad |= checkstyle_attr(w, "source", (const xmlChar *)source) < 0;
	bad |= xmlTextWriterEndElement(w) < 0;
	return bad;
}

static int checkstyle_document(xmlTextWriterPtr w, struct arena *a, const struct pc_doc *doc)
{
	int bad = xmlTextWriterStartElement(w, (const xmlChar *)"file") < 0;
	bad |= checkstyle_attr(w, "name", checkstyle_text(a, doc->path)) < 0;
	for (size_t i = 0; i < doc->nfindings; i++) {
		bad |= checkstyle_finding(w, a, &doc->findings[i]);
		arena_reset(a); /* the message is written: its copy goes */
	}
	bad |= xmlTextWriterEndElement(w) < 0;
	return bad;
}

static int checkstyle_write(xmlTextWriterPtr w, struct arena *a, pc_doc *const *docs,
			    size_t ndocs)
{
	xmlTextWriterSetIndent(w, 1);
	xmlTextWriterSetIndentString(w, (const xmlChar *)"  ");
	int bad = xmlTextWriterStartDocument(w, NULL, "UTF-8", NULL) < 0;
	bad |= xmlTextWriterStartElement(w, (const xmlChar *)"checkstyle") < 0;
	bad |= checkstyle_attr(w, "version", (const xmlChar *)"4.3") < 0;
	for (size_t i = 0; i < ndocs; i++)
		bad |= checkstyle_document(w, a, docs[i]);
	bad |= xmlTextWriterEndDocument(w) < 0;
	return bad;
}

void xml_emit_checkstyle(FILE *out, pc_doc *const *docs, size_t ndocs)
{
	struct arena a = { 0 };
	/* written straight to out, as it goes: a document of a million
	 * findings is never held as one XML text */
	xmlOutputBufferPtr ob = xmlOutputBufferCreateFile(out, NULL);
	xmlTextWriterPtr w = ob ? xmlNewTextWriter(ob) : NULL;
	int bad = !w || checkstyle_write(w, &a, docs, ndocs);
	if (w)
		xmlFreeTextWriter(w); /* flushes and frees ob; out stays open */
	else
		xmlOutputBufferClose(ob);
	arena_free(&a);
	/* the text is valid XML by now, so libxml2 fails only for want of
	 * memory or a failed write: neither leaves a report worth having */
	if (bad) {
		fputs("provcheck: cannot write the checkstyle report\n", stderr);
		exit(2);
	}
}
