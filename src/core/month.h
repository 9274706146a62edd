/* A closed month: the attendance list as it was signed (each participant's
 * totals and each day's cell, frozen when a coordinator closed it), the
 * amendments made to it afterwards, and the allowance paid from it. Plain
 * data and integer arithmetic; the store keeps them, app/month.h closes. */
#ifndef ROTA_CORE_MONTH_H
#define ROTA_CORE_MONTH_H

#include <stdbool.h>
#include <stddef.h>
#include <time.h>

#include "core/hours.h"
#include "util/text.h"

#define MONTH_FINGERPRINT_HEX 64 /* SHA-256 as lowercase hex */
#define MONTH_REASON_BYTES TEXT_BYTES(TEXT_REASON_CHARS)

/* One closing of a month (reopened_at 0: it stands). */
struct month_close {
	long long id;
	int month;                                 /* YYYYMM */
	char fingerprint[MONTH_FINGERPRINT_HEX + 1];
	long long by;
	time_t at;
	time_t reopened_at;
	long long reopened_by;
	char reopen_reason[MONTH_REASON_BYTES];
};

/* One participant's frozen totals, as the signed list showed them. */
struct month_row {
	long long person_id;
	int days_present;
	long seconds;
	int days_unresolved, days_excused, days_closed;
	int target_hours;
	long seconds_to_date;
};

/* One participant's frozen day (a column of the signed list). */
struct month_cell {
	long long person_id;
	int day;                 /* YYYYMMDD */
	struct hours_day d;
};

/* A change to a day of a closed month, made after it was closed. */
struct month_amendment {
	long long id;
	int month;               /* YYYYMM of the closed month */
	int list_month;          /* YYYYMM of the list that shows it */
	long long close_id;
	long long person_id;
	int day;                 /* YYYYMMDD changed */
	char what[16];           /* visit_correct, visit_add, absence_add, absence_cancel */
	long long ref_id;        /* the visit or the absence */
	long before_seconds, after_seconds;
	long long by;
	time_t at;
	char reason[MONTH_REASON_BYTES];
};

typedef void (*month_amendment_fn)(const struct month_amendment *a, void *ctx);

/* The programme's allowance rules, in cents. */
struct allowance_rules {
	long hour_cents;         /* per hour of presence */
	long transport_cents;    /* per day present, the default for a person */
	long meal_cents;         /* per day with at least meal_min_hours */
	int meal_min_hours;
};

/* One participant's allowance for a month. */
struct allowance_pay {
	long hundredths;         /* hours of presence in hundredths, as the list shows them */
	int days;                /* days present */
	int meal_days;           /* days with at least meal_min_hours of presence */
	long hours_cents, transport_cents, meal_cents, total_cents;
};

/* Returns seconds as the hundredths of an hour the lists print (half a
 * hundredth, 18 seconds, and more rounds up). */
long month_hour_hundredths(long seconds);
/* Returns hundredths of an hour times cents per hour, in cents, rounded
 * half up: 7.33 h at 2.15 = 15.7595 -> 15.76. */
long month_hours_cents(long hundredths, long hour_cents);
/* Fills *out from a row's frozen seconds and days present, its days'
 * seconds (n of them; a day counts for a meal when its seconds reach
 * meal_min_hours), the person's transport per day and the rules: total =
 * hours × rate + days × transport + meal days × meal, each part in cents as
 * stated above. */
void month_allowance(long seconds, int days, const long *day_seconds, size_t n, long transport_cents,
                     const struct allowance_rules *r, struct allowance_pay *out);
/* Reads "12", "12.5" or "12.50" (no sign, at most two decimals, at most
 * 100000.00) into cents; false for anything else. */
bool month_parse_cents(const char *s, long *cents);

#endif
