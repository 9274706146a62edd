/* The monthly hour sheet: one pass over the month's visits; the hours to
 * date come from the figures the store keeps per person and month. */
#include "app/hours.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/calendar.h"
#include "app/month_hours.h"
#include "app/people.h"
#include "app/visits.h"
#include "core/hours.h"
#include "store/calendar.h"
#include "store/db.h"
#include "store/people.h"
#include "store/review.h"
#include "store/visits.h"
#include "util/alloc.h"
#include "util/date.h"
#include "util/fmt.h"
#include "util/text.h"

struct tally {
	struct hours_row *rows;
	size_t n;
	int first, last;       /* the month's days */
	int *seen_day;         /* the last day counted present, per row */
	bool *is_active;       /* per row */
	unsigned *unresolved;  /* per row: bit d-1 for day d of the month */
	unsigned *excused;     /* per row, the same */
	int *start, *end;      /* per row: the programme's days (store_programme_each) */
	int today;
	size_t *slot;          /* person id -> row index + 1 */
	long long max_id;
};

/* Ids are small and dense: a direct table finds a row per visit at once. */
static struct hours_row *row_of(struct tally *t, long long person_id, size_t *index)
{
	if (person_id < 0 || person_id > t->max_id || !t->slot[person_id])
		return NULL;
	*index = t->slot[person_id] - 1;
	return &t->rows[*index];
}

static void on_visit(const struct visit_row *vr, void *ctx)
{
	struct tally *t = ctx;
	size_t i;
	struct hours_row *r = row_of(t, vr->visit.person_id, &i);
	if (!r || !visit_counts(&vr->visit))
		return;
	long secs = hours_recorded_seconds(&vr->visit);
	r->seconds += secs;
	bool unknown = vr->visit.status == VISIT_END_UNKNOWN ||
	               (vr->visit.status == VISIT_OPEN && vr->visit.day < t->today);
	if (unknown)
		t->unresolved[i] |= 1u << (vr->visit.day % 100 - 1);
	struct hours_day *day = &r->days[vr->visit.day % 100 - 1];
	day->visits++;
	day->seconds += secs;
	if (!day->first_in || vr->visit.check_in < day->first_in)
		day->first_in = vr->visit.check_in;
	if (vr->visit.status == VISIT_CLOSED && vr->visit.check_out > day->last_out)
		day->last_out = vr->visit.check_out;
	if (t->seen_day[i] != vr->visit.day) {
		t->seen_day[i] = vr->visit.day;
		r->days_present++;
	}
}

static void on_to_date(long long person_id, long seconds, void *ctx)
{
	size_t i;
	struct hours_row *r = row_of(ctx, person_id, &i);
	if (r)
		r->seconds_to_date = seconds;
}

static void on_doubtful(const struct visit_row *vr, void *ctx)
{
	struct tally *t = ctx;
	size_t i;
	if (vr->visit.day <= t->last && row_of(t, vr->visit.person_id, &i))
		t->unresolved[i] |= 1u << (vr->visit.day % 100 - 1);
}

static void on_absence(const struct absence *a, void *ctx)
{
	struct tally *t = ctx;
	size_t i;
	if (a->cancelled_at || !row_of(t, a->person_id, &i))
		return;
	for (int d = t->first; d <= t->last; d++)
		if (absence_covers(a, d)) {
			t->excused[i] |= 1u << (d % 100 - 1);
			text_copy(t->rows[i].days[d % 100 - 1].reason, sizeof t->rows[i].days[0].reason, a->reason);
		}
}

static int popcount(unsigned v)
{
	int n = 0;
	for (; v; v &= v - 1)
		n++;
	return n;
}

static void on_programme(long long person_id, int start, int end, void *ctx)
{
	struct tally *t = ctx;
	size_t i;
	if (row_of(t, person_id, &i)) {
		t->start[i] = start;
		t->end[i] = end;
	}
}

/* Days of the month per row, by the calendar every view reads: excused on
 * days the person was expected; holidays and closures on the workshop's own
 * weekdays within the programme. */
