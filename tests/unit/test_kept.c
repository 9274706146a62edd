/* Unit tests of what makes the mentors' reads cost what they show: the
 * hours kept per person and month equal the hours recomputed from the
 * visits after every kind of change (scans, corrections, undo, additions,
 * closing, a migration of an older file, restores of backups), and no read
 * of one person's records scans a whole table. */
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/app.h"
#include "app/backup.h"
#include "app/process_hours.h"
#include "app/self.h"
#include "app/visits.h"
#include "core/hours.h"
#include "store/backup.h"
#include "store/calendar.h"
#include "store/db.h"
#include "store/db_internal.h"
#include "store/people.h"
#include "store/progress.h"
#include "store/review.h"
#include "store/rotation.h"
#include "store/visits.h"
#include "tests/harness.h"
#include "tests/unit/suites.h"
#include "util/alloc.h"

#define PEOPLE 4
#define MONTHS 3

static const int month_of[MONTHS] = { 202609, 202610, 202611 };

struct sums {
	long s[PEOPLE + 1][MONTHS];
};

/* The recomputed figure: every visit read, counted as the sheet counts. */
static void recount_visit(const struct visit_row *row, void *ctx)
{
	struct sums *r = ctx;
	const struct visit *v = &row->visit;
	if (v->status != VISIT_CLOSED || v->person_id < 1 || v->person_id > PEOPLE)
		return;
	for (int m = 0; m < MONTHS; m++)
		if (v->day / 100 <= month_of[m])
			r->s[v->person_id][m] += hours_visit_seconds(v, 0);
}

struct kept_ctx {
	struct sums *k;
	int m;
};

static void keep_seconds(long long person_id, long seconds, void *ctx)
{
	struct kept_ctx *c = ctx;
	if (person_id >= 1 && person_id <= PEOPLE)
		c->k->s[person_id][c->m] = seconds;
}

/* True when the kept hours to date of every person and month equal the
 * recomputed ones. */
static bool kept_equals_recount(struct db *db)
{
	struct sums recount = { 0 }, kept = { 0 };
	if (store_visit_each_of(db, 0, 0, 0, recount_visit, &recount) != ERR_OK)
		return false;
	for (int m = 0; m < MONTHS; m++) {
		struct kept_ctx c = { &kept, m };
		if (store_visit_seconds_to_month(db, month_of[m], keep_seconds, &c) != ERR_OK)
			return false;
	}
	return !memcmp(&recount, &kept, sizeof kept);
}

struct process_rows {
	struct process_hours v[64];
	int n;
};

static void keep_row(const struct process_hours *row, void *ctx)
{
	struct process_rows *r = ctx;
	if (r->n < 64)
		r->v[r->n++] = *row;
}

/* True when the hours per process of all history that the store keeps
 * equal those attributed visit by visit (from day 1: every visit). */
static bool by_process_equals_recount(const char *path)
{
	struct app *app;
	struct process_rows kept = { 0 }, recount = { 0 };
	if (app_open(path, false, "test", &app) != ERR_OK)
		return false;
	bool ok = app_hours_by_process(app, 0, 0, keep_row, &kept) == ERR_OK &&
	          app_hours_by_process(app, 0, 1, keep_row, &recount) == ERR_OK && kept.n == recount.n && kept.n > 0;
	for (int i = 0; ok && i < kept.n; i++)
		ok = kept.v[i].person_id == recount.v[i].person_id && kept.v[i].seconds == recount.v[i].seconds &&
		     !strcmp(kept.v[i].process_code, recount.v[i].process_code);
	app_close(app);
	return ok;
}

static char *path_of(const char *name)
{
	char *p = xasprintf("%s/%s", test_tmpdir(), name);
	remove(p);
	return p;
}

