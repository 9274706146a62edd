/* The monthly attendance list ("lista prisotnosti") a group signs: one row
 * per participant, a column per workshop day. It is the hour sheet
 * (app/hours.h) day by day: the same rows, counted by the same pass, so
 * its totals are the sheet's. */
#ifndef ROTA_APP_ATTENDANCE_LIST_H
#define ROTA_APP_ATTENDANCE_LIST_H

#include <stddef.h>
#include <time.h>

#include "app/app.h"
#include "app/hours.h"

struct attendance_list {
	int yyyymm;
	char group[128];          /* the group's name; "" for every participant */
	int days[31];             /* the columns, YYYYMMDD ascending: the days of the
	                             workshop's weekdays, and any other day someone came */
	int ndays;
	struct hours_row *rows;   /* one per participant, in name order */
	size_t nrows;
};

/* Fills *out with month yyyymm's list, of every participant on the hour
 * sheet, or with group_id > 0 only of those who were in that group in the
 * month. ERR_NOT_FOUND for a group that is not there. Free it with
 * app_attendance_list_free(), on failure too. */
enum rota_err app_attendance_list(struct app *app, int yyyymm, long long group_id, time_t now,
                                  struct attendance_list *out);
/* Frees what app_attendance_list() allocated (the struct itself stays). */
void app_attendance_list_free(struct attendance_list *l);

#endif
