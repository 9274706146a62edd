/* The records that leave the kiosk, on mentor screens at 80x24: a
 * coordinator records a participant's entry data and outcomes (in sl, hr
 * and en), a mentor cannot open that form, a note is marked for the team
 * meeting with Tab, and a team meeting shows in the participant's file. */
#include <curses.h>
#include <stdio.h>
#include <string.h>

#include "app/entry.h"
#include "app/people.h"
#include "app/progress.h"
#include "tests/harness.h"
#include "tests/screens/rig.h"
#include "tests/screens/suites.h"
#include "util/i18n.h"

/* Signs in Boris, a coordinator, and opens Ana's file. */
static long long open_as_coordinator(struct rig *r)
{
	long long boris;
	app_person_add(r->app, "Boris Bele", ROLE_COORDINATOR, "sl", r->now, &boris);
	app_person_set_pin(r->app, boris, "5678");
	rig_type(r, "m", 0);
	rig_type(r, "n", 0);
	rig_type(r, "b", 100);
	rig_type(r, "\r", 0);
	rig_type(r, "5678\r", 100);
	rig_type(r, "p", 0);
	rig_type(r, "an", 100);
	rig_type(r, "\r", 0);
	return boris;
}

/* Ana checks in, Maja signs in and opens Ana's file. */
static void open_as_mentor(struct rig *r)
{
	rig_scan(r, ANA);
	rig_type(r, "\r", 0);
	rig_sign_in(r, MAJA);
	rig_type(r, "p", 0);
	rig_type(r, "an", 100);
	rig_type(r, "\r", 0);
}

static void test_entry_form(void)
{
	struct rig r;
	rig_open(&r, 24, 80);
	long long boris = open_as_coordinator(&r);
	CHECK(rig_on(&r, "person-file") && rig_shows(&r, "D: entry data"), "a coordinator's file offers D");
	rig_type(&r, "d", 0);
	CHECK(rig_on(&r, "entry-form"), "D opens the entry data");
	rig_key(&r, KEY_RIGHT);                 /* gender: woman */
	rig_key(&r, KEY_DOWN);
	rig_type(&r, "x", 0);                   /* birth year: declined */
	rig_key(&r, KEY_DOWN);
	for (int i = 0; i < 4; i++)
		rig_key(&r, KEY_RIGHT);             /* education: 3 */
	rig_key(&r, KEY_DOWN);
	rig_key(&r, KEY_RIGHT);
	rig_key(&r, KEY_RIGHT);                 /* status: long-term unemployed */
	rig_key(&r, KEY_DOWN);                  /* unemployed since */
	rig_key(&r, KEY_DOWN);
	rig_key(&r, KEY_RIGHT);                 /* exit date: today */
	rig_key(&r, KEY_DOWN);
	rig_key(&r, KEY_DOWN);
	rig_key(&r, KEY_LEFT);                  /* outcome at exit: unknown, the last choice */
	rig_golden(&r, "entry-form-80x24");
	rig_key(&r, UI_KEY_ENTER);
	CHECK(rig_shows(&r, "Saved."), "Enter saves");
	struct entry_data d;
	app_entry_get(r.app, r.person[ANA], &d);
	CHECK(!strcmp(d.value[ENTRY_GENDER], "female") && !strcmp(d.value[ENTRY_BIRTH_YEAR], "declined") &&
	      !strcmp(d.value[ENTRY_EDUCATION], "3") && !strcmp(d.value[ENTRY_STATUS], "long_term_unemployed") &&
	      !strcmp(d.value[ENTRY_EXIT_DATE], "2026-11-23") && !strcmp(d.value[ENTRY_OUTCOME_EXIT], "unknown"),
	      "the values are recorded as codes");
	(void)boris;
	rig_key(&r, KEY_UP);
	rig_key(&r, KEY_UP);
	rig_key(&r, UI_KEY_BACKSPACE);          /* the exit date: not recorded */
	rig_key(&r, UI_KEY_ESC);
	CHECK(rig_shows(&r, "Press Y"), "Esc with a change not saved asks first");
	rig_type(&r, "y", 0);
	CHECK(rig_on(&r, "person-file"), "Y leaves");
	app_entry_get(r.app, r.person[ANA], &d);
	CHECK(!strcmp(d.value[ENTRY_EXIT_DATE], "2026-11-23"), "and nothing unsaved was recorded");
	static const char *const langs[] = { "sl", "hr" };
	for (int i = 0; i < 2; i++) {
		char name[64];
		i18n_set_lang(langs[i]);
		rig_type(&r, "d", 0);
		snprintf(name, sizeof name, "entry-form-%s-80x24", langs[i]);
		rig_golden(&r, name);
		rig_key(&r, UI_KEY_ESC);
	}
	i18n_set_lang("en");
	CHECK(!rig_shows(&r, "Disability"), "the special-category lines are off by default");
	app_config_set(r.app, "esf_special_fields", "on");
	rig_type(&r, "d", 0);
	CHECK(rig_shows(&r, "Disability") && !rig_shows(&r, "Follow-up: better situation"),
	      "on, they follow the status, and the list is longer than the screen");
	for (int i = 0; i < 10; i++)
		rig_key(&r, KEY_DOWN);
	CHECK(rig_shows(&r, "> Rural area"), "the last of them");
	rig_key(&r, KEY_RIGHT);                     /* rural: yes */
	for (int i = 0; i < 11; i++)
		rig_key(&r, KEY_DOWN);                  /* the list scrolls with the chosen line */
	CHECK(rig_shows(&r, "> Follow-up: better situation") && !rig_shows(&r, "Gender"), "the list scrolls to its end");
	rig_key(&r, UI_KEY_ENTER);
	app_entry_get(r.app, r.person[ANA], &d);
	CHECK(!strcmp(d.value[ENTRY_RURAL], "yes"), "and a coordinator records them");
	rig_key(&r, UI_KEY_ESC);
	rig_close(&r);

	rig_open(&r, 24, 80);
	open_as_mentor(&r);
	CHECK(rig_on(&r, "person-file") && !rig_shows(&r, "D: entry data"), "a mentor's file does not offer D");
	rig_type(&r, "d", 0);
	CHECK(rig_on(&r, "person-file"), "and D does nothing");
	rig_close(&r);
}

