/* make bench: a peer, side by side. When Timewarrior is installed, the
 * month's closed visits of the participants go into a private Timewarrior
 * data folder (TIMEWARRIORDB in a temporary folder), one interval per
 * visit tagged with the person, and one `timew summary` of that month is
 * timed beside `rota hours --month`, after checking that both give the same
 * hours: in total and for one person. */
#define _GNU_SOURCE
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "bench/bench.h"


static bool have_timew(void)
{
	return system("command -v timew >/dev/null 2>&1") == 0;
}

static void utc_stamp(time_t t, char *out, size_t n)
{
	struct tm tm;
	gmtime_r(&t, &tm);
	strftime(out, n, "%Y%m%dT%H%M%SZ", &tm);
}

/* Writes the month's intervals; returns how many, and *person the person
 * of the first (whose hours are checked alone too). */
static int load_month(const struct bench_db *db, const char *dir, long long *person)
{
	sqlite3 *h;
	sqlite3_stmt *st;
	int first = db->today / 100 * 100 + 1, n = 0;
	char path[4200];
	snprintf(path, sizeof path, "%s/data/%04d-%02d.data", dir, first / 10000, first / 100 % 100);
	FILE *f = fopen(path, "w");
	if (!f || sqlite3_open_v2(db->path, &h, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(h, "SELECT v.person_id, v.check_in, v.check_out FROM visits v"
	                          " JOIN people p ON p.id = v.person_id WHERE p.role = 'participant'"
	                          " AND v.status = 'closed' AND v.day BETWEEN ?1 AND ?1 + 30"
	                          " AND v.check_out > v.check_in ORDER BY v.check_in", -1, &st, NULL) != SQLITE_OK) {
		fprintf(stderr, "bench: cannot write %s\n", path);
		exit(1);
	}
	sqlite3_bind_int(st, 1, first);
	while (sqlite3_step(st) == SQLITE_ROW) {
		char in[32], out[32];
		utc_stamp((time_t)sqlite3_column_int64(st, 1), in, sizeof in);
		utc_stamp((time_t)sqlite3_column_int64(st, 2), out, sizeof out);
		fprintf(f, "inc %s - %s # p%lld\n", in, out, (long long)sqlite3_column_int64(st, 0));
		if (!n++)
			*person = sqlite3_column_int64(st, 0);
	}
	sqlite3_finalize(st);
	sqlite3_close(h);
	fclose(f);
	return n;
}

/* Returns the hours of the last "H:MM:SS" in the file (the summary's total). */
static double summary_total(const char *path)
{
	FILE *f = fopen(path, "r");
	char line[512];
	double total = -1;
	int hh, mm, ss;
	while (f && fgets(line, sizeof line, f)) {
		const char *p = line + strspn(line, " ");
		if (sscanf(p, "%d:%d:%d", &hh, &mm, &ss) == 3 && p != line)
			total = hh + mm / 60.0 + ss / 3600.0;
	}
	if (f)
		fclose(f);
	return total;
}

/* Sums the hours column of rota's CSV; *one receives person's hours. */
static double sheet_total(const char *path, long long person, double *one, int *rows)
{
	FILE *f = fopen(path, "r");
	char line[1024];
	double total = 0;
	*rows = 0;
	while (f && fgets(line, sizeof line, f)) {
		long long id;
		char *comma;
		if (sscanf(line, "%lld,", &id) != 1)
			continue; /* the header */
		/* person_id,name,days_present,hours,...: names hold no commas here */
		comma = strchr(line, ',');
		comma = comma ? strchr(comma + 1, ',') : NULL;
		comma = comma ? strchr(comma + 1, ',') : NULL;
		if (!comma)
			continue;
		double h = atof(comma + 1);
		total += h;
		(*rows)++;
		if (id == person)
			*one = h;
	}
	if (f)
		fclose(f);
	return total;
}

/* Takes the private Timewarrior folder away again. */
static void remove_dir(const char *dir)
{
	char rm[4300];
	snprintf(rm, sizeof rm, "rm -rf '%s'", dir);
	if (system(rm) != 0)
		fprintf(stderr, "bench: %s stays\n", dir);
}

void bench_timew(const struct bench_db *db, const char *bin)
{
	if (!have_timew()) {
		printf("timew_summary_ms - ms  (Timewarrior is not installed: install/deps.sh installs it)\n");
		return;
	}
	char dir[] = "/tmp/rota-bench-timew-XXXXXX", sub[4200], from[16], to[16], month[16], tag[16];
	char sheet[4200], summary[4200], one_summary[4200];
	if (!mkdtemp(dir))
		return;
	snprintf(sub, sizeof sub, "%s/data", dir);
	mkdir(sub, 0700);
	snprintf(sub, sizeof sub, "%s/timewarrior.cfg", dir);
	fclose(fopen(sub, "w"));
	setenv("TIMEWARRIORDB", dir, 1);
	long long checked = 0;
	int n = load_month(db, dir, &checked);
	if (n == 0) {
		printf("timew_intervals 0 (no closed visit in this history's month yet: nothing to compare)\n");
		remove_dir(dir);
		return;
	}
	int first = db->today / 100 * 100 + 1, y = first / 10000, m = first / 100 % 100;
	snprintf(from, sizeof from, "%04d-%02d-01", y, m);
	snprintf(to, sizeof to, "%04d-%02d-01", m == 12 ? y + 1 : y, m == 12 ? 1 : m + 1);
	snprintf(tag, sizeof tag, "p%lld", checked);
	bench_month_arg(db, month, sizeof month);
	snprintf(sheet, sizeof sheet, "%s/sheet.csv", dir);
	snprintf(summary, sizeof summary, "%s/summary.txt", dir);
	snprintf(one_summary, sizeof one_summary, "%s/one.txt", dir);
	const char *timew[] = { "timew", "summary", from, "-", to, NULL };
	const char *timew_one[] = { "timew", "summary", from, "-", to, tag, NULL };
	const char *rota[] = { bin, "--db", db->path, "hours", "--month", month, "--csv", NULL };
	bench_run(timew, NULL); /* builds its tags file once */
	bench_run(timew, summary);
	bench_run(timew_one, one_summary);
	bench_run(rota, sheet);
	int rows;
	double one = -1, total = sheet_total(sheet, checked, &one, &rows);
	double tw_total = summary_total(summary), tw_one = summary_total(one_summary);
	if (tw_total < 0 || tw_one < 0 || total - tw_total > rows * 0.005 + 0.01 ||
	    tw_total - total > rows * 0.005 + 0.01 || one - tw_one > 0.006 || tw_one - one > 0.006) {
		printf("timew_hours_differ rota %.2f h (person %lld: %.2f), timew %.2f h (%.2f) over %d intervals\n", total,
		       checked, one, tw_total, tw_one, n);
		return;
	}
	double ms[5];
	for (int i = 0; i < 5; i++)
		ms[i] = bench_run(timew, NULL);
	double tw_ms = bench_percentile(ms, 5, 0.5);
	double rota_ms = bench_run_median(rota);
	bench_figure("timew_intervals", n, "intervals");
	bench_figure("timew_summary_ms", tw_ms, "ms");
	bench_flat("hours_month_ms", rota_ms, "ms", 50, false);
	bench_aim("timew_ratio", tw_ms / rota_ms, "x", 10, true);
	/* The floor under any command: a process that does nothing (an empty
	 * C program's exec) and rota's own start with no records opened. When
	 * Timewarrior is less than ten times the floor, ten times is out of
	 * any process's reach; what is left to judge is how near the sheet
	 * comes to its floor. */
	const char *empty[] = { "true", NULL }, *version[] = { bin, "--version", NULL };
	double empty_ms = bench_run_median(empty), version_ms = bench_run_median(version);
	bench_figure("exec_empty_ms", empty_ms, "ms");
	bench_figure("rota_version_ms", version_ms, "ms");
	bench_figure("timew_ratio_at_floor", tw_ms / version_ms, "x");
	bench_figure("hours_month_above_floor_ms", rota_ms - version_ms, "ms");
	remove_dir(dir);
}
