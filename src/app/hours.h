/* The month's hour sheet that funders ask for: per participant the days
 * present and the hours in the month, the target, and the hours so far.
 * A visit counts on the day it began (a visit past midnight counts whole);
 * an end-unknown or still open visit counts as a day present with no hours
 * until its end is known; undone scans count for nothing. */
#ifndef ROTA_APP_HOURS_H
#define ROTA_APP_HOURS_H

#include <time.h>

#include "app/app.h"

struct hours_row {
	long long person_id;
	char name[128];
	int days_present;
	long seconds;            /* in the month */
	int target_hours;
	long seconds_to_date;    /* from the first visit to the month's end */
};

typedef void (*hours_row_fn)(const struct hours_row *row, void *ctx);

/* Calls fn once per participant (active, or with visits in the month), in
 * name order, for month YYYYMM. */
enum rota_err app_hours_month(struct app *app, int yyyymm, time_t now, hours_row_fn fn, void *ctx);
/* Writes hours as people read them in a sheet: "12.50". */
void app_hours_format(long seconds, char *out, size_t n);

#endif
