/* Closing a month at the kiosk: H in mentor mode lists the months that
 * are over; a mentor who is not a coordinator is told calmly and nothing
 * changes; a coordinator closes the chosen month after a yes in the
 * reader's language (D in Slovenian, Y in English; N keeps it open), sees
 * the fingerprint the records hold, and reopens it with a reason. */
#include <curses.h>
#include <stdio.h>
#include <string.h>

#include "app/month.h"
#include "app/people.h"
#include "tests/harness.h"
#include "tests/screens/rig.h"
#include "tests/screens/suites.h"
#include "util/i18n.h"

#define OCTOBER 202610

static bool is_closed(struct rig *r)
{
	struct month_close c;
	bool closed = false;
	return app_month_closed(r->app, OCTOBER, &c, &closed) == ERR_OK && closed;
}

/* Boris, a coordinator with PIN 5678, signs in by name. */
static void sign_in_coordinator(struct rig *r)
{
	long long boris;
	app_person_add(r->app, "Boris Bele", ROLE_COORDINATOR, "sl", r->now, &boris);
	app_person_set_pin(r->app, boris, "5678");
	rig_type(r, "m", 0);
	rig_type(r, "n", 0);
	rig_type(r, "b", 100);
	rig_type(r, "\r", 0);
	rig_type(r, "5678\r", 100);
}

static void test_mentor_refused(void)
{
	struct rig r;
	rig_open(&r, 24, 80);
	rig_sign_in(&r, MAJA);
	rig_type(&r, "h", 0);
	CHECK(rig_on(&r, "months") && rig_shows(&r, "Mentor mode: months"), "H in mentor mode: the months");
	CHECK(rig_shows(&r, "October 2026") && rig_shows(&r, "open"), "October, the month before this one, is open");
	rig_type(&r, "c", 0);
	CHECK(rig_shows(&r, "Only a coordinator closes or reopens a month. October 2026 stays as it is."),
	      "a mentor's C is refused calmly, naming the month");
	CHECK(!rig_shows(&r, "Press Y"), "and asks no question first");
	CHECK(!is_closed(&r), "October stays open");
	rig_type(&r, "o", 0);
	CHECK(rig_shows(&r, "Only a coordinator closes or reopens a month.") && !rig_shows(&r, "reopened?"),
	      "so is O, before any reason is asked");
	rig_close(&r);
}

static void test_coordinator_closes(void)
{
	struct rig r;
	rig_open(&r, 24, 80);
	sign_in_coordinator(&r);
	CHECK(rig_on(&r, "review"), "a coordinator signs in");
	rig_type(&r, "h", 0);
	rig_type(&r, "c", 0);
	CHECK(rig_shows(&r, "Press Y to close October 2026 as signed. N or Esc: no."), "C asks first, with Y for yes");
	rig_golden(&r, "months-ask-close-80x24");
	rig_type(&r, "n", 0);
	CHECK(!is_closed(&r) && !rig_shows(&r, "Press Y"), "N: October stays open");
	rig_type(&r, "c", 0);
	rig_type(&r, "y", 0);
	CHECK(is_closed(&r), "Y: October is closed");
	CHECK(rig_shows(&r, "October 2026 is closed: its list is kept as signed."), "and the screen says so");
	struct month_close c;
	bool closed;
	app_month_closed(r.app, OCTOBER, &c, &closed);
	CHECK(rig_shows(&r, "Fingerprint (SHA-256) printed on its list:") && rig_shows(&r, c.fingerprint),
	      "the fingerprint the records hold is shown whole");
	CHECK(rig_shows(&r, "closed on") && rig_shows(&r, "Boris Bele"), "the month's line says who closed it");
	rig_type(&r, "c", 0);
	rig_type(&r, "y", 0);
	CHECK(rig_shows(&r, "October 2026 is closed already."), "closing it again is refused calmly");

	rig_type(&r, "o", 0);
	CHECK(rig_shows(&r, "Why is October 2026 reopened?"), "O asks for a reason");
	rig_type(&r, "\r", 0);
	CHECK(rig_shows(&r, "Reason") && is_closed(&r), "no reason: refused, still closed");
	rig_type(&r, "Late doctor's notes\r", 10);
	CHECK(rig_shows(&r, "Press Y to reopen October 2026. N or Esc: no."), "then a yes is asked");
	rig_type(&r, "y", 0);
	CHECK(!is_closed(&r) && rig_shows(&r, "October 2026 is open again."), "Y: reopened");
	rig_key(&r, UI_KEY_ESC);
	CHECK(rig_on(&r, "review"), "Esc: back to the review");
	rig_close(&r);
}

/* In Slovenian the yes key is D: Y means nothing there. */
static void test_slovenian_yes(void)
{
	struct rig r;
	i18n_set_lang("sl");
	rig_open(&r, 24, 80);
	sign_in_coordinator(&r);
	rig_type(&r, "h", 0);
	rig_type(&r, "c", 0);
	CHECK(rig_shows(&r, "Pritisnite D, da zaključite mesec oktober 2026. N ali Esc: ne."),
	      "the question in Slovenian, with D for yes");
	rig_type(&r, "y", 0);
	CHECK(!is_closed(&r), "Y is no in Slovenian");
	rig_type(&r, "c", 0);
	rig_type(&r, "d", 0);
	CHECK(is_closed(&r) && rig_shows(&r, "Mesec oktober 2026 je zaključen"), "D closes it");
	rig_close(&r);
	i18n_set_lang("en");
}

void suite_months_screen(void)
{
	test_mentor_refused();
	test_coordinator_closes();
	test_slovenian_yes();
}
