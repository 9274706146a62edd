/* SQL for visits and visit_history. */
#include "store/visits.h"

#include <stdlib.h>
#include <string.h>

#include "store/db_internal.h"
#include "util/alloc.h"

#define VISIT_COLUMNS DB_VISIT_COLUMNS("visits")

void db_read_visit(sqlite3_stmt *st, int col, struct visit *v)
{
	memset(v, 0, sizeof *v);
	v->id = sqlite3_column_int64(st, col);
	v->person_id = sqlite3_column_int64(st, col + 1);
	v->day = sqlite3_column_int(st, col + 2);
	v->check_in = (time_t)sqlite3_column_int64(st, col + 3);
	v->check_out = (time_t)sqlite3_column_int64(st, col + 4);
	/* One of four fixed words (a CHECK holds it): compared as it is. */
	visit_status_parse((const char *)sqlite3_column_text(st, col + 5), &v->status);
	v->is_held = sqlite3_column_int(st, col + 6) != 0;
}

enum rota_err db_each_visit_row(struct db *db, sqlite3_stmt *st, visit_row_fn fn, void *ctx, const char *what)
{
	struct visit_row row;
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		db_read_visit(st, 0, &row.visit);
		db_column_text(st, 7, row.name, sizeof row.name);
		fn(&row, ctx);
	}
	sqlite3_reset(st);
	return rc == SQLITE_DONE ? ERR_OK : db_fail(db, rc, what);
}

static void bind_time_or_null(sqlite3_stmt *st, int i, time_t t)
{
	if (t)
		sqlite3_bind_int64(st, i, (sqlite3_int64)t);
	else
		sqlite3_bind_null(st, i);
}

/* Writes the history row for a change from `before` (NULL: the visit is
 * new, and the old values stay NULL) to `after`. */
static enum rota_err history_add(struct db *db, const char *action, const struct visit *before,
                                 const struct visit *after, const struct change *c)
{
	sqlite3_stmt *st = db_stmt(db,
	    "INSERT INTO visit_history(visit_id, seq, at, by_person, action, reason, terminal,"
	    " old_check_in, old_check_out, old_status, new_check_in, new_check_out, new_status)"
	    " VALUES (?1, (SELECT coalesce(max(seq), 0) + 1 FROM visit_history WHERE visit_id = ?1),"
	    " ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)");
	sqlite3_bind_int64(st, 1, after->id);
	sqlite3_bind_int64(st, 2, (sqlite3_int64)c->at);
	db_bind_id(st, 3, c->by);
	db_bind_text(st, 4, action);
	db_bind_text(st, 5, c->reason);
	db_bind_text(st, 6, c->terminal);
	if (before) {
		bind_time_or_null(st, 7, before->check_in);
		bind_time_or_null(st, 8, before->check_out);
		db_bind_text(st, 9, visit_status_code(before->status));
	}
	bind_time_or_null(st, 10, after->check_in);
	bind_time_or_null(st, 11, after->check_out);
	db_bind_text(st, 12, visit_status_code(after->status));
	return db_run(db, st, "visit history");
}

/* Rewrites visit `after` (same id as before) and records the change. */
static enum rota_err visit_update(struct db *db, const char *action, const struct visit *before,
                                  const struct visit *after, const struct change *c)
{
	sqlite3_stmt *st = db_stmt(db, "UPDATE visits SET check_in = ?, check_out = ?, status = ?"
	                               " WHERE id = ?");
	sqlite3_bind_int64(st, 1, (sqlite3_int64)after->check_in);
	bind_time_or_null(st, 2, after->check_out);
	db_bind_text(st, 3, visit_status_code(after->status));
	sqlite3_bind_int64(st, 4, after->id);
	enum rota_err e = db_run(db, st, "update visit");
	if (e != ERR_OK)
		return e;
	return history_add(db, action, before, after, c);
}

enum rota_err store_visit_get(struct db *db, long long id, struct visit *out)
{
	sqlite3_stmt *st = db_stmt(db, "SELECT " VISIT_COLUMNS " FROM visits WHERE id = ?");
	sqlite3_bind_int64(st, 1, id);
	int rc = sqlite3_step(st);
	enum rota_err e = ERR_OK;
	if (rc == SQLITE_ROW)
		db_read_visit(st, 0, out);
	else
		e = rc == SQLITE_DONE ? ERR_NOT_FOUND : db_fail(db, rc, "get visit");
	sqlite3_reset(st);
	return e;
}

