/* Mentor mode: the work processes as stations, in the workshop's order,
 * with their places. A coordinator changes the places (+ and -), the order
 * ([ and ] move the chosen one) and turns a process on or off (A); mentors
 * see them. Names and new processes: rota process add|edit. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/processes.h"
#include "out/err_words.h"
#include "screens/screens.h"
#include "ui/draw.h"
#include "ui/listview.h"
#include "util/i18n.h"
#include "util/text.h"

#define STATIONS_TOP 4

struct stations_state {
	struct person_arg who;        /* the signed-in mentor; person_id 0 */
	struct process *list;
	size_t n;
	struct listview lv;
	char status[160];
};

static void load(struct screen *s)
{
	struct stations_state *st = s->state;
	free(st->list);
	st->list = NULL;
	if (app_processes(s->app, &st->list, &st->n) != ERR_OK)
		st->n = 0;
	listview_set_count(&st->lv, st->n);
}

static void stations_enter(struct screen *s, const void *arg)
{
	struct stations_state *st = s->state;
	st->who.session = *(const struct mentor_session *)arg;
	load(s);
}

static void stations_leave(struct screen *s)
{
	struct stations_state *st = s->state;
	free(st->list);
}

static void stations_layout(struct screen *s)
{
	struct stations_state *st = s->state;
	listview_set_rows(&st->lv, s->rows - STATIONS_TOP - 4);
}

enum stations_action { STATIONS_CHANGE = 1, STATIONS_MOVE };

#define STATIONS_KEY_CHOOSE \
	{ .is_list_move = true, .action = STATIONS_MOVE, .hint = N_("Up/Down: choose"), .is_help_only = true }
/* A coordinator's: the chosen process changed (change() reads the key). */
static const struct key_bind stations_binds[] = {
	{ .ch = '+', .ch_also = '-', .action = STATIONS_CHANGE, .hint = N_("+/-: places"),
	  .help = N_("one place more or less at the chosen process") },
	{ .ch = '[', .ch_also = ']', .action = STATIONS_CHANGE, .hint = N_("[ ]: order"),
	  .help = N_("move the chosen process up or down") },
	{ .ch = 'A', .action = STATIONS_CHANGE, .hint = N_("A: on or off"),
	  .help = N_("the chosen process is used or not") },
	STATIONS_KEY_CHOOSE,
	MENTOR_KEY_BACK,
	{ 0 },
};
static const struct keymap stations_map = { .binds = stations_binds, .more = &mentor_menu_on_stations };
static const struct key_bind stations_view_binds[] = {
	STATIONS_KEY_CHOOSE,
	MENTOR_KEY_BACK,
	{ 0 },
};
static const struct keymap stations_view_map = {
	.binds = stations_view_binds,
	.more = &mentor_menu_on_stations,
	.note = N_("Only coordinators change these."),
};

static const struct keymap *stations_keys(const struct screen *s)
{
	const struct stations_state *st = s->state;
	return st->who.session.is_coordinator ? &stations_map : &stations_view_map;
}

static void stations_draw(const struct screen *s, WINDOW *w)
{
	const struct stations_state *st = s->state;
	char line[300];
	mentor_header(s, w, _("Mentor mode: work processes"), &st->who.session);
	draw_text(w, 2, 1, s->cols - 2, _("In the workshop's order, with the places at each"), A_BOLD);
	for (size_t i = st->lv.top; i < st->n && (int)(i - st->lv.top) < st->lv.rows; i++) {
		const struct process *p = &st->list[i];
		char name[128];
		snprintf(line, sizeof line, "  %d. %s %s %d%s", p->position, text_pad(name, sizeof name, app_process_name(p), 30),
		         _("places:"),
		         p->capacity, p->is_active ? "" : _("  (not active)"));
		draw_text_fit(w, STATIONS_TOP + (int)(i - st->lv.top), 1, s->cols - 2, line,
		          i == st->lv.sel && st->who.session.is_coordinator ? theme_attr(THEME_SELECTED) : A_NORMAL);
	}
	if (st->status[0])
		draw_text_fit(w, s->rows - 3, 1, s->cols - 2, st->status, A_BOLD);
	else if (!st->who.session.is_coordinator)
		draw_text_fit(w, s->rows - 3, 1, s->cols - 2, _("Only coordinators change these."), theme_attr(THEME_HINT));
}

/* Swaps the order of the chosen process with its neighbour (up: -1). */
static enum rota_err move_process(struct screen *s, struct stations_state *st, int dir)
{
	size_t i = st->lv.sel, j = i + (size_t)dir;
	if ((dir < 0 && i == 0) || j >= st->n)
		return ERR_OK;
	struct process a = st->list[i], b = st->list[j];
	int pos = a.position;
	a.position = b.position;
	b.position = pos == b.position ? pos - dir : pos;
	enum rota_err e = app_process_update(s->app, &a);
	if (e == ERR_OK)
		e = app_process_update(s->app, &b);
	if (e == ERR_OK)
		st->lv.sel = j;
	return e;
}

static int change(struct screen *s, struct stations_state *st, uint32_t key)
{
	struct process p = st->list[st->lv.sel];
	enum rota_err e = ERR_OK;
	if (key == '[' || key == ']') {
		e = move_process(s, st, key == '[' ? -1 : 1);
	} else {
		if (key == '+')
			p.capacity++;
		else if (key == '-' && p.capacity > 0)
			p.capacity--;
		else if (key == 'a' || key == 'A')
			p.is_active = !p.is_active;
		e = app_process_update(s->app, &p);
	}
	if (e != ERR_OK)
		snprintf(st->status, sizeof st->status, "%s", err_message(e));
	load(s);
	return SCR_HANDLED | SCR_REDRAW;
}

static int stations_on_event(struct screen *s, const struct event *ev)
{
	struct stations_state *st = s->state;
	if (ev->kind == EV_TICK)
		return 0;
	st->status[0] = '\0';
	switch (keys_action(stations_keys(s), ev)) {
	case STATIONS_MOVE:
		listview_key(&st->lv, ev->key);
		return SCR_HANDLED | SCR_REDRAW;
	case STATIONS_CHANGE:
		return st->n ? change(s, st, ev->ch) : SCR_HANDLED;
	default:
		break;
	}
	int f = mentor_menu_key(s, ev, &st->who);
	return f ? f : SCR_HANDLED;
}

const struct screen_ops stations_screen = {
	.name = "stations",
	.state_size = sizeof(struct stations_state),
	.enter = stations_enter,
	.leave = stations_leave,
	.layout = stations_layout,
	.draw = stations_draw,
	.on_event = stations_on_event,
	.is_mentor = true,
	.keys = stations_keys,
};
