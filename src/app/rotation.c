/* Rotation use cases. */
#include "app/rotation.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/mentor.h"
#include "app/people.h"
#include "app/progress.h"
#include "app/visits.h"
#include "core/hours.h"
#include "store/db.h"
#include "store/people.h"
#include "store/processes.h"
#include "store/progress.h"
#include "store/rotation.h"
#include "store/visits.h"
#include "util/alloc.h"
#include "util/collate.h"
#include "util/date.h"
#include "util/i18n.h"
#include "util/text.h"

const char *app_process_name_in(const struct process *p, const char *lang)
{
	return !strcmp(lang, "sl") ? p->name_sl : !strcmp(lang, "hr") ? p->name_hr : p->name_en;
}

const char *app_process_name(const struct process *p) { return app_process_name_in(p, i18n_lang()); }

enum rota_err app_processes(struct app *app, struct process **out, size_t *n)
{
	return store_process_list(app->db, out, n);
}

/* ERR_OK for a process app_process_add takes; else ERR_INVALID for a bad
 * code or capacity, or the text gate's error for a bad name. */
static enum rota_err process_check(const struct process *p)
{
	size_t len = strlen(p->code);
	if (len == 0 || len > 31 || p->capacity < 0 || p->capacity > 99)
		return ERR_INVALID;
	for (size_t i = 0; i < len; i++)
		if (!islower((unsigned char)p->code[i]) && !isdigit((unsigned char)p->code[i]) &&
		    p->code[i] != '_' && p->code[i] != '-')
			return ERR_INVALID;
	const char *const names[] = { p->name_sl, p->name_hr, p->name_en };
	for (int i = 0; i < 3; i++) {
		enum rota_err e = person_name_check(names[i]);
		if (e != ERR_OK)
			return e;
	}
	return ERR_OK;
}

static enum rota_err write_process(struct app *app, const struct process *p, bool is_new)
{
	enum rota_err e = process_check(p);
	if (e != ERR_OK)
		return e;
	e = db_begin_write(app->db);
	if (e != ERR_OK)
		return e;
	e = is_new ? store_process_insert(app->db, p) : store_process_update(app->db, p);
	return db_end_write(app->db, e);
}

enum rota_err app_process_add(struct app *app, const struct process *p) { return write_process(app, p, true); }

enum rota_err app_process_update(struct app *app, const struct process *p) { return write_process(app, p, false); }

enum rota_err app_group_add(struct app *app, const char *name, int start_day, int end_day, time_t now,
                            long long *id)
{
	struct group g = { .start_day = start_day, .end_day = end_day };
	enum rota_err e = person_name_check(name);
	if (e != ERR_OK)
		return e;
	if (start_day && end_day && end_day < start_day)
		return ERR_INVALID;
	text_copy(g.name, sizeof g.name, name);
	e = db_begin_write(app->db);
	if (e != ERR_OK)
		return e;
	return db_end_write(app->db, store_group_insert(app->db, &g, now, id));
}

enum rota_err app_group_each(struct app *app, group_fn fn, void *ctx) { return store_group_each(app->db, fn, ctx); }

enum rota_err app_group_join(struct app *app, long long group_id, long long person_id, time_t now)
{
	struct person p;
	enum rota_err e = db_begin_write(app->db);
	if (e != ERR_OK)
		return e;
	e = store_person_get(app->db, person_id, &p);
	if (e == ERR_OK)
		e = store_group_join(app->db, group_id, person_id, p.role == ROLE_PARTICIPANT, now);
	return db_end_write(app->db, e);
}

enum rota_err app_group_of(struct app *app, long long person_id, char *out, size_t n)
{
	return store_group_of(app->db, person_id, out, n);
}

static enum rota_err find_process(struct app *app, const char *code, struct process *out)
{
	struct process *list;
	size_t n;
	enum rota_err e = store_process_list(app->db, &list, &n);
	if (e != ERR_OK)
		return e;
	e = ERR_NOT_FOUND;
	for (size_t i = 0; i < n; i++)
		if (!strcmp(list[i].code, code)) {
			*out = list[i];
			e = ERR_OK;
		}
	free(list);
	return e;
}

enum rota_err app_process_edit(struct app *app, const char *code, const struct process_patch *patch)
{
	struct process p;
	/* Checked whole, before a copy could cut a long name to fit. */
	const char *const names[] = { patch->name_sl, patch->name_hr, patch->name_en };
	for (int i = 0; i < 3; i++) {
		enum rota_err bad = names[i] ? person_name_check(names[i]) : ERR_OK;
		if (bad != ERR_OK)
			return bad;
	}
	enum rota_err e = db_begin_write(app->db);
	if (e != ERR_OK)
		return e;
	e = find_process(app, code, &p);
	if (e == ERR_OK) {
		if (patch->name_sl)
			text_copy(p.name_sl, sizeof p.name_sl, patch->name_sl);
		if (patch->name_hr)
			text_copy(p.name_hr, sizeof p.name_hr, patch->name_hr);
		if (patch->name_en)
			text_copy(p.name_en, sizeof p.name_en, patch->name_en);
		if (patch->position >= 0)
			p.position = patch->position;
		if (patch->capacity >= 0)
			p.capacity = patch->capacity;
		if (patch->active >= 0)
			p.is_active = patch->active > 0;
		e = process_check(&p);
	}
	if (e == ERR_OK)
		e = store_process_update(app->db, &p);
	return db_end_write(app->db, e);
}