enum rota_err store_visit_open_of(struct db *db, long long person_id, bool *found, struct visit *out)
{
	sqlite3_stmt *st = db_stmt(db, "SELECT " VISIT_COLUMNS " FROM visits"
	                               " WHERE person_id = ? AND status = 'open'");
	sqlite3_bind_int64(st, 1, person_id);
	int rc = sqlite3_step(st);
	*found = rc == SQLITE_ROW;
	if (*found)
		db_read_visit(st, 0, out);
	sqlite3_reset(st);
	return rc == SQLITE_ROW || rc == SQLITE_DONE ? ERR_OK : db_fail(db, rc, "open visit");
}

enum rota_err store_visit_last_out(struct db *db, long long person_id, int day, bool *found,
                                   time_t *out)
{
	sqlite3_stmt *st = db_stmt(db, "SELECT max(check_out) FROM visits"
	                               " WHERE day = ?2 AND person_id = ?1 AND status = 'closed'");
	sqlite3_bind_int64(st, 1, person_id);
	sqlite3_bind_int(st, 2, day);
	int rc = sqlite3_step(st);
	*found = rc == SQLITE_ROW && sqlite3_column_type(st, 0) != SQLITE_NULL;
	if (*found)
		*out = (time_t)sqlite3_column_int64(st, 0);
	sqlite3_reset(st);
	return rc == SQLITE_ROW ? ERR_OK : db_fail(db, rc, "last check-out");
}

enum rota_err store_visit_latest_of(struct db *db, long long person_id, int from, time_t *at)
{
	/* From visits_person_day: the person's few visits since `from`. */
	sqlite3_stmt *st = db_stmt(db, "SELECT max(max(check_in, coalesce(check_out, check_in))) FROM visits"
	                               " WHERE person_id = ?1 AND day >= ?2 AND status != 'undone'");
	sqlite3_bind_int64(st, 1, person_id);
	sqlite3_bind_int(st, 2, from);
	int rc = sqlite3_step(st);
	*at = rc == SQLITE_ROW ? (time_t)sqlite3_column_int64(st, 0) : 0;
	sqlite3_reset(st);
	return rc == SQLITE_ROW ? ERR_OK : db_fail(db, rc, "latest visit time");
}

enum rota_err store_visits_of_day(struct db *db, long long person_id, int day, struct visit *out,
                                  size_t max, size_t *n)
{
	sqlite3_stmt *st = db_stmt(db, "SELECT " VISIT_COLUMNS " FROM visits"
	                               " WHERE day = ?2 AND person_id = ?1 ORDER BY check_in");
	int rc;
	sqlite3_bind_int64(st, 1, person_id);
	sqlite3_bind_int(st, 2, day);
	*n = 0;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW && *n < max)
		db_read_visit(st, 0, &out[(*n)++]);
	sqlite3_reset(st);
	return rc == SQLITE_ROW || rc == SQLITE_DONE ? ERR_OK : db_fail(db, rc, "visits of day");
}

enum rota_err store_visit_check_in(struct db *db, long long person_id, int day,
                                   const struct change *c, long long *id)
{
	sqlite3_stmt *st = db_stmt(db, "INSERT INTO visits(person_id, day, check_in, status, terminal)"
	                               " VALUES (?, ?, ?, 'open', ?)");
	sqlite3_bind_int64(st, 1, person_id);
	sqlite3_bind_int(st, 2, day);
	sqlite3_bind_int64(st, 3, (sqlite3_int64)c->at);
	db_bind_text(st, 4, c->terminal);
	enum rota_err e = db_run(db, st, "check in");
	if (e != ERR_OK)
		return e;
	/* The new row is the record of the check-in (who, when, where); the
	 * history holds what later changes what was recorded. */
	if (id)
		*id = sqlite3_last_insert_rowid(db->handle);
	return ERR_OK;
}

enum rota_err store_visit_check_in_confirmed(struct db *db, long long id, const struct change *c)
{
	struct visit v;
	enum rota_err e = store_visit_get(db, id, &v);
	return e != ERR_OK ? e : history_add(db, "check_in", NULL, &v, c);
}

