/* Unit tests of read snapshots: a report reads the records several times,
 * and another terminal commits between those reads. Each report must still
 * show one moment. The commit is made from a second connection when the
 * report's N-th statement starts (SQLite's statement trace), for every N
 * the report has, so no gap between two reads goes untried. */
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/app.h"
#include "app/attendance_list.h"
#include "app/hours.h"
#include "app/people.h"
#include "app/review.h"
#include "app/summary.h"
#include "app/team_report.h"
#include "app/today.h"
#include "store/db_internal.h"
#include "store/progress.h"
#include "store/visits.h"
#include "tests/harness.h"
#include "tests/unit/suites.h"
#include "util/alloc.h"
#include "util/date.h"

#define MONTH 202611
#define BEFORE (3 * 3600L)          /* Ana's closed visit of the 3rd */
#define AFTER (BEFORE + 5 * 3600L)  /* and the 5th, once checked out at 14:00 */

static time_t at(const char *local)
{
	time_t t = 0;
	date_parse_local(local, &t);
	return t;
}

/* Two terminals on one file: the report runs on `desk`, the other
 * terminal (`door`) checks Ana out and her mentor records her mastery, in
 * one commit, when the desk's statement number `fire_at` starts. */
struct rig {
	struct app *desk, *door;
	long long ana, mia, open_visit;
	int statements, fire_at;
	bool fired;
};

static void commit_elsewhere(struct rig *r)
{
	struct change c = { .at = at("2026-11-05T14:00"), .terminal = "door" };
	struct progress_entry p = { .person_id = r->ana, .kind = PROGRESS_PROCESS, .level = PROGRESS_MASTERED,
		                    .day = 20261105, .mentor_id = r->mia, .recorded_at = c.at };
	strcpy(p.code, "weld");
	long long id;
	enum rota_err e = db_begin_write(r->door->db);
	if (e == ERR_OK) {
		e = store_visit_check_out(r->door->db, r->open_visit, &c);
		if (e == ERR_OK)
			e = store_progress_insert(r->door->db, &p, "door", &id);
		e = db_end_write(r->door->db, e);
	}
	CHECK(e == ERR_OK, "the other terminal's commit is made");
	r->fired = true;
}

static int on_statement(unsigned type, void *ctx, void *stmt, void *sql)
{
	(void)type, (void)stmt, (void)sql;
	struct rig *r = ctx;
	if (++r->statements == r->fire_at)
		commit_elsewhere(r);
	return 0;
}

static void rig_open(struct rig *r, int n)
{
	memset(r, 0, sizeof *r);
	char *path = xasprintf("%s/snapshot-%d.db", test_tmpdir(), n);
	remove(path);
	if (app_open(path, true, "desk", &r->desk) != ERR_OK || app_open(path, false, "door", &r->door) != ERR_OK)
		abort();
	free(path);
	app_person_add(r->desk, "Ana Kovač", ROLE_PARTICIPANT, "sl", at("2026-11-01T09:00"), &r->ana);
	app_person_add(r->desk, "Mia Novak", ROLE_MENTOR, "sl", at("2026-11-01T09:00"), &r->mia);
	struct change c = { .at = at("2026-11-05T09:00"), .reason = "set-up", .terminal = "desk" };
	long long id;
	enum rota_err e = db_begin_write(r->desk->db);
	if (e == ERR_OK) {
		e = store_visit_add(r->desk->db, r->ana, 20261103, at("2026-11-03T09:00"), at("2026-11-03T12:00"), &c, &id);
		if (e == ERR_OK)
			e = store_visit_check_in(r->desk->db, r->ana, 20261105, &c, &r->open_visit);
		e = db_end_write(r->desk->db, e);
	}
	if (e != ERR_OK)
		abort();
}

/* Arms the trace: the other terminal commits when statement n starts. */
static void rig_arm(struct rig *r, int n)
{
	r->fire_at = n;
	sqlite3_trace_v2(r->desk->db->handle, SQLITE_TRACE_STMT, on_statement, r);
}

static void rig_close(struct rig *r)
{
	sqlite3_trace_v2(r->desk->db->handle, 0, NULL, NULL);
	app_close(r->desk);
	app_close(r->door);
}

/* One row of an hour sheet is of one moment: its days add up to its month,
 * and Ana, who first came this month, has as many hours to date. */
static bool row_is_whole(const struct hours_row *row)
{
	long days = 0;
	for (int d = 0; d < 31; d++)
		days += row->days[d].seconds;
	return days == row->seconds && row->seconds_to_date == row->seconds &&
	       (row->seconds == BEFORE || row->seconds == AFTER);
}

struct sheet {
	int rows;
	bool whole;
};

static void on_row(const struct hours_row *row, void *ctx)
{
	struct sheet *s = ctx;
	s->rows++;
	s->whole = s->whole && row_is_whole(row);
}

