/* The full check of the records that no start waits for: SQLite's
 * integrity_check, run in a child process on a read-only connection of its
 * own, at a quiet moment after the kiosk's first frame, so a scan never
 * waits for it. The kiosk's loop starts it and polls it without blocking.
 * A sound file is remembered in the settings (records_checked_on, the local
 * day), so each day's check runs once, whichever kiosk ran it; a damaged
 * one is logged and kept in struct app (app_records_are_damaged) for the
 * mentor screens, and nothing is written into it: the check runs again at
 * the next start, and the door goes on working on what SQLite can read.
 *
 * ROTA_TEST_CHECK_DELAY_MS (tests only): the child waits this long after
 * its check before it answers, so a test can watch the kiosk at work while
 * a check is still running. */
#ifndef ROTA_APP_RECORDS_CHECK_H
#define ROTA_APP_RECORDS_CHECK_H

#include <stdbool.h>
#include <stddef.h>
#include <sys/types.h>
#include <time.h>

#include "app/app.h"

#define RECORDS_CHECK_SETTING "records_checked_on"

struct records_check {
	pid_t pid;             /* the check process at work; 0: none */
	int fd;                /* the end its answer comes from; -1: none */
	long long started_ms;  /* when it began (clock_mono_ms) */
	int day;               /* the local day (YYYYMMDD) no check is due any more; 0: none yet */
	char answer[320];      /* what came so far: "FINDINGS FIRST-FINDING\n" */
	size_t len;
};

/* Sets c to no check yet. */
void app_records_check_init(struct records_check *c);
/* Returns true when a check should start now: none is at work, and neither
 * this kiosk today nor any check recorded in the settings today found the
 * file sound (a file found damaged is checked again at the next start
 * only: once per run of the kiosk and day). Reads one setting. */
bool app_records_check_due(struct app *app, struct records_check *c, time_t now);
/* Starts the check of app's file in a child process (niced, its terminal
 * and its signals its own, ended with its parent) and returns at once.
 * Only between transactions: the child opens a new connection and never
 * touches the one it inherited. Counts as today's try whatever follows.
 * ERR_OK when started; ERR_INVALID while one is at work or the connection
 * is inside a transaction; ERR_DB_OPEN when no process could be made. */
enum rota_err app_records_check_start(struct app *app, struct records_check *c, time_t now);
/* Takes what the check process has answered so far, without waiting. Once
 * it has ended: logs the outcome, sets app->records_damaged, and on a sound
 * file writes today into the settings; returns true then (the outcome has
 * changed what the mentor screens show). False while it is at work or when
 * none is. */
bool app_records_check_poll(struct app *app, struct records_check *c, time_t now);
/* Ends a check still at work (it only reads: stopping it harms nothing) and
 * reaps it. Safe to call with none. */
void app_records_check_stop(struct records_check *c);
/* Returns true when a check of this process found the records damaged. */
bool app_records_are_damaged(const struct app *app);

#endif