static enum rota_err get_with_status(struct db *db, long long id, enum visit_status want,
                                     struct visit *v)
{
	enum rota_err e = store_visit_get(db, id, v);
	if (e == ERR_OK && v->status != want)
		e = ERR_INVALID;
	return e;
}

enum rota_err store_visit_check_out(struct db *db, long long id, const struct change *c)
{
	/* Like the check-in, the scan is recorded in the row itself: it fills
	 * an empty field and changes nothing that was there. */
	sqlite3_stmt *st = db_stmt(db, "UPDATE visits SET check_out = ?, status = 'closed',"
	                               " out_terminal = ? WHERE id = ? AND status = 'open'");
	sqlite3_bind_int64(st, 1, (sqlite3_int64)c->at);
	db_bind_text(st, 2, c->terminal);
	sqlite3_bind_int64(st, 3, id);
	enum rota_err e = db_run(db, st, "check out");
	if (e == ERR_OK && sqlite3_changes(db->handle) != 1)
		e = ERR_INVALID;
	return e;
}

enum rota_err store_visit_end_unknown(struct db *db, long long id, const struct change *c)
{
	struct visit before, after;
	enum rota_err e = get_with_status(db, id, VISIT_OPEN, &before);
	if (e != ERR_OK)
		return e;
	after = before;
	after.status = VISIT_END_UNKNOWN;
	return visit_update(db, "end_unknown", &before, &after, c);
}

enum rota_err store_visit_undo(struct db *db, long long id, const struct change *c)
{
	struct visit before, after;
	enum rota_err e = store_visit_get(db, id, &before);
	if (e != ERR_OK)
		return e;
	after = before;
	if (before.status == VISIT_OPEN) {
		after.status = VISIT_UNDONE;
	} else if (before.status == VISIT_CLOSED) {
		after.status = VISIT_OPEN;
		after.check_out = 0;
	} else {
		return ERR_INVALID;
	}
	return visit_update(db, "undo", &before, &after, c);
}

enum rota_err store_visit_history_count(struct db *db, long long id, int *n)
{
	sqlite3_stmt *st = db_stmt(db, "SELECT count(*) FROM visit_history WHERE visit_id = ?");
	sqlite3_bind_int64(st, 1, id);
	int rc = sqlite3_step(st);
	*n = rc == SQLITE_ROW ? sqlite3_column_int(st, 0) : 0;
	sqlite3_reset(st);
	return rc == SQLITE_ROW ? ERR_OK : db_fail(db, rc, "history count");
}

enum rota_err store_visit_correct(struct db *db, long long id, time_t check_in, time_t check_out,
                                  const struct change *c)
{
	struct visit before, after;
	enum rota_err e = store_visit_get(db, id, &before);
	if (e != ERR_OK)
		return e;
	if (before.status == VISIT_UNDONE)
		return ERR_INVALID;
	after = before;
	after.check_in = check_in;
	after.check_out = check_out;
	after.status = VISIT_CLOSED;
	e = visit_update(db, "correct", &before, &after, c);
	if (e != ERR_OK)
		return e;
	sqlite3_stmt *st = db_stmt(db, "UPDATE visits SET clock_doubtful = 0 WHERE id = ? AND clock_doubtful");
	sqlite3_bind_int64(st, 1, id);
	if ((e = db_run(db, st, "clear clock mark")) != ERR_OK)
		return e;
	/* Times a mentor confirmed are trusted, but never later than the
	 * correction itself (a mistyped date must not stop the clock). */
	time_t newest = check_out > check_in ? check_out : check_in;
	return store_clock_advance(db, newest < c->at ? newest : c->at);
}

