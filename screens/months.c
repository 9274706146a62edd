/* Mentor mode: the months that are over, each open or closed. A
 * coordinator closes the chosen month (C, after a yes in the reader's
 * language): its attendance list is kept as signed, and the fingerprint
 * printed on it shows here; or reopens it (O) with a reason and a yes. A
 * mentor who is not a coordinator is told so calmly, in the rule's own
 * words (out/refusal_words.h), before any question; nothing changes. The
 * closing itself is app_month_close's, as `rota month close`. */
#include <stdio.h>
#include <string.h>

#include "app/month.h"
#include "app/month_words.h"
#include "out/refusal_words.h"
#include "screens/screens.h"
#include "ui/draw.h"
#include "ui/field.h"
#include "ui/listview.h"
#include "util/date.h"
#include "util/fmt.h"
#include "util/i18n.h"
#include "util/text.h"

#define MONTHS_SHOWN 12
#define MONTHS_TOP 4

/* One month that is over, as the list shows it. */
struct month_line {
	int yyyymm;
	bool is_closed;
	struct month_close close;   /* its standing closing, when closed */
	char by[64];                /* who closed it */
};

enum months_mode { MONTHS_LIST, MONTHS_ASK_CLOSE, MONTHS_REASON, MONTHS_ASK_REOPEN };

struct months_state {
	struct person_arg who;      /* the signed-in mentor; person_id 0 */
	struct month_line lines[MONTHS_SHOWN];
	size_t n;
	struct listview lv;
	enum months_mode mode;
	struct field reason;
	char status[400];           /* what the last key did, or why it was refused */
};

static void on_close(const struct month_close *c, void *ctx)
{
	struct months_state *st = ctx;
	for (size_t i = 0; i < st->n; i++)
		if (st->lines[i].yyyymm == c->month && !c->reopened_at) {
			st->lines[i].is_closed = true;
			st->lines[i].close = *c;
		}
}

/* The months before now's, newest first, and their closings. */
static void load(struct screen *s, time_t now)
{
	struct months_state *st = s->state;
	int m = date_ymd(now) / 100;
	st->n = 0;
	for (int i = 0; i < MONTHS_SHOWN; i++) {
		m = m % 100 == 1 ? (m / 100 - 1) * 100 + 12 : m - 1;
		st->lines[st->n++] = (struct month_line){ .yyyymm = m };
	}
	if (app_month_each(s->app, on_close, st) != ERR_OK)
		for (size_t i = 0; i < st->n; i++)
			st->lines[i].is_closed = false;
	for (size_t i = 0; i < st->n; i++)
		if (st->lines[i].is_closed)
			app_month_person_name(s->app, st->lines[i].close.by, st->lines[i].by, sizeof st->lines[i].by);
	listview_set_count(&st->lv, st->n);
}

static void months_enter(struct screen *s, const void *arg)
{
	struct months_state *st = s->state;
	st->who.session = *(const struct mentor_session *)arg;
	load(s, s->now);
}

static void months_resume(struct screen *s)
{
	load(s, s->now);
}

static void months_layout(struct screen *s)
{
	struct months_state *st = s->state;
	listview_set_rows(&st->lv, s->rows - MONTHS_TOP - 8);
}

enum months_action { MONTHS_CLOSE = 1, MONTHS_REOPEN, MONTHS_MOVE, MONTHS_REASON_DONE };

static const struct key_bind months_binds[] = {
	{ .ch = 'C', .action = MONTHS_CLOSE, .hint = N_("C: close"),
	  .help = N_("close the chosen month, its list kept as signed (a coordinator)") },
	{ .ch = 'O', .action = MONTHS_REOPEN, .hint = N_("O: reopen"),
	  .help = N_("reopen the chosen month, with a reason (a coordinator)") },
	{ .is_list_move = true, .action = MONTHS_MOVE, .hint = N_("Up/Down: choose"), .is_help_only = true },
	MENTOR_KEY_BACK,
	{ 0 },
};
static const struct keymap months_map = {
	.binds = months_binds,
	.more = &mentor_menu_on_months,
	.note = N_("Only coordinators close and reopen months."),
};
static const struct key_bind reason_binds[] = {
	{ .key = UI_KEY_ENTER, .action = MONTHS_REASON_DONE, .hint = N_("Enter: go on") },
	MENTOR_KEY_BACK,
	{ 0 },
};
static const struct keymap reason_map = { .binds = reason_binds, .more = &mentor_signout_keys, .takes_text = true };

