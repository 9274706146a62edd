/* SQL for the workshop's closure days and the participants' excused
 * absences. Rows are only added or marked cancelled, never deleted. */
#ifndef ROTA_STORE_CALENDAR_H
#define ROTA_STORE_CALENDAR_H

#include <stddef.h>
#include <time.h>

#include "core/absence.h"
#include "core/calendar.h"
#include "store/db.h"

/* Adds a closure from..to with reason, recorded by `by` at `at`; *id (may
 * be NULL) gets its id. */
enum rota_err store_closure_add(struct db *db, const struct closure *c, long long by, time_t at, long long *id);
/* Returns the standing closures that touch from..to in *out (n in *n,
 * caller frees), by first day. */
enum rota_err store_closures(struct db *db, int from, int to, struct closure **out, size_t *n);
/* Adds an absence (its id, at and cancellation are ignored); *id may be NULL. */
enum rota_err store_absence_add(struct db *db, const struct absence *a, const char *terminal, long long *id);
/* Calls fn for each absence (cancelled ones too) of person_id (0: everyone)
 * that touches from..to, by first day. */
enum rota_err store_absence_each(struct db *db, long long person_id, int from, int to, absence_fn fn, void *ctx);
/* Marks absence id cancelled by `by` at `at`; ERR_NOT_FOUND when there is
 * no such standing absence. */
enum rota_err store_absence_cancel(struct db *db, long long id, long long by, time_t at);

/* A participant as the calendar sees them. */
struct expected_person {
	long long person_id;
	char name[128];
	int last_day;          /* the last day present on or after `since`, 0 none */
	time_t created_at;     /* when they were added */
	time_t seen_at;        /* when a mentor last marked "not seen" as seen; 0 never */
	int start, end;        /* their programme's days, else their group's; the
	                          start else the day they were added; end 0 open */
};

typedef void (*expected_person_fn)(const struct expected_person *p, void *ctx);

/* Calls fn for each active participant, in name order; for person_id
 * alone when it is not 0, active or not (someone who has left keeps their
 * programme's dates). Visits before day since are not read. */
enum rota_err store_expected_each(struct db *db, long long person_id, int since, expected_person_fn fn, void *ctx);

/* Sets *start and *end to person_id's programme's days, as struct
 * expected_person has them (end: the first of their own or their group's
 * last day and their exit date; 0 open); 0 and 0 for anyone who is not a
 * participant (a mentor has no programme) or is not there at all. */
enum rota_err store_programme_of(struct db *db, long long person_id, int *start, int *end);

typedef void (*programme_fn)(long long person_id, int start, int end, void *ctx);

/* Calls fn with the programme's days (as in struct expected_person) of
 * every participant, active or not, by id; of participant only alone when
 * only is not 0. */
enum rota_err store_programme_each(struct db *db, long long only, programme_fn fn, void *ctx);

#endif
