/* Unit tests of "a visit is always whole": it never ends before it begins
 * and never overlaps another visit of the same person. The schema's guards
 * (migration 14) refuse both on every path, by the rule a correction is
 * held to, and leave the file as it was; scans that race on one card or a
 * clock set back record times that keep the rule; a file from before keeps
 * its old faults and its people can still scan. */
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/app.h"
#include "app/badge.h"
#include "app/people.h"
#include "app/scan.h"
#include "app/visits.h"
#include "store/db.h"
#include "store/db_internal.h"
#include "store/people.h"
#include "store/visits.h"
#include "tests/harness.h"
#include "tests/unit/suites.h"
#include "util/alloc.h"
#include "util/date.h"

static time_t at(const char *local)
{
	time_t t = 0;
	date_parse_local(local, &t);
	return t;
}

static char *path_of(const char *name)
{
	char *p = xasprintf("%s/%s", test_tmpdir(), name);
	remove(p);
	return p;
}

/* Everything a refused write could have touched: the visits, their
 * history, the kept hours and the outbox (a new string; free it). */
static char *snapshot(struct db *db)
{
	sqlite3_stmt *st;
	char *s = NULL;
	if (sqlite3_prepare_v2(db->handle,
	                       "SELECT (SELECT group_concat(id || ',' || person_id || ',' || day || ',' || check_in || ','"
	                       "  || ifnull(check_out, '-') || ',' || status, ';') FROM visits)"
	                       " || '|' || (SELECT count(*) FROM visit_history)"
	                       " || '|' || (SELECT ifnull(sum(seconds), 0) FROM visit_month_hours)"
	                       " || '|' || (SELECT count(*) FROM outbox)", -1, &st, NULL) == SQLITE_OK &&
	    sqlite3_step(st) == SQLITE_ROW)
		s = xstrdup((const char *)sqlite3_column_text(st, 0));
	sqlite3_finalize(st);
	return s ? s : xstrdup("?");
}

/* True when the file is as snapshot `before` says. */
static bool unchanged(struct db *db, const char *before)
{
	char *now = snapshot(db);
	bool same = !strcmp(now, before);
	free(now);
	return same;
}

/* True when SQL run on the file itself is refused by a guard. */
static bool refused(struct db *db, const char *sql)
{
	return (sqlite3_exec(db->handle, sql, NULL, NULL, NULL) & 0xFF) == SQLITE_CONSTRAINT;
}

static long long person(struct db *db, const char *name)
{
	struct person p = { .role = ROLE_PARTICIPANT, .is_active = true };
	long long id = 0;
	snprintf(p.name, sizeof p.name, "%s", name);
	strcpy(p.lang, "sl");
	store_person_insert(db, &p, at("2026-11-02T09:00"), &id);
	return id;
}

/* Straight through the store, and with SQL on the file itself: a visit
 * that ends before it begins or overlaps another is refused, and nothing
 * of it is left behind. */
