/* Unit tests of the change feed (store/feed.c) on a real SQLite file: every
 * change queues one outbox row in its own transaction, numbered without
 * gaps; the outbox refuses to be rewritten; a PIN's hash never enters it;
 * an older file queues what it holds once; the central copy takes rows back. */
#include <sqlite3.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/person.h"
#include "store/db_internal.h"
#include "store/feed.h"
#include "store/feed_prune.h"
#include "store/people.h"
#include "tests/harness.h"
#include "tests/unit/suites.h"
#include "util/alloc.h"
#include "util/text.h"

static long long one_int(struct db *db, const char *sql)
{
	sqlite3_stmt *st;
	long long v = -1;
	if (sqlite3_prepare_v2(db->handle, sql, -1, &st, NULL) == SQLITE_OK) {
		if (sqlite3_step(st) == SQLITE_ROW)
			v = sqlite3_column_int64(st, 0);
		sqlite3_finalize(st);
	}
	return v;
}

static long long add_person(struct db *db, const char *name)
{
	struct person p = { .role = ROLE_PARTICIPANT };
	snprintf(p.name, sizeof p.name, "%s", name);
	snprintf(p.lang, sizeof p.lang, "sl");
	long long id = 0;
	db_begin_write(db);
	db_end_write(db, store_person_insert(db, &p, 1795000000, &id));
	return id;
}

static void test_feed_changes(void)
{
	char *path = xasprintf("%s/feed.db", test_tmpdir());
	struct db *db;
	CHECK(db_open(path, true, &db) == ERR_OK, "a new file opens");
	char site[FEED_SITE_ID_MAX];
	CHECK(store_site_id(db, site, sizeof site) == ERR_OK && strlen(site) == 16, "it has a site id of 16 hex digits");
	long long before = one_int(db, "SELECT count(*) FROM outbox");
	CHECK(before > 0, "the rows made with the file (processes, skills) are queued once");
	long long id = add_person(db, "Ana");
	CHECK(one_int(db, "SELECT count(*) FROM outbox") == before + 1, "a new person queues one change");
	CHECK(one_int(db, "SELECT count(*) FROM outbox WHERE tbl = 'people' AND op = 'insert'"
	                  " AND json_extract(row, '$.name') = 'Ana'") == 1, "with the row as it is");
	db_begin_write(db);
	db_end_write(db, store_person_set_pin_hash(db, id, "secret-hash"));
	CHECK(one_int(db, "SELECT count(*) FROM outbox WHERE row LIKE '%secret-hash%' OR row LIKE '%pin_%'") == 0,
	      "a PIN's hash never enters the outbox");
	/* A write that fails takes its number back: no gap. */
	db_begin_write(db);
	sqlite3_exec(db->handle, "INSERT INTO people(name, role, created_at) VALUES('Bor', 'participant', 1)", NULL, NULL, NULL);
	db_end_write(db, ERR_INVALID);
	add_person(db, "Cene");
	CHECK(one_int(db, "SELECT count(*) = max(seq) AND min(seq) = 1 FROM outbox") == 1,
	      "the sequence has no gap, even after a rolled-back change");
	CHECK(sqlite3_exec(db->handle, "UPDATE outbox SET row = '{}' WHERE seq = 1", NULL, NULL, NULL) != SQLITE_OK,
	      "an outbox row cannot be rewritten");
	CHECK(sqlite3_exec(db->handle, "DELETE FROM outbox WHERE seq = 1", NULL, NULL, NULL) != SQLITE_OK,
	      "nor deleted");
	struct feed_batch b = { 0 };
	CHECK(store_feed_batch(db, 3, &b) == ERR_OK && b.n == 3 && b.last_seq == 3 && strstr(b.json, "\"seq\":3"),
	      "a batch holds the first changes not sent");
	free(b.json);
	db_begin_write(db);
	db_end_write(db, store_feed_sent(db, 3, 1795000100));
	struct feed_status s;
	CHECK(store_feed_status(db, &s) == ERR_OK && s.sent_seq == 3 && s.last_ok_at == 1795000100 &&
	      s.waiting == s.last_seq - 3, "the status says how many wait and when the last sync was");
	db_close(db);
	free(path);
}

/* Names an older rota or a hand edit left (a NUL, c0 af, ff) go out in a
 * batch PostgreSQL's jsonb takes: U+FFFD in the row, the stored bytes in x. */
