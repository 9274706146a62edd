/* make bench: the scan path and the kiosk start on ten workshop-years of
 * data. Prints one figure per line, "NAME VALUE UNIT". Every timing comes
 * with a baseline measured in the same run on the same file, so the ratios
 * mean the same on a fast disk and a slow one. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <pty.h>
#include <signal.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "app/app.h"
#include "app/badge.h"
#include "app/scan.h"
#include "core/badge.h"
#include "util/date.h"
#include "util/i18n.h"

#define PEOPLE 500
#define WORKDAYS 2500          /* ten years of about 250 workshop days */
#define PRESENT_A_DAY 400      /* 2500 x 400 = 1,000,000 visits */
#define SAMPLES 480            /* people scanned per round; six rounds, as many inserts */
#define ROUNDS 6               /* check in, check out, on three days */
#define STARTS 5               /* kiosk starts timed */

static double now_us(void)
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

static double percentile(double *v, int n, double p)
{
	qsort(v, (size_t)n, sizeof *v, cmp_double);
	int i = (int)(p * (n - 1) + 0.5);
	return v[i];
}

static void must(int rc, sqlite3 *h, const char *what)
{
	if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW) {
		fprintf(stderr, "bench: %s: %s\n", what, sqlite3_errmsg(h));
		exit(1);
	}
}

/* Ten workshop-years in one transaction, written fast (the figures below
 * are taken with the kiosk's own durable settings). */
static void build(const char *path, char payloads[PEOPLE][BADGE_DIGITS + 1], int *last_day)
{
	struct app *app;
	unlink(path);
	char key_path[4096];
	snprintf(key_path, sizeof key_path, "%s.key", path);
	unlink(key_path);
	if (app_open(path, true, "bench", &app) != ERR_OK) {
		fprintf(stderr, "bench: cannot create %s\n", path);
		exit(1);
	}
	app_config_set(app, "workshop_name", "Benchmark workshop");

	sqlite3 *h;
	sqlite3_stmt *person, *badge, *visit, *hist;
	must(sqlite3_open(path, &h), h, "open");
	sqlite3_exec(h, "PRAGMA synchronous=OFF; BEGIN", NULL, NULL, NULL);
	must(sqlite3_prepare_v2(h, "INSERT INTO people(id, name, role, lang, created_at) VALUES (?, ?, ?, 'sl', 0)", -1, &person, NULL), h, "p");
	must(sqlite3_prepare_v2(h, "INSERT INTO badges(person_id, seed, payload_hash, issued_at) VALUES (?, ?, ?, 0)", -1, &badge, NULL), h, "b");
	must(sqlite3_prepare_v2(h, "INSERT INTO visits(person_id, day, check_in, check_out, status) VALUES (?, ?, ?, ?, 'closed')", -1, &visit, NULL), h, "v");
	must(sqlite3_prepare_v2(h, "INSERT INTO visit_history(visit_id, seq, at, by_person, action, new_check_in, new_check_out, new_status) VALUES (?1, ?8, ?2, ?3, ?4, ?5, ?6, ?7)", -1, &hist, NULL), h, "h");
	srand(42);
	for (int i = 0; i < PEOPLE; i++) {
		char name[64];
		unsigned char seed[BADGE_SEED_BYTES], hash[BADGE_HASH_BYTES];
		snprintf(name, sizeof name, "Oseba %03d Priimek%03d", i, (i * 37) % 1000);
		sqlite3_bind_int(person, 1, i + 1);
		sqlite3_bind_text(person, 2, name, -1, SQLITE_TRANSIENT);
		sqlite3_bind_text(person, 3, i < 50 ? "mentor" : "participant", -1, SQLITE_STATIC);
		must(sqlite3_step(person), h, "person");
		sqlite3_reset(person);
		for (int d = 0; d < BADGE_SEED_BYTES; d++)
			seed[d] = (unsigned char)rand();
		app_badge_payload_of(app, seed, payloads[i]);
		app_badge_hash(app, payloads[i], hash);
		sqlite3_bind_int(badge, 1, i + 1);
		sqlite3_bind_blob(badge, 2, seed, BADGE_SEED_BYTES, SQLITE_TRANSIENT);
		sqlite3_bind_blob(badge, 3, hash, BADGE_HASH_BYTES, SQLITE_TRANSIENT);
		must(sqlite3_step(badge), h, "badge");
		sqlite3_reset(badge);
	}
	int day = 20161121;
	for (int w = 0; w < WORKDAYS; w++) {
		while (date_weekday(day) >= 5)
			day = date_add_days(day, 1);
		time_t start = date_day_start(day);
		int offset = rand() % PEOPLE;
		for (int k = 0; k < PRESENT_A_DAY; k++) {
			int p = (offset + k) % PEOPLE + 1;
			time_t in = start + 7 * 3600 + rand() % 3600, out = in + 5 * 3600 + rand() % 7200;
			sqlite3_bind_int(visit, 1, p);
			sqlite3_bind_int(visit, 2, day);
			sqlite3_bind_int64(visit, 3, in);
			sqlite3_bind_int64(visit, 4, out);
			must(sqlite3_step(visit), h, "visit");
			sqlite3_reset(visit);
			if (k % 50 == 0) { /* now and then a mentor's correction */
				sqlite3_bind_int64(hist, 1, sqlite3_last_insert_rowid(h));
				sqlite3_bind_int64(hist, 2, out + 3600);
				sqlite3_bind_int(hist, 3, 1);
				sqlite3_bind_text(hist, 4, "correct", -1, SQLITE_STATIC);
				sqlite3_bind_int64(hist, 5, in);
				sqlite3_bind_int64(hist, 6, out);
				sqlite3_bind_text(hist, 7, "closed", -1, SQLITE_STATIC);
				sqlite3_bind_int(hist, 8, 1);
				must(sqlite3_step(hist), h, "history");
				sqlite3_reset(hist);
			}
		}
		*last_day = day;
		day = date_add_days(day, 1);
	}
	sqlite3_finalize(person);
	sqlite3_finalize(badge);
	sqlite3_finalize(visit);
	sqlite3_finalize(hist);
	must(sqlite3_exec(h, "COMMIT; PRAGMA wal_checkpoint(TRUNCATE)", NULL, NULL, NULL), h, "commit");
	sqlite3_close(h);
	app_close(app);
}

