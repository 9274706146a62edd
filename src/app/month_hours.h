/* A month's hours per person as closed: the one rule every later document
 * of a closed month follows (the hour sheet, the attendance list, the
 * team-meeting report, the summary, and the centre's copies of them).
 *
 * The rule: a closed month's figures are the ones it was closed with,
 * whatever changes later. Where a coordinator's amendment changed a
 * person's hours in that month after it was closed, the closed figure
 * stays and is marked "amended after closing", with the hours the
 * amendments make beside it (the closed hours plus each amendment's
 * after minus before); the amendments themselves are on the next open
 * month's list and in `rota month amendments`. An open month (never
 * closed, or reopened) is counted from the records as they stand. */
#ifndef ROTA_APP_MONTH_HOURS_H
#define ROTA_APP_MONTH_HOURS_H

#include <stdbool.h>
#include <stddef.h>

#include "app/app.h"
#include "app/hours.h"
#include "core/month.h"

/* Month yyyymm as closed: its standing closing, the frozen rows in list
 * order with each row's amendments since, and the frozen days. */
struct month_hours {
	int yyyymm;
	bool is_closed;              /* false: nothing else is filled */
	struct month_close close;
	struct month_row *rows;      /* in the signed list's order */
	size_t nrows;
	struct month_cell *cells;    /* by person and day */
	size_t ncells;
	long *amended_delta;         /* per row: seconds the amendments made since
	                                closing added (negative: took away) */
	int *amendments;             /* per row: how many amendments changed the
	                                person's hours */
	struct month_amendment *amends; /* those made since the standing closing, in order */
	size_t namends;
};

/* Reads month yyyymm as closed into *out, in one snapshot (the caller's
 * when it holds one). out->is_closed false when the month is open. Free
 * with app_month_hours_free(), on failure too. */
enum rota_err app_month_hours_read(struct app *app, int yyyymm, struct month_hours *out);
/* Frees what app_month_hours_read() allocated (not m itself). */
void app_month_hours_free(struct month_hours *m);
/* Returns the index of person_id's row in m, or m->nrows when the closed
 * list has no row of them. */
size_t app_month_hours_find(const struct month_hours *m, long long person_id);
/* Fills *out with row r of closed month m as the rule says: the frozen
 * totals and days (days outside the signed list: PDAY_OUTSIDE), and
 * is_amended with amended_seconds when amendments changed its hours since.
 * The name and person come from *out as the caller filled them. */
void app_month_hours_row(const struct month_hours *m, size_t r, struct hours_row *out);
/* The seconds closed month m gives person_id on day (YYYYMMDD), as
 * signed; 0 for a day or a person not on its list. */
long app_month_hours_day(const struct month_hours *m, long long person_id, int day);

#endif
