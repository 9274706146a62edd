/* A card the workshop already has becomes a person's badge: the screen
 * waits for the card's reader (or its number typed and Enter) and enrols
 * that number (app_badge_enrol), revoking the person's previous badge.
 * The main loop hands it a scanner's burst only when the number is nobody's
 * badge (kiosk_is_enrol_answer): a known card is still checked in or out
 * in the overlay, so no scan is lost here. Esc goes back to the file. */
#include <stdio.h>
#include <string.h>

#include "app/badge.h"
#include "app/people.h"
#include "out/err_words.h"
#include "screens/screens.h"
#include "ui/draw.h"
#include "ui/field.h"
#include "util/i18n.h"
#include "util/text.h"

struct card_enrol_state {
	struct person_arg arg;
	char name[PERSON_NAME_MAX];
	struct field number;
	enum rota_err result;   /* of the last try; ERR__COUNT: none yet */
};

static void card_enrol_enter(struct screen *s, const void *arg)
{
	struct card_enrol_state *st = s->state;
	struct person p;
	st->arg = *(const struct person_arg *)arg;
	st->result = ERR__COUNT;
	if (app_person_get(s->app, st->arg.person_id, &p) == ERR_OK)
		text_copy(st->name, sizeof st->name, p.name);
}

static const struct key_bind card_enrol_binds[] = {
	{ .key = UI_KEY_ENTER, .hint = N_("Enter: enrol the typed number"), .help = N_("or scan the card") },
	MENTOR_KEY_BACK,
	{ 0 },
};
static const struct keymap card_enrol_map = {
	.binds = card_enrol_binds,
	.more = &mentor_signout_keys,
	.takes_text = true,
};

static const struct keymap *card_enrol_keys(const struct screen *s)
{
	(void)s;
	return &card_enrol_map;
}

static void card_enrol_draw(const struct screen *s, WINDOW *w)
{
	const struct card_enrol_state *st = s->state;
	char line[300];
	mentor_header(s, w, _("Mentor mode: enrol a card"), &st->arg.session);
	snprintf(line, sizeof line, _("Hold the card for %s to the reader now."), st->name);
	draw_text_wrap(w, 3, 2, s->cols - 4, 2, line, A_BOLD);
	draw_text_wrap(w, 5, 2, s->cols - 4, 2,
	               _("Or type its number and press Enter. That card becomes the person's badge, and their "
	                 "previous badge stops working."),
	               A_NORMAL);
	field_draw(&st->number, w, 8, 2, s->cols - 4, true);
	if (st->result == ERR_OK)
		draw_text_wrap(w, 10, 2, s->cols - 4, 2,
		               _("The card is enrolled. The person's previous badge no longer works."), A_BOLD);
	else if (st->result != ERR__COUNT)
		draw_text_wrap(w, 10, 2, s->cols - 4, 3, err_message(st->result), A_BOLD);
}

static int card_enrol_on_event(struct screen *s, const struct event *ev)
{
	struct card_enrol_state *st = s->state;
	if (ev->kind == EV_TICK)
		return 0;
	if (ev->kind == EV_KEY && ev->key == UI_KEY_ESC)
		return SCR_POP | SCR_HANDLED;
	if (ev->kind == EV_SCAN || (ev->kind == EV_KEY && ev->key == UI_KEY_ENTER)) {
		const char *number = ev->kind == EV_SCAN && ev->is_burst ? ev->text : st->number.text;
		if (!number[0])
			return SCR_HANDLED;
		st->result = app_badge_enrol(s->app, st->arg.person_id, number, st->arg.session.mentor_id, ev->now);
		memset(&st->number, 0, sizeof st->number);
		return SCR_HANDLED | SCR_REDRAW;
	}
	st->result = ERR__COUNT;
	field_feed(&st->number, ev);
	return SCR_HANDLED | SCR_REDRAW;
}

const struct screen_ops card_enrol_screen = {
	.name = "card-enrol",
	.state_size = sizeof(struct card_enrol_state),
	.enter = card_enrol_enter,
	.draw = card_enrol_draw,
	.on_event = card_enrol_on_event,
	.is_mentor = true,
	.keys = card_enrol_keys,
};
