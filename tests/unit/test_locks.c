/* Unit tests of the locks that protect without locking out: a person's PIN
 * pause escalates (5, 15, 60 minutes) and is logged, one mentor's wrong
 * PINs never pause another's, a coordinator lifts a pause, the door's
 * check-in by name is limited as a whole, nothing typed after a picked
 * name stops a mentor's badge with their PIN, and settings keep to their
 * ranges. */
#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>

#include "app/app.h"
#include "app/badge.h"
#include "app/mentor.h"
#include "app/people.h"
#include "app/scan.h"
#include "core/mentor.h"
#include "store/db_internal.h"
#include "store/settings.h"
#include "tests/harness.h"
#include "tests/unit/suites.h"
#include "util/alloc.h"
#include "util/log.h"

/* Reads a setting of app's file in a snapshot of its own. */
static enum rota_err setting_read(struct app *app, const char *key, char *out, size_t n, bool *found)
{
	enum rota_err e = db_begin_read(app->db);
	return e != ERR_OK ? e : db_end_read(app->db, store_setting_get(app->db, key, out, n, found));
}

static void test_escalation_rule(void)
{
	struct pin_guard g = { 0, 0 };
	time_t t = 1000;
	for (int i = 0; i < 5; i++)
		g = mentor_after_wrong_pin(g, t);
	CHECK(mentor_is_locked(&g, t + 299) && !mentor_is_locked(&g, t + 300), "the first pause: five minutes");
	t += 300;
	for (int i = 0; i < 4; i++)
		g = mentor_after_wrong_pin(g, t);
	CHECK(!mentor_is_locked(&g, t), "four more wrong PINs: not yet");
	g = mentor_after_wrong_pin(g, t);
	CHECK(mentor_is_locked(&g, t + 899) && !mentor_is_locked(&g, t + 900), "the second pause: fifteen minutes");
	t += 900;
	for (int i = 0; i < 5; i++)
		g = mentor_after_wrong_pin(g, t);
	CHECK(mentor_is_locked(&g, t + 3599) && !mentor_is_locked(&g, t + 3600), "the third: an hour");
	t += 3600;
	for (int i = 0; i < 5; i++)
		g = mentor_after_wrong_pin(g, t);
	CHECK(g.locked_until == t + 3600, "and an hour each time after");
	g = mentor_after_right_pin();
	g = mentor_after_wrong_pin(g, t + 5000);
	CHECK(g.failures == 1 && !mentor_is_locked(&g, t + 5000), "a right PIN starts again from zero");
	g = (struct pin_guard){ -7, 0 };
	g = mentor_after_wrong_pin(g, t);
	CHECK(g.failures == 1, "a count no rota wrote starts again");
	CHECK(mentor_minutes_left(t + 300, t) == 5 && mentor_minutes_left(t + 10, t) == 1 &&
	      mentor_minutes_left(t + 61, t) == 2 && mentor_minutes_left(t, t) == 0 &&
	      mentor_minutes_left(0, t) == 0, "the minutes a pause still runs are rounded up");
}

static void test_door_rule(void)
{
	struct door_guard d = { 0, 0, 0 };
	for (int i = 0; i < DOOR_PIN_TRIES - 1; i++)
		d = door_after_wrong_pin(d, 1000 + i);
	CHECK(!door_is_paused(&d, 1010), "nine wrong PINs at the door: not yet");
	d = door_after_wrong_pin(d, 1020);
	CHECK(door_is_paused(&d, 1020) && !door_is_paused(&d, 1020 + DOOR_PIN_PAUSE), "the tenth pauses it");
	d = (struct door_guard){ 0, 0, 0 };
	for (int i = 0; i < 30; i++)
		d = door_after_wrong_pin(d, 1000 + i * 70);
	CHECK(!door_is_paused(&d, 1000 + 30 * 70), "a slow trickle of mistakes never pauses it");
}

