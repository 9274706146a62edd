/* Calendar arithmetic on YYYYMMDD days, pure (no time zone, no clock):
 * weekdays and counting the workshop's days (Monday to Friday). */
#ifndef ROTA_CORE_CALENDAR_H
#define ROTA_CORE_CALENDAR_H

#include <stdbool.h>

/* Returns the number of days since 1970-01-01 for day ymd. */
long calendar_days(int ymd);
/* Returns the day `days` after 1970-01-01 as YYYYMMDD. */
int calendar_ymd(long days);
/* Returns 0 for Monday .. 6 for Sunday. */
int calendar_weekday(int ymd);
/* Returns true for Monday to Friday. */
bool calendar_is_workday(int ymd);
/* Returns how many workshop days lie strictly between from and to. */
int calendar_workdays_between(int from, int to);

#endif