/* Runs report number which (0 the hour sheet, 1 the attendance list, 2 the
 * summary) on r->desk and says whether it showed one moment. */
static bool report_is_whole(struct rig *r, int which)
{
	time_t now = at("2026-11-05T15:00");
	if (which == 0) {
		struct sheet s = { .whole = true };
		return app_hours_month(r->desk, MONTH, now, on_row, &s) == ERR_OK && s.rows == 1 && s.whole;
	}
	if (which == 1) {
		struct attendance_list l;
		bool whole = app_attendance_list(r->desk, MONTH, 0, now, &l) == ERR_OK && l.nrows == 1 &&
		             row_is_whole(&l.rows[0]);
		app_attendance_list_free(&l);
		return whole;
	}
	struct summary s;
	bool ok = app_summary(r->desk, 20261101, 20261130, &s) == ERR_OK;
	int mastered = summary_count_get(&s, "mastered", "weld");
	bool whole = ok && ((s.presence_seconds == BEFORE && mastered == 0) ||
	                    (s.presence_seconds == AFTER && mastered == 1));
	summary_free(&s);
	return whole;
}

static void test_one_moment(void)
{
	static const char *const names[] = { "the hour sheet", "the attendance list", "the summary" };
	for (int which = 0; which < 3; which++) {
		int tried = 0, whole = 0;
		for (int n = 1;; n++) {
			struct rig r;
			rig_open(&r, n);
			rig_arm(&r, n);
			bool ok = report_is_whole(&r, which);
			bool fired = r.fired;
			rig_close(&r);
			if (!fired)
				break;
			tried++;
			whole += ok;
		}
		char *what = xasprintf("%s shows one moment whichever of its %d statements the other terminal's "
		                       "commit comes before (%d of %d whole)", names[which], tried, whole, tried);
		CHECK(tried > 2 && whole == tried, what);
		free(what);
	}
}

static void test_nesting(void)
{
	struct rig r;
	rig_open(&r, 0);
	struct db *db = r.desk->db;
	CHECK(db_begin_read(db) == ERR_OK && db_begin_read(db) == ERR_OK, "reads nest");
	CHECK(db_end_read(db, ERR_NOT_FOUND) == ERR_NOT_FOUND && !sqlite3_get_autocommit(db->handle),
	      "an inner end hands back its outcome and keeps the snapshot");
	CHECK(db_end_read(db, ERR_OK) == ERR_OK && sqlite3_get_autocommit(db->handle),
	      "the outermost end lets the snapshot go");
	CHECK(db_begin_write(db) == ERR_OK && db_begin_read(db) == ERR_OK, "a read opens inside a write");
	CHECK(db_end_read(db, ERR_NOT_FOUND) == ERR_NOT_FOUND && db_end_write(db, ERR_OK) == ERR_OK,
	      "and its outcome does not roll the write back");
	rig_close(&r);
}

static void test_every_read_in_a_snapshot(void)
{
	struct rig r;
	rig_open(&r, 0);
	struct app *app = r.desk;
	time_t now = at("2026-11-05T15:00");
	long long boss;
	app_person_add(app, "Bojan Horvat", ROLE_COORDINATOR, "sl", at("2026-11-01T09:00"), &boss);
	/* The test binaries die at a statement any of these runs outside its
	 * snapshot (ROTA_CHECK_SNAPSHOT, store/db.c). */
	struct sheet s = { .whole = true };
	CHECK(app_hours_month(app, MONTH, now, on_row, &s) == ERR_OK, "the hour sheet reads in one snapshot");
	struct attendance_list l;
	CHECK(app_attendance_list(app, MONTH, 0, now, &l) == ERR_OK, "the attendance list reads in one snapshot");
	app_attendance_list_free(&l);
	struct summary sum;
	CHECK(app_summary(app, 20261101, 20261130, &sum) == ERR_OK, "the summary reads in one snapshot");
	summary_free(&sum);
	CHECK(app_mentoring(app, MONTH, boss, &sum) == ERR_OK, "the mentoring hours read in one snapshot");
	summary_free(&sum);
	struct team_report tr;
	CHECK(app_team_report(app, r.ana, MEETING_MID, now, &tr) == ERR_OK, "the team report reads in one snapshot");
	team_report_done(&tr);
	struct review_item *items;
	size_t n;
	CHECK(app_review_items(app, now, &items, &n) == ERR_OK, "the review reads in one snapshot");
	free(items);
	struct today t;
	CHECK(app_today(app, now, &t) == ERR_OK && t.nin == 1, "today reads in one snapshot");
	app_today_free(&t);
	rig_close(&r);
}

void suite_snapshot(void)
{
	test_nesting();
	test_one_moment();
	test_every_read_in_a_snapshot();
}
