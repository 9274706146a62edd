/* The greeting after a check-in or check-out, in the person's own language:
 * CHECKED IN / CHECKED OUT in big letters beside a sign that needs no
 * reading (an arrow into the door, or out of it), the first name and last
 * initial in big letters too, the time, hours today. It belongs to the person who scanned: for a short
 * window (undo_seconds) U undoes and S shows their own hours, but only as
 * the first key after the scan. Any other key, or another scan, ends the
 * greeting at once, so the next person in the queue can neither undo nor
 * see it (a digit goes on to home: a card typed by hand). The same card
 * again within the guard says "already checked in" here and keeps the first
 * scan's undo while its window lasts. Returns home by itself. */
#include <stdio.h>
#include <string.h>

#include "app/app.h"
#include "app/processes.h"
#include "app/scan_repeat.h"
#include "core/attendance.h"
#include "screens/screens.h"
#include "ui/bigtext.h"
#include "ui/draw.h"
#include "util/date.h"
#include "util/i18n.h"
#include "util/text.h"

struct greeting_state {
	struct scan_result result;
	struct scan_result undo_of;  /* the scan U undoes: this one, or the one a repeat repeats */
	bool has_undo;
	bool keyed;                  /* a key came after the scan: U and S are gone */
	time_t now;
	char big[32];
	char when[128];
	char hours[128];
	char work[200];
	char stale[256];
	char after_end[256];  /* after the programme ended: see the mentor, kindly */
	char undo_line[200];  /* the undo offer with the seconds left */
	int undo_left;
	struct keymap keys_undo, keys_plain;  /* in the person's language */
	char undone[160];
	int top;
	struct flow flow;
};

static bool update_undo_line(const struct screen *s, struct greeting_state *st);

enum greeting_action { GREETING_UNDO = 1, GREETING_SELF, GREETING_CLOSE, GREETING_CARD };

/* Past the window, after another key, or any other key: the greeting ends
 * at once, so nobody else undoes it or opens someone's hours. A digit goes
 * on to home: it may be the first of a card typed by hand. */
#define GREETING_KEYS_CLOSE                                                                        \
	{ .ch = '0', .ch_last = '9', .action = GREETING_CARD, .hint = N_("0-9: your card number"),    \
	  .help = N_("type the number on your card"), .is_help_only = true },                         \
	{ .is_any_key = true, .is_any_letter = true, .action = GREETING_CLOSE,                        \
	  .hint = N_("any other key: close"), .is_help_only = true }

static const struct key_bind greeting_undo_binds[] = {
	{ .ch = 'U', .action = GREETING_UNDO, .hint = N_("U: undo"),
	  .help = N_("not you, or a mistake: the scan is not counted") },
	{ .ch = 'S', .action = GREETING_SELF, .hint = N_("S: see my hours and progress") },
	{ .key = UI_KEY_ENTER, .action = GREETING_CLOSE, .hint = N_("Enter: close") },
	GREETING_KEYS_CLOSE,
	{ 0 },
};
static const struct key_bind greeting_binds[] = {
	{ .key = UI_KEY_ENTER, .action = GREETING_CLOSE, .hint = N_("Enter: close"),
	  .help = N_("close this (any other key too)") },
	GREETING_KEYS_CLOSE,
	{ 0 },
};

/* Prepares every sentence in the person's language, once. */
static void greeting_enter(struct screen *s, const void *arg)
{
	struct greeting_state *st = s->state;
	const struct scan_result *r = arg;
	char kiosk_lang[3], today[32];
	st->result = *r;
	st->now = r->clock_at ? r->clock_at : r->at;
	st->keyed = false;
	if (r->action == ATT_CHECK_IN || r->action == ATT_CHECK_OUT) {
		st->undo_of = *r;
		st->has_undo = true;
	} else {
		st->has_undo = app_scan_repeat_can_undo(s->app, r, st->now) &&
		               app_scan_repeated(s->app, r, &st->undo_of) == ERR_OK;
	}
	i18n_switch(r->lang, kiosk_lang);
	date_format_duration(r->seconds_today, today, sizeof today);
	flow_result_words(r, st->big, sizeof st->big, st->when, sizeof st->when);
	if (r->work.has && r->work.mentor_first[0])
		/* TRANSLATORS: process, then the mentor's first name (nominative) */
		snprintf(st->work, sizeof st->work, _("Today: %s, with %s."),
		         app_process_name_in(&r->work.process, r->lang), r->work.mentor_first);
	else if (r->work.has)
		snprintf(st->work, sizeof st->work, _("Today: %s."), app_process_name_in(&r->work.process, r->lang));
	if (r->seconds_today >= 60)
		snprintf(st->hours, sizeof st->hours, _("Today in the workshop: %s"), today);
	if (r->closed_stale)
		text_copy(st->stale, sizeof st->stale,
		          _("Your last visit had no check-out. That is fine: a mentor will fill it in."));
	/* Recorded all the same; what it counts for is a coordinator's
	 * choice, so the door only asks for a word with the mentor. */
	if (r->after_end)
		text_copy(st->after_end, sizeof st->after_end,
		          _("Good to see you. Please have a word with your mentor today."));
	text_copy(st->undone, sizeof st->undone, _("Undone. This scan was not counted."));
	i18n_restore(kiosk_lang);
	st->keys_undo = (struct keymap){ .binds = greeting_undo_binds, .lang = st->result.lang };
	st->keys_plain = (struct keymap){ .binds = greeting_binds, .lang = st->result.lang };
	update_undo_line(s, st);
}

