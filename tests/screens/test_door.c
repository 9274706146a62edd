/* The door's PIN, name list and privacy: a PIN is never read as a card, the
 * lockout says so on the try that locks, a mentor is never sent to "ask a
 * mentor", check-in by name needs a PIN or a mentor, and a greeting's S and
 * U belong to the person who scanned for a short window only. */
#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/badge.h"
#include "app/people.h"
#include "app/visits.h"
#include "store/db.h"
#include "store/settings.h"
#include "tests/harness.h"
#include "tests/screens/rig.h"
#include "tests/screens/suites.h"

/* Ana has a PIN; she picks her name and types it. */
/* N at home, the first letters of a name typed slowly, Enter. */
static void pick_name(struct rig *r, const char *letters)
{
	rig_type(r, "n", 0);
	rig_type(r, letters, 200);
	rig_type(r, "\r", 0);
}

static void pick_ana(struct rig *r)
{
	pick_name(r, "an");
}

static void test_pin_after_message(void)
{
	struct rig r;
	rig_open(&r, 24, 80);
	app_person_set_pin(r.app, r.person[ANA], "4321");
	pick_ana(&r);
	CHECK(rig_on(&r, "pin"), "Ana is asked for her PIN");
	rig_type(&r, "99\r", 300);
	CHECK(rig_on(&r, "pin") && rig_shows(&r, "did not match"), "a wrong PIN is said");
	rig_type(&r, "4", 300);
	CHECK(rig_on(&r, "pin") && rig_shows(&r, "*") && !rig_shows(&r, "* *"), "one digit typed shows one dot, not the ones before");
	rig_type(&r, "321\r", 300);
	CHECK(rig_on(&r, "greeting"), "and the right PIN then checks in");
	rig_close(&r);

	rig_open(&r, 24, 80);
	app_person_set_pin(r.app, r.person[ANA], "4321");
	pick_ana(&r);
	for (int i = 0; i < 3; i++)
		rig_type(&r, "1111\r", 300);
	CHECK(rig_on(&r, "message"), "after three wrong PINs a calm message");
	rig_type(&r, "4321\r", 300);
	CHECK(!rig_shows(&r, "could not be read") && !rig_shows(&r, "4321"),
	      "a PIN typed on the message is not read as a card, nor shown");
	CHECK(rig_count_visits(&r, VISIT_OPEN) == 0, "and it checks nobody in");
	rig_scan(&r, TOM);
	CHECK(rig_on(&r, "greeting"), "a card scanned on the message still works");
	rig_close(&r);
}

/* Five wrong PINs pause sign-in; the fifth try says so itself. */
static void test_lockout_on_the_try(void)
{
	struct rig r;
	rig_open(&r, 24, 80);
	rig_type(&r, "m", 0);
	rig_scan(&r, MAJA);
	for (int i = 0; i < 4; i++)
		rig_type(&r, "9999\r", 50);
	CHECK(rig_on(&r, "pin") && rig_shows(&r, "did not match") && !rig_shows(&r, "paused"),
	      "four wrong mentor PINs: still asked again");
	rig_type(&r, "9999\r", 50);
	CHECK(rig_shows(&r, "paused"), "the fifth wrong PIN says at once that the PIN is paused");
	rig_close(&r);
}

