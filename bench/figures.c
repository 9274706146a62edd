/* The figures of make bench: the clock, medians, and the figures kept at
 * both sizes, printed as they come and again as one table with each aim
 * and each flat figure's ratio, counted for the closing line. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "bench/bench.h"

#define MAX_FIGURES 96

struct figure {
	char name[64], unit[8];
	double value[2];
	bool has[2];
	bool has_aim, at_least, flat;
	double aim;
	char per[64];          /* flat per unit of this figure (the answer's size), or "" */
};

static struct figure figures[MAX_FIGURES];
static int nfigures, column;
static const char *labels[2] = { "small", "large" };

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

void bench_size(int c, const char *label)
{
	column = c ? 1 : 0;
	labels[column] = label;
}

/* Two decimals for small values, fewer as they grow. */
static void print_value(double value)
{
	printf("%.*f", value < 10 ? 2 : value < 100 ? 1 : 0, value);
}

static struct figure *keep(const char *name, double value, const char *unit)
{
	struct figure *f = NULL;
	for (int i = 0; i < nfigures && !f; i++)
		if (!strcmp(figures[i].name, name))
			f = &figures[i];
	if (!f && nfigures < MAX_FIGURES) {
		f = &figures[nfigures++];
		snprintf(f->name, sizeof f->name, "%s", name);
		snprintf(f->unit, sizeof f->unit, "%s", unit);
	}
	if (f) {
		f->value[column] = value;
		f->has[column] = true;
	}
	printf("%s %s ", labels[column], name);
	print_value(value);
	printf(" %s\n", unit);
	fflush(stdout);
	return f;
}

void bench_figure(const char *name, double value, const char *unit)
{
	keep(name, value, unit);
}

void bench_aim(const char *name, double value, const char *unit, double aim, bool at_least)
{
	struct figure *f = keep(name, value, unit);
	if (f) {
		f->has_aim = true;
		f->aim = aim;
		f->at_least = at_least;
	}
}

void bench_flat(const char *name, double value, const char *unit, double aim, bool at_least)
{
	bench_aim(name, value, unit, aim, at_least);
	for (int i = 0; i < nfigures; i++)
		if (!strcmp(figures[i].name, name))
			figures[i].flat = true;
}

void bench_flat_per(const char *name, double value, const char *unit, double aim, const char *answer)
{
	bench_flat(name, value, unit, aim, false);
	for (int i = 0; i < nfigures; i++)
		if (!strcmp(figures[i].name, name))
			snprintf(figures[i].per, sizeof figures[i].per, "%s", answer);
}

/* Returns the large/small ratio of the figure named name; 0 when it was
 * not taken at both sizes. */
static double ratio_of(const char *name)
{
	for (int i = 0; i < nfigures; i++)
		if (!strcmp(figures[i].name, name) && figures[i].has[0] && figures[i].has[1] && figures[i].value[0] > 0)
			return figures[i].value[1] / figures[i].value[0];
	return 0;
}

/* A figure's aim is judged on the large history when it was taken there. */
void bench_summary(void)
{
	int aims = 0, met = 0;
	printf("\n%-40s %10s %10s %8s  %s\n", "figure", labels[0], labels[1], "ratio", "aim");
	for (int i = 0; i < nfigures; i++) {
		const struct figure *f = &figures[i];
		int at = f->has[1] ? 1 : 0;
		printf("%-40s", f->name);
		for (int c = 0; c < 2; c++) {
			if (f->has[c]) {
				char v[32];
				snprintf(v, sizeof v, "%.*f", f->value[c] < 10 ? 2 : f->value[c] < 100 ? 1 : 0, f->value[c]);
				printf(" %10s", v);
			} else {
				printf(" %10s", "-");
			}
		}
		bool have_ratio = f->has[0] && f->has[1] && f->value[0] > 0;
		double ratio = have_ratio ? f->value[1] / f->value[0] : 0;
		if (have_ratio)
			printf(" %7.2fx", ratio);
		else
			printf(" %8s", "-");
		printf("  %s", f->unit);
		if (f->has_aim) {
			bool ok = f->at_least ? f->value[at] >= f->aim : f->value[at] <= f->aim;
			aims++;
			met += ok;
			printf("  (aim %s %g%s)", f->at_least ? ">=" : "<=", f->aim, ok ? "" : ", not met");
		}
		double answer = f->per[0] ? ratio_of(f->per) : 0;
		if (f->flat && have_ratio && answer > 0) {
			bool ok = ratio / answer <= BENCH_FLAT;
			aims++;
			met += ok;
			printf("  (per %s: %.2fx, ratio aim <= %g%s)", f->per, ratio / answer, BENCH_FLAT, ok ? "" : ", not met");
		} else if (f->flat && have_ratio) {
			bool ok = ratio <= BENCH_FLAT;
			aims++;
			met += ok;
			printf("  (ratio aim <= %g%s)", BENCH_FLAT, ok ? "" : ", not met");
		}
		putchar('\n');
	}
	printf("aims_met %d of %d\n", met, aims);
}
