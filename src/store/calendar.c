/* SQL for the closures and absences tables (migration 6). */
#include "store/calendar.h"

#include "store/db_internal.h"
#include <stdlib.h>

#include "util/alloc.h"
#include "util/date.h"

enum rota_err store_closure_add(struct db *db, const struct closure *c, long long by, time_t at, long long *id)
{
	sqlite3_stmt *st = db_stmt(db, "INSERT INTO closures(from_day, to_day, reason, by_person, at)"
	                               " VALUES (?, ?, ?, ?, ?)");
	sqlite3_bind_int(st, 1, c->from);
	sqlite3_bind_int(st, 2, c->to);
	db_bind_text(st, 3, c->reason);
	db_bind_id(st, 4, by);
	sqlite3_bind_int64(st, 5, (sqlite3_int64)at);
	enum rota_err e = db_run(db, st, "insert closure");
	if (e == ERR_OK && id)
		*id = sqlite3_last_insert_rowid(db->handle);
	return e;
}

/* Marks row id of a cancellable table cancelled by `by` at `at` with
 * sql (its UPDATE, binding at, by, id); ERR_NOT_FOUND when there is no
 * such row still standing. */
static enum rota_err cancel_row(struct db *db, const char *sql, long long id, long long by, time_t at,
                                const char *what)
{
	sqlite3_stmt *st = db_stmt(db, sql);
	sqlite3_bind_int64(st, 1, (sqlite3_int64)at);
	db_bind_id(st, 2, by);
	sqlite3_bind_int64(st, 3, id);
	enum rota_err e = db_run(db, st, what);
	if (e == ERR_OK && sqlite3_changes(db->handle) == 0)
		e = ERR_NOT_FOUND;
	return e;
}

enum rota_err store_closure_cancel(struct db *db, long long id, long long by, time_t at)
{
	return cancel_row(db, "UPDATE closures SET cancelled_at = ?, cancelled_by = ? WHERE id = ? AND cancelled_at IS NULL",
	                  id, by, at, "cancel closure");
}

enum rota_err store_closures(struct db *db, int from, int to, struct closure **out, size_t *n)
{
	sqlite3_stmt *st = db_stmt(db, "SELECT id, from_day, to_day, reason FROM closures"
	                               " WHERE cancelled_at IS NULL AND to_day >= ? AND from_day <= ?"
	                               " ORDER BY from_day, id");
	sqlite3_bind_int(st, 1, from);
	sqlite3_bind_int(st, 2, to);
	size_t cap = 8;
	*n = 0;
	*out = xcalloc(cap, sizeof **out);
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (*n == cap) {
			cap *= 2;
			*out = xrealloc(*out, cap * sizeof **out);
		}
		struct closure *c = &(*out)[(*n)++];
		c->id = sqlite3_column_int64(st, 0);
		c->from = sqlite3_column_int(st, 1);
		c->to = sqlite3_column_int(st, 2);
		db_column_text(st, 3, c->reason, sizeof c->reason);
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE) {
		free(*out);
		*out = NULL;
		*n = 0;
		return db_fail(db, rc, "list closures");
	}
	return ERR_OK;
}

enum rota_err store_absence_add(struct db *db, const struct absence *a, const char *terminal, long long *id)
{
	sqlite3_stmt *st = db_stmt(db, "INSERT INTO absences(person_id, from_day, to_day, reason, note,"
	                               " by_person, at, terminal) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
	db_bind_id(st, 1, a->person_id);
	sqlite3_bind_int(st, 2, a->from);
	sqlite3_bind_int(st, 3, a->to);
	db_bind_text(st, 4, a->reason);
	if (a->note[0])
		db_bind_text(st, 5, a->note);
	else
		sqlite3_bind_null(st, 5);
	db_bind_id(st, 6, a->by_person);
	sqlite3_bind_int64(st, 7, (sqlite3_int64)a->at);
	db_bind_text(st, 8, terminal);
	enum rota_err e = db_run(db, st, "insert absence");
	if (e == ERR_OK && id)
		*id = sqlite3_last_insert_rowid(db->handle);
	return e;
}

enum rota_err store_absence_each(struct db *db, long long person_id, int from, int to, absence_fn fn, void *ctx)
{
	sqlite3_stmt *st = db_stmt(db, "SELECT id, person_id, from_day, to_day, reason, coalesce(note, ''),"
	                               " by_person, at, coalesce(cancelled_at, 0), coalesce(cancelled_by, 0)"
	                               " FROM absences WHERE (?1 = 0 OR person_id = ?1)"
	                               " AND to_day >= ?2 AND from_day <= ?3 ORDER BY from_day, id");
	sqlite3_bind_int64(st, 1, person_id);
	sqlite3_bind_int(st, 2, from);
	sqlite3_bind_int(st, 3, to);
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct absence a = { 0 };
		a.id = sqlite3_column_int64(st, 0);
		a.person_id = sqlite3_column_int64(st, 1);
		a.from = sqlite3_column_int(st, 2);
		a.to = sqlite3_column_int(st, 3);
		db_column_text(st, 4, a.reason, sizeof a.reason);
		db_column_text(st, 5, a.note, sizeof a.note);
		a.by_person = sqlite3_column_int64(st, 6);
		a.at = (time_t)sqlite3_column_int64(st, 7);
		a.cancelled_at = (time_t)sqlite3_column_int64(st, 8);
		a.cancelled_by = sqlite3_column_int64(st, 9);
		fn(&a, ctx);
	}
	sqlite3_reset(st);
	return rc == SQLITE_DONE ? ERR_OK : db_fail(db, rc, "list absences");
}

