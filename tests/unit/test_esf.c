/* Unit tests of the ESF+ 2021-2027 rules (Regulation (EU) 2021/1057,
 * Annex I): the age bands at entry (a birth date exact to the day), long-term
 * unemployment (12 months, 6 under 25), a result "upon leaving" (within 28
 * days of the exit date), the follow-up's due day, the special-category
 * fields (off by default, coordinators only, marked), and the export's
 * rows, pseudonyms and record. Edge days on both sides of every rule. */
#include <stdio.h>
#include <string.h>

#include "app/app.h"
#include "app/entry.h"
#include "app/esf.h"
#include "app/people.h"
#include "core/entry.h"
#include "core/esf.h"
#include "tests/harness.h"
#include "tests/unit/suites.h"
#include "util/date.h"

static time_t at(const char *local)
{
	time_t t = 0;
	date_parse_local(local, &t);
	return t;
}

static bool band_is(const char *birth, int entry, const char *want)
{
	return !strcmp(entry_age_band(birth, entry), want);
}

static void test_age_bands(void)
{
	CHECK(band_is("2008-11-24", 20261123, "under_18") && band_is("2008-11-23", 20261123, "18_29"),
	      "18 on the day of the birthday, not the day before");
	CHECK(band_is("1996-11-24", 20261123, "18_29") && band_is("1996-11-23", 20261123, "30_54"),
	      "30 on the birthday");
	CHECK(band_is("1971-11-24", 20261123, "30_54") && band_is("1971-11-23", 20261123, "55_plus"),
	      "55 on the birthday");
	CHECK(band_is("2008-02-29", 20260228, "under_18") && band_is("2008-02-29", 20260301, "18_29"),
	      "born on 29 February: 18 from 1 March in a common year");
	CHECK(band_is("2008", 20260101, "18_29") && band_is("2009", 20261231, "under_18"),
	      "a year alone: the years' difference");
	CHECK(band_is("declined", 20260101, "declined") && band_is("", 20260101, "unknown") &&
	      band_is("2030-01-01", 20260101, "unknown") && band_is("1984-13-01", 20260101, "unknown"),
	      "declined, not recorded, after entry, no such day");
	CHECK(entry_value_is_valid(ENTRY_BIRTH_YEAR, "1984-03-17") && !entry_value_is_valid(ENTRY_BIRTH_YEAR, "1984-02-30") &&
	      !entry_value_is_valid(ENTRY_BIRTH_YEAR, "1850-01-01") && entry_value_is_valid(ENTRY_BIRTH_YEAR, "1984"),
	      "the birth year field takes a year or a real date from 1900");
	CHECK(entry_age_at("1984-03-17", 20260316) == 41 && entry_age_at("1984-03-17", 20260317) == 42,
	      "the exact age turns on the birthday");
}

static struct entry_data person(const char *status, const char *since, const char *birth)
{
	struct entry_data e = { 0 };
	snprintf(e.value[ENTRY_STATUS], ENTRY_VALUE_MAX, "%s", status);
	snprintf(e.value[ENTRY_UNEMPLOYED_SINCE], ENTRY_VALUE_MAX, "%s", since);
	snprintf(e.value[ENTRY_BIRTH_YEAR], ENTRY_VALUE_MAX, "%s", birth);
	return e;
}

static void test_long_term_unemployed(void)
{
	struct entry_data e = person("unemployed", "2025-03-01", "1980");
	CHECK(!entry_is_long_term_unemployed(&e, 20260301), "exactly 12 months is not more than 12");
	CHECK(entry_is_long_term_unemployed(&e, 20260302), "12 months and a day is");
	e = person("unemployed", "2025-09-01", "2002-06-01");
	CHECK(!entry_is_long_term_unemployed(&e, 20260301), "under 25: exactly 6 months is not more than 6");
	CHECK(entry_is_long_term_unemployed(&e, 20260302), "under 25: 6 months and a day is");
	e = person("unemployed", "2025-09-01", "2001-03-01");
	CHECK(!entry_is_long_term_unemployed(&e, 20260302), "25 on entry: the 12 months apply");
	e = person("unemployed", "2025-09-01", "2001-03-03");
	CHECK(entry_is_long_term_unemployed(&e, 20260302), "24 on entry, a day before the birthday: 6 months");
	e = person("unemployed", "2025-08-31", "2005");
	CHECK(!entry_is_long_term_unemployed(&e, 20260228) && entry_is_long_term_unemployed(&e, 20260301),
	      "31 August plus 6 months is the end of February");
	e = person("long_term_unemployed", "", "");
	CHECK(entry_is_long_term_unemployed(&e, 20260301), "the legacy status is long-term unemployed");
	e = person("unemployed", "", "1980");
	CHECK(!entry_is_long_term_unemployed(&e, 20260301), "unemployed without a since date is not");
	e = person("inactive", "2020-01-01", "1980");
	CHECK(!entry_is_long_term_unemployed(&e, 20260301), "an inactive person is not, whatever the date");
	CHECK(entry_is_inactive(&e) && !entry_is_unemployed(&e, 20260301) && !entry_is_employed(&e), "inactive is inactive");
	e = person("in_education", "", "2004");
	CHECK(entry_is_inactive(&e), "in education counts as inactive, in the summary and the export alike");
	e = person("self_employed", "", "1980");
	CHECK(entry_is_employed(&e) && !entry_is_inactive(&e), "the self-employed count as employed");
	e = person("unemployed", "2020-01-01", "1980");
	CHECK(entry_is_unemployed(&e, 20260301) && entry_is_long_term_unemployed(&e, 20260301),
	      "the long-term unemployed are among the unemployed");
	CHECK(entry_add_months(20240131, 1) == 20240229 && entry_add_months(20251130, 3) == 20260228 &&
	      entry_add_months(20261015, -12) == 20251015, "calendar months, the day kept or the month's last");
}

