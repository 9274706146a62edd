/* The kiosk's screens at 80x24 and 132x43, against golden text. */
#include <curses.h>
#include <stdio.h>
#include <string.h>

#include "app/badge.h"
#include "screens/screens.h"
#include "app/visits.h"
#include "tests/harness.h"
#include "tests/screens/rig.h"
#include "tests/screens/suites.h"
#include "util/i18n.h"


static void test_home(void)
{
	struct rig r;
	rig_open(&r, 24, 80);
	rig_golden(&r, "home-80x24");
	CHECK(!rig_shows(&r, "Ana") && !rig_shows(&r, "Maja"), "the home screen shows nobody's name");
	rig_type(&r, "12345", 400);
	CHECK(rig_shows(&r, "[ 12345 ]"), "slowly typed digits are shown as they come");
	rig_wait(&r, 25);
	CHECK(!rig_shows(&r, "12345"), "a half-typed number is forgotten after a while");
	rig_type(&r, "q", 0);
	rig_type(&r, "\x1bOQ", 0);
	rig_type(&r, "\x1b[24~", 0);
	CHECK(rig_on(&r, "home") && !rig_shows(&r, "[ "), "letters and unknown key sequences do not land in the card field");
	rig_type(&r, "1q2", 300);
	CHECK(rig_shows(&r, "[ 12 ]"), "only the digits typed are shown");
	rig_type(&r, "x\r", 300);
	CHECK(rig_on(&r, "message"), "Enter takes the digits shown as the card (here: not known)");
	rig_key(&r, UI_KEY_ESC);
	rig_wait(&r, 1);
	rig_type(&r, "xyz\r", 300);
	CHECK(rig_on(&r, "home") && !rig_shows(&r, "[ "), "letters and Enter alone do nothing");
	rig_type(&r, "n", 0);
	rig_type(&r, "an", 400);
	CHECK(rig_on(&r, "names") && rig_shows_name(&r, "Ana K.") && !rig_shows_name(&r, "Ivan B."), "a name half typed narrows the list");
	rig_wait(&r, 25);
	CHECK(rig_on(&r, "names"), "a pause in typing a name never throws the person back a screen");
	CHECK(rig_shows_name(&r, "Ivan B."), "only the typed letters are forgotten: the whole list shows again");
	rig_key(&r, UI_KEY_ESC);
	rig_resize(&r, 43, 132);
	rig_golden(&r, "home-132x43");
	rig_close(&r);
}

static void test_greeting(void)
{
	struct rig r;
	rig_open(&r, 24, 80);
	char burst[32];
	snprintf(burst, sizeof burst, "%s\r\n", r.payload[ANA]);
	rig_type(&r, burst, 3);
	CHECK(!strcmp(rig_top(&r), "greeting"), "a scanner burst with CR LF greets (the LF did not close it)");
	rig_golden(&r, "greeting-in-sl-80x24");
	CHECK(!strcmp(i18n_lang(), "en"), "the kiosk's own language is back after a Slovenian greeting");
	rig_wait(&r, 4);
	CHECK(rig_shows(&r, "(6 s)"), "the undo offer counts down");
	rig_wait(&r, 27);
	CHECK(!strcmp(rig_top(&r), "home"), "the greeting goes home by itself");

	rig_type(&r, burst, 3);
	CHECK(!strcmp(rig_top(&r), "message"), "a repeat within two minutes is a message");
	rig_golden(&r, "already-in-sl-80x24");
	rig_type(&r, "\r", 0);
	CHECK(!strcmp(rig_top(&r), "home"), "Enter closes it");

	/* Check out, in English, on a large terminal. */
	rig_resize(&r, 43, 132);
	snprintf(burst, sizeof burst, "%s\r", r.payload[TOM]);
	rig_type(&r, burst, 3);
	rig_wait(&r, 3 * 3600);
	rig_type(&r, burst, 3);
	rig_golden(&r, "greeting-out-en-132x43");
	rig_close(&r);
}

