/* Unit tests of the records that leave the kiosk: entry data codes and
 * their history, the "<5" rule, the span common to three intervals, the
 * team-meeting report's data, and the anonymisation's guards. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/app.h"
#include "app/badge.h"
#include "app/hours.h"
#include "app/entry.h"
#include "app/people.h"
#include "app/personal.h"
#include "app/progress.h"
#include "app/scan.h"
#include "app/summary.h"
#include "app/team_report.h"
#include "core/entry.h"
#include "core/summary.h"
#include "out/person_letter.h"
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

static void test_entry_codes(void)
{
	CHECK(entry_value_is_valid(ENTRY_GENDER, "female") && entry_value_is_valid(ENTRY_GENDER, "declined") &&
	      !entry_value_is_valid(ENTRY_GENDER, "Female"), "gender takes its codes, declined too, exactly");
	CHECK(entry_value_is_valid(ENTRY_EDUCATION, "0") && entry_value_is_valid(ENTRY_EDUCATION, "8") &&
	      !entry_value_is_valid(ENTRY_EDUCATION, "9"), "education is ISCED 0 to 8");
	CHECK(entry_value_is_valid(ENTRY_BIRTH_YEAR, "1984") && entry_value_is_valid(ENTRY_BIRTH_YEAR, "declined") &&
	      !entry_value_is_valid(ENTRY_BIRTH_YEAR, "84") && !entry_value_is_valid(ENTRY_BIRTH_YEAR, "1850"),
	      "a birth year is four digits from 1900");
	CHECK(entry_value_is_valid(ENTRY_EXIT_DATE, "2026-11-20") && !entry_value_is_valid(ENTRY_EXIT_DATE, "2026-02-30") &&
	      !entry_value_is_valid(ENTRY_EXIT_DATE, "declined"), "a date is a real day");
	CHECK(entry_value_is_valid(ENTRY_OUTCOME_FOLLOWUP, "") && !entry_value_is_valid(ENTRY_OUTCOME_EXIT, NULL),
	      "empty clears; NULL is no value");
	CHECK(!strcmp(entry_age_band("2001", 2026), "25_54") && !strcmp(entry_age_band("2002", 2026), "under_25") &&
	      !strcmp(entry_age_band("1971", 2026), "55_plus") && !strcmp(entry_age_band("declined", 2026), "declined") &&
	      !strcmp(entry_age_band("", 2026), "unknown"), "age bands of the ESF indicators");
	enum entry_field f;
	CHECK(entry_field_parse("outcome_followup", &f) && f == ENTRY_OUTCOME_FOLLOWUP && !entry_field_parse("x", &f),
	      "field codes parse");
}

static void test_small_counts(void)
{
	char cell[12];
	struct summary_count c = { .people = 0, .mark = SUPPRESS_SMALL };
	CHECK(!strcmp(summary_cell(&c, 5, cell), "<5"), "0 people, small: <5");
	c.people = 4;
	CHECK(!strcmp(summary_cell(&c, 5, cell), "<5"), "4 people, small: <5");
	CHECK(!strcmp(summary_cell(&c, 10, cell), "<10"), "the threshold is the workshop's: <10");
	c.people = 5;
	c.mark = SUPPRESS_SHOWN;
	CHECK(!strcmp(summary_cell(&c, 5, cell), "5"), "5 people, shown: 5");
	c.people = 1234;
	CHECK(!strcmp(summary_cell(&c, 5, cell), "1234"), "1234 people: 1234");
	c.mark = SUPPRESS_HIDDEN;
	CHECK(!strcmp(summary_cell(&c, 5, cell), "x"), "hidden beside a small one: x");
	struct summary s = { 0 };
	summary_count_add(&s, "gender", "male", 0);
	summary_count_add(&s, "gender", "female", 2);
	summary_count_add(&s, "gender", "male", 3);
	CHECK(s.ncounts == 2 && !strcmp(s.counts[0].item, "male") && summary_count_get(&s, "gender", "male") == 3,
	      "counts keep the order they were first added in");
	summary_mentoring_add(&s, 2, "B", 202611, 60);
	summary_mentoring_add(&s, 1, "A", 202612, 60);
	summary_mentoring_add(&s, 1, "A", 202611, 60);
	summary_mentoring_add(&s, 1, "A", 202611, 30);
	CHECK(s.nmentoring == 3 && s.mentoring[0].person_id == 1 && s.mentoring[0].month == 202611 &&
	      s.mentoring[0].seconds == 90 && s.mentoring[2].person_id == 2, "mentoring by person, then month");
	summary_free(&s);
	CHECK(summary_common_seconds(0, 100, 50, 200, 80, 90) == 10, "three spans meet in the narrowest");
	CHECK(summary_common_seconds(0, 100, 100, 200, 0, 300) == 0, "spans that only touch share nothing");
}

static void test_team_report(void)
{
	struct app *app;
	long long ana, maja, ciril, id;
	app_open(":memory:", true, "mentor", &app);
	time_t now = at("2026-12-10T12:00");
	app_person_add(app, "Ana Kovač", ROLE_PARTICIPANT, "sl", at("2026-10-01T08:00"), &ana);
	app_person_add(app, "Maja Novak", ROLE_MENTOR, "sl", now, &maja);
	app_person_add(app, "Ciril Kos", ROLE_COORDINATOR, "sl", now, &ciril);
	app_person_update(app, ana, 20261001, 20270531, 0, -1, NULL);
	struct meeting m = { .person_id = ana, .kind = MEETING_INTRO, .day = 20261002 };
	strcpy(m.with, "CSD");
	strcpy(m.agreed, "Prihaja trikrat na teden");
	CHECK(app_meeting_add(app, &m, maja, now, &id) == ERR_OK, "a mentor records the intro meeting");
	m.person_id = maja;
	CHECK(app_meeting_add(app, &m, maja, now, &id) == ERR_NOT_PARTICIPANT, "a meeting is about a participant");
	m.person_id = ana;
	strcpy(m.agreed, "");
	CHECK(app_meeting_add(app, &m, maja, now, &id) == ERR_TEXT_BLANK, "an empty agreement is refused");
	strcpy(m.agreed, "bad\x01text");
	CHECK(app_meeting_add(app, &m, maja, now, &id) == ERR_TEXT_CONTROL, "a control character is refused");
	app_note_add(app, ana, maja, "Za tim", true, now);
	app_note_add(app, ana, maja, "Zasebno", false, now + 1);
	app_progress_add(app, ana, PROGRESS_PROCESS, "sorting", 2, 20261015, maja, NULL, "Rada sortiram", now, &id, NULL);
	app_progress_add(app, ana, PROGRESS_PROCESS, "sorting", 3, 20261120, maja, NULL, NULL, now, &id, NULL);
	struct team_report r;
	CHECK(app_team_report(app, ana, MEETING_MID, now, &r) == ERR_OK, "the mid-term report gathers");
	CHECK(!strcmp(r.person.name, "Ana Kovač") && r.nmonths == 3 && r.months[0].month == 202610 &&
	      r.months[2].month == 202612, "months from the programme's start to now");
	CHECK(r.nnotes == 1 && !strcmp(r.notes[0].text, "Za tim"), "only the note marked for the team");
	CHECK(r.nlevels == 2 && r.levels[1].level == 3, "levels over time");
	CHECK(r.nwords == 1 && !strcmp(r.words[0].text, "Rada sortiram"), "the participant's own words");
	CHECK(r.has_previous && !strcmp(r.previous.agreed, "Prihaja trikrat na teden"),
	      "the intro's agreement for the mid-term meeting");
	team_report_done(&r);
	CHECK(app_team_report(app, ana, MEETING_INTRO, now, &r) == ERR_OK && !r.has_previous,
	      "the intro meeting has none before it");
	team_report_done(&r);
	CHECK(app_team_report(app, maja, MEETING_INTRO, now, &r) == ERR_NOT_PARTICIPANT, "no report about a mentor");
	team_report_done(&r);

	const char *values[ENTRY_NFIELDS] = { [ENTRY_GENDER] = "female" };
	CHECK(app_entry_set(app, ana, values, maja, now, NULL) == ERR_NOT_COORDINATOR, "a mentor does not record entry data");
	CHECK(app_entry_set(app, ana, values, ciril, now, NULL) == ERR_OK, "a coordinator does");
	values[ENTRY_EDUCATION] = "11";
	CHECK(app_entry_set(app, ana, values, ciril, now, NULL) == ERR_ENTRY_VALUE, "a bad value changes nothing");
	char pseudonym[64];
	CHECK(app_person_anonymise(app, ana, maja, "asked", now, pseudonym, sizeof pseudonym) == ERR_NOT_COORDINATOR,
	      "a mentor does not anonymise");
	CHECK(app_person_anonymise(app, ana, ciril, "asked", now, pseudonym, sizeof pseudonym) == ERR_OK &&
	      !strcmp(pseudonym, "Participant 1"), "a coordinator does, with a pseudonym");
	struct person p;
	app_person_get(app, ana, &p);
	CHECK(!strcmp(p.name, "Participant 1"), "the name is replaced");
	CHECK(app_team_report(app, ana, MEETING_MID, now, &r) == ERR_OK && r.nlevels == 2 && r.nwords == 0 &&
	      r.nnotes == 1 && strcmp(r.notes[0].text, "Za tim") && strcmp(r.previous.agreed, "Prihaja trikrat na teden"),
	      "levels stay, the texts are gone");
	team_report_done(&r);
	CHECK(app_person_anonymise(app, ana, ciril, "again", now, pseudonym, sizeof pseudonym) == ERR_ALREADY_ANONYMISED,
	      "only once");
	app_close(app);
}

static void add_month_seconds(const struct hours_row *r, void *ctx)
{
	*(long *)ctx += r->seconds;
}

/* The summary's hours of presence are the hour sheet's: a visit still open
 * (a forgotten check-out) counts nothing until it is closed, never the time
 * up to now. */
