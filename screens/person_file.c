/* Mentor mode: a participant's file, for the work and for the team
 * meetings. A header (programme, days present, hours against the target)
 * and five views: timeline, attendance calendar, progress, goals, notes.
 * From here a mentor records a level, a note or a goal, shows the badge's
 * code, issues a new card or stops one. Nothing is ever edited away. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/badge.h"
#include "app/hours.h"
#include "app/people.h"
#include "app/progress.h"
#include "app/rotation.h"
#include "app/visits.h"
#include "core/calendar.h"
#include "core/hours.h"
#include "screens/screens.h"
#include "ui/draw.h"
#include "ui/listview.h"
#include "ui/qrdraw.h"
#include "util/alloc.h"
#include "util/date.h"
#include "util/i18n.h"
#include "util/text.h"

#define BODY_TOP 7

enum view { VIEW_TIMELINE, VIEW_CALENDAR, VIEW_PROGRESS, VIEW_GOALS, VIEW_NOTES, NVIEWS };
enum pending { PENDING_NONE, PENDING_ISSUE, PENDING_REVOKE };

struct line {
	time_t at;           /* for the timeline's order */
	char *text;
	long long ref;       /* the goal a line shows, in the goals view */
};

struct lines {
	struct line *v;
	size_t n, cap;
};

struct file_state {
	struct person_arg arg;
	struct person person;
	char header[3][256];
	struct lines views[NVIEWS];
	enum view view;
	struct listview lv;
	int month;           /* YYYYMM shown in the calendar */
	enum pending pending;
	char status[200];
	struct person_arg child;
	struct prompt_arg prompt;
	struct badge_qr_arg qr;
	char group[128];
};

static void add_line(struct lines *l, time_t at, char *text)
{
	if (l->n == l->cap)
		l->v = xrealloc(l->v, (l->cap = l->cap ? 2 * l->cap : 32) * sizeof *l->v);
	l->v[l->n].at = at;
	l->v[l->n].ref = 0;
	l->v[l->n++].text = text;
}

static void free_lines(struct lines *l)
{
	for (size_t i = 0; i < l->n; i++)
		free(l->v[i].text);
	free(l->v);
	memset(l, 0, sizeof *l);
}

static int newest_first(const void *a, const void *b)
{
	const struct line *x = a, *y = b;
	return (x->at < y->at) - (x->at > y->at);
}

/* Short names of the mentors who wrote entries, looked up once each. */
static void mentor_name(struct screen *s, long long id, char *out, size_t n)
{
	struct person p;
	if (id > 0 && app_person_get(s->app, id, &p) == ERR_OK)
		person_short_name(p.name, out, n);
	else
		text_copy(out, n, "");
}

struct visit_tally {
	struct screen *s;
	struct file_state *st;
	int days;
	int last_day;
	long seconds;
};

static void on_visit(const struct visit_row *row, void *ctx)
{
	struct visit_tally *t = ctx;
	const struct visit *v = &row->visit;
	char day[11], in[6], out[6] = "";
	if (v->status != VISIT_UNDONE && v->day != t->last_day) {
		t->days++;
		t->last_day = v->day;
	}
	if (v->status == VISIT_CLOSED)
		t->seconds += hours_visit_seconds(v, 0);
	date_format_ymd(v->day, day);
	date_format_hm(v->check_in, in);
	if (v->check_out)
		date_format_hm(v->check_out, out);
	const char *what = v->status == VISIT_END_UNKNOWN ? _("check-out not known")
	                 : v->status == VISIT_UNDONE      ? _("scan undone")
	                 : v->status == VISIT_OPEN        ? _("here now") : "";
	add_line(&t->st->views[VIEW_TIMELINE], v->check_in,
	         xasprintf("%s  %s %s%s%s%s%s", day, _("Visit"), in, out[0] ? "-" : "", out, what[0] ? ", " : "",
	                   what));
}

struct topic_ctx {
	struct screen *s;
	struct file_state *st;
	struct topic *topics;
	size_t ntopics;
};

static const char *topic_name(const struct topic_ctx *c, enum progress_kind kind, const char *code)
{
	for (size_t i = 0; i < c->ntopics; i++)
		if (c->topics[i].kind == kind && !strcmp(c->topics[i].code, code))
			return app_topic_name(&c->topics[i]);
	return code;
}

