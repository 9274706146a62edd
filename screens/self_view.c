/* After a scan, a participant can see their own hours and progress in
 * plain words, in their own language. Nobody else's, ever. */
#include <stdio.h>
#include <string.h>

#include "app/progress.h"
#include "app/self.h"
#include "out/err_words.h"
#include "screens/screens.h"
#include "ui/draw.h"
#include "util/date.h"
#include "util/i18n.h"
#include "util/text.h"

#define SELF_LINES 24

struct self_state {
	char name[64];
	char lines[SELF_LINES][160];
	int nlines;
	time_t shown_at;
	char lang[3];            /* the person's language */
	struct keymap keys;
};

enum self_action { SELF_CLOSE = 1 };

static const struct key_bind self_binds[] = {
	{ .key = UI_KEY_ENTER, .action = SELF_CLOSE, .hint = N_("Enter: close"),
	  .help = N_("close this (Esc or any letter too)") },
	{ .is_any_key = true, .is_any_letter = true, .action = SELF_CLOSE, .hint = N_("any other key: close"),
	  .is_help_only = true },
	{ 0 },
};

static const struct keymap *self_keys(const struct screen *s)
{
	const struct self_state *st = s->state;
	return &st->keys;
}

static void add(struct self_state *st, const char *text)
{
	if (st->nlines < SELF_LINES)
		text_copy(st->lines[st->nlines++], sizeof st->lines[0], text);
}

static void self_enter(struct screen *s, const void *arg)
{
	struct self_state *st = s->state;
	const struct scan_result *r = arg;
	struct self_summary sum;
	char lang[3], d[32], line[200];
	st->shown_at = s->now;
	text_copy(st->name, sizeof st->name, r->short_name);
	i18n_switch(r->lang, lang);
	if (app_self_summary(s->app, r->person_id, s->now, &sum) != ERR_OK) {
		add(st, err_message(ERR_DB_BUSY));
	} else {
		add(st, _("Your time in the workshop"));
		date_format_duration(sum.today_s, d, sizeof d);
		snprintf(line, sizeof line, "   %s %s", _("Today:"), d);
		add(st, line);
		date_format_duration(sum.month_s, d, sizeof d);
		snprintf(line, sizeof line, "   %s %s", _("This month:"), d);
		add(st, line);
		date_format_duration(sum.total_s, d, sizeof d);
		snprintf(line, sizeof line, _("   In all: %s of %d h"), d, sum.target_hours);
		add(st, line);
		add(st, "");
		add(st, sum.nlevels ? _("What you can do") : _("Your mentor will talk with you about your progress."));
		for (int i = 0; i < sum.nlevels; i++) {
			snprintf(line, sizeof line, "   %s: %s", sum.levels[i].topic, app_level_words(sum.levels[i].level));
			add(st, line);
		}
	}
	text_copy(st->lang, sizeof st->lang, r->lang);
	st->keys = (struct keymap){ .binds = self_binds, .lang = st->lang };
	i18n_restore(lang);
}

static void self_draw(const struct screen *s, WINDOW *w)
{
	const struct self_state *st = s->state;
	int x = s->cols > 70 ? (s->cols - 60) / 2 : 2;
	draw_centered(w, 1, st->name, A_BOLD | theme_attr(THEME_TITLE));
	for (int i = 0; i < st->nlines && 3 + i < s->rows - 2; i++)
		draw_text(w, 3 + i, x, s->cols - x - 1, st->lines[i], i == 0 ? A_BOLD : A_NORMAL);
}

static int self_on_event(struct screen *s, const struct event *ev)
{
	struct self_state *st = s->state;
	switch (ev->kind) {
	case EV_TICK:
		return ev->now - st->shown_at >= s->app->cfg.greeting_s ? SCR_HOME : 0;
	case EV_SCAN:
		/* any line ends it (a scanner's card is the kiosk's: it greets the next person) */
		return SCR_HOME | SCR_HANDLED;
	case EV_KEY:
	case EV_CHAR:
		return keys_action(&st->keys, ev) == SELF_CLOSE ? SCR_HOME | SCR_HANDLED : SCR_HANDLED;
	default:
		return SCR_HANDLED;
	}
}

const struct screen_ops self_view_screen = {
	.name = "self-view",
	.state_size = sizeof(struct self_state),
	.enter = self_enter,
	.draw = self_draw,
	.on_event = self_on_event,
	.keys = self_keys,
};
