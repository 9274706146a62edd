/* Unit tests of the use cases: the daily scan end to end through the store,
 * undo, badges, PINs, settings, CSV. */
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/app.h"
#include "app/badge.h"
#include "app/people.h"
#include "app/scan.h"
#include "app/visits.h"
#include "cli/csv.h"
#include "store/db.h"
#include "store/people.h"
#include "tests/harness.h"
#include "tests/unit/suites.h"
#include "util/alloc.h"
#include "util/date.h"

struct counter {
	int total, open, closed, end_unknown, undone;
};

static void count_visit(const struct visit_row *row, void *ctx)
{
	struct counter *c = ctx;
	c->total++;
	c->open += row->visit.status == VISIT_OPEN;
	c->closed += row->visit.status == VISIT_CLOSED;
	c->end_unknown += row->visit.status == VISIT_END_UNKNOWN;
	c->undone += row->visit.status == VISIT_UNDONE;
}

static struct counter count(struct app *app)
{
	struct counter c = { 0 };
	app_visits_each(app, 0, 0, count_visit, &c);
	return c;
}

static time_t at(const char *local)
{
	time_t t = 0;
	date_parse_local(local, &t);
	return t;
}

static void test_daily_scan(void)
{
	char *path = xasprintf("%s/scan.db", test_tmpdir());
	struct app *app;
	long long ana;
	char payload[BADGE_DIGITS + 1];
	struct scan_result r;
	CHECK(app_open(path, true, "door", &app) == ERR_OK, "app opens");
	app_person_add(app, "Ana Kovač", ROLE_PARTICIPANT, "sl", at("2026-11-01T09:00"), &ana);
	CHECK(app_badge_issue(app, ana, 0, at("2026-11-01T09:00"), payload) == ERR_OK, "a badge is issued");

	CHECK(app_scan(app, payload, at("2026-11-23T08:12"), &r) == ERR_OK &&
	      r.action == ATT_CHECK_IN, "the first scan checks in");
	CHECK(!strcmp(r.short_name, "Ana K.") && !strcmp(r.lang, "sl"), "the greeting knows name and language");
	CHECK(app_scan(app, payload, at("2026-11-23T08:13"), &r) == ERR_OK &&
	      r.action == ATT_ALREADY_IN && r.since == at("2026-11-23T08:12"),
	      "a second scan within the guard says since when");
	CHECK(count(app).total == 1, "and records nothing");
	CHECK(app_scan(app, payload, at("2026-11-23T12:00"), &r) == ERR_OK &&
	      r.action == ATT_CHECK_OUT && r.seconds_today == 3 * 3600 + 48 * 60,
	      "a later scan checks out, with the hours of the day");
	CHECK(app_scan(app, payload, at("2026-11-23T12:30"), &r) == ERR_OK && r.action == ATT_CHECK_IN,
	      "back after lunch");
	CHECK(app_scan(app, payload, at("2026-11-23T14:30"), &r) == ERR_OK &&
	      r.seconds_today == 5 * 3600 + 48 * 60, "hours add up over two visits");

	/* Forgot to check out: the open visit of the 24th is never given an end. */
	app_scan(app, payload, at("2026-11-24T08:00"), &r);
	CHECK(app_scan(app, payload, at("2026-11-25T08:05"), &r) == ERR_OK &&
	      r.action == ATT_CHECK_IN && r.closed_stale, "next day: end unknown, then a check-in");
	struct counter c = count(app);
	CHECK(c.end_unknown == 1 && c.open == 1 && c.closed == 2, "the record says end unknown, no invented time");

	/* Undo. */
	struct scan_result in = r;
	CHECK(app_scan_undo(app, &in, at("2026-11-25T08:05") + 31) == ERR_UNDO_TOO_LATE,
	      "no undo after the window");
	CHECK(app_scan_undo(app, &in, at("2026-11-25T08:05") + 10) == ERR_OK, "undo within the window");
	c = count(app);
	CHECK(c.undone == 1 && c.open == 0, "the undone check-in stays, marked undone");
	CHECK(app_scan_undo(app, &in, at("2026-11-25T08:05") + 12) == ERR_UNDO_TOO_LATE,
	      "the same scan cannot be undone twice");
	CHECK(app_scan(app, payload, at("2026-11-25T08:06"), &r) == ERR_OK && r.action == ATT_CHECK_IN,
	      "after an undo the next scan checks in");
	app_scan(app, payload, at("2026-11-25T15:00"), &r);
	CHECK(r.action == ATT_CHECK_OUT && app_scan_undo(app, &r, at("2026-11-25T15:00") + 5) == ERR_OK,
	      "a check-out can be undone");
	c = count(app);
	CHECK(c.open == 1, "and the visit is open again");

	/* Replaced and unknown cards change nothing. */
	char fresh[BADGE_DIGITS + 1];
	app_badge_issue(app, ana, 0, at("2026-11-25T16:00"), fresh);
	int before = count(app).total;
	CHECK(app_scan(app, payload, at("2026-11-26T08:00"), &r) == ERR_BADGE_REPLACED,
	      "the old card is refused as replaced");
	CHECK(app_scan(app, "4006381333931", at("2026-11-26T08:00"), &r) == ERR_BADGE_UNREADABLE,
	      "a product barcode is refused");
	char unknown[BADGE_DIGITS + 1];
	const unsigned char digits[BADGE_RANDOM_DIGITS] = { 9, 9, 9, 9, 9, 9, 9, 9, 8 };
	badge_payload_make(digits, unknown);
	CHECK(app_scan(app, unknown, at("2026-11-26T08:00"), &r) == ERR_BADGE_UNKNOWN,
	      "a well-formed unknown card is refused");
	CHECK(count(app).total == before, "refused cards record nothing");
	CHECK(app_scan(app, fresh, at("2026-11-26T08:00"), &r) == ERR_OK && r.closed_stale,
	      "the new card works");
	app_close(app);

	/* The payload itself is nowhere in the file. */
	FILE *f = fopen(path, "rb");
	size_t n = 0;
	char *bytes = xmalloc(1 << 20);
	if (f) {
		n = fread(bytes, 1, 1 << 20, f);
		fclose(f);
	}
	bool found = false;
	for (size_t i = 0; i + BADGE_DIGITS <= n && !found; i++)
		found = !memcmp(bytes + i, fresh, BADGE_DIGITS) || !memcmp(bytes + i, payload, BADGE_DIGITS);
	CHECK(n > 0 && !found, "badge payloads are stored only as hashes");
	free(bytes);
	free(path);
}

