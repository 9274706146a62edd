/* The PIN after a name was picked from the list or a mentor's badge was
 * scanned for mentor mode, or, where the workshop asks for it, a mentor's
 * card to confirm a check-in by name. Digits show as dots. Three wrong
 * tries to check in lead back home with a calm word; a pause says for how
 * long; a card scanned here works. A PIN's check takes about a second (a
 * slow hash on purpose): "Checking …" is drawn first, and the check runs on
 * the next event, which the loop sends at once (wants_tick), so the screen
 * never stands still with nothing on it. */
#include <stdio.h>
#include <string.h>

#include "app/mentor.h"
#include "app/people.h"
#include "core/badge.h"
#include "core/person.h"
#include "out/err_words.h"
#include "screens/screens.h"
#include "ui/draw.h"
#include "util/i18n.h"
#include "util/text.h"

#define PIN_TRIES 3

struct pin_state {
	struct name_pick pick;
	size_t typed;        /* digits typed so far */
	int wrong;
	enum rota_err refused; /* a card that could not confirm, said calmly */
	struct flow flow;
	struct mentor_session session;
	struct names_arg names;  /* N: a mentor picks their name to confirm by PIN */
	bool checking;           /* a PIN waits in `entered`, "Checking …" is shown */
	struct event entered;    /* the line with the PIN, wiped once checked */
};

static void pin_enter(struct screen *s, const void *arg)
{
	struct pin_state *st = s->state;
	st->pick = *(const struct name_pick *)arg;
}

/* Who is at the kiosk: a mentor is never sent to "ask a mentor". */
static bool to_mentor(const struct pin_state *st)
{
	return st->pick.for_mentor || st->pick.is_mentor;
}

enum pin_action { PIN_DONE = 1, PIN_BACK, PIN_NAMES };

/* The PIN is a typed line (every character shows as a star): ? is typed
 * there, F1 helps. */
static const struct key_bind pin_binds[] = {
	{ .hint = N_("0-9: your PIN"), .help = N_("type your PIN; the screen shows only stars") },
	{ .key = UI_KEY_ENTER, .action = PIN_DONE, .hint = N_("Enter: done") },
	{ .key = UI_KEY_ESC, .action = PIN_BACK, .hint = N_("Esc: back to the start") },
	{ 0 },
};
static const struct keymap pin_map = { .binds = pin_binds, .takes_text = true };
static const struct key_bind pin_mentor_binds[] = {
	{ .hint = N_("Scan: the mentor's badge"), .help = N_("a mentor's badge confirms the check-in") },
	{ .ch = 'N', .action = PIN_NAMES, .hint = N_("N: find the mentor's name"),
	  .help = N_("the mentor picks their name and types their PIN") },
	{ .key = UI_KEY_ESC, .action = PIN_BACK, .hint = N_("Esc: back to the start") },
	{ 0 },
};
static const struct keymap pin_mentor_map = { .binds = pin_mentor_binds };

static const struct keymap *pin_keys(const struct screen *s)
{
	const struct pin_state *st = s->state;
	return st->pick.needs_mentor ? &pin_mentor_map : &pin_map;
}

