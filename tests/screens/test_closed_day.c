/* A closed day at the kiosk: a card at the door checks nobody in and says
 * why, in the person's language; beside a signed-in mentor the overlay asks
 * them and their yes key lets the check-in through; a coordinator adds and
 * removes closures from Today (X), a mentor is told only a coordinator
 * may. */
#include <curses.h>
#include <stdio.h>
#include <string.h>

#include "app/calendar.h"
#include "app/people.h"
#include "screens/screens.h"
#include "tests/harness.h"
#include "tests/screens/rig.h"
#include "tests/screens/suites.h"
#include "util/date.h"
#include "util/i18n.h"
#include "util/text.h"

/* Adds a coordinator and closes today (the rig's 23 November) with reason. */
static long long close_today(struct rig *r, const char *reason)
{
	long long vesna;
	app_person_add(r->app, "Vesna Zupan", ROLE_COORDINATOR, "sl", r->now, &vesna);
	app_closure_add(r->app, date_ymd(r->now), 0, reason, vesna, r->now, NULL, NULL);
	return vesna;
}

static void test_door_closed(void)
{
	struct rig r;
	rig_open(&r, 24, 80);
	close_today(&r, "inventura");
	int open_before = rig_count_visits(&r, VISIT_OPEN);
	rig_scan(&r, TOM);
	CHECK(rig_on(&r, "message") && rig_shows(&r, "Tom B.") &&
	      rig_shows(&r, "The workshop is closed today: inventura. Nothing was"),
	      "a card at the door on a closed day: the reason, and nothing recorded");
	CHECK(!rig_is_in(&r, TOM) && rig_count_visits(&r, VISIT_OPEN) == open_before, "nobody is checked in");
	rig_golden(&r, "door-closed-day-80x24");
	rig_wait(&r, 11);
	rig_scan(&r, ANA);
	CHECK(rig_shows(&r, "Delavnica je danes zaprta: inventura.") && !rig_is_in(&r, ANA),
	      "Ana reads it in Slovenian");
	rig_close(&r);
}

static void test_holiday_closed(void)
{
	struct rig r;
	rig_open(&r, 24, 80);
	r.now += 32 * 86400; /* Friday 25 December 2026: Christmas */
	rig_wait(&r, 1);
	rig_scan(&r, TOM);
	CHECK(rig_shows(&r, "The workshop is closed today: Christmas Day.") && !rig_is_in(&r, TOM),
	      "a public holiday closes the door the same way, named in the person's language");
	rig_wait(&r, 11);
	rig_scan(&r, IVAN);
	CHECK(rig_shows(&r, "Radionica je danas zatvorena: Božić.") && !rig_is_in(&r, IVAN),
	      "Ivan reads the Slovenian workshop's Christmas in Croatian");
	rig_wait(&r, 11);
	rig_scan(&r, ANA);
	CHECK(rig_shows(&r, "Delavnica je danes zaprta: božič."), "Ana by its Slovenian name");
	rig_close(&r);
}

/* The home screen on a closed day: under the date, calmly, that the
 * workshop is closed today and why, in the kiosk's language; the card is
 * still asked for, and a mentor can let a check-in through. */
