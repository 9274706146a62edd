/* The programme summary: the ESF+ indicators' table, hours, mentoring and
 * mastery for a period, from the records as they are, counted raw and then
 * protected as a whole (app/summary_annex.h). */
#include "app/summary.h"

#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "app/entry.h"
#include "app/month_hours.h"
#include "app/processes.h"
#include "app/summary_annex.h"
#include "core/entry.h"
#include "core/hours.h"
#include "core/progress.h"
#include "store/db.h"
#include "store/entry.h"
#include "store/people.h"
#include "store/progress.h"
#include "store/rotation.h"
#include "store/visits.h"
#include "util/alloc.h"
#include "util/lower_bound.h"
#include "util/date.h"

/* One participant as the summary sees them. */
struct who {
	struct person p;
	struct entry_data entry;
	int entered, left;          /* YYYYMMDD; left 0 while still in */
};

/* The period's visits, by day as the store reads them. */
struct visits {
	struct visit *v;
	size_t n, cap;
};

/* The period's visits that count: what counts nowhere (an undone scan, a
 * visit held after the programme ended) is no presence and shares no
 * mentoring time. */
static enum rota_err read_visits(struct app *app, int from, int to, struct visits *vs)
{
	enum rota_err e = store_visits_in(app->db, from, to, &vs->v, &vs->n);
	size_t kept = 0;
	for (size_t i = 0; i < vs->n; i++)
		if (visit_counts(&vs->v[i]))
			vs->v[kept++] = vs->v[i];
	vs->n = kept;
	return e;
}

/* Everyone's assignments, read once, by person and oldest first. */
struct assignments {
	struct assignment *a;
	size_t n, cap;
};

static void on_assignment(const struct assignment *a, void *ctx)
{
	struct assignments *as = ctx;
	as->a = xgrow(as->a, as->n, &as->cap, sizeof *as->a);
	as->a[as->n++] = *a;
}

/* Returns the index of person_id's first assignment (as->n when none). */
static size_t first_assignment(const struct assignments *as, long long person_id)
{
	return lower_bound_ll(as->a, as->n, sizeof *as->a, offsetof(struct assignment, person_id), person_id);
}

static int ymd_of_text(const char *s)
{
	int ymd = 0;
	return s[0] && date_parse_ymd(s, &ymd) ? ymd : 0;
}

static bool in_period(int day, int from, int to) { return day && day >= from && day <= to; }

/* The indicators' table (app/summary_annex.h) of the period, from each
 * participant's entry data as it is: each row says whom it counts. */
static void count_people(struct summary *s, const struct who *w, size_t n, int from, int to)
{
	annex_start(s);
	for (size_t i = 0; i < n; i++) {
		struct annex_person p = { &w[i].entry, w[i].entered, w[i].left, from, to };
		annex_count(s, &p);
	}
}

/* The first day each participant reached PROGRESS_MASTERED at a process. */
struct mastery {
	struct summary *s;
	int from, to;
	long long person_id;
	char seen[64][32];          /* processes this person mastered already */
	int nseen;
};

static void on_progress(const struct progress_entry *e, void *ctx)
{
	struct mastery *m = ctx;
	if (e->kind != PROGRESS_PROCESS || e->level < PROGRESS_MASTERED)
		return;
	if (e->person_id != m->person_id) {
		m->person_id = e->person_id;
		m->nseen = 0;
	}
	for (int i = 0; i < m->nseen; i++)
		if (!strcmp(m->seen[i], e->code))
			return;
	if (m->nseen < 64)
		memcpy(m->seen[m->nseen++], e->code, sizeof m->seen[0]);
	if (in_period(e->day, m->from, m->to))
		summary_count_add(m->s, "mastered", e->code, 1);
}

/* A day's visits by person (then as read), to find a mentor's at once. */
struct day_place {
	long long person_id;
	size_t at;             /* the visit's place in the day */
};

struct day_index {
	const struct visit *v;
	struct day_place *by_person; /* by person_id, then place */
	size_t n;
};

static int by_person_then_place(const void *a, const void *b)
{
	const struct day_place *x = a, *y = b;
	if (x->person_id != y->person_id)
		return (x->person_id > y->person_id) - (x->person_id < y->person_id);
	return (x->at > y->at) - (x->at < y->at);
}

/* Returns the first place in d->by_person of person_id's visits (d->n when none). */
static size_t first_of(const struct day_index *d, long long person_id)
{
	return lower_bound_ll(d->by_person, d->n, sizeof *d->by_person, offsetof(struct day_place, person_id), person_id);
}

