/* Unit tests of src/store/backup.c on real files: a live copy matches the
 * records at its moment even while another connection writes, a file is
 * examined without being changed, and a restore goes into the live file
 * that another connection keeps open. */
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/backup.h"
#include "store/backup.h"
#include "store/db.h"
#include "store/people.h"
#include "store/visits.h"
#include "tests/harness.h"
#include "tests/unit/raw_db.h"
#include "tests/unit/suites.h"
#include "util/alloc.h"
#include "util/collate.h"

static char *path_of(const char *name)
{
	char *p = xasprintf("%s/%s", test_tmpdir(), name);
	remove(p);
	return p;
}

static long long rows_of(const struct records_report *r, const char *table)
{
	for (int i = 0; i < r->ntables; i++)
		if (!strcmp(r->tables[i].name, table))
			return r->tables[i].rows;
	return -1;
}

/* Adds n people, each with one closed visit at t, t + 1, ... */
static void add_people(struct db *db, int n, time_t t)
{
	db_begin_write(db);
	for (int i = 0; i < n; i++) {
		struct person p = { .role = ROLE_PARTICIPANT, .is_active = true };
		long long id, v;
		snprintf(p.name, sizeof p.name, "Person %d", i);
		strcpy(p.lang, "sl");
		store_person_insert(db, &p, t, &id);
		struct change c = { .at = t + i };
		store_visit_check_in(db, id, 20261123, &c, &v);
		c.at = t + i + 3600;
		store_visit_check_out(db, v, &c);
	}
	db_end_write(db, ERR_OK);
}

static void test_copy_and_examine(void)
{
	char *live = path_of("live.db"), *copy = path_of("copy.db");
	struct db *db, *other;
	struct records_report at_copy, seen;
	db_open(live, true, &db);
	add_people(db, 5, 1795000000);

	/* Another terminal is in the middle of a write: the copy waits for
	 * nothing and holds only what was committed. */
	db_open(live, false, &other);
	db_begin_write(other);
	struct person p = { .role = ROLE_MENTOR, .is_active = true };
	strcpy(p.name, "Uncommitted");
	strcpy(p.lang, "sl");
	store_person_insert(other, &p, 1795000000, NULL);
	fclose(fopen(copy, "w"));
	CHECK(store_backup_copy(db, copy, &at_copy) == ERR_OK, "a copy is made while another connection writes");
	CHECK(db_end_write(other, ERR_OK) == ERR_OK, "and that write commits afterwards");
	db_close(other);
	CHECK(rows_of(&at_copy, "people") == 5 && rows_of(&at_copy, "visits") == 5,
	      "the counts are those of the moment of the copy");
	CHECK(store_file_examine(copy, &seen) == ERR_OK && records_report_is_sound(&seen) && seen.is_rota,
	      "the copy is a sound rota database");
	CHECK(seen.schema == db_schema_version(), "of this schema");
	CHECK(rows_of(&seen, "people") == 5 && seen.ntables == at_copy.ntables, "holding exactly what was counted");
	CHECK(seen.newest == 1795000000 + 4 + 3600, "its newest record is the last check-out");
	CHECK(raw_db_int(copy, "SELECT count(*) FROM pragma_journal_mode WHERE journal_mode = 'delete'") == 1,
	      "the copy is one file with a rollback journal, not WAL");

	CHECK(store_file_examine(live, &seen) == ERR_OK && rows_of(&seen, "people") == 6,
	      "the live file is examined read-only, with the later write");
	db_close(db);
	free(live);
	free(copy);
}

static void test_examine_bad_files(void)
{
	char *missing = path_of("missing.db"), *words = path_of("words.db"), *broken = path_of("broken.db");
	struct records_report r;
	struct db *db;
	CHECK(store_file_examine(missing, &r) == ERR_NOT_FOUND, "a missing file is not found");
	FILE *f = fopen(words, "w");
	fputs("not a database, only words, long enough to fill a header page of sixty bytes...\n", f);
	fclose(f);
	CHECK(store_file_examine(words, &r) == ERR_OK && !r.is_database && !records_report_is_sound(&r),
	      "a text file is no database");

	db_open(broken, true, &db);
	add_people(db, 200, 1795000000);
	db_close(db);
	/* Overwrite a page in the middle with 0xff bytes. */
	f = fopen(broken, "r+b");
	unsigned char page[4096];
	memset(page, 0xff, sizeof page);
	fseek(f, 4096L * 3, SEEK_SET);
	fwrite(page, 1, sizeof page, f);
	fclose(f);
	CHECK(store_file_examine(broken, &r) == ERR_OK && r.is_database && r.is_rota && !records_report_is_sound(&r),
	      "a damaged page is found");
	CHECK(r.integrity_problems != 0, "by the integrity check");
	free(missing);
	free(words);
	free(broken);
}

