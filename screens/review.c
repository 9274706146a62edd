/* The review queue, a mentor's first screen: what needs a look after the
 * day's work. Enter opens an item (a visit to correct, a participant's
 * file); S marks an item seen; A, for a coordinator, accepts a visit held
 * after the programme ended. Nothing here deletes anything. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/records_check.h"
#include "app/review.h"
#include "app/visits.h"
#include "out/err_words.h"
#include "out/refusal_words.h"
#include "screens/screens.h"
#include "ui/draw.h"
#include "ui/listview.h"
#include "util/i18n.h"
#include "util/text.h"

#define REVIEW_TOP 4

struct review_state {
	struct person_arg who;        /* the signed-in mentor; person_id 0 */
	struct review_item *items;
	struct listview lv;
	bool failed;
	char status[160];
	struct correct_arg correct;
	struct person_arg person;
};

static void reload(struct screen *s, time_t now)
{
	struct review_state *st = s->state;
	size_t n = 0;
	free(st->items);
	st->items = NULL;
	st->failed = app_review_items(s->app, now, &st->items, &n) != ERR_OK;
	listview_set_count(&st->lv, n);
}

static void review_enter(struct screen *s, const void *arg)
{
	struct review_state *st = s->state;
	st->who.session = *(const struct mentor_session *)arg;
	reload(s, s->now);
}

static void review_resume(struct screen *s) { reload(s, s->now); }

static void review_leave(struct screen *s)
{
	struct review_state *st = s->state;
	free(st->items);
}

static void review_layout(struct screen *s)
{
	struct review_state *st = s->state;
	listview_set_rows(&st->lv, s->rows - REVIEW_TOP - 5);
}

enum review_action { ACT_OPEN = 1, ACT_SEEN, ACT_MOVE, ACT_ACCEPT };

static const struct key_bind review_binds[] = {
	{ .key = UI_KEY_ENTER, .action = ACT_OPEN, .hint = N_("Enter: open"), .help = N_("open the chosen one") },
	{ .ch = 'S', .action = ACT_SEEN, .hint = N_("S: seen"), .help = N_("mark the chosen one as seen") },
	{ .is_list_move = true, .action = ACT_MOVE, .hint = N_("Up/Down: choose"), .is_help_only = true },
	{ .ch = 'A', .action = ACT_ACCEPT, .hint = N_("A: accept"),
	  .help = N_("a coordinator accepts a visit after the programme ended"),
	  .is_help_only = true },
	MENTOR_KEY_SIGN_OUT,
	{ 0 },
};
static const struct keymap review_map = { .binds = review_binds, .more = &mentor_menu_on_review };
static const struct key_bind review_empty_binds[] = { MENTOR_KEY_SIGN_OUT, { 0 } };
static const struct keymap review_empty_map = { .binds = review_empty_binds, .more = &mentor_menu_on_review };

/* A coordinator on a visit after the programme ended: A is the key that
 * settles it, so the hint line names it (S would only be refused). */
static const struct key_bind review_accept_binds[] = {
	{ .key = UI_KEY_ENTER, .action = ACT_OPEN, .hint = N_("Enter: open"), .help = N_("open the chosen one") },
	{ .ch = 'A', .action = ACT_ACCEPT, .hint = N_("A: accept"),
	  .help = N_("a coordinator accepts a visit after the programme ended") },
	{ .ch = 'S', .action = ACT_SEEN, .hint = N_("S: seen"), .help = N_("mark the chosen one as seen"),
	  .is_help_only = true },
	{ .is_list_move = true, .action = ACT_MOVE, .hint = N_("Up/Down: choose"), .is_help_only = true },
	MENTOR_KEY_SIGN_OUT,
	{ 0 },
};
static const struct keymap review_accept_map = { .binds = review_accept_binds, .more = &mentor_menu_on_review };

