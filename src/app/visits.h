/* The visit record: listing it, its history, and a mentor's corrections. */
#ifndef ROTA_APP_VISITS_H
#define ROTA_APP_VISITS_H

#include "app/app.h"
#include "core/visit.h"

/* Calls fn for each visit with a day in [from, to] (YYYYMMDD, 0 = open),
 * oldest first. */
enum rota_err app_visits_each(struct app *app, int from, int to, visit_row_fn fn, void *ctx);

/* Corrects visit_id: check_out (and check_in, when not NULL) as "HH:MM" on
 * the visit's day, or "YYYY-MM-DD HH:MM" for a check-out after midnight, by
 * mentor `by`, with a reason. The visit becomes closed; the history keeps
 * the values before, who, when and why. ERR_INVALID (nothing changes) for a
 * bad time, an end before the start, a missing reason, an undone visit, or
 * `by` not a mentor or coordinator. */
enum rota_err app_visit_correct(struct app *app, long long visit_id, const char *check_in,
                                const char *check_out, long long by, const char *reason, time_t now);
/* Calls fn for each recorded change to visit id, in order. */
enum rota_err app_visit_history(struct app *app, long long id, visit_change_fn fn, void *ctx);
/* Calls fn for the person's visits with a day in [from, to]. */
enum rota_err app_visits_of(struct app *app, long long person_id, int from, int to, visit_row_fn fn,
                            void *ctx);

#endif
