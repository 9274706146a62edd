/* Mentor mode: a participant's file, for the work and for the team
 * meetings. A header (programme, days present, hours against the target)
 * and five views: timeline, attendance calendar, progress, goals, notes.
 * From here a mentor records a level, a note or a goal, shows the badge's
 * code, issues a new card or stops one, corrects a visit on the timeline
 * (Enter) or adds one that was never scanned (V); a coordinator records
 * the entry data and outcomes (D). A goal too long for its line opens
 * whole with Enter on the goals view. Nothing is ever edited away. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/badge.h"
#include "app/drafts.h"
#include "app/hours.h"
#include "app/people.h"
#include "app/progress.h"
#include "app/visits.h"
#include "core/calendar.h"
#include "core/hours.h"
#include "out/err_words.h"
#include "screens/person_views.h"
#include "screens/screens.h"
#include "ui/draw.h"
#include "ui/listview.h"
#include "ui/qrdraw.h"
#include "util/alloc.h"
#include "util/date.h"
#include "util/i18n.h"
#include "util/text.h"

#define BODY_TOP 7

enum pending { PENDING_NONE, PENDING_ISSUE, PENDING_REVOKE };

struct file_state {
	struct person_arg arg;
	struct person_views pv;
	enum view view;
	struct listview lv;
	int month;           /* YYYYMM shown in the calendar */
	enum pending pending;
	bool goal_whole;     /* the chosen goal is shown whole, over the list */
	char status[200];
	struct person_arg child;
	struct prompt_arg prompt;
	struct badge_qr_arg qr;
	struct correct_arg correct;
	int drafts;          /* the signed-in mentor's unsaved forms about this person */
};

static void load(struct screen *s)
{
	struct file_state *st = s->state;
	person_views_load(s->app, st->arg.person_id, s->now, st->month, s->cols - 2, &st->pv);
	listview_set_count(&st->lv, st->pv.views[st->view].n);
	if (app_draft_count(s->app, st->arg.session.mentor_id, st->arg.person_id, &st->drafts) != ERR_OK)
		st->drafts = 0;
}

static void file_enter(struct screen *s, const void *arg)
{
	struct file_state *st = s->state;
	st->arg = *(const struct person_arg *)arg;
	st->month = date_ymd(s->now) / 100;
	load(s);
}

static void file_resume(struct screen *s) { load(s); }

static void file_leave(struct screen *s)
{
	struct file_state *st = s->state;
	person_views_free(&st->pv);
}

static void file_layout(struct screen *s)
{
	struct file_state *st = s->state;
	listview_set_rows(&st->lv, s->rows - BODY_TOP - 3);
}

enum file_action {
	FILE_OPEN = 1, FILE_VISIT, FILE_ENTRY, FILE_LEVEL, FILE_NOTE, FILE_GOAL, FILE_ROTATION, FILE_GROUP,
	FILE_ABSENCE, FILE_CODE, FILE_ISSUE, FILE_REVOKE, FILE_VIEW, FILE_MOVE, FILE_MONTH, FILE_WORKING,
	FILE_REACHED, FILE_ASIDE, FILE_ENROL, FILE_GOAL_OPEN, FILE_GOAL_CLOSE
};

#define FILE_KEYS_MORE                                                                    \
	{ .ch = 'L', .action = FILE_LEVEL, .hint = N_("L: level"), .help = N_("a new level at a process") }, \
	{ .ch = 'N', .action = FILE_NOTE, .hint = N_("N: note") },                         \
	{ .ch = 'G', .action = FILE_GOAL, .hint = N_("G: goal"), .help = N_("a new goal") }, \
	{ .ch = 'O', .action = FILE_ROTATION, .hint = N_("O: next process") },             \
	{ .ch = 'J', .action = FILE_GROUP, .hint = N_("J: group"), .help = N_("join a group") }, \
	{ .ch = 'E', .action = FILE_ABSENCE, .hint = N_("E: excused absence"), .is_help_only = true }, \
	{ .ch = 'Q', .action = FILE_CODE, .hint = N_("Q: code"), .help = N_("show the card's code on screen"), \
	  .is_help_only = true },                                                         \
	{ .ch = 'I', .action = FILE_ISSUE, .hint = N_("I: new card"), .is_help_only = true }, \
	{ .ch = 'K', .action = FILE_ENROL, .hint = N_("K: enrol a card"),                 \
	  .help = N_("a card the workshop already has becomes the badge"), .is_help_only = true }, \
	{ .ch = 'X', .action = FILE_REVOKE, .hint = N_("X: stop the card"), .is_help_only = true }, \
	FILE_KEYS_VIEWS

