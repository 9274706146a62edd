/* Recording a level, fast with the keyboard: choose the process or skill
 * (arrows), a digit 0-4, Enter. A note and the participant's own words are
 * optional (Tab). The scale is worded by strengths. What was chosen and
 * typed but not saved when mentor mode times out is kept as the mentor's
 * draft and comes back when they open the form for the same person. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/assignments.h"
#include "app/drafts.h"
#include "app/people.h"
#include "app/progress.h"
#include "out/refusal_words.h"
#include "screens/screens.h"
#include "ui/draw.h"
#include "ui/field.h"
#include "ui/listview.h"
#include "util/alloc.h"
#include "util/i18n.h"
#include "util/text.h"

#define FORM_TOP 4

enum focus { FOCUS_TOPIC, FOCUS_NOTE, FOCUS_WORDS, NFOCUS };

struct form_state {
	struct person_arg arg;
	char name[128];
	struct topic *topics;
	int *now_level;      /* per topic: the latest level, -1 for none */
	struct listview lv;
	int level;           /* -1 until a digit is typed */
	struct field note, words;
	enum focus focus;
	struct refusal refused; /* why the last save was refused (ERR_INVALID: no level); code ERR_OK: it was not */
	bool asking_leave;   /* Esc with unsaved work: "Leave without saving? Y/N" */
	int name_cols;       /* as wide as the longest topic name: none is cut */
};

struct latest_ctx {
	struct form_state *st;
	size_t n;
};

static void on_entry(const struct progress_entry *e, void *ctx)
{
	struct latest_ctx *c = ctx;
	for (size_t i = 0; i < c->n; i++)
		if (c->st->topics[i].kind == e->kind && !strcmp(c->st->topics[i].code, e->code))
			c->st->now_level[i] = e->level;
}

static void draft_key(const struct form_state *st, struct draft *d)
{
	memset(d, 0, sizeof *d);
	d->mentor_id = st->arg.session.mentor_id;
	text_copy(d->form, sizeof d->form, "progress");
	d->person_id = st->arg.person_id;
}

/* Fields: the topic's kind and code, the level, the note, the words. */
static void form_save_draft(struct screen *s, time_t now)
{
	struct form_state *st = s->state;
	struct draft d;
	char level[12] = "";
	draft_key(st, &d);
	if (st->level >= 0 || st->note.len || st->words.len) {
		const struct topic *t = st->lv.count ? &st->topics[st->lv.sel] : NULL;
		if (st->level >= 0)
			snprintf(level, sizeof level, "%d", st->level);
		const char *f[] = { t ? progress_kind_code(t->kind) : "", t ? t->code : "", level, st->note.text,
			            st->words.text };
		draft_join(f, 5, d.body, sizeof d.body);
	}
	app_draft_keep(s->app, &d, now);
}

static void restore_draft(struct screen *s, struct form_state *st)
{
	struct draft d;
	bool found;
	char f[5][DRAFT_FIELD_MAX];
	draft_key(st, &d);
	if (app_draft_find(s->app, &d, &found) != ERR_OK || !found || draft_split(d.body, f, 5) != 5)
		return;
	for (size_t i = 0; i < st->lv.count; i++)
		if (!strcmp(progress_kind_code(st->topics[i].kind), f[0]) && !strcmp(st->topics[i].code, f[1]))
			st->lv.sel = i;
	st->level = f[2][0] ? f[2][0] - '0' : -1;
	text_copy(st->note.text, sizeof st->note.text, f[3]);
	st->note.len = strlen(st->note.text);
	text_copy(st->words.text, sizeof st->words.text, f[4]);
	st->words.len = strlen(st->words.text);
}

static void drop_draft(struct screen *s, const struct form_state *st)
{
	struct draft d;
	draft_key(st, &d);
	app_draft_drop(s->app, &d);
}