static void test_store_refuses(void)
{
	char *path = path_of("whole.db");
	struct db *db;
	db_open(path, true, &db);
	long long ana = person(db, "Ana Kovač"), morning = 0, open = 0, id = 0;
	struct change c = { .at = at("2026-11-23T16:30"), .by = ana, .reason = "test", .terminal = "door" };
	CHECK(store_visit_add(db, ana, 20261123, at("2026-11-23T08:00"), at("2026-11-23T12:00"), &c, &morning) == ERR_OK,
	      "a whole visit is stored");
	char *before = snapshot(db);
	CHECK(store_visit_add(db, ana, 20261123, at("2026-11-23T14:00"), at("2026-11-23T13:59"), &c, &id) == ERR_INVALID &&
	      unchanged(db, before), "an added visit that ends before it begins is refused; nothing changes");
	CHECK(store_visit_add(db, ana, 20261123, at("2026-11-23T11:00"), at("2026-11-23T13:00"), &c, &id) == ERR_INVALID &&
	      unchanged(db, before), "so is one that overlaps another visit of the person");
	c.at = at("2026-11-23T10:00");
	CHECK(store_visit_check_in(db, ana, 20261123, &c, &id) == ERR_INVALID && unchanged(db, before),
	      "so is a check-in inside a visit");
	CHECK(store_visit_correct(db, morning, at("2026-11-23T08:00"), at("2026-11-23T07:59"), &c) == ERR_INVALID &&
	      unchanged(db, before), "a correction that ends a visit before it begins is refused whole, history and all");

	c.at = at("2026-11-23T13:00");
	CHECK(store_visit_check_in(db, ana, 20261123, &c, &open) == ERR_OK, "a check-in after the visit is stored");
	free(before);
	before = snapshot(db);
	c.at = at("2026-11-23T12:59:59");
	CHECK(store_visit_check_out(db, open, &c) == ERR_INVALID && unchanged(db, before),
	      "a check-out a second before its check-in is refused");
	c.at = at("2026-11-23T16:30");
	CHECK(store_visit_add(db, ana, 20261123, at("2026-11-23T14:00"), at("2026-11-23T15:00"), &c, &id) == ERR_INVALID &&
	      unchanged(db, before), "an open visit lasts: nothing may be added after its check-in");
	CHECK(store_visit_correct(db, morning, at("2026-11-23T08:00"), at("2026-11-23T13:30"), &c) == ERR_INVALID &&
	      unchanged(db, before), "nor may a correction stretch another visit into it");
	db_begin_write(db);
	enum rota_err e = store_visit_close(db, open, at("2026-11-23T12:00"), &c);
	CHECK(db_end_write(db, e) == ERR_INVALID && unchanged(db, before),
	      "a mentor's close before the check-in is refused, in its transaction");
	char *sql = xasprintf("UPDATE visits SET check_out = check_in - 1, status = 'closed' WHERE id = %lld;", open);
	CHECK(refused(db, sql) && unchanged(db, before),
	      "by any path: SQL on the file itself cannot end a visit before it begins");
	free(sql);
	sql = xasprintf("INSERT INTO visits(person_id, day, check_in, check_out, status) VALUES (%lld, 20261123, %lld, %lld,"
	                " 'closed');", ana, (long long)at("2026-11-23T09:00"), (long long)at("2026-11-23T10:00"));
	CHECK(refused(db, sql) && unchanged(db, before),
	      "nor add an overlapping one");
	free(sql);

	c.at = at("2026-11-23T13:00");
	CHECK(store_visit_check_out(db, open, &c) == ERR_OK, "in and out in one second: a visit of no length, whole");
	CHECK(store_visit_check_in(db, ana, 20261123, &c, &open) == ERR_OK, "and back in that second: no overlap");
	c.at = at("2026-11-23T13:00:05");
	CHECK(store_visit_undo(db, open, &c) == ERR_OK, "that check-in is undone");
	c.at = at("2026-11-23T16:30");
	CHECK(store_visit_add(db, ana, 20261123, at("2026-11-23T13:00"), at("2026-11-23T14:00"), &c, &id) == ERR_OK,
	      "an undone visit is no visit");
	free(before);
	db_close(db);
	free(path);
}

struct candidate {
	long long *who;
	int day;
	const char *in, *out;
	bool overlaps;
	const char *desc;
};

/* The guards and a mentor's rules (visit_check_times over the visits a
 * correction reads) give the same verdict on the edges: a visit of no
 * length, an end unknown, an open visit (that lasts), and one left open
 * since an earlier day (a forgotten check-out, outside the look-back). */
