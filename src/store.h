/* The store stage: documents into SQLite (src/schema.sql). */
#ifndef PC_STORE_H
#define PC_STORE_H

#include <sqlite3.h>

#include "doc.h"
#include "rules.h"

/* The connection, for the report and graph readers. */
sqlite3 *store_handle(pc_db *db);
/* "path: error: what: SQLite's message" (malloc'd), for those readers'
 * failures to read as the store's own do. */
char *store_error(pc_db *db, const char *what);
/* The file name the database was opened by, for messages. */
const char *store_path(const pc_db *db);
/* Adds to the document's claims the origins of the same fact in other
 * stored documents. */
int pc_db_corpus_origins(pc_db *db, pc_doc *doc, char **err);

#endif
