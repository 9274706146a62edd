/* A mentor puts visits right at the kiosk, at 80x24: closing the day from
 * Today after a Y, correcting any visit from the participant's timeline,
 * adding a visit that was never scanned; each refusal names its rule. */
#include <stdio.h>
#include <string.h>

#include "app/scan.h"
#include "app/visits.h"
#include "store/visits.h"
#include "tests/harness.h"
#include "tests/screens/rig.h"
#include "tests/screens/suites.h"
#include "util/date.h"

struct last_action {
	char action[16];
};

static void keep_last(const struct visit_change *c, void *ctx)
{
	struct last_action *a = ctx;
	snprintf(a->action, sizeof a->action, "%s", c->action);
}

/* Today: C asks, only Y closes; before closing time it is refused. */
static void test_close_the_day(void)
{
	struct rig r;
	struct visit v;
	rig_open(&r, 24, 80);
	rig_scan(&r, ANA);                       /* 08:12 */
	rig_type(&r, "\r", 0);
	rig_sign_in(&r, MAJA);
	rig_type(&r, "t", 0);
	CHECK(rig_on(&r, "today"), "T shows today");
	rig_type(&r, "c", 0);
	CHECK(rig_shows(&r, "Press Y to check out everyone still here at 16:00"), "C asks first, naming the time");
	rig_type(&r, "n", 0);
	CHECK(rig_shows(&r, "Nothing was changed") && rig_shows(&r, "in since 08:12"), "any other key: nothing changes");
	rig_type(&r, "c", 0);
	rig_type(&r, "y", 0);
	CHECK(rig_shows(&r, "later than now") && rig_shows(&r, "in since 08:12"), "at 08:12 closing at 16:00 is refused");
	rig_close(&r);

	rig_open(&r, 24, 80);
	rig_scan(&r, ANA);
	rig_type(&r, "\r", 0);
	r.now += 9 * 3600;                   /* 17:12: after closing time */
	rig_sign_in(&r, MAJA);
	rig_type(&r, "t", 0);
	rig_type(&r, "c", 0);
	rig_type(&r, "y", 0);
	CHECK(rig_shows(&r, "Checked out at 16:00: 1") && rig_shows(&r, "08:12-16:00"), "Y checks Ana out at 16:00");
	rig_golden(&r, "today-closed-80x24");
	struct last_action a = { "" };
	app_visit_get(r.app, 1, &v);
	app_visit_history(r.app, 1, keep_last, &a);
	CHECK(v.status == VISIT_CLOSED && !strcmp(a.action, "close_open"), "recorded as closed at closing time");
	rig_close(&r);
}

/* Ana's file: her closed visit corrected from the timeline, then a missed
 * Friday added with V; a future time and an overlap are refused by name. */
static void test_from_the_timeline(void)
{
	struct rig r;
	struct scan_result res;
	struct visit v;
	time_t friday;
	rig_open(&r, 24, 80);
	date_parse_local("2026-11-18T09:00:00", &friday);  /* Wednesday: Ana's first day */
	app_scan(r.app, r.payload[ANA], friday, &res);
	app_scan(r.app, r.payload[ANA], friday + 5 * 3600, &res);   /* 09:00-14:00, closed */
	long long closed_id = res.visit_id;
	rig_sign_in(&r, MAJA);
	rig_type(&r, "p", 0);
	rig_type(&r, "an", 100);
	rig_type(&r, "\r", 0);
	CHECK(rig_on(&r, "person-file") && rig_shows(&r, "Visit 09:00-14:00"), "the closed visit is on the timeline");
	CHECK(rig_shows(&r, "Enter: correct a visit"), "the timeline says how to correct");
	rig_wait(&r, 1);
	rig_type(&r, "\r", 0);
	CHECK(rig_on(&r, "correct") && rig_shows(&r, "2026-11-18"), "Enter opens the chosen (closed) visit");
	rig_type(&r, "15:00", 150);
	rig_type(&r, "\t", 0);
	rig_type(&r, "stayed to finish the sorting", 20);
	rig_type(&r, "\r", 0);
	CHECK(rig_on(&r, "person-file") && rig_shows(&r, "Visit 09:00-15:00"), "saved, the timeline shows the real end");
	app_visit_get(r.app, closed_id, &v);
	CHECK(v.status == VISIT_CLOSED && v.check_out == friday + 6 * 3600, "the closed visit was corrected");

	rig_type(&r, "v", 0);
	CHECK(rig_on(&r, "correct") && rig_shows(&r, "add a visit") && rig_shows(&r, "2026-11-23"), "V offers a visit for today");
	rig_golden(&r, "visit-add-80x24");
	rig_type(&r, "\x7f\x7f", 150);
	rig_wait(&r, 1);
	rig_type(&r, "18", 150);               /* the 18th, overlapping */
	rig_wait(&r, 1);
	rig_type(&r, "\t", 0);
	rig_type(&r, "14:00", 150);
	rig_wait(&r, 1);
	rig_type(&r, "\t", 0);
	rig_type(&r, "16:00", 150);
	rig_wait(&r, 1);
	rig_type(&r, "\t", 0);
	rig_type(&r, "card at home", 20);
	rig_type(&r, "\r", 0);
	CHECK(rig_on(&r, "correct") &&
	              rig_shows(&r, "Check-in 14:00 falls in another visit of this person, 09:00 to 15:00."),
	      "an overlapping visit is refused, naming the field, its time and the other visit's");
	CHECK(rig_shows(&r, "14:00_"), "the cursor waits on the check-in");
	rig_wait(&r, 1);
	rig_type(&r, "\x7f\x7f\x7f\x7f\x7f", 150);
	rig_wait(&r, 1);
	rig_type(&r, "09:00", 150);           /* the 18th, 09:00-16:00: still overlapping */
	rig_wait(&r, 1);
	rig_type(&r, "\t", 0);
	rig_wait(&r, 1);
	rig_type(&r, "\t", 0);
	rig_wait(&r, 1);
	rig_type(&r, "\t", 0);
	rig_type(&r, "\x7f\x7f", 150);
	rig_wait(&r, 1);
	rig_type(&r, "20", 150);               /* Friday the 20th */
	rig_wait(&r, 1);
	rig_type(&r, "\r", 0);
	CHECK(rig_on(&r, "person-file") && rig_shows(&r, "2026-11-20  Visit 09:00-16:00"), "the added visit is on the timeline");
	rig_close(&r);
}

