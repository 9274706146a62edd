/* Coordinator mode: a participant's entry data and outcomes, as ESF
 * reports ask for them. One line per field; up and down choose the line,
 * left and right step through its choices (a year or a day for the birth
 * year and the dates), X records "declined" where a person may decline,
 * Backspace clears, Enter saves what changed (every change is kept with who
 * and when) and Esc goes back. Only a coordinator opens it. The lines go in
 * the order a programme asks: on entry (the special-category ones only
 * when the programme records them), on leaving with its results, at the
 * follow-up; a list longer than the screen scrolls with the chosen line. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/entry.h"
#include "app/people.h"
#include "core/draft.h"
#include "core/entry.h"
#include "out/refusal_words.h"
#include "screens/screens.h"
#include "ui/draw.h"
#include "util/date.h"
#include "util/i18n.h"
#include "util/text.h"

#define FIRST_ROW 5
#define YEAR_START 1980   /* where the birth year begins when nothing is recorded */

/* The lines, in the order they are shown. */
static const enum entry_field order[] = {
	ENTRY_GENDER, ENTRY_BIRTH_YEAR, ENTRY_EDUCATION, ENTRY_STATUS, ENTRY_UNEMPLOYED_SINCE,
	ENTRY_DISABILITY, ENTRY_THIRD_COUNTRY, ENTRY_FOREIGN_BACKGROUND, ENTRY_MINORITY, ENTRY_HOMELESS, ENTRY_RURAL,
	ENTRY_EXIT_DATE, ENTRY_EXIT_REASON, ENTRY_OUTCOME_EXIT, ENTRY_RESULT_JOB_SEARCHING, ENTRY_RESULT_EDUCATION,
	ENTRY_RESULT_QUALIFICATION, ENTRY_RESULT_EMPLOYED, ENTRY_OUTCOME_FOLLOWUP, ENTRY_FOLLOWUP_DATE,
	ENTRY_FOLLOWUP_EMPLOYED, ENTRY_FOLLOWUP_IMPROVED,
};

struct entry_state {
	struct person_arg arg;
	char name[128];
	struct entry_data saved, now;
	enum entry_field lines[ENTRY_NFIELDS]; /* the fields shown, in order */
	int nlines;
	int sel;                               /* an index into lines */
	bool asking_leave;
	char status[256];
};

static void entry_enter(struct screen *s, const void *arg)
{
	struct entry_state *st = s->state;
	struct person p;
	st->arg = *(const struct person_arg *)arg;
	if (app_person_get(s->app, st->arg.person_id, &p) == ERR_OK)
		text_copy(st->name, sizeof st->name, p.name);
	if (app_entry_get_for(s->app, st->arg.person_id, st->arg.session.mentor_id, &st->saved) != ERR_OK)
		memset(&st->saved, 0, sizeof st->saved);
	st->now = st->saved;
	bool special = app_entry_sees_special(s->app, st->arg.session.mentor_id);
	st->nlines = 0;
	for (size_t i = 0; i < sizeof order / sizeof order[0]; i++)
		if (special || !entry_field_is_special(order[i]))
			st->lines[st->nlines++] = order[i];
}

/* The chosen line's field. */
static enum entry_field chosen(const struct entry_state *st) { return st->lines[st->sel]; }

static bool has_unsaved(const struct entry_state *st) { return memcmp(&st->saved, &st->now, sizeof st->now) != 0; }


enum entry_action { ENTRY_LINE = 1, ENTRY_CHANGE, ENTRY_DECLINE, ENTRY_CLEAR, ENTRY_SAVE };

static const struct key_bind entry_binds[] = {
	{ .key = KEY_UP, .key_also = KEY_DOWN, .action = ENTRY_LINE, .hint = N_("Up/Down: a line") },
	{ .key = KEY_LEFT, .key_also = KEY_RIGHT, .action = ENTRY_CHANGE, .hint = N_("Left/Right: change") },
	{ .ch = 'X', .action = ENTRY_DECLINE, .hint = N_("X: declined"),
	  .help = N_("the person declined to answer this line"), .is_help_only = true },
	{ .key = UI_KEY_BACKSPACE, .action = ENTRY_CLEAR, .hint = N_("Backspace: not recorded"),
	  .is_help_only = true },
	{ .key = UI_KEY_ENTER, .action = ENTRY_SAVE, .hint = N_("Enter: save") },
	MENTOR_KEY_BACK,
	{ 0 },
};
static const struct keymap entry_map = { .binds = entry_binds, .more = &mentor_signout_keys };

static const struct keymap *entry_keys(const struct screen *s)
{
	const struct entry_state *st = s->state;
	return st->asking_leave ? mentor_ask_keys() : &entry_map;
}

