/* The team-meeting report about one participant as a portrait A4 PDF:
 * gathered by app_team_report(), worded here in the reader's language and
 * laid out by out/team_report_pdf. */
#include "app/team_report_doc.h"

#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/hours.h"
#include "app/progress.h"
#include "app/team_report.h"
#include "core/calendar.h"
#include "out/team_report_pdf.h"
#include "store/db.h"
#include "util/alloc.h"
#include "util/date.h"
#include "util/fmt.h"
#include "util/i18n.h"

/* A growing text of lines. */
struct buf {
	char *s;
	size_t len;
};

static void add(struct buf *b, const char *line)
{
	size_t n = strlen(line);
	b->s = xrealloc(b->s, b->len + n + 2);
	if (b->len)
		b->s[b->len++] = '\n';
	memcpy(b->s + b->len, line, n + 1);
	b->len += n;
}

/* A day in figures for the report's lines ("-" for none), and in words for
 * its running text; both in the reader's form. */
#define DAY_TEXT 48
static void day_text(int day, char out[DAY_TEXT])
{
	fmt_date_short(day, out, DAY_TEXT);
}

static void day_words(int day, char out[DAY_TEXT])
{
	if (day > 0)
		fmt_date_text(day, out, DAY_TEXT);
	else
		snprintf(out, DAY_TEXT, "-");
}

static enum doc_day strip_day(const struct hours_day *h)
{
	if (h->visits > 0)
		return h->is_unresolved ? DOC_DAY_UNRESOLVED : DOC_DAY_PRESENT;
	switch (h->kind) {
	case PDAY_EXPECTED: return DOC_DAY_ABSENT;
	case PDAY_EXCUSED: return DOC_DAY_EXCUSED;
	case PDAY_HOLIDAY:
	case PDAY_CLOSURE: return DOC_DAY_CLOSED;
	case PDAY_OFF: return DOC_DAY_OFF;
	case PDAY_OUTSIDE: return DOC_DAY_NONE;
	}
	return DOC_DAY_NONE;
}

/* One chart per process or skill: its levels as steps, and in words. */
struct topic_chart {
	enum progress_kind kind;
	char code[32];
	double *x, *y;
	int n;
	struct doc_series series;
	struct buf words;
};

static struct topic_chart *chart_of(struct topic_chart **cs, size_t *n, const struct progress_entry *l)
{
	for (size_t i = 0; i < *n; i++)
		if ((*cs)[i].kind == l->kind && !strcmp((*cs)[i].code, l->code))
			return &(*cs)[i];
	*cs = xrealloc(*cs, (*n + 1) * sizeof **cs);
	struct topic_chart *c = &(*cs)[(*n)++];
	memset(c, 0, sizeof *c);
	c->kind = l->kind;
	snprintf(c->code, sizeof c->code, "%s", l->code);
	return c;
}

static const char *topic_name(const struct topic *ts, size_t nt, const struct topic_chart *c)
{
	for (size_t i = 0; i < nt; i++)
		if (ts[i].kind == c->kind && !strcmp(ts[i].code, c->code))
			return app_topic_name(&ts[i]);
	return c->code;
}

/* Everything the sheet points at while it is written, worded; freed
 * whole by words_free(). */
struct report_words {
	struct buf facts, att, goals, words, notes, prev;
	struct doc_month_strip *strips;   /* [nmonths] */
	char **labels;                    /* [nmonths] */
	size_t nmonths;
	struct topic *ts;                 /* the topics' names */
	size_t nt;
	struct topic_chart *cs;           /* [nc] */
	size_t nc;
	struct doc_chart *charts;         /* [nc] */
	const char **chart_words;         /* [nc] */
	int first, last;                  /* the charts' and the period's days */
	char x_from[DAY_TEXT], x_to[DAY_TEXT];
};

/* Who the report is about: name, group, programme (when it has dates)
 * and mentors, a line each. */
static void word_facts(const struct team_report *r, struct buf *facts)
{
	char line[9000], a[DAY_TEXT], b[DAY_TEXT];
	snprintf(line, sizeof line, "%s: %s", _("Participant"), r->person.name);
	add(facts, line);
	snprintf(line, sizeof line, "%s: %s", _("Group"), *r->group ? r->group : "-");
	add(facts, line);
	/* No programme dates: no line, as the participant's file at the kiosk. */
	if (r->person.programme_start || r->person.programme_end) {
		day_words(r->person.programme_start, a);
		day_words(r->person.programme_end, b);
		snprintf(line, sizeof line, "%s: %s – %s", _("Programme"), a, b);
		add(facts, line);
	}
	size_t len = (size_t)snprintf(line, sizeof line, "%s: ", _("Mentors"));
	for (int i = 0; i < r->nmentors; i++)
		len += (size_t)snprintf(line + len, sizeof line - len, "%s%s", i ? ", " : "", r->mentors[i]);
	if (!r->nmentors)
		snprintf(line + len, sizeof line - len, "-");
	add(facts, line);
}

