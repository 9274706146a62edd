/* Mentor mode: the participants, in name order; typing narrows the list,
 * Enter opens a participant's file. */
#include <stdlib.h>
#include <string.h>

#include "app/people.h"
#include "screens/screens.h"
#include "ui/draw.h"
#include "ui/listview.h"
#include "util/alloc.h"
#include "util/collate.h"
#include "util/i18n.h"

#define LIST_TOP 5

struct participants_state {
	struct mentor_session session;
	struct person *all;
	size_t nall;
	size_t *match;
	struct listview lv;
	char filter[EVENT_TEXT_MAX];
	struct person_arg open;
};

static void refilter(struct participants_state *st)
{
	size_t n = 0;
	for (size_t i = 0; i < st->nall; i++)
		if (st->all[i].role == ROLE_PARTICIPANT && collate_has_prefix(st->all[i].name, st->filter))
			st->match[n++] = i;
	st->lv.sel = st->lv.top = 0;
	listview_set_count(&st->lv, n);
}

static void participants_enter(struct screen *s, const void *arg)
{
	struct participants_state *st = s->state;
	st->session = *(const struct mentor_session *)arg;
	if (app_person_list(s->app, true, &st->all, &st->nall) != ERR_OK)
		st->nall = 0;
	st->match = xcalloc(st->nall ? st->nall : 1, sizeof *st->match);
	refilter(st);
}

static void participants_leave(struct screen *s)
{
	struct participants_state *st = s->state;
	free(st->all);
	free(st->match);
}

static void participants_layout(struct screen *s)
{
	struct participants_state *st = s->state;
	listview_set_rows(&st->lv, s->rows - LIST_TOP - 3);
}

enum participants_action { PARTICIPANTS_OPEN = 1, PARTICIPANTS_MOVE };

static const struct key_bind participants_binds[] = {
	{ .hint = N_("Type a name"), .help = N_("the list keeps the names that match") },
	{ .key = UI_KEY_ENTER, .action = PARTICIPANTS_OPEN, .hint = N_("Enter: open"),
	  .help = N_("open the chosen person's file") },
	{ .is_list_move = true, .action = PARTICIPANTS_MOVE, .hint = N_("Up/Down: choose"), .is_help_only = true },
	MENTOR_KEY_BACK,
	{ 0 },
};
static const struct keymap participants_map = {
	.binds = participants_binds,
	.more = &mentor_signout_keys,
	.takes_text = true,
};

static const struct keymap *participants_keys(const struct screen *s)
{
	(void)s;
	return &participants_map;
}

static void participants_draw(const struct screen *s, WINDOW *w)
{
	const struct participants_state *st = s->state;
	char line[PERSON_NAME_MAX + 8];
	mentor_header(s, w, _("Mentor mode: participants"), &st->session);
	snprintf(line, sizeof line, _("Name starts with: %s_"), st->filter);
	draw_text(w, 3, 2, s->cols - 4, line, A_BOLD);
	for (size_t i = st->lv.top; i < st->lv.count && (int)(i - st->lv.top) < st->lv.rows; i++) {
		snprintf(line, sizeof line, "  %s", st->all[st->match[i]].name);
		draw_text(w, LIST_TOP + (int)(i - st->lv.top), 1, s->cols - 2, line,
		          i == st->lv.sel ? theme_attr(THEME_SELECTED) : A_NORMAL);
	}
}

static int open_file(struct screen *s, struct participants_state *st)
{
	if (st->lv.count == 0)
		return SCR_HANDLED;
	st->open.session = st->session;
	st->open.person_id = st->all[st->match[st->lv.sel]].id;
	return screen_go(s, SCR_PUSH, &person_file_screen, &st->open);
}

static int participants_on_event(struct screen *s, const struct event *ev)
{
	struct participants_state *st = s->state;
	switch (ev->kind) {
	case EV_KEY:
		switch (keys_action(participants_keys(s), ev)) {
		case PARTICIPANTS_MOVE:
			listview_key(&st->lv, ev->key);
			return SCR_HANDLED | SCR_REDRAW;
		case PARTICIPANTS_OPEN: return open_file(s, st);
		case MENTOR_BACK: return screen_go(s, SCR_REPLACE, &review_screen, &st->session);
		default: break;
		}
		if (ev->key == UI_KEY_BACKSPACE || ev->key == UI_KEY_CLEAR) { /* the typed name's own */
			snprintf(st->filter, sizeof st->filter, "%s", ev->text);
			refilter(st);
			return SCR_HANDLED | SCR_REDRAW;
		}
		return SCR_HANDLED;
	case EV_SCAN:
		return open_file(s, st);
	case EV_CHAR:
		snprintf(st->filter, sizeof st->filter, "%s", ev->text);
		refilter(st);
		return SCR_HANDLED | SCR_REDRAW;
	default:
		return 0;
	}
}

const struct screen_ops participants_screen = {
	.name = "participants",
	.state_size = sizeof(struct participants_state),
	.enter = participants_enter,
	.leave = participants_leave,
	.layout = participants_layout,
	.draw = participants_draw,
	.on_event = participants_on_event,
	.is_mentor = true,
	.keys = participants_keys,
};
