/* SQL for drafts. */
#include "store/drafts.h"

#include "store/db_internal.h"

static void bind_key(sqlite3_stmt *st, const struct draft *d)
{
	sqlite3_bind_int64(st, 1, d->mentor_id);
	db_bind_text(st, 2, d->form);
	sqlite3_bind_int64(st, 3, d->person_id);
	sqlite3_bind_int64(st, 4, d->ref);
}

enum rota_err store_draft_put(struct db *db, const struct draft *d, time_t at)
{
	sqlite3_stmt *st = db_stmt(db, "INSERT OR REPLACE INTO drafts(mentor_id, form, person_id, ref, body, saved_at)"
	                               " VALUES (?, ?, ?, ?, ?, ?)");
	bind_key(st, d);
	db_bind_text(st, 5, d->body);
	sqlite3_bind_int64(st, 6, (sqlite3_int64)at);
	return db_run(db, st, "save draft");
}

enum rota_err store_draft_get(struct db *db, struct draft *d, bool *found)
{
	sqlite3_stmt *st = db_stmt(db, "SELECT body FROM drafts"
	                               " WHERE mentor_id = ? AND form = ? AND person_id = ? AND ref = ?");
	bind_key(st, d);
	int rc = sqlite3_step(st);
	*found = rc == SQLITE_ROW;
	if (*found)
		db_column_text(st, 0, d->body, sizeof d->body);
	sqlite3_reset(st);
	return rc == SQLITE_ROW || rc == SQLITE_DONE ? ERR_OK : db_fail(db, rc, "get draft");
}

enum rota_err store_draft_drop(struct db *db, const struct draft *d)
{
	sqlite3_stmt *st = db_stmt(db, "DELETE FROM drafts"
	                               " WHERE mentor_id = ? AND form = ? AND person_id = ? AND ref = ?");
	bind_key(st, d);
	return db_run(db, st, "drop draft");
}

enum rota_err store_draft_count(struct db *db, long long mentor_id, long long person_id, int *n)
{
	sqlite3_stmt *st = db_stmt(db, "SELECT count(*) FROM drafts WHERE mentor_id = ? AND person_id = ?");
	sqlite3_bind_int64(st, 1, mentor_id);
	sqlite3_bind_int64(st, 2, person_id);
	int rc = sqlite3_step(st);
	*n = rc == SQLITE_ROW ? sqlite3_column_int(st, 0) : 0;
	sqlite3_reset(st);
	return rc == SQLITE_ROW ? ERR_OK : db_fail(db, rc, "count drafts");
}
