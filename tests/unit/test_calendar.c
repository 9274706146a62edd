/* Unit tests of the workshop's calendar: Easter, every public holiday of
 * 2026 in Slovenia and Croatia, working weekdays, closures, programme
 * bounds. */
#include <stdio.h>
#include <string.h>

#include "app/app.h"
#include "app/calendar.h"
#include "app/entry.h"
#include "app/expect.h"
#include "app/hours.h"
#include "app/people.h"
#include "app/review.h"
#include "app/groups.h"
#include "app/scan.h"
#include "app/badge.h"
#include "core/absence.h"
#include "core/calendar.h"
#include "util/date.h"
#include "util/i18n.h"
#include "tests/harness.h"
#include "tests/unit/suites.h"

/* A check whose description names the case. */
#define CHECKF(cond, ...)                                        \
	do {                                                         \
		char desc_[160];                                         \
		snprintf(desc_, sizeof desc_, __VA_ARGS__);              \
		CHECK((cond), desc_);                                    \
	} while (0)

static void test_easter(void)
{
	static const int known[][2] = {
		{ 2000, 20000423 }, { 2008, 20080323 }, { 2011, 20110424 }, { 2019, 20190421 },
		{ 2024, 20240331 }, { 2025, 20250420 }, { 2026, 20260405 }, { 2027, 20270328 },
		{ 2038, 20380425 }, { 2285, 22850322 },
	};
	for (size_t i = 0; i < sizeof known / sizeof *known; i++)
		CHECKF(calendar_easter(known[i][0]) == known[i][1], "Easter %d", known[i][0]);
}

static int holidays_in(enum cal_country c, int year, int *days, int max)
{
	int n = 0;
	for (long d = calendar_days(year * 10000 + 101); d <= calendar_days(year * 10000 + 1231); d++)
		if (calendar_holiday(c, calendar_ymd(d)) && n < max)
			days[n++] = calendar_ymd(d);
	return n;
}

static void test_holidays_2026(void)
{
	static const int si[] = { 20260101, 20260102, 20260208, 20260405, 20260406, 20260427, 20260501,
	                          20260502, 20260524, 20260625, 20260815, 20261031, 20261101, 20261225,
	                          20261226 };
	static const int hr[] = { 20260101, 20260106, 20260405, 20260406, 20260501, 20260530, 20260604,
	                          20260622, 20260805, 20260815, 20261101, 20261118, 20261225, 20261226 };
	int got[40];
	int n = holidays_in(CAL_SI, 2026, got, 40);
	CHECKF(n == (int)(sizeof si / sizeof *si), "Slovenia has 15 work-free days in 2026 (got %d)", n);
	for (int i = 0; i < n && i < (int)(sizeof si / sizeof *si); i++)
		CHECKF(got[i] == si[i], "SI holiday %d is %d (got %d)", i, si[i], got[i]);
	n = holidays_in(CAL_HR, 2026, got, 40);
	CHECKF(n == (int)(sizeof hr / sizeof *hr), "Croatia has 14 holidays in 2026 (got %d)", n);
	for (int i = 0; i < n && i < (int)(sizeof hr / sizeof *hr); i++)
		CHECKF(got[i] == hr[i], "HR holiday %d is %d (got %d)", i, hr[i], got[i]);
	CHECK(!strcmp(calendar_holiday(CAL_SI, 20261225), "božič"), "named in Slovenian");
	CHECK(!strcmp(calendar_holiday(CAL_HR, 20261225), "Božić"), "named in Croatian");
	CHECK(!strcmp(calendar_holiday(CAL_HR, 20260604), "Tijelovo"), "Corpus Christi: Easter + 60");
	CHECK(!strcmp(calendar_holiday(CAL_SI, 20260524), "binkoštna nedelja"), "Whit Sunday: Easter + 49");
	CHECK(!calendar_holiday(CAL_SI, 20260604) && !calendar_holiday(CAL_HR, 20260524), "each its own");
	CHECK(!calendar_holiday(CAL_SI, 20261123), "an ordinary Monday");
}

