/* The allowance from a closed month's frozen list. */
#include "app/allowance.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "app/attendance_list.h"
#include "app/entry.h"
#include "app/month.h"
#include "core/person.h"
#include "store/db.h"
#include "store/months.h"
#include "store/people.h"
#include "util/alloc.h"
#include "util/text.h"

static enum rota_err read_allowance(struct app *app, int yyyymm, time_t now, struct allowance_list *out)
{
	bool closed = false;
	enum rota_err e = store_month_closed(app->db, yyyymm, &out->close, &closed);
	if (e == ERR_OK && !closed)
		e = ERR_MONTH_OPEN;
	struct attendance_list l = { 0 };
	if (e == ERR_OK)
		e = app_attendance_list(app, yyyymm, 0, now, &l); /* the frozen rows: the month is closed */
	if (e == ERR_OK) {
		out->rows = xcalloc(l.nrows + 1, sizeof *out->rows);
		out->nrows = l.nrows;
	}
	for (size_t r = 0; e == ERR_OK && r < l.nrows; r++) {
		const struct hours_row *h = &l.rows[r];
		struct allowance_row *a = &out->rows[r];
		long day_seconds[31];
		bool own = false;
		a->person_id = h->person_id;
		text_copy(a->name, sizeof a->name, h->name);
		e = store_transport_get(app->db, h->person_id, &a->transport_per_day, &own);
		if (!own)
			a->transport_per_day = out->rules.transport_cents;
		for (int i = 0; i < l.ndays; i++)
			day_seconds[i] = h->days[l.days[i] % 100 - 1].seconds;
		month_allowance(h->seconds, h->days_present, day_seconds, (size_t)l.ndays, a->transport_per_day,
		                &out->rules, &a->pay);
		out->total.hundredths += a->pay.hundredths;
		out->total.days += a->pay.days;
		out->total.meal_days += a->pay.meal_days;
		out->total.hours_cents += a->pay.hours_cents;
		out->total.transport_cents += a->pay.transport_cents;
		out->total.meal_cents += a->pay.meal_cents;
		out->total.total_cents += a->pay.total_cents;
	}
	app_attendance_list_free(&l);
	return e;
}

enum rota_err app_allowance(struct app *app, int yyyymm, time_t now, struct allowance_list *out)
{
	memset(out, 0, sizeof *out);
	out->yyyymm = yyyymm;
	out->rules = (struct allowance_rules){ .hour_cents = app->cfg.allowance_hour_cents,
		                               .transport_cents = app->cfg.allowance_transport_cents,
		                               .meal_cents = app->cfg.allowance_meal_cents,
		                               .meal_min_hours = app->cfg.allowance_meal_hours };
	enum rota_err e = db_begin_read(app->db);
	if (e != ERR_OK)
		return e;
	return db_end_read(app->db, read_allowance(app, yyyymm, now, out));
}

void app_allowance_free(struct allowance_list *l)
{
	free(l->rows);
	l->rows = NULL;
	l->nrows = 0;
}

enum rota_err app_transport_set(struct app *app, long long person_id, const char *amount, long long by, time_t now)
{
	long cents;
	if (!month_parse_cents(amount, &cents) || cents > 10000)
		return ERR_INVALID;
	enum rota_err e = db_begin_write(app->db);
	if (e != ERR_OK)
		return e;
	struct person p;
	e = app_require_coordinator(app, by);
	if (e == ERR_OK)
		e = store_person_get(app->db, person_id, &p);
	if (e == ERR_OK && p.role != ROLE_PARTICIPANT)
		e = ERR_NOT_PARTICIPANT;
	if (e == ERR_OK)
		e = store_transport_set(app->db, person_id, cents, by, now);
	return db_end_write(app->db, e);
}
