/* Mentor mode's screens at 80x24: sign-in, the review queue, a correction,
 * the participants, a participant's file, recording progress and a note,
 * today, the idle exit, the PIN lockout; and a participant's own view. */
#include <curses.h>
#include <stdio.h>
#include <string.h>

#include "app/assignments.h"
#include "app/badge.h"
#include "app/groups.h"
#include "app/people.h"
#include "app/processes.h"
#include "app/progress.h"
#include "app/scan.h"
#include "store/db.h"
#include "store/visits.h"
#include "app/visits.h"
#include "tests/harness.h"
#include "tests/screens/rig.h"
#include "tests/screens/suites.h"
#include "util/date.h"

static void test_review_and_correct(void)
{
	struct rig r;
	struct scan_result res;
	time_t thursday;
	rig_open(&r, 24, 80);
	/* Ana came on Thursday and forgot to check out; Maja worked on Friday;
	 * today, Monday, Ana scans again. */
	date_parse_local("2026-11-19T08:00:00", &thursday);
	app_scan(r.app, r.payload[ANA], thursday, &res);
	app_scan(r.app, r.payload[MAJA], thursday + 86400, &res);
	app_scan(r.app, r.payload[MAJA], thursday + 86400 + 8 * 3600, &res);
	rig_scan(&r, ANA);
	rig_type(&r, "\r", 0);

	rig_type(&r, "m", 0);
	CHECK(rig_on(&r, "mentor-signin"), "M opens mentor sign-in");
	rig_golden(&r, "mentor-signin-80x24");
	rig_scan(&r, ANA);
	CHECK(!rig_on(&r, "mentor-signin") && rig_shows_name(&r, "Ana K."),
	      "a participant's card does not open it: it is hers at the door");
	rig_type(&r, "\x1b", 0);
	rig_type(&r, "m", 0);
	rig_scan(&r, MAJA);
	CHECK(rig_on(&r, "pin") && rig_shows(&r, "Mentor mode"), "a mentor's card asks for the PIN");
	rig_scan(&r, MAJA);
	CHECK(rig_on(&r, "pin") && !rig_shows(&r, "did not match"), "the card scanned again is not taken for a wrong PIN");
	rig_wait(&r, 1);
	rig_type(&r, "1234\r", 200);
	CHECK(rig_on(&r, "review"), "the review queue is the first screen");
	rig_golden(&r, "review-80x24");
	CHECK(rig_shows(&r, "Check-out not known") && rig_shows_name(&r, "Ana K."), "Ana's unknown check-out is listed");

	rig_wait(&r, 1); /* an Enter right after a line is taken for the LF of a CR LF */
	rig_type(&r, "\r", 0);
	CHECK(rig_on(&r, "correct"), "Enter opens the correction");
	rig_type(&r, "16:00", 150);
	rig_type(&r, "\t", 0);
	rig_type(&r, "told me she left at four", 20);
	rig_golden(&r, "correct-80x24");
	rig_type(&r, "\r", 0);
	CHECK(rig_on(&r, "review") && !rig_shows(&r, "Check-out not known"), "saved, and gone from the queue");
	struct visit v;
	int history = 0;
	app_visit_get(r.app, 1, &v);
	db_begin_read(r.app->db);
	db_end_read(r.app->db, store_visit_history_count(r.app->db, 1, &history));
	CHECK(v.status == VISIT_CLOSED && history == 2, "the visit is closed, the history kept");

	rig_type(&r, "s", 0);
	CHECK(rig_shows(&r, "Marked as seen"), "S marks an item seen");
	rig_wait(&r, 121);
	CHECK(rig_on(&r, "home"), "mentor mode goes home after two idle minutes");
	rig_close(&r);
}

