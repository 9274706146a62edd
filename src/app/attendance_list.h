/* The monthly attendance list ("lista prisotnosti") a group signs: one row
 * per participant, a column per workshop day. It is the hour sheet
 * (app/hours.h) day by day: the same rows, counted by the same pass, so
 * its totals are the sheet's. */
#ifndef ROTA_APP_ATTENDANCE_LIST_H
#define ROTA_APP_ATTENDANCE_LIST_H

#include <stdbool.h>
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
	char *day_names[31];      /* per column: the holiday's name or the
	                             closure's reason, NULL for an ordinary day */
	bool day_is_holiday[31];  /* per column: day_names holds a public holiday's
	                             official name (app_day_name_words translates it) */
	char *groups;             /* the groups of the people on the list in the
	                             month, "A, B" by name; "" for none known */
	char *mentors;            /* their mentors in the month (the groups'
	                             mentors, the assignments'), "A, B"; "" */
	int ngroups, nmentors;    /* how many names each holds */
};

/* Fills *out with month yyyymm's list, of every participant on the hour
 * sheet, or with group_id > 0 only of those who were in that group in the
 * month. ERR_NOT_FOUND for a group that is not there. Free it with
 * app_attendance_list_free(), on failure too. */
enum rota_err app_attendance_list(struct app *app, int yyyymm, long long group_id, time_t now,
                                  struct attendance_list *out);
/* Fills l->groups and l->mentors: the groups any of l's people belonged
 * to in the month (the one group of a group's list), the mentors in those
 * groups and those the people were assigned to in the month. Part of
 * app_attendance_list(); on failure both stay "". */
enum rota_err app_attendance_people(struct app *app, long long group_id, struct attendance_list *l);
/* Frees what app_attendance_list() allocated (the struct itself stays). */
void app_attendance_list_free(struct attendance_list *l);

#endif