static void test_inactive_and_pin(void)
{
	char *path = xasprintf("%s/pin.db", test_tmpdir());
	struct app *app;
	long long maja, ana;
	char payload[BADGE_DIGITS + 1];
	struct scan_result r;
	bool ok;
	app_open(path, true, NULL, &app);
	app_person_add(app, "Maja Novak", ROLE_MENTOR, "sl", 1, &maja);
	app_person_add(app, "Ana Kovač", ROLE_PARTICIPANT, "sl", 1, &ana);
	CHECK(app_person_set_pin(app, maja, "12") == ERR_PIN_FORMAT, "a short PIN is refused");
	CHECK(app_person_set_pin(app, maja, "4321") == ERR_OK, "a PIN is set");
	char stored[256] = "";
	db_begin_read(app->db);
	db_end_read(app->db, store_person_pin_hash(app->db, maja, stored, sizeof stored));
	CHECK(!strncmp(stored, "$argon2id$", 10), "the file keeps the PIN's argon2id hash, never the PIN");
	CHECK(strstr(stored, "$m=65536,t=2,") != NULL, "an app hashes at the interactive cost unless told otherwise");
	app->pin_cost = APP_PIN_COST_MIN;
	app_person_set_pin(app, maja, "4321");
	db_begin_read(app->db);
	db_end_read(app->db, store_person_pin_hash(app->db, maja, stored, sizeof stored));
	CHECK(strstr(stored, "$m=8,t=1,") != NULL, "a test rig's least cost is libsodium's minimum");
	app->pin_cost = APP_PIN_COST_INTERACTIVE;
	CHECK(app_person_check_pin(app, maja, "4321", &ok) == ERR_OK && ok, "the right PIN matches");
	CHECK(app_person_check_pin(app, maja, "4322", &ok) == ERR_OK && !ok, "a wrong one does not");
	CHECK(app_attend_by_name(app, maja, "0000", at("2026-11-23T08:00"), &r) == ERR_PIN_WRONG,
	      "picking a name with a wrong PIN is refused");
	CHECK(count(app).total == 0, "and records nothing");
	CHECK(app_attend_by_name(app, maja, "4321", at("2026-11-23T08:00"), &r) == ERR_OK &&
	      r.action == ATT_CHECK_IN && r.role == ROLE_MENTOR, "mentors check in like everyone");
	for (int i = 0; i < 5; i++)
		app_attend_by_name(app, maja, "0000", at("2026-11-23T12:00") + i, &r);
	CHECK(app_attend_by_name(app, maja, "4321", at("2026-11-23T12:01"), &r) == ERR_LOCKED,
	      "five wrong PINs at the door pause that PIN too");
	CHECK(app_attend_by_name(app, ana, NULL, at("2026-11-23T08:01"), &r) == ERR_NEEDS_MENTOR &&
	      count(app).total == 1, "without a PIN, a name alone checks nobody in by default");
	char pm[BADGE_DIGITS + 1], pa[BADGE_DIGITS + 1];
	app_badge_issue(app, maja, 0, at("2026-11-23T08:01"), pm);
	app_badge_issue(app, ana, 0, at("2026-11-23T08:01"), pa);
	CHECK(app_attend_confirmed(app, ana, pa, at("2026-11-23T08:01"), &r) == ERR_NOT_MENTOR &&
	      count(app).total == 1, "a participant's card confirms nothing");
	CHECK(app_attend_confirmed(app, ana, "123", at("2026-11-23T08:01"), &r) == ERR_BADGE_UNREADABLE,
	      "nor does a misread card");
	CHECK(app_attend_confirmed(app, ana, pm, at("2026-11-23T08:01"), &r) == ERR_OK &&
	      r.action == ATT_CHECK_IN && r.person_id == ana, "a mentor's card confirms it");
	CHECK(app_attend_confirmed_by_pin(app, ana, maja, "0000", at("2026-11-23T12:30"), &r) == ERR_PIN_WRONG,
	      "a mentor's wrong PIN confirms nothing");
	CHECK(app_attend_confirmed_by_pin(app, ana, ana, "0000", at("2026-11-23T08:02"), &r) == ERR_NOT_MENTOR,
	      "a participant cannot confirm");
	CHECK(app_attend_confirmed_by_pin(app, maja, maja, "4321", at("2026-11-23T12:31"), &r) == ERR_OK &&
	      r.person_id == maja, "a mentor's right PIN confirms");
	app_config_set(app, "name_checkin_needs", "mentor");
	CHECK(app_attend_by_name(app, maja, "4321", at("2026-11-23T12:10"), &r) == ERR_NEEDS_MENTOR,
	      "with name_checkin_needs mentor, even a PIN is not enough");
	app_config_set(app, "name_checkin_needs", "none");
	CHECK(app_attend_by_name(app, ana, NULL, at("2026-11-23T12:10"), &r) == ERR_OK &&
	      r.action == ATT_CHECK_OUT, "with none, no PIN is needed where there is none");
	app_config_set(app, "name_checkin_needs", "pin");

	struct name_entry *names;
	size_t n;
	long long coord;
	app_person_add(app, "Boris Bele", ROLE_COORDINATOR, "sl", 1, &coord);
	CHECK(app_name_list(app, false, &names, &n) == ERR_OK && n == 2 && !strcmp(names[0].short_name, "Ana K.") &&
	      names[1].has_pin, "the name list: short names, no coordinators, PIN marked");
	free(names);
	long long other;
	app_person_add(app, "Ana Kuhar", ROLE_PARTICIPANT, "sl", 1, &other);
	CHECK(app_name_list(app, false, &names, &n) == ERR_OK && n == 3 && !strcmp(names[0].short_name, "Ana Ko.") &&
	      !strcmp(names[1].short_name, "Ana Ku."), "two Ana K. are told apart");
	free(names);

	app_badge_issue(app, ana, maja, 1, payload);
	app_close(app);
	sqlite3 *h;
	sqlite3_open(path, &h);
	char *sql = xasprintf("UPDATE people SET active = 0 WHERE id = %lld", ana);
	sqlite3_exec(h, sql, NULL, NULL, NULL);
	free(sql);
	sqlite3_close(h);
	app_open(path, false, NULL, &app);
	CHECK(app_scan(app, payload, at("2026-11-23T12:00"), &r) == ERR_PERSON_INACTIVE,
	      "an inactive person's card is refused calmly");
	app_close(app);
	free(path);
}