static void test_workshop_days(void)
{
	struct closure cl[] = { { 1, 20261228, 20261231, "zimske počitnice" } };
	struct workshop_calendar cal = { .country = CAL_SI, .workdays = CAL_WEEKDAYS, .closures = cl, .nclosures = 1 };
	const char *name;
	CHECK(calendar_day_kind(&cal, 20261123, &name) == DAY_WORK && !*name, "a Monday is worked");
	CHECK(calendar_day_kind(&cal, 20261128, &name) == DAY_WEEKEND, "a Saturday is not");
	CHECK(calendar_day_kind(&cal, 20261225, &name) == DAY_HOLIDAY && !strcmp(name, "božič"), "Christmas");
	CHECK(calendar_day_kind(&cal, 20261229, &name) == DAY_CLOSURE && !strcmp(name, "zimske počitnice"),
	      "a closure day, with its reason");
	CHECK(calendar_open_days_between(&cal, 20261224, 20270104) == 0, "24 Dec to 4 Jan: nothing open between");
	CHECK(calendar_open_days_between(&cal, 20261119, 20261124) == 2, "Thursday to Tuesday: Friday and Monday");
	unsigned m;
	CHECK(calendar_workdays_parse("mon,tue,wed,thu", &m) && m == 0xfu, "four days a week");
	CHECK(calendar_workdays_parse("sat", &m) && m == 0x20u, "one day");
	cal.workdays = 0xfu;
	CHECK(calendar_day_kind(&cal, 20261127, NULL) == DAY_WEEKEND, "Friday off in a four-day week");
	CHECK(!calendar_workdays_parse("", &m) && !calendar_workdays_parse("mon,mon", &m) &&
	      !calendar_workdays_parse("mon,", &m) && !calendar_workdays_parse("monday", &m) &&
	      !calendar_workdays_parse("pon", &m), "bad weekday lists are refused");
	enum cal_country c;
	CHECK(calendar_country_parse("hr", &c) && c == CAL_HR && !calendar_country_parse("at", &c), "countries");
	/* The door's one rule: a holiday or a closure, whatever the weekday. */
	cal.workdays = CAL_WEEKDAYS;
	CHECK(calendar_is_closed(&cal, 20261229, &name) && !strcmp(name, "zimske počitnice"),
	      "the door is closed on a closure day, with its reason");
	CHECK(calendar_is_closed(&cal, 20261225, &name) && !strcmp(name, "božič"), "and on a public holiday");
	CHECK(calendar_is_closed(&cal, 20261101, &name) && !strcmp(name, "dan spomina na mrtve"),
	      "a holiday on a Sunday too");
	CHECK(!calendar_is_closed(&cal, 20261128, &name) && !*name && !calendar_is_closed(&cal, 20261123, NULL),
	      "a plain weekend day or a working day is not closed");
}

static void test_programme_bounds(void)
{
	CHECK(!calendar_in_programme(20261102, 0, 20261030), "before the programme: not expected");
	CHECK(calendar_in_programme(20261102, 0, 20261102), "its first day: expected");
	CHECK(!calendar_in_programme(20260101, 20260630, 20260701), "after it: not expected");
	CHECK(calendar_in_programme(0, 0, 20260701), "no dates: always");
}

static time_t at(const char *local)
{
	time_t t = 0;
	date_parse_local(local, &t);
	return t;
}

struct seen {
	struct expected_row row[8];
	size_t n;
};

static void keep_expected(const struct expected_row *r, void *ctx)
{
	struct seen *s = ctx;
	if (s->n < 8)
		s->row[s->n++] = *r;
}

static const struct expected_row *row_for(const struct seen *s, long long id)
{
	for (size_t i = 0; i < s->n; i++)
		if (s->row[i].person_id == id)
			return &s->row[i];
	return NULL;
}