static void pin_draw(const struct screen *s, WINDOW *w)
{
	const struct pin_state *st = s->state;
	char dots[64] = "";
	draw_centered(w, 3, st->pick.short_name, theme_attr(THEME_TITLE));
	if (st->pick.for_mentor && st->pick.confirm_for) {
		char line[160];
		snprintf(line, sizeof line, _("Confirm the check-in of %s"), st->pick.confirm_name);
		draw_centered(w, 1, line, theme_attr(THEME_TITLE));
	} else if (st->pick.for_mentor) {
		draw_centered(w, 1, _("Mentor mode"), theme_attr(THEME_TITLE));
	}
	if (st->pick.needs_mentor) {
		draw_wrapped(w, 6, s->cols - 8, err_message(ERR_NEEDS_MENTOR), A_BOLD);
		draw_wrapped(w, 8, s->cols - 8, _("Or the mentor presses N, picks their name and types their PIN."),
		             A_NORMAL);
		if (st->refused != ERR_OK)
			draw_wrapped(w, 10, s->cols - 12, flow_words(st->refused, to_mentor(st)), A_NORMAL);
		return;
	}
	draw_centered(w, 6, _("Please type your PIN and press Enter."), A_BOLD);
	for (size_t i = 0; i < st->typed && i < 12; i++)
		strcat(dots, i ? " *" : "*");
	draw_centered(w, 9, st->typed ? dots : "_", A_BOLD);
	if (st->checking)
		draw_centered(w, 12, _("Checking …"), A_BOLD);
	else if (st->wrong)
		draw_wrapped(w, 12, s->cols - 12, flow_words(ERR_PIN_WRONG, to_mentor(st)), A_NORMAL);
}

/* The mentor's PIN confirms someone's check-in by name. */
static int confirm_pin(struct screen *s, struct pin_state *st, const struct event *ev)
{
	enum rota_err e = app_attend_confirmed_by_pin(s->app, st->pick.confirm_for, st->pick.person_id,
	                                              ev->text, ev->now, &st->flow.result);
	if (e == ERR_PIN_WRONG) {
		st->wrong++;
		return SCR_HANDLED | SCR_REDRAW;
	}
	if (e == ERR_LOCKED || e == ERR_DOOR_PAUSED) {
		struct pause_words w = { .until = st->flow.result.paused_until, .to_mentor = true };
		return flow_paused(s, &st->flow, e, &w, ev->now, SCR_REPLACE);
	}
	if (e == ERR_OK)
		return flow_after(s, &st->flow, e, SCR_REPLACE);
	return flow_error_to(s, &st->flow, e, true, SCR_REPLACE);
}

/* The PIN opens mentor mode: the review queue is the first screen. After
 * the mentor's own badge it is checked with the badge, which no pause
 * earned at the door stops; after a picked name, under the door's guard. */
static int mentor_pin(struct screen *s, struct pin_state *st, const struct event *ev)
{
	struct pause_words w = { .to_mentor = true, .with_badge = st->pick.badge[0] != '\0' };
	long long id = st->pick.person_id;
	enum rota_err e = w.with_badge ? app_mentor_sign_in(s->app, st->pick.badge, ev->text, ev->now, &id, &w.until)
	                               : app_door_mentor_pin(s->app, id, ev->text, ev->now, &w.until);
	if (e == ERR_PIN_WRONG) {
		st->wrong++;
		return SCR_HANDLED | SCR_REDRAW;
	}
	if (e == ERR_LOCKED || e == ERR_DOOR_PAUSED)
		return flow_paused(s, &st->flow, e, &w, ev->now, SCR_REPLACE);
	if (e != ERR_OK)
		return flow_error_to(s, &st->flow, e, true, SCR_REPLACE);
	struct person p;
	st->session.mentor_id = id;
	text_copy(st->session.short_name, sizeof st->session.short_name, st->pick.short_name);
	st->session.is_coordinator = app_person_get(s->app, id, &p) == ERR_OK && p.role == ROLE_COORDINATOR;
	return screen_go(s, SCR_REPLACE, &review_screen, &st->session);
}

/* A mentor's card confirms the check-in by name. Any other card checks its
 * own owner in, as at the door; a typed line is no card and is not shown. */
static int mentor_confirms(struct screen *s, struct pin_state *st, const struct event *ev)
{
	if (badge_payload_check(ev->text) != BADGE_OK && person_pin_is_well_formed(ev->text))
		return SCR_HANDLED;
	enum rota_err e = app_attend_confirmed(s->app, st->pick.person_id, ev->text, ev->now,
	                                       &st->flow.result);
	if (e == ERR_NOT_MENTOR)
		return flow_scan(s, &st->flow, ev->text, !ev->is_burst, ev->now, SCR_REPLACE);
	if (e == ERR_OK)
		return flow_after(s, &st->flow, e, SCR_REPLACE);
	st->refused = e;
	return SCR_HANDLED | SCR_REDRAW;
}

