/* The wall clock, with the ROTA_NOW offset for demos and tests. */
#include "util/clock.h"

#include <stdlib.h>

#include "util/date.h"

static time_t offset;
static time_t stopped; /* ROTA_NOW for a command: the clock stays there */

bool clock_init(bool runs_on)
{
	const char *fixed = getenv("ROTA_NOW");
	time_t t;
	offset = stopped = 0;
	if (!fixed || !*fixed)
		return true;
	if (!date_parse_local(fixed, &t))
		return false;
	if (runs_on)
		offset = t - time(NULL);
	else
		stopped = t;
	return true;
}

time_t clock_now(void) { return stopped ? stopped : time(NULL) + offset; }

long long clock_mono_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}
