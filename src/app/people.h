/* People use cases: adding people, listing them, PINs (argon2id), and the
 * name list of the forgotten-card path. */
#ifndef ROTA_APP_PEOPLE_H
#define ROTA_APP_PEOPLE_H

#include <stdbool.h>
#include <stddef.h>
#include <time.h>

#include "app/app.h"
#include "core/person.h"
#include "util/refusal.h"

/* One line of the kiosk's name list: the short name only. */
struct name_entry {
	long long person_id;
	char short_name[PERSON_SHORT_MAX];
	bool has_pin;
	bool is_mentor;      /* a mentor or coordinator */
};

/* Returns the role's name in the current language ("participant"). */
const char *app_role_name(enum person_role role);
/* Adds a person; ERR_INVALID (nothing added) for a bad name or language.
 * *id receives the new id. */
enum rota_err app_person_add(struct app *app, const char *name, enum person_role role,
                             const char *lang, time_t now, long long *id);
/* Reads person id into *out; ERR_NOT_FOUND when there is none. */
enum rota_err app_person_get(struct app *app, long long id, struct person *out);
/* Lists people in name order (Slovenian collation); free(*out). */
enum rota_err app_person_list(struct app *app, bool active_only, struct person **out, size_t *n);
/* Changes what is set for person id: programme dates (YYYYMMDD; 0 clears),
 * target hours (0: the workshop's default) and whether active. Values < 0
 * keep what is there. Nothing changes on a refusal, and *why (may be NULL)
 * names it: ERR_DAYS_RANGE for an end before the start (REFUSAL_END, given
 * the end, limit the start); ERR_VISITS_AFTER_END for a new end before a
 * day the person was here (REFUSAL_END, given the end, limit the first day
 * after it with a visit); ERR_NOT_FOUND (REFUSAL_PERSON). */
enum rota_err app_person_update(struct app *app, long long id, int start, int end, int target_hours,
                                int active, struct refusal *why);
/* Returns ERR_VISITS_AFTER_END, with *why (may be NULL) naming field f
 * given end and limit the first later day, when person id has a visit
 * after day `end`; ERR_OK when not. Call it inside the write it guards. */
enum rota_err app_visits_after(struct app *app, long long id, int end, enum refusal_field f, struct refusal *why);
/* Returns ERR_OK when id is a participant; ERR_NOT_PARTICIPANT for anyone
 * else and ERR_NOT_FOUND for nobody, each named in *why (may be NULL) as
 * REFUSAL_PERSON given id; a store error otherwise. Call it inside the
 * write it guards. */
enum rota_err app_require_participant(struct app *app, long long id, struct refusal *why);
/* Renames person id and/or sets the language they are greeted in; NULL
 * keeps what is there. ERR_INVALID (nothing changed) for a bad name or
 * language, ERR_NOT_FOUND for no such person. There is no history of
 * people, so a rename is written to the log with the name before. */
enum rota_err app_person_set_name_lang(struct app *app, long long id, const char *name, const char *lang);
/* Sets the PIN of person id (4 to 8 digits: else ERR_PIN_FORMAT), hashed
 * with argon2id at app->pin_cost. */
enum rota_err app_person_set_pin(struct app *app, long long id, const char *pin);
/* Sets *ok to whether pin matches the PIN of person id (false without one). */
enum rota_err app_person_check_pin(struct app *app, long long id, const char *pin, bool *ok);
/* Lists active participants and mentors (only mentors and coordinators
 * with mentors_only) for a name list, ordered by their short name;
 * free(*out). */
enum rota_err app_name_list(struct app *app, bool mentors_only, struct name_entry **out, size_t *n);

#endif