static long long visit_at(struct db *db, long long person, int day, time_t in, time_t out)
{
	struct change c = { .at = in, .terminal = "door" };
	long long id = 0;
	store_visit_check_in(db, person, day, &c, &id);
	if (out) {
		c.at = out;
		store_visit_check_out(db, id, &c);
	}
	return id;
}

/* Corrects visit id to end before it begins, as a file from before
 * migration 14 may hold one: its guards are set aside for this one write
 * and made again, word for word. */
static void correct_unguarded(struct db *db, long long id, time_t in, time_t out, const struct change *c)
{
	char *guards[2] = { NULL, NULL };
	sqlite3_stmt *st;
	int n = 0;
	sqlite3_prepare_v2(db->handle, "SELECT sql FROM sqlite_schema"
	                   " WHERE name IN ('visits_whole_insert', 'visits_whole_update')", -1, &st, NULL);
	while (n < 2 && sqlite3_step(st) == SQLITE_ROW)
		guards[n++] = xstrdup((const char *)sqlite3_column_text(st, 0));
	sqlite3_finalize(st);
	sqlite3_exec(db->handle, TEST_UNDO_SCHEMA_14, NULL, NULL, NULL);
	store_visit_correct(db, id, in, out, c);
	for (int i = 0; i < n; i++) {
		sqlite3_exec(db->handle, guards[i], NULL, NULL, NULL);
		free(guards[i]);
	}
}

/* Adds PEOPLE participants, ids 1 to PEOPLE, within a write. */
static void add_people(struct db *db)
{
	for (int i = 0; i < PEOPLE; i++) {
		struct person p = { .role = ROLE_PARTICIPANT, .is_active = true };
		long long id;
		snprintf(p.name, sizeof p.name, "Oseba %d", i);
		strcpy(p.lang, "sl");
		store_person_insert(db, &p, 1, &id);
	}
}

/* Four people, visits over three months, and every kind of change. */
static void fill(struct db *db)
{
	db_begin_write(db);
	add_people(db);
	time_t sep = 1789196400; /* 2026-09-12 08:00 local */
	struct change at = { .at = sep - 86400, .by = 4 };
	store_assign(db, 1, "sorting", 4, &at);                     /* before any visit */
	long long a = visit_at(db, 1, 20260912, sep, sep + 5 * 3600);
	visit_at(db, 2, 20260912, sep, sep + 3 * 3600);
	long long open = visit_at(db, 1, 20261012, sep + 30 * 86400, 0);
	long long late = visit_at(db, 3, 20261013, sep + 31 * 86400, sep + 31 * 86400 + 7200);
	struct change c = { .at = sep + 40 * 86400, .by = 4, .reason = "test" };
	store_visit_correct(db, a, sep + 1800, sep + 4 * 3600, &c);   /* shorter */
	correct_unguarded(db, a, sep, sep - 60, &c);                 /* ends before it begins */
	store_visit_end_unknown(db, open, &c);                       /* no hours */
	store_visit_correct(db, open, sep + 30 * 86400, sep + 30 * 86400 + 3600, &c); /* given an end */
	store_visit_undo(db, late, &c);                              /* closed -> open: no hours */
	at.at = sep + 2 * 3600;
	store_assign(db, 2, "cutting", 4, &at);                     /* in the middle of a closed visit */
	at.at = sep + 65 * 86400 + 300;
	store_assign(db, 2, "packing", 4, &at);                     /* and of one still open */
	at.at = sep + 40 * 86400;
	store_assign(db, 1, "cutting", 4, &at);                     /* moved on */
	store_visit_add(db, 4, 20261115, sep + 64 * 86400, sep + 64 * 86400 + 9000, &c, NULL);
	long long mid = visit_at(db, 2, 20261116, sep + 65 * 86400, 0);
	store_visit_close(db, mid, sep + 65 * 86400 + 600, &c);
	long long undone = visit_at(db, 3, 20261117, sep + 66 * 86400, 0);
	store_visit_undo(db, undone, &c);                            /* open -> undone */
	db_end_write(db, ERR_OK);
}