/* A mentor at the kiosk is sent to a coordinator, never to "a mentor". */
static void test_mentor_words(void)
{
	struct rig r;
	rig_open(&r, 24, 80);
	rig_type(&r, "m", 0);
	rig_scan(&r, MAJA);
	rig_type(&r, "9999\r", 50);
	CHECK(rig_shows(&r, "did not match") && rig_shows(&r, "ask a coordinator") && !rig_shows(&r, "ask a mentor"),
	      "a mentor's wrong PIN sends her to a coordinator");
	rig_type(&r, "\x1b", 0);
	rig_type(&r, "m", 0);
	rig_type(&r, "1234567890\r", 3);
	CHECK(rig_on(&r, "mentor-signin") && rig_shows(&r, "ask a coordinator") && !rig_shows(&r, "ask a mentor"),
	      "an unreadable card at mentor sign-in: ask a coordinator");
	rig_type(&r, "\x1b", 0);
	/* Maja picks her own name at the door and gets her PIN wrong three times. */
	app_config_set(r.app, "name_checkin_needs", "pin");
	rig_type(&r, "n", 0);
	rig_type(&r, "maj", 200);
	rig_type(&r, "\r", 0);
	rig_type(&r, "9999\r", 50);
	CHECK(rig_on(&r, "pin") && rig_shows(&r, "ask a coordinator") && !rig_shows(&r, "ask a mentor"),
	      "a mentor checking in by name is not told to ask a mentor");
	rig_type(&r, "9999\r", 50);
	rig_type(&r, "9999\r", 50);
	CHECK(rig_on(&r, "message") && !rig_shows(&r, "ask a mentor"), "nor on the message after three tries");
	rig_type(&r, "\x1b", 0);
	/* A participant is still sent to a mentor. */
	app_person_set_pin(r.app, r.person[ANA], "4321");
	pick_ana(&r);
	rig_type(&r, "9999\r", 50);
	CHECK(rig_shows(&r, "ask a mentor"), "a participant is sent to a mentor");
	rig_close(&r);
}

/* Checking in by name needs a PIN or a mentor's card (name_checkin_needs). */
static void test_name_needs(void)
{
	struct rig r;
	rig_open(&r, 24, 80);
	pick_ana(&r); /* Ana has no PIN */
	CHECK(rig_on(&r, "pin") && rig_shows(&r, "ask a mentor to scan their card"),
	      "without a PIN, checking in by name waits for a mentor");
	CHECK(rig_count_visits(&r, VISIT_OPEN) == 0, "and checks nobody in by itself");
	rig_type(&r, "1111\r", 200);
	CHECK(rig_on(&r, "pin") && !rig_shows(&r, "1111") && rig_count_visits(&r, VISIT_OPEN) == 0,
	      "typed digits confirm nothing and are not shown");
	rig_golden(&r, "name-needs-mentor-80x24");
	rig_scan(&r, MAJA);
	CHECK(rig_on(&r, "greeting") && rig_shows_name(&r, "Ana K."), "a mentor's card confirms: Ana is greeted");
	CHECK(rig_count_visits(&r, VISIT_OPEN) == 1, "only Ana is checked in, not the mentor");
	rig_type(&r, "\r", 0);

	/* Or the mentor picks her name and types her PIN. */
	rig_type(&r, "\x1b", 0);
	app_person_set_pin(r.app, r.person[MAJA], "1234");
	rig_type(&r, "n", 0);
	rig_type(&r, "nin", 200);
	rig_type(&r, "\r", 0);
	rig_type(&r, "n", 0);
	CHECK(rig_on(&r, "names") && rig_shows_name(&r, "Maja N.") && !rig_shows_name(&r, "Nina K."), "N: the mentors' names");
	rig_type(&r, "maj", 200);
	rig_type(&r, "\r", 0);
	CHECK(rig_on(&r, "pin") && rig_shows(&r, "Confirm the check-in of Nina K."), "Maja is asked for her PIN for Nina");
	rig_type(&r, "9999\r", 200);
	CHECK(rig_on(&r, "pin") && rig_shows(&r, "ask a coordinator") && rig_count_visits(&r, VISIT_OPEN) == 1,
	      "a wrong PIN confirms nothing");
	rig_type(&r, "1234\r", 200);
	CHECK(rig_on(&r, "greeting") && rig_shows_name(&r, "Nina K.") && rig_count_visits(&r, VISIT_OPEN) == 2,
	      "the mentor's PIN confirms: Nina is greeted");
	rig_type(&r, "\r", 0);

	pick_ana(&r);
	rig_scan(&r, TOM);
	CHECK(rig_on(&r, "greeting") && rig_shows_name(&r, "Tom B.") && rig_count_visits(&r, VISIT_OPEN) == 3,
	      "a participant's card there checks its own owner in, as at the door");
	rig_type(&r, "\r", 0);

	app_config_set(r.app, "name_checkin_needs", "mentor");
	app_person_set_pin(r.app, r.person[MARKO], "4321");
	rig_type(&r, "n", 0);
	rig_type(&r, "mar", 200);
	rig_key(&r, KEY_RIGHT);
	rig_screen(&r);
	rig_type(&r, "\r", 0);
	CHECK(rig_on(&r, "pin") && rig_shows(&r, "ask a mentor to scan"),
	      "with name_checkin_needs mentor, a PIN is not enough");
	rig_type(&r, "\x1b", 0);

	app_config_set(r.app, "name_checkin_needs", "none");
	rig_type(&r, "n", 0);
	rig_type(&r, "luk", 200);
	rig_type(&r, "\r", 0);
	CHECK(rig_on(&r, "greeting") && rig_shows_name(&r, "Luka Č."), "with none, a name without a PIN checks in");
	rig_close(&r);
}