#define FILE_KEYS_VIEWS                                                                   \
	{ .ch = '1', .ch_last = '5', .action = FILE_VIEW, .hint = N_("1-5: a view"), .is_help_only = true }, \
	MENTOR_KEY_BACK,                                                                   \
	{ 0 }

#define FILE_KEY_CHOOSE \
	{ .is_list_move = true, .action = FILE_MOVE, .hint = N_("Up/Down: choose"), .is_help_only = true }
#define FILE_KEYS_VISIT                                                                   \
	{ .key = UI_KEY_ENTER, .action = FILE_OPEN, .hint = N_("Enter: correct a visit"),  \
	  .help = N_("correct the chosen visit") },                                        \
	{ .ch = 'V', .action = FILE_VISIT, .hint = N_("V: new visit"),                     \
	  .help = N_("add a visit that was never scanned") }

static const struct key_bind file_timeline_binds[] = {
	FILE_KEYS_VISIT,
	FILE_KEY_CHOOSE,
	FILE_KEYS_MORE,
};
static const struct key_bind file_timeline_coord_binds[] = {
	FILE_KEYS_VISIT,
	{ .ch = 'D', .action = FILE_ENTRY, .hint = N_("D: entry data") },
	FILE_KEY_CHOOSE,
	FILE_KEYS_MORE,
};
/* W, D and A give the chosen goal a status; the file's other keys stay. */
static const struct key_bind file_goals_binds[] = {
	{ .key = UI_KEY_ENTER, .action = FILE_GOAL_OPEN, .hint = N_("Enter: whole text"),
	  .help = N_("the chosen goal, all of its text") },
	{ .is_list_move = true, .action = FILE_MOVE, .hint = N_("Arrows: a goal"), .is_help_only = true },
	{ .ch = 'W', .action = FILE_WORKING, .hint = N_("W: working on it") },
	{ .ch = 'D', .action = FILE_REACHED, .hint = N_("D: reached") },
	{ .ch = 'A', .action = FILE_ASIDE, .hint = N_("A: set aside") },
	{ .ch = 'G', .action = FILE_GOAL, .hint = N_("G: new goal") },
	{ .ch = 'L', .action = FILE_LEVEL, .hint = N_("L: level"), .help = N_("a new level at a process"),
	  .is_help_only = true },
	{ .ch = 'N', .action = FILE_NOTE, .hint = N_("N: note"), .is_help_only = true },
	{ .ch = 'O', .action = FILE_ROTATION, .hint = N_("O: next process"), .is_help_only = true },
	{ .ch = 'J', .action = FILE_GROUP, .hint = N_("J: group"), .help = N_("join a group"), .is_help_only = true },
	{ .ch = 'E', .action = FILE_ABSENCE, .hint = N_("E: excused absence"), .is_help_only = true },
	{ .ch = 'Q', .action = FILE_CODE, .hint = N_("Q: code"), .help = N_("show the card's code on screen"),
	  .is_help_only = true },
	{ .ch = 'I', .action = FILE_ISSUE, .hint = N_("I: new card"), .is_help_only = true },
	{ .ch = 'X', .action = FILE_REVOKE, .hint = N_("X: stop the card"), .is_help_only = true },
	FILE_KEYS_VIEWS,
};
static const struct key_bind file_calendar_binds[] = {
	{ .key = KEY_LEFT, .key_also = KEY_RIGHT, .action = FILE_MONTH, .hint = N_("Left/Right: month"),
	  .help = N_("the month before or after") },
	FILE_KEY_CHOOSE,
	FILE_KEYS_MORE,
};
static const struct key_bind file_binds[] = { FILE_KEY_CHOOSE, FILE_KEYS_MORE };
static const struct keymap file_timeline_map = { .binds = file_timeline_binds, .more = &mentor_signout_keys };
static const struct keymap file_timeline_coord_map = {
	.binds = file_timeline_coord_binds,
	.more = &mentor_signout_keys,
};
static const struct keymap file_goals_map = { .binds = file_goals_binds, .more = &mentor_signout_keys };
/* A goal shown whole: Enter or Esc go back to the list. */
static const struct key_bind file_goal_whole_binds[] = {
	{ .key = UI_KEY_ENTER, .action = FILE_GOAL_CLOSE, .hint = N_("Enter: back to the goals") },
	{ .key = UI_KEY_ESC, .action = FILE_GOAL_CLOSE, .hint = N_("Esc: back") },
	{ 0 },
};
static const struct keymap file_goal_whole_map = { .binds = file_goal_whole_binds, .more = &mentor_signout_keys };
static const struct keymap file_calendar_map = { .binds = file_calendar_binds, .more = &mentor_signout_keys };
static const struct keymap file_map = { .binds = file_binds, .more = &mentor_signout_keys };

