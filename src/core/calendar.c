/* Civil-calendar arithmetic (proleptic Gregorian), and the public holidays
 * of Slovenia and Croatia. A holiday's name is its official name in its
 * country's language, marked N_() for the catalogs: it is the stable key a
 * --csv prints as it is and every reader's screen or document translates
 * with _() (app_day_name_words). Nothing here translates. */
#include "core/calendar.h"

#include <string.h>

#include "util/i18n.h"

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

void calendar_range_move(int *from, int *to, bool on_to, int by)
{
	int *d = on_to ? to : from;
	*d = calendar_ymd(calendar_days(*d) + by);
	if (*to < *from) {
		if (on_to)
			*from = *to;
		else
			*to = *from;
	}
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

int calendar_easter(int year)
{
	/* The anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
	int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
	int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
	int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
	int m = (a + 11 * h + 22 * l) / 451;
	int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
	return year * 10000 + month * 100 + day;
}

struct fixed_holiday {
	int mmdd;
	const char *name;
};

/* Zakon o praznikih in dela prostih dnevih v Republiki Sloveniji (work-free
 * days; 2 January again since 2017). */
static const struct fixed_holiday si_fixed[] = {
	{ 101, N_("novo leto") }, { 102, N_("novo leto") }, { 208, N_("Prešernov dan") },
	{ 427, N_("dan upora proti okupatorju") }, { 501, N_("praznik dela") }, { 502, N_("praznik dela") },
	{ 625, N_("dan državnosti") }, { 815, N_("Marijino vnebovzetje") }, { 1031, N_("dan reformacije") },
	{ 1101, N_("dan spomina na mrtve") }, { 1225, N_("božič") }, { 1226, N_("dan samostojnosti in enotnosti") },
};

/* Zakon o blagdanima, spomendanima i neradnim danima u Republici Hrvatskoj
 * (as amended in 2019). */
static const struct fixed_holiday hr_fixed[] = {
	{ 101, N_("Nova godina") }, { 106, N_("Bogojavljenje ili Sveta tri kralja") },
	{ 501, N_("Praznik rada") }, { 530, N_("Dan državnosti") },
	{ 622, N_("Dan antifašističke borbe") },
	{ 805, N_("Dan pobjede i domovinske zahvalnosti i Dan hrvatskih branitelja") },
	{ 815, N_("Velika Gospa") }, { 1101, N_("Svi sveti") },
	{ 1118, N_("Dan sjećanja na žrtve Domovinskog rata i Dan sjećanja na žrtvu Vukovara i Škabrnje") },
	{ 1225, N_("Božić") }, { 1226, N_("Sveti Stjepan") },
};

const char *calendar_holiday(enum cal_country country, int ymd)
{
	const struct fixed_holiday *f = country == CAL_HR ? hr_fixed : si_fixed;
	size_t n = country == CAL_HR ? sizeof hr_fixed / sizeof *hr_fixed : sizeof si_fixed / sizeof *si_fixed;
	for (size_t i = 0; i < n; i++)
		if (f[i].mmdd == ymd % 10000)
			return f[i].name;
	/* Easter falls between 22 March and 25 April, so the feasts that
	 * follow it (at most 60 days on) all fall from March to June. */
	int month = ymd / 100 % 100;
	if (month < 3 || month > 6)
		return NULL;
	long after = calendar_days(ymd) - calendar_days(calendar_easter(ymd / 10000));
	if (after == 0)
		return country == CAL_HR ? N_("Uskrs") : N_("velikonočna nedelja");
	if (after == 1)
		return country == CAL_HR ? N_("Uskrsni ponedjeljak") : N_("velikonočni ponedeljek");
	if (after == 49 && country == CAL_SI)
		return N_("binkoštna nedelja");
	if (after == 60 && country == CAL_HR)
		return N_("Tijelovo");
	return NULL;
}

enum day_kind calendar_day_kind(const struct workshop_calendar *cal, int ymd, const char **name)
{
	const char *dummy;
	if (!name)
		name = &dummy;
	if (cal->kinds) {
		/* A work or weekend day kept has no name to find. */
		long k = calendar_days(ymd) - cal->kinds_first;
		if (k >= 0 && (size_t)k < cal->nkinds && (cal->kinds[k] == DAY_WORK || cal->kinds[k] == DAY_WEEKEND)) {
			*name = "";
			return (enum day_kind)cal->kinds[k];
		}
	}
	*name = calendar_holiday(cal->country, ymd);
	if (*name)
		return DAY_HOLIDAY;
	for (size_t i = 0; i < cal->nclosures; i++)
		if (cal->closures[i].from <= ymd && ymd <= cal->closures[i].to) {
			*name = cal->closures[i].reason;
			return DAY_CLOSURE;
		}
	*name = "";
	return calendar_is_workshop_weekday(cal, ymd) ? DAY_WORK : DAY_WEEKEND;
}

void calendar_keep_kinds(struct workshop_calendar *cal, int from, unsigned char *kinds, size_t n)
{
	long first = calendar_days(from);
	cal->kinds = NULL;
	for (size_t i = 0; i < n; i++)
		kinds[i] = (unsigned char)calendar_day_kind(cal, calendar_ymd(first + (long)i), NULL);
	cal->kinds = kinds;
	cal->kinds_first = first;
	cal->nkinds = n;
}

bool calendar_is_closed(const struct workshop_calendar *cal, int ymd, const char **name)
{
	enum day_kind k = calendar_day_kind(cal, ymd, name);
	return k == DAY_HOLIDAY || k == DAY_CLOSURE;
}

bool calendar_is_workshop_weekday(const struct workshop_calendar *cal, int ymd)
{
	return (cal->workdays >> calendar_weekday(ymd)) & 1u;
}

bool calendar_is_open(const struct workshop_calendar *cal, int ymd)
{
	return calendar_day_kind(cal, ymd, NULL) == DAY_WORK;
}

int calendar_open_days_between(const struct workshop_calendar *cal, int from, int to)
{
	int n = 0;
	for (long d = calendar_days(from) + 1; d < calendar_days(to); d++)
		n += calendar_is_open(cal, calendar_ymd(d));
	return n;
}

const char *calendar_kind_code(enum day_kind kind)
{
	switch (kind) {
	case DAY_WEEKEND: return "weekend";
	case DAY_HOLIDAY: return "holiday";
	case DAY_CLOSURE: return "closure";
	case DAY_WORK: break;
	}
	return "work";
}

bool calendar_country_parse(const char *s, enum cal_country *out)
{
	if (!strcmp(s, "si"))
		*out = CAL_SI;
	else if (!strcmp(s, "hr"))
		*out = CAL_HR;
	else
		return false;
	return true;
}

const char *calendar_country_code(enum cal_country c) { return c == CAL_HR ? "hr" : "si"; }

bool calendar_workdays_parse(const char *s, unsigned *mask)
{
	static const char names[7][4] = { "mon", "tue", "wed", "thu", "fri", "sat", "sun" };
	unsigned m = 0;
	while (*s) {
		int found = -1;
		for (int i = 0; i < 7; i++)
			if (!strncmp(s, names[i], 3) && (s[3] == ',' || s[3] == '\0'))
				found = i;
		if (found < 0 || (m >> found) & 1u)
			return false;
		m |= 1u << found;
		s += 3;
		if (*s == ',' && !*++s)
			return false;
	}
	if (!m)
		return false;
	*mask = m;
	return true;
}

bool calendar_in_programme(int start, int end, int ymd)
{
	return (!start || ymd >= start) && (!end || ymd <= end);
}