/* A set of person ids, ascending. */
struct id_set {
	long long *id;
	size_t n;
};

static int by_ll(const void *a, const void *b)
{
	long long x = *(const long long *)a, y = *(const long long *)b;
	return (x > y) - (x < y);
}

static bool id_set_has(const struct id_set *m, long long person_id)
{
	return bsearch(&person_id, m->id, m->n, sizeof *m->id, by_ll) != NULL;
}

/* Fills m with the people named as mentor in any assignment read who are
 * among the people known (a visit of someone the records no longer hold
 * shares no time, as the visits' join with people had it). */
static void mentor_ids_of(const struct assignments *as, const struct id_set *known, struct id_set *m)
{
	m->id = xmalloc((as->n ? as->n : 1) * sizeof *m->id);
	m->n = 0;
	for (size_t k = 0; k < as->n; k++)
		if (as->a[k].mentor_id > 0 && id_set_has(known, as->a[k].mentor_id))
			m->id[m->n++] = as->a[k].mentor_id;
	qsort(m->id, m->n, sizeof *m->id, by_ll);
	size_t kept = 0;
	for (size_t k = 0; k < m->n; k++)
		if (!kept || m->id[kept - 1] != m->id[k])
			m->id[kept++] = m->id[k];
	m->n = kept;
}

/* The mentoring seconds of each participant (by their place in w) and
 * month of the period, summed here and handed to the summary in person and
 * month order at the end: each row is then added after the last, never
 * moved. */
struct mentoring_sums {
	long *secs;            /* [who * nmonths + month index] */
	int first_month;       /* months counted from this YYYYMM's */
	size_t nmonths;
};

static int month_number(int yyyymm) { return yyyymm / 100 * 12 + yyyymm % 100 - 1; }

/* Adds the time participant p was present in visit pv while the mentor of
 * one of their assignments was present too, into ms; day holds that day's visits.
 * An assignment that does not meet the visit, and a visit of anyone but
 * its mentor, share no time with it: they are passed over unread. */
static void count_mentoring(struct summary *s, struct mentoring_sums *ms, const struct who *w, const struct who *p,
                            const struct visit *pv, const struct assignments *as, size_t first,
                            const struct day_index *day)
{
	for (size_t k = first; k < as->n && as->a[k].person_id == pv->person_id; k++) {
		const struct assignment *a = &as->a[k];
		if (a->mentor_id <= 0)
			continue;
		time_t a_end = a->end_at ? a->end_at : pv->check_out;
		if (a->start_at >= pv->check_out || a_end <= pv->check_in)
			continue;
		for (size_t j = first_of(day, a->mentor_id); j < day->n && day->by_person[j].person_id == a->mentor_id;
		     j++) {
			const struct visit *mv = &day->v[day->by_person[j].at];
			if (mv->status != VISIT_CLOSED)
				continue;
			long secs = summary_common_seconds(pv->check_in, pv->check_out, a->start_at, a_end, mv->check_in,
			                                   mv->check_out);
			if (secs <= 0)
				continue;
			int m = month_number(pv->day / 100) - month_number(ms->first_month);
			if (m >= 0 && (size_t)m < ms->nmonths)
				ms->secs[(size_t)(p - w) * ms->nmonths + (size_t)m] += secs;
			else
				summary_mentoring_add(s, p->p.id, p->p.name, pv->day / 100, secs);
		}
	}
}

static int by_id(const void *key, const void *elem)
{
	long long id = *(const long long *)key, other = ((const struct who *)elem)->p.id;
	return (id > other) - (id < other);
}

/* The period's months as closed (app/month_hours.h), first to last. */
struct closed_months {
	struct month_hours *m;
	size_t n;
	int first;             /* YYYYMM of m[0] */
};

/* Returns the closed month day (YYYYMMDD) is in, NULL when it is open. */
static const struct month_hours *closed_of(const struct closed_months *c, int day)
{
	int k = month_number(day / 100) - month_number(c->first);
	if (k < 0 || (size_t)k >= c->n || !c->m[k].is_closed)
		return NULL;
	return &c->m[k];
}

static enum rota_err read_closed(struct app *app, int from, int to, struct closed_months *c)
{
	c->first = from / 100;
	c->n = (size_t)(month_number(to / 100) - month_number(from / 100) + 1);
	c->m = xcalloc(c->n, sizeof *c->m);
	enum rota_err e = ERR_OK;
	for (size_t k = 0; e == ERR_OK && k < c->n; k++) {
		int mn = month_number(c->first) + (int)k;
		e = app_month_hours_read(app, mn / 12 * 100 + mn % 12 + 1, &c->m[k]);
	}
	return e;
}