/* S and U belong to the person who scanned, for undo_seconds only. */
static void test_greeting_window(void)
{
	struct rig r;
	rig_open(&r, 24, 80);
	rig_scan(&r, TOM);
	CHECK(rig_shows(&r, "S: see my hours") && rig_shows(&r, "(10 s)"), "right after a scan: S and U are offered");
	rig_wait(&r, 10);
	CHECK(rig_on(&r, "greeting") && !rig_shows(&r, "S: see my hours") && !rig_shows(&r, "Press U"),
	      "after ten seconds the greeting offers neither");
	rig_golden(&r, "greeting-after-window-80x24");
	rig_type(&r, "s", 0);
	CHECK(rig_on(&r, "home") && !rig_shows_name(&r, "Tom B."), "S after the window shows nobody's hours: the greeting closes");
	rig_scan(&r, LUKA);
	rig_wait(&r, 12);
	rig_type(&r, "u", 0);
	CHECK(rig_on(&r, "home") && rig_count_visits(&r, VISIT_OPEN) == 2 && rig_count_visits(&r, VISIT_UNDONE) == 0,
	      "U after the window undoes nothing: the greeting closes");

	rig_scan(&r, ANA);
	CHECK(rig_on(&r, "greeting") && rig_shows_name(&r, "Ana K.") && !rig_shows_name(&r, "Tom B."),
	      "a new scan ends the previous greeting");
	rig_wait(&r, 3);
	rig_type(&r, "s", 0);
	CHECK(rig_on(&r, "self-view") && rig_shows_name(&r, "Ana K."), "within the window S shows the scanner's own hours");
	rig_type(&r, "\r", 0);
	rig_scan(&r, TOM);
	rig_type(&r, "1234567890\r", 3);
	CHECK(rig_on(&r, "message") && !rig_shows_name(&r, "Tom B."), "even an unreadable card ends the greeting");
	rig_type(&r, "u", 0);
	CHECK(rig_on(&r, "home") && rig_count_visits(&r, VISIT_OPEN) == 3 && rig_count_visits(&r, VISIT_UNDONE) == 0,
	      "and U there undoes nothing: the message closes");

	app_config_set(r.app, "undo_seconds", "20");
	rig_scan(&r, NINA);
	rig_wait(&r, 15);
	CHECK(rig_shows(&r, "S: moje ure") && rig_shows(&r, "(5 s)"), "the window follows undo_seconds");
	rig_close(&r);
}

/* A card scanned after the person's programme ended: the door greets as
 * ever and asks, kindly, for a word with the mentor; nothing that shames
 * (no "ended", no "not allowed"), and the visit is recorded all the same. */
