/* The main loop and its step. */
#include "kiosk/loop.h"

#include <curses.h>

#include "core/session.h"
#include "screens/screens.h"
#include "ui/term.h"
#include "util/alloc.h"
#include "util/clock.h"
#include "util/log.h"

static bool deliver(struct kiosk *k, const struct event *ev)
{
	bool changed;
	bool redraw = screen_mgr_dispatch(&k->mgr, ev, &changed);
	if (changed)
		input_clear(&k->in); /* a half-typed line does not follow to a new screen */
	return redraw;
}

const struct kiosk_start kiosk_door = {
	.home = &home_screen,
	.min_rows = KIOSK_MIN_ROWS,
	.min_cols = KIOSK_MIN_COLS,
};

void kiosk_init(struct kiosk *k, struct app *app, const struct kiosk_start *start, int rows, int cols,
                time_t now, long long mono_ms)
{
	k->app = app;
	k->last_input_ms = mono_ms;
	input_init(&k->in);
	screen_mgr_init(&k->mgr, app, start->home, start->home_arg, &too_small_screen, rows, cols,
	                start->min_rows, start->min_cols, now);
	kiosk_step(k, false, false, 0, now, mono_ms);
}

void kiosk_done(struct kiosk *k) { screen_mgr_done(&k->mgr); }

void kiosk_resize(struct kiosk *k, int rows, int cols) { screen_mgr_resize(&k->mgr, rows, cols); }

bool kiosk_step(struct kiosk *k, bool has_key, bool is_key, uint32_t code, time_t now,
                long long mono_ms)
{
	struct event ev = { .kind = EV_TICK, .now = now, .mono_ms = mono_ms };
	bool redraw = false;
	if (has_key && !is_key && code == KIOSK_KEY_LEAVE_DEMO && k->app->cfg.is_demo) {
		k->mgr.wants_quit = true; /* elsewhere Ctrl-Q does nothing, like Ctrl-C */
		return false;
	}
	if (has_key) {
		k->last_input_ms = mono_ms;
		if (input_feed(&k->in, is_key, code, now, mono_ms, &ev))
			redraw = deliver(k, &ev);
	} else {
		redraw = deliver(k, &ev);
	}
	/* A pause forgets the typed letters, never the screen they were typed on. */
	if (k->in.len && session_is_idle(k->last_input_ms, mono_ms, KIOSK_TYPED_IDLE_S)) {
		input_forget(&k->in, now, mono_ms, &ev);
		redraw = deliver(k, &ev) || redraw;
	}
	int idle_s = screen_mgr_top(&k->mgr)->ops->is_mentor ? k->app->cfg.mentor_idle_s : k->app->cfg.idle_s;
	if (k->mgr.depth > 1 && session_is_idle(k->last_input_ms, mono_ms, idle_s)) {
		/* nothing typed is lost: each form on the stack keeps a draft */
		for (int i = k->mgr.depth - 1; i > 0; i--)
			if (k->mgr.stack[i].ops->save_draft)
				k->mgr.stack[i].ops->save_draft(&k->mgr.stack[i], now);
		screen_mgr_home(&k->mgr);
		input_clear(&k->in);
		redraw = true;
	}
	return redraw;
}

static void draw(const struct kiosk *k)
{
	screen_mgr_draw(&k->mgr, stdscr);
	wnoutrefresh(stdscr);
	doupdate();
}

int kiosk_run(struct app *app, const struct kiosk_start *start)
{
	struct kiosk k;
	if (!term_open())
		return 1;
	die_set_hook(term_close);
	kiosk_init(&k, app, start, LINES, COLS, clock_now(), clock_mono_ms());
	draw(&k);
	log_msg(LOG_INFO, "kiosk started (%dx%d)", COLS, LINES);
	while (!term_stop_requested() && !k.mgr.wants_quit) {
		wint_t ch;
		int rc = wget_wch(stdscr, &ch);
		if (rc == KEY_CODE_YES && ch == KEY_RESIZE)
			kiosk_resize(&k, LINES, COLS);
		if (kiosk_step(&k, rc != ERR, rc == KEY_CODE_YES, (uint32_t)ch, clock_now(),
		               clock_mono_ms()))
			draw(&k);
	}
	log_msg(LOG_INFO, "kiosk stopped");
	kiosk_done(&k);
	term_close();
	die_set_hook(NULL);
	return 0;
}