/* A file with more tables than a report holds is not called sound. */
static void test_examine_too_many_tables(void)
{
	char *many = path_of("many.db");
	sqlite3 *h;
	sqlite3_open(many, &h);
	for (int i = 0; i <= RECORDS_TABLES_MAX; i++) {
		char sql[64];
		snprintf(sql, sizeof sql, "CREATE TABLE t%02d(x)", i);
		sqlite3_exec(h, sql, NULL, NULL, NULL);
	}
	sqlite3_close(h);
	struct records_report r;
	CHECK(store_file_examine(many, &r) == ERR_OK && r.is_database && !records_report_is_sound(&r),
	      "tables past the report's limit are not left uncounted in silence");
	free(many);
}

static void test_restore_into_live(void)
{
	char *live = path_of("restore-live.db"), *backup = path_of("restore-backup.db"),
	     *kept = path_of("restore-kept.db");
	struct db *db, *kiosk;
	struct records_report at_copy, r;
	db_open(live, true, &db);
	add_people(db, 3, 1795000000);
	fclose(fopen(backup, "w"));
	store_backup_copy(db, backup, &at_copy);
	add_people(db, 4, 1795100000);

	/* A kiosk has the database open and has read from it. */
	db_open(live, false, &kiosk);
	struct visit v;
	CHECK(store_visit_get(kiosk, 7, &v) == ERR_OK, "the kiosk sees the seventh visit");
	fclose(fopen(kept, "w"));
	CHECK(store_restore_from(db, backup, kept) == ERR_OK, "a restore goes into the live file");
	CHECK(store_visit_get(kiosk, 7, &v) == ERR_NOT_FOUND, "the open kiosk sees the restored records at once");
	CHECK(store_visit_get(kiosk, 3, &v) == ERR_OK, "all of them");
	CHECK(store_file_examine(kept, &r) == ERR_OK && records_report_is_sound(&r) && rows_of(&r, "visits") == 7,
	      "the replaced records are kept whole");
	db_close(kiosk);
	db_close(db);
	CHECK(store_file_examine(live, &r) == ERR_OK && records_report_is_sound(&r) && rows_of(&r, "people") == 3,
	      "the live file is sound and holds the backup's records");
	CHECK(raw_db_int(live, "SELECT count(*) FROM pragma_journal_mode WHERE journal_mode = 'wal'") == 1,
	      "and stays in WAL mode");
	free(live);
	free(backup);
	free(kept);
}

static int collate_cb(void *unused, int alen, const void *a, int blen, const void *b)
{
	(void)unused;
	return collate_sl(a, (size_t)alen, b, (size_t)blen);
}

/* Turns a current file back into schema 3, as a backup from before the
 * clock mark would be (migration 5's drafts table goes too; its history
 * table is the same as before in every column; so do migration 9's tables
 * and the note's mark, and its triggers are made again on the way). */
static bool make_schema_3(const char *path)
{
	sqlite3 *h;
	bool ok = sqlite3_open(path, &h) == SQLITE_OK &&
	          sqlite3_create_collation(h, "rota_sl", SQLITE_UTF8, NULL, collate_cb) == SQLITE_OK &&
	          sqlite3_exec(h, "PRAGMA journal_mode=DELETE;" TEST_UNDO_SCHEMA_10 TEST_UNDO_SCHEMA_8
	                          "ALTER TABLE visits DROP COLUMN clock_doubtful;"
	                          "DROP TABLE clock_high_water; DROP TABLE drafts; DROP TABLE closures;"
	                          "DROP TABLE absences;" TEST_UNDO_SCHEMA_9 "PRAGMA user_version=3",
	                          NULL, NULL, NULL) == SQLITE_OK;
	sqlite3_close(h);
	return ok;
}

static void test_restore_older_schema(void)
{
	char *live = path_of("old-live.db"), *backup = path_of("old-backup.db");
	struct db *db, *kiosk;
	struct records_report at_copy, r;
	struct restore_result res;
	db_open(live, true, &db);
	add_people(db, 2, 1795000000);
	fclose(fopen(backup, "w"));
	store_backup_copy(db, backup, &at_copy);
	db_close(db);
	CHECK(make_schema_3(backup), "a backup of schema 3 is made");
	db_open(live, false, &kiosk);
	CHECK(app_restore(live, backup, true, 1795200000, &res) == ERR_OK, "a backup of an older schema restores");
	struct visit v;
	CHECK(store_visit_get(kiosk, 2, &v) == ERR_OK, "a running kiosk reads the restored visits");
	time_t high;
	CHECK(store_clock_high_water(kiosk, &high) == ERR_OK && high == 1795000000 + 1 + 3600,
	      "through the current schema (the clock mark was added on the way)");
	db_close(kiosk);
	CHECK(store_file_examine(live, &r) == ERR_OK && r.schema == db_schema_version() && records_report_is_sound(&r),
	      "the live file is at this schema and sound");
	CHECK(res.kept[0] && store_file_examine(res.kept, &r) == ERR_OK && rows_of(&r, "visits") == 2,
	      "the replaced records are kept");
	free(live);
	free(backup);
}

void suite_backup(void)
{
	test_restore_older_schema();
	test_copy_and_examine();
	test_examine_bad_files();
	test_examine_too_many_tables();
	test_restore_into_live();
}
