/* The store: checked documents into one SQLite file (src/schema.sql).
 *
 * One transaction per document, begun IMMEDIATE so that two provcheck
 * processes writing one database queue on the write lock (WAL, busy
 * timeout) instead of failing on a lock upgrade; a document is written
 * whole or not at all, whatever kills the process.  Sources are entities
 * across documents: one row per folded canonical name, with a surname
 * ("Terekhov") joining the one full name ("Ihor Terekhov") it can mean.
 * Claims are indexed by their names, numbers and words so that the same
 * fact in another document is found through the index, never by
 * comparing every pair. */
#include "store.h"

#include <errno.h>
#include <nettle/sha2.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "corroborate.h"
#include "judge.h"
#include "lexicon.h"
#include "schema_sql.h"
#include "util.h"

/* Forward migrations: migrations[v] takes a database from user_version v
 * to v + 1.  Version 0 is an empty file. */
static const char *const migrations[] = {
	schema_sql,
};
#define SCHEMA_VERSION ((int)COUNTOF(migrations))

/* An index key held by more claims than this says little about one
 * fact ("said", "city"): it is not used to find candidates. */
#define KEY_POSTING_LIMIT 100
/* at most this many candidates (those sharing most anchors) are read */
#define MAX_CANDIDATES 16
#define CORPUS_MIN_SHARED 6.0
#define CORPUS_MIN_RATIO 0.6

enum stmt {
	S_BEGIN, S_COMMIT, S_ROLLBACK, S_DOC_HASH, S_DOC_ID, S_DOC_DELETE, S_DOC_INSERT,
	S_BLOCK, S_CLAIM, S_SOURCE_BY_KEY, S_SOURCE_BY_SURNAME, S_SOURCE_FULL_BY_LAST,
	S_SOURCE_INSERT, S_SOURCE_RENAME, S_ALIAS, S_MENTION, S_ATTRIBUTION, S_RELAY,
	S_SAME_FACT, S_FINDING, S_ANCHOR, S_ANCHOR_POSTING, S_FACT_KEYS,
	S_LINKED_OTHERS, S_STALE, S_STALE_LIST, S_STALE_CLEAR, S_CORPUS_STATUS, S_CORPUS_ORIGINS, S_DOC_PATHS, S_DOC_DELETE_ID,
	S_ORPHAN_SOURCES, S_COUNT
};

static const char *const stmt_sql[S_COUNT] = {
	[S_BEGIN] = "BEGIN IMMEDIATE",
	[S_COMMIT] = "COMMIT",
	[S_ROLLBACK] = "ROLLBACK",
	[S_DOC_HASH] = "SELECT content_hash FROM documents WHERE path = ?1",
	[S_DOC_ID] = "SELECT id FROM documents WHERE path = ?1",
	[S_DOC_DELETE] = "DELETE FROM documents WHERE path = ?1",
	[S_DOC_INSERT] = "INSERT INTO documents (path, content_hash, format, bytes, checked_at) "
			 "VALUES (?1, ?2, ?3, ?4, ?5)",
	[S_BLOCK] = "INSERT INTO blocks (document_id, ordinal, kind, paragraph) VALUES (?1, ?2, ?3, ?4)",
	[S_CLAIM] = "INSERT INTO claims (document_id, ordinal, block_id, start, end, line, col, text, "
		    "kind, status, checkworthy, corpus_status, fact_keys) "
		    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?10, ?12)",
	[S_SOURCE_BY_KEY] = "SELECT id FROM sources WHERE key = ?1",
	[S_SOURCE_BY_SURNAME] = "SELECT id FROM sources WHERE last_word = ?1 AND key <> ?1 "
				"AND type IN ('person', 'official') LIMIT 2",
	[S_SOURCE_FULL_BY_LAST] = "SELECT id, key FROM sources WHERE last_word = ?1 "
				  "AND type IN ('person', 'official') LIMIT 3",
	[S_SOURCE_INSERT] = "INSERT INTO sources (key, name, type, country, state_affiliated, last_word) "
			    "VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
	[S_SOURCE_RENAME] = "UPDATE sources SET key = ?2, name = ?3 WHERE id = ?1",
	[S_ALIAS] = "INSERT OR IGNORE INTO source_aliases (source_id, alias) VALUES (?1, ?2)",
	[S_MENTION] = "INSERT INTO mentions (claim_id, source_id, text, start, end) VALUES (?1, ?2, ?3, ?4, ?5)",
	[S_ATTRIBUTION] = "INSERT INTO attributions (claim_id, source_id, mention_id, cue, channel, rule, "
			  "quote, inherited) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
	[S_RELAY] = "INSERT INTO relays (attribution_id, position, source_id) VALUES (?1, ?2, ?3)",
	[S_SAME_FACT] = "INSERT OR IGNORE INTO same_fact (claim_id, other_id, scope) VALUES (?1, ?2, ?3)",
	[S_FINDING] = "INSERT INTO findings (document_id, claim_id, rule, severity, line, col, end_line, "
		      "end_col, message, fingerprint) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
	[S_ANCHOR] = "INSERT OR IGNORE INTO claim_anchors (key, claim_id, document_id) "
		     "VALUES (?1, ?2, ?3)",
	[S_ANCHOR_POSTING] = "SELECT claim_id FROM claim_anchors WHERE key = ?1 AND document_id <> ?2 "
			     "LIMIT ?3",
	[S_FACT_KEYS] = "SELECT fact_keys FROM claims WHERE id = ?1",
	[S_STALE] = "INSERT OR IGNORE INTO stale_corpus_status (claim_id) VALUES (?1)",
	[S_STALE_LIST] = "SELECT claim_id FROM stale_corpus_status",
	[S_STALE_CLEAR] = "DELETE FROM stale_corpus_status",
	[S_LINKED_OTHERS] = "SELECT DISTINCT sf.other_id FROM same_fact sf JOIN claims c ON c.id = sf.claim_id "
			    "WHERE c.document_id = ?1 AND sf.scope = 'corpus'",
	/* the origins of a claim, of its same-fact claims in its document,
	 * and of its same-fact claims in other documents with theirs */
	[S_CORPUS_STATUS] =
		"UPDATE claims SET corpus_status = (SELECT CASE count(DISTINCT a.source_id) "
		"WHEN 0 THEN 'unsourced' WHEN 1 THEN 'single-source' ELSE 'multi-source' END "
		"FROM (SELECT ?1 AS id UNION SELECT other_id FROM same_fact WHERE claim_id = ?1 "
		"UNION SELECT s2.other_id FROM same_fact s1 JOIN same_fact s2 ON s2.claim_id = s1.other_id "
		"WHERE s1.claim_id = ?1 AND s1.scope = 'corpus' AND s2.scope = 'document') AS x "
		"JOIN attributions a ON a.claim_id = x.id) "
		"WHERE id = ?1 AND kind <> 'not-a-claim'",
	[S_CORPUS_ORIGINS] =
		"SELECT DISTINCT s.name, d.path, c.line FROM same_fact sf "
		"JOIN claims c ON c.id = sf.other_id JOIN documents d ON d.id = c.document_id "
		"JOIN attributions a ON a.claim_id IN (SELECT c.id UNION SELECT other_id FROM same_fact "
		"WHERE claim_id = c.id AND scope = 'document') "
		"JOIN sources s ON s.id = a.source_id "
		"WHERE sf.claim_id = ?1 AND sf.scope = 'corpus' ORDER BY d.path, c.line",
	[S_DOC_PATHS] = "SELECT id, path FROM documents ORDER BY path",
	[S_DOC_DELETE_ID] = "DELETE FROM documents WHERE id = ?1",
	[S_ORPHAN_SOURCES] = "DELETE FROM sources WHERE id NOT IN (SELECT source_id FROM mentions "
			     "UNION SELECT source_id FROM attributions UNION SELECT source_id FROM relays)",
};