enum rota_err store_visit_add(struct db *db, long long person_id, int day, time_t check_in,
                              time_t check_out, const struct change *c, long long *id)
{
	sqlite3_stmt *st = db_stmt(db, "INSERT INTO visits(person_id, day, check_in, check_out, status,"
	                               " terminal, out_terminal) VALUES (?, ?, ?, ?, 'closed', ?, ?)");
	sqlite3_bind_int64(st, 1, person_id);
	sqlite3_bind_int(st, 2, day);
	sqlite3_bind_int64(st, 3, (sqlite3_int64)check_in);
	sqlite3_bind_int64(st, 4, (sqlite3_int64)check_out);
	db_bind_text(st, 5, c->terminal);
	db_bind_text(st, 6, c->terminal);
	enum rota_err e = db_run(db, st, "add visit");
	if (e != ERR_OK)
		return e;
	struct visit after = { .id = sqlite3_last_insert_rowid(db->handle), .person_id = person_id,
		               .day = day, .check_in = check_in, .check_out = check_out,
		               .status = VISIT_CLOSED };
	if (id)
		*id = after.id;
	/* No "before" for a visit that did not exist: old_status stays NULL. */
	return history_add(db, "added", NULL, &after, c);
}

enum rota_err store_visit_close(struct db *db, long long id, time_t check_out, const struct change *c)
{
	struct visit before, after;
	enum rota_err e = get_with_status(db, id, VISIT_OPEN, &before);
	if (e != ERR_OK)
		return e;
	after = before;
	after.check_out = check_out;
	after.status = VISIT_CLOSED;
	return visit_update(db, "close_open", &before, &after, c);
}

enum rota_err store_visit_open_on(struct db *db, int day, visit_row_fn fn, void *ctx)
{
	sqlite3_stmt *st = db_stmt(db, "SELECT " DB_VISIT_COLUMNS("v") ", p.name"
	                               " FROM visits v JOIN people p ON p.id = v.person_id"
	                               " WHERE v.day = ? AND v.status = 'open' ORDER BY v.check_in, v.id");
	sqlite3_bind_int(st, 1, day);
	return db_each_visit_row(db, st, fn, ctx, "open visits");
}

enum rota_err store_clock_high_water(struct db *db, time_t *at)
{
	sqlite3_stmt *st = db_stmt(db, "SELECT at FROM clock_high_water WHERE id = 1");
	int rc = sqlite3_step(st);
	*at = rc == SQLITE_ROW ? (time_t)sqlite3_column_int64(st, 0) : 0;
	sqlite3_reset(st);
	return rc == SQLITE_ROW || rc == SQLITE_DONE ? ERR_OK : db_fail(db, rc, "clock high water");
}

enum rota_err store_clock_advance(struct db *db, time_t at)
{
	sqlite3_stmt *st = db_stmt(db, "UPDATE clock_high_water SET at = ?1 WHERE id = 1 AND at < ?1");
	sqlite3_bind_int64(st, 1, (sqlite3_int64)at);
	return db_run(db, st, "clock advance");
}

enum rota_err store_visit_mark_clock_doubtful(struct db *db, long long id)
{
	sqlite3_stmt *st = db_stmt(db, "UPDATE visits SET clock_doubtful = 1 WHERE id = ?");
	sqlite3_bind_int64(st, 1, id);
	return db_run(db, st, "mark clock doubtful");
}

enum rota_err store_visit_mark_after_end(struct db *db, long long id)
{
	sqlite3_stmt *st = db_stmt(db, "UPDATE visits SET after_end = 1 WHERE id = ?");
	sqlite3_bind_int64(st, 1, id);
	return db_run(db, st, "mark after end");
}

enum rota_err store_visit_accept(struct db *db, long long id, long long by, time_t at)
{
	sqlite3_stmt *st = db_stmt(db, "UPDATE visits SET accepted_by = ?2, accepted_at = ?3"
	                               " WHERE id = ?1 AND " DB_VISIT_HELD("visits"));
	sqlite3_bind_int64(st, 1, id);
	sqlite3_bind_int64(st, 2, by);
	sqlite3_bind_int64(st, 3, (sqlite3_int64)at);
	enum rota_err e = db_run(db, st, "accept visit");
	return e == ERR_OK && sqlite3_changes(db->handle) == 0 ? ERR_NOT_FOUND : e;
}

