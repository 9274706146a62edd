/* make bench: what people wait for, on ten workshop-years of data (500
 * people, 1,000,000 visits). One figure per line, "NAME VALUE UNIT", the
 * aim beside those that have one, and a closing line with how many meet
 * it. Every timing that depends on the machine comes with a baseline
 * measured in the same run on the same file, so the ratios mean the same on
 * a fast disk and a slow one. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "bench/bench.h"
#include "util/i18n.h"

int main(int argc, char **argv)
{
	static struct bench_db db = { .path = "build/bench.db" };
	const char *bin = argc > 1 ? argv[1] : "./rota";
	char bin_abs[4096];
	if (!realpath(bin, bin_abs)) {
		fprintf(stderr, "bench: no binary at %s\n", bin);
		return 1;
	}
	setenv("TZ", "Europe/Ljubljana", 1);
	tzset();
	i18n_init();
	i18n_set_lang("en");

	double t0 = bench_now_us();
	bench_build(&db);
	bench_figure("build_s", (bench_now_us() - t0) / 1e6, "s");
	bench_scans(&db);
	bench_pin_hash(&db);
	bench_screens(&db);
	bench_commands(&db, bin_abs);
	bench_timew(&db, bin_abs);
	bench_kiosk(&db, bin_abs);
	bench_journal(&db, bin_abs);
	bench_summary();
	return 0;
}
