/* Unit tests of mentor mode's rules: the PIN lockout, the review queue,
 * corrections that keep history, progress, and the hour sheet (across
 * midnight, end unknown). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/app.h"
#include "app/badge.h"
#include "app/calendar.h"
#include "app/drafts.h"
#include "app/hours.h"
#include "app/mentor.h"
#include "app/people.h"
#include "app/progress.h"
#include "app/review.h"
#include "app/scan.h"
#include "app/visits.h"
#include "core/calendar.h"
#include "core/mentor.h"
#include "store/db.h"
#include "store/visits.h"
#include "tests/harness.h"
#include "tests/unit/suites.h"
#include "util/date.h"

static time_t at(const char *local)
{
	time_t t = 0;
	date_parse_local(local, &t);
	return t;
}

static void test_lockout_rule(void)
{
	struct pin_guard g = { 0, 0 };
	for (int i = 0; i < 4; i++)
		g = mentor_after_wrong_pin(g, 1000);
	CHECK(!mentor_is_locked(&g, 1000) && g.failures == 4, "four wrong PINs: not yet locked");
	g = mentor_after_wrong_pin(g, 1000);
	CHECK(mentor_is_locked(&g, 1000) && mentor_is_locked(&g, 1299), "the fifth locks for five minutes");
	CHECK(!mentor_is_locked(&g, 1300), "and then opens again");
	g = mentor_after_right_pin();
	CHECK(g.failures == 0 && !g.locked_until, "a right PIN starts from zero");
}

static void test_calendar(void)
{
	CHECK(calendar_weekday(20261123) == 0 && calendar_weekday(20261129) == 6, "weekdays");
	CHECK(calendar_ymd(calendar_days(20240229) + 1) == 20240301, "a leap day");
	CHECK(calendar_workdays_between(20261119, 20261123) == 1, "Thursday to Monday misses Friday only");
	CHECK(calendar_workdays_between(20261119, 20261124) == 2, "to Tuesday: Friday and Monday");
}

struct rows {
	int n;
	struct hours_row row[8];
};

static void keep_row(const struct hours_row *r, void *ctx)
{
	struct rows *rows = ctx;
	if (rows->n < 8)
		rows->row[rows->n++] = *r;
}

static int count_kind(const struct review_item *items, size_t n, enum review_kind kind)
{
	int c = 0;
	for (size_t i = 0; i < n; i++)
		c += items[i].kind == kind;
	return c;
}

static void test_mentor_mode(void)
{
	struct app *app;
	long long maja, ana, luka;
	char pa[BADGE_DIGITS + 1], pm[BADGE_DIGITS + 1];
	struct scan_result r;
	struct person who;
	app_open(":memory:", true, "mentor", &app);
	app_person_add(app, "Maja Novak", ROLE_MENTOR, "sl", at("2026-11-02T09:00"), &maja);
	app_person_add(app, "Ana Kovač", ROLE_PARTICIPANT, "sl", at("2026-11-02T09:00"), &ana);
	app_person_add(app, "Luka Čeh", ROLE_PARTICIPANT, "sl", at("2026-11-02T09:00"), &luka);
	app_badge_issue(app, ana, 0, 1, pa);
	app_badge_issue(app, maja, 0, 1, pm);

	/* Sign-in */
	CHECK(app_mentor_by_badge(app, pa, &who) == ERR_NOT_MENTOR, "a participant's card does not open mentor mode");
	CHECK(app_mentor_by_badge(app, pm, &who) == ERR_OK && who.id == maja, "a mentor's card identifies her");
	CHECK(app_mentor_sign_in(app, pm, "1234", 100, NULL, NULL) == ERR_NO_PIN, "no PIN, no mentor mode");
	app_person_set_pin(app, maja, "2468");
	CHECK(app_mentor_sign_in(app, pa, "2468", 100, NULL, NULL) == ERR_NOT_MENTOR, "participants never get in");
	int wrong = 0;
	for (int i = 0; i < 4; i++)
		wrong += app_mentor_sign_in(app, pm, "1111", 100 + i, NULL, NULL) == ERR_PIN_WRONG;
	CHECK(wrong == 4, "wrong PINs are refused");
	CHECK(app_mentor_sign_in(app, pm, "1111", 104, NULL, NULL) == ERR_LOCKED, "the fifth wrong PIN says it locked");
	CHECK(app_mentor_sign_in(app, pm, "2468", 200, NULL, NULL) == ERR_LOCKED, "after five, even the right PIN waits");
	CHECK(app_mentor_sign_in(app, pm, "2468", 104 + 301, NULL, NULL) == ERR_OK, "five minutes later it opens");
	CHECK(app_mentor_sign_in(app, pm, "1111", 500, NULL, NULL) == ERR_PIN_WRONG &&
	      app_mentor_sign_in(app, pm, "2468", 501, NULL, NULL) == ERR_OK, "and the count started again");

	/* A week: Ana comes Thursday, forgets to check out, comes Friday, leaves. */
	app_scan(app, pa, at("2026-11-19T08:00"), &r);
	app_scan(app, pa, at("2026-11-20T08:30"), &r);
	app_scan(app, pa, at("2026-11-20T14:30"), &r);
	app_scan(app, pa, at("2026-11-24T08:00"), &r);
	app_scan_undo(app, &r, at("2026-11-24T08:00") + 5);
	struct review_item *items;
	size_t n;
	app_review_items(app, at("2026-11-24T17:00"), &items, &n);
	CHECK(count_kind(items, n, REVIEW_END_UNKNOWN) == 1, "the forgotten check-out is in the queue");
	CHECK(count_kind(items, n, REVIEW_UNDONE) == 1, "so is the undone scan");
	CHECK(count_kind(items, n, REVIEW_NOT_SEEN) == 1 && items[n - 1].person_id == luka,
	      "Luka, never here since joining, is missed");
	long long stale = 0;
	struct review_item undone = { 0 };
	for (size_t i = 0; i < n; i++) {
		if (items[i].kind == REVIEW_END_UNKNOWN)
			stale = items[i].ref;
		if (items[i].kind == REVIEW_UNDONE)
			undone = items[i];
	}
	free(items);

	/* Resolving: a correction with a reason, a mark as seen. */
	CHECK(app_visit_correct(app, stale, NULL, "16:00", maja, "", at("2026-11-24T17:00"), NULL) == ERR_VISIT_REASON,
	      "a correction needs a reason");
	CHECK(app_visit_correct(app, stale, NULL, "07:00", maja, "x", at("2026-11-24T17:00"), NULL) == ERR_VISIT_ORDER,
	      "an end before the start is refused");
	CHECK(app_visit_correct(app, stale, NULL, "16:00", ana, "x", at("2026-11-24T17:00"), NULL) == ERR_NOT_MENTOR,
	      "a participant cannot correct");
	CHECK(app_visit_correct(app, stale, NULL, "16:00", maja, "left at four, told me", at("2026-11-24T17:00"), NULL) == ERR_OK,
	      "a mentor enters the real check-out");
	struct visit v;
	int history = 0;
	app_visit_get(app, stale, &v);
	db_begin_read(app->db);
	db_end_read(app->db, store_visit_history_count(app->db, stale, &history));
	CHECK(v.status == VISIT_CLOSED && v.check_out == at("2026-11-19T16:00"), "the visit is closed at 16:00");
	CHECK(history == 2, "the history keeps the end unknown and the correction");
	CHECK(app_review_mark_seen(app, &undone, maja, NULL, at("2026-11-24T17:01")) == ERR_OK, "the undone scan is seen");
	app_review_items(app, at("2026-11-24T17:02"), &items, &n);
	CHECK(count_kind(items, n, REVIEW_END_UNKNOWN) == 0 && count_kind(items, n, REVIEW_UNDONE) == 0,
	      "and both have left the queue");
	free(items);

	/* Progress and the participant's own words. */
	long long id;
	CHECK(app_progress_add(app, ana, PROGRESS_PROCESS, "sorting", 5, 0, maja, NULL, NULL, 1, &id, NULL) == ERR_INVALID,
	      "level 5 does not exist");
	CHECK(app_progress_add(app, ana, PROGRESS_PROCESS, "welding", 2, 0, maja, NULL, NULL, 1, &id, NULL) == ERR_UNKNOWN_TOPIC,
	      "nor does welding");
	CHECK(app_progress_add(app, ana, PROGRESS_SKILL, "teamwork", 3, 0, maja, "helps Luka",
	                       "I like working with others", at("2026-11-24T17:05"), &id, NULL) == ERR_OK,
	      "a skill level with a note and her own words");
	app_review_items(app, at("2026-11-24T17:06"), &items, &n);
	CHECK(count_kind(items, n, REVIEW_WORDS) == 1, "her words wait in the queue");
	free(items);

	/* Hours: midnight and end unknown. */
	app_scan(app, pa, at("2026-11-25T20:00"), &r); /* an evening shift */
	app_visit_correct(app, r.visit_id, NULL, "2026-11-26 02:00", maja, "night sorting", at("2026-11-26T09:00"), NULL);
	app_scan(app, pa, at("2026-11-27T08:00"), &r); /* left open: end unknown tomorrow */
	app_scan(app, pa, at("2026-11-30T08:00"), &r);
	app_scan(app, pa, at("2026-11-30T12:00"), &r);
	struct rows rows = { 0 };
	app_hours_month(app, 202611, at("2026-12-01T09:00"), keep_row, &rows);
	CHECK(rows.n == 2 && rows.row[0].person_id == ana, "one line per participant");
	/* 19th 8h (corrected), 20th 6h, 25th 6h over midnight, 27th unknown, 30th 4h */
	CHECK(rows.row[0].seconds == (8 + 6 + 6 + 4) * 3600, "hours: across midnight whole, end unknown none");
	CHECK(rows.row[0].days_present == 5, "days present include the day with an unknown end");
	CHECK(rows.row[0].target_hours == 60, "the default target is 60 hours");
	char s[16];
	app_hours_format(5400, s, sizeof s);
	CHECK(!strcmp(s, "1.50"), "hours read as 1.50");
	app_close(app);
}