static void test_participant_file(void)
{
	struct rig r;
	rig_open(&r, 24, 80);
	rig_scan(&r, ANA);
	rig_type(&r, "\r", 0);
	rig_sign_in(&r, MAJA);
	rig_type(&r, "p", 0);
	CHECK(rig_on(&r, "participants"), "P lists the participants");
	rig_golden(&r, "participants-80x24");
	rig_type(&r, "an", 100);
	rig_type(&r, "\r", 0);
	CHECK(rig_on(&r, "person-file") && rig_shows(&r, "Ana Kovač"), "Enter opens Ana's file");
	rig_golden(&r, "person-file-timeline-80x24");
	rig_type(&r, "2", 0);
	rig_golden(&r, "person-file-calendar-80x24");
	CHECK(rig_shows(&r, "November 2026") && rig_shows(&r, " 23o"), "the calendar marks today as here, without colour");

	rig_type(&r, "l", 0);
	CHECK(rig_on(&r, "progress-form"), "L records a level");
	rig_key(&r, KEY_DOWN);
	rig_type(&r, "3", 0);
	rig_golden(&r, "progress-form-80x24");
	rig_type(&r, "\r", 0);
	CHECK(rig_on(&r, "person-file"), "a digit and Enter save it");
	rig_type(&r, "3", 0);
	CHECK(rig_shows(&r, "Sorting: 3 works on their own"), "the progress view shows the new level");

	rig_type(&r, "n", 0);
	rig_type(&r, "Helped Luka with the labels.\r", 10);
	rig_type(&r, "5", 0);
	CHECK(rig_shows(&r, "Helped Luka with the labels."), "a note is added to the file");
	rig_type(&r, "g", 0);
	rig_type(&r, "Come three days a week\r", 10);
	rig_type(&r, "4", 0);
	CHECK(rig_shows(&r, "Come three days a week") && rig_shows(&r, "new"), "a goal, with its status");
	rig_type(&r, "w", 0);
	CHECK(rig_shows(&r, "working on it"), "W: the goal is being worked on");
	rig_type(&r, "x", 0);
	rig_type(&r, "n", 0);
	CHECK(rig_shows(&r, "Nothing was changed"), "stopping a card asks first");

	rig_type(&r, "\x1b", 0);
	rig_type(&r, "\x1b", 0);
	rig_type(&r, "t", 0);
	CHECK(rig_on(&r, "today"), "T shows today");
	rig_golden(&r, "today-80x24");
	CHECK(rig_shows(&r, "Ana Kovač  in since 08:12"), "Ana is in since 08:12");
	rig_type(&r, "\x1b", 0);
	CHECK(rig_on(&r, "review"), "Esc goes one step back, to the review");
	rig_type(&r, "\x1b", 0);
	CHECK(rig_on(&r, "home"), "Esc on the review signs out");
	rig_close(&r);
}

static void test_lockout(void)
{
	struct rig r;
	rig_open(&r, 24, 80);
	for (int i = 0; i < 5; i++) {
		rig_type(&r, "m", 0);
		rig_scan(&r, MAJA);
		rig_type(&r, "9999\r", 50);
		rig_type(&r, "\x1b", 0);
	}
	rig_type(&r, "m", 0);
	rig_scan(&r, MAJA);
	rig_type(&r, "1234\r", 50);
	CHECK(!rig_on(&r, "review") && rig_shows(&r, "paused"), "after five wrong PINs even the right one waits");
	rig_type(&r, "\x1b", 0);
	rig_wait(&r, 301);
	rig_sign_in(&r, MAJA);
	CHECK(rig_on(&r, "review"), "five minutes later the right PIN opens mentor mode");
	rig_close(&r);
}

static void test_self_view(void)
{
	struct rig r;
	rig_open(&r, 24, 80);
	app_progress_add(r.app, r.person[ANA], PROGRESS_PROCESS, "sorting", 2, 0, r.person[MAJA], NULL, NULL,
	                 r.now, NULL, NULL);
	rig_scan(&r, ANA);
	rig_type(&r, "s", 0);
	CHECK(rig_on(&r, "self-view"), "S on the greeting shows her own view");
	rig_golden(&r, "self-view-sl-80x24");
	CHECK(!rig_shows(&r, "Marko") && !rig_shows(&r, "Maja"), "nobody else's");
	rig_type(&r, "\r", 0);
	CHECK(rig_on(&r, "home"), "Enter goes home");
	rig_close(&r);
}