static struct hours_row month_row;

static void keep_hours(const struct hours_row *r, void *ctx)
{
	if (r->person_id == *(const long long *)ctx)
		month_row = *r;
}

/* The same calendar for the review, Today and the hour sheet: programme
 * dates, else the group's; holidays; closures; excused days. */
/* A card on a closed day: nothing is recorded and the reason comes back;
 * a mentor's word lets the check-in through and is kept in its history;
 * checking out is never stopped; a removed closure opens its days again. */
static void test_closed_door(void)
{
	struct app *app;
	long long maja, vesna, ana, id;
	char pl[BADGE_DIGITS + 1];
	struct scan_result r;
	struct refusal why;
	app_open(":memory:", true, "door", &app);
	app_person_add(app, "Maja Novak", ROLE_MENTOR, "sl", at("2026-11-02T09:00"), &maja);
	app_person_add(app, "Vesna Zupan", ROLE_COORDINATOR, "sl", at("2026-11-02T09:00"), &vesna);
	app_person_add(app, "Ana Kovač", ROLE_PARTICIPANT, "sl", at("2026-11-02T09:00"), &ana);
	app_badge_issue(app, ana, 0, at("2026-11-02T09:00"), pl);
	CHECK(app_closure_add(app, 20261124, 0, "inventura", vesna, at("2026-11-20T09:00"), &id, NULL) == ERR_OK,
	      "a coordinator closes the 24th");
	CHECK(app_scan(app, pl, at("2026-11-24T08:00"), &r) == ERR_DAY_CLOSED && !strcmp(r.closed_why, "inventura") &&
	      r.person_id == ana && !strcmp(r.short_name, "Ana K."),
	      "a card on the closed day is refused, with the reason and who it was");
	CHECK(app_scan_confirmed(app, pl, ana, at("2026-11-24T08:01"), &r) == ERR_NOT_MENTOR,
	      "a participant's word opens nothing");
	CHECK(app_scan_confirmed(app, pl, maja, at("2026-11-24T08:02"), &r) == ERR_OK && r.action == ATT_CHECK_IN,
	      "a mentor's word lets the check-in through");
	CHECK(app_scan(app, pl, at("2026-11-24T12:00"), &r) == ERR_OK && r.action == ATT_CHECK_OUT,
	      "checking out on a closed day is never stopped");
	char mp[BADGE_DIGITS + 1];
	app_badge_issue(app, maja, 0, at("2026-11-02T09:00"), mp);
	CHECK(app_scan(app, mp, at("2026-11-24T07:30"), &r) == ERR_OK && r.action == ATT_CHECK_IN &&
	      !strcmp(r.closed_why, "inventura"),
	      "a mentor's own card on a closed day is their own word");
	CHECK(app_closure_remove(app, id, maja, at("2026-11-24T12:01"), &why) == ERR_NOT_COORDINATOR,
	      "a mentor cannot remove a closure");
	CHECK(app_closure_remove(app, id, vesna, at("2026-11-24T12:02"), &why) == ERR_OK, "a coordinator can");
	CHECK(app_closure_remove(app, id, vesna, at("2026-11-24T12:03"), &why) == ERR_NOT_FOUND &&
	      why.field == REFUSAL_CLOSURE && why.given == id, "once: then it is named as not found");
	CHECK(app_scan(app, pl, at("2026-11-24T13:00"), &r) == ERR_OK && r.action == ATT_CHECK_IN,
	      "its day is open again");
	app_close(app);
}

