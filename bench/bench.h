/* make bench: shared by its parts. The database of ten workshop-years, the
 * clock and the figures. Every figure is one line "NAME VALUE UNIT", with
 * its aim beside it when it has one; bench_summary() closes the table. */
#ifndef ROTA_BENCH_BENCH_H
#define ROTA_BENCH_BENCH_H

#include <stdbool.h>
#include <stddef.h>

#include "core/badge.h"

#define BENCH_PEOPLE 500
#define BENCH_MENTORS 50       /* ids 1..50; participants are 51..500 */
#define BENCH_PIN "2468"       /* every mentor's PIN */

/* What the built database holds that the timings need. */
struct bench_db {
	const char *path;      /* the working copy the bench writes to */
	int workdays;          /* how much history: 400 visits a workday */
	char payloads[BENCH_PEOPLE][BADGE_DIGITS + 1]; /* person id i + 1 at [i] */
	int last_day;          /* the last workshop day with visits (some still open) */
	int today;             /* the day the scans leave people checked in */
	long long visits;      /* how many the history holds */
	double built_s;        /* seconds to build it (0: it came from the cache) */
};

/* Returns a monotonic clock in microseconds. */
double bench_now_us(void);
/* Returns the p-th percentile (0..1) of the n values (sorts them). */
double bench_percentile(double *v, int n, double p);
/* Names the history the next figures are taken on (column 0: the small
 * one, 1: the large one). */
void bench_size(int column, const char *label);
/* Prints and keeps a figure without an aim. */
void bench_figure(const char *name, double value, const char *unit);
/* Prints and keeps a figure with its aim: value <= aim (or >= aim when
 * at_least) is met. */
void bench_aim(const char *name, double value, const char *unit, double aim, bool at_least);
/* Like bench_aim(), and the figure should not grow with the history: its
 * large/small ratio is held to BENCH_FLAT too. */
void bench_flat(const char *name, double value, const char *unit, double aim, bool at_least);
/* Like bench_flat(), for a figure whose answer grows with the history (a
 * longer queue, a longer programme to draw): its ratio is held to
 * BENCH_FLAT per unit of the answer, the figure named answer taken at
 * both sizes (the time per item stays flat). */
void bench_flat_per(const char *name, double value, const char *unit, double aim, const char *answer);
#define BENCH_FLAT 1.5
/* Prints the table of every figure at both sizes, each aim beside it
 * judged on the large history, the ratio beside the flat ones, and the
 * closing line: how many aims are met. */
void bench_summary(void);

/* Returns the first column of sql's first row on db's history, read-only
 * with a plain connection (0 when there is no row). */
double bench_query(const struct bench_db *db, const char *sql);
/* Writes into out (n bytes) the path of the file beside path that holds
 * bench_visits. */
void bench_shape_path(const char *path, char *out, size_t n);
/* Makes db->path a copy of db->workdays of a workshop's history (built
 * once and kept under build/bench-cache/): people, badges, visits written as
 * the kiosk writes them with corrections, forgotten check-outs and undone
 * check-ins, rotations and progress; and beside it (bench_shape_path) a
 * table shaped like visits (the same columns and indexes, as many rows) for
 * the insert baseline. Fills in the rest of db. */
void bench_build(struct bench_db *db);
/* Times scans through the app layer against same-shape inserts. */
void bench_scans(struct bench_db *db);
/* Times `rota scan` as a whole process against the sqlite3 shell's one
 * insert into bench_visits as a whole process; last on a history (it
 * checks people out of today's visits). */
void bench_scan_process(const struct bench_db *db, const char *bin);
/* Times the kiosk's mentor screens in this process on the database. */
void bench_screens(const struct bench_db *db);
/* Times the PIN check alone (argon2id on the kiosk's real hash). */
void bench_pin_hash(const struct bench_db *db);
/* Times the commands as whole processes of bin. */
void bench_commands(const struct bench_db *db, const char *bin);
/* Runs argv (stdout to out_path, NULL: /dev/null) and returns its ms; a
 * failing command ends the bench. */
double bench_run(const char *const argv[], const char *out_path);
/* Returns the processor ms (user and system) of the last bench_run. */
double bench_last_cpu_ms(void);
/* Returns the median ms of several runs of argv after one to warm up. */
double bench_run_median(const char *const argv[]);
/* Returns the median processor ms of the last bench_run_median's runs. */
double bench_median_cpu_ms(void);
/* Writes the bench's month as YYYY-MM. */
void bench_month_arg(const struct bench_db *db, char *out, size_t n);
/* Times Timewarrior's summary of the same month beside rota's hour sheet,
 * when timew is installed. */
void bench_timew(const struct bench_db *db, const char *bin);
/* Starts the real kiosk on a terminal: first frame, memory at the door and
 * around a mentor's sign-in. */
void bench_kiosk(const struct bench_db *db, const char *bin);
/* Times `rota sync` of the whole outbox into a private PostgreSQL, on a
 * history small enough to send in seconds. */
void bench_sync(const struct bench_db *db, const char *bin);
/* Times a command while another connection holds the file (its journal
 * there, checked as the file's own) against the same command alone. */
void bench_journal(const struct bench_db *db, const char *bin);

#endif
