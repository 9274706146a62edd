/* Forms never lose work: a note, a progress entry and a correction typed
 * but not saved when mentor mode times out come back, for the same mentor
 * only, at the next sign-in; nothing half-written enters the record. */
#include <stdio.h>
#include <string.h>

#include "app/drafts.h"
#include "app/progress.h"
#include "app/scan.h"
#include "app/visits.h"
#include "tests/harness.h"
#include "tests/screens/rig.h"
#include "tests/screens/suites.h"
#include "util/date.h"

/* From the review queue to Ana's file. */
static void open_ana(struct rig *r, int mentor)
{
	rig_sign_in(r, mentor);
	rig_type(r, "p", 0);
	rig_type(r, "an", 100);
	rig_type(r, "\r", 0);
}

static void count_one(const void *item, void *ctx)
{
	(void)item;
	++*(int *)ctx;
}

static void count_note(const struct note *n, void *ctx) { count_one(n, ctx); }

static void count_entry(const struct progress_entry *e, void *ctx) { count_one(e, ctx); }

static void test_note_draft(void)
{
	struct rig r;
	rig_open(&r, 24, 80);
	open_ana(&r, MAJA);
	CHECK(rig_on(&r, "person-file"), "Ana's file");
	rig_type(&r, "n", 0);
	CHECK(rig_on(&r, "prompt"), "N opens the note");
	rig_type(&r, "Asked about the sewing group", 20);
	rig_wait(&r, 121);
	CHECK(rig_on(&r, "home"), "mentor mode times out with the note half-written");
	int notes = 0;
	app_note_each(r.app, r.person[ANA], count_note, &notes);
	CHECK(notes == 0, "the half-written note is not in the record");

	open_ana(&r, IVANA);
	rig_type(&r, "n", 0);
	CHECK(rig_on(&r, "prompt") && !rig_shows(&r, "Asked about"), "another mentor does not see Maja's draft");
	rig_type(&r, "\x1b", 0);
	rig_type(&r, "\x1b", 0);
	rig_type(&r, "\x1b", 0);
	rig_type(&r, "\x1b", 0);

	open_ana(&r, MAJA);
	CHECK(rig_shows(&r, "A draft is waiting"), "Ana's file says a draft is waiting");
	rig_type(&r, "n", 0);
	CHECK(rig_on(&r, "prompt") && rig_shows(&r, "Asked about the sewing group") && rig_shows(&r, "unsaved text from before"),
	      "Maja finds her note again, said to be from before");
	rig_golden(&r, "prompt-draft-80x24");
	rig_type(&r, "\r", 0);
	notes = 0;
	app_note_each(r.app, r.person[ANA], count_note, &notes);
	CHECK(rig_on(&r, "person-file") && notes == 1, "saved, it is one note");
	CHECK(!rig_shows(&r, "A draft is waiting"), "and the draft is gone");
	rig_type(&r, "n", 0);
	CHECK(rig_on(&r, "prompt") && !rig_shows(&r, "Asked about"), "the next note starts empty");
	rig_close(&r);
}

static void test_progress_draft(void)
{
	struct rig r;
	rig_open(&r, 24, 80);
	open_ana(&r, MAJA);
	rig_type(&r, "l", 0);
	CHECK(rig_on(&r, "progress-form"), "L opens the progress form");
	rig_key(&r, KEY_DOWN);
	rig_type(&r, "2", 0);
	rig_type(&r, "\t", 0);
	rig_type(&r, "cuts along the line", 20);
	const char *before = strstr(rig_screen(&r), "Level: 2");
	CHECK(before != NULL, "level 2 chosen, a note typed");
	rig_wait(&r, 121);
	CHECK(rig_on(&r, "home"), "timed out");
	int entries = 0;
	app_progress_each(r.app, r.person[ANA], count_entry, &entries);
	CHECK(entries == 0, "no progress entry was recorded");
	open_ana(&r, MAJA);
	rig_type(&r, "l", 0);
	CHECK(rig_shows(&r, "cuts along the line") && rig_shows(&r, "Level: 2"), "the form opens as it was left");
	rig_type(&r, "\x1b", 0);
	CHECK(rig_on(&r, "progress-form") && rig_shows(&r, "Press Y to leave without saving. N or Esc: no."),
	      "Esc with unsaved work asks before leaving");
	rig_type(&r, "n", 0);
	CHECK(rig_on(&r, "progress-form") && rig_shows(&r, "cuts along the line"), "N stays on the form, the text kept");
	rig_type(&r, "\x1b", 0);
	rig_type(&r, "y", 0);
	rig_type(&r, "l", 0);
	CHECK(rig_on(&r, "progress-form") && !rig_shows(&r, "cuts along the line"), "Esc and Y threw the draft away");
	rig_close(&r);
}

static void test_correct_draft(void)
{
	struct rig r;
	struct scan_result res;
	time_t wednesday;
	rig_open(&r, 24, 80);
	date_parse_local("2026-11-18T09:00:00", &wednesday);
	app_scan(r.app, r.payload[ANA], wednesday, &res);
	app_scan(r.app, r.payload[ANA], wednesday + 5 * 3600, &res);
	open_ana(&r, MAJA);
	rig_wait(&r, 1);
	rig_type(&r, "\r", 0);
	CHECK(rig_on(&r, "correct"), "the visit opens for correction");
	rig_type(&r, "15:00", 150);
	rig_type(&r, "\t", 0);
	rig_type(&r, "stayed late", 20);
	rig_wait(&r, 121);
	CHECK(rig_on(&r, "home"), "timed out");
	struct visit v;
	app_visit_get(r.app, res.visit_id, &v);
	CHECK(v.check_out == wednesday + 5 * 3600, "the visit is unchanged");
	open_ana(&r, MAJA);
	rig_wait(&r, 1);
	rig_type(&r, "\r", 0);
	CHECK(rig_on(&r, "correct") && rig_shows(&r, "15:00") && rig_shows(&r, "stayed late"), "the correction comes back");
	rig_type(&r, "\r", 0);
	app_visit_get(r.app, res.visit_id, &v);
	CHECK(rig_on(&r, "person-file") && v.check_out == wednesday + 6 * 3600, "and saves");
	rig_close(&r);
}

void suite_drafts(void)
{
	test_note_draft();
	test_progress_draft();
	test_correct_draft();
}