/* While a card is to be issued or stopped, the keys are the question's. */
static const struct keymap *file_keys(const struct screen *s)
{
	const struct file_state *st = s->state;
	if (st->pending != PENDING_NONE)
		return mentor_ask_keys();
	if (st->goal_whole)
		return &file_goal_whole_map;
	if (st->view == VIEW_GOALS && st->pv.views[VIEW_GOALS].n)
		return &file_goals_map;
	if (st->view == VIEW_CALENDAR)
		return &file_calendar_map;
	if (st->view != VIEW_TIMELINE)
		return &file_map;
	return st->arg.session.is_coordinator && st->pv.person.role == ROLE_PARTICIPANT ? &file_timeline_coord_map
	                                                                               : &file_timeline_map;
}

static void file_draw(const struct screen *s, WINDOW *w)
{
	const struct file_state *st = s->state;
	static const char *const tabs[NVIEWS] = { N_("1 Timeline"), N_("2 Attendance"), N_("3 Progress"),
		                                  N_("4 Goals"), N_("5 Notes") };
	mentor_header(s, w, _("Mentor mode: participant"), &st->arg.session);
	draw_text_fit(w, 2, 1, s->cols - 2, st->pv.header[0], A_BOLD);
	draw_text_fit(w, 3, 1, s->cols - 2, st->pv.header[1], A_NORMAL);
	draw_text_fit(w, 4, 1, s->cols - 2, st->pv.header[2], A_NORMAL);
	int x = 1;
	for (int v = 0; v < NVIEWS; v++) {
		const char *tab = _(tabs[v]);
		draw_text(w, 5, x, s->cols - x, tab, v == (int)st->view ? theme_attr(THEME_SELECTED) : A_NORMAL);
		x += text_width(tab) + 2;
	}
	const struct lines *l = &st->pv.views[st->view];
	if (l->n == 0)
		draw_text(w, BODY_TOP, 2, s->cols - 4, _("Nothing recorded yet."), A_NORMAL);
	if (st->goal_whole && st->lv.sel < l->n) /* all of it, over the list, at spaces */
		draw_text_wrap(w, BODY_TOP, 1, s->cols - 2, st->lv.rows, l->v[st->lv.sel].text, A_NORMAL);
	for (size_t i = st->lv.top; !st->goal_whole && i < l->n && (int)(i - st->lv.top) < st->lv.rows; i++) {
		bool chosen = (st->view == VIEW_GOALS || (st->view == VIEW_TIMELINE && l->v[i].ref)) &&
		              i == st->lv.sel;
		draw_text_fit(w, BODY_TOP + (int)(i - st->lv.top), 1, s->cols - 2, l->v[i].text ? l->v[i].text : "",
		              chosen ? theme_attr(THEME_SELECTED) : A_NORMAL);
	}
	char ask[200];
	/* TRANSLATORS: the yes key, then the no key of your language (D, N) */
	snprintf(ask, sizeof ask, st->pending == PENDING_ISSUE
	                              ? _("Press %s to issue a new card; the old one stops working. %s or Esc: no.")
	                              : _("Press %s to stop this person's card now. %s or Esc: no."),
	         yes_key(), no_key());
	if (st->pending != PENDING_NONE)
		mentor_ask(s, w, ask);
	else if (st->status[0])
		draw_text(w, s->rows - 3, 1, s->cols - 2, st->status, A_BOLD);
	else if (st->drafts)
		draw_text(w, s->rows - 3, 1, s->cols - 2,
		          _("A draft is waiting: open the same form again to go on with it."), A_BOLD);
}

