/* make bench: the real kiosk on a pseudo-terminal. How soon its first frame
 * comes (beside a bare exec of the same binary), and its memory from
 * /proc/PID/status: the peak at the door, the peak once a mentor has signed
 * in (argon2id on the real PIN hash), and the resident size once the kiosk
 * is back home. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <pty.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "bench/bench.h"

#define STARTS 5
#define DOOR_RSS_AIM_KB 8192
#define FIRST_FRAME_AIM_MS 10 /* no check of the pages before it (app/records_check.h) */

struct tty {
	pid_t pid;
	int master;
	char buf[65536];
	size_t len;
};

static void tty_start(struct tty *t, const char *bin, const char *path)
{
	struct winsize ws = { .ws_row = 24, .ws_col = 80 };
	t->len = 0;
	t->pid = forkpty(&t->master, NULL, NULL, &ws);
	if (t->pid == 0) {
		setenv("TERM", "xterm-256color", 1);
		execl(bin, bin, "--db", path, "--lang", "en", (char *)NULL);
		_exit(127);
	}
}

/* Reads until want appears (then forgets what was read); false after 10 s. */
static bool tty_wait(struct tty *t, const char *want)
{
	double deadline = bench_now_us() + 10e6;
	while (bench_now_us() < deadline) {
		ssize_t r = read(t->master, t->buf + t->len, sizeof t->buf - 1 - t->len);
		if (r <= 0)
			return false;
		t->len += (size_t)r;
		t->buf[t->len] = '\0';
		if (strstr(t->buf, want)) {
			t->len = 0;
			return true;
		}
		if (t->len > sizeof t->buf - 4096) { /* keep a tail: want may straddle */
			memmove(t->buf, t->buf + t->len - 256, 256);
			t->len = 256;
		}
	}
	return false;
}

static void tty_type(struct tty *t, const char *s, bool slowly)
{
	for (; *s; s++) {
		if (write(t->master, s, 1) < 0)
			return;
		if (slowly)
			usleep(120000); /* a person, not a scanner */
	}
}

static void tty_stop(struct tty *t)
{
	int status;
	kill(t->pid, SIGTERM);
	while (waitpid(t->pid, &status, 0) < 0 && errno == EINTR)
		;
	close(t->master);
}

/* Returns the kB of field (VmHWM:, VmRSS:) of process pid, or -1. */
static long status_kb(pid_t pid, const char *field)
{
	char path[64], line[256];
	long kb = -1;
	snprintf(path, sizeof path, "/proc/%d/status", (int)pid);
	FILE *f = fopen(path, "r");
	while (f && fgets(line, sizeof line, f))
		if (!strncmp(line, field, strlen(field)))
			kb = atol(line + strlen(field));
	if (f)
		fclose(f);
	return kb;
}

static double exec_baseline_ms(const char *bin)
{
	const char *argv[] = { bin, "--version", NULL };
	return bench_run(argv, NULL);
}

static void fail(const char *what)
{
	fprintf(stderr, "bench: the kiosk did not show %s\n", what);
	exit(1);
}

void bench_kiosk(const struct bench_db *db, const char *bin)
{
	static struct tty t;
	double starts[STARTS], base[STARTS];
	long door = 0;
	for (int i = 0; i < STARTS; i++) {
		base[i] = exec_baseline_ms(bin);
		double t0 = bench_now_us();
		tty_start(&t, bin, db->path);
		if (!tty_wait(&t, "Please scan your card."))
			fail("its home screen");
		starts[i] = (bench_now_us() - t0) / 1000;
		long hwm = status_kb(t.pid, "VmHWM:");
		door = hwm > door ? hwm : door;
		tty_stop(&t);
	}
	double first = bench_percentile(starts, STARTS, 0.5), exec_ms = bench_percentile(base, STARTS, 0.5);
	bench_flat("first_frame_ms", first, "ms", FIRST_FRAME_AIM_MS, false);
	bench_figure("exec_baseline_ms", exec_ms, "ms");
	bench_figure("first_frame_ratio", first / exec_ms, "x");
	bench_aim("peak_rss_door_kb", door, "kB", DOOR_RSS_AIM_KB, false);

	/* Mentor 2 holds the kiosk's real argon2id hash. */
	tty_start(&t, bin, db->path);
	if (!tty_wait(&t, "Please scan your card."))
		fail("its home screen");
	tty_type(&t, "m", true);
	if (!tty_wait(&t, "Scan your badge"))
		fail("the mentor's sign-in");
	char card[32];
	snprintf(card, sizeof card, "%s\r", db->payloads[1]);
	tty_type(&t, card, false);
	if (!tty_wait(&t, "type your PIN"))
		fail("the PIN prompt");
	tty_type(&t, BENCH_PIN "\r", true);
	if (!tty_wait(&t, "Mentor mode: review"))
		fail("the review queue");
	long signed_in = status_kb(t.pid, "VmHWM:"), rss_review = status_kb(t.pid, "VmRSS:");
	tty_type(&t, "\033[21~", false); /* F10: sign out */
	if (!tty_wait(&t, "Please scan your card."))
		fail("its home screen after signing out");
	long home = status_kb(t.pid, "VmRSS:");
	tty_stop(&t);
	bench_figure("peak_rss_after_signin_kb", signed_in, "kB");
	bench_figure("rss_in_review_kb", rss_review, "kB");
	bench_aim("rss_back_home_kb", home, "kB", DOOR_RSS_AIM_KB, false);
}
