/* The floor at a glance: everyone assigned now, by station, with whether
 * they are in and their level there. */
#ifndef ROTA_APP_BOARD_H
#define ROTA_APP_BOARD_H

#include <stdbool.h>
#include <time.h>

#include "app/app.h"

/* One person on the floor. */
struct board_row {
	char process_code[32];
	long long person_id;
	char name[128];
	long long mentor_id;
	bool is_checked_in;
	int level;                    /* their latest level at this process; -1 none */
};

typedef void (*board_fn)(const struct board_row *row, void *ctx);

/* Calls fn for everyone assigned now, by station in the workshop's order,
 * then by name; checked in means an open visit today. */
enum rota_err app_board(struct app *app, time_t now, board_fn fn, void *ctx);

#endif