static int show_code(struct screen *s, struct file_state *st)
{
	memset(&st->qr, 0, sizeof st->qr);
	enum rota_err e = app_badge_current(s->app, st->pv.person.id, st->qr.payload);
	if (e != ERR_OK) {
		text_copy(st->status, sizeof st->status,
		          e == ERR_BADGE_IS_CARD ? err_message(e) : _("This person has no card yet: I issues one."));
		return SCR_HANDLED | SCR_REDRAW;
	}
	text_copy(st->qr.name, sizeof st->qr.name, st->pv.person.name);
	st->qr.style = qrdraw_default_style(getenv("TERM"));
	return screen_go(s, SCR_PUSH, &badge_qr_screen, &st->qr);
}

static int confirm(struct screen *s, struct file_state *st, const struct event *ev)
{
	enum pending what = st->pending;
	st->pending = PENDING_NONE;
	if (!is_yes(ev)) {
		text_copy(st->status, sizeof st->status, _("Nothing was changed."));
		return SCR_HANDLED | SCR_REDRAW;
	}
	char payload[BADGE_DIGITS + 1];
	enum rota_err e = what == PENDING_ISSUE
	                      ? app_badge_issue(s->app, st->pv.person.id, st->arg.session.mentor_id, ev->now, payload)
	                      : app_badge_revoke(s->app, st->pv.person.id, st->arg.session.mentor_id,
	                                         VISIT_REASON_BADGE_STOPPED, ev->now);
	if (e == ERR_NOT_FOUND)
		text_copy(st->status, sizeof st->status, _("This person has no card to stop."));
	else if (e != ERR_OK)
		text_copy(st->status, sizeof st->status, err_message(e));
	else if (what == PENDING_REVOKE)
		text_copy(st->status, sizeof st->status, _("The card was stopped. It will not work at the door."));
	load(s);
	if (e == ERR_OK && what == PENDING_ISSUE)
		return show_code(s, st); /* a phone photo serves until the card is printed */
	return SCR_HANDLED | SCR_REDRAW;
}

/* W, D, A on the goals view (act): a new status in the goal's history. */
static int goal_status(struct screen *s, struct file_state *st, int act, const struct event *ev)
{
	const char *status = act == FILE_WORKING ? "working" : act == FILE_REACHED ? "reached" : "dropped";
	size_t sel = st->lv.sel;
	enum rota_err e = app_goal_set_status(s->app, st->pv.views[VIEW_GOALS].v[sel].ref, status,
	                                      st->arg.session.mentor_id, NULL, ev->now);
	if (e != ERR_OK)
		text_copy(st->status, sizeof st->status, err_message(e));
	load(s);
	st->lv.sel = sel;
	listview_set_count(&st->lv, st->pv.views[st->view].n);
	return SCR_HANDLED | SCR_REDRAW;
}

/* Enter on the timeline: the chosen visit opens in the correction form. */
static int correct_visit(struct screen *s, struct file_state *st)
{
	const struct lines *l = &st->pv.views[VIEW_TIMELINE];
	struct visit v;
	if (st->lv.sel >= l->n || !l->v[st->lv.sel].ref)
		return SCR_HANDLED;
	if (app_visit_get(s->app, l->v[st->lv.sel].ref, &v) != ERR_OK)
		return SCR_HANDLED;
	memset(&st->correct, 0, sizeof st->correct);
	st->correct.session = st->arg.session;
	st->correct.visit_id = v.id;
	st->correct.person_id = v.person_id;
	text_copy(st->correct.name, sizeof st->correct.name, st->pv.person.name);
	st->correct.day = v.day;
	st->correct.check_in = v.check_in;
	return screen_go(s, SCR_PUSH, &correct_screen, &st->correct);
}

/* V: a visit that was never scanned, offered for today. */
static int add_visit(struct screen *s, struct file_state *st, time_t now)
{
	memset(&st->correct, 0, sizeof st->correct);
	st->correct.session = st->arg.session;
	st->correct.person_id = st->pv.person.id;
	text_copy(st->correct.name, sizeof st->correct.name, st->pv.person.name);
	st->correct.day = date_ymd(now);
	return screen_go(s, SCR_PUSH, &correct_screen, &st->correct);
}

