/* The central reports: one site at a time, the central rows become an
 * in-memory copy of the site's records, and the site's use case runs on it. */
#include "app/central.h"

#include <stdlib.h>
#include <string.h>

#include "central/central.h"
#include "store/db.h"
#include "store/feed.h"
#include "util/alloc.h"
#include "util/text.h"

enum rota_err app_central_init(const char *conninfo, int *from, int *to)
{
	struct central *c;
	*from = *to = 0;
	enum rota_err e = central_open(conninfo, &c);
	if (e != ERR_OK)
		return e;
	e = central_migrate(c, from, to);
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
	if (l->n == l->cap) {
		l->cap = l->cap ? 2 * l->cap : 16;
		l->ids = xrealloc(l->ids, l->cap * sizeof *l->ids);
	}
	text_copy(l->ids[l->n++], FEED_SITE_ID_MAX, site);
}

/* Builds the copy of one site's records and opens an app on it. */
static enum rota_err site_copy(struct central *c, const char *site, struct app **out)
{
	struct db *db;
	enum rota_err e = store_copy_open(&db);
	if (e != ERR_OK)
		return e;
	for (size_t i = 0; e == ERR_OK && feed_table(i); i++) {
		char *rows = NULL;
		e = central_rows(c, site, feed_table(i), &rows);
		if (e == ERR_OK)
			e = store_copy_put(db, feed_table(i), rows);
		free(rows);
	}
	if (e != ERR_OK) {
		db_close(db);
		return e;
	}
	return app_open_db(db, "central", out);
}

enum rota_err app_central_each_site(const char *conninfo, const char *site, central_site_fn fn, void *ctx)
{
	struct central *c;
	enum rota_err e = central_open(conninfo, &c);
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
		if ((e = site_copy(c, all.ids[i], &app)) == ERR_OK)
			e = fn(app, all.ids[i], ctx);
		app_close(app);
	}
	free(all.ids);
	central_close(c);
	return e;
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

enum rota_err app_central_hours(const char *conninfo, const char *site, int yyyymm, time_t now,
                                central_hours_fn fn, void *ctx)
{
	struct hours_walk w = { yyyymm, now, fn, ctx, NULL };
	return app_central_each_site(conninfo, site, hours_of_site, &w);
}