enum rota_err store_absence_cancel(struct db *db, long long id, long long by, time_t at)
{
	return cancel_row(db, "UPDATE absences SET cancelled_at = ?, cancelled_by = ? WHERE id = ? AND cancelled_at IS NULL",
	                  id, by, at, "cancel absence");
}

/* A participant's programme, the one source every view reads: their own
 * dates, else their current group's; p is the people row. An exit date
 * (the newest entry_facts row, YYYY-MM-DD) ends it when it comes first:
 * who has left is expected nowhere after it. */
#define PROGRAMME_COLUMNS \
	" coalesce(nullif(p.programme_start, 0), (SELECT g.start_day FROM group_members m" \
	"   JOIN groups g ON g.id = m.group_id WHERE m.person_id = p.id AND m.left_at IS NULL" \
	"   ORDER BY m.joined_at DESC LIMIT 1), 0)," \
	" coalesce(nullif(min(coalesce(nullif(coalesce(nullif(p.programme_end, 0), (SELECT g.end_day" \
	"   FROM group_members m JOIN groups g ON g.id = m.group_id WHERE m.person_id = p.id" \
	"   AND m.left_at IS NULL ORDER BY m.joined_at DESC LIMIT 1), 0), 0), 99991231)," \
	"  coalesce((SELECT CAST(replace(f.value, '-', '') AS INTEGER) FROM entry_facts f" \
	"   WHERE f.person_id = p.id AND f.field = 'exit_date' ORDER BY f.id DESC LIMIT 1), 99991231))," \
	"  99991231), 0)"

/* Reads the programme's columns at col, col + 1 and the creation time at
 * created: with no start anywhere, the programme starts the day the person
 * was added. */
static void read_programme(sqlite3_stmt *st, int col, time_t created_at, int *start, int *end)
{
	*start = sqlite3_column_int(st, col);
	*end = sqlite3_column_int(st, col + 1);
	if (!*start)
		*start = date_ymd(created_at);
}

enum rota_err store_expected_each(struct db *db, long long person_id, int since, expected_person_fn fn, void *ctx)
{
	/* Each person's last day is the first row walking back along their
	 * visits_person_day entries: a few rows a person however long the
	 * history (a GROUP BY over the visits would read every visit since
	 * `since`, or with that index, every visit). */
	sqlite3_stmt *st = db_stmt(db,
	    "SELECT p.id, p.name,"
	    " coalesce((SELECT v.day FROM visits v WHERE v.person_id = p.id AND v.day >= ?2"
	    "   AND " DB_VISIT_COUNTS("v") " ORDER BY v.day DESC LIMIT 1), 0),"
	    " p.created_at,"
	    " coalesce((SELECT max(at) FROM review_seen s WHERE s.kind = 'not_seen' AND s.ref = p.id), 0),"
	    PROGRAMME_COLUMNS
	    " FROM people p"
	    " WHERE (?1 = 0 AND p.active OR p.id = ?1) AND p.role = 'participant'"
	    " ORDER BY p.name COLLATE rota_sl, p.id");
	sqlite3_bind_int64(st, 1, person_id);
	sqlite3_bind_int(st, 2, since);
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct expected_person e = { 0 };
		e.person_id = sqlite3_column_int64(st, 0);
		db_column_text(st, 1, e.name, sizeof e.name);
		e.last_day = sqlite3_column_int(st, 2);
		e.created_at = (time_t)sqlite3_column_int64(st, 3);
		e.seen_at = (time_t)sqlite3_column_int64(st, 4);
		read_programme(st, 5, e.created_at, &e.start, &e.end);
		fn(&e, ctx);
	}
	sqlite3_reset(st);
	return rc == SQLITE_DONE ? ERR_OK : db_fail(db, rc, "expected");
}

struct programme_days { int *start, *end; };

static void on_programme_days(long long person_id, int start, int end, void *ctx)
{
	(void)person_id;
	const struct programme_days *d = ctx;
	*d->start = start;
	*d->end = end;
}

enum rota_err store_programme_of(struct db *db, long long person_id, int *start, int *end)
{
	struct programme_days d = { start, end };
	*start = *end = 0;
	return store_programme_each(db, person_id, on_programme_days, &d);
}

enum rota_err store_programme_each(struct db *db, long long only, programme_fn fn, void *ctx)
{
	sqlite3_stmt *st = only ? db_stmt(db, "SELECT p.id, p.created_at," PROGRAMME_COLUMNS
	                                      " FROM people p WHERE p.id = ? AND p.role = 'participant'")
	                        : db_stmt(db, "SELECT p.id, p.created_at," PROGRAMME_COLUMNS
	                                      " FROM people p WHERE p.role = 'participant' ORDER BY p.id");
	if (only)
		sqlite3_bind_int64(st, 1, only);
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		int start, end;
		read_programme(st, 2, (time_t)sqlite3_column_int64(st, 1), &start, &end);
		fn(sqlite3_column_int64(st, 0), start, end, ctx);
	}
	sqlite3_reset(st);
	return rc == SQLITE_DONE ? ERR_OK : db_fail(db, rc, "programmes");
}