enum rota_err store_visit_each_of(struct db *db, long long person_id, int from, int to, visit_row_fn fn,
                                  void *ctx)
{
	/* One person's visits come from visits_person_day, everyone's from the
	 * day index: one statement with "?3 = 0 OR person_id = ?3" would read
	 * everyone's days for one person. */
	sqlite3_stmt *st = person_id
	    ? db_stmt(db, "SELECT " DB_VISIT_COLUMNS("v") ", p.name FROM visits v JOIN people p ON p.id = v.person_id"
	                  " WHERE v.person_id = ?3 AND v.day >= ?1 AND v.day <= ?2"
	                  " ORDER BY v.day, v.check_in, v.id")
	    : db_stmt(db, "SELECT " DB_VISIT_COLUMNS("v") ", p.name FROM visits v JOIN people p ON p.id = v.person_id"
	                  " WHERE v.day >= ?1 AND v.day <= ?2 ORDER BY v.day, v.check_in, v.id");
	sqlite3_bind_int(st, 1, from > 0 ? from : 0);
	sqlite3_bind_int(st, 2, to > 0 ? to : 99991231);
	if (person_id)
		sqlite3_bind_int64(st, 3, person_id);
	return db_each_visit_row(db, st, fn, ctx, "list visits");
}

static int by_day_check_in_id(const void *a, const void *b)
{
	const struct visit *x = a, *y = b;
	if (x->day != y->day)
		return (x->day > y->day) - (x->day < y->day);
	if (x->check_in != y->check_in)
		return (x->check_in > y->check_in) - (x->check_in < y->check_in);
	return (x->id > y->id) - (x->id < y->id);
}

enum rota_err store_visits_in(struct db *db, int from, int to, struct visit **out, size_t *n)
{
	*out = NULL;
	*n = 0;
	/* Every visit of the period has an id between these two (the day
	 * index alone gives them); "+v.day" keeps the day index out of the
	 * second statement, so it walks the table's pages in order. */
	sqlite3_stmt *ids = db_stmt(db, "SELECT min(id), max(id) FROM visits WHERE day BETWEEN ?1 AND ?2");
	sqlite3_bind_int(ids, 1, from);
	sqlite3_bind_int(ids, 2, to);
	int rc = sqlite3_step(ids);
	if (rc != SQLITE_ROW) {
		sqlite3_reset(ids);
		return db_fail(db, rc, "period's visits");
	}
	long long lo = sqlite3_column_int64(ids, 0), hi = sqlite3_column_int64(ids, 1);
	bool none = sqlite3_column_type(ids, 0) == SQLITE_NULL;
	sqlite3_reset(ids);
	if (none)
		return ERR_OK;
	sqlite3_stmt *st = db_stmt(db, "SELECT " DB_VISIT_COLUMNS("v") " FROM visits v"
	                               " WHERE v.id BETWEEN ?3 AND ?4 AND +v.day BETWEEN ?1 AND ?2");
	sqlite3_bind_int(st, 1, from);
	sqlite3_bind_int(st, 2, to);
	sqlite3_bind_int64(st, 3, lo);
	sqlite3_bind_int64(st, 4, hi);
	size_t cap = 0;
	bool sorted = true;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		*out = xgrow(*out, *n, &cap, sizeof **out);
		db_read_visit(st, 0, &(*out)[*n]);
		if (*n && by_day_check_in_id(&(*out)[*n - 1], &(*out)[*n]) > 0)
			sorted = false;
		(*n)++;
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE) {
		free(*out);
		*out = NULL;
		*n = 0;
		return db_fail(db, rc, "period's visits");
	}
	if (!sorted)
		qsort(*out, *n, sizeof **out, by_day_check_in_id);
	return ERR_OK;
}

enum rota_err store_visit_seconds_to_month(struct db *db, int yyyymm, person_seconds_fn fn, void *ctx)
{
	/* Each person's total less the months after yyyymm (migration 15): a
	 * row a person and the few months after, not every month ever kept. */
	sqlite3_stmt *st = db_stmt(db, "SELECT t.person_id, t.seconds - coalesce((SELECT sum(m.seconds)"
	                               " FROM visit_month_hours m WHERE m.person_id = t.person_id AND m.month > ?1), 0)"
	                               " FROM visit_person_hours t ORDER BY t.person_id");
	int rc;
	sqlite3_bind_int(st, 1, yyyymm);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW)
		fn(sqlite3_column_int64(st, 0), (long)sqlite3_column_int64(st, 1), ctx);
	sqlite3_reset(st);
	return rc == SQLITE_DONE ? ERR_OK : db_fail(db, rc, "hours to date");
}