/* Returns true when the screen's line that holds label has the cursor's
 * mark ("_" after the text) right after value. */
static bool cursor_after(struct rig *r, const char *label, const char *value)
{
	const char *screen = rig_screen(r), *at = strstr(screen, label);
	if (!at)
		return false;
	const char *end = strchr(at, '\n');
	char want[64];
	snprintf(want, sizeof want, "%s_", value);
	const char *hit = strstr(at, want);
	return hit && (!end || hit < end);
}

/* A refused visit says which field and why, with the times, and puts the
 * cursor on that field; in the reader's language. */
static void test_refusal_names_the_field(void)
{
	struct rig r;
	rig_open(&r, 24, 80);                   /* 08:12 */
	rig_sign_in(&r, MAJA);
	rig_type(&r, "p", 0);
	rig_type(&r, "an", 100);
	rig_type(&r, "\r", 0);
	rig_type(&r, "v", 0);                   /* add a visit today */
	CHECK(rig_on(&r, "correct") && rig_shows(&r, "add a visit"), "V opens the form");
	static const char *const fields[] = { "07:00", "09:30", "card at home" };
	for (int i = 0; i < 3; i++) {
		rig_type(&r, "\t", 0);
		rig_type(&r, fields[i], 60);
		rig_wait(&r, 1);
	}
	rig_type(&r, "\r", 0);
	CHECK(rig_on(&r, "correct") && rig_shows(&r, "Check-out 09:30 is after now, 08:12."),
	      "a check-out after now names the field and both times");
	CHECK(!rig_shows(&r, "not valid") && !rig_shows(&r, "must look like"), "no catch-all sentence");
	CHECK(cursor_after(&r, "Check-out (HH:MM):", "09:30") && !cursor_after(&r, "Reason:", "card at home"),
	      "the cursor moved from the reason to the check-out");
	/* the field in focus is the check-out: what is typed now goes there */
	static const struct {
		const char *typed, *words;
	} tries[] = {
		{ "7.45", "Check-out: please write the time like 16:30." },
		{ "06:30", "Check-out 06:30 is not after check-in 07:00." },
	};
	for (size_t i = 0; i < 2; i++) {
		rig_type(&r, "\x7f\x7f\x7f\x7f\x7f", 150);
		rig_wait(&r, 1);
		rig_type(&r, tries[i].typed, 150);
		rig_wait(&r, 1);
		rig_type(&r, "\r", 0);
		CHECK(rig_shows(&r, tries[i].words) && cursor_after(&r, "Check-out (HH:MM):", tries[i].typed),
		      "a second and a third try are named, the cursor still on the check-out");
	}
	rig_close(&r);
}

void suite_visits(void)
{
	test_refusal_names_the_field();
	test_from_the_timeline();
	test_close_the_day();
}