static void form_enter(struct screen *s, const void *arg)
{
	struct form_state *st = s->state;
	struct person p;
	size_t n = 0;
	st->arg = *(const struct person_arg *)arg;
	st->level = -1;
	if (app_person_get(s->app, st->arg.person_id, &p) == ERR_OK)
		text_copy(st->name, sizeof st->name, p.name);
	if (app_topics(s->app, &st->topics, &n) != ERR_OK)
		n = 0;
	st->now_level = xmalloc((n ? n : 1) * sizeof *st->now_level);
	for (size_t i = 0; i < n; i++)
		st->now_level[i] = -1;
	struct latest_ctx c = { st, n };
	app_progress_each(s->app, st->arg.person_id, on_entry, &c);
	listview_set_count(&st->lv, n);
	st->name_cols = 26;
	for (size_t i = 0; i < n; i++)
		if (text_width(app_topic_name(&st->topics[i])) > st->name_cols)
			st->name_cols = text_width(app_topic_name(&st->topics[i]));
	/* start at the process the participant works at now */
	struct assignment a;
	bool found = false;
	if (app_assignment_current(s->app, st->arg.person_id, &found, &a) == ERR_OK && found)
		for (size_t i = 0; i < n; i++)
			if (st->topics[i].kind == PROGRESS_PROCESS && !strcmp(st->topics[i].code, a.process_code))
				st->lv.sel = i;
	restore_draft(s, st);
}

static void form_leave(struct screen *s)
{
	struct form_state *st = s->state;
	free(st->topics);
	free(st->now_level);
}

static void form_layout(struct screen *s)
{
	struct form_state *st = s->state;
	listview_set_rows(&st->lv, s->rows - FORM_TOP - 9);
}

/* What the digits mean, "0 not started yet" and on, then "* a skill", in
 * whole items over at most nrows lines from row y; an item that fits
 * nowhere is left out. */
static void draw_level_words(WINDOW *w, int y, int nrows, int width)
{
	char words[5][160];
	const char *items[6];
	for (int level = 0; level < 5; level++) {
		snprintf(words[level], sizeof words[level], "%d %s", level, app_level_words(level));
		items[level] = words[level];
	}
	items[5] = _("* a skill"); /* and what the star before a name means */
	draw_items(w, y, 2, width, nrows, items, 6, "   ", theme_attr(THEME_HINT));
}

static bool has_unsaved(const struct form_state *st)
{
	return st->level >= 0 || st->note.len || st->words.len;
}

enum progress_action { PROGRESS_MOVE = 1, PROGRESS_LEVEL, PROGRESS_NEXT, PROGRESS_SAVE };

/* On the list of processes: a process and its level. */
static const struct key_bind progress_binds[] = {
	{ .is_list_move = true, .action = PROGRESS_MOVE, .hint = N_("Arrows: choose") },
	{ .ch = '0', .ch_last = '4', .action = PROGRESS_LEVEL, .hint = N_("0-4: level") },
	{ .key = UI_KEY_TAB, .action = PROGRESS_NEXT, .hint = N_("Tab: note") },
	{ .key = UI_KEY_ENTER, .action = PROGRESS_SAVE, .hint = N_("Enter: save") },
	MENTOR_KEY_BACK,
	{ 0 },
};
static const struct keymap progress_map = { .binds = progress_binds, .more = &mentor_signout_keys };
/* In the note and the words: text is typed. */
static const struct key_bind progress_text_binds[] = {
	{ .key = UI_KEY_TAB, .action = PROGRESS_NEXT, .hint = N_("Tab: next"), .help = N_("the next field") },
	{ .key = UI_KEY_ENTER, .action = PROGRESS_SAVE, .hint = N_("Enter: save") },
	MENTOR_KEY_BACK,
	{ 0 },
};
static const struct keymap progress_text_map = {
	.binds = progress_text_binds,
	.more = &mentor_signout_keys,
	.takes_text = true,
};

static const struct keymap *progress_keys(const struct screen *s)
{
	const struct form_state *st = s->state;
	if (st->asking_leave)
		return mentor_ask_keys();
	return st->focus == FOCUS_TOPIC ? &progress_map : &progress_text_map;
}

