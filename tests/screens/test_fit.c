/* Fit and words on the lists a mentor works with: each screen at 80x24 in
 * sl, hr and en (golden screens), counted words in each language's plural
 * forms, and the same keys everywhere: Esc one step back (the review is the
 * top; Esc there signs out), F10 signs out from any mentor screen. */
#include <curses.h>
#include <stdio.h>
#include <string.h>

#include "app/assignments.h"
#include "app/progress.h"
#include "app/scan.h"
#include "tests/harness.h"
#include "tests/screens/rig.h"
#include "tests/screens/suites.h"
#include "util/i18n.h"

static void setup(struct rig *r)
{
	rig_open(r, 24, 80);
	long long maja = r->person[MAJA];
	app_assign(r->app, r->person[ANA], "sorting", maja, maja, NULL, r->now - 86400);
	app_assign(r->app, r->person[IVAN], "cutting", maja, maja, NULL, r->now - 86400);
	app_progress_add(r->app, r->person[ANA], PROGRESS_PROCESS, "sorting", 3, 0, maja, NULL, NULL, r->now, NULL, NULL);
	rig_scan(r, ANA);
	rig_type(r, "\r", 0);
}

static void golden(struct rig *r, const char *screen, const char *lang)
{
	char name[64];
	snprintf(name, sizeof name, "%s-%s-80x24", screen, lang);
	rig_golden(r, name);
}

static void test_goldens(const char *lang)
{
	struct rig r;
	i18n_set_lang(lang);
	setup(&r);
	golden(&r, "home", lang);
	rig_type(&r, "m", 0);
	golden(&r, "mentor-signin", lang);
	rig_type(&r, "\x1b", 0);
	rig_sign_in(&r, MAJA);
	CHECK(rig_on(&r, "review"), "signed in: the review");
	golden(&r, "review", lang);
	if (!strcmp(lang, "en"))
		CHECK(rig_shows(&r, "Not here yet; 15 workshop days since joining."),
		      "the chosen item's detail is shown whole under the list");
	static const struct { const char *key, *screen; } menu[] = {
		{ "f", "floor" }, { "t", "today" }, { "w", "stations" }, { "g", "groups" }, { "h", "months" },
		{ "p", "participants" },
	};
	for (size_t i = 0; i < sizeof menu / sizeof *menu; i++) {
		rig_type(&r, menu[i].key, 0);
		CHECK(rig_on(&r, menu[i].screen), "a menu key opens its screen");
		golden(&r, menu[i].screen, lang);
		rig_type(&r, "\x1b", 0);
		CHECK(rig_on(&r, "review"), "Esc goes one step back, to the review");
	}
	rig_key(&r, KEY_END); /* "ready to move on" is last */
	rig_wait(&r, 1);
	rig_type(&r, "\r", 0);
	CHECK(rig_on(&r, "rotation"), "the planner opens from the review");
	golden(&r, "rotation", lang);
	rig_type(&r, "\x1b", 0);
	CHECK(rig_on(&r, "review"), "Esc on the planner goes back to the review");
	rig_type(&r, "\x1b", 0);
	CHECK(rig_on(&r, "home"), "Esc on the review signs out");
	rig_resize(&r, 20, 60);
	char name[64];
	snprintf(name, sizeof name, "too-small-%s-60x20", lang);
	rig_golden(&r, name);
	rig_close(&r);
}

/* F10 signs out from every mentor screen, a pushed one or a form too. */
static void test_sign_out_key(void)
{
	static const char *const keys[] = { "", "f", "t", "w", "g", "p" };
	for (size_t i = 0; i < sizeof keys / sizeof *keys; i++) {
		struct rig r;
		setup(&r);
		rig_sign_in(&r, MAJA);
		rig_type(&r, keys[i], 0);
		CHECK(rig_shows(&r, "F10: sign out"), "the sign-out key is shown on every mentor screen");
		rig_key(&r, KEY_F(10));
		CHECK(rig_on(&r, "home"), "F10 signs out");
		rig_close(&r);
	}
	struct rig r;
	setup(&r);
	rig_sign_in(&r, MAJA);
	rig_key(&r, KEY_END);
	rig_wait(&r, 1);
	rig_type(&r, "\r", 0);
	CHECK(rig_on(&r, "rotation") && rig_shows(&r, "F10: sign out"), "the planner shows the sign-out key");
	rig_key(&r, KEY_F(10));
	CHECK(rig_on(&r, "home"), "F10 signs out from a screen opened on top of the review");
	rig_key(&r, KEY_F(10));
	CHECK(rig_on(&r, "home"), "F10 at the door does nothing");
	rig_close(&r);
}

static void test_plurals(void)
{
	static const struct { const char *lang; int n; const char *want; } cases[] = {
		{ "sl", 1, "+ 1 prosto mesto" }, { "sl", 2, "+ 2 prosti mesti" },
		{ "sl", 3, "+ 3 prosta mesta" }, { "sl", 5, "+ 5 prostih mest" },
		{ "hr", 1, "+ 1 slobodno mjesto" }, { "hr", 2, "+ 2 slobodna mjesta" },
		{ "hr", 3, "+ 3 slobodna mjesta" }, { "hr", 5, "+ 5 slobodnih mjesta" },
		{ "en", 1, "+ 1 free place" }, { "en", 5, "+ 5 free places" },
	};
	char got[64];
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		i18n_set_lang(cases[i].lang);
		snprintf(got, sizeof got, P_("+ %d free place", "+ %d free places", cases[i].n), cases[i].n);
		CHECK(!strcmp(got, cases[i].want), "free places in the language's plural form");
	}
	static const struct { const char *lang; int n; const char *want; } days[] = {
		{ "sl", 1, "1 delovni dan" }, { "sl", 2, "2 delovna dneva" }, { "sl", 3, "3 delovni dnevi" },
		{ "sl", 5, "5 delovnih dni" }, { "hr", 1, "1 radni dan" }, { "hr", 2, "2 radna dana" },
		{ "hr", 3, "3 radna dana" }, { "hr", 5, "5 radnih dana" },
	};
	for (size_t i = 0; i < sizeof days / sizeof *days; i++) {
		i18n_set_lang(days[i].lang);
		snprintf(got, sizeof got,
		         P_("Not here yet; %d workshop day since joining.", "Not here yet; %d workshop days since joining.",
		            days[i].n), days[i].n);
		CHECK(strstr(got, days[i].want) != NULL, "workshop days in the language's plural form");
	}
	i18n_set_lang("en");
}

/* The floor at 80x24 in Slovenian: a long process name keeps its words. */
static void test_floor_words(void)
{
	struct rig r;
	i18n_set_lang("sl");
	setup(&r);
	rig_sign_in(&r, MAJA);
	rig_type(&r, "f", 0);
	CHECK(rig_on(&r, "floor") && rig_shows(&r, "šivanju") && !rig_shows(&r, "Pomoč pri šiva ") &&
	          !rig_shows(&r, "Pomoč pri šiva\n"),
	      "the floor heading is not cut mid-word");
	CHECK(rig_shows(&r, "+ 5 prostih") && rig_shows(&r, "+ 4 prosta"),
	      "free places are counted in Slovenian, their words wrapped whole");
	rig_close(&r);
	i18n_set_lang("en");
}

void suite_fit(void)
{
	test_goldens("en");
	test_goldens("sl");
	test_goldens("hr");
	i18n_set_lang("en");
	test_sign_out_key();
	test_plurals();
	test_floor_words();
}
