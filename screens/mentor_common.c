/* What the mentor screens share: the top line, the two footer lines and the
 * menu keys. Esc goes one step back (to the review, which is the top of
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

int mentor_menu_key(struct screen *s, const struct event *ev, const struct person_arg *who)
{
	if (ev->kind == EV_KEY && ev->key == UI_KEY_ESC) {
		if (s->ops == &review_screen)
			return SCR_HOME | SCR_HANDLED; /* the top of mentor mode: signing out */
		return screen_go(s, SCR_REPLACE, &review_screen, &who->session);
	}
	if (ev->kind != EV_CHAR)
		return 0;
	const struct screen_ops *next = NULL;
	switch (ev->ch) {
	case 'r': case 'R': next = &review_screen; break;
	case 'p': case 'P': next = &participants_screen; break;
	case 't': case 'T': next = &today_screen; break;
	case 'f': case 'F': next = &floor_screen; break;
	case 'g': case 'G': next = &groups_screen; break;
	case 'w': case 'W': next = &stations_screen; break;
	default: return 0;
	}
	if (next == s->ops)
		return SCR_HANDLED;
	return screen_go(s, SCR_REPLACE, next, next == &groups_screen ? (const void *)who : &who->session);
}

/* Splits the key list in buf at its double spaces into items (at most
 * max); returns how many. */
static int split_keys(char *buf, const char **items, int max)
{
	int n = 0;
	char *p = buf;
	while (*p && n < max) {
		while (*p == ' ')
			p++;
		if (!*p)
			break;
		items[n++] = p;
		char *gap = strstr(p, "  ");
		if (!gap)
			break;
		*gap = '\0';
		p = gap + 2;
	}
	return n;
}

bool is_card_line(const struct event *ev)
{
	return ev->kind == EV_SCAN && strlen(ev->text) >= BADGE_DIGITS;
}

void mentor_footer(const struct screen *s, WINDOW *w, const char *keys, bool with_menu)
{
	/* R (the review) works too, but Esc is the way back there: the line keeps room */
	char line[512];
	/* the review is the top of mentor mode: Esc there signs out */
	const char *esc = s->ops == &review_screen ? _("Esc: sign out") : _("Esc: back");
	const char *last = with_menu ? _("P: participants  T: today  F: floor  G: groups  W: work  F10: sign out")
	                             : _("F10: sign out");
	int cols = s->cols - 2;
	attr_t hint = theme_attr(THEME_HINT);
	snprintf(line, sizeof line, "%s  %s", keys, esc);
	if (text_width(keys[0] ? line : esc) <= cols) {
		draw_text(w, s->rows - 2, 1, cols, keys[0] ? line : esc, hint);
		draw_text_fit(w, s->rows - 1, 1, cols, last, hint);
		return;
	}
	/* Too long for one line: broken between two keys. Without the menu the
	 * keys go on over the sign-out line; with it, they take the line above. */
	const char *items[24];
	if (!with_menu)
		snprintf(line, sizeof line, "%s  %s  %s", keys, esc, last);
	int n = split_keys(line, items, 24);
	if (with_menu) {
		draw_items(w, s->rows - 3, 1, cols, 2, items, n, "  ", hint);
		draw_text_fit(w, s->rows - 1, 1, cols, last, hint);
	} else {
		draw_items(w, s->rows - 2, 1, cols, 2, items, n, "  ", hint);
	}
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
