/* Unit tests of src/store on real SQLite files. The checks that look at the
 * file itself open it with SQLite directly, as another program would. */
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "store/db.h"
#include "store/people.h"
#include "store/processes.h"
#include "store/review.h"
#include "store/visits.h"
#include "tests/harness.h"
#include "tests/unit/suites.h"
#include "util/alloc.h"

static char *tmp_path(const char *name)
{
	return xasprintf("%s/%s", test_tmpdir(), name);
}

static int raw_int(const char *path, const char *sql)
{
	sqlite3 *h;
	sqlite3_stmt *st;
	int v = -999;
	if (sqlite3_open(path, &h) != SQLITE_OK)
		return v;
	if (sqlite3_prepare_v2(h, sql, -1, &st, NULL) == SQLITE_OK) {
		if (sqlite3_step(st) == SQLITE_ROW)
			v = sqlite3_column_int(st, 0);
		sqlite3_finalize(st);
	}
	sqlite3_close(h);
	return v;
}

static int raw_exec(const char *path, const char *sql)
{
	sqlite3 *h;
	if (sqlite3_open(path, &h) != SQLITE_OK)
		return -1;
	int rc = sqlite3_exec(h, sql, NULL, NULL, NULL);
	sqlite3_close(h);
	return rc;
}

static void test_open_rules(void)
{
	char *path = tmp_path("open.db");
	struct db *db;
	CHECK(db_open(path, false, &db) == ERR_NOT_FOUND, "without create a missing file is not made");
	CHECK(db_open(path, true, &db) == ERR_OK, "a new file opens");
	struct stat sb;
	CHECK(stat(path, &sb) == 0 && (sb.st_mode & 0777) == 0600, "the file is private (0600)");
	CHECK(db_file_version(db) == db_schema_version(), "the schema is current");
	db_close(db);
	CHECK(raw_int(path, "PRAGMA application_id") == DB_APPLICATION_ID, "application id is set");
	CHECK(raw_int(path, "SELECT count(*) FROM pragma_journal_mode WHERE journal_mode = 'wal'") == 1,
	      "the file is in WAL mode");

	CHECK(db_open(path, false, &db) == ERR_OK, "an existing file opens");
	CHECK(db_is_durable(db), "WAL with synchronous=FULL on our connection");
	db_close(db);

	raw_exec(path, "PRAGMA user_version=99");
	CHECK(db_open(path, false, &db) == ERR_DB_NEWER, "a newer schema is refused");
	CHECK(raw_int(path, "PRAGMA user_version") == 99, "and left as it was");
	free(path);

	path = tmp_path("other.db");
	raw_exec(path, "CREATE TABLE invoices(x)");
	CHECK(db_open(path, true, &db) == ERR_DB_NOT_ROTA, "another program's database is refused");
	CHECK(raw_int(path, "SELECT count(*) FROM sqlite_schema") == 1, "and left untouched");
	free(path);

	path = tmp_path("text.db");
	FILE *f = fopen(path, "w");
	fputs("this is not a database, just a note that is long enough to be a header.........\n", f);
	fclose(f);
	CHECK(db_open(path, true, &db) == ERR_DB_NOT_ROTA, "a text file is refused");
	free(path);
}

static void test_processes_seeded(void)
{
	struct db *db;
	struct process *p;
	size_t n;
	db_open(":memory:", true, &db);
	CHECK(store_process_list(db, &p, &n) == ERR_OK && n == 5, "five work processes are seeded");
	if (n == 5) {
		CHECK(!strcmp(p[0].code, "collecting") && !strcmp(p[4].code, "sewing"), "in the workshop's order");
		CHECK(!strcmp(p[4].name_sl, "Pomoč pri šivanju") &&
		      !strcmp(p[4].name_hr, "Pomoćni poslovi kod šivanja") &&
		      !strcmp(p[0].name_en, "Collecting"), "with names in three languages");
		CHECK(p[2].capacity > 0, "and a station capacity");
	}
	free(p);
	db_close(db);
}

