/* A card scanned while a mentor works: on every mentor screen with a field
 * or an Enter action, a scanner's burst checks its person in or out in an
 * overlay, and the screen, its form and its typed text stay as they were;
 * the signed-in mentor's own card signs out; digits typed slowly still go
 * into the field. */
#include <curses.h>
#include <stdio.h>
#include <string.h>

#include "app/assignments.h"
#include "app/people.h"
#include "app/progress.h"
#include "app/scan.h"
#include "app/visits.h"
#include "tests/harness.h"
#include "tests/screens/rig.h"
#include "tests/screens/suites.h"
#include "ui/term.h"
#include "util/date.h"

static void burst(struct rig *r, int who)
{
	char line[32];
	snprintf(line, sizeof line, "%s\r\n", r->payload[who]);
	rig_type(r, line, 3);
}

/* who's burst on the screen named screen: checked in, shown over it, and
 * gone again after a few seconds with the screen as it was. */
static void check_burst(struct rig *r, int who, const char *screen, const char *kept)
{
	char what[160];
	bool was_in = rig_is_in(r, who);
	burst(r, who);
	snprintf(what, sizeof what, "%s: a card is checked in, shown over the screen", screen);
	CHECK(rig_on(r, screen) && rig_is_in(r, who) && !was_in && rig_shows(r, "┌"), what);
	rig_wait(r, SCAN_OVERLAY_SECONDS + 1);
	snprintf(what, sizeof what, "%s: the overlay closes by itself, the screen and its text as they were",
	         screen);
	CHECK(rig_on(r, screen) && !rig_shows(r, "┌") && (!kept || rig_shows(r, kept)), what);
}

static void sign_in(struct rig *r)
{
	rig_type(r, "m", 0);
	burst(r, MAJA);
	rig_type(r, "1234\r", 200);
	rig_wait(r, 1);
}

/* The main loop waits for a key only as long as held digits may wait; the
 * keypad in application mode under xterm-256color (the screen tests'
 * terminal) gives curses key codes, some of them chosen at start-up. */
static void test_held_and_keypad(void)
{
	struct rig r;
	rig_open(&r, 24, 80);
	kiosk_step(&r.kiosk, true, false, '5', r.now, r.mono);
	int wait = kiosk_wait_ms(&r.kiosk, r.mono);
	CHECK(wait > 0 && wait <= INPUT_HOLD_MS + 1 && !strstr(rig_screen(&r), "[ 5 ]"),
	      "a digit is held a moment, and the loop waits no longer than that");
	kiosk_step(&r.kiosk, false, false, 0, r.now, r.mono + wait);
	CHECK(rig_shows(&r, "[ 5 ]") && kiosk_wait_ms(&r.kiosk, r.mono + wait) == TERM_TICK_MS,
	      "then it is typed, and the loop is back to its tick");
	rig_key(&r, UI_KEY_ESC);
	rig_wait(&r, 1);

	keypad(stdscr, TRUE); /* curses binds the keypad's sequences as the kiosk's terminal does */
	CHECK(key_defined("\033Ox") > KEY_MAX && key_defined("\033Ou") == KEY_B2,
	      "xterm names the keypad's 8 by a code chosen at start-up, its 5 as KEY_B2");
	const char *payload = r.payload[ANA];
	long long ms = r.mono;
	for (const char *p = payload; *p; p++, ms += 2) {
		char seq[4] = { 0x1B, 'O', (char)('p' + (*p - '0')), 0 };
		int code = key_defined(seq);
		if (code > 0) {
			kiosk_step(&r.kiosk, true, true, (uint32_t)code, r.now, ms);
		} else { /* no key named for it: curses hands on the bytes */
			for (int i = 0; i < 3; i++)
				kiosk_step(&r.kiosk, true, false, (unsigned char)seq[i], r.now, ms);
		}
	}
	kiosk_step(&r.kiosk, true, true, KEY_ENTER, r.now, ms);
	r.mono = ms + 100;
	CHECK(rig_on(&r, "greeting") && rig_shows_name(&r, "Ana K."), "keypad digits and keypad Enter from a scanner check in");
	rig_close(&r);
}

