/* Closing a month: the frozen list, its fingerprint, reopening, and the
 * closed-month rule every change to a past day passes. */
#include "app/month.h"

#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/entry.h"
#include "app/month_hours.h"
#include "store/db.h"
#include "store/months.h"
#include "util/alloc.h"
#include "util/date.h"
#include "util/log.h"
#include "util/text.h"

int app_month_next(int yyyymm)
{
	return yyyymm % 100 == 12 ? (yyyymm / 100 + 1) * 100 + 1 : yyyymm + 1;
}

/* The frozen list in memory: rows in list order, cells by person and day. */
struct frozen {
	struct month_row *rows;
	size_t nrows;
	struct month_cell *cells;
	size_t ncells;
};

static void frozen_free(struct frozen *f)
{
	free(f->rows);
	free(f->cells);
	memset(f, 0, sizeof *f);
}

static int cell_order(const void *a, const void *b)
{
	const struct month_cell *x = a, *y = b;
	if (x->person_id != y->person_id)
		return x->person_id < y->person_id ? -1 : 1;
	return (x->day > y->day) - (x->day < y->day);
}

/* The canonical machine form of a frozen list, one line per row and per
 * cell in list order, hashed with SHA-256: what the fingerprint covers is
 * what the signed list shows (each day's times, hours, kind and reason;
 * each row's days, hours, excused and unresolved days). Names are not in
 * it: a forgotten person's list keeps its fingerprint. */
static void fingerprint_of(int month, const struct frozen *f, char hex[MONTH_FINGERPRINT_HEX + 1])
{
	crypto_hash_sha256_state h;
	char line[256];
	crypto_hash_sha256_init(&h);
	int n = snprintf(line, sizeof line, "rota attendance list 1\nmonth %06d\n", month);
	crypto_hash_sha256_update(&h, (const unsigned char *)line, (unsigned long long)n);
	for (size_t r = 0; r < f->nrows; r++) {
		const struct month_row *row = &f->rows[r];
		n = snprintf(line, sizeof line, "row %lld days %d seconds %ld unresolved %d excused %d closed %d\n",
		             row->person_id, row->days_present, row->seconds, row->days_unresolved, row->days_excused,
		             row->days_closed);
		crypto_hash_sha256_update(&h, (const unsigned char *)line, (unsigned long long)n);
		for (size_t c = 0; c < f->ncells; c++) {
			const struct month_cell *cell = &f->cells[c];
			if (cell->person_id != row->person_id)
				continue;
			n = snprintf(line, sizeof line, "cell %d kind %d visits %d in %lld out %lld seconds %ld unresolved %d"
			             " reason %s\n", cell->day, (int)cell->d.kind, cell->d.visits, (long long)cell->d.first_in,
			             (long long)cell->d.last_out, cell->d.seconds, cell->d.is_unresolved ? 1 : 0,
			             cell->d.reason);
			crypto_hash_sha256_update(&h, (const unsigned char *)line, (unsigned long long)n);
		}
	}
	unsigned char digest[crypto_hash_sha256_BYTES];
	crypto_hash_sha256_final(&h, digest);
	sodium_bin2hex(hex, MONTH_FINGERPRINT_HEX + 1, digest, sizeof digest);
}

/* The frozen form of a counted list. */
static void freeze(const struct attendance_list *l, struct frozen *f)
{
	f->nrows = l->nrows;
	f->rows = xcalloc(l->nrows + 1, sizeof *f->rows);
	f->ncells = l->nrows * (size_t)l->ndays;
	f->cells = xcalloc(f->ncells + 1, sizeof *f->cells);
	size_t k = 0;
	for (size_t r = 0; r < l->nrows; r++) {
		const struct hours_row *h = &l->rows[r];
		f->rows[r] = (struct month_row){ .person_id = h->person_id, .days_present = h->days_present,
			                         .seconds = h->seconds, .days_unresolved = h->days_unresolved,
			                         .days_excused = h->days_excused, .days_closed = h->days_closed,
			                         .target_hours = h->target_hours, .seconds_to_date = h->seconds_to_date };
		for (int i = 0; i < l->ndays; i++)
			f->cells[k++] = (struct month_cell){ .person_id = h->person_id, .day = l->days[i],
				                             .d = h->days[l->days[i] % 100 - 1] };
	}
	qsort(f->cells, f->ncells, sizeof *f->cells, cell_order);
}

static enum rota_err frozen_read(struct app *app, long long close_id, struct frozen *f)
{
	memset(f, 0, sizeof *f);
	enum rota_err e = store_month_rows(app->db, close_id, &f->rows, &f->nrows);
	if (e == ERR_OK)
		e = store_month_cells(app->db, close_id, &f->cells, &f->ncells);
	return e;
}