/* A scan on a clock set back is recorded, greeted as usual, and waits in
 * the review as "clock doubtful" until a mentor gives its real times. */
/* A visit scanned after the programme ended waits in the review; a mentor
 * is told who accepts it, a coordinator accepts it with A, and from then
 * on it counts. */
static void test_review_after_end(void)
{
	struct rig r;
	struct refusal why;
	long long boris;
	rig_open(&r, 24, 80);
	app_person_update(r.app, r.person[ANA], -1, 20261120, -1, -1, &why);
	rig_scan(&r, ANA);
	rig_type(&r, "\r", 0);
	rig_sign_in(&r, MAJA);
	CHECK(rig_on(&r, "review") && rig_shows(&r, "After the programme ended Ana K."),
	      "the review lists the visit after the programme ended, its kind whole");
	CHECK(!rig_shows(&r, "A: accept"), "a mentor's hint line does not offer A");
	rig_type(&r, "S", 0);
	CHECK(rig_shows(&r, "A coordinator accepts this visit with A"), "S says who settles it");
	rig_type(&r, "A", 0);
	CHECK(rig_shows(&r, "Only a coordinator can accept this visit."), "a mentor cannot accept it");
	rig_key(&r, KEY_F(10));
	app_person_add(r.app, "Boris Bele", ROLE_COORDINATOR, "sl", r.now, &boris);
	app_person_set_pin(r.app, boris, "5678");
	rig_type(&r, "m", 0);
	rig_type(&r, "n", 0);
	rig_type(&r, "b", 100);
	rig_type(&r, "\r", 0);
	rig_type(&r, "5678\r", 100);
	CHECK(rig_on(&r, "review") && rig_shows(&r, "After the programme"), "a coordinator signs in and sees it");
	CHECK(rig_shows(&r, "Enter: open  A: accept"), "the coordinator's hint line names A, the key that settles it");
	rig_type(&r, "A", 0);
	CHECK(rig_shows(&r, "Accepted: the visit of Ana") && !rig_shows(&r, "After the programme"),
	      "A accepts it, and it leaves the queue");
	struct visit v;
	CHECK(app_visit_get(r.app, 1, &v) == ERR_OK && !v.is_held && visit_counts(&v), "and it counts from now on");
	rig_close(&r);
}

static void test_clock_doubtful(void)
{
	struct rig r;
	struct scan_result res;
	time_t early;
	rig_open(&r, 24, 80);
	rig_scan(&r, MARKO);                /* Monday 08:12: the newest record */
	rig_type(&r, "\r", 0);
	date_parse_local("2026-11-23T06:30:00", &early);
	CHECK(app_scan(r.app, r.payload[ANA], early, &res) == ERR_OK && res.action == ATT_CHECK_IN &&
	      res.clock_doubtful, "a scan on a clock set back is recorded, marked doubtful");
	rig_sign_in(&r, MAJA);
	CHECK(rig_on(&r, "review") && rig_shows(&r, "Clock doubtful"), "the review lists it");
	rig_golden(&r, "review-clock-80x24");
	rig_wait(&r, 1);
	rig_type(&r, "\r", 0);
	CHECK(rig_on(&r, "correct"), "Enter opens the correction");
	rig_type(&r, "16:00", 150);     /* it is 08:12: 16:00 has not come yet */
	rig_type(&r, "\t", 0);
	rig_type(&r, "the clock was wrong", 20);
	rig_type(&r, "\r", 0);
	CHECK(rig_on(&r, "correct") && rig_shows(&r, "Check-out 16:00 is after now, 08:12."),
	      "a check-out later than now is refused, saying which field and why");
	CHECK(rig_shows(&r, "16:00_"), "the cursor goes back to the check-out");
	rig_wait(&r, 1);
	rig_type(&r, "\x7f\x7f\x7f\x7f\x7f", 150);
	rig_wait(&r, 1);
	rig_type(&r, "08:00", 150);
	rig_wait(&r, 1);
	rig_type(&r, "\r", 0);
	CHECK(rig_on(&r, "review") && !rig_shows(&r, "Clock doubtful"), "corrected, it leaves the queue");
	rig_close(&r);
}

