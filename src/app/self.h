/* A participant's own view after a scan: their hours and their progress in
 * plain words. Only ever their own. */
#ifndef ROTA_APP_SELF_H
#define ROTA_APP_SELF_H

#include <time.h>

#include "app/app.h"

#define SELF_MAX_LEVELS 32

struct self_level {
	char topic[64];       /* in the language spoken when it was filled */
	int level;
};

struct self_summary {
	long today_s, month_s, total_s;
	int target_hours;
	struct self_level levels[SELF_MAX_LEVELS];
	int nlevels;
};

/* Fills *out for person_id at now, topic names in the current language. */
enum rota_err app_self_summary(struct app *app, long long person_id, time_t now, struct self_summary *out);

#endif
