/* Fuzzes the html reader, through the analyzer and the JSON of the result.
 * HTML through libxml2's HTML parser: charset sniffing, entities, the article's blocks. */
#include "fuzz.h"

FUZZ_READER(PC_FORMAT_HTML)