struct actions {
	char action[4][16];
	int n;
};

static void keep_action(const struct visit_change *c, void *ctx)
{
	struct actions *a = ctx;
	if (a->n < 4)
		snprintf(a->action[a->n++], sizeof a->action[0], "%s", c->action);
}

/* A mentor puts the record right: a closed visit corrected, a missed one
 * added, the day's open visits closed at closing time; each rule refused. */
static void test_visit_repair(void)
{
	struct app *app;
	long long maja, ana, luka, id = 0;
	char pa[BADGE_DIGITS + 1], pl[BADGE_DIGITS + 1];
	struct scan_result r;
	app_open(":memory:", true, "mentor", &app);
	app_person_add(app, "Maja Novak", ROLE_MENTOR, "sl", at("2026-11-02T09:00"), &maja);
	app_person_add(app, "Ana Kovač", ROLE_PARTICIPANT, "sl", at("2026-11-16T09:00"), &ana);
	app_person_add(app, "Luka Horvat", ROLE_PARTICIPANT, "hr", at("2026-11-16T09:00"), &luka);
	app_badge_issue(app, ana, 0, at("2026-11-16T09:00"), pa);
	app_badge_issue(app, luka, 0, at("2026-11-16T09:00"), pl);
	app_scan(app, pa, at("2026-11-23T08:00"), &r);
	long long morning = r.visit_id;
	app_scan(app, pa, at("2026-11-23T12:00"), &r);
	time_t now = at("2026-11-23T16:30");

	CHECK(app_visit_correct(app, morning, NULL, "17:30", maja, "x", now, NULL) == ERR_VISIT_FUTURE,
	      "at 16:30 a check-out at 17:30 is refused");
	CHECK(app_visit_correct(app, morning, NULL, "11:30", maja, "left early", now, NULL) == ERR_OK,
	      "a closed visit can be corrected");
	CHECK(app_visit_add(app, ana, 20261123, "11:00", "13:00", maja, "x", now, &id, NULL) == ERR_VISIT_OVERLAP,
	      "an added visit may not overlap another");
	CHECK(app_visit_add(app, ana, 20261113, "08:00", "12:00", maja, "x", now, &id, NULL) == ERR_VISIT_BEFORE_START,
	      "nor come before the registration");
	CHECK(app_visit_add(app, ana, 20261123, "13:00", "12:00", maja, "x", now, &id, NULL) == ERR_VISIT_ORDER,
	      "nor end before it starts");
	CHECK(app_visit_add(app, ana, 20261123, "13:00", "15:00", maja, "", now, &id, NULL) == ERR_VISIT_REASON,
	      "nor go without a reason");
	CHECK(app_visit_add(app, ana, 20261123, "13:00", "15:00", ana, "x", now, &id, NULL) == ERR_NOT_MENTOR,
	      "nor be added by a participant");
	long long gone;
	app_person_add(app, "Tina Zupan", ROLE_MENTOR, "sl", at("2026-11-02T09:00"), &gone);
	app_person_update(app, gone, -1, -1, -1, 0, NULL);
	CHECK(app_visit_add(app, ana, 20261123, "13:00", "15:00", gone, "x", now, &id, NULL) == ERR_NOT_MENTOR &&
	      app_note_add(app, ana, gone, "x", false, now) == ERR_NOT_MENTOR &&
	      app_closure_add(app, 20261127, 0, "x", gone, now, NULL, NULL) == ERR_NOT_COORDINATOR,
	      "nor by a mentor who has left");
	CHECK(app_visit_add(app, ana, 20261120, "08:00", "14:00", maja, "card at home", now, &id, NULL) == ERR_OK,
	      "a missed Friday is added");
	struct visit v;
	app_visit_get(app, id, &v);
	CHECK(v.status == VISIT_CLOSED && v.day == 20261120 && v.check_out == at("2026-11-20T14:00"),
	      "closed from 08:00 to 14:00");
	struct actions a = { .n = 0 };
	app_visit_history(app, id, keep_action, &a);
	CHECK(a.n == 1 && !strcmp(a.action[0], "added"), "its history says added");

	/* Closing time: Ana came back, Luka came; Luka's late visit after closing stays. */
	app_scan(app, pa, at("2026-11-23T13:00"), &r);
	long long ana_open = r.visit_id;
	app_scan(app, pl, at("2026-11-23T09:00"), &r);
	long long luka_open = r.visit_id;
	int closed = -1;
	CHECK(app_visits_close_open(app, at("2026-11-23T16:00"), maja, NULL, at("2026-11-23T15:00"), &closed) ==
	      ERR_VISIT_FUTURE && closed == 0, "closing at 16:00 is refused at 15:00");
	CHECK(app_visit_closing_time(app, now) == at("2026-11-23T16:00"), "the closing time is 16:00");
	CHECK(app_visits_close_open(app, app_visit_closing_time(app, now), maja, NULL, now, &closed) == ERR_OK &&
	      closed == 2, "both open visits are closed in one step");
	app_visit_get(app, ana_open, &v);
	CHECK(v.status == VISIT_CLOSED && v.check_out == at("2026-11-23T16:00"), "at the closing time");
	a.n = 0;
	app_visit_history(app, luka_open, keep_action, &a);
	CHECK(a.n == 1 && !strcmp(a.action[0], "close_open"), "each recorded as such");
	CHECK(app_visits_close_open(app, at("2026-11-23T16:00"), maja, NULL, now, &closed) == ERR_OK && closed == 0,
	      "a second time finds nothing open");
	app_close(app);
}

