/* The participants' allowance for a closed month: per hour of presence,
 * transport per day present, a meal per day of enough hours, in whole
 * cents, made only from the month's frozen list (app/month.h), so it holds
 * to the signed list to the cent. */
#ifndef ROTA_APP_ALLOWANCE_H
#define ROTA_APP_ALLOWANCE_H

#include <stddef.h>
#include <time.h>

#include "app/app.h"
#include "core/month.h"

struct allowance_row {
	long long person_id;
	char name[128];
	long transport_per_day;  /* cents: the person's own, else the workshop's */
	struct allowance_pay pay;
};

struct allowance_list {
	int yyyymm;
	struct month_close close;    /* the closing it is made from */
	struct allowance_rules rules;
	struct allowance_row *rows;  /* the signed list's participants, in its order */
	size_t nrows;
	struct allowance_pay total;  /* the column sums */
};

/* Fills *out with closed month yyyymm's allowance. ERR_MONTH_OPEN when the
 * month is not closed. Free it with app_allowance_free(), on failure too. */
enum rota_err app_allowance(struct app *app, int yyyymm, time_t now, struct allowance_list *out);
void app_allowance_free(struct allowance_list *l);
/* Sets participant person_id's transport per day (amount in euros, as
 * "3.20"), by coordinator `by`: ERR_INVALID for an amount outside 0 to
 * 100.00, ERR_NOT_PARTICIPANT for someone not a participant; ERR_NOT_COORDINATOR for `by` no
 * coordinator. */
enum rota_err app_transport_set(struct app *app, long long person_id, const char *amount, long long by, time_t now);

#endif
