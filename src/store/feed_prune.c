/* The outbox kept small, and moved on after a restore (store/feed_prune.h). */
#include "store/feed_prune.h"

#include <stdlib.h>
#include <string.h>

#include "store/db_internal.h"
#include "util/alloc.h"
#include "util/log.h"

enum rota_err store_feed_confirm(struct db *db, long long seq, time_t at)
{
	sqlite3_stmt *st = db_stmt(db,
		"UPDATE sync_state SET confirmed_seq = max(confirmed_seq, min(?1, sent_seq)) WHERE id = 1");
	sqlite3_bind_int64(st, 1, seq);
	enum rota_err e = db_run(db, st, "feed confirm");
	if (e != ERR_OK)
		return e;
	st = db_stmt(db,
		"INSERT INTO outbox_confirmed(at, seq) SELECT ?1, confirmed_seq FROM sync_state WHERE id = 1"
		" ON CONFLICT(at) DO UPDATE SET seq = max(seq, excluded.seq)");
	sqlite3_bind_int64(st, 1, (sqlite3_int64)at);
	return db_run(db, st, "feed confirm mark");
}

enum rota_err store_feed_confirmed(struct db *db, long long *seq)
{
	sqlite3_stmt *st = db_stmt(db, "SELECT confirmed_seq FROM sync_state WHERE id = 1");
	int rc = sqlite3_step(st);
	*seq = rc == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
	sqlite3_reset(st);
	return rc == SQLITE_ROW ? ERR_OK : db_fail(db, rc, "feed confirmed");
}

enum rota_err store_feed_prune(struct db *db, time_t cutoff, long long *pruned)
{
	*pruned = 0;
	sqlite3_stmt *st = db_stmt(db,
		"DELETE FROM outbox WHERE seq <= (SELECT coalesce(max(seq), 0) FROM outbox_confirmed WHERE at <= ?1)"
		" AND seq <= (SELECT confirmed_seq FROM sync_state WHERE id = 1)"
		" AND seq < (SELECT max(seq) FROM outbox)");
	sqlite3_bind_int64(st, 1, (sqlite3_int64)cutoff);
	enum rota_err e = db_run(db, st, "feed prune");
	if (e == ERR_OK)
		*pruned = sqlite3_changes64(db->handle);
	if (e == ERR_OK) {
		st = db_stmt(db, "DELETE FROM outbox_confirmed"
		                 " WHERE at < (SELECT max(at) FROM outbox_confirmed WHERE at <= ?1)");
		sqlite3_bind_int64(st, 1, (sqlite3_int64)cutoff);
		e = db_run(db, st, "feed prune marks");
	}
	return e;
}

static long long pragma_ll(struct db *db, const char *sql)
{
	sqlite3_stmt *st;
	long long v = -1;
	if (sqlite3_prepare_v2(db->handle, sql, -1, &st, NULL) != SQLITE_OK)
		return -1;
	if (sqlite3_step(st) == SQLITE_ROW)
		v = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return v;
}

#define RECLAIM_MIN_BYTES (1 << 20)

enum rota_err store_reclaim(struct db *db, bool may_rewrite, long long *freed)
{
	*freed = 0;
	if (db->write_depth > 0 || db->read_depth > 0)
		die("store_reclaim inside a transaction");
	long long page = pragma_ll(db, "PRAGMA page_size");
	long long pages = pragma_ll(db, "PRAGMA page_count");
	long long free_pages = pragma_ll(db, "PRAGMA freelist_count");
	long long mode = pragma_ll(db, "PRAGMA auto_vacuum");
	if (page <= 0 || pages <= 0 || free_pages < 0)
		return ERR_DB_WRITE;
	if (free_pages * page < RECLAIM_MIN_BYTES || free_pages * 4 < pages || (mode != 2 && !may_rewrite))
		return ERR_OK;
	/* 2: incremental. Else the mode is set and takes effect with the
	 * VACUUM that rewrites the file. */
	const char *sql = mode == 2 ? "PRAGMA incremental_vacuum" : "PRAGMA auto_vacuum=INCREMENTAL; VACUUM";
	char *msg = NULL;
	int rc = sqlite3_exec(db->handle, sql, NULL, NULL, &msg);
	if (rc != SQLITE_OK) {
		log_msg(LOG_ERROR, "reclaim: %s", msg ? msg : sqlite3_errstr(rc));
		sqlite3_free(msg);
		if (!sqlite3_get_autocommit(db->handle))
			sqlite3_exec(db->handle, "ROLLBACK", NULL, NULL, NULL);
		return db_fail(db, rc, "reclaim");
	}
	long long after = pragma_ll(db, "PRAGMA page_count");
	*freed = after >= 0 && after < pages ? (pages - after) * page : 0;
	log_msg(LOG_INFO, "reclaim: %s gave back %lld bytes", mode == 2 ? "incremental vacuum" : "vacuum", *freed);
	return ERR_OK;
}

