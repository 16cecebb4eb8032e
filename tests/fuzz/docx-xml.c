/* Fuzzes the docx reader's XML: the input is the document part (after a
 * NUL byte, the styles part), zipped in memory (office.h). */
#include "office.h"

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	fuzz_load_rules();
	atexit(fuzz_free_rules);
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	fuzz_office(data, size, false);
	return 0;
}
