/* Handing back a site's current rows, whole tables or the part of one a
 * period needs, and the figures of the visits before a period, so a report
 * on a copy of the site's records reads only what it needs however many
 * years the centre holds. */
#include "central/central.h"

#include <stdio.h>
#include <stdlib.h>

#include "central/central_internal.h"
#include "util/alloc.h"

/* Runs sql (one row, one column: a JSON array) and copies its value. */
static enum rota_err json_of(struct central *c, const char *sql, int n, const char *const *p, char **rows)
{
	PGresult *r;
	*rows = NULL;
	enum rota_err e = central_run(c, sql, n, p, &r);
	if (e != ERR_OK)
		return e;
	*rows = xstrdup(c->pq->PQgetvalue(r, 0, 0));
	c->pq->PQclear(r);
	return ERR_OK;
}

enum rota_err central_rows(struct central *c, const char *site, const char *tbl, char **rows)
{
	const char *p[] = { site, tbl };
	return json_of(c,
		"SELECT coalesce(json_agg(row ORDER BY seq), '[]') FROM current_row WHERE site_id = $1 AND tbl = $2",
		2, p, rows);
}

enum rota_err central_rows_between(struct central *c, const char *site, const char *tbl, const char *key,
                                   long long from, long long to, char **rows)
{
	char f[24], t[24];
	snprintf(f, sizeof f, "%lld", from);
	snprintf(t, sizeof t, "%lld", to);
	const char *p[] = { site, tbl, key, f, t };
	/* The visits' day is indexed (central migration 8): the planner sees
	 * the parameters' values, so the key named is the index's own. */
	return json_of(c,
		"SELECT coalesce(json_agg(row ORDER BY seq), '[]') FROM current_row WHERE site_id = $1 AND tbl = $2"
		" AND (row->>$3)::bigint BETWEEN $4::bigint AND $5::bigint",
		5, p, rows);
}

enum rota_err central_month_seconds(struct central *c, const char *site, int before, char **rows)
{
	char b[24];
	snprintf(b, sizeof b, "%d", before / 100);
	const char *p[] = { site, b };
	/* Kept as the visits' rows move (central migration 8, central_push):
	 * a row a person and month, not a row a visit. */
	return json_of(c,
		"SELECT coalesce(json_agg(json_build_object('person_id', person_id, 'month', month, 'seconds', seconds)"
		"  ORDER BY person_id, month), '[]')"
		" FROM month_seconds WHERE site_id = $1 AND month < $2::integer",
		2, p, rows);
}
