/* Unit tests of refusals that name their cause: each rule's field, value
 * and limit or clashing record as data, and the sentences a mentor at a
 * form and a coordinator at a shell read for them. */
#include <string.h>

#include "app/app.h"
#include "app/badge.h"
#include "app/calendar.h"
#include "app/entry.h"
#include "app/people.h"
#include "app/progress.h"
#include "app/scan.h"
#include "app/visits.h"
#include "core/visit.h"
#include "out/err_words.h"
#include "out/refusal_words.h"
#include "tests/harness.h"
#include "tests/unit/suites.h"
#include "util/date.h"
#include "util/i18n.h"

static time_t at(const char *local)
{
	time_t t = 0;
	date_parse_local(local, &t);
	return t;
}

static bool is(const struct refusal *r, enum rota_err code, enum refusal_field field, long long given,
               long long limit)
{
	return r->code == code && r->field == field && r->given == given && r->limit == limit;
}

/* The core rule names the field, the value and the limit or the visit. */
static void test_visit_rule_causes(void)
{
	const time_t h = 3600, day = at("2026-11-23T00:00"), now = day + 16 * h + 1800;
	struct visit others[] = {
		{ .id = 7, .check_in = day + 8 * h, .check_out = day + 12 * h, .status = VISIT_CLOSED },
		{ .id = 8, .check_in = day + 14 * h, .status = VISIT_OPEN },
	};
	struct refusal r;
	visit_check_times(day + 8 * h, day + 17 * h + 1800, now, 0, NULL, 0, 0, &r);
	CHECK(is(&r, ERR_VISIT_FUTURE, REFUSAL_CHECK_OUT, day + 17 * h + 1800, now),
	      "a check-out after now names the check-out, its time and now");
	visit_check_times(day + 17 * h, day + 17 * h + 60, now, 0, NULL, 0, 0, &r);
	CHECK(is(&r, ERR_VISIT_FUTURE, REFUSAL_CHECK_IN, day + 17 * h, now), "a check-in after now names the check-in");
	visit_check_times(day + 9 * h, day + 8 * h, now, 0, NULL, 0, 0, &r);
	CHECK(is(&r, ERR_VISIT_ORDER, REFUSAL_CHECK_OUT, day + 8 * h, day + 9 * h),
	      "an end before the start names the check-out, with the check-in as its limit");
	visit_check_times(day + 9 * h, day + 10 * h, now, day + 10 * h, NULL, 0, 0, &r);
	CHECK(is(&r, ERR_VISIT_BEFORE_START, REFUSAL_DAY, 20261123, 20261123),
	      "a day before the registration names the day and the registration's day");
	visit_check_times(day + 11 * h, day + 13 * h, now, 0, others, 2, 0, &r);
	CHECK(is(&r, ERR_VISIT_OVERLAP, REFUSAL_CHECK_IN, day + 11 * h, 0) && r.other == 7 &&
	              r.other_from == day + 8 * h && r.other_to == day + 12 * h,
	      "a check-in inside another visit names that visit and its times");
	visit_check_times(day + 13 * h, day + 15 * h, now, 0, others, 2, 0, &r);
	CHECK(is(&r, ERR_VISIT_OVERLAP, REFUSAL_CHECK_OUT, day + 15 * h, 0) && r.other == 8 && r.other_to == 0,
	      "a check-out inside an open visit names the check-out, and the visit has no end");
	visit_check_times(day + 12 * h, day + 13 * h, now, 0, others, 2, 0, &r);
	CHECK(r.code == ERR_OK && r.field == REFUSAL_NONE, "times that keep every rule name nothing");
}

/* A workshop with mentor Maja and participant Ana (registered on the
 * 16th). */
static struct app *open_with(long long *maja, long long *ana)
{
	struct app *app;
	app_open(":memory:", true, "refusal", &app);
	app_person_add(app, "Maja Novak", ROLE_MENTOR, "sl", at("2026-11-02T09:00"), maja);
	app_person_add(app, "Ana Kovač", ROLE_PARTICIPANT, "sl", at("2026-11-16T09:00"), ana);
	return app;
}