static bool upon(const char *exit, enum entry_field f, const char *day)
{
	struct entry_data e = { 0 };
	snprintf(e.value[ENTRY_EXIT_DATE], ENTRY_VALUE_MAX, "%s", exit);
	snprintf(e.value[f], ENTRY_VALUE_MAX, "%s", day);
	return entry_result_upon_leaving(&e, f);
}

static void test_upon_leaving(void)
{
	CHECK(upon("2026-05-29", ENTRY_RESULT_EMPLOYED, "2026-05-29"), "on the exit date");
	CHECK(upon("2026-05-29", ENTRY_RESULT_EMPLOYED, "2026-06-26"), "28 days after");
	CHECK(!upon("2026-05-29", ENTRY_RESULT_EMPLOYED, "2026-06-27"), "29 days after is not");
	CHECK(!upon("2026-05-29", ENTRY_RESULT_JOB_SEARCHING, "2026-05-28"), "a day before leaving is not");
	CHECK(upon("2026-05-29", ENTRY_RESULT_QUALIFICATION, "2026-04-10"), "a qualification gained during the programme is");
	CHECK(!upon("2026-05-29", ENTRY_RESULT_QUALIFICATION, "2026-06-27"), "but not one 29 days after");
	CHECK(upon("2026-12-10", ENTRY_RESULT_EDUCATION, "2027-01-07") && !upon("2026-12-10", ENTRY_RESULT_EDUCATION, "2027-01-08"),
	      "across the year's end");
	CHECK(!upon("", ENTRY_RESULT_EMPLOYED, "2026-06-01") && !upon("2026-05-29", ENTRY_RESULT_EMPLOYED, ""),
	      "not without both dates");
	CHECK(!upon("2026-05-29", ENTRY_FOLLOWUP_DATE, "2026-05-29"), "only a result field is a result");
}

static void test_followup_due(void)
{
	struct entry_data e = { 0 };
	CHECK(entry_followup_due(&e) == 0, "nobody is due before leaving");
	strcpy(e.value[ENTRY_EXIT_DATE], "2026-05-31");
	CHECK(entry_followup_due(&e) == 20261130, "six calendar months after, the month's last day");
	strcpy(e.value[ENTRY_FOLLOWUP_DATE], "2026-11-30");
	CHECK(entry_followup_due(&e) == 0, "nobody is due once a follow-up date is recorded");
}

