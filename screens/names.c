/* The forgotten-card path: pick your own name (first name and last initial
 * only) from an alphabetical list, then your PIN where you have one. Typing
 * letters narrows the list; a card scanned here still works. */
#include <stdlib.h>
#include <string.h>

#include "app/people.h"
#include "core/badge.h"
#include "out/err_words.h"
#include "screens/screens.h"
#include "ui/draw.h"
#include "util/alloc.h"
#include "util/collate.h"
#include "util/i18n.h"
#include "util/text.h"

#define NAME_COL_WIDTH 24
#define NAMES_TOP 7

struct names_state {
	struct name_entry *all;
	size_t nall;
	size_t *match;       /* indexes into all */
	size_t nmatch;
	size_t sel;
	size_t scroll;       /* first grid row shown */
	char filter[EVENT_TEXT_MAX];
	int ncols, nrows;    /* grid size */
	bool failed;
	struct name_pick pick;
	struct names_arg arg;
	struct flow flow;
};

static void refilter(struct names_state *st)
{
	st->nmatch = 0;
	for (size_t i = 0; i < st->nall; i++)
		if (collate_has_prefix(st->all[i].short_name, st->filter))
			st->match[st->nmatch++] = i;
	st->sel = 0;
	st->scroll = 0;
}

static void names_enter(struct screen *s, const void *arg)
{
	struct names_state *st = s->state;
	if (arg)
		st->arg = *(const struct names_arg *)arg;
	st->failed = app_name_list(s->app, st->arg.for_mentor, &st->all, &st->nall) != ERR_OK;
	st->match = xcalloc(st->nall ? st->nall : 1, sizeof *st->match);
	refilter(st);
}

static void names_leave(struct screen *s)
{
	struct names_state *st = s->state;
	free(st->all);
	free(st->match);
}

static void keep_selection_visible(struct names_state *st)
{
	size_t row = st->sel / (size_t)st->ncols;
	if (row < st->scroll)
		st->scroll = row;
	else if (row >= st->scroll + (size_t)st->nrows)
		st->scroll = row - (size_t)st->nrows + 1;
}

static void names_layout(struct screen *s)
{
	struct names_state *st = s->state;
	st->ncols = (s->cols - 4) / NAME_COL_WIDTH;
	if (st->ncols < 1)
		st->ncols = 1;
	if (st->ncols > 4)
		st->ncols = 4;
	st->nrows = s->rows - NAMES_TOP - 3;
	if (st->nrows < 1)
		st->nrows = 1;
	keep_selection_visible(st);
}

enum names_action { NAMES_CHOOSE = 1, NAMES_MOVE, NAMES_BACK };

static const struct key_bind names_binds[] = {
	{ .hint = N_("Type a name"), .help = N_("the list keeps the names that match") },
	{ .key = UI_KEY_ENTER, .action = NAMES_CHOOSE, .hint = N_("Enter: this is me"),
	  .help = N_("pick the chosen name") },
	{ .key = KEY_LEFT, .key_also = KEY_RIGHT, .is_list_move = true, .action = NAMES_MOVE,
	  .hint = N_("Arrows: choose"), .is_help_only = true },
	{ .key = UI_KEY_TAB, .action = NAMES_MOVE, .hint = N_("Tab: the next name"), .is_help_only = true },
	{ .key = UI_KEY_ESC, .action = NAMES_BACK, .hint = N_("Esc: back to the start") },
	{ 0 },
};
static const struct keymap names_map = { .binds = names_binds, .takes_text = true };

static const struct keymap *names_keys(const struct screen *s)
{
	(void)s;
	return &names_map;
}

static void names_draw(const struct screen *s, WINDOW *w)
{
	const struct names_state *st = s->state;
	char line[160];
	draw_centered(w, 1, _("Find your name"), theme_attr(THEME_TITLE));
	draw_wrapped(w, 2, s->cols - 4,
	             _("Type the first letters of your name, or use the arrow keys. Then press Enter."),
	             theme_attr(THEME_HINT));
	snprintf(line, sizeof line, _("Name starts with: %s_"), st->filter);
	draw_text(w, 5, 4, s->cols - 8, line, A_BOLD);
	if (st->failed || st->nmatch == 0) {
		draw_wrapped(w, NAMES_TOP + 2, s->cols - 8,
		             st->failed ? err_message(ERR_DB_BUSY)
		                        : _("No name starts like this. Press Backspace to change it."),
		             A_NORMAL);
	}
	int left = (s->cols - st->ncols * NAME_COL_WIDTH) / 2;
	for (size_t i = st->scroll * (size_t)st->ncols; i < st->nmatch; i++) {
		size_t row = i / (size_t)st->ncols - st->scroll;
		if (row >= (size_t)st->nrows)
			break;
		int x = left + (int)(i % (size_t)st->ncols) * NAME_COL_WIDTH;
		const char *name = st->all[st->match[i]].short_name;
		snprintf(line, sizeof line, " %s ", name);
		draw_text(w, NAMES_TOP + (int)row, x, NAME_COL_WIDTH - 1, line,
		          i == st->sel ? theme_attr(THEME_SELECTED) : A_NORMAL);
	}
}

