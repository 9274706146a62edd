/* Groups of participants with their mentors, and assignments: who works at
 * which process, with which mentor, since when. Plain data; the store fills
 * it. An assignment is a history: a new one ends the one before. */
#ifndef ROTA_CORE_GROUP_H
#define ROTA_CORE_GROUP_H

#include <time.h>

#include "util/text.h"

struct group {
	long long id;
	char name[TEXT_BYTES(TEXT_NAME_CHARS)];
	int start_day, end_day;      /* YYYYMMDD, 0 when not set */
	int participants, mentors;   /* current members */
};

struct assignment {
	long long id, person_id, mentor_id;
	char process_code[32];
	time_t start_at, end_at;     /* end_at 0 while current */
};

typedef void (*group_fn)(const struct group *g, void *ctx);
typedef void (*assignment_fn)(const struct assignment *a, void *ctx);

#endif
