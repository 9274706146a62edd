/* make bench: a scan as a whole process (`rota scan PAYLOAD`: start, load
 * the libraries, open and check the records, the scan, the close) against
 * the sqlite3 shell inserting one row into bench_visits (visits' shape) as
 * a whole process, in turns, so both see the same disk. Each scan checks
 * a person out of the visit the scans bench left open today: a durable
 * write, as each insert is. Taken last on each history: it changes the
 * day's visits. Skipped when the sqlite3 shell is not installed. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bench/bench.h"

#define RUNS 41

static bool have_sqlite3(void)
{
	return system("command -v sqlite3 >/dev/null 2>&1") == 0;
}

void bench_scan_process(const struct bench_db *db, const char *bin)
{
	if (!have_sqlite3()) {
		printf("scan_process: no sqlite3 shell, skipped\n");
		return;
	}
	static double scan[RUNS], insert[RUNS], scan_cpu[RUNS], insert_cpu[RUNS];
	char shape[4096], now[32], sql[256];
	bench_shape_path(db->path, shape, sizeof shape);
	int y = db->today / 10000, m = db->today / 100 % 100, d = db->today % 100;
	for (int i = 0; i < RUNS; i++) {
		snprintf(now, sizeof now, "%04d-%02d-%02dT16:%02d:%02d", y, m, d, i / 60, i % 60);
		setenv("ROTA_NOW", now, 1);
		const char *scan_argv[] = { bin, "--db", db->path, "scan", db->payloads[i], NULL };
		scan[i] = bench_run(scan_argv, NULL);
		scan_cpu[i] = bench_last_cpu_ms();
		snprintf(sql, sizeof sql,
		         "PRAGMA synchronous=FULL; INSERT INTO bench_visits(person_id, day, check_in, status, terminal,"
		         " clock_doubtful) VALUES (%d, %d, %d, 'open', 'bench', 0)", 300000 + i, db->today, 57600 + i);
		const char *insert_argv[] = { "sqlite3", shape, sql, NULL };
		insert[i] = bench_run(insert_argv, NULL);
		insert_cpu[i] = bench_last_cpu_ms();
	}
	double s = bench_percentile(scan, RUNS, 0.5), b = bench_percentile(insert, RUNS, 0.5);
	bench_figure("scan_process_median_ms", s, "ms");
	bench_figure("insert_process_median_ms", b, "ms");
	bench_flat("scan_process_ratio", s / b, "x", 1.2, false);
	/* Processor time apart: what rota itself spends, not the disk's waits. */
	double sc = bench_percentile(scan_cpu, RUNS, 0.5), bc = bench_percentile(insert_cpu, RUNS, 0.5);
	bench_figure("scan_process_cpu_ms", sc, "ms");
	bench_figure("insert_process_cpu_ms", bc, "ms");
	bench_figure("scan_process_cpu_ratio", bc > 0 ? sc / bc : 0, "x");
}