static void on_progress_timeline(const struct progress_entry *e, void *ctx)
{
	struct topic_ctx *c = ctx;
	char day[11], mentor[64];
	date_format_ymd(e->day, day);
	mentor_name(c->s, e->mentor_id, mentor, sizeof mentor);
	add_line(&c->st->views[VIEW_TIMELINE], e->recorded_at,
	         xasprintf("%s  %s: %d %s (%s)%s%s", day, topic_name(c, e->kind, e->code), e->level,
	                   app_level_words(e->level), mentor, e->words[0] ? "  \"" : "",
	                   e->words[0] ? e->words : ""));
}

/* Progress view: per topic the latest level, then its history. */
struct by_topic {
	struct topic_ctx *c;
	const struct topic *t;
	int count;
	struct progress_entry latest;
};

static void on_progress_topic(const struct progress_entry *e, void *ctx)
{
	struct by_topic *b = ctx;
	char day[11], mentor[64];
	if (e->kind != b->t->kind || strcmp(e->code, b->t->code) != 0)
		return;
	date_format_ymd(e->day, day);
	mentor_name(b->c->s, e->mentor_id, mentor, sizeof mentor);
	b->latest = *e; /* entries come oldest first */
	add_line(&b->c->st->views[VIEW_PROGRESS], (time_t)b->count++,
	         xasprintf("    %s  %d %s  %s%s%s%s%s%s", day, e->level, app_level_words(e->level), mentor,
	                   e->note[0] ? "  " : "", e->note, e->words[0] ? "  \"" : "", e->words,
	                   e->words[0] ? "\"" : ""));
}

struct hours_ctx {
	struct lines *view;
	struct process *procs;
	size_t n;
};

static void on_process_hours(const struct process_hours *r, void *ctx)
{
	struct hours_ctx *h = ctx;
	char hours[16];
	const char *name = _("no process yet");
	for (size_t i = 0; i < h->n; i++)
		if (!strcmp(h->procs[i].code, r->process_code))
			name = app_process_name(&h->procs[i]);
	app_hours_format(r->seconds, hours, sizeof hours);
	add_line(h->view, 0, xasprintf("    %s: %s h", name, hours));
}

static void build_progress(struct topic_ctx *c, long long person_id)
{
	struct lines *view = &c->st->views[VIEW_PROGRESS];
	struct hours_ctx h = { .view = view };
	add_line(view, 0, xstrdup(_("Time at each process")));
	if (app_processes(c->s->app, &h.procs, &h.n) == ERR_OK) {
		app_hours_by_process(c->s->app, person_id, on_process_hours, &h);
		free(h.procs);
	}
	add_line(view, 0, xstrdup(""));
	for (size_t i = 0; i < c->ntopics; i++) {
		struct by_topic b = { .c = c, .t = &c->topics[i] };
		size_t head = view->n;
		add_line(view, 0, NULL); /* the topic's line, filled below */
		app_progress_each(c->s->app, person_id, on_progress_topic, &b);
		/* newest first within the topic */
		qsort(view->v + head + 1, view->n - head - 1, sizeof *view->v, newest_first);
		if (b.count == 0) {
			view->v[head].text = xasprintf("%s: %s", app_topic_name(&c->topics[i]), app_level_words(0));
		} else {
			char day[11];
			date_format_ymd(b.latest.day, day);
			view->v[head].text = xasprintf("%s: %d %s (%s)", app_topic_name(&c->topics[i]),
			                               b.latest.level, app_level_words(b.latest.level), day);
		}
	}
}

static void on_goal(const struct goal *g, void *ctx)
{
	struct file_state *st = ctx;
	char day[11];
	date_format_ymd(g->set_on, day);
	add_line(&st->views[VIEW_GOALS], 0,
	         xasprintf("* %s  (%s, %s)", g->text, app_goal_status_words(g->status), day));
	st->views[VIEW_GOALS].v[st->views[VIEW_GOALS].n - 1].ref = g->id;
}

static void on_note(const struct note *n, void *ctx)
{
	struct topic_ctx *c = ctx;
	char at[20], mentor[64];
	date_format_datetime(n->at, at);
	at[16] = '\0';
	mentor_name(c->s, n->mentor_id, mentor, sizeof mentor);
	char *text = xasprintf("%s  %s: %s", at, mentor, n->text);
	add_line(&c->st->views[VIEW_NOTES], n->at, text);
	add_line(&c->st->views[VIEW_TIMELINE], n->at, xasprintf("%s  %s: %s", at, _("Note"), n->text));
}

