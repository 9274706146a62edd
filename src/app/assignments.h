/* Assignments use cases: who works at which process with which mentor,
 * and what the greeting shows of it. */
#ifndef ROTA_APP_ASSIGNMENTS_H
#define ROTA_APP_ASSIGNMENTS_H

#include <stdbool.h>
#include <stddef.h>
#include <time.h>

#include "app/app.h"
#include "core/group.h"
#include "core/process.h"

/* Assigns participant person_id to process code with mentor_id, from now,
 * by `by`; the previous assignment ends and stays. ERR_NOT_FOUND for no such
 * person, ERR_NOT_PARTICIPANT for one who is not a participant,
 * ERR_PERSON_INACTIVE for one who left, ERR_UNKNOWN_TOPIC for an unknown
 * process code, ERR_PROCESS_INACTIVE for a process not in use; ERR_NOT_MENTOR
 * for a mentor who is not one. */
enum rota_err app_assign(struct app *app, long long person_id, const char *code, long long mentor_id,
                         long long by, const char *reason, time_t now);
/* Reads the person's current assignment. */
enum rota_err app_assignment_current(struct app *app, long long person_id, bool *found, struct assignment *out);

/* For the greeting: the person's station and mentor's first name. */
struct work_today {
	bool has;
	struct process process;
	char mentor_first[64];
};

/* Fills *out for person_id (has false when not assigned). */
enum rota_err app_work_today(struct app *app, long long person_id, struct work_today *out);

#endif
