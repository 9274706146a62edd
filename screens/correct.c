/* Correcting a visit (from the review queue or the participant's
 * timeline): the real check-out (and, if need be, check-in) time and a
 * reason; or adding a visit that was never scanned, with its day. The
 * record keeps what was there before, who changed it, when and why; a
 * refusal names the rule the times broke. Unsaved input is kept as the
 * mentor's draft when mentor mode times out. */
#include <stdio.h>
#include <string.h>

#include "app/drafts.h"
#include "app/visits.h"
#include "out/refusal_words.h"
#include "screens/screens.h"
#include "ui/draw.h"
#include "ui/field.h"
#include "util/date.h"
#include "util/fmt.h"
#include "util/i18n.h"
#include "util/text.h"

enum { FIELD_DATE, FIELD_IN, FIELD_OUT, FIELD_REASON, NFIELDS };

struct correct_state {
	struct correct_arg arg;
	struct field fields[NFIELDS];
	int focus;
	struct refusal refused;  /* code ERR_OK: nothing refused yet */
	char first_in[FIELD_MAX], first_day[FIELD_MAX]; /* what the fields offered */
	bool asking_leave;       /* Esc with unsaved text: "Leave without saving?" */
};

static bool is_add(const struct correct_state *st) { return st->arg.visit_id == 0; }

/* A draft per mentor and visit (or per person, for a visit being added). */
static void draft_key(const struct correct_state *st, struct draft *d)
{
	memset(d, 0, sizeof *d);
	d->mentor_id = st->arg.session.mentor_id;
	text_copy(d->form, sizeof d->form, "correct");
	d->person_id = st->arg.person_id;
	d->ref = st->arg.visit_id;
}

/* Fields that still hold what the form offered are nothing typed. */
static bool has_unsaved(const struct correct_state *st)
{
	const struct field *f = st->fields;
	return f[FIELD_OUT].len || f[FIELD_REASON].len || strcmp(f[FIELD_IN].text, st->first_in) ||
	       strcmp(f[FIELD_DATE].text, st->first_day);
}

static void correct_save_draft(struct screen *s, time_t now)
{
	struct correct_state *st = s->state;
	const struct field *f = st->fields;
	struct draft d;
	draft_key(st, &d);
	if (has_unsaved(st)) {
		const char *v[NFIELDS] = { f[FIELD_DATE].text, f[FIELD_IN].text, f[FIELD_OUT].text, f[FIELD_REASON].text };
		draft_join(v, NFIELDS, d.body, sizeof d.body);
	}
	app_draft_keep(s->app, &d, now);
}

static void restore_draft(struct screen *s, struct correct_state *st)
{
	struct draft d;
	bool found;
	char v[NFIELDS][DRAFT_FIELD_MAX];
	draft_key(st, &d);
	if (app_draft_find(s->app, &d, &found) != ERR_OK || !found || draft_split(d.body, v, NFIELDS) != NFIELDS)
		return;
	for (int i = 0; i < NFIELDS; i++) {
		text_copy(st->fields[i].text, sizeof st->fields[i].text, v[i]);
		st->fields[i].len = strlen(st->fields[i].text);
	}
}

static void drop_draft(struct screen *s, const struct correct_state *st)
{
	struct draft d;
	draft_key(st, &d);
	app_draft_drop(s->app, &d);
}

static void correct_enter(struct screen *s, const void *arg)
{
	struct correct_state *st = s->state;
	st->arg = *(const struct correct_arg *)arg;
	if (st->arg.check_in)
		date_format_hm(st->arg.check_in, st->fields[FIELD_IN].text);
	st->fields[FIELD_IN].len = strlen(st->fields[FIELD_IN].text);
	date_format_ymd(st->arg.day, st->fields[FIELD_DATE].text);
	st->fields[FIELD_DATE].len = strlen(st->fields[FIELD_DATE].text);
	st->focus = is_add(st) ? FIELD_DATE : FIELD_OUT;
	text_copy(st->first_in, sizeof st->first_in, st->fields[FIELD_IN].text);
	text_copy(st->first_day, sizeof st->first_day, st->fields[FIELD_DATE].text);
	restore_draft(s, st);
}

/* The first field shown: the date only when a visit is added. */
static int first_field(const struct correct_state *st) { return is_add(st) ? FIELD_DATE : FIELD_IN; }

enum correct_action { CORRECT_NEXT = 1, CORRECT_BEFORE, CORRECT_SAVE };

static const struct key_bind correct_binds[] = {
	{ .key = UI_KEY_TAB, .key_also = KEY_DOWN, .action = CORRECT_NEXT, .hint = N_("Tab: next"),
	  .help = N_("the next field (Up/Down too)") },
	{ .key = KEY_UP, .action = CORRECT_BEFORE, .hint = N_("Up: the field before"), .is_help_only = true },
	{ .key = UI_KEY_ENTER, .action = CORRECT_SAVE, .hint = N_("Enter: save") },
	MENTOR_KEY_BACK,
	{ 0 },
};
static const struct keymap correct_map = { .binds = correct_binds, .more = &mentor_signout_keys, .takes_text = true };

