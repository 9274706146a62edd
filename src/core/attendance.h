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
	time_t latest;           /* the latest check-in or check-out recorded
	                          * for them since yesterday (undone visits
	                          * are none); 0: none */
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
	time_t at;          /* the time to record: att_record_time() */
};

/* How far a scan's clock may stand behind the newest trusted record: two
 * terminals' scans, each timed before it waits for the write lock, can
 * commit in the other order. */
#define ATT_CLOCK_SLACK_S 60

/* Returns the time a scan whose clock read now is recorded at: now, or the
 * person's latest recorded time (latest, 0: none) when now lies before it.
 * A scan reads the clock before it waits for the write lock, so one that
 * waited behind another terminal's scan of the same card holds an older
 * reading than what that scan recorded; a clock set back holds an older one
 * still. Recorded as read, its check-out would come before its check-in,
 * or its check-in inside the visit just closed: a visit is always whole. */
time_t att_record_time(time_t now, time_t latest);
/* Decides what a scan whose clock read now does, given guard_s seconds of
 * protection against a repeated scan; today is the local day of
 * att_record_time(now, last->latest), the day whose check-out
 * last->last_out is. d.at is the time to record. A reading at most
 * ATT_CLOCK_SLACK_S behind d.at is the same moment (a wait for the lock):
 * the guard counts from d.at, so two terminals' scans of one card at once
 * are one scan. A clock set back further is no repeat: the scan is
 * recorded at d.at (and its clock is doubtful). */
struct att_decision att_decide(const struct att_last *last, time_t now, int today, int guard_s);

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