static void count_calendar_days(struct tally *t, const struct workshop_calendar *cal)
{
	for (size_t i = 0; i < t->n; i++) {
		for (int d = t->first; d <= t->last && date_is_valid(d); d++) {
			/* The absences are kept as a day mask: a day is excused when
			 * it would otherwise have been expected. */
			struct hours_day *day = &t->rows[i].days[d % 100 - 1];
			day->kind = absence_day_kind(cal, t->start[i], t->end[i], NULL, 0, d, NULL, NULL);
			/* A day with a visit is present, never excused as well. */
			if ((t->excused[i] >> (d % 100 - 1)) & 1u && day->kind == PDAY_EXPECTED && !day->visits) {
				day->kind = PDAY_EXCUSED;
				t->rows[i].days_excused++;
			} else
				day->reason[0] = '\0'; /* an absence on a day not to be worked */
			day->is_unresolved = (t->unresolved[i] >> (d % 100 - 1)) & 1u;
			t->rows[i].days_closed += absence_day_is_closed(cal, t->start[i], t->end[i], d);
		}
		t->rows[i].days_unresolved = popcount(t->unresolved[i]);
	}
}

/* Closed month m's rows as closed (only: one person's), each named as the
 * person is named now. */
static enum rota_err closed_rows(struct app *app, const struct month_hours *m, const struct person *people, size_t n,
                                 long long only, hours_row_fn fn, void *ctx)
{
	enum rota_err e = ERR_OK;
	for (size_t r = 0; e == ERR_OK && r < m->nrows; r++) {
		if (only && m->rows[r].person_id != only)
			continue;
		struct hours_row row = { 0 };
		const struct person *p = NULL;
		for (size_t i = 0; i < n && !p; i++)
			if (people[i].id == m->rows[r].person_id)
				p = &people[i];
		struct person other;
		if (!p && store_person_get(app->db, m->rows[r].person_id, &other) == ERR_OK)
			p = &other;
		if (p)
			text_copy(row.name, sizeof row.name, p->name);
		app_month_hours_row(m, r, &row);
		fn(&row, ctx);
	}
	return e;
}

/* The sheet of month yyyymm; only (0: everyone) keeps one participant's
 * row, read from their own visits and hours. A closed month's rows are
 * the ones it was closed with. */
/* Everyone's visits of the month through on_visit, read in the table's
 * order (store_visits_in: no names, which the sheet takes from the people). */
static enum rota_err each_visit_in(struct app *app, int first, int last, struct tally *t)
{
	struct visit *v;
	size_t n;
	enum rota_err e = store_visits_in(app->db, first, last, &v, &n);
	struct visit_row row = { .name = "" };
	for (size_t i = 0; e == ERR_OK && i < n; i++) {
		row.visit = v[i];
		on_visit(&row, t);
	}
	free(v);
	return e;
}

