/* Reading the visit record (exports and, later, the mentors' review). */
#ifndef ROTA_APP_VISITS_H
#define ROTA_APP_VISITS_H

#include "app/app.h"
#include "store/visits.h"

/* Calls fn for each visit with a day in [from, to] (YYYYMMDD, 0 = open),
 * oldest first. */
enum rota_err app_visits_each(struct app *app, int from, int to, visit_row_fn fn, void *ctx);

#endif