/* An excused absence names the day, the reason, the person or who acts. */
static void test_absence_causes(void)
{
	long long maja, ana, id;
	struct refusal r;
	struct app *app = open_with(&maja, &ana);
	time_t now = at("2026-11-23T16:30");
	app_visit_add(app, ana, 20261119, "08:00", "12:00", maja, "card at home", now, &id, NULL);
	struct absence a = { .person_id = ana, .by_person = maja, .from = 20261118, .to = 20261120, .reason = "illness" };
	CHECK(app_absence_add(app, &a, now, NULL, &r) == ERR_ABSENCE_PRESENT &&
	              is(&r, ERR_ABSENCE_PRESENT, REFUSAL_TO, 20261119, 0),
	      "a day she was here inside the span is named, on the last day's side");
	a.from = 20261119;
	app_absence_add(app, &a, now, NULL, &r);
	CHECK(is(&r, ERR_ABSENCE_PRESENT, REFUSAL_FROM, 20261119, 0), "on the first day, the first day's side");
	a.from = 20261121;
	a.to = 20261120;
	app_absence_add(app, &a, now, NULL, &r);
	CHECK(is(&r, ERR_DAYS_RANGE, REFUSAL_TO, 20261120, 20261121), "a last day before the first names both");
	a.to = 20271231;
	app_absence_add(app, &a, now, NULL, &r);
	CHECK(is(&r, ERR_DAYS_RANGE, REFUSAL_TO, 20271231, 20261121), "so does a span of over a year");
	a.to = 0;
	strcpy(a.reason, "flu");
	app_absence_add(app, &a, now, NULL, &r);
	CHECK(is(&r, ERR_ABSENCE_REASON, REFUSAL_REASON, 0, 0), "a reason the workshop does not have");
	strcpy(a.reason, "illness");
	a.person_id = maja;
	app_absence_add(app, &a, now, NULL, &r);
	CHECK(is(&r, ERR_NOT_PARTICIPANT, REFUSAL_PERSON, maja, 0), "a mentor is given no absence, and is named");
	a.person_id = ana;
	a.by_person = ana;
	app_absence_add(app, &a, now, NULL, &r);
	CHECK(is(&r, ERR_NOT_MENTOR, REFUSAL_BY, ana, 0), "nor records one");
	a.by_person = maja;
	CHECK(app_absence_add(app, &a, now, &id, &r) == ERR_OK && r.code == ERR_OK, "a free day is excused");
	CHECK(app_closure_add(app, 20261231, 20261228, "x", maja, now, NULL, &r) == ERR_DAYS_RANGE &&
	              is(&r, ERR_DAYS_RANGE, REFUSAL_TO, 20261228, 20261231),
	      "a closure names its days the same way");
	app_closure_add(app, 20261228, 0, "x", ana, now, NULL, &r);
	CHECK(is(&r, ERR_NOT_COORDINATOR, REFUSAL_BY, ana, 0), "and who may not close the workshop");
	app_closure_add(app, 20261228, 0, "x", maja, now, NULL, &r);
	CHECK(is(&r, ERR_NOT_COORDINATOR, REFUSAL_BY, maja, 0), "a mentor neither: the calendar is a coordinator's");
	app_closure_remove(app, 1, maja, now, &r);
	CHECK(is(&r, ERR_NOT_COORDINATOR, REFUSAL_BY, maja, 0), "nor removes a closure");
	app_close(app);
}

/* A programme's end and an exit name the day given and the first day
 * after it that the person was here. */
