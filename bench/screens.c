/* make bench: the kiosk's screens timed in this process, on the bench
 * database, the way the main loop runs them: one key through kiosk_step()
 * (the screen's enter and its reads) and the frame drawn whole and sent.
 * curses writes to /dev/null. Each figure is the median of ROUNDS. */
#define _GNU_SOURCE
#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/app.h"
#include "app/people.h"
#include "bench/bench.h"
#include "kiosk/loop.h"
#include "util/date.h"

#define ROUNDS 15
#define SCREEN_AIM_MS 30

struct drive {
	struct kiosk k;
	time_t now;
	long long mono;
};

static void frame(struct drive *d)
{
	screen_mgr_draw(&d->k.mgr, stdscr);
	wnoutrefresh(stdscr);
	doupdate();
}

/* One key (is_key: a curses KEY_ code) or one character, then the frame;
 * and, as the main loop does, at once the steps a screen that drew itself
 * busy asks for (kiosk_wait_ms 0: a PIN's check after "Checking …"). */
static void press(struct drive *d, bool is_key, uint32_t code, int ms_after)
{
	if (kiosk_step(&d->k, true, is_key, code, d->now, d->mono))
		frame(d);
	while (kiosk_wait_ms(&d->k, d->mono) == 0)
		if (kiosk_step(&d->k, false, false, 0, d->now, d->mono))
			frame(d);
	d->mono += ms_after;
	d->now = (time_t)(d->mono / 1000);
}

/* One tick of the clock, ms later. */
static void tick(struct drive *d, int ms)
{
	d->mono += ms;
	d->now = (time_t)(d->mono / 1000);
	if (kiosk_step(&d->k, false, false, 0, d->now, d->mono))
		frame(d);
}

static void type(struct drive *d, const char *s, int ms_per_key)
{
	for (; *s; s++)
		press(d, false, (uint8_t)*s, ms_per_key);
	tick(d, INPUT_HOLD_MS + 1); /* lets held digits go, as the loop does */
}

/* The time one key takes until its frame is out, in ms. A key a card
 * reader could be typing (a digit, or a letter A-F of a hex number) is
 * held INPUT_HOLD_MS on the loop's clock before it counts as a key: that
 * wait is the clock's, not the work's, so it is passed here at once and
 * only the work is timed. */
static double timed(struct drive *d, bool is_key, uint32_t code)
{
	double t0 = bench_now_us();
	press(d, is_key, code, 0);
	tick(d, INPUT_HOLD_MS + 1);
	double ms = (bench_now_us() - t0) / 1000;
	d->mono += 300;
	d->now = (time_t)(d->mono / 1000);
	return ms;
}

static const char *top(const struct drive *d) { return screen_mgr_top(&d->k.mgr)->ops->name; }

static void expect(const struct drive *d, const char *screen, const char *after)
{
	if (strcmp(top(d), screen)) {
		fprintf(stderr, "bench: after %s the kiosk shows %s, not %s\n", after, top(d), screen);
		exit(1);
	}
}

static void scan(struct drive *d, const char *payload)
{
	char burst[32];
	snprintf(burst, sizeof burst, "%s\r", payload);
	type(d, burst, 3);
	d->mono += 100;
}

/* Mentor 1 signs in (its PIN hash is the cheap one): the time from the
 * PIN's Enter to the review queue drawn. */
static double sign_in(struct drive *d, const struct bench_db *db)
{
	type(d, "m", 200);
	scan(d, db->payloads[0]);
	expect(d, "pin", "a mentor's card");
	type(d, BENCH_PIN, 200);
	double ms = timed(d, false, '\r');
	expect(d, "review", "the PIN");
	return ms;
}

static double median(double *v) { return bench_percentile(v, ROUNDS, 0.5); }

