/* What the mentor screens share: the top line, the menu keys of their
 * footer's last row, the yes-or-no questions, and a list's day column.
 * Esc goes one step back (to the review, which is the top of mentor mode;
 * from there it signs out); F10 signs out anywhere (kiosk.c). */
#include <stdio.h>
#include <string.h>

#include "screens/screens.h"
#include "app/drafts.h"
#include "ui/draw.h"
#include "util/fmt.h"
#include "util/i18n.h"
#include "util/text.h"

void mentor_header(const struct screen *s, WINDOW *w, const char *title,
                   const struct mentor_session *session)
{
	char who[96];
	snprintf(who, sizeof who, "%s", session->short_name);
	int ww = text_width(who);
	draw_text(w, 0, 1, s->cols - ww - 4, title, theme_attr(THEME_TITLE));
	draw_text(w, 0, s->cols - ww - 1, ww, who, A_BOLD);
	for (int x = 0; x < s->cols; x++)
		draw_char(w, 1, x, 0x2500, A_NORMAL);
}

void mentor_day_column(int ymd, char *out, size_t n)
{
	char day[32], widest[32];
	fmt_date_short(ymd, day, sizeof day);
	/* a two-digit day and month: the widest any day is written */
	fmt_date_short(20261231, widest, sizeof widest);
	text_pad(out, n, day, text_width(widest));
}

#define MENU_P { .ch = 'P', .action = MENTOR_PARTICIPANTS, .hint = N_("P: participants") }
#define MENU_T { .ch = 'T', .action = MENTOR_TODAY, .hint = N_("T: today") }
#define MENU_F { .ch = 'F', .action = MENTOR_FLOOR, .hint = N_("F: floor") }
#define MENU_G { .ch = 'G', .action = MENTOR_GROUPS, .hint = N_("G: groups") }
#define MENU_W { .ch = 'W', .action = MENTOR_WORK, .hint = N_("W: work"), .help = N_("the work processes") }
/* R works too, but Esc is the way back there: the line keeps room */
#define MENU_R { .ch = 'R', .action = MENTOR_REVIEW, .hint = N_("R: review"), .is_help_only = true }
/* Closing a month is a coordinator's, once a month: in the help, off the line */
#define MENU_H { .ch = 'H', .action = MENTOR_MONTHS, .hint = N_("H: months"), \
	         .help = N_("the months that are over: close or reopen one (a coordinator)"), .is_help_only = true }
#define MENU_F10 { .key = KEY_F(10), .hint = N_("F10: sign out") }

/* Each screen's menu leaves itself out: a key that would open the screen
 * already shown is no key of it. */
static const struct key_bind menu_review[] = { MENU_P, MENU_T, MENU_F, MENU_G, MENU_W, MENU_H, MENU_F10, { 0 } };
static const struct key_bind menu_today[] = { MENU_P, MENU_F, MENU_G, MENU_W, MENU_H, MENU_R, MENU_F10, { 0 } };
static const struct key_bind menu_floor[] = { MENU_P, MENU_T, MENU_G, MENU_W, MENU_H, MENU_R, MENU_F10, { 0 } };
static const struct key_bind menu_groups[] = { MENU_P, MENU_T, MENU_F, MENU_W, MENU_H, MENU_R, MENU_F10, { 0 } };
static const struct key_bind menu_stations[] = { MENU_P, MENU_T, MENU_F, MENU_G, MENU_H, MENU_R, MENU_F10, { 0 } };
static const struct key_bind menu_months[] = { MENU_P, MENU_T, MENU_F, MENU_G, MENU_W, MENU_R, MENU_F10, { 0 } };
const struct keymap mentor_menu_on_review = { .binds = menu_review };
const struct keymap mentor_menu_on_today = { .binds = menu_today };
const struct keymap mentor_menu_on_floor = { .binds = menu_floor };
const struct keymap mentor_menu_on_groups = { .binds = menu_groups };
const struct keymap mentor_menu_on_stations = { .binds = menu_stations };
const struct keymap mentor_menu_on_months = { .binds = menu_months };

