/* Every screen records a scan. Each screen of the kiosk's own table
 * (ROTA_SCREENS in screens/screens.h) is opened at 80 x 24 and again at a
 * size too small to use, a participant's card is scanned, and the visit is
 * recorded and shown: the greeting at the door, the overlay over a mentor's
 * screen. A screen added to the table is covered here without more. */
#include <stdio.h>
#include <string.h>

#include "app/progress.h"
#include "app/groups.h"
#include "app/rotation.h"
#include "app/scan.h"
#include "app/visits.h"
#include "tests/harness.h"
#include "tests/screens/rig.h"
#include "tests/screens/suites.h"
#include "util/date.h"
#include "util/i18n.h"
#include "util/text.h"

struct table_row {
	const struct screen_ops *ops;
	enum screen_arg arg;
	const char *state;   /* typed once it is open: another view, a question; or NULL */
	const char *label;   /* what the checks call it, with a state */
};

static const struct table_row every_screen[] = {
#define SCREEN_ROW(ops, arg) { &ops, arg, NULL, NULL },
	ROTA_SCREENS(SCREEN_ROW)
#undef SCREEN_ROW
};

/* What a screen may be entered with; one of each. */
struct args {
	struct scan_result result;
	struct message_arg message;
	struct names_arg names;
	struct name_pick pick;
	struct mentor_session session;
	struct person_arg person;
	struct correct_arg correct;
	struct prompt_arg prompt;
	struct badge_qr_arg qr;
	struct scan_overlay_arg overlay;
};

/* Fills a with an argument of every kind: Ana's, with Maja signed in; two
 * groups to choose from. */
static void make_args(struct rig *r, struct args *a)
{
	memset(a, 0, sizeof *a);
	app_group_add(r->app, "Skupina A", 0, 0, r->now, NULL);
	app_group_add(r->app, "Skupina B", 0, 0, r->now, NULL);
	app_goal_add(r->app, r->person[ANA], r->person[MAJA], "Sort fifty parts", r->now, NULL);
	app_scan(r->app, r->payload[ANA], r->now, &a->result);
	text_copy(a->message.title, sizeof a->message.title, "A calm message");
	a->message.seconds = 10;
	a->pick.person_id = r->person[ANA];
	text_copy(a->pick.short_name, sizeof a->pick.short_name, "Ana K.");
	a->session.mentor_id = r->person[MAJA];
	text_copy(a->session.short_name, sizeof a->session.short_name, "Maja N.");
	a->session.is_coordinator = true; /* the entry form is a coordinator's */
	a->person.session = a->session;
	a->person.person_id = r->person[ANA];
	a->correct.session = a->session;
	a->correct.person_id = r->person[ANA];
	text_copy(a->correct.name, sizeof a->correct.name, "Ana Kovač");
	a->correct.day = date_ymd(r->now);
	a->prompt.who = a->person;
	a->prompt.kind = PROMPT_NOTE;
	text_copy(a->qr.payload, sizeof a->qr.payload, r->payload[ANA]);
	text_copy(a->qr.name, sizeof a->qr.name, "Ana Kovač");
	text_copy(a->overlay.payload, sizeof a->overlay.payload, r->payload[IVAN]);
}

/* Opens row's screen as the kiosk would show it; returns the name of the
 * screen that is then on top of the stack. */
static const char *open_screen_only(struct rig *r, const struct table_row *row, struct args *a);

/* Opens row's screen as the kiosk would show it, then types row's state;
 * returns the name of the screen that is then on top of the stack. */
static const char *open_screen(struct rig *r, const struct table_row *row, struct args *a)
{
	const char *name = open_screen_only(r, row, a);
	if (!row->state)
		return name;
	rig_type(r, row->state, 100);
	return rig_top(r);
}

