/* The check-in state machine. Pure: the caller passes what the store knows
 * and the time; the answer says what to record. The rules (DESIGN.md):
 * a scan toggles; a repeat within the guard changes nothing; an open visit
 * from an earlier day is closed as "end unknown" (never an invented time)
 * and the scan checks in; an undo is allowed for a short window; a scan
 * whose clock cannot be trusted is still recorded, but marked doubtful. */
#ifndef ROTA_CORE_ATTENDANCE_H
#define ROTA_CORE_ATTENDANCE_H

#include <stdbool.h>
#include <time.h>

#include "core/calendar.h"
#include "core/visit.h"

/* What the store knows of one person when they scan. */
struct att_last {
	bool has_open;           /* an open visit exists (at most one) */
	struct visit open;
	bool has_out_today;      /* a visit was checked out today */
	time_t last_out;         /* the latest check-out today */
};

enum att_action {
	ATT_CHECK_IN,
	ATT_CHECK_OUT,
	ATT_ALREADY_IN,   /* a repeat within the guard: nothing changes */
	ATT_ALREADY_OUT,  /* a repeat of a check-out within the guard */
};

struct att_decision {
	enum att_action action;
	bool close_stale;   /* first close last->open as end unknown */
	time_t since;       /* for ALREADY_*: the time of the earlier scan */
};

/* Decides what a scan at now (local day today) does, given guard_s seconds
 * of protection against a repeated scan. */
struct att_decision att_decide(const struct att_last *last, time_t now, int today, int guard_s);
/* How far a scan's clock may stand behind the newest trusted record: two
 * terminals' scans, each timed before it waits for the write lock, can
 * commit in the other order. */
#define ATT_CLOCK_SLACK_S 60

/* Returns true when a scan at now needs the workshop's calendar to judge
 * its clock: it lies more than a day after the newest trusted record
 * (0: none). */
bool att_clock_needs_calendar(time_t now, time_t newest);
/* Returns true when the clock reading now (local day today) of a scan
 * cannot be trusted, given the newest trusted recorded event newest (local
 * day newest_day; 0 when there is none yet): it lies more than
 * ATT_CLOCK_SLACK_S before it, or more than a day after it with at least
 * one whole day the workshop works (cal: its weekdays, holidays and
 * closures) between them with no record at all (a weekend, a holiday or a
 * closure is no gap; a wrong date set at boot is). cal is read only when
 * att_clock_needs_calendar() says so, and may be NULL otherwise. */
bool att_clock_doubtful(const struct workshop_calendar *cal, time_t now, int today, time_t newest,
                        int newest_day);
/* Returns true while a scan made at scanned_at may still be undone. */
bool att_can_undo(time_t scanned_at, time_t now, int undo_s);

#endif