static const struct keymap *months_keys(const struct screen *s)
{
	const struct months_state *st = s->state;
	switch (st->mode) {
	case MONTHS_ASK_CLOSE:
	case MONTHS_ASK_REOPEN: return mentor_ask_keys();
	case MONTHS_REASON: return &reason_map;
	case MONTHS_LIST: break;
	}
	return &months_map;
}

static void months_draw(const struct screen *s, WINDOW *w)
{
	const struct months_state *st = s->state;
	char line[300], month[48], day[32];
	mentor_header(s, w, _("Mentor mode: months"), &st->who.session);
	draw_text_fit(w, 2, 1, s->cols - 2, _("Months that are over: a closed month's list stays as it was signed."),
	              A_BOLD);
	for (size_t i = st->lv.top; i < st->n && (int)(i - st->lv.top) < st->lv.rows; i++) {
		const struct month_line *l = &st->lines[i];
		fmt_month(l->yyyymm, month, sizeof month);
		char name[64];
		text_pad(name, sizeof name, month, 18);
		if (l->is_closed) {
			fmt_date_short(date_ymd(l->close.at), day, sizeof day);
			/* TRANSLATORS: a closed month's line: the day it was closed, who closed it */
			snprintf(line, sizeof line, _("  %s closed on %s by %s"), name, day, l->by);
		} else {
			snprintf(line, sizeof line, _("  %s open"), name);
		}
		draw_text_fit(w, MONTHS_TOP + (int)(i - st->lv.top), 1, s->cols - 2, line,
		              i == st->lv.sel ? theme_attr(THEME_SELECTED) : A_NORMAL);
	}
	const struct month_line *sel = st->n ? &st->lines[st->lv.sel] : NULL;
	int y = s->rows - 7;
	if (sel && sel->is_closed && st->mode == MONTHS_LIST) {
		draw_text_fit(w, y, 2, s->cols - 4, _("Fingerprint (SHA-256) printed on its list:"), A_NORMAL);
		draw_text_fit(w, y + 1, 2, s->cols - 4, sel->close.fingerprint, A_BOLD);
	}
	if (sel && st->mode == MONTHS_REASON) {
		fmt_month(sel->yyyymm, month, sizeof month);
		snprintf(line, sizeof line, _("Why is %s reopened?"), month);
		draw_text_fit(w, y, 2, s->cols - 4, line, A_BOLD);
		field_draw(&st->reason, w, y + 1, 2, s->cols - 4, true);
	}
	if (st->status[0])
		draw_text_wrap(w, s->rows - 4, 1, s->cols - 2, 2, st->status, A_BOLD);
	if (sel && (st->mode == MONTHS_ASK_CLOSE || st->mode == MONTHS_ASK_REOPEN)) {
		fmt_month(sel->yyyymm, month, sizeof month);
		/* TRANSLATORS: the yes key, the month, then the no key of your language (D, N) */
		snprintf(line, sizeof line,
		         st->mode == MONTHS_ASK_CLOSE ? _("Press %s to close %s as signed. %s or Esc: no.")
		                                      : _("Press %s to reopen %s. %s or Esc: no."),
		         yes_key(), month, no_key());
		mentor_ask(s, w, line);
	}
}

/* Says refusal why in a mentor's words. */
static void refused(struct months_state *st, const struct refusal *why)
{
	refusal_words(why, REFUSAL_FOR_MENTOR, st->status, sizeof st->status);
}

/* C or O: a coordinator is asked (O: for a reason first); anyone else is
 * told why not. */
static int start(struct screen *s, struct months_state *st, enum months_mode next, const struct event *ev)
{
	struct refusal why = { 0 };
	const struct month_line *l = &st->lines[st->lv.sel];
	if (app_month_may_close(s->app, l->yyyymm, st->who.session.mentor_id, ev->now, &why) != ERR_OK) {
		refused(st, &why);
		return SCR_HANDLED | SCR_REDRAW;
	}
	st->mode = next;
	memset(&st->reason, 0, sizeof st->reason);
	return SCR_HANDLED | SCR_REDRAW;
}