/* The records' check found damage (app/records_check.h): whoever signs in
 * next is told calmly, a mentor to tell the coordinator, a coordinator to
 * restore; a sound file says nothing of it. */
static void test_records_damaged(void)
{
	struct rig r;
	long long coord;
	rig_open(&r, 24, 80);
	rig_sign_in(&r, MAJA);
	CHECK(rig_on(&r, "review") && !rig_shows(&r, "damaged"), "a sound file: the review says nothing of damage");
	rig_key(&r, KEY_F(10));
	r.app->records_damaged = true;
	rig_sign_in(&r, MAJA);
	CHECK(rig_on(&r, "review") && rig_shows(&r, "Part of the records file is damaged. Scans still work."),
	      "a damaged file: the mentor who signs in is told first");
	CHECK(rig_shows(&r, "coordinator today."), "and to tell the coordinator today");
	rig_key(&r, KEY_F(10));
	CHECK(app_person_add(r.app, "Vesna Kos", ROLE_COORDINATOR, "sl", r.now, &coord) == ERR_OK &&
	      app_person_set_pin(r.app, coord, "1234") == ERR_OK &&
	      app_badge_issue(r.app, coord, 0, r.now, r.payload[15]) == ERR_OK, "a coordinator with a badge");
	rig_type(&r, "m", 0);
	rig_scan(&r, 15);
	rig_type(&r, "1234\r", 200);
	CHECK(rig_on(&r, "review") && rig_shows(&r, "rota restore FILE"),
	      "a coordinator is told to restore the newest backup");
	rig_close(&r);
}

static void test_floor_and_rotation(void);

void suite_mentor(void)
{
	test_records_damaged();
	test_floor_and_rotation();
	test_review_and_correct();
	test_clock_doubtful();
	test_review_after_end();
	test_participant_file();
	test_lockout();
	test_self_view();
}

