/* A work process of the workshop (collecting, sorting, cutting, packing,
 * sewing assistance): a station with a place in the workshop's order and a
 * capacity. Plain data; the store fills it. */
#ifndef ROTA_CORE_PROCESS_H
#define ROTA_CORE_PROCESS_H

#include <stdbool.h>

#include "util/text.h"

struct process {
	long long id;
	char code[32];
	char name_sl[TEXT_BYTES(TEXT_NAME_CHARS)], name_hr[TEXT_BYTES(TEXT_NAME_CHARS)], name_en[TEXT_BYTES(TEXT_NAME_CHARS)];
	int position;        /* the workshop's order */
	int capacity;        /* places at the station */
	bool is_active;
};

#endif