static void test_feed_broken_text(void)
{
	char *path = xasprintf("%s/feed-broken.db", test_tmpdir());
	struct db *db;
	db_open(path, true, &db);
	long long id = add_person(db, "Ana");
	add_person(db, "Bor");
	sqlite3_exec(db->handle, "UPDATE people SET name = CAST(x'416E61004B' AS TEXT) WHERE name = 'Ana';"
	                         "UPDATE people SET name = CAST(x'42C0AFFF' AS TEXT) WHERE name = 'Bor'", NULL, NULL, NULL);
	long long last = one_int(db, "SELECT max(seq) FROM outbox");
	db_begin_write(db);
	db_end_write(db, store_feed_sent(db, last - 2, 1795000100));
	struct feed_batch b = { 0 };
	CHECK(store_feed_batch(db, 10, &b) == ERR_OK && b.n == 2 && b.first_seq == last - 1 &&
	          !strcmp(b.first_tbl, "people"),
	      "a batch names its first change and table");
	CHECK(b.json && text_is_whole(b.json, strlen(b.json)) && !strstr(b.json, "\\u0000"),
	      "the batch is well-formed UTF-8 with no \\u0000, whatever the names hold");
	CHECK(b.json && strstr(b.json, "\"name\":\"Ana\\ufffdK\"") && strstr(b.json, "\"name\":\"B\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd\""),
	      "each NUL and broken byte is U+FFFD in the row");
	CHECK(b.json && strstr(b.json, "\"x\":\"") && strstr(b.json, "42c0afff"),
	      "and the stored row's bytes go along as they are");
	free(b.json);
	char name[TEXT_BYTES(TEXT_NAME_CHARS)];
	sqlite3_stmt *st;
	sqlite3_prepare_v2(db->handle, "SELECT name FROM people WHERE id = ?", -1, &st, NULL);
	sqlite3_bind_int64(st, 1, id);
	if (sqlite3_step(st) == SQLITE_ROW)
		db_column_text(st, 0, name, sizeof name);
	sqlite3_finalize(st);
	CHECK(!strcmp(name, "Ana\xef\xbf\xbdK"), "read back, a NUL does not cut the name: it is U+FFFD");
	db_close(db);
	free(path);
}

/* A file from before the feed queues every row it holds, once. */
static void test_feed_upgrade(void)
{
	char *path = xasprintf("%s/feed-old.db", test_tmpdir());
	struct db *db;
	db_open(path, true, &db);
	add_person(db, "Ana");
	sqlite3_exec(db->handle, TEST_UNDO_SCHEMA_10 "PRAGMA user_version=9;", NULL, NULL, NULL);
	db_close(db);
	CHECK(db_open(path, false, &db) == ERR_OK && db_file_version(db) == db_schema_version(), "a schema 9 file upgrades");
	CHECK(one_int(db, "SELECT count(*) FROM outbox WHERE tbl = 'people' AND op = 'snapshot'") == 1,
	      "its person is queued once as a snapshot");
	add_person(db, "Bor");
	CHECK(one_int(db, "SELECT count(*) FROM outbox WHERE tbl = 'people'") == 2, "and new changes follow");
	db_close(db);
	free(path);
}

/* The door's wrong-PIN state is this kiosk's own and never queued. */
static void test_feed_kiosk_state(void)
{
	struct db *db;
	db_open(":memory:", true, &db);
	long long before = one_int(db, "SELECT count(*) FROM outbox");
	db_begin_write(db);
	sqlite3_exec(db->handle, "INSERT INTO settings(key, value) VALUES('door_pin_guard', '1 2');"
	                         "UPDATE settings SET value = '2 3' WHERE key = 'door_pin_guard'", NULL, NULL, NULL);
	db_end_write(db, ERR_OK);
	CHECK(one_int(db, "SELECT count(*) FROM outbox") == before, "the door's wrong-PIN state is not queued");
	db_begin_write(db);
	sqlite3_exec(db->handle, "INSERT INTO settings(key, value) VALUES('programme_hours', '60')", NULL, NULL, NULL);
	db_end_write(db, ERR_OK);
	CHECK(one_int(db, "SELECT count(*) FROM outbox") == before + 1, "while a setting of the programme is");
	db_close(db);
}

/* An anonymised person's earlier changes are rewritten as the rows are now;
 * nobody else's, and never before the anonymisation is recorded. */
