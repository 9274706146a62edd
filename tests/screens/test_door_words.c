/* Words and keys for people who read little: yes and no in the reader's
 * language, a PIN's check that says it is checking, and a number typed by
 * hand that is worded as a number. */
#include <curses.h>
#include <stdio.h>
#include <string.h>

#include "app/people.h"
#include "kiosk/loop.h"
#include "tests/harness.h"
#include "tests/screens/rig.h"
#include "tests/screens/suites.h"
#include "util/i18n.h"

/* Signs Maja in after closing time and opens today with Tom still here. */
static void open_today(struct rig *r)
{
	rig_scan(r, TOM);
	rig_type(r, "\r", 0);
	rig_wait(r, 10 * 3600);
	rig_sign_in(r, MAJA);
	rig_type(r, "t", 0);
}

/* Closing the day asks yes or no with the reader's letters: D (da) in
 * Slovenian and Croatian, Y in English; N, Esc and Enter are no. */
static void test_yes_no_keys(void)
{
	static const struct {
		const char *lang, *ask, *yes, *not_yes;
	} cases[] = {
		{ "sl", "Pritisnite D, da odjavite vse", "d", "y" },
		{ "hr", "Pritisnite D da odjavite sve", "D", "y" },
		{ "en", "Press Y to check out everyone", "y", "d" },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		struct rig r;
		char what[160];
		i18n_set_lang(cases[i].lang);
		rig_open(&r, 24, 80);
		open_today(&r);
		int open = rig_count_visits(&r, VISIT_OPEN);
		rig_type(&r, "c", 0);
		snprintf(what, sizeof what, "%s: the question shows the language's yes key, N and Esc", cases[i].lang);
		CHECK(rig_on(&r, "today") && rig_shows(&r, cases[i].ask) && rig_shows(&r, "Esc"), what);
		const char *no_keys[] = { cases[i].not_yes, "n", "\x1b", "\r" };
		for (size_t k = 0; k < 4; k++) {
			rig_type(&r, no_keys[k], 0);
			snprintf(what, sizeof what, "%s: key %zu is no, nobody is checked out", cases[i].lang, k);
			CHECK(rig_on(&r, "today") && open > 0 && rig_count_visits(&r, VISIT_OPEN) == open, what);
			rig_type(&r, "c", 0);
		}
		rig_type(&r, cases[i].yes, 0);
		snprintf(what, sizeof what, "%s: the yes key checks everyone out", cases[i].lang);
		CHECK(rig_count_visits(&r, VISIT_OPEN) < open, what);
		rig_close(&r);
	}
	i18n_set_lang("en");
}

/* A form's "leave without saving?" takes D in Slovenian; Y does not leave. */
static void test_leave_form_in_slovenian(void)
{
	struct rig r;
	i18n_set_lang("sl");
	rig_open(&r, 24, 80);
	rig_sign_in(&r, MAJA);
	rig_type(&r, "p", 0);
	rig_type(&r, "an", 150);
	rig_type(&r, "\r", 0);
	rig_type(&r, "n", 0);
	rig_type(&r, "Pomagala Marku", 0);
	rig_key(&r, UI_KEY_ESC);
	CHECK(rig_on(&r, "prompt") && rig_shows(&r, "Pritisnite D, da odidete brez shranjevanja. N ali Esc: ne."),
	      "sl: the form asks with D and N");
	rig_type(&r, "y", 0);
	CHECK(rig_on(&r, "prompt") && rig_shows(&r, "Pomagala Marku"), "sl: Y is no, the note is kept");
	rig_key(&r, UI_KEY_ESC);
	rig_type(&r, "d", 0);
	CHECK(rig_on(&r, "person-file"), "sl: D (da) leaves without saving");
	rig_close(&r);
	i18n_set_lang("en");
}

/* The PIN's check is slow on purpose: "Checking …" is drawn before it runs,
 * and the loop runs it at once after drawing. */
static void test_pin_checking(void)
{
	static const struct {
		const char *lang, *checking;
	} cases[] = { { "en", "Checking …" }, { "sl", "Preverjam …" }, { "hr", "Provjeravam …" } };
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		struct rig r;
		char what[160];
		i18n_set_lang(cases[i].lang);
		rig_open(&r, 24, 80);
		app_person_set_pin(r.app, r.person[ANA], "4321");
		rig_type(&r, "n", 0);
		rig_type(&r, "an", 200);
		rig_type(&r, "\r", 0);
		rig_type(&r, "4321", 300);
		/* Enter alone, as the loop gets it: then the picture it draws. */
		kiosk_step(&r.kiosk, true, false, '\r', r.now, r.mono);
		snprintf(what, sizeof what, "%s: after Enter the PIN screen says it is checking", cases[i].lang);
		CHECK(rig_on(&r, "pin") && rig_shows(&r, cases[i].checking) && rig_count_visits(&r, VISIT_OPEN) == 0,
		      what);
		CHECK(kiosk_wait_ms(&r.kiosk, r.mono) == 0, "the loop does not wait a tick for the check");
		kiosk_step(&r.kiosk, false, false, 0, r.now, r.mono);
		snprintf(what, sizeof what, "%s: the next step checks the PIN and greets", cases[i].lang);
		CHECK(rig_on(&r, "greeting") && rig_count_visits(&r, VISIT_OPEN) == 1, what);
		rig_close(&r);
	}
	i18n_set_lang("en");

	struct rig r;
	rig_open(&r, 24, 80);
	rig_type(&r, "m", 0);
	rig_scan(&r, MAJA);
	rig_type(&r, "9999", 200);
	kiosk_step(&r.kiosk, true, false, '\r', r.now, r.mono);
	CHECK(rig_shows(&r, "Checking …") && !rig_shows(&r, "did not match"), "a mentor's PIN says it too");
	rig_wait(&r, 1);
	CHECK(rig_on(&r, "pin") && rig_shows(&r, "did not match") && !rig_shows(&r, "Checking"),
	      "and then that it did not match");
	rig_close(&r);
}

