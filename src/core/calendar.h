/* Calendar arithmetic on YYYYMMDD days, pure (no time zone, no clock):
 * weekdays, Easter, the public holidays of Slovenia and Croatia, and the
 * workshop's own calendar (its working weekdays and closure days). */
#ifndef ROTA_CORE_CALENDAR_H
#define ROTA_CORE_CALENDAR_H

#include <stdbool.h>
#include <stddef.h>

#include "util/text.h"

/* Returns the number of days since 1970-01-01 for day ymd. */
long calendar_days(int ymd);
/* Returns the day `days` after 1970-01-01 as YYYYMMDD. */
int calendar_ymd(long days);
/* Moves one end of the range *from..*to (YYYYMMDD) by `by` days, the last
 * day when on_to, else the first; the other end follows when the range
 * would turn around, so *from <= *to always holds. */
void calendar_range_move(int *from, int *to, bool on_to, int by);
/* Returns 0 for Monday .. 6 for Sunday. */
int calendar_weekday(int ymd);
/* Returns true for Monday to Friday. */
bool calendar_is_workday(int ymd);
/* Returns how many workshop days lie strictly between from and to. */
int calendar_workdays_between(int from, int to);


/* The countries whose public holidays the workshop keeps. */
enum cal_country { CAL_SI, CAL_HR };

/* What a day is for the workshop. */
enum day_kind { DAY_WORK, DAY_WEEKEND, DAY_HOLIDAY, DAY_CLOSURE };

/* A day or range the workshop is closed (from..to inclusive). */
struct closure {
	long long id;
	int from, to;            /* YYYYMMDD */
	char reason[TEXT_BYTES(TEXT_REASON_CHARS)];
};

/* The workshop's calendar: its country, its working weekdays (bit 0 Monday
 * .. bit 6 Sunday) and its closures (borrowed, not owned); and, when
 * calendar_keep_kinds has worked them out, each day's kind over a span
 * (borrowed too), which calendar_day_kind then reads instead. */
struct workshop_calendar {
	enum cal_country country;
	unsigned workdays;
	const struct closure *closures;
	size_t nclosures;
	const unsigned char *kinds;  /* enum day_kind of day kinds_first + i */
	long kinds_first;            /* a day number (calendar_days) */
	size_t nkinds;
};

#define CAL_WEEKDAYS 0x1fu   /* Monday to Friday */

/* Returns Easter Sunday (Gregorian) of year as YYYYMMDD. */
int calendar_easter(int year);
/* Returns the name of the public holiday on ymd in country, or NULL for an
 * ordinary day: its official name in the country's language ("božič",
 * "Božić"), static, the same whoever reads it. It is the catalogs' key
 * too: a reader gets it in their own language through _() (see
 * app_day_name_words), a --csv prints it as it is. */
const char *calendar_holiday(enum cal_country country, int ymd);
/* Returns what ymd is for the workshop; *name (may be NULL) gets the
 * holiday's name or the closure's reason, "" for a work or weekend day.
 * A holiday wins over a closure, a closure over a weekend. */
enum day_kind calendar_day_kind(const struct workshop_calendar *cal, int ymd, const char **name);
/* Works out the kind of the n days from ymd `from` on into kinds (n bytes,
 * the caller's, kept as long as cal is used) and lets cal read them there:
 * a report that asks about the same days for every person asks the
 * holiday rules once a day. cal's country, workdays and closures must not
 * change after. */
void calendar_keep_kinds(struct workshop_calendar *cal, int from, unsigned char *kinds, size_t n);
/* Returns true when the door is closed on ymd: a public holiday or one of
 * the workshop's closures, whatever the weekday (a day with a name the
 * calendar gives). *name (may be NULL) gets that name, else "". The one
 * rule the door, rota scan and the kiosk's greeting read: on such a day a
 * check-in needs a mentor's word that the day is worked after all. */
bool calendar_is_closed(const struct workshop_calendar *cal, int ymd, const char **name);
/* Returns true when ymd's weekday is one the workshop works (holidays and
 * closures aside). */
bool calendar_is_workshop_weekday(const struct workshop_calendar *cal, int ymd);
/* Returns true when the workshop works on ymd. */
bool calendar_is_open(const struct workshop_calendar *cal, int ymd);
/* Returns how many days the workshop works strictly between from and to. */
int calendar_open_days_between(const struct workshop_calendar *cal, int from, int to);
/* Returns "weekend", "holiday", "closure" or "work". */
const char *calendar_kind_code(enum day_kind kind);
/* Parses "si" or "hr"; false for anything else. */
bool calendar_country_parse(const char *s, enum cal_country *out);
/* Returns "si" or "hr". */
const char *calendar_country_code(enum cal_country c);
/* Parses "mon,tue,wed" (English three-letter names, any order, no repeats,
 * at least one) into a weekday mask; false for anything else. */
bool calendar_workdays_parse(const char *s, unsigned *mask);
/* Returns true when a person whose programme runs start..end (0: not set)
 * is expected on ymd as far as their programme goes. */
bool calendar_in_programme(int start, int end, int ymd);

#endif
