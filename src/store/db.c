/* Connection set-up, the statement cache and write transactions. Opening
 * names what is wrong with a file (missing, empty, another program's,
 * damaged, read-only, disk full) before SQLite can mistake one for
 * another; it never creates a database unless asked to. */
#include "store/db_internal.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "util/alloc.h"
#include "util/collate.h"
#include "util/log.h"
#include "util/text.h"

static int collate_cb(void *unused, int alen, const void *a, int blen, const void *b)
{
	(void)unused;
	return collate_sl(a, (size_t)alen, b, (size_t)blen);
}

/* The rota error that keeps the meaning of SQLite's (extended) code rc on
 * the connection h (NULL when there is none). An I/O error is named by the
 * system's own reason (a full disk, a read-only file); only SQLite's own
 * word for corruption makes the file "damaged". */
static enum rota_err err_of(sqlite3 *h, int rc)
{
	switch (rc) {
	case SQLITE_CONSTRAINT_UNIQUE:
	case SQLITE_CONSTRAINT_PRIMARYKEY:
		return ERR_CONFLICT;
	case SQLITE_CONSTRAINT_FOREIGNKEY:
		return ERR_NOT_FOUND;
	case SQLITE_CONSTRAINT_CHECK:
	case SQLITE_CONSTRAINT_NOTNULL:
	case SQLITE_CONSTRAINT_TRIGGER:
		return ERR_INVALID;
	}
	switch (rc & 0xFF) {
	case SQLITE_BUSY:
	case SQLITE_LOCKED:
		return ERR_DB_BUSY;
	case SQLITE_CORRUPT:
	case SQLITE_NOTADB:
		return ERR_DB_DAMAGED;
	case SQLITE_FULL:
		return ERR_DB_FULL;
	case SQLITE_READONLY:
		return ERR_DB_READONLY;
	case SQLITE_IOERR:
	case SQLITE_CANTOPEN: {
		enum rota_err e = h ? db_err_of_errno(sqlite3_system_errno(h)) : ERR_DB_OPEN;
		return e == ERR_DB_OPEN && (rc & 0xFF) == SQLITE_IOERR ? ERR_DB_WRITE : e;
	}
	}
	return ERR_DB_WRITE;
}

/* As err_of, for a failure while the file is being opened or read: what
 * is not a full disk, a read-only file, a busy file or corruption is a
 * file that could not be opened, never "damaged". */
static enum rota_err open_err_of(sqlite3 *h, int rc)
{
	enum rota_err e = err_of(h, rc);
	return e == ERR_DB_WRITE || e == ERR_INVALID || e == ERR_CONFLICT || e == ERR_NOT_FOUND ? ERR_DB_OPEN : e;
}

static enum rota_err exec(struct db *db, const char *sql)
{
	char *msg = NULL;
	int rc = sqlite3_exec(db->handle, sql, NULL, NULL, &msg);
	if (rc != SQLITE_OK) {
		log_msg(LOG_ERROR, "sqlite: %s: %s", sql, msg ? msg : sqlite3_errstr(rc));
		sqlite3_free(msg);
		return err_of(db->handle, rc);
	}
	return ERR_OK;
}

/* Runs a one-value query into *v; returns SQLite's code. */
static int pragma_get(struct db *db, const char *sql, int *v)
{
	sqlite3_stmt *st;
	*v = -1;
	int rc = sqlite3_prepare_v2(db->handle, sql, -1, &st, NULL);
	if (rc != SQLITE_OK)
		return sqlite3_extended_errcode(db->handle);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		*v = sqlite3_column_int(st, 0);
	rc = sqlite3_finalize(st);
	return rc;
}

static int pragma_int(struct db *db, const char *sql)
{
	sqlite3_stmt *st;
	int v = -1;
	if (sqlite3_prepare_v2(db->handle, sql, -1, &st, NULL) != SQLITE_OK)
		return -1;
	if (sqlite3_step(st) == SQLITE_ROW)
		v = sqlite3_column_int(st, 0);
	sqlite3_finalize(st);
	return v;
}

/* Makes the file with mode 0600 before SQLite sees it; SQLite gives its
 * -wal and -shm files the same mode. *made tells whether this call made it. */
static enum rota_err create_private_file(const char *path, bool *made)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
	*made = fd >= 0;
	if (fd < 0 && errno != EEXIST) {
		log_msg(LOG_ERROR, "cannot create %s: %s", path, strerror(errno));
		return db_err_of_errno(errno);
	}
	if (fd >= 0)
		close(fd);
	return ERR_OK;
}

