/* The programme summary for funders (core/summary.h), computed from the
 * records for a period. */
#ifndef ROTA_APP_SUMMARY_H
#define ROTA_APP_SUMMARY_H

#include <time.h>

#include "app/app.h"
#include "core/summary.h"

/* Fills *out for the days from..to (YYYYMMDD, both included) as at now.
 * A participant entered on their programme's start (else the day they were
 * registered) and left on their exit date (else their programme's end).
 * Counts: the ESF+ indicators' table (app/summary_annex.h: of those who
 * entered in the period, the results of those who left in it and of those
 * followed up in it; one section per row, one item per gender column
 * and "total"; every cell there also when nobody is in it); "mastered":
 * per work process, people who first reached level 3 in it. Each count is
 * raw and marked by the small-cell rule with the workshop's
 * summary_min_count (out->min_count). presence_seconds: participants'
 * closed visits in the period, a closed month's days as closed
 * (app/month_hours.h: an amendment since sets is_presence_amended and
 * presence_amended_seconds); mentoring: per participant and month, the
 * time they were present while their assigned mentor was present too.
 * ERR_INVALID when to is before from. Free with summary_free(), also
 * after an error. */
enum rota_err app_summary(struct app *app, int from, int to, struct summary *out);

/* Fills *out with the mentoring hours of month yyyymm (per participant,
 * app_summary's mentoring) for coordinator `by` only: personal data, not
 * for the funder. ERR_NOT_COORDINATOR when by is not an active coordinator (out
 * is then empty). Free with summary_free(), also after an error. */
enum rota_err app_mentoring(struct app *app, int yyyymm, long long by, struct summary *out);

#endif
