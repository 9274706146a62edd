/* Unit tests of closing a month and of the allowance: the arithmetic in
 * cents, the amounts' parsing, and through the use cases a closed month's
 * frozen list, its fingerprint and the closed-month rule. */
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/allowance.h"
#include "app/hours.h"
#include "app/summary.h"
#include "app/team_report.h"
#include "app/app.h"
#include "app/month.h"
#include "app/people.h"
#include "app/visits.h"
#include "core/month.h"
#include "tests/harness.h"
#include "tests/unit/suites.h"
#include "util/alloc.h"
#include "util/date.h"
#include "util/refusal.h"

static time_t at(const char *local)
{
	time_t t = 0;
	date_parse_local(local, &t);
	return t;
}

static void test_cents(void)
{
	long c = -1;
	CHECK(month_parse_cents("2.15", &c) && c == 215, "2.15 is 215 cents");
	CHECK(month_parse_cents("2.5", &c) && c == 250, "2.5 is 250 cents");
	CHECK(month_parse_cents("3", &c) && c == 300, "3 is 300 cents");
	CHECK(month_parse_cents("0", &c) && c == 0, "0 is nothing");
	CHECK(!month_parse_cents("2.155", &c), "three decimals are refused");
	CHECK(!month_parse_cents("-1", &c) && !month_parse_cents("", &c) && !month_parse_cents(".5", &c) &&
	      !month_parse_cents("2.", &c) && !month_parse_cents("1e3", &c) && !month_parse_cents("2,50", &c),
	      "a sign, nothing, a bare point, an exponent and a comma are refused");
	CHECK(!month_parse_cents("1000000", &c), "too large is refused");

	CHECK(month_hour_hundredths(7 * 3600 + 20 * 60) == 733, "7 h 20 min is 7.33 h");
	CHECK(month_hour_hundredths(17) == 0 && month_hour_hundredths(18) == 1, "half a hundredth rounds up");
	CHECK(month_hours_cents(733, 215) == 1576, "7.33 h at 2.15 is 15.7595, paid 15.76");
	CHECK(month_hours_cents(1345, 215) == 2892, "13.45 h at 2.15 is 28.9175, paid 28.92");
	CHECK(month_hours_cents(100, 1) == 1 && month_hours_cents(50, 1) == 1 && month_hours_cents(49, 1) == 0,
	      "half a cent rounds up, less rounds down");
	CHECK(month_hours_cents(74400, 100000) == 74400000, "a whole month at the highest rate fits");

	const struct allowance_rules r = { .hour_cents = 215, .transport_cents = 160, .meal_cents = 350,
		                           .meal_min_hours = 6 };
	const long days[] = { 6 * 3600 + 20 * 60, 5 * 3600 + 59 * 60, 6 * 3600, 0 };
	struct allowance_pay p;
	month_allowance(days[0] + days[1] + days[2], 4, days, 4, 240, &r, &p);
	long hundredths = month_hour_hundredths(days[0] + days[1] + days[2]);
	CHECK(p.hundredths == hundredths && p.days == 4 && p.meal_days == 2, "hours, days, and two days of 6 h or more");
	CHECK(p.hours_cents == (hundredths * 215 + 50) / 100 && p.transport_cents == 4 * 240 && p.meal_cents == 700,
	      "each part in cents: the person's own transport per day");
	CHECK(p.total_cents == p.hours_cents + p.transport_cents + p.meal_cents, "the total is the sum of its parts");
}

static void keep_row(const struct hours_row *row, void *ctx)
{
	*(struct hours_row *)ctx = *row;
}

/* Every later document of October gives Ana `closed` seconds, and marks
 * them amended to `amended` when the two differ (equal: no mark). */
static void check_documents(struct app *app, long long ana, long closed, long amended,
                            const char *when)
{
	char what[200];
	time_t now = at("2026-11-05T10:00");
	struct hours_row row = { 0 };
	app_hours_month(app, 202610, now, keep_row, &row);
	snprintf(what, sizeof what, "%s: the hour sheet", when);
	CHECK(row.seconds == closed && row.is_amended == (amended != closed) &&
	      (amended == closed || row.amended_seconds == amended), what);
	memset(&row, 0, sizeof row);
	app_hours_month_of(app, ana, 202610, now, keep_row, &row);
	snprintf(what, sizeof what, "%s: one person's row", when);
	CHECK(row.seconds == closed && row.is_amended == (amended != closed), what);
	struct team_report r;
	CHECK(app_team_report(app, ana, MEETING_MID, now, &r) == ERR_OK, "the team report is made");
	const struct team_report_month *oct = NULL;
	for (size_t i = 0; i < r.nmonths; i++)
		if (r.months[i].month == 202610)
			oct = &r.months[i];
	snprintf(what, sizeof what, "%s: the team report's October", when);
	CHECK(oct && oct->seconds == closed && oct->is_amended == (amended != closed) &&
	      (amended == closed || oct->amended_seconds == amended), what);
	team_report_done(&r);
	struct summary s;
	CHECK(app_summary(app, 20261001, 20261031, &s) == ERR_OK, "the summary is made");
	snprintf(what, sizeof what, "%s: the summary's hours of presence", when);
	CHECK(s.presence_seconds == closed && s.is_presence_amended == (amended != closed) &&
	      (amended == closed || s.presence_amended_seconds == amended), what);
	summary_free(&s);
}

