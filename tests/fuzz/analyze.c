/* Fuzzes the analyzer on plain text and everything that reads its result:
 * every emitter but the HTML report (Graphviz layout per input would
 * starve the fuzzer), a baseline written and matched in memory, and the
 * changed-lines filter. */
#include "fuzz.h"

static FILE *fuzz_null;

static void fuzz_close(void)
{
	fclose(fuzz_null);
	fuzz_free_rules();
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	fuzz_load_rules();
	fuzz_null = fopen("/dev/null", "w");
	if (!fuzz_null)
		abort();
	atexit(fuzz_close);
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *err = NULL;
	pc_doc *doc = pc_doc_check(fuzz_rules, "fuzz.txt", (const char *)data, size,
				   PC_FORMAT_TEXT, &err);
	if (!doc) {
		free(err);
		return 0;
	}
	pc_emit_text(fuzz_null, doc, 1);
	pc_emit_sarif(fuzz_null, &doc, 1);
	pc_emit_checkstyle(fuzz_null, &doc, 1);
	pc_emit_rdjsonl(fuzz_null, doc);
	pc_emit_github(fuzz_null, doc);
	free(pc_report_json(&doc, 1));

	pc_baseline *b = pc_baseline_new("fuzz.baseline");
	pc_baseline_add(b, doc);
	pc_baseline_filter(b, doc);
	pc_baseline_free(b);
	/* a diff touching the second and the fifth to seventh lines */
	static const int lines[] = { 2, 2, 5, 7 };
	pc_doc_keep_lines(doc, lines, 2);
	pc_doc_free(doc);
	return 0;
}