static const struct key_bind signout_binds[] = {
	{ .key = KEY_F(10), .hint = N_("F10: sign out") },
	{ 0 },
};
const struct keymap mentor_signout_keys = { .binds = signout_binds };

int mentor_menu_key(struct screen *s, const struct event *ev, const struct person_arg *who)
{
	const struct screen_ops *next = NULL;
	switch (keys_action(s->ops->keys(s), ev)) {
	case MENTOR_BACK:
		if (s->ops == &review_screen)
			return SCR_HOME | SCR_HANDLED; /* the top of mentor mode: signing out */
		return screen_go(s, SCR_REPLACE, &review_screen, &who->session);
	case MENTOR_REVIEW: next = &review_screen; break;
	case MENTOR_PARTICIPANTS: next = &participants_screen; break;
	case MENTOR_TODAY: next = &today_screen; break;
	case MENTOR_FLOOR: next = &floor_screen; break;
	case MENTOR_GROUPS: next = &groups_screen; break;
	case MENTOR_WORK: next = &stations_screen; break;
	case MENTOR_MONTHS: next = &months_screen; break;
	default: return 0;
	}
	if (next == s->ops)
		return SCR_HANDLED;
	return screen_go(s, SCR_REPLACE, next, next == &groups_screen ? (const void *)who : &who->session);
}

bool is_card_line(const struct event *ev)
{
	return ev->kind == EV_SCAN && strlen(ev->text) >= BADGE_DIGITS;
}

void mentor_ask(const struct screen *s, WINDOW *w, const char *question)
{
	draw_text_fit(w, s->rows - 3, 1, s->cols - 2, question, A_BOLD);
}

const char *yes_key(void)
{
	/* da in Slovenian and Croatian: Y there means nothing */
	const char *lang = i18n_lang();
	return !strcmp(lang, "sl") || !strcmp(lang, "hr") ? "D" : "Y";
}

const char *no_key(void)
{
	return "N"; /* ne, no */
}

enum ask_action { ASK_YES = 1, ASK_NO };

#define ASK_KEYS_NO                                                                            \
	{ .key = UI_KEY_ESC, .ch = 'N', .action = ASK_NO, .hint = N_("N or Esc: no") },        \
	{ .is_any_key = true, .is_any_letter = true, .action = ASK_NO,                         \
	  .hint = N_("any other key: no"), .is_help_only = true },                             \
	{ 0 }
static const struct key_bind ask_da_binds[] = {
	{ .ch = 'D', .action = ASK_YES, .hint = N_("D: yes") },
	ASK_KEYS_NO,
};
static const struct key_bind ask_yes_binds[] = {
	{ .ch = 'Y', .action = ASK_YES, .hint = N_("Y: yes") },
	ASK_KEYS_NO,
};
static const struct keymap ask_da_keys = { .binds = ask_da_binds, .more = &mentor_signout_keys };
static const struct keymap ask_yes_keys = { .binds = ask_yes_binds, .more = &mentor_signout_keys };

const struct keymap *mentor_ask_keys(void)
{
	return yes_key()[0] == 'D' ? &ask_da_keys : &ask_yes_keys;
}

bool is_yes(const struct event *ev)
{
	return keys_action(mentor_ask_keys(), ev) == ASK_YES;
}

void mentor_ask_leave(const struct screen *s, WINDOW *w)
{
	char line[200];
	/* TRANSLATORS: the yes key, then the no key of your language (D, N) */
	snprintf(line, sizeof line, _("Press %s to leave without saving. %s or Esc: no."), yes_key(), no_key());
	mentor_ask(s, w, line);
}

int mentor_form_leave_key(struct screen *s, const struct event *ev, bool *asking, bool has_unsaved,
                          const struct draft *key)
{
	if (*asking) {
		*asking = false;
		if (!is_yes(ev))
			return SCR_HANDLED | SCR_REDRAW; /* anything else stays on the form */
	} else if (ev->kind != EV_KEY || keys_action(s->ops->keys(s), ev) != MENTOR_BACK) {
		return 0;
	} else if (has_unsaved) {
		*asking = true;
		return SCR_HANDLED | SCR_REDRAW;
	}
	app_draft_drop(s->app, key);
	return SCR_POP | SCR_HANDLED;
}
