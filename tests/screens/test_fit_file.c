/* Fit and words on the participant's screens at 80x24: golden screens in
 * sl, hr and en; the plural of "days without known hours" for 1, 2, 3 and
 * 5 in sl and hr; Esc goes one step back on each screen and never signs
 * out; the progress form starts at the participant's process and says what
 * the levels mean; reasons rota writes itself show in the reader's
 * language on the timeline. */
#include <curses.h>
#include <stdio.h>
#include <string.h>

#include "app/assignments.h"
#include "app/badge.h"
#include "app/progress.h"
#include "app/scan.h"
#include "tests/harness.h"
#include "tests/screens/rig.h"
#include "tests/screens/suites.h"
#include "util/date.h"
#include "util/i18n.h"

static const char *const langs[] = { "en", "sl", "hr" };

static void open_ana(struct rig *r)
{
	rig_type(r, "m", 0);
	rig_scan(r, MAJA);
	rig_type(r, "1234\r", 200);
	rig_type(r, "p", 0);
	rig_type(r, "an", 100);
	rig_type(r, "\r", 0);
}

static time_t at(const char *local)
{
	time_t t = 0;
	date_parse_local(local, &t);
	return t;
}

static void golden(struct rig *r, const char *screen, const char *lang)
{
	char name[80];
	if (!strcmp(lang, "en"))
		snprintf(name, sizeof name, "%s-80x24", screen);
	else
		snprintf(name, sizeof name, "%s-%s-80x24", screen, lang);
	rig_golden(r, name);
}

/* Each of the participant's screens, in each language, whole at 80x24. */
static void test_goldens(void)
{
	for (int i = 0; i < 3; i++) {
		struct rig r;
		i18n_set_lang(langs[i]);
		rig_open(&r, 24, 80);
		app_assign(r.app, r.person[ANA], "packing", r.person[MAJA], r.person[MAJA], "", r.now);
		struct scan_result res;
		app_scan(r.app, r.payload[ANA], at("2026-11-20T08:00"), &res); /* never checked out */
		app_scan(r.app, r.payload[ANA], at("2026-11-23T07:30"), &res);
		open_ana(&r);
		golden(&r, "fit-person-file-timeline", langs[i]);
		rig_wait(&r, 1);
		rig_type(&r, "\r", 0); /* the newest visit, on the timeline */
		CHECK(rig_on(&r, "correct"), "Enter on the timeline opens the correction");
		golden(&r, "fit-correct", langs[i]);
		rig_key(&r, UI_KEY_ESC);
		rig_type(&r, "3", 0);
		golden(&r, "fit-person-file-progress", langs[i]);
		rig_type(&r, "l", 0);
		golden(&r, "fit-progress-form", langs[i]);
		rig_key(&r, UI_KEY_ESC);
		rig_type(&r, "n", 0);
		rig_type(&r, "Helped Marko", 0);
		golden(&r, "fit-prompt", langs[i]);
		rig_key(&r, UI_KEY_ESC);
		golden(&r, "fit-prompt-leave", langs[i]);
		rig_type(&r, i == 0 ? "y" : "d", 0); /* yes: Y, and D (da) in sl and hr */
		CHECK(rig_on(&r, "person-file"), "the language's yes key leaves the note unsaved");
		rig_type(&r, "q", 0);
		CHECK(rig_on(&r, "badge-qr"), "Q shows the card's code");
		/* (no golden: the code is a fresh random card in each run) */
		CHECK(rig_shows(&r, "Ana Kovač") && rig_shows(&r, i == 0 ? "Press any key to close." : i == 1
		                                             ? "Za zaprtje pritisnite katero koli tipko."
		                                             : "Za zatvaranje pritisnite bilo koju tipku."),
		      "the code's words whole");
		rig_key(&r, UI_KEY_ESC);
		rig_close(&r);

		/* the door: the name list, the PIN and the greeting */
		rig_open(&r, 24, 80);
		rig_type(&r, "1234567890\r\n", 3);
		CHECK(rig_on(&r, "message"), "a card nobody has gets a calm message");
		golden(&r, "fit-message", langs[i]);
		rig_key(&r, UI_KEY_ESC);
		rig_type(&r, "n", 0);
		golden(&r, "fit-names", langs[i]);
		rig_key(&r, UI_KEY_ESC);
		rig_scan(&r, ANA);
		golden(&r, "fit-greeting", langs[i]);
		rig_type(&r, "s", 0);
		golden(&r, "fit-self-view", langs[i]);
		rig_key(&r, UI_KEY_ESC);
		rig_type(&r, "n", 0);
		rig_type(&r, "mar", 100);
		rig_type(&r, "\r", 0);
		golden(&r, "fit-pin", langs[i]);
		rig_key(&r, UI_KEY_ESC);
		CHECK(rig_on(&r, "home"), "Esc on the PIN goes back to the door");
		/* in mentor mode, a participant's card shows over the file */
		open_ana(&r);
		rig_scan(&r, MARKO);
		golden(&r, "fit-scan-overlay", langs[i]);
		rig_close(&r);
	}
	i18n_set_lang("en");
}

