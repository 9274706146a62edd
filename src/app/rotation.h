/* Rotation use cases: the floor's occupancy and the planner's proposal for
 * a participant, with its reason. */
#ifndef ROTA_APP_ROTATION_H
#define ROTA_APP_ROTATION_H

#include <stdbool.h>
#include <stddef.h>

#include "app/app.h"
#include "core/rotation.h"
#include "core/process.h"

/* What the planner proposes for one participant, and why. */
struct rotation_view {
	struct rot_plan plan;
	bool has_current;
	struct process current;       /* when has_current */
	int current_level;            /* -1 for none */
	struct process proposed;      /* when plan.index >= 0 */
	char reason[300];             /* one line, in the current language */
	struct process *stations;     /* every process, in order; free() */
	struct rot_station *rot;      /* the planner's view of each, same order */
	size_t n;
};

/* Plans for person_id now; free with app_rotation_done(). */
enum rota_err app_rotation_suggest(struct app *app, long long person_id, struct rotation_view *out);
/* The floor's occupancy, read once for many plans (the review plans for
 * everyone ready to move on). */
struct rotation_floor {
	struct process *stations;     /* every process, in order */
	size_t n;
	int *occupied;                /* everyone's current assignments, per station */
};
/* Reads the floor; free with app_rotation_floor_free() (also after a
 * failure). */
enum rota_err app_rotation_floor_load(struct app *app, struct rotation_floor *out);
/* Frees what app_rotation_floor_load() filled; f may be empty. */
void app_rotation_floor_free(struct rotation_floor *f);
/* As app_rotation_suggest(), on the floor f read before. */
enum rota_err app_rotation_suggest_on(struct app *app, const struct rotation_floor *f, long long person_id,
                                      struct rotation_view *out);
/* Frees what app_rotation_suggest() filled. */
void app_rotation_done(struct rotation_view *v);

#endif
