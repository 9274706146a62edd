/* SQL for the closed months' tables (migration 15). */
#include "store/months.h"

#include <stdlib.h>

#include "store/db_internal.h"
#include "util/alloc.h"

#define CLOSE_COLS "id, month, fingerprint, by_person, at, coalesce(reopened_at, 0)," \
	" coalesce(reopened_by, 0), coalesce(reopen_reason, '')"

static void read_close(sqlite3_stmt *st, struct month_close *c)
{
	c->id = sqlite3_column_int64(st, 0);
	c->month = sqlite3_column_int(st, 1);
	db_column_text(st, 2, c->fingerprint, sizeof c->fingerprint);
	c->by = sqlite3_column_int64(st, 3);
	c->at = (time_t)sqlite3_column_int64(st, 4);
	c->reopened_at = (time_t)sqlite3_column_int64(st, 5);
	c->reopened_by = sqlite3_column_int64(st, 6);
	db_column_text(st, 7, c->reopen_reason, sizeof c->reopen_reason);
}

enum rota_err store_month_closed(struct db *db, int month, struct month_close *out, bool *found)
{
	sqlite3_stmt *st = db_stmt(db, "SELECT " CLOSE_COLS " FROM month_closes"
	                               " WHERE month = ? AND reopened_at IS NULL");
	sqlite3_bind_int(st, 1, month);
	int rc = sqlite3_step(st);
	*found = rc == SQLITE_ROW;
	if (*found)
		read_close(st, out);
	sqlite3_reset(st);
	return rc == SQLITE_ROW || rc == SQLITE_DONE ? ERR_OK : db_fail(db, rc, "read month closing");
}

enum rota_err store_month_close_add(struct db *db, const struct month_close *c, long long *id)
{
	sqlite3_stmt *st = db_stmt(db, "INSERT INTO month_closes(month, fingerprint, by_person, at) VALUES (?, ?, ?, ?)");
	sqlite3_bind_int(st, 1, c->month);
	db_bind_text(st, 2, c->fingerprint);
	db_bind_id(st, 3, c->by);
	sqlite3_bind_int64(st, 4, (sqlite3_int64)c->at);
	enum rota_err e = db_run(db, st, "insert month closing");
	if (e == ERR_OK)
		*id = sqlite3_last_insert_rowid(db->handle);
	return e;
}

