/* The work processes of the workshop (collecting, sorting, cutting,
 * packing, sewing assistance), in the workshop's order. */
#ifndef ROTA_STORE_PROCESSES_H
#define ROTA_STORE_PROCESSES_H

#include <stdbool.h>
#include <stddef.h>

#include "store/db.h"

struct process {
	long long id;
	char code[32];
	char name_sl[64], name_hr[64], name_en[64];
	int position;
	int capacity;
	bool is_active;
};

/* Returns every process in the workshop's order as a new array; free(*out). */
enum rota_err store_process_list(struct db *db, struct process **out, size_t *n);

#endif