static void test_expected(void)
{
	struct app *app;
	long long maja, ana, luka, group, id, vesna;
	app_open(":memory:", true, "calendar", &app);
	app_person_add(app, "Maja Novak", ROLE_MENTOR, "sl", at("2026-11-02T09:00"), &maja);
	app_person_add(app, "Vesna Zupan", ROLE_COORDINATOR, "sl", at("2026-11-02T09:00"), &vesna);
	app_person_add(app, "Ana Kovač", ROLE_PARTICIPANT, "sl", at("2026-11-02T09:00"), &ana);
	app_person_add(app, "Luka Čeh", ROLE_PARTICIPANT, "sl", at("2026-11-02T09:00"), &luka);
	/* Ana's own programme starts on 23 November; Luka's group on 16 November. */
	app_person_update(app, ana, 20261123, 0, -1, -1, NULL);
	app_group_add(app, "Skupina A", 20261116, 0, at("2026-11-02T09:00"), &group);
	app_group_join(app, group, luka, at("2026-11-02T09:00"));
	struct seen s = { 0 };
	CHECK(app_expected_each(app, 20261120, keep_expected, &s) == ERR_OK && s.n == 2, "two participants");
	CHECK(!row_for(&s, ana)->expected_today && row_for(&s, ana)->missed == 0, "before her programme: not expected");
	CHECK(row_for(&s, luka)->expected_today && row_for(&s, luka)->missed == 4,
	      "the group's dates bound Luka: the 16th to the 19th missed");

	/* An absence and a closure are not missed days. */
	struct absence a = { .person_id = luka, .by_person = maja, .from = 20261117, .reason = "job_interview" };
	CHECK(app_absence_add(app, &a, at("2026-11-20T09:00"), &id, NULL) == ERR_OK, "an absence is recorded");
	CHECK(app_closure_add(app, 20261118, 0, "selitev", vesna, at("2026-11-20T09:00"), NULL, NULL) == ERR_OK, "a closure");
	CHECK(app_closure_add(app, 20261119, 0, "sel\xc0\xaftev", maja, at("2026-11-20T09:00"), NULL, NULL) == ERR_TEXT_ENCODING &&
	      app_closure_add(app, 20261119, 0, "sel\xc2\x9btev", maja, at("2026-11-20T09:00"), NULL, NULL) == ERR_TEXT_CONTROL,
	      "a closure's reason in malformed UTF-8 or with a C1 control is refused");
	struct absence bad = a;
	strcpy(bad.note, "x\xc2\x85");
	CHECK(app_absence_add(app, &bad, at("2026-11-20T09:00"), NULL, NULL) == ERR_TEXT_CONTROL, "and so is such a note");
	a.reason[0] = '\0';
	CHECK(app_absence_add(app, &a, 0, NULL, NULL) == ERR_ABSENCE_REASON, "an absence needs a reason");
	strcpy(a.reason, "illness");
	a.to = 20261116;
	CHECK(app_absence_add(app, &a, 0, NULL, NULL) == ERR_DAYS_RANGE, "nor may it end before it starts");
	a.to = 0;
	a.by_person = luka;
	CHECK(app_absence_add(app, &a, 0, NULL, NULL) == ERR_NOT_MENTOR, "a participant records none");
	a.by_person = maja;
	a.person_id = maja;
	CHECK(app_absence_add(app, &a, 0, NULL, NULL) == ERR_NOT_PARTICIPANT, "a mentor is given none");
	memset(&s, 0, sizeof s);
	app_expected_each(app, 20261120, keep_expected, &s);
	CHECK(row_for(&s, luka)->missed == 2, "only the 16th and the 19th are missed now");
	a = (struct absence){ .person_id = luka, .by_person = maja, .from = 20261120, .reason = "family" };
	app_absence_add(app, &a, at("2026-11-20T09:00"), NULL, NULL);
	memset(&s, 0, sizeof s);
	app_expected_each(app, 20261120, keep_expected, &s);
	struct person_month pm;
	app_person_month(app, luka, 202611, &pm);
	CHECK(!row_for(&s, luka)->expected_today && pm.day[20] == PDAY_EXCUSED, "excused today: not expected");
	CHECK(app_absence_cancel(app, id, maja, at("2026-11-20T10:00")) == ERR_OK, "a cancellation is recorded");
	CHECK(app_absence_cancel(app, id, maja, at("2026-11-20T10:00")) == ERR_NOT_FOUND, "once");
	memset(&s, 0, sizeof s);
	app_expected_each(app, 20261120, keep_expected, &s);
	CHECK(row_for(&s, luka)->missed == 3, "the cancelled absence excuses nothing");

	/* The hour sheet: a visit still open from an earlier day is unresolved. */
	char pl[BADGE_DIGITS + 1];
	struct scan_result r;
	app_badge_issue(app, luka, 0, 1, pl);
	app_scan(app, pl, at("2026-11-19T08:00"), &r);
	app_hours_month(app, 202611, at("2026-11-20T09:00"), keep_hours, &luka);
	CHECK(month_row.days_unresolved == 1 && month_row.seconds == 0, "an open visit of yesterday: an unresolved day");
	CHECK(month_row.days_excused == 1, "the 20th is excused (the 17th was cancelled)");
	CHECK(month_row.days_closed == 1, "the closure on the 18th, within his group's dates");
	/* Before his group's start a closure is none of his. */
	app_closure_add(app, 20261110, 0, "popis", vesna, at("2026-11-20T09:00"), NULL, NULL);
	app_hours_month(app, 202611, at("2026-11-20T09:00"), keep_hours, &luka);
	CHECK(month_row.days_closed == 1, "a closure before his group's first day is not counted");
	app_hours_month(app, 202611, at("2026-11-19T12:00"), keep_hours, &luka);
	CHECK(month_row.days_unresolved == 0, "an open visit today is not yet unresolved");

	/* One state a day, and nothing after leaving. */
	a = (struct absence){ .person_id = luka, .by_person = maja, .from = 20261118, .to = 20261120, .reason = "illness" };
	CHECK(app_absence_add(app, &a, at("2026-11-20T09:00"), NULL, NULL) == ERR_ABSENCE_PRESENT,
	      "an absence over a day with a visit is refused");
	CHECK(app_person_update(app, luka, -1, 20261118, -1, -1, NULL) == ERR_VISITS_AFTER_END,
	      "a programme end before a visit is refused");
	const char *exit_only[ENTRY_NFIELDS] = { [ENTRY_EXIT_DATE] = "2026-11-18" };
	long long coord;
	app_person_add(app, "Vesna Horvat", ROLE_COORDINATOR, "sl", at("2026-11-02T09:00"), &coord);
	CHECK(app_entry_set(app, luka, exit_only, coord, at("2026-11-20T09:00"), NULL) == ERR_VISITS_AFTER_END,
	      "and so is such an exit date");
	exit_only[ENTRY_EXIT_DATE] = "2026-11-19";
	CHECK(app_entry_set(app, luka, exit_only, coord, at("2026-11-20T09:00"), NULL) == ERR_OK, "an exit on the last visit's day");
	memset(&s, 0, sizeof s);
	app_expected_each(app, 20261124, keep_expected, &s);
	CHECK(row_for(&s, luka)->has_left && !row_for(&s, luka)->expected_today,
	      "who has left is not expected today");
	app_close(app);
}

