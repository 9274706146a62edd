/* Summing visit durations. */
#include "core/hours.h"

long hours_seconds(const struct visit *visits, size_t n, time_t now)
{
	long total = 0;
	for (size_t i = 0; i < n; i++) {
		const struct visit *v = &visits[i];
		time_t end;
		if (v->status == VISIT_CLOSED)
			end = v->check_out;
		else if (v->status == VISIT_OPEN)
			end = now;
		else
			continue;
		if (end > v->check_in)
			total += (long)(end - v->check_in);
	}
	return total;
}
