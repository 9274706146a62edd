/* The programme's view across sites: setting up the central PostgreSQL and
 * answering the site's own reports from it. A report is never written a
 * second time for the centre: each site's current rows are read into a
 * private in-memory copy of the site's schema, and the site's own use case
 * (app_hours_month, and as they come attendance and the summary) runs on
 * that copy unchanged, so the centre gives the same numbers as the site. */
#ifndef ROTA_APP_CENTRAL_H
#define ROTA_APP_CENTRAL_H

#include <time.h>

#include "app/app.h"
#include "app/hours.h"

/* Creates or upgrades the central schema at conninfo; *from and *to are the
 * versions before and after. ERR_CENTRAL_NEWER leaves a newer one alone. */
enum rota_err app_central_init(const char *conninfo, int *from, int *to);

/* Called once per site with an app whose records are that site's copy
 * (read only in spirit: nothing written there goes anywhere). */
typedef enum rota_err (*central_site_fn)(struct app *site, const char *site_id, void *ctx);

/* Calls fn for the site named (NULL: every site, in id order). An unknown
 * site is ERR_CENTRAL_NO_SITE; fn's first error stops the walk. */
enum rota_err app_central_each_site(const char *conninfo, const char *site, central_site_fn fn, void *ctx);

/* Called with each row of app_central_hours and its site. */
typedef void (*central_hours_fn)(const char *site_id, const struct hours_row *row, void *ctx);

/* The month's hour sheet of each site (see app_hours_month), from the
 * central records. */
enum rota_err app_central_hours(const char *conninfo, const char *site, int yyyymm, time_t now,
                                central_hours_fn fn, void *ctx);

#endif
