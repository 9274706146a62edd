/* Mentor mode: the days the workshop is closed, from today on (opened from
 * Today with X). A coordinator adds a closure (A: the closure form) and
 * removes the chosen one (R, after a yes); a mentor sees them, and A or R
 * says that only a coordinator changes them. Public holidays close the door
 * as well and need no closure. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/calendar.h"
#include "out/err_words.h"
#include "out/refusal_words.h"
#include "screens/screens.h"
#include "ui/draw.h"
#include "ui/listview.h"
#include "util/date.h"
#include "util/fmt.h"
#include "util/i18n.h"
#include "util/text.h"

#define CLOSURES_TOP 4

struct closures_state {
	struct mentor_session session;
	struct app_calendar cal;      /* the standing closures from today on */
	bool failed;
	struct listview lv;
	bool asking;                  /* R was pressed: the yes key removes the chosen one */
	char status[512];
};

static void load(struct screen *s)
{
	struct closures_state *st = s->state;
	app_calendar_free(&st->cal);
	st->failed = app_calendar_load(s->app, date_ymd(s->now), 99991231, NULL, &st->cal) != ERR_OK;
	listview_set_count(&st->lv, st->cal.cal.nclosures);
}

static void closures_enter(struct screen *s, const void *arg)
{
	struct closures_state *st = s->state;
	st->session = *(const struct mentor_session *)arg;
	load(s);
}

static void closures_leave(struct screen *s)
{
	struct closures_state *st = s->state;
	app_calendar_free(&st->cal);
}

/* Back from the form: the list as it is now. */
static void closures_resume(struct screen *s) { load(s); }

static void closures_layout(struct screen *s)
{
	struct closures_state *st = s->state;
	listview_set_rows(&st->lv, s->rows - CLOSURES_TOP - 4);
}

enum closures_action { CLOSURES_MOVE = 1, CLOSURES_ADD, CLOSURES_REMOVE };

#define CLOSURES_KEY_ADD                                                                        \
	{ .ch = 'A', .action = CLOSURES_ADD, .hint = N_("A: add"),                              \
	  .help = N_("close the workshop for a day or a range of days, with the reason") }
/* With closures to choose from; without, only A and the way back. */
static const struct key_bind closures_binds[] = {
	{ .is_list_move = true, .action = CLOSURES_MOVE, .hint = N_("Up/Down: choose"), .is_help_only = true },
	CLOSURES_KEY_ADD,
	{ .ch = 'R', .action = CLOSURES_REMOVE, .hint = N_("R: remove"),
	  .help = N_("open the chosen closure's days again (the record keeps it)") },
	MENTOR_KEY_BACK,
	{ 0 },
};
static const struct keymap closures_map = {
	.binds = closures_binds,
	.more = &mentor_signout_keys,
	.note = N_("Only coordinators add or remove closed days."),
};
static const struct key_bind closures_empty_binds[] = {
	CLOSURES_KEY_ADD,
	MENTOR_KEY_BACK,
	{ 0 },
};
static const struct keymap closures_empty_map = {
	.binds = closures_empty_binds,
	.more = &mentor_signout_keys,
	.note = N_("Only coordinators add or remove closed days."),
};

static const struct keymap *closures_keys(const struct screen *s)
{
	const struct closures_state *st = s->state;
	if (st->asking)
		return mentor_ask_keys();
	return st->cal.cal.nclosures ? &closures_map : &closures_empty_map;
}

/* "24. 12. 2026 - 31. 12. 2026" or one day, in the reader's form. */
static void days_words(const struct closure *c, char *out, size_t n)
{
	char from[32], to[32];
	fmt_date_short(c->from, from, sizeof from);
	fmt_date_short(c->to, to, sizeof to);
	if (c->from == c->to)
		snprintf(out, n, "%s", from);
	else
		snprintf(out, n, "%s – %s", from, to);
}

