/* The programme summary a funder asks for, as plain data: participants
 * entered, active and left in a period, hours of presence, mentoring hours
 * per participant per month (for the workshop's own mentoring sheet; the
 * summary itself shows only their total and names nobody), processes
 * mastered, outcomes, and the entry data as counts by category. Any cell that counts fewer than
 * SUMMARY_MIN_PEOPLE people is shown as "<5", so that nobody in a group of
 * five or six can be told from it. No I/O. */
#ifndef ROTA_CORE_SUMMARY_H
#define ROTA_CORE_SUMMARY_H

#include <stddef.h>
#include <time.h>

#include "core/person.h"

#define SUMMARY_MIN_PEOPLE 5

/* A count of people in one category of one section ("gender", "female"). */
struct summary_count {
	char section[24];
	char item[40];
	int people;
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
/* Returns the count of section/item, 0 when there is none. */
int summary_count_get(const struct summary *s, const char *section, const char *item);
/* Adds seconds to person_id's mentoring in month, keeping the list by
 * person and month. */
void summary_mentoring_add(struct summary *s, long long person_id, const char *name, int month, long seconds);
/* Returns the mentoring seconds of everyone in every month, added up: the
 * one mentoring figure the summary shows (it names nobody). */
long summary_mentoring_total(const struct summary *s);
/* Writes a count of people as a report shows it into out: "<5" below
 * SUMMARY_MIN_PEOPLE (0 included: an empty category would tell as much),
 * else the number. Returns out. */
const char *summary_people_cell(int people, char out[12]);
/* Returns the seconds the three spans [a0,a1), [b0,b1), [c0,c1) have in
 * common (0 when they do not meet). */
long summary_common_seconds(time_t a0, time_t a1, time_t b0, time_t b1, time_t c0, time_t c1);

#endif