/* Every absence counts, however many; someone who has left keeps their
 * programme's dates in their month. */
static void test_expected_many(void)
{
	struct app *app;
	long long maja, ana, id;
	app_open(":memory:", true, "calendar", &app);
	app_person_add(app, "Maja Novak", ROLE_MENTOR, "sl", at("2026-01-05T09:00"), &maja);
	app_person_add(app, "Ana Kovač", ROLE_PARTICIPANT, "sl", at("2026-01-05T09:00"), &ana);
	const struct workshop_calendar cal = { .country = CAL_SI, .workdays = CAL_WEEKDAYS };
	int day = 20261120, added = 0;
	for (; added < 70; day = date_add_days(day, -1)) {
		if (!calendar_is_open(&cal, day))
			continue;
		struct absence a = { .person_id = ana, .by_person = maja, .from = day, .reason = "illness" };
		added += app_absence_add(app, &a, at("2026-11-20T09:00"), &id, NULL) == ERR_OK;
	}
	struct seen s = { 0 };
	app_expected_each(app, 20261120, keep_expected, &s);
	CHECK(s.n == 1 && !row_for(&s, ana)->expected_today, "the 70th absence, today's, excuses today");

	/* Luka was last here before the look-back: more than that, not "never". */
	long long luka;
	char pl[BADGE_DIGITS + 1];
	struct scan_result r;
	app_person_add(app, "Luka Čeh", ROLE_PARTICIPANT, "sl", at("2024-01-08T09:00"), &luka);
	app_badge_issue(app, luka, 0, 1, pl);
	app_scan(app, pl, at("2024-06-03T08:00"), &r);
	app_scan(app, pl, at("2024-06-03T15:00"), &r);
	memset(&s, 0, sizeof s);
	app_expected_each(app, 20261120, keep_expected, &s);
	CHECK(row_for(&s, luka)->away_long && !row_for(&s, ana)->away_long, "last here before the look-back");

	/* Ana leaves on 10 November. */
	app_person_update(app, ana, 20260105, 20261110, -1, 0, NULL);
	struct person_month m;
	CHECK(app_person_month(app, ana, 202611, &m) == ERR_OK, "the month of someone who has left");
	CHECK(m.day[16] == PDAY_OUTSIDE && m.day[10] != PDAY_OUTSIDE, "after her programme's end she is not expected");
	app_close(app);
}

