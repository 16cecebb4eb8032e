/* Fuzzes the docx reader, through the analyzer and the JSON of the result.
 * DOCX: a zip package (libzip) and its WordprocessingML. */
#include "fuzz.h"

FUZZ_READER(PC_FORMAT_DOCX)
