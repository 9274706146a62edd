/* Live copies with sqlite3_backup_*, restores in the reverse direction, and
 * the read-only examination of a file. Nothing here prints; SQLite's own
 * error text goes to the log only. */
#include "store/backup.h"

#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "store/db_internal.h"
#include "util/alloc.h"
#include "util/log.h"
#include "util/text.h"

#define RESTORE_ATTEMPTS 5 /* each waits out the busy timeout */

/* Where a time is recorded, table by table; a column an older schema does
 * not have yet is skipped. */
static const char *const time_columns[][2] = {
	{ "visits", "check_in" },     { "visits", "check_out" },    { "visit_history", "at" },
	{ "people", "created_at" },   { "badges", "issued_at" },    { "badges", "revoked_at" },
	{ "progress", "recorded_at" }, { "notes", "at" },           { "goals", "created_at" },
	{ "goal_status", "at" },      { "review_seen", "at" },      { "groups", "created_at" },
	{ "assignments", "start_at" }, { "assignments", "end_at" },
	{ "closures", "at" },         { "absences", "at" },
};

static bool read_int64(sqlite3 *h, const char *sql, long long *v)
{
	sqlite3_stmt *st = NULL;
	bool ok = sqlite3_prepare_v2(h, sql, -1, &st, NULL) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW;
	if (ok)
		*v = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return ok;
}

/* As read_int64, with id bound to the statement's one parameter. */
static bool read_int64_of(sqlite3 *h, const char *sql, long long id, long long *v)
{
	sqlite3_stmt *st = NULL;
	bool ok = sqlite3_prepare_v2(h, sql, -1, &st, NULL) == SQLITE_OK && sqlite3_bind_int64(st, 1, id) == SQLITE_OK &&
	          sqlite3_step(st) == SQLITE_ROW;
	if (ok)
		*v = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return ok;
}

static bool exec_quiet(sqlite3 *h, const char *sql, const char *what)
{
	int rc = sqlite3_exec(h, sql, NULL, NULL, NULL);
	if (rc != SQLITE_OK)
		log_msg(LOG_ERROR, "sqlite: %s: %s (%d)", what, sqlite3_errmsg(h), rc);
	return rc == SQLITE_OK;
}

/* Counts the rows of every table of h into r, in name order; false when
 * one cannot be counted or there are more than RECORDS_TABLES_MAX. */
static bool count_tables(sqlite3 *h, struct records_report *r)
{
	sqlite3_stmt *names = NULL;
	bool ok = true;
	int rc;
	r->ntables = 0;
	if (sqlite3_prepare_v2(h, "SELECT name FROM sqlite_schema WHERE type = 'table'"
	                          " AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name",
	                       -1, &names, NULL) != SQLITE_OK)
		return false;
	while (ok && (rc = sqlite3_step(names)) == SQLITE_ROW && r->ntables < RECORDS_TABLES_MAX) {
		const char *name = (const char *)sqlite3_column_text(names, 0);
		/* A table name cannot be bound; %w quotes it as an identifier. */
		char *sql = sqlite3_mprintf("SELECT count(*) FROM \"%w\"", name);
		text_copy(r->tables[r->ntables].name, sizeof r->tables[0].name, name);
		ok = sql && read_int64(h, sql, &r->tables[r->ntables].rows);
		sqlite3_free(sql);
		r->ntables++;
	}
	/* A row still waiting is a table past the report's limit: the count
	 * would be incomplete, and that is no success. */
	if (ok && rc == SQLITE_ROW)
		log_msg(LOG_WARN, "more than %d tables: not all counted", RECORDS_TABLES_MAX);
	ok = ok && rc == SQLITE_DONE;
	sqlite3_finalize(names);
	return ok;
}

static time_t newest_time(sqlite3 *h)
{
	long long newest = 0;
	for (size_t i = 0; i < sizeof time_columns / sizeof time_columns[0]; i++) {
		char *sql = sqlite3_mprintf("SELECT coalesce(max(\"%w\"), 0) FROM \"%w\"", time_columns[i][1],
		                            time_columns[i][0]);
		long long v;
		if (sql && read_int64(h, sql, &v) && v > newest)
			newest = v;
		sqlite3_free(sql);
	}
	return (time_t)newest;
}

/* Returns the number of findings of a check pragma (rows other than "ok"),
 * or -1 when it could not run to the end (a badly damaged file). */
static int count_findings(sqlite3 *h, const char *sql)
{
	sqlite3_stmt *st = NULL;
	int n = 0, rc;
	if (sqlite3_prepare_v2(h, sql, -1, &st, NULL) != SQLITE_OK) {
		log_msg(LOG_WARN, "%s: %s", sql, sqlite3_errmsg(h));
		return -1;
	}
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		const char *row = (const char *)sqlite3_column_text(st, 0);
		if (!row || strcmp(row, "ok") != 0) {
			log_msg(LOG_WARN, "%s: %s", sql, row ? row : "(a broken reference)");
			n++;
		}
	}
	if (rc != SQLITE_DONE) {
		log_msg(LOG_WARN, "%s: %s (%d)", sql, sqlite3_errmsg(h), rc);
		n = -1;
	}
	sqlite3_finalize(st);
	return n;
}

