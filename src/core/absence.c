/* The reasons an absence may give, and what an absence covers. */
#include "core/absence.h"

#include <string.h>

#include "util/i18n.h"

static const struct {
	const char *code, *label;
} reasons[] = {
	{ "illness", N_("illness") },
	{ "appointment", N_("an appointment") },
	{ "job_interview", N_("a job interview") },
	{ "family", N_("family reasons") },
	{ "other", N_("another reason") },
};

const char *absence_reason_code(int i)
{
	return i >= 0 && i < (int)(sizeof reasons / sizeof *reasons) ? reasons[i].code : NULL;
}

const char *absence_reason_label(const char *code)
{
	for (size_t i = 0; i < sizeof reasons / sizeof *reasons; i++)
		if (!strcmp(reasons[i].code, code))
			return reasons[i].label;
	return NULL;
}

bool absence_covers(const struct absence *a, int ymd)
{
	return !a->cancelled_at && a->from <= ymd && ymd <= a->to;
}

bool absence_any_covers(const struct absence *a, size_t n, int ymd)
{
	for (size_t i = 0; i < n; i++)
		if (absence_covers(&a[i], ymd))
			return true;
	return false;
}

bool absence_is_expected(const struct workshop_calendar *cal, int start, int end, const struct absence *a, size_t n,
                         int ymd)
{
	return calendar_in_programme(start, end, ymd) && calendar_is_open(cal, ymd) && !absence_any_covers(a, n, ymd);
}

int absence_expected_days_between(const struct workshop_calendar *cal, int start, int end, const struct absence *a,
                                  size_t n, int from, int to)
{
	int count = 0;
	for (long d = calendar_days(from) + 1; d < calendar_days(to); d++)
		count += absence_is_expected(cal, start, end, a, n, calendar_ymd(d));
	return count;
}