/* A visit left open yesterday lasts until now for the overlap rule: a
 * visit added this morning may not cross it. */
static void test_visit_open_from_earlier_day(void)
{
	struct app *app;
	long long maja, ana, id = 0;
	char pa[BADGE_DIGITS + 1];
	struct scan_result r;
	app_open(":memory:", true, "mentor", &app);
	app_person_add(app, "Maja Novak", ROLE_MENTOR, "sl", at("2026-11-02T09:00"), &maja);
	app_person_add(app, "Ana Kovač", ROLE_PARTICIPANT, "sl", at("2026-11-16T09:00"), &ana);
	app_badge_issue(app, ana, 0, at("2026-11-16T09:00"), pa);
	app_scan(app, pa, at("2026-11-22T15:00"), &r);
	time_t now = at("2026-11-23T12:00");
	CHECK(app_visit_add(app, ana, 20261123, "08:00", "10:00", maja, "card at home", now, &id, NULL) ==
	      ERR_VISIT_OVERLAP, "yesterday's visit, still open, overlaps this morning");
	CHECK(app_visit_correct(app, r.visit_id, NULL, "16:00", maja, "left at four", now, NULL) == ERR_OK &&
	      app_visit_add(app, ana, 20261123, "08:00", "10:00", maja, "card at home", now, &id, NULL) == ERR_OK,
	      "once it is closed, the morning can be added");
	app_close(app);
}

