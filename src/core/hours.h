/* Hour arithmetic over visits. Only closed visits and the open one count;
 * an "end unknown" visit has no end and so adds nothing (no invented time),
 * and a visit visit_counts() refuses (undone, or held for review after the
 * programme ended) adds nothing either. */
#ifndef ROTA_CORE_HOURS_H
#define ROTA_CORE_HOURS_H

#include <stdbool.h>
#include <stddef.h>
#include <time.h>

#include "core/absence.h"
#include "core/visit.h"

/* One person's one day in a month's count (the attendance list's cell). */
struct hours_day {
	time_t first_in;          /* the first check-in of the visits begun that day; 0: none */
	time_t last_out;          /* the last known check-out of them; 0: none known */
	long seconds;             /* their seconds, as the month counts them */
	int visits;               /* visits begun that day, undone scans aside */
	bool is_unresolved;       /* one of them has no known end, or a doubtful clock */
	enum person_day kind;     /* what the calendar made of the day for the person */
	char reason[16];          /* PDAY_EXCUSED: the absence's reason code; else "" */
};

/* Returns the seconds of one visit: a closed visit's span, an open one's up
 * to now, nothing for end unknown or undone. A visit that crosses midnight
 * counts whole, on the day it began. A visit held after the programme's
 * end counts nothing until it is accepted (visit_counts). */
long hours_visit_seconds(const struct visit *v, time_t now);
/* Returns the seconds a record counts for one visit (the hour sheet, the
 * attendance list, the summary): a closed visit's span; an open one has no
 * hours until it is closed, whatever the time now. */
long hours_recorded_seconds(const struct visit *v);
/* Returns the seconds of visit v (as hours_visit_seconds) that fall within
 * [from, to) (to 0: still going on at now). */
long hours_overlap_seconds(const struct visit *v, time_t now, time_t from, time_t to);
/* Returns the seconds of v's record (hours_recorded_seconds) that fall
 * within an assignment's [from, to) (to 0: an assignment still open, which
 * takes the rest of the visit): what a closed visit counts for a process.
 * The rule the store's triggers keep the hours per process by (they call
 * it as SQL, store/rules.c) and the hours by process of a stretch. */
long hours_recorded_overlap_seconds(const struct visit *v, time_t from, time_t to);
/* Returns the seconds spent in the n visits, counting an open visit up to
 * now. Negative spans (a clock set back) count as zero. */
long hours_seconds(const struct visit *visits, size_t n, time_t now);

#endif
