/* Entry data and outcomes of a participant, recorded by a coordinator, and
 * the team meetings a mentor records. Every change is kept with who made it
 * and when; nothing recorded is removed. */
#ifndef ROTA_APP_ENTRY_H
#define ROTA_APP_ENTRY_H

#include <time.h>

#include "app/app.h"
#include "core/entry.h"
#include "core/meeting.h"
#include "util/refusal.h"

/* Returns ERR_OK when id is an active coordinator, ERR_NOT_COORDINATOR when not
 * (or nobody has that id). Call it inside the write it guards. */
enum rota_err app_require_coordinator(struct app *app, long long id);
/* Sets the entry fields of participant person_id for which values[f] is
 * not NULL ("" clears it), by coordinator `by` at now, in one write; a
 * field whose value does not change is not recorded again. Nothing changes
 * on a refusal, and *why (may be NULL) names it: ERR_ENTRY_VALUE for a
 * value the field does not take (REFUSAL_ENTRY, given the field);
 * ERR_ENTRY_SPECIAL_OFF for a special-category field while the programme
 * has them off (esf_special_fields; REFUSAL_ENTRY, given the field);
 * ERR_NOT_PARTICIPANT or ERR_NOT_FOUND (REFUSAL_PERSON); ERR_NOT_COORDINATOR
 * for a `by` who is not an active coordinator (REFUSAL_BY);
 * ERR_VISITS_AFTER_END for an exit date before a day the person was here
 * (REFUSAL_EXIT, given the exit, limit the first later day with a visit). */
enum rota_err app_entry_set(struct app *app, long long person_id, const char *const values[ENTRY_NFIELDS],
                            long long by, time_t now, struct refusal *why);
/* Reads person_id's current entry data and outcomes into *out. */
enum rota_err app_entry_get(struct app *app, long long person_id, struct entry_data *out);
/* Returns true when `by` may see the special-category fields: an active
 * coordinator, while the programme has them on (esf_special_fields). */
bool app_entry_sees_special(struct app *app, long long by);
/* Reads person_id's current entry data and outcomes into *out as `by` may
 * see them: the special-category fields only for an active coordinator
 * while the programme has them on, else "" (so a mentor, or anyone
 * without a --by, sees nothing of them). */
enum rota_err app_entry_get_for(struct app *app, long long person_id, long long by, struct entry_data *out);
/* Calls fn for each recorded change of person_id's entry data, oldest
 * first, leaving out the special-category fields unless `by` is an active
 * coordinator and the programme has them on. */
enum rota_err app_entry_history_each_for(struct app *app, long long person_id, long long by, entry_change_fn fn,
                                         void *ctx);
/* Calls fn for each recorded change of person_id's entry data, oldest
 * first. */
enum rota_err app_entry_history_each(struct app *app, long long person_id, entry_change_fn fn, void *ctx);
/* Returns the words for a value of field f, translated ("" for ""). */
const char *app_entry_value_words(enum entry_field f, const char *value);

/* Records a team meeting about participant m->person_id (kind, day
 * (0: today), with, agreed) by mentor `by` at now; *id (may be NULL)
 * receives its id. A text the gate refuses (text_check_err, up to
 * TEXT_NOTE_CHARS, line breaks kept) gives its ERR_TEXT_*; nothing is
 * recorded for ERR_NOT_PARTICIPANT (a person who is not a participant),
 * ERR_NOT_FOUND, or ERR_INVALID (a day that does not exist, an unknown
 * kind, or a `by` who is not a mentor or coordinator). */
enum rota_err app_meeting_add(struct app *app, const struct meeting *m, long long by, time_t now, long long *id);
/* Calls fn for person_id's meetings, by day. */
enum rota_err app_meeting_each(struct app *app, long long person_id, meeting_fn fn, void *ctx);

#endif
