/* The work processes of the workshop (collecting, sorting, cutting,
 * packing, sewing assistance), in the workshop's order. */
#ifndef ROTA_STORE_PROCESSES_H
#define ROTA_STORE_PROCESSES_H

#include <stdbool.h>
#include <stddef.h>

#include "core/process.h"
#include "store/db.h"

/* Returns every process in the workshop's order (position, then code, as
 * the planner orders them) as a new array; free(*out). */
enum rota_err store_process_list(struct db *db, struct process **out, size_t *n);

#endif
