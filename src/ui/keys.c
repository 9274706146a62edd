/* Keys as data: matching an event to a screen's table, the footer drawn
 * from it, and whether an event asks for the help. */
#include "ui/keys.h"

#include <stdio.h>
#include <string.h>

#include "ui/draw.h"
#include "ui/screen.h"
#include "ui/theme.h"
#include "util/i18n.h"
#include "util/text.h"

#define KEYS_MAX 32

static uint32_t fold(uint32_t ch) { return ch >= 'A' && ch <= 'Z' ? ch | 0x20 : ch; }

/* Any non-ASCII character counts as a letter (č, ž, đ). */
static bool is_letter(uint32_t ch) { return ch > 0x7F || (fold(ch) >= 'a' && fold(ch) <= 'z'); }

static bool is_list_key(int key)
{
	return key == KEY_UP || key == KEY_DOWN || key == KEY_PPAGE || key == KEY_NPAGE || key == KEY_HOME ||
	       key == KEY_END;
}

static bool matches(const struct key_bind *b, const struct event *ev)
{
	if (ev->kind == EV_KEY)
		return (b->key && (b->key == ev->key || b->key_also == ev->key)) ||
		       (b->is_list_move && is_list_key(ev->key)) || (b->is_any_key && ev->key != UI_KEY_CLEAR);
	if (ev->kind == EV_CHAR && b->is_any_letter && is_letter(ev->ch))
		return true;
	if (ev->kind != EV_CHAR || !b->ch)
		return false;
	if (b->ch_last)
		return ev->ch >= b->ch && ev->ch <= b->ch_last;
	return fold(ev->ch) == fold(b->ch) || (b->ch_also && fold(ev->ch) == fold(b->ch_also));
}

int keys_action(const struct keymap *km, const struct event *ev)
{
	for (; km; km = km->more)
		for (const struct key_bind *b = km->binds; b && b->hint; b++)
			if (b->action && matches(b, ev))
				return b->action;
	return 0;
}

const struct key_bind *keys_bind(const struct keymap *km, const struct event *ev)
{
	for (; km; km = km->more)
		for (const struct key_bind *b = km->binds; b && b->hint; b++)
			if (matches(b, ev))
				return b;
	return NULL;
}

bool keys_asks_help(const struct keymap *km, const struct event *ev)
{
	if (!km)
		return false;
	if (ev->kind == EV_KEY && ev->key == KEYS_HELP_KEY)
		return true;
	return ev->kind == EV_CHAR && ev->ch == '?' && !km->takes_text;
}

int keys_hint_row(int rows) { return rows - 2; }

/* The hint items of km: its binds shown on the hint line, then "F1: help". */
static int hint_items(const struct keymap *km, const char **items, bool *keep)
{
	int n = 0;
	for (const struct key_bind *b = km->binds; b && b->hint && n < KEYS_MAX - 1; b++) {
		if (b->is_help_only)
			continue;
		/* Enter (the key that saves or goes on) and Esc stay when the
		 * line is too long; the others give way */
		keep[n] = b->key == UI_KEY_ESC || b->key == UI_KEY_ENTER;
		items[n++] = _(b->hint);
	}
	keep[n] = true;
	items[n++] = _("F1: help");
	return n;
}

void keys_hint_line(const struct keymap *km, int cols, char *out, size_t size)
{
	const char *items[KEYS_MAX], *shown[KEYS_MAX];
	bool keep[KEYS_MAX];
	char saved[3];
	i18n_switch(km->lang, saved);
	int n = hint_items(km, items, keep);
	int kept = 0;
	for (int i = 0; i < n; i++)
		if (keep[i])
			kept += text_width(items[i]) + 2;
	/* in order while they fit, room always left for Enter, Esc and the help */
	int used = 0, m = 0;
	for (int i = 0; i < n; i++) {
		int wd = text_width(items[i]) + 2;
		if (keep[i]) {
			shown[m++] = items[i];
			used += wd;
			kept -= wd;
		} else if (used + wd + kept <= cols + 2) {
			shown[m++] = items[i];
			used += wd;
		}
	}
	out[0] = '\0';
	size_t len = 0;
	for (int i = 0; i < m; i++) {
		int k = snprintf(out + len, size - len, "%s%s", i ? "  " : "", shown[i]);
		if (k < 0 || (size_t)k >= size - len)
			break;
		len += (size_t)k;
	}
	i18n_restore(saved);
}

void keys_footer(const struct screen *s, WINDOW *w, const struct keymap *km)
{
	char line[512];
	int cols = s->cols - 2;
	attr_t hint = theme_attr(THEME_HINT);
	char saved[3];
	i18n_switch(km->lang, saved);
	keys_hint_line(km, cols, line, sizeof line);
	draw_text_fit(w, keys_hint_row(s->rows), 1, cols, line, hint);
	if (!km->more) {
		i18n_restore(saved);
		return;
	}
	const char *items[KEYS_MAX];
	int n = 0;
	for (const struct key_bind *b = km->more->binds; b && b->hint && n < KEYS_MAX; b++)
		if (!b->is_help_only)
			items[n++] = _(b->hint);
	draw_items_line(items, n, cols, "  ", line, sizeof line);
	draw_text_fit(w, s->rows - 1, 1, cols, line, hint);
	i18n_restore(saved);
}