static void test_kept_hours(void)
{
	char *path = path_of("kept.db");
	struct db *db;
	db_open(path, true, &db);
	fill(db);
	struct sums kept = { 0 };
	struct kept_ctx c = { &kept, MONTHS - 1 };
	store_visit_seconds_to_month(db, month_of[MONTHS - 1], keep_seconds, &c);
	CHECK(kept.s[1][MONTHS - 1] == 3600 && kept.s[2][MONTHS - 1] == 3 * 3600 + 600 && kept.s[3][MONTHS - 1] == 0 &&
	      kept.s[4][MONTHS - 1] == 9000, "the kept hours count closed visits, corrected as corrected");
	CHECK(kept_equals_recount(db), "after scans, corrections, undo, additions and closing, kept = recounted");
	db_close(db);
	CHECK(by_process_equals_recount(path), "and so are the hours per process, across assignments made at any time");
	free(path);
}

/* A visit held after the programme ended counts in no kept figure; an
 * assignment made meanwhile counts it in no process; accepted, it counts
 * in all, as the recount (by visit_counts()) has it. */
static void test_kept_hours_after_end(void)
{
	char *path = path_of("kept-after-end.db");
	struct db *db;
	db_open(path, true, &db);
	fill(db);
	time_t nov = 1789196400 + 70 * 86400; /* 2026-11-21 08:00 local */
	db_begin_write(db);
	long long held = visit_at(db, 4, 20261121, nov, 0);
	store_visit_mark_after_end(db, held);
	struct change c = { .at = nov + 4 * 3600, .terminal = "door" };
	store_visit_check_out(db, held, &c);
	struct change at = { .at = nov + 3600, .by = 4 };
	store_assign(db, 4, "packing", 4, &at);                     /* in the middle of the held visit */
	db_end_write(db, ERR_OK);
	struct sums kept = { 0 };
	struct kept_ctx k = { &kept, MONTHS - 1 };
	store_visit_seconds_to_month(db, month_of[MONTHS - 1], keep_seconds, &k);
	CHECK(kept.s[4][MONTHS - 1] == 9000, "a visit held after the programme ended adds no kept hours");
	CHECK(kept_equals_recount(db), "held: kept = recounted");
	db_close(db);
	CHECK(by_process_equals_recount(path), "and no process counts it");
	db_open(path, false, &db);
	db_begin_write(db);
	CHECK(store_visit_accept(db, held, 4, nov + 86400) == ERR_OK, "a coordinator accepts it");
	CHECK(store_visit_accept(db, held, 4, nov + 86400) == ERR_NOT_FOUND, "once");
	db_end_write(db, ERR_OK);
	memset(&kept, 0, sizeof kept);
	store_visit_seconds_to_month(db, month_of[MONTHS - 1], keep_seconds, &k);
	CHECK(kept.s[4][MONTHS - 1] == 9000 + 4 * 3600, "accepted, its hours are kept");
	CHECK(kept_equals_recount(db), "accepted: kept = recounted");
	db_close(db);
	CHECK(by_process_equals_recount(path), "and its processes count it");
	free(path);
}

/* Runs sql on the file at path through a connection as the sqlite3 shell
 * opens one (none of rota's functions); returns SQLite's result. */
static int shell_exec(const char *path, const char *sql)
{
	sqlite3 *h;
	int rc = sqlite3_open(path, &h);
	if (rc == SQLITE_OK)
		rc = sqlite3_exec(h, sql, NULL, NULL, NULL);
	sqlite3_close(h);
	return rc;
}

/* The triggers count a visit by the C rule itself (rota_visit_seconds,
 * rota_process_seconds): the SQL functions give what core/hours.c gives,
 * and a connection without them reads the file but cannot change a visit
 * or an assignment, so no hand edit counts hours by another rule. */