enum rota_err store_feed_around(struct db *db, long long upto, long long *below, long long *above)
{
	sqlite3_stmt *st = db_stmt(db,
		"SELECT (SELECT coalesce(max(seq), 0) FROM outbox WHERE seq <= ?1),"
		"       (SELECT coalesce(min(seq), 0) FROM outbox WHERE seq > ?1)");
	sqlite3_bind_int64(st, 1, upto);
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		*below = sqlite3_column_int64(st, 0);
		*above = sqlite3_column_int64(st, 1);
	}
	sqlite3_reset(st);
	return rc == SQLITE_ROW ? ERR_OK : db_fail(db, rc, "feed around");
}

/* Sets the one shift the outbox's guard lets through: every change above
 * after, up by by. */
static enum rota_err shift(struct db *db, long long after, long long by)
{
	sqlite3_stmt *st = db_stmt(db, "INSERT OR REPLACE INTO outbox_shift(id, after_seq, by) VALUES (1, ?1, ?2)");
	sqlite3_bind_int64(st, 1, after);
	sqlite3_bind_int64(st, 2, by);
	enum rota_err e = db_run(db, st, "feed shift");
	if (e != ERR_OK)
		return e;
	st = db_stmt(db, "UPDATE outbox SET seq = seq + ?2 WHERE seq > ?1");
	sqlite3_bind_int64(st, 1, after);
	sqlite3_bind_int64(st, 2, by);
	return db_run(db, st, "feed move up");
}

enum rota_err store_feed_move_up(struct db *db, long long after, long long by, long long upto)
{
	long long confirmed, below, above;
	enum rota_err e = store_feed_confirmed(db, &confirmed);
	if (e == ERR_OK && (after < confirmed || by < 0))
		e = ERR_INVALID;
	if (e == ERR_OK)
		e = store_feed_around(db, after, &below, &above);
	/* Two steps, so no number is taken twice on the way: all of them up
	 * past the newest change, then down to where they go. */
	long long newest = 0;
	if (e == ERR_OK && above && by > 0) {
		sqlite3_stmt *st = db_stmt(db, "SELECT max(seq) FROM outbox");
		if (sqlite3_step(st) == SQLITE_ROW)
			newest = sqlite3_column_int64(st, 0);
		sqlite3_reset(st);
		e = shift(db, after, newest + by);
		if (e == ERR_OK)
			e = shift(db, after + newest + by, -newest);
		if (e == ERR_OK)
			e = db_run(db, db_stmt(db, "DELETE FROM outbox_shift"), "feed shift end");
	}
	if (e == ERR_OK)
		e = store_feed_around(db, upto, &below, &above);
	if (e == ERR_OK && !above && below) {
		sqlite3_stmt *st = db_stmt(db,
			"INSERT INTO outbox(seq, tbl, row_key, op, row)"
			" SELECT ?1, tbl, row_key, 'snapshot', row FROM outbox WHERE seq = ?2");
		sqlite3_bind_int64(st, 1, upto + 1);
		sqlite3_bind_int64(st, 2, below);
		e = db_run(db, st, "feed go on");
	}
	if (e == ERR_OK) {
		sqlite3_stmt *st = db_stmt(db, "UPDATE sync_state SET sent_seq = max(sent_seq, ?1) WHERE id = 1");
		sqlite3_bind_int64(st, 1, upto);
		e = db_run(db, st, "feed sent after move");
	}
	return e;
}
