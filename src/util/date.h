/* Local calendar arithmetic. Times are UTC epoch seconds; a day is an int
 * YYYYMMDD in local time (20261123), which is how the store keeps it too. */
#ifndef ROTA_UTIL_DATE_H
#define ROTA_UTIL_DATE_H

#include <stdbool.h>
#include <stddef.h>
#include <time.h>

/* Returns the local day of t as YYYYMMDD. */
int date_ymd(time_t t);
/* Returns the local time at which day ymd begins. */
time_t date_day_start(int ymd);
/* Returns ymd moved by n days (n may be negative). */
int date_add_days(int ymd, int n);
/* Returns 0 for Monday .. 6 for Sunday. */
int date_weekday(int ymd);
/* Returns true when ymd (YYYYMMDD, years 1..9999) is a day that exists. */
bool date_is_valid(int ymd);
/* Writes "YYYY-MM-DD" (11 bytes). */
void date_format_ymd(int ymd, char out[11]);
/* Writes local "HH:MM" (6 bytes). */
void date_format_hm(time_t t, char out[6]);
/* Writes local "YYYY-MM-DD HH:MM:SS" (20 bytes). */
void date_format_datetime(time_t t, char out[20]);
/* Parses "YYYY-MM-DD" into *ymd; false when malformed or no such day. */
bool date_parse_ymd(const char *s, int *ymd);
/* Parses local "YYYY-MM-DDTHH:MM[:SS]" (a space may stand for T) into *t. */
bool date_parse_local(const char *s, time_t *t);
/* Parses "HH:MM" into minutes after midnight; false when malformed. */
bool date_parse_hm(const char *s, int *minutes);

/* Writes a duration as people read it ("7 h 05 min"), translated. */
void date_format_duration(long seconds, char *out, size_t n);

#endif
