/* Today at a glance, for mentors only (never on the door's screens): who
 * is in now and at which station, who came and went, and everyone the
 * workshop's calendar expects today who is not here, longest away first
 * (the one most at risk of dropping out leads the list). */
#ifndef ROTA_APP_TODAY_H
#define ROTA_APP_TODAY_H

#include <stdbool.h>
#include <stddef.h>
#include <time.h>

#include "app/app.h"
#include "core/person.h"

struct today_row {
	long long person_id;
	char name[128];
	time_t check_in;         /* the first check-in today; 0 for the expected */
	time_t check_out;        /* the last check-out today; 0 while in */
	bool is_in;
	char station[64];        /* where they work, in the current language; "" if nowhere */
	int last_day;            /* the expected: their last day here, 0 never or too long ago */
	bool away_long;          /* the expected: not here for EXPECT_LOOKBACK_DAYS */
	int missed;              /* the expected: workshop days they were expected since */
};

struct today {
	struct today_row *in;    size_t nin;     /* in now, or came and went */
	struct today_row *away;  size_t naway;   /* expected, not here yet, longest away first */
};

/* Fills *t for now; free with app_today_free(). */
enum rota_err app_today(struct app *app, time_t now, struct today *t);
/* Frees what app_today() filled. */
void app_today_free(struct today *t);

#endif
