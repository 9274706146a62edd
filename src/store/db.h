/* The SQLite file: opening it the one right way (pragmas, application id,
 * migrations), and transactions: every write transaction is BEGIN
 * IMMEDIATE; a read transaction is one snapshot of the records. No SQLite type appears in this header: nothing outside
 * src/store/ touches SQLite. */
#ifndef ROTA_STORE_DB_H
#define ROTA_STORE_DB_H

#include <stdbool.h>
#include <time.h>

#include "util/err.h"

#define DB_APPLICATION_ID 0x524F5441 /* "ROTA" */

struct db;

/* Who did something, when, where and why; by <= 0 means "at the kiosk or
 * the command line, no person named". */
struct change {
	time_t at;
	long long by;
	const char *reason;     /* may be NULL */
	const char *terminal;   /* may be NULL */
};

/* Opens the database at path (":memory:" for a private in-memory one).
 * With create, a missing or empty file is made (mode 0600) and brought to the
 * current schema; without it a missing file is ERR_NOT_FOUND and an empty
 * one ERR_DB_EMPTY (see db_probe() for the other faults named before SQLite
 * opens it; a read that meets a broken page is ERR_DB_DAMAGED, a full disk
 * ERR_DB_FULL). A file this call made is removed again when it fails. An older schema is
 * upgraded; a newer one is refused (ERR_DB_NEWER); a file of another
 * program is refused (ERR_DB_NOT_ROTA). On success *out owns the connection;
 * free it with db_close(). */
enum rota_err db_open(const char *path, bool create, struct db **out);
/* Looks at the file at path without opening it as a database and names what
 * is wrong with it: ERR_NOT_FOUND (missing; ERR_OK with create), ERR_DB_EMPTY
 * (0 bytes; ERR_OK with create), ERR_DB_NOT_ROTA (another program's file),
 * ERR_DB_DAMAGED (zeroed header, a header cut short, schema version below
 * 0: facts no running checkpoint can make; a file cut short later on is
 * left to SQLite, which reports it as corrupt when it reads it),
 * ERR_DB_READONLY (the file or its folder), else ERR_OK. Logs the reason.
 * Changes nothing; safe on any file. */
enum rota_err db_probe(const char *path, bool create);
/* Runs SQLite's quick_check for at most max_ms milliseconds (0: no limit).
 * Returns ERR_DB_DAMAGED when it finds a fault, ERR_OK when it found none in
 * the time (a check cut short is logged, not an error). */
enum rota_err db_quick_check(struct db *db, int max_ms);
/* Closes the connection and frees every cached statement. NULL is fine. */
void db_close(struct db *db);
/* Gives the memory of the connection's page cache that no statement holds
 * back to the process (the pages are read again when next asked for). */
void db_release_memory(struct db *db);
/* Starts a write. At the outermost level this is BEGIN IMMEDIATE, waiting
 * up to the busy timeout, so the reads that decide a write see the newest
 * records; inside a write it only opens a nested level. Every call that
 * returns ERR_OK is matched by exactly one db_end_write(); on an error no
 * level was opened. */
enum rota_err db_begin_write(struct db *db);
/* Ends one level of a write with that level's outcome e. An error at any
 * level is sticky: the whole transaction rolls back at the outermost end, so
 * nothing is ever half-written. At the outermost level a write whose every
 * level succeeded is committed durably. Returns the first error of the
 * transaction so far (e itself when it is the first; at the outermost level
 * possibly the commit's), else ERR_OK. */
enum rota_err db_end_write(struct db *db, enum rota_err e);
/* Starts a read: everything read until the matching db_end_read() sees the
 * records as they were at one instant, whatever other terminals commit
 * meanwhile. At the outermost level this is a deferred BEGIN plus a first
 * read that takes the snapshot at once (WAL); inside a read it only opens
 * a nested level, and inside a write it opens a nested level of the write
 * (a write sees its own changes and nobody else's). A write may not begin
 * inside a read (a snapshot cannot safely become a write): a debug build
 * dies, else db_begin_write() refuses with ERR_DB_WRITE. Every call that
 * returns ERR_OK is matched by exactly one db_end_read(); on an error no
 * level was opened. */
enum rota_err db_begin_read(struct db *db);
/* Ends one level of a read whose outcome was e and returns e: a read
 * changes nothing, so its outcome never rolls anything back (also not the
 * write it may be nested in). The outermost end lets go of the snapshot. */
enum rota_err db_end_read(struct db *db, enum rota_err e);
/* Holds every statement on db to a transaction (on) or not (off, as
 * opened): in a build with ROTA_CHECK_SNAPSHOT (the test binaries, `make
 * asan`, build/rota-checked) a statement run outside db_begin_read or
 * db_begin_write then dies with a message naming it, so a use case that
 * reads the records at more than one moment is found by any test that runs
 * it. Other builds only note the wish. app_open_db holds its connection. */
void db_hold_to_transactions(struct db *db, bool on);
/* Returns true when the connection is in WAL mode with synchronous=FULL,
 * so an acknowledged commit survives a power cut. */
bool db_is_durable(struct db *db);
/* Returns the schema version this program writes. */
int db_schema_version(void);
/* Returns the schema version stored in the file. */
int db_file_version(struct db *db);

#endif
