/* The mentors' review queue: what needs a look after the day's work.
 * - end_unknown: a visit whose check-out was never scanned (closed at the
 *   person's next scan); resolved by entering the real time.
 * - clock: a visit scanned on a clock that seemed wrong (earlier than the
 *   newest record, or more than a day ahead of it); resolved the same way,
 *   by entering the real times (or confirming them, with a reason).
 * - open: a visit still open after the workshop's closing time, or from an
 *   earlier day; resolved the same way.
 * - undone: a scan undone at the kiosk; resolved by marking it seen.
 * - not_seen: a participant absent for N or more workshop days (default 2);
 *   resolved by marking it seen (until they come back and stay away again).
 * - words: a new entry in a participant's own words; marked seen.
 * - rotate: level 3 or more at the current process; resolved by a new
 *   assignment (the planner proposes one).
 * - present_excused: a visit on a day an excused absence covers (presence
 *   wins the day); resolved by cancelling the absence.
 * - after_end: a visit scanned after the person's programme ended (or
 *   after their exit date), held: it counts nowhere until a coordinator
 *   accepts it (app_visit_accept), which resolves it. */
#ifndef ROTA_APP_REVIEW_H
#define ROTA_APP_REVIEW_H

#include <stddef.h>
#include <time.h>

#include "app/app.h"
#include "core/person.h"

enum review_kind { REVIEW_END_UNKNOWN, REVIEW_OPEN, REVIEW_UNDONE, REVIEW_NOT_SEEN, REVIEW_WORDS, REVIEW_ROTATE,
                   REVIEW_CLOCK, REVIEW_PRESENT_EXCUSED, REVIEW_AFTER_END };

#define REVIEW_LOOKBACK_DAYS 120   /* how far back the queue reads */

struct review_item {
	enum review_kind kind;
	long long ref;             /* the visit, person or progress entry */
	long long person_id;
	char name[PERSON_NAME_MAX];
	int day;                   /* YYYYMMDD the item is about (0: never seen) */
	time_t check_in;           /* for visits */
	char detail[600];          /* one line, translated */
};

/* Builds the queue at now: a new array in *out of *n items, in the order
 * above; visits and words oldest first, people not seen by name, those
 * ready to move on by person; free(*out). */
enum rota_err app_review_items(struct app *app, time_t now, struct review_item **out, size_t *n);
/* Marks an undone, not_seen or words item seen by `by` with an optional
 * note. ERR_INVALID for visit items: those are resolved by a correction. */
enum rota_err app_review_mark_seen(struct app *app, const struct review_item *item, long long by,
                                   const char *note, time_t now);
/* Returns the item kind's stable code ("end_unknown", "open", ...). */
const char *app_review_kind_code(enum review_kind kind);
/* Returns the item kind's name in the current language. */
const char *app_review_kind_name(enum review_kind kind);

#endif
