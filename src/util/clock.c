/* The wall clock, with the ROTA_NOW offset for demos and tests. */
#include "util/clock.h"

#include <stdlib.h>

#include "util/date.h"

static time_t offset;

bool clock_init(void)
{
	const char *fixed = getenv("ROTA_NOW");
	time_t t;
	offset = 0;
	if (!fixed || !*fixed)
		return true;
	if (!date_parse_local(fixed, &t))
		return false;
	offset = t - time(NULL);
	return true;
}

time_t clock_now(void) { return time(NULL) + offset; }

long long clock_mono_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}