/* A month strip and its label per month, and the totals against the
 * target in words. */
static void word_attendance(const struct team_report *r, time_t now, struct report_words *w)
{
	char line[9000];
	w->strips = xcalloc(r->nmonths + 1, sizeof *w->strips);
	w->labels = xcalloc(r->nmonths + 1, sizeof *w->labels);
	w->nmonths = r->nmonths;
	int present = 0, excused = 0;
	for (size_t i = 0; i < r->nmonths; i++) {
		const struct team_report_month *m = &r->months[i];
		char hours[24], month[48];
		fmt_hours(m->seconds, hours, sizeof hours);
		fmt_month(m->month, month, sizeof month);
		/* a closed month amended since: its closed hours, marked */
		w->labels[i] = xasprintf("%s\n%s h%s", month, hours, m->is_amended ? " *" : "");
		w->strips[i] = (struct doc_month_strip){ .year = m->month / 100, .month = m->month % 100,
			                                 .ndays = m->ndays };
		for (int d = 0; d < m->ndays; d++) /* the days still to come: nothing yet */
			w->strips[i].day[d] = m->month * 100 + d + 1 > date_ymd(now) ? DOC_DAY_NONE : strip_day(&m->days[d]);
		present += m->days_present;
		excused += m->days_excused;
	}
	char total[24], target[24];
	fmt_hours(r->total_seconds, total, sizeof total);
	fmt_number(r->target_hours, 0, target, sizeof target);
	/* The count of days in the form its number takes (1 dan, 2 dana, 5 dana). */
	size_t len = (size_t)snprintf(line, sizeof line, _("Days present: %d. Hours: %s of %s."), present, total, target);
	snprintf(line + len, sizeof line - len, " ");
	snprintf(line + len + 1, sizeof line - len - 1,
	         P_("Excused absences: %d day.", "Excused absences: %d days.", excused), excused);
	add(&w->att, line);
	for (size_t i = 0; i < r->nmonths; i++) {
		const struct team_report_month *m = &r->months[i];
		if (!m->is_amended)
			continue;
		char closed[24], amended[24], month[48];
		fmt_hours(m->seconds, closed, sizeof closed);
		fmt_hours(m->amended_seconds, amended, sizeof amended);
		fmt_month(m->month, month, sizeof month);
		/* TRANSLATORS: the month, its hours as closed, the hours after the amendments */
		snprintf(line, sizeof line, _("* %s: %s h as the month was closed; amended after closing to %s h, "
		                              "see the amendments."), month, closed, amended);
		add(&w->att, line);
	}
}

/* A step chart per process and skill over the programme so far, with its
 * levels in words under it; sets the period's first and last day. */
static void shape_charts(struct app *app, const struct team_report *r, time_t now, struct report_words *w)
{
	char line[9000], a[DAY_TEXT];
	if (app_topics(app, &w->ts, &w->nt) != ERR_OK)
		w->nt = 0;
	w->first = r->person.programme_start;
	w->last = date_ymd(now);
	for (size_t i = 0; i < r->nlevels; i++) {
		const struct progress_entry *l = &r->levels[i];
		struct topic_chart *c = chart_of(&w->cs, &w->nc, l);
		c->x = xrealloc(c->x, (size_t)(c->n + 1) * sizeof *c->x);
		c->y = xrealloc(c->y, (size_t)(c->n + 1) * sizeof *c->y);
		c->x[c->n] = calendar_days(l->day);
		c->y[c->n++] = l->level;
		day_text(l->day, a);
		snprintf(line, sizeof line, "%s: %d %s", a, l->level, app_level_words(l->level));
		add(&c->words, line);
		if (!w->first || l->day < w->first)
			w->first = l->day;
		if (l->day > w->last)
			w->last = l->day;
	}
	if (!w->first)
		w->first = w->last;
	/* The axis shows the level's number; the words are under the chart. */
	static const char *const ylab[5] = { "0", "1", "2", "3", "4" };
	day_text(w->first, w->x_from);
	day_text(w->last, w->x_to);
	w->charts = xcalloc(w->nc + 1, sizeof *w->charts);
	w->chart_words = xcalloc(w->nc + 1, sizeof *w->chart_words);
	for (size_t i = 0; i < w->nc; i++) {
		struct topic_chart *c = &w->cs[i];
		c->series = (struct doc_series){ topic_name(w->ts, w->nt, c), c->x, c->y, c->n, true };
		w->charts[i] = (struct doc_chart){ calendar_days(w->first), calendar_days(w->last) + 1, 0, 4,
			                           ylab, w->x_from, w->x_to, &c->series, 1 };
		w->chart_words[i] = c->words.s;
	}
}

/* The sections of text: goals, their own words, the notes for the team
 * and (but at the first meeting) what was agreed at the previous one.
 * Returns how many of sections[4] it filled. */
