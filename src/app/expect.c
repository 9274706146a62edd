/* One pass over the participants with the calendar and the absences. */
#include "app/expect.h"

#include <stdlib.h>
#include <string.h>

#include "app/calendar.h"
#include "store/calendar.h"
#include "util/alloc.h"
#include "util/date.h"
#include "util/text.h"

struct absences {
	struct absence *v;
	size_t n, cap;
};

static void keep_absence(const struct absence *a, void *ctx)
{
	struct absences *s = ctx;
	if (a->cancelled_at)
		return;
	if (s->n == s->cap)
		s->v = xrealloc(s->v, (s->cap = s->cap ? 2 * s->cap : 16) * sizeof *s->v);
	s->v[s->n++] = *a;
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
	/* The person's absences: the list is by first day, few per person. */
	struct absence mine[64];
	size_t n = 0;
	for (size_t i = 0; i < w->abs->n && n < sizeof mine / sizeof *mine; i++)
		if (w->abs->v[i].person_id == p->person_id)
			mine[n++] = w->abs->v[i];
	struct expected_row r = { .person_id = p->person_id, .last_day = p->last_day,
		                  .created_at = p->created_at, .seen_at = p->seen_at };
	text_copy(r.name, sizeof r.name, p->name);
	int from = p->last_day ? p->last_day : date_ymd(p->created_at);
	if (from < w->oldest)
		from = w->oldest;
	if (from < w->today)
		r.missed = absence_expected_days_between(w->cal, p->start, p->end, mine, n, from, w->today);
	r.excused_today = absence_any_covers(mine, n, w->today);
	r.expected_today = absence_is_expected(w->cal, p->start, p->end, mine, n, w->today);
	w->fn(&r, w->ctx);
}

enum rota_err app_expected_each(struct app *app, int today, expected_fn fn, void *ctx)
{
	int oldest = date_add_days(today, -EXPECT_LOOKBACK_DAYS);
	struct app_calendar cal;
	struct absences abs = { 0 };
	enum rota_err e = app_calendar_load(app, oldest, today, NULL, &cal);
	if (e == ERR_OK)
		e = store_absence_each(app->db, 0, oldest, today, keep_absence, &abs);
	struct walk w = { &cal.cal, &abs, today, oldest, fn, ctx };
	if (e == ERR_OK)
		e = store_expected_each(app->db, on_person, &w);
	app_calendar_free(&cal);
	free(abs.v);
	return e;
}
