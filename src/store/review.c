/* SQL for the review queue. */
#include "store/review.h"


#include "store/db_internal.h"

/* The WHERE of the partial index visits_to_review (migration 8), written
 * as it is there: a query names it to be allowed that index. */
#define TO_REVIEW "(v.status IN ('end_unknown', 'undone') OR v.clock_doubtful OR v.after_end)"

enum rota_err store_review_visits(struct db *db, enum visit_status status, int since, visit_row_fn fn,
                                  void *ctx)
{
	/* Open visits come from visits_one_open (the few open now), the others
	 * from visits_to_review: never the day index over the look-back. */
	sqlite3_stmt *st = status == VISIT_OPEN
	    ? db_stmt(db, "SELECT " DB_VISIT_COLUMNS("v") ", p.name"
	                  " FROM visits v INDEXED BY visits_one_open JOIN people p ON p.id = v.person_id"
	                  " WHERE v.status = 'open' AND v.day >= ?2 AND ?1 = 'open'"
	                  " ORDER BY v.day, v.check_in")
	    : db_stmt(db, "SELECT " DB_VISIT_COLUMNS("v") ", p.name"
	                  " FROM visits v JOIN people p ON p.id = v.person_id"
	                  " WHERE " TO_REVIEW " AND v.day >= ?2 AND v.status = ?1 AND NOT EXISTS"
	                  " (SELECT 1 FROM review_seen r WHERE r.kind = 'undone' AND r.ref = v.id AND ?1 = 'undone')"
	                  " ORDER BY v.day, v.check_in");
	db_bind_text(st, 1, visit_status_code(status));
	sqlite3_bind_int(st, 2, since);
	return db_each_visit_row(db, st, fn, ctx, "review visits");
}

enum rota_err store_review_clock_doubtful(struct db *db, int since, int until, visit_row_fn fn, void *ctx)
{
	sqlite3_stmt *st = db_stmt(db,
	    "SELECT " DB_VISIT_COLUMNS("v") ", p.name"
	    " FROM visits v JOIN people p ON p.id = v.person_id"
	    " WHERE " TO_REVIEW " AND v.day BETWEEN ?1 AND ?2 AND v.clock_doubtful AND v.status != 'undone'"
	    " ORDER BY v.day, v.check_in");
	sqlite3_bind_int(st, 1, since);
	sqlite3_bind_int(st, 2, until);
	return db_each_visit_row(db, st, fn, ctx, "review clock");
}

enum rota_err store_review_after_end(struct db *db, int since, visit_row_fn fn, void *ctx)
{
	sqlite3_stmt *st = db_stmt(db,
	    "SELECT " DB_VISIT_COLUMNS("v") ", p.name"
	    " FROM visits v JOIN people p ON p.id = v.person_id"
	    " WHERE " TO_REVIEW " AND v.day >= ?1 AND " DB_VISIT_HELD("v") " AND v.status != 'undone'"
	    " ORDER BY v.day, v.check_in");
	sqlite3_bind_int(st, 1, since);
	return db_each_visit_row(db, st, fn, ctx, "review after end");
}

enum rota_err store_review_words(struct db *db, progress_fn fn, void *ctx)
{
	sqlite3_stmt *st = db_stmt(db,
	    "SELECT id, person_id, kind, code, level, day, mentor_id, note, words, recorded_at"
	    " FROM progress p WHERE words IS NOT NULL AND words != '' AND NOT EXISTS"
	    " (SELECT 1 FROM review_seen s WHERE s.kind = 'words' AND s.ref = p.id) ORDER BY day, id");
	struct progress_entry e;
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		db_read_progress(st, &e);
		fn(&e, ctx);
	}
	sqlite3_reset(st);
	return rc == SQLITE_DONE ? ERR_OK : db_fail(db, rc, "review words");
}

enum rota_err store_review_present_excused(struct db *db, int since, visit_row_fn fn, void *ctx)
{
	/* One row a person and day: the first visit of a day a standing
	 * absence covers. From the absences that reach the look-back (a
	 * few) to each one's days of its person's visits: never every visit
	 * of the look-back. */
	sqlite3_stmt *st = db_stmt(db,
	    "SELECT " DB_VISIT_COLUMNS("v") ", p.name"
	    " FROM visits v JOIN people p ON p.id = v.person_id"
	    " WHERE v.id IN (SELECT min(w.id) FROM absences a CROSS JOIN visits w ON w.person_id = a.person_id"
	    "   AND w.day BETWEEN a.from_day AND a.to_day"
	    "   WHERE a.cancelled_at IS NULL AND a.to_day >= ?1 AND w.day >= ?1 AND " DB_VISIT_COUNTS("w")
	    "   GROUP BY w.person_id, w.day)"
	    " ORDER BY v.day, v.check_in");
	sqlite3_bind_int(st, 1, since);
	return db_each_visit_row(db, st, fn, ctx, "present on excused days");
}

enum rota_err store_review_mark_seen(struct db *db, const char *kind, long long ref, const struct change *c)
{
	sqlite3_stmt *st = db_stmt(db, "INSERT OR IGNORE INTO review_seen(kind, ref, at, by_person, note)"
	                               " VALUES (?, ?, ?, ?, ?)");
	db_bind_text(st, 1, kind);
	sqlite3_bind_int64(st, 2, ref);
	sqlite3_bind_int64(st, 3, (sqlite3_int64)c->at);
	db_bind_id(st, 4, c->by);
	db_bind_text(st, 5, c->reason);
	return db_run(db, st, "mark seen");
}