static void test_guard_equals_correction_rule(void)
{
	char *path = path_of("rule.db");
	struct app *app;
	long long maja, ana, luka, id;
	struct scan_result r;
	char pa[BADGE_DIGITS + 1], pl[BADGE_DIGITS + 1];
	app_open(path, true, "mentor", &app);
	app_person_add(app, "Maja Novak", ROLE_MENTOR, "sl", at("2026-11-02T09:00"), &maja);
	app_person_add(app, "Ana Kovač", ROLE_PARTICIPANT, "sl", at("2026-11-02T09:00"), &ana);
	app_person_add(app, "Luka Horvat", ROLE_PARTICIPANT, "hr", at("2026-11-02T09:00"), &luka);
	app_badge_issue(app, ana, 0, at("2026-11-02T09:00"), pa);
	app_badge_issue(app, luka, 0, at("2026-11-02T09:00"), pl);
	app->cfg.guard_s = 0;
	app_scan(app, pl, at("2026-11-20T08:00"), &r);         /* Friday, never checked out */
	app_scan(app, pa, at("2026-11-23T08:00"), &r);
	app_scan(app, pa, at("2026-11-23T12:00"), &r);
	app_scan(app, pa, at("2026-11-23T13:00"), &r);         /* in and out in one second */
	app_scan(app, pa, at("2026-11-23T13:00"), &r);
	app_scan(app, pa, at("2026-11-23T14:00"), &r);
	struct change c = { .at = at("2026-11-23T14:30"), .by = maja };
	db_begin_write(app->db);
	db_end_write(app->db, store_visit_end_unknown(app->db, r.visit_id, &c)); /* an end unknown at 14:00 */
	app_scan(app, pa, at("2026-11-23T16:00"), &r);         /* in since 16:00 */
	time_t now = at("2026-11-23T17:00");
	const struct candidate cases[] = {
		{ &ana, 20261123, "07:00", "08:00", false, "ending as another begins" },
		{ &ana, 20261123, "07:00", "08:01", true, "across another's check-in" },
		{ &ana, 20261123, "11:59", "12:30", true, "across another's check-out" },
		{ &ana, 20261123, "12:00", "13:00", false, "from one check-out to a visit of no length" },
		{ &ana, 20261123, "13:00", "13:30", false, "from a visit of no length" },
		{ &ana, 20261123, "12:30", "13:30", true, "around a visit of no length" },
		{ &ana, 20261123, "13:30", "14:00", false, "up to an end unknown" },
		{ &ana, 20261123, "14:00", "15:00", false, "from an end unknown" },
		{ &ana, 20261123, "13:30", "14:30", true, "around an end unknown" },
		{ &ana, 20261123, "15:00", "16:00", false, "up to an open visit" },
		{ &ana, 20261123, "16:30", "17:00", true, "while a visit is open" },
		{ &luka, 20261121, "08:00", "09:00", true, "the day after a check-out was forgotten" },
		{ &luka, 20261123, "08:00", "09:00", false, "days after it" },
	};
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		const struct candidate *k = &cases[i];
		char *before = snapshot(app->db), ymd[11], in_s[24], out_s[24];
		db_begin_write(app->db);
		enum rota_err by_rule = app_visit_add(app, *k->who, k->day, k->in, k->out, maja, "x", now, &id, NULL);
		db_end_write(app->db, ERR_CONFLICT); /* taken back, whatever it did */
		date_format_ymd(k->day, ymd);
		snprintf(in_s, sizeof in_s, "%sT%s", ymd, k->in);
		snprintf(out_s, sizeof out_s, "%sT%s", ymd, k->out);
		db_begin_write(app->db);
		enum rota_err by_guard = store_visit_add(app->db, *k->who, k->day, at(in_s), at(out_s), &c, &id);
		db_end_write(app->db, ERR_CONFLICT);
		char *desc = xasprintf("%s: %s by both the rule and the guard", k->desc, k->overlaps ? "refused" : "allowed");
		CHECK((k->overlaps ? by_rule == ERR_VISIT_OVERLAP && by_guard == ERR_INVALID
		                   : by_rule == ERR_OK && by_guard == ERR_OK) && unchanged(app->db, before), desc);
		if (k->overlaps ? by_rule != ERR_VISIT_OVERLAP || by_guard != ERR_INVALID : by_rule || by_guard)
			fprintf(stderr, "  rule: %s, guard: %s\n", err_name(by_rule), err_name(by_guard));
		free(desc);
		free(before);
	}
	app_close(app);
	free(path);
}

struct whole_count {
	int visits, inverted, overlaps;
	struct visit v[64];
};

static void keep(const struct visit_row *row, void *ctx)
{
	struct whole_count *w = ctx;
	if (w->visits < 64)
		w->v[w->visits++] = row->visit;
}

/* Counts the visits of one person that end before they begin, and the
 * pairs that overlap (each begins before the other ends). */
static struct whole_count whole_count(struct app *app, long long person_id)
{
	struct whole_count w = { 0 };
	app_visits_of(app, person_id, 0, 0, keep, &w);
	for (int i = 0; i < w.visits; i++) {
		const struct visit *a = &w.v[i];
		w.inverted += a->status == VISIT_CLOSED && a->check_out < a->check_in;
		time_t a_end = a->status == VISIT_CLOSED ? a->check_out : a->status == VISIT_OPEN ? (time_t)1 << 40 : a->check_in;
		for (int j = i + 1; j < w.visits; j++) {
			const struct visit *b = &w.v[j];
			time_t b_end = b->status == VISIT_CLOSED ? b->check_out
			               : b->status == VISIT_OPEN ? (time_t)1 << 40 : b->check_in;
			w.overlaps += a->status != VISIT_UNDONE && b->status != VISIT_UNDONE && a->check_in < b_end &&
			              b->check_in < a_end;
		}
	}
	return w;
}

/* Two terminals scan one card: each read its clock before it waited for
 * the write lock, so the second to write holds an older time than the
 * first wrote. Its scan is recorded at the time already recorded, never
 * before it; a clock set back further is recorded the same way, and
 * marked doubtful for the review. */
