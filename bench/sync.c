/* make bench: `rota sync` into a private PostgreSQL (bench/sync.sh), the
 * whole outbox of the small history, as changes a second. The large
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
	snprintf(cmd, sizeof cmd, "bench/sync.sh '%s' '%s'", bin, db->path);
	FILE *p = popen(cmd, "r");
	while (p && fgets(line, sizeof line, p))
		;
	if (p)
		pclose(p);
	long long changes = 0, ms = 0;
	if (sscanf(line, "%lld %lld", &changes, &ms) != 2 || ms <= 0) {
		printf("sync_changes_per_s - (no private PostgreSQL, or the sync failed)\n");
		return;
	}
	bench_figure("sync_changes", (double)changes, "changes");
	bench_aim("sync_changes_per_s", changes * 1000.0 / ms, "/s", SYNC_AIM_PER_S, true);
}