enum rota_err store_visit_seconds_of_months(struct db *db, long long person_id, int from, int to, long *secs)
{
	sqlite3_stmt *st = db_stmt(db, "SELECT coalesce(sum(seconds), 0) FROM visit_month_hours"
	                               " WHERE person_id = ? AND month BETWEEN ? AND ?");
	sqlite3_bind_int64(st, 1, person_id);
	sqlite3_bind_int(st, 2, from);
	sqlite3_bind_int(st, 3, to);
	int rc = sqlite3_step(st);
	*secs = rc == SQLITE_ROW ? (long)sqlite3_column_int64(st, 0) : 0;
	sqlite3_reset(st);
	return rc == SQLITE_ROW ? ERR_OK : db_fail(db, rc, "hours of months");
}

enum rota_err store_visit_seconds_by_process(struct db *db, long long person_id, process_seconds_fn fn, void *ctx)
{
	sqlite3_stmt *st = person_id
	    ? db_stmt(db, "SELECT person_id, process_code, seconds FROM visit_process_hours WHERE person_id = ?")
	    : db_stmt(db, "SELECT person_id, process_code, seconds FROM visit_process_hours ORDER BY person_id");
	char code[32];
	int rc;
	if (person_id)
		sqlite3_bind_int64(st, 1, person_id);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		db_column_text(st, 1, code, sizeof code);
		fn(sqlite3_column_int64(st, 0), code, (long)sqlite3_column_int64(st, 2), ctx);
	}
	sqlite3_reset(st);
	return rc == SQLITE_DONE ? ERR_OK : db_fail(db, rc, "hours by process");
}

enum rota_err store_visit_history_each(struct db *db, long long id, visit_change_fn fn, void *ctx)
{
	sqlite3_stmt *st = db_stmt(db, "SELECT seq, at, by_person, action, reason, terminal, old_check_in,"
	                               " old_check_out, old_status, new_check_in, new_check_out, new_status"
	                               " FROM visit_history WHERE visit_id = ? ORDER BY seq");
	struct visit_change c;
	int rc;
	sqlite3_bind_int64(st, 1, id);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		char status[16];
		memset(&c, 0, sizeof c);
		c.visit_id = id;
		c.seq = sqlite3_column_int(st, 0);
		c.at = (time_t)sqlite3_column_int64(st, 1);
		c.by = sqlite3_column_int64(st, 2);
		db_column_text(st, 3, c.action, sizeof c.action);
		db_column_text(st, 4, c.reason, sizeof c.reason);
		db_column_text(st, 5, c.terminal, sizeof c.terminal);
		c.has_before = sqlite3_column_type(st, 8) != SQLITE_NULL;
		c.before.check_in = (time_t)sqlite3_column_int64(st, 6);
		c.before.check_out = (time_t)sqlite3_column_int64(st, 7);
		db_column_text(st, 8, status, sizeof status);
		visit_status_parse(status, &c.before.status);
		c.after.check_in = (time_t)sqlite3_column_int64(st, 9);
		c.after.check_out = (time_t)sqlite3_column_int64(st, 10);
		db_column_text(st, 11, status, sizeof status);
		visit_status_parse(status, &c.after.status);
		fn(&c, ctx);
	}
	sqlite3_reset(st);
	return rc == SQLITE_DONE ? ERR_OK : db_fail(db, rc, "visit history");
}

enum rota_err store_visit_days_of(struct db *db, long long person_id, int from, int to, int *days, size_t max,
                                  size_t *n)
{
	sqlite3_stmt *st = db_stmt(db, "SELECT DISTINCT day FROM visits WHERE person_id = ? AND day >= ? AND day <= ?"
	                               " AND " DB_VISIT_COUNTS("visits") " ORDER BY day");
	int rc;
	sqlite3_bind_int64(st, 1, person_id);
	sqlite3_bind_int(st, 2, from);
	sqlite3_bind_int(st, 3, to);
	*n = 0;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (*n < max)
			days[*n] = sqlite3_column_int(st, 0);
		(*n)++;
	}
	sqlite3_reset(st);
	return rc == SQLITE_DONE ? ERR_OK : db_fail(db, rc, "days with visits");
}