static void test_two_terminals(void)
{
	char *path = xasprintf("%s/two.db", test_tmpdir());
	struct app *door, *mentor;
	long long ana;
	char payload[BADGE_DIGITS + 1];
	struct scan_result r;
	app_open(path, true, "door", &door);
	app_open(path, false, "mentor", &mentor);
	app_person_add(door, "Ana Kovač", ROLE_PARTICIPANT, "sl", 1, &ana);
	app_badge_issue(mentor, ana, 0, 2, payload);
	CHECK(app_scan(door, payload, at("2026-11-23T08:00"), &r) == ERR_OK && r.action == ATT_CHECK_IN,
	      "the door checks in with a badge the other terminal issued");
	CHECK(app_scan(mentor, payload, at("2026-11-23T16:00"), &r) == ERR_OK && r.action == ATT_CHECK_OUT,
	      "the other terminal sees it and checks out");
	CHECK(app_scan(door, payload, at("2026-11-23T16:01"), &r) == ERR_OK && r.action == ATT_ALREADY_OUT,
	      "and the door sees that");
	app_close(door);
	app_close(mentor);
	free(path);
}

static void test_config(void)
{
	struct app *app;
	app_open(":memory:", true, NULL, &app);
	CHECK(app->cfg.guard_s == 120 && app->cfg.undo_s == 10 && app->cfg.has_name_list, "defaults");
	CHECK(app->cfg.name_needs == NAME_NEEDS_PIN, "checking in by name needs a PIN (or a mentor) by default");
	CHECK(app_config_set(app, "scan_guard_seconds", "-5") == ERR_INVALID, "a bad value is refused");
	CHECK(app->cfg.guard_s == 120, "and changes nothing");
	CHECK(app_config_set(app, "no_such_key", "1") == ERR_INVALID, "an unknown key is refused");
	CHECK(app_config_set(app, "name_list", "off") == ERR_OK && !app->cfg.has_name_list,
	      "the name list can be turned off");
	app_config_load(app);
	CHECK(!app->cfg.has_name_list, "and stays off");
	/* The kiosk speaks the workshop's language whatever the machine's is. */
	const char *was = getenv("LANG");
	char saved[64] = "";
	if (was)
		snprintf(saved, sizeof saved, "%s", was);
	setenv("LANG", "en_US.UTF-8", 1);
	CHECK(!strcmp(app_kiosk_lang(app), "sl"), "no kiosk_lang: the kiosk speaks Slovenian, not the environment's");
	CHECK(app_config_set(app, "kiosk_lang", "hr") == ERR_OK && !strcmp(app_kiosk_lang(app), "hr"),
	      "kiosk_lang chooses another");
	if (was)
		setenv("LANG", saved, 1);
	else
		unsetenv("LANG");
	app_close(app);
}

