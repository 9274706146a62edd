/* make bench: what people wait for, on a workshop's history at two sizes:
 * 25 workdays (10,000 visits) and ten workshop-years (2,500 workdays,
 * 1,000,000 visits) of 500 people. One figure per line as it is taken,
 * then a table of every figure at both sizes with the large/small ratio,
 * each aim beside it, and a closing line with how many are met. Every
 * timing that depends on the machine comes with a baseline measured in the
 * same run on the same file, so the ratios mean the same on a fast disk and
 * a slow one. ROTA_BENCH_WORKDAYS sets the large history's workdays (a
 * quicker run); "bench ROTA --build-only" builds the histories and stops;
 * ROTA_BENCH_ONLY=commands,scan_process (a list of parts) takes the scans
 * (they set the bench's today) and only those parts, to compare two builds
 * quickly. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "bench/bench.h"
#include "util/i18n.h"

#define SMALL_WORKDAYS 25
#define LARGE_WORKDAYS 2500

static void label_of(long long visits, char *out, size_t n)
{
	if (visits >= 1000000)
		snprintf(out, n, "%lldM", (visits + 500000) / 1000000);
	else
		snprintf(out, n, "%lldk", (visits + 500) / 1000);
}

static bool build_only;

/* True when the part is to be taken (ROTA_BENCH_ONLY unset: every part). */
static bool part(const char *name)
{
	const char *only = getenv("ROTA_BENCH_ONLY");
	if (!only || !*only)
		return true;
	size_t n = strlen(name);
	for (const char *p = only; (p = strstr(p, name)) != NULL; p += n)
		if ((p == only || p[-1] == ',') && (p[n] == ',' || p[n] == '\0'))
			return true;
	return false;
}

static void run(struct bench_db *db, int column, const char *bin)
{
	static char labels[2][32];
	double t0 = bench_now_us();
	bench_build(db);
	label_of(db->visits, labels[column], sizeof labels[column]);
	bench_size(column, labels[column]);
	bench_figure("history_visits", (double)db->visits, "visits");
	if (db->built_s > 0)
		bench_figure("history_build_s", db->built_s, "s");
	bench_figure("history_ready_s", (bench_now_us() - t0) / 1e6, "s");
	if (build_only)
		return;
	bench_scans(db);
	if (part("pin_hash"))
		bench_pin_hash(db);
	if (part("screens"))
		bench_screens(db);
	if (part("commands"))
		bench_commands(db, bin);
	if (part("timew"))
		bench_timew(db, bin);
	if (part("kiosk"))
		bench_kiosk(db, bin);
	if (part("journal"))
		bench_journal(db, bin);
	if (part("sync"))
		bench_sync(db, bin);
	if (part("scan_process"))
		bench_scan_process(db, bin);
}

int main(int argc, char **argv)
{
	static struct bench_db small = { .path = "build/bench-small.db", .workdays = SMALL_WORKDAYS };
	static struct bench_db large = { .path = "build/bench.db", .workdays = LARGE_WORKDAYS };
	build_only = argc > 2 && !strcmp(argv[2], "--build-only");
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
	const char *env = getenv("ROTA_BENCH_WORKDAYS");
	if (env && atoi(env) > 0 && atoi(env) <= LARGE_WORKDAYS)
		large.workdays = atoi(env);

	double t0 = bench_now_us();
	run(&small, 0, bin_abs);
	run(&large, 1, bin_abs);
	bench_summary();
	printf("bench_total_s %.0f s\n", (bench_now_us() - t0) / 1e6);
	return 0;
}