static void on_badge(const struct badge *b, void *ctx)
{
	struct file_state *st = ctx;
	char at[20];
	date_format_datetime(b->issued_at, at);
	at[10] = '\0';
	add_line(&st->views[VIEW_TIMELINE], b->issued_at, xasprintf("%s  %s", at, _("Badge issued")));
	if (b->revoked_at) {
		date_format_datetime(b->revoked_at, at);
		at[10] = '\0';
		add_line(&st->views[VIEW_TIMELINE], b->revoked_at,
		         xasprintf("%s  %s (%s)", at, _("Badge stopped"), b->reason));
	}
}

/* The calendar of st->month: one cell per day, readable without colour. */
struct month_marks {
	char mark[32]; /* per day of month: ' ' none, 'o' here, '?' end unknown */
};

static void on_month_visit(const struct visit_row *row, void *ctx)
{
	struct month_marks *m = ctx;
	int d = row->visit.day % 100;
	if (row->visit.status == VISIT_UNDONE)
		return;
	if (row->visit.status == VISIT_END_UNKNOWN) {
		if (m->mark[d] != 'o')
			m->mark[d] = '?';
	} else {
		m->mark[d] = 'o';
	}
}

static void build_calendar(struct screen *s, struct file_state *st)
{
	static const char *const months[] = { N_("January"), N_("February"), N_("March"), N_("April"),
		                              N_("May"), N_("June"), N_("July"), N_("August"),
		                              N_("September"), N_("October"), N_("November"), N_("December") };
	struct lines *view = &st->views[VIEW_CALENDAR];
	struct month_marks m;
	int first = st->month * 100 + 1, today = date_ymd(s->now);
	memset(m.mark, ' ', sizeof m.mark);
	app_visits_of(s->app, st->person.id, first, first + 30, on_month_visit, &m);
	add_line(view, 0, xasprintf("%s %d", _(months[st->month % 100 - 1]), st->month / 100));
	add_line(view, 0, xasprintf("%s", _(" Mo   Tu   We   Th   Fr   Sa   Su")));
	char row[128] = "";
	int col = calendar_weekday(first);
	for (int c = 0; c < col; c++)
		strcat(row, "     ");
	for (int d = 1; d <= 31; d++) {
		int ymd = first + d - 1;
		if (calendar_ymd(calendar_days(ymd)) != ymd)
			break;
		/* the mark after the day: o here, x away, ? end unknown, - no workshop */
		char mark = !calendar_is_workday(ymd) ? '-' : m.mark[d] != ' ' ? m.mark[d]
		          : ymd < today ? 'x' : ' ';
		char cell[8];
		snprintf(cell, sizeof cell, "%3d%c ", d, mark);
		strcat(row, cell);
		if (calendar_weekday(ymd) == 6) {
			add_line(view, 0, xstrdup(row));
			row[0] = '\0';
		}
	}
	if (row[0])
		add_line(view, 0, xstrdup(row));
	add_line(view, 0, xstrdup(""));
	add_line(view, 0, xstrdup(_("o here   x away   ? check-out not known   - no workshop")));
	add_line(view, 0, xstrdup(_("Left and right arrows: another month")));
}

