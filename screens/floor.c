/* Mentor mode: the floor at a glance. One column per station: who is
 * assigned there, who of them is in now (*), their level at that process,
 * and the free places. Wider terminals get wider columns. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/board.h"
#include "app/processes.h"
#include "out/err_words.h"
#include "screens/screens.h"
#include "ui/draw.h"
#include "util/alloc.h"
#include "util/i18n.h"
#include "util/text.h"

#define FLOOR_TOP 2

struct floor_state {
	struct person_arg who;        /* the signed-in mentor; person_id 0 */
	struct process *stations;
	size_t nstations;
	struct board_row *rows;
	size_t nrows, cap;
	bool failed;
};

static void keep_row(const struct board_row *r, void *ctx)
{
	struct floor_state *st = ctx;
	st->rows = xgrow(st->rows, st->nrows, &st->cap, sizeof *st->rows);
	st->rows[st->nrows++] = *r;
}

static void load(struct screen *s)
{
	struct floor_state *st = s->state;
	st->failed = app_processes(s->app, &st->stations, &st->nstations) != ERR_OK ||
	             app_board(s->app, s->now, keep_row, st) != ERR_OK;
}

static void floor_enter(struct screen *s, const void *arg)
{
	struct floor_state *st = s->state;
	st->who.session = *(const struct mentor_session *)arg;
	load(s);
}

static void floor_leave(struct screen *s)
{
	struct floor_state *st = s->state;
	free(st->stations);
	free(st->rows);
}

/* Back on top (a card was checked in over it): the floor as it is now. */
static void floor_resume(struct screen *s)
{
	struct floor_state *st = s->state;
	floor_leave(s);
	st->stations = NULL;
	st->rows = NULL;
	st->nstations = st->nrows = st->cap = 0;
	load(s);
}

static const struct key_bind floor_binds[] = {
	{ .hint = N_("*: in now"), .help = N_("a name with * is here now") },
	{ .hint = N_("0-4: level"), .help = N_("the digit by a name: their level at that process") },
	MENTOR_KEY_BACK,
	{ 0 },
};
static const struct keymap floor_map = { .binds = floor_binds, .more = &mentor_menu_on_floor };

static const struct keymap *floor_keys(const struct screen *s)
{
	(void)s;
	return &floor_map;
}

static void floor_draw(const struct screen *s, WINDOW *w)
{
	const struct floor_state *st = s->state;
	char line[200], name[64];
	mentor_header(s, w, _("Mentor mode: the floor"), &st->who.session);
	size_t active = 0;
	for (size_t i = 0; i < st->nstations; i++)
		active += st->stations[i].is_active;
	if (st->failed || active == 0) {
		draw_text(w, FLOOR_TOP, 1, s->cols - 2, st->failed ? err_message(ERR_DB_BUSY) : _("No active work process."), A_BOLD);
		return;
	}
	int width = (s->cols - 1) / (int)active, col = 0;
	for (size_t i = 0; i < st->nstations; i++) {
		const struct process *p = &st->stations[i];
		if (!p->is_active)
			continue;
		int x = 1 + col++ * width, y = FLOOR_TOP, here = 0;
		for (size_t r = 0; r < st->nrows; r++)
			here += !strcmp(st->rows[r].process_code, p->code);
		/* a long name takes two lines rather than losing its end */
		draw_text_wrap(w, y, x, width - 1, 2, app_process_name(p), A_BOLD);
		snprintf(line, sizeof line, "%d/%d", here, p->capacity);
		draw_text(w, y + 2, x, width - 1, line, A_NORMAL); /* one row for every column */
		y += 4;
		for (size_t r = 0; r < st->nrows && y < s->rows - 4; r++) {
			const struct board_row *b = &st->rows[r];
			if (strcmp(b->process_code, p->code) != 0)
				continue;
			person_short_name(b->name, name, sizeof name);
			char level[12] = "-";
			if (b->level >= 0)
				snprintf(level, sizeof level, "%d", b->level);
			/* the level at the column's right edge */
			int room = width - 4;
			size_t fit = text_fit(name, room - 2, NULL);
			snprintf(line, sizeof line, "%c %.*s", b->is_checked_in ? '*' : ' ', (int)fit, name);
			draw_text(w, y, x, room, line, b->is_checked_in ? A_BOLD : A_NORMAL);
			draw_text(w, y, x + width - 3, 2, level, A_NORMAL);
			y++;
		}
		int free_places = p->capacity - here;
		if (free_places > 0) {
			snprintf(line, sizeof line, P_("+ %d free place", "+ %d free places", free_places), free_places);
			int last = s->rows - 5;
			draw_text_wrap(w, y < last ? y : last, x, width - 1, 2, line, theme_attr(THEME_HINT));
		}
	}
}

static int floor_on_event(struct screen *s, const struct event *ev)
{
	struct floor_state *st = s->state;
	if (ev->kind == EV_TICK)
		return 0;
	int f = mentor_menu_key(s, ev, &st->who);
	return f ? f : SCR_HANDLED;
}

const struct screen_ops floor_screen = {
	.name = "floor",
	.state_size = sizeof(struct floor_state),
	.enter = floor_enter,
	.leave = floor_leave,
	.draw = floor_draw,
	.on_event = floor_on_event,
	.resume = floor_resume,
	.is_mentor = true,
	.keys = floor_keys,
};