static void test_two_mentors(void)
{
	char *path = xasprintf("%s/locks.db", test_tmpdir());
	char *logpath = xasprintf("%s/locks.log", test_tmpdir());
	struct app *app;
	long long maja, ivan;
	bool was = false;
	log_open(logpath);
	app_open(path, true, NULL, &app);
	app_person_add(app, "Maja Novak", ROLE_MENTOR, "sl", 1, &maja);
	app_person_add(app, "Ivan Horvat", ROLE_MENTOR, "sl", 1, &ivan);
	app_person_set_pin(app, maja, "2468");
	app_person_set_pin(app, ivan, "1357");
	char bm[BADGE_DIGITS + 1], bi[BADGE_DIGITS + 1];
	app_badge_issue(app, maja, 0, 1, bm);
	app_badge_issue(app, ivan, 0, 1, bi);
	int locked = 0;
	for (int i = 0; i < 10; i++)
		locked += app_mentor_sign_in(app, bm, "1111", 100 + i, NULL, NULL) == ERR_LOCKED;
	CHECK(locked == 6, "ten wrong PINs for Maja: her PIN pauses at the fifth");
	CHECK(app_mentor_sign_in(app, bi, "1357", 120, NULL, NULL) == ERR_OK, "Ivan is never locked out by them");
	CHECK(test_file_has(logpath, "paused for 5 minutes after 5 wrong tries"), "the pause is logged");
	CHECK(app_pin_unlock(app, maja, &was, 130) == ERR_OK && was, "a coordinator lifts Maja's pause");
	CHECK(test_file_has(logpath, "unlocked by a coordinator"), "and that is logged");
	CHECK(app_mentor_sign_in(app, bm, "2468", 131, NULL, NULL) == ERR_OK, "Maja is in again at once");
	for (int i = 0; i < 5; i++)
		app_mentor_sign_in(app, bm, "1111", 200 + i, NULL, NULL);
	CHECK(app_mentor_sign_in(app, bm, "2468", 204 + 299, NULL, NULL) == ERR_LOCKED &&
	      app_mentor_sign_in(app, bm, "2468", 204 + 300, NULL, NULL) == ERR_OK,
	      "after an unlock the first pause is short again");
	CHECK(app_pin_unlock(app, 999, &was, 300) == ERR_NOT_FOUND, "unlocking nobody is named as such");
	app_close(app);
	log_close();
	free(path);
	free(logpath);
}

static void test_door(void)
{
	char *path = xasprintf("%s/door.db", test_tmpdir());
	struct app *app;
	struct scan_result r;
	long long ids[4];
	static const char *const names[] = { "Ana Kovač", "Luka Čeh", "Eva Zupan", "Nik Kralj" };
	app_open(path, true, NULL, &app);
	for (int i = 0; i < 4; i++) {
		app_person_add(app, names[i], ROLE_PARTICIPANT, "sl", 1, &ids[i]);
		app_person_set_pin(app, ids[i], "4321");
	}
	time_t t = 1800000000;
	int refused = 0;
	/* Three wrong PINs each for three people: no person's PIN pauses. */
	for (int i = 0; i < 9; i++)
		refused += app_attend_by_name(app, ids[i % 3], "0000", t + i, &r) == ERR_PIN_WRONG;
	CHECK(refused == 9, "wrong PINs at the door are refused one by one");
	CHECK(app_attend_by_name(app, ids[3], "0000", t + 10, &r) == ERR_DOOR_PAUSED,
	      "the tenth wrong PIN at the door, whoever it is for, pauses checking in by name");
	CHECK(app_attend_by_name(app, ids[3], "4321", t + 11, &r) == ERR_DOOR_PAUSED,
	      "then even a right PIN waits at the door");
	CHECK(app_attend_by_name(app, ids[3], "4321", t + 10 + DOOR_PIN_PAUSE, &r) == ERR_OK,
	      "five minutes later it opens");
	/* A mentor's PIN that confirms a check-in by name is a try at the door too. */
	long long maja;
	app_person_add(app, "Maja Novak", ROLE_MENTOR, "sl", 1, &maja);
	app_person_set_pin(app, maja, "2468");
	t += 2000;
	for (int i = 0; i < 9; i++)
		app_attend_confirmed_by_pin(app, ids[i % 3], maja, i % 2 ? "1111" : "2222", t + i, &r);
	CHECK(app_attend_by_name(app, ids[3], "0000", t + 10, &r) == ERR_DOOR_PAUSED,
	      "wrong mentor PINs at the door count for the door");
	CHECK(app_attend_confirmed_by_pin(app, ids[0], maja, "2468", t + 11, &r) == ERR_DOOR_PAUSED,
	      "and while it is paused a mentor confirms with their card, not a PIN");
	app_close(app);
	free(path);
}

static int outbox_rows(struct app *app)
{
	sqlite3_stmt *st;
	int n = -1;
	sqlite3_prepare_v2(app->db->handle, "SELECT count(*) FROM outbox", -1, &st, NULL);
	if (sqlite3_step(st) == SQLITE_ROW)
		n = sqlite3_column_int(st, 0);
	sqlite3_finalize(st);
	return n;
}

