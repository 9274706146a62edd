/* The programme summary a funder asks for, as plain data: counts of people
 * (the ESF+ indicators' table, processes mastered), hours of presence,
 * mentoring hours per participant per month (for the workshop's own
 * mentoring sheet; the summary itself shows only their total and names
 * nobody). Each count is kept raw, and carries the mark the small-cell
 * rule gave it (core/suppress.h): a count of fewer than min_count people,
 * 0 included, shows as "<5", and the counts hidden beside them so that
 * none can be worked out show as "x". No I/O. */
#ifndef ROTA_CORE_SUMMARY_H
#define ROTA_CORE_SUMMARY_H

#include <stddef.h>
#include <time.h>

#include "core/person.h"
#include "core/suppress.h"

/* The threshold when the workshop sets none (summary_min_count). */
#define SUMMARY_MIN_PEOPLE 5
/* How a count hidden to protect a small one shows. */
#define SUMMARY_HIDDEN_CELL "x"

/* A count of people in one category of one section ("participants",
 * "women"). */
struct summary_count {
	char section[24];
	char item[40];
	int people;                /* the raw count */
	enum suppress_mark mark;   /* as the summary shows it */
};

/* Mentoring hours of one participant in one month. */
struct summary_mentoring {
	long long person_id;
	char name[PERSON_NAME_MAX];
	int month;            /* YYYYMM */
	long seconds;
};

struct summary {
	int from, to;                 /* YYYYMMDD, both included */
	int min_count;                /* counts below this are shown as "<N" */
	long presence_seconds;        /* participants' hours of presence (a closed
	                                 month's days as closed: app/month_hours.h) */
	bool is_presence_amended;     /* amendments changed a closed month's hours
	                                 of presence in the period after closing */
	long presence_amended_seconds; /* then: the hours of presence with them */
	struct summary_count *counts; /* in the order they were first added */
	size_t ncounts, counts_cap;
	struct summary_mentoring *mentoring; /* by person, then month */
	size_t nmentoring, mentoring_cap;
};

/* Frees what s holds (not s itself); s may be reused after memset. */
void summary_free(struct summary *s);
/* Adds n people to the count of section/item, making it (at 0) when it is
 * not there yet: so a category nobody falls in is still shown. */
void summary_count_add(struct summary *s, const char *section, const char *item, int n);
/* Returns the count of section/item, NULL when there is none. */
const struct summary_count *summary_count_find(const struct summary *s, const char *section, const char *item);
/* Returns the count of section/item, 0 when there is none. */
int summary_count_get(const struct summary *s, const char *section, const char *item);
/* Adds seconds to person_id's mentoring in month, keeping the list by
 * person and month. */
void summary_mentoring_add(struct summary *s, long long person_id, const char *name, int month, long seconds);
/* Returns the mentoring seconds of everyone in every month, added up: the
 * one mentoring figure the summary shows (it names nobody). */
long summary_mentoring_total(const struct summary *s);
/* Writes count c as every report shows it into out, by its mark: the
 * number; "<N" (N = min_count) when it is below it, 0 included;
 * SUMMARY_HIDDEN_CELL when it is hidden to protect another. Returns out. */
const char *summary_cell(const struct summary_count *c, int min_count, char out[12]);
/* Returns the seconds the three spans [a0,a1), [b0,b1), [c0,c1) have in
 * common (0 when they do not meet). */
long summary_common_seconds(time_t a0, time_t a1, time_t b0, time_t b1, time_t c0, time_t c1);

#endif