static void test_undo(void)
{
	struct rig r;
	rig_open(&r, 24, 80);
	char burst[32];
	snprintf(burst, sizeof burst, "%s\r\n", r.payload[IVAN]);
	rig_type(&r, burst, 3);
	CHECK(rig_on(&r, "greeting") && rig_shows_name(&r, "Ivan B.") && rig_shows(&r, "Dobro došli!") &&
	          rig_count_visits(&r, VISIT_OPEN) == 1,
	      "Ivan is greeted in Croatian and checked in");
	rig_wait(&r, 5);
	rig_type(&r, "u", 0);
	CHECK(!strcmp(rig_top(&r), "message") && rig_shows(&r, "Poništeno"),
	      "U undoes, and says so in Croatian");
	CHECK(rig_count_visits(&r, VISIT_UNDONE) == 1 && rig_count_visits(&r, VISIT_OPEN) == 0,
	      "the check-in is kept as undone");
	rig_wait(&r, 10);
	rig_type(&r, burst, 3);
	rig_wait(&r, 31);
	rig_type(&r, burst, 3); /* 31 s later: still guarded */
	rig_type(&r, "u", 0);
	CHECK(rig_count_visits(&r, VISIT_OPEN) == 1, "U on a message undoes nothing");
	rig_close(&r);
}

static void test_rejections(void)
{
	struct rig r;
	rig_open(&r, 24, 80);
	rig_type(&r, "1234567890\r\n", 3);
	rig_golden(&r, "unreadable-80x24");
	rig_type(&r, "\r", 0);
	rig_type(&r, "4006381333931\r", 3);
	CHECK(rig_shows(&r, "could not be read"), "a product barcode gets the calm message");
	rig_type(&r, "\r", 0);
	/* A valid payload nobody has: flip the check digit chain by reissuing. */
	char old[16];
	strcpy(old, r.payload[MARKO]);
	char fresh[16];
	app_badge_issue(r.app, r.person[MARKO], 0, r.now, fresh);
	rig_type(&r, old, 3);
	rig_type(&r, "\r", 0);
	rig_golden(&r, "replaced-80x24");
	CHECK(rig_count_visits(&r, VISIT_OPEN) + rig_count_visits(&r, VISIT_CLOSED) == 0, "rejected cards record nothing");
	rig_wait(&r, 11);
	CHECK(!strcmp(rig_top(&r), "home"), "the message goes home by itself");
	rig_close(&r);
}

static void test_names(void)
{
	struct rig r;
	rig_open(&r, 24, 80);
	rig_type(&r, "n", 0);
	CHECK(!strcmp(rig_top(&r), "names"), "N opens the name list");
	rig_golden(&r, "names-80x24");
	rig_type(&r, "m", 200);
	CHECK(rig_shows_name(&r, "Maja N.") && rig_shows_name(&r, "Marko Ž.") && !rig_shows_name(&r, "Ana K."),
	      "typing narrows the list");
	rig_type(&r, "a", 200);
	CHECK(rig_shows_name(&r, "Marija J.") && !rig_shows(&r, "Nina"), "letter by letter");
	rig_type(&r, "\r", 0); /* Maja N. has a PIN */
	CHECK(!strcmp(rig_top(&r), "pin"), "a person with a PIN is asked for it");
	rig_type(&r, "99", 300);
	rig_golden(&r, "pin-80x24");
	rig_type(&r, "99\r", 300);
	CHECK(!strcmp(rig_top(&r), "pin") && rig_shows(&r, "did not match"), "a wrong PIN is said calmly");
	rig_type(&r, "1234\r", 300);
	CHECK(!strcmp(rig_top(&r), "greeting"), "the right PIN checks in");
	rig_type(&r, "\r", 0);

	app_config_set(r.app, "name_checkin_needs", "none");
	rig_type(&r, "n", 0);
	rig_type(&r, "đ", 200);
	CHECK(rig_shows_name(&r, "Đurđa M.") && !rig_shows(&r, "Maja"), "Đ finds Đurđa");
	rig_key(&r, KEY_BACKSPACE);
	rig_type(&r, "d", 200);
	CHECK(rig_shows_name(&r, "Đurđa M."), "and so does a plain d");
	rig_type(&r, "\r", 0);
	CHECK(!strcmp(rig_top(&r), "greeting"), "no PIN: straight to the greeting");
	rig_type(&r, "\r", 0);

	rig_type(&r, "n", 0);
	rig_key(&r, KEY_DOWN);
	rig_key(&r, KEY_RIGHT);
	rig_wait(&r, 61);
	CHECK(!strcmp(rig_top(&r), "home"), "an idle name list goes home");

	app_config_set(r.app, "name_list", "off");
	rig_type(&r, "\x1b", 0);
	CHECK(rig_on(&r, "home") && rig_shows(&r, "Please scan your card.") && !rig_shows(&r, "Press N"),
	      "with the list turned off, the home screen does not offer it");
	rig_type(&r, "n", 0);
	CHECK(!strcmp(rig_top(&r), "home"), "and N does nothing");
	rig_close(&r);
}

