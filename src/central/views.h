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
/* The central migration that follows the sites' visits held after the
 * programme ended: analyst.visits gains after_end, accepted_by and
 * accepted_at, and analyst.daily_hours (so month_hours too) counts such a
 * visit only once it is accepted, as the site does. */
extern const char central_views_after_end_sql[];
/* The central migration that adds analyst.closed_month_hours: each
 * person's closed month as the site closed it, the amended hours beside. */
extern const char central_closed_views_sql[];
/* A later central migration (central/views_esf.c): analyst.entry_facts
 * again, showing the special-category rows only to the roles
 * analyst.role_special names (and saying which rows they are), and
 * analyst.esf_exports. */
extern const char central_esf_views_sql[];
/* The central migration that adds the closed months' views (central/
 * views_month.c): month_closes, month_rows and month_cells typed, and
 * attendance_cells, the signed list's cells in the states the site's
 * attendance list prints; each commented. */
extern const char central_views_month_sql[];
/* The central migration that adds the ESF+ indicators on participants
 * (central/views_annex.c): analyst.entrants, each participant on entry by
 * the site's rules, and analyst.annex_counts_by_month, the rows of the
 * site's summary table by gender per site and month of entry, raw; with
 * analyst.entry_date and analyst.entry_age, the site's reading of a date
 * and an age. No special-category field. */
extern const char central_annex_views_sql[];

#endif