static void test_summary_hours_are_the_sheets(void)
{
	struct app *app;
	long long ana, iva;
	char pa[BADGE_DIGITS + 1], pi[BADGE_DIGITS + 1];
	struct scan_result r;
	app_open(":memory:", true, "kiosk", &app);
	time_t now = at("2026-11-23T15:00");
	app_person_add(app, "Ana Kovač", ROLE_PARTICIPANT, "sl", at("2026-11-01T08:00"), &ana);
	app_person_add(app, "Iva Kos", ROLE_PARTICIPANT, "sl", at("2026-11-01T08:00"), &iva);
	app_badge_issue(app, ana, 0, at("2026-11-01T08:00"), pa);
	app_badge_issue(app, iva, 0, at("2026-11-01T08:00"), pi);
	app_scan(app, pa, at("2026-11-23T08:00"), &r);
	app_scan(app, pi, at("2026-11-23T08:00"), &r);
	app_scan(app, pa, at("2026-11-23T14:00"), &r);
	long sheet = 0;
	struct summary s;
	CHECK(app_hours_month(app, 202611, now, add_month_seconds, &sheet) == ERR_OK && sheet == 6 * 3600,
	      "the hour sheet counts the closed visit only");
	CHECK(app_summary(app, 20261101, 20261130, &s) == ERR_OK && s.presence_seconds == sheet,
	      "and the summary's hours of presence are the same");
	summary_free(&s);
	app_close(app);
}

