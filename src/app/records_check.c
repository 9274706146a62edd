/* The records' full check in a child process, and what its answer changes:
 * the log, app->records_damaged and, for a sound file, the day in the
 * settings. The child reads only; the parent never waits for it. */
#include "app/records_check.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#ifdef __linux__
#include <sys/prctl.h>
#endif

#include "store/db.h"
#include "store/page_check.h"
#include "store/settings.h"
#include "util/clock.h"
#include "util/date.h"
#include "util/log.h"

void app_records_check_init(struct records_check *c)
{
	memset(c, 0, sizeof *c);
	c->fd = -1;
}

bool app_records_are_damaged(const struct app *app) { return app->records_damaged; }

bool app_records_check_due(struct app *app, struct records_check *c, time_t now)
{
	int today = date_ymd(now);
	if (c->pid || c->day == today)
		return false;
	char value[16], stamp[11];
	bool found = false;
	date_format_ymd(today, stamp);
	/* A read the file refuses is no reason to check it now: the scan that
	 * meets the fault says so, and the next quiet moment asks again. */
	enum rota_err e = db_begin_read(app->db);
	if (e == ERR_OK)
		e = db_end_read(app->db, store_setting_get(app->db, RECORDS_CHECK_SETTING, value, sizeof value, &found));
	if (e != ERR_OK)
		return false;
	if (found && !strcmp(value, stamp)) {
		c->day = today; /* found sound today, maybe by another kiosk */
		return false;
	}
	return true;
}

/* The child: its own read-only connection, one line of answer, _exit. It
 * never touches what it inherited (the parent's connection, curses, the
 * log), and leaves with _exit so nothing of the parent's is flushed. */
static void child_run(const char *path, int out)
{
	int null = open("/dev/null", O_RDWR);
	if (null >= 0) {
		dup2(null, STDIN_FILENO);
		dup2(null, STDOUT_FILENO);
		dup2(null, STDERR_FILENO);
	}
	signal(SIGTERM, SIG_DFL);
	signal(SIGHUP, SIG_DFL);
	signal(SIGINT, SIG_DFL);
	signal(SIGPIPE, SIG_DFL);
#ifdef __linux__
	prctl(PR_SET_PDEATHSIG, SIGKILL);
#endif
	if (nice(10) < 0) {
		/* a check at the kiosk's own priority is slower for it, no more */
	}
	int findings;
	char first[256], line[300];
	store_file_check_pages(path, &findings, first, sizeof first);
	const char *delay = getenv("ROTA_TEST_CHECK_DELAY_MS");
	if (delay && atol(delay) > 0) {
		long ms = atol(delay);
		struct timespec ts = { ms / 1000, (ms % 1000) * 1000000L };
		while (nanosleep(&ts, &ts) != 0 && errno == EINTR)
			;
	}
	int len = snprintf(line, sizeof line, "%d %s\n", findings, first);
	if (len > 0 && write(out, line, (size_t)len) < 0)
		_exit(1);
	_exit(0);
}

enum rota_err app_records_check_start(struct app *app, struct records_check *c, time_t now)
{
	const char *path = db_path(app->db);
	if (c->pid || !*path || !db_is_idle(app->db))
		return ERR_INVALID;
	c->day = date_ymd(now);
	int fds[2];
	if (pipe(fds) != 0) {
		log_msg(LOG_WARN, "records check: no pipe (%s)", strerror(errno));
		return ERR_DB_OPEN;
	}
	pid_t pid = fork();
	if (pid < 0) {
		log_msg(LOG_WARN, "records check: no process (%s)", strerror(errno));
		close(fds[0]);
		close(fds[1]);
		return ERR_DB_OPEN;
	}
	if (pid == 0) {
		close(fds[0]);
		child_run(path, fds[1]);
	}
	close(fds[1]);
	/* Nothing else the kiosk starts holds the answer's pipe open. */
	fcntl(fds[0], F_SETFD, FD_CLOEXEC);
	fcntl(fds[0], F_SETFL, fcntl(fds[0], F_GETFL) | O_NONBLOCK);
	c->pid = pid;
	c->fd = fds[0];
	c->len = 0;
	c->started_ms = clock_mono_ms();
	log_msg(LOG_INFO, "records check started (process %d)", (int)pid);
	return ERR_OK;
}

/* Reaps the child and forgets it. */
static void reap(struct records_check *c)
{
	if (c->fd >= 0)
		close(c->fd);
	c->fd = -1;
	while (c->pid > 0 && waitpid(c->pid, NULL, 0) < 0 && errno == EINTR)
		;
	c->pid = 0;
}

/* Writes the day of a sound check into the settings: the other kiosks on
 * this file then do not check it again today. */
static void remember_sound(struct app *app, time_t now)
{
	char stamp[11];
	date_format_ymd(date_ymd(now), stamp);
	enum rota_err e = db_begin_write(app->db);
	if (e == ERR_OK)
		e = db_end_write(app->db, store_setting_set(app->db, RECORDS_CHECK_SETTING, stamp));
	if (e != ERR_OK)
		log_msg(LOG_WARN, "records check: the day of a sound check was not recorded (%s)", err_name(e));
}

bool app_records_check_poll(struct app *app, struct records_check *c, time_t now)
{
	if (!c->pid)
		return false;
	for (;;) {
		ssize_t r = read(c->fd, c->answer + c->len, sizeof c->answer - 1 - c->len);
		if (r > 0) {
			c->len += (size_t)r;
			if (c->len < sizeof c->answer - 1)
				continue;
		} else if (r < 0 && (errno == EAGAIN || errno == EINTR)) {
			return false;
		}
		break; /* the end of the answer (or a full buffer) */
	}
	c->answer[c->len] = '\0';
	long long ms = clock_mono_ms() - c->started_ms;
	reap(c);
	int findings = 0, off = 0;
	if (sscanf(c->answer, "%d %n", &findings, &off) != 1 || off == 0) {
		log_msg(LOG_WARN, "records check: ended without an answer after %lld ms; it runs again at the next start", ms);
		return false;
	}
	char *first = c->answer + off;
	first[strcspn(first, "\n")] = '\0';
	if (findings == 0) {
		log_msg(LOG_INFO, "records check: sound (%lld ms)", ms);
		app->records_damaged = false;
		remember_sound(app, now);
	} else {
		if (findings > 0)
			log_msg(LOG_ERROR, "records check: the file is damaged: %d faults found (%lld ms); the first: %s",
			        findings, ms, first);
		else
			log_msg(LOG_ERROR, "records check: the file is damaged: it could not be read to the end (%lld ms): %s",
			        ms, first);
		app->records_damaged = true;
	}
	return true;
}

void app_records_check_stop(struct records_check *c)
{
	if (c->pid > 0)
		kill(c->pid, SIGKILL);
	reap(c);
}
