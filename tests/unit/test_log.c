/* Unit tests of the log: it rotates at its size limit and keeps a fixed
 * number of old files; a scan, a refused card and PIN checks leave neither
 * the payload nor the PIN in it. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "app/app.h"
#include "app/badge.h"
#include "app/people.h"
#include "app/scan.h"
#include "tests/harness.h"
#include "tests/unit/suites.h"
#include "util/alloc.h"
#include "util/log.h"

static long size_of(const char *path)
{
	struct stat st;
	return stat(path, &st) == 0 ? (long)st.st_size : -1;
}

static bool exists(const char *base, const char *suffix)
{
	char *p = xasprintf("%s%s", base, suffix);
	bool ok = access(p, F_OK) == 0;
	free(p);
	return ok;
}

static void test_rotation(void)
{
	char *path = xasprintf("%s/rotate.log", test_tmpdir());
	CHECK(log_open(path), "the log opens");
	log_set_limit(1000, 3);
	for (int i = 0; i < 200; i++)
		log_msg(LOG_INFO, "line %03d of a log that must not grow without bound", i);
	CHECK(size_of(path) > 0 && size_of(path) < 1000 + 200, "the current file stays near its limit");
	CHECK(exists(path, ".1") && exists(path, ".2") && exists(path, ".3"), "three old files are kept");
	CHECK(!exists(path, ".4"), "and no more");
	char *one = xasprintf("%s.1", path);
	CHECK(size_of(one) >= 1000 && size_of(one) < 1000 + 200, "a rotated file holds about the limit");
	free(one);
	FILE *f = fopen(path, "r");
	char last[200] = "", line[200];
	while (f && fgets(line, sizeof line, f))
		snprintf(last, sizeof last, "%s", line);
	if (f)
		fclose(f);
	CHECK(strstr(last, "line 199 ") != NULL, "the newest line is in the current file");
	log_close();
	log_set_limit(0, 0);
	free(path);
}

static void test_no_secrets(void)
{
	char *path = xasprintf("%s/secrets.db", test_tmpdir());
	char *log = xasprintf("%s/secrets.log", test_tmpdir());
	struct app *app;
	long long maja;
	char payload[BADGE_DIGITS + 1], bad[BADGE_DIGITS + 1];
	struct scan_result r;
	bool ok;
	log_open(log);
	CHECK(app_open(path, true, "door", &app) == ERR_OK, "app opens");
	app_person_add(app, "Maja Novak", ROLE_MENTOR, "sl", 1000, &maja);
	app_badge_issue(app, maja, 0, 1000, payload);
	app_person_set_pin(app, maja, "80417");
	app_scan(app, payload, 2000, &r);
	snprintf(bad, sizeof bad, "%s", payload);
	bad[0] = bad[0] == '9' ? '1' : (char)(bad[0] + 1);
	app_scan(app, bad, 2100, &r);
	app_person_check_pin(app, maja, "80417", &ok);
	app_person_check_pin(app, maja, "31337", &ok);
	app_close(app);
	log_msg(LOG_INFO, "end of the secrets test");
	log_close();
	CHECK(test_file_has(log, "end of the secrets test"), "the log was written");
	CHECK(!test_file_has(log, payload) && !test_file_has(log, bad), "no badge payload is in the log");
	CHECK(!test_file_has(log, "80417") && !test_file_has(log, "31337"), "no PIN is in the log");
	free(log);
	free(path);
}

/* What must leave the log goes from the current file and the rotated ones,
 * and the rest stays, with new lines still appended. */
static void test_redact(void)
{
	char *path = xasprintf("%s/redact.log", test_tmpdir());
	char *one = xasprintf("%s.1", path);
	CHECK(log_open(path), "the log opens");
	log_set_limit(400, 3);
	log_msg(LOG_INFO, "person 7 renamed from 'Ana Kovač' to 'Ana K'");
	for (int i = 0; i < 8; i++)
		log_msg(LOG_INFO, "line %d that fills the first file", i);
	log_msg(LOG_INFO, "person 7 renamed from 'Ana K' to 'Ana Kovač'");
	log_msg(LOG_INFO, "person 71 renamed from 'Iva' to 'Ivana'");
	CHECK(test_file_has(one, "Ana Kovač") && test_file_has(path, "Ana Kovač"), "both files hold the name");
	CHECK(log_redact("person 7 renamed ", "person 7 renamed (gone)"), "redact succeeds");
	CHECK(!test_file_has(one, "Kovač") && !test_file_has(path, "Kovač"), "the name is in neither");
	CHECK(test_file_has(path, "person 7 renamed (gone)") && test_file_has(path, "'Iva' to 'Ivana'") &&
	      test_file_has(one, "line 0 that fills"), "other lines stay as they were");
	log_msg(LOG_INFO, "after the redaction");
	CHECK(test_file_has(path, "after the redaction"), "and the log goes on");
	log_close();
	log_set_limit(0, 0);
	free(one);
	free(path);
}

void suite_log(void)
{
	test_redact();
	test_rotation();
	test_no_secrets();
}
