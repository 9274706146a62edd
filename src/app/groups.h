/* Groups use cases: groups of participants with their mentors. */
#ifndef ROTA_APP_GROUPS_H
#define ROTA_APP_GROUPS_H

#include <stddef.h>
#include <time.h>

#include "app/app.h"
#include "core/group.h"

/* Adds a group; *id receives its id. the text gate's error for a bad
 * name, ERR_END_BEFORE_START for an end before the start; ERR_CONFLICT for a name in use. */
enum rota_err app_group_add(struct app *app, const char *name, int start_day, int end_day, time_t now,
                            long long *id);
/* Calls fn for every group. */
enum rota_err app_group_each(struct app *app, group_fn fn, void *ctx);
/* Adds person_id to group_id (a participant leaves their other group). */
enum rota_err app_group_join(struct app *app, long long group_id, long long person_id, time_t now);
/* Copies the person's current group's name into out ("" for none). */
enum rota_err app_group_of(struct app *app, long long person_id, char *out, size_t n);

#endif
