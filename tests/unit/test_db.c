/* Unit tests of the store's one write primitive, the meaning of its errors,
 * its statement cache, and the PIN check that never holds the write lock. */
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "app/app.h"
#include "app/badge.h"
#include "app/groups.h"
#include "app/mentor.h"
#include "app/people.h"
#include "app/processes.h"
#include "store/db_internal.h"
#include "store/people.h"
#include "tests/harness.h"
#include "tests/unit/suites.h"
#include "util/alloc.h"

static int count_people(struct db *db)
{
	struct person *list;
	size_t n = 0;
	if (store_person_list(db, false, &list, &n) != ERR_OK)
		return -1;
	free(list);
	return (int)n;
}

static long long add_person(struct db *db, const char *name)
{
	struct person p = { .role = ROLE_PARTICIPANT, .is_active = true };
	long long id = 0;
	snprintf(p.name, sizeof p.name, "%s", name);
	snprintf(p.lang, sizeof p.lang, "sl");
	return store_person_insert(db, &p, 1000, &id) == ERR_OK ? id : 0;
}

static void test_nested_writes(void)
{
	char *path = xasprintf("%s/nested.db", test_tmpdir());
	struct db *db;
	db_open(path, true, &db);

	CHECK(db_begin_write(db) == ERR_OK && add_person(db, "Ana Kovač") > 0 &&
	      db_begin_write(db) == ERR_OK && add_person(db, "Ivan Babić") > 0 &&
	      db_end_write(db, ERR_OK) == ERR_OK && db_end_write(db, ERR_OK) == ERR_OK,
	      "two nested levels that succeed commit once");
	CHECK(count_people(db) == 2, "both rows are there");

	db_begin_write(db);
	add_person(db, "Luka Čeh");
	db_begin_write(db);
	CHECK(db_end_write(db, ERR_INVALID) == ERR_INVALID, "an inner level reports its own failure");
	db_begin_write(db);
	CHECK(db_end_write(db, ERR_CONFLICT) == ERR_INVALID, "a later level hears of the first failure");
	CHECK(db_end_write(db, ERR_OK) == ERR_INVALID,
	      "the outer level that thought it succeeded learns of the inner failure");
	CHECK(count_people(db) == 2, "and nothing of the transaction was kept (sticky rollback)");

	CHECK(db_begin_write(db) == ERR_OK && add_person(db, "Maja Novak") > 0 &&
	      db_end_write(db, ERR_OK) == ERR_OK && count_people(db) == 3,
	      "the next write starts clean after a rolled-back one");
	db_close(db);
	free(path);
}

static void test_error_meanings(void)
{
	char *path = xasprintf("%s/meanings.db", test_tmpdir());
	struct app *app;
	app_open(path, true, NULL, &app);
	struct process p = { .capacity = 4, .is_active = true };
	snprintf(p.code, sizeof p.code, "ironing");
	snprintf(p.name_sl, sizeof p.name_sl, "Likanje");
	snprintf(p.name_hr, sizeof p.name_hr, "Glačanje");
	snprintf(p.name_en, sizeof p.name_en, "Ironing");
	CHECK(app_process_add(app, &p) == ERR_OK, "a new process is added");
	CHECK(app_process_add(app, &p) == ERR_CONFLICT, "the same code again is a conflict, not a failed write");
	long long gid = 0, ana = 0;
	CHECK(app_group_add(app, "Skupina A", 0, 0, 1000, &gid) == ERR_OK, "a group is added");
	CHECK(app_group_add(app, "Skupina A", 0, 0, 1000, &gid) == ERR_CONFLICT, "a taken group name is a conflict");
	app_person_add(app, "Ana Kovač", ROLE_PARTICIPANT, "sl", 1000, &ana);
	CHECK(app_group_join(app, 9999, ana, 1000) == ERR_NOT_FOUND, "joining a group that is not there: not found");
	app_close(app);
	free(path);
}