struct pc_db {
	sqlite3 *db;
	char *path, *dir;
	sqlite3_stmt *st[S_COUNT];
	/* anchors found held by more than KEY_POSTING_LIMIT claims: they
	 * only grow more common, so they are not looked up again */
	struct lexicon common;
};

static char *db_error(pc_db *db, const char *what)
{
	const char *msg = db && db->db ? sqlite3_errmsg(db->db) : "out of memory";
	const char *path = db && db->path ? db->path : "database";
	return xasprintf("%s: error: %s: %s", path, what, msg);
}

static sqlite3_stmt *stmt(pc_db *db, enum stmt s)
{
	sqlite3_stmt *st = db->st[s];
	if (!st && sqlite3_prepare_v3(db->db, stmt_sql[s], -1, SQLITE_PREPARE_PERSISTENT,
				      &db->st[s], NULL) != SQLITE_OK)
		return NULL;
	st = db->st[s];
	sqlite3_reset(st);
	sqlite3_clear_bindings(st);
	return st;
}

/* Binds a printf-like list: i (int64), t (text or NULL), d (double). */
static int bind(sqlite3_stmt *st, const char *types, ...)
{
	va_list ap;
	va_start(ap, types);
	int rc = SQLITE_OK;
	for (int i = 0; types[i] && rc == SQLITE_OK; i++) {
		switch (types[i]) {
		case 'i':
			rc = sqlite3_bind_int64(st, i + 1, va_arg(ap, sqlite3_int64));
			break;
		case 't': {
			const char *s = va_arg(ap, const char *);
			rc = s ? sqlite3_bind_text(st, i + 1, s, -1, SQLITE_TRANSIENT)
			       : sqlite3_bind_null(st, i + 1);
			break;
		}
		case 'd':
			rc = sqlite3_bind_double(st, i + 1, va_arg(ap, double));
			break;
		}
	}
	va_end(ap);
	return rc;
}

/* Runs a statement that returns no row; -1 on error. */
static int exec_stmt(sqlite3_stmt *st)
{
	int rc = sqlite3_step(st);
	sqlite3_reset(st);
	return rc == SQLITE_DONE || rc == SQLITE_ROW ? 0 : -1;
}

/* The schema version of the file in *version, and in *tables whether it
 * has any table, read in one statement so that both come from one
 * snapshot (another provcheck creates the schema and its version in one
 * transaction).  SQLITE_OK, or SQLite's code when the file cannot be
 * read (not an SQLite file, unreadable). */
static int read_version(pc_db *db, int *version, bool *tables)
{
	sqlite3_stmt *st;
	int rc = sqlite3_prepare_v2(db->db, "SELECT user_version, EXISTS (SELECT 1 FROM "
				    "sqlite_master) FROM pragma_user_version", -1, &st, NULL);
	if (rc == SQLITE_OK && (rc = sqlite3_step(st)) == SQLITE_ROW) {
		*version = sqlite3_column_int(st, 0);
		*tables = sqlite3_column_int(st, 1);
		rc = SQLITE_OK;
	}
	sqlite3_finalize(st);
	return rc;
}

static int user_version(pc_db *db, int *version)
{
	bool tables;
	return read_version(db, version, &tables);
}

/* Read-only databases, said as such: SQLite's word for a directory it
 * cannot create the -wal and -shm files in (WAL keeps them beside the
 * database) is "unable to open database file", and a read-only file
 * opens without complaint, to fail at the first write.  NULL when the
 * file, or the directory, is not read-only. */
static char *file_read_only(pc_db *db)
{
	if (sqlite3_db_readonly(db->db, "main") != 1)
		return NULL;
	return xasprintf("%s: error: the database is read-only; provcheck cannot store "
			 "articles in it", db->path);
}

static char *dir_read_only(pc_db *db)
{
	if (access(db->dir, W_OK) == 0 || (errno != EACCES && errno != EROFS && errno != EPERM))
		return NULL;
	return xasprintf("%s: error: the database's directory %s is read-only (%s); SQLite "
			 "needs to write its -wal and -shm files there", db->path, db->dir,
			 strerror(errno));
}

/* One line: quick_check's report opens with "*** in database main ***"
 * on a line of its own. */
static char *corrupt_error(pc_db *db, const char *detail)
{
	static const char banner[] = "*** in database main ***\n";
	if (!strncmp(detail, banner, sizeof(banner) - 1))
		detail += sizeof(banner) - 1;
	char *err = xasprintf("%s: error: the database is corrupt (%s); nothing written: restore "
			      "it from a backup, or try sqlite3's .recover", db->path, detail);
	for (char *nl = strchr(err, '\n'); nl; nl = strchr(nl, '\n'))
		*nl = ' ';
	return err;
}

