/* The workshop's calendar on mentor screens at 80x24: a participant's
 * attendance month with days before the programme, a holiday, a closure and
 * an excused absence; and Today's "expected" list, longest away first. */
#include <curses.h>
#include <stdio.h>
#include <string.h>

#include "app/calendar.h"
#include "app/people.h"
#include "app/scan.h"
#include "tests/harness.h"
#include "tests/screens/rig.h"
#include "tests/screens/suites.h"
#include "util/date.h"
#include "util/i18n.h"

static const char *find(struct rig *r, const char *text)
{
	return strstr(rig_screen(r), text);
}

static time_t at(const char *local)
{
	time_t t = 0;
	date_parse_local(local, &t);
	return t;
}

static void came(struct rig *r, int who, const char *in, const char *out)
{
	struct scan_result res;
	app_scan(r->app, r->payload[who], at(in), &res);
	app_scan(r->app, r->payload[who], at(out), &res);
}

static void test_attendance_month(void)
{
	struct rig r;
	rig_open(&r, 24, 80);
	/* Ana's programme starts on Wednesday 4 November; the workshop was
	 * closed on Friday the 13th; she was ill on the 18th and 19th. */
	app_person_update(r.app, r.person[ANA], 20261104, 0, -1, -1, NULL);
	long long vesna;
	app_person_add(r.app, "Vesna Zupan", ROLE_COORDINATOR, "sl", r.now, &vesna);
	app_closure_add(r.app, 20261113, 0, "inventura", vesna, r.now, NULL, NULL);
	struct absence a = { .person_id = r.person[ANA], .by_person = r.person[MAJA], .from = 20261118,
		             .to = 20261119, .reason = "illness" };
	CHECK(app_absence_add(r.app, &a, r.now, NULL, NULL) == ERR_OK, "an excused absence is recorded");
	struct scan_result res;
	app_scan(r.app, r.payload[ANA], at("2026-11-17T08:00"), &res); /* never checked out */
	came(&r, ANA, "2026-11-20T08:00", "2026-11-20T14:00");
	rig_scan(&r, ANA);
	rig_type(&r, "\r", 0);
	rig_sign_in(&r, MAJA);
	rig_type(&r, "p", 0);
	rig_type(&r, "an", 100);
	rig_type(&r, "\r", 0);
	rig_type(&r, "2", 0);
	rig_golden(&r, "person-file-calendar-excused-80x24");
	CHECK(find(&r, "   2.   3. ") != NULL, "days before the programme are not away");
	CHECK(find(&r, "  1*") && find(&r, "1 Day of Remembrance for the Dead"),
	      "1 November is a holiday, named in the reader's language");
	CHECK(find(&r, " 13* ") && find(&r, "inventura"), "the closure, with its reason");
	CHECK(find(&r, " 18+ ") && find(&r, " 19+ ") && find(&r, "18-19 excused: illness"),
	      "the excused days, readable without colour");
	CHECK(find(&r, " 16x ") && find(&r, " 17? ") && find(&r, " 20o ") && find(&r, " 23o "),
	      "away, end unknown, here and today as before");
	CHECK(find(&r, "Hours: 6 h 00 min of 60 h   ! 1 day without known hours"),
	      "a day whose hours are not known is marked where the hours are shown");

	/* E opens the small form: an appointment tomorrow and the day after. */
	rig_type(&r, "e", 0);
	CHECK(!strcmp(rig_top(&r), "absence-form"), "E opens the excused-absence form");
	rig_type(&r, "2", 0);
	rig_key(&r, KEY_RIGHT);
	rig_type(&r, "\t", 0);
	rig_key(&r, KEY_RIGHT);
	rig_golden(&r, "absence-form-80x24");
	CHECK(find(&r, "> 2  an appointment") && find(&r, "Tuesday, 24 November 2026") &&
	      find(&r, "Wednesday, 25 November 2026"), "the reason and both days are shown, marked without colour");
	rig_type(&r, "\r", 0);
	CHECK(!strcmp(rig_top(&r), "person-file"), "Enter saves and goes back to the file");
	CHECK(find(&r, " 24+ ") && find(&r, " 25+ ") && find(&r, "24-25 excused: an appointment"),
	      "the new absence shows on the calendar at once");
	rig_type(&r, "e", 0);
	rig_type(&r, "\x1b", 0);
	CHECK(!strcmp(rig_top(&r), "person-file"), "Esc leaves the form with nothing recorded");
	/* Today she is here: the refusal names the day, and the first day,
	 * which is that day, is the one Left and Right now move. */
	rig_type(&r, "e", 0);
	rig_type(&r, "\t", 0);
	rig_type(&r, "\r", 0);
	CHECK(find(&r, "This person was here on 2026-11-23, and a day is either present or excused.") &&
	              find(&r, "> First day:") && !find(&r, "> Last day:"),
	      "a day she was here is named, and the first day is chosen");
	rig_type(&r, "\x1b", 0);

	/* The workshop's own list of reasons, in its order. */
	app_config_set(r.app, "absence_reasons", "court_hearing,illness");
	rig_type(&r, "e", 0);
	CHECK(find(&r, "> 1  court hearing") && find(&r, "  2  illness") && !find(&r, "an appointment"),
	      "the form offers the workshop's reasons, its own as written");
	rig_type(&r, "\x1b", 0);
	app_config_set(r.app, "absence_reasons", "illness,appointment,job_interview,family,other");

	/* The same in Slovenian and Croatian, whole at 80x24. */
	static const char *const langs[] = { "sl", "hr" };
	for (int i = 0; i < 2; i++) {
		char name[64];
		i18n_set_lang(langs[i]);
		rig_type(&r, "e", 0);
		snprintf(name, sizeof name, "absence-form-%s-80x24", langs[i]);
		rig_golden(&r, name);
		rig_type(&r, "\x1b", 0); /* back: the file loads again in this language */
		snprintf(name, sizeof name, "person-file-calendar-excused-%s-80x24", langs[i]);
		rig_golden(&r, name);
		CHECK(find(&r, i ? "1 Dan sjećanja na mrtve" : "1 dan spomina na mrtve"),
		      i ? "a Croatian reader reads a Slovenian holiday's Croatian name"
		        : "a Slovenian reader its official name");
	}
	/* A Croatian workshop: 18 November's long name wraps at spaces, whole. */
	app_config_set(r.app, "country", "hr");
	rig_type(&r, "\x1b", 0);
	rig_key(&r, KEY_BACKSPACE);
	rig_key(&r, KEY_BACKSPACE);
	rig_type(&r, "marko", 100);
	rig_type(&r, "\r", 0);
	rig_type(&r, "2", 0);
	CHECK(find(&r, "18 Dan sjećanja na žrtve Domovinskog rata") && find(&r, "Vukovara i\n     Škabrnje\n"),
	      "a holiday's name longer than a line is shown whole, over two lines");
	CHECK(!find(&r, "na žr\n") && !find(&r, "Škabrnj\n"), "and never cut inside a word");
	app_config_set(r.app, "country", "si");
	i18n_set_lang("en");
	rig_close(&r);
}