static void entry_draw(const struct screen *s, WINDOW *w)
{
	const struct entry_state *st = s->state;
	char line[256];
	mentor_header(s, w, _("Coordinator: entry data and outcomes"), &st->arg.session);
	draw_text_fit(w, 2, 2, s->cols - 4, st->name, A_BOLD);
	draw_text_fit(w, 3, 2, s->cols - 4, _("On entry, on leaving, and at the follow-up about six months later."),
	              A_NORMAL);
	/* The lines that fit above the status line, from the first that keeps
	 * the chosen one in view. */
	int room = s->rows - 3 - FIRST_ROW, top = 0;
	if (room < 1)
		room = 1;
	if (st->sel >= room)
		top = st->sel - room + 1;
	for (int i = top; i < st->nlines && i - top < room; i++) {
		enum entry_field f = st->lines[i];
		const char *value = st->now.value[f];
		char label[96];
		text_pad(label, sizeof label, _(entry_field_label(f)), 30);
		/* The chosen line is marked with > as well as in colour: readable without it. */
		snprintf(line, sizeof line, "%s %s %s", i == st->sel ? ">" : " ", label,
		         value[0] ? app_entry_value_words(f, value) : "-");
		draw_text_fit(w, FIRST_ROW + i - top, 2, s->cols - 4, line,
		              i == st->sel ? theme_attr(THEME_SELECTED) : A_NORMAL);
	}
	if (st->asking_leave)
		mentor_ask_leave(s, w);
	else if (st->status[0])
		draw_text_fit(w, s->rows - 3, 1, s->cols - 2, st->status, A_BOLD);
	else
		draw_text_fit(w, s->rows - 3, 1, s->cols - 2,
		              entry_field_may_decline(chosen(st)) ? _("X: declined to say   Backspace: not recorded")
		                                                     : _("Backspace: not recorded"),
		              theme_attr(THEME_HINT));
}

/* Left or right on a line of choices: the next or the one before, from
 * "not recorded" at either end. */
static void step_choice(char *value, size_t n, const char *const *choices, int dir)
{
	int count = 0, at = -1;
	while (choices[count]) {
		if (!strcmp(choices[count], value))
			at = count;
		count++;
	}
	int next = at < 0 ? (dir > 0 ? 0 : count - 1) : at + dir;
	text_copy(value, n, next < 0 || next >= count ? "" : choices[next]);
}

static void step(struct entry_state *st, int dir, time_t now)
{
	enum entry_field f = chosen(st);
	char *value = st->now.value[f];
	size_t n = sizeof st->now.value[f];
	const char *const *choices = entry_field_choices(f);
	if (choices) {
		step_choice(value, n, choices, dir);
	} else if (f == ENTRY_BIRTH_YEAR) {
		int year = atoi(value);
		year = year >= 1900 ? year + dir : YEAR_START;
		if (year >= 1900 && year <= 2100)
			snprintf(value, n, "%d", year);
	} else {
		int day;
		if (!date_parse_ymd(value, &day))
			day = date_ymd(now);
		else
			day = date_add_days(day, dir);
		char text[11];
		date_format_ymd(day, text);
		text_copy(value, n, text);
	}
}

static int save(struct screen *s, struct entry_state *st, time_t now)
{
	const char *values[ENTRY_NFIELDS] = { 0 };
	for (int i = 0; i < st->nlines; i++)
		values[st->lines[i]] = st->now.value[st->lines[i]];
	struct refusal why;
	if (app_entry_set(s->app, st->arg.person_id, values, st->arg.session.mentor_id, now, &why) != ERR_OK) {
		refusal_words(&why, REFUSAL_FOR_MENTOR, st->status, sizeof st->status);
		/* the line the refusal names is the one chosen */
		for (int i = 0; i < st->nlines; i++)
			if ((why.field == REFUSAL_EXIT && st->lines[i] == ENTRY_EXIT_DATE) ||
			    (why.field == REFUSAL_ENTRY && st->lines[i] == (enum entry_field)why.given))
				st->sel = i;
		return SCR_HANDLED | SCR_REDRAW;
	}
	st->saved = st->now;
	text_copy(st->status, sizeof st->status, _("Saved. Every change is kept with who made it and when."));
	return SCR_HANDLED | SCR_REDRAW;
}

static int entry_on_event(struct screen *s, const struct event *ev)
{
	struct entry_state *st = s->state;
	if (ev->kind == EV_TICK)
		return 0;
	struct draft none = { .mentor_id = st->arg.session.mentor_id };
	int flags = mentor_form_leave_key(s, ev, &st->asking_leave, has_unsaved(st), &none);
	if (flags)
		return flags;
	st->status[0] = '\0';
	/* A typed X ended by Enter arrives as a line: only the key that ended
	 * it counts. A card's whole number is not this form's business. */
	if (is_card_line(ev))
		return 0;
	struct event ended = { .kind = EV_KEY, .key = ev->key };
	switch (keys_action(entry_keys(s), ev->kind == EV_SCAN ? &ended : ev)) {
	case ENTRY_DECLINE:
		if (entry_field_may_decline(chosen(st)))
			text_copy(st->now.value[chosen(st)], sizeof st->now.value[0], ENTRY_DECLINED);
		break;
	case ENTRY_LINE:
		if (ev->key == KEY_UP)
			st->sel = st->sel > 0 ? st->sel - 1 : 0;
		else
			st->sel = st->sel < st->nlines - 1 ? st->sel + 1 : st->sel;
		break;
	case ENTRY_CHANGE: step(st, ev->key == KEY_LEFT ? -1 : 1, ev->now); break;
	case ENTRY_CLEAR: st->now.value[chosen(st)][0] = '\0'; break;
	case ENTRY_SAVE: return save(s, st, ev->now);
	default: return SCR_HANDLED;
	}
	return SCR_HANDLED | SCR_REDRAW;
}

const struct screen_ops entry_form_screen = {
	.name = "entry-form",
	.state_size = sizeof(struct entry_state),
	.enter = entry_enter,
	.draw = entry_draw,
	.on_event = entry_on_event,
	.is_mentor = true,
	.keys = entry_keys,
};
