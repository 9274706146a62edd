/* Everything a team-meeting report about one participant shows, gathered
 * into one struct: who they are, their group, programme and mentors, their
 * attendance month by month, their levels over time per process and skill,
 * their goals, their own words, the notes marked for the team meeting, and
 * what was agreed at the previous meeting. The PDF is drawn from it; here
 * it is plain data. */
#ifndef ROTA_CORE_TEAM_REPORT_H
#define ROTA_CORE_TEAM_REPORT_H

#include <stdbool.h>
#include <stddef.h>

#include "core/hours.h"
#include "core/meeting.h"
#include "core/person.h"
#include "core/progress.h"

#define TEAM_REPORT_MENTORS 4

/* One month of attendance. */
struct team_report_month {
	int month;            /* YYYYMM */
	int days_present;     /* days with a visit that counts */
	long seconds;         /* hours of presence, in seconds */
	int days_excused;     /* days of recorded excused absence */
	int ndays;            /* the month's days */
	struct hours_day days[31]; /* each day as the hour sheet counts it */
	bool is_amended;      /* a closed month amended since: the figures above
	                         are the closed ones (app/month_hours.h) */
	long amended_seconds; /* then: the hours with the amendments */
};

/* The participant's own words, with the day they were said. */
struct team_report_words {
	int day;
	char text[512];
};

struct team_report {
	struct person person;
	enum meeting_kind kind;          /* the meeting the report is for */
	char group[128];                 /* "" when in no group */
	int nmentors;
	char mentors[TEAM_REPORT_MENTORS][PERSON_NAME_MAX]; /* the current one first */
	long total_seconds;              /* hours of presence to date */
	int target_hours;                /* the programme's, or the workshop's default */
	struct team_report_month *months; size_t nmonths;   /* oldest first */
	struct progress_entry *levels; size_t nlevels;      /* oldest first, every process and skill */
	struct goal *goals; size_t ngoals;                  /* oldest first */
	struct team_report_words *words; size_t nwords;     /* oldest first */
	struct note *notes; size_t nnotes;                  /* marked for the team only, oldest first */
	bool has_previous;
	struct meeting previous;         /* the last meeting before this kind's */
};

/* Frees what r holds (not r itself). NULL is fine. */
void team_report_done(struct team_report *r);

#endif