static void test_visits_keep_history(void)
{
	char *path = tmp_path("visits.db");
	struct db *db;
	long long pid, vid, vid2;
	struct person p = { .role = ROLE_PARTICIPANT, .is_active = true };
	strcpy(p.name, "Ana Kovač");
	strcpy(p.lang, "sl");
	db_open(path, true, &db);
	store_person_insert(db, &p, 1000, &pid);
	struct change c = { .at = 2000, .by = pid, .terminal = "test" };
	CHECK(store_visit_check_in(db, pid, 20261123, &c, &vid) == ERR_OK, "a check-in is stored");
	/* Two guards refuse it: the overlap with the first (migration 14),
	 * and behind it the one-open index. */
	CHECK(store_visit_check_in(db, pid, 20261123, &c, &vid2) != ERR_OK,
	      "a second open visit for one person is refused by the schema");
	c.at = 3000;
	CHECK(store_visit_check_out(db, vid, &c) == ERR_OK, "a check-out is stored");
	CHECK(store_visit_check_out(db, vid, &c) == ERR_INVALID, "a closed visit cannot be closed again");
	int n;
	store_visit_history_count(db, vid, &n);
	CHECK(n == 0, "the scans are recorded in the visit row itself");
	c.at = 3010;
	CHECK(store_visit_undo(db, vid, &c) == ERR_OK, "an undo of the check-out is stored");
	struct visit v;
	store_visit_get(db, vid, &v);
	CHECK(v.status == VISIT_OPEN && v.check_out == 0, "the undone check-out opens the visit again");
	store_visit_history_count(db, vid, &n);
	CHECK(n == 1, "the undo is in the history");
	db_close(db);
	CHECK(raw_exec(path, "DELETE FROM visits") != SQLITE_OK, "visits are never deleted");
	CHECK(raw_exec(path, "UPDATE visit_history SET reason = 'x'") != SQLITE_OK,
	      "history is never rewritten");
	CHECK(raw_exec(path, "DELETE FROM people") != SQLITE_OK, "people are never deleted");
	CHECK(raw_exec(path, "DELETE FROM visit_history") != SQLITE_OK,
	      "history is never deleted (its guards came through migration 5)");
	CHECK(raw_int(path, "SELECT count(*) FROM visit_history WHERE action = 'undo'"
	                    " AND old_status = 'closed' AND old_check_out = 3000"
	                    " AND new_status = 'open' AND new_check_out IS NULL") == 1,
	      "the undo row keeps the values before and after");
	free(path);
}

static void test_people_order(void)
{
	struct db *db;
	const char *names[] = { "Žan Z", "Zala Z", "Čedo C", "Cvetka C" };
	db_open(":memory:", true, &db);
	for (int i = 0; i < 4; i++) {
		struct person p = { .role = ROLE_PARTICIPANT, .is_active = true };
		strcpy(p.name, names[i]);
		strcpy(p.lang, "sl");
		store_person_insert(db, &p, 1, NULL);
	}
	struct person *list;
	size_t n;
	store_person_list(db, true, &list, &n);
	CHECK(n == 4 && !strcmp(list[0].name, "Cvetka C") && !strcmp(list[1].name, "Čedo C") &&
	      !strcmp(list[2].name, "Zala Z") && !strcmp(list[3].name, "Žan Z"),
	      "people are listed in Slovenian order");
	free(list);
	db_close(db);
}

static void count_visit(const struct visit_row *vr, void *ctx)
{
	(void)vr;
	++*(int *)ctx;
}