static void test_greeting_after_end(void)
{
	struct rig r;
	struct refusal why;
	rig_open(&r, 24, 80);
	CHECK(app_person_update(r.app, r.person[ANA], -1, 20261120, -1, -1, &why) == ERR_OK,
	      "Ana's programme ended on Friday");
	rig_scan(&r, ANA);
	CHECK(rig_on(&r, "greeting") && rig_shows_name(&r, "Ana K.") && rig_shows(&r, "Prijavili ste se ob 08:12"),
	      "after the programme ended the door greets as ever");
	CHECK(rig_shows(&r, "Prosimo, danes se oglasite pri svojem mentorju."), "and asks for a word with the mentor");
	CHECK(!rig_shows(&r, "konec") && !rig_shows(&r, "program") && !rig_shows(&r, "ni dovoljen"),
	      "without a word that shames");
	rig_golden(&r, "greeting-after-end-sl-80x24");
	CHECK(rig_count_visits(&r, VISIT_OPEN) == 1, "the visit is recorded");
	rig_wait(&r, 30);
	rig_scan(&r, TOM);
	CHECK(rig_on(&r, "greeting") && !rig_shows(&r, "mentor"), "a scan within the programme asks nothing");
	rig_close(&r);
}

/* Ten wrong PINs at the door (a person's own pause counts on) pause
 * checking in by name there; the screen says so, and that cards still
 * work. */
static void test_door_paused(void)
{
	struct rig r;
	int tries = 0;
	rig_open(&r, 24, 80);
	app_config_set(r.app, "name_checkin_needs", "pin");
	app_person_set_pin(r.app, r.person[ANA], "4321");
	while (tries < 12 && !rig_shows(&r, "by name is paused")) {
		rig_type(&r, "\x1b", 0);
		pick_ana(&r);
		rig_type(&r, "9999\r", 50);
		tries++;
	}
	CHECK(tries == 10 && rig_on(&r, "message") && rig_shows(&r, "scan your card"),
	      "the tenth wrong PIN pauses checking in by name, and says a card still works");
	rig_type(&r, "\x1b", 0);
	app_person_set_pin(r.app, r.person[MAJA], "1234");
	pick_name(&r, "maj");
	rig_type(&r, "1234\r", 50);
	CHECK(rig_shows(&r, "by name is paused") && rig_count_visits(&r, VISIT_OPEN) == 0,
	      "then even another's right PIN waits, and nobody is checked in");
	rig_type(&r, "\x1b", 0);
	rig_scan(&r, ANA);
	CHECK(rig_on(&r, "greeting"), "while a card checks in as ever");
	rig_close(&r);
}

/* M, N, a mentor's name picked by its first letters: the PIN screen of
 * mentor sign-in by name. */
static void mentor_by_name(struct rig *r, const char *short_name)
{
	char letters[4] = "";
	memcpy(letters, short_name, 3);
	rig_type(r, "m", 0);
	rig_type(r, "n", 0);
	rig_type(r, letters, 200);
	rig_type(r, "\r", 0);
}

/* Someone at the door tries to lock every mentor out: five wrong PINs for
 * each mentor picked by name, then thirty in a row for one. Each mentor
 * still signs in with their badge and PIN at once; the door's guard
 * counted the guessing and pauses the name path, and says for how long. */
