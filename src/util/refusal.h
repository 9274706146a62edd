/* A refusal that names its cause: the code, the field that broke the rule,
 * the value given and the limit it crossed or the record it clashed with,
 * as data (epoch seconds for times, YYYYMMDD for days, ids for records).
 * A use case fills one when its caller passes it (NULL: nobody asks); the
 * layer that faces a person words it for that person. Nothing here is a
 * sentence. */
#ifndef ROTA_UTIL_REFUSAL_H
#define ROTA_UTIL_REFUSAL_H

#include "util/err.h"

/* What the value in a refusal was given as; the unit of given and limit
 * follows from it. */
enum refusal_field {
	REFUSAL_NONE,      /* no one field: given and limit unused */
	REFUSAL_DAY,       /* a visit's day: YYYYMMDD */
	REFUSAL_CHECK_IN,  /* epoch seconds */
	REFUSAL_CHECK_OUT, /* epoch seconds */
	REFUSAL_REASON,    /* a written reason: no value */
	REFUSAL_NOTE,      /* a written note: no value */
	REFUSAL_WORDS,     /* the participant's own words: no value */
	REFUSAL_BY,        /* the person acting: an id */
	REFUSAL_PERSON,    /* the person the change is about: an id */
	REFUSAL_VISIT,     /* a visit: an id */
	REFUSAL_FROM,      /* the first day of a span: YYYYMMDD */
	REFUSAL_TO,        /* the last day of a span: YYYYMMDD */
	REFUSAL_END,       /* the end of a programme: YYYYMMDD */
	REFUSAL_EXIT,      /* a participant's exit date: YYYYMMDD */
	REFUSAL_ENTRY,     /* one of the entry data: given its enum entry_field */
	REFUSAL_MONTH,     /* a month closed or reopened: YYYYMM (limit: the month of now) */
};

struct refusal {
	enum rota_err code;
	enum refusal_field field;
	long long given;       /* the value given, in the field's unit (0: none) */
	long long limit;       /* the limit it crossed, in the field's unit (0: none) */
	long long other;       /* the record it clashed with: an id (0: none) */
	long long other_from;  /* that record's start, in the field's unit (0: none) */
	long long other_to;    /* that record's end (0: none or not known) */
};

/* Fills *r (when r is not NULL) with code, field, given and limit, and no
 * other record; returns code, so a rule can `return refusal_set(...)`. */
enum rota_err refusal_set(struct refusal *r, enum rota_err code, enum refusal_field field, long long given,
                          long long limit);
/* Names the record a refusal clashed with, its id and its span (when r is
 * not NULL). */
void refusal_other(struct refusal *r, long long id, long long from, long long to);
/* Fills *r (when not NULL) with code and no field, unless r already holds
 * that code (a rule below filled it): for a code that comes up from a
 * call that names no cause. Returns code. */
enum rota_err refusal_code(struct refusal *r, enum rota_err code);

#endif