static void test_special_fields(void)
{
	struct app *app;
	long long ana, maja, ciril, id = 0;
	time_t now = at("2026-11-23T10:00");
	app_open(":memory:", true, "office", &app);
	app_person_add(app, "Ana Kovač", ROLE_PARTICIPANT, "sl", at("2026-03-02T08:00"), &ana);
	app_person_add(app, "Maja Novak", ROLE_MENTOR, "sl", now, &maja);
	app_person_add(app, "Ciril Kos", ROLE_COORDINATOR, "sl", now, &ciril);
	app_person_update(app, ana, 20260302, 20261031, 0, -1, NULL);
	CHECK(!app->cfg.esf_special_fields, "the special-category fields are off by default");
	const char *v[ENTRY_NFIELDS] = { [ENTRY_DISABILITY] = "yes" };
	struct refusal why;
	CHECK(app_entry_set(app, ana, v, ciril, now, &why) == ERR_ENTRY_SPECIAL_OFF && why.given == ENTRY_DISABILITY,
	      "while off, nobody records them, naming the field");
	CHECK(app_config_set(app, "esf_special_fields", "on") == ERR_OK, "a programme turns them on");
	CHECK(app_entry_set(app, ana, v, maja, now, NULL) == ERR_NOT_COORDINATOR, "a mentor does not record them");
	const char *w[ENTRY_NFIELDS] = { [ENTRY_DISABILITY] = "yes", [ENTRY_RURAL] = "declined", [ENTRY_STATUS] = "unemployed",
		                         [ENTRY_UNEMPLOYED_SINCE] = "2025-01-10", [ENTRY_BIRTH_YEAR] = "1990-05-05",
		                         [ENTRY_EXIT_DATE] = "2026-10-30", [ENTRY_RESULT_EMPLOYED] = "2026-11-02" };
	CHECK(app_entry_set(app, ana, w, ciril, now, NULL) == ERR_OK, "a coordinator does");
	struct entry_data d;
	CHECK(app_entry_get_for(app, ana, maja, &d) == ERR_OK && !d.value[ENTRY_DISABILITY][0] && !d.value[ENTRY_RURAL][0] &&
	      !strcmp(d.value[ENTRY_STATUS], "unemployed"), "a mentor sees nothing of them, and the rest as it is");
	CHECK(app_entry_get_for(app, ana, 0, &d) == ERR_OK && !d.value[ENTRY_DISABILITY][0], "nor does nobody");
	CHECK(app_entry_get_for(app, ana, ciril, &d) == ERR_OK && !strcmp(d.value[ENTRY_DISABILITY], "yes"),
	      "a coordinator sees them");

	struct esf_export x;
	CHECK(app_esf_export(app, 20260101, 20261231, maja, "MA request", "csv", now, &x) == ERR_NOT_COORDINATOR,
	      "a mentor gets no export");
	CHECK(app_esf_export(app, 20260101, 20261231, ciril, "", "csv", now, &x) == ERR_TEXT_BLANK, "nor anyone without a reason");
	CHECK(app_esf_export(app, 20261231, 20260101, ciril, "MA request", "csv", now, &x) == ERR_INVALID,
	      "a period that ends before it begins is refused");
	CHECK(app_esf_export(app, 20260101, 20261231, ciril, "MA request", "csv", now, &x) == ERR_OK && x.n == 1 &&
	      x.special && x.id > 0, "a coordinator gets a row per participant, the special columns in");
	char first[ESF_PID_HEX + 1], cell[ESF_VALUE_MAX];
	snprintf(first, sizeof first, "%s", x.rows[0].pid);
	CHECK(strlen(first) == ESF_PID_HEX && strspn(first, "0123456789abcdef") == ESF_PID_HEX, "the id is 32 hex digits");
	int n = esf_ncolumns(true), ltu = -1, emp = -1, dis = -1, band = -1;
	for (int c = 0; c < n; c++) {
		const char *name = esf_column_name(c);
		ltu = !strcmp(name, "long_term_unemployed") ? c : ltu;
		emp = !strcmp(name, "result_employed") ? c : emp;
		dis = !strcmp(name, "special_disability") ? c : dis;
		band = !strcmp(name, "age_band") ? c : band;
	}
	esf_column_value(&x.rows[0], ltu, cell);
	CHECK(!strcmp(cell, "1"), "unemployed since 2025-01-10, entered 2026-03-02: long-term unemployed");
	esf_column_value(&x.rows[0], emp, cell);
	CHECK(!strcmp(cell, "1"), "employed 3 days after leaving: employed upon leaving");
	esf_column_value(&x.rows[0], dis, cell);
	CHECK(!strcmp(cell, "yes"), "the special column holds the code");
	esf_column_value(&x.rows[0], band, cell);
	CHECK(!strcmp(cell, "30_54"), "born 1990-05-05, entered 2026-03-02: 35");
	app_esf_export_free(&x);
	CHECK(app_esf_export(app, 20260101, 20261231, ciril, "again", "excel", now, &x) == ERR_OK &&
	      !strcmp(x.rows[0].pid, first), "the pseudonymous id is the same at the next export");
	app_esf_export_free(&x);
	CHECK(app_esf_export(app, 20261101, 20261231, ciril, "after she left", "csv", now, &x) == ERR_OK && x.n == 0,
	      "who left before the period is not in it");
	app_esf_export_free(&x);
	app_config_set(app, "esf_special_fields", "off");
	CHECK(app_esf_export(app, 20260101, 20261231, ciril, "off", "csv", now, &x) == ERR_OK && !x.special &&
	      !x.rows[0].entry.value[ENTRY_DISABILITY][0], "turned off, the export holds none of them");
	app_esf_export_free(&x);
	(void)id;
	app_close(app);
}

void suite_esf(void)
{
	test_age_bands();
	test_long_term_unemployed();
	test_upon_leaving();
	test_followup_due();
	test_special_fields();
}