static void test_floor_and_rotation(void)
{
	struct rig r;
	rig_open(&r, 24, 80);
	long long maja = r.person[MAJA], ivana = r.person[IVANA];
	app_assign(r.app, r.person[ANA], "sorting", maja, maja, NULL, r.now - 86400);
	app_assign(r.app, r.person[MARKO], "sorting", maja, maja, NULL, r.now - 86400);
	app_assign(r.app, r.person[SPELA], "collecting", ivana, ivana, NULL, r.now - 86400);
	app_assign(r.app, r.person[IVAN], "cutting", ivana, ivana, NULL, r.now - 86400);
	app_assign(r.app, r.person[TOM], "packing", maja, maja, NULL, r.now - 86400);
	app_progress_add(r.app, r.person[ANA], PROGRESS_PROCESS, "sorting", 3, 0, maja, NULL, NULL, r.now, NULL, NULL);
	app_progress_add(r.app, r.person[ANA], PROGRESS_PROCESS, "collecting", 4, 0, maja, NULL, NULL, r.now, NULL, NULL);
	app_progress_add(r.app, r.person[IVAN], PROGRESS_PROCESS, "cutting", 1, 0, ivana, NULL, NULL, r.now, NULL, NULL);
	rig_scan(&r, ANA);
	CHECK(rig_shows(&r, "Danes: Sortiranje. Z vami je Maja."), "the greeting names today's process and mentor, in her language");
	rig_type(&r, "\r", 0);
	rig_scan(&r, IVAN);
	rig_type(&r, "\r", 0);

	rig_sign_in(&r, MAJA);
	CHECK(rig_shows(&r, "Ready to move on") && rig_shows(&r, "Cutting comes next"), "the review says Ana is ready to move on, and where");
	rig_type(&r, "f", 0);
	CHECK(rig_on(&r, "floor"), "F shows the floor");
	rig_golden(&r, "floor-80x24");
	CHECK(rig_shows(&r, "2/6") && rig_shows(&r, "+ 4 free"), "places taken and free");
	rig_resize(&r, 43, 132);
	rig_golden(&r, "floor-132x43");
	rig_resize(&r, 24, 80);

	rig_type(&r, "r", 0);
	rig_key(&r, KEY_END); /* the review lists "ready to move on" last */
	rig_wait(&r, 1);
	rig_type(&r, "\r", 0);
	CHECK(rig_on(&r, "rotation"), "Enter on that item opens the planner");
	rig_golden(&r, "rotation-80x24");
	CHECK(rig_shows(&r, "Cutting comes next") && rig_shows(&r, "<- proposed"), "the proposal and its reason");
	/* A coordinator takes cutting out of use meanwhile: the mentor reads why. */
	struct process_patch off = { .position = -1, .capacity = -1, .active = 0 }, on = off;
	on.active = 1;
	app_process_edit(r.app, "cutting", &off);
	rig_type(&r, "\r", 0);
	CHECK(rig_on(&r, "rotation") && rig_shows(&r, "This process is not in use now"),
	      "a process out of use is named as such, not as an invalid input");
	app_process_edit(r.app, "cutting", &on);
	rig_type(&r, "\r", 0);
	struct work_today work;
	app_work_today(r.app, r.person[ANA], &work);
	CHECK(work.has && !strcmp(work.process.code, "cutting"), "Enter confirms: Ana works at cutting now");
	rig_type(&r, "t", 0);
	CHECK(rig_shows(&r, "Ana Kovač  in since 08:12, Cutting"), "today shows where each one works");

	rig_type(&r, "g", 0);
	CHECK(rig_on(&r, "groups") && rig_shows(&r, "No groups yet"), "G: the groups");
	rig_type(&r, "n", 0);
	rig_type(&r, "Skupina A\r", 10);
	CHECK(rig_on(&r, "groups") && rig_shows(&r, "Skupina A"), "a new group");
	rig_type(&r, "p", 0);
	rig_type(&r, "an", 100);
	rig_type(&r, "\r", 0);
	rig_type(&r, "j", 0);
	CHECK(rig_on(&r, "groups") && rig_shows(&r, "choose a group") && rig_shows(&r, "Enter: join this group"),
	      "J in Ana's file: the same groups screen, choosing her group");
	rig_type(&r, "\r", 0);
	char group[128] = "";
	app_group_of(r.app, r.person[ANA], group, sizeof group);
	CHECK(rig_on(&r, "person-file") && !strcmp(group, "Skupina A"), "Enter: Ana joins Skupina A, back in her file");
	rig_key(&r, UI_KEY_ESC); /* to the participants */
	rig_key(&r, UI_KEY_ESC); /* to the review */
	rig_type(&r, "g", 0);
	CHECK(rig_on(&r, "groups") && rig_shows(&r, "Mentor mode: groups"), "the menu's G still manages the groups");
	rig_type(&r, "w", 0);
	CHECK(rig_on(&r, "stations") && rig_shows(&r, "Only coordinators"), "W: the work processes, read-only for a mentor");
	rig_type(&r, "+", 0);
	CHECK(rig_shows(&r, "1. Collecting                     places: 6"), "a mentor's + changes nothing");
	rig_close(&r);

	/* A coordinator changes places and order. */
	rig_open(&r, 24, 80);
	long long boris;
	app_person_add(r.app, "Boris Bele", ROLE_COORDINATOR, "sl", r.now, &boris);
	app_person_set_pin(r.app, boris, "5678");
	rig_type(&r, "m", 0);
	rig_type(&r, "n", 0);
	rig_type(&r, "b", 100);
	rig_type(&r, "\r", 0);
	rig_type(&r, "5678\r", 100);
	CHECK(rig_on(&r, "review"), "a coordinator signs in");
	rig_type(&r, "w", 0);
	rig_type(&r, "+", 0);
	CHECK(rig_shows(&r, "1. Collecting                     places: 7"), "+ adds a place");
	rig_type(&r, "]", 0);
	CHECK(rig_shows(&r, "1. Sorting") && rig_shows(&r, "2. Collecting"), "] moves Collecting after Sorting");
	rig_close(&r);
}
