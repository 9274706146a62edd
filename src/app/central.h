/* The programme's view across sites: setting up the central PostgreSQL and
 * answering the site's own reports from it. A report is never written a
 * second time for the centre: each site's current rows that the report's
 * period needs are read into a private in-memory copy of the site's
 * schema (however many years the centre holds, a month's report reads a
 * month), and the site's own use case
 * (app_hours_month, app_attendance_list, app_summary) runs on
 * that copy unchanged, so the centre gives the same numbers as the site. */
#ifndef ROTA_APP_CENTRAL_H
#define ROTA_APP_CENTRAL_H

#include <stdbool.h>
#include <time.h>

#include "app/app.h"
#include "app/attendance_list.h"
#include "app/hours.h"
#include "app/summary.h"


/* Where the central database is and what its connection may be: conninfo is
 * libpq's (a connection string, a URI or "service=NAME"; never a password).
 * A server on another machine is reached only with its certificate checked
 * (sslmode=verify-full, which rota adds when the string names no sslmode)
 * unless allows_unverified_tls says the network between is trusted. */
struct central_to {
	const char *conninfo;
	bool allows_unverified_tls;
};

/* Room for a site's id (store/feed.h's FEED_SITE_ID_MAX). */
#define CENTRAL_SITE_ID_MAX 40

/* Creates or upgrades the central schema at centre; *from and *to_version are the
 * versions before and after. ERR_CENTRAL_NEWER leaves a newer one alone. */
enum rota_err app_central_init(const struct central_to *centre, int *from, int *to_version);

/* Lets role, a role that already exists at centre, read the central
 * database's analyst views, and in them only site's records (site NULL:
 * every site's, for the programme's coordinators), with special their
 * special-category entry data too; see central_grant().
 * A centre not set up (or older) is ERR_CENTRAL_SCHEMA. */
enum rota_err app_central_grant(const struct central_to *centre, const char *site, const char *role, bool special);

/* Called once per site with an app whose records are that site's copy
 * (read only in spirit: nothing written there goes anywhere). */
typedef enum rota_err (*central_site_fn)(struct app *site, const char *site_id, void *ctx);

/* Calls fn for the site named (NULL: every site, in id order), on a copy
 * that holds what a report on the days first..last (YYYYMMDD) reads: the
 * visits from the first of first's month to last (with the hours of the
 * earlier months per person and month, for the hours to date), no visit's
 * history, and every row of the other tables. A report of those days on it says what the site says; a
 * question about other days does not. An unknown site is
 * ERR_CENTRAL_NO_SITE; fn's first error stops the walk. */
enum rota_err app_central_each_site(const struct central_to *centre, const char *site, int first, int last,
                                    central_site_fn fn, void *ctx);

/* Called with each row of app_central_hours and its site. */
typedef void (*central_hours_fn)(const char *site_id, const struct hours_row *row, void *ctx);

/* The month's hour sheet of each site (see app_hours_month), from the
 * central records. */
enum rota_err app_central_hours(const struct central_to *centre, const char *site, int yyyymm, time_t now,
                                central_hours_fn fn, void *ctx);

/* Called with each site's attendance list (app/attendance_list.h) and
 * the site's copy (its settings name the workshop). */
typedef enum rota_err (*central_attendance_fn)(struct app *site, const char *site_id,
                                               const struct attendance_list *l, void *ctx);

/* The month's attendance list of each site (see app_attendance_list; a
 * group's id is its site's), from the central records. */
enum rota_err app_central_attendance(const struct central_to *centre, const char *site, int yyyymm, long long group_id,
                                     time_t now, central_attendance_fn fn, void *ctx);

/* The programme summary across sites: the sites' summaries (app_summary)
 * added up. Counts are summed as raw numbers and the small-cell rule is
 * applied once, to the sums (annex_protect, with the highest of the sites'
 * thresholds); hours of presence are summed too. Mentoring stays per
 * participant, so per site: mentoring[i] is site_ids[i]'s, in site order. */
struct central_summary {
	struct summary sum;
	char (*site_ids)[CENTRAL_SITE_ID_MAX];
};

/* Fills *out for the days from..to across the sites (site: one only),
 * from the central records; a period app_summary() refuses is ERR_INVALID
 * (at the first site). Free with
 * app_central_summary_free(), also after an error. */
enum rota_err app_central_summary(const struct central_to *centre, const char *site, int from, int to, time_t now,
                                  struct central_summary *out);
/* Frees what app_central_summary() allocated (not cs itself). */
void app_central_summary_free(struct central_summary *cs);

#endif