enum rota_err store_file_examine(const char *path, struct records_report *out)
{
	struct stat sb;
	sqlite3 *h = NULL;
	long long v;
	memset(out, 0, sizeof *out);
	out->integrity_problems = out->reference_problems = -1;
	if (stat(path, &sb) != 0)
		return ERR_NOT_FOUND;
	if (db_raw_open(path, SQLITE_OPEN_READONLY, &h) != SQLITE_OK ||
	    !read_int64(h, "PRAGMA application_id", &v)) {
		log_msg(LOG_WARN, "%s cannot be read as a database: %s", path, h ? sqlite3_errmsg(h) : "?");
		goto out;
	}
	out->is_database = true;
	out->is_rota = v == DB_APPLICATION_ID;
	if (read_int64(h, "PRAGMA user_version", &v))
		out->schema = (int)v;
	out->integrity_problems = count_findings(h, "PRAGMA integrity_check");
	out->reference_problems = count_findings(h, "PRAGMA foreign_key_check");
	if (out->integrity_problems == 0) {
		if (!count_tables(h, out))
			out->integrity_problems = -1;
		out->newest = newest_time(h);
	}
out:
	sqlite3_close(h);
	return ERR_OK;
}

enum rota_err store_file_holds_name(const char *path, long long person_id, bool *holds)
{
	sqlite3 *h = NULL;
	long long people = 0, forgotten = 0, has_table = 0;
	*holds = false;
	bool ok = db_raw_open(path, SQLITE_OPEN_READONLY, &h) == SQLITE_OK;
	ok = ok && read_int64_of(h, "SELECT count(*) FROM people WHERE id = ?", person_id, &people);
	/* A schema older than anonymisation has no table of them. */
	ok = ok && read_int64(h, "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'anonymisations'",
	                      &has_table);
	if (ok && has_table) {
		ok = read_int64_of(h, "SELECT count(*) FROM anonymisations WHERE person_id = ?", person_id, &forgotten);
	}
	if (!ok)
		log_msg(LOG_WARN, "%s cannot be read for person %lld: %s", path, person_id, h ? sqlite3_errmsg(h) : "?");
	sqlite3_close(h);
	*holds = ok && people > 0 && forgotten == 0;
	return ok ? ERR_OK : ERR_DB_DAMAGED;
}

/* Copies all of src into the file dest_path in one step (src keeps the read
 * transaction it may have open), and leaves the copy a single file.
 * ERR_DB_FULL when the disk of dest_path filled up, else ERR_DB_WRITE on
 * failure. */
static enum rota_err copy_to_file(sqlite3 *src, const char *dest_path)
{
	sqlite3 *dest = NULL;
	sqlite3_backup *b = NULL;
	int rc = SQLITE_ERROR;
	if ((rc = db_raw_open(dest_path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, &dest)) != SQLITE_OK)
		goto out;
	if (!(b = sqlite3_backup_init(dest, "main", src, "main"))) {
		rc = sqlite3_extended_errcode(dest);
		goto out;
	}
	rc = sqlite3_backup_step(b, -1);
	int rc_finish = sqlite3_backup_finish(b);
	if (rc != SQLITE_DONE || rc_finish != SQLITE_OK) {
		rc = rc != SQLITE_DONE ? rc : rc_finish;
		log_msg(LOG_ERROR, "backup to %s: %s (%d)", dest_path, sqlite3_errstr(rc), rc);
		goto out;
	}
	/* The source's WAL flag came with page 1; a backup file stands alone. */
	rc = exec_quiet(dest, "PRAGMA journal_mode=DELETE", "backup journal mode") ? SQLITE_OK
	                                                                           : sqlite3_extended_errcode(dest);
out:
	if (dest && rc != SQLITE_OK)
		log_msg(LOG_ERROR, "backup to %s failed: %s", dest_path, sqlite3_errmsg(dest));
	sqlite3_close(dest);
	if (rc == SQLITE_OK)
		return ERR_OK;
	return (rc & 0xFF) == SQLITE_FULL ? ERR_DB_FULL : ERR_DB_WRITE;
}

enum rota_err store_file_copy(const char *src_path, const char *dest_path)
{
	sqlite3 *src = NULL;
	enum rota_err e = ERR_DB_WRITE;
	if (db_raw_open(src_path, SQLITE_OPEN_READONLY, &src) == SQLITE_OK)
		e = copy_to_file(src, dest_path);
	sqlite3_close(src);
	return e;
}