static void closures_draw(const struct screen *s, WINDOW *w)
{
	const struct closures_state *st = s->state;
	char line[1024], days[80];
	mentor_header(s, w, _("Mentor mode: closed days"), &st->session);
	draw_text_fit(w, 2, 1, s->cols - 2, _("Days the workshop is closed, from today on. Public holidays close it too."),
	              A_BOLD);
	if (st->failed)
		draw_text_fit(w, CLOSURES_TOP, 2, s->cols - 4, err_message(ERR_DB_BUSY), A_BOLD);
	else if (!st->cal.cal.nclosures)
		draw_text_fit(w, CLOSURES_TOP, 2, s->cols - 4, _("No closed days are recorded."), A_NORMAL);
	for (size_t i = st->lv.top; i < st->cal.cal.nclosures && (int)(i - st->lv.top) < st->lv.rows; i++) {
		const struct closure *c = &st->cal.cal.closures[i];
		char padded[128];
		days_words(c, days, sizeof days);
		snprintf(line, sizeof line, "%s  %s", text_pad(padded, sizeof padded, days, 30), c->reason);
		/* the chosen one is marked with > as well: readable without colour */
		char marked[1100];
		snprintf(marked, sizeof marked, "%s %s", i == st->lv.sel ? ">" : " ", line);
		draw_text_fit(w, CLOSURES_TOP + (int)(i - st->lv.top), 1, s->cols - 2, marked,
		              i == st->lv.sel ? theme_attr(THEME_SELECTED) : A_NORMAL);
	}
	if (st->asking) {
		char ask[400];
		days_words(&st->cal.cal.closures[st->lv.sel], days, sizeof days);
		/* TRANSLATORS: the yes key, the closure's days, then the no key (D, 24. 12. 2026, N) */
		snprintf(ask, sizeof ask, _("Press %s to open %s again. %s or Esc: no."), yes_key(), days, no_key());
		mentor_ask(s, w, ask);
	} else if (st->status[0]) {
		draw_text_wrap(w, s->rows - 4, 1, s->cols - 2, 2, st->status, A_BOLD);
	} else if (!st->session.is_coordinator) {
		draw_text_fit(w, s->rows - 3, 1, s->cols - 2, _("Only coordinators add or remove closed days."),
		              theme_attr(THEME_HINT));
	}
}

/* A mentor who is no coordinator is told so, as the forms word it. */
static int refuse_mentor(struct closures_state *st)
{
	struct refusal why;
	refusal_set(&why, ERR_NOT_COORDINATOR, REFUSAL_BY, st->session.mentor_id, 0);
	refusal_words(&why, REFUSAL_FOR_MENTOR, st->status, sizeof st->status);
	return SCR_HANDLED | SCR_REDRAW;
}

/* The answer to "open these days again?": only the yes key removes. */
static int remove_chosen(struct screen *s, struct closures_state *st, const struct event *ev)
{
	st->asking = false;
	if (!is_yes(ev)) {
		text_copy(st->status, sizeof st->status, _("Nothing was changed."));
		return SCR_HANDLED | SCR_REDRAW;
	}
	struct refusal why;
	const struct closure *c = &st->cal.cal.closures[st->lv.sel];
	char days[80];
	days_words(c, days, sizeof days);
	if (app_closure_remove(s->app, c->id, st->session.mentor_id, ev->now, &why) == ERR_OK)
		snprintf(st->status, sizeof st->status, _("%s: the workshop is open again."), days);
	else
		refusal_words(&why, REFUSAL_FOR_MENTOR, st->status, sizeof st->status);
	load(s);
	return SCR_HANDLED | SCR_REDRAW;
}

static int closures_on_event(struct screen *s, const struct event *ev)
{
	struct closures_state *st = s->state;
	if (ev->kind == EV_TICK)
		return 0;
	if (st->asking)
		return remove_chosen(s, st, ev);
	st->status[0] = '\0';
	switch (keys_action(closures_keys(s), ev)) {
	case CLOSURES_MOVE:
		listview_key(&st->lv, ev->key);
		return SCR_HANDLED | SCR_REDRAW;
	case CLOSURES_ADD:
		if (!st->session.is_coordinator)
			return refuse_mentor(st);
		return screen_go(s, SCR_PUSH, &closure_form_screen, &st->session);
	case CLOSURES_REMOVE:
		if (!st->session.is_coordinator)
			return refuse_mentor(st);
		st->asking = st->cal.cal.nclosures > 0;
		return SCR_HANDLED | SCR_REDRAW;
	case MENTOR_BACK: return SCR_POP | SCR_HANDLED;
	default: return SCR_HANDLED;
	}
}

const struct screen_ops closures_screen = {
	.name = "closures",
	.state_size = sizeof(struct closures_state),
	.enter = closures_enter,
	.leave = closures_leave,
	.layout = closures_layout,
	.draw = closures_draw,
	.on_event = closures_on_event,
	.resume = closures_resume,
	.is_mentor = true,
	.keys = closures_keys,
};