/* A participant with visits in October, closed on 2 November. */
static void test_close(void)
{
	char *path = xasprintf("%s/month.db", test_tmpdir());
	struct app *app;
	long long maja, tjasa, ana, id = 0;
	CHECK(app_open(path, true, "office", &app) == ERR_OK, "app opens");
	app_person_add(app, "Maja Novak", ROLE_MENTOR, "sl", at("2026-09-01T09:00"), &maja);
	app_person_add(app, "Tjaša Horvat", ROLE_COORDINATOR, "sl", at("2026-09-01T09:00"), &tjasa);
	app_person_add(app, "Ana Kovač", ROLE_PARTICIPANT, "sl", at("2026-09-01T09:00"), &ana);
	app_visit_add(app, ana, 20261001, "08:00", "14:20", maja, "paper", at("2026-10-05T09:00"), &id, NULL);
	app_visit_add(app, ana, 20261002, "08:00", "15:07", maja, "paper", at("2026-10-05T09:00"), &id, NULL);

	struct month_close c;
	bool closed = true;
	CHECK(app_month_close(app, 202611, tjasa, at("2026-11-20T09:00"), &c, NULL) == ERR_INVALID, "a month not over stays open");
	CHECK(app_month_close(app, 202610, maja, at("2026-11-02T09:00"), &c, NULL) == ERR_NOT_COORDINATOR, "a mentor does not close");
	struct refusal why = { 0 };
	CHECK(app_month_may_close(app, 202610, maja, at("2026-11-02T09:00"), &why) == ERR_NOT_COORDINATOR &&
	      why.code == ERR_NOT_COORDINATOR && why.field == REFUSAL_MONTH && why.given == 202610,
	      "the kiosk's question is not asked of a mentor: the refusal names the month");
	CHECK(app_month_may_close(app, 202610, tjasa, at("2026-11-02T09:00"), NULL) == ERR_OK, "it is asked of a coordinator");
	CHECK(app_month_close(app, 202611, tjasa, at("2026-11-20T09:00"), &c, &why) == ERR_INVALID &&
	      why.field == REFUSAL_MONTH && why.given == 202611 && why.limit == 202611, "a month not over: named");
	struct allowance_list l;
	CHECK(app_allowance(app, 202610, at("2026-11-02T09:00"), &l) == ERR_MONTH_OPEN, "no allowance from an open month");
	app_allowance_free(&l);
	CHECK(app_month_close(app, 202610, tjasa, at("2026-11-02T09:00"), &c, NULL) == ERR_OK && strlen(c.fingerprint) == 64,
	      "a coordinator closes October, with a fingerprint");
	char again[MONTH_FINGERPRINT_HEX + 1] = "";
	CHECK(app_month_fingerprint(app, &c, again) == ERR_OK && !strcmp(again, c.fingerprint),
	      "the fingerprint recomputed from the kept list is the one printed");
	CHECK(app_month_closed(app, 202610, &c, &closed) == ERR_OK && closed, "October is closed");

	CHECK(app_visit_correct(app, 1, NULL, "15:59", maja, "forgot", at("2026-11-05T09:00"), NULL) == ERR_MONTH_CLOSED,
	      "a mentor's correction to a closed month is refused");
	CHECK(app_visit_add(app, ana, 20261005, "08:00", "12:00", maja, "paper", at("2026-11-05T09:00"), &id, NULL) ==
	      ERR_MONTH_CLOSED, "and so is an added visit");
	CHECK(app_visit_correct(app, 1, NULL, "15:59", tjasa, "the paper says 15:59", at("2026-11-05T09:00"), NULL) == ERR_OK,
	      "a coordinator's, with a reason, is recorded");
	CHECK(app_month_fingerprint(app, &c, again) == ERR_OK && !strcmp(again, c.fingerprint),
	      "the closed list's fingerprint stays as it was");
	/* 6:20 + 7:07 as closed; the correction makes the first day 7:59 */
	check_documents(app, ana, 22800 + 25620, 28740 + 25620, "closed, then amended");

	CHECK(app_allowance(app, 202610, at("2026-11-05T09:00"), &l) == ERR_OK && l.nrows == 1 &&
	      l.rows[0].pay.hundredths == 1345, "the allowance counts the signed hours, not the corrected ones");
	app_allowance_free(&l);

	CHECK(app_month_reopen(app, 202610, maja, "to mend", at("2026-11-06T09:00"), NULL) == ERR_NOT_COORDINATOR,
	      "a mentor does not reopen");
	CHECK(app_month_reopen(app, 202610, tjasa, "", at("2026-11-06T09:00"), NULL) == ERR_VISIT_REASON,
	      "a reopening needs a reason");
	CHECK(app_month_reopen(app, 202610, tjasa, "to mend", at("2026-11-06T09:00"), NULL) == ERR_OK &&
	      app_month_closed(app, 202610, &c, &closed) == ERR_OK && !closed, "a coordinator reopens it");
	check_documents(app, ana, 28740 + 25620, 28740 + 25620, "reopened: the records as they stand");
	CHECK(app_visit_add(app, ana, 20261005, "08:00", "12:00", maja, "paper", at("2026-11-06T09:00"), &id, NULL) == ERR_OK,
	      "an open month takes a mentor's change again");
	app_close(app);
	free(path);
}

void suite_month(void)
{
	test_cents();
	test_close();
}