static void test_feed_forget(void)
{
	struct db *db;
	db_open(":memory:", true, &db);
	long long ana = add_person(db, "Ana Čebular"), bor = add_person(db, "Bor Kos");
	char sql[512];
	snprintf(sql, sizeof sql, "UPDATE outbox SET row = json_object('id', %lld, 'name', 'x') WHERE tbl = 'people'"
	         " AND row_key = '%lld'", ana, ana);
	CHECK(sqlite3_exec(db->handle, sql, NULL, NULL, NULL) != SQLITE_OK,
	      "a person's change cannot be rewritten before their anonymisation");
	db_begin_write(db);
	snprintf(sql, sizeof sql, "INSERT INTO anonymisations(person_id, pseudonym, at, reason) VALUES(%lld, 'P1', 1, 'r');"
	         "UPDATE people SET name = 'Participant %lld' WHERE id = %lld", ana, ana, ana);
	sqlite3_exec(db->handle, sql, NULL, NULL, NULL);
	long long bor_before = one_int(db, "SELECT count(*) FROM outbox WHERE row LIKE '%Bor Kos%'");
	enum rota_err e = store_feed_forget(db, ana);
	db_end_write(db, e);
	CHECK(e == ERR_OK && one_int(db, "SELECT count(*) FROM outbox WHERE row LIKE '%Čebular%'") == 0,
	      "after it, the name is nowhere in the outbox");
	snprintf(sql, sizeof sql, "SELECT count(*) FROM outbox WHERE tbl = 'people' AND row_key = '%lld'"
	         " AND json_extract(row, '$.name') = 'Participant %lld'", ana, ana);
	CHECK(one_int(db, sql) == 2, "her changes carry the row as it is now");
	CHECK(bor_before == 1 && one_int(db, "SELECT count(*) FROM outbox WHERE row LIKE '%Bor Kos%'") == 1,
	      "another person's change is left as it was");
	snprintf(sql, sizeof sql, "UPDATE outbox SET row = '{}' WHERE tbl = 'people' AND row_key = '%lld'", bor);
	CHECK(sqlite3_exec(db->handle, sql, NULL, NULL, NULL) != SQLITE_OK, "and still cannot be rewritten");
	snprintf(sql, sizeof sql, "UPDATE outbox SET row_key = 'x' WHERE tbl = 'people' AND row_key = '%lld'", ana);
	CHECK(sqlite3_exec(db->handle, sql, NULL, NULL, NULL) != SQLITE_OK,
	      "nor can an anonymised person's change move to another record");
	db_close(db);
}

static void test_feed_copy(void)
{
	struct db *db;
	CHECK(store_copy_open(&db) == ERR_OK, "a central copy opens");
	long long queued = one_int(db, "SELECT count(*) FROM outbox");
	CHECK(store_copy_put(db, "people", "[{\"id\":7,\"name\":\"Ana\",\"role\":\"participant\",\"lang\":\"hr\","
	                                   "\"active\":1,\"created_at\":5}]") == ERR_OK,
	      "rows go into it");
	struct person p;
	CHECK(store_person_get(db, 7, &p) == ERR_OK && !strcmp(p.name, "Ana") && !strcmp(p.lang, "hr"),
	      "and read back as the site's own");
	CHECK(one_int(db, "SELECT count(*) FROM outbox") == queued, "the copy queues nothing");
	CHECK(store_copy_put(db, "visits", "[{\"id\":1,\"person_id\":7,\"day\":20261123,\"check_in\":1795420801,"
	                                   "\"check_out\":1795420800,\"status\":\"closed\"},{\"id\":2,\"person_id\":7,"
	                                   "\"day\":20261123,\"check_in\":1795420000,\"check_out\":1795430000,"
	                                   "\"status\":\"closed\"}]") == ERR_OK &&
	      one_int(db, "SELECT count(*) FROM visits") == 2,
	      "a site's visits come as they were recorded, faults from before the guards too");
	CHECK(store_copy_put(db, "nothing", "[]") == ERR_NOT_FOUND, "an unknown table is refused");
	db_close(db);
}

/* Every table of the schema is either in the feed's list or named here as
 * the site's own: a table a migration adds must be put in one of them
 * (store/feed.c, feed_tables), so the centre never silently lacks it. */
static void test_feed_covers_schema(void)
{
	static const char *const kept_here[] = {
		"drafts",           /* a mentor's unsaved text, private to them */
		"review_seen",      /* what this kiosk's review has shown */
		"clock_high_water", /* this kiosk's clock check */
		"site", "outbox", "sync_state", "outbox_confirmed", "outbox_shift", /* the feed itself */
		/* derived from visits and assignments by this file's triggers: the
		 * centre has those, and a copy's own triggers make them again */
		"visit_month_hours", "visit_process_hours", "visit_person_hours",
	};
	struct db *db;
	db_open(":memory:", true, &db);
	sqlite3_stmt *st;
	sqlite3_prepare_v2(db->handle, "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
	                   -1, &st, NULL);
	char missing[256] = "";
	while (sqlite3_step(st) == SQLITE_ROW) {
		const char *name = (const char *)sqlite3_column_text(st, 0);
		bool known = false;
		for (size_t i = 0; feed_table(i); i++)
			known = known || !strcmp(feed_table(i), name);
		for (size_t i = 0; i < sizeof kept_here / sizeof kept_here[0]; i++)
			known = known || !strcmp(kept_here[i], name);
		if (!known && strlen(missing) + strlen(name) + 2 < sizeof missing) {
			strcat(missing, " ");
			strcat(missing, name);
		}
	}
	sqlite3_finalize(st);
	if (!CHECK(!missing[0], "every table is fed to the centre or kept here on purpose"))
		printf("  not in store/feed.c's list:%s\n", missing);
	bool all_exist = true;
	for (size_t i = 0; feed_table(i); i++) {
		char sql[128];
		snprintf(sql, sizeof sql, "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = '%s'", feed_table(i));
		all_exist = all_exist && one_int(db, sql) == 1;
	}
	CHECK(all_exist, "and every table in the list exists");
	db_close(db);
}

