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

/* One row of a visit export: the visit and its person's full name. */
struct visit_row {
	struct visit visit;
	char name[128];
};

typedef void (*visit_row_fn)(const struct visit_row *row, void *ctx);

/* One change to a visit, as the history keeps it. */
struct visit_change {
	long long visit_id;
	int seq;
	time_t at;
	long long by;
	char action[16], reason[256], terminal[64];
	struct visit before, after;  /* before.status is meaningless when has_before is false */
	bool has_before;
};

typedef void (*visit_change_fn)(const struct visit_change *c, void *ctx);

#endif
