/* The home screen: the workshop's name, a large clock and the date, and
 * "scan your card". Nobody's name is ever shown here. A scan (or typed
 * digits and Enter) checks in or out; N or F3 opens the name list. Only
 * digits go into the card field: other letters and unknown keys do nothing.
 * F2 or M opens the mentors' sign-in; the keys are home_keys' table.
 * A demo workshop says how to leave it (the key itself is the main loop's).
 * On a day the door is closed (a public holiday or a closure: the rule
 * app_scan keeps) it says so calmly under the date, and why, and still
 * asks for a card: a check-out goes on as ever, and a mentor may let a
 * check-in through. */
#include <stdio.h>
#include <string.h>

#include "app/app.h"
#include "app/calendar.h"
#include "core/badge.h"
#include "screens/screens.h"
#include "ui/bigtext.h"
#include "ui/draw.h"
#include "util/date.h"
#include "util/fmt.h"
#include "util/i18n.h"
#include "util/log.h"
#include "util/text.h"

struct home_state {
	time_t now;
	char typed[EVENT_TEXT_MAX];  /* the digits typed so far, and nothing else */
	int top;          /* first row of the centred block */
	struct flow flow;
	bool is_closed;   /* the door is closed today (read on each new minute) */
	bool closed_is_holiday;
	char closed_why[TEXT_BYTES(TEXT_REASON_CHARS)]; /* the holiday's or the closure's name */
};

/* Reads whether the door is closed on now's day: on each new minute, and
 * when home is on top again (a coordinator may just have closed or opened
 * the day). A failed read shows an open day: the door itself still keeps
 * the rule at a scan. */
static void home_read_day(struct screen *s, struct home_state *st, time_t now)
{
	if (app_day_closed(s->app, date_ymd(now), &st->is_closed, &st->closed_is_holiday, st->closed_why,
	                   sizeof st->closed_why) != ERR_OK)
		log_msg(LOG_WARN, "home: could not read whether today is closed");
}

static void home_resume(struct screen *s)
{
	if (s->now)
		home_read_day(s, s->state, s->now);
}

static void home_enter(struct screen *s, const void *arg)
{
	(void)arg;
	struct home_state *st = s->state;
	st->now = 0;
}

static void home_layout(struct screen *s)
{
	struct home_state *st = s->state;
	st->top = s->rows > 24 ? (s->rows - 22) / 2 : 1;
}

static void draw_typed(const struct home_state *st, WINDOW *w, int y)
{
	char shown[EVENT_TEXT_MAX + 16];
	if (!st->typed[0])
		return;
	if (badge_payload_check(st->typed) != BADGE_NOT_DIGITS)
		badge_payload_grouped(st->typed, shown, sizeof shown);
	else
		snprintf(shown, sizeof shown, "%s", st->typed);
	char line[EVENT_TEXT_MAX + 32];
	snprintf(line, sizeof line, "[ %s ]", shown);
	draw_centered(w, y, line, A_BOLD);
}

enum home_action { HOME_MENTORS = 1, HOME_NAMES, HOME_DIGIT, HOME_ERASE, HOME_CLEAR };

#define HOME_KEY_MENTORS                                                                  \
	{ .key = KEY_F(2), .ch = 'M', .action = HOME_MENTORS, .hint = N_("F2/M: mentors"),   \
	  .help = N_("a mentor signs in: then their card, or their name and PIN") }
#define HOME_KEYS_CARD                                                                    \
	{ .ch = '0', .ch_last = '9', .action = HOME_DIGIT, .hint = N_("0-9: your card number"), \
	  .help = N_("type the number on your card"), .is_help_only = true },              \
	{ .key = UI_KEY_ENTER, .hint = N_("Enter: check in or out"), .is_help_only = true }, \
	{ .key = UI_KEY_BACKSPACE, .action = HOME_ERASE, .hint = N_("Backspace: erase a digit"), \
	  .is_help_only = true },                                                          \
	{ .key = UI_KEY_ESC, .action = HOME_CLEAR, .hint = N_("Esc: clear the number"),       \
	  .is_help_only = true }

static const struct key_bind home_binds[] = {
	HOME_KEY_MENTORS,
	{ .key = KEY_F(3), .ch = 'N', .action = HOME_NAMES, .hint = N_("N: find your name"),
	  .help = N_("no card with you: find your name, then your PIN or a mentor") },
	HOME_KEYS_CARD,
	{ 0 },
};
static const struct keymap home_map = {
	.binds = home_binds,
	.note = N_("Mentors: press F2 or M, then scan your card or pick your name and type your PIN. "
	           "No card with you? Press N (or F3) and find your name, then type your PIN or ask a mentor."),
};
static const struct key_bind home_card_binds[] = { HOME_KEY_MENTORS, HOME_KEYS_CARD, { 0 } };
static const struct keymap home_card_map = {
	.binds = home_card_binds,
	.note = N_("Mentors: press F2 or M, then scan your card or pick your name and type your PIN. "
	           "No card with you? Ask a mentor: they check you in."),
};