/* A failure opening, reading or setting up the file, in words one can
 * act on: SQLite's own for some of them say nothing of the cause. */
static char *open_error(pc_db *db, int rc, const char *what)
{
	char *ro;
	switch (rc & 0xff) {
	case SQLITE_NOTADB:
		return xasprintf("%s: error: not a provcheck database (not an SQLite file)", db->path);
	case SQLITE_CORRUPT:
		return corrupt_error(db, sqlite3_errmsg(db->db));
	case SQLITE_READONLY:
	case SQLITE_CANTOPEN:
	case SQLITE_PERM:
		if ((ro = dir_read_only(db)) || (ro = file_read_only(db)))
			return ro;
		break;
	}
	return db_error(db, what);
}

/* Whether the file holds a schema this provcheck can use, or none yet
 * (`existing`: not even that); -1 with *err when it does not.  A file
 * with tables and no schema version is someone else's database: nothing
 * of provcheck's is written into it, not even the WAL switch. */
static int check_version(pc_db *db, bool existing, char **err)
{
	int version = 0;
	bool tables = false;
	int rc = read_version(db, &version, &tables);
	if (rc != SQLITE_OK) {
		*err = open_error(db, rc, "cannot read");
		return -1;
	}
	if (version == 0 && tables) {
		*err = xasprintf("%s: error: not a provcheck database (it has tables, and no "
				 "provcheck schema)", db->path);
		return -1;
	}
	if (version < 0 || (existing && version == 0)) {
		*err = version ? xasprintf("%s: error: not a provcheck database (unknown schema "
					   "version %d)", db->path, version)
			       : xasprintf("%s: error: not a provcheck database", db->path);
		return -1;
	}
	if (version > SCHEMA_VERSION) {
		*err = xasprintf("%s: error: written by a newer provcheck (schema %d, this "
				 "one knows %d)", db->path, version, SCHEMA_VERSION);
		return -1;
	}
	return 0;
}

/* A writer looks over every page first: SQLite finds a corrupt page only
 * when it reads it, so a load that never read one would write into a
 * corrupt file, exit 0, and leave `report` to find it "malformed". */
static int check_pages(pc_db *db, char **err)
{
	sqlite3_stmt *st;
	int rc = sqlite3_prepare_v2(db->db, "PRAGMA quick_check(1)", -1, &st, NULL);
	if (rc == SQLITE_OK && (rc = sqlite3_step(st)) == SQLITE_ROW) {
		const char *result = (const char *)sqlite3_column_text(st, 0);
		rc = SQLITE_OK;
		if (result && strcmp(result, "ok"))
			*err = corrupt_error(db, result);
	}
	if (rc != SQLITE_OK)
		*err = open_error(db, rc, "cannot check the database");
	sqlite3_finalize(st);
	return *err ? -1 : 0;
}

static int migrate(pc_db *db, char **err)
{
	int version = 0;
	user_version(db, &version);
	for (int v = version; v < SCHEMA_VERSION; v++) {
		char pragma[64];
		snprintf(pragma, sizeof(pragma), "PRAGMA user_version = %d", v + 1);
		/* each step whole or not at all; a second process migrating at
		 * the same time waits, then finds the work done */
		int rc = sqlite3_exec(db->db, "BEGIN IMMEDIATE", NULL, NULL, NULL);
		if (rc != SQLITE_OK) {
			*err = open_error(db, rc, "cannot lock for migration");
			return -1;
		}
		int now = v;
		user_version(db, &now);
		if (now > v) {
			sqlite3_exec(db->db, "COMMIT", NULL, NULL, NULL);
			v = now - 1;
			continue;
		}
		if ((rc = sqlite3_exec(db->db, migrations[v], NULL, NULL, NULL)) != SQLITE_OK ||
		    (rc = sqlite3_exec(db->db, pragma, NULL, NULL, NULL)) != SQLITE_OK ||
		    (rc = sqlite3_exec(db->db, "COMMIT", NULL, NULL, NULL)) != SQLITE_OK) {
			*err = open_error(db, rc, "cannot create the schema");
			sqlite3_exec(db->db, "ROLLBACK", NULL, NULL, NULL);
			return -1;
		}
	}
	return 0;
}

/* Switching a new file to WAL takes a lock that SQLite does not wait
 * for with the busy handler: two processes opening one new database at
 * once would see "database is locked".  So the switch is retried, for as
 * long as the busy timeout would have waited. */
static int db_setup(pc_db *db)
{
	int rc = SQLITE_BUSY;
	for (int tries = 0; tries < 6000; tries++) {
		rc = sqlite3_exec(db->db, "PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON; "
				  "PRAGMA synchronous = NORMAL; PRAGMA cache_size = -65536; "
				  "PRAGMA mmap_size = 268435456; PRAGMA temp_store = MEMORY",
				  NULL, NULL, NULL);
		if ((rc & 0xff) != SQLITE_BUSY && (rc & 0xff) != SQLITE_LOCKED)
			break;
		sqlite3_sleep(10);
	}
	return rc;
}

/* `existing` opens only a provcheck database that is there, and looks
 * at it before anything writes (the WAL switch, the schema): a reader
 * given the wrong file must leave it as it was. */
static pc_db *db_open(const char *path, bool existing, char **err)
{
	pc_db *db = xcalloc(1, sizeof(*db));
	db->path = xstrdup(path);
	db->dir = path_dir_abs(path);
	int flags = SQLITE_OPEN_READWRITE | (existing ? 0 : SQLITE_OPEN_CREATE);
	int rc = sqlite3_open_v2(path, &db->db, flags, NULL);
	if (rc != SQLITE_OK) {
		*err = open_error(db, rc, "cannot open");
		goto fail;
	}
	sqlite3_busy_timeout(db->db, 60000);
	sqlite3_extended_result_codes(db->db, 1);
	if (check_version(db, existing, err))
		goto fail;
	/* a writer: said at once, not as every article's failure to store */
	if (!existing && ((*err = file_read_only(db)) || (*err = dir_read_only(db))))
		goto fail;
	if (!existing && check_pages(db, err))
		goto fail;
	/* WAL: readers never block the writer; NORMAL sync: a commit is
	 * durable at the next checkpoint, atomic always; a page cache and a
	 * map big enough that an archive's index lookups stay in memory */
	if ((rc = db_setup(db)) != SQLITE_OK) {
		*err = open_error(db, rc, "cannot set up the database");
		goto fail;
	}
	if (migrate(db, err))
		goto fail;
	return db;
fail:
	pc_db_close(db);
	return NULL;
}

