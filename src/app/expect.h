/* Who the workshop expects, by one calendar: its working days, holidays
 * and closures, each person's programme (else their group's) dates, and
 * their excused absences. The review's "not seen for N days" and Today's
 * "expected" both read it, so they never disagree. */
#ifndef ROTA_APP_EXPECT_H
#define ROTA_APP_EXPECT_H

#include <stdbool.h>
#include <time.h>

#include "app/app.h"
#include "core/absence.h"
#include "util/text.h"

#define EXPECT_LOOKBACK_DAYS 400   /* days missed are counted this far back at most */

struct expected_row {
	long long person_id;
	char name[128];
	int last_day;          /* the last day present, 0 never or too long ago */
	bool away_long;        /* not present in EXPECT_LOOKBACK_DAYS (last_day 0),
	                          though added before them */
	int missed;            /* days they were expected since then (or since joining) */
	bool expected_today;   /* today is a working day of their programme, not excused */
	bool has_left;         /* their programme (or exit date) ended before today */
	time_t created_at, seen_at;
};

typedef void (*expected_fn)(const struct expected_row *r, void *ctx);

/* Calls fn for each active participant, in name order, as of day today. */
enum rota_err app_expected_each(struct app *app, int today, expected_fn fn, void *ctx);

struct person_month {
	enum person_day day[32];      /* by day of month, 1..31 */
	char name[32][TEXT_BYTES(TEXT_REASON_CHARS)]; /* a holiday's name or a closure's reason, whole; "" */
	char reason[32][16];          /* an excused day's reason code; "" */
};

/* Fills *out for person_id and month YYYYMM. */
enum rota_err app_person_month(struct app *app, long long person_id, int month, struct person_month *out);

#endif
