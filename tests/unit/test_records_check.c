/* Unit tests of the records' full check in a child process
 * (app/records_check.c): a sound file is remembered for the day and not
 * checked again; a planted broken index page is found and nothing is
 * written into that file; no check starts inside a transaction; a check at
 * work is ended at once. */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "app/app.h"
#include "app/records_check.h"
#include "store/db.h"
#include "store/settings.h"
#include "tests/harness.h"
#include "tests/unit/raw_db.h"
#include "tests/unit/suites.h"
#include "util/alloc.h"
#include "util/clock.h"
#include "util/date.h"

static time_t at(const char *local)
{
	time_t t = 0;
	date_parse_local(local, &t);
	return t;
}

/* Polls c until the child answers; false when 10 s pass without one. */
static bool answered(struct app *app, struct records_check *c, time_t now)
{
	long long end = clock_mono_ms() + 10000;
	while (clock_mono_ms() < end) {
		if (app_records_check_poll(app, c, now))
			return true;
		if (!c->pid)
			return false;
		usleep(10000);
	}
	return false;
}

/* Overwrites page (1-based) of the file at path with 0xff bytes. */
static void spoil_page(const char *path, long long page, int size)
{
	FILE *f = fopen(path, "r+b");
	char *junk = xmalloc((size_t)size);
	memset(junk, 0xff, (size_t)size);
	if (f && fseek(f, (long)((page - 1) * size), SEEK_SET) == 0)
		fwrite(junk, 1, (size_t)size, f);
	if (f)
		fclose(f);
	free(junk);
}

static void sound_file(void)
{
	char *path = xasprintf("%s/check_sound.db", test_tmpdir());
	struct app *app;
	struct records_check c;
	time_t now = at("2026-11-23T08:00"), tomorrow = at("2026-11-24T08:00");
	char value[16];
	bool found = false;
	remove(path);
	CHECK(app_open(path, true, "door", &app) == ERR_OK, "check: a new file opens");
	app_records_check_init(&c);
	CHECK(app_records_check_due(app, &c, now), "check: a file never checked is due");
	CHECK(db_begin_read(app->db) == ERR_OK, "check: a read begins");
	CHECK(app_records_check_start(app, &c, now) == ERR_INVALID && c.pid == 0,
	      "check: no child is made inside a transaction");
	db_end_read(app->db, ERR_OK);
	CHECK(app_records_check_start(app, &c, now) == ERR_OK && c.pid > 0, "check: the child starts");
	CHECK(!app_records_check_due(app, &c, now), "check: none is due while one is at work");
	CHECK(answered(app, &c, now), "check: the child answers");
	CHECK(c.pid == 0 && c.fd == -1, "check: the child is reaped");
	CHECK(!app_records_are_damaged(app), "check: a sound file is not called damaged");
	db_begin_read(app->db);
	CHECK(db_end_read(app->db, store_setting_get(app->db, RECORDS_CHECK_SETTING, value, sizeof value, &found)) ==
	              ERR_OK && found &&
	      !strcmp(value, "2026-11-23"), "check: the day of the sound check is in the settings");
	CHECK(!app_records_check_due(app, &c, now), "check: not due again the same day");
	struct records_check other;
	app_records_check_init(&other);
	CHECK(!app_records_check_due(app, &other, now), "check: nor for another kiosk on the same file that day");
	CHECK(app_records_check_due(app, &other, tomorrow), "check: due again the next day");

	/* A check at work is ended at once, and its child is gone. */
	setenv("ROTA_TEST_CHECK_DELAY_MS", "20000", 1);
	CHECK(app_records_check_start(app, &other, tomorrow) == ERR_OK, "check: a slow child starts");
	pid_t pid = other.pid;
	CHECK(!app_records_check_poll(app, &other, tomorrow) && other.pid == pid, "check: a poll does not wait for it");
	long long t0 = clock_mono_ms();
	app_records_check_stop(&other);
	CHECK(other.pid == 0 && kill(pid, 0) != 0, "check: stopping ends and reaps the child");
	CHECK(clock_mono_ms() - t0 < 2000, "check: without waiting for its answer");
	unsetenv("ROTA_TEST_CHECK_DELAY_MS");
	app_close(app);
	free(path);
}

static void damaged_file(void)
{
	char *path = xasprintf("%s/check_damaged.db", test_tmpdir());
	struct app *app;
	struct records_check c;
	time_t now = at("2026-11-23T08:00");
	remove(path);
	CHECK(app_open(path, true, "door", &app) == ERR_OK, "check: a file to damage");
	app_close(app);
	long long page = raw_db_int(path, "SELECT rootpage FROM sqlite_schema WHERE name = 'meetings_person'");
	long long size = raw_db_int(path, "PRAGMA page_size");
	CHECK(page > 1 && size > 0, "check: an index page to spoil");
	spoil_page(path, page, (int)size);
	CHECK(app_open(path, false, "door", &app) == ERR_OK, "check: the damaged file still opens");
	app_records_check_init(&c);
	CHECK(app_records_check_start(app, &c, now) == ERR_OK, "check: the check of a damaged file starts");
	CHECK(answered(app, &c, now), "check: and answers");
	CHECK(app_records_are_damaged(app), "check: the broken index page is found");
	CHECK(!app_records_check_due(app, &c, now), "check: not again in this run that day");
	app_close(app);
	CHECK(raw_db_int(path, "SELECT count(*) FROM settings WHERE key = '" RECORDS_CHECK_SETTING "'") == 0,
	      "check: nothing is written into a damaged file");
	free(path);
}

void suite_records_check(void)
{
	sound_file();
	damaged_file();
}