/* A number typed by hand is a number: one nobody has is "not known here",
 * a slip of a finger (the check digit catches it) asks for the digits
 * again; a scanner's misread still says the card could not be read. */
static void test_typed_number_words(void)
{
	struct rig r;
	rig_open(&r, 24, 80);
	char typed[32];
	/* Tom's number with its first digit changed: the check digit catches it. */
	snprintf(typed, sizeof typed, "%s", r.payload[TOM]);
	typed[0] = typed[0] == '9' ? '1' : (char)(typed[0] + 1);
	strcat(typed, "\r");
	rig_type(&r, typed, 200);
	CHECK(rig_on(&r, "message") && rig_shows(&r, "This is not a card number.") &&
	          !rig_shows(&r, "could not be read"),
	      "a mistyped number asks for the digits again, it is no unreadable card");
	rig_golden(&r, "typed-mistake-80x24");
	rig_type(&r, "\r", 0);

	rig_type(&r, "1234567894\r", 200); /* well-formed (its check digit holds), but nobody's */
	CHECK(rig_on(&r, "message") && rig_shows(&r, "This number is not known here.") &&
	          !rig_shows(&r, "could not be read") && !rig_shows(&r, "This card"),
	      "a well-formed number nobody has is not known here");
	rig_type(&r, "\r", 0);

	rig_type(&r, "1234567894\r", 3);
	CHECK(rig_on(&r, "message") && rig_shows(&r, "This card is not known here."),
	      "from the scanner the same number is a card not known here");
	rig_type(&r, "\r", 0);
	rig_type(&r, "1234567890\r", 3);
	CHECK(rig_on(&r, "message") && rig_shows(&r, "This card could not be read."),
	      "and a scanner's malformed read is a card that could not be read");
	rig_type(&r, "\r", 0);

	i18n_set_lang("sl");
	rig_type(&r, "1234567894\r", 200);
	CHECK(rig_shows(&r, "Ta številka tukaj ni znana."), "sl: the number is not known here");
	rig_type(&r, "\r", 0);
	rig_type(&r, "1234567890\r", 200);
	CHECK(rig_shows(&r, "To ni številka kartice."), "sl: not a card number");
	rig_type(&r, "\r", 0);
	i18n_set_lang("hr");
	rig_type(&r, "1234567894\r", 200);
	CHECK(rig_shows(&r, "Ovaj broj ovdje nije poznat."), "hr: the number is not known here");
	rig_type(&r, "\r", 0);
	rig_type(&r, "1234567890\r", 200);
	CHECK(rig_shows(&r, "To nije broj kartice."), "hr: not a card number");
	i18n_set_lang("en");
	rig_close(&r);
}

/* The door's help does not promise a PIN that most participants do not
 * have: N finds the name, and then a PIN or a mentor checks them in. Each
 * help line is read whole, in each language. */
static void test_home_help_without_card(void)
{
	static const struct {
		const char *lang, *line;
	} cases[] = {
		{ "sl", "nimate kartice: poiščite ime, nato PIN ali prosite mentorja" },
		{ "hr", "nemate karticu: pronađite ime, zatim PIN ili zamolite mentora" },
		{ "en", "no card with you: find your name, then your PIN or a mentor" },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		struct rig r;
		char what[160];
		i18n_set_lang(cases[i].lang);
		rig_open(&r, 24, 80);
		rig_key(&r, KEY_F(1));
		snprintf(what, sizeof what, "%s: the help's N line says a PIN or a mentor, whole", cases[i].lang);
		CHECK(rig_shows(&r, cases[i].line) && !rig_shows(&r, "…"), what);
		rig_close(&r);
	}
	i18n_set_lang("en");
}

/* A mentor without a badge signs in by name: the sign-in's hint line names
 * N in every language, not only the words above it. */
static void test_signin_hint_names_n(void)
{
	static const struct {
		const char *lang, *n;
	} cases[] = {
		{ "sl", "N: poiščite svoje ime" },
		{ "hr", "N: pronađite svoje ime" },
		{ "en", "N: find your name" },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		struct rig r;
		char what[160];
		i18n_set_lang(cases[i].lang);
		rig_open(&r, 24, 80);
		rig_type(&r, "m", 0);
		snprintf(what, sizeof what, "%s: the mentor sign-in's hint line offers N", cases[i].lang);
		CHECK(rig_on(&r, "mentor-signin") && rig_shows(&r, cases[i].n), what);
		rig_close(&r);
	}
	i18n_set_lang("en");
}

void suite_door_words(void)
{
	test_yes_no_keys();
	test_leave_form_in_slovenian();
	test_pin_checking();
	test_typed_number_words();
	test_home_help_without_card();
	test_signin_hint_names_n();
}
