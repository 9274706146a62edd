/* Summing visit durations. */
#include "core/hours.h"

long hours_visit_seconds(const struct visit *v, time_t now)
{
	time_t end;
	if (!visit_counts(v))
		return 0;
	if (v->status == VISIT_CLOSED)
		end = v->check_out;
	else if (v->status == VISIT_OPEN)
		end = now;
	else
		return 0;
	return end > v->check_in ? (long)(end - v->check_in) : 0;
}

long hours_recorded_seconds(const struct visit *v)
{
	return v->status == VISIT_CLOSED ? hours_visit_seconds(v, 0) : 0;
}

long hours_seconds(const struct visit *visits, size_t n, time_t now)
{
	long total = 0;
	for (size_t i = 0; i < n; i++)
		total += hours_visit_seconds(&visits[i], now);
	return total;
}

long hours_overlap_seconds(const struct visit *v, time_t now, time_t from, time_t to)
{
	long whole = hours_visit_seconds(v, now);
	if (whole == 0)
		return 0;
	time_t start = v->check_in, end = v->check_in + whole;
	if (!to)
		to = now > end ? now : end;
	if (start < from)
		start = from;
	if (end > to)
		end = to;
	return end > start ? (long)(end - start) : 0;
}

long hours_recorded_overlap_seconds(const struct visit *v, time_t from, time_t to)
{
	return hours_recorded_seconds(v) ? hours_overlap_seconds(v, v->check_out, from, to) : 0;
}
