/* Recording how a participant is doing: levels per work process and per
 * skill (with a note and the participant's own words), notes, and goals.
 * Nothing here changes or removes what was recorded before. */
#ifndef ROTA_APP_PROGRESS_H
#define ROTA_APP_PROGRESS_H

#include <stddef.h>
#include <time.h>

#include "app/app.h"
#include "core/progress.h"
#include "util/refusal.h"

/* Records a level for person_id (a participant) at topic kind/code, seen
 * on day (0: today), by mentor_id (a mentor or coordinator). note and words
 * may be NULL. Nothing is recorded on a refusal, and *why (may be NULL)
 * names it: ERR_INVALID for a level outside 0..4; the text gate's
 * ERR_TEXT_* for the note (REFUSAL_NOTE) or the words (REFUSAL_WORDS);
 * ERR_UNKNOWN_TOPIC for a process or skill the workshop does not have;
 * ERR_NOT_PARTICIPANT (REFUSAL_PERSON) for a person who is not a
 * participant; ERR_NOT_MENTOR (REFUSAL_BY) for a mentor_id who is not a
 * mentor or coordinator. */
enum rota_err app_progress_add(struct app *app, long long person_id, enum progress_kind kind,
                               const char *code, int level, int day, long long mentor_id,
                               const char *note, const char *words, time_t now, long long *id,
                               struct refusal *why);
/* Calls fn for person_id's entries (0: everyone's), by person, day, id. */
enum rota_err app_progress_each(struct app *app, long long person_id, progress_fn fn, void *ctx);
/* Returns the work processes, then the skills; free(*out). */
enum rota_err app_topics(struct app *app, struct topic **out, size_t *n);
/* Returns the topic's name in the current language. */
const char *app_topic_name(const struct topic *t);
/* Returns a level in plain, strength-based words ("works on their own"). */
const char *app_level_words(int level);
/* Adds a note (1..1023 bytes) about person_id by mentor_id; for_team marks
 * it for the team meeting's report (the others stay out of it). */
enum rota_err app_note_add(struct app *app, long long person_id, long long mentor_id, const char *text,
                           bool for_team, time_t now);
/* Calls fn for the person's notes, newest first. */
enum rota_err app_note_each(struct app *app, long long person_id, note_fn fn, void *ctx);
/* Sets a goal for person_id (status "open"); *id receives it. */
enum rota_err app_goal_add(struct app *app, long long person_id, long long mentor_id, const char *text,
                           time_t now, long long *id);
/* Adds a status (open, working, reached, changed, dropped) to a goal. */
enum rota_err app_goal_set_status(struct app *app, long long goal_id, const char *status,
                                  long long mentor_id, const char *note, time_t now);
/* Calls fn for the person's goals with their current status. */
enum rota_err app_goal_each(struct app *app, long long person_id, goal_fn fn, void *ctx);
/* Returns a goal status in words, translated. */
const char *app_goal_status_words(const char *status);

#endif
