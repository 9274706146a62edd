/* The planner's use case: the floor's occupancy and the next process it
 * proposes for a participant, with its reason. */
#include "app/rotation.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/processes.h"
#include "app/progress.h"
#include "store/db.h"
#include "store/processes.h"
#include "store/progress.h"
#include "store/rotation.h"
#include "util/alloc.h"
#include "util/i18n.h"

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

static enum rota_err rotation_floor_load_read(struct app *app, struct rotation_floor *out)
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

enum rota_err app_rotation_floor_load(struct app *app, struct rotation_floor *out)
{
	enum rota_err e = db_begin_read(app->db);
	return e != ERR_OK ? e : db_end_read(app->db, rotation_floor_load_read(app, out));
}

void app_rotation_floor_free(struct rotation_floor *f)
{
	free(f->stations);
	free(f->occupied);
	memset(f, 0, sizeof *f);
}

static enum rota_err rotation_suggest_on_read(struct app *app, const struct rotation_floor *f, long long person_id,
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

enum rota_err app_rotation_suggest_on(struct app *app, const struct rotation_floor *f, long long person_id,
                                      struct rotation_view *out)
{
	enum rota_err e = db_begin_read(app->db);
	return e != ERR_OK ? e : db_end_read(app->db, rotation_suggest_on_read(app, f, person_id, out));
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
