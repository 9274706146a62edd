/* What a participant's file shows, read from the record and laid out as
 * lines: the timeline, the attendance calendar of a month, progress (with
 * the hours at each process), goals, notes (those for the team meeting
 * marked) and team meetings, and a three-line header.
 * The screen (person_file.c) only draws them. */
#include "screens/person_views.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/calendar.h"
#include "app/badge.h"
#include "app/entry.h"
#include "app/expect.h"
#include "app/hours.h"
#include "app/people.h"
#include "app/progress.h"
#include "app/processes.h"
#include "app/groups.h"
#include "app/assignments.h"
#include "app/process_hours.h"
#include "app/visits.h"
#include "core/absence.h"
#include "core/calendar.h"
#include "core/hours.h"
#include "out/err_words.h"
#include "screens/screens.h"
#include "ui/draw.h"
#include "util/alloc.h"
#include "util/date.h"
#include "util/fmt.h"
#include "util/i18n.h"
#include "util/text.h"

void person_views_add(struct lines *l, time_t at, char *text)
{
	l->v = xgrow(l->v, l->n, &l->cap, sizeof *l->v);
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

/* Sorts a view's lines newest first; an empty view has no lines yet (v is
 * NULL), and qsort must not be given that. */
static void sort_newest_first(struct lines *view)
{
	if (view->n > 1)
		qsort(view->v, view->n, sizeof *view->v, newest_first);
}

/* Short names of the mentors who wrote entries, looked up once each. */
static void mentor_name(struct app *app, long long id, char *out, size_t n)
{
	struct person p;
	if (id > 0 && app_person_get(app, id, &p) == ERR_OK)
		person_short_name(p.name, out, n);
	else
		text_copy(out, n, "");
}

struct visit_tally {
	struct person_views *pv;
	int days;
	int last_day;
	long seconds;
	int today;
	int unresolved, last_unresolved;   /* days whose hours are not known yet */
};

static void on_visit(const struct visit_row *row, void *ctx)
{
	struct visit_tally *t = ctx;
	const struct visit *v = &row->visit;
	char day[32], in[6], out[6] = "";
	if (visit_counts(v) && v->day != t->last_day) {
		t->days++;
		t->last_day = v->day;
	}
	if (v->status == VISIT_CLOSED)
		t->seconds += hours_visit_seconds(v, 0);
	/* Hours not known are said, never left as a silent zero. */
	if ((v->status == VISIT_END_UNKNOWN || (v->status == VISIT_OPEN && v->day < t->today)) &&
	    v->day != t->last_unresolved) {
		t->unresolved++;
		t->last_unresolved = v->day;
	}
	mentor_day_column(v->day, day, sizeof day);
	date_format_hm(v->check_in, in);
	if (v->check_out)
		date_format_hm(v->check_out, out);
	const char *what = v->is_held && v->status != VISIT_UNDONE ? _("after the programme ended: not counted yet")
	                 : v->status == VISIT_END_UNKNOWN ? _("check-out not known")
	                 : v->status == VISIT_UNDONE      ? _("scan undone")
	                 : v->status == VISIT_OPEN        ? _("here now") : "";
	struct lines *l = &t->pv->views[VIEW_TIMELINE];
	person_views_add(l, v->check_in,
	         xasprintf("%s  %s %s%s%s%s%s", day, _("Visit"), in, out[0] ? "-" : "", out, what[0] ? ", " : "",
	                   what));
	/* any visit but an undone scan can be corrected from the timeline */
	if (v->status != VISIT_UNDONE)
		l->v[l->n - 1].ref = v->id;
}

struct topic_ctx {
	struct app *app;
	struct person_views *pv;
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
	char day[32], mentor[64];
	mentor_day_column(e->day, day, sizeof day);
	mentor_name(c->app, e->mentor_id, mentor, sizeof mentor);
	person_views_add(&c->pv->views[VIEW_TIMELINE], e->recorded_at,
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
	char day[32], mentor[64];
	if (e->kind != b->t->kind || strcmp(e->code, b->t->code) != 0)
		return;
	mentor_day_column(e->day, day, sizeof day);
	mentor_name(b->c->app, e->mentor_id, mentor, sizeof mentor);
	b->latest = *e; /* entries come oldest first */
	person_views_add(&b->c->pv->views[VIEW_PROGRESS], (time_t)b->count++,
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
	char hours[32];
	const char *name = _("no process yet");
	for (size_t i = 0; i < h->n; i++)
		if (!strcmp(h->procs[i].code, r->process_code))
			name = app_process_name(&h->procs[i]);
	date_format_duration(r->seconds, hours, sizeof hours);
	person_views_add(h->view, 0, xasprintf("    %s: %s", name, hours));
}

static void build_progress(struct topic_ctx *c, long long person_id)
{
	struct lines *view = &c->pv->views[VIEW_PROGRESS];
	struct hours_ctx h = { .view = view };
	person_views_add(view, 0, xstrdup(_("Time at each process")));
	if (app_processes(c->app, &h.procs, &h.n) == ERR_OK) {
		app_hours_by_process(c->app, person_id, c->pv->person.programme_start, on_process_hours, &h);
		free(h.procs);
	}
	person_views_add(view, 0, xstrdup(""));
	for (size_t i = 0; i < c->ntopics; i++) {
		struct by_topic b = { .c = c, .t = &c->topics[i] };
		size_t head = view->n;
		person_views_add(view, 0, NULL); /* the topic's line, filled below */
		app_progress_each(c->app, person_id, on_progress_topic, &b);
		/* newest first within the topic */
		qsort(view->v + head + 1, view->n - head - 1, sizeof *view->v, newest_first);
		if (b.count == 0) {
			view->v[head].text = xasprintf("%s: %s", app_topic_name(&c->topics[i]), app_level_words(0));
		} else {
			char day[32];
			fmt_date_short(b.latest.day, day, sizeof day);
			view->v[head].text = xasprintf("%s: %d %s (%s)", app_topic_name(&c->topics[i]),
			                               b.latest.level, app_level_words(b.latest.level), day);
		}
	}
}

/* A goal: its day and status first, so a long goal's text is what an
 * ellipsis shortens. */
static void on_goal(const struct goal *g, void *ctx)
{
	struct person_views *st = ctx;
	char day[32];
	mentor_day_column(g->set_on, day, sizeof day);
	person_views_add(&st->views[VIEW_GOALS], 0,
	         xasprintf("* %s  %s: %s", day, app_goal_status_words(g->status), g->text));
	st->views[VIEW_GOALS].v[st->views[VIEW_GOALS].n - 1].ref = g->id;
}

static void on_note(const struct note *n, void *ctx)
{
	struct topic_ctx *c = ctx;
	char day[32], hm[6], at[48], mentor[64];
	mentor_day_column(date_ymd(n->at), day, sizeof day);
	date_format_hm(n->at, hm);
	/* the time after the day's column, where every line's words begin */
	snprintf(at, sizeof at, "%s  %s", day, hm);
	mentor_name(c->app, n->mentor_id, mentor, sizeof mentor);
	char *text = n->for_team ? xasprintf("%s  %s [%s]: %s", at, mentor, _("team meeting"), n->text)
	                         : xasprintf("%s  %s: %s", at, mentor, n->text);
	person_views_add(&c->pv->views[VIEW_NOTES], n->at, text);
	person_views_add(&c->pv->views[VIEW_TIMELINE], n->at, xasprintf("%s  %s: %s", at, _("Note"), n->text));
}

/* A team meeting: in the notes with what was agreed, and on the timeline. */
static void on_meeting(const struct meeting *m, void *ctx)
{
	struct person_views *st = ctx;
	char day[32];
	time_t when = date_day_start(m->day);
	mentor_day_column(m->day, day, sizeof day);
	person_views_add(&st->views[VIEW_NOTES], when,
	                 xasprintf("%s  %s (%s): %s", day, _(meeting_kind_label(m->kind)), m->with, m->agreed));
	person_views_add(&st->views[VIEW_TIMELINE], when, xasprintf("%s  %s", day, _(meeting_kind_label(m->kind))));
}

static void on_badge(const struct badge *b, void *ctx)
{
	struct person_views *st = ctx;
	char at[32];
	mentor_day_column(date_ymd(b->issued_at), at, sizeof at);
	person_views_add(&st->views[VIEW_TIMELINE], b->issued_at, xasprintf("%s  %s", at, _("Badge issued")));
	if (b->revoked_at) {
		mentor_day_column(date_ymd(b->revoked_at), at, sizeof at);
		person_views_add(&st->views[VIEW_TIMELINE], b->revoked_at,
		         xasprintf("%s  %s (%s)", at, _("Badge stopped"), app_reason_words(b->reason)));
	}
}

/* The calendar of st->month: one cell per day, readable without colour. The
 * workshop's calendar says which days the person was expected: a weekend,
 * a holiday, a closure or a day outside their programme is never "away",
 * and an excused day shows as such. */
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

/* The mark after a day: a visit wins, then what the calendar says. */
static char day_mark(const struct person_month *pm, const struct month_marks *m, int d, int ymd, int today)
{
	if (m->mark[d] != ' ')
		return m->mark[d];
	switch (pm->day[d]) {
	case PDAY_OFF: return '-';
	case PDAY_HOLIDAY:
	case PDAY_CLOSURE: return '*';
	case PDAY_OUTSIDE: return '.';
	case PDAY_EXCUSED: return '+';
	case PDAY_EXPECTED: break;
	}
	return ymd < today ? 'x' : ' ';
}

/* Adds text to view as lines of at most cols cells after a space, broken
 * at spaces (a word longer than a line is cut there), the lines after the
 * first indented by three more. */
static void add_wrapped(struct lines *view, const char *text, int cols)
{
	const char *indent = " ";
	while (*text) {
		int used = 0, width = cols - text_width(indent) + 1;
		size_t fit = text_fit(text, width, &used), cut = fit;
		if (text[fit] != '\0') {
			while (cut > 0 && text[cut] != ' ')
				cut--;
			if (cut == 0)
				cut = fit;
		}
		person_views_add(view, 0, xasprintf("%s%.*s", indent, (int)cut, text));
		text += cut;
		while (*text == ' ')
			text++;
		indent = "    ";
	}
}

static void build_calendar(struct app *app, time_t now, int month, int cols, struct person_views *st)
{
	struct lines *view = &st->views[VIEW_CALENDAR];
	struct month_marks m;
	struct person_month *pm = xcalloc(1, sizeof *pm);
	int first = month * 100 + 1, today = date_ymd(now);
	memset(m.mark, ' ', sizeof m.mark);
	app_visits_of(app, st->person.id, first, first + 30, on_month_visit, &m);
	app_person_month(app, st->person.id, month, pm);
	char heading[64];
	fmt_month(month, heading, sizeof heading);
	person_views_add(view, 0, xstrdup(heading));
	person_views_add(view, 0, xasprintf("%s", _(" Mo   Tu   We   Th   Fr   Sa   Su")));
	char row[128] = "";
	int col = calendar_weekday(first);
	for (int c = 0; c < col; c++)
		strcat(row, "     ");
	for (int d = 1; d <= 31; d++) {
		int ymd = first + d - 1;
		if (calendar_ymd(calendar_days(ymd)) != ymd)
			break;
		char cell[8];
		snprintf(cell, sizeof cell, "%3d%c ", d, day_mark(pm, &m, d, ymd, today));
		strcat(row, cell);
		if (calendar_weekday(ymd) == 6) {
			person_views_add(view, 0, xstrdup(row));
			row[0] = '\0';
		}
	}
	if (row[0])
		person_views_add(view, 0, xstrdup(row));
	/* The month's holidays, closures and excused days in words, a run of
	 * days with the same words as one entry, as many entries to a line as
	 * fit in cols. */
	char entries[31][TEXT_BYTES(TEXT_REASON_CHARS) + 80], words_line[512];
	const char *items[31];
	int nitems = 0;
	for (int d = 1; d <= 31; d++) {
		char words[TEXT_BYTES(TEXT_REASON_CHARS) + 64] = "";
		char *entry = entries[nitems];
		if ((pm->day[d] == PDAY_HOLIDAY || pm->day[d] == PDAY_CLOSURE) && pm->name[d][0]) {
			text_copy(words, sizeof words, app_day_name_words(pm->day[d] == PDAY_HOLIDAY, pm->name[d]));
		} else if (pm->day[d] == PDAY_EXCUSED) {
			char reason[64];
			snprintf(words, sizeof words, "%s: %s", _("excused"),
			         app_absence_reason_words(pm->reason[d], reason, sizeof reason));
		}
		if (!words[0])
			continue;
		int last = d;
		while (last < 31 && pm->day[last + 1] == pm->day[d] &&
		       (pm->day[d] == PDAY_EXCUSED ? !strcmp(pm->reason[last + 1], pm->reason[d])
		                                   : !strcmp(pm->name[last + 1], pm->name[d])))
			last++;
		if (last > d)
			snprintf(entry, sizeof entries[0], "%d-%d %s", d, last, words);
		else
			snprintf(entry, sizeof entries[0], "%d %s", d, words);
		items[nitems++] = entry;
		d = last;
	}
	for (int i = 0; i < nitems;) {
		if (text_width(items[i]) > cols - 1) { /* a long holiday's name: over lines, at spaces */
			add_wrapped(view, items[i++], cols - 1);
			continue;
		}
		i += draw_items_line(items + i, nitems - i, cols - 1, "   ", words_line, sizeof words_line);
		person_views_add(view, 0, xasprintf(" %s", words_line));
	}
	person_views_add(view, 0, xstrdup(_("o here   x away   ? check-out not known   + excused")));
	person_views_add(view, 0, xstrdup(_("* holiday or closed   - no workshop   . not in the programme")));
	person_views_add(view, 0, xstrdup(_("Left and right arrows: another month   E: excused absence")));
	free(pm);
}

bool person_views_load(struct app *app, long long person_id, time_t now, int month, int cols,
                       struct person_views *st)
{
	person_views_free(st);
	if (app_person_get(app, person_id, &st->person) != ERR_OK) {
		text_copy(st->header[0], sizeof st->header[0], err_message(ERR_NOT_FOUND));
		return false;
	}
	struct topic_ctx c = { .app = app, .pv = st };
	struct visit_tally t = { .pv = st, .today = date_ymd(now) };
	app_topics(app, &c.topics, &c.ntopics);
	app_visits_of(app, st->person.id, st->person.programme_start, 0, on_visit, &t);
	app_progress_each(app, st->person.id, on_progress_timeline, &c);
	app_note_each(app, st->person.id, on_note, &c);
	app_meeting_each(app, st->person.id, on_meeting, st);
	sort_newest_first(&st->views[VIEW_NOTES]);
	app_badge_history(app, st->person.id, on_badge, st);
	sort_newest_first(&st->views[VIEW_TIMELINE]);
	build_progress(&c, st->person.id);
	app_goal_each(app, st->person.id, on_goal, st);
	build_calendar(app, now, month, cols, st);
	free(c.topics);

	char start[32], end[32], hours[32];
	/* a day not set is written "-" */
	fmt_date_short(st->person.programme_start, start, sizeof start);
	fmt_date_short(st->person.programme_end, end, sizeof end);
	date_format_duration(t.seconds, hours, sizeof hours);
	int target = st->person.target_hours ? st->person.target_hours : app->cfg.target_hours;
	snprintf(st->header[0], sizeof st->header[0], "%s  (%s)", st->person.name, app_role_name(st->person.role));
	if (app_group_of(app, st->person.id, st->group, sizeof st->group) != ERR_OK || !st->group[0])
		snprintf(st->group, sizeof st->group, "-");
	struct work_today work;
	char now_at[160] = "";
	if (app_work_today(app, st->person.id, &work) == ERR_OK && work.has)
		snprintf(now_at, sizeof now_at, _("   Works at: %s"), app_process_name(&work.process));
	if (st->person.programme_start || st->person.programme_end)
		snprintf(st->header[1], sizeof st->header[1], _("Programme: %s to %s   Group: %s"), start, end,
		         st->group);
	else /* no programme dates yet: no "- to -" to puzzle over */
		snprintf(st->header[1], sizeof st->header[1], P_("Group: %s", "Groups: %s", 1), st->group);
	/* The process ends that line; where it does not fit there too (hr's
	 * days are the widest), it follows the name. */
	int line = text_width(st->header[1]) + text_width(now_at) <= cols ? 1 : 0;
	size_t len = strlen(st->header[line]);
	snprintf(st->header[line] + len, sizeof st->header[line] - len, "%s", now_at);
	snprintf(st->header[2], sizeof st->header[2], _("Days present: %d   Hours: %s of %d h"), t.days, hours, target);
	if (t.unresolved) {
		size_t used = strlen(st->header[2]);
		snprintf(st->header[2] + used, sizeof st->header[2] - used, P_("   ! %d day without known hours", "   ! %d days without known hours", t.unresolved),
		         t.unresolved);
	}
	return true;
}

void person_views_free(struct person_views *st)
{
	for (int v = 0; v < NVIEWS; v++)
		free_lines(&st->views[v]);
}
