/* Emitters only read the document model. */
#ifndef PC_EMIT_H
#define PC_EMIT_H

#include "doc.h"

#endif
