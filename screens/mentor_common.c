/* What the mentor screens share: the top line and the menu keys. */
#include <stdio.h>
#include <string.h>

#include "screens/screens.h"
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
	if (ev->kind == EV_KEY && ev->key == UI_KEY_ESC)
		return SCR_HOME | SCR_HANDLED; /* signing out */
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
