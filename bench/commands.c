/* make bench: the commands a coordinator runs, each timed as a whole
 * process (exec, open, migrate check, the work, the output to a file), on
 * the bench database with the clock at the bench's today. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <unistd.h>

#include "bench/bench.h"
#include "util/date.h"

#define RUNS 7
#define COMMAND_AIM_MS 50
#define REPORT_AIM_MS 100          /* a document: cairo and Pango loaded */
#define ATTENDANCE_PDF_AIM_MS 300  /* 450 people on some 33 pages */

static double last_cpu_ms;

double bench_last_cpu_ms(void) { return last_cpu_ms; }

double bench_run(const char *const argv[], const char *out_path)
{
	double t0 = bench_now_us();
	pid_t pid = fork();
	if (pid == 0) {
		int fd = open(out_path ? out_path : "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0600);
		dup2(fd, 1);
		execvp(argv[0], (char *const *)argv);
		_exit(127);
	}
	int status;
	struct rusage ru;
	wait4(pid, &status, 0, &ru);
	double ms = (bench_now_us() - t0) / 1000;
	last_cpu_ms = (ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) * 1e3 + (ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e3;
	if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
		fprintf(stderr, "bench: %s %s failed\n", argv[0], argv[1] ? argv[1] : "");
		exit(1);
	}
	return ms;
}

static double median_cpu_ms;

double bench_run_median(const char *const argv[])
{
	double ms[RUNS], cpu[RUNS];
	bench_run(argv, NULL); /* the file's pages in the cache, as on a kiosk in use */
	for (int i = 0; i < RUNS; i++) {
		ms[i] = bench_run(argv, NULL);
		cpu[i] = last_cpu_ms;
	}
	median_cpu_ms = bench_percentile(cpu, RUNS, 0.5);
	return bench_percentile(ms, RUNS, 0.5);
}

double bench_median_cpu_ms(void) { return median_cpu_ms; }

/* Returns the number of lines in the file at path (0 when unreadable). */
static int count_lines(const char *path)
{
	FILE *f = fopen(path, "r");
	int n = 0, c;
	while (f && (c = fgetc(f)) != EOF)
		n += c == '\n';
	if (f)
		fclose(f);
	return n;
}

void bench_month_arg(const struct bench_db *db, char *out, size_t n)
{
	snprintf(out, n, "%04d-%02d", db->today / 10000, db->today / 100 % 100);
}

void bench_commands(const struct bench_db *db, const char *bin)
{
	char now[32], month[16];
	snprintf(now, sizeof now, "%04d-%02d-%02dT12:00:00", db->today / 10000, db->today / 100 % 100, db->today % 100);
	setenv("ROTA_NOW", now, 1);
	bench_month_arg(db, month, sizeof month);
	const char *db_path = db->path, *b = bin;
	const char *review[] = { b, "--db", db_path, "review", "--csv", NULL };
	const char *board[] = { b, "--db", db_path, "board", "--csv", NULL };
	const char *hours[] = { b, "--db", db_path, "hours", "--month", month, "--csv", NULL };
	const char *by_process[] = { b, "--db", db_path, "hours", "--by-process", "--csv", NULL };
	/* The queue's length, the review's answer: it grows with the
	 * history until the history is as long as the look-back. */
	char queue[] = "/tmp/rota-bench-queue-XXXXXX";
	int qfd = mkstemp(queue);
	if (qfd >= 0)
		close(qfd);
	bench_run(review, queue);
	bench_figure("review_items", count_lines(queue) - 1, "items");
	unlink(queue);
	bench_flat_per("cmd_review_csv_ms", bench_run_median(review), "ms", COMMAND_AIM_MS, "review_items");
	bench_flat("cmd_board_csv_ms", bench_run_median(board), "ms", COMMAND_AIM_MS, false);
	bench_flat("cmd_hours_month_ms", bench_run_median(hours), "ms", COMMAND_AIM_MS, false);
	bench_flat("cmd_hours_by_process_ms", bench_run_median(by_process), "ms", COMMAND_AIM_MS, false);
	/* The documents: the attendance list as CSV and as PDF, and a
	 * participant's team-meeting report (cairo and Pango loaded by each). */
	char pdf[] = "/tmp/rota-bench-doc-XXXXXX";
	int fd = mkstemp(pdf);
	if (fd >= 0)
		close(fd);
	char person[24];
	snprintf(person, sizeof person, "%d", BENCH_MENTORS + 1);
	const char *list_csv[] = { b, "--db", db_path, "attendance", "--month", month, "--csv", NULL };
	const char *list_pdf[] = { b, "--db", db_path, "attendance", "--month", month, "--pdf", pdf, NULL };
	const char *report[] = { b, "--db", db_path, "report", person, "--meeting", "mid", "--pdf", pdf, NULL };
	/* A funder's year: the summary over the twelve months up to today. */
	char from[16], to[16];
	snprintf(from, sizeof from, "%04d-%02d-%02d", db->today / 10000 - 1, db->today / 100 % 100, db->today % 100);
	snprintf(to, sizeof to, "%04d-%02d-%02d", db->today / 10000, db->today / 100 % 100, db->today % 100);
	const char *summary[] = { b, "--db", db_path, "summary", "--from", from, "--to", to, "--csv", NULL };
	bench_flat("cmd_summary_year_ms", bench_run_median(summary), "ms", COMMAND_AIM_MS, false);
	/* And one month's, as a coordinator checks it. */
	char first[16];
	snprintf(first, sizeof first, "%04d-%02d-01", db->today / 10000, db->today / 100 % 100);
	const char *summary_month[] = { b, "--db", db_path, "summary", "--from", first, "--to", to, "--csv", NULL };
	bench_flat("cmd_summary_month_ms", bench_run_median(summary_month), "ms", COMMAND_AIM_MS, false);
	bench_flat("cmd_attendance_csv_ms", bench_run_median(list_csv), "ms", COMMAND_AIM_MS, false);
	/* The documents' processor time beside their time: on a shared, busy
	 * machine the time waits for a processor, the processor time does not. */
	bench_flat("cmd_attendance_pdf_ms", bench_run_median(list_pdf), "ms", ATTENDANCE_PDF_AIM_MS, false);
	bench_figure("cmd_attendance_pdf_cpu_ms", bench_median_cpu_ms(), "ms");
	/* The report draws the participant's programme month by month. */
	char months_sql[200];
	snprintf(months_sql, sizeof months_sql,
	         "SELECT (%d / 10000 - programme_start / 10000) * 12 + %d / 100 %% 100 - programme_start / 100 %% 100 + 1"
	         " FROM people WHERE id = %s", db->today, db->today, person);
	bench_figure("report_months", bench_query(db, months_sql), "months");
	bench_flat_per("cmd_team_meeting_report_ms", bench_run_median(report), "ms", REPORT_AIM_MS, "report_months");
	bench_figure("cmd_team_meeting_report_cpu_ms", bench_median_cpu_ms(), "ms");
	unlink(pdf);
}
