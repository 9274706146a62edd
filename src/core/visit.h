/* A visit: one stay in the workshop, from check-in to check-out. A visit is
 * never deleted; an undone scan and a forgotten check-out keep their visit
 * with a status that says so. */
#ifndef ROTA_CORE_VISIT_H
#define ROTA_CORE_VISIT_H

#include <stdbool.h>
#include <time.h>

enum visit_status { VISIT_OPEN, VISIT_CLOSED, VISIT_END_UNKNOWN, VISIT_UNDONE };

struct visit {
	long long id;
	long long person_id;
	int day;              /* local YYYYMMDD of the check-in */
	time_t check_in;
	time_t check_out;     /* 0 while open, and for end unknown */
	enum visit_status status;
};

/* Returns "open", "closed", "end_unknown" or "undone". */
const char *visit_status_code(enum visit_status status);
/* Parses a status code; false for anything else. */
bool visit_status_parse(const char *code, enum visit_status *status);

#endif
