/* Mentor mode: an excused absence for a participant. A reason from the
 * short list (digits or up and down), the first and the last day (Tab
 * chooses which, left and right move it a day), Enter records it with who
 * and when; Esc goes back with nothing recorded. */
#include <stdio.h>
#include <string.h>

#include "app/calendar.h"
#include "app/people.h"
#include "core/absence.h"
#include "core/calendar.h"
#include "out/refusal_words.h"
#include "screens/screens.h"
#include "ui/draw.h"
#include "util/date.h"
#include "util/fmt.h"
#include "util/i18n.h"
#include "util/text.h"

struct absence_state {
	struct person_arg arg;
	char name[PERSON_NAME_MAX];
	int reason;            /* index into the reason list */
	int nreasons;
	char codes[ABSENCE_REASONS_MAX][ABSENCE_REASON_MAX + 1]; /* the workshop's list, read once */
	char words[ABSENCE_REASONS_MAX][64];                     /* each in the kiosk's language */
	int from, to;          /* YYYYMMDD */
	bool on_to;            /* left and right move the last day */
	char status[512];
};

static void absence_enter(struct screen *s, const void *arg)
{
	struct absence_state *st = s->state;
	struct person p;
	st->arg = *(const struct person_arg *)arg;
	if (app_person_get(s->app, st->arg.person_id, &p) == ERR_OK)
		text_copy(st->name, sizeof st->name, p.name);
	for (int i = 0; i < ABSENCE_REASONS_MAX && app_absence_reason(s->app, i, st->codes[i]); i++) {
		app_absence_reason_words(st->codes[i], st->words[i], sizeof st->words[i]);
		st->nreasons++;
	}
	st->from = st->to = date_ymd(s->now);
}

enum absence_action { ABSENCE_REASON = 1, ABSENCE_REASON_STEP, ABSENCE_END, ABSENCE_DAY, ABSENCE_SAVE };

static const struct key_bind absence_binds[] = {
	{ .ch = '1', .ch_last = '9', .action = ABSENCE_REASON, .hint = N_("A digit: why"),
	  .help = N_("the reason, by its number in the list") },
	{ .key = KEY_UP, .key_also = KEY_DOWN, .action = ABSENCE_REASON_STEP, .hint = N_("Up/Down: why"),
	  .help = N_("the reason before or after"), .is_help_only = true },
	{ .key = UI_KEY_TAB, .action = ABSENCE_END, .hint = N_("Tab: first or last day") },
	{ .key = KEY_LEFT, .key_also = KEY_RIGHT, .action = ABSENCE_DAY,
	  .hint = N_("Left/Right: a day earlier or later") },
	{ .key = UI_KEY_ENTER, .action = ABSENCE_SAVE, .hint = N_("Enter: save") },
	MENTOR_KEY_BACK,
	{ 0 },
};
static const struct keymap absence_map = { .binds = absence_binds, .more = &mentor_signout_keys };

static const struct keymap *absence_keys(const struct screen *s)
{
	(void)s;
	return &absence_map;
}

static void absence_draw(const struct screen *s, WINDOW *w)
{
	const struct absence_state *st = s->state;
	char line[256], from[64], to[64];
	mentor_header(s, w, _("Mentor mode: excused absence"), &st->arg.session);
	snprintf(line, sizeof line, _("An excused absence for %s"), st->name);
	draw_text(w, 2, 2, s->cols - 4, line, A_BOLD);
	draw_text(w, 4, 2, s->cols - 4, _("Why:"), A_NORMAL);
	for (int i = 0; i < st->nreasons; i++) {
		/* The chosen reason is marked with > as well as in bold: readable without colour. */
		snprintf(line, sizeof line, "%s %d  %s", i == st->reason ? ">" : " ", i + 1, st->words[i]);
		draw_text(w, 5 + i, 4, s->cols - 8, line, i == st->reason ? A_BOLD : A_NORMAL);
	}
	int y = 6 + st->nreasons;
	fmt_date_weekday(st->from, from, sizeof from);
	fmt_date_weekday(st->to, to, sizeof to);
	const char *first = _("First day:"), *last = _("Last day:");
	int label = text_width(first) > text_width(last) ? text_width(first) : text_width(last);
	snprintf(line, sizeof line, "%s %s", st->on_to ? " " : ">", first);
	draw_text(w, y, 2, s->cols - 4, line, st->on_to ? A_NORMAL : A_BOLD);
	draw_text(w, y, 6 + label, s->cols - 8 - label, from, st->on_to ? A_NORMAL : A_BOLD);
	snprintf(line, sizeof line, "%s %s", st->on_to ? ">" : " ", last);
	draw_text(w, y + 1, 2, s->cols - 4, line, st->on_to ? A_BOLD : A_NORMAL);
	draw_text(w, y + 1, 6 + label, s->cols - 8 - label, to, st->on_to ? A_BOLD : A_NORMAL);
	if (st->status[0])
		draw_wrapped(w, y + 3, s->cols - 4, st->status, A_BOLD);
}

static int absence_on_event(struct screen *s, const struct event *ev)
{
	struct absence_state *st = s->state;
	if (ev->kind == EV_TICK)
		return 0;
	/* The decoder hands typed digits ended by Enter or Tab over as a line: a
	 * reason's digit is already chosen, so only the key that ended it counts.
	 * A card's whole number is not this form's business. */
	if (is_card_line(ev))
		return 0;
	st->status[0] = '\0';
	struct event ended = { .kind = EV_KEY, .key = ev->key }; /* a typed line: the key that ended it */
	int act = keys_action(absence_keys(s), ev->kind == EV_SCAN ? &ended : ev);
	if (act == ABSENCE_REASON) {
		if (ev->ch < (uint32_t)('1' + st->nreasons))
			st->reason = (int)(ev->ch - '1');
		return SCR_HANDLED | SCR_REDRAW;
	}
	switch (act) {
	case MENTOR_BACK: return SCR_POP | SCR_HANDLED;
	case ABSENCE_REASON_STEP:
		if (ev->key == KEY_UP)
			st->reason = st->reason > 0 ? st->reason - 1 : 0;
		else
			st->reason = st->reason + 1 < st->nreasons ? st->reason + 1 : st->reason;
		break;
	case ABSENCE_END: st->on_to = !st->on_to; break;
	case ABSENCE_DAY: calendar_range_move(&st->from, &st->to, st->on_to, ev->key == KEY_LEFT ? -1 : 1); break;
	case ABSENCE_SAVE: {
		struct absence a = { .person_id = st->arg.person_id, .by_person = st->arg.session.mentor_id,
			             .from = st->from, .to = st->to };
		text_copy(a.reason, sizeof a.reason, st->codes[st->reason]);
		struct refusal why;
		if (app_absence_add(s->app, &a, ev->now, NULL, &why) == ERR_OK)
			return SCR_POP | SCR_HANDLED;
		refusal_words(&why, REFUSAL_FOR_MENTOR, st->status, sizeof st->status);
		/* the day it names is the one Left and Right now move */
		if (why.field == REFUSAL_FROM || why.field == REFUSAL_TO)
			st->on_to = why.field == REFUSAL_TO;
		break;
	}
	default: return SCR_HANDLED;
	}
	return SCR_HANDLED | SCR_REDRAW;
}

const struct screen_ops absence_form_screen = {
	.name = "absence-form",
	.state_size = sizeof(struct absence_state),
	.enter = absence_enter,
	.draw = absence_draw,
	.on_event = absence_on_event,
	.is_mentor = true,
	.keys = absence_keys,
};