static void test_the_rule_is_written_once(void)
{
	char *path = path_of("rule.db");
	struct db *db;
	db_open(path, true, &db);
	fill(db);
	struct visit v = { .status = VISIT_CLOSED, .check_in = 1000, .check_out = 5000 };
	long want[] = { hours_recorded_seconds(&v), hours_recorded_overlap_seconds(&v, 3000, 0),
		        hours_recorded_overlap_seconds(&v, 0, 2000), hours_recorded_overlap_seconds(&v, 6000, 0) };
	sqlite3_stmt *st;
	bool same = sqlite3_prepare_v2(db->handle,
	                               "SELECT rota_visit_seconds('closed', 1000, 5000),"
	                               " rota_process_seconds('closed', 1000, 5000, 3000, NULL),"
	                               " rota_process_seconds('closed', 1000, 5000, 0, 2000),"
	                               " rota_process_seconds('closed', 1000, 5000, 6000, 0),"
	                               " rota_visit_seconds('open', 1000, NULL) + rota_visit_seconds('end_unknown', 1000, NULL)"
	                               " + rota_process_seconds('undone', 1000, 5000, 0, 0)",
	                               -1, &st, NULL) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW;
	for (int i = 0; same && i < 4; i++)
		same = sqlite3_column_int64(st, i) == want[i];
	same = same && sqlite3_column_int64(st, 4) == 0;
	sqlite3_finalize(st);
	CHECK(same && want[0] == 4000 && want[1] == 2000 && want[2] == 1000 && want[3] == 0,
	      "the SQL functions count a visit and its part of an assignment as core/hours.c does");
	db_close(db);
	CHECK(shell_exec(path, "SELECT sum(seconds) FROM visit_month_hours; SELECT count(*) FROM visits") == SQLITE_OK,
	      "a connection without rota's functions (the sqlite3 shell) reads the file");
	CHECK(shell_exec(path, "UPDATE visits SET check_out = check_out + 60 WHERE status = 'closed'") == SQLITE_ERROR &&
	      shell_exec(path, "UPDATE assignments SET start_at = start_at + 60") == SQLITE_ERROR,
	      "but cannot change a visit or an assignment (no such function): no hours by another rule");
	CHECK(db_open(path, false, &db) == ERR_OK && kept_equals_recount(db), "and the kept hours are as they were");
	db_close(db);
	CHECK(by_process_equals_recount(path), "as are the hours per process");
	free(path);
}

/* A file from before the kept hours (schema 7) gets them filled when it is
 * opened; a backup of schema 7 restored gets them the same way; a current
 * backup restored brings its own, which match its visits. */
static void test_kept_hours_of_older_files(void)
{
	char *live = path_of("kept-live.db"), *old = path_of("kept-old.db"), *now = path_of("kept-now.db");
	struct db *db;
	struct restore_result res;
	struct records_report counts;
	db_open(live, true, &db);
	fill(db);
	fclose(fopen(old, "w"));
	store_backup_copy(db, old, &counts);
	fclose(fopen(now, "w"));
	store_backup_copy(db, now, &counts);
	db_begin_write(db);
	visit_at(db, 1, 20261118, 1795000000, 1795000000 + 4000);
	db_end_write(db, ERR_OK);
	db_close(db);

	sqlite3 *h;
	CHECK(sqlite3_open(old, &h) == SQLITE_OK &&
	      sqlite3_exec(h, "PRAGMA journal_mode=DELETE;" TEST_UNDO_SCHEMA_10 TEST_UNDO_SCHEMA_9 TEST_UNDO_SCHEMA_8
	                   "PRAGMA user_version=7", NULL, NULL,
	                   NULL) == SQLITE_OK, "a backup of schema 7 is made");
	sqlite3_close(h);

	CHECK(app_restore(live, old, true, 1795200000, &res) == ERR_OK, "a schema 7 backup restores");
	CHECK(db_open(live, false, &db) == ERR_OK && kept_equals_recount(db),
	      "and its kept hours are filled from its visits");
	CHECK(by_process_equals_recount(live), "and its hours per process");
	db_begin_write(db);
	visit_at(db, 2, 20261119, 1795100000, 1795100000 + 5000);
	db_end_write(db, ERR_OK);
	db_close(db);
	CHECK(app_restore(live, now, true, 1795300000, &res) == ERR_OK, "a current backup restores");
	CHECK(db_open(live, false, &db) == ERR_OK && kept_equals_recount(db),
	      "and its kept hours match its visits, not the replaced ones");
	CHECK(by_process_equals_recount(live), "and its hours per process");
	db_close(db);
	free(live);
	free(old);
	free(now);
}

