/* The visits table and its history. The scans are recorded in the visit row
 * itself (check-in and check-out: when, where; the person is who); every
 * other change (an undo, an end unknown, a correction) writes a history row
 * in the same transaction: who, when, where, why, and the values before and
 * after. Nothing is deleted or silently overwritten. */
#ifndef ROTA_STORE_VISITS_H
#define ROTA_STORE_VISITS_H

#include <stdbool.h>
#include <stddef.h>
#include <time.h>

#include "core/visit.h"
#include "store/db.h"

/* Reads visit id into *out; ERR_NOT_FOUND when there is none. */
enum rota_err store_visit_get(struct db *db, long long id, struct visit *out);
/* Finds the person's open visit (there is at most one); *found says if. */
enum rota_err store_visit_open_of(struct db *db, long long person_id, bool *found, struct visit *out);
/* Finds the latest check-out of the person on day; *found says if any. */
enum rota_err store_visit_last_out(struct db *db, long long person_id, int day, bool *found,
                                   time_t *out);
/* Sets *at to the latest time recorded for the person in a visit of day
 * `from` (YYYYMMDD) or later: its check-in, or its check-out when later;
 * undone visits are none. 0 when there is none. */
enum rota_err store_visit_latest_of(struct db *db, long long person_id, int from, time_t *at);
/* Copies up to max of the person's visits on day into out; *n gets the count. */
enum rota_err store_visits_of_day(struct db *db, long long person_id, int day, struct visit *out,
                                  size_t max, size_t *n);
/* Opens a visit for the person on day at c->at; *id receives its id. */
enum rota_err store_visit_check_in(struct db *db, long long person_id, int day,
                                   const struct change *c, long long *id);
/* Adds to visit id's history the word that let its check-in through: a
 * 'check_in' row by c->by (the mentor who confirmed) with c->reason, at
 * c->at. ERR_NOT_FOUND when there is no such visit. */
enum rota_err store_visit_check_in_confirmed(struct db *db, long long id, const struct change *c);
/* Closes open visit id with check-out time c->at. */
enum rota_err store_visit_check_out(struct db *db, long long id, const struct change *c);
/* Marks open visit id as "end unknown" (no check-out time is invented). */
enum rota_err store_visit_end_unknown(struct db *db, long long id, const struct change *c);
/* Undoes the last scan on visit id: an open visit becomes "undone", a
 * closed one opens again. */
enum rota_err store_visit_undo(struct db *db, long long id, const struct change *c);
/* Sets open, closed or end-unknown visit id to check_in/check_out (closed)
 * and records the correction with c (who, when, why); a doubtful clock mark
 * is cleared (the mentor gave the real times) and the clock's high-water
 * mark moves on to them, never past c->at. ERR_INVALID when the visit was
 * undone. */
enum rota_err store_visit_correct(struct db *db, long long id, time_t check_in, time_t check_out,
                                  const struct change *c);
/* Records a visit that was never scanned: closed, from check_in to
 * check_out on the check-in's day, with an "added" history row (who, when,
 * why from c); *id receives its id. */
enum rota_err store_visit_add(struct db *db, long long person_id, int day, time_t check_in,
                              time_t check_out, const struct change *c, long long *id);
/* Closes open visit id at check_out as a mentor's "close_open" step: the
 * history keeps who, when and why. ERR_INVALID when it is not open. */
enum rota_err store_visit_close(struct db *db, long long id, time_t check_out, const struct change *c);
/* Calls fn for every visit still open with a check-in on day, oldest first. */
enum rota_err store_visit_open_on(struct db *db, int day, visit_row_fn fn, void *ctx);
/* Reads the clock's high-water mark: the newest check-in or check-out
 * scanned on a trusted clock (or confirmed by a correction); *at is 0 when
 * there is none yet. One row, one page. */
enum rota_err store_clock_high_water(struct db *db, time_t *at);
/* Moves the high-water mark on to at if at is later; never back. Call it in
 * the transaction that records the trusted scan. */
enum rota_err store_clock_advance(struct db *db, time_t at);
/* Marks visit id as scanned on a clock that may be wrong (for the review). */
enum rota_err store_visit_mark_clock_doubtful(struct db *db, long long id);
/* Marks visit id as scanned after the person's programme ended (or after
 * their exit date): held for review, counted nowhere until accepted. */
enum rota_err store_visit_mark_after_end(struct db *db, long long id);
/* Records that coordinator `by` accepted held visit id at `at`: from then
 * on it counts as any other (the kept hours follow by their triggers).
 * ERR_NOT_FOUND when no such visit is held. */
enum rota_err store_visit_accept(struct db *db, long long id, long long by, time_t at);
/* Calls fn once per person with closed visits, with the seconds of those up
 * to month yyyymm (as hours_visit_seconds counts a closed one; 0 when all
 * came later), in person id order. Reads the totals kept per person and the
 * months after yyyymm, not the visits nor every month. */
typedef void (*person_seconds_fn)(long long person_id, long seconds, void *ctx);
enum rota_err store_visit_seconds_to_month(struct db *db, int yyyymm, person_seconds_fn fn, void *ctx);
/* Sets *secs to person_id's closed seconds (as store_visit_seconds_to_month
 * counts them) in the months from..to (YYYYMM, both included), from the
 * kept figures. */
enum rota_err store_visit_seconds_of_months(struct db *db, long long person_id, int from, int to, long *secs);
/* Calls fn with the closed hours to date of person_id (0: everyone) per
 * work process, as app_hours_by_process() attributes them (code "": no
 * assignment covered them), by person; 0-second rows may come too. Reads
 * the figures kept per person and process, not the visits. */
typedef void (*process_seconds_fn)(long long person_id, const char *process_code, long seconds, void *ctx);
enum rota_err store_visit_seconds_by_process(struct db *db, long long person_id, process_seconds_fn fn, void *ctx);
/* Calls fn for the person's visits (person_id 0: everyone's) with a day in
 * [from, to] (0: no bound), in day and check-in order. */
enum rota_err store_visit_each_of(struct db *db, long long person_id, int from, int to, visit_row_fn fn,
                                  void *ctx);
/* Sets *out (freed by the caller) to every visit with a day in [from, to]
 * and *n to how many, in day, check-in and id order, as store_visit_each_of
 * gives them but without names: for a report over many months. The rows
 * are read in the table's order between the lowest and the highest id the
 * period holds (one pass over the pages instead of a lookup a visit) and
 * sorted here only when that order is not already theirs. */
enum rota_err store_visits_in(struct db *db, int from, int to, struct visit **out, size_t *n);
/* Copies into days (up to max, ascending) the distinct days from..to on
 * which person_id has a visit that counts (visit_counts: not undone, not
 * held after the programme ended); *n gets how many there
 * are in all (may exceed max). */
enum rota_err store_visit_days_of(struct db *db, long long person_id, int from, int to, int *days, size_t max,
                                  size_t *n);
/* Calls fn for each change to visit id, in order. */
enum rota_err store_visit_history_each(struct db *db, long long id, visit_change_fn fn, void *ctx);
/* Counts the history rows of visit id (for tests and the review). */
enum rota_err store_visit_history_count(struct db *db, long long id, int *n);

#endif