/* A key of the file's table (file_keys) for the view shown. */
static int file_key(struct screen *s, struct file_state *st, const struct event *ev)
{
	int act = keys_action(file_keys(s), ev);
	st->child = st->arg;
	switch (act) {
	case FILE_MONTH: {
		int m = st->month % 100 + (ev->key == KEY_LEFT ? -1 : 1), y = st->month / 100;
		st->month = m < 1 ? (y - 1) * 100 + 12 : m > 12 ? (y + 1) * 100 + 1 : y * 100 + m;
		load(s);
		return SCR_HANDLED | SCR_REDRAW;
	}
	case FILE_MOVE:
		listview_key(&st->lv, ev->key);
		return SCR_HANDLED | SCR_REDRAW;
	case FILE_GOAL_OPEN:
	case FILE_GOAL_CLOSE:
		st->goal_whole = act == FILE_GOAL_OPEN;
		return SCR_HANDLED | SCR_REDRAW;
	case FILE_OPEN: return correct_visit(s, st);
	case MENTOR_BACK: return SCR_POP | SCR_HANDLED;
	case FILE_WORKING:
	case FILE_REACHED:
	case FILE_ASIDE:
		return goal_status(s, st, act, ev);
	case FILE_VIEW:
		st->view = (enum view)(ev->ch - '1');
		st->lv.sel = st->lv.top = 0;
		listview_set_count(&st->lv, st->pv.views[st->view].n);
		return SCR_HANDLED | SCR_REDRAW;
	case FILE_LEVEL: return screen_go(s, SCR_PUSH, &progress_form_screen, &st->child);
	case FILE_ENTRY: /* entry data and outcomes: a coordinator's (file_keys) */
		return screen_go(s, SCR_PUSH, &entry_form_screen, &st->child);
	case FILE_ABSENCE: /* an excused absence (the calendar view says so) */
		if (st->pv.person.role != ROLE_PARTICIPANT)
			return SCR_HANDLED;
		return screen_go(s, SCR_PUSH, &absence_form_screen, &st->child);
	case FILE_NOTE:
	case FILE_GOAL:
		st->prompt.who = st->arg;
		st->prompt.kind = act == FILE_NOTE ? PROMPT_NOTE : PROMPT_GOAL;
		return screen_go(s, SCR_PUSH, &prompt_screen, &st->prompt);
	case FILE_CODE: return show_code(s, st);
	case FILE_VISIT: return add_visit(s, st, ev->now);
	case FILE_ROTATION: return screen_go(s, SCR_PUSH, &rotation_screen, &st->child);
	case FILE_GROUP: return screen_go(s, SCR_PUSH, &groups_screen, &st->child);
	case FILE_ISSUE:
		st->pending = PENDING_ISSUE;
		return SCR_HANDLED | SCR_REDRAW;
	case FILE_REVOKE:
		st->pending = PENDING_REVOKE;
		return SCR_HANDLED | SCR_REDRAW;
	case FILE_ENROL: return screen_go(s, SCR_PUSH, &card_enrol_screen, &st->child);
	default:
		return SCR_HANDLED;
	}
}

static int file_on_event(struct screen *s, const struct event *ev)
{
	struct file_state *st = s->state;
	if (ev->kind == EV_TICK)
		return 0;
	if (st->pending != PENDING_NONE)
		return confirm(s, st, ev);
	st->status[0] = '\0';
	/* A view's digit and then Enter come as a typed line: the digit has
	 * chosen the view already, so only the key that ended it counts. */
	struct event ended = { .kind = EV_KEY, .key = ev->key, .now = ev->now };
	if (ev->kind == EV_SCAN && !ev->is_burst && !is_card_line(ev))
		return file_key(s, st, &ended);
	if (ev->kind != EV_KEY && ev->kind != EV_CHAR)
		return SCR_HANDLED;
	return file_key(s, st, ev);
}

const struct screen_ops person_file_screen = {
	.name = "person-file",
	.state_size = sizeof(struct file_state),
	.enter = file_enter,
	.leave = file_leave,
	.layout = file_layout,
	.draw = file_draw,
	.on_event = file_on_event,
	.resume = file_resume,
	.is_mentor = true,
	.keys = file_keys,
};
