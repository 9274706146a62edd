/* Hours by process: the time each person spent at each process (and
 * outside any assignment). */
#ifndef ROTA_APP_PROCESS_HOURS_H
#define ROTA_APP_PROCESS_HOURS_H

#include "app/app.h"

/* Hours at one process (process_code "" for time outside any assignment). */
struct process_hours {
	long long person_id;
	char name[128];
	char process_code[32];
	long seconds;
};

typedef void (*process_hours_fn)(const struct process_hours *row, void *ctx);

/* Calls fn per person and process (anyone with visits but no assignment,
 * a mentor say, under process "") with the closed visits' time that
 * overlaps each assignment (person_id 0: everyone), counting visits from day
 * `from` (YYYYMMDD; 0: all). */
enum rota_err app_hours_by_process(struct app *app, long long person_id, int from, process_hours_fn fn,
                                   void *ctx);

#endif