/* Collects the export's tables and column names one row at a time. */
struct export_columns {
	char table[32];
	int unknown;           /* columns the letter has no words for */
	char first_unknown[64];
};

static void export_begin(const char *table, void *ctx)
{
	struct export_columns *c = ctx;
	snprintf(c->table, sizeof c->table, "%s", table);
}

static void export_row(bool is_header, int n, const char *const *texts, void *ctx)
{
	struct export_columns *c = ctx;
	for (int i = 0; is_header && i < n; i++)
		if (!person_letter_knows(c->table, texts[i]) && c->unknown++ == 0)
			snprintf(c->first_unknown, sizeof c->first_unknown, "%s.%s", c->table, texts[i]);
}

/* The letter of a person's export has words for every column of every
 * table the export writes: a column added to the export without them fails
 * here. And its values read as a person reads them. */
static void test_export_letter(void)
{
	struct app *app;
	long long ana;
	app_open(":memory:", true, "mentor", &app);
	app_person_add(app, "Ana Kovač", ROLE_PARTICIPANT, "sl", at("2026-10-01T08:00"), &ana);
	struct export_columns c = { .unknown = 0 };
	CHECK(app_person_export(app, ana, export_begin, export_row, &c) == ERR_OK, "the export runs");
	CHECK(c.unknown == 0, c.unknown ? c.first_unknown : "every column of the export has words in the letter");
	app_close(app);

	char saved[3], out[128];
	i18n_switch("sl", saved);
	const char *names[] = { "id", "day", "check_in", "check_out", "status" };
	const char *values[] = { "7", "2026-11-02", "2026-11-02 07:01:00", "2026-11-03 01:30:00", "end_unknown" };
	const struct letter_row visit = { .table = "visits", .ncols = 5, .names = names, .values = values };
	CHECK(!person_letter_shows("visits", "id") && person_letter_shows("visits", "day"), "ids stay in the CSV");
	person_letter_value(&visit, 1, out, sizeof out);
	CHECK(!strcmp(out, "2. novembra 2026"), "a day in words, genitive");
	person_letter_value(&visit, 2, out, sizeof out);
	CHECK(!strcmp(out, "07:01"), "a time on the row's day: the time only");
	person_letter_value(&visit, 3, out, sizeof out);
	CHECK(!strcmp(out, "3. 11. 2026, 01:30"), "a time on another day: with its day");
	person_letter_value(&visit, 4, out, sizeof out);
	CHECK(!strcmp(out, "konec ni znan"), "a visit's state in words");
	const char *enames[] = { "field", "value" }, *evalues[] = { "gender", "female" };
	const struct letter_row entry = { .table = "entry_data", .ncols = 2, .names = enames, .values = evalues };
	person_letter_value(&entry, 1, out, sizeof out);
	CHECK(strcmp(out, "female") != 0 && *out, "an entry data value by its label, not its code");
	const char *pnames[] = { "level" }, *pvalues[] = { "3" };
	const struct letter_row level = { .table = "progress", .ncols = 1, .names = pnames, .values = pvalues };
	person_letter_value(&level, 0, out, sizeof out);
	CHECK(strcmp(out, "3") != 0 && *out, "a level in words");
	i18n_restore(saved);
}

void suite_records(void)
{
	test_export_letter();
	test_summary_hours_are_the_sheets();
	test_entry_codes();
	test_small_counts();
	test_team_report();
}
