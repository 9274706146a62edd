/* Keys as data: each screen declares the keys it answers in a table (the
 * key, the screen's own action for it, and the words shown for it), in the
 * manner of tig's keymaps. One function draws the hint line from the table,
 * always on the same row, and the help (F1, or ? where nobody types text)
 * lists the whole table in the reader's language. */
#ifndef ROTA_UI_KEYS_H
#define ROTA_UI_KEYS_H

#include <curses.h>
#include <stdbool.h>
#include <stdint.h>

#include "ui/event.h"

struct screen;

/* One key a screen answers. A key given both as a code and a letter
 * answers to either (F2 or M). A bind with neither only describes (typing a
 * name, the arrows of a list) and never matches. */
struct key_bind {
	int key;            /* an EV_KEY code (UI_KEY_*, KEY_*), or 0 */
	int key_also;       /* a second EV_KEY code that matches too (Down beside Up), or 0 */
	uint32_t ch;        /* an EV_CHAR; an ASCII letter matches in either case; 0: none */
	uint32_t ch_last;   /* with ch: the last of a range ch..ch_last ("0-4"), else 0 */
	uint32_t ch_also;   /* with ch: a second letter that matches too ("+/-"), or 0 */
	int action;         /* what the screen does for it, its own number (0: nothing to match) */
	const char *hint;   /* "S: seen": a msgid, the key before ": " */
	const char *help;   /* longer words for the help, a msgid, or NULL: hint's */
	bool is_help_only;  /* listed in the help, left off the hint line */
	bool is_any_key;    /* matches every EV_KEY (not UI_KEY_CLEAR, which no one pressed):
	                       "any other key", placed after the keys it is other than */
	bool is_list_move;  /* matches the keys that move in a list (ui/listview.h): Up,
	                       Down, PgUp, PgDn, Home, End */
	bool is_any_letter; /* matches every letter (any non-ASCII counts), never a digit
	                       (a card or a PIN typed by hand) nor a sign */
};

/* A screen's keys as they are now (a table may differ with the state). */
struct keymap {
	const struct key_bind *binds;  /* ended by a bind whose hint is NULL */
	const struct keymap *more;     /* a second table on the last row (a menu), or NULL */
	bool takes_text;               /* the screen is a text field: '?' is typed, only F1 helps */
	const char *note;              /* a sentence more for the help (a msgid), or NULL */
	const char *lang;              /* the language its words are read in (a person's own),
	                                  or NULL: the kiosk's */
};

/* The key that opens the help everywhere. */
#define KEYS_HELP_KEY KEY_F(1)

/* Returns the action of the first bind in km (and then km->more) that ev
 * matches (an EV_KEY by code, an EV_CHAR by letter or range, either by an
 * any-key or any-letter bind), or 0. */
int keys_action(const struct keymap *km, const struct event *ev);
/* Returns the first bind in km (and then km->more) that ev matches, with an
 * action or without (a key the kiosk answers for the screen, as F10), or
 * NULL: whether the table names ev at all. */
const struct key_bind *keys_bind(const struct keymap *km, const struct event *ev);
/* Returns true when ev asks for the help on a screen with km: F1, or ?
 * where the screen takes no text. */
bool keys_asks_help(const struct keymap *km, const struct event *ev);
/* Draws the footer of s from km on its last two rows, the same rows on
 * every screen: the hint line (row rows - 2): km's binds that are not
 * help-only, in order, then "F1: help"; binds that do not fit are left off
 * from the end, but never Esc (the help lists them all); the last row:
 * km->more's binds, if any. */
void keys_footer(const struct screen *s, WINDOW *w, const struct keymap *km);
/* Returns the row of the hint line on a screen rows high. */
int keys_hint_row(int rows);
/* Writes the hint line for km, as keys_footer draws it in cols columns
 * (in km's language), into out (size n). */
void keys_hint_line(const struct keymap *km, int cols, char *out, size_t n);

/* The help screen, shown as an overlay over the screen whose keys it lists;
 * entered with that screen (const struct screen *). Esc, Enter, F1 and ?
 * close it; every other key is kept, so nothing reaches the screen below
 * by mistake. */
extern const struct screen_ops help_screen;

#endif