static enum rota_err configure(struct db *db, bool is_memory)
{
	enum rota_err e;
	if ((e = exec(db, "PRAGMA foreign_keys=ON")) != ERR_OK)
		return e;
	if (!is_memory) {
		int rc = sqlite3_exec(db->handle, "PRAGMA journal_mode=WAL", NULL, NULL, NULL);
		if (rc != SQLITE_OK) {
			log_msg(LOG_ERROR, "journal_mode=WAL: %s", sqlite3_errmsg(db->handle));
			return open_err_of(db->handle, sqlite3_extended_errcode(db->handle));
		}
		sqlite3_stmt *st;
		if (sqlite3_prepare_v2(db->handle, "PRAGMA journal_mode", -1, &st, NULL) == SQLITE_OK) {
			if (sqlite3_step(st) != SQLITE_ROW ||
			    strcmp((const char *)sqlite3_column_text(st, 0), "wal") != 0) {
				sqlite3_finalize(st);
				log_msg(LOG_ERROR, "the database is locked or not on a local disk");
				return ERR_DB_BUSY;
			}
			sqlite3_finalize(st);
		}
	}
	return exec(db, "PRAGMA synchronous=FULL");
}

int db_raw_open(const char *path, int flags, sqlite3 **out)
{
	/* Before SQLite's first use in the process: it need not count the
	 * memory it takes (rota never asks), which costs a lock and a sum
	 * on every allocation of a schema's parse at each open. Refused,
	 * harmlessly, when SQLite was already started. */
	static bool configured;
	if (!configured) {
		sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
		configured = true;
	}
	/* A connection is used by one thread only (rota runs one): without
	 * SQLite's lock around every call into it. */
	int rc = sqlite3_open_v2(path, out, flags | SQLITE_OPEN_NOMUTEX, NULL);
	if (rc != SQLITE_OK)
		return rc;
	sqlite3_busy_timeout(*out, 5000);
	sqlite3_extended_result_codes(*out, 1);
	rc = sqlite3_create_collation(*out, "rota_sl", SQLITE_UTF8, NULL, collate_cb);
	return rc == SQLITE_OK ? db_register_rules(*out) : rc;
}

enum rota_err db_open(const char *path, bool create, struct db **out)
{
	bool is_memory = !strcmp(path, ":memory:"), made = false;
	*out = NULL;
	enum rota_err e = is_memory ? ERR_OK : db_probe(path, create);
	if (e == ERR_OK && !is_memory)
		e = db_wal_check(path);
	if (e == ERR_OK && !is_memory && create)
		e = create_private_file(path, &made);
	if (e != ERR_OK)
		return e;

	struct db *db = xcalloc(1, sizeof *db);
	int rc = db_raw_open(path, SQLITE_OPEN_READWRITE, &db->handle);
	if (rc != SQLITE_OK) {
		log_msg(LOG_ERROR, "sqlite open %s: %s", path, sqlite3_errstr(rc));
		e = open_err_of(db->handle, rc);
		goto fail;
	}
	/* Another program's file (or no database at all) is left untouched. */
	int app_id, tables;
	if ((rc = pragma_get(db, "PRAGMA application_id", &app_id)) != SQLITE_OK ||
	    (rc = pragma_get(db, "SELECT count(*) FROM sqlite_schema", &tables)) != SQLITE_OK) {
		log_msg(LOG_ERROR, "%s cannot be read: %s", path, sqlite3_errmsg(db->handle));
		e = open_err_of(db->handle, rc);
		goto fail;
	}
	if ((app_id != 0 && app_id != DB_APPLICATION_ID) || (app_id == 0 && tables > 0)) {
		log_msg(LOG_ERROR, "%s is not a rota database", path);
		e = ERR_DB_NOT_ROTA;
		goto fail;
	}
	if ((e = configure(db, is_memory)) != ERR_OK)
		goto fail;
	if ((e = db_migrate(db)) != ERR_OK)
		goto fail;
	if (!is_memory && (e = db_schema_check(db)) != ERR_OK)
		goto fail;
	db->marks_commits = !is_memory;
	*out = db;
	return ERR_OK;
fail:
	log_msg(LOG_ERROR, "cannot open %s: %s", path, err_name(e));
	db_close(db);
	/* A file this call made and could not fill is not left behind as an
	 * empty "database" for the next command to trip on. */
	if (made && e != ERR_DB_BUSY) {
		unlink(path);
		char *side = xasprintf("%s-wal", path);
		unlink(side);
		free(side);
		side = xasprintf("%s-shm", path);
		unlink(side);
		free(side);
	}
	return e;
}

void db_close(struct db *db)
{
	if (!db)
		return;
	for (size_t i = 0; i < db->nstmt; i++)
		sqlite3_finalize(db->cache[i].stmt);
	free(db->cache);
	if (db->handle)
		sqlite3_close(db->handle);
	free(db);
}

void db_release_memory(struct db *db)
{
	if (db && db->handle)
		sqlite3_db_release_memory(db->handle);
}