/* After an overlay closes the screen beneath shows what the scan changed,
 * and the key that closed it is the screen's too. */
static void test_after_the_overlay(void)
{
	struct rig r;
	rig_open(&r, 24, 80);
	sign_in(&r);
	rig_type(&r, "t", 0);
	CHECK(rig_on(&r, "today") && !rig_shows(&r, "Tom Brown  in since"), "today: Tom is not here yet");
	burst(&r, TOM);
	CHECK(rig_is_in(&r, TOM) && rig_shows(&r, "┌"), "today: Tom's card checks him in, in the overlay");
	rig_wait(&r, SCAN_OVERLAY_SECONDS + 1);
	CHECK(rig_on(&r, "today") && rig_shows(&r, "Tom Brown  in since 08:12"),
	      "today: once the overlay closes by itself, Tom is here");
	burst(&r, LUKA);
	rig_type(&r, "z", 0); /* a letter Today leaves alone */
	CHECK(rig_on(&r, "today") && !rig_shows(&r, "┌") && rig_shows(&r, "Luka Čeh  in since"),
	      "today: closed by a key, the list shows the next card's check-in at once");

	rig_type(&r, "p", 0);
	rig_type(&r, "ana", 150);
	rig_type(&r, "\r", 0);
	rig_type(&r, "n", 0);
	CHECK(rig_on(&r, "prompt"), "N opens the note");
	rig_type(&r, "abc", 150);
	burst(&r, NINA);
	CHECK(rig_is_in(&r, NINA) && rig_shows(&r, "┌"), "note: a card between the letters is checked in");
	rig_type(&r, "def", 150);
	CHECK(rig_on(&r, "prompt") && !rig_shows(&r, "┌") && rig_shows(&r, "abcdef"),
	      "note: the key that closed the overlay is in the note too");
	/* Enter and Esc are what a mentor presses to send a box away: they
	 * only close it, and never save or leave the form half-written. */
	burst(&r, LUKA);
	rig_type(&r, "\r", 0);
	CHECK(rig_on(&r, "prompt") && !rig_shows(&r, "┌") && rig_shows(&r, "abcdef"),
	      "note: Enter on the overlay only closes it; the note is not saved half-written");
	burst(&r, NINA);
	rig_type(&r, "\x1b", 0);
	rig_wait(&r, 1);
	CHECK(rig_on(&r, "prompt") && !rig_shows(&r, "┌") && rig_shows(&r, "abcdef"),
	      "note: Esc on the overlay only closes it; the note stays open");
	rig_wait(&r, 1);
	rig_type(&r, "\r", 0);
	CHECK(rig_on(&r, "person-file") && rig_shows(&r, "abcdef"), "note: saved whole");
	rig_close(&r);
}

/* A card whose programme has ended, scanned while a mentor works: the box
 * says the door's kind word too, in the person's language. */
static void test_overlay_after_end(void)
{
	struct rig r;
	struct refusal why;
	rig_open(&r, 24, 80);
	app_person_update(r.app, r.person[TOM], -1, 20261120, -1, -1, &why);
	sign_in(&r);
	burst(&r, TOM);
	CHECK(rig_shows(&r, "┌") && rig_shows(&r, "Welcome! You checked in at") &&
	      rig_shows(&r, "Good to see you. Please") && rig_shows(&r, "have a word with your mentor today."),
	      "the overlay greets a card after the programme's end kindly, as the door does");
	rig_close(&r);
}