static void test_programme_causes(void)
{
	long long maja, ana, coord, id;
	struct refusal r;
	struct app *app = open_with(&maja, &ana);
	app_person_add(app, "Vesna Horvat", ROLE_COORDINATOR, "sl", at("2026-11-02T09:00"), &coord);
	app_visit_add(app, ana, 20261119, "08:00", "12:00", maja, "card at home", at("2026-11-23T16:30"), &id, NULL);
	CHECK(app_person_update(app, ana, -1, 20261118, -1, -1, &r) == ERR_VISITS_AFTER_END &&
	              is(&r, ERR_VISITS_AFTER_END, REFUSAL_END, 20261118, 20261119),
	      "a programme end before a visit names the end and the visit's day");
	app_person_update(app, ana, 20261201, 20261130, -1, -1, &r);
	CHECK(is(&r, ERR_DAYS_RANGE, REFUSAL_END, 20261130, 20261201), "an end before the start names both");
	const char *exit_day[ENTRY_NFIELDS] = { [ENTRY_EXIT_DATE] = "2026-11-17" };
	app_entry_set(app, ana, exit_day, coord, at("2026-11-23T16:30"), &r);
	CHECK(is(&r, ERR_VISITS_AFTER_END, REFUSAL_EXIT, 20261117, 20261119), "so does an exit date");
	app_entry_set(app, ana, exit_day, maja, at("2026-11-23T16:30"), &r);
	CHECK(is(&r, ERR_NOT_COORDINATOR, REFUSAL_BY, maja, 0), "a mentor is no coordinator, and is named");
	app_entry_set(app, maja, exit_day, coord, at("2026-11-23T16:30"), &r);
	CHECK(is(&r, ERR_NOT_PARTICIPANT, REFUSAL_PERSON, maja, 0), "entry data are a participant's");
	const char *year[ENTRY_NFIELDS] = { [ENTRY_BIRTH_YEAR] = "17" };
	app_entry_set(app, ana, year, coord, at("2026-11-23T16:30"), &r);
	CHECK(is(&r, ERR_ENTRY_VALUE, REFUSAL_ENTRY, ENTRY_BIRTH_YEAR, 0), "a value a field does not take names the field");
	app_close(app);
}

/* A progress entry names the text it refused, the person or the mentor. */
static void test_progress_causes(void)
{
	long long maja, ana, id;
	struct refusal r;
	struct app *app = open_with(&maja, &ana);
	app_progress_add(app, ana, PROGRESS_PROCESS, "sorting", 2, 0, maja, "x\xe2\x80\xae", NULL, 1, &id, &r);
	CHECK(is(&r, ERR_TEXT_BIDI, REFUSAL_NOTE, 0, 0), "a note the gate refuses is named");
	app_progress_add(app, ana, PROGRESS_PROCESS, "sorting", 2, 0, maja, "ok", "\x1b[2J", 1, &id, &r);
	CHECK(is(&r, ERR_TEXT_CONTROL, REFUSAL_WORDS, 0, 0), "so are the participant's own words");
	app_progress_add(app, maja, PROGRESS_PROCESS, "sorting", 2, 0, maja, NULL, NULL, 1, &id, &r);
	CHECK(is(&r, ERR_NOT_PARTICIPANT, REFUSAL_PERSON, maja, 0), "a mentor has no progress, and is named");
	app_progress_add(app, ana, PROGRESS_PROCESS, "sorting", 2, 0, ana, NULL, NULL, 1, &id, &r);
	CHECK(is(&r, ERR_NOT_MENTOR, REFUSAL_BY, ana, 0), "nor records it");
	CHECK(app_progress_add(app, ana, PROGRESS_PROCESS, "sorting", 2, 0, maja, "ok", NULL, 1, &id, &r) == ERR_OK &&
	              r.code == ERR_OK && r.field == REFUSAL_NONE,
	      "an entry kept names nothing");
	app_close(app);
}

/* The use cases name what the rules below them cannot: a time that cannot
 * be read, a check-in on another day, an undone visit, who is acting. */
