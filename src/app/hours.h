/* The month's hour sheet that funders ask for: per participant the days
 * present and the hours in the month, the target, and the hours so far.
 * A visit counts on the day it began (a visit past midnight counts whole);
 * an end-unknown or still open visit counts as a day present with no hours
 * until its end is known, and its day is counted as unresolved so that the
 * sheet never shows a silent zero; undone scans count for nothing. Excused
 * absences and the workshop's holidays and closures are counted as such. */
#ifndef ROTA_APP_HOURS_H
#define ROTA_APP_HOURS_H

#include <stdbool.h>
#include <time.h>

#include "app/app.h"
#include "core/hours.h"

struct hours_row {
	long long person_id;
	char name[128];
	int days_present;
	long seconds;            /* in the month */
	int target_hours;
	long seconds_to_date;    /* from the first visit to the month's end */
	int days_unresolved;     /* days with a visit whose hours are not known:
	                            end unknown, open from an earlier day, or a
	                            doubtful clock */
	int days_excused;        /* workshop days covered by an excused absence */
	int days_closed;         /* the workshop's weekdays that were holidays or
	                            closures, within the person's programme */
	struct hours_day days[31]; /* day d of the month at [d - 1]: the same
	                            count, day by day (the attendance list) */
	bool is_amended;         /* a closed month's row whose hours amendments
	                            changed after it was closed (app/month_hours.h) */
	long amended_seconds;    /* then: the hours with those amendments; the
	                            figures above stay the closed ones */
};

typedef void (*hours_row_fn)(const struct hours_row *row, void *ctx);

/* Calls fn once per participant (active, or with visits in the month), in
 * name order, for month YYYYMM. A closed month gives its rows as closed
 * (app/month_hours.h): the signed list's people, order and figures, an
 * amendment since noted on its row. */
enum rota_err app_hours_month(struct app *app, int yyyymm, time_t now, hours_row_fn fn, void *ctx);
/* The same row of one participant: calls fn at most once, with what
 * app_hours_month() gives for person_id, reading only their visits and
 * hours (a team report's months). */
enum rota_err app_hours_month_of(struct app *app, long long person_id, int yyyymm, time_t now, hours_row_fn fn,
                                 void *ctx);
/* Writes hours as people read them in a sheet: "12.50". */
void app_hours_format(long seconds, char *out, size_t n);

#endif