static void test_absence_reasons(void)
{
	char code[ABSENCE_REASON_MAX + 1], words[64];
	CHECK(absence_reasons_are_valid("illness,appointment,job_interview,family,other"), "rota's own list");
	CHECK(absence_reasons_are_valid("court_hearing"), "one reason of the workshop's own");
	CHECK(!absence_reasons_are_valid("") && !absence_reasons_are_valid("illness,") &&
	      !absence_reasons_are_valid(",illness"), "no empty reason");
	CHECK(!absence_reasons_are_valid("Illness") && !absence_reasons_are_valid("sick leave") &&
	      !absence_reasons_are_valid("bolezen\xc4\x8d"), "a code is a-z, 0-9 and _");
	CHECK(!absence_reasons_are_valid("other,illness,other"), "none twice");
	CHECK(!absence_reasons_are_valid("a,b,c,d,e,f,g,h,i,j") && absence_reasons_are_valid("a,b,c,d,e,f,g,h,i"),
	      "nine at the most");
	CHECK(!absence_reasons_are_valid("abcdefghijklmnop") && absence_reasons_are_valid("abcdefghijklmno"),
	      "fifteen letters at the most");
	CHECK(absence_reasons_nth("illness,court_hearing", 1, code) && !strcmp(code, "court_hearing") &&
	      !absence_reasons_nth("illness,court_hearing", 2, code), "the list read in its order");
	CHECK(!strcmp(app_absence_reason_words("job_interview", words, sizeof words), "a job interview") &&
	      !strcmp(app_absence_reason_words("court_hearing", words, sizeof words), "court hearing"),
	      "rota's reasons in words, a workshop's own as written");
}

/* A holiday's name in the reader's language: the core gives the official
 * name, _() the reader's; a closure's reason is never looked up. */
