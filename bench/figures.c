/* The figures of make bench: the clock, medians, and the lines printed with
 * their aims, counted for the closing line. */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "bench/bench.h"

static int aims, met;

double bench_now_us(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1e6 + ts.tv_nsec / 1e3;
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return (x > y) - (x < y);
}

double bench_percentile(double *v, int n, double p)
{
	qsort(v, (size_t)n, sizeof *v, cmp_double);
	int i = (int)(p * (n - 1) + 0.5);
	return v[i];
}

/* Two decimals for small values, fewer as they grow. */
static void print_value(const char *name, double value, const char *unit)
{
	printf("%s %.*f %s", name, value < 10 ? 2 : value < 100 ? 1 : 0, value, unit);
}

void bench_figure(const char *name, double value, const char *unit)
{
	print_value(name, value, unit);
	putchar('\n');
	fflush(stdout);
}

void bench_aim(const char *name, double value, const char *unit, double aim, bool at_least)
{
	bool ok = at_least ? value >= aim : value <= aim;
	aims++;
	met += ok;
	print_value(name, value, unit);
	printf("  (aim %s %g%s)\n", at_least ? ">=" : "<=", aim, ok ? "" : ", not met");
	fflush(stdout);
}

void bench_summary(void)
{
	printf("aims_met %d of %d\n", met, aims);
}
