/* The greeting after a check-in or check-out, in the person's own language:
 * CHECKED IN / CHECKED OUT in big letters, first name and last initial, the
 * time, hours today. For a short window (undo_seconds) the person who
 * scanned may press U to undo or S to see their own hours; after it the
 * greeting offers neither, so the next person in the queue cannot. A new
 * scan always ends the greeting. Returns home by itself. */
#include <stdio.h>
#include <string.h>

#include "app/app.h"
#include "core/attendance.h"
#include "screens/screens.h"
#include "ui/bigtext.h"
#include "ui/draw.h"
#include "util/date.h"
#include "util/i18n.h"
#include "util/text.h"

struct greeting_state {
	struct scan_result result;
	time_t now;
	char big[32];
	char when[128];
	char hours[128];
	char work[200];
	char stale[256];
	char undo_line[200];  /* the undo offer with the seconds left */
	int undo_left;
	char close_hint[128];
	char self_hint[128];
	char undone[160];
	int top;
	struct flow flow;
};

static bool update_undo_line(const struct screen *s, struct greeting_state *st);

/* Prepares every sentence in the person's language, once. */
static void greeting_enter(struct screen *s, const void *arg)
{
	struct greeting_state *st = s->state;
	const struct scan_result *r = arg;
	char kiosk_lang[3], today[32];
	st->result = *r;
	st->now = r->at;
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
	text_copy(st->close_hint, sizeof st->close_hint, _("Press Enter to close."));
	text_copy(st->self_hint, sizeof st->self_hint, _("S: see my hours and progress"));
	text_copy(st->undone, sizeof st->undone, _("Undone. This scan was not counted."));
	i18n_restore(kiosk_lang);
	update_undo_line(s, st);
}

static int undo_seconds_left(const struct screen *s, const struct greeting_state *st)
{
	long left = (long)(st->result.at + s->app->cfg.undo_s - st->now);
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

static void greeting_layout(struct screen *s)
{
	struct greeting_state *st = s->state;
	st->top = s->rows > 24 ? (s->rows - 22) / 2 : 1;
}

static void greeting_draw(const struct screen *s, WINDOW *w)
{
	const struct greeting_state *st = s->state;
	const struct scan_result *r = &st->result;
	attr_t tone = theme_attr(r->action == ATT_CHECK_IN ? THEME_IN : THEME_OUT);
	int y = st->top;
	bigtext_draw_centered(w, y + 1, st->big, tone);
	draw_centered(w, y + 8, r->short_name, A_BOLD);
	draw_centered(w, y + 10, st->when, A_NORMAL);
	draw_centered(w, y + 12, st->work, A_BOLD);
	draw_centered(w, y + 13, st->hours, A_NORMAL);
	if (st->stale[0])
		draw_wrapped(w, y + 15, s->cols - 8, st->stale, theme_attr(THEME_HINT));
	if (st->undo_left > 0) {
		draw_centered(w, s->rows - 5, st->undo_line, theme_attr(THEME_HINT));
		draw_centered(w, s->rows - 3, st->self_hint, theme_attr(THEME_HINT));
	}
	draw_centered(w, s->rows - 2, st->close_hint, theme_attr(THEME_HINT));
}

static int undo(struct screen *s, struct greeting_state *st, time_t now)
{
	enum rota_err e = app_scan_undo(s->app, &st->result, now);
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
	switch (ev->kind) {
	case EV_SCAN:
		/* The next person need not wait. */
		return flow_scan(s, &st->flow, ev->text, ev->now, SCR_REPLACE);
	case EV_CHAR:
		if ((ev->ch == 'u' || ev->ch == 'U') && undo_seconds_left(s, st) > 0)
			return undo(s, st, ev->now);
		if ((ev->ch == 's' || ev->ch == 'S') && undo_seconds_left(s, st) > 0)
			return screen_go(s, SCR_REPLACE, &self_view_screen, &st->result);
		/* Past the window, or any other letter: the greeting closes, so a
		 * letter neither opens someone's hours nor lingers before the next
		 * card's digits. Digits stay: they may be a card typed by hand. */
		if (flow_is_letter(ev->ch))
			return SCR_HOME | SCR_HANDLED;
		return SCR_HANDLED;
	case EV_KEY:
		if (ev->key == UI_KEY_ENTER || ev->key == UI_KEY_ESC)
			return SCR_HOME | SCR_HANDLED;
		return SCR_HANDLED;
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
};
