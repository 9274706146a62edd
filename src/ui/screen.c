/* The screen manager: a small stack, navigation applied from flags. */
#include "ui/screen.h"

#include <stdlib.h>
#include <string.h>

#include "ui/keys.h"
#include "util/alloc.h"

int screen_go(struct screen *s, int how, const struct screen_ops *ops, const void *arg)
{
	s->next = ops;
	s->next_arg = arg;
	return how | SCR_HANDLED | SCR_REDRAW;
}

static void screen_start(struct screen_mgr *m, struct screen *s, const struct screen_ops *ops,
                         const void *arg)
{
	memset(s, 0, sizeof *s);
	s->ops = ops;
	s->app = m->app;
	s->rows = m->rows;
	s->cols = m->cols;
	s->min_rows = m->min_rows;
	s->min_cols = m->min_cols;
	s->now = m->now;
	s->state = xcalloc(1, ops->state_size ? ops->state_size : 1);
	if (ops->enter)
		ops->enter(s, arg);
	if (ops->layout)
		ops->layout(s);
	if (m->on_start && s != &m->too_small && s != &m->overlay)
		m->on_start(m->on_start_ctx, s, arg);
}

static void screen_stop(struct screen *s)
{
	if (s->ops && s->ops->leave)
		s->ops->leave(s);
	free(s->state);
	memset(s, 0, sizeof *s);
}

void screen_mgr_init(struct screen_mgr *m, struct app *app, const struct screen_ops *home,
                     const void *home_arg, const struct screen_ops *too_small, int rows, int cols,
                     int min_rows, int min_cols, time_t now)
{
	memset(m, 0, sizeof *m);
	m->now = now;
	m->app = app;
	m->rows = rows;
	m->cols = cols;
	m->min_rows = min_rows;
	m->min_cols = min_cols;
	screen_start(m, &m->too_small, too_small, NULL);
	screen_start(m, &m->stack[0], home, home_arg);
	m->depth = 1;
}

void screen_mgr_overlay_close(struct screen_mgr *m)
{
	if (m->overlay.ops)
		screen_stop(&m->overlay);
}

void screen_mgr_overlay(struct screen_mgr *m, const struct screen_ops *ops, const void *arg,
                        time_t now)
{
	screen_mgr_overlay_close(m);
	m->now = now;
	screen_start(m, &m->overlay, ops, arg);
}

bool screen_mgr_has_overlay(const struct screen_mgr *m) { return m->overlay.ops != NULL; }

void screen_mgr_done(struct screen_mgr *m)
{
	screen_mgr_overlay_close(m);
	while (m->depth > 0)
		screen_stop(&m->stack[--m->depth]);
	screen_stop(&m->too_small);
}

void screen_mgr_resize(struct screen_mgr *m, int rows, int cols)
{
	m->rows = rows;
	m->cols = cols;
	for (int i = 0; i <= m->depth + 1; i++) {
		struct screen *s = i < m->depth ? &m->stack[i] : i == m->depth ? &m->too_small : &m->overlay;
		if (!s->ops)
			continue;
		s->rows = rows;
		s->cols = cols;
		if (s->ops->layout)
			s->ops->layout(s);
	}
}

bool screen_mgr_is_too_small(const struct screen_mgr *m)
{
	return m->rows < m->min_rows || m->cols < m->min_cols;
}

/* Nothing typed is lost on the way home: each form keeps a draft. */
static void keep_drafts(struct screen_mgr *m, time_t now)
{
	for (int i = m->depth - 1; i > 0; i--)
		if (m->stack[i].ops->save_draft)
			m->stack[i].ops->save_draft(&m->stack[i], now);
}

/* The top screen reads its records again, now that nothing is over it. */
static void resume_top(struct screen_mgr *m)
{
	struct screen *top = &m->stack[m->depth - 1];
	top->now = m->now;
	if (top->ops->resume)
		top->ops->resume(top);
}

void screen_mgr_home(struct screen_mgr *m, time_t now)
{
	bool was_covered = m->depth > 1;
	keep_drafts(m, now);
	screen_mgr_overlay_close(m);
	while (m->depth > 1)
		screen_stop(&m->stack[--m->depth]);
	if (was_covered) { /* home reads what changed while it was covered */
		m->now = now;
		resume_top(m);
	}
}