enum rota_err store_backup_copy(struct db *db, const char *dest_path, struct records_report *counts)
{
	enum rota_err e = ERR_DB_WRITE;
	memset(counts, 0, sizeof *counts);
	if (db->write_depth > 0)
		die("a backup inside a transaction");
	/* The counts start the read transaction and the copy reuses it: both
	 * see the same snapshot, whatever the kiosks write meanwhile. */
	if (!exec_quiet(db->handle, "BEGIN", "backup begin"))
		return e;
	if (!count_tables(db->handle, counts)) {
		log_msg(LOG_ERROR, "backup: the records could not be counted");
	} else if ((e = copy_to_file(db->handle, dest_path)) == ERR_OK) {
		counts->is_database = counts->is_rota = true;
		counts->integrity_problems = counts->reference_problems = 0;
		counts->schema = db_file_version(db);
		counts->newest = newest_time(db->handle);
	}
	exec_quiet(db->handle, "COMMIT", "backup end");
	return e;
}

/* After a restore: the file keeps its own mark (mark, counted on from
 * commits), not the backup's, so the journal that holds the restored pages
 * is still known as this file's; a checkpoint then puts them into the file
 * itself. A failure is logged: the records are in, and the next full
 * checkpoint makes file and journal agree again. */
static void keep_mark(struct db *db, const char *mark, long long commits)
{
	if (!mark[0])
		return;
	enum rota_err e = db_begin_write(db);
	if (e == ERR_OK) {
		sqlite3_stmt *st = db_stmt(db, "UPDATE site SET file_mark = ?1, commits = max(commits, ?2) + 1 WHERE id = 1");
		sqlite3_bind_text(st, 1, mark, -1, SQLITE_TRANSIENT);
		sqlite3_bind_int64(st, 2, commits);
		e = db_end_write(db, db_run(db, st, "restore: the file's mark"));
	}
	if (e != ERR_OK)
		log_msg(LOG_WARN, "restore: the file's mark stays the backup's (%s)", err_name(e));
	sqlite3_exec(db->handle, "PRAGMA wal_checkpoint(PASSIVE)", NULL, NULL, NULL);
}

enum rota_err store_restore_from(struct db *db, const char *src_path, const char *keep_path)
{
	sqlite3 *src = NULL, *reader = NULL;
	sqlite3_backup *b = NULL;
	enum rota_err e = ERR_DB_WRITE;
	const char *live = sqlite3_db_filename(db->handle, "main");
	if (db->write_depth > 0)
		die("a restore inside a transaction");
	if (db_raw_open(src_path, SQLITE_OPEN_READONLY, &src) != SQLITE_OK ||
	    db_raw_open(live, SQLITE_OPEN_READONLY, &reader) != SQLITE_OK)
		goto out;
	if (!(b = sqlite3_backup_init(db->handle, "main", src, "main"))) {
		log_msg(LOG_ERROR, "restore: %s", sqlite3_errmsg(db->handle));
		goto out;
	}
	/* A step of no pages takes the write lock and holds it: from here on
	 * nobody else can commit, so the copy of the records being replaced,
	 * read through a second connection, is exactly what gets replaced. */
	int rc = SQLITE_BUSY;
	for (int attempt = 0; attempt < RESTORE_ATTEMPTS && (rc & 0xFF) == SQLITE_BUSY; attempt++)
		rc = sqlite3_backup_step(b, 0);
	if (rc != SQLITE_OK) {
		log_msg(LOG_WARN, "restore: no write lock: %s (%d)", sqlite3_errstr(rc), rc);
		e = (rc & 0xFF) == SQLITE_BUSY || (rc & 0xFF) == SQLITE_LOCKED ? ERR_DB_BUSY : ERR_DB_WRITE;
		goto out;
	}
	if (keep_path && (e = copy_to_file(reader, keep_path)) != ERR_OK)
		goto out;
	char mark[40] = "";
	long long commits = 0;
	if (db_mark_read(reader, mark, sizeof mark, &commits) != SQLITE_OK)
		mark[0] = '\0'; /* records from before the mark: nothing to keep */
	rc = sqlite3_backup_step(b, -1);
	if (rc != SQLITE_DONE) {
		log_msg(LOG_ERROR, "restore: %s (%d)", sqlite3_errstr(rc), rc);
		e = (rc & 0xFF) == SQLITE_FULL ? ERR_DB_FULL : ERR_DB_WRITE;
		goto out;
	}
	e = ERR_OK;
out:
	/* Without a finished step the live file is rolled back, unchanged. */
	if (b && sqlite3_backup_finish(b) != SQLITE_OK && e == ERR_OK)
		e = ERR_DB_WRITE;
	sqlite3_close(reader);
	sqlite3_close(src);
	if (e == ERR_OK)
		keep_mark(db, mark, commits);
	return e;
}