static void test_scans_out_of_order(void)
{
	char *path = path_of("race.db");
	struct app *door, *mentor;
	long long ana;
	char pa[BADGE_DIGITS + 1];
	struct scan_result r;
	app_open(path, true, "door", &door);
	app_open(path, false, "mentor", &mentor);
	app_person_add(door, "Ana Kovač", ROLE_PARTICIPANT, "sl", at("2026-11-02T09:00"), &ana);
	app_badge_issue(door, ana, 0, at("2026-11-02T09:00"), pa);
	door->cfg.guard_s = mentor->cfg.guard_s = 0;
	time_t t = at("2026-11-23T08:00:00");
	CHECK(app_scan(door, pa, t + 1, &r) == ERR_OK && r.action == ATT_CHECK_IN && r.at == t + 1,
	      "the door checks in at 08:00:01");
	CHECK(app_scan(mentor, pa, t, &r) == ERR_OK && r.action == ATT_CHECK_OUT && r.at == t + 1,
	      "the other terminal's scan, read at 08:00:00, checks out at 08:00:01, not before the check-in");
	CHECK(app_scan(mentor, pa, t, &r) == ERR_OK && r.action == ATT_CHECK_IN && r.at == t + 1,
	      "and its next checks in at 08:00:01, not inside the visit just closed");
	CHECK(app_scan(door, pa, t + 2, &r) == ERR_OK && r.action == ATT_CHECK_OUT && r.at == t + 2 &&
	      !r.clock_doubtful, "a scan on time is recorded as read, its clock trusted");
	struct whole_count w = whole_count(door, ana);
	CHECK(w.visits == 2 && w.inverted == 0 && w.overlaps == 0, "two whole visits, none overlapping");

	CHECK(app_scan(door, pa, t + 4 * 3600, &r) == ERR_OK && r.action == ATT_CHECK_IN, "back at noon");
	CHECK(app_scan(mentor, pa, t + 3600, &r) == ERR_OK && r.action == ATT_CHECK_OUT && r.at == t + 4 * 3600 &&
	      r.clock_doubtful, "a clock three hours behind checks out at the check-in, marked for the review");
	w = whole_count(door, ana);
	CHECK(w.inverted == 0 && w.overlaps == 0, "the visits stay whole");

	t = at("2026-11-23T15:00:00");
	struct scan_result out;
	CHECK(app_scan(door, pa, t - 3600, &r) == ERR_OK && r.action == ATT_CHECK_IN &&
	      app_scan(door, pa, t, &out) == ERR_OK && out.action == ATT_CHECK_OUT, "in at two, out at three");
	app_scan(mentor, pa, t, &r);
	app_scan(mentor, pa, t, &r);
	char *before = snapshot(door->db);
	CHECK(app_scan_undo(door, &out, t + 5) == ERR_UNDO_TOO_LATE && unchanged(door->db, before),
	      "once the card was in and out again elsewhere, the check-out cannot be undone across it");
	free(before);
	app_close(door);
	app_close(mentor);
	free(path);
}

/* A file from before the guards, with a visit that ends before it begins
 * and a check-in inside an earlier visit (what racing scans left), opens
 * and is upgraded; the person checks out as always, a mentor's correction
 * mends the fault, and from then on the guards hold. */