static void test_too_small(void)
{
	struct rig r;
	rig_open(&r, 24, 80);
	rig_resize(&r, 20, 60);
	rig_golden(&r, "too-small-60x20");
	char burst[32];
	snprintf(burst, sizeof burst, "%s\r\n", r.payload[NINA]);
	rig_type(&r, burst, 3);
	CHECK(rig_count_visits(&r, VISIT_OPEN) == 1, "a scan is taken while the window is too small");
	rig_resize(&r, 24, 80);
	CHECK(rig_on(&r, "greeting") && rig_shows_name(&r, "Nina K."), "and greets once the window is large again");
	rig_type(&r, "\r", 0);
	rig_golden(&r, "home-80x24");
	rig_close(&r);
}

static void test_linux_console(void)
{
	FILE *out = fopen("/dev/null", "w"), *in = fopen("/dev/null", "r");
	SCREEN *linux_scr = newterm("linux", out, in);
	CHECK(linux_scr != NULL, "TERM=linux starts");
	if (linux_scr) {
		set_term(linux_scr);
		struct rig r;
		rig_open(&r, 24, 80);
		rig_golden(&r, "home-80x24");
		char burst[32];
		snprintf(burst, sizeof burst, "%s\r\n", r.payload[ANA]);
		rig_type(&r, burst, 3);
		rig_golden(&r, "greeting-in-sl-80x24");
		rig_close(&r);
		endwin();
	}
	/* delscreen() would leave stdscr NULL for the main screen too, so this
	 * suite runs last and main() ends both. */
	set_term(screens_main);
	if (linux_scr)
		delscreen(linux_scr);
	fclose(out);
	fclose(in);
}

static void test_badge_qr(void)
{
	struct rig r;
	struct badge_qr_arg arg = { .style = QRDRAW_BLOCKS, .is_alone = true };
	const unsigned char digits[BADGE_RANDOM_DIGITS] = { 1, 2, 3, 4, 5, 6, 7, 8, 9 };
	badge_payload_make(digits, arg.payload);
	strcpy(arg.name, "Zoran Čuček");
	struct kiosk_start start = { .home = &badge_qr_screen, .home_arg = &arg, .min_rows = 1, .min_cols = 1 };
	rig_open(&r, 24, 80);
	kiosk_done(&r.kiosk);
	kiosk_init(&r.kiosk, r.app, &start, 24, 80, r.now, r.mono);
	rig_golden(&r, "badge-qr-blocks-80x24");
	char grouped[16];
	badge_payload_grouped(arg.payload, grouped, sizeof grouped);
	CHECK(rig_shows(&r, grouped), "the digits are under the code, in groups");
	kiosk_done(&r.kiosk);
	arg.style = QRDRAW_SPACES;
	kiosk_init(&r.kiosk, r.app, &start, 24, 80, r.now, r.mono);
	CHECK(rig_shows(&r, "too small to show the code") && rig_shows(&r, "58 x 33"),
	      "spaces need more room than 80 x 24, and the screen says how much");
	rig_resize(&r, 43, 132);
	CHECK(rig_shows(&r, "Zoran Čuček") && !rig_shows(&r, "too small"), "at 132 x 43 the spaces code fits");
	rig_type(&r, "x", 0);
	CHECK(r.kiosk.mgr.wants_quit, "any key closes it");
	rig_close(&r);
}

static void test_demo_leave(void)
{
	struct rig r;
	rig_open(&r, 24, 80);
	CHECK(rig_on(&r, "home") && rig_shows(&r, "Please scan your card.") && !rig_shows(&r, "Ctrl-Q"),
	      "a real workshop's home says nothing of leaving");
	rig_type(&r, "\x11", 0);
	CHECK(!r.kiosk.mgr.wants_quit && !strcmp(rig_top(&r), "home"), "and Ctrl-Q does nothing there");
	app_config_set(r.app, "demo", "on");
	CHECK(rig_shows(&r, "Demo: Ctrl-Q leaves"), "a demo workshop's home says how to leave");
	rig_key(&r, KEY_F(2));
	CHECK(!strcmp(rig_top(&r), "mentor-signin"), "(on the mentors' sign-in)");
	rig_type(&r, "\x11", 0);
	CHECK(r.kiosk.mgr.wants_quit, "Ctrl-Q leaves the demo, from any screen");
	rig_close(&r);
}

void suite_kiosk(void)
{
	test_badge_qr();
	test_home();
	test_greeting();
	test_undo();
	test_rejections();
	test_names();
	test_too_small();
	test_demo_leave();
}

void suite_console(void)
{
	test_linux_console();
}
