/* The reader's forms from one table per language (CLDR); nothing here goes
 * through the catalogs or reads the clock. */
#include "util/fmt.h"

#include <limits.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "util/date.h"
#include "util/i18n.h"

struct forms {
	const char *lang;
	const char *decimal, *group;
	const char *weekday[7];  /* Monday first, as date_weekday() counts */
	const char *month_of[12]; /* after a day number: sl and hr genitive */
	const char *month[12];    /* standing alone, a heading: nominative */
	const char *day_dot;      /* after the day's number: "23. novembra" */
	const char *year_dot;     /* after the year: hr writes it as an ordinal */
	bool iso_short;           /* the short date in figures is ISO's */
};

static const struct forms table[] = {
	{
		"sl", ",", ".",
		{ "ponedeljek", "torek", "sreda", "četrtek", "petek", "sobota", "nedelja" },
		{ "januarja", "februarja", "marca", "aprila", "maja", "junija", "julija", "avgusta",
		  "septembra", "oktobra", "novembra", "decembra" },
		{ "januar", "februar", "marec", "april", "maj", "junij", "julij", "avgust", "september",
		  "oktober", "november", "december" },
		".", "", false,
	},
	{
		/* Croatian writes the year as an ordinal, with its dot (CLDR's
		 * "d. MMMM y.", "LLLL y.", "dd. MM. y."). */
		"hr", ",", ".",
		{ "ponedjeljak", "utorak", "srijeda", "četvrtak", "petak", "subota", "nedjelja" },
		{ "siječnja", "veljače", "ožujka", "travnja", "svibnja", "lipnja", "srpnja", "kolovoza",
		  "rujna", "listopada", "studenoga", "prosinca" },
		{ "siječanj", "veljača", "ožujak", "travanj", "svibanj", "lipanj", "srpanj", "kolovoz",
		  "rujan", "listopad", "studeni", "prosinac" },
		".", ".", false,
	},
	{
		"en", ".", ",",
		{ "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday" },
		{ "January", "February", "March", "April", "May", "June", "July", "August", "September",
		  "October", "November", "December" },
		{ "January", "February", "March", "April", "May", "June", "July", "August", "September",
		  "October", "November", "December" },
		"", "", true,
	},
};

static const struct forms *reader(void)
{
	const char *lang = i18n_lang();
	for (size_t i = 0; i < sizeof table / sizeof table[0]; i++)
		if (!strcmp(table[i].lang, lang))
			return &table[i];
	return &table[2];
}

static int month_index(int yyyymm)
{
	int m = yyyymm % 100;
	return m >= 1 && m <= 12 ? m - 1 : 0;
}

void fmt_number(long long scaled, int decimals, char *out, size_t n)
{
	const struct forms *f = reader();
	if (decimals < 0)
		decimals = 0;
	if (decimals > 6)
		decimals = 6;
	unsigned long long mag = scaled < 0 ? 0ULL - (unsigned long long)scaled : (unsigned long long)scaled;
	unsigned long long unit = 1;
	for (int i = 0; i < decimals; i++)
		unit *= 10;
	char digits[24];
	int nd = snprintf(digits, sizeof digits, "%llu", mag / unit);
	char buf[64];
	size_t len = 0;
	if (scaled < 0)
		buf[len++] = '-';
	for (int i = 0; i < nd; i++) {
		if (i > 0 && (nd - i) % 3 == 0)
			len += (size_t)snprintf(buf + len, sizeof buf - len, "%s", f->group);
		buf[len++] = digits[i];
	}
	buf[len] = '\0';
	if (decimals > 0)
		snprintf(buf + len, sizeof buf - len, "%s%0*llu", f->decimal, decimals, mag % unit);
	snprintf(out, n, "%s", buf);
}

long fmt_hour_hundredths(long seconds)
{
	/* (seconds * 100 + 1800) / 3600, without the product: the same value
	 * for every seconds, and no overflow however large. */
	if (seconds > LONG_MAX - 18)
		seconds = LONG_MAX - 18;
	return (seconds + 18) / 36;
}

void fmt_hours(long seconds, char *out, size_t n)
{
	fmt_number(fmt_hour_hundredths(seconds), 2, out, n);
}

void fmt_date_text(int ymd, char *out, size_t n)
{
	const struct forms *f = reader();
	snprintf(out, n, "%d%s %s %d%s", ymd % 100, f->day_dot, f->month_of[month_index(ymd / 100)], ymd / 10000,
	         f->year_dot);
}

void fmt_date_weekday(int ymd, char *out, size_t n)
{
	const struct forms *f = reader();
	char text[64];
	fmt_date_text(ymd, text, sizeof text);
	snprintf(out, n, "%s, %s", f->weekday[date_weekday(ymd)], text);
}

void fmt_date_short(int ymd, char *out, size_t n)
{
	const struct forms *f = reader();
	if (ymd <= 0) {
		snprintf(out, n, "-");
	} else if (f->iso_short) {
		char iso[11];
		date_format_ymd(ymd, iso);
		snprintf(out, n, "%s", iso);
	} else {
		snprintf(out, n, "%d. %d. %d%s", ymd % 100, ymd / 100 % 100, ymd / 10000, f->year_dot);
	}
}

void fmt_month(int yyyymm, char *out, size_t n)
{
	const struct forms *f = reader();
	snprintf(out, n, "%s %d%s", f->month[month_index(yyyymm)], yyyymm / 100, f->year_dot);
}