static const char *open_screen_only(struct rig *r, const struct table_row *row, struct args *a)
{
	struct screen_mgr *m = &r->kiosk.mgr;
	const void *arg = NULL;
	switch (row->arg) {
	case SCREEN_ARG_NONE: break;
	case SCREEN_ARG_SCAN_RESULT: arg = &a->result; break;
	case SCREEN_ARG_MESSAGE: arg = &a->message; break;
	case SCREEN_ARG_NAMES: arg = &a->names; break;
	case SCREEN_ARG_NAME_PICK: arg = &a->pick; break;
	case SCREEN_ARG_SESSION: arg = &a->session; break;
	case SCREEN_ARG_PERSON: arg = &a->person; break;
	case SCREEN_ARG_CORRECT: arg = &a->correct; break;
	case SCREEN_ARG_PROMPT: arg = &a->prompt; break;
	case SCREEN_ARG_BADGE_QR: arg = &a->qr; break;
	case SCREEN_ARG_OVERLAY: /* over the mentor's first screen, with another card's answer */
		screen_mgr_open(m, &review_screen, &a->session, r->now);
		screen_mgr_overlay(m, row->ops, &a->overlay, r->now);
		return review_screen.name;
	case SCREEN_ARG_TOO_SMALL: /* over whatever shows: the door */
		screen_mgr_open(m, &home_screen, NULL, r->now);
		return home_screen.name;
	}
	screen_mgr_open(m, row->ops, arg, r->now);
	return row->ops->name;
}

/* Opens row's screen (shrunk too small with is_small), scans Tom's card and
 * checks his visit is recorded and shown. */
static void scan_on(const struct table_row *row, bool is_small)
{
	struct rig r;
	struct args a;
	char what[200];
	const char *size = is_small ? "too small" : "80x24";
	rig_open(&r, 24, 80);
	make_args(&r, &a);
	const char *under = open_screen(&r, row, &a);
	bool is_mentor = screen_mgr_top(&r.kiosk.mgr)->ops->is_mentor;
	snprintf(what, sizeof what, "%s (%s): the screen is open", row->ops->name, size);
	CHECK(rig_on(&r, under), what);
	if (is_small || row->arg == SCREEN_ARG_TOO_SMALL)
		rig_resize(&r, 20, 60);
	rig_scan(&r, TOM);
	snprintf(what, sizeof what, "%s (%s): a card scanned here is recorded", row->ops->name, size);
	CHECK(rig_is_in(&r, TOM), what);
	rig_resize(&r, 24, 80); /* what the scan answered, once it can be read */
	if (is_mentor) {
		snprintf(what, sizeof what, "%s (%s): the overlay says so, over the same screen", row->ops->name, size);
		CHECK(rig_on(&r, under) && rig_shows(&r, "┌") && rig_shows_name(&r, "Tom B."), what);
	} else {
		snprintf(what, sizeof what, "%s (%s): the greeting says so", row->ops->name, size);
		CHECK(rig_on(&r, "greeting") && rig_shows_name(&r, "Tom B."), what);
	}
	rig_close(&r);
}

/* A mentor screen's argument names who is signed in, read as the kind the
 * table declares: the session the kiosk keeps is Maja's, the one handed. */
static void session_on(const struct table_row *row)
{
	struct rig r;
	struct args a;
	char what[200];
	rig_open(&r, 24, 80);
	make_args(&r, &a);
	open_screen(&r, row, &a);
	const struct screen *top = screen_mgr_top(&r.kiosk.mgr);
	if (top->ops == row->ops && row->ops->is_mentor) {
		snprintf(what, sizeof what, "%s: the kiosk knows who is signed in from its argument",
		         row->ops->name);
		CHECK(r.kiosk.session.mentor_id == r.person[MAJA] &&
		      !strcmp(r.kiosk.session.short_name, "Maja N."), what);
	} else if (top->ops == row->ops) {
		snprintf(what, sizeof what, "%s: a screen at the door carries no session", row->ops->name);
		CHECK(r.kiosk.session.mentor_id == 0, what);
	}
	rig_close(&r);
}

