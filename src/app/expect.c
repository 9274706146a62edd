/* One pass over the participants with the calendar and the absences. */
#include "app/expect.h"

#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "app/calendar.h"
#include "store/calendar.h"
#include "util/alloc.h"
#include "util/lower_bound.h"
#include "util/date.h"
#include "util/text.h"
#include "store/db.h"

struct absences {
	struct absence *v;
	size_t n, cap;
};

static void keep_absence(const struct absence *a, void *ctx)
{
	struct absences *s = ctx;
	if (a->cancelled_at)
		return;
	s->v = xgrow(s->v, s->n, &s->cap, sizeof *s->v);
	s->v[s->n++] = *a;
}

/* By person, then by first day: each person's absences are one slice. */
static int by_person(const void *a, const void *b)
{
	const struct absence *x = a, *y = b;
	if (x->person_id != y->person_id)
		return x->person_id < y->person_id ? -1 : 1;
	if (x->from != y->from)
		return x->from < y->from ? -1 : 1;
	return (x->id > y->id) - (x->id < y->id);
}

/* Returns the first of person_id's absences in the sorted list (its count
 * in *n), found by halving. */
static const struct absence *slice_of(const struct absences *s, long long person_id, size_t *n)
{
	size_t lo = lower_bound_ll(s->v, s->n, sizeof *s->v, offsetof(struct absence, person_id), person_id);
	size_t end = lo;
	while (end < s->n && s->v[end].person_id == person_id)
		end++;
	*n = end - lo;
	return s->v ? s->v + lo : NULL;
}

struct walk {
	const struct workshop_calendar *cal;
	const struct absences *abs;
	int today, oldest;
	expected_fn fn;
	void *ctx;
};

static void on_person(const struct expected_person *p, void *ctx)
{
	struct walk *w = ctx;
	size_t n;
	const struct absence *mine = slice_of(w->abs, p->person_id, &n);
	struct expected_row r = { .person_id = p->person_id, .last_day = p->last_day,
		                  .created_at = p->created_at, .seen_at = p->seen_at };
	text_copy(r.name, sizeof r.name, p->name);
	int from = p->last_day ? p->last_day : date_ymd(p->created_at);
	if (from < w->oldest) {
		from = w->oldest;
		r.away_long = !p->last_day;
	}
	if (from < w->today)
		r.missed = absence_expected_days_between(w->cal, p->start, p->end, mine, n, from, w->today);
	r.has_left = p->end && p->end < w->today;
	r.expected_today = absence_is_expected(w->cal, p->start, p->end, mine, n, w->today);
	w->fn(&r, w->ctx);
}

static enum rota_err expected_each_read(struct app *app, int today, expected_fn fn, void *ctx)
{
	int oldest = date_add_days(today, -EXPECT_LOOKBACK_DAYS);
	struct app_calendar cal;
	struct absences abs = { 0 };
	enum rota_err e = app_calendar_load(app, oldest, today, NULL, &cal);
	if (e == ERR_OK)
		app_calendar_keep_kinds(&cal, oldest, today); /* every participant walks these days */
	if (e == ERR_OK)
		e = store_absence_each(app->db, 0, oldest, today, keep_absence, &abs);
	if (abs.n)
		qsort(abs.v, abs.n, sizeof *abs.v, by_person);
	struct walk w = { &cal.cal, &abs, today, oldest, fn, ctx };
	if (e == ERR_OK)
		e = store_expected_each(app->db, 0, oldest, on_person, &w);
	app_calendar_free(&cal);
	free(abs.v);
	return e;
}

enum rota_err app_expected_each(struct app *app, int today, expected_fn fn, void *ctx)
{
	enum rota_err e = db_begin_read(app->db);
	return e != ERR_OK ? e : db_end_read(app->db, expected_each_read(app, today, fn, ctx));
}

struct month_walk {
	struct absences abs;
	struct expected_person who;
	long long person_id;
	bool found;
};

static void find_person(const struct expected_person *p, void *ctx)
{
	struct month_walk *w = ctx;
	if (p->person_id == w->person_id) {
		w->who = *p;
		w->found = true;
	}
}

static enum rota_err person_month(struct app *app, long long person_id, int month, struct person_month *out)
{
	int first = month * 100 + 1, last = month * 100 + 31;
	struct app_calendar cal;
	struct month_walk w = { .person_id = person_id };
	memset(out, 0, sizeof *out);
	enum rota_err e = app_calendar_load(app, first, last, NULL, &cal);
	if (e == ERR_OK)
		e = store_absence_each(app->db, person_id, first, last, keep_absence, &w.abs);
	if (e == ERR_OK)
		e = store_expected_each(app->db, person_id, first, find_person, &w);
	for (int d = 1; e == ERR_OK && d <= 31; d++) {
		int ymd = first + d - 1;
		if (!date_is_valid(ymd))
			break;
		const char *name;
		const struct absence *why;
		/* Someone unknown has no programme to be outside of. */
		out->day[d] = absence_day_kind(&cal.cal, w.found ? w.who.start : 0, w.found ? w.who.end : 0, w.abs.v,
		                               w.abs.n, ymd, &name, &why);
		text_copy(out->name[d], sizeof out->name[d], name);
		if (why)
			text_copy(out->reason[d], sizeof out->reason[d], why->reason);
	}
	app_calendar_free(&cal);
	free(w.abs.v);
	return e;
}

enum rota_err app_person_month(struct app *app, long long person_id, int month, struct person_month *out)
{
	/* The calendar, the absences and the programme of one moment. */
	enum rota_err e = db_begin_read(app->db);
	if (e != ERR_OK)
		return e;
	return db_end_read(app->db, person_month(app, person_id, month, out));
}
