/* The main loop. */
#include "app/kiosk.h"

#include <curses.h>
#include <stdio.h>

#include "core/session.h"
#include "screens/screens.h"
#include "ui/input.h"
#include "ui/screen.h"
#include "ui/term.h"
#include "util/alloc.h"
#include "util/clock.h"
#include "util/i18n.h"
#include "util/log.h"

#define TYPED_LINE_IDLE_S 20 /* a half-typed number is forgotten after this */

static void draw(struct screen_mgr *m)
{
	screen_mgr_draw(m, stdscr);
	wnoutrefresh(stdscr);
	doupdate();
}

static void deliver(struct screen_mgr *m, struct input *in, const struct event *ev, bool *redraw)
{
	bool changed;
	if (screen_mgr_dispatch(m, ev, &changed))
		*redraw = true;
	if (changed)
		input_clear(in); /* a half-typed line does not follow to a new screen */
}

static void run_loop(struct app *app)
{
	struct screen_mgr m;
	struct input in;
	struct event ev = { .kind = EV_TICK };
	long long last_input = clock_mono_ms();
	bool redraw = true;

	screen_mgr_init(&m, app, &home_screen, &too_small_screen, LINES, COLS, KIOSK_MIN_ROWS,
	                KIOSK_MIN_COLS);
	input_init(&in);
	ev.now = clock_now();
	ev.mono_ms = last_input;
	deliver(&m, &in, &ev, &redraw);
	draw(&m);
	log_msg(LOG_INFO, "kiosk started (%dx%d)", COLS, LINES);

	while (!term_stop_requested() && !m.wants_quit) {
		wint_t ch;
		int rc = wget_wch(stdscr, &ch);
		time_t now = clock_now();
		long long mono = clock_mono_ms();
		redraw = false;
		if (rc == ERR) {
			ev = (struct event){ .kind = EV_TICK, .now = now, .mono_ms = mono };
			deliver(&m, &in, &ev, &redraw);
		} else if (input_feed(&in, rc == KEY_CODE_YES, (uint32_t)ch, now, mono, &ev)) {
			last_input = mono;
			if (ev.kind == EV_RESIZE)
				screen_mgr_resize(&m, LINES, COLS);
			deliver(&m, &in, &ev, &redraw);
		} else {
			last_input = mono;
		}
		if (in.len && session_is_idle(last_input, mono, TYPED_LINE_IDLE_S)) {
			input_clear(&in);
			ev = (struct event){ .kind = EV_KEY, .key = UI_KEY_ESC, .now = now, .mono_ms = mono };
			deliver(&m, &in, &ev, &redraw);
		}
		if (m.depth > 1 && session_is_idle(last_input, mono, app->cfg.idle_s)) {
			screen_mgr_home(&m);
			input_clear(&in);
			redraw = true;
		}
		if (redraw)
			draw(&m);
	}
	log_msg(LOG_INFO, "kiosk stopped");
	screen_mgr_done(&m);
}

int kiosk_run(struct app *app)
{
	if (!term_open())
		return 1;
	die_set_hook(term_close);
	run_loop(app);
	term_close();
	die_set_hook(NULL);
	return 0;
}
