/* The main loop and its step. */
#include "kiosk/loop.h"

#include <curses.h>
#include <string.h>

#include "app/badge.h"
#include "app/mentor.h"
#include "app/records_check.h"

#include "core/badge.h"
#include "core/person.h"
#include "core/session.h"
#include "screens/screens.h"
#include "ui/term.h"
#include "util/alloc.h"
#include "util/clock.h"
#include "util/log.h"
#include "util/text.h"

/* Each screen's argument is read as the kind it is declared with
 * (screens.h): a mentor screen's names who is signed in. */
static void on_start(void *ctx, const struct screen *s, const void *arg)
{
	struct kiosk *k = ctx;
	const struct mentor_session *session = s->ops->is_mentor ? screen_arg_session(s->ops, arg) : NULL;
	if (session)
		k->session = *session;
}

static bool deliver(struct kiosk *k, const struct event *ev)
{
	bool changed;
	bool redraw = screen_mgr_dispatch(&k->mgr, ev, &changed);
	if (changed)
		input_clear(&k->in); /* a half-typed line does not follow to a new screen */
	return redraw;
}

/* Back to the door, as on a timeout, the sign-out key or the mentor's own
 * card: nothing typed is lost (screen_mgr_home keeps the drafts), and no
 * mentor is signed in any more. */
static void leave_to_home(struct kiosk *k, time_t now)
{
	screen_mgr_home(&k->mgr, now);
	memset(&k->session, 0, sizeof k->session);
	input_clear(&k->in);
	app_release_memory(k->app);
}

/* A mentor is at work while any screen on the stack is a mentor's: the
 * badge code their file shows is over one. */
static bool mentor_at_work(const struct kiosk *k)
{
	for (int i = 0; i < k->mgr.depth; i++)
		if (k->mgr.stack[i].ops->is_mentor)
			return true;
	return false;
}

/* A card scanned beside a working mentor: their own card signs out, any
 * other is checked in or out in the overlay, and the mentor's screen keeps
 * its state and its typed line. */
static bool mentor_scan(struct kiosk *k, const struct event *ev)
{
	struct person p;
	if (k->session.mentor_id && app_mentor_by_badge(k->app, ev->text, &p) == ERR_OK &&
	    p.id == k->session.mentor_id) {
		leave_to_home(k, ev->now);
		return true;
	}
	text_copy(k->overlay_arg.payload, sizeof k->overlay_arg.payload, ev->text);
	k->overlay_arg.mentor_id = k->session.mentor_id;
	screen_mgr_overlay(&k->mgr, &scan_overlay_screen, &k->overlay_arg, ev->now);
	return true;
}

/* A card scanned at the door, on whatever screen shows: checked in or out
 * exactly as on the home screen, and the greeting (or its calm message)
 * shown over home. */
static bool door_scan(struct kiosk *k, const struct event *ev)
{
	const void *arg;
	enum rota_err e = app_scan(k->app, ev->text, ev->now, &k->flow.result);
	const struct screen_ops *next = flow_next(k->app, &k->flow, e, &arg);
	screen_mgr_open(&k->mgr, next, arg, ev->now);
	input_clear(&k->in);
	return true;
}

/* The one exception to "every card is a visit": where the screen asks for
 * a mentor's card (the mentor sign-in, and the name list and PIN screen of
 * a sign-in or of a check-in a mentor confirms), any card but a
 * participant's is that screen's answer (a mentor's card, or one it
 * refuses in a mentor's words); those screens read it themselves. Not while
 * the screen is too small to be read: then nothing asks. */
static bool is_screens_answer(struct kiosk *k, const struct event *ev)
{
	const struct screen_ops *top = screen_mgr_top(&k->mgr)->ops;
	struct person p;
	if (screen_mgr_is_too_small(&k->mgr) ||
	    (top != &mentor_signin_screen && top != &names_screen && top != &pin_screen))
		return false;
	return app_mentor_by_badge(k->app, ev->text, &p) != ERR_NOT_MENTOR;
}

/* The screen that enrols a card takes a burst that is nobody's badge (a
 * new card, or a misread it words itself); a known card is still recorded
 * in the overlay, so nothing is lost there. */
static bool is_enrol_answer(struct kiosk *k, const struct event *ev)
{
	struct person p;
	enum rota_err e;
	if (screen_mgr_is_too_small(&k->mgr) || screen_mgr_top(&k->mgr)->ops != &card_enrol_screen)
		return false;
	e = app_badge_owner(k->app, ev->text, &p);
	return e == ERR_BADGE_UNKNOWN || e == ERR_BADGE_UNREADABLE;
}

/* The decoder's card test (ui/input.h): whether a burst of hex digits with
 * letters A-F, at a reader's speed and ended by Enter, is a card rather than
 * a word typed fast. It must be shaped like a card's number
 * (badge_number_normalise), and then it is a card where nothing takes
 * letters as text: at the door (no mentor at work) on a screen without a
 * text field (home, the greeting, a message), and on the screen that asks
 * for a card to enrol. Anywhere else, a mentor's forms and the door's name
 * search, only the number of a card once enrolled is one (a revoked card
 * too, so it is refused as replaced): a mentor's word is never a card's
 * number. Letters a person types come too slowly to be asked about at all. */