static void form_draw(const struct screen *s, WINDOW *w)
{
	const struct form_state *st = s->state;
	char line[300];
	mentor_header(s, w, _("Mentor mode: record progress"), &st->arg.session);
	draw_text(w, 2, 1, s->cols - 2, st->name, A_BOLD);
	for (size_t i = st->lv.top; i < st->lv.count && (int)(i - st->lv.top) < st->lv.rows; i++) {
		const struct topic *t = &st->topics[i];
		char name[128];
		if (st->now_level[i] >= 0)
			snprintf(line, sizeof line, " %s %s %s: %d %s ", t->kind == PROGRESS_SKILL ? "*" : " ",
			         text_pad(name, sizeof name, app_topic_name(t), st->name_cols), _("now"), st->now_level[i],
			         app_level_words(st->now_level[i]));
		else
			snprintf(line, sizeof line, " %s %s ", t->kind == PROGRESS_SKILL ? "*" : " ", app_topic_name(t));
		attr_t a = i == st->lv.sel ? (st->focus == FOCUS_TOPIC ? theme_attr(THEME_SELECTED) : A_BOLD) : A_NORMAL;
		draw_text(w, FORM_TOP + (int)(i - st->lv.top), 1, s->cols - 2, line, a);
	}
	int y = s->rows - 8;
	if (st->level >= 0)
		snprintf(line, sizeof line, _("Level: %d %s"), st->level, app_level_words(st->level));
	else
		snprintf(line, sizeof line, "%s", _("Level: type a digit 0 to 4"));
	draw_text(w, y, 2, s->cols - 4, line, A_BOLD);
	draw_text(w, y + 2, 2, 20, _("Note:"), A_NORMAL);
	field_draw(&st->note, w, y + 2, 22, s->cols - 24, st->focus == FOCUS_NOTE);
	draw_text(w, y + 3, 2, 20, _("Their own words:"), A_NORMAL);
	field_draw(&st->words, w, y + 3, 22, s->cols - 24, st->focus == FOCUS_WORDS);
	if (st->refused.code != ERR_OK) {
		char why[512];
		draw_text(w, y + 1, 2, s->cols - 4,
		          st->refused.code == ERR_INVALID ? _("Choose a level first: a digit 0 to 4.")
		                                          : refusal_words(&st->refused, REFUSAL_FOR_MENTOR, why, sizeof why),
		          A_BOLD);
	}
	draw_level_words(w, y + 4, st->asking_leave ? 1 : 2, s->cols - 4); /* the question takes the rest */
	if (st->asking_leave)
		mentor_ask_leave(s, w);
}

static int save(struct screen *s, struct form_state *st, time_t now)
{
	if (st->level < 0 || st->lv.count == 0) {
		refusal_set(&st->refused, ERR_INVALID, REFUSAL_NONE, 0, 0);
		st->focus = FOCUS_TOPIC; /* where a level's digit is typed */
		return SCR_HANDLED | SCR_REDRAW;
	}
	const struct topic *t = &st->topics[st->lv.sel];
	if (app_progress_add(s->app, st->arg.person_id, t->kind, t->code, st->level, 0, st->arg.session.mentor_id,
	                     st->note.text, st->words.text, now, NULL, &st->refused) != ERR_OK) {
		if (st->refused.field == REFUSAL_NOTE || st->refused.field == REFUSAL_WORDS)
			st->focus = st->refused.field == REFUSAL_NOTE ? FOCUS_NOTE : FOCUS_WORDS;
		return SCR_HANDLED | SCR_REDRAW;
	}
	drop_draft(s, st);
	return SCR_POP | SCR_HANDLED;
}

static int form_on_event(struct screen *s, const struct event *ev)
{
	struct form_state *st = s->state;
	if (ev->kind == EV_TICK)
		return 0;
	st->refused.code = ERR_OK;
	struct draft d;
	draft_key(st, &d);
	int f = mentor_form_leave_key(s, ev, &st->asking_leave, has_unsaved(st), &d);
	if (f)
		return f;
	struct event ended = { .kind = EV_KEY, .key = ev->key }; /* a typed line: the key that ended it */
	int act = keys_action(progress_keys(s), ev->kind == EV_SCAN ? &ended : ev);
	if (act == PROGRESS_NEXT) {
		st->focus = (enum focus)((st->focus + 1) % NFOCUS);
		return SCR_HANDLED | SCR_REDRAW;
	}
	if (act == PROGRESS_SAVE || ev->kind == EV_SCAN)
		return save(s, st, ev->now);
	if (st->focus == FOCUS_TOPIC) {
		if (act == PROGRESS_MOVE)
			listview_key(&st->lv, ev->key);
		if (act == PROGRESS_LEVEL)
			st->level = (int)(ev->ch - '0');
		return SCR_HANDLED | SCR_REDRAW;
	}
	field_feed(st->focus == FOCUS_NOTE ? &st->note : &st->words, ev);
	return SCR_HANDLED | SCR_REDRAW;
}

const struct screen_ops progress_form_screen = {
	.name = "progress-form",
	.state_size = sizeof(struct form_state),
	.enter = form_enter,
	.leave = form_leave,
	.layout = form_layout,
	.draw = form_draw,
	.on_event = form_on_event,
	.is_mentor = true,
	.keys = progress_keys,
	.save_draft = form_save_draft,
};
