/* The monthly hour sheet: one pass over the visits up to the month's end. */
#include "app/hours.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/people.h"
#include "app/visits.h"
#include "core/hours.h"
#include "util/alloc.h"
#include "util/text.h"

struct tally {
	struct hours_row *rows;
	size_t n;
	int first, last;       /* the month's days */
	int *seen_day;         /* the last day counted present, per row */
	bool *is_active;       /* per row */
	size_t *slot;          /* person id -> row index + 1 */
	long long max_id;
	time_t now;
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
	if (!r || vr->visit.status == VISIT_UNDONE)
		return;
	/* An open visit has no hours yet: the sheet counts what was recorded. */
	long secs = vr->visit.status == VISIT_OPEN ? 0 : hours_visit_seconds(&vr->visit, t->now);
	r->seconds_to_date += secs;
	if (vr->visit.day < t->first)
		return;
	r->seconds += secs;
	if (t->seen_day[i] != vr->visit.day) {
		t->seen_day[i] = vr->visit.day;
		r->days_present++;
	}
}

enum rota_err app_hours_month(struct app *app, int yyyymm, time_t now, hours_row_fn fn, void *ctx)
{
	struct person *people;
	size_t n;
	enum rota_err e = app_person_list(app, false, &people, &n);
	if (e != ERR_OK)
		return e;
	struct tally t = { .first = yyyymm * 100 + 1, .last = yyyymm * 100 + 31, .now = now };
	t.rows = xcalloc(n ? n : 1, sizeof *t.rows);
	t.seen_day = xcalloc(n ? n : 1, sizeof *t.seen_day);
	t.is_active = xcalloc(n ? n : 1, sizeof *t.is_active);
	for (size_t i = 0; i < n; i++)
		t.max_id = people[i].id > t.max_id ? people[i].id : t.max_id;
	t.slot = xcalloc((size_t)t.max_id + 1, sizeof *t.slot);
	for (size_t i = 0; i < n; i++) {
		if (people[i].role != ROLE_PARTICIPANT)
			continue;
		struct hours_row *r = &t.rows[t.n++];
		r->person_id = people[i].id;
		text_copy(r->name, sizeof r->name, people[i].name);
		r->target_hours = people[i].target_hours > 0 ? people[i].target_hours : app->cfg.target_hours;
		t.is_active[t.n - 1] = people[i].is_active;
		t.slot[people[i].id] = t.n;
	}
	free(people);
	e = app_visits_each(app, 0, t.last, on_visit, &t);
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
	return e;
}

void app_hours_format(long seconds, char *out, size_t n)
{
	long hundredths = (seconds * 100 + 1800) / 3600;
	snprintf(out, n, "%ld.%02ld", hundredths / 100, hundredths % 100);
}