/* Every statement of the store is asked for here (db_stmt), so this is
 * where a use case that reads or writes outside one transaction is caught:
 * each such statement would see the records at a moment of its own. Built
 * in with ROTA_CHECK_SNAPSHOT (the test binaries and rota-checked, see the
 * Makefile); the rota people run never pays for it. */
#ifdef ROTA_CHECK_SNAPSHOT
static void check_snapshot(struct db *db, const char *sql)
{
	if (db->held_to_transactions && sqlite3_get_autocommit(db->handle))
		die("a statement outside db_begin_read/db_begin_write: %s", sql);
}
#else
#define check_snapshot(db, sql) ((void)0)
#endif

void db_hold_to_transactions(struct db *db, bool on) { db->held_to_transactions = on; }

sqlite3_stmt *db_stmt(struct db *db, const char *sql)
{
	for (size_t i = 0; i < db->nstmt; i++) {
		if (db->cache[i].sql == sql) {
			sqlite3_stmt *st = db->cache[i].stmt;
#ifndef NDEBUG
			/* A store function called again from its own row callback
			 * would reset the loop it is inside of. */
			if (sqlite3_stmt_busy(st))
				die("statement re-entered while still stepping: %s", sql);
#endif
			sqlite3_reset(st);
			sqlite3_clear_bindings(st);
			check_snapshot(db, sql);
			return st;
		}
	}
	db->cache = xgrow(db->cache, db->nstmt, &db->stmt_cap, sizeof *db->cache);
	sqlite3_stmt *st;
	int rc = sqlite3_prepare_v3(db->handle, sql, -1, SQLITE_PREPARE_PERSISTENT, &st, NULL);
	if (rc != SQLITE_OK)
		die("cannot prepare statement (%s): %s", sqlite3_errmsg(db->handle), sql);
	db->cache[db->nstmt].sql = sql;
	db->cache[db->nstmt].stmt = st;
	db->nstmt++;
	check_snapshot(db, sql);
	return st;
}

enum rota_err db_fail(struct db *db, int rc, const char *what)
{
	log_msg(LOG_ERROR, "sqlite: %s: %s (%d)", what, sqlite3_errmsg(db->handle), rc);
	return err_of(db->handle, rc);
}

enum rota_err db_run(struct db *db, sqlite3_stmt *st, const char *what)
{
	int rc = sqlite3_step(st);
	enum rota_err e = rc == SQLITE_DONE ? ERR_OK : db_fail(db, rc, what);
	sqlite3_reset(st);
	return e;
}

void db_bind_text(sqlite3_stmt *st, int i, const char *s)
{
	if (s)
		sqlite3_bind_text(st, i, s, -1, SQLITE_TRANSIENT);
	else
		sqlite3_bind_null(st, i);
}

void db_bind_id(sqlite3_stmt *st, int i, long long id)
{
	if (id > 0)
		sqlite3_bind_int64(st, i, id);
	else
		sqlite3_bind_null(st, i);
}

const char *db_column_whole(sqlite3_stmt *st, int i, char **owned)
{
	const char *s = (const char *)sqlite3_column_text(st, i);
	size_t len = (size_t)sqlite3_column_bytes(st, i);
	*owned = NULL;
	if (!s)
		return "";
	/* What an older rota or a hand edit stored: read whole, by its length,
	 * so a NUL does not cut it short, and handed on well-formed. */
	if (!text_is_whole(s, len))
		s = *owned = text_repair(s, len);
	return s;
}

void db_column_text(sqlite3_stmt *st, int i, char *out, size_t n)
{
	char *owned;
	text_copy(out, n, db_column_whole(st, i, &owned));
	free(owned);
}

enum rota_err db_begin_write(struct db *db)
{
	/* SQLite can turn a read into a write only when nobody wrote since the
	 * read's snapshot was taken; a write that "sometimes" fails busy is a
	 * bug to find at once, not a moment for the kiosk to meet. */
	if (db->read_depth > 0) {
#ifndef NDEBUG
		die("db_begin_write inside db_begin_read: a snapshot cannot become a write");
#else
		log_msg(LOG_ERROR, "a write was begun inside a read; refused");
		return ERR_DB_WRITE;
#endif
	}
	if (db->write_depth > 0) {
		db->write_depth++;
		return ERR_OK;
	}
	enum rota_err e = exec(db, "BEGIN IMMEDIATE");
	if (e == ERR_OK) {
		db->write_depth = 1;
		db->write_err = ERR_OK;
	}
	return e;
}

