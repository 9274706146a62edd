/* What the mentor screens share: the top line, the menu keys of their
 * footer's last row, and the yes-or-no questions. Esc goes one step back (to the review, which is the top of
 * mentor mode; from there it signs out); F10 signs out anywhere (kiosk.c). */
#include <stdio.h>
#include <string.h>

#include "screens/screens.h"
#include "app/drafts.h"
#include "ui/draw.h"
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

enum menu_action { MENU_REVIEW = 100, MENU_PARTICIPANTS, MENU_TODAY, MENU_FLOOR, MENU_GROUPS, MENU_WORK };

static const struct key_bind menu_binds[] = {
	{ .ch = 'P', .action = MENU_PARTICIPANTS, .hint = N_("P: participants") },
	{ .ch = 'T', .action = MENU_TODAY, .hint = N_("T: today") },
	{ .ch = 'F', .action = MENU_FLOOR, .hint = N_("F: floor") },
	{ .ch = 'G', .action = MENU_GROUPS, .hint = N_("G: groups") },
	{ .ch = 'W', .action = MENU_WORK, .hint = N_("W: work"), .help = N_("the work processes") },
	/* R works too, but Esc is the way back there: the line keeps room */
	{ .ch = 'R', .action = MENU_REVIEW, .hint = N_("R: review"), .is_help_only = true },
	{ .key = KEY_F(10), .hint = N_("F10: sign out") },
	{ 0 },
};
const struct keymap mentor_menu_keys = { .binds = menu_binds };

static const struct key_bind signout_binds[] = {
	{ .key = KEY_F(10), .hint = N_("F10: sign out") },
	{ 0 },
};
const struct keymap mentor_signout_keys = { .binds = signout_binds };

int mentor_menu_key(struct screen *s, const struct event *ev, const struct person_arg *who)
{
	if (ev->kind == EV_KEY && ev->key == UI_KEY_ESC) {
		if (s->ops == &review_screen)
			return SCR_HOME | SCR_HANDLED; /* the top of mentor mode: signing out */
		return screen_go(s, SCR_REPLACE, &review_screen, &who->session);
	}
	const struct screen_ops *next = NULL;
	switch (keys_action(&mentor_menu_keys, ev)) {
	case MENU_REVIEW: next = &review_screen; break;
	case MENU_PARTICIPANTS: next = &participants_screen; break;
	case MENU_TODAY: next = &today_screen; break;
	case MENU_FLOOR: next = &floor_screen; break;
	case MENU_GROUPS: next = &groups_screen; break;
	case MENU_WORK: next = &stations_screen; break;
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

bool is_yes(const struct event *ev)
{
	uint32_t yes = (uint32_t)yes_key()[0];
	return ev->kind == EV_CHAR && (ev->ch == yes || ev->ch == (yes | 0x20));
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
	} else if (ev->kind != EV_KEY || ev->key != UI_KEY_ESC) {
		return 0;
	} else if (has_unsaved) {
		*asking = true;
		return SCR_HANDLED | SCR_REDRAW;
	}
	app_draft_drop(s->app, key);
	return SCR_POP | SCR_HANDLED;
}
