/* Entry data and outcomes of a participant, as ESF+ 2021-2027 programmes
 * report them (Regulation (EU) 2021/1057, Annex I): on entry gender, birth
 * year or date, education level (ISCED 0-8), labour-market status and since
 * when unemployed, each of the first four of which a person may decline;
 * on leaving the exit date and reason, the outcome and the results (each
 * the day it was reached); about six months later the outcome at follow-up
 * with its date. The disadvantage fields (disability, third-country
 * national, ...) are special-category data: recorded only when the
 * programme turns them on, by coordinators only. Each field holds a short
 * code (the store keeps every change as a history); "" means not recorded
 * yet. Pure data and checks: no I/O. */
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
	ENTRY_UNEMPLOYED_SINCE,     /* a date: unemployed without a break since */
	ENTRY_RESULT_JOB_SEARCHING, /* results: the day reached, "" = no */
	ENTRY_RESULT_EDUCATION,
	ENTRY_RESULT_QUALIFICATION,
	ENTRY_RESULT_EMPLOYED,
	ENTRY_FOLLOWUP_EMPLOYED,    /* yes, no, unknown */
	ENTRY_FOLLOWUP_IMPROVED,
	ENTRY_DISABILITY,           /* special-category data from here on: yes, no, declined */
	ENTRY_THIRD_COUNTRY,
	ENTRY_FOREIGN_BACKGROUND,
	ENTRY_MINORITY,
	ENTRY_HOMELESS,
	ENTRY_RURAL,
	ENTRY_NFIELDS
};
#define ENTRY_FIRST_SPECIAL ENTRY_DISABILITY

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
/* Returns true for the special-category fields (disability ... rural):
 * recorded only when the programme turns them on, set and read by
 * coordinators only, and marked as such wherever they leave rota. */
bool entry_field_is_special(enum entry_field f);
/* Returns true for the fields a person may decline to answer. */
bool entry_field_may_decline(enum entry_field f);
/* Returns the codes a field takes, NULL-terminated, or NULL for the fields
 * whose value is a year or a date (birth_year: YYYY, YYYY-MM-DD or
 * "declined") or a date (YYYY-MM-DD). */
const char *const *entry_field_choices(enum entry_field f);
/* Returns true for a value field f may hold: one of its choices, a year
 * from 1900 to 2100, such a year's day (YYYY-MM-DD) or "declined" for the
 * birth year, a valid YYYY-MM-DD
 * date for the dates; "" (not recorded) is always fine. */
bool entry_value_is_valid(enum entry_field f, const char *value);
/* Returns the words for a value of f, untranslated (N_()): the choice's
 * label, or value itself for a year or a date, "" for "". */
const char *entry_value_label(enum entry_field f, const char *value);

/* Returns the age on day entry_ymd (YYYYMMDD) of someone born `birth` (the
 * birth_year field: a full date gives the exact age, a year alone the
 * year's difference), or -1 when birth is not a year or a date. */
int entry_age_at(const char *birth, int entry_ymd);
/* The age band of the ESF+ indicators (Annex I) at entry on day entry_ymd
 * for `birth` (the birth_year field): "under_18", "18_29", "30_54",
 * "55_plus", "declined", or "unknown" (not recorded, or after entry). */
const char *entry_age_band(const char *birth, int entry_ymd);
/* Returns ymd moved by n calendar months (n may be negative); a day past
 * the end of the month it lands in is that month's last day (31 August
 * plus 6 months is the last day of February). */
int entry_add_months(int ymd, int n);
/* Returns true when e, entering on day entry_ymd, was long-term unemployed
 * at entry: the legacy status long_term_unemployed, or status unemployed
 * with unemployed_since more than 12 months before entry (more than 6
 * months for someone under 25 at entry): since + 12 months is before
 * entry_ymd. False without a since date, or for another status. */
bool entry_is_long_term_unemployed(const struct entry_data *e, int entry_ymd);
/* The labour-market status on entry as Annex I counts it, one rule for the
 * summary and the export: unemployed includes the long-term unemployed
 * (by status or by unemployed_since); inactive, neither in work nor
 * looking, includes those in education; employed includes the
 * self-employed. */
bool entry_is_unemployed(const struct entry_data *e, int entry_ymd);
bool entry_is_inactive(const struct entry_data *e);
bool entry_is_employed(const struct entry_data *e);
/* Returns true when result (one of the ENTRY_RESULT_* fields) was reached
 * upon leaving: its day is on the exit date or up to 28 days (4 weeks)
 * after it; a qualification gained during the programme (on or before
 * the exit date) counts too. False when either date is not recorded, or
 * for a field that is not a result. */
bool entry_result_upon_leaving(const struct entry_data *e, enum entry_field result);
/* Returns the day the follow-up about six months after leaving falls due
 * (the exit date plus 6 calendar months), or 0 when no exit date is
 * recorded or a follow-up date already is. */
int entry_followup_due(const struct entry_data *e);

#endif