static bool is_card_here(void *ctx, const char *text)
{
	struct kiosk *k = ctx;
	const struct screen *top = screen_mgr_top(&k->mgr);
	const struct keymap *keys = top->ops->keys ? top->ops->keys(top) : NULL;
	char kept[BADGE_NUMBER_MAX + 1];
	struct person p;
	if (badge_number_normalise(text, kept) != BADGE_NUMBER_OK)
		return false;
	if (top->ops == &card_enrol_screen || (!mentor_at_work(k) && !(keys && keys->takes_text)))
		return true;
	enum rota_err e = app_badge_owner(k->app, kept, &p);
	return e != ERR_BADGE_UNKNOWN && e != ERR_BADGE_UNREADABLE;
}

/* Every scanner's burst is recorded here, whatever the screen: in the
 * overlay beside a working mentor, else with the greeting. At the door a
 * burst shaped like a PIN (a PIN typed fast) and a mentor's card a screen
 * asks for go to the screen instead. */
static bool route_scan(struct kiosk *k, const struct event *ev)
{
	if (is_enrol_answer(k, ev))
		return deliver(k, ev);
	if (mentor_at_work(k))
		return mentor_scan(k, ev);
	if (person_pin_is_well_formed(ev->text) || is_screens_answer(k, ev))
		return deliver(k, ev);
	return door_scan(k, ev);
}

static bool route(struct kiosk *k, const struct event *ev)
{
	/* F10 signs a mentor out from any mentor screen, form or not. */
	if (ev->kind == EV_KEY && ev->key == KIOSK_KEY_SIGN_OUT && !screen_mgr_is_too_small(&k->mgr) &&
	    screen_mgr_top(&k->mgr)->ops->is_mentor) {
		leave_to_home(k, ev->now);
		return true;
	}
	if (ev->kind == EV_SCAN && ev->is_burst && k->records_scans)
		return route_scan(k, ev);
	return deliver(k, ev);
}

const struct kiosk_start kiosk_door = {
	.home = &home_screen,
	.min_rows = KIOSK_MIN_ROWS,
	.min_cols = KIOSK_MIN_COLS,
	.records_scans = true,
};

void kiosk_init(struct kiosk *k, struct app *app, const struct kiosk_start *start, int rows, int cols,
                time_t now, long long mono_ms)
{
	memset(k, 0, sizeof *k);
	k->app = app;
	k->records_scans = start->records_scans;
	k->last_input_ms = mono_ms;
	input_init(&k->in);
	input_set_card_test(&k->in, is_card_here, k);
	screen_mgr_init(&k->mgr, app, start->home, start->home_arg, &too_small_screen, rows, cols,
	                start->min_rows, start->min_cols, now);
	k->mgr.on_start = on_start;
	k->mgr.on_start_ctx = k;
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
		input_feed(&k->in, is_key, code, now, mono_ms);
	} else {
		input_poll(&k->in, now, mono_ms);
	}
	struct event next;
	while (input_next(&k->in, &next))
		redraw = route(k, &next) || redraw;
	if (!has_key)
		redraw = deliver(k, &ev) || redraw;
	/* A pause forgets the typed letters, never the screen they were typed on. */
	if (k->in.len && session_is_idle(k->last_input_ms, mono_ms, KIOSK_TYPED_IDLE_S)) {
		input_forget(&k->in, now, mono_ms, &ev);
		redraw = deliver(k, &ev) || redraw;
	}
	int idle_s = screen_mgr_top(&k->mgr)->ops->is_mentor ? k->app->cfg.mentor_idle_s : k->app->cfg.idle_s;
	if (k->mgr.depth > 1 && session_is_idle(k->last_input_ms, mono_ms, idle_s)) {
		leave_to_home(k, now);
		redraw = true;
	}
	return redraw;
}

int kiosk_wait_ms(const struct kiosk *k, long long mono_ms)
{
	const struct screen *top = screen_mgr_top(&k->mgr);
	if (top->ops->wants_tick && top->ops->wants_tick(top) && !screen_mgr_is_too_small(&k->mgr))
		return 0; /* drawn busy: its slow work now, not a tick later */
	int held = input_wait_ms(&k->in, mono_ms);
	return held >= 0 && held < TERM_TICK_MS ? held : TERM_TICK_MS;
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
	struct records_check check;
	if (!term_open())
		return 1;
	die_set_hook(term_close);
	kiosk_init(&k, app, start, LINES, COLS, clock_now(), clock_mono_ms());
	draw(&k);
	log_msg(LOG_INFO, "kiosk started (%dx%d)", COLS, LINES);
	app_records_check_init(&check);
	while (!term_stop_requested() && !k.mgr.wants_quit) {
		wint_t ch;
		/* Held digits are released within ms of their window, never a tick late. */
		wtimeout(stdscr, kiosk_wait_ms(&k, clock_mono_ms()));
		int rc = wget_wch(stdscr, &ch);
		if (rc == KEY_CODE_YES && ch == KEY_RESIZE)
			kiosk_resize(&k, LINES, COLS);
		bool redraw = kiosk_step(&k, rc != ERR, rc == KEY_CODE_YES, (uint32_t)ch, clock_now(),
		                         clock_mono_ms());
		if (kiosk_check_step(&k, &check, clock_now(), clock_mono_ms()))
			redraw = true;
		if (redraw)
			draw(&k);
	}
	app_records_check_stop(&check);
	log_msg(LOG_INFO, "kiosk stopped");
	kiosk_done(&k);
	term_close();
	die_set_hook(NULL);
	return 0;
}
