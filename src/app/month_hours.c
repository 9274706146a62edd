/* A closed month's hours per person, as closed, with the amendments since
 * noted: read once here, applied by the hour sheet (app/hours.c) and so by
 * every document built on it. */
#include "app/month_hours.h"

#include <stdlib.h>
#include <string.h>

#include "store/db.h"
#include "store/months.h"
#include "util/alloc.h"

static void on_amendment(const struct month_amendment *a, void *ctx)
{
	struct month_hours *m = ctx;
	/* Amendments before a reopening are in the list closed again. */
	if (a->close_id != m->close.id)
		return;
	m->amends = xrealloc(m->amends, (m->namends + 1) * sizeof *m->amends);
	m->amends[m->namends++] = *a;
	size_t r = app_month_hours_find(m, a->person_id);
	/* An absence's amendment changes no hours: nothing to mark. */
	if (r == m->nrows || a->after_seconds == a->before_seconds)
		return;
	m->amended_delta[r] += a->after_seconds - a->before_seconds;
	m->amendments[r]++;
}

static enum rota_err read_month(struct app *app, struct month_hours *m)
{
	enum rota_err e = store_month_closed(app->db, m->yyyymm, &m->close, &m->is_closed);
	if (e != ERR_OK || !m->is_closed)
		return e;
	e = store_month_rows(app->db, m->close.id, &m->rows, &m->nrows);
	if (e == ERR_OK)
		e = store_month_cells(app->db, m->close.id, &m->cells, &m->ncells);
	if (e != ERR_OK)
		return e;
	m->amended_delta = xcalloc(m->nrows + 1, sizeof *m->amended_delta);
	m->amendments = xcalloc(m->nrows + 1, sizeof *m->amendments);
	return store_month_amend_each(app->db, m->yyyymm, 0, on_amendment, m);
}

enum rota_err app_month_hours_read(struct app *app, int yyyymm, struct month_hours *out)
{
	memset(out, 0, sizeof *out);
	out->yyyymm = yyyymm;
	/* The closing, its rows and its amendments: one moment. */
	enum rota_err e = db_begin_read(app->db);
	if (e != ERR_OK)
		return e;
	e = db_end_read(app->db, read_month(app, out));
	if (e != ERR_OK)
		out->is_closed = false;
	return e;
}

void app_month_hours_free(struct month_hours *m)
{
	free(m->rows);
	free(m->cells);
	free(m->amended_delta);
	free(m->amendments);
	free(m->amends);
	m->amends = NULL;
	m->namends = 0;
	m->rows = NULL;
	m->cells = NULL;
	m->amended_delta = NULL;
	m->amendments = NULL;
	m->nrows = m->ncells = 0;
}

size_t app_month_hours_find(const struct month_hours *m, long long person_id)
{
	size_t r = 0;
	while (r < m->nrows && m->rows[r].person_id != person_id)
		r++;
	return r;
}

void app_month_hours_row(const struct month_hours *m, size_t r, struct hours_row *out)
{
	const struct month_row *fr = &m->rows[r];
	out->person_id = fr->person_id;
	out->days_present = fr->days_present;
	out->seconds = fr->seconds;
	out->days_unresolved = fr->days_unresolved;
	out->days_excused = fr->days_excused;
	out->days_closed = fr->days_closed;
	out->target_hours = fr->target_hours;
	out->seconds_to_date = fr->seconds_to_date;
	memset(out->days, 0, sizeof out->days);
	for (int d = 0; d < 31; d++)
		out->days[d].kind = PDAY_OUTSIDE;
	for (size_t k = 0; k < m->ncells; k++)
		if (m->cells[k].person_id == fr->person_id)
			out->days[m->cells[k].day % 100 - 1] = m->cells[k].d;
	out->is_amended = m->amendments[r] > 0;
	out->amended_seconds = fr->seconds + m->amended_delta[r];
}

long app_month_hours_day(const struct month_hours *m, long long person_id, int day)
{
	for (size_t k = 0; k < m->ncells; k++)
		if (m->cells[k].person_id == person_id && m->cells[k].day == day)
			return m->cells[k].d.seconds;
	return 0;
}