void bench_screens(const struct bench_db *db)
{
	struct drive d = { .mono = 1000000 };
	struct app *app;
	static double review[ROUNDS], floor_[ROUNDS], today[ROUNDS], file[ROUNDS], tab[5][ROUNDS], self[ROUNDS];
	FILE *out = fopen("/dev/null", "w"), *in = fopen("/dev/null", "r");
	SCREEN *scr = out && in ? newterm("xterm-256color", out, in) : NULL;
	if (!scr || app_open(db->path, false, "bench", &app) != ERR_OK) {
		fprintf(stderr, "bench: no curses or no database for the screens\n");
		exit(1);
	}
	resize_term(24, 80);
	d.now = date_day_start(db->today) + 12 * 3600;
	d.mono = (long long)d.now * 1000;
	kiosk_init(&d.k, app, &kiosk_door, 24, 80, d.now, d.mono);
	for (int i = 0; i < ROUNDS; i++) {
		review[i] = sign_in(&d, db);
		floor_[i] = timed(&d, false, 'f');
		expect(&d, "floor", "F");
		today[i] = timed(&d, false, 't');
		expect(&d, "today", "T");
		press(&d, false, 'p', 300);
		expect(&d, "participants", "P");
		for (int k = 0; k < i % 5; k++) /* a different person each round */
			press(&d, true, KEY_DOWN, 100);
		file[i] = timed(&d, false, '\r');
		expect(&d, "person-file", "Enter on a name");
		for (int t = 0; t < 5; t++)
			tab[t][i] = timed(&d, false, (uint32_t)('1' + t));
		press(&d, true, KIOSK_KEY_SIGN_OUT, 300);
		expect(&d, "home", "F10");
		/* A participant at the door asks for their own page. */
		scan(&d, db->payloads[BENCH_MENTORS + 10 + i]);
		expect(&d, "greeting", "a participant's card");
		self[i] = timed(&d, false, 's');
		expect(&d, "self-view", "S");
				for (int s = 0; s < 600 && strcmp(top(&d), "home"); s++)
			tick(&d, 1000); /* the greeting and the self view go home by themselves */
		expect(&d, "home", "waiting");
	}
	kiosk_done(&d.k);
	app_close(app);
	endwin();
	delscreen(scr);
	fclose(out);
	fclose(in);
	bench_flat_per("screen_signin_to_review_ms", median(review), "ms", SCREEN_AIM_MS, "review_items");
	bench_flat("screen_floor_ms", median(floor_), "ms", SCREEN_AIM_MS, false);
	bench_flat("screen_today_ms", median(today), "ms", SCREEN_AIM_MS, false);
	/* The file draws the participant's programme, a visit a line. */
	bench_figure("programme_visits_a_participant",
	             bench_query(db, "SELECT count(*) * 1.0 / (SELECT count(*) FROM people WHERE role = 'participant')"
	                             " FROM visits v JOIN people p ON p.id = v.person_id"
	                             " WHERE p.role = 'participant' AND v.day >= p.programme_start"),
	             "visits");
	bench_flat_per("screen_participant_file_ms", median(file), "ms", SCREEN_AIM_MS, "programme_visits_a_participant");
	static const char *const tabs[5] = { "timeline", "attendance", "progress", "goals", "notes" };
	for (int t = 0; t < 5; t++) {
		char name[64];
		snprintf(name, sizeof name, "screen_file_tab_%s_ms", tabs[t]);
		bench_flat(name, median(tab[t]), "ms", SCREEN_AIM_MS, false);
	}
	bench_flat("screen_self_view_ms", median(self), "ms", SCREEN_AIM_MS, false);
}

/* The PIN check alone: argon2id on mentor 2's real hash, as the kiosk
 * checks it. */
void bench_pin_hash(const struct bench_db *db)
{
	struct app *app;
	double ms[5];
	bool ok = false;
	app_open(db->path, false, "bench", &app);
	for (int i = 0; i < 5; i++) {
		double t0 = bench_now_us();
		app_person_check_pin(app, 2, BENCH_PIN, &ok);
		ms[i] = (bench_now_us() - t0) / 1000;
	}
	app_close(app);
	if (!ok) {
		fprintf(stderr, "bench: the PIN check failed\n");
		exit(1);
	}
	bench_figure("pin_hash_ms", bench_percentile(ms, 5, 0.5), "ms");
}