static enum rota_err hours_month(struct app *app, long long only, int yyyymm, time_t now, hours_row_fn fn, void *ctx)
{
	struct person *people = NULL;
	size_t n = 0;
	enum rota_err e;
	if (only) {
		/* One participant's month (a team report reads a dozen): their own
		 * row, not everyone's sorted by name to keep one. */
		people = xcalloc(1, sizeof *people);
		e = store_person_get(app->db, only, people);
		n = e == ERR_OK;
		if (e == ERR_NOT_FOUND)
			e = ERR_OK;
	} else {
		e = app_person_list(app, false, &people, &n);
	}
	if (e != ERR_OK) {
		free(people);
		return e;
	}
	struct month_hours closed;
	e = app_month_hours_read(app, yyyymm, &closed);
	if (e != ERR_OK || closed.is_closed) {
		if (e == ERR_OK)
			e = closed_rows(app, &closed, people, n, only, fn, ctx);
		app_month_hours_free(&closed);
		free(people);
		return e;
	}
	app_month_hours_free(&closed);
	struct tally t = { .first = yyyymm * 100 + 1, .last = yyyymm * 100 + 31, .today = date_ymd(now) };
	t.rows = xcalloc(n ? n : 1, sizeof *t.rows);
	t.seen_day = xcalloc(n ? n : 1, sizeof *t.seen_day);
	t.is_active = xcalloc(n ? n : 1, sizeof *t.is_active);
	t.unresolved = xcalloc(n ? n : 1, sizeof *t.unresolved);
	t.excused = xcalloc(n ? n : 1, sizeof *t.excused);
	t.start = xcalloc(n ? n : 1, sizeof *t.start);
	t.end = xcalloc(n ? n : 1, sizeof *t.end);
	for (size_t i = 0; i < n; i++)
		t.max_id = people[i].id > t.max_id ? people[i].id : t.max_id;
	t.slot = xcalloc((size_t)t.max_id + 1, sizeof *t.slot);
	for (size_t i = 0; i < n; i++) {
		if (people[i].role != ROLE_PARTICIPANT || (only && people[i].id != only))
			continue;
		struct hours_row *r = &t.rows[t.n++];
		r->person_id = people[i].id;
		text_copy(r->name, sizeof r->name, people[i].name);
		r->target_hours = people[i].target_hours > 0 ? people[i].target_hours : app->cfg.target_hours;
		t.is_active[t.n - 1] = people[i].is_active;
		t.slot[people[i].id] = t.n;
	}
	free(people);
	e = store_programme_each(app->db, only, on_programme, &t);
	if (e == ERR_OK && only)
		e = store_visit_each_of(app->db, only, t.first, t.last, on_visit, &t);
	else if (e == ERR_OK)
		e = each_visit_in(app, t.first, t.last, &t);
	if (e == ERR_OK && only) {
		long secs = 0;
		e = store_visit_seconds_of_months(app->db, only, 0, yyyymm, &secs);
		if (e == ERR_OK)
			on_to_date(only, secs, &t);
	} else if (e == ERR_OK) {
		e = store_visit_seconds_to_month(app->db, yyyymm, on_to_date, &t);
	}
	if (e == ERR_OK)
		/* The month's days alone: read from its first day on, a month
		 * early in a long history would read every later one. */
		e = store_review_clock_doubtful(app->db, t.first, t.last, on_doubtful, &t);
	if (e == ERR_OK)
		e = store_absence_each(app->db, only, t.first, t.last, on_absence, &t);
	struct app_calendar cal = { 0 };
	if (e == ERR_OK)
		e = app_calendar_load(app, t.first, t.last, NULL, &cal);
	if (e == ERR_OK) {
		app_calendar_keep_kinds(&cal, t.first, t.last); /* every row walks the month */
		count_calendar_days(&t, &cal.cal);
	}
	app_calendar_free(&cal);
	for (size_t i = 0; e == ERR_OK && i < t.n; i++) {
		struct hours_row *r = &t.rows[i];
		/* Someone who has left appears in the months they were here. */
		if (t.is_active[i] || r->days_present > 0)
			fn(r, ctx);
	}
	free(t.rows);
	free(t.seen_day);
	free(t.is_active);
	free(t.slot);
	free(t.unresolved);
	free(t.excused);
	free(t.start);
	free(t.end);
	return e;
}

enum rota_err app_hours_month(struct app *app, int yyyymm, time_t now, hours_row_fn fn, void *ctx)
{
	/* Seven reads, one moment: a check-out another terminal commits in
	 * between cannot show in the hours to date but not in the day. */
	enum rota_err e = db_begin_read(app->db);
	if (e != ERR_OK)
		return e;
	return db_end_read(app->db, hours_month(app, 0, yyyymm, now, fn, ctx));
}

enum rota_err app_hours_month_of(struct app *app, long long person_id, int yyyymm, time_t now, hours_row_fn fn,
                                 void *ctx)
{
	if (person_id <= 0)
		return ERR_INVALID;
	enum rota_err e = db_begin_read(app->db);
	if (e != ERR_OK)
		return e;
	return db_end_read(app->db, hours_month(app, person_id, yyyymm, now, fn, ctx));
}

void app_hours_format(long seconds, char *out, size_t n)
{
	long hundredths = fmt_hour_hundredths(seconds);
	snprintf(out, n, "%ld.%02ld", hundredths / 100, hundredths % 100);
}
