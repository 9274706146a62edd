/* Work processes as stations, groups, and assignments (who works where,
 * with which mentor, since when): the records behind rotation. */
#ifndef ROTA_STORE_ROTATION_H
#define ROTA_STORE_ROTATION_H

#include <stdbool.h>
#include <stddef.h>
#include <time.h>

#include "core/group.h"
#include "store/db.h"
#include "store/processes.h"

/* Adds a work process at the end of the order unless position > 0. */
enum rota_err store_process_insert(struct db *db, const struct process *p);
/* Rewrites the names, position, capacity and active flag of p->code;
 * ERR_NOT_FOUND for an unknown code. */
enum rota_err store_process_update(struct db *db, const struct process *p);

/* Adds a group; *id receives its id. */
enum rota_err store_group_insert(struct db *db, const struct group *g, time_t at, long long *id);
/* Calls fn for every group with its current member counts, by name. */
enum rota_err store_group_each(struct db *db, group_fn fn, void *ctx);
/* Makes person_id a member of group_id at `at` (nothing changes when they
 * already are). With leave_others the person first leaves every other
 * current group; ERR_NOT_FOUND for a group or person that is not there. */
enum rota_err store_group_join(struct db *db, long long group_id, long long person_id, bool leave_others,
                               time_t at);
/* Copies the name of the person's current group into out ("" for none). */
enum rota_err store_group_of(struct db *db, long long person_id, char *out, size_t n);

/* Ends the person's current assignment (if any) at c->at and starts one at
 * process_code with mentor_id. */
enum rota_err store_assign(struct db *db, long long person_id, const char *process_code, long long mentor_id,
                           const struct change *c);
/* Reads the person's current assignment; *found says if there is one. */
enum rota_err store_assignment_current(struct db *db, long long person_id, bool *found, struct assignment *out);
/* Reads the person's current station and the full name of its mentor in
 * one lookup (the greeting's); *found says if there is one. */
enum rota_err store_assignment_station(struct db *db, long long person_id, bool *found, struct process *out,
                                       char *mentor, size_t n);
/* Calls fn for every current assignment. */
enum rota_err store_assignment_each_current(struct db *db, assignment_fn fn, void *ctx);
/* Calls fn for all the person's assignments (0: everyone's, by person),
 * oldest first. */
enum rota_err store_assignment_each_of(struct db *db, long long person_id, assignment_fn fn, void *ctx);
/* Calls fn for everyone's assignments that began before `to` and had not
 * ended by `from` (an open one, end_at NULL or 0, always), by person, oldest
 * first: those that can share time with a visit between from and to. Reads
 * them by their end (assignments_end), not the whole history. */
enum rota_err store_assignment_each_during(struct db *db, time_t from, time_t to, assignment_fn fn, void *ctx);

/* Calls fn with the id of every person who was a member of group_id at
 * some time within [from, to), whether or not they are still. */
enum rota_err store_group_members_each(struct db *db, long long group_id, time_t from, time_t to,
                                       void (*fn)(long long person_id, void *ctx), void *ctx);

#endif
