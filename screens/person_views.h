/* The contents of a participant's file in mentor mode, as lines. */
#ifndef ROTA_SCREENS_PERSON_VIEWS_H
#define ROTA_SCREENS_PERSON_VIEWS_H

#include <stdbool.h>
#include <stddef.h>
#include <time.h>

#include "app/app.h"
#include "core/person.h"

enum view { VIEW_TIMELINE, VIEW_CALENDAR, VIEW_PROGRESS, VIEW_GOALS, VIEW_NOTES, NVIEWS };

struct line {
	time_t at;           /* for the timeline's order */
	char *text;
	long long ref;       /* the goal a line shows, in the goals view; the visit, in the
	                        timeline (0: not a visit, or one that cannot be corrected) */
};

struct lines {
	struct line *v;
	size_t n, cap;
};

struct person_views {
	struct person person;
	char header[3][PERSON_NAME_MAX + 128];
	char group[128];
	struct lines views[NVIEWS];
};

/* Reads everything the file shows about person_id at now, with the
 * calendar of month YYYYMM, into *pv (freeing what it held); lines of
 * several entries are laid for cols cells. Returns false when there is no
 * such person (header[0] says so). */
bool person_views_load(struct app *app, long long person_id, time_t now, int month, int cols,
                       struct person_views *pv);
/* Frees the lines of *pv. */
void person_views_free(struct person_views *pv);
/* Appends a line (text is taken over) at time at. */
void person_views_add(struct lines *l, time_t at, char *text);

#endif
