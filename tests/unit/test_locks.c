/* Unit tests of the locks that protect without locking out: a person's PIN
 * pause escalates (5, 15, 60 minutes) and is logged, one mentor's wrong
 * PINs never pause another's, a coordinator lifts a pause, the door's
 * check-in by name is limited as a whole, and settings keep to their
 * ranges. */
#include <stdlib.h>
#include <string.h>

#include "app/app.h"
#include "app/mentor.h"
#include "app/people.h"
#include "app/scan.h"
#include "core/mentor.h"
#include "tests/harness.h"
#include "tests/unit/suites.h"
#include "util/alloc.h"
#include "util/log.h"

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
	int locked = 0;
	for (int i = 0; i < 10; i++)
		locked += app_mentor_sign_in(app, maja, "1111", 100 + i) == ERR_LOCKED;
	CHECK(locked == 6, "ten wrong PINs for Maja: her PIN pauses at the fifth");
	CHECK(app_mentor_sign_in(app, ivan, "1357", 120) == ERR_OK, "Ivan is never locked out by them");
	CHECK(test_file_has(logpath, "paused for 5 minutes after 5 wrong tries"), "the pause is logged");
	CHECK(app_pin_unlock(app, maja, &was, 130) == ERR_OK && was, "a coordinator lifts Maja's pause");
	CHECK(test_file_has(logpath, "unlocked by a coordinator"), "and that is logged");
	CHECK(app_mentor_sign_in(app, maja, "2468", 131) == ERR_OK, "Maja is in again at once");
	for (int i = 0; i < 5; i++)
		app_mentor_sign_in(app, maja, "1111", 200 + i);
	CHECK(app_mentor_sign_in(app, maja, "2468", 204 + 299) == ERR_LOCKED &&
	      app_mentor_sign_in(app, maja, "2468", 204 + 300) == ERR_OK, "after an unlock the first pause is short again");
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
	test_config_ranges();
}