static void test_door_cannot_lock_out_mentors(void)
{
	struct rig r;
	struct name_entry *mentors;
	size_t n = 0;
	long long boris;
	char payload[16][BADGE_DIGITS + 1], value[96];
	bool found = false;
	rig_open(&r, 24, 80);
	app_person_add(r.app, "Boris Kos", ROLE_COORDINATOR, "sl", r.now, &boris);
	app_person_set_pin(r.app, boris, "1234");
	app_badge_issue(r.app, boris, 0, r.now, payload[0]);
	app_name_list(r.app, true, &mentors, &n);
	CHECK(n == 3 && n < 16, "three mentors and coordinators on the mentors' name list");
	size_t asked = 0;
	for (size_t i = 0; i < n; i++) {
		app_badge_current(r.app, mentors[i].person_id, payload[i]);
		mentor_by_name(&r, mentors[i].short_name);
		asked += rig_on(&r, "pin") && rig_shows(&r, mentors[i].short_name);
		for (int k = 0; k < 5 && rig_on(&r, "pin"); k++)
			rig_type(&r, "9999\r", 50);
		rig_type(&r, "\x1b", 0);
		rig_type(&r, "\x1b", 0);
	}
	CHECK(asked == n, "each mentor's name at the door asks for their PIN");
	mentor_by_name(&r, mentors[0].short_name);
	for (int k = 0; k < 30; k++) {
		if (!rig_on(&r, "pin")) {
			rig_type(&r, "\x1b", 0);
			rig_type(&r, "\x1b", 0);
			mentor_by_name(&r, mentors[0].short_name);
		}
		rig_type(&r, "9999\r", 50);
	}
	rig_type(&r, "\x1b", 0);
	rig_type(&r, "\x1b", 0);
	db_begin_read(r.app->db);
	db_end_read(r.app->db, store_setting_get(r.app->db, "door_pin_guard", value, sizeof value, &found));
	CHECK(found, "the door's guard counted the wrong mentor PINs");
	mentor_by_name(&r, mentors[1].short_name);
	rig_type(&r, "1234\r", 50);
	CHECK(!rig_on(&r, "review") && rig_shows(&r, "minutes"),
	      "the name path is paused for the guessing, and the words say for how long");
	rig_golden(&r, "door-paused-mentor-80x24");
	rig_type(&r, "\x1b", 0);
	rig_type(&r, "\x1b", 0);
	time_t before = r.now;
	int signed_in = 0;
	for (size_t i = 0; i < n; i++) {
		char burst[32];
		rig_type(&r, "m", 0);
		snprintf(burst, sizeof burst, "%s\r\n", payload[i]);
		rig_type(&r, burst, 3);
		rig_type(&r, "1234\r", 200);
		signed_in += rig_on(&r, "review");
		rig_type(&r, "\x1b", 0);
	}
	printf("# %d of %zu mentors signed in with their badge, %lld s after the attack\n", signed_in, n,
	       (long long)(r.now - before));
	CHECK(signed_in == (int)n, "then every mentor signs in with their badge and the right PIN");
	CHECK(r.now - before < 10, "within seconds");
	free(mentors);
	rig_close(&r);
}

/* The greeting belongs to whoever scanned: the first key after the scan
 * that is not U, S or Enter ends it at once, so the next person's key
 * cannot be followed by an undo of someone else's scan. */
static void test_greeting_first_key(void)
{
	struct rig r;
	rig_open(&r, 24, 80);
	rig_scan(&r, ANA);
	rig_type(&r, "x", 0);
	rig_type(&r, "u", 0);
	CHECK(rig_on(&r, "home") && rig_count_visits(&r, VISIT_OPEN) == 1 && rig_count_visits(&r, VISIT_UNDONE) == 0,
	      "a letter ends the greeting: U after it undoes nothing");

	rig_scan(&r, TOM);
	rig_type(&r, "7", 0);
	rig_wait(&r, 1);
	CHECK(rig_on(&r, "home") && rig_shows(&r, "[ 7 ]") && !rig_shows_name(&r, "Tom B."),
	      "a digit ends the greeting at once and begins a card typed on home");
	rig_type(&r, "u", 0);
	CHECK(rig_count_visits(&r, VISIT_OPEN) == 2 && rig_count_visits(&r, VISIT_UNDONE) == 0,
	      "and U after it undoes nothing");
	rig_type(&r, "\x1b", 0);

	rig_scan(&r, LUKA);
	rig_key(&r, KEY_DOWN);
	CHECK(rig_on(&r, "home") && !rig_shows_name(&r, "Luka Č."), "an arrow key ends the greeting too");
	rig_type(&r, "s", 0);
	CHECK(rig_on(&r, "home") && !rig_shows_name(&r, "Luka Č."), "S after it shows nobody's hours");
	rig_type(&r, "u", 0);
	CHECK(rig_count_visits(&r, VISIT_OPEN) == 3 && rig_count_visits(&r, VISIT_UNDONE) == 0,
	      "nor does U undo Luka's scan");

	rig_scan(&r, NINA);
	rig_scan(&r, MAJA);
	rig_type(&r, "u", 0);
	CHECK(rig_count_visits(&r, VISIT_OPEN) == 4 && rig_count_visits(&r, VISIT_UNDONE) == 1 &&
	          rig_shows(&r, "Maja"),
	      "another scan ends the greeting: U undoes only the newest scan");
	rig_close(&r);
}

