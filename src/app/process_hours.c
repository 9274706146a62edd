/* Hours at each process: the closed visits' time attributed to the
 * assignments it overlaps. */
#include "app/process_hours.h"

#include <stdlib.h>
#include <string.h>

#include "app/visits.h"
#include "core/hours.h"
#include "store/db.h"
#include "store/people.h"
#include "store/processes.h"
#include "store/rotation.h"
#include "store/visits.h"
#include "util/alloc.h"
#include "util/text.h"

/* Seconds per person and process in one table (ids are small and dense,
 * processes a handful), so ten years of visits are one pass. */
struct attribution {
	struct assignment *a;        /* by person, then start */
	size_t n, cap;
	size_t *first, *count;       /* per person id: their assignments in a */
	struct process *procs;
	size_t nprocs;
	long *seconds;               /* [person id][process index], last column: unassigned */
	long long max_id, person_id;
};

static void keep_assignment(const struct assignment *a, void *ctx)
{
	struct attribution *t = ctx;
	t->a = xgrow(t->a, t->n, &t->cap, sizeof *t->a);
	t->a[t->n++] = *a;
}

static long *cell(struct attribution *t, long long person, size_t proc)
{
	return &t->seconds[(size_t)person * (t->nprocs + 1) + proc];
}

static size_t process_index(const struct attribution *t, const char *code)
{
	for (size_t i = 0; i < t->nprocs; i++)
		if (!strcmp(t->procs[i].code, code))
			return i;
	return t->nprocs;
}

static void attribute_visit(const struct visit_row *row, void *ctx)
{
	struct attribution *t = ctx;
	const struct visit *v = &row->visit;
	if (v->status != VISIT_CLOSED || v->person_id > t->max_id || v->person_id < 0 ||
	    (t->person_id && v->person_id != t->person_id))
		return;
	long whole = hours_visit_seconds(v, 0), assigned = 0;
	for (size_t i = t->first[v->person_id]; i < t->first[v->person_id] + t->count[v->person_id]; i++) {
		long secs = hours_overlap_seconds(v, v->check_out, t->a[i].start_at, t->a[i].end_at);
		*cell(t, v->person_id, process_index(t, t->a[i].process_code)) += secs;
		assigned += secs;
	}
	if (whole > assigned)
		*cell(t, v->person_id, t->nprocs) += whole - assigned;
}

static void kept_seconds(long long person_id, const char *code, long seconds, void *ctx)
{
	struct attribution *t = ctx;
	if (person_id >= 0 && person_id <= t->max_id)
		*cell(t, person_id, *code ? process_index(t, code) : t->nprocs) += seconds;
}

static enum rota_err hours_by_process(struct app *app, long long person_id, int from, process_hours_fn fn,
                                      void *ctx)
{
	struct attribution t = { .person_id = person_id };
	struct person *people;
	size_t npeople;
	enum rota_err e = store_person_list(app->db, false, &people, &npeople);
	if (e != ERR_OK)
		return e;
	for (size_t i = 0; i < npeople; i++)
		t.max_id = people[i].id > t.max_id ? people[i].id : t.max_id;
	e = store_process_list(app->db, &t.procs, &t.nprocs);
	if (e == ERR_OK)
		t.seconds = xcalloc(((size_t)t.max_id + 1) * (t.nprocs + 1), sizeof *t.seconds);
	/* All of history comes from the figures the store keeps per person
	 * and process; a bounded stretch is attributed here, visit by visit. */
	if (e == ERR_OK && from <= 0)
		e = store_visit_seconds_by_process(app->db, person_id, kept_seconds, &t);
	else if (e == ERR_OK)
		e = store_assignment_each_of(app->db, person_id, keep_assignment, &t);
	if (e == ERR_OK && from > 0) {
		t.first = xcalloc((size_t)t.max_id + 1, sizeof *t.first);
		t.count = xcalloc((size_t)t.max_id + 1, sizeof *t.count);
		for (size_t i = t.n; i-- > 0;) {
			if (t.a[i].person_id < 0 || t.a[i].person_id > t.max_id)
				continue;
			t.first[t.a[i].person_id] = i;
			t.count[t.a[i].person_id]++;
		}
		e = app_visits_of(app, person_id, from, 0, attribute_visit, &t);
	}
	/* people come in name order; processes in the workshop's, unassigned last */
	for (size_t i = 0; e == ERR_OK && i < npeople; i++) {
		struct process_hours row = { .person_id = people[i].id };
		text_copy(row.name, sizeof row.name, people[i].name);
		for (size_t p = 0; p <= t.nprocs; p++) {
			row.seconds = *cell(&t, people[i].id, p);
			if (row.seconds <= 0)
				continue;
			text_copy(row.process_code, sizeof row.process_code, p < t.nprocs ? t.procs[p].code : "");
			fn(&row, ctx);
		}
	}
	free(people);
	free(t.procs);
	free(t.a);
	free(t.first);
	free(t.count);
	free(t.seconds);
	return e;
}

enum rota_err app_hours_by_process(struct app *app, long long person_id, int from, process_hours_fn fn,
                                   void *ctx)
{
	/* The kept figures and the visits since `from` of one moment. */
	enum rota_err e = db_begin_read(app->db);
	if (e != ERR_OK)
		return e;
	return db_end_read(app->db, hours_by_process(app, person_id, from, fn, ctx));
}