static void load(struct screen *s)
{
	struct file_state *st = s->state;
	for (int v = 0; v < NVIEWS; v++)
		free_lines(&st->views[v]);
	if (app_person_get(s->app, st->arg.person_id, &st->person) != ERR_OK) {
		text_copy(st->header[0], sizeof st->header[0], err_message(ERR_NOT_FOUND));
		return;
	}
	struct topic_ctx c = { .s = s, .st = st };
	struct visit_tally t = { .s = s, .st = st };
	app_topics(s->app, &c.topics, &c.ntopics);
	app_visits_of(s->app, st->person.id, st->person.programme_start, 0, on_visit, &t);
	app_progress_each(s->app, st->person.id, on_progress_timeline, &c);
	app_note_each(s->app, st->person.id, on_note, &c);
	app_badge_history(s->app, st->person.id, on_badge, st);
	qsort(st->views[VIEW_TIMELINE].v, st->views[VIEW_TIMELINE].n, sizeof(struct line), newest_first);
	build_progress(&c, st->person.id);
	app_goal_each(s->app, st->person.id, on_goal, st);
	build_calendar(s, st);
	free(c.topics);

	char start[11] = "-", end[11] = "-", hours[16];
	if (st->person.programme_start)
		date_format_ymd(st->person.programme_start, start);
	if (st->person.programme_end)
		date_format_ymd(st->person.programme_end, end);
	app_hours_format(t.seconds, hours, sizeof hours);
	int target = st->person.target_hours ? st->person.target_hours : s->app->cfg.target_hours;
	snprintf(st->header[0], sizeof st->header[0], "%s  (%s)", st->person.name, app_role_name(st->person.role));
	if (app_group_of(s->app, st->person.id, st->group, sizeof st->group) != ERR_OK || !st->group[0])
		snprintf(st->group, sizeof st->group, "-");
	struct work_today work;
	char now_at[160] = "";
	if (app_work_today(s->app, st->person.id, &work) == ERR_OK && work.has)
		snprintf(now_at, sizeof now_at, _("   Works at: %s"), app_process_name(&work.process));
	snprintf(st->header[1], sizeof st->header[1], _("Programme: %s to %s   Group: %s%s"), start, end, st->group,
	         now_at);
	snprintf(st->header[2], sizeof st->header[2], _("Days present: %d   Hours: %s of %d"), t.days, hours, target);
	listview_set_count(&st->lv, st->views[st->view].n);
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
	for (int v = 0; v < NVIEWS; v++)
		free_lines(&st->views[v]);
}

static void file_layout(struct screen *s)
{
	struct file_state *st = s->state;
	listview_set_rows(&st->lv, s->rows - BODY_TOP - 3);
}

static void file_draw(const struct screen *s, WINDOW *w)
{
	const struct file_state *st = s->state;
	static const char *const tabs[NVIEWS] = { N_("1 Timeline"), N_("2 Attendance"), N_("3 Progress"),
		                                  N_("4 Goals"), N_("5 Notes") };
	mentor_header(s, w, _("Mentor mode: participant"), &st->arg.session);
	draw_text(w, 2, 1, s->cols - 2, st->header[0], A_BOLD);
	draw_text(w, 3, 1, s->cols - 2, st->header[1], A_NORMAL);
	draw_text(w, 4, 1, s->cols - 2, st->header[2], A_NORMAL);
	int x = 1;
	for (int v = 0; v < NVIEWS; v++) {
		const char *tab = _(tabs[v]);
		draw_text(w, 5, x, s->cols - x, tab, v == (int)st->view ? theme_attr(THEME_SELECTED) : A_NORMAL);
		x += text_width(tab) + 2;
	}
	const struct lines *l = &st->views[st->view];
	if (l->n == 0)
		draw_text(w, BODY_TOP, 2, s->cols - 4, _("Nothing recorded yet."), A_NORMAL);
	for (size_t i = st->lv.top; i < l->n && (int)(i - st->lv.top) < st->lv.rows; i++) {
		bool chosen = st->view == VIEW_GOALS && i == st->lv.sel;
		draw_text(w, BODY_TOP + (int)(i - st->lv.top), 1, s->cols - 2, l->v[i].text ? l->v[i].text : "",
		          chosen ? theme_attr(THEME_SELECTED) : A_NORMAL);
	}
	if (st->pending == PENDING_ISSUE)
		draw_text(w, s->rows - 2, 1, s->cols - 2,
		          _("Press Y to issue a new card; the old one stops working. Any other key: no."), A_BOLD);
	else if (st->pending == PENDING_REVOKE)
		draw_text(w, s->rows - 2, 1, s->cols - 2,
		          _("Press Y to stop this person's card now. Any other key: no."), A_BOLD);
	else if (st->status[0])
		draw_text(w, s->rows - 2, 1, s->cols - 2, st->status, A_BOLD);
	draw_text(w, s->rows - 1, 1, s->cols - 2,
	          st->view == VIEW_GOALS && l->n
	              ? _("Arrows: a goal  W: working on it  D: reached  A: set aside  G: new goal  Esc: back")
	              : _("L: level  N: note  G: goal  O: next process  J: group  Q: code  I/X: card  Esc: back"),
	          theme_attr(THEME_HINT));
}

static int show_code(struct screen *s, struct file_state *st)
{
	memset(&st->qr, 0, sizeof st->qr);
	if (app_badge_current(s->app, st->person.id, st->qr.payload) != ERR_OK) {
		text_copy(st->status, sizeof st->status, _("This person has no card yet: I issues one."));
		return SCR_HANDLED | SCR_REDRAW;
	}
	text_copy(st->qr.name, sizeof st->qr.name, st->person.name);
	st->qr.style = qrdraw_default_style(getenv("TERM"));
	return screen_go(s, SCR_PUSH, &badge_qr_screen, &st->qr);
}