static void test_clock_marks(void)
{
	struct db *db;
	long long pid, v1, v2;
	time_t newest = -1;
	struct person p = { .role = ROLE_PARTICIPANT, .is_active = true };
	strcpy(p.name, "Ana Kovač");
	strcpy(p.lang, "sl");
	db_open(":memory:", true, &db);
	store_person_insert(db, &p, 1000, &pid);
	CHECK(store_clock_high_water(db, &newest) == ERR_OK && newest == 0, "no visits: no newest record");
	struct change c = { .at = 5000, .by = pid };
	store_visit_check_in(db, pid, 20261123, &c, &v1);
	c.at = 9000;
	store_visit_check_out(db, v1, &c);
	store_clock_advance(db, 9000);
	store_clock_advance(db, 7000);
	store_clock_high_water(db, &newest);
	CHECK(newest == 9000, "the high-water mark moves on, never back");
	c.at = 99000;
	store_visit_check_in(db, pid, 20271123, &c, &v2);
	CHECK(store_visit_mark_clock_doubtful(db, v2) == ERR_OK, "a visit is marked doubtful");
	int doubtful = 0;
	store_review_clock_doubtful(db, 20271101, 20271130, count_visit, &doubtful);
	CHECK(doubtful == 1, "it is read with the days it is in");
	doubtful = 0;
	store_review_clock_doubtful(db, 20271001, 20271031, count_visit, &doubtful);
	CHECK(doubtful == 0, "and not with a month before them");
	c.at = 99500;
	c.reason = "the clock was a year ahead";
	CHECK(store_visit_correct(db, v2, 95000, 96000, &c) == ERR_OK, "a doubtful visit is corrected");
	store_clock_high_water(db, &newest);
	CHECK(newest == 96000, "corrected times are trusted");
	c.at = 97000;
	store_visit_correct(db, v2, 95000, 200000, &c);
	store_clock_high_water(db, &newest);
	CHECK(newest == 97000, "but never past the time of the correction");
	db_close(db);
}

/* Migration 5 copies a schema 4 history row for row into a table that
 * also allows "added" and "close_open", and keeps its guards. */
static void test_migration_5(void)
{
	char *path = tmp_path("schema4.db");
	struct db *db;
	db_open(path, true, &db);
	db_close(db);
	CHECK(raw_exec(path, TEST_UNDO_SCHEMA_10 TEST_UNDO_SCHEMA_8
	               "DROP TABLE drafts; DROP TABLE closures; DROP TABLE absences;"
	               TEST_UNDO_SCHEMA_9 "DROP TABLE visit_history;"
	               "CREATE TABLE visit_history(visit_id INTEGER NOT NULL REFERENCES visits(id),"
	               " seq INTEGER NOT NULL, at INTEGER NOT NULL, by_person INTEGER REFERENCES people(id),"
	               " action TEXT NOT NULL CHECK(action IN ('check_in','check_out','end_unknown','undo','correct')),"
	               " reason TEXT, terminal TEXT, old_check_in INTEGER, old_check_out INTEGER, old_status TEXT,"
	               " new_check_in INTEGER, new_check_out INTEGER, new_status TEXT,"
	               " PRIMARY KEY(visit_id, seq)) WITHOUT ROWID;"
	               "INSERT INTO people(id, name, role, lang, active, created_at) VALUES (1, 'Ana', 'participant', 'sl', 1, 1);"
	               "INSERT INTO visits(id, person_id, day, check_in, status) VALUES (1, 1, 20261123, 100, 'end_unknown');"
	               "INSERT INTO visit_history VALUES (1, 1, 200, NULL, 'end_unknown', NULL, 'door',"
	               " 100, NULL, 'open', 100, NULL, 'end_unknown');"
	               "PRAGMA user_version=4;") == SQLITE_OK,
	      "a file at schema 4 with a history row");
	if (!CHECK(db_open(path, false, &db) == ERR_OK && db_file_version(db) == db_schema_version(), "it migrates")) {
		free(path);
		return;
	}
	int n = -1;
	store_visit_history_count(db, 1, &n);
	CHECK(n == 1, "the history row came through");
	long long id = 0;
	struct change c = { .at = 300, .reason = "card at home" };
	CHECK(store_visit_add(db, 1, 20261124, 400, 500, &c, &id) == ERR_OK, "an added visit can be recorded");
	db_close(db);
	CHECK(raw_int(path, "SELECT count(*) FROM visit_history WHERE action = 'added' AND old_status IS NULL") == 1,
	      "as added, with nothing before");
	CHECK(raw_exec(path, "DELETE FROM visit_history") != SQLITE_OK, "and the history is still never deleted");
	free(path);
}

void suite_store(void)
{
	test_migration_5();
	test_clock_marks();
	test_open_rules();
	test_processes_seeded();
	test_visits_keep_history();
	test_people_order();
}