static void test_home_closed(void)
{
	struct rig r;
	rig_open(&r, 24, 80);
	CHECK(rig_on(&r, "home") && !rig_shows(&r, "closed today"), "an open day says nothing of it");
	r.now += 32 * 86400; /* Friday 25 December 2026: Christmas */
	rig_wait(&r, 1);
	i18n_set_lang("sl");
	CHECK(rig_shows(&r, "Delavnica je danes zaprta: božič.") && rig_shows(&r, "Prosimo, skenirajte svojo kartico.") &&
	              rig_shows(&r, "Danes vseeno delate? Mentor vas lahko prijavi."),
	      "Christmas at home in Slovenian: closed and why, and still a card asked for");
	rig_golden(&r, "home-closed-sl-80x24");
	i18n_set_lang("hr");
	CHECK(rig_shows(&r, "Radionica je danas zatvorena: Božić.") && rig_shows(&r, "Mentor vas može prijaviti."),
	      "in Croatian, the Slovenian workshop's Christmas by its Croatian name");
	i18n_set_lang("en");
	CHECK(rig_shows(&r, "The workshop is closed today: Christmas Day.") &&
	              rig_shows(&r, "Working today all the same? A mentor can check you in."),
	      "in English, by its English name");
	r.now += 3 * 86400; /* Monday 28 December: open again */
	rig_wait(&r, 1);
	CHECK(!rig_shows(&r, "closed today") && !rig_shows(&r, "all the same"), "the next open day says nothing of it");
	/* A coordinator closes the day while a mentor is at the kiosk: home
	 * says so as soon as it is on top again. */
	rig_sign_in(&r, MAJA);
	close_today(&r, "inventura");
	rig_key(&r, KEY_F(10));
	CHECK(rig_on(&r, "home") && rig_shows(&r, "The workshop is closed today: inventura."),
	      "a closure recorded meanwhile is shown on the way home, the reason as written");
	rig_scan(&r, TOM);
	CHECK(rig_shows(&r, "The workshop is closed today: inventura. Nothing was") && !rig_is_in(&r, TOM),
	      "the card is still read: the door's own answer");
	/* A long name takes two lines at the most, never the card's line. */
	app_config_set(r.app, "country", "hr");
	r.now += 325 * 86400; /* Thursday 18 November 2027 */
	rig_wait(&r, 11);
	CHECK(rig_shows(&r, "Remembrance Day for the Victims of the") && rig_shows(&r, "Vukovar and Škabrnja.") &&
	              rig_shows(&r, "Please scan your card."),
	      "the longest holiday name wraps above the card's line");
	rig_golden(&r, "home-closed-long-80x24");
	app_config_set(r.app, "country", "si");
	rig_close(&r);
}

static void burst(struct rig *r, int who)
{
	char line[32];
	snprintf(line, sizeof line, "%s\r\n", r->payload[who]);
	rig_type(r, line, 3);
}

static void test_mentor_lets_in(void)
{
	struct rig r;
	char yes[8];
	rig_open(&r, 24, 80);
	close_today(&r, "inventura");
	rig_sign_in(&r, MAJA);
	CHECK(rig_on(&r, "review"), "a mentor signs in on a closed day");
	burst(&r, TOM);
	CHECK(rig_shows(&r, "┌") && rig_shows(&r, "closed today: inventura") && rig_shows(&r, "Press Y to check") &&
	      !rig_is_in(&r, TOM),
	      "beside a mentor the overlay asks first; nothing is recorded yet");
	rig_golden(&r, "overlay-closed-day-80x24");
	rig_wait(&r, SCAN_OVERLAY_SECONDS + 1);
	CHECK(rig_shows(&r, "┌"), "the question waits longer than a plain answer");
	snprintf(yes, sizeof yes, "%c", (char)(yes_key()[0] + 'a' - 'A'));
	rig_type(&r, yes, 0);
	CHECK(rig_is_in(&r, TOM) && rig_shows(&r, "CHECKED IN") && rig_on(&r, "review"),
	      "the mentor's yes checks Tom in, and the box says so");
	rig_wait(&r, SCAN_OVERLAY_SECONDS + 1);
	burst(&r, LUKA);
	rig_type(&r, "n", 0);
	CHECK(!rig_is_in(&r, LUKA) && rig_shows(&r, "Nothing was recorded.") && rig_on(&r, "review"),
	      "any other key records nothing, says so, and is the box's own");
	rig_wait(&r, SCAN_OVERLAY_SECONDS + 1);
	burst(&r, LUKA);
	rig_wait(&r, SCAN_OVERLAY_ASK_SECONDS + 1);
	CHECK(!rig_is_in(&r, LUKA) && !rig_shows(&r, "┌"), "no answer: the box goes, nothing recorded");
	rig_wait(&r, 120); /* past the guard against a second scan */
	rig_scan(&r, TOM);
	CHECK(!rig_is_in(&r, TOM) && rig_count_visits(&r, VISIT_CLOSED) > 0, "checking out asks nobody");
	rig_close(&r);
}

