/* Shared by the files of src/store/ only: the connection struct and the
 * cached-statement helpers. */
#ifndef ROTA_STORE_DB_INTERNAL_H
#define ROTA_STORE_DB_INTERNAL_H

#include <sqlite3.h>

#include "core/visit.h"
#include "store/db.h"

struct db_cached_stmt {
	const char *sql;
	sqlite3_stmt *stmt;
};

struct db {
	sqlite3 *handle;
	int write_depth;           /* nested db_begin_write levels open (and
	                              db_begin_read levels opened inside them) */
	int read_depth;            /* nested db_begin_read levels of a read
	                              transaction (0 inside a write) */
	enum rota_err write_err;   /* the first failure of the open write */
	size_t nstmt, stmt_cap;
	struct db_cached_stmt *cache; /* grows; never holds the same sql twice */
	bool marks_commits;        /* each commit counts up site.commits (wal_check.c) */
	bool held_to_transactions; /* db_hold_to_transactions(): with
	                              ROTA_CHECK_SNAPSHOT a statement outside a
	                              transaction dies (db_stmt) */
};

/* Returns the statement for sql, prepared once and cached by the address of
 * the literal; it comes back reset with no bindings. The cache grows as new
 * statements appear. Dies on SQL that does not compile (a programming error).
 * A cached statement serves one loop at a time: every user resets it when
 * done, and a debug build dies when a callback re-enters a statement that is
 * still stepping; a build with ROTA_CHECK_SNAPSHOT dies, naming sql, when a
 * statement is asked for outside db_begin_read/db_begin_write on a
 * connection held to transactions (db_hold_to_transactions). */
sqlite3_stmt *db_stmt(struct db *db, const char *sql);
/* Logs the SQLite error rc of what and returns the rota error that keeps its
 * meaning: ERR_DB_BUSY for lock contention, ERR_CONFLICT for a uniqueness
 * clash, ERR_NOT_FOUND for a reference to a missing row, ERR_INVALID for a
 * value a CHECK, NOT NULL or guarding trigger refuses, else ERR_DB_WRITE. */
enum rota_err db_fail(struct db *db, int rc, const char *what);
/* Steps st expecting SQLITE_DONE, resets it; returns ERR_OK or db_fail(). */
enum rota_err db_run(struct db *db, sqlite3_stmt *st, const char *what);
/* The rota error for a failed system call (errno err) on the database
 * file: ERR_DB_FULL, ERR_DB_READONLY, else ERR_DB_OPEN. */
enum rota_err db_err_of_errno(int err);
/* Binds text or NULL. */
void db_bind_text(sqlite3_stmt *st, int i, const char *s);
/* Binds an id, or NULL when id <= 0. */
void db_bind_id(sqlite3_stmt *st, int i, long long id);
/* Copies column i as text into out (n bytes), "" for NULL. The text is
 * read by its length and handed on well-formed (text_repair): a NUL or a
 * byte that is no UTF-8, stored by an older rota or a hand edit, is U+FFFD
 * and never cuts the text short. */
void db_column_text(sqlite3_stmt *st, int i, char *out, size_t n);
/* Column i as text of any length, read and made whole as db_column_text
 * does: returns the column's own text ("" for NULL), valid until the
 * statement moves on, or, when it had to be mended, a new string that is
 * also left in *owned for the caller to free (else *owned is NULL). */
const char *db_column_whole(sqlite3_stmt *st, int i, char **owned);
/* Row readers shared by the store's files. */
struct visit;
struct progress_entry;
struct process;
/* Reads id, code, name_sl, name_hr, name_en, position, capacity, active
 * from column col on. */
void db_read_process(sqlite3_stmt *st, int col, struct process *p);
/* Whether the visits row named v ("v", "visits") is held for review after
 * the programme ended, as SQL: visit_counts()'s is_held (migration 19). */
#define DB_VISIT_HELD(v) "(" v ".after_end AND " v ".accepted_at IS NULL)"
/* Whether that row counts at all, as SQL: visit_counts(). */
#define DB_VISIT_COUNTS(v) "(" v ".status != 'undone' AND NOT " DB_VISIT_HELD(v) ")"
/* The columns db_read_visit reads, of the visits row named v. */
#define DB_VISIT_COLUMNS(v) \
	v ".id, " v ".person_id, " v ".day, " v ".check_in, " v ".check_out, " v ".status, " DB_VISIT_HELD(v)
/* Reads DB_VISIT_COLUMNS (id, person_id, day, check_in, check_out, status,
 * held) from column col on. */
void db_read_visit(sqlite3_stmt *st, int col, struct visit *v);
/* Steps st, bound by the caller and selecting db_read_visit's seven columns
 * and then the person's name, and calls fn with each row; resets st.
 * Returns ERR_OK at the end, else db_fail(db, rc, what). */
enum rota_err db_each_visit_row(struct db *db, sqlite3_stmt *st, visit_row_fn fn, void *ctx, const char *what);
/* Reads id, person_id, kind, code, level, day, mentor_id, note, words,
 * recorded_at from column 0 on. */
void db_read_progress(sqlite3_stmt *st, struct progress_entry *e);
/* Registers on h the SQL functions the triggers count hours with
 * (store/rules.c): rota_visit_seconds(status, check_in, check_out) and
 * rota_process_seconds(status, check_in, check_out, start_at, end_at), the
 * rule of core/hours.c. Returns SQLite's result. */
int db_register_rules(sqlite3 *h);
/* Opens a bare SQLite connection to path with flags (SQLITE_OPEN_*), the
 * busy timeout, extended result codes, rota's collation and its hour
 * rule's functions (db_register_rules), but no pragmas
 * and no migrations: for looking at files (backups) as they are. Returns the
 * SQLite result; *out may need sqlite3_close() even on failure. */
int db_raw_open(const char *path, int flags, sqlite3 **out);
/* Decides whether the -wal file beside the database at path belongs to it
 * (store/wal_check.c), reading only, never applying or checkpointing it:
 * ERR_DB_WAL_FOREIGN (logged) when it holds another file's pages, ERR_OK
 * when it belongs, is empty or missing, or no verdict can be reached. */
enum rota_err db_wal_check(const char *path);
/* Reads the file's mark (site.file_mark and site.commits) as h sees it
 * into mark (n bytes) and *commits; returns SQLITE_OK, SQLITE_NOTFOUND
 * when the file has no mark row, else SQLite's (extended) error. */
int db_mark_read(sqlite3 *h, char *mark, size_t n, long long *commits);
/* Runs the schema migrations (called by db_open). */
enum rota_err db_migrate(struct db *db);
/* Returns ERR_OK when db's schema (tables, indexes, triggers, views) is
 * exactly what the migrations make (store/schema_check.c), else
 * ERR_DB_DAMAGED (logged): a file whose schema was altered is never used,
 * so no statement can later fail to compile on it. */
enum rota_err db_schema_check(struct db *db);
/* Puts into *out the hash of db's schema as db_schema_check compares it;
 * ERR_DB_DAMAGED (logged) when it cannot be read. */
enum rota_err db_schema_hash(struct db *db, unsigned long long *out);
/* The hash of the schema the migrations make, written when rota is built
 * (tools/schema_ref.c, into the build folder). */
extern const unsigned long long db_schema_ref_hash;

#endif