struct self_recount {
	int from, today;
	time_t now;
	long total;
};

/* The self view's total recounted from every visit: closed ones whole, an
 * open one of this month up to now. */
static void recount_self(const struct visit_row *row, void *ctx)
{
	struct self_recount *r = ctx;
	const struct visit *v = &row->visit;
	if (v->day < r->from || v->day > r->today)
		return;
	if (v->status == VISIT_CLOSED || (v->status == VISIT_OPEN && v->day / 100 == r->today / 100))
		r->total += hours_visit_seconds(v, r->now);
}

/* The self view's hours since the programme began read a month of visits
 * and the kept months between, and come to what every visit adds up to:
 * without a programme, from the middle or the first of an earlier month,
 * and from this month. */
static void test_self_total(void)
{
	char *path = path_of("self.db");
	struct db *db;
	struct app *app;
	time_t now = 1795172400; /* 2026-11-20 12:00 local */
	db_open(path, true, &db);
	fill(db);
	db_begin_write(db);
	visit_at(db, 2, 20261120, now - 3600, 0); /* in now */
	static const int starts[PEOPLE + 1] = { 0, 0, 20260913, 20261116, 20261001 };
	for (int i = 1; i <= PEOPLE; i++)
		store_person_set_programme(db, i, starts[i], 0, 0);
	db_end_write(db, ERR_OK);
	db_close(db);
	bool same = app_open(path, false, "test", &app) == ERR_OK;
	for (int i = 1; same && i <= PEOPLE; i++) {
		struct self_summary got;
		struct self_recount want = { .from = starts[i], .today = 20261120, .now = now };
		same = app_self_summary(app, i, now, &got) == ERR_OK &&
		       app_visits_of(app, i, 0, 0, recount_self, &want) == ERR_OK && got.total_s == want.total;
		if (!same)
			fprintf(stderr, "  person %d: %ld, recounted %ld\n", i, got.total_s, want.total);
	}
	CHECK(same, "the self view's hours since the programme began equal the recount");
	if (same)
		app_close(app);
	free(path);
}

static void ignore_visit(const struct visit_row *r, void *ctx) { (void)r; (void)ctx; }
static void ignore_progress(const struct progress_entry *e, void *ctx) { (void)e; (void)ctx; }
static void ignore_assignment(const struct assignment *a, void *ctx) { (void)a; (void)ctx; }

static void ignore_expected(const struct expected_person *e, void *ctx) { (void)e; (void)ctx; }

/* Calls fn with each step of sql's query plan (and sql); returns whether
 * the plan could be read. */
static bool each_plan_step(struct db *db, const char *sql, void (*fn)(const char *sql, const char *detail, void *ctx),
                           void *ctx)
{
	char *explain = xasprintf("EXPLAIN QUERY PLAN %s", sql);
	sqlite3_stmt *st;
	bool read = sqlite3_prepare_v2(db->handle, explain, -1, &st, NULL) == SQLITE_OK;
	while (read && sqlite3_step(st) == SQLITE_ROW) {
		const char *detail = (const char *)sqlite3_column_text(st, 3);
		if (detail)
			fn(sql, detail, ctx);
	}
	if (read)
		sqlite3_finalize(st);
	free(explain);
	return read;
}