void suite_scan_anywhere(void)
{
	test_held_and_keypad();
	test_after_the_overlay();
	test_overlay_after_end();

	struct rig r;
	struct scan_result res;
	time_t thursday;
	rig_open(&r, 24, 80);
	date_parse_local("2026-11-19T08:00:00", &thursday);
	app_scan(r.app, r.payload[ANA], thursday, &res); /* a review item: no check-out */
	app_assign(r.app, r.person[ANA], "sorting", r.person[MAJA], r.person[MAJA], NULL, r.now - 86400);
	app_progress_add(r.app, r.person[ANA], PROGRESS_PROCESS, "sorting", 3, 0, r.person[MAJA], NULL,
	                 NULL, r.now, NULL, NULL);
	sign_in(&r);
	CHECK(rig_on(&r, "review"), "signed in: the review queue");

	check_burst(&r, MARKO, "review", "Still checked in");
	CHECK(rig_on(&r, "review"), "the scanner's Enter opened no review item");
	burst(&r, IVANA);
	CHECK(rig_on(&r, "review") && rig_is_in(&r, IVANA) && rig_shows(&r, "┌"),
	      "another mentor's card checks her in, as at the door");
	rig_type(&r, "q", 0);
	CHECK(rig_on(&r, "review") && !rig_shows(&r, "┌"), "any key closes the overlay, and does nothing else");

	rig_type(&r, "\r", 0);
	CHECK(rig_on(&r, "correct"), "Enter opens the correction form");
	rig_type(&r, "16:0", 150);
	check_burst(&r, SPELA, "correct", "16:0");
	CHECK(!rig_shows(&r, r.payload[SPELA]), "correct: the card's digits are in no field");
	rig_type(&r, "0", 150);
	CHECK(rig_shows(&r, "16:00"), "correct: digits typed slowly after it go on in the field");
	rig_key(&r, UI_KEY_ESC);
	rig_type(&r, "y", 0); /* leave without saving */
	CHECK(rig_on(&r, "review"), "Esc leaves the form");

	rig_type(&r, "p", 0);
	rig_type(&r, "an", 150);
	check_burst(&r, LUKA, "participants", "an");
	rig_type(&r, "\r", 0);
	CHECK(rig_on(&r, "person-file") && rig_shows(&r, "Ana Kovač"), "participants: the filter kept, Enter opens Ana");

	rig_type(&r, "n", 0);
	rig_type(&r, "Helped", 100);
	check_burst(&r, NINA, "prompt", "Helped");
	rig_type(&r, " 12", 150);
	rig_wait(&r, 1);
	rig_type(&r, "\r", 0);
	rig_type(&r, "5", 0);
	CHECK(rig_on(&r, "person-file") && rig_shows(&r, "Helped 12") && !rig_shows(&r, r.payload[NINA]),
	      "note: the typed text and slow digits saved, never the card's number");

	rig_type(&r, "g", 0);
	rig_type(&r, "Come", 100);
	check_burst(&r, DJURDJA, "prompt", "Come");
	rig_key(&r, UI_KEY_ESC);
	rig_type(&r, "y", 0); /* leave without saving */

	rig_type(&r, "l", 0);
	rig_key(&r, KEY_DOWN);
	check_burst(&r, IVAN, "progress-form", NULL);
	rig_key(&r, UI_KEY_ESC);
	CHECK(rig_on(&r, "person-file"), "progress form: the scanner's Enter saved nothing and left nothing open");

	rig_type(&r, "o", 0);
	check_burst(&r, JOSIP, "rotation", NULL);
	struct work_today work;
	app_work_today(r.app, r.person[ANA], &work);
	CHECK(work.has && !strcmp(work.process.code, "sorting"), "rotation: the scanner's Enter assigned nothing");
	rig_key(&r, UI_KEY_ESC);

	rig_type(&r, "j", 0);
	check_burst(&r, MARIJA, "groups", NULL);
	rig_key(&r, UI_KEY_ESC);

	burst(&r, MARKO); /* a second scan within the guard: already in */
	CHECK(rig_on(&r, "person-file") && rig_shows(&r, "┌") && rig_is_in(&r, MARKO),
	      "a repeat within the guard changes nothing");
	rig_wait(&r, SCAN_OVERLAY_SECONDS + 1);

	bool maja_was_in = rig_is_in(&r, MAJA);
	burst(&r, MAJA);
	CHECK(rig_on(&r, "home") && rig_is_in(&r, MAJA) == maja_was_in,
	      "the signed-in mentor's own card signs out, and checks nobody in or out");
	rig_close(&r);
}