/* The answer to a question: a yes closes or reopens the chosen month. */
static int answer(struct screen *s, struct months_state *st, const struct event *ev)
{
	enum months_mode mode = st->mode;
	st->mode = MONTHS_LIST;
	if (!is_yes(ev))
		return SCR_HANDLED | SCR_REDRAW;
	const struct month_line *l = &st->lines[st->lv.sel];
	int yyyymm = l->yyyymm;
	char month[48];
	fmt_month(yyyymm, month, sizeof month);
	struct refusal why = { 0 };
	struct month_close c;
	enum rota_err e = mode == MONTHS_ASK_CLOSE
	                          ? app_month_close(s->app, yyyymm, st->who.session.mentor_id, ev->now, &c, &why)
	                          : app_month_reopen(s->app, yyyymm, st->who.session.mentor_id, st->reason.text,
	                                             ev->now, &why);
	if (e != ERR_OK)
		refused(st, &why);
	else if (mode == MONTHS_ASK_CLOSE)
		snprintf(st->status, sizeof st->status, _("%s is closed: its list is kept as signed."), month);
	else
		snprintf(st->status, sizeof st->status, _("%s is open again. Closing it again keeps a new list."), month);
	load(s, ev->now);
	return SCR_HANDLED | SCR_REDRAW;
}

/* The reason being typed: Enter asks the question, Esc goes back to the list. */
static int reason_key(struct months_state *st, const struct event *ev)
{
	struct event ended = { .kind = EV_KEY, .key = ev->key }; /* a typed line: the key that ended it */
	int act = keys_action(&reason_map, ev->kind == EV_SCAN && !ev->is_burst ? &ended : ev);
	if (act == MENTOR_BACK) {
		st->mode = MONTHS_LIST;
		return SCR_HANDLED | SCR_REDRAW;
	}
	/* A line typed by hand ends in Enter: its characters are in the field already. */
	if (act == MONTHS_REASON_DONE || ev->kind == EV_SCAN) {
		if (text_check(st->reason.text, TEXT_LINE, TEXT_REASON_CHARS) != TEXT_OK) {
			struct refusal why;
			refusal_set(&why, ERR_VISIT_REASON, REFUSAL_REASON, 0, 0);
			refused(st, &why);
			return SCR_HANDLED | SCR_REDRAW;
		}
		st->mode = MONTHS_ASK_REOPEN;
		return SCR_HANDLED | SCR_REDRAW;
	}
	st->status[0] = '\0';
	field_feed(&st->reason, ev);
	return SCR_HANDLED | SCR_REDRAW;
}

static int months_on_event(struct screen *s, const struct event *ev)
{
	struct months_state *st = s->state;
	if (ev->kind == EV_TICK)
		return 0;
	if (st->mode == MONTHS_ASK_CLOSE || st->mode == MONTHS_ASK_REOPEN)
		return answer(s, st, ev);
	if (st->mode == MONTHS_REASON)
		return reason_key(st, ev);
	st->status[0] = '\0';
	switch (keys_action(&months_map, ev)) {
	case MONTHS_MOVE:
		listview_key(&st->lv, ev->key);
		return SCR_HANDLED | SCR_REDRAW;
	case MONTHS_CLOSE:
		return st->n ? start(s, st, MONTHS_ASK_CLOSE, ev) : SCR_HANDLED;
	case MONTHS_REOPEN:
		return st->n ? start(s, st, MONTHS_REASON, ev) : SCR_HANDLED;
	default:
		break;
	}
	int f = mentor_menu_key(s, ev, &st->who);
	return f ? f : SCR_HANDLED | SCR_REDRAW;
}

const struct screen_ops months_screen = {
	.name = "months",
	.state_size = sizeof(struct months_state),
	.enter = months_enter,
	.resume = months_resume,
	.layout = months_layout,
	.draw = months_draw,
	.on_event = months_on_event,
	.is_mentor = true,
	.keys = months_keys,
};
