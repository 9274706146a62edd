/* Local dates through mktime/localtime_r; nothing here reads the clock. */
#include "util/date.h"

#include <stdio.h>
#include <string.h>

#include "util/i18n.h"

static struct tm tm_of_ymd(int ymd)
{
	struct tm tm;
	memset(&tm, 0, sizeof tm);
	tm.tm_year = ymd / 10000 - 1900;
	tm.tm_mon = ymd / 100 % 100 - 1;
	tm.tm_mday = ymd % 100;
	tm.tm_hour = 12; /* noon: immune to DST gaps when normalising */
	tm.tm_isdst = -1;
	return tm;
}

static int ymd_of_tm(const struct tm *tm)
{
	return (tm->tm_year + 1900) * 10000 + (tm->tm_mon + 1) * 100 + tm->tm_mday;
}

int date_ymd(time_t t)
{
	struct tm tm;
	localtime_r(&t, &tm);
	return ymd_of_tm(&tm);
}

time_t date_day_start(int ymd)
{
	struct tm tm = tm_of_ymd(ymd);
	tm.tm_hour = 0;
	return mktime(&tm);
}

int date_add_days(int ymd, int n)
{
	struct tm tm = tm_of_ymd(ymd);
	tm.tm_mday += n;
	mktime(&tm);
	return ymd_of_tm(&tm);
}

int date_weekday(int ymd)
{
	struct tm tm = tm_of_ymd(ymd);
	mktime(&tm);
	return (tm.tm_wday + 6) % 7;
}

void date_format_ymd(int ymd, char out[11])
{
	unsigned y = (unsigned)ymd / 10000 % 10000, m = (unsigned)ymd / 100 % 100, d = (unsigned)ymd % 100;
	snprintf(out, 11, "%04u-%02u-%02u", y, m % 100, d % 100);
}

void date_format_hm(time_t t, char out[6])
{
	struct tm tm;
	localtime_r(&t, &tm);
	snprintf(out, 6, "%02u:%02u", (unsigned)tm.tm_hour % 24, (unsigned)tm.tm_min % 60);
}

void date_format_datetime(time_t t, char out[20])
{
	struct tm tm;
	localtime_r(&t, &tm);
	strftime(out, 20, "%Y-%m-%d %H:%M:%S", &tm);
}

bool date_is_valid(int ymd)
{
	static const int days_in[12] = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	int y = ymd / 10000, m = ymd / 100 % 100, d = ymd % 100;
	if (y < 1 || y > 9999 || m < 1 || m > 12 || d < 1 || d > days_in[m - 1])
		return false;
	bool leap = y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
	return m != 2 || d <= 28 + leap;
}

static bool is_valid_day(int y, int m, int d)
{
	return y >= 1970 && m >= 1 && m <= 12 && d >= 1 && d <= 31 && date_is_valid(y * 10000 + m * 100 + d);
}

bool date_parse_ymd(const char *s, int *ymd)
{
	int y, m, d, n = 0;
	if (sscanf(s, "%4d-%2d-%2d%n", &y, &m, &d, &n) != 3 || n != 10 || s[n] != '\0')
		return false;
	if (!is_valid_day(y, m, d))
		return false;
	*ymd = y * 10000 + m * 100 + d;
	return true;
}

bool date_parse_local(const char *s, time_t *t)
{
	int y, mo, d, h, mi, sec = 0, n = 0;
	if (strlen(s) < 16 || (s[10] != 'T' && s[10] != ' '))
		return false;
	if (sscanf(s, "%4d-%2d-%2d%*c%2d:%2d%n", &y, &mo, &d, &h, &mi, &n) != 5 || n != 16)
		return false;
	if (s[16] == ':') {
		int n2 = 0;
		if (sscanf(s + 16, ":%2d%n", &sec, &n2) != 1 || n2 != 3 || s[19] != '\0')
			return false;
	} else if (s[16] != '\0') {
		return false;
	}
	if (!is_valid_day(y, mo, d) || h < 0 || h > 23 || mi < 0 || mi > 59 || sec < 0 || sec > 59)
		return false;
	struct tm tm;
	memset(&tm, 0, sizeof tm);
	tm.tm_year = y - 1900;
	tm.tm_mon = mo - 1;
	tm.tm_mday = d;
	tm.tm_hour = h;
	tm.tm_min = mi;
	tm.tm_sec = sec;
	tm.tm_isdst = -1;
	*t = mktime(&tm);
	return *t != (time_t)-1;
}

bool date_parse_hm(const char *s, int *minutes)
{
	int h, m, n = 0;
	if (sscanf(s, "%2d:%2d%n", &h, &m, &n) != 2 || s[n] != '\0' || h < 0 || h > 23 || m < 0 ||
	    m > 59)
		return false;
	*minutes = h * 60 + m;
	return true;
}

void date_format_duration(long seconds, char *out, size_t n)
{
	long minutes = seconds > 0 ? seconds / 60 : 0;
	/* TRANSLATORS: hours and minutes, e.g. "7 h 05 min" */
	snprintf(out, n, _("%ld h %02ld min"), minutes / 60, minutes % 60);
}