/* n days whose end is not known: a scan in on each and never out. */
static void test_plurals(void)
{
	static const int counts[] = { 1, 2, 3, 5 };
	static const char *const sl[] = { "! 1 dan brez znanih ur", "! 2 dneva brez znanih ur",
		                          "! 3 dnevi brez znanih ur", "! 5 dni brez znanih ur" };
	static const char *const hr[] = { "! 1 dan bez poznatih sati", "! 2 dana bez poznatih sati",
		                          "! 3 dana bez poznatih sati", "! 5 dana bez poznatih sati" };
	for (int i = 0; i < 4; i++) {
		struct rig r;
		struct scan_result res;
		rig_open(&r, 24, 80);
		for (int d = 0; d < counts[i]; d++) {
			char when[32];
			snprintf(when, sizeof when, "2026-11-%02dT08:00", 10 + d);
			app_scan(r.app, r.payload[ANA], at(when), &res);
		}
		i18n_set_lang("sl");
		open_ana(&r);
		CHECK(rig_shows(&r, sl[i]), "sl: the plural of days without known hours fits the number");
		i18n_set_lang("hr");
		rig_type(&r, "1", 0); /* the view again, in Croatian */
		rig_key(&r, UI_KEY_ESC);
		rig_type(&r, "\r", 0);
		CHECK(rig_shows(&r, hr[i]), "hr: the plural of days without known hours fits the number");
		i18n_set_lang("en");
		rig_close(&r);
	}
}

/* Esc goes one step back on each screen, never to the door. */
static void test_esc_back(void)
{
	struct rig r;
	struct scan_result res;
	rig_open(&r, 24, 80);
	app_scan(r.app, r.payload[ANA], at("2026-11-23T07:30"), &res);
	open_ana(&r);
	CHECK(rig_on(&r, "person-file"), "Ana's file is open");
	static const char *const keys[] = { "l", "n", "g", "e", "q", "\r" };
	static const char *const names[] = { "progress-form", "prompt", "prompt", "absence-form", "badge-qr",
		                             "correct" };
	for (int i = 0; i < 6; i++) {
		rig_type(&r, keys[i], 0);
		CHECK(rig_on(&r, names[i]), "the key opens its screen");
		rig_key(&r, UI_KEY_ESC);
		CHECK(rig_on(&r, "person-file"), "Esc goes back to the file");
	}
	rig_key(&r, UI_KEY_ESC);
	CHECK(rig_on(&r, "participants"), "Esc on the file goes back to the list, signed in");
	rig_close(&r);

	rig_open(&r, 24, 80);
	rig_type(&r, "n", 0);
	CHECK(rig_on(&r, "names"), "N opens the name list at the door");
	rig_key(&r, UI_KEY_ESC);
	CHECK(rig_on(&r, "home"), "Esc goes back to the door");
	rig_close(&r);
}

/* The form starts at the participant's process and says what 0-4 mean;
 * Esc with typed work asks first. */
static void test_progress_form(void)
{
	struct rig r;
	rig_open(&r, 24, 80);
	app_progress_add(r.app, r.person[ANA], PROGRESS_PROCESS, "sewing", 4, 0, r.person[MAJA], "", "", r.now, NULL, NULL);
	i18n_set_lang("hr");
	open_ana(&r);
	rig_type(&r, "l", 0);
	CHECK(rig_shows(&r, "Pomoćni poslovi kod šivanja sada: 4"), "hr: the longest process name whole beside its level");
	golden(&r, "fit-progress-form-levels", "hr");
	i18n_set_lang("en");
	rig_close(&r);
	rig_open(&r, 24, 80);
	app_assign(r.app, r.person[ANA], "packing", r.person[MAJA], r.person[MAJA], "", r.now);
	open_ana(&r);
	rig_type(&r, "l", 0);
	rig_type(&r, "3\r", 0);
	rig_type(&r, "3", 0);
	CHECK(rig_shows(&r, "Packing: 3 works on their own"), "the level went to her process, Packing");
	rig_type(&r, "l", 0);
	CHECK(rig_shows(&r, "0 not started yet") && rig_shows(&r, "1 has been shown the work") &&
	      rig_shows(&r, "2 works with some help") && rig_shows(&r, "3 works on their own") &&
	      rig_shows(&r, "4 can show others"), "the form says what each level means");
	rig_type(&r, "2", 0);
	rig_key(&r, UI_KEY_ESC);
	CHECK(rig_on(&r, "progress-form") && rig_shows(&r, "Press Y to leave without saving."), "Esc with a chosen level asks");
	rig_type(&r, "n", 0);
	CHECK(rig_on(&r, "progress-form") && rig_shows(&r, "Level: 2"), "N stays, the level kept");
	rig_key(&r, UI_KEY_ESC);
	rig_type(&r, "y", 0);
	CHECK(rig_on(&r, "person-file"), "Y leaves without saving");
	rig_close(&r);
}