enum rota_err app_assign(struct app *app, long long person_id, const char *code, long long mentor_id,
                         long long by, const char *reason, time_t now)
{
	struct person p;
	struct process proc;
	enum rota_err e = text_check_optional(reason, TEXT_LINE, TEXT_REASON_CHARS);
	if (e != ERR_OK)
		return e;
	e = db_begin_write(app->db);
	if (e != ERR_OK)
		return e;
	/* Checked under the write lock: nobody can stop the person, the mentor
	 * or the station between the check and the assignment. */
	if (store_person_get(app->db, person_id, &p) != ERR_OK || p.role != ROLE_PARTICIPANT || !p.is_active ||
	    find_process(app, code, &proc) != ERR_OK || !proc.is_active)
		e = ERR_INVALID;
	if (e == ERR_OK)
		e = app_require_mentor(app, mentor_id);
	struct change c = { .at = now, .by = by, .reason = reason, .terminal = app->terminal };
	if (e == ERR_OK)
		e = store_assign(app->db, person_id, code, mentor_id, &c);
	return db_end_write(app->db, e);
}

enum rota_err app_assignment_current(struct app *app, long long person_id, bool *found, struct assignment *out)
{
	return store_assignment_current(app->db, person_id, found, out);
}

/* --- the planner's inputs --- */

struct occupancy {
	struct process *stations;
	struct rot_station *rot;
	size_t n;
	long long person_id;
};

static void count_assignment(const struct assignment *a, void *ctx)
{
	struct occupancy *o = ctx;
	if (a->person_id == o->person_id)
		return;
	for (size_t i = 0; i < o->n; i++)
		if (!strcmp(o->stations[i].code, a->process_code))
			o->rot[i].occupied++;
}

static void explain(struct rotation_view *v)
{
	const char *proposed = v->plan.index >= 0 ? app_process_name(&v->proposed) : "";
	switch (v->plan.reason) {
	case ROT_FIRST:
		snprintf(v->reason, sizeof v->reason, _("%s: the first process not yet learned that has a free place."), proposed);
		break;
	case ROT_NEXT:
		snprintf(v->reason, sizeof v->reason, _("%s comes next in the workshop's order and has a free place."), proposed);
		break;
	case ROT_NEXT_SKIPPING_FULL:
		snprintf(v->reason, sizeof v->reason, _("%s is the next with a free place; the ones before it are full."), proposed);
		break;
	case ROT_NOT_YET:
		snprintf(v->reason, sizeof v->reason, _("Stays at %s for now: level %d there, a move comes at level 3."),
		         app_process_name(&v->current), v->current_level < 0 ? 0 : v->current_level);
		break;
	case ROT_ALL_MASTERED:
		snprintf(v->reason, sizeof v->reason, "%s", _("Every process is learned. Time to talk about what comes next."));
		break;
	case ROT_ALL_FULL:
		snprintf(v->reason, sizeof v->reason, "%s", _("The processes not yet learned are all full just now."));
		break;
	case ROT_NO_PROCESSES:
		snprintf(v->reason, sizeof v->reason, "%s", _("The workshop has no active process."));
		break;
	}
}

enum rota_err app_rotation_floor_load(struct app *app, struct rotation_floor *out)
{
	memset(out, 0, sizeof *out);
	enum rota_err e = store_process_list(app->db, &out->stations, &out->n);
	if (e != ERR_OK)
		return e;
	struct rot_station *rot = xcalloc(out->n ? out->n : 1, sizeof *rot);
	struct occupancy o = { out->stations, rot, out->n, 0 };
	e = store_assignment_each_current(app->db, count_assignment, &o);
	out->occupied = xcalloc(out->n ? out->n : 1, sizeof *out->occupied);
	for (size_t i = 0; i < out->n; i++)
		out->occupied[i] = rot[i].occupied;
	free(rot);
	if (e != ERR_OK)
		app_rotation_floor_free(out);
	return e;
}

void app_rotation_floor_free(struct rotation_floor *f)
{
	free(f->stations);
	free(f->occupied);
	memset(f, 0, sizeof *f);
}

