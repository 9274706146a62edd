/* Mentor mode: the planner's proposal for one participant, with its reason
 * in one line. Enter assigns the chosen process (the proposal is chosen to
 * begin with); the arrows choose another. The previous assignment stays in
 * the record. */
#include <stdio.h>
#include <string.h>

#include "app/assignments.h"
#include "app/people.h"
#include "app/processes.h"
#include "app/rotation.h"
#include "out/err_words.h"
#include "out/refusal_words.h"
#include "screens/screens.h"
#include "ui/draw.h"
#include "ui/listview.h"
#include "util/i18n.h"
#include "util/text.h"

#define ROT_TOP 6

struct rotation_state {
	struct person_arg arg;
	struct person person;
	struct rotation_view view;
	struct listview lv;
	bool failed;
	char status[200];
};

static void load(struct screen *s)
{
	struct rotation_state *st = s->state;
	app_rotation_done(&st->view);
	st->failed = app_person_get(s->app, st->arg.person_id, &st->person) != ERR_OK ||
	             app_rotation_suggest(s->app, st->arg.person_id, &st->view) != ERR_OK;
	listview_set_count(&st->lv, st->failed ? 0 : st->view.n);
	if (!st->failed && st->view.plan.index >= 0)
		st->lv.sel = (size_t)st->view.plan.index;
	listview_set_count(&st->lv, st->lv.count);
}

static void rotation_enter(struct screen *s, const void *arg)
{
	struct rotation_state *st = s->state;
	st->arg = *(const struct person_arg *)arg;
	load(s);
}

static void rotation_leave(struct screen *s)
{
	struct rotation_state *st = s->state;
	app_rotation_done(&st->view);
}

static void rotation_layout(struct screen *s)
{
	struct rotation_state *st = s->state;
	listview_set_rows(&st->lv, s->rows - ROT_TOP - 4);
}

enum rotation_action { ROTATION_ASSIGN = 1, ROTATION_MOVE };

static const struct key_bind rotation_binds[] = {
	{ .key = UI_KEY_ENTER, .action = ROTATION_ASSIGN, .hint = N_("Enter: assign the chosen process") },
	{ .is_list_move = true, .action = ROTATION_MOVE, .hint = N_("Arrows: another") },
	MENTOR_KEY_BACK,
	{ 0 },
};
static const struct keymap rotation_map = { .binds = rotation_binds, .more = &mentor_signout_keys };

static const struct keymap *rotation_keys(const struct screen *s)
{
	(void)s;
	return &rotation_map;
}

static void rotation_draw(const struct screen *s, WINDOW *w)
{
	const struct rotation_state *st = s->state;
	char line[400];
	mentor_header(s, w, _("Mentor mode: next process"), &st->arg.session);
	if (st->failed) {
		draw_text(w, 3, 1, s->cols - 2, err_message(ERR_DB_BUSY), A_BOLD);
		return;
	}
	draw_text(w, 2, 1, s->cols - 2, st->person.name, A_BOLD);
	if (st->view.has_current)
		snprintf(line, sizeof line, _("Now: %s"), app_process_name(&st->view.current));
	else
		snprintf(line, sizeof line, "%s", _("Now: no process yet"));
	draw_text(w, 3, 1, s->cols - 2, line, A_NORMAL);
	draw_wrapped(w, 4, s->cols - 4, st->view.reason, A_BOLD);
	for (size_t i = st->lv.top; i < st->lv.count && (int)(i - st->lv.top) < st->lv.rows; i++) {
		const struct process *p = &st->view.stations[i];
		const struct rot_station *r = &st->view.rot[i];
		char level[12] = "-";
		if (r->level >= 0)
			snprintf(level, sizeof level, "%d", r->level);
		char name[128];
		snprintf(line, sizeof line, "  %s %s %-3s  %d/%d%s%s", text_pad(name, sizeof name, app_process_name(p), 28),
		         _("level"), level,
		         r->occupied, p->capacity, p->is_active ? "" : _("  (not active)"),
		         (int)i == st->view.plan.index ? _("  <- proposed") : "");
		draw_text_fit(w, ROT_TOP + 1 + (int)(i - st->lv.top), 1, s->cols - 2, line,
		          i == st->lv.sel ? theme_attr(THEME_SELECTED) : A_NORMAL);
	}
	if (st->status[0])
		draw_text_fit(w, s->rows - 3, 1, s->cols - 2, st->status, A_BOLD);
}

static int assign_chosen(struct screen *s, struct rotation_state *st, time_t now)
{
	if (st->lv.count == 0)
		return SCR_HANDLED;
	const struct process *p = &st->view.stations[st->lv.sel];
	const char *why = (int)st->lv.sel == st->view.plan.index ? "the planner's proposal, confirmed" : "chosen by the mentor";
	enum rota_err e = app_assign(s->app, st->arg.person_id, p->code, st->arg.session.mentor_id,
	                             st->arg.session.mentor_id, why, now);
	if (e == ERR_OK)
		return SCR_POP | SCR_HANDLED;
	snprintf(st->status, sizeof st->status, "%s", refusal_code_words(e, REFUSAL_FOR_MENTOR));
	return SCR_HANDLED | SCR_REDRAW;
}

static int rotation_on_event(struct screen *s, const struct event *ev)
{
	struct rotation_state *st = s->state;
	if (ev->kind == EV_TICK)
		return 0;
	st->status[0] = '\0';
	if (ev->kind == EV_SCAN)
		return assign_chosen(s, st, ev->now);
	switch (keys_action(rotation_keys(s), ev)) {
	case ROTATION_MOVE:
		listview_key(&st->lv, ev->key);
		return SCR_HANDLED | SCR_REDRAW;
	case ROTATION_ASSIGN: return assign_chosen(s, st, ev->now);
	case MENTOR_BACK: return SCR_POP | SCR_HANDLED;
	default: return SCR_HANDLED;
	}
}

const struct screen_ops rotation_screen = {
	.name = "rotation",
	.state_size = sizeof(struct rotation_state),
	.enter = rotation_enter,
	.leave = rotation_leave,
	.layout = rotation_layout,
	.draw = rotation_draw,
	.on_event = rotation_on_event,
	.is_mentor = true,
	.keys = rotation_keys,
};