enum rota_err app_month_closed(struct app *app, int yyyymm, struct month_close *out, bool *closed)
{
	enum rota_err e = db_begin_read(app->db);
	if (e != ERR_OK)
		return e;
	return db_end_read(app->db, store_month_closed(app->db, yyyymm, out, closed));
}

enum rota_err app_month_fingerprint(struct app *app, const struct month_close *c,
                                    char hex[MONTH_FINGERPRINT_HEX + 1])
{
	struct frozen f;
	enum rota_err e = db_begin_read(app->db);
	if (e != ERR_OK)
		return e;
	e = db_end_read(app->db, frozen_read(app, c->id, &f));
	if (e == ERR_OK)
		fingerprint_of(c->month, &f, hex);
	frozen_free(&f);
	return e;
}

static enum rota_err close_month(struct app *app, int yyyymm, long long by, time_t now, struct month_close *c)
{
	bool closed = false;
	struct month_close old;
	enum rota_err e = app_require_coordinator(app, by);
	if (e == ERR_OK && yyyymm >= date_ymd(now) / 100)
		e = ERR_INVALID;
	if (e == ERR_OK)
		e = store_month_closed(app->db, yyyymm, &old, &closed);
	if (e == ERR_OK && closed)
		e = ERR_MONTH_CLOSED_ALREADY;
	struct attendance_list l = { 0 };
	struct frozen f = { 0 };
	if (e == ERR_OK)
		e = app_attendance_list(app, yyyymm, 0, now, &l);
	if (e == ERR_OK) {
		freeze(&l, &f);
		*c = (struct month_close){ .month = yyyymm, .by = by, .at = now };
		fingerprint_of(yyyymm, &f, c->fingerprint);
		e = store_month_close_add(app->db, c, &c->id);
	}
	for (size_t r = 0; e == ERR_OK && r < f.nrows; r++)
		e = store_month_row_add(app->db, c->id, (int)r, &f.rows[r]);
	for (size_t k = 0; e == ERR_OK && k < f.ncells; k++)
		e = store_month_cell_add(app->db, c->id, &f.cells[k]);
	app_attendance_list_free(&l);
	frozen_free(&f);
	return e;
}

/* Names the month a refusal of closing or reopening is about. */
static enum rota_err month_refused(struct refusal *why, enum rota_err e, int yyyymm, time_t now)
{
	if (e == ERR_NOT_COORDINATOR || e == ERR_INVALID || e == ERR_MONTH_CLOSED_ALREADY || e == ERR_MONTH_OPEN)
		refusal_set(why, e, REFUSAL_MONTH, yyyymm, date_ymd(now) / 100);
	else if (e != ERR_OK)
		refusal_code(why, e);
	return e;
}

enum rota_err app_month_may_close(struct app *app, int yyyymm, long long by, time_t now, struct refusal *why)
{
	enum rota_err e = db_begin_read(app->db);
	if (e != ERR_OK)
		return refusal_code(why, e);
	return month_refused(why, db_end_read(app->db, app_require_coordinator(app, by)), yyyymm, now);
}

enum rota_err app_month_close(struct app *app, int yyyymm, long long by, time_t now, struct month_close *out,
                              struct refusal *why)
{
	struct month_close c = { 0 };
	enum rota_err e = db_begin_write(app->db);
	if (e != ERR_OK)
		return refusal_code(why, e);
	e = month_refused(why, db_end_write(app->db, close_month(app, yyyymm, by, now, &c)), yyyymm, now);
	if (e == ERR_OK) {
		log_msg(LOG_INFO, "month %06d closed by %lld, fingerprint %s", yyyymm, by, c.fingerprint);
		if (out)
			*out = c;
	}
	return e;
}

enum rota_err app_month_reopen(struct app *app, int yyyymm, long long by, const char *reason, time_t now,
                               struct refusal *why)
{
	enum text_verdict v = text_check(reason, TEXT_LINE, TEXT_REASON_CHARS);
	if (v != TEXT_OK)
		return refusal_set(why, v == TEXT_BLANK ? ERR_VISIT_REASON : text_verdict_err(v), REFUSAL_REASON, 0, 0);
	enum rota_err e = db_begin_write(app->db);
	if (e != ERR_OK)
		return refusal_code(why, e);
	bool closed = false;
	struct month_close c;
	e = app_require_coordinator(app, by);
	if (e == ERR_OK)
		e = store_month_closed(app->db, yyyymm, &c, &closed);
	if (e == ERR_OK && !closed)
		e = ERR_MONTH_OPEN;
	if (e == ERR_OK)
		e = store_month_reopen(app->db, c.id, by, now, reason);
	e = month_refused(why, db_end_write(app->db, e), yyyymm, now);
	if (e == ERR_OK)
		log_msg(LOG_INFO, "month %06d reopened by %lld", yyyymm, by);
	return e;
}

