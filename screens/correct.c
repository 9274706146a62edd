/* Correcting a visit from the review queue: the real check-out (and, if
 * need be, check-in) time and a reason. The record keeps what was there
 * before, who changed it, when and why. */
#include <stdio.h>
#include <string.h>

#include "app/visits.h"
#include "screens/screens.h"
#include "ui/draw.h"
#include "ui/field.h"
#include "util/date.h"
#include "util/i18n.h"

enum { FIELD_IN, FIELD_OUT, FIELD_REASON, NFIELDS };

struct correct_state {
	struct correct_arg arg;
	struct field fields[NFIELDS];
	int focus;
	enum rota_err refused;   /* ERR_OK: nothing refused yet */
};

static void correct_enter(struct screen *s, const void *arg)
{
	struct correct_state *st = s->state;
	st->arg = *(const struct correct_arg *)arg;
	date_format_hm(st->arg.check_in, st->fields[FIELD_IN].text);
	st->fields[FIELD_IN].len = strlen(st->fields[FIELD_IN].text);
	st->focus = FIELD_OUT;
}

static void correct_draw(const struct screen *s, WINDOW *w)
{
	const struct correct_state *st = s->state;
	char line[256], day[11];
	static const char *const labels[NFIELDS] = { N_("Check-in (HH:MM):"), N_("Check-out (HH:MM):"),
		                                     N_("Reason:") };
	mentor_header(s, w, _("Mentor mode: correct a visit"), &st->arg.session);
	date_format_ymd(st->arg.day, day);
	snprintf(line, sizeof line, "%s, %s", st->arg.name, day);
	draw_text(w, 3, 2, s->cols - 4, line, A_BOLD);
	draw_wrapped(w, 5, s->cols - 4,
	             _("Enter the real times and why. What was recorded before stays in the history."),
	             A_NORMAL);
	for (int i = 0; i < NFIELDS; i++) {
		draw_text(w, 8 + 2 * i, 2, 22, _(labels[i]), A_NORMAL);
		field_draw(&st->fields[i], w, 8 + 2 * i, 24, i == FIELD_REASON ? s->cols - 26 : 8, st->focus == i);
	}
	/* a rule the times broke is named; anything else gets the general hint */
	if (st->refused == ERR_INVALID)
		draw_wrapped(w, 15, s->cols - 4,
		             _("Not saved: the times must look like 16:30, the end after the start, and a reason is needed."),
		             A_BOLD);
	else if (st->refused != ERR_OK)
		draw_wrapped(w, 15, s->cols - 4, err_message(st->refused), A_BOLD);
	draw_text(w, s->rows - 1, 1, s->cols - 2, _("Tab: next  Enter: save  Esc: back"), theme_attr(THEME_HINT));
}

static int save(struct screen *s, struct correct_state *st, time_t now)
{
	enum rota_err e = app_visit_correct(s->app, st->arg.visit_id, st->fields[FIELD_IN].text,
	                                    st->fields[FIELD_OUT].text, st->arg.session.mentor_id,
	                                    st->fields[FIELD_REASON].text, now);
	if (e == ERR_OK)
		return SCR_POP | SCR_HANDLED;
	st->refused = e;
	return SCR_HANDLED | SCR_REDRAW;
}

static int correct_on_event(struct screen *s, const struct event *ev)
{
	struct correct_state *st = s->state;
	if (ev->kind == EV_TICK)
		return 0;
	bool next = (ev->kind == EV_KEY && (ev->key == UI_KEY_TAB || ev->key == KEY_DOWN)) ||
	            (ev->kind == EV_SCAN && ev->key == UI_KEY_TAB);
	if (next || (ev->kind == EV_KEY && ev->key == KEY_UP)) {
		st->focus = (st->focus + (next ? 1 : NFIELDS - 1)) % NFIELDS;
		return SCR_HANDLED | SCR_REDRAW;
	}
	if (ev->kind == EV_SCAN || (ev->kind == EV_KEY && ev->key == UI_KEY_ENTER))
		return save(s, st, ev->now);
	if (ev->kind == EV_KEY && ev->key == UI_KEY_ESC)
		return SCR_POP | SCR_HANDLED;
	field_feed(&st->fields[st->focus], ev);
	return SCR_HANDLED | SCR_REDRAW;
}

const struct screen_ops correct_screen = {
	.name = "correct",
	.state_size = sizeof(struct correct_state),
	.enter = correct_enter,
	.draw = correct_draw,
	.on_event = correct_on_event,
	.is_mentor = true,
};
