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
/* A later central migration (central/views_esf.c): analyst.entry_facts
 * again, showing the special-category rows only to the roles
 * analyst.role_special names (and saying which rows they are), and
 * analyst.esf_exports. */
extern const char central_esf_views_sql[];

#endif
