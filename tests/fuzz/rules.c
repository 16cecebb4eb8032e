/* Fuzzes the rule-file parsers of src/rules.c: the first byte of an input
 * picks which file the rest is read as (a lexicon, the gazetteer, the
 * weights, the grammar, the cues or attribution patterns with their
 * macros, expanded and compiled by PCRE2). */
#include "fuzz.h"
#include "rules.h"

static const char *const names[] = {
	"abbreviations.txt", "roles.txt", "unnamed.txt", "organizations.txt",
	"documents.txt", "claims.txt", "checkworthy.txt", "calls.txt",
	"channels.txt", "synonyms.txt", "gender.txt", "numbers.txt",
	"gazetteer.tsv", "checkworthy-weights.tsv", "samefact-weights.tsv",
	"grammar.txt", "cues.txt", "attribution.rules",
};

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size == 0)
		return 0;
	const char *name = names[data[0] % (sizeof(names) / sizeof(*names))];
	char *err = NULL;
	pc_rules *r = rules_load_memory(name, (const char *)data + 1, size - 1, &err);
	free(err);
	pc_rules_free(r);
	return 0;
}