/* A draft is the mentor's own, replaced when kept again, gone when empty
 * or dropped, and no note. */
static void test_drafts(void)
{
	struct app *app;
	long long maja, ivana, ana;
	bool found;
	int n;
	app_open(":memory:", true, "mentor", &app);
	app_person_add(app, "Maja Novak", ROLE_MENTOR, "sl", 1, &maja);
	app_person_add(app, "Ivana Horvat", ROLE_MENTOR, "hr", 1, &ivana);
	app_person_add(app, "Ana Kovač", ROLE_PARTICIPANT, "sl", 1, &ana);
	struct draft d = { .mentor_id = maja, .form = "note", .person_id = ana };
	snprintf(d.body, sizeof d.body, "first words");
	CHECK(app_draft_keep(app, &d, 10) == ERR_OK, "a draft is kept");
	snprintf(d.body, sizeof d.body, "more words");
	app_draft_keep(app, &d, 20);
	struct draft q = { .mentor_id = maja, .form = "note", .person_id = ana };
	CHECK(app_draft_find(app, &q, &found) == ERR_OK && found && !strcmp(q.body, "more words"),
	      "kept again, it is replaced");
	q.mentor_id = ivana;
	CHECK(app_draft_find(app, &q, &found) == ERR_OK && !found && !q.body[0], "another mentor finds nothing");
	CHECK(app_draft_count(app, maja, ana, &n) == ERR_OK && n == 1, "one draft about Ana");
	d.body[0] = '\0';
	app_draft_keep(app, &d, 30);
	CHECK(app_draft_count(app, maja, ana, &n) == ERR_OK && n == 0, "an empty form keeps no draft");
	snprintf(d.body, sizeof d.body, "again");
	app_draft_keep(app, &d, 40);
	app_draft_drop(app, &d);
	CHECK(app_draft_count(app, maja, ana, &n) == ERR_OK && n == 0, "a dropped draft is gone");
	d.mentor_id = 0;
	CHECK(app_draft_keep(app, &d, 50) == ERR_INVALID, "a draft needs a mentor");
	app_close(app);
}

void suite_mentor(void)
{
	test_drafts();
	test_visit_repair();
	test_visit_open_from_earlier_day();
	test_lockout_rule();
	test_calendar();
	test_mentor_mode();
}