static const struct keymap *home_keys(const struct screen *s)
{
	return s->app->cfg.has_name_list ? &home_map : &home_card_map;
}

static void home_draw(const struct screen *s, WINDOW *w)
{
	const struct home_state *st = s->state;
	char clock[6], day[96];
	int y = st->top;
	date_format_hm(st->now, clock);
	fmt_date_weekday(date_ymd(st->now), day, sizeof day);
	draw_centered(w, y, s->app->cfg.workshop, theme_attr(THEME_TITLE));
	bigtext_draw_centered(w, y + 2, clock, A_BOLD);
	draw_centered(w, y + 8, day, A_NORMAL);
	int below = 0; /* a closed day's second line moves the card's lines down by one */
	if (st->is_closed) {
		char closed[sizeof st->closed_why + 128];
		/* TRANSLATORS: the public holiday's name or the closure's reason */
		snprintf(closed, sizeof closed, _("The workshop is closed today: %s."),
		         app_day_name_words(st->closed_is_holiday, st->closed_why));
		below = draw_wrapped_max(w, y + 9, s->cols - 8, 2, closed, A_BOLD) - 1;
	}
	draw_centered(w, y + 11 + below, _("Please scan your card."), A_BOLD);
	draw_wrapped(w, y + 13 + below, s->cols - 8, _("Or type the number on your card and press Enter."),
	             theme_attr(THEME_HINT));
	draw_typed(st, w, y + 16);
	if (s->app->cfg.has_name_list)
		draw_centered(w, s->rows - 3, _("No card with you? Press N to find your name."),
		              theme_attr(THEME_HINT));
	if (st->is_closed)
		draw_centered(w, s->rows - (s->app->cfg.has_name_list ? 4 : 3),
		              _("Working today all the same? A mentor can check you in."), theme_attr(THEME_HINT));
	if (s->app->cfg.is_demo)
		draw_text(w, s->rows - 1, 1, s->cols - 18, _("Demo: Ctrl-Q leaves"), theme_attr(THEME_HINT));
}

/* A key of home's table. A letter after digits is a slip in the card
 * number, not a key; F2 and F3 leave the number behind. */
static int home_key(struct screen *s, struct home_state *st, const struct event *ev)
{
	if (ev->kind == EV_KEY && ev->key == UI_KEY_CLEAR) { /* the kiosk forgot the typed line */
		st->typed[0] = '\0';
		return SCR_HANDLED | SCR_REDRAW;
	}
	int act = keys_action(home_keys(s), ev);
	if (ev->kind == EV_CHAR && st->typed[0] && act != HOME_DIGIT)
		return SCR_HANDLED;
	size_t n = strlen(st->typed);
	switch (act) {
	case HOME_MENTORS:
		st->typed[0] = '\0';
		return screen_go(s, SCR_PUSH, &mentor_signin_screen, NULL);
	case HOME_NAMES:
		st->typed[0] = '\0';
		return screen_go(s, SCR_PUSH, &names_screen, NULL);
	case HOME_DIGIT:
		if (n + 1 < sizeof st->typed) {
			st->typed[n] = (char)ev->ch;
			st->typed[n + 1] = '\0';
		}
		return SCR_HANDLED | SCR_REDRAW;
	case HOME_ERASE:
		if (n)
			st->typed[n - 1] = '\0';
		return SCR_HANDLED | SCR_REDRAW;
	case HOME_CLEAR:
		st->typed[0] = '\0';
		return SCR_HANDLED | SCR_REDRAW;
	default:
		return SCR_HANDLED;
	}
}

static int home_on_event(struct screen *s, const struct event *ev)
{
	struct home_state *st = s->state;
	bool minute_changed = st->now / 60 != ev->now / 60;
	st->now = ev->now;
	if (minute_changed)
		home_read_day(s, st, ev->now);
	switch (ev->kind) {
	case EV_SCAN: {
		/* A burst is the card; a typed line is the digits shown, whatever else
		 * was pressed between them. */
		char line[EVENT_TEXT_MAX];
		text_copy(line, sizeof line, ev->is_burst ? ev->text : st->typed);
		st->typed[0] = '\0';
		if (!line[0])
			return SCR_HANDLED | SCR_REDRAW;
		return flow_scan(s, &st->flow, line, !ev->is_burst, ev->now, SCR_PUSH);
	}
	case EV_CHAR:
	case EV_KEY:
		return home_key(s, st, ev);
	case EV_TICK:
		return minute_changed ? SCR_REDRAW : 0;
	case EV_RESIZE: /* the manager's alone (event.h) */
		break;
	}
	return 0;
}

const struct screen_ops home_screen = {
	.name = "home",
	.state_size = sizeof(struct home_state),
	.enter = home_enter,
	.layout = home_layout,
	.draw = home_draw,
	.on_event = home_on_event,
	.resume = home_resume,
	.keys = home_keys,
};