static void test_holiday_words(void)
{
	i18n_set_lang("hr");
	CHECK(!strcmp(app_day_name_words(true, calendar_holiday(CAL_SI, 20261225)), "Božić") &&
	              !strcmp(app_day_name_words(true, calendar_holiday(CAL_SI, 20261226)), "Dan neovisnosti i jedinstva"),
	      "a Croatian reader reads a Slovenian workshop's Christmas and Independence Day in Croatian");
	CHECK(!strcmp(app_day_name_words(true, calendar_holiday(CAL_HR, 20261226)), "Sveti Stjepan"),
	      "and a Croatian holiday by its own name");
	i18n_set_lang("sl");
	CHECK(!strcmp(app_day_name_words(true, calendar_holiday(CAL_SI, 20261226)), "dan samostojnosti in enotnosti") &&
	              !strcmp(app_day_name_words(true, calendar_holiday(CAL_HR, 20260604)), "sveto rešnje telo"),
	      "a Slovenian reader: the Slovenian name, and a Croatian holiday in Slovenian");
	i18n_set_lang("en");
	CHECK(!strcmp(app_day_name_words(true, calendar_holiday(CAL_SI, 20261225)), "Christmas Day") &&
	              !strcmp(app_day_name_words(true, calendar_holiday(CAL_SI, 20261226)), "Independence and Unity Day") &&
	              !strcmp(app_day_name_words(true, calendar_holiday(CAL_SI, 20260524)), "Whit Sunday") &&
	              !strcmp(app_day_name_words(true, calendar_holiday(CAL_HR, 20260604)), "Corpus Christi"),
	      "an English reader reads English names, the movable feasts too");
	/* Every holiday of both countries, in a year whose Easter is another. */
	static const struct {
		const char *lang;
		enum cal_country country;
	} foreign[] = { { "en", CAL_SI }, { "en", CAL_HR }, { "hr", CAL_SI }, { "sl", CAL_HR } };
	for (size_t i = 0; i < sizeof foreign / sizeof *foreign; i++) {
		i18n_set_lang(foreign[i].lang);
		int days[40];
		int n = holidays_in(foreign[i].country, 2027, days, 40);
		for (int k = 0; k < n; k++) {
			const char *name = calendar_holiday(foreign[i].country, days[k]);
			CHECKF(strcmp(app_day_name_words(true, name), name) != 0, "%s: %s has a name in %s", foreign[i].lang,
			       name, foreign[i].lang);
		}
	}
	i18n_set_lang("en");
	CHECK(!strcmp(app_day_name_words(false, "Tijelovo"), "Tijelovo") && !*app_day_name_words(true, "") &&
	              !*app_day_name_words(false, NULL),
	      "a closure's reason stays as written, even one that is a holiday's name; no name is \"\"");
	CHECK(!strcmp(calendar_holiday(CAL_SI, 20261225), "božič"), "the core's name stays the official one");
}

/* The feasts that follow Easter, every year from 1900 to 2400: Easter
 * falls from 22 March to 25 April, so they fall from March to June, and
 * each is found on its day, the last of them (Corpus Christi in 2038 and
 * 2285's early Easter) too. */
static void test_movable_feasts(void)
{
	bool all = true;
	for (int year = 1900; year <= 2400 && all; year++) {
		long easter = calendar_days(calendar_easter(year));
		int sunday = calendar_ymd(easter), monday = calendar_ymd(easter + 1);
		int whit = calendar_ymd(easter + 49), corpus = calendar_ymd(easter + 60);
		/* (Corpus Christi may fall on 30 May or 22 June, Croatian
		 * holidays of their own: then a holiday by either name.) */
		const char *w = calendar_holiday(CAL_SI, whit);
		all = calendar_holiday(CAL_SI, sunday) && calendar_holiday(CAL_HR, sunday) &&
		      calendar_holiday(CAL_SI, monday) && calendar_holiday(CAL_HR, monday) && w &&
		      !strcmp(w, "binkoštna nedelja") && calendar_holiday(CAL_HR, corpus);
		if (!all)
			fprintf(stderr, "  %d: Easter %d, Whit Sunday %d, Corpus Christi %d\n", year, sunday, whit, corpus);
	}
	CHECK(all, "Easter, its Monday, Whit Sunday and Corpus Christi of every year 1900-2400");
	CHECK(calendar_holiday(CAL_HR, 20380624) && !calendar_holiday(CAL_HR, 20380625), "the latest Corpus Christi");
}