static const struct keymap *correct_keys(const struct screen *s)
{
	const struct correct_state *st = s->state;
	return st->asking_leave ? mentor_ask_keys() : &correct_map;
}

static void correct_draw(const struct screen *s, WINDOW *w)
{
	const struct correct_state *st = s->state;
	char line[256], day[32];
	static const char *const labels[NFIELDS] = { N_("Day (YYYY-MM-DD):"), N_("Check-in (HH:MM):"),
		                                     N_("Check-out (HH:MM):"), N_("Reason:") };
	mentor_header(s, w, is_add(st) ? _("Mentor mode: add a visit") : _("Mentor mode: correct a visit"),
	              &st->arg.session);
	if (is_add(st)) {
		text_copy(line, sizeof line, st->arg.name);
	} else {
		fmt_date_short(st->arg.day, day, sizeof day);
		snprintf(line, sizeof line, "%s, %s", st->arg.name, day);
	}
	draw_text(w, 3, 2, s->cols - 4, line, A_BOLD);
	draw_wrapped(w, 5, s->cols - 4,
	             is_add(st) ? _("Enter the day, the times and why. The history shows the visit as added.")
	                        : _("Enter the real times and why. What was recorded before stays in the history."),
	             A_NORMAL);
	int y = 8;
	for (int i = first_field(st); i < NFIELDS; i++, y += 2) {
		draw_text(w, y, 2, 22, _(labels[i]), A_NORMAL);
		int width = i == FIELD_REASON ? s->cols - 26 : i == FIELD_DATE ? 12 : 8;
		field_draw(&st->fields[i], w, y, 24, width, st->focus == i);
	}
	/* the rule that refused the last save, with its field and values */
	if (st->refused.code != ERR_OK) {
		char why[512];
		draw_wrapped(w, y + 1, s->cols - 4, refusal_words(&st->refused, REFUSAL_FOR_MENTOR, why, sizeof why), A_BOLD);
	}
	if (st->asking_leave)
		mentor_ask_leave(s, w);
}

/* The form's field a refusal names; the one in focus when it names none
 * that is shown. */
static int refused_field(const struct correct_state *st)
{
	switch (st->refused.field) {
	case REFUSAL_DAY: return is_add(st) ? FIELD_DATE : st->focus;
	case REFUSAL_CHECK_IN: return FIELD_IN;
	case REFUSAL_CHECK_OUT: return FIELD_OUT;
	case REFUSAL_REASON: return FIELD_REASON;
	default: return st->focus;
	}
}

static int save(struct screen *s, struct correct_state *st, time_t now)
{
	enum rota_err e;
	const struct field *f = st->fields;
	if (is_add(st)) {
		int day = 0;
		e = date_parse_ymd(f[FIELD_DATE].text, &day)
		        ? app_visit_add(s->app, st->arg.person_id, day, f[FIELD_IN].text, f[FIELD_OUT].text,
		                        st->arg.session.mentor_id, f[FIELD_REASON].text, now, NULL, &st->refused)
		        : refusal_set(&st->refused, ERR_TIME_FORMAT, REFUSAL_DAY, 0, 0);
	} else {
		e = app_visit_correct(s->app, st->arg.visit_id, f[FIELD_IN].text, f[FIELD_OUT].text,
		                      st->arg.session.mentor_id, f[FIELD_REASON].text, now, &st->refused);
	}
	if (e == ERR_OK) {
		drop_draft(s, st);
		return SCR_POP | SCR_HANDLED;
	}
	st->focus = refused_field(st);
	return SCR_HANDLED | SCR_REDRAW;
}

static int correct_on_event(struct screen *s, const struct event *ev)
{
	struct correct_state *st = s->state;
	if (ev->kind == EV_TICK)
		return 0;
	struct draft d;
	draft_key(st, &d);
	int f = mentor_form_leave_key(s, ev, &st->asking_leave, has_unsaved(st), &d);
	if (f)
		return f;
	struct event ended = { .kind = EV_KEY, .key = ev->key }; /* a typed line: the key that ended it */
	int act = keys_action(correct_keys(s), ev->kind == EV_SCAN ? &ended : ev);
	if (act == CORRECT_NEXT || act == CORRECT_BEFORE) {
		int first = first_field(st), n = NFIELDS - first;
		st->focus = first + (st->focus - first + (act == CORRECT_NEXT ? 1 : n - 1)) % n;
		return SCR_HANDLED | SCR_REDRAW;
	}
	if (act == CORRECT_SAVE || ev->kind == EV_SCAN)
		return save(s, st, ev->now);
	field_feed(&st->fields[st->focus], ev);
	return SCR_HANDLED | SCR_REDRAW;
}

const struct screen_ops correct_screen = {
	.name = "correct",
	.state_size = sizeof(struct correct_state),
	.enter = correct_enter,
	.draw = correct_draw,
	.on_event = correct_on_event,
	.is_mentor = true,
	.keys = correct_keys,
	.save_draft = correct_save_draft,
};
