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

static enum rota_err write_pdf(struct app *app, const struct team_report *r, const char *path, time_t now)
{
	char line[9000], a[DAY_TEXT], b[DAY_TEXT];
	struct buf facts = { 0 }, att = { 0 }, goals = { 0 }, words = { 0 }, notes = { 0 }, prev = { 0 };
	snprintf(line, sizeof line, "%s: %s", _("Participant"), r->person.name);
	add(&facts, line);
	snprintf(line, sizeof line, "%s: %s", _("Group"), *r->group ? r->group : "-");
	add(&facts, line);
	/* No programme dates: no line, as the participant's file at the kiosk. */
	if (r->person.programme_start || r->person.programme_end) {
		day_words(r->person.programme_start, a);
		day_words(r->person.programme_end, b);
		snprintf(line, sizeof line, "%s: %s – %s", _("Programme"), a, b);
		add(&facts, line);
	}
	size_t len = (size_t)snprintf(line, sizeof line, "%s: ", _("Mentors"));
	for (int i = 0; i < r->nmentors; i++)
		len += (size_t)snprintf(line + len, sizeof line - len, "%s%s", i ? ", " : "", r->mentors[i]);
	if (!r->nmentors)
		snprintf(line + len, sizeof line - len, "-");
	add(&facts, line);

	struct doc_month_strip *strips = xcalloc(r->nmonths + 1, sizeof *strips);
	char **labels = xcalloc(r->nmonths + 1, sizeof *labels);
	int present = 0, excused = 0;
	for (size_t i = 0; i < r->nmonths; i++) {
		const struct team_report_month *m = &r->months[i];
		char hours[24], month[48];
		fmt_hours(m->seconds, hours, sizeof hours);
		fmt_month(m->month, month, sizeof month);
		labels[i] = xasprintf("%s\n%s h", month, hours);
		strips[i] = (struct doc_month_strip){ .year = m->month / 100, .month = m->month % 100, .ndays = m->ndays };
		for (int d = 0; d < m->ndays; d++) /* the days still to come: nothing yet */
			strips[i].day[d] = m->month * 100 + d + 1 > date_ymd(now) ? DOC_DAY_NONE : strip_day(&m->days[d]);
		present += m->days_present;
		excused += m->days_excused;
	}
	char total[24], target[24];
	fmt_hours(r->total_seconds, total, sizeof total);
	fmt_number(r->target_hours, 0, target, sizeof target);
	/* The count of days in the form its number takes (1 dan, 2 dana, 5 dana). */
	len = (size_t)snprintf(line, sizeof line, _("Days present: %d. Hours: %s of %s."), present, total, target);
	snprintf(line + len, sizeof line - len, " ");
	snprintf(line + len + 1, sizeof line - len - 1,
	         P_("Excused absences: %d day.", "Excused absences: %d days.", excused), excused);
	add(&att, line);

	struct topic *ts = NULL;
	size_t nt = 0;
	if (app_topics(app, &ts, &nt) != ERR_OK)
		nt = 0;
	struct topic_chart *cs = NULL;
	size_t nc = 0;
	int first = r->person.programme_start, last = date_ymd(now);
	for (size_t i = 0; i < r->nlevels; i++) {
		const struct progress_entry *l = &r->levels[i];
		struct topic_chart *c = chart_of(&cs, &nc, l);
		c->x = xrealloc(c->x, (size_t)(c->n + 1) * sizeof *c->x);
		c->y = xrealloc(c->y, (size_t)(c->n + 1) * sizeof *c->y);
		c->x[c->n] = calendar_days(l->day);
		c->y[c->n++] = l->level;
		day_text(l->day, a);
		snprintf(line, sizeof line, "%s: %d %s", a, l->level, app_level_words(l->level));
		add(&c->words, line);
		if (!first || l->day < first)
			first = l->day;
		if (l->day > last)
			last = l->day;
	}
	if (!first)
		first = last;
	/* The axis shows the level's number; the words are under the chart. */
	static const char *const ylab[5] = { "0", "1", "2", "3", "4" };
	char x_from[DAY_TEXT], x_to[DAY_TEXT];
	day_text(first, x_from);
	day_text(last, x_to);
	struct doc_chart *charts = xcalloc(nc + 1, sizeof *charts);
	const char **chart_words = xcalloc(nc + 1, sizeof *chart_words);
	for (size_t i = 0; i < nc; i++) {
		cs[i].series = (struct doc_series){ topic_name(ts, nt, &cs[i]), cs[i].x, cs[i].y, cs[i].n, true };
		charts[i] = (struct doc_chart){ calendar_days(first), calendar_days(last) + 1, 0, 4,
			                        ylab, x_from, x_to, &cs[i].series, 1 };
		chart_words[i] = cs[i].words.s;
	}

	for (size_t i = 0; i < r->ngoals; i++) {
		char at[DAY_TEXT];
		day_text(r->goals[i].set_on, a);
		day_text(date_ymd(r->goals[i].status_at), at);
		snprintf(line, sizeof line, _("%s (set %s; %s since %s)"), r->goals[i].text, a,
		         app_goal_status_words(r->goals[i].status), at);
		add(&goals, line);
	}
	for (size_t i = 0; i < r->nwords; i++) {
		day_text(r->words[i].day, a);
		snprintf(line, sizeof line, "%s: %s", a, r->words[i].text);
		add(&words, line);
	}
	for (size_t i = 0; i < r->nnotes; i++) {
		day_text(date_ymd(r->notes[i].at), a);
		snprintf(line, sizeof line, "%s: %s", a, r->notes[i].text);
		add(&notes, line);
	}
	struct team_report_section sections[4];
	size_t ns = 0;
	const char *none = _("None recorded.");
	sections[ns++] = (struct team_report_section){ _("Goals"), goals.s ? goals.s : none };
	sections[ns++] = (struct team_report_section){ _("In their own words"), words.s ? words.s : none };
	sections[ns++] = (struct team_report_section){ _("Notes for the team meeting"), notes.s ? notes.s : none };
	if (r->kind != MEETING_INTRO) {
		if (r->has_previous) {
			day_text(r->previous.day, a);
			snprintf(line, sizeof line, _("%s, %s (with %s): %s"), _(meeting_kind_label(r->previous.kind)), a,
			         r->previous.with, r->previous.agreed);
			add(&prev, line);
		}
		sections[ns++] = (struct team_report_section){ _("Agreed at the previous meeting"),
			                                       prev.s ? prev.s : none };
	}

	char title[512], period[2 * DAY_TEXT + 8];
	snprintf(title, sizeof title, _("Report for the team meeting (%s): %s"), _(meeting_kind_label(r->kind)),
	         r->person.name);
	day_text(first, a);
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
		.facts = facts.s, .att_heading = _("Attendance"),
		.strips = strips, .strip_labels = (const char *const *)labels, .nstrips = r->nmonths, .legend = leg,
		.att_text = att.s, .levels_heading = _("Work processes and skills"),
		.charts = charts, .chart_words = chart_words, .ncharts = nc,
		.sections = sections, .nsections = ns,
	};
	enum rota_err e = team_report_pdf_write(path, &s);
	for (size_t i = 0; i < r->nmonths; i++)
		free(labels[i]);
	for (size_t i = 0; i < nc; i++) {
		free(cs[i].x);
		free(cs[i].y);
		free(cs[i].words.s);
	}
	free(labels);
	free(strips);
	free(cs);
	free(ts);
	free(charts);
	free(chart_words);
	free(facts.s);
	free(att.s);
	free(goals.s);
	free(words.s);
	free(notes.s);
	free(prev.s);
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
