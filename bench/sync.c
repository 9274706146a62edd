/* make bench: `rota sync` into a private PostgreSQL (bench/sync.sh), the
 * whole outbox of the small history, as changes a second, beside the same
 * run's baseline: the server inserting the same rows into a table of the
 * change log's shape by itself (sync_ratio: how many times that the sync
 * takes, whatever the machine), and per second of processor time, rota's
 * and its server's (which others' work on the machine does not stretch). The large
 * history's two million changes would take the bench many minutes: its line
 * says so instead. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>

#include "bench/bench.h"

#define SYNC_AIM_PER_S 20000
#define SYNC_MAX_VISITS 100000 /* larger histories are not synced */

void bench_sync(const struct bench_db *db, const char *bin)
{
	if (db->visits > SYNC_MAX_VISITS) {
		printf("sync_changes_per_s - (not timed on %lld visits: minutes of changes)\n", db->visits);
		return;
	}
	char cmd[9000], line[256] = "";
	double base_ms = 0, cpu_ms = 0;
	snprintf(cmd, sizeof cmd, "bench/sync.sh '%s' '%s'", bin, db->path);
	FILE *p = popen(cmd, "r");
	while (p && fgets(line, sizeof line, p))
		;
	if (p)
		pclose(p);
	long long changes = 0, ms = 0;
	if (sscanf(line, "%lld %lld %lf %lf", &changes, &ms, &base_ms, &cpu_ms) < 2 || ms <= 0) {
		printf("sync_changes_per_s - (no private PostgreSQL, or the sync failed)\n");
		return;
	}
	bench_figure("sync_changes", (double)changes, "changes");
	bench_aim("sync_changes_per_s", changes * 1000.0 / ms, "/s", SYNC_AIM_PER_S, true);
	if (base_ms > 0) {
		bench_figure("sync_baseline_insert_per_s", changes * 1000.0 / base_ms, "/s");
		bench_figure("sync_ratio", ms / base_ms, "x");
	}
	if (cpu_ms > 0)
		bench_figure("sync_changes_per_cpu_s", changes * 1000.0 / cpu_ms, "/s");
}