pc_db *pc_db_open(const char *path, char **err)
{
	return db_open(path, false, err);
}

pc_db *pc_db_open_existing(const char *path, char **err)
{
	return db_open(path, true, err);
}

/* Read-only, and set up by the writer's open already: nothing to switch
 * or migrate. */
pc_db *pc_db_open_reader(const pc_db *writer, char **err)
{
	pc_db *db = xcalloc(1, sizeof(*db));
	db->path = xstrdup(writer->path);
	db->dir = xstrdup(writer->dir);
	if (sqlite3_open_v2(db->path, &db->db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK) {
		*err = db_error(db, "cannot open for reading");
		pc_db_close(db);
		return NULL;
	}
	sqlite3_busy_timeout(db->db, 60000);
	sqlite3_extended_result_codes(db->db, 1);
	return db;
}

void pc_db_close(pc_db *db)
{
	if (!db)
		return;
	for (int i = 0; i < S_COUNT; i++)
		sqlite3_finalize(db->st[i]);
	lex_free(&db->common);
	sqlite3_close(db->db);
	free(db->path);
	free(db->dir);
	free(db);
}

sqlite3 *store_handle(pc_db *db)
{
	return db->db;
}

char *store_error(pc_db *db, const char *what)
{
	return db_error(db, what);
}

const char *store_path(const pc_db *db)
{
	return db->path;
}

/* The document's path as the database names it: relative to the
 * database file, so the archive can move with its database. */
static char *db_doc_path(const pc_db *db, const char *path)
{
	char *abs = realpath(path, NULL);
	if (!abs)
		return xstrdup(path);
	char *rel = path_relative(db->dir, abs);
	free(abs);
	return rel;
}

static void sha256_hex(const char *data, size_t len, char out[65])
{
	struct sha256_ctx ctx;
	uint8_t digest[SHA256_DIGEST_SIZE];
	sha256_init(&ctx);
	sha256_update(&ctx, len, (const uint8_t *)data);
	sha256_digest(&ctx, sizeof(digest), digest);
	for (int i = 0; i < SHA256_DIGEST_SIZE; i++)
		snprintf(out + 2 * i, 3, "%02x", digest[i]);
}

int pc_db_is_current(pc_db *db, const char *path, const char *data, size_t len)
{
	char hash[65];
	sha256_hex(data, len, hash);
	char *rel = db_doc_path(db, path);
	sqlite3_stmt *st = stmt(db, S_DOC_HASH);
	int same = st && bind(st, "t", rel) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW &&
		   strcmp((const char *)sqlite3_column_text(st, 0), hash) == 0;
	if (st)
		sqlite3_reset(st);
	free(rel);
	return same;
}

/* --- sources as entities -------------------------------------------- */

static const char *last_word(const char *key)
{
	const char *sp = strrchr(key, ' ');
	return sp ? sp + 1 : key;
}

static bool personal(enum source_type t)
{
	return t == SRC_PERSON || t == SRC_OFFICIAL;
}

static sqlite3_int64 id_where(pc_db *db, enum stmt s, const char *key, int *count)
{
	sqlite3_stmt *st = stmt(db, s);
	sqlite3_int64 id = 0;
	*count = 0;
	if (!st || bind(st, "t", key) != SQLITE_OK)
		return -1;
	while (sqlite3_step(st) == SQLITE_ROW) {
		if (!(*count)++)
			id = sqlite3_column_int64(st, 0);
	}
	sqlite3_reset(st);
	return id;
}

/* The entity a source name stands for, made when new.  A lone surname
 * joins the one person with that surname; a full name takes over the
 * lone-surname entity that an earlier article made, when it is the only
 * full name with that surname. */
static sqlite3_int64 source_entity(pc_db *db, const pc_rules *r, const struct source *s,
				   const char *name)
{
	char *key = name_key(name);
	int n;
	sqlite3_int64 id = id_where(db, S_SOURCE_BY_KEY, key, &n);
	if (n == 0 && personal(s->type) && !strchr(key, ' ')) {
		id = id_where(db, S_SOURCE_BY_SURNAME, key, &n);
		if (n != 1)
			n = 0;
	} else if (n == 0 && personal(s->type)) {
		sqlite3_stmt *st = stmt(db, S_SOURCE_FULL_BY_LAST);
		sqlite3_int64 lone = 0;
		int full = 0;
		if (st && bind(st, "t", last_word(key)) == SQLITE_OK)
			while (sqlite3_step(st) == SQLITE_ROW) {
				const char *k = (const char *)sqlite3_column_text(st, 1);
				if (strchr(k, ' '))
					full++;
				else
					lone = sqlite3_column_int64(st, 0);
			}
		if (st)
			sqlite3_reset(st);
		if (lone && !full) {
			st = stmt(db, S_SOURCE_RENAME);
			if (!st || bind(st, "itt", lone, key, name) != SQLITE_OK || exec_stmt(st))
				id = -1;
			else
				id = lone;
			n = 1;
		}
	}
	if (n == 0 && id >= 0) {
		const struct gaz_entry *g = rules_gazetteer_lookup(r, key);
		sqlite3_stmt *st = stmt(db, S_SOURCE_INSERT);
		if (!st || bind(st, "ttttit", key, name, source_type_name(s->type),
				g ? g->country : NULL, (sqlite3_int64)(g ? g->state : s->state),
				last_word(key)) != SQLITE_OK ||
		    exec_stmt(st))
			id = -1;
		else
			id = sqlite3_last_insert_rowid(db->db);
	}
	free(key);
	return id;
}

static int alias(pc_db *db, sqlite3_int64 source, const char *form)
{
	sqlite3_stmt *st = stmt(db, S_ALIAS);
	return !st || bind(st, "it", source, form) != SQLITE_OK || exec_stmt(st) ? -1 : 0;
}

/* A relay is named only by its name: its kind comes from the gazetteer,
 * and a relay the gazetteer does not know is an outlet. */
static sqlite3_int64 relay_entity(pc_db *db, const pc_rules *r, const char *name)
{
	char *key = name_key(name);
	const struct gaz_entry *g = rules_gazetteer_lookup(r, key);
	free(key);
	struct source s = { .name = name, .type = g ? g->type : SRC_OUTLET,
			    .state = g && g->state };
	sqlite3_int64 id = source_entity(db, r, &s, name);
	return id < 0 || alias(db, id, name) ? -1 : id;
}

/* --- writing a document ---------------------------------------------- */

struct writer {
	pc_db *db;
	const pc_rules *rules;
	const struct pc_doc *doc;
	sqlite3_int64 doc_id;
	sqlite3_int64 *block_ids, *claim_ids;
	size_t claim_index; /* the claim being written */
	struct arena tmp;
};

static sqlite3_int64 insert(struct writer *w, sqlite3_stmt *st)
{
	if (!st || sqlite3_step(st) != SQLITE_DONE) {
		if (st)
			sqlite3_reset(st);
		return -1;
	}
	sqlite3_reset(st);
	return sqlite3_last_insert_rowid(w->db->db);
}

static int write_source(struct writer *w, sqlite3_int64 claim, const struct claim *c,
			const struct source *s)
{
	pc_db *db = w->db;
	sqlite3_int64 src = source_entity(db, w->rules, s, s->name);
	if (src < 0 || alias(db, src, s->name) ||
	    (s->mention && strcmp(s->mention, s->name) && alias(db, src, s->mention)))
		return -1;
	sqlite3_stmt *st = stmt(db, S_MENTION);
	if (!st || bind(st, "iitii", claim, src, s->mention ? s->mention : s->name,
			(sqlite3_int64)s->mstart, (sqlite3_int64)s->mend) != SQLITE_OK)
		return -1;
	sqlite3_int64 mention = insert(w, st);
	st = stmt(db, S_ATTRIBUTION);
	if (mention < 0 || !st ||
	    bind(st, "iiitttii", claim, src, mention, s->cue, s->channel, s->rule,
		 (sqlite3_int64)c->has_quote, (sqlite3_int64)s->inherited) != SQLITE_OK)
		return -1;
	sqlite3_int64 attribution = insert(w, st);
	if (attribution < 0)
		return -1;
	for (size_t v = 0; v < s->nvia; v++) {
		sqlite3_int64 relay = relay_entity(db, w->rules, s->via[v]);
		st = stmt(db, S_RELAY);
		if (relay < 0 || !st ||
		    bind(st, "iii", attribution, (sqlite3_int64)v + 1, relay) != SQLITE_OK ||
		    exec_stmt(st))
			return -1;
	}
	return 0;
}

/* --- the same fact in other documents ---------------------------------- */

/* A claim's keys as the database keeps them: "kind:key" separated by
 * spaces (keys hold no spaces). */
struct keyset {
	char **key;
	unsigned char *kind;
	size_t n;
	double total;
};

static char *keys_text(struct arena *a, const struct keyset *k)
{
	size_t len = 1;
	for (size_t i = 0; i < k->n; i++)
		len += strlen(k->key[i]) + 3;
	char *s = arena_alloc(a, len), *o = s;
	for (size_t i = 0; i < k->n; i++)
		o += sprintf(o, "%s%d:%s", i ? " " : "", k->kind[i], k->key[i]);
	*o = '\0';
	return s;
}

static void keys_parse(struct arena *a, const char *text, struct keyset *k)
{
	size_t cap = 0;
	memset(k, 0, sizeof(*k));
	char *copy = arena_strdup(a, text), *save = NULL;
	for (char *t = strtok_r(copy, " ", &save); t; t = strtok_r(NULL, " ", &save)) {
		if (t[0] < '0' || t[0] > '2' || t[1] != ':')
			continue;
		size_t old = cap;
		k->key = arena_grow(a, k->key, &cap, k->n + 1, sizeof(*k->key));
		if (cap != old) {
			unsigned char *kinds = arena_alloc(a, cap);
			if (k->n)
				memcpy(kinds, k->kind, k->n);
			k->kind = kinds;
		}
		k->kind[k->n] = (unsigned char)(t[0] - '0');
		k->key[k->n++] = t + 2;
		k->total += corroborate_item_weight(t[0] - '0');
	}
}

/* Whether two claims of different documents state one fact: the in-
 * document rule made stricter.  Shared weight >= 6 and >= 0.6 of the
 * smaller claim; a distinctive shared figure with a shared name (the who
 * or where), any shared figure with two shared names, or three shared
 * names; when both give figures, all of the fewer shared ("three killed"
 * is not "four killed").  The words of the
 * attributions (sources, relays, cues, channels) are not keys across
 * documents. */
/* A figure that tells facts apart: 10 or more, or more than a number
 * ("5-2", "51.3", "14-year-old"); "two" or "3" is in every other story. */
static bool distinctive(const char *key)
{
	for (const char *p = key; *p; p++)
		if (*p < '0' || *p > '9')
			return true;
	return strlen(key) >= 2;
}

static bool same_fact_across(const struct keyset *x, const struct keyset *y)
{
	double shared = 0;
	int numbers = 0, figures = 0, names = 0, xn = 0, yn = 0;
	for (size_t i = 0; i < x->n; i++) {
		xn += x->kind[i] == ITEM_NUMBER;
		for (size_t j = 0; j < y->n; j++)
			if (x->kind[i] == y->kind[j] && !strcmp(x->key[i], y->key[j])) {
				shared += corroborate_item_weight(x->kind[i]);
				numbers += x->kind[i] == ITEM_NUMBER;
				figures += x->kind[i] == ITEM_NUMBER && distinctive(x->key[i]);
				names += x->kind[i] == ITEM_NAME;
				break;
			}
	}
	for (size_t j = 0; j < y->n; j++)
		yn += y->kind[j] == ITEM_NUMBER;
	double mn = x->total < y->total ? x->total : y->total;
	if (shared < CORPUS_MIN_SHARED || mn <= 0 || shared / mn < CORPUS_MIN_RATIO)
		return false;
	if (!((figures && names) || (numbers && names >= 2) || names >= 3))
		return false;
	return !(xn && yn && numbers < (xn < yn ? xn : yn));
}

static int same_fact(pc_db *db, sqlite3_int64 a, sqlite3_int64 b)
{
	sqlite3_stmt *st = stmt(db, S_SAME_FACT);
	if (!st || bind(st, "iit", a, b, "corpus") != SQLITE_OK || exec_stmt(st))
		return -1;
	st = stmt(db, S_SAME_FACT);
	return !st || bind(st, "iit", b, a, "corpus") != SQLITE_OK || exec_stmt(st) ? -1 : 0;
}

struct hit {
	sqlite3_int64 claim;
};

struct cand {
	sqlite3_int64 claim;
	int anchors;
};

static int cmp_cand(const void *a, const void *b)
{
	const struct cand *x = a, *y = b;
	if (x->anchors != y->anchors)
		return y->anchors - x->anchors;
	return x->claim < y->claim ? -1 : x->claim > y->claim;
}

static int cmp_hit(const void *a, const void *b)
{
	sqlite3_int64 x = ((const struct hit *)a)->claim, y = ((const struct hit *)b)->claim;
	return x < y ? -1 : x > y;
}

/* A claim whose corpus status must be counted again.  Counting is put
 * off to the end of the run (pc_db_settle): an archive load links one
 * claim to many, and counts it once instead of once a link; a run that
 * is killed leaves its marks for the next run to settle. */
static int mark_stale(pc_db *db, sqlite3_int64 claim)
{
	sqlite3_stmt *st = stmt(db, S_STALE);
	return !st || bind(st, "i", claim) != SQLITE_OK || exec_stmt(st) ? -1 : 0;
}

/* Candidates: the claims of other documents sharing an anchor, a name
 * that at most KEY_POSTING_LIMIT claims hold (every form of the rule
 * needs a shared name); only these are read and compared. */
static sqlite3_int64 *candidates(struct writer *w, const struct keyset *k, size_t *n)
{
	struct hit *hits = NULL;
	size_t cap = 0, nh = 0;
	for (size_t i = 0; i < k->n; i++) {
		if (k->kind[i] != ITEM_NAME || lex_get(&w->db->common, k->key[i]))
			continue;
		sqlite3_stmt *st = stmt(w->db, S_ANCHOR_POSTING);
		if (!st || bind(st, "tii", k->key[i], w->doc_id,
				(sqlite3_int64)KEY_POSTING_LIMIT + 1) != SQLITE_OK)
			continue;
		size_t first = nh;
		while (sqlite3_step(st) == SQLITE_ROW) {
			if (nh == cap) {
				cap = cap ? 2 * cap : 64;
				hits = xrealloc(hits, cap * sizeof(*hits));
			}
			hits[nh++].claim = sqlite3_column_int64(st, 0);
		}
		sqlite3_reset(st);
		if (nh - first > KEY_POSTING_LIMIT) {
			nh = first; /* too common to tell facts apart */
			lex_put(&w->db->common, k->key[i], 0, NULL);
		}
	}
	if (nh)
		qsort(hits, nh, sizeof(*hits), cmp_hit);
	struct cand *c = xmalloc((nh + 1) * sizeof(*c));
	size_t nc = 0;
	for (size_t i = 0; i < nh;) {
		size_t j = i;
		while (j < nh && hits[j].claim == hits[i].claim)
			j++;
		c[nc].claim = hits[i].claim;
		c[nc++].anchors = (int)(j - i);
		i = j;
	}
	free(hits);
	/* the claims sharing most anchors first, and only the first few:
	 * a fact retold a hundred times needs no hundred comparisons */
	if (nc > 1)
		qsort(c, nc, sizeof(*c), cmp_cand);
	if (nc > MAX_CANDIDATES)
		nc = MAX_CANDIDATES;
	sqlite3_int64 *ids = xmalloc((nc + 1) * sizeof(*ids));
	for (size_t i = 0; i < nc; i++)
		ids[i] = c[i].claim;
	*n = nc;
	free(c);
	return ids;
}

static int link_corpus(struct writer *w, sqlite3_int64 id, const struct keyset *mine)
{
	size_t n;
	sqlite3_int64 *ids = candidates(w, mine, &n);
	int rc = 0;
	for (size_t i = 0; i < n && !rc; i++) {
		sqlite3_stmt *st = stmt(w->db, S_FACT_KEYS);
		if (!st || bind(st, "i", ids[i]) != SQLITE_OK || sqlite3_step(st) != SQLITE_ROW) {
			if (st)
				sqlite3_reset(st);
			continue;
		}
		struct keyset other;
		keys_parse(&w->tmp, (const char *)sqlite3_column_text(st, 0), &other);
		sqlite3_reset(st);
		if (!same_fact_across(mine, &other))
			continue;
		rc = same_fact(w->db, id, ids[i]);
		if (!rc)
			rc = mark_stale(w->db, id) || mark_stale(w->db, ids[i]);
	}
	free(ids);
	return rc;
}

static int write_anchors(struct writer *w, sqlite3_int64 claim, const struct keyset *k)
{
	for (size_t i = 0; i < k->n; i++) {
		if (k->kind[i] != ITEM_NAME)
			continue;
		sqlite3_stmt *st = stmt(w->db, S_ANCHOR);
		if (!st || bind(st, "tii", k->key[i], claim, w->doc_id) != SQLITE_OK || exec_stmt(st))
			return -1;
	}
	return 0;
}

static int write_claim(struct writer *w, size_t i)
{
	const struct claim *c = &w->doc->claims[i];
	w->claim_index = i;
	/* only check-worthy claims are linked across documents: only they
	 * keep keys */
	struct keyset k = { 0 };
	if (c->checkworthy)
		k.n = corroborate_keys(&w->tmp, w->rules, c, &k.key, &k.kind, &k.total);
	sqlite3_stmt *st = stmt(w->db, S_CLAIM);
	size_t b = (size_t)(c->block - w->doc->blocks);
	if (!st || bind(st, "iiiiiiitttit", w->doc_id, (sqlite3_int64)c->id, w->block_ids[b],
			(sqlite3_int64)c->start, (sqlite3_int64)c->end, (sqlite3_int64)c->line,
			(sqlite3_int64)c->col, c->text, claim_kind_name(c->kind),
			status_name(c->status), (sqlite3_int64)c->checkworthy,
			k.n ? keys_text(&w->tmp, &k) : NULL) != SQLITE_OK)
		return -1;
	sqlite3_int64 id = insert(w, st);
	if (id < 0)
		return -1;
	w->claim_ids[i] = id;
	for (size_t s = 0; s < c->nsources; s++)
		if (write_source(w, id, c, &c->sources[s]))
			return -1;
	int rc = k.n ? write_anchors(w, id, &k) : 0;
	if (rc == 0 && k.n)
		rc = link_corpus(w, id, &k);
	arena_reset(&w->tmp);
	return rc;
}

static int corpus_status(pc_db *db, sqlite3_int64 claim)
{
	sqlite3_stmt *st = stmt(db, S_CORPUS_STATUS);
	return !st || bind(st, "i", claim) != SQLITE_OK || exec_stmt(st) ? -1 : 0;
}

/* The claims of other documents linked to document `doc`. */
static sqlite3_int64 *linked_others(pc_db *db, sqlite3_int64 doc, size_t *n)
{
	sqlite3_int64 *ids = NULL;
	size_t cap = 0;
	*n = 0;
	sqlite3_stmt *st = stmt(db, S_LINKED_OTHERS);
	if (!st || bind(st, "i", doc) != SQLITE_OK)
		return NULL;
	while (sqlite3_step(st) == SQLITE_ROW) {
		if (*n == cap) {
			cap = cap ? 2 * cap : 16;
			ids = xrealloc(ids, cap * sizeof(*ids));
		}
		ids[(*n)++] = sqlite3_column_int64(st, 0);
	}
	sqlite3_reset(st);
	return ids;
}

static int write_blocks(struct writer *w)
{
	const struct pc_doc *doc = w->doc;
	for (size_t b = 0; b < doc->nblocks; b++) {
		sqlite3_stmt *st = stmt(w->db, S_BLOCK);
		if (!st || bind(st, "iiti", w->doc_id, (sqlite3_int64)b,
				block_kind_name(doc->blocks[b].kind),
				(sqlite3_int64)doc->blocks[b].para) != SQLITE_OK)
			return -1;
		if ((w->block_ids[b] = insert(w, st)) < 0)
			return -1;
	}
	return 0;
}

static int write_links_and_findings(struct writer *w)
{
	const struct pc_doc *doc = w->doc;
	for (size_t i = 0; i < doc->nclaims; i++) {
		const struct claim *c = &doc->claims[i];
		for (size_t k = 0; k < c->nsame; k++) {
			sqlite3_stmt *st = stmt(w->db, S_SAME_FACT);
			if (!st || bind(st, "iit", w->claim_ids[i], w->claim_ids[c->same_as[k]],
					"document") != SQLITE_OK || exec_stmt(st))
				return -1;
		}
	}
	for (size_t i = 0; i < doc->nfindings; i++) {
		const struct finding *f = &doc->findings[i];
		sqlite3_stmt *st = stmt(w->db, S_FINDING);
		if (!st)
			return -1;
		if (bind(st, "i", w->doc_id) != SQLITE_OK ||
		    (f->claim >= 0 && sqlite3_bind_int64(st, 2, w->claim_ids[f->claim]) != SQLITE_OK))
			return -1;
		int rc = SQLITE_OK;
		rc |= sqlite3_bind_text(st, 3, judge_rule_id(f->rule), -1, SQLITE_STATIC);
		rc |= sqlite3_bind_text(st, 4, pc_severity_name(f->severity), -1, SQLITE_STATIC);
		rc |= sqlite3_bind_int(st, 5, f->line);
		rc |= sqlite3_bind_int(st, 6, f->col);
		rc |= sqlite3_bind_int(st, 7, f->end_line);
		rc |= sqlite3_bind_int(st, 8, f->end_col);
		rc |= sqlite3_bind_text(st, 9, f->message, -1, SQLITE_TRANSIENT);
		rc |= sqlite3_bind_text(st, 10, f->fingerprint, -1, SQLITE_TRANSIENT);
		if (rc != SQLITE_OK || exec_stmt(st))
			return -1;
	}
	return 0;
}

static sqlite3_int64 doc_id_of(pc_db *db, const char *rel)
{
	sqlite3_stmt *st = stmt(db, S_DOC_ID);
	if (!st || bind(st, "t", rel) != SQLITE_OK)
		return -1;
	sqlite3_int64 id = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
	sqlite3_reset(st);
	return id;
}

static int write_document(struct writer *w, const char *rel)
{
	const struct pc_doc *doc = w->doc;
	pc_db *db = w->db;
	size_t nold = 0;
	sqlite3_int64 *old = NULL;
	int rc = -1;
	/* the claims elsewhere that the old version was linked to lose
	 * those links with it: their corpus status is to be counted again */
	sqlite3_int64 prev = doc_id_of(db, rel);
	if (prev > 0)
		old = linked_others(db, prev, &nold);
	sqlite3_stmt *st = stmt(db, S_DOC_DELETE);
	if (!st || bind(st, "t", rel) != SQLITE_OK || exec_stmt(st))
		goto out;
	char hash[65], when[32];
	/* the file's own bytes, as pc_db_is_current() hashes them */
	sha256_hex(doc->input, doc->input_len, hash);
	time_t t = time(NULL);
	strftime(when, sizeof(when), "%Y-%m-%dT%H:%M:%SZ", gmtime(&t));
	st = stmt(db, S_DOC_INSERT);
	if (!st || bind(st, "tttit", rel, hash, doc->format ? doc->format : "text",
			(sqlite3_int64)doc->input_len, when) != SQLITE_OK)
		goto out;
	if ((w->doc_id = insert(w, st)) < 0 || write_blocks(w))
		goto out;
	for (size_t i = 0; i < doc->nclaims; i++)
		if (write_claim(w, i))
			goto out;
	if (write_links_and_findings(w))
		goto out;
	/* a claim without links across documents has its own status as its
	 * corpus status (set when written); the linked were marked stale */
	rc = 0;
	for (size_t i = 0; i < nold && !rc; i++)
		rc = mark_stale(db, old[i]);
out:
	free(old);
	return rc;
}

/* "ARTICLE: error: cannot store in DB: SQLite's message": a store fails
 * on one article (the first, on a full disk), and names it. */
static char *store_failed(pc_db *db, const pc_doc *doc, const char *what)
{
	return xasprintf("%s: error: %s %s: %s", doc->path, what, db->path, sqlite3_errmsg(db->db));
}

int pc_db_store(pc_db *db, const pc_rules *rules, const pc_doc *doc, char **err)
{
	struct writer w = { .db = db, .rules = rules, .doc = doc };
	w.block_ids = xcalloc(doc->nblocks + 1, sizeof(*w.block_ids));
	w.claim_ids = xcalloc(doc->nclaims + 1, sizeof(*w.claim_ids));
	char *rel = db_doc_path(db, doc->path);
	int rc = -1;
	sqlite3_stmt *st = stmt(db, S_BEGIN);
	if (!st || exec_stmt(st)) {
		*err = store_failed(db, doc, "cannot begin writing to");
		goto out;
	}
	if (write_document(&w, rel)) {
		*err = store_failed(db, doc, "cannot store in");
		st = stmt(db, S_ROLLBACK);
		if (st)
			exec_stmt(st);
		goto out;
	}
	st = stmt(db, S_COMMIT);
	if (!st || exec_stmt(st)) {
		*err = store_failed(db, doc, "cannot commit to");
		st = stmt(db, S_ROLLBACK);
		if (st)
			exec_stmt(st);
		goto out;
	}
	rc = 0;
out:
	arena_free(&w.tmp);
	free(rel);
	free(w.block_ids);
	free(w.claim_ids);
	return rc;
}

/* --- settling corpus status ------------------------------------------- */

int pc_db_settle(pc_db *db, char **err)
{
	sqlite3_stmt *st = stmt(db, S_BEGIN);
	if (!st || exec_stmt(st)) {
		*err = db_error(db, "cannot begin a transaction");
		return -1;
	}
	sqlite3_int64 *ids = NULL;
	size_t n = 0, cap = 0;
	st = stmt(db, S_STALE_LIST);
	while (st && sqlite3_step(st) == SQLITE_ROW) {
		if (n == cap) {
			cap = cap ? 2 * cap : 256;
			ids = xrealloc(ids, cap * sizeof(*ids));
		}
		ids[n++] = sqlite3_column_int64(st, 0);
	}
	if (st)
		sqlite3_reset(st);
	int rc = !st;
	for (size_t i = 0; i < n && !rc; i++)
		rc = corpus_status(db, ids[i]);
	free(ids);
	if (!rc) {
		st = stmt(db, S_STALE_CLEAR);
		rc = !st || exec_stmt(st);
	}
	st = stmt(db, rc ? S_ROLLBACK : S_COMMIT);
	if (rc || !st || exec_stmt(st)) {
		*err = db_error(db, "cannot count corpus status");
		if (!rc && (st = stmt(db, S_ROLLBACK)))
			exec_stmt(st);
		return -1;
	}
	return 0;
}

/* --- corpus status for the report of a document ------------------------ */

int pc_db_corpus_origins(pc_db *db, pc_doc *doc, char **err)
{
	char *rel = db_doc_path(db, doc->path);
	sqlite3_int64 id = doc_id_of(db, rel);
	free(rel);
	if (id <= 0)
		return 0;
	sqlite3_stmt *q;
	if (sqlite3_prepare_v2(db->db, "SELECT id, ordinal FROM claims WHERE document_id = ?1",
			       -1, &q, NULL) != SQLITE_OK) {
		*err = db_error(db, "cannot read claims");
		return -1;
	}
	sqlite3_bind_int64(q, 1, id);
	while (sqlite3_step(q) == SQLITE_ROW) {
		sqlite3_int64 cid = sqlite3_column_int64(q, 0);
		int ord = sqlite3_column_int(q, 1);
		if (ord < 0 || (size_t)ord >= doc->nclaims)
			continue;
		sqlite3_stmt *st = stmt(db, S_CORPUS_ORIGINS);
		if (!st || bind(st, "i", cid) != SQLITE_OK)
			continue;
		while (sqlite3_step(st) == SQLITE_ROW)
			claim_add_corpus_origin(doc, &doc->claims[ord],
						(const char *)sqlite3_column_text(st, 0),
						(const char *)sqlite3_column_text(st, 1),
						sqlite3_column_int(st, 2));
		sqlite3_reset(st);
	}
	sqlite3_finalize(q);
	return 0;
}

/* --- prune ------------------------------------------------------------- */

int pc_db_prune(pc_db *db, FILE *out, char **err)
{
	sqlite3_stmt *st = stmt(db, S_BEGIN);
	if (!st || exec_stmt(st)) {
		*err = db_error(db, "cannot begin a transaction");
		return -1;
	}
	int pruned = 0;
	sqlite3_stmt *q = stmt(db, S_DOC_PATHS);
	sqlite3_int64 *gone = NULL;
	size_t ngone = 0;
	while (q && sqlite3_step(q) == SQLITE_ROW) {
		const char *rel = (const char *)sqlite3_column_text(q, 1);
		char *abs = rel[0] == '/' ? xstrdup(rel) : xasprintf("%s/%s", db->dir, rel);
		if (access(abs, F_OK) != 0) {
			gone = xrealloc(gone, (ngone + 1) * sizeof(*gone));
			gone[ngone++] = sqlite3_column_int64(q, 0);
			fprintf(out, "pruned %s\n", rel);
		}
		free(abs);
	}
	if (q)
		sqlite3_reset(q);
	int rc = 0;
	for (size_t i = 0; i < ngone && !rc; i++) {
		size_t nl;
		sqlite3_int64 *linked = linked_others(db, gone[i], &nl);
		st = stmt(db, S_DOC_DELETE_ID);
		rc = !st || bind(st, "i", gone[i]) != SQLITE_OK || exec_stmt(st);
		for (size_t k = 0; k < nl && !rc; k++)
			rc = corpus_status(db, linked[k]);
		free(linked);
		pruned++;
	}
	st = stmt(db, S_ORPHAN_SOURCES);
	if (!rc)
		rc = !st || exec_stmt(st);
	free(gone);
	st = stmt(db, rc ? S_ROLLBACK : S_COMMIT);
	if (rc || !st || exec_stmt(st)) {
		*err = db_error(db, "cannot prune");
		if (!rc && (st = stmt(db, S_ROLLBACK)))
			exec_stmt(st);
		return -1;
	}
	return pruned;
}
