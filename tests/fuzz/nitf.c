/* Fuzzes the nitf reader, through the analyzer and the JSON of the result.
 * NITF and NewsML-G2 through libxml2's XML parser (no network, no external entities). */
#include "fuzz.h"

FUZZ_READER(PC_FORMAT_NITF)
