/* Processes use cases: the work processes as stations, in the workshop's
 * order, with their names in three languages and their capacity. */
#ifndef ROTA_APP_PROCESSES_H
#define ROTA_APP_PROCESSES_H

#include <stddef.h>

#include "app/app.h"
#include "core/process.h"

/* Returns p's name in the current language. */
const char *app_process_name(const struct process *p);
/* Returns p's name in language lang ("sl", "hr", "en"). */
const char *app_process_name_in(const struct process *p, const char *lang);
/* Returns every process in the workshop's order; free(*out). */
enum rota_err app_processes(struct app *app, struct process **out, size_t *n);
/* Adds a process: code of a-z, 0-9, _ or - (1..31), three names, capacity
 * 0..99: else (nothing added) ERR_PROCESS_CODE, ERR_PROCESS_CAPACITY or the
 * text gate's error for a name; ERR_CONFLICT for a code in use. */
enum rota_err app_process_add(struct app *app, const struct process *p);
/* Changes a process the same way; ERR_NOT_FOUND for an unknown code. */
enum rota_err app_process_update(struct app *app, const struct process *p);
/* What app_process_edit changes: a NULL name, or a number below 0, keeps
 * what is there. */
struct process_patch {
	const char *name_sl, *name_hr, *name_en;
	int position, capacity;
	int active; /* 0 no, above 0 yes */
};
/* Changes what patch gives of process code, reading and writing it in one
 * transaction. ERR_NOT_FOUND for an unknown code; app_process_add's codes
 * (nothing changed) when the result breaks its rules. */
enum rota_err app_process_edit(struct app *app, const char *code, const struct process_patch *patch);
/* Copies process code (active or not) into *out, read in one snapshot (or
 * within the caller's transaction). ERR_NOT_FOUND for an unknown code. */
enum rota_err app_process_find(struct app *app, const char *code, struct process *out);

#endif