/* Durable scans through the app layer and bare durable one-row INSERTs
 * into the same file on a second connection, in alternating blocks so both
 * see the same disk. Within a block each connection's page cache stays warm,
 * as at a door kiosk that is the file's only writer. Then the cold case:
 * every scan right after the other connection wrote (a second terminal). */
#define BLOCK 25

static void bare_insert(sqlite3 *h, sqlite3_stmt *ins, int x)
{
	sqlite3_bind_int(ins, 1, x);
	sqlite3_bind_int64(ins, 2, x);
	must(sqlite3_step(ins), h, "insert");
	sqlite3_reset(ins);
}

static double one_scan(struct app *app, const char *payload, time_t t, enum att_action want)
{
	struct scan_result r;
	double t0 = now_us();
	enum rota_err e = app_scan(app, payload, t, &r);
	double us = now_us() - t0;
	if (e != ERR_OK || r.action != want) {
		fprintf(stderr, "bench: a scan gave %s\n", err_name(e));
		exit(1);
	}
	return us;
}

static void time_scans(const char *path, char payloads[PEOPLE][BADGE_DIGITS + 1], int day)
{
	struct app *app;
	sqlite3 *h;
	sqlite3_stmt *ins;
	static double scan[ROUNDS * SAMPLES], insert[ROUNDS * SAMPLES], cold[SAMPLES];
	int ns = 0, ni = 0;
	app_open(path, false, "bench", &app);
	must(sqlite3_open(path, &h), h, "open");
	sqlite3_busy_timeout(h, 5000);
	sqlite3_exec(h, "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;"
	                "CREATE TABLE IF NOT EXISTS bench_insert(x INTEGER, t INTEGER)", NULL, NULL, NULL);
	must(sqlite3_prepare_v2(h, "INSERT INTO bench_insert(x, t) VALUES (?, ?)", -1, &ins, NULL), h, "ins");
	for (int round = 0; round < ROUNDS; round++) { /* check in, then out, each day */
		time_t start = date_day_start(date_add_days(day, 3 + round / 2));
		bool out = round % 2;
		for (int b = 0; b < SAMPLES; b += BLOCK) {
			for (int i = b; i < b + BLOCK && i < SAMPLES; i++)
				scan[ns++] = one_scan(app, payloads[i], start + (out ? 16 : 8) * 3600 + i,
				                      out ? ATT_CHECK_OUT : ATT_CHECK_IN);
			for (int i = b; i < b + BLOCK && i < SAMPLES; i++) {
				double t0 = now_us();
				bare_insert(h, ins, ni);
				insert[ni++] = now_us() - t0;
			}
		}
	}
	time_t next = date_day_start(date_add_days(day, 3 + ROUNDS / 2 + 1)) + 8 * 3600;
	for (int i = 0; i < SAMPLES; i++) {
		bare_insert(h, ins, ni + i);
		cold[i] = one_scan(app, payloads[i], next + i, ATT_CHECK_IN);
	}
	double guarded[SAMPLES];
	for (int i = 0; i < SAMPLES; i++)
		guarded[i] = one_scan(app, payloads[i], next + 60 + i, ATT_ALREADY_IN);
	sqlite3_finalize(ins);
	sqlite3_close(h);
	app_close(app);
	double scan_med = percentile(scan, ns, 0.5), ins_med = percentile(insert, ni, 0.5);
	printf("scan_median_us %.0f us\n", scan_med);
	printf("scan_p99_us %.0f us\n", percentile(scan, ns, 0.99));
	printf("insert_median_us %.0f us\n", ins_med);
	printf("scan_ratio %.2f x\n", scan_med / ins_med);
	printf("scan_after_other_terminal_median_us %.0f us\n", percentile(cold, SAMPLES, 0.5));
	printf("repeat_scan_median_us %.0f us\n", percentile(guarded, SAMPLES, 0.5));
}