enum rota_err db_end_write(struct db *db, enum rota_err e)
{
	if (db->write_depth <= 0)
		die("db_end_write without db_begin_write");
	if (e != ERR_OK && db->write_err == ERR_OK)
		db->write_err = e;
	if (--db->write_depth > 0)
		return db->write_err;
	e = db->write_err;
	/* The commit mark goes into the same transaction: see wal_check.c. */
	if (e == ERR_OK && db->marks_commits)
		e = db_run(db, db_stmt(db, "UPDATE site SET commits = commits + 1 WHERE id = 1"), "commit mark");
	if (e == ERR_OK)
		e = exec(db, "COMMIT");
	/* A failed COMMIT may leave the transaction open; end it either way. */
	if (!sqlite3_get_autocommit(db->handle))
		sqlite3_exec(db->handle, "ROLLBACK", NULL, NULL, NULL);
	db->write_err = ERR_OK;
	return e;
}

enum rota_err db_begin_read(struct db *db)
{
	if (db->write_depth > 0) {
		db->write_depth++;
		return ERR_OK;
	}
	if (db->read_depth > 0) {
		db->read_depth++;
		return ERR_OK;
	}
	/* A deferred transaction takes its snapshot at its first read (WAL):
	 * read something at once, so the snapshot is of this moment, not of
	 * whenever the use case's first real read happens to run. */
	enum rota_err e = exec(db, "BEGIN DEFERRED");
	if (e == ERR_OK) {
		sqlite3_stmt *st = db_stmt(db, "SELECT 1 FROM sqlite_schema LIMIT 1");
		int rc = sqlite3_step(st);
		if (rc != SQLITE_ROW && rc != SQLITE_DONE)
			e = db_fail(db, rc, "snapshot");
		sqlite3_reset(st);
	}
	if (e != ERR_OK) {
		if (!sqlite3_get_autocommit(db->handle))
			sqlite3_exec(db->handle, "ROLLBACK", NULL, NULL, NULL);
		return e;
	}
	db->read_depth = 1;
	return ERR_OK;
}

enum rota_err db_end_read(struct db *db, enum rota_err e)
{
	if (db->read_depth <= 0) {
		/* A level of the write it was opened in; the read's outcome
		 * is the caller's to weigh, it changed nothing. */
		if (db->write_depth <= 1)
			die("db_end_read without db_begin_read");
		db->write_depth--;
		return e;
	}
	if (--db->read_depth > 0)
		return e;
	/* Nothing was written: ending the transaction only lets go of the
	 * snapshot (so the WAL can be checkpointed past it). */
	if (sqlite3_exec(db->handle, "COMMIT", NULL, NULL, NULL) != SQLITE_OK ||
	    !sqlite3_get_autocommit(db->handle))
		sqlite3_exec(db->handle, "ROLLBACK", NULL, NULL, NULL);
	return e;
}

int db_file_version(struct db *db) { return pragma_int(db, "PRAGMA user_version"); }

static int past_deadline(void *deadline)
{
	struct timespec now;
	clock_gettime(CLOCK_MONOTONIC, &now);
	return now.tv_sec * 1000LL + now.tv_nsec / 1000000 > *(long long *)deadline;
}

enum rota_err db_quick_check(struct db *db, int max_ms)
{
	struct timespec now;
	clock_gettime(CLOCK_MONOTONIC, &now);
	long long deadline = now.tv_sec * 1000LL + now.tv_nsec / 1000000 + max_ms;
	if (max_ms > 0)
		sqlite3_progress_handler(db->handle, 1000, past_deadline, &deadline);
	sqlite3_stmt *st;
	enum rota_err e = ERR_OK;
	int rc = sqlite3_prepare_v2(db->handle, "PRAGMA quick_check(1)", -1, &st, NULL);
	if (rc == SQLITE_OK) {
		rc = sqlite3_step(st);
		if (rc == SQLITE_ROW && strcmp((const char *)sqlite3_column_text(st, 0), "ok") != 0) {
			log_msg(LOG_ERROR, "quick_check: %s", (const char *)sqlite3_column_text(st, 0));
			e = ERR_DB_DAMAGED;
		}
		rc = sqlite3_finalize(st);
	}
	sqlite3_progress_handler(db->handle, 0, NULL, NULL);
	if (rc == SQLITE_INTERRUPT) {
		log_msg(LOG_INFO, "quick_check stopped after %d ms: the file is checked in full by rota check", max_ms);
	} else if (rc != SQLITE_OK && e == ERR_OK) {
		log_msg(LOG_ERROR, "quick_check: %s", sqlite3_errmsg(db->handle));
		e = open_err_of(db->handle, rc);
	}
	return e;
}

bool db_is_durable(struct db *db)
{
	sqlite3_stmt *st;
	bool wal = false;
	if (sqlite3_prepare_v2(db->handle, "PRAGMA journal_mode", -1, &st, NULL) == SQLITE_OK) {
		wal = sqlite3_step(st) == SQLITE_ROW &&
		      !strcmp((const char *)sqlite3_column_text(st, 0), "wal");
		sqlite3_finalize(st);
	}
	return wal && pragma_int(db, "PRAGMA synchronous") == 2;
}
