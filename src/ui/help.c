/* The help: every key of the screen beneath, from its table, in the
 * language spoken now, with the table's note below. Drawn over the whole
 * window; Esc (or Enter, F1, ?) closes it. */
#include <string.h>

#include "ui/draw.h"
#include "ui/keys.h"
#include "ui/screen.h"
#include "ui/theme.h"
#include "util/i18n.h"
#include "util/text.h"

#define HELP_MAX 48

struct help_state {
	char lang[3];           /* the screen's language ("" the kiosk's) */
	struct keymap km;       /* the screen's table as it was when help opened */
	struct keymap more;
	bool has_more;
};

static void help_enter(struct screen *s, const void *arg)
{
	struct help_state *st = s->state;
	const struct screen *under = arg;
	const struct keymap *km = under && under->ops->keys ? under->ops->keys(under) : NULL;
	if (!km)
		return;
	st->km = *km;
	text_copy(st->lang, sizeof st->lang, km->lang ? km->lang : "");
	st->km.lang = NULL;
	if (km->more) {
		st->more = *km->more;
		st->more.more = NULL;
		st->has_more = true;
	}
	st->km.more = st->has_more ? &st->more : NULL;
}

/* Splits a hint "S: seen" into its key and its words. */
static void split_hint(const char *hint, char *key, size_t nkey, const char **words)
{
	const char *colon = strstr(hint, ": ");
	if (!colon) {
		key[0] = '\0';
		*words = hint;
		return;
	}
	size_t n = (size_t)(colon - hint) < nkey - 1 ? (size_t)(colon - hint) : nkey - 1;
	memcpy(key, hint, n);
	key[n] = '\0';
	*words = colon + 2;
}

static void help_draw(const struct screen *s, WINDOW *w)
{
	const struct help_state *st = s->state;
	char saved[3];
	i18n_switch(st->lang, saved);
	werase(w);
	draw_text(w, 0, 1, s->cols - 2, _("Help: the keys on this screen"), theme_attr(THEME_TITLE));
	for (int x = 0; x < s->cols; x++)
		draw_char(w, 1, x, 0x2500, A_NORMAL);
	const struct key_bind *all[HELP_MAX];
	int n = 0;
	for (const struct keymap *km = &st->km; km; km = km->more)
		for (const struct key_bind *b = km->binds; b && b->hint && n < HELP_MAX - 1; b++)
			all[n++] = b;
	static const struct key_bind f1 = { .key = KEYS_HELP_KEY, .hint = N_("F1: help") };
	all[n++] = &f1;
	int keyw = 0;
	for (int i = 0; i < n; i++) {
		char key[64];
		const char *words;
		split_hint(_(all[i]->hint), key, sizeof key, &words);
		if (text_width(key) > keyw)
			keyw = text_width(key);
	}
	int rows = s->rows - 6;
	int ncol = n > rows ? 2 : 1;
	int colw = (s->cols - 2) / ncol;
	int per = (n + ncol - 1) / ncol;
	for (int i = 0; i < n; i++) {
		char key[64];
		const char *words;
		split_hint(_(all[i]->hint), key, sizeof key, &words);
		if (all[i]->help)
			words = _(all[i]->help);
		int y = 3 + i % per, x = 1 + (i / per) * colw;
		draw_text(w, y, x + 1, keyw, key, A_BOLD);
		draw_text_fit(w, y, x + keyw + 3, colw - keyw - 4, words, A_NORMAL);
	}
	if (st->km.note)
		draw_text_wrap(w, 4 + per, 2, s->cols - 4, s->rows - 7 - per, _(st->km.note), A_NORMAL);
	draw_text(w, keys_hint_row(s->rows), 1, s->cols - 2, _("Esc: close the help"), theme_attr(THEME_HINT));
	i18n_restore(saved);
}

static int help_on_event(struct screen *s, const struct event *ev)
{
	(void)s;
	if (ev->kind == EV_KEY &&
	    (ev->key == UI_KEY_ESC || ev->key == UI_KEY_ENTER || ev->key == KEYS_HELP_KEY))
		return SCR_POP | SCR_HANDLED | SCR_REDRAW;
	if (ev->kind == EV_CHAR && ev->ch == '?')
		return SCR_POP | SCR_HANDLED | SCR_REDRAW;
	return ev->kind == EV_TICK ? 0 : SCR_HANDLED;
}

const struct screen_ops help_screen = {
	.name = "help",
	.state_size = sizeof(struct help_state),
	.enter = help_enter,
	.draw = help_draw,
	.on_event = help_on_event,
};