enum rota_err store_month_row_add(struct db *db, long long close_id, int position, const struct month_row *r)
{
	sqlite3_stmt *st = db_stmt(db, "INSERT INTO month_rows(close_id, person_id, position, days_present, seconds,"
	                               " days_unresolved, days_excused, days_closed, target_hours, seconds_to_date)"
	                               " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
	db_bind_id(st, 1, close_id);
	db_bind_id(st, 2, r->person_id);
	sqlite3_bind_int(st, 3, position);
	sqlite3_bind_int(st, 4, r->days_present);
	sqlite3_bind_int64(st, 5, r->seconds);
	sqlite3_bind_int(st, 6, r->days_unresolved);
	sqlite3_bind_int(st, 7, r->days_excused);
	sqlite3_bind_int(st, 8, r->days_closed);
	sqlite3_bind_int(st, 9, r->target_hours);
	sqlite3_bind_int64(st, 10, r->seconds_to_date);
	return db_run(db, st, "insert month row");
}

enum rota_err store_month_cell_add(struct db *db, long long close_id, const struct month_cell *c)
{
	sqlite3_stmt *st = db_stmt(db, "INSERT INTO month_cells(close_id, person_id, day, kind, visits, first_in,"
	                               " last_out, seconds, unresolved, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
	db_bind_id(st, 1, close_id);
	db_bind_id(st, 2, c->person_id);
	sqlite3_bind_int(st, 3, c->day);
	sqlite3_bind_int(st, 4, (int)c->d.kind);
	sqlite3_bind_int(st, 5, c->d.visits);
	sqlite3_bind_int64(st, 6, (sqlite3_int64)c->d.first_in);
	sqlite3_bind_int64(st, 7, (sqlite3_int64)c->d.last_out);
	sqlite3_bind_int64(st, 8, c->d.seconds);
	sqlite3_bind_int(st, 9, c->d.is_unresolved);
	db_bind_text(st, 10, c->d.reason);
	return db_run(db, st, "insert month cell");
}

enum rota_err store_month_rows(struct db *db, long long close_id, struct month_row **out, size_t *n)
{
	sqlite3_stmt *st = db_stmt(db, "SELECT person_id, days_present, seconds, days_unresolved, days_excused,"
	                               " days_closed, target_hours, seconds_to_date FROM month_rows"
	                               " WHERE close_id = ? ORDER BY position");
	db_bind_id(st, 1, close_id);
	size_t cap = 0;
	*out = NULL;
	*n = 0;
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		*out = xgrow(*out, *n, &cap, sizeof **out);
		struct month_row *r = &(*out)[(*n)++];
		r->person_id = sqlite3_column_int64(st, 0);
		r->days_present = sqlite3_column_int(st, 1);
		r->seconds = (long)sqlite3_column_int64(st, 2);
		r->days_unresolved = sqlite3_column_int(st, 3);
		r->days_excused = sqlite3_column_int(st, 4);
		r->days_closed = sqlite3_column_int(st, 5);
		r->target_hours = sqlite3_column_int(st, 6);
		r->seconds_to_date = (long)sqlite3_column_int64(st, 7);
	}
	sqlite3_reset(st);
	return rc == SQLITE_DONE ? ERR_OK : db_fail(db, rc, "read month rows");
}

enum rota_err store_month_cells(struct db *db, long long close_id, struct month_cell **out, size_t *n)
{
	sqlite3_stmt *st = db_stmt(db, "SELECT person_id, day, kind, visits, first_in, last_out, seconds, unresolved,"
	                               " reason FROM month_cells WHERE close_id = ? ORDER BY person_id, day");
	db_bind_id(st, 1, close_id);
	size_t cap = 0;
	*out = NULL;
	*n = 0;
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		*out = xgrow(*out, *n, &cap, sizeof **out);
		struct month_cell *c = &(*out)[(*n)++];
		*c = (struct month_cell){ 0 };
		c->person_id = sqlite3_column_int64(st, 0);
		c->day = sqlite3_column_int(st, 1);
		c->d.kind = (enum person_day)sqlite3_column_int(st, 2);
		c->d.visits = sqlite3_column_int(st, 3);
		c->d.first_in = (time_t)sqlite3_column_int64(st, 4);
		c->d.last_out = (time_t)sqlite3_column_int64(st, 5);
		c->d.seconds = (long)sqlite3_column_int64(st, 6);
		c->d.is_unresolved = sqlite3_column_int(st, 7) != 0;
		db_column_text(st, 8, c->d.reason, sizeof c->d.reason);
	}
	sqlite3_reset(st);
	return rc == SQLITE_DONE ? ERR_OK : db_fail(db, rc, "read month cells");
}

enum rota_err store_month_reopen(struct db *db, long long close_id, long long by, time_t at, const char *reason)
{
	sqlite3_stmt *st = db_stmt(db, "UPDATE month_closes SET reopened_at = ?, reopened_by = ?, reopen_reason = ?"
	                               " WHERE id = ? AND reopened_at IS NULL");
	sqlite3_bind_int64(st, 1, (sqlite3_int64)at);
	db_bind_id(st, 2, by);
	db_bind_text(st, 3, reason);
	db_bind_id(st, 4, close_id);
	enum rota_err e = db_run(db, st, "reopen month");
	if (e == ERR_OK && sqlite3_changes(db->handle) == 0)
		e = ERR_NOT_FOUND;
	return e;
}

enum rota_err store_month_close_each(struct db *db, void (*fn)(const struct month_close *c, void *ctx), void *ctx)
{
	sqlite3_stmt *st = db_stmt(db, "SELECT " CLOSE_COLS " FROM month_closes ORDER BY id");
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct month_close c;
		read_close(st, &c);
		fn(&c, ctx);
	}
	sqlite3_reset(st);
	return rc == SQLITE_DONE ? ERR_OK : db_fail(db, rc, "list month closings");
}