static void closed_free(struct closed_months *c)
{
	for (size_t k = 0; c->m && k < c->n; k++)
		app_month_hours_free(&c->m[k]);
	free(c->m);
}

/* The hours of presence of the closed months' days in the period, as
 * they were closed, and what the amendments since made of them. */
static void count_closed_presence(struct summary *s, const struct who *w, size_t n, const struct closed_months *c,
                                  int from, int to)
{
	long amended = 0;
	for (size_t k = 0; k < c->n; k++) {
		const struct month_hours *m = &c->m[k];
		if (!m->is_closed)
			continue;
		for (size_t i = 0; i < m->ncells; i++)
			if (m->cells[i].day >= from && m->cells[i].day <= to &&
			    bsearch(&m->cells[i].person_id, w, n, sizeof *w, by_id))
				s->presence_seconds += m->cells[i].d.seconds;
		for (size_t i = 0; i < m->namends; i++) {
			const struct month_amendment *a = &m->amends[i];
			if (a->day < from || a->day > to || !bsearch(&a->person_id, w, n, sizeof *w, by_id) ||
			    a->after_seconds == a->before_seconds)
				continue;
			amended += a->after_seconds - a->before_seconds;
			s->is_presence_amended = true;
		}
	}
	s->presence_amended_seconds = s->presence_seconds + amended;
}

/* Hours of presence and mentoring hours, a day's visits at a time: each
 * visit is compared only with the visits of its own day. A closed month's
 * days count their presence as closed (count_closed_presence). */
static void count_hours(struct summary *s, const struct who *w, size_t n, const struct visits *all,
                        const struct assignments *as, const struct id_set *known,
                        const struct closed_months *closed, int from, int to)
{
	struct mentoring_sums ms = { .first_month = from / 100 };
	ms.nmonths = (size_t)(month_number(to / 100) - month_number(from / 100) + 1);
	ms.secs = xcalloc((n ? n : 1) * ms.nmonths, sizeof *ms.secs);
	struct day_place *places = xmalloc((all->n ? all->n : 1) * sizeof *places);
	struct id_set mentors;
	mentor_ids_of(as, known, &mentors);
	size_t *first = xmalloc((n ? n : 1) * sizeof *first); /* each participant's first assignment */
	for (size_t i = 0; i < n; i++)
		first[i] = first_assignment(as, w[i].p.id);
	for (size_t lo = 0, hi; lo < all->n; lo = hi) {
		for (hi = lo; hi < all->n && all->v[hi].day == all->v[lo].day; hi++)
			;
		/* Only a mentor's visit can share time with another's: the day
		 * is indexed by the mentors' visits alone. */
		struct day_index day = { &all->v[lo], places, 0 };
		for (size_t i = 0; i < hi - lo; i++)
			if (id_set_has(&mentors, day.v[i].person_id))
				places[day.n++] = (struct day_place){ day.v[i].person_id, i };
		qsort(places, day.n, sizeof *places, by_person_then_place);
		for (size_t i = lo; i < hi; i++) {
			const struct visit *v = &all->v[i];
			const struct who *p = bsearch(&v->person_id, w, n, sizeof *w, by_id);
			if (!p)
				continue;
			if (!closed_of(closed, v->day))
				s->presence_seconds += hours_recorded_seconds(v);
			if (v->status == VISIT_CLOSED)
				count_mentoring(s, &ms, w, p, v, as, first[p - w], &day);
		}
	}
	free(places);
	free(mentors.id);
	free(first);
	for (size_t i = 0; i < n; i++)
		for (size_t m = 0; m < ms.nmonths; m++)
			if (ms.secs[i * ms.nmonths + m] > 0) {
				int k = month_number(ms.first_month) + (int)m;
				summary_mentoring_add(s, w[i].p.id, w[i].p.name, k / 12 * 100 + k % 12 + 1,
				                      ms.secs[i * ms.nmonths + m]);
			}
	free(ms.secs);
	count_closed_presence(s, w, n, closed, from, to);
}

static int who_by_id(const void *a, const void *b)
{
	return by_id(&((const struct who *)a)->p.id, b);
}

/* Reads the participants into *out (by id) and every person's id into
 * *known. */