static void test_visit_use_case_causes(void)
{
	struct app *app;
	long long maja, ana, id;
	char pa[16];
	struct scan_result s;
	struct refusal r;
	time_t now = at("2026-11-23T16:30");
	app = open_with(&maja, &ana);
	long long morning = 0;
	CHECK(app_visit_add(app, ana, 20261123, "08:00", "12:00", maja, "card at home", now, &morning, &r) == ERR_OK &&
	              r.code == ERR_OK && r.field == REFUSAL_NONE,
	      "a visit kept names nothing");

	app_visit_correct(app, morning, NULL, "17:30", maja, "x", now, &r);
	CHECK(is(&r, ERR_VISIT_FUTURE, REFUSAL_CHECK_OUT, at("2026-11-23T17:30"), now),
	      "a correction names check-out 17:30 and now, 16:30");
	app_visit_correct(app, morning, NULL, "16.30", maja, "x", now, &r);
	CHECK(is(&r, ERR_TIME_FORMAT, REFUSAL_CHECK_OUT, 0, 0), "a check-out that cannot be read is named");
	app_visit_correct(app, morning, "8h", "12:00", maja, "x", now, &r);
	CHECK(is(&r, ERR_TIME_FORMAT, REFUSAL_CHECK_IN, 0, 0), "so is a check-in");
	app_visit_correct(app, morning, "2026-11-22 23:00", "2026-11-23 01:00", maja, "x", now, &r);
	CHECK(is(&r, ERR_VISIT_DAY, REFUSAL_CHECK_IN, at("2026-11-22T23:00"), at("2026-11-23T00:00")),
	      "a check-in on another day names it and the visit's day");
	app_visit_correct(app, morning, NULL, "12:00", maja, " ", now, &r);
	CHECK(is(&r, ERR_VISIT_REASON, REFUSAL_REASON, 0, 0), "a blank reason is named");
	CHECK(app_visit_correct(app, morning, NULL, "12:00", ana, "x", now, &r) == ERR_NOT_MENTOR &&
	              is(&r, ERR_NOT_MENTOR, REFUSAL_BY, ana, 0),
	      "a participant acting is ERR_NOT_MENTOR, naming who acted");
	app_visit_correct(app, 999, NULL, "12:00", maja, "x", now, &r);
	CHECK(is(&r, ERR_NOT_FOUND, REFUSAL_VISIT, 999, 0), "a visit that is not there is named");
	app_visit_add(app, ana, 20261123, "10:00", "13:00", maja, "x", now, &id, &r);
	CHECK(is(&r, ERR_VISIT_OVERLAP, REFUSAL_CHECK_IN, at("2026-11-23T10:00"), 0) && r.other == morning &&
	              r.other_from == at("2026-11-23T08:00") && r.other_to == at("2026-11-23T12:00"),
	      "an added visit over another names it and its times");
	app_visit_add(app, ana, 20261313, "10:00", "13:00", maja, "x", now, &id, &r);
	CHECK(is(&r, ERR_TIME_FORMAT, REFUSAL_DAY, 0, 0), "a day that does not exist is named");
	app_visit_add(app, 4242, 20261120, "10:00", "13:00", maja, "x", now, &id, &r);
	CHECK(is(&r, ERR_NOT_FOUND, REFUSAL_PERSON, 4242, 0), "a person who is not there is named");
	app_badge_issue(app, ana, 0, at("2026-11-16T09:00"), pa);
	app_scan(app, pa, at("2026-11-23T13:00"), &s);
	app_scan_undo(app, &s, at("2026-11-23T13:00"));
	app_visit_correct(app, s.visit_id, NULL, "14:00", maja, "x", now, &r);
	CHECK(is(&r, ERR_VISIT_UNDONE, REFUSAL_VISIT, s.visit_id, 0), "an undone visit is named");
	app_close(app);
}