/* Someone at the door picks mentors' names and types wrong PINs: the
 * names pause, then the door pauses every PIN after a name; each mentor's
 * badge with the right PIN still opens mentor mode at once. Wrong PINs
 * with a badge count for the door too, and pause that badge. */
static void test_door_cannot_lock_out_mentors(void)
{
	struct app *app;
	struct scan_result r;
	long long maja, ivan, ana, who = 0;
	char bm[BADGE_DIGITS + 1], bi[BADGE_DIGITS + 1], guard[96];
	bool found = false;
	time_t until = 0, t = 1800000000;
	app_open(":memory:", true, NULL, &app);
	app->pin_cost = APP_PIN_COST_MIN;
	app_person_add(app, "Maja Novak", ROLE_MENTOR, "sl", 1, &maja);
	app_person_add(app, "Ivan Horvat", ROLE_COORDINATOR, "sl", 1, &ivan);
	app_person_add(app, "Ana Kovač", ROLE_PARTICIPANT, "sl", 1, &ana);
	app_person_set_pin(app, maja, "2468");
	app_person_set_pin(app, ivan, "1357");
	app_person_set_pin(app, ana, "4321");
	app_badge_issue(app, maja, 0, 1, bm);
	app_badge_issue(app, ivan, 0, 1, bi);
	int outbox = outbox_rows(app);

	int wrong = 0;
	for (int i = 0; i < 4; i++)
		wrong += app_door_mentor_pin(app, maja, "1111", t + i, NULL) == ERR_PIN_WRONG;
	CHECK(wrong == 4 && app_door_mentor_pin(app, maja, "1111", t + 4, &until) == ERR_LOCKED &&
	      until == t + 4 + 300, "five wrong PINs after Maja's name pause her name for five minutes");
	CHECK(app_door_mentor_pin(app, maja, "2468", t + 5, &until) == ERR_LOCKED && until == t + 304,
	      "then her right PIN after her name waits, and says until when");
	CHECK(app_mentor_sign_in(app, bm, "2468", t + 6, &who, NULL) == ERR_OK && who == maja,
	      "but her badge with the right PIN signs her in at once");
	for (int i = 0; i < 3; i++)
		app_door_mentor_pin(app, ivan, "1111", t + 10 + i, NULL);
	CHECK(app_door_mentor_pin(app, ivan, "1111", t + 13, &until) == ERR_DOOR_PAUSED &&
	      until == t + 13 + DOOR_PIN_PAUSE,
	      "the tenth wrong PIN at the door (Maja's paused try counts on) pauses the door");
	CHECK(setting_read(app, "door_pin_guard", guard, sizeof guard, &found) == ERR_OK && found,
	      "and the door's guard is recorded");
	CHECK(app_attend_by_name(app, ana, "4321", t + 14, &r) == ERR_DOOR_PAUSED && r.paused_until == t + 313,
	      "while it is paused, no PIN after a name is checked, and the refusal says until when");
	CHECK(app_door_mentor_pin(app, ivan, "1357", t + 15, NULL) == ERR_DOOR_PAUSED,
	      "not even a mentor's right PIN after their name");
	CHECK(app_mentor_sign_in(app, bi, "1357", t + 16, &who, NULL) == ERR_OK && who == ivan &&
	      app_mentor_sign_in(app, bm, "2468", t + 17, &who, NULL) == ERR_OK && who == maja,
	      "every mentor's badge with the right PIN signs in while the door is paused");

	/* Thirty wrong PINs in a row with Maja's badge, after the door's pause. */
	t += 1000;
	int locked = 0;
	for (int i = 0; i < 30; i++)
		locked += app_mentor_sign_in(app, bm, "1111", t + i, NULL, &until) == ERR_LOCKED;
	CHECK(locked == 26 && until == t + 4 + 300, "wrong PINs with a badge pause that badge at the fifth");
	CHECK(setting_read(app, "door_pin_guard", guard, sizeof guard, &found) == ERR_OK &&
	      strncmp(guard, "5 ", 2) == 0, "and the five it checked count for the door");
	for (int i = 0; i < 4; i++)
		app_attend_by_name(app, ana, "0000", t + 40 + i, &r);
	CHECK(app_attend_by_name(app, ana, "0000", t + 44, &r) == ERR_DOOR_PAUSED,
	      "so five more after a name pause the door");
	CHECK(app_mentor_sign_in(app, bi, "1357", t + 45, NULL, NULL) == ERR_OK,
	      "and Ivan's badge still signs him in");
	CHECK(outbox_rows(app) == outbox, "no wrong PIN and no pause is sent to the centre");
	app_close(app);
}