/* The same card again within the guard says "already checked in" and keeps
 * the first scan's undo while its window lasts; after it, no undo. */
static void test_repeat_keeps_undo(void)
{
	struct rig r;
	rig_open(&r, 24, 80);
	rig_scan(&r, TOM);
	rig_wait(&r, 3);
	rig_scan(&r, TOM);
	CHECK(rig_shows(&r, "already checked in since 08:12") && rig_shows(&r, "Press U to undo (7 s)"),
	      "a repeat says already, and still offers the first scan's undo");
	rig_golden(&r, "already-in-undo-80x24");
	rig_type(&r, "u", 0);
	CHECK(rig_count_visits(&r, VISIT_OPEN) == 0 && rig_count_visits(&r, VISIT_UNDONE) == 1,
	      "U there undoes the first scan");
	rig_wait(&r, 20);

	rig_scan(&r, TOM);
	rig_wait(&r, 3 * 3600);
	rig_scan(&r, TOM);
	rig_wait(&r, 2);
	rig_scan(&r, TOM);
	CHECK(rig_shows(&r, "already checked out at") && rig_shows(&r, "Press U to undo (8 s)"),
	      "a repeated check-out keeps its undo too");
	rig_type(&r, "u", 0);
	CHECK(rig_count_visits(&r, VISIT_OPEN) == 1 && rig_count_visits(&r, VISIT_CLOSED) == 0,
	      "U there opens the visit again");
	rig_wait(&r, 20);

	rig_scan(&r, ANA);
	rig_wait(&r, 12);
	rig_scan(&r, ANA);
	CHECK(rig_on(&r, "message") && rig_shows_name(&r, "Ana K.") && !rig_shows(&r, "pritisnite U"),
	      "past the first scan's window a repeat offers no undo");
	rig_type(&r, "u", 0);
	CHECK(rig_count_visits(&r, VISIT_OPEN) == 2, "and U there undoes nothing");
	rig_close(&r);
}

/* With the clock set back an hour, the same card is recorded at its
 * check-in's time, later than the clock: no undo can be made before the
 * scan, so none is offered (a countdown of an hour and a refusal). */
static void test_no_undo_before_the_scan(void)
{
	struct rig r;
	rig_open(&r, 24, 80);
	rig_scan(&r, TOM);
	rig_wait(&r, 20);
	r.now -= 3600;
	rig_scan(&r, TOM);
	CHECK(!rig_shows(&r, "Press U to undo") && rig_shows_name(&r, "Tom"),
	      "a scan recorded after the clock's time offers no undo");
	rig_type(&r, "u", 0);
	CHECK(rig_count_visits(&r, VISIT_UNDONE) == 0, "and U undoes nothing");
	rig_close(&r);
}

void suite_door(void)
{
	test_no_undo_before_the_scan();
	test_greeting_after_end();
	test_greeting_first_key();
	test_repeat_keeps_undo();
	test_door_cannot_lock_out_mentors();
	test_door_paused();
	test_mentor_words();
	test_name_needs();
	test_greeting_window();
	test_lockout_on_the_try();
	test_pin_after_message();
}
