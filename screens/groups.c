/* Mentor mode: the groups. The managing view (no participant in the
 * argument) lists them and adds one (N); the picking view, from a
 * participant's file, adds that participant to the chosen group (leaving
 * their other one; membership history stays). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/groups.h"
#include "out/err_words.h"
#include "screens/screens.h"
#include "ui/draw.h"
#include "ui/listview.h"
#include "util/alloc.h"
#include "util/i18n.h"
#include "util/text.h"

#define GROUPS_TOP 4

struct groups_state {
	struct person_arg arg;     /* person_id 0 in the managing view */
	struct group *groups;
	size_t n, cap;
	struct listview lv;
	struct prompt_arg prompt;
	char status[160];
};

static void keep_group(const struct group *g, void *ctx)
{
	struct groups_state *st = ctx;
	st->groups = xgrow(st->groups, st->n, &st->cap, sizeof *st->groups);
	st->groups[st->n++] = *g;
}

static void load(struct screen *s)
{
	struct groups_state *st = s->state;
	st->n = 0;
	if (app_group_each(s->app, keep_group, st) != ERR_OK)
		st->n = 0;
	listview_set_count(&st->lv, st->n);
}

static void groups_enter(struct screen *s, const void *arg)
{
	struct groups_state *st = s->state;
	st->arg = *(const struct person_arg *)arg;
	load(s);
}

static void groups_resume(struct screen *s) { load(s); }

static void groups_leave(struct screen *s)
{
	struct groups_state *st = s->state;
	free(st->groups);
}

static void groups_layout(struct screen *s)
{
	struct groups_state *st = s->state;
	listview_set_rows(&st->lv, s->rows - GROUPS_TOP - 4);
}

enum groups_action { GROUPS_NEW = 1, GROUPS_JOIN, GROUPS_MOVE };

static const struct key_bind groups_binds[] = {
	{ .ch = 'N', .action = GROUPS_NEW, .hint = N_("N: new group") },
	{ .is_list_move = true, .action = GROUPS_MOVE, .hint = N_("Up/Down: choose"), .is_help_only = true },
	MENTOR_KEY_BACK,
	{ 0 },
};
static const struct keymap groups_map = { .binds = groups_binds, .more = &mentor_menu_on_groups };
static const struct key_bind groups_pick_binds[] = {
	{ .key = UI_KEY_ENTER, .action = GROUPS_JOIN, .hint = N_("Enter: join this group") },
	{ .is_list_move = true, .action = GROUPS_MOVE, .hint = N_("Up/Down: choose"), .is_help_only = true },
	MENTOR_KEY_BACK,
	{ 0 },
};
static const struct keymap groups_pick_map = { .binds = groups_pick_binds, .more = &mentor_signout_keys };

static const struct keymap *groups_keys(const struct screen *s)
{
	const struct groups_state *st = s->state;
	return st->arg.person_id ? &groups_pick_map : &groups_map;
}

static void groups_draw(const struct screen *s, WINDOW *w)
{
	const struct groups_state *st = s->state;
	char line[300], start[32], end[32];
	bool picking = st->arg.person_id != 0;
	mentor_header(s, w, picking ? _("Mentor mode: choose a group") : _("Mentor mode: groups"), &st->arg.session);
	draw_text(w, 2, 1, s->cols - 2, st->n ? _("Group, dates, participants, mentors") : _("No groups yet."), A_BOLD);
	for (size_t i = st->lv.top; i < st->n && (int)(i - st->lv.top) < st->lv.rows; i++) {
		const struct group *g = &st->groups[i];
		/* a day not set is "-", in the day's column all the same */
		mentor_day_column(g->start_day, start, sizeof start);
		mentor_day_column(g->end_day, end, sizeof end);
		char name[160], range[80];
		if (g->start_day || g->end_day)
			snprintf(range, sizeof range, "%s - %s", start, end);
		else /* no days at all: the column left empty, not "- - -" */
			snprintf(range, sizeof range, "%*s", text_width(start) + 3 + text_width(end), "");
		snprintf(line, sizeof line, "  %s %s   %d   %d", text_pad(name, sizeof name, g->name, 24), range,
		         g->participants, g->mentors);
		draw_text_fit(w, GROUPS_TOP + (int)(i - st->lv.top), 1, s->cols - 2, line,
		          picking && i == st->lv.sel ? theme_attr(THEME_SELECTED) : A_NORMAL);
	}
	if (st->status[0])
		draw_text_fit(w, s->rows - 3, 1, s->cols - 2, st->status, A_BOLD);
}

static int groups_on_event(struct screen *s, const struct event *ev)
{
	struct groups_state *st = s->state;
	if (ev->kind == EV_TICK)
		return 0;
	st->status[0] = '\0';
	int act = keys_action(groups_keys(s), ev);
	if (act == GROUPS_MOVE) {
		listview_key(&st->lv, ev->key);
		return SCR_HANDLED | SCR_REDRAW;
	}
	if (st->arg.person_id) {
		if (act == MENTOR_BACK)
			return SCR_POP | SCR_HANDLED;
		if ((ev->kind == EV_SCAN || act == GROUPS_JOIN) && st->n) {
			enum rota_err e = app_group_join(s->app, st->groups[st->lv.sel].id, st->arg.person_id, ev->now);
			if (e == ERR_OK)
				return SCR_POP | SCR_HANDLED;
			snprintf(st->status, sizeof st->status, "%s", err_message(e));
		}
		return SCR_HANDLED | SCR_REDRAW;
	}
	if (act == GROUPS_NEW) {
		st->prompt.who = st->arg;
		st->prompt.kind = PROMPT_GROUP;
		return screen_go(s, SCR_PUSH, &prompt_screen, &st->prompt);
	}
	int f = mentor_menu_key(s, ev, &st->arg);
	return f ? f : SCR_HANDLED;
}

const struct screen_ops groups_screen = {
	.name = "groups",
	.state_size = sizeof(struct groups_state),
	.enter = groups_enter,
	.leave = groups_leave,
	.layout = groups_layout,
	.draw = groups_draw,
	.on_event = groups_on_event,
	.resume = groups_resume,
	.is_mentor = true,
	.keys = groups_keys,
};
