/* Dates on the mentor's screens in the reader's form (util/fmt.h's short
 * date): the review's day column, a participant's timeline and goals,
 * the groups list and today's "last here" read "7. 12. 2026" in
 * Slovenian and "7. 12. 2026." in Croatian, never the ISO form; English
 * keeps the ISO form, as fmt_date_short writes it. */
#include <curses.h>
#include <stdio.h>
#include <string.h>

#include "app/assignments.h"
#include "app/groups.h"
#include "app/people.h"
#include "app/progress.h"
#include "app/scan.h"
#include "tests/harness.h"
#include "tests/screens/rig.h"
#include "tests/screens/suites.h"
#include "util/date.h"
#include "util/i18n.h"

static time_t at(const char *local)
{
	time_t t = 0;
	date_parse_local(local, &t);
	return t;
}

/* Ana came on Monday 7 December and never checked out; on Tuesday Maja
 * signs in: the review, today, the groups and Ana's file show the day.
 * day: 7 December as the reader writes it; padded: the same in a list's
 * day column (as wide as the widest day); end: 31 July 2027. */
static void test_one_language(const char *lang, const char *day, const char *padded, const char *end)
{
	struct rig r;
	struct scan_result res;
	long long group;
	char words[160];
	i18n_set_lang(lang);
	rig_open(&r, 24, 80);
	app_group_add(r.app, "Skupina A", 20261207, 20270731, r.now, &group);
	long long open_group;
	app_group_add(r.app, "Skupina B", 0, 0, r.now, &open_group);
	app_goal_add(r.app, r.person[ANA], r.person[MAJA], "Come on time", at("2026-12-07T09:00"), NULL);
	app_scan(r.app, r.payload[ANA], at("2026-12-07T08:00"), &res);
	app_group_join(r.app, group, r.person[ANA], r.now);
	app_person_update(r.app, r.person[ANA], 20261116, 20270715, -1, -1, NULL);
	app_assign(r.app, r.person[ANA], "collecting", r.person[MAJA], r.person[MAJA], "", at("2026-12-07T08:30"));
	app_note_add(r.app, r.person[ANA], r.person[MAJA], "Helped Marko", false, at("2026-12-07T10:00"));
	r.now = at("2026-12-08T17:30");
	rig_wait(&r, 1);
	rig_sign_in(&r, MAJA);
	CHECK(rig_on(&r, "review"), "the review opens");
	snprintf(words, sizeof words, "Ana K.        %s", day);
	CHECK(rig_shows(&r, words), "the review's day column is the reader's");
	CHECK(!strcmp(lang, "en") || !rig_shows(&r, "2026-12-07"), "and no ISO day on the review");

	rig_type(&r, "t", 0);
	CHECK(rig_on(&r, "today"), "T opens today");
	snprintf(words, sizeof words, "%s", day);
	CHECK(rig_shows(&r, words), "today's list says the last day in the reader's form");
	CHECK(!strcmp(lang, "en") || !rig_shows(&r, "2026-12-07"), "and no ISO day on today's list");

	rig_type(&r, "g", 0);
	CHECK(rig_on(&r, "groups"), "G opens the groups");
	snprintf(words, sizeof words, "%s - %s", padded, end);
	CHECK(rig_shows(&r, words), "a group's dates in the reader's form");
	CHECK(rig_shows(&r, "Skupina B") && !rig_shows(&r, " - -"), "a group with no days shows none, not dashes");

	rig_type(&r, "p", 0);
	rig_type(&r, "an", 100);
	rig_type(&r, "\r", 0);
	CHECK(rig_on(&r, "person-file"), "Ana's file opens");
	snprintf(words, sizeof words, "%s  %s 08:00", padded, !strcmp(lang, "sl") ? "Obisk" : !strcmp(lang, "hr") ? "Dolazak" : "Visit");
	CHECK(rig_shows(&r, words), "the timeline's day is the reader's");
	CHECK(!strcmp(lang, "en") || !rig_shows(&r, "2026-12-07"), "and no ISO day on the timeline");
	snprintf(words, sizeof words, "%s  10:00  ", padded);
	CHECK(rig_shows(&r, words), "a note's time follows the day's column");
	CHECK(rig_shows(&r, !strcmp(lang, "sl") ? "Zbiranje" : !strcmp(lang, "hr") ? "Sakupljanje" : "Collecting") &&
	      !rig_shows(&r, "…"), "the header's programme days and the process both fit, whole");
	rig_type(&r, "4", 0);
	snprintf(words, sizeof words, "* %s", day);
	CHECK(rig_shows(&r, words), "a goal's day is the reader's");
	rig_close(&r);
}

void suite_dates_screens(void)
{
	test_one_language("sl", "7. 12. 2026", "7. 12. 2026 ", "31. 7. 2027");
	test_one_language("hr", "7. 12. 2026.", "7. 12. 2026. ", "31. 7. 2027.");
	test_one_language("en", "2026-12-07", "2026-12-07", "2027-07-31");
	i18n_set_lang("en");
}