/* The words: the field, the values in the reader's form, the rule. */
static void test_words(void)
{
	char out[512];
	struct refusal r;
	refusal_set(&r, ERR_VISIT_FUTURE, REFUSAL_CHECK_OUT, at("2026-11-23T17:30"), at("2026-11-23T16:30"));
	CHECK(!strcmp(refusal_words(&r, REFUSAL_FOR_MENTOR, out, sizeof out), "Check-out 17:30 is after now, 16:30."),
	      "a mentor reads the field and both times");
	refusal_words(&r, REFUSAL_FOR_SHELL, out, sizeof out);
	CHECK(!strncmp(out, "--check-out 17:30 is later than now, 16:30", 42), "a coordinator reads the option");
	i18n_set_lang("sl");
	refusal_words(&r, REFUSAL_FOR_MENTOR, out, sizeof out);
	CHECK(strstr(out, "Odjava 17:30") && strstr(out, "16:30"), "in Slovenian too");
	i18n_set_lang("en");
	refusal_set(&r, ERR_VISIT_BEFORE_START, REFUSAL_DAY, 20261113, 20261116);
	i18n_set_lang("hr");
	refusal_words(&r, REFUSAL_FOR_MENTOR, out, sizeof out);
	CHECK(strstr(out, "13. 11. 2026.") && strstr(out, "16. 11. 2026.") && !strstr(out, ".."),
	      "a day in the reader's form (hr), its full stop not doubled at the sentence's end");
	refusal_words(&r, REFUSAL_FOR_SHELL, out, sizeof out);
	CHECK(strstr(out, "--date 2026-11-13") && strstr(out, "2026-11-16"), "and as typed at a shell");
	i18n_set_lang("en");
	refusal_set(&r, ERR_VISIT_OVERLAP, REFUSAL_CHECK_IN, at("2026-11-23T11:00"), 0);
	refusal_other(&r, 7, at("2026-11-23T08:00"), at("2026-11-23T12:00"));
	refusal_words(&r, REFUSAL_FOR_SHELL, out, sizeof out);
	CHECK(strstr(out, "--check-in 11:00") && strstr(out, "visit 7") && strstr(out, "08:00 to 12:00"),
	      "an overlap names the other visit and its times");
	refusal_set(&r, ERR_VISIT_ORDER, REFUSAL_CHECK_OUT, at("2026-11-24T10:00"), at("2026-11-23T09:00"));
	refusal_words(&r, REFUSAL_FOR_MENTOR, out, sizeof out);
	CHECK(!strcmp(out, "Check-out 2026-11-24 10:00 is a day or more after check-in 2026-11-23 09:00."),
	      "a time on another day carries its day");
	refusal_set(&r, ERR_TEXT_TOO_LONG, REFUSAL_REASON, 0, 0);
	refusal_words(&r, REFUSAL_FOR_MENTOR, out, sizeof out);
	CHECK(!strncmp(out, "Reason: This text is too long.", 30), "a rule without its own sentence is named by field");
}

/* A code alone is worded per reader: the door's calm sentence, a mentor
 * sent to a coordinator, a shell told which option. */
static void test_code_words(void)
{
	CHECK(!strcmp(refusal_code_words(ERR_BADGE_UNKNOWN, REFUSAL_FOR_DOOR), err_message(ERR_BADGE_UNKNOWN)) &&
	              strstr(err_message(ERR_BADGE_UNKNOWN), "ask a mentor"),
	      "a participant at the door is sent to a mentor");
	CHECK(strstr(refusal_code_words(ERR_BADGE_UNKNOWN, REFUSAL_FOR_MENTOR), "ask a coordinator") != NULL,
	      "a mentor is sent to a coordinator");
	CHECK(strstr(refusal_code_words(ERR_NOT_MENTOR, REFUSAL_FOR_SHELL), "--by") &&
	              !strcmp(refusal_code_words(ERR_NOT_MENTOR, REFUSAL_FOR_DOOR), err_message(ERR_NOT_MENTOR)),
	      "a shell is told the option; the door keeps its sentence");
	struct refusal r;
	char out[256];
	refusal_set(&r, ERR_VISIT_FUTURE, REFUSAL_CHECK_OUT, at("2026-11-23T17:30"), at("2026-11-23T16:30"));
	CHECK(!strcmp(refusal_words(&r, REFUSAL_FOR_DOOR, out, sizeof out), err_message(ERR_VISIT_FUTURE)),
	      "the door reads the code's sentence, without fields");
}

/* Every code says something at the door: a code added without a sentence
 * in out/err_words.c fails here (the reader would get ERR_INVALID's). */
static void test_every_code_has_words(void)
{
	int missing = 0;
	const char *first = "";
	for (int e = 0; e < ERR__COUNT; e++)
		if (!err_has_words((enum rota_err)e) && missing++ == 0)
			first = err_name((enum rota_err)e);
	CHECK(missing == 0, *first ? first : "every error code has its sentence at the door");
}

void suite_refusal(void)
{
	test_every_code_has_words();
	test_visit_rule_causes();
	test_visit_use_case_causes();
	test_absence_causes();
	test_programme_causes();
	test_progress_causes();
	test_words();
	test_code_words();
}
