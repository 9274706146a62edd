/* Mentor sign-in: a mentor's (or coordinator's) badge or name, then the
 * PIN. Every fifth wrong PIN pauses that person's PIN (5, then 15, then 60
 * minutes; core/mentor.h); the count is kept in the database, so another
 * terminal cannot be used to go on guessing, and it is that person's
 * alone. A coordinator can lift a pause. Checking in by name at the door is
 * also limited as a whole. A badge scanned here identifies, it never checks
 * in. */
#ifndef ROTA_APP_MENTOR_H
#define ROTA_APP_MENTOR_H

#include <time.h>

#include "app/app.h"
#include "core/person.h"

/* Returns ERR_OK when person id is an active mentor or coordinator,
 * ERR_INVALID when not (or nobody has that id), a store error otherwise.
 * It reads the record: a use case that guards a write with it calls it
 * inside that write, so nobody can stop the mentor in between. */
enum rota_err app_require_mentor(struct app *app, long long id);
/* Finds the mentor whose badge payload this is: ERR_NOT_MENTOR for a
 * participant's card; the scan's own refusals (unreadable, unknown,
 * replaced) otherwise. Nothing is recorded. */
enum rota_err app_mentor_by_badge(struct app *app, const char *payload, struct person *out);
/* Checks person_id's PIN at now under the lockout: ERR_LOCKED (nothing
 * checked) while paused, ERR_PIN_WRONG (the failure counted), ERR_LOCKED
 * too for the wrong try that starts the pause (logged), ERR_OK (the count
 * starts again). Used for mentor sign-in and for checking in by name,
 * so a PIN cannot be guessed at either door. */
enum rota_err app_pin_check_guarded(struct app *app, long long person_id, const char *pin, time_t now);
/* Signs person_id in with pin at now: ERR_NOT_MENTOR, ERR_NO_PIN,
 * ERR_LOCKED (nothing checked), ERR_PIN_WRONG (the failure is counted), or
 * ERR_OK (the count starts again). */
enum rota_err app_mentor_sign_in(struct app *app, long long person_id, const char *pin, time_t now);

/* The same for checking in by name at the door, which is also limited as
 * a whole: while too many wrong PINs (for anyone) were typed there lately,
 * ERR_DOOR_PAUSED and nothing is checked; the wrong try that starts that
 * pause says ERR_DOOR_PAUSED too (logged). Otherwise as
 * app_pin_check_guarded, and every wrong try counts for the door. */
enum rota_err app_door_pin_check(struct app *app, long long person_id, const char *pin, time_t now);
/* The same for a mentor's PIN that confirms a check-in by name at the
 * door: as app_mentor_sign_in (ERR_NOT_MENTOR, ERR_NO_PIN ...) under the
 * door's guard too. */
enum rota_err app_door_mentor_pin(struct app *app, long long mentor_id, const char *pin, time_t now);
/* Lifts person_id's PIN pause and forgets the wrong tries (a coordinator's
 * unlock); *was_locked says whether a pause was running at now. Logged.
 * ERR_NOT_FOUND when nobody has that id (nothing changes). */
enum rota_err app_pin_unlock(struct app *app, long long person_id, bool *was_locked, time_t now);

#endif
