/* Mentor mode: a coordinator closes the workshop for a day or a range of
 * days, with the reason people will read at the door. Tab chooses the
 * first or the last day, Left and Right move it a day; the reason is
 * typed; Enter records it with who and when, or says which rule it broke
 * (a mentor who is no coordinator is refused there too). A reason left
 * unsaved when mentor mode times out is kept as the coordinator's draft. */
#include <stdio.h>
#include <string.h>

#include "app/calendar.h"
#include "app/drafts.h"
#include "core/calendar.h"
#include "out/refusal_words.h"
#include "screens/screens.h"
#include "ui/draw.h"
#include "ui/field.h"
#include "util/date.h"
#include "util/fmt.h"
#include "util/i18n.h"
#include "util/text.h"

struct closure_form_state {
	struct mentor_session session;
	int from, to;            /* YYYYMMDD */
	bool on_to;              /* Left and Right move the last day */
	struct field reason;
	bool asking_leave;       /* Esc with a reason typed: "Leave without saving?" */
	bool from_draft;
	char status[512];
};

static void draft_key(const struct closure_form_state *st, struct draft *d)
{
	memset(d, 0, sizeof *d);
	d->mentor_id = st->session.mentor_id;
	text_copy(d->form, sizeof d->form, "closure");
}

static void closure_form_enter(struct screen *s, const void *arg)
{
	struct closure_form_state *st = s->state;
	struct draft d;
	bool found;
	st->session = *(const struct mentor_session *)arg;
	st->from = st->to = date_ymd(s->now);
	draft_key(st, &d);
	if (app_draft_find(s->app, &d, &found) == ERR_OK && found) {
		text_copy(st->reason.text, sizeof st->reason.text, d.body);
		st->reason.len = strlen(st->reason.text);
		st->from_draft = true;
	}
}

static void closure_form_save_draft(struct screen *s, time_t now)
{
	struct closure_form_state *st = s->state;
	struct draft d;
	draft_key(st, &d);
	text_copy(d.body, sizeof d.body, st->reason.text);
	app_draft_keep(s->app, &d, now);
}

enum closure_form_action { CLOSURE_FORM_END = 1, CLOSURE_FORM_DAY, CLOSURE_FORM_SAVE };

static const struct key_bind closure_form_binds[] = {
	{ .key = UI_KEY_TAB, .action = CLOSURE_FORM_END, .hint = N_("Tab: first or last day") },
	{ .key = KEY_LEFT, .key_also = KEY_RIGHT, .action = CLOSURE_FORM_DAY,
	  .hint = N_("Left/Right: a day earlier or later") },
	{ .key = UI_KEY_ENTER, .action = CLOSURE_FORM_SAVE, .hint = N_("Enter: save") },
	MENTOR_KEY_BACK,
	{ 0 },
};
static const struct keymap closure_form_map = {
	.binds = closure_form_binds,
	.more = &mentor_signout_keys,
	.takes_text = true,
	.note = N_("Type the reason: people read it at the door on those days."),
};

static const struct keymap *closure_form_keys(const struct screen *s)
{
	const struct closure_form_state *st = s->state;
	return st->asking_leave ? mentor_ask_keys() : &closure_form_map;
}

static void closure_form_draw(const struct screen *s, WINDOW *w)
{
	const struct closure_form_state *st = s->state;
	char line[256], from[64], to[64];
	mentor_header(s, w, _("Mentor mode: close the workshop"), &st->session);
	draw_text(w, 2, 2, s->cols - 4, _("The workshop is closed on these days; a card at the door checks nobody in."),
	          A_BOLD);
	fmt_date_weekday(st->from, from, sizeof from);
	fmt_date_weekday(st->to, to, sizeof to);
	const char *first = _("First day:"), *last = _("Last day:"), *why = _("Reason:");
	int label = text_width(first);
	if (text_width(last) > label)
		label = text_width(last);
	if (text_width(why) > label)
		label = text_width(why);
	snprintf(line, sizeof line, "%s %s", st->on_to ? " " : ">", first);
	draw_text(w, 4, 2, s->cols - 4, line, st->on_to ? A_NORMAL : A_BOLD);
	draw_text(w, 4, 6 + label, s->cols - 8 - label, from, st->on_to ? A_NORMAL : A_BOLD);
	snprintf(line, sizeof line, "%s %s", st->on_to ? ">" : " ", last);
	draw_text(w, 5, 2, s->cols - 4, line, st->on_to ? A_BOLD : A_NORMAL);
	draw_text(w, 5, 6 + label, s->cols - 8 - label, to, st->on_to ? A_BOLD : A_NORMAL);
	snprintf(line, sizeof line, "  %s", why);
	draw_text(w, 7, 2, s->cols - 4, line, A_NORMAL);
	field_draw(&st->reason, w, 7, 6 + label, s->cols - 8 - label, true);
	if (st->status[0])
		draw_text_wrap(w, 9, 2, s->cols - 4, 3, st->status, A_BOLD);
	else if (st->from_draft)
		draw_text_wrap(w, 9, 2, s->cols - 4, 2,
		               _("Your unsaved text from before. Enter saves it, Esc throws it away."), A_NORMAL);
	if (st->asking_leave)
		mentor_ask_leave(s, w);
}

static int save(struct screen *s, struct closure_form_state *st, time_t now)
{
	struct refusal why;
	struct draft d;
	if (app_closure_add(s->app, st->from, st->to, st->reason.text, st->session.mentor_id, now, NULL, &why) ==
	    ERR_OK) {
		draft_key(st, &d);
		app_draft_drop(s->app, &d);
		return SCR_POP | SCR_HANDLED;
	}
	refusal_words(&why, REFUSAL_FOR_MENTOR, st->status, sizeof st->status);
	/* the day it names is the one Left and Right now move */
	if (why.field == REFUSAL_FROM || why.field == REFUSAL_TO)
		st->on_to = why.field == REFUSAL_TO;
	return SCR_HANDLED | SCR_REDRAW;
}

static int closure_form_on_event(struct screen *s, const struct event *ev)
{
	struct closure_form_state *st = s->state;
	if (ev->kind == EV_TICK)
		return 0;
	struct draft d;
	draft_key(st, &d);
	int f = mentor_form_leave_key(s, ev, &st->asking_leave, st->reason.len > 0, &d);
	if (f)
		return f;
	struct event ended = { .kind = EV_KEY, .key = ev->key }; /* a typed line: the key that ended it */
	switch (keys_action(closure_form_keys(s), ev->kind == EV_SCAN && !ev->is_burst ? &ended : ev)) {
	case CLOSURE_FORM_END:
		st->on_to = !st->on_to;
		return SCR_HANDLED | SCR_REDRAW;
	case CLOSURE_FORM_DAY:
		calendar_range_move(&st->from, &st->to, st->on_to, ev->key == KEY_LEFT ? -1 : 1);
		return SCR_HANDLED | SCR_REDRAW;
	case CLOSURE_FORM_SAVE: return save(s, st, ev->now);
	default: break;
	}
	st->status[0] = '\0';
	if (ev->kind == EV_SCAN) /* its digits came as characters already; only its last key counts */
		return SCR_HANDLED;
	field_feed(&st->reason, ev);
	return SCR_HANDLED | SCR_REDRAW;
}

const struct screen_ops closure_form_screen = {
	.name = "closure-form",
	.state_size = sizeof(struct closure_form_state),
	.enter = closure_form_enter,
	.draw = closure_form_draw,
	.on_event = closure_form_on_event,
	.is_mentor = true,
	.keys = closure_form_keys,
	.save_draft = closure_form_save_draft,
};