void suite_every_screen(void)
{
	for (size_t i = 0; i < sizeof every_screen / sizeof every_screen[0]; i++) {
		scan_on(&every_screen[i], false);
		scan_on(&every_screen[i], true);
		session_on(&every_screen[i]);
	}
}

/* The screens with no keys of their own: the too-small notice (no key
 * reaches a screen while it shows), the scan overlay (its box closes on any
 * key, which goes on to the screen beneath: F1 is that screen's help) and
 * a badge's code (any key closes it, and the code may take the whole
 * window, where no footer may cover it). Every other screen declares its
 * keys. */
static bool is_keyless(const struct screen_ops *ops)
{
	return ops == &too_small_screen || ops == &scan_overlay_screen || ops == &badge_qr_screen;
}

/* What a check calls row: its label, else its screen's name. */
#define NAME(row) ((row)->label ? (row)->label : (row)->ops->name)

/* Returns row y of the screen text (without its newline) in out. */
static void screen_row(struct rig *r, int y, char *out, size_t n)
{
	const char *p = rig_screen(r);
	for (int i = 0; i < y && p; i++) {
		p = strchr(p, '\n');
		if (p)
			p++;
	}
	out[0] = '\0';
	if (!p)
		return;
	const char *end = strchr(p, '\n');
	size_t len = end ? (size_t)(end - p) : strlen(p);
	if (len >= n)
		len = n - 1;
	memcpy(out, p, len);
	out[len] = '\0';
}

/* Opens row's screen at 80 x 24: its hint line is on the row every screen
 * has it on and is what its key table says, Esc among it; F1 opens the help
 * listing every key of the table (its menu too), and Esc closes the help. */
static void keys_on(const struct table_row *row)
{
	struct rig r;
	struct args a;
	char what[800], line[512], want[512];
	rig_open(&r, 24, 80);
	make_args(&r, &a);
	const char *under = open_screen(&r, row, &a);
	const struct screen *top = screen_mgr_top(&r.kiosk.mgr);
	snprintf(what, sizeof what, "%s: declares its keys", NAME(row));
	CHECK(top->ops->keys != NULL, what);
	if (!top->ops->keys) {
		rig_close(&r);
		return;
	}
	const struct keymap *km = top->ops->keys(top);
	keys_hint_line(km, 80 - 2, want, sizeof want);
	screen_row(&r, keys_hint_row(24), line, sizeof line);
	snprintf(what, sizeof what, "%s: the hint line (row %d) is its key table's: '%s'", NAME(row),
	         keys_hint_row(24), want);
	CHECK(!strncmp(line, " ", 1) && strstr(line, want) == line + 1, what);
	for (const struct key_bind *b = km->binds; b->hint; b++)
		if (b->key == UI_KEY_ESC && !b->is_help_only) {
			snprintf(what, sizeof what, "%s: Esc is on the hint line", NAME(row));
			CHECK(strstr(want, _(b->hint)) && strstr(line, _(b->hint)), what);
		}
	char saved[3];
	i18n_switch(km->lang, saved); /* the footer and help speak the screen's language */
	snprintf(what, sizeof what, "%s: the hint line offers the help", NAME(row));
	CHECK(strstr(line, _("F1: help")) != NULL, what);
	rig_key(&r, KEY_F(1));
	snprintf(what, sizeof what, "%s: F1 opens the help", NAME(row));
	CHECK(rig_shows(&r, _("Help: the keys on this screen")), what);
	for (const struct keymap *m = km; m; m = m->more)
		for (const struct key_bind *b = m->binds; b->hint; b++) {
			const char *hint = _(b->hint), *colon = strstr(hint, ": ");
			const char *words = b->help ? _(b->help) : colon ? colon + 2 : hint;
			snprintf(what, sizeof what, "%s: the help lists '%s'", NAME(row), b->hint);
			CHECK(rig_shows(&r, words), what);
		}
	rig_key(&r, UI_KEY_ESC);
	snprintf(what, sizeof what, "%s: Esc closes the help, back on the screen", NAME(row));
	CHECK(!rig_shows(&r, _("Help: the keys on this screen")) && rig_on(&r, under), what);
	if (!km->takes_text) {
		rig_type(&r, "?", 100);
		snprintf(what, sizeof what, "%s: ? opens the help too (nothing is typed here)", NAME(row));
		CHECK(rig_shows(&r, _("Help: the keys on this screen")), what);
		rig_type(&r, "?", 100);
		snprintf(what, sizeof what, "%s: ? closes it again", NAME(row));
		CHECK(!rig_shows(&r, _("Help: the keys on this screen")) && rig_on(&r, under), what);
	}
	i18n_restore(saved);
	rig_close(&r);
}