static enum rota_err read_people(struct app *app, struct who **out, size_t *nout, struct id_set *known)
{
	struct person *people;
	size_t n;
	enum rota_err e = store_person_list(app->db, false, &people, &n);
	if (e != ERR_OK)
		return e;
	struct who *w = xmalloc((n ? n : 1) * sizeof *w);
	known->id = xmalloc((n ? n : 1) * sizeof *known->id);
	known->n = n;
	for (size_t i = 0; i < n; i++)
		known->id[i] = people[i].id;
	qsort(known->id, n, sizeof *known->id, by_ll);
	size_t k = 0;
	for (size_t i = 0; e == ERR_OK && i < n; i++) {
		if (people[i].role != ROLE_PARTICIPANT)
			continue;
		struct who *x = &w[k++];
		x->p = people[i];
		e = store_entry_get(app->db, x->p.id, &x->entry);
		x->entered = x->p.programme_start ? x->p.programme_start : date_ymd(x->p.created_at);
		x->left = ymd_of_text(x->entry.value[ENTRY_EXIT_DATE]);
		if (!x->left)
			x->left = x->p.programme_end;
	}
	free(people);
	qsort(w, k, sizeof *w, who_by_id); /* count_hours finds a visit's person by id */
	*out = w;
	*nout = k;
	return e;
}

static enum rota_err read_summary(struct app *app, int from, int to, struct summary *out)
{
	struct who *w = NULL;
	size_t n = 0;
	struct visits all = { 0 };
	struct assignments as = { 0 };
	struct process *procs = NULL;
	size_t nprocs = 0;
	struct id_set known = { 0 };
	enum rota_err e = read_people(app, &w, &n, &known);
	if (e == ERR_OK)
		count_people(out, w, n, from, to);
	if (e == ERR_OK)
		e = app_processes(app, &procs, &nprocs);
	for (size_t i = 0; e == ERR_OK && i < nprocs; i++)
		summary_count_add(out, "mastered", procs[i].code, 0);
	struct mastery m = { .s = out, .from = from, .to = to };
	if (e == ERR_OK)
		e = store_progress_reached_in(app->db, PROGRESS_PROCESS, PROGRESS_MASTERED, from, to, on_progress, &m);
	if (e == ERR_OK)
		e = read_visits(app, from, to, &all);
	/* Only the assignments that can share time with a closed visit of
	 * the period: the others add nothing to the mentoring hours. */
	time_t first_in = 0, last_out = 0;
	bool closed = false;
	for (size_t i = 0; i < all.n; i++)
		if (all.v[i].status == VISIT_CLOSED) {
			if (!closed || all.v[i].check_in < first_in)
				first_in = all.v[i].check_in;
			if (!closed || all.v[i].check_out > last_out)
				last_out = all.v[i].check_out;
			closed = true;
		}
	if (e == ERR_OK && closed)
		e = store_assignment_each_during(app->db, first_in, last_out, on_assignment, &as);
	struct closed_months months = { 0 };
	if (e == ERR_OK)
		e = read_closed(app, from, to, &months);
	if (e == ERR_OK)
		count_hours(out, w, n, &all, &as, &known, &months, from, to);
	closed_free(&months);
	if (e == ERR_OK)
		annex_protect(out);
	free(procs);
	free(all.v);
	free(as.a);
	free(w);
	free(known.id);
	return e;
}

enum rota_err app_summary(struct app *app, int from, int to, struct summary *out)
{
	memset(out, 0, sizeof *out);
	out->from = from;
	out->to = to;
	out->min_count = app->cfg.summary_min_count;
	if (!date_is_valid(from) || !date_is_valid(to) || to < from)
		return ERR_INVALID;
	/* People, progress, visits and assignments as they were at one
	 * moment: presence and mastery never disagree about a commit. */
	enum rota_err e = db_begin_read(app->db);
	if (e != ERR_OK)
		return e;
	return db_end_read(app->db, read_summary(app, from, to, out));
}

enum rota_err app_mentoring(struct app *app, int yyyymm, long long by, struct summary *out)
{
	memset(out, 0, sizeof *out);
	/* Who asks and what they see, at the same moment. */
	enum rota_err e = db_begin_read(app->db);
	if (e != ERR_OK)
		return e;
	e = app_require_coordinator(app, by);
	int first = yyyymm * 100 + 1;
	int last = date_add_days(date_add_days(first, 31) / 100 * 100 + 1, -1);
	if (e == ERR_OK)
		e = app_summary(app, first, last, out);
	return db_end_read(app->db, e);
}
