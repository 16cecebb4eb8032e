/* Fuzzes the text reader, through the analyzer and the JSON of the result.
 * Plain text: paragraphs, the head lines, "# provcheck:" comment lines. */
#include "fuzz.h"

FUZZ_READER(PC_FORMAT_TEXT)
