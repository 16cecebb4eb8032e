/* The parts of libprovcheck that need heavy libraries live in modules,
 * loaded the first time a document needs them: libxml2 (and ICU under
 * it) for HTML, NITF and the checkstyle report, libzip (and OpenSSL's
 * libcrypto under it) for DOCX and ODT, Graphviz for the citation
 * graph.  A text or Markdown check never maps them, which is most of a
 * short check's start-up.  The stubs the core calls are in module.c. */
#ifndef PC_MODULE_H
#define PC_MODULE_H

#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "doc.h"
#include "rules.h"

/* The function `symbol` of module `name` (provcheck-<name>.so, beside the
 * loaded libprovcheck), or NULL with *err set.  Thread-safe; a module,
 * once loaded, stays. */
void *module_symbol(const char *name, const char *symbol, char **err);

/* The function `symbol` of module `name` into the function pointer var.
 * dlsym gives a data pointer; POSIX guarantees it converts to a
 * function pointer, which ISO C does not say, hence the copy. */
#define MODULE_FN(var, name, symbol, err)                          \
	do {                                                       \
		void *p_ = module_symbol(name, symbol, err);       \
		memcpy(&(var), &p_, sizeof(var));                  \
	} while (0)

/* The modules' entry points (module.c forwards read_html & co to them). */
int xml_read_html(struct pc_doc *doc, const pc_rules *rules, char **err);
int xml_read_nitf(struct pc_doc *doc, const pc_rules *rules, char **err);
void xml_emit_checkstyle(FILE *out, pc_doc *const *docs, size_t ndocs);
int office_read(struct pc_doc *doc, const pc_rules *rules, bool odt, char **err);

#endif
