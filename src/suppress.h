/* Inline suppressions (provcheck-disable... comments): after judge, drops
 * the findings they cover and reports the ones that cover nothing. */
#ifndef PC_SUPPRESS_H
#define PC_SUPPRESS_H

#include "doc.h"

void suppress_document(struct pc_doc *doc);

#endif