static int choose(struct screen *s, struct names_state *st, time_t now)
{
	if (st->nmatch == 0)
		return SCR_HANDLED;
	const struct name_entry *e = &st->all[st->match[st->sel]];
	/* Checking in by name needs the person's PIN or a mentor's card, as
	 * the workshop chose; only where it needs neither does a name alone do. */
	bool needs_mentor = !st->arg.for_mentor && app_name_needs_mentor(s->app, e->has_pin);
	if (e->has_pin || st->arg.for_mentor || needs_mentor) {
		st->pick.person_id = e->person_id;
		st->pick.for_mentor = st->arg.for_mentor;
		st->pick.badge[0] = '\0'; /* a picked name is no badge */
		st->pick.is_mentor = e->is_mentor;
		st->pick.needs_mentor = needs_mentor;
		st->pick.confirm_for = st->arg.confirm_for;
		text_copy(st->pick.confirm_name, sizeof st->pick.confirm_name, st->arg.confirm_name);
		text_copy(st->pick.short_name, sizeof st->pick.short_name, e->short_name);
		return screen_go(s, SCR_REPLACE, &pin_screen, &st->pick);
	}
	bool pin_wrong;
	return flow_attend(s, &st->flow, e->person_id, NULL, e->is_mentor, now, SCR_REPLACE, &pin_wrong);
}

static int move_selection(struct names_state *st, long delta)
{
	long sel = (long)st->sel + delta;
	if (st->nmatch == 0)
		return SCR_HANDLED;
	if (sel < 0)
		sel = 0;
	if (sel >= (long)st->nmatch)
		sel = (long)st->nmatch - 1;
	st->sel = (size_t)sel;
	keep_selection_visible(st);
	return SCR_HANDLED | SCR_REDRAW;
}

/* How far a key of NAMES_MOVE moves in the grid of names. */
static long names_step(const struct names_state *st, int key)
{
	long cols = st->ncols, page = (long)st->ncols * st->nrows;
	switch (key) {
	case KEY_LEFT: return -1;
	case KEY_UP: return -cols;
	case KEY_DOWN: return cols;
	case KEY_PPAGE: return -page;
	case KEY_NPAGE: return page;
	case KEY_HOME: return -(long)st->nmatch;
	case KEY_END: return (long)st->nmatch;
	default: return 1; /* Right, Tab */
	}
}

static int names_on_event(struct screen *s, const struct event *ev)
{
	struct names_state *st = s->state;
	switch (ev->kind) {
	case EV_SCAN:
		if (badge_payload_check(ev->text) != BADGE_NOT_DIGITS && !st->arg.for_mentor)
			return flow_scan(s, &st->flow, ev->text, !ev->is_burst, ev->now, SCR_REPLACE);
		if (badge_payload_check(ev->text) != BADGE_NOT_DIGITS)
			return SCR_HANDLED; /* sign-in by badge is on the screen before */
		return choose(s, st, ev->now);
	case EV_CHAR:
		text_copy(st->filter, sizeof st->filter, ev->text);
		refilter(st);
		return SCR_HANDLED | SCR_REDRAW;
	case EV_KEY:
		switch (keys_action(names_keys(s), ev)) {
		case NAMES_BACK: return SCR_POP | SCR_HANDLED;
		case NAMES_CHOOSE: return choose(s, st, ev->now);
		case NAMES_MOVE: return move_selection(st, names_step(st, ev->key));
		default: break;
		}
		if (ev->key == UI_KEY_BACKSPACE || ev->key == UI_KEY_CLEAR) { /* the typed name's own */
			text_copy(st->filter, sizeof st->filter, ev->text);
			refilter(st);
			return SCR_HANDLED | SCR_REDRAW;
		}
		return SCR_HANDLED;
	default:
		return 0;
	}
}

const struct screen_ops names_screen = {
	.name = "names",
	.state_size = sizeof(struct names_state),
	.enter = names_enter,
	.leave = names_leave,
	.layout = names_layout,
	.draw = names_draw,
	.on_event = names_on_event,
	.keys = names_keys,
};
