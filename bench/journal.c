/* make bench: what the journal check costs. While a kiosk holds the file
 * open, its journal (-wal) is there, and every command reads the file's
 * mark twice before it opens the records, to be sure the journal is the
 * file's own (store/wal_check.c). Timed as a whole command against the same
 * command on the file alone, in the same run. */
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>

#include "bench/bench.h"

void bench_journal(const struct bench_db *db, const char *bin)
{
	const char *list[] = { bin, "--db", db->path, "person", "list", "--csv", NULL };
	double alone = bench_run_median(list);
	/* A second connection keeps the journal from being taken in and
	 * removed; a write through rota puts the file's mark into it. */
	sqlite3 *kiosk = NULL;
	if (sqlite3_open_v2(db->path, &kiosk, SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK ||
	    sqlite3_exec(kiosk, "SELECT count(*) FROM sqlite_schema", NULL, NULL, NULL) != SQLITE_OK) {
		fprintf(stderr, "bench: cannot open %s\n", db->path);
		exit(1);
	}
	const char *write[] = { bin, "--db", db->path, "config", "set", "kiosk_lang", "hr", NULL };
	bench_run(write, NULL);
	char wal[4200];
	struct stat sb;
	snprintf(wal, sizeof wal, "%s-wal", db->path);
	if (stat(wal, &sb) != 0 || sb.st_size <= 32) {
		fprintf(stderr, "bench: no journal beside %s to check\n", db->path);
		exit(1);
	}
	double held = bench_run_median(list);
	sqlite3_close(kiosk);
	bench_figure("cmd_person_list_alone_ms", alone, "ms");
	bench_figure("cmd_person_list_journal_ms", held, "ms");
	bench_figure("journal_check_ratio", held / alone, "x");
}
