/* Mentor sign-in: a mentor's (or coordinator's) own badge and then their
 * PIN, or a name picked at the door and then the PIN. Every fifth wrong
 * PIN pauses that person's PIN (5, then 15, then 60 minutes;
 * core/mentor.h) on the path it was typed on: a pause earned after a
 * picked name (which anyone at the door can pick) never stops the mentor's
 * badge with the right PIN, and only someone holding the badge can pause
 * that. The counts are kept in the database, so another terminal cannot
 * be used to go on guessing. Every wrong PIN on every path also counts for
 * the door as a whole, which pauses every PIN after a picked name (never a
 * badge) for everyone for a while. A coordinator can lift a person's
 * pauses. A badge scanned here identifies, it never checks in. */
#ifndef ROTA_APP_MENTOR_H
#define ROTA_APP_MENTOR_H

#include <time.h>

#include "app/app.h"
#include "core/person.h"

/* Returns ERR_OK when person id is an active mentor or coordinator,
 * ERR_NOT_MENTOR when not (or nobody has that id), a store error otherwise.
 * It reads the record: a use case that guards a write with it calls it
 * inside that write, so nobody can stop the mentor in between. */
enum rota_err app_require_mentor(struct app *app, long long id);
/* Finds the mentor whose badge payload this is: ERR_NOT_MENTOR for a
 * participant's card; the scan's own refusals (unreadable, unknown,
 * replaced) otherwise. Nothing is recorded. */
enum rota_err app_mentor_by_badge(struct app *app, const char *payload, struct person *out);
/* Signs in the mentor whose badge payload is, with pin, at now. The
 * badge's own refusals (unreadable, unknown, replaced), ERR_NOT_MENTOR,
 * ERR_NO_PIN; ERR_LOCKED (nothing checked) while this person's badge path
 * is paused, and for the wrong try that starts that pause (logged);
 * ERR_PIN_WRONG (counted for the person's badge path and for the door); or
 * ERR_OK (the badge path's count starts again) with *mentor_id set. The
 * door's pause never refuses it. *until (when not NULL): when the pause
 * ends, for ERR_LOCKED. */
enum rota_err app_mentor_sign_in(struct app *app, const char *payload, const char *pin, time_t now,
                                 long long *mentor_id, time_t *until);
/* Checks the PIN of person_id, whose name was picked at the door (to check
 * in by name): ERR_DOOR_PAUSED (nothing checked) while too many wrong PINs
 * (for anyone, on any path) were typed here lately, and for the wrong try
 * that starts that pause (logged); ERR_LOCKED (nothing checked) while this
 * person's name path is paused, and for the wrong try that starts it;
 * ERR_PIN_WRONG (counted for the person's name path and for the door); or
 * ERR_OK (the name path's count starts again). ERR_NOT_FOUND for nobody.
 * *until (when not NULL): when the pause that refused ends. */
enum rota_err app_door_pin_check(struct app *app, long long person_id, const char *pin, time_t now,
                                 time_t *until);
/* The same for a mentor whose name was picked at the door, to sign in to
 * mentor mode or to confirm someone's check-in by name: also
 * ERR_NOT_MENTOR and ERR_NO_PIN (nothing counted). */
enum rota_err app_door_mentor_pin(struct app *app, long long mentor_id, const char *pin, time_t now,
                                  time_t *until);
/* Lifts person_id's PIN pauses on both paths and forgets the wrong tries
 * (a coordinator's unlock); *was_locked says whether a pause was running
 * at now. Logged.
 * ERR_NOT_FOUND when nobody has that id (nothing changes). */
enum rota_err app_pin_unlock(struct app *app, long long person_id, bool *was_locked, time_t now);

#endif