static const struct keymap *review_keys(const struct screen *s)
{
	const struct review_state *st = s->state;
	if (!st->lv.count)
		return &review_empty_map;
	if (st->who.session.is_coordinator && st->items[st->lv.sel].kind == REVIEW_AFTER_END)
		return &review_accept_map;
	return &review_map;
}

/* The kind column is as wide as the widest kind listed (a kind is never
 * cut: "After the programme ended" is what a mentor must read), at least
 * 21 columns so the usual rows stay where they were. */
static int kind_cols(const struct review_state *st)
{
	int w = 21;
	for (size_t i = 0; i < st->lv.count; i++) {
		int k = text_width(app_review_kind_name(st->items[i].kind));
		if (k > w)
			w = k;
	}
	return w;
}

static void review_draw(const struct screen *s, WINDOW *w)
{
	const struct review_state *st = s->state;
	char line[900], day[32];
	mentor_header(s, w, _("Mentor mode: review"), &st->who.session);
	/* The records' check found damage (app/records_check.h): said first,
	 * calmly, to whoever signs in, until a check finds the file sound. */
	if (app_records_are_damaged(s->app))
		draw_text_wrap(w, 2, 1, s->cols - 2, 2,
		               st->who.session.is_coordinator
		                       ? _("Part of the records file is damaged. Scans still work. Please restore the newest backup today: rota restore FILE")
		                       : _("Part of the records file is damaged. Scans still work. Please tell the coordinator today."),
		               A_BOLD);
	else if (st->failed)
		draw_text(w, 2, 1, s->cols - 2, err_message(ERR_DB_BUSY), A_BOLD);
	else if (st->lv.count == 0)
		draw_text(w, 2, 1, s->cols - 2, _("Nothing needs a look just now. Thank you!"), A_BOLD);
	else
		draw_text_fit(w, 2, 1, s->cols - 2, _("These need a look. Enter opens one, S marks it seen."), A_BOLD);
	int kcols = kind_cols(st);
	for (size_t i = st->lv.top; i < st->lv.count && (int)(i - st->lv.top) < st->lv.rows; i++) {
		const struct review_item *it = &st->items[i];
		char name[64], kind[64];
		person_short_name(it->name, name, sizeof name);
		text_copy(kind, sizeof kind, app_review_kind_name(it->kind));
		/* columns by display width: kind (kind_cols), name 14, the day in
		 * the reader's form and two spaces (blank for an item without one) */
		char k[128], nm[96];
		mentor_day_column(it->day, day, sizeof day);
		if (!it->day)
			text_pad(day, sizeof day, "", text_width(day));
		snprintf(line, sizeof line, " %s %s %s  %s", text_pad(k, sizeof k, kind, kcols),
		         text_pad(nm, sizeof nm, name, 13), day, it->detail);
		draw_text_fit(w, REVIEW_TOP + (int)(i - st->lv.top), 0, s->cols, line,
		          i == st->lv.sel ? theme_attr(THEME_SELECTED) : A_NORMAL);
	}
	/* a row ends in "…" when its detail is long: the chosen one is shown whole below */
	if (st->status[0])
		draw_text_wrap(w, s->rows - 4, 1, s->cols - 2, 2, st->status, A_BOLD);
	else if (st->lv.count > 0)
		draw_text_wrap(w, s->rows - 4, 1, s->cols - 2, 2, st->items[st->lv.sel].detail, A_NORMAL);
}

static int open_item(struct screen *s, struct review_state *st)
{
	const struct review_item *it = &st->items[st->lv.sel];
	if (it->kind == REVIEW_END_UNKNOWN || it->kind == REVIEW_OPEN || it->kind == REVIEW_CLOCK) {
		st->correct.session = st->who.session;
		st->correct.visit_id = it->ref;
		st->correct.person_id = it->person_id;
		text_copy(st->correct.name, sizeof st->correct.name, it->name);
		st->correct.day = it->day;
		st->correct.check_in = it->check_in;
		return screen_go(s, SCR_PUSH, &correct_screen, &st->correct);
	}
	st->person.session = st->who.session;
	st->person.person_id = it->person_id;
	if (it->kind == REVIEW_ROTATE)
		return screen_go(s, SCR_PUSH, &rotation_screen, &st->person);
	return screen_go(s, SCR_PUSH, &person_file_screen, &st->person);
}

