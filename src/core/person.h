/* People as the domain sees them: a role, a language, a name, and the short
 * form of the name the kiosk shows (first name and last initial only). */
#ifndef ROTA_CORE_PERSON_H
#define ROTA_CORE_PERSON_H

#include <stdbool.h>
#include <stddef.h>
#include <time.h>

#include "util/text.h"

#define PERSON_NAME_MAX TEXT_BYTES(TEXT_NAME_CHARS)   /* bytes, NUL included */
#define PERSON_SHORT_MAX 64

enum person_role { ROLE_PARTICIPANT, ROLE_MENTOR, ROLE_COORDINATOR };

struct person {
	long long id;
	char name[PERSON_NAME_MAX];
	enum person_role role;
	char lang[3];       /* "sl", "hr" or "en" */
	bool is_active;
	bool has_pin;
	int target_hours;        /* 0: the workshop's default */
	int programme_start;     /* YYYYMMDD, 0 when not set */
	int programme_end;
	time_t created_at;       /* when they were registered; filled by the store */
};

/* Returns "participant", "mentor" or "coordinator". */
const char *person_role_code(enum person_role role);
/* Returns the role's name for people to read, untranslated (marked for the
 * catalogs with N_(): the caller shows it through _()). */
const char *person_role_label(enum person_role role);
/* Parses a role code; false for anything else. */
bool person_role_parse(const char *code, enum person_role *role);
/* Checks a full name (of a person, a group or a process) at the text gate:
 * ERR_OK for one line of 1 to TEXT_NAME_CHARS characters, else the error
 * naming the rule it breaks (text_check). */
enum rota_err person_name_check(const char *name);
/* Writes "Ana K." for "Ana Kovač" (a lone word stays as it is), whole code
 * points only, into out (n bytes). */
void person_short_name(const char *full, char *out, size_t n);
/* Like person_short_name, with the first `letters` characters of the last
 * name ("Ana Kov." for 3): to tell two "Ana K." apart. */
void person_short_name_n(const char *full, int letters, char *out, size_t n);
/* Returns true for a well-formed PIN: 4 to 8 digits. */
bool person_pin_is_well_formed(const char *pin);

#endif