/* A pause from before the badge had its own stays with the name, where
 * anyone could have earned it: after the upgrade the badge opens. */
static void test_pause_from_before(void)
{
	char *path = xasprintf("%s/before.db", test_tmpdir());
	struct app *app;
	long long maja;
	char bm[BADGE_DIGITS + 1];
	app_open(path, true, NULL, &app);
	app->pin_cost = APP_PIN_COST_MIN;
	app_person_add(app, "Maja Novak", ROLE_MENTOR, "sl", 1, &maja);
	app_person_set_pin(app, maja, "2468");
	app_badge_issue(app, maja, 0, 1, bm);
	int rc = sqlite3_exec(app->db->handle,
	                      "UPDATE people SET pin_failures = 15, pin_locked_until = 1900000000;"
	                      TEST_UNDO_SCHEMA_19 TEST_UNDO_SCHEMA_17 TEST_UNDO_SCHEMA_15 TEST_UNDO_SCHEMA_14 TEST_UNDO_SCHEMA_13 TEST_UNDO_SCHEMA_12 "PRAGMA user_version=11;",
	                      NULL, NULL, NULL);
	app_close(app);
	CHECK(rc == SQLITE_OK && app_open(path, false, NULL, &app) == ERR_OK, "a file paused by the old rule upgrades");
	CHECK(app_door_mentor_pin(app, maja, "2468", 1800000000, NULL) == ERR_LOCKED,
	      "the pause stays on her name");
	CHECK(app_mentor_sign_in(app, bm, "2468", 1800000000, NULL, NULL) == ERR_OK, "and her badge opens");
	app_close(app);
	free(path);
}

static void test_config_ranges(void)
{
	struct app *app;
	char rule[200];
	app_open(":memory:", true, NULL, &app);
	CHECK(app_config_set(app, "mentor_idle_seconds", "0") == ERR_INVALID && app->cfg.mentor_idle_s == 120,
	      "mentor mode that never ends is refused, and nothing changes");
	CHECK(app_config_set(app, "mentor_idle_seconds", "29") == ERR_INVALID &&
	      app_config_set(app, "mentor_idle_seconds", "901") == ERR_INVALID, "just outside 30-900 too");
	CHECK(app_config_set(app, "mentor_idle_seconds", "30") == ERR_OK && app->cfg.mentor_idle_s == 30 &&
	      app_config_set(app, "mentor_idle_seconds", "900") == ERR_OK, "its ends are taken");
	static const char *const bad[] = { "", " 60", "60 ", "+60", "0x3c", "6e1", "99999999999999999999", "٦٠" };
	int refused = 0;
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
		refused += app_config_set(app, "idle_seconds", bad[i]) == ERR_INVALID;
	CHECK(refused == 8 && app->cfg.idle_s == 60, "only plain digits make a number");
	CHECK(app_config_set(app, "undo_seconds", "0") == ERR_INVALID &&
	      app_config_set(app, "greeting_seconds", "100000") == ERR_INVALID &&
	      app_config_set(app, "absence_days", "61") == ERR_INVALID &&
	      app_config_set(app, "target_hours", "0") == ERR_INVALID, "every number has its range");
	CHECK(app_config_set(app, "scan_guard_seconds", "0") == ERR_OK, "no guard at all is a workshop's choice");
	app_config_rule("mentor_idle_seconds", rule, sizeof rule);
	CHECK(strstr(rule, "30") && strstr(rule, "900"), "the refusal names the range");
	app_config_rule("name_checkin_needs", rule, sizeof rule);
	CHECK(strstr(rule, "pin, mentor or none") != NULL, "and the words a setting takes");
	app_config_rule("no_such", rule, sizeof rule);
	CHECK(strstr(rule, "'no_such' is not a setting") != NULL, "and names the key when there is no such setting");
	app_close(app);
}

void suite_locks(void)
{
	test_escalation_rule();
	test_door_rule();
	test_two_mentors();
	test_door();
	test_door_cannot_lock_out_mentors();
	test_pause_from_before();
	test_config_ranges();
}