static size_t word_sections(const struct team_report *r, struct report_words *w,
                            struct team_report_section sections[4])
{
	char line[9000], a[DAY_TEXT], at[DAY_TEXT];
	for (size_t i = 0; i < r->ngoals; i++) {
		day_text(r->goals[i].set_on, a);
		day_text(date_ymd(r->goals[i].status_at), at);
		snprintf(line, sizeof line, _("%s (set %s; %s since %s)"), r->goals[i].text, a,
		         app_goal_status_words(r->goals[i].status), at);
		add(&w->goals, line);
	}
	for (size_t i = 0; i < r->nwords; i++) {
		day_text(r->words[i].day, a);
		snprintf(line, sizeof line, "%s: %s", a, r->words[i].text);
		add(&w->words, line);
	}
	for (size_t i = 0; i < r->nnotes; i++) {
		day_text(date_ymd(r->notes[i].at), a);
		snprintf(line, sizeof line, "%s: %s", a, r->notes[i].text);
		add(&w->notes, line);
	}
	size_t ns = 0;
	const char *none = _("None recorded.");
	sections[ns++] = (struct team_report_section){ _("Goals"), w->goals.s ? w->goals.s : none };
	sections[ns++] = (struct team_report_section){ _("In their own words"), w->words.s ? w->words.s : none };
	sections[ns++] = (struct team_report_section){ _("Notes for the team meeting"), w->notes.s ? w->notes.s : none };
	if (r->kind != MEETING_INTRO) {
		if (r->has_previous) {
			day_text(r->previous.day, a);
			snprintf(line, sizeof line, _("%s, %s (with %s): %s"), _(meeting_kind_label(r->previous.kind)), a,
			         r->previous.with, r->previous.agreed);
			add(&w->prev, line);
		}
		sections[ns++] = (struct team_report_section){ _("Agreed at the previous meeting"),
			                                       w->prev.s ? w->prev.s : none };
	}
	return ns;
}

static void words_free(struct report_words *w)
{
	for (size_t i = 0; i < w->nmonths; i++)
		free(w->labels[i]);
	for (size_t i = 0; i < w->nc; i++) {
		free(w->cs[i].x);
		free(w->cs[i].y);
		free(w->cs[i].words.s);
	}
	void *owned[] = { w->facts.s, w->att.s, w->goals.s, w->words.s, w->notes.s, w->prev.s,
		          w->labels, w->strips, w->cs, w->ts, w->charts, w->chart_words };
	for (size_t i = 0; i < sizeof owned / sizeof owned[0]; i++)
		free(owned[i]);
}

static enum rota_err write_pdf(struct app *app, const struct team_report *r, const char *path, time_t now)
{
	struct report_words w = { 0 };
	struct team_report_section sections[4];
	word_facts(r, &w.facts);
	word_attendance(r, now, &w);
	shape_charts(app, r, now, &w);
	size_t ns = word_sections(r, &w, sections);

	char title[512], period[2 * DAY_TEXT + 8], a[DAY_TEXT], b[DAY_TEXT];
	snprintf(title, sizeof title, _("Report for the team meeting (%s): %s"), _(meeting_kind_label(r->kind)),
	         r->person.name);
	day_text(w.first, a);
	day_text(date_ymd(now), b);
	snprintf(period, sizeof period, "%s – %s", a, b);
	static const char *legend[6] = { N_("not a workshop day"), N_("present"), N_("absent"), N_("excused"),
		                         N_("holiday or closed"), N_("hours not settled yet") };
	const char *leg[6];
	for (int i = 0; i < 6; i++)
		leg[i] = _(legend[i]);
	struct team_report_sheet s = {
		.head = { .workshop = app->cfg.workshop, .title = title, .period = period,
		          .subject = _("Personal data of one participant, for their team meeting only."), .created = now },
		.facts = w.facts.s, .att_heading = _("Attendance"),
		.strips = w.strips, .strip_labels = (const char *const *)w.labels, .nstrips = r->nmonths, .legend = leg,
		.att_text = w.att.s, .levels_heading = _("Work processes and skills"),
		.charts = w.charts, .chart_words = w.chart_words, .ncharts = w.nc,
		.sections = sections, .nsections = ns,
	};
	enum rota_err e = team_report_pdf_write(path, &s);
	words_free(&w);
	return e;
}

static enum rota_err report_pdf(struct app *app, long long person_id, enum meeting_kind kind, time_t now,
                                 const char *path)
{
	struct team_report r;
	enum rota_err e = app_team_report(app, person_id, kind, now, &r);
	if (e == ERR_OK)
		e = write_pdf(app, &r, path, now);
	team_report_done(&r);
	return e;
}

enum rota_err app_team_report_pdf(struct app *app, long long person_id, enum meeting_kind kind, time_t now,
                                  const char *path)
{
	/* The report and the topics' names of one moment. */
	enum rota_err e = db_begin_read(app->db);
	if (e != ERR_OK)
		return e;
	return db_end_read(app->db, report_pdf(app, person_id, kind, now, path));
}
