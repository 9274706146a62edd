/* Who the workshop expects, by one calendar: its working days, holidays
 * and closures, each person's programme (else their group's) dates, and
 * their excused absences. The review's "not seen for N days" and Today's
 * "expected" both read it, so they never disagree. */
#ifndef ROTA_APP_EXPECT_H
#define ROTA_APP_EXPECT_H

#include <stdbool.h>
#include <time.h>

#include "app/app.h"

#define EXPECT_LOOKBACK_DAYS 400   /* days missed are counted this far back at most */

struct expected_row {
	long long person_id;
	char name[128];
	int last_day;          /* the last day present, 0 never */
	int missed;            /* days they were expected since then (or since joining) */
	bool expected_today;   /* today is a working day of their programme, not excused */
	bool excused_today;
	time_t created_at, seen_at;
};

typedef void (*expected_fn)(const struct expected_row *r, void *ctx);

/* Calls fn for each active participant, in name order, as of day today. */
enum rota_err app_expected_each(struct app *app, int today, expected_fn fn, void *ctx);

#endif