/* What a key could change: the picture, the screen on top, an overlay. */
struct seen {
	char text[16384];
	unsigned long marks;   /* the attributes drawn (a chosen line shows only by them) */
	const char *top;
	bool has_overlay;
};

static void look(struct rig *r, struct seen *s)
{
	text_copy(s->text, sizeof s->text, rig_screen(r));
	s->marks = 5381;
	for (int y = 0; y < getmaxy(stdscr); y++)
		for (int x = 0; x < getmaxx(stdscr); x++)
			s->marks = s->marks * 33 + (unsigned long)(mvwinch(stdscr, y, x) & A_ATTRIBUTES);
	s->top = rig_top(r);
	s->has_overlay = screen_mgr_has_overlay(&r->kiosk.mgr);
}

static bool same(const struct seen *a, const struct seen *b)
{
	return a->top == b->top && a->has_overlay == b->has_overlay && a->marks == b->marks &&
	       !strcmp(a->text, b->text);
}

/* Presses key (an EV_KEY code) or types ch as the keyboard sends them. */
static void press(struct rig *r, int key, uint32_t ch)
{
	char typed[8] = "";
	if (ch) {
		size_t n = text_encode(ch, typed);
		typed[n] = '\0';
	} else if (key == UI_KEY_ENTER) {
		text_copy(typed, sizeof typed, "\r");
	} else if (key == UI_KEY_TAB) {
		text_copy(typed, sizeof typed, "\t");
	} else if (key == UI_KEY_ESC) {
		text_copy(typed, sizeof typed, "\x1b");
	} else {
		rig_key(r, key == UI_KEY_BACKSPACE ? KEY_BACKSPACE : key);
		return;
	}
	rig_type(r, typed, 100);
}

/* Returns true when km (or its more) names key or ch, whatever it does. */
static bool in_table(const struct keymap *km, int key, uint32_t ch)
{
	struct event ev = { .kind = key ? EV_KEY : EV_CHAR, .key = key, .ch = ch };
	return keys_bind(km, &ev) != NULL;
}

/* The keys b answers to, into keys and chars (up to 4): its key and
 * the one beside it, its letters (both ends of a range), or one of the keys
 * it stands for. Returns how many. */
static int bind_keys(const struct key_bind *b, int *keys, uint32_t *chars)
{
	int n = 0;
	if (b->key)
		keys[n] = b->key, chars[n++] = 0;
	if (b->key_also)
		keys[n] = b->key_also, chars[n++] = 0;
	if (b->ch)
		keys[n] = 0, chars[n++] = b->ch;
	if (b->ch_also || b->ch_last)
		keys[n] = 0, chars[n++] = b->ch_also ? b->ch_also : b->ch_last;
	if (!n && b->is_list_move)
		keys[n] = KEY_DOWN, chars[n++] = 0;
	if (!n && b->is_any_letter)
		keys[n] = 0, chars[n++] = 'z';
	if (!n && b->is_any_key)
		keys[n] = KEY_F(12), chars[n++] = 0;
	return n;
}

static void open_fresh(struct rig *r, const struct table_row *row, struct args *a)
{
	rig_open(r, 24, 80);
	make_args(r, a);
	open_screen(r, row, a);
}