/* Counts a step that reads a whole table of records into *(int *)ctx. */
static void count_table_scan(const char *sql, const char *detail, void *ctx)
{
	/* A scan of a partial index reads only the rare rows it holds. */
	bool partial = strstr(detail, "visits_one_open") || strstr(detail, "visits_to_review");
	if (!strncmp(detail, "SCAN", 4) && !partial &&
	    (strstr(detail, "visits") || strstr(detail, "SCAN v") || strstr(detail, "progress") ||
	     strstr(detail, "assignments"))) {
		fprintf(stderr, "  %s\n  -> %s\n", sql, detail);
		(*(int *)ctx)++;
	}
}

/* Sets *(bool *)ctx when a step reads visits by the day index. */
static void note_day_index(const char *sql, const char *detail, void *ctx)
{
	(void)sql;
	if (strstr(detail, "visits_day_person"))
		*(bool *)ctx = true;
}

/* The query plan of every statement the store has prepared for reading one
 * person's records, the last days of everyone, or the review queue's
 * visits: none reads a whole table of records. */
static void test_one_person_reads_use_an_index(void)
{
	char *path = path_of("plans.db");
	struct db *db;
	db_open(path, true, &db);
	fill(db);
	store_visit_each_of(db, 2, 20260901, 20261130, ignore_visit, NULL);
	store_visit_each_of(db, 2, 0, 0, ignore_visit, NULL);
	store_progress_each(db, 2, ignore_progress, NULL);
	store_assignment_each_of(db, 2, ignore_assignment, NULL);
	int level;
	store_progress_latest(db, 2, PROGRESS_PROCESS, "sorting", &level);
	store_expected_each(db, 0, 20261001, ignore_expected, NULL);
	store_review_visits(db, VISIT_OPEN, 20261001, ignore_visit, NULL);
	store_review_visits(db, VISIT_END_UNKNOWN, 20261001, ignore_visit, NULL);
	store_review_clock_doubtful(db, 20261001, 20261031, ignore_visit, NULL);
	time_t latest;
	store_visit_latest_of(db, 2, 20261001, &latest);
	int checked = 0, scans = 0;
	for (size_t i = 0; i < db->nstmt; i++)
		if (!strncmp(db->cache[i].sql, "SELECT", 6))
			checked += each_plan_step(db, db->cache[i].sql, count_table_scan, &scans);
	CHECK(checked >= 8 && scans == 0, "one person's visits, progress and assignments come from an index");
	db_close(db);
	free(path);
}

struct period_rows {
	struct visit v[64];
	size_t n;
};

static void keep_period_row(const struct visit_row *row, void *ctx)
{
	struct period_rows *r = ctx;
	if (r->n < 64)
		r->v[r->n++] = row->visit;
}

/* A long period's visits read in the table's order come out as the day
 * index gives them: in day, check-in and id order, only the period's,
 * also when a visit added later belongs to an earlier day (its id is then
 * out of the days' order, and the ids between the first and the last hold
 * days outside the period). */
