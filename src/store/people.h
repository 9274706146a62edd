/* The people table: participants, mentors and coordinators. A person is
 * never deleted, only made inactive. */
#ifndef ROTA_STORE_PEOPLE_H
#define ROTA_STORE_PEOPLE_H

#include <stdbool.h>
#include <stddef.h>
#include <time.h>

#include "core/mentor.h"
#include "core/person.h"
#include "store/db.h"

/* Inserts p's name, role, language and active flag, created at `at` (its
 * id, PIN, programme and target hours are not read: set them afterwards);
 * *id receives the new id. */
enum rota_err store_person_insert(struct db *db, const struct person *p, time_t at, long long *id);
/* Reads person id into *out; ERR_NOT_FOUND when there is none. */
enum rota_err store_person_get(struct db *db, long long id, struct person *out);
/* Returns every person (only active ones with active_only), in name order
 * (Slovenian collation), as a new array in *out of *n entries; free(*out). */
enum rota_err store_person_list(struct db *db, bool active_only, struct person **out, size_t *n);
/* Sets (or with NULL clears) the PIN hash of person id. */
enum rota_err store_person_set_pin_hash(struct db *db, long long id, const char *hash);
/* Copies the PIN hash of person id into out (n bytes); "" when none. */
enum rota_err store_person_pin_hash(struct db *db, long long id, char *out, size_t n);

/* Sets the programme dates (YYYYMMDD, 0 to clear) and the target hours
 * (0: the workshop's default) of person id. */
enum rota_err store_person_set_programme(struct db *db, long long id, int start, int end, int target_hours);
/* Makes person id active or inactive (never deleted). */
enum rota_err store_person_set_active(struct db *db, long long id, bool active);
/* Sets the name and the language of person id; NULL keeps what is
 * there. ERR_NOT_FOUND when there is no such person. */
enum rota_err store_person_set_name_lang(struct db *db, long long id, const char *name, const char *lang);
/* Reads the PIN lockout state of person id on path (each path has its
 * own); ERR_NOT_FOUND when there is no such person. */
enum rota_err store_person_pin_guard(struct db *db, long long id, enum pin_path path, struct pin_guard *out);
/* Writes the PIN lockout state of person id on path. */
enum rota_err store_person_set_pin_guard(struct db *db, long long id, enum pin_path path,
                                         const struct pin_guard *g);

#endif