/* Starts the kiosk on a fresh pseudo-terminal; returns ms until the home
 * screen's words arrive. With payload, scans it and waits for the greeting.
 * *rss_kb receives the process's peak resident size. */
static double time_start(const char *bin, const char *path, const char *payload, long *rss_kb)
{
	int master;
	struct winsize ws = { .ws_row = 24, .ws_col = 80 };
	double t0 = now_us(), first = -1;
	pid_t pid = forkpty(&master, NULL, NULL, &ws);
	if (pid == 0) {
		setenv("TERM", "xterm-256color", 1);
		execl(bin, bin, "--db", path, "--lang", "en", (char *)NULL);
		_exit(127);
	}
	char buf[65536];
	size_t len = 0;
	const char *want = "Please scan your card.";
	double deadline = t0 + 10e6;
	while (now_us() < deadline) {
		ssize_t r = read(master, buf + len, sizeof buf - 1 - len);
		if (r <= 0)
			break;
		len += (size_t)r;
		buf[len] = '\0';
		if (first < 0 && strstr(buf, want)) {
			first = (now_us() - t0) / 1000;
			if (!payload)
				break;
			char line[32];
			snprintf(line, sizeof line, "%s\r", payload);
			if (write(master, line, strlen(line)) < 0)
				break;
			len = 0;
		} else if (first >= 0 && strstr(buf, "Dobrodo")) { /* the greeting, in Slovenian */
			break;
		}
		if (len > sizeof buf - 4096)
			len = 0;
	}
	kill(pid, SIGTERM);
	struct rusage ru;
	int status;
	while (wait4(pid, &status, 0, &ru) < 0 && errno == EINTR)
		;
	close(master);
	*rss_kb = ru.ru_maxrss;
	return first;
}

static double time_exec_baseline(const char *bin)
{
	double t0 = now_us();
	pid_t pid = fork();
	if (pid == 0) {
		int devnull = open("/dev/null", O_WRONLY);
		dup2(devnull, 1);
		execl(bin, bin, "--version", (char *)NULL);
		_exit(127);
	}
	int status;
	waitpid(pid, &status, 0);
	return (now_us() - t0) / 1000;
}

int main(int argc, char **argv)
{
	static char payloads[PEOPLE][BADGE_DIGITS + 1];
	const char *bin = argc > 1 ? argv[1] : "./rota";
	const char *path = "build/bench.db";
	int last_day = 0;
	char bin_abs[4096];
	if (!realpath(bin, bin_abs)) {
		fprintf(stderr, "bench: no binary at %s\n", bin);
		return 1;
	}
	setenv("TZ", "Europe/Ljubljana", 1);
	tzset();
	i18n_init();
	i18n_set_lang("en");

	double t0 = now_us();
	build(path, payloads, &last_day);
	printf("build_s %.1f s\n", (now_us() - t0) / 1e6);
	time_scans(path, payloads, last_day);

	double starts[STARTS], base[STARTS];
	long rss = 0, peak = 0;
	for (int i = 0; i < STARTS; i++) {
		base[i] = time_exec_baseline(bin_abs);
		starts[i] = time_start(bin_abs, path, payloads[300 + i], &rss);
		if (starts[i] < 0) {
			fprintf(stderr, "bench: the kiosk did not draw its home screen\n");
			return 1;
		}
		peak = rss > peak ? rss : peak;
	}
	double first = percentile(starts, STARTS, 0.5), exec_ms = percentile(base, STARTS, 0.5);
	printf("first_frame_ms %.1f ms\n", first);
	printf("exec_baseline_ms %.1f ms\n", exec_ms);
	printf("first_frame_ratio %.2f x\n", first / exec_ms);
	printf("peak_rss_kb %ld kB\n", peak);
	return 0;
}