/* Overwrites the PIN kept for the check, so it stays in memory no longer. */
static void wipe(struct event *ev)
{
	volatile unsigned char *p = (volatile unsigned char *)ev;
	for (size_t i = 0; i < sizeof *ev; i++)
		p[i] = 0;
}

/* Checks the PIN in ev (the slow part) and moves on as its answer says. */
static int check_pin(struct screen *s, struct pin_state *st, const struct event *ev)
{
	bool pin_wrong = false;
	if (st->pick.for_mentor && st->pick.confirm_for)
		return confirm_pin(s, st, ev);
	if (st->pick.for_mentor)
		return mentor_pin(s, st, ev);
	int f = flow_attend(s, &st->flow, st->pick.person_id, ev->text, st->pick.is_mentor, ev->now, SCR_REPLACE,
	                    &pin_wrong);
	/* (a locked PIN comes back from flow_attend as a calm message) */
	if (pin_wrong && ++st->wrong >= PIN_TRIES)
		return flow_error_to(s, &st->flow, ERR_PIN_WRONG, to_mentor(st), SCR_REPLACE);
	return f;
}

static int pin_on_event(struct screen *s, const struct event *ev)
{
	struct pin_state *st = s->state;
	if (st->checking) {
		/* "Checking …" has been drawn: now the check, at the time the PIN
		 * was entered. What came meanwhile waited for the answer. */
		st->checking = false;
		st->typed = 0;
		int f = check_pin(s, st, &st->entered);
		wipe(&st->entered);
		return f | SCR_REDRAW;
	}
	switch (ev->kind) {
	case EV_SCAN:
		if (st->pick.needs_mentor) {
			st->typed = 0;
			return mentor_confirms(s, st, ev);
		}
		if (badge_payload_check(ev->text) == BADGE_OK) {
			st->typed = 0;
			if (st->pick.for_mentor)
				return SCR_HANDLED | SCR_REDRAW; /* a card scanned again is no PIN try */
			return flow_scan(s, &st->flow, ev->text, !ev->is_burst, ev->now, SCR_REPLACE);
		}
		st->entered = *ev;
		st->checking = true;
		return SCR_HANDLED | SCR_REDRAW;
	case EV_CHAR:
	case EV_KEY:
		switch (keys_action(pin_keys(s), ev)) {
		case PIN_BACK:
			return SCR_HOME | SCR_HANDLED;
		case PIN_NAMES:
			st->names.for_mentor = true;
			st->names.confirm_for = st->pick.person_id;
			text_copy(st->names.confirm_name, sizeof st->names.confirm_name, st->pick.short_name);
			return screen_go(s, SCR_REPLACE, &names_screen, &st->names);
		case PIN_DONE: /* an empty line: nothing to check */
		default:
			break;
		}
		if (!st->pick.needs_mentor)
			st->typed = (size_t)text_width(ev->text); /* characters, not bytes */
		return SCR_HANDLED | SCR_REDRAW;
	default:
		return 0;
	}
}

static bool pin_wants_tick(const struct screen *s)
{
	const struct pin_state *st = s->state;
	return st->checking;
}

/* Nothing of a PIN not yet checked stays behind the screen. */
static void pin_leave(struct screen *s)
{
	struct pin_state *st = s->state;
	wipe(&st->entered);
}

const struct screen_ops pin_screen = {
	.name = "pin",
	.state_size = sizeof(struct pin_state),
	.enter = pin_enter,
	.leave = pin_leave,
	.wants_tick = pin_wants_tick,
	.draw = pin_draw,
	.on_event = pin_on_event,
	.keys = pin_keys,
};
