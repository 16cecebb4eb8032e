/* Fuzzes the odt reader, through the analyzer and the JSON of the result.
 * ODT: a zip package (libzip) and its OpenDocument text. */
#include "fuzz.h"

FUZZ_READER(PC_FORMAT_ODT)
