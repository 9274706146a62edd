/* One line of text: a note or a goal for a participant's file (a note may
 * be marked for the team meeting with Tab), or a new group's name. Text left unsaved when mentor mode times out is kept as the
 * mentor's draft and offered again when they open the same prompt. */
#include <stdio.h>
#include <string.h>

#include "app/drafts.h"
#include "app/groups.h"
#include "app/people.h"
#include "app/progress.h"
#include "out/err_words.h"
#include "screens/screens.h"
#include "ui/draw.h"
#include "ui/field.h"
#include "util/i18n.h"
#include "util/text.h"

struct prompt_state {
	struct prompt_arg arg;
	char title[200];
	struct field text;
	enum rota_err refused;  /* why the last Enter was refused; ERR_OK: it was not */
	bool from_draft;         /* the text was kept from an earlier session */
	bool asking_leave;       /* Esc with unsaved text: "Leave without saving?" */
	bool for_team;           /* a note: marked for the team meeting's report */
};

/* The key of this prompt's draft: the mentor, the kind, the person. */
static void draft_key(const struct prompt_state *st, struct draft *d)
{
	static const char *const forms[] = { "note", "goal", "group" };
	memset(d, 0, sizeof *d);
	d->mentor_id = st->arg.who.session.mentor_id;
	text_copy(d->form, sizeof d->form, forms[st->arg.kind]);
	d->person_id = st->arg.kind == PROMPT_GROUP ? 0 : st->arg.who.person_id;
}

static void restore_draft(struct screen *s, struct prompt_state *st)
{
	struct draft d;
	bool found;
	draft_key(st, &d);
	if (app_draft_find(s->app, &d, &found) == ERR_OK && found) {
		text_copy(st->text.text, sizeof st->text.text, d.body);
		st->text.len = strlen(st->text.text);
		st->from_draft = true;
	}
}

static bool has_unsaved(const struct prompt_state *st) { return st->text.len > 0; }

static void prompt_save_draft(struct screen *s, time_t now)
{
	struct prompt_state *st = s->state;
	struct draft d;
	draft_key(st, &d);
	text_copy(d.body, sizeof d.body, st->text.text);
	app_draft_keep(s->app, &d, now);
}

static void drop_draft(struct screen *s, const struct prompt_state *st)
{
	struct draft d;
	draft_key(st, &d);
	app_draft_drop(s->app, &d);
}

static void prompt_enter(struct screen *s, const void *arg)
{
	struct prompt_state *st = s->state;
	struct person p;
	st->arg = *(const struct prompt_arg *)arg;
	restore_draft(s, st);
	if (st->arg.kind == PROMPT_GROUP) {
		snprintf(st->title, sizeof st->title, "%s", _("The new group's name"));
		return;
	}
	if (app_person_get(s->app, st->arg.who.person_id, &p) != ERR_OK)
		p.name[0] = '\0';
	snprintf(st->title, sizeof st->title,
	         st->arg.kind == PROMPT_NOTE ? _("A note about %s") : _("A goal for %s"), p.name);
}

enum prompt_action { PROMPT_SAVE = 1, PROMPT_FOR_TEAM };

static const struct key_bind prompt_binds[] = {
	{ .key = UI_KEY_ENTER, .action = PROMPT_SAVE, .hint = N_("Enter: save") },
	MENTOR_KEY_BACK,
	{ 0 },
};
static const struct keymap prompt_map = { .binds = prompt_binds, .more = &mentor_signout_keys, .takes_text = true };
static const struct key_bind prompt_note_binds[] = {
	{ .key = UI_KEY_ENTER, .action = PROMPT_SAVE, .hint = N_("Enter: save") },
	{ .key = UI_KEY_TAB, .action = PROMPT_FOR_TEAM, .hint = N_("Tab: for the team meeting"), .is_help_only = true },
	MENTOR_KEY_BACK,
	{ 0 },
};
static const struct keymap prompt_note_map = {
	.binds = prompt_note_binds,
	.more = &mentor_signout_keys,
	.takes_text = true,
};

static const struct keymap *prompt_keys(const struct screen *s)
{
	const struct prompt_state *st = s->state;
	if (st->asking_leave)
		return mentor_ask_keys();
	return st->arg.kind == PROMPT_NOTE ? &prompt_note_map : &prompt_map;
}

static void prompt_draw(const struct screen *s, WINDOW *w)
{
	const struct prompt_state *st = s->state;
	mentor_header(s, w, _("Mentor mode"), &st->arg.who.session);
	draw_text(w, 3, 2, s->cols - 4, st->title, A_BOLD);
	field_draw(&st->text, w, 5, 2, s->cols - 4, true);
	if (st->refused != ERR_OK)
		draw_text_wrap(w, 7, 2, s->cols - 4, 2, err_message(st->refused), A_BOLD);
	else if (st->from_draft)
		draw_text_wrap(w, 7, 2, s->cols - 4, 2,
		               _("Your unsaved text from before. Enter saves it, Esc throws it away."), A_NORMAL);
	if (st->arg.kind == PROMPT_NOTE)
		draw_text(w, 9, 2, s->cols - 4,
		          st->for_team ? _("[x] For the team meeting (Tab: no)") : _("[ ] For the team meeting (Tab: yes)"),
		          st->for_team ? A_BOLD : A_NORMAL);
	if (st->asking_leave)
		mentor_ask_leave(s, w);
}

static int prompt_on_event(struct screen *s, const struct event *ev)
{
	struct prompt_state *st = s->state;
	if (ev->kind == EV_TICK)
		return 0;
	struct draft d;
	draft_key(st, &d);
	int f = mentor_form_leave_key(s, ev, &st->asking_leave, has_unsaved(st), &d);
	if (f)
		return f;
	struct event ended = { .kind = EV_KEY, .key = ev->key }; /* a typed line: the key that ended it */
	int act = keys_action(prompt_keys(s), ev->kind == EV_SCAN && !ev->is_burst ? &ended : ev);
	/* Tab marks a note for the team meeting, or takes the mark away. */
	if (act == PROMPT_FOR_TEAM) {
		st->for_team = !st->for_team;
		return SCR_HANDLED | SCR_REDRAW;
	}
	if (act == PROMPT_SAVE || ev->kind == EV_SCAN) {
		const struct person_arg *who = &st->arg.who;
		enum rota_err e;
		if (st->arg.kind == PROMPT_NOTE)
			e = app_note_add(s->app, who->person_id, who->session.mentor_id, st->text.text, st->for_team, ev->now);
		else if (st->arg.kind == PROMPT_GOAL)
			e = app_goal_add(s->app, who->person_id, who->session.mentor_id, st->text.text, ev->now, NULL);
		else
			e = app_group_add(s->app, st->text.text, 0, 0, ev->now, NULL);
		if (e == ERR_OK) {
			drop_draft(s, st);
			return SCR_POP | SCR_HANDLED;
		}
		st->refused = e;
		return SCR_HANDLED | SCR_REDRAW;
	}
	st->refused = ERR_OK;
	field_feed(&st->text, ev);
	return SCR_HANDLED | SCR_REDRAW;
}

const struct screen_ops prompt_screen = {
	.name = "prompt",
	.state_size = sizeof(struct prompt_state),
	.enter = prompt_enter,
	.draw = prompt_draw,
	.on_event = prompt_on_event,
	.is_mentor = true,
	.keys = prompt_keys,
	.save_draft = prompt_save_draft,
};
