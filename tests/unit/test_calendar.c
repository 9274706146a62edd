/* Unit tests of the workshop's calendar: Easter, every public holiday of
 * 2026 in Slovenia and Croatia, working weekdays, closures, programme
 * bounds. */
#include <stdio.h>
#include <string.h>

#include "core/calendar.h"
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
	struct workshop_calendar cal = { CAL_SI, CAL_WEEKDAYS, cl, 1 };
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
}

static void test_programme_bounds(void)
{
	CHECK(!calendar_in_programme(20261102, 0, 20261030), "before the programme: not expected");
	CHECK(calendar_in_programme(20261102, 0, 20261102), "its first day: expected");
	CHECK(!calendar_in_programme(20260101, 20260630, 20260701), "after it: not expected");
	CHECK(calendar_in_programme(0, 0, 20260701), "no dates: always");
}

void suite_calendar(void)
{
	test_easter();
	test_holidays_2026();
	test_workshop_days();
	test_programme_bounds();
}
