/* Fuzzes the baseline loader (a JSON file, src/baseline.c); a baseline
 * that loads is then matched against the findings of a short article. */
#include "baseline.h"
#include "fuzz.h"

/* Two unsourced figures, so that the baseline has findings to match. */
static const char article[] =
	"The district built 14 new schools in 2024.\n\n"
	"Tuition rose by 9 percent in a year.\n";

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	fuzz_load_rules();
	atexit(fuzz_free_rules);
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *err = NULL;
	pc_baseline *b = baseline_load_buffer("fuzz.baseline", (const char *)data, size, &err);
	if (!b) {
		free(err);
		return 0;
	}
	pc_doc *doc = pc_doc_check(fuzz_rules, "fuzz.txt", article, sizeof(article) - 1,
				   PC_FORMAT_TEXT, &err);
	if (!doc)
		abort(); /* the article is fixed: it always reads */
	pc_baseline_filter(b, doc);
	pc_baseline_add(b, doc);
	pc_doc_free(doc);
	pc_baseline_free(b);
	return 0;
}
