/* Civil-calendar arithmetic (proleptic Gregorian). */
#include "core/calendar.h"

long calendar_days(int ymd)
{
	long y = ymd / 10000, m = ymd / 100 % 100, d = ymd % 100;
	y -= m <= 2;
	long era = (y >= 0 ? y : y - 399) / 400;
	long yoe = y - era * 400;
	long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

int calendar_ymd(long days)
{
	days += 719468;
	long era = (days >= 0 ? days : days - 146096) / 146097;
	long doe = days - era * 146097;
	long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	long y = yoe + era * 400;
	long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	long mp = (5 * doy + 2) / 153;
	long d = doy - (153 * mp + 2) / 5 + 1;
	long m = mp + (mp < 10 ? 3 : -9);
	y += m <= 2;
	return (int)(y * 10000 + m * 100 + d);
}

int calendar_weekday(int ymd)
{
	long days = calendar_days(ymd); /* 1970-01-01 was a Thursday */
	return (int)(((days + 3) % 7 + 7) % 7);
}

bool calendar_is_workday(int ymd) { return calendar_weekday(ymd) < 5; }

int calendar_workdays_between(int from, int to)
{
	int n = 0;
	for (long d = calendar_days(from) + 1; d < calendar_days(to); d++)
		n += calendar_is_workday(calendar_ymd(d));
	return n;
}
