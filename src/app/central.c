/* The central reports: one site at a time, the central rows become an
 * in-memory copy of the site's records, and the site's use case runs on it. */
#include "app/central.h"

#include <stdlib.h>
#include <string.h>

#include "app/summary_annex.h"
#include "central/central.h"
#include "store/db.h"
#include "store/feed.h"
#include "util/alloc.h"
#include "util/date.h"
#include "util/text.h"

_Static_assert(CENTRAL_SITE_ID_MAX == FEED_SITE_ID_MAX, "a site's id has one size");

enum rota_err app_central_init(const struct central_to *centre, int *from, int *to_version)
{
	struct central *c;
	*from = *to_version = 0;
	enum rota_err e = central_open(centre->conninfo, centre->allows_unverified_tls, &c);
	if (e != ERR_OK)
		return e;
	e = central_migrate(c, from, to_version);
	central_close(c);
	return e;
}

enum rota_err app_central_grant(const struct central_to *centre, const char *site, const char *role, bool special)
{
	struct central *c;
	enum rota_err e = central_open(centre->conninfo, centre->allows_unverified_tls, &c);
	if (e != ERR_OK)
		return e;
	e = central_check(c);
	if (e == ERR_OK)
		e = central_grant(c, site, role, special);
	central_close(c);
	return e;
}

struct site_list {
	char (*ids)[FEED_SITE_ID_MAX];
	size_t n, cap;
};

static void add_site(const char *site, void *ctx)
{
	struct site_list *l = ctx;
	l->ids = xgrow(l->ids, l->n, &l->cap, sizeof *l->ids);
	text_copy(l->ids[l->n++], FEED_SITE_ID_MAX, site);
}

/* Reads the part of table tbl the days first..last need into the copy:
 * the visits that began in them, from the first of first's month (the big
 * table, found by day; the earlier months come as their hours); none of
 * the visits' histories (no report reads them); every row of the other
 * tables, which hold people, their plans and the calendar and grow with
 * the people, not with the days. */
static enum rota_err copy_table(struct central *c, const char *site, const char *tbl, int first, int last,
                                struct db *db)
{
	char *rows = NULL;
	enum rota_err e;
	if (!strcmp(tbl, "visit_history"))
		return ERR_OK;
	if (!strcmp(tbl, "visits"))
		e = central_rows_between(c, site, tbl, "day", first / 100 * 100 + 1, last, &rows);
	else
		e = central_rows(c, site, tbl, &rows);
	if (e == ERR_OK)
		e = store_copy_put(db, tbl, rows);
	free(rows);
	return e;
}

/* Builds the copy of one site's records for a report on the days
 * first..last (YYYYMMDD) and opens an app on it. The visits of the months
 * before the period come as their hours per person and month, so the hours
 * to date are the site's; those after it are not needed. */
static enum rota_err site_copy(struct central *c, const char *site, int first, int last, struct app **out)
{
	struct db *db;
	enum rota_err e = store_copy_open(&db);
	if (e != ERR_OK)
		return e;
	for (size_t i = 0; e == ERR_OK && feed_table(i); i++)
		e = copy_table(c, site, feed_table(i), first, last, db);
	char *months = NULL;
	if (e == ERR_OK)
		e = central_month_seconds(c, site, first, &months);
	if (e == ERR_OK)
		e = store_copy_add_month_seconds(db, months);
	free(months);
	if (e != ERR_OK) {
		db_close(db);
		return e;
	}
	return app_open_db(db, "central", out);
}

enum rota_err app_central_each_site(const struct central_to *centre, const char *site, int first, int last,
                                    central_site_fn fn, void *ctx)
{
	struct central *c;
	enum rota_err e = central_open(centre->conninfo, centre->allows_unverified_tls, &c);
	if (e != ERR_OK)
		return e;
	struct site_list all = { 0 };
	e = central_check(c);
	if (e == ERR_OK)
		e = central_sites(c, add_site, &all);
	size_t from = 0, to = all.n;
	if (e == ERR_OK && site) {
		for (from = 0; from < all.n && strcmp(all.ids[from], site) != 0; from++)
			;
		to = from + 1;
		if (from == all.n)
			e = ERR_CENTRAL_NO_SITE;
	}
	for (size_t i = from; e == ERR_OK && i < to; i++) {
		struct app *app = NULL;
		if ((e = site_copy(c, all.ids[i], first, last, &app)) == ERR_OK)
			e = fn(app, all.ids[i], ctx);
		app_close(app);
	}
	free(all.ids);
	central_close(c);
	return e;
}