static void test_expected_today(void)
{
	struct rig r;
	rig_open(&r, 24, 80);
	/* Everyone was added on 1 November. Marko came on Friday, Luka on
	 * Thursday, Špela on the 10th; Nina is excused today; Ana is here. */
	came(&r, MARKO, "2026-11-20T08:00", "2026-11-20T14:00");
	came(&r, LUKA, "2026-11-19T08:00", "2026-11-19T14:00");
	came(&r, SPELA, "2026-11-10T08:00", "2026-11-10T14:00");
	struct absence a = { .person_id = r.person[NINA], .by_person = r.person[MAJA], .from = 20261123,
		             .reason = "appointment" };
	app_absence_add(r.app, &a, r.now, NULL, NULL);
	rig_scan(&r, ANA);
	rig_type(&r, "\r", 0);
	rig_sign_in(&r, MAJA);
	rig_type(&r, "t", 0);
	rig_golden(&r, "today-expected-80x24");
	/* One capture: the order is read within the same picture of the screen. */
	const char *screen = rig_screen(&r);
	const char *ivan = strstr(screen, "Ivan Babić  not here yet");
	const char *spela = strstr(screen, "Špela Zupan  last here 2026-11-10");
	const char *luka = strstr(screen, "Luka Čeh  last here 2026-11-19");
	const char *marko = strstr(screen, "Marko Žagar  last here 2026-11-20");
	CHECK(ivan && spela && luka && marko, "everyone expected is listed, even those away for weeks");
	CHECK(ivan && spela && luka && marko && ivan < spela && spela < luka && luka < marko,
	      "longest away first");
	CHECK(!find(&r, "Nina Krajnc"), "a person excused today is not expected");
	rig_close(&r);
}

void suite_calendar_screens(void)
{
	test_attendance_month();
	test_expected_today();
}
