/* The analysts' schema of the central database (central/views.c): typed
 * views of the sites' current rows, and who may read which site. */
#ifndef ROTA_CENTRAL_VIEWS_H
#define ROTA_CENTRAL_VIEWS_H

/* The central migration that makes schema analyst: one view per table the
 * change feed sends (site_id and site_name first, then the table's typed
 * columns), analyst.sites, analyst.daily_hours and analyst.month_hours,
 * each commented; and analyst.role_sites, the mapping every view reads to
 * show a role only the sites granted to it. */
extern const char central_views_sql[];
/* The central migration that adds the closed months' views (central/
 * views_month.c): month_closes, month_rows and month_cells typed, and
 * attendance_cells, the signed list's cells in the states the site's
 * attendance list prints; each commented. */
extern const char central_views_month_sql[];

#endif
