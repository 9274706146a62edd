/* Unit tests of rotation: the planner (pure) and the hours at each process. */
#include <stdlib.h>
#include <string.h>

#include "app/app.h"
#include "app/people.h"
#include "app/progress.h"
#include "app/assignments.h"
#include "app/process_hours.h"
#include "app/scan.h"
#include "app/badge.h"
#include "core/hours.h"
#include "core/rotation.h"
#include "tests/harness.h"
#include "tests/unit/suites.h"
#include "util/date.h"

/* Each station the tests make gets a process of its own that lives on. */
static struct rot_station st(int pos, const char *code, int cap, int occ, bool active, int level)
{
	static struct process made[32];
	static size_t n;
	struct process *p = &made[n++ % 32];
	*p = (struct process){ .position = pos, .capacity = cap, .is_active = active };
	strncpy(p->code, code, sizeof p->code - 1);
	return (struct rot_station){ .process = p, .occupied = occ, .level = level };
}

static void test_planner(void)
{
	struct rot_station s[5];
	s[0] = st(1, "collecting", 6, 2, true, 4);
	s[1] = st(2, "sorting", 6, 3, true, 3);
	s[2] = st(3, "cutting", 4, 1, true, -1);
	s[3] = st(4, "packing", 4, 0, true, 1);
	s[4] = st(5, "sewing", 3, 0, true, -1);
	struct rot_plan p = rotation_plan(s, 5, 1);
	CHECK(p.index == 2 && p.reason == ROT_NEXT, "level 3 at sorting: cutting is next");

	s[1].level = 2;
	p = rotation_plan(s, 5, 1);
	CHECK(p.index == -1 && p.reason == ROT_NOT_YET, "level 2: stays for now");
	s[1].level = 3;

	s[2].occupied = 4;
	p = rotation_plan(s, 5, 1);
	CHECK(p.index == 3 && p.reason == ROT_NEXT_SKIPPING_FULL && p.skipped_full == 1,
	      "cutting full: packing, and it says why");

	s[3] = st(4, "packing", 4, 0, false, 1);
	p = rotation_plan(s, 5, 1);
	CHECK(p.index == 4, "an inactive process is passed over");

	s[4].occupied = 3;
	p = rotation_plan(s, 5, 1);
	CHECK(p.index == -1 && p.reason == ROT_ALL_FULL, "all that is left is full: nothing, and why");

	s[2] = st(3, "cutting", 4, 0, true, 3);
	s[3] = st(4, "packing", 4, 0, true, 4);
	s[4] = st(5, "sewing", 3, 0, true, 3);
	p = rotation_plan(s, 5, 1);
	CHECK(p.index == -1 && p.reason == ROT_ALL_MASTERED, "everything mastered");

	/* Round the order: at the last station, the first not yet mastered. */
	s[0].level = 1;
	p = rotation_plan(s, 5, 4);
	CHECK(p.index == 0 && p.reason == ROT_NEXT, "after the last station the order goes round");

	/* Ties of position: by code; and no current station at all. */
	struct rot_station t[3] = { st(1, "packing", 2, 0, true, -1), st(1, "cutting", 2, 0, true, -1),
		                    st(2, "sewing", 2, 0, true, -1) };
	p = rotation_plan(t, 3, -1);
	CHECK(p.index == 1 && p.reason == ROT_FIRST, "a tie in position goes by code; a newcomer gets the first");
	p = rotation_plan(t, 0, -1);
	CHECK(p.index == -1 && p.reason == ROT_NO_PROCESSES, "no processes: says so");
}

static void test_overlap(void)
{
	struct visit v = { .check_in = 1000, .check_out = 5000, .status = VISIT_CLOSED };
	CHECK(hours_overlap_seconds(&v, 0, 0, 0) == 4000, "an open assignment takes the whole visit");
	CHECK(hours_overlap_seconds(&v, 0, 3000, 0) == 2000, "one that starts midway, the rest");
	CHECK(hours_overlap_seconds(&v, 0, 0, 2000) == 1000, "one that ended, its part");
	CHECK(hours_overlap_seconds(&v, 0, 6000, 0) == 0, "a later one, nothing");
	v.status = VISIT_END_UNKNOWN;
	CHECK(hours_overlap_seconds(&v, 0, 0, 0) == 0, "an unknown end gives no hours");
}

struct tally {
	long sorting, packing, none;
};

static void sum(const struct process_hours *r, void *ctx)
{
	struct tally *t = ctx;
	if (!strcmp(r->process_code, "sorting"))
		t->sorting += r->seconds;
	else if (!strcmp(r->process_code, "packing"))
		t->packing += r->seconds;
	else if (!r->process_code[0])
		t->none += r->seconds;
}

static time_t at(const char *s)
{
	time_t t = 0;
	date_parse_local(s, &t);
	return t;
}

static void test_hours_by_process(void)
{
	struct app *app;
	long long maja, ana;
	char pa[BADGE_DIGITS + 1];
	struct scan_result r;
	app_open(":memory:", true, NULL, &app);
	app_person_add(app, "Maja Novak", ROLE_MENTOR, "sl", 1, &maja);
	app_person_add(app, "Ana Kovač", ROLE_PARTICIPANT, "sl", 1, &ana);
	app_badge_issue(app, ana, 0, 1, pa);
	CHECK(app_assign(app, ana, "welding", maja, maja, NULL, at("2026-11-23T07:00")) == ERR_UNKNOWN_TOPIC,
	      "no assignment to an unknown process");
	CHECK(app_assign(app, maja, "sorting", maja, maja, NULL, at("2026-11-23T07:00")) == ERR_NOT_PARTICIPANT,
	      "only participants are assigned");
	app_scan(app, pa, at("2026-11-23T08:00"), &r);            /* an hour with no assignment */
	app_assign(app, ana, "sorting", maja, maja, NULL, at("2026-11-23T09:00"));
	app_assign(app, ana, "packing", maja, maja, "ready", at("2026-11-23T12:30"));
	app_scan(app, pa, at("2026-11-23T15:00"), &r);
	CHECK(r.work.has && !strcmp(r.work.process.code, "packing") && !strcmp(r.work.mentor_first, "Maja"),
	      "the scan knows today's process and mentor");
	struct tally t = { 0 };
	app_hours_by_process(app, 0, 0, sum, &t);
	CHECK(t.none == 3600 && t.sorting == 3 * 3600 + 1800 && t.packing == 2 * 3600 + 1800,
	      "hours follow the assignments the visit overlaps");
	bool found;
	struct assignment a;
	app_assignment_current(app, ana, &found, &a);
	CHECK(found && !strcmp(a.process_code, "packing"), "one current assignment");
	app_close(app);
}

void suite_rotation(void)
{
	test_planner();
	test_overlap();
	test_hours_by_process();
}
