/* The visit record: listing it, its history, and a mentor's corrections. */
#ifndef ROTA_APP_VISITS_H
#define ROTA_APP_VISITS_H

#include "app/app.h"
#include "core/visit.h"
#include "util/refusal.h"

/* Calls fn for each visit with a day in [from, to] (YYYYMMDD, 0 = open),
 * oldest first. */
enum rota_err app_visits_each(struct app *app, int from, int to, visit_row_fn fn, void *ctx);

/* Corrects visit_id (open, closed or end unknown): check_out (and check_in,
 * when not NULL) as "HH:MM" on the visit's day, or "YYYY-MM-DD HH:MM" for a
 * check-out after midnight, by mentor `by`, with a reason. The visit becomes
 * closed; the history keeps the values before, who, when and why. Nothing
 * changes on a refusal: ERR_VISIT_REASON without a reason (or the text
 * gate's ERR_TEXT_*); ERR_TIME_FORMAT for a time that cannot be read;
 * ERR_VISIT_DAY for a check-in on another day; ERR_VISIT_UNDONE for an
 * undone visit; ERR_NOT_FOUND for no such visit; ERR_NOT_MENTOR when `by`
 * is not an active mentor or coordinator; the rules of visit_check_times
 * (ERR_VISIT_FUTURE, ERR_VISIT_ORDER, ERR_VISIT_OVERLAP,
 * ERR_VISIT_BEFORE_START). *why (may be NULL) gets the refusal's cause:
 * the field (REFUSAL_REASON, _CHECK_IN, _CHECK_OUT, _DAY, _VISIT, _BY), the
 * value given and the limit or the visit it clashed with; its code is the
 * one returned, ERR_OK and no field on success. */
enum rota_err app_visit_correct(struct app *app, long long visit_id, const char *check_in,
                                const char *check_out, long long by, const char *reason, time_t now,
                                struct refusal *why);
/* Accepts visit_id, scanned after the person's programme ended and held
 * for review since, by coordinator `by` at now: from then on it counts as
 * any other visit (hours, days present, every report), and the record
 * keeps who accepted it and when. In a closed month it is an amendment,
 * which needs a reason (else ERR_MONTH_CLOSED); reason may be NULL
 * otherwise. Nothing changes on a refusal:
 * ERR_NOT_COORDINATOR (REFUSAL_BY) when `by` is no active coordinator;
 * ERR_NOT_FOUND (REFUSAL_VISIT) for no such visit; ERR_VISIT_NOT_HELD
 * (REFUSAL_VISIT) for a visit that is not held (within the programme,
 * accepted already, or undone). *why (may be NULL) gets the cause. */
enum rota_err app_visit_accept(struct app *app, long long visit_id, long long by, const char *reason, time_t now,
                               struct refusal *why);
/* Records a visit that was never scanned: person_id on day (YYYYMMDD), from
 * check_in to check_out ("HH:MM", or "YYYY-MM-DD HH:MM" after midnight), by
 * mentor `by` with a reason; the history shows it as "added". *id (may be
 * NULL) gets the new visit's id. The same refusals and *why as
 * app_visit_correct (ERR_TIME_FORMAT with REFUSAL_DAY for a day that does
 * not exist, ERR_NOT_FOUND with REFUSAL_PERSON for no such person); nothing
 * changes on a refusal. */
enum rota_err app_visit_add(struct app *app, long long person_id, int day, const char *check_in,
                            const char *check_out, long long by, const char *reason, time_t now,
                            long long *id, struct refusal *why);
/* Returns today's closing time (the setting closing_time on now's day). */
time_t app_visit_closing_time(struct app *app, time_t now);
/* Closes every visit still open from today (now's day) that began before
 * `at`, at `at`, in one transaction, by mentor `by` (reason NULL: "closing
 * time"); each gets a "close_open" history row. *closed gets how many.
 * ERR_VISIT_FUTURE when at is later than now; ERR_NOT_MENTOR when by is no
 * mentor; nothing changes on an error. */
enum rota_err app_visits_close_open(struct app *app, time_t at, long long by, const char *reason,
                                    time_t now, int *closed);
/* Reads visit id into *out; ERR_NOT_FOUND when there is none. */
enum rota_err app_visit_get(struct app *app, long long id, struct visit *out);
/* Calls fn for each recorded change to visit id, in order. */
enum rota_err app_visit_history(struct app *app, long long id, visit_change_fn fn, void *ctx);
/* Calls fn for the person's visits with a day in [from, to]. */
enum rota_err app_visits_of(struct app *app, long long person_id, int from, int to, visit_row_fn fn,
                            void *ctx);

/* Writes into buf (n bytes) the days from..to (YYYY-MM-DD, by commas) on
 * which person_id has a visit that was not undone, the first few and "..."
 * after them; "" when there is none. */
enum rota_err app_visit_days_words(struct app *app, long long person_id, int from, int to, char *buf, size_t n);
/* Returns a reason as the reader should see it: the reasons rota writes
 * itself ("closing time", "replaced by a new badge", ...) in the current
 * language, anything a mentor typed as typed. NULL or "" gives "". */
const char *app_reason_words(const char *reason);

#endif
