/* Fuzzes the inline suppressions of src/suppress.c without the analyzer
 * in front of them: the rest of the input after the first byte is the
 * article; the first byte picks plain text ("# provcheck: ...") or
 * Markdown/HTML comments ("<!-- provcheck-... -->") with its low bit, and
 * with the next two which lines get a finding of their own on a claim
 * made of that line, as if the analyzer had flagged those sentences: none
 * (an article with nothing to hide), every line with text, every other
 * one, or those that are not provcheck comments.  Much faster than the
 * whole pipeline, and the findings are ones it could make. */
#include <stdbool.h>
#include <string.h>

#include "fuzz.h"
#include "judge.h"
#include "suppress.h"
#include "util.h"

/* Enough findings to cover what a directive can reach in a short input;
 * fewer keeps each run fast. */
#define MAX_LINES 64

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size == 0)
		return 0;
	struct pc_doc *doc = xcalloc(1, sizeof(*doc));
	doc->format = data[0] & 1 ? "markdown" : "text";
	doc->path = "fuzz";
	size_t len = size - 1;
	char *copy = arena_alloc(&doc->arena, len + 1);
	memcpy(copy, data + 1, len);
	copy[len] = '\0';
	doc->data = doc->input = copy;
	doc->len = doc->input_len = len;

	unsigned which = (data[0] >> 1) & 3;
	size_t nline = 0;
	for (size_t i = 0; which && i < len && doc->nclaims < MAX_LINES;) {
		const char *nl = memchr(copy + i, '\n', len - i);
		size_t e = nl ? (size_t)(nl - copy) : len;
		size_t s = i;
		while (s < e && (copy[s] == ' ' || copy[s] == '\t'))
			s++;
		bool pick = which == 1 || (which == 2 && nline % 2 == 0) ||
			    (which == 3 && !mem_find(copy + s, e - s, "provcheck", 9));
		nline++;
		if (s < e && pick) {
			doc->claims = arena_grow(&doc->arena, doc->claims, &doc->capclaims,
						 doc->nclaims + 1, sizeof(*doc->claims));
			struct claim *c = &doc->claims[doc->nclaims];
			memset(c, 0, sizeof(*c));
			c->id = (int)doc->nclaims++;
			c->start = s;
			c->end = e;
			c->text = str_fold(&doc->arena, copy + s, e - s);
			/* alternate rules, so rule lists select some and not others */
			enum rule_id r = c->id % 2 ? RULE_VAGUE_ATTRIBUTION : RULE_UNSOURCED;
			judge_add_finding(doc, r, c->id, s, e, c->text, "fuzz");
		}
		i = e + 1;
	}
	suppress_document(doc);
	pc_doc_free(doc);
	return 0;
}