/* Opens row's screen again on r, as fresh as the kiosk would show it now:
 * nothing typed, a greeting for a scan just made. */
static void reopen(struct rig *r, const struct table_row *row, struct args *a)
{
	a->result.at = r->now;
	open_screen(r, row, a);
	input_clear(&r->kiosk.in);
}

/* Opens row's screen again, presses the first key of prep (if any) and then
 * b's key number which; returns true when that changed what shows. */
static bool acts(struct rig *r, struct args *a, const struct table_row *row, const struct key_bind *prep,
                 const struct key_bind *b, int which)
{
	static struct seen before, after;
	int keys[4], pkeys[4];
	uint32_t chars[4], pchars[4];
	bind_keys(b, keys, chars);
	reopen(r, row, a);
	if (prep && bind_keys(prep, pkeys, pchars))
		press(r, pkeys[0], pchars[0]);
	look(r, &before);
	press(r, keys[which], chars[which]);
	look(r, &after);
	return !same(&before, &after);
}

/* Each key row's table names does something there (the picture, the
 * screen or an overlay changes), on the screen opened again: one of the
 * keys it stands for (Up or Down, either end of a range), at once or after
 * one other key of the table (Enter on a typed number, Backspace on a
 * changed line, ] where [ cannot go further). */
static void table_keys_act(const struct table_row *row)
{
	struct rig r;
	struct args a;
	char what[400];
	open_fresh(&r, row, &a);
	const struct screen *top = screen_mgr_top(&r.kiosk.mgr);
	const struct keymap *km = top->ops->keys(top);
	static struct key_bind binds[64];
	int n = 0;
	for (const struct keymap *m = km; m; m = m->more)
		for (const struct key_bind *b = m->binds; b->hint && n < 64; b++)
			binds[n++] = *b;
	static const struct key_bind digit = { .ch = '1', .hint = "1" };
	for (int i = 0; i < n; i++) {
		int keys[4];
		uint32_t chars[4];
		int nk = bind_keys(&binds[i], keys, chars);
		if (!nk)
			continue; /* words only: "Type a name", "Scan: your badge" */
		bool changed = false;
		for (int k = 0; k < nk && !changed; k++)
			changed = acts(&r, &a, row, NULL, &binds[i], k) || acts(&r, &a, row, &digit, &binds[i], k);
		for (int j = 0; j < n && !changed; j++)
			for (int k = 0; k < nk && !changed && j != i; k++)
				changed = acts(&r, &a, row, &binds[j], &binds[i], k);
		snprintf(what, sizeof what, "%s: '%s' of its table does something", NAME(row), binds[i].hint);
		CHECK(changed, what);
	}
	rig_close(&r);
}

/* Returns true when a key bound to a text field's editing (where text is
 * typed) is key: the field's own, not the table's. */
static bool is_text_edit_key(int key)
{
	return key == KEY_LEFT || key == KEY_RIGHT || key == KEY_HOME || key == KEY_END || key == KEY_DC ||
	       key == UI_KEY_BACKSPACE;
}

/* A key that row's table does not name changes nothing there: the letters
 * and the keys that edit a text (where no text is typed), the function
 * keys, the arrows and the keys that move in a list. */
