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

/* The length of the code at list (up to a comma or the end). */
static size_t code_len(const char *list) { return strcspn(list, ","); }

bool absence_reasons_nth(const char *list, int i, char *code)
{
	for (int k = 0; *list; k++) {
		size_t n = code_len(list);
		if (k == i) {
			if (n > ABSENCE_REASON_MAX)
				return false;
			memcpy(code, list, n);
			code[n] = '\0';
			return true;
		}
		list += n + (list[n] == ',');
	}
	return false;
}

bool absence_reasons_are_valid(const char *list)
{
	int count = 0;
	const char *p = list;
	for (;;) {
		size_t n = code_len(p);
		if (n == 0 || n > ABSENCE_REASON_MAX || strspn(p, "abcdefghijklmnopqrstuvwxyz0123456789_") < n)
			return false;
		/* none twice: compare with every code before it */
		for (const char *q = list; q < p; q += code_len(q) + 1)
			if (code_len(q) == n && !memcmp(q, p, n))
				return false;
		if (++count > ABSENCE_REASONS_MAX)
			return false;
		if (!p[n])
			return true;
		p += n + 1;
	}
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

enum person_day absence_day_kind(const struct workshop_calendar *cal, int start, int end, const struct absence *a,
                                 size_t n, int ymd, const char **name, const struct absence **why)
{
	const char *dummy;
	const struct absence *none;
	if (!name)
		name = &dummy;
	if (!why)
		why = &none;
	*why = NULL;
	switch (calendar_day_kind(cal, ymd, name)) {
	case DAY_HOLIDAY: return PDAY_HOLIDAY;
	case DAY_CLOSURE: return PDAY_CLOSURE;
	case DAY_WEEKEND: return PDAY_OFF;
	case DAY_WORK: break;
	}
	if (!calendar_in_programme(start, end, ymd))
		return PDAY_OUTSIDE;
	/* Of several, the last in the list gives the reason. */
	for (size_t i = n; i-- > 0;)
		if (absence_covers(&a[i], ymd)) {
			*why = &a[i];
			return PDAY_EXCUSED;
		}
	return PDAY_EXPECTED;
}

bool absence_day_is_closed(const struct workshop_calendar *cal, int start, int end, int ymd)
{
	return calendar_is_closed(cal, ymd, NULL) && calendar_is_workshop_weekday(cal, ymd) &&
	       calendar_in_programme(start, end, ymd);
}

bool absence_is_expected(const struct workshop_calendar *cal, int start, int end, const struct absence *a, size_t n,
                         int ymd)
{
	return absence_day_kind(cal, start, end, a, n, ymd, NULL, NULL) == PDAY_EXPECTED;
}

int absence_expected_days_between(const struct workshop_calendar *cal, int start, int end, const struct absence *a,
                                  size_t n, int from, int to)
{
	/* A day outside the programme is never expected: only the days of
	 * the span inside it are walked. */
	long first = calendar_days(from) + 1, past = calendar_days(to);
	if (start && calendar_days(start) > first)
		first = calendar_days(start);
	if (end && calendar_days(end) + 1 < past)
		past = calendar_days(end) + 1;
	int count = 0;
	for (long d = first; d < past; d++)
		count += absence_is_expected(cal, start, end, a, n, calendar_ymd(d));
	return count;
}
