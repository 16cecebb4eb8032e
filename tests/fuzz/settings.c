/* Fuzzes the .provcheck.ini parser (inih and src/settings.c's keys) and
 * the section globs, matched against a few document paths. */
#include <string.h>

#include "fuzz.h"
#include "settings.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *const docs[] = {
		"/fuzz/project/article.md", "/fuzz/project/news/2024/x.txt",
		"/fuzz/project/.hidden/[a].html", "/elsewhere/doc.docx", NULL,
	};
	if (size == 0)
		return 0; /* fmemopen takes no empty buffer */
	FILE *in = fmemopen((void *)data, size, "r");
	if (!in)
		abort();
	char *err = NULL;
	struct cfg_file *f = settings_file_parse(in, "/fuzz/project/.provcheck.ini", &err);
	fclose(in);
	if (!f) {
		free(err);
		return 0;
	}
	for (size_t i = 0; i < sizeof(docs) / sizeof(*docs); i++) {
		struct cfg_values v = { .fail_on = -1, .input_format = -1 };
		for (int r = 0; r < RULE_COUNT; r++)
			v.severity[r] = -1;
		settings_file_values(f, docs[i], &v);
		free(v.dirs); /* the strings belong to the file */
	}
	settings_file_free(f);
	return 0;
}