static void other_keys_do_nothing(const struct table_row *row)
{
	static const int keys[] = { UI_KEY_ENTER, UI_KEY_ESC, UI_KEY_TAB, UI_KEY_BACKSPACE, KEY_UP,
		                    KEY_DOWN, KEY_LEFT, KEY_RIGHT, KEY_PPAGE, KEY_NPAGE, KEY_HOME,
		                    KEY_END, KEY_DC, KEY_F(2), KEY_F(3), KEY_F(4), KEY_F(5),
		                    KEY_F(6), KEY_F(7), KEY_F(8), KEY_F(9), KEY_F(10), KEY_F(11),
		                    KEY_F(12) };
	struct rig r;
	struct args a;
	char what[400];
	static struct seen before, after;
	rig_open(&r, 24, 80);
	make_args(&r, &a);
	open_screen(&r, row, &a);
	const struct screen *top = screen_mgr_top(&r.kiosk.mgr);
	const struct keymap *km = top->ops->keys(top);
	bool takes_text = km->takes_text;
	int n = (int)(sizeof keys / sizeof keys[0]) + (takes_text ? 0 : 26);
	for (int i = 0; i < n; i++) {
		int key = i < (int)(sizeof keys / sizeof keys[0]) ? keys[i] : 0;
		uint32_t ch = key ? 0 : (uint32_t)('a' + i - (int)(sizeof keys / sizeof keys[0]));
		top = screen_mgr_top(&r.kiosk.mgr);
		if (in_table(top->ops->keys(top), key, ch) || (takes_text && is_text_edit_key(key)))
			continue;
		look(&r, &before);
		press(&r, key, ch);
		look(&r, &after);
		char name[16];
		if (ch)
			snprintf(name, sizeof name, "%c", (char)ch);
		else
			snprintf(name, sizeof name, "key %#x", (unsigned)key);
		snprintf(what, sizeof what, "%s: %s, not in its table, changes nothing", NAME(row), name);
		CHECK(same(&before, &after), what);
		if (!same(&before, &after)) /* start again where the key was not pressed */
			reopen(&r, row, &a);
	}
	rig_close(&r);
}

/* F1 over the scan overlay closes the box and opens the help of the
 * screen beneath, whose keys they are. */
static void overlay_help(const struct table_row *row)
{
	struct rig r;
	struct args a;
	open_fresh(&r, row, &a);
	CHECK(screen_mgr_has_overlay(&r.kiosk.mgr), "the scan overlay is shown over the review");
	rig_key(&r, KEY_F(1));
	CHECK(rig_shows(&r, _("Help: the keys on this screen")) && rig_shows(&r, _("mark the chosen one as seen")),
	      "F1 over the scan overlay: the help of the review beneath");
	rig_close(&r);
}

/* Screens in another state than the one they open in: each has a table of
 * its own, held to the same checks. */
static const struct table_row every_state[] = {
	{ &person_file_screen, SCREEN_ARG_PERSON, "2", "person-file (calendar)" },
	{ &person_file_screen, SCREEN_ARG_PERSON, "3", "person-file (progress)" },
	{ &person_file_screen, SCREEN_ARG_PERSON, "4", "person-file (goals)" },
	{ &person_file_screen, SCREEN_ARG_PERSON, "4\r", "person-file (a goal whole)" },
	{ &person_file_screen, SCREEN_ARG_PERSON, "5", "person-file (notes)" },
	{ &person_file_screen, SCREEN_ARG_PERSON, "X", "person-file (stop the card?)" },
	{ &progress_form_screen, SCREEN_ARG_PERSON, "\t", "progress-form (the note)" },
	{ &prompt_screen, SCREEN_ARG_PROMPT, "A note\x1b", "prompt (leave without saving?)" },
	{ &today_screen, SCREEN_ARG_SESSION, "C", "today (close the day?)" },
	{ &review_screen, SCREEN_ARG_SESSION, "G", "groups (managing)" },
};

void suite_every_screen_keys(void)
{
	for (size_t i = 0; i < sizeof every_state / sizeof every_state[0]; i++) {
		keys_on(&every_state[i]);
		table_keys_act(&every_state[i]);
		other_keys_do_nothing(&every_state[i]);
	}
	for (size_t i = 0; i < sizeof every_screen / sizeof every_screen[0]; i++) {
		if (every_screen[i].arg == SCREEN_ARG_OVERLAY)
			overlay_help(&every_screen[i]);
		if (!is_keyless(every_screen[i].ops)) {
			keys_on(&every_screen[i]);
			table_keys_act(&every_screen[i]);
			other_keys_do_nothing(&every_screen[i]);
		}
	}
}