static void test_statement_cache_grows(void)
{
	struct db *db;
	db_open(":memory:", true, &db);
	/* Distinct literals, as distinct call sites would have. */
	enum { N = 200 };
	static char sql[N][32];
	bool all = true;
	for (int i = 0; i < N; i++) {
		snprintf(sql[i], sizeof sql[i], "SELECT %d", i);
		sqlite3_stmt *st = db_stmt(db, sql[i]);
		all = all && sqlite3_step(st) == SQLITE_ROW && sqlite3_column_int(st, 0) == i;
		sqlite3_reset(st);
	}
	CHECK(all && db->nstmt == N, "200 statements are prepared and cached (the cache grows)");
	sqlite3_stmt *again = db_stmt(db, sql[7]);
	CHECK(sqlite3_step(again) == SQLITE_ROW && sqlite3_column_int(again, 0) == 7 && db->nstmt == N,
	      "a statement asked for again comes from the cache");
	sqlite3_reset(again);
	db_close(db);
}

#ifndef NDEBUG
static void test_statement_reentry_is_caught(void)
{
	static const char sql[] = "SELECT 1 UNION ALL SELECT 2";
	fflush(NULL);
	pid_t child = fork();
	if (child == 0) {
		struct db *db;
		db_open(":memory:", true, &db);
		freopen("/dev/null", "w", stderr);
		sqlite3_stmt *st = db_stmt(db, sql);
		sqlite3_step(st);
		db_stmt(db, sql); /* as a row callback calling its own store function */
		_exit(0);
	}
	int status = 0;
	waitpid(child, &status, 0);
	CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 70,
	      "a statement re-entered while it is still stepping stops a debug build");
}
#endif

static void test_pin_check_outside_the_lock(void)
{
	char *path = xasprintf("%s/pinlock.db", test_tmpdir());
	struct app *app;
	long long maja = 0;
	char badge[BADGE_DIGITS + 1];
	app_open(path, true, NULL, &app);
	app_person_add(app, "Maja Novak", ROLE_MENTOR, "sl", 1000, &maja);
	app_person_set_pin(app, maja, "2468");
	app_badge_issue(app, maja, 0, 1000, badge);
	for (int i = 0; i < 5; i++)
		app_mentor_sign_in(app, badge, "1111", 100, NULL, NULL);

	/* Another terminal holds the write lock, e.g. in the middle of a scan. */
	sqlite3 *other;
	sqlite3_open(path, &other);
	int rc = sqlite3_exec(other, "BEGIN IMMEDIATE", NULL, NULL, NULL);
	sqlite3_busy_timeout(app->db->handle, 200); /* the test need not wait 5 s */
	CHECK(rc == SQLITE_OK && app_mentor_sign_in(app, badge, "2468", 150, NULL, NULL) == ERR_LOCKED,
	      "a paused PIN is refused without waiting for the write lock");
	CHECK(app_mentor_sign_in(app, badge, "2468", 500, NULL, NULL) == ERR_DB_BUSY,
	      "a PIN that must be counted waits for the lock, and says busy when it cannot have it");
	sqlite3_exec(other, "ROLLBACK", NULL, NULL, NULL);
	sqlite3_close(other);
	sqlite3_busy_timeout(app->db->handle, 5000);
	CHECK(app_mentor_sign_in(app, badge, "2468", 500, NULL, NULL) == ERR_OK,
	      "with the lock free the right PIN opens");
	app_close(app);
	free(path);
}

/* The reference linked in at build time is the schema today's migrations
 * make: a stale one would refuse every file. */
static void test_schema_reference_is_current(void)
{
	struct db *db;
	unsigned long long h = 0;
	CHECK(db_open(":memory:", true, &db) == ERR_OK && db_schema_hash(db, &h) == ERR_OK &&
	      h == db_schema_ref_hash, "the built-in schema hash is the one the migrations make");
	CHECK(sqlite3_exec(db->handle, "CREATE INDEX extra ON people(name)", NULL, NULL, NULL) == SQLITE_OK &&
	      db_schema_check(db) == ERR_DB_DAMAGED,
	      "and one index more is a different schema");
	db_close(db);
}

void suite_db(void)
{
	test_schema_reference_is_current();
	test_nested_writes();
	test_error_meanings();
	test_statement_cache_grows();
#ifndef NDEBUG
	test_statement_reentry_is_caught();
#endif
	test_pin_check_outside_the_lock();
}
