/* Progress entries, notes and goals: what mentors record about each
 * participant. Entries are only ever added; a goal's status is a history. */
#ifndef ROTA_STORE_PROGRESS_H
#define ROTA_STORE_PROGRESS_H

#include <stdbool.h>
#include <time.h>

#include "core/progress.h"
#include "store/db.h"

/* Records e (its id is ignored); *id receives the new id. */
enum rota_err store_progress_insert(struct db *db, const struct progress_entry *e, const char *terminal,
                                    long long *id);
/* Calls fn for the entries of person_id (0: everyone), by person, day, id. */
enum rota_err store_progress_each(struct db *db, long long person_id, progress_fn fn, void *ctx);
/* Calls fn, by person, day and id, for the entries of kind at level or
 * above dated from..to of each person and code that had no such entry
 * before from: where a first time at that level within from..to is. Reads
 * the period's entries (progress_day) and each one's earlier ones, never
 * the whole history. */
enum rota_err store_progress_reached_in(struct db *db, enum progress_kind kind, int level, int from, int to,
                                        progress_fn fn, void *ctx);
/* Sets *level to person_id's latest level (by day, then entry) at the
 * process or skill code of kind, or -1 when none is recorded. Reads one
 * entry from the index, however many the person has. */
enum rota_err store_progress_latest(struct db *db, long long person_id, enum progress_kind kind, const char *code,
                                    int *level);
/* Returns the work processes and skills, in order, as a new array; free(*out). */
enum rota_err store_topics(struct db *db, struct topic **out, size_t *n);
/* Records a note. */
enum rota_err store_note_insert(struct db *db, const struct note *n, const char *terminal);
/* Calls fn for the person's notes, newest first. */
enum rota_err store_note_each(struct db *db, long long person_id, note_fn fn, void *ctx);
/* Records a goal with the status "open"; *id receives its id. */
enum rota_err store_goal_insert(struct db *db, const struct goal *g, time_t at, long long *id);
/* Adds a status to goal_id's history. */
enum rota_err store_goal_set_status(struct db *db, long long goal_id, const char *status, time_t at,
                                    long long by, const char *note);
/* Calls fn for the person's goals with their latest status, oldest first. */
enum rota_err store_goal_each(struct db *db, long long person_id, goal_fn fn, void *ctx);

#endif