/* A calendar that keeps its days' kinds answers as one that works each
 * out: every kind and name, inside its span and around it. */
static void test_kept_kinds(void)
{
	struct closure cl[] = { { 1, 20261228, 20261231, "zimske počitnice" }, { 2, 20260406, 20260410, "popis" } };
	struct workshop_calendar plain = { .country = CAL_SI, .workdays = 0x1eu, .closures = cl, .nclosures = 2 };
	struct workshop_calendar kept = plain;
	static unsigned char kinds[400];
	calendar_keep_kinds(&kept, 20260101, kinds, 365);
	bool same = true;
	int differ = 0;
	for (long d = calendar_days(20251201); d <= calendar_days(20270201); d++) {
		const char *a, *b;
		int ymd = calendar_ymd(d);
		enum day_kind x = calendar_day_kind(&plain, ymd, &a), y = calendar_day_kind(&kept, ymd, &b);
		if (x != y || strcmp(a, b)) {
			same = false;
			differ = differ ? differ : ymd;
		}
	}
	CHECKF(same, "kept kinds answer as worked out, names too (first difference: %d)", differ);
	struct workshop_calendar hr = { .country = CAL_HR, .workdays = CAL_WEEKDAYS }, hr_kept = hr;
	calendar_keep_kinds(&hr_kept, 20380101, kinds, 366);
	const char *name;
	CHECK(calendar_day_kind(&hr_kept, 20380624, &name) == DAY_HOLIDAY && !strcmp(name, "Tijelovo") &&
	      calendar_day_kind(&hr, 20380624, NULL) == DAY_HOLIDAY, "a kept holiday keeps its name");
}

/* The expected days between two days, programme bounds and absences
 * considered, are those a day-by-day walk finds: for spans that begin
 * before, inside and after a programme. */
static void test_expected_days_bounds(void)
{
	struct closure cl[] = { { 1, 20261228, 20261231, "zimske počitnice" } };
	struct workshop_calendar cal = { .country = CAL_SI, .workdays = CAL_WEEKDAYS, .closures = cl, .nclosures = 1 };
	struct absence a[] = { { .from = 20261116, .to = 20261118 }, { .from = 20270104, .to = 20270104 } };
	static const int bounds[][2] = { { 0, 0 }, { 20261110, 0 }, { 0, 20261204 }, { 20261110, 20261204 },
		                         { 20270301, 0 }, { 0, 20260301 }, { 20261201, 20261201 } };
	static const int spans[][2] = { { 20261001, 20270201 }, { 20261115, 20261120 }, { 20261201, 20261201 },
		                        { 20261204, 20261207 }, { 20260101, 20261110 } };
	bool same = true;
	for (size_t b = 0; b < sizeof bounds / sizeof *bounds; b++)
		for (size_t s = 0; s < sizeof spans / sizeof *spans; s++) {
			int walked = 0;
			for (long d = calendar_days(spans[s][0]) + 1; d < calendar_days(spans[s][1]); d++)
				walked += absence_is_expected(&cal, bounds[b][0], bounds[b][1], a, 2, calendar_ymd(d));
			int counted = absence_expected_days_between(&cal, bounds[b][0], bounds[b][1], a, 2, spans[s][0],
			                                            spans[s][1]);
			if (walked != counted) {
				fprintf(stderr, "  programme %d-%d, %d..%d: %d walked, %d counted\n", bounds[b][0],
				        bounds[b][1], spans[s][0], spans[s][1], walked, counted);
				same = false;
			}
		}
	CHECK(same, "the expected days between two days, inside a programme's bounds, as a day-by-day walk counts them");
}

void suite_calendar(void)
{
	test_movable_feasts();
	test_kept_kinds();
	test_expected_days_bounds();
	test_holiday_words();
	test_absence_reasons();
	test_easter();
	test_holidays_2026();
	test_workshop_days();
	test_closed_door();
	test_programme_bounds();
	test_expected();
	test_expected_many();
}
