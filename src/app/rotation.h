/* Rotation use cases: the work processes as stations, groups, who works
 * where (assignments), the floor at a glance, the planner's proposal with
 * its reason, and the hours spent at each process. */
#ifndef ROTA_APP_ROTATION_H
#define ROTA_APP_ROTATION_H

#include <stdbool.h>
#include <stddef.h>
#include <time.h>

#include "app/app.h"
#include "core/rotation.h"
#include "core/group.h"
#include "core/process.h"

/* Returns p's name in the current language. */
const char *app_process_name(const struct process *p);
/* Returns p's name in language lang ("sl", "hr", "en"). */
const char *app_process_name_in(const struct process *p, const char *lang);
/* Returns every process in the workshop's order; free(*out). */
enum rota_err app_processes(struct app *app, struct process **out, size_t *n);
/* Adds a process: code of a-z, 0-9, _ or - (1..31), three names, capacity
 * 0..99. ERR_INVALID (nothing added) otherwise; ERR_CONFLICT for a code in
 * use. */
enum rota_err app_process_add(struct app *app, const struct process *p);
/* Changes a process the same way; ERR_NOT_FOUND for an unknown code. */
enum rota_err app_process_update(struct app *app, const struct process *p);
/* What app_process_edit changes: a NULL name, or a number below 0, keeps
 * what is there. */
struct process_patch {
	const char *name_sl, *name_hr, *name_en;
	int position, capacity;
	int active; /* 0 no, above 0 yes */
};
/* Changes what patch gives of process code, reading and writing it in one
 * transaction. ERR_NOT_FOUND for an unknown code; ERR_INVALID (nothing
 * changed) when the result breaks app_process_add's rules. */
enum rota_err app_process_edit(struct app *app, const char *code, const struct process_patch *patch);

/* Adds a group; *id receives its id. ERR_INVALID for a bad name or an end
 * before the start; ERR_CONFLICT for a name in use. */
enum rota_err app_group_add(struct app *app, const char *name, int start_day, int end_day, time_t now,
                            long long *id);
/* Calls fn for every group. */
enum rota_err app_group_each(struct app *app, group_fn fn, void *ctx);
/* Adds person_id to group_id (a participant leaves their other group). */
enum rota_err app_group_join(struct app *app, long long group_id, long long person_id, time_t now);
/* Copies the person's current group's name into out ("" for none). */
enum rota_err app_group_of(struct app *app, long long person_id, char *out, size_t n);

/* Assigns participant person_id to process code with mentor_id, from now,
 * by `by`; the previous assignment ends and stays. ERR_INVALID for a person
 * who is not an active participant, an unknown or inactive process, or a
 * mentor who is not one. */
enum rota_err app_assign(struct app *app, long long person_id, const char *code, long long mentor_id,
                         long long by, const char *reason, time_t now);
/* Reads the person's current assignment. */
enum rota_err app_assignment_current(struct app *app, long long person_id, bool *found, struct assignment *out);

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

/* One person on the floor. */
struct board_row {
	char process_code[32];
	long long person_id;
	char name[128];
	long long mentor_id;
	bool is_checked_in;
	int level;                    /* their latest level at this process; -1 none */
};

typedef void (*board_fn)(const struct board_row *row, void *ctx);

/* Calls fn for everyone assigned now, by station in the workshop's order,
 * then by name; checked in means an open visit today. */
enum rota_err app_board(struct app *app, time_t now, board_fn fn, void *ctx);

/* Hours at one process (process_code "" for time outside any assignment). */
struct process_hours {
	long long person_id;
	char name[128];
	char process_code[32];
	long seconds;
};

typedef void (*process_hours_fn)(const struct process_hours *row, void *ctx);

/* Calls fn per person and process (anyone with visits but no assignment,
 * a mentor say, under process "") with the closed visits' time that
 * overlaps each assignment (person_id 0: everyone), counting visits from day
 * `from` (YYYYMMDD; 0: all). */
enum rota_err app_hours_by_process(struct app *app, long long person_id, int from, process_hours_fn fn,
                                   void *ctx);

/* For the greeting: the person's station and mentor's first name. */
struct work_today {
	bool has;
	struct process process;
	char mentor_first[64];
};

/* Fills *out for person_id (has false when not assigned). */
enum rota_err app_work_today(struct app *app, long long person_id, struct work_today *out);

#endif