/* The confirmed mark: a prune takes only what the centre confirmed long
 * enough ago and never the newest change, the numbering goes on after it;
 * the changes above a point move up as they are and nothing else moves. */
static void test_feed_prune(void)
{
	char *path = xasprintf("%s/prune.db", test_tmpdir());
	struct db *db;
	CHECK(db_open(path, true, &db) == ERR_OK, "a new file opens");
	for (int i = 0; i < 5; i++)
		add_person(db, "Ana Novak");
	long long last = one_int(db, "SELECT max(seq) FROM outbox"), pruned = -1;
	db_begin_write(db);
	enum rota_err e = store_feed_sent(db, last - 2, 1795000000);
	if (e == ERR_OK)
		e = store_feed_confirm(db, last, 1795000000);
	CHECK(db_end_write(db, e) == ERR_OK && one_int(db, "SELECT confirmed_seq FROM sync_state") == last - 2,
	      "the centre's confirmation is held to what was sent");
	db_begin_write(db);
	CHECK(db_end_write(db, store_feed_prune(db, 1794999999, &pruned)) == ERR_OK && pruned == 0,
	      "within the grace nothing is pruned");
	CHECK(sqlite3_exec(db->handle, "DELETE FROM outbox WHERE seq = 1", NULL, NULL, NULL) == SQLITE_OK,
	      "a confirmed change may be deleted");
	CHECK(sqlite3_exec(db->handle, "DELETE FROM outbox WHERE seq = (SELECT max(seq) FROM outbox)", NULL, NULL,
	                   NULL) != SQLITE_OK, "an unconfirmed one not");
	db_begin_write(db);
	e = store_feed_sent(db, last, 1795000100);
	if (e == ERR_OK)
		e = store_feed_confirm(db, last, 1795000100);
	CHECK(db_end_write(db, e) == ERR_OK, "a later confirmation of all");
	db_begin_write(db);
	CHECK(db_end_write(db, store_feed_prune(db, 1795000100, &pruned)) == ERR_OK && pruned == last - 2 &&
	      one_int(db, "SELECT count(*) FROM outbox") == 1 && one_int(db, "SELECT max(seq) FROM outbox") == last,
	      "past the grace all but the newest go");
	CHECK(sqlite3_exec(db->handle, "DELETE FROM outbox", NULL, NULL, NULL) != SQLITE_OK, "the newest stays");
	add_person(db, "Bor Kos");
	CHECK(one_int(db, "SELECT max(seq) FROM outbox") == last + 1, "and the numbering goes on after it");
	long long freed = -1;
	CHECK(store_reclaim(db, true, &freed) == ERR_OK && freed >= 0, "a reclaim of a small file does nothing harmful");

	/* A restore's changes move up past the centre's numbers. */
	add_person(db, "Cene Kos");
	CHECK(sqlite3_exec(db->handle, "UPDATE outbox SET seq = seq + 10 WHERE seq > 1", NULL, NULL, NULL) != SQLITE_OK,
	      "a renumbering without the shift is refused");
	db_begin_write(db);
	CHECK(db_end_write(db, store_feed_move_up(db, last - 1, 3, last + 5)) == ERR_INVALID,
	      "a confirmed change is never moved");
	db_begin_write(db);
	CHECK(db_end_write(db, store_feed_move_up(db, last, 4, last + 4)) == ERR_OK, "the changes above the point move up");
	char want[64];
	snprintf(want, sizeof want, "%lld,%lld,%lld", last, last + 5, last + 6);
	sqlite3_stmt *st;
	sqlite3_prepare_v2(db->handle, "SELECT group_concat(seq) FROM (SELECT seq FROM outbox ORDER BY seq)", -1, &st,
	                   NULL);
	sqlite3_step(st);
	CHECK(!strcmp((const char *)sqlite3_column_text(st, 0), want), "by as much as asked, in order");
	sqlite3_finalize(st);
	CHECK(one_int(db, "SELECT count(*) FROM outbox_shift") == 0 && one_int(db, "SELECT sent_seq FROM sync_state") ==
	      last + 4, "the shift is gone and the centre's numbers count as sent");
	db_close(db);
	free(path);
}

void suite_feed(void)
{
	test_feed_covers_schema();
	test_feed_changes();
	test_feed_broken_text();
	test_feed_upgrade();
	test_feed_copy();
	test_feed_kiosk_state();
	test_feed_forget();
	test_feed_prune();
}