/* An exit date before a day Ana was here is refused by name, and the
 * exit date's line is the one chosen, wherever the cursor was. */
static void test_entry_refusal(void)
{
	struct rig r;
	rig_open(&r, 24, 80);
	rig_scan(&r, ANA);                      /* here today, the 23rd */
	rig_type(&r, "\r", 0);
	open_as_coordinator(&r);
	rig_type(&r, "d", 0);
	for (int i = 0; i < 5; i++)
		rig_key(&r, KEY_DOWN);
	rig_key(&r, KEY_RIGHT);                 /* exit date: today */
	rig_key(&r, KEY_LEFT);                  /* yesterday */
	rig_key(&r, KEY_UP);
	rig_key(&r, UI_KEY_ENTER);
	CHECK(rig_shows(&r, "Exit date 2026-11-22 is before 2026-11-23, a day this person was here."),
	      "the refusal names the exit date, the day given and the day she was here");
	CHECK(rig_shows(&r, "> Exit date") && !rig_shows(&r, "> Status on entry"), "and the exit date's line is chosen");
	rig_close(&r);
}

static void count_team(const struct note *n, void *ctx)
{
	if (n->for_team)
		++*(int *)ctx;
}

static void test_team_note_and_meeting(void)
{
	struct rig r;
	rig_open(&r, 24, 80);
	open_as_mentor(&r);
	rig_type(&r, "n", 0);
	CHECK(rig_shows(&r, "[ ] For the team meeting (Tab: yes)"), "a note is not for the team unless marked");
	rig_type(&r, "Dobro napreduje", 0);
	rig_key(&r, UI_KEY_TAB);
	CHECK(rig_shows(&r, "[x] For the team meeting (Tab: no)"), "Tab marks it");
	rig_key(&r, UI_KEY_ENTER);
	int team = 0;
	app_note_each(r.app, r.person[ANA], count_team, &team);
	CHECK(team == 1, "the note is recorded for the team meeting");
	struct meeting m = { .person_id = r.person[ANA], .kind = MEETING_INTRO, .day = 20261102 };
	strcpy(m.with, "CSD");
	strcpy(m.agreed, "Prihaja trikrat na teden");
	app_meeting_add(r.app, &m, r.person[MAJA], r.now, NULL);
	rig_key(&r, UI_KEY_ESC);
	rig_type(&r, "\r", 0);
	rig_type(&r, "5", 0);
	CHECK(rig_shows(&r, "[team meeting]: Dobro napreduje"), "the notes view marks it");
	CHECK(rig_shows(&r, "2026-11-02  intro meeting (CSD): Prihaja trikrat na teden"),
	      "and shows the meeting with what was agreed");
	rig_close(&r);
}

void suite_records_screens(void)
{
	test_entry_form();
	test_entry_refusal();
	test_team_note_and_meeting();
}