static void test_period_read(void)
{
	char *path = path_of("period.db");
	struct db *db;
	db_open(path, true, &db);
	fill(db);
	time_t sep = 1789196400; /* 2026-09-12 08:00 local */
	struct change c = { .at = sep + 70 * 86400, .by = 4, .reason = "forgotten" };
	db_begin_write(db);
	store_visit_add(db, 3, 20260915, sep + 3 * 86400, sep + 3 * 86400 + 3600, &c, NULL);
	store_visit_add(db, 2, 20261012, sep + 30 * 86400 - 3600, sep + 30 * 86400, &c, NULL);
	db_end_write(db, ERR_OK);
	static const int spans[][2] = { { 20260901, 20261130 }, { 20260913, 20261116 }, { 20261012, 20261012 },
		                        { 20260916, 20261011 }, { 20270101, 20270131 } };
	bool same = true;
	size_t most = 0;
	for (size_t k = 0; k < sizeof spans / sizeof *spans; k++) {
		struct period_rows by_index = { .n = 0 };
		struct visit *v = NULL;
		size_t n = 0;
		db_begin_read(db);
		store_visit_each_of(db, 0, spans[k][0], spans[k][1], keep_period_row, &by_index);
		enum rota_err e = store_visits_in(db, spans[k][0], spans[k][1], &v, &n);
		db_end_read(db, ERR_OK);
		same = same && e == ERR_OK && n == by_index.n;
		for (size_t i = 0; same && i < n; i++)
			same = v[i].id == by_index.v[i].id && v[i].person_id == by_index.v[i].person_id &&
			       v[i].day == by_index.v[i].day && v[i].check_in == by_index.v[i].check_in &&
			       v[i].check_out == by_index.v[i].check_out && v[i].status == by_index.v[i].status &&
			       v[i].is_held == by_index.v[i].is_held;
		most = n > most ? n : most;
		free(v);
	}
	CHECK(same && most >= 8, "a period read in the table's order gives the day index's visits, in its order");
	db_close(db);
	free(path);
}

/* Present on an excused day: one item a person and day, from an absence
 * that began before the look-back as from one inside it, none from a
 * cancelled absence; and the visits are reached from the absences, never
 * by the day index over the whole look-back. */
static void test_present_excused(void)
{
	char *path = path_of("excused.db");
	struct db *db;
	db_open(path, true, &db);
	time_t nov = 1794553200; /* 2026-11-13 08:00 local */
	db_begin_write(db);
	add_people(db);
	visit_at(db, 1, 20260915, nov - 59 * 86400, nov - 59 * 86400 + 3600); /* before the look-back */
	long long first = visit_at(db, 1, 20261113, nov, nov + 3600);
	visit_at(db, 1, 20261113, nov + 7200, nov + 9000); /* a second visit that day */
	long long other = visit_at(db, 2, 20261113, nov, nov + 3600);
	visit_at(db, 3, 20261113, nov, nov + 3600);
	struct absence long_ago = { .person_id = 1, .by_person = 4, .from = 20260601, .to = 20261231, .reason = "illness" };
	struct absence same_day = { .person_id = 1, .by_person = 4, .from = 20261113, .to = 20261113, .reason = "family" };
	struct absence two = { .person_id = 2, .by_person = 4, .from = 20261110, .to = 20261120, .reason = "illness" };
	struct absence gone = { .person_id = 3, .by_person = 4, .from = 20261113, .to = 20261113, .reason = "illness" };
	long long gone_id;
	store_absence_add(db, &long_ago, "door", NULL);
	store_absence_add(db, &same_day, "door", NULL);
	store_absence_add(db, &two, "door", NULL);
	store_absence_add(db, &gone, "door", &gone_id);
	store_absence_cancel(db, gone_id, 4, nov + 86400);
	db_end_write(db, ERR_OK);
	struct period_rows got = { .n = 0 };
	db_begin_read(db);
	store_review_present_excused(db, 20261001, keep_period_row, &got);
	db_end_read(db, ERR_OK);
	CHECK(got.n == 2 && got.v[0].id == first && got.v[1].id == other,
	      "present on an excused day: the first visit, once a person and day, none when cancelled");
	bool by_day = false;
	for (size_t i = 0; i < db->nstmt; i++)
		if (strstr(db->cache[i].sql, "absences a"))
			each_plan_step(db, db->cache[i].sql, note_day_index, &by_day);
	CHECK(!by_day, "and its visits come from each absence's person and days, not the look-back's days");
	db_close(db);
	free(path);
}

void suite_kept(void)
{
	test_period_read();
	test_present_excused();
	test_kept_hours_after_end();
	test_kept_hours();
	test_kept_hours_of_older_files();
	test_the_rule_is_written_once();
	test_one_person_reads_use_an_index();
	test_self_total();
}