enum rota_err app_rotation_suggest_on(struct app *app, const struct rotation_floor *f, long long person_id,
                                      struct rotation_view *out)
{
	struct assignment cur;
	memset(out, 0, sizeof *out);
	out->current_level = -1;
	out->n = f->n;
	out->stations = xcalloc(f->n ? f->n : 1, sizeof *out->stations);
	memcpy(out->stations, f->stations, f->n * sizeof *f->stations);
	out->rot = xcalloc(out->n ? out->n : 1, sizeof *out->rot);
	for (size_t i = 0; i < out->n; i++)
		out->rot[i] = (struct rot_station){ .process = &out->stations[i], .level = -1,
			                            .occupied = f->occupied[i] };
	/* The latest level at each station: one entry each, never the whole
	 * history of the person's entries. */
	enum rota_err e = ERR_OK;
	for (size_t i = 0; e == ERR_OK && i < out->n; i++)
		e = store_progress_latest(app->db, person_id, PROGRESS_PROCESS, out->stations[i].code, &out->rot[i].level);
	if (e == ERR_OK)
		e = store_assignment_current(app->db, person_id, &out->has_current, &cur);
	if (e != ERR_OK) {
		app_rotation_done(out);
		return e;
	}
	int current = -1;
	for (size_t i = 0; out->has_current && i < out->n; i++)
		if (!strcmp(out->stations[i].code, cur.process_code)) {
			current = (int)i;
			out->rot[i].occupied--; /* the person's own place is not taken from them */
			out->current = out->stations[i];
			out->current_level = out->rot[i].level;
		}
	out->plan = rotation_plan(out->rot, out->n, current);
	if (out->plan.index >= 0)
		out->proposed = out->stations[out->plan.index];
	explain(out);
	return ERR_OK;
}

static enum rota_err suggest(struct app *app, long long person_id, struct rotation_view *out)
{
	struct rotation_floor f;
	memset(out, 0, sizeof *out);
	enum rota_err e = app_rotation_floor_load(app, &f);
	if (e == ERR_OK)
		e = app_rotation_suggest_on(app, &f, person_id, out);
	app_rotation_floor_free(&f);
	return e;
}

enum rota_err app_rotation_suggest(struct app *app, long long person_id, struct rotation_view *out)
{
	/* The floor and the person's levels of one moment. */
	enum rota_err e = db_begin_read(app->db);
	if (e != ERR_OK)
		return e;
	return db_end_read(app->db, suggest(app, person_id, out));
}

void app_rotation_done(struct rotation_view *v)
{
	free(v->stations);
	free(v->rot);
	v->stations = NULL;
	v->rot = NULL;
	v->n = 0;
}

/* --- the floor --- */

struct board_ctx {
	struct app *app;
	struct board_row *rows;
	size_t n, cap;
	int today;
};

static void collect_assignment(const struct assignment *a, void *ctx)
{
	struct board_ctx *b = ctx;
	b->rows = xgrow(b->rows, b->n, &b->cap, sizeof *b->rows);
	struct board_row *r = &b->rows[b->n++];
	memset(r, 0, sizeof *r);
	text_copy(r->process_code, sizeof r->process_code, a->process_code);
	r->person_id = a->person_id;
	r->mentor_id = a->mentor_id;
	r->level = -1;
}

static int by_name(const void *a, const void *b)
{
	const struct board_row *x = a, *y = b;
	return collate_sl(x->name, strlen(x->name), y->name, strlen(y->name));
}

static enum rota_err read_board(struct app *app, time_t now, board_fn fn, void *ctx)
{
	struct board_ctx b = { .app = app, .today = date_ymd(now) };
	struct process *procs;
	size_t np;
	enum rota_err e = store_process_list(app->db, &procs, &np);
	if (e != ERR_OK)
		return e;
	e = store_assignment_each_current(app->db, collect_assignment, &b);
	for (size_t i = 0; e == ERR_OK && i < b.n; i++) {
		struct board_row *r = &b.rows[i];
		struct person p;
		struct visit v;
		bool open = false;
		if (store_person_get(app->db, r->person_id, &p) == ERR_OK)
			text_copy(r->name, sizeof r->name, p.name);
		e = store_visit_open_of(app->db, r->person_id, &open, &v);
		r->is_checked_in = open && v.day == b.today;
		if (e == ERR_OK)
			e = store_progress_latest(app->db, r->person_id, PROGRESS_PROCESS, r->process_code, &r->level);
	}
	if (e == ERR_OK && b.n > 0) /* an empty floor has no rows to sort (nor an array) */
		qsort(b.rows, b.n, sizeof *b.rows, by_name);
	for (size_t s = 0; e == ERR_OK && s < np; s++)
		for (size_t i = 0; i < b.n; i++)
			if (!strcmp(b.rows[i].process_code, procs[s].code))
				fn(&b.rows[i], ctx);
	free(b.rows);
	free(procs);
	return e;
}

enum rota_err app_board(struct app *app, time_t now, board_fn fn, void *ctx)
{
	/* Stations, people, who is in and their levels: one moment. */
	enum rota_err e = db_begin_read(app->db);
	if (e != ERR_OK)
		return e;
	return db_end_read(app->db, read_board(app, now, fn, ctx));
}

/* --- hours at each process --- */

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

enum rota_err app_work_today(struct app *app, long long person_id, struct work_today *out)
{
	char mentor[PERSON_NAME_MAX];
	memset(out, 0, sizeof *out);
	enum rota_err e = store_assignment_station(app->db, person_id, &out->has, &out->process, mentor, sizeof mentor);
	if (e == ERR_OK && out->has) {
		size_t first = strcspn(mentor, " ");
		text_copy(out->mentor_first, first + 1 < sizeof out->mentor_first ? first + 1 : sizeof out->mentor_first,
		          mentor);
	}
	return e;
}
