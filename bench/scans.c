/* make bench: durable scans through the app layer against durable one-row
 * INSERTs into bench_visits (visits' columns, indexes and size) on a second
 * connection, in alternating blocks so both see the same disk. Within a
 * block each connection's page cache stays warm, as at a door kiosk that is
 * the file's only writer. Then the cold case: every scan right after the
 * other connection wrote (a second terminal). */
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>

#include "app/app.h"
#include "app/calendar.h"
#include "app/scan.h"
#include "bench/bench.h"
#include "util/date.h"

#define SAMPLES 480            /* people scanned per round; six rounds, as many inserts */
#define ROUNDS 6               /* check in, check out, on three days */
#define BLOCK 25

static void must(int rc, sqlite3 *h, const char *what)
{
	if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW) {
		fprintf(stderr, "bench: %s: %s\n", what, sqlite3_errmsg(h));
		exit(1);
	}
}

/* A check-in's insert: a new person's open visit, so the one-open index
 * takes it as it takes a check-in. */
static void bare_insert(sqlite3 *h, sqlite3_stmt *ins, int x, int day)
{
	sqlite3_bind_int(ins, 1, 100000 + x);
	sqlite3_bind_int(ins, 2, day);
	sqlite3_bind_int64(ins, 3, date_day_start(day) + 8 * 3600 + x);
	must(sqlite3_step(ins), h, "insert");
	sqlite3_reset(ins);
}

/* Returns the n-th day after day on which the door is open (a holiday or
 * a closure checks nobody in): the scans are timed on days they record. */
static int nth_open_day(struct app *app, int day, int n)
{
	struct app_calendar cal;
	int d = day;
	app_calendar_load(app, day, date_add_days(day, n + 31), NULL, &cal);
	for (int k = 0; k < n;) {
		d = date_add_days(d, 1);
		k += !calendar_is_closed(&cal.cal, d, NULL);
	}
	app_calendar_free(&cal);
	return d;
}

static double one_scan(struct app *app, const char *payload, time_t t, enum att_action want)
{
	struct scan_result r;
	double t0 = bench_now_us();
	enum rota_err e = app_scan(app, payload, t, &r);
	double us = bench_now_us() - t0;
	if (e != ERR_OK || r.action != want) {
		fprintf(stderr, "bench: a scan gave %s\n", err_name(e));
		exit(1);
	}
	return us;
}

/* The history's last day ends as a day ends: everyone still in checks
 * out at the door (untimed). */
static void close_last_day(struct app *app, const struct bench_db *db)
{
	sqlite3 *h;
	sqlite3_stmt *st;
	must(sqlite3_open_v2(db->path, &h, SQLITE_OPEN_READONLY, NULL), h, "open");
	must(sqlite3_prepare_v2(h, "SELECT person_id FROM visits WHERE status = 'open' ORDER BY check_in", -1, &st, NULL),
	     h, "open visits");
	static int open[BENCH_PEOPLE];
	int n = 0;
	while (sqlite3_step(st) == SQLITE_ROW && n < BENCH_PEOPLE)
		open[n++] = sqlite3_column_int(st, 0);
	sqlite3_finalize(st);
	sqlite3_close(h);
	time_t at = date_day_start(db->last_day) + 15 * 3600;
	for (int i = 0; i < n; i++)
		one_scan(app, db->payloads[open[i] - 1], at + 10 * i, ATT_CHECK_OUT);
}

void bench_scans(struct bench_db *db)
{
	struct app *app;
	sqlite3 *h;
	sqlite3_stmt *ins;
	static double scan[ROUNDS * SAMPLES], insert[ROUNDS * SAMPLES], cold[SAMPLES], guarded[SAMPLES];
	static double ins_only[ROUNDS * SAMPLES / 2], outs_only[ROUNDS * SAMPLES / 2];
	int ns = 0, ni = 0, nin = 0, nout = 0, day = db->last_day;
	app_open(db->path, false, "bench", &app);
	close_last_day(app, db);
	char shape[4096];
	bench_shape_path(db->path, shape, sizeof shape);
	must(sqlite3_open(shape, &h), h, "open");
	sqlite3_busy_timeout(h, 5000);
	sqlite3_exec(h, "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL", NULL, NULL, NULL);
	must(sqlite3_prepare_v2(h, "INSERT INTO bench_visits(person_id, day, check_in, status, terminal, clock_doubtful)"
	                           " VALUES (?, ?, ?, 'open', 'bench', 0)", -1, &ins, NULL), h, "ins");
	for (int round = 0; round < ROUNDS; round++) { /* check in, then out, each day */
		int on = nth_open_day(app, day, 3 + round / 2);
		time_t start = date_day_start(on);
		bool out = round % 2;
		for (int b = 0; b < SAMPLES; b += BLOCK) {
			for (int i = b; i < b + BLOCK && i < SAMPLES; i++) {
				scan[ns] = one_scan(app, db->payloads[i], start + (out ? 16 : 8) * 3600 + i,
				                    out ? ATT_CHECK_OUT : ATT_CHECK_IN);
				if (out)
					outs_only[nout++] = scan[ns++];
				else
					ins_only[nin++] = scan[ns++];
			}
			for (int i = b; i < b + BLOCK && i < SAMPLES; i++) {
				double t0 = bench_now_us();
				bare_insert(h, ins, ni, on);
				insert[ni++] = bench_now_us() - t0;
			}
		}
	}
	int next_day = nth_open_day(app, day, 3 + ROUNDS / 2 + 1);
	db->today = next_day;
	time_t next = date_day_start(next_day) + 8 * 3600;
	for (int i = 0; i < SAMPLES; i++) {
		bare_insert(h, ins, ni + i, next_day);
		cold[i] = one_scan(app, db->payloads[i], next + i, ATT_CHECK_IN);
	}
	for (int i = 0; i < SAMPLES; i++)
		guarded[i] = one_scan(app, db->payloads[i], next + 60 + i, ATT_ALREADY_IN);
	sqlite3_finalize(ins);
	sqlite3_close(h);
	app_close(app);
	double scan_med = bench_percentile(scan, ns, 0.5), ins_med = bench_percentile(insert, ni, 0.5);
	bench_figure("scan_median_us", scan_med, "us");
	bench_figure("scan_p99_us", bench_percentile(scan, ns, 0.99), "us");
	bench_figure("scan_check_in_median_us", bench_percentile(ins_only, nin, 0.5), "us");
	bench_figure("scan_check_out_median_us", bench_percentile(outs_only, nout, 0.5), "us");
	bench_figure("insert_median_us", ins_med, "us");
	bench_flat("scan_ratio", scan_med / ins_med, "x", 1.2, false);
	bench_figure("scan_after_other_terminal_median_us", bench_percentile(cold, SAMPLES, 0.5), "us");
	bench_figure("repeat_scan_median_us", bench_percentile(guarded, SAMPLES, 0.5), "us");
}
