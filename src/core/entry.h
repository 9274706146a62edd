/* Entry data and outcomes of a participant, as ESF-funded programmes report
 * them: on entry gender, birth year, education level (ISCED 0-8) and
 * labour-market status, each of which a person may decline; on leaving the
 * exit date and reason and the outcome, and about six months later the
 * outcome at follow-up with its date. Each field holds a short code (the
 * store keeps every change as a history); "" means not recorded yet. Pure
 * data and checks: no I/O. */
#ifndef ROTA_CORE_ENTRY_H
#define ROTA_CORE_ENTRY_H

#include <stdbool.h>
#include <time.h>

enum entry_field {
	ENTRY_GENDER,
	ENTRY_BIRTH_YEAR,
	ENTRY_EDUCATION,
	ENTRY_STATUS,
	ENTRY_EXIT_DATE,
	ENTRY_EXIT_REASON,
	ENTRY_OUTCOME_EXIT,
	ENTRY_OUTCOME_FOLLOWUP,
	ENTRY_FOLLOWUP_DATE,
	ENTRY_NFIELDS
};

#define ENTRY_VALUE_MAX 24
#define ENTRY_DECLINED "declined"

/* A participant's current entry data and outcomes. */
struct entry_data {
	long long person_id;
	char value[ENTRY_NFIELDS][ENTRY_VALUE_MAX]; /* "" when not recorded */
};

/* One recorded change of an entry field. */
struct entry_change {
	long long id, person_id, by;
	enum entry_field field;
	char value[ENTRY_VALUE_MAX];    /* "" when it was cleared */
	time_t at;
	char terminal[64];
};
typedef void (*entry_change_fn)(const struct entry_change *c, void *ctx);

/* Returns the field's code ("gender", "birth_year", ...). */
const char *entry_field_code(enum entry_field f);
/* Parses a field code; false for anything else. */
bool entry_field_parse(const char *code, enum entry_field *f);
/* Returns the field's name for people to read, untranslated (N_()). */
const char *entry_field_label(enum entry_field f);
/* Returns the codes a field takes, NULL-terminated, or NULL for the fields
 * whose value is a year (birth_year: YYYY or "declined") or a date
 * (YYYY-MM-DD). */
const char *const *entry_field_choices(enum entry_field f);
/* Returns true for a value field f may hold: one of its choices, a year
 * from 1900 to 2100 or "declined" for the birth year, a valid YYYY-MM-DD
 * date for the dates; "" (not recorded) is always fine. */
bool entry_value_is_valid(enum entry_field f, const char *value);
/* Returns the words for a value of f, untranslated (N_()): the choice's
 * label, or value itself for a year or a date, "" for "". */
const char *entry_value_label(enum entry_field f, const char *value);

/* The age band of the ESF indicators for a birth year in the year `year`:
 * "under_25", "25_54", "55_plus", or "declined" / "unknown". */
const char *entry_age_band(const char *birth_year, int year);

#endif
