/* A calm message: an unknown or replaced card, "already checked in", an
 * undo. One sentence, no alarm, back home by itself. */
#include <stdio.h>
#include <string.h>

#include "core/person.h"
#include "screens/screens.h"
#include "ui/bigtext.h"
#include "ui/draw.h"
#include "util/i18n.h"

struct message_state {
	struct message_arg msg;
	time_t shown_at;
	struct keymap keys;      /* its words in the message's language */
	struct flow flow;
};

enum message_action { MESSAGE_CLOSE = 1 };

static const struct key_bind message_binds[] = {
	{ .key = UI_KEY_ENTER, .action = MESSAGE_CLOSE, .hint = N_("Enter: close"),
	  .help = N_("close this (Esc or any letter too)") },
	{ .key = UI_KEY_ESC, .action = MESSAGE_CLOSE, .hint = N_("Esc: close"), .is_help_only = true },
	{ .is_any_letter = true, .action = MESSAGE_CLOSE, .hint = N_("any letter: close"), .is_help_only = true },
	{ 0 },
};

static const struct keymap *message_keys(const struct screen *s)
{
	const struct message_state *st = s->state;
	return &st->keys;
}

static void message_enter(struct screen *s, const void *arg)
{
	struct message_state *st = s->state;
	char kiosk_lang[3];
	st->msg = *(const struct message_arg *)arg;
	st->shown_at = 0;
	(void)kiosk_lang;
	st->keys = (struct keymap){ .binds = message_binds, .lang = st->msg.lang };
}

static void message_draw(const struct screen *s, WINDOW *w)
{
	const struct message_state *st = s->state;
	int height = (st->msg.big[0] ? 7 : 0) + (st->msg.title[0] ? 2 : 0) + 2;
	int y = (s->rows - height) / 2 - 1;
	if (st->msg.big[0]) {
		bigtext_draw_centered(w, y, st->msg.big, theme_attr(st->msg.tone));
		y += 7;
	}
	if (st->msg.title[0]) {
		draw_centered(w, y, st->msg.title, A_BOLD | theme_attr(st->msg.tone));
		y += 2;
	}
	if (st->msg.body[0])
		draw_wrapped(w, y, s->cols - 12 > 60 ? 60 : s->cols - 12, st->msg.body, A_BOLD);
}

static int message_on_event(struct screen *s, const struct event *ev)
{
	struct message_state *st = s->state;
	if (!st->shown_at)
		st->shown_at = ev->now;
	switch (ev->kind) {
	case EV_SCAN:
		/* A message often follows a wrong PIN, and the next thing typed is
		 * the PIN again: a line shaped like a PIN is never read as a card
		 * (a card's number is longer), and nothing of it is shown. */
		if (person_pin_is_well_formed(ev->text))
			return SCR_HANDLED;
		return flow_scan(s, &st->flow, ev->text, !ev->is_burst, ev->now, SCR_REPLACE);
	case EV_KEY:
	case EV_CHAR:
		/* A letter closes the message, so it never lingers before the next
		 * card's digits; digits stay (a card or a PIN typed by hand). */
		if (keys_action(&st->keys, ev) == MESSAGE_CLOSE)
			return SCR_HOME | SCR_HANDLED;
		return SCR_HANDLED;
	case EV_TICK:
		return ev->now - st->shown_at >= st->msg.seconds ? SCR_HOME : 0;
	default:
		return SCR_HANDLED;
	}
}

const struct screen_ops message_screen = {
	.name = "message",
	.state_size = sizeof(struct message_state),
	.enter = message_enter,
	.draw = message_draw,
	.on_event = message_on_event,
	.keys = message_keys,
};