/* A card stopped in mentor mode and one replaced by a new card read in
 * the reader's language on the timeline. */
static void test_system_reasons(void)
{
	struct rig r;
	rig_open(&r, 24, 80);
	open_ana(&r);
	rig_type(&r, "i", 0);
	rig_type(&r, "y", 0);   /* a new card replaces the old one */
	CHECK(rig_on(&r, "badge-qr"), "the new card's code is shown");
	rig_key(&r, UI_KEY_ESC);
	rig_type(&r, "x", 0);
	rig_type(&r, "y", 0);   /* and that one is stopped */
	CHECK(rig_shows(&r, "(replaced by a new badge)") && rig_shows(&r, "(stopped in mentor mode)"),
	      "en: the reasons on the timeline");
	static const char *const want[][2] = { { "(zamenjana z novo kartico)", "(v mentorskem načinu)" },
		                               { "(zamijenjena novom karticom)", "(u mentorskom načinu)" } };
	for (int i = 0; i < 2; i++) {
		i18n_set_lang(langs[i + 1]);
		rig_type(&r, "1", 0);
		rig_key(&r, UI_KEY_ESC);
		rig_type(&r, "\r", 0);
		CHECK(rig_shows(&r, want[i][0]) && rig_shows(&r, want[i][1]) && !rig_shows(&r, "mentor mode") &&
		      !rig_shows(&r, "new badge"), "the system's reasons in the reader's language, no English");
		golden(&r, "fit-reasons", langs[i + 1]);
	}
	i18n_set_lang("en");
	rig_close(&r);
}

/* A long goal keeps its day and status in view; its text ends in "…",
 * and Enter opens it whole (Enter or Esc goes back to the list). */
static void test_long_goal(void)
{
	for (int i = 0; i < 3; i++) {
		struct rig r;
		i18n_set_lang(langs[i]);
		rig_open(&r, 24, 80);
		app_goal_add(r.app, r.person[ANA], r.person[MAJA],
		             "Come three days a week, on time, and tell a mentor before a day away from the workshop",
		             r.now, NULL);
		open_ana(&r);
		rig_type(&r, "4", 0);
		golden(&r, "fit-person-file-goals", langs[i]);
		static const char *const first[] = { "* 2026-11-23  new: Come three", "* 23. 11. 2026  novo: Come three",
			                             "* 23. 11. 2026.  novo: Come three" };
		CHECK(rig_shows(&r, first[i]) &&
		      rig_shows(&r, "…"), "the goal's day and status first, its long text ends in an ellipsis");
		rig_key(&r, UI_KEY_ENTER);
		CHECK(rig_shows(&r, "day away from the workshop") && !rig_shows(&r, "…"),
		      "Enter opens the goal whole, over lines");
		golden(&r, "fit-person-file-goal-whole", langs[i]);
		rig_key(&r, UI_KEY_ESC);
		CHECK(rig_on(&r, "person-file") && rig_shows(&r, "…"), "Esc goes back to the goals, still in the file");
		rig_close(&r);
	}
	i18n_set_lang("en");
}

/* The mentor's own card signs out with a note half typed: it waits as a
 * draft at the next sign-in, and nothing half-written was recorded. */
static void test_signout_keeps_draft(void)
{
	struct rig r;
	rig_open(&r, 24, 80);
	open_ana(&r);
	rig_type(&r, "n", 0);
	rig_type(&r, "Helped sort the", 50);
	rig_wait(&r, 1);
	rig_scan(&r, MAJA);
	CHECK(rig_on(&r, "home"), "her own card signs her out");
	open_ana(&r);
	rig_type(&r, "n", 0);
	CHECK(rig_on(&r, "prompt") && rig_shows(&r, "Helped sort the"), "the note waits as her draft");
	rig_close(&r);
}

void suite_fit_file(void)
{
	test_signout_keeps_draft();
	test_long_goal();
	test_goldens();
	test_plurals();
	test_esc_back();
	test_progress_form();
	test_system_reasons();
}