static int undo_seconds_left(const struct screen *s, const struct greeting_state *st)
{
	if (!st->has_undo || st->keyed)
		return 0;
	/* A clock set back stands before the scan's recorded time: the undo
	 * would be refused (att_can_undo), so it is not offered. */
	if (st->now < st->undo_of.at)
		return 0;
	long left = (long)(st->undo_of.at + s->app->cfg.undo_s - st->now);
	return left > 0 ? (int)left : 0;
}

/* Rewrites the undo offer when its count of seconds changed; returns true
 * then. In the person's language, like the rest of the greeting. */
static bool update_undo_line(const struct screen *s, struct greeting_state *st)
{
	int left = undo_seconds_left(s, st);
	if (left == st->undo_left && st->undo_line[0])
		return false;
	st->undo_left = left;
	char kiosk_lang[3];
	i18n_switch(st->result.lang, kiosk_lang);
	snprintf(st->undo_line, sizeof st->undo_line,
	         _("Not you, or a mistake? Press U to undo (%d s)."), left);
	i18n_restore(kiosk_lang);
	return true;
}

/* Whether U or S may still act: the first key after the scan, in the window. */
static bool owns_key(const struct screen *s, const struct greeting_state *st)
{
	return !st->keyed && undo_seconds_left(s, st) > 0;
}

/* U and S only while the undo lasts: the first key after the scan. */
static const struct keymap *greeting_keys(const struct screen *s)
{
	const struct greeting_state *st = s->state;
	return owns_key(s, st) ? &st->keys_undo : &st->keys_plain;
}

static void greeting_layout(struct screen *s)
{
	struct greeting_state *st = s->state;
	st->top = s->rows > 24 ? (s->rows - 22) / 2 : 1;
}

static void greeting_draw(const struct screen *s, WINDOW *w)
{
	const struct greeting_state *st = s->state;
	const struct scan_result *r = &st->result;
	bool is_in = r->action == ATT_CHECK_IN;
	attr_t tone = theme_attr(is_in ? THEME_IN : THEME_OUT);
	int y = st->top + 1;
	/* The sign beside the word says in or out to someone who reads little;
	 * "already" has no big word, and the name moves up. */
	if (st->big[0])
		y += bigtext_draw_signed(w, y, is_in ? BIGTEXT_SIGN_IN : BIGTEXT_SIGN_OUT, st->big, tone);
	/* The name in big letters too (its marks, Č's caron, in the row above):
	 * plain bold when it is too long or has a letter the font lacks. */
	y += BIGTEXT_MARK_ROWS;
	y += bigtext_draw_centered(w, y, r->short_name, A_BOLD) + 1;
	draw_centered(w, y, st->when, A_NORMAL);
	draw_centered(w, y + 1, st->work, A_BOLD);
	draw_centered(w, y + 2, st->hours, A_NORMAL);
	if (st->after_end[0])
		draw_wrapped(w, y + 4, s->cols - 8, st->after_end, A_BOLD);
	if (st->stale[0])
		draw_wrapped(w, y + (st->after_end[0] ? 6 : 4), s->cols - 8, st->stale, theme_attr(THEME_HINT));
	if (st->undo_left > 0) {
		draw_centered(w, s->rows - 4, st->undo_line, theme_attr(THEME_HINT));
	}
}

static int undo(struct screen *s, struct greeting_state *st, time_t now)
{
	enum rota_err e = app_scan_undo(s->app, &st->undo_of, now);
	if (e != ERR_OK)
		return flow_error(s, &st->flow, e, SCR_REPLACE);
	memset(&st->flow.message, 0, sizeof st->flow.message);
	text_copy(st->flow.message.title, sizeof st->flow.message.title, st->result.short_name);
	text_copy(st->flow.message.body, sizeof st->flow.message.body, st->undone);
	st->flow.message.seconds = 8;
	text_copy(st->flow.message.lang, sizeof st->flow.message.lang, st->result.lang);
	return screen_go(s, SCR_REPLACE, &message_screen, &st->flow.message);
}

static int greeting_on_event(struct screen *s, const struct event *ev)
{
	struct greeting_state *st = s->state;
	st->now = ev->now;
	int act = keys_action(greeting_keys(s), ev); /* U and S while they are offered */
	if (ev->kind == EV_CHAR || ev->kind == EV_SCAN || (ev->kind == EV_KEY && ev->key != UI_KEY_CLEAR))
		st->keyed = true;
	switch (ev->kind) {
	case EV_SCAN:
		/* The next person need not wait. */
		return flow_scan(s, &st->flow, ev->text, !ev->is_burst, ev->now, SCR_REPLACE);
	case EV_CHAR:
	case EV_KEY:
		switch (act) {
		case GREETING_UNDO: return undo(s, st, ev->now);
		case GREETING_SELF: return screen_go(s, SCR_REPLACE, &self_view_screen, &st->result);
		case GREETING_CARD: return SCR_HOME | SCR_PASS_ON | SCR_HANDLED;
		case GREETING_CLOSE: return SCR_HOME | SCR_HANDLED;
		default: return SCR_HANDLED; /* the kiosk forgot a typed line: no key */
		}
	case EV_RESIZE: /* the manager's alone (event.h) */
		break;
	case EV_TICK:
		if (ev->now - st->result.at >= s->app->cfg.greeting_s)
			return SCR_HOME;
		return update_undo_line(s, st) ? SCR_REDRAW : 0;
	}
	return 0;
}

const struct screen_ops greeting_screen = {
	.name = "greeting",
	.state_size = sizeof(struct greeting_state),
	.enter = greeting_enter,
	.layout = greeting_layout,
	.draw = greeting_draw,
	.on_event = greeting_on_event,
	.keys = greeting_keys,
};