static void open_closures(struct rig *r, long long who, bool is_coordinator, struct mentor_session *session)
{
	memset(session, 0, sizeof *session);
	session->mentor_id = who;
	session->is_coordinator = is_coordinator;
	text_copy(session->short_name, sizeof session->short_name, is_coordinator ? "Vesna Z." : "Maja N.");
	screen_mgr_open(&r->kiosk.mgr, &today_screen, session, r->now);
	rig_type(r, "x", 0);
}

static void test_closure_form(void)
{
	struct rig r;
	struct mentor_session session;
	rig_open(&r, 24, 80);
	long long vesna;
	app_person_add(r.app, "Vesna Zupan", ROLE_COORDINATOR, "sl", r.now, &vesna);
	open_closures(&r, vesna, true, &session);
	CHECK(rig_on(&r, "closures") && rig_shows(&r, "No closed days are recorded."), "X on Today: the closed days");
	rig_type(&r, "a", 0);
	CHECK(rig_on(&r, "closure-form"), "A opens the form");
	rig_type(&r, "\r", 0);
	CHECK(rig_on(&r, "closure-form") && rig_shows(&r, "Reason: This text is empty"),
	      "a blank reason is refused, naming the field");
	rig_type(&r, "\t", 0);
	rig_key(&r, KEY_RIGHT);
	CHECK(rig_shows(&r, "Tuesday, 24 November 2026") && rig_shows(&r, "> Last day:"),
	      "Tab: the last day, which Right moves a day later");
	rig_type(&r, "selitev v nove prostore", 150);
	rig_golden(&r, "closure-form-80x24");
	rig_type(&r, "\r", 0);
	CHECK(rig_on(&r, "closures") && rig_shows(&r, "selitev v nove prostore") && rig_shows(&r, "2026-11-23 – 2026-11-24"),
	      "Enter records it; the list shows its days and reason");
	rig_golden(&r, "closures-80x24");
	rig_scan(&r, TOM);
	CHECK(!rig_is_in(&r, TOM), "the door is closed at once");
	rig_wait(&r, SCAN_OVERLAY_ASK_SECONDS + 1);
	rig_type(&r, "r", 0);
	CHECK(rig_shows(&r, "Press Y to open 2026-11-23 – 2026-11-24 again."), "R asks first");
	rig_type(&r, "y", 0);
	CHECK(rig_shows(&r, "the workshop is open again") && rig_shows(&r, "No closed days are recorded."),
	      "yes removes it");
	rig_close(&r);
}

static void test_closure_refused(void)
{
	struct rig r;
	struct mentor_session session;
	rig_open(&r, 24, 80);
	open_closures(&r, r.person[MAJA], false, &session);
	rig_type(&r, "a", 0);
	CHECK(rig_on(&r, "closures") && rig_shows(&r, "Only a coordinator can change this."),
	      "a mentor pressing A is told only a coordinator may");
	screen_mgr_home(&r.kiosk.mgr, r.now);
	/* However the form is reached, the record refuses a mentor, named as forms name it. */
	session.is_coordinator = true;
	screen_mgr_open(&r.kiosk.mgr, &closure_form_screen, &session, r.now);
	rig_type(&r, "popis", 150);
	rig_type(&r, "\r", 0);
	CHECK(rig_on(&r, "closure-form") && rig_shows(&r, "Only a coordinator can change this."),
	      "the form's Enter is refused for a mentor");
	struct app_calendar cal;
	app_calendar_load(r.app, 0, 99991231, NULL, &cal);
	CHECK(cal.cal.nclosures == 0, "and nothing was recorded");
	app_calendar_free(&cal);
	rig_close(&r);
}

void suite_closed_day(void)
{
	test_door_closed();
	test_holiday_closed();
	test_home_closed();
	test_mentor_lets_in();
	test_closure_form();
	test_closure_refused();
}
