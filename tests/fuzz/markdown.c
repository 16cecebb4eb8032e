/* Fuzzes the markdown reader, through the analyzer and the JSON of the result.
 * Markdown through md4c: blocks, inline markup, HTML comments. */
#include "fuzz.h"

FUZZ_READER(PC_FORMAT_MARKDOWN)