static void test_csv(void)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	const char *fields[] = { "1", "Kovač, Ana", "say \"hi\"", "" };
	csv_record(f, fields, 4);
	fclose(f);
	CHECK(!strcmp(buf, "1,\"Kovač, Ana\",\"say \"\"hi\"\"\",\r\n"), "CSV quotes as RFC 4180 says");
	free(buf);
}

static void test_csv_excel(void)
{
	char *buf = NULL, num[16];
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	csv_set_mode(CSV_EXCEL);
	const char *fields[] = { "1", "Kovač, Ana", "a;b", csv_decimal("12.50", num, sizeof num) };
	csv_record(f, fields, 4);
	csv_record(f, fields, 1);
	char neg[16];
	const char *negative[] = { csv_decimal("-3.5", neg, sizeof neg), "-3.5" };
	csv_record(f, negative, 2);
	csv_set_mode(CSV_RFC4180);
	fclose(f);
	CHECK(!strcmp(buf, "\xEF\xBB\xBF" "1;Kovač, Ana;\"a;b\";12,50\r\n1\r\n-3,5;'-3.5\r\n"),
	      "Excel mode: one BOM first, ';' between fields, a decimal comma; a negative number stays a number");
	CHECK(!strcmp(csv_decimal("12.50", num, sizeof num), "12.50"), "RFC 4180 mode keeps the decimal point");
	free(buf);
}

void suite_app(void)
{
	test_daily_scan();
	test_inactive_and_pin();
	test_two_terminals();
	test_config();
	test_csv();
	test_csv_excel();
}
