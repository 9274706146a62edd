/* Keys as data (ui/keys.h): which bind of a table an event matches, and
 * what it does: by code, by the code beside it, by letter in either case,
 * by a range or the letter beside it, by the keys of a list, and by any
 * other key or letter; the first bind that matches wins. */
#include <curses.h>
#include <string.h>

#include "tests/harness.h"
#include "tests/screens/suites.h"
#include "ui/keys.h"

enum { ACT_SAVE = 1, ACT_MOVE, ACT_LEVEL, ACT_PLACES, ACT_LIST, ACT_QUIT, ACT_CLOSE };

static const struct key_bind binds[] = {
	{ .key = UI_KEY_ENTER, .action = ACT_SAVE, .hint = "Enter: save" },
	{ .key = KEY_LEFT, .key_also = KEY_RIGHT, .action = ACT_MOVE, .hint = "Left/Right: move" },
	{ .ch = '0', .ch_last = '4', .action = ACT_LEVEL, .hint = "0-4: level" },
	{ .ch = '+', .ch_also = '-', .action = ACT_PLACES, .hint = "+/-: places" },
	{ .is_list_move = true, .action = ACT_LIST, .hint = "Up/Down: choose" },
	{ .ch = 'Q', .action = ACT_QUIT, .hint = "Q: quit" },
	{ .key = KEY_F(10), .hint = "F10: sign out" },
	{ .hint = "Type a name" },
	{ 0 },
};
static const struct keymap km = { .binds = binds };
static const struct key_bind any_binds[] = {
	{ .is_any_key = true, .is_any_letter = true, .action = ACT_CLOSE, .hint = "any other key: close" },
	{ 0 },
};
static const struct keymap any_km = { .binds = any_binds };

static int key(const struct keymap *m, int code)
{
	struct event ev = { .kind = EV_KEY, .key = code };
	return keys_action(m, &ev);
}

static int chr(const struct keymap *m, uint32_t ch)
{
	struct event ev = { .kind = EV_CHAR, .ch = ch };
	return keys_action(m, &ev);
}

void suite_keys(void)
{
	CHECK(key(&km, UI_KEY_ENTER) == ACT_SAVE, "a key by its code");
	CHECK(key(&km, KEY_LEFT) == ACT_MOVE && key(&km, KEY_RIGHT) == ACT_MOVE, "a key and the one beside it");
	CHECK(chr(&km, '0') == ACT_LEVEL && chr(&km, '4') == ACT_LEVEL && chr(&km, '5') == 0, "a range of letters");
	CHECK(chr(&km, '+') == ACT_PLACES && chr(&km, '-') == ACT_PLACES && chr(&km, ',') == 0,
	      "a letter and the one beside it, nothing between");
	CHECK(key(&km, KEY_UP) == ACT_LIST && key(&km, KEY_NPAGE) == ACT_LIST && key(&km, KEY_END) == ACT_LIST,
	      "the keys that move in a list");
	CHECK(chr(&km, 'q') == ACT_QUIT && chr(&km, 'Q') == ACT_QUIT, "a letter in either case");
	CHECK(key(&km, KEY_F(10)) == 0, "a key someone else answers has no action of the screen's");
	struct event f10 = { .kind = EV_KEY, .key = KEY_F(10) }, f9 = { .kind = EV_KEY, .key = KEY_F(9) };
	CHECK(keys_bind(&km, &f10) == &binds[6] && keys_bind(&km, &f9) == NULL,
	      "keys_bind: whether the table names a key at all");
	CHECK(chr(&km, 'x') == 0 && key(&km, KEY_F(2)) == 0, "a key the table leaves out does nothing");
	CHECK(key(&any_km, KEY_F(7)) == ACT_CLOSE && chr(&any_km, 'z') == ACT_CLOSE && chr(&any_km, 0x10D) == ACT_CLOSE,
	      "any other key or letter (č too)");
	CHECK(chr(&any_km, '7') == 0 && chr(&any_km, '*') == 0, "a digit or a sign is no letter");
	CHECK(key(&any_km, UI_KEY_CLEAR) == 0, "a forgotten line is no key anyone pressed");
	struct keymap both = { .binds = binds, .more = &any_km };
	CHECK(key(&both, UI_KEY_ENTER) == ACT_SAVE && key(&both, KEY_F(7)) == ACT_CLOSE,
	      "the first bind that matches wins, the table's more after it");
	struct event q = { .kind = EV_CHAR, .ch = '?' }, f1 = { .kind = EV_KEY, .key = KEYS_HELP_KEY };
	struct keymap text = { .binds = binds, .takes_text = true };
	CHECK(keys_asks_help(&km, &q) && keys_asks_help(&km, &f1), "? and F1 ask for the help");
	CHECK(!keys_asks_help(&text, &q) && keys_asks_help(&text, &f1), "where text is typed, only F1 does");
	/* A hint line too long for its row: the keys between give way, and
	 * Enter (the one that saves), Esc and the help stay, in their order. */
	static const struct key_bind form_binds[] = {
		{ .is_list_move = true, .hint = "Arrows: choose a line" },
		{ .ch = '0', .ch_last = '4', .hint = "0-4: the level" },
		{ .key = UI_KEY_TAB, .hint = "Tab: the note below" },
		{ .key = UI_KEY_ENTER, .hint = "Enter: save" },
		{ .key = UI_KEY_ESC, .hint = "Esc: back" },
		{ 0 },
	};
	const struct keymap form = { .binds = form_binds };
	char line[256];
	keys_hint_line(&form, 72, line, sizeof line);
	CHECK(!strcmp(line, "Arrows: choose a line  0-4: the level  Enter: save  Esc: back  F1: help"),
	      "a long hint line keeps Enter, Esc and the help");
	keys_hint_line(&form, 92, line, sizeof line);
	CHECK(!strcmp(line, "Arrows: choose a line  0-4: the level  Tab: the note below  Enter: save  Esc: back  F1: help"),
	      "a hint line with room keeps every key");
}