void screen_mgr_open(struct screen_mgr *m, const struct screen_ops *ops, const void *arg, time_t now)
{
	screen_mgr_home(m, now);
	m->now = now;
	if (ops != m->stack[0].ops)
		screen_start(m, &m->stack[m->depth++], ops, arg);
}

/* Enter and Esc (a typed line ended by Enter too) are how a box is sent
 * away: they close the overlay and end there, never saving or leaving a
 * form beneath. Any other key closes it and goes on to the screen. */
static bool is_dismissal(const struct event *ev)
{
	return (ev->kind == EV_KEY && (ev->key == UI_KEY_ENTER || ev->key == UI_KEY_ESC)) ||
	       (ev->kind == EV_SCAN && !ev->is_burst);
}

bool screen_mgr_dispatch(struct screen_mgr *m, const struct event *ev, bool *changed_screen)
{
	*changed_screen = false;
	m->now = ev->now;
	if (ev->kind == EV_RESIZE)
		return true;
	/* While too small, only the clock reaches the screens: nobody can read
	 * what a scan would answer. */
	if (screen_mgr_is_too_small(m) && ev->kind != EV_TICK)
		return true;
	bool is_overlay_changed = false;
	if (m->overlay.ops) {
		struct screen *o = &m->overlay;
		bool is_help = o->ops == &help_screen;
		o->now = ev->now;
		int of = o->ops->on_event(o, ev);
		is_overlay_changed = (of & (SCR_POP | SCR_HOME | SCR_REDRAW)) != 0;
		if (of & (SCR_POP | SCR_HOME)) {
			screen_mgr_overlay_close(m);
			resume_top(m); /* what the overlay showed may have changed the records */
			if (is_dismissal(ev) || is_help) /* the help's keys are its own */
				return true;
		} else if (ev->kind != EV_TICK) {
			return true; /* a key the overlay keeps open is its own */
		}
	}
	struct screen *top = &m->stack[m->depth - 1];
	top->next = NULL;
	top->now = ev->now;
	if (!m->overlay.ops && top->ops->keys && keys_asks_help(top->ops->keys(top), ev)) {
		screen_start(m, &m->overlay, &help_screen, top);
		return true;
	}
	int f = top->ops->on_event(top, ev);
	if (f & SCR_QUIT)
		m->wants_quit = true;
	if ((f & (SCR_PUSH | SCR_REPLACE)) && top->next) {
		struct screen fresh;
		screen_start(m, &fresh, top->next, top->next_arg);
		if (f & SCR_REPLACE) {
			screen_stop(top);
			m->stack[m->depth - 1] = fresh;
		} else if (m->depth < SCREEN_STACK_MAX) {
			m->stack[m->depth++] = fresh;
		} else {
			screen_stop(&fresh); /* a broken flow; stay where we are */
		}
		*changed_screen = true;
	} else if (f & SCR_HOME) {
		*changed_screen = m->depth > 1;
		screen_mgr_home(m, ev->now); /* a sign-out key loses no typed work */
	} else if ((f & SCR_POP) && m->depth > 1) {
		screen_stop(&m->stack[--m->depth]);
		resume_top(m);
		*changed_screen = true;
	}
	if (*changed_screen && m->overlay.ops == &help_screen)
		screen_mgr_overlay_close(m); /* its keys were the screen's that went */
	if ((f & SCR_PASS_ON) && (f & (SCR_HOME | SCR_POP)) && *changed_screen) {
		bool again;
		screen_mgr_dispatch(m, ev, &again);
		return true;
	}
	return (f & SCR_REDRAW) || *changed_screen || is_overlay_changed;
}

void screen_mgr_draw(const struct screen_mgr *m, WINDOW *w)
{
	werase(w);
	if (screen_mgr_is_too_small(m)) {
		m->too_small.ops->draw(&m->too_small, w);
		return;
	}
	const struct screen *s = &m->stack[m->depth - 1];
	s->ops->draw(s, w);
	if (s->ops->keys) /* the footer, from the screen's keys, on the same rows everywhere */
		keys_footer(s, w, s->ops->keys(s));
	if (m->overlay.ops) /* over its parent, drawn first */
		m->overlay.ops->draw(&m->overlay, w);
}

const struct screen *screen_mgr_top(const struct screen_mgr *m)
{
	return &m->stack[m->depth - 1];
}