enum rota_err app_month_each(struct app *app, void (*fn)(const struct month_close *c, void *ctx), void *ctx)
{
	enum rota_err e = db_begin_read(app->db);
	if (e != ERR_OK)
		return e;
	return db_end_read(app->db, store_month_close_each(app->db, fn, ctx));
}

enum rota_err app_month_amend(struct app *app, const struct month_change *ch)
{
	int month = ch->day / 100;
	bool closed = false;
	struct month_close c;
	enum rota_err e = store_month_closed(app->db, month, &c, &closed);
	if (e != ERR_OK || !closed)
		return e;
	if (!ch->reason || text_check(ch->reason, TEXT_LINE, TEXT_REASON_CHARS) != TEXT_OK ||
	    app_require_coordinator(app, ch->by) != ERR_OK)
		return ERR_MONTH_CLOSED;
	struct month_amendment a = { .month = month, .close_id = c.id, .person_id = ch->person_id, .day = ch->day,
		                     .ref_id = ch->ref_id, .before_seconds = ch->before_seconds,
		                     .after_seconds = ch->after_seconds, .by = ch->by, .at = ch->now };
	text_copy(a.what, sizeof a.what, ch->what);
	text_copy(a.reason, sizeof a.reason, ch->reason);
	/* The next list to be signed: the first month after it still open. */
	a.list_month = app_month_next(month);
	for (bool next_closed = true; e == ERR_OK && next_closed;) {
		struct month_close n;
		e = store_month_closed(app->db, a.list_month, &n, &next_closed);
		if (e == ERR_OK && next_closed)
			a.list_month = app_month_next(a.list_month);
	}
	if (e == ERR_OK)
		e = store_month_amend_add(app->db, &a);
	if (e == ERR_OK)
		log_msg(LOG_INFO, "closed month %06d amended (%s %lld) by %lld", month, a.what, a.ref_id, a.by);
	return e;
}

enum rota_err app_month_amend_span(struct app *app, long long person_id, int from, int to, const char *what,
                                   long long ref_id, long long by, const char *reason, time_t now)
{
	enum rota_err e = ERR_OK;
	for (int m = from / 100; e == ERR_OK && m <= to / 100; m = app_month_next(m)) {
		struct month_change ch = { .person_id = person_id, .day = m == from / 100 ? from : m * 100 + 1,
			                   .what = what, .ref_id = ref_id, .by = by, .reason = reason, .now = now };
		e = app_month_amend(app, &ch);
	}
	return e;
}

enum rota_err app_month_amend_absence(struct app *app, long long id, long long by, const char *reason, time_t now)
{
	long long person_id;
	int from, to;
	enum rota_err e = store_absence_span(app->db, id, &person_id, &from, &to);
	if (e == ERR_OK)
		e = app_month_amend_span(app, person_id, from, to, "absence_cancel", id, by, reason, now);
	return e;
}

enum rota_err app_month_amendments(struct app *app, int month, int list_month, month_amendment_fn fn, void *ctx)
{
	enum rota_err e = db_begin_read(app->db);
	if (e != ERR_OK)
		return e;
	return db_end_read(app->db, store_month_amend_each(app->db, month, list_month, fn, ctx));
}

/* Puts the signed list's columns in place of l's counted ones (its rows
 * are the closed ones already: app_hours_month); a day's name stays where
 * its column is. */
static void apply_columns(const struct month_hours *m, struct attendance_list *l)
{
	if (!m->ncells)
		return;
	int days[31], ndays = 0;
	char *names[31] = { 0 };
	bool holiday[31] = { 0 };
	for (size_t k = 0; k < m->ncells && ndays < 31; k++) {
		int d = m->cells[k].day;
		bool seen = false;
		for (int i = 0; i < ndays && !seen; i++)
			seen = days[i] == d;
		if (!seen)
			days[ndays++] = d;
	}
	for (int i = 1; i < ndays; i++)
		for (int j = i; j > 0 && days[j - 1] > days[j]; j--) {
			int t = days[j];
			days[j] = days[j - 1];
			days[j - 1] = t;
		}
	for (int i = 0; i < ndays; i++)
		for (int j = 0; j < l->ndays; j++)
			if (l->days[j] == days[i]) {
				names[i] = l->day_names[j];
				holiday[i] = l->day_is_holiday[j];
				l->day_names[j] = NULL;
			}
	for (int j = 0; j < 31; j++) {
		free(l->day_names[j]);
		l->day_names[j] = names[j];
		l->day_is_holiday[j] = holiday[j];
		l->days[j] = j < ndays ? days[j] : 0;
	}
	l->ndays = ndays;
}

enum rota_err app_month_frozen_apply(struct app *app, struct attendance_list *l)
{
	struct month_hours m;
	enum rota_err e = app_month_hours_read(app, l->yyyymm, &m);
	if (e == ERR_OK && m.is_closed)
		apply_columns(&m, l);
	app_month_hours_free(&m);
	return e;
}