static int mark_seen(struct screen *s, struct review_state *st, time_t now)
{
	const struct review_item *it = &st->items[st->lv.sel];
	enum rota_err e = app_review_mark_seen(s->app, it, st->who.session.mentor_id, NULL, now);
	if (e == ERR_INVALID && it->kind == REVIEW_ROTATE)
		text_copy(st->status, sizeof st->status, _("This is settled by a new process: press Enter."));
	else if (e == ERR_INVALID && it->kind == REVIEW_AFTER_END)
		text_copy(st->status, sizeof st->status, _("A coordinator accepts this visit with A; until then it counts nowhere."));
	else if (e == ERR_INVALID && it->kind == REVIEW_PRESENT_EXCUSED)
		text_copy(st->status, sizeof st->status, _("This is settled by cancelling the absence in the person's file: press Enter."));
	else if (e == ERR_INVALID)
		text_copy(st->status, sizeof st->status, _("A visit is settled by entering its real times: press Enter."));
	else if (e != ERR_OK)
		text_copy(st->status, sizeof st->status, err_message(e));
	else {
		snprintf(st->status, sizeof st->status, _("Marked as seen: %s."), it->name);
		reload(s, now);
	}
	return SCR_HANDLED | SCR_REDRAW;
}

/* A coordinator accepts a visit held after the programme ended; anyone
 * else is told who can. */
static int accept_item(struct screen *s, struct review_state *st, time_t now)
{
	const struct review_item *it = &st->items[st->lv.sel];
	struct refusal why;
	if (it->kind != REVIEW_AFTER_END) {
		text_copy(st->status, sizeof st->status, _("Only a visit after the programme ended is accepted here."));
		return SCR_HANDLED | SCR_REDRAW;
	}
	if (!st->who.session.is_coordinator) {
		text_copy(st->status, sizeof st->status, _("Only a coordinator can accept this visit."));
		return SCR_HANDLED | SCR_REDRAW;
	}
	enum rota_err e = app_visit_accept(s->app, it->ref, st->who.session.mentor_id, NULL, now, &why);
	if (e != ERR_OK) {
		refusal_words(&why, REFUSAL_FOR_MENTOR, st->status, sizeof st->status);
		return SCR_HANDLED | SCR_REDRAW;
	}
	snprintf(st->status, sizeof st->status, _("Accepted: the visit of %s counts from now on."), it->name);
	reload(s, now);
	return SCR_HANDLED | SCR_REDRAW;
}

static int review_on_event(struct screen *s, const struct event *ev)
{
	struct review_state *st = s->state;
	if (ev->kind == EV_TICK)
		return 0;
	st->status[0] = '\0';
	/* the keys are the table's (review_keys): with nothing listed, only Esc and the menu */
	int act = keys_action(review_keys(s), ev);
	if (act == ACT_MOVE) {
		listview_key(&st->lv, ev->key);
		return SCR_HANDLED | SCR_REDRAW;
	}
	if (act == ACT_OPEN || (st->lv.count > 0 && ev->kind == EV_SCAN))
		return open_item(s, st);
	if (act == ACT_SEEN)
		return mark_seen(s, st, ev->now);
	if (act == ACT_ACCEPT)
		return accept_item(s, st, ev->now);
	int f = mentor_menu_key(s, ev, &st->who);
	return f ? f : SCR_HANDLED | SCR_REDRAW;
}

const struct screen_ops review_screen = {
	.name = "review",
	.state_size = sizeof(struct review_state),
	.enter = review_enter,
	.leave = review_leave,
	.layout = review_layout,
	.draw = review_draw,
	.on_event = review_on_event,
	.resume = review_resume,
	.is_mentor = true,
	.keys = review_keys,
};
