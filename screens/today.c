/* Mentor mode: today. Who is in now (since when), who came and went, and
 * who was expected and is not here yet. Only ever shown to mentors. C
 * checks out everyone still here at the closing time, after a Y; X opens
 * the days the workshop is closed. */
#include <stdio.h>
#include <string.h>

#include "app/expect.h"
#include "app/today.h"
#include "app/visits.h"
#include "out/err_words.h"
#include "screens/screens.h"
#include "ui/draw.h"
#include "util/date.h"
#include "util/fmt.h"
#include "util/i18n.h"

struct today_state {
	struct person_arg who;        /* the signed-in mentor; person_id 0 */
	struct today today;
	bool failed;
	bool confirming;         /* C was pressed: Y closes the open visits */
	time_t closing_at;       /* when they are checked out: asked and done alike */
	char status[200];
};

static void today_enter(struct screen *s, const void *arg)
{
	struct today_state *st = s->state;
	st->who.session = *(const struct mentor_session *)arg;
	st->failed = app_today(s->app, s->now, &st->today) != ERR_OK;
}

static void today_leave(struct screen *s)
{
	struct today_state *st = s->state;
	app_today_free(&st->today);
}

/* Back on top (a card was checked in over it): who is here now. */
static void today_resume(struct screen *s)
{
	struct today_state *st = s->state;
	app_today_free(&st->today);
	st->failed = app_today(s->app, s->now, &st->today) != ERR_OK;
}

enum today_action { TODAY_CLOSE = 1, TODAY_CLOSURES };

static const struct key_bind today_binds[] = {
	{ .ch = 'C', .action = TODAY_CLOSE, .hint = N_("C: close the day"),
	  .help = N_("check out everyone still here at closing time") },
	{ .ch = 'X', .action = TODAY_CLOSURES, .hint = N_("X: closed days"),
	  .help = N_("the days the workshop is closed; a coordinator adds and removes them") },
	MENTOR_KEY_BACK,
	{ 0 },
};
static const struct keymap today_map = { .binds = today_binds, .more = &mentor_menu_on_today };

static const struct keymap *today_keys(const struct screen *s)
{
	const struct today_state *st = s->state;
	return st->confirming ? mentor_ask_keys() : &today_map;
}

static void today_draw(const struct screen *s, WINDOW *w)
{
	const struct today_state *st = s->state;
	char line[256], in[6], out[6];
	int half = s->cols / 2, y = 3;
	mentor_header(s, w, _("Mentor mode: today"), &st->who.session);
	if (st->failed)
		draw_text(w, 3, 1, s->cols - 2, err_message(ERR_DB_BUSY), A_BOLD);
	draw_text(w, 2, 1, half - 2, _("Here today"), A_BOLD);
	for (size_t i = 0; i < st->today.nin && y < s->rows - 3; i++, y++) {
		const struct today_row *r = &st->today.in[i];
		date_format_hm(r->check_in, in);
		if (r->is_in) {
			snprintf(line, sizeof line, "%s  %s %s%s%s", r->name, _("in since"), in, r->station[0] ? ", " : "",
			         r->station);
		} else {
			date_format_hm(r->check_out, out);
			snprintf(line, sizeof line, "%s  %s-%s", r->name, in, out);
		}
		draw_text_fit(w, y, 1, half - 2, line, r->is_in ? A_BOLD : A_NORMAL);
	}
	draw_text_fit(w, 2, half, s->cols - half - 1, _("Expected, not here yet"), A_BOLD);
	y = 3;
	/* Everyone the calendar expects, longest away first, with their last day. */
	for (size_t i = 0; i < st->today.naway && y < s->rows - 3; i++, y++) {
		const struct today_row *r = &st->today.away[i];
		char day[32];
		if (r->last_day) {
			fmt_date_short(r->last_day, day, sizeof day);
			snprintf(line, sizeof line, _("%s  last here %s"), r->name, day);
		} else if (r->away_long) {
			snprintf(line, sizeof line, P_("%s  not here for more than %d day", "%s  not here for more than %d days",
			                               EXPECT_LOOKBACK_DAYS), r->name, EXPECT_LOOKBACK_DAYS);
		} else {
			snprintf(line, sizeof line, _("%s  not here yet"), r->name);
		}
		draw_text_fit(w, y, half, s->cols - half - 1, line, A_NORMAL);
	}
	if (st->confirming) {
		char at[6];
		date_format_hm(st->closing_at, at);
		/* TRANSLATORS: the yes key, the time, then the no key (D, 17:00, N) */
		snprintf(line, sizeof line, _("Press %s to check out everyone still here at %s. %s or Esc: no."),
		         yes_key(), at, no_key());
		mentor_ask(s, w, line);
	} else if (st->status[0]) {
		draw_text_fit(w, s->rows - 3, 1, s->cols - 2, st->status, A_BOLD);
	}
}

/* The answer to "check out everyone at closing time?": only the yes key acts. */
static int close_open(struct screen *s, struct today_state *st, const struct event *ev)
{
	st->confirming = false;
	if (!is_yes(ev)) {
		snprintf(st->status, sizeof st->status, "%s", _("Nothing was changed."));
		return SCR_HANDLED | SCR_REDRAW;
	}
	int closed = 0;
	time_t at = st->closing_at;
	enum rota_err e = app_visits_close_open(s->app, at, st->who.session.mentor_id, NULL, ev->now, &closed);
	if (e == ERR_OK) {
		char hm[6];
		date_format_hm(at, hm);
		snprintf(st->status, sizeof st->status, _("Checked out at %s: %d"), hm, closed);
	} else {
		snprintf(st->status, sizeof st->status, "%s", err_message(e));
	}
	app_today_free(&st->today);
	st->failed = app_today(s->app, ev->now, &st->today) != ERR_OK;
	return SCR_HANDLED | SCR_REDRAW;
}

static int today_on_event(struct screen *s, const struct event *ev)
{
	struct today_state *st = s->state;
	if (ev->kind == EV_TICK)
		return 0;
	if (st->confirming)
		return close_open(s, st, ev);
	st->status[0] = '\0';
	int act = keys_action(today_keys(s), ev);
	if (act == TODAY_CLOSE) {
		st->confirming = true;
		st->closing_at = app_visit_closing_time(s->app, ev->now);
		return SCR_HANDLED | SCR_REDRAW;
	}
	if (act == TODAY_CLOSURES)
		return screen_go(s, SCR_PUSH, &closures_screen, &st->who.session);
	int f = mentor_menu_key(s, ev, &st->who);
	return f ? f : SCR_HANDLED;
}

const struct screen_ops today_screen = {
	.name = "today",
	.state_size = sizeof(struct today_state),
	.enter = today_enter,
	.leave = today_leave,
	.draw = today_draw,
	.on_event = today_on_event,
	.resume = today_resume,
	.is_mentor = true,
	.keys = today_keys,
};