/* The first and the last day (YYYYMMDD) of month yyyymm. */
static int month_first(int yyyymm)
{
	return yyyymm * 100 + 1;
}

static int month_last(int yyyymm)
{
	return date_add_days(date_add_days(yyyymm * 100 + 1, 31) / 100 * 100 + 1, -1);
}

struct hours_walk {
	int yyyymm;
	time_t now;
	central_hours_fn fn;
	void *ctx;
	const char *site;
};

static void hours_row(const struct hours_row *row, void *ctx)
{
	struct hours_walk *w = ctx;
	w->fn(w->site, row, w->ctx);
}

static enum rota_err hours_of_site(struct app *app, const char *site_id, void *ctx)
{
	struct hours_walk *w = ctx;
	w->site = site_id;
	return app_hours_month(app, w->yyyymm, w->now, hours_row, w);
}

enum rota_err app_central_hours(const struct central_to *centre, const char *site, int yyyymm, time_t now,
                                central_hours_fn fn, void *ctx)
{
	struct hours_walk w = { yyyymm, now, fn, ctx, NULL };
	return app_central_each_site(centre, site, month_first(yyyymm), month_last(yyyymm), hours_of_site, &w);
}

struct attendance_walk {
	int yyyymm;
	long long group;
	time_t now;
	central_attendance_fn fn;
	void *ctx;
};

static enum rota_err attendance_of_site(struct app *app, const char *site_id, void *ctx)
{
	struct attendance_walk *w = ctx;
	struct attendance_list l;
	enum rota_err e = app_attendance_list(app, w->yyyymm, w->group, w->now, &l);
	if (e == ERR_OK)
		e = w->fn(app, site_id, &l, w->ctx);
	app_attendance_list_free(&l);
	return e;
}

enum rota_err app_central_attendance(const struct central_to *centre, const char *site, int yyyymm, long long group_id,
                                     time_t now, central_attendance_fn fn, void *ctx)
{
	struct attendance_walk w = { yyyymm, group_id, now, fn, ctx };
	return app_central_each_site(centre, site, month_first(yyyymm), month_last(yyyymm), attendance_of_site, &w);
}

struct summary_walk {
	int from, to;
	time_t now;
	struct central_summary *out;
};

static enum rota_err summary_of_site(struct app *app, const char *site_id, void *ctx)
{
	struct summary_walk *w = ctx;
	struct summary s;
	enum rota_err e = app_summary(app, w->from, w->to, &s);
	struct summary *sum = &w->out->sum;
	if (e == ERR_OK) {
		for (size_t i = 0; i < s.ncounts; i++)
			summary_count_add(sum, s.counts[i].section, s.counts[i].item, s.counts[i].people);
		sum->presence_seconds += s.presence_seconds;
		if (s.min_count > sum->min_count)
			sum->min_count = s.min_count; /* the strictest site's rule */
		sum->presence_amended_seconds += s.presence_amended_seconds;
		sum->is_presence_amended |= s.is_presence_amended;
		if (s.nmentoring) {
			size_t n = sum->nmentoring + s.nmentoring;
			sum->mentoring = xrealloc(sum->mentoring, n * sizeof *sum->mentoring);
			w->out->site_ids = xrealloc(w->out->site_ids, n * sizeof *w->out->site_ids);
			sum->mentoring_cap = n;
			for (size_t i = 0; i < s.nmentoring; i++, sum->nmentoring++) {
				sum->mentoring[sum->nmentoring] = s.mentoring[i];
				text_copy(w->out->site_ids[sum->nmentoring], CENTRAL_SITE_ID_MAX, site_id);
			}
		}
	}
	summary_free(&s);
	return e;
}

enum rota_err app_central_summary(const struct central_to *centre, const char *site, int from, int to, time_t now,
                                  struct central_summary *out)
{
	memset(out, 0, sizeof *out);
	out->sum.from = from;
	out->sum.to = to;
	/* refused before any connection, as app_summary() would refuse it */
	if (to < from)
		return ERR_INVALID;
	struct summary_walk w = { from, to, now, out };
	enum rota_err e = app_central_each_site(centre, site, from, to, summary_of_site, &w);
	if (e == ERR_OK)
		annex_protect(&out->sum); /* on the sums: two sites of 3 are 6 */
	return e;
}

void app_central_summary_free(struct central_summary *cs)
{
	summary_free(&cs->sum);
	free(cs->site_ids);
	cs->site_ids = NULL;
}
