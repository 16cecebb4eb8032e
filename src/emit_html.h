/* The editor's view: one self-contained HTML page per set of documents. */
#ifndef PC_EMIT_HTML_H
#define PC_EMIT_HTML_H

#include <stdio.h>

#include "doc.h"

/* Text as HTML character data or an attribute value: & < > " ' escaped,
 * carriage returns dropped.  Every string from an article or a database
 * goes through one of these. */
void emit_html_text(FILE *out, const char *s, size_t n);
void emit_html_str(FILE *out, const char *s);

extern const char emit_html_css[];
extern const char emit_html_js[];
/* The stylesheet of `provcheck report --format html`: tables only. */
extern const char emit_html_report_css[];

/* The citation graph of a document as an SVG element (malloc'd): drawn
 * by Graphviz when built with it, by a layered layout of our own else. */
char *emit_html_graph(const struct pc_doc *doc);

#endif