static void test_old_file_with_faults(void)
{
	char *path = path_of("faults.db");
	struct app *app;
	long long ana, luka, maja;
	char pa[BADGE_DIGITS + 1], pl[BADGE_DIGITS + 1];
	struct scan_result r;
	app_open(path, true, "door", &app);
	app_person_add(app, "Maja Novak", ROLE_MENTOR, "sl", at("2026-11-02T09:00"), &maja);
	app_person_add(app, "Ana Kovač", ROLE_PARTICIPANT, "sl", at("2026-11-02T09:00"), &ana);
	app_person_add(app, "Luka Horvat", ROLE_PARTICIPANT, "hr", at("2026-11-02T09:00"), &luka);
	app_badge_issue(app, ana, 0, at("2026-11-02T09:00"), pa);
	app_badge_issue(app, luka, 0, at("2026-11-02T09:00"), pl);
	char *sql = xasprintf(TEST_UNDO_SCHEMA_19 TEST_UNDO_SCHEMA_17 TEST_UNDO_SCHEMA_15 TEST_UNDO_SCHEMA_14 "PRAGMA user_version=13;"
	                      "INSERT INTO visits(person_id, day, check_in, check_out, status) VALUES"
	                      " (%lld, 20261123, %lld, %lld, 'closed'), (%lld, 20261123, %lld, %lld, 'closed'),"
	                      " (%lld, 20261123, %lld, NULL, 'open');",
	                      ana, (long long)at("2026-11-23T08:00:01"), (long long)at("2026-11-23T08:00:00"),
	                      luka, (long long)at("2026-11-23T08:00"), (long long)at("2026-11-23T08:30"),
	                      luka, (long long)at("2026-11-23T08:10"));
	int rc = sqlite3_exec(app->db->handle, sql, NULL, NULL, NULL);
	free(sql);
	app_close(app);
	CHECK(rc == SQLITE_OK, "a schema 13 file with a visit that ends before it begins and two that overlap");
	if (!CHECK(app_open(path, false, "door", &app) == ERR_OK && db_file_version(app->db) == db_schema_version(),
	           "it opens and is upgraded"))
		return;
	CHECK(app_scan(app, pl, at("2026-11-23T12:00"), &r) == ERR_OK && r.action == ATT_CHECK_OUT,
	      "the person inside an old overlap checks out as always");
	CHECK(app_scan(app, pa, at("2026-11-23T12:00"), &r) == ERR_OK && r.action == ATT_CHECK_IN,
	      "and the one with the backwards visit checks in");
	struct visit v;
	app_visit_get(app, 1, &v);
	CHECK(v.check_out < v.check_in && app_visit_correct(app, 1, "08:00", "11:00", maja, "mended", at("2026-11-23T12:30"), NULL) == ERR_OK,
	      "a mentor's correction mends the backwards visit");
	char *before = snapshot(app->db);
	sql = xasprintf("INSERT INTO visits(person_id, day, check_in, check_out, status) VALUES (%lld, 20261124, 200, 100,"
	                " 'closed');", ana);
	CHECK(refused(app->db, sql) && unchanged(app->db, before),
	      "and the guards hold for what comes");
	free(sql);
	free(before);
	app_close(app);
	free(path);
}

/* The guards read the person's visits of a day or two through
 * visits_person_day: a check-in costs the same in a file of years. */
static void test_guard_cost(void)
{
	int steps[2];
	for (int k = 0; k < 2; k++) {
		char *path = path_of(k ? "years.db" : "days.db");
		struct db *db;
		db_open(path, true, &db);
		long long ana = person(db, "Ana Kovač");
		for (int i = 0; i < 3; i++)
			person(db, "Oseba");
		/* Ten workshop-years of her visits, and everyone's on her day. */
		db_begin_write(db);
		sqlite3_stmt *st;
		sqlite3_prepare_v2(db->handle, "INSERT INTO visits(person_id, day, check_in, check_out, status)"
		                   " VALUES (?, ?, ?, ?, 'closed')", -1, &st, NULL);
		int days = k ? 2500 : 3, day = 20160104;
		for (int i = 0; i < days; i++, day = date_add_days(day, 1))
			for (long long p = ana; p <= (k ? ana + 3 : ana); p++) {
				time_t start = date_day_start(day) + 8 * 3600;
				sqlite3_bind_int64(st, 1, p);
				sqlite3_bind_int(st, 2, day);
				sqlite3_bind_int64(st, 3, start);
				sqlite3_bind_int64(st, 4, start + 6 * 3600);
				sqlite3_step(st);
				sqlite3_reset(st);
			}
		sqlite3_finalize(st);
		db_end_write(db, ERR_OK);
		sqlite3_prepare_v2(db->handle, "INSERT INTO visits(person_id, day, check_in, status) VALUES (?, ?, ?, 'open')",
		                   -1, &st, NULL);
		sqlite3_bind_int64(st, 1, ana);
		sqlite3_bind_int(st, 2, day);
		sqlite3_bind_int64(st, 3, date_day_start(day) + 8 * 3600);
		int rc = sqlite3_step(st);
		steps[k] = rc == SQLITE_DONE ? sqlite3_stmt_status(st, SQLITE_STMTSTATUS_VM_STEP, 0) : -1;
		sqlite3_finalize(st);
		db_close(db);
		free(path);
	}
	printf("  a check-in's steps: %d on a file of days, %d on one of ten years\n", steps[0], steps[1]);
	CHECK(steps[0] > 0 && steps[1] > 0 && steps[1] < steps[0] + 50, "a check-in's guard reads a day or two, not years");
}

void suite_whole(void)
{
	test_store_refuses();
	test_guard_equals_correction_rule();
	test_scans_out_of_order();
	test_old_file_with_faults();
	test_guard_cost();
}