enum rota_err store_month_amend_add(struct db *db, const struct month_amendment *a)
{
	sqlite3_stmt *st = db_stmt(db, "INSERT INTO month_amendments(month, list_month, close_id, person_id, day, what,"
	                               " ref_id, before_seconds, after_seconds, by_person, at, reason)"
	                               " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
	sqlite3_bind_int(st, 1, a->month);
	sqlite3_bind_int(st, 2, a->list_month);
	db_bind_id(st, 3, a->close_id);
	db_bind_id(st, 4, a->person_id);
	sqlite3_bind_int(st, 5, a->day);
	db_bind_text(st, 6, a->what);
	sqlite3_bind_int64(st, 7, a->ref_id);
	sqlite3_bind_int64(st, 8, a->before_seconds);
	sqlite3_bind_int64(st, 9, a->after_seconds);
	db_bind_id(st, 10, a->by);
	sqlite3_bind_int64(st, 11, (sqlite3_int64)a->at);
	db_bind_text(st, 12, a->reason);
	return db_run(db, st, "insert amendment");
}

enum rota_err store_month_amend_each(struct db *db, int month, int list_month, month_amendment_fn fn, void *ctx)
{
	sqlite3_stmt *st = db_stmt(db, "SELECT id, month, list_month, close_id, person_id, day, what, ref_id,"
	                               " before_seconds, after_seconds, by_person, at, reason FROM month_amendments"
	                               " WHERE (? = 0 OR month = ?) AND (? = 0 OR list_month = ?) ORDER BY at, id");
	sqlite3_bind_int(st, 1, month);
	sqlite3_bind_int(st, 2, month);
	sqlite3_bind_int(st, 3, list_month);
	sqlite3_bind_int(st, 4, list_month);
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct month_amendment a = { 0 };
		a.id = sqlite3_column_int64(st, 0);
		a.month = sqlite3_column_int(st, 1);
		a.list_month = sqlite3_column_int(st, 2);
		a.close_id = sqlite3_column_int64(st, 3);
		a.person_id = sqlite3_column_int64(st, 4);
		a.day = sqlite3_column_int(st, 5);
		db_column_text(st, 6, a.what, sizeof a.what);
		a.ref_id = sqlite3_column_int64(st, 7);
		a.before_seconds = (long)sqlite3_column_int64(st, 8);
		a.after_seconds = (long)sqlite3_column_int64(st, 9);
		a.by = sqlite3_column_int64(st, 10);
		a.at = (time_t)sqlite3_column_int64(st, 11);
		db_column_text(st, 12, a.reason, sizeof a.reason);
		fn(&a, ctx);
	}
	sqlite3_reset(st);
	return rc == SQLITE_DONE ? ERR_OK : db_fail(db, rc, "list amendments");
}

enum rota_err store_transport_set(struct db *db, long long person_id, long cents, long long by, time_t at)
{
	sqlite3_stmt *st = db_stmt(db, "INSERT INTO person_transport(person_id, cents, by_person, at) VALUES (?, ?, ?, ?)");
	db_bind_id(st, 1, person_id);
	sqlite3_bind_int64(st, 2, cents);
	db_bind_id(st, 3, by);
	sqlite3_bind_int64(st, 4, (sqlite3_int64)at);
	return db_run(db, st, "set transport");
}

enum rota_err store_transport_get(struct db *db, long long person_id, long *cents, bool *found)
{
	sqlite3_stmt *st = db_stmt(db, "SELECT cents FROM person_transport WHERE person_id = ? ORDER BY id DESC LIMIT 1");
	db_bind_id(st, 1, person_id);
	int rc = sqlite3_step(st);
	*found = rc == SQLITE_ROW;
	if (*found)
		*cents = (long)sqlite3_column_int64(st, 0);
	sqlite3_reset(st);
	return rc == SQLITE_ROW || rc == SQLITE_DONE ? ERR_OK : db_fail(db, rc, "read transport");
}

enum rota_err store_absence_span(struct db *db, long long id, long long *person_id, int *from, int *to)
{
	sqlite3_stmt *st = db_stmt(db, "SELECT person_id, from_day, to_day FROM absences WHERE id = ?");
	db_bind_id(st, 1, id);
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		*person_id = sqlite3_column_int64(st, 0);
		*from = sqlite3_column_int(st, 1);
		*to = sqlite3_column_int(st, 2);
	}
	sqlite3_reset(st);
	if (rc == SQLITE_DONE)
		return ERR_NOT_FOUND;
	return rc == SQLITE_ROW ? ERR_OK : db_fail(db, rc, "read absence");
}