static int confirm(struct screen *s, struct file_state *st, const struct event *ev)
{
	enum pending what = st->pending;
	st->pending = PENDING_NONE;
	if (ev->kind != EV_CHAR || (ev->ch != 'y' && ev->ch != 'Y')) {
		text_copy(st->status, sizeof st->status, _("Nothing was changed."));
		return SCR_HANDLED | SCR_REDRAW;
	}
	char payload[BADGE_DIGITS + 1];
	enum rota_err e = what == PENDING_ISSUE
	                      ? app_badge_issue(s->app, st->person.id, st->arg.session.mentor_id, ev->now, payload)
	                      : app_badge_revoke(s->app, st->person.id, st->arg.session.mentor_id,
	                                         "stopped in mentor mode", ev->now);
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

/* W, D, A on the goals view: a new status in the goal's history. */
static int goal_status(struct screen *s, struct file_state *st, const struct event *ev)
{
	uint32_t c = ev->ch | 0x20;
	const char *status = c == 'w' ? "working" : c == 'd' ? "reached" : "dropped";
	size_t sel = st->lv.sel;
	enum rota_err e = app_goal_set_status(s->app, st->views[VIEW_GOALS].v[sel].ref, status,
	                                      st->arg.session.mentor_id, NULL, ev->now);
	if (e != ERR_OK)
		text_copy(st->status, sizeof st->status, err_message(e));
	load(s);
	st->lv.sel = sel;
	listview_set_count(&st->lv, st->views[st->view].n);
	return SCR_HANDLED | SCR_REDRAW;
}

static int file_on_event(struct screen *s, const struct event *ev)
{
	struct file_state *st = s->state;
	if (ev->kind == EV_TICK)
		return 0;
	if (st->pending != PENDING_NONE)
		return confirm(s, st, ev);
	st->status[0] = '\0';
	if (ev->kind == EV_KEY) {
		if (st->view == VIEW_CALENDAR && (ev->key == KEY_LEFT || ev->key == KEY_RIGHT)) {
			int m = st->month % 100 + (ev->key == KEY_LEFT ? -1 : 1), y = st->month / 100;
			st->month = m < 1 ? (y - 1) * 100 + 12 : m > 12 ? (y + 1) * 100 + 1 : y * 100 + m;
			load(s);
			return SCR_HANDLED | SCR_REDRAW;
		}
		if (listview_key(&st->lv, ev->key))
			return SCR_HANDLED | SCR_REDRAW;
		return ev->key == UI_KEY_ESC ? SCR_POP | SCR_HANDLED : SCR_HANDLED;
	}
	if (ev->kind != EV_CHAR)
		return SCR_HANDLED;
	if (st->view == VIEW_GOALS && st->views[VIEW_GOALS].n && strchr("wWdDaA", (int)ev->ch))
		return goal_status(s, st, ev);
	st->child = st->arg;
	switch (ev->ch) {
	case '1': case '2': case '3': case '4': case '5':
		st->view = (enum view)(ev->ch - '1');
		st->lv.sel = st->lv.top = 0;
		listview_set_count(&st->lv, st->views[st->view].n);
		return SCR_HANDLED | SCR_REDRAW;
	case 'l': case 'L':
		return screen_go(s, SCR_PUSH, &progress_form_screen, &st->child);
	case 'n': case 'N':
	case 'g': case 'G':
		st->prompt.who = st->arg;
		st->prompt.kind = ev->ch == 'n' || ev->ch == 'N' ? PROMPT_NOTE : PROMPT_GOAL;
		return screen_go(s, SCR_PUSH, &prompt_screen, &st->prompt);
	case 'q': case 'Q':
		return show_code(s, st);
	case 'o': case 'O':
		return screen_go(s, SCR_PUSH, &rotation_screen, &st->child);
	case 'j': case 'J':
		return screen_go(s, SCR_PUSH, &group_pick_screen, &st->child);
	case 'i': case 'I':
		st->pending = PENDING_ISSUE;
		return SCR_HANDLED | SCR_REDRAW;
	case 'x': case 'X':
		st->pending = PENDING_REVOKE;
		return SCR_HANDLED | SCR_REDRAW;
	default:
		return SCR_HANDLED;
	}
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
};
