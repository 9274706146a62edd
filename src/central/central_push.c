/* Storing a site's batch of changes at the centre, in one server
 * transaction. The batch's JSON is read once, into a temporary table of
 * this connection (pg_temp.rota_batch, emptied at each commit), and every
 * step after it is one set-wise statement over that table: the check for
 * clashes, the change log's new rows with the current rows they move on,
 * the forgetting of an anonymised person, the confirmed mark. The server
 * parses each change's row once, not once a statement. */
#include "central/central.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "central/central_internal.h"
#include "util/log.h"
#include "util/text.h"

/* The batch's changes as typed columns: x is the change's own bytes when
 * its row could not hold them (NULL: row is exact). */
static enum rota_err batch_table(struct central *c)
{
	if (c->has_batch_table)
		return ERR_OK;
	/* Outside the batch's transaction, so a batch refused and rolled back
	 * leaves the table for the next one. */
	enum rota_err e = central_run(c,
		"CREATE TEMPORARY TABLE rota_batch(seq bigint NOT NULL, tbl text NOT NULL, k text NOT NULL,"
		" op text NOT NULL, \"row\" jsonb NOT NULL, p bigint, x bytea) ON COMMIT DELETE ROWS",
		0, NULL, NULL);
	c->has_batch_table = e == ERR_OK;
	return e;
}

/* Reads the JSON of batch into rota_batch: the one time it is parsed. */
static enum rota_err batch_load(struct central *c, const char *batch)
{
	const char *p[] = { batch };
	return central_run(c,
		"INSERT INTO pg_temp.rota_batch(seq, tbl, k, op, \"row\", p, x)"
		" SELECT seq, tbl, k, op, \"row\", p, decode(x, 'hex') FROM json_to_recordset($1::json)"
		" AS b(seq bigint, tbl text, k text, op text, \"row\" jsonb, p bigint, x text)",
		1, p, NULL);
}

/* A number the centre already holds with other content: the site's file
 * was put back from a backup and numbers its changes again. Skipping them
 * would lose them, so nothing is stored. (The content of an anonymised
 * person's change is rewritten on both sides, each to the row as it last
 * saw it: only its table and key must agree.) Only the numbers up to the
 * highest the centre ever held can clash: a batch of new changes is not
 * looked up at all. */
static enum rota_err batch_clashes(struct central *c, const char *site)
{
	const char *p[] = { site };
	PGresult *r;
	enum rota_err e = central_run(c,
		"SELECT count(*) FROM pg_temp.rota_batch AS b JOIN change_log AS l ON l.site_id = $1 AND l.seq = b.seq"
		" WHERE b.seq <= (SELECT s.last_seq FROM sites AS s WHERE s.site_id = $1)"
		" AND (l.tbl <> b.tbl OR l.row_key <> b.k"
		" OR ((l.row <> b.\"row\" OR l.raw IS DISTINCT FROM b.x) AND NOT EXISTS"
		"  (SELECT 1 FROM current_row a WHERE a.site_id = $1 AND a.tbl = 'anonymisations'"
		"   AND (a.row->>'person_id')::bigint = l.person_id)))",
		1, p, &r);
	if (e != ERR_OK)
		return e;
	if (strcmp(c->pq->PQgetvalue(r, 0, 0), "0") != 0) {
		log_msg(LOG_ERROR, "central: %s changes of site %s differ from those already there",
		        c->pq->PQgetvalue(r, 0, 0), site);
		e = ERR_CENTRAL_CLASH;
	}
	c->pq->PQclear(r);
	return e;
}

/* Only the changes new to the log move the current rows on, and a row
 * only ever moves to a later change of its site (of several changes to
 * one row in the batch, the latest). A change's own bytes (x) are kept
 * beside the row jsonb could hold. A visit's row that moves takes its
 * seconds out of its month's and puts the new row's in (month_seconds):
 * the row it replaced is read in the statement's snapshot (which does not
 * see the statement's own changes, and which the site's lock, taken first,
 * keeps true), by its key, one lookup a row moved. */
static enum rota_err batch_store(struct central *c, const char *site, long long *added, bool *forgot)
{
	const char *p[] = { site };
	PGresult *r;
	enum rota_err e = central_run(c,
		"WITH ins AS (INSERT INTO change_log(site_id, seq, tbl, row_key, op, row, person_id, raw)"
		"         SELECT $1, seq, tbl, k, op, \"row\", p, x FROM pg_temp.rota_batch ON CONFLICT DO NOTHING"
		"         RETURNING seq, tbl, row_key, row),"
		" newest AS (SELECT DISTINCT ON (tbl, row_key) tbl, row_key, seq, row FROM ins"
		"         ORDER BY tbl, row_key, seq DESC),"
		" cur AS (INSERT INTO current_row(site_id, tbl, row_key, seq, row)"
		"         SELECT $1, tbl, row_key, seq, row FROM newest"
		"         ON CONFLICT (site_id, tbl, row_key) DO UPDATE"
		"         SET seq = EXCLUDED.seq, row = EXCLUDED.row WHERE current_row.seq < EXCLUDED.seq"
		"         RETURNING tbl, row_key, row),"
		" moved AS (SELECT cur.row, 1 AS sign FROM cur WHERE cur.tbl = 'visits'"
		"         UNION ALL SELECT (SELECT o.row FROM current_row AS o WHERE o.site_id = $1"
		"          AND o.tbl = 'visits' AND o.row_key = cur.row_key), -1 FROM cur WHERE cur.tbl = 'visits'),"
		" months AS (INSERT INTO month_seconds(site_id, person_id, month, seconds)"
		"         SELECT $1, (row->>'person_id')::bigint, ((row->>'day')::bigint / 100)::integer,"
		"         sum(sign * " CENTRAL_VISIT_SECONDS("row") ")"
		"         FROM moved WHERE " CENTRAL_VISIT_COUNTS("row") " GROUP BY 2, 3"
		"         ON CONFLICT (site_id, person_id, month) DO UPDATE"
		"         SET seconds = month_seconds.seconds + EXCLUDED.seconds)"
		" SELECT count(*), coalesce(max(seq), 0), count(*) FILTER (WHERE tbl = 'anonymisations') FROM ins",
		1, p, &r);
	if (e != ERR_OK)
		return e;
	*added = atoll(c->pq->PQgetvalue(r, 0, 0));
	/* An anonymisation new here replaced texts in the current rows: their
	 * old versions stay in the table's files until a vacuum. */
	*forgot = strcmp(c->pq->PQgetvalue(r, 0, 2), "0") != 0;
	const char *q[] = { site, c->pq->PQgetvalue(r, 0, 1) };
	e = central_run(c, "UPDATE sites SET last_seq = greatest(last_seq, $2::bigint) WHERE site_id = $1", 2, q, NULL);
	c->pq->PQclear(r);
	return e;
}

/* A person the site anonymised: their earlier changes here are rewritten
 * as their rows now are, as the site did with its outbox, so the log keeps
 * no text the site forgot (nor its bytes). The current rows moved on with
 * the changes that replaced the texts. Only the people this batch is
 * about: the others were seen to before. */
static enum rota_err batch_forget(struct central *c, const char *site, bool *forgot)
{
	const char *p[] = { site };
	PGresult *r;
	enum rota_err e = central_run(c,
		"WITH u AS (UPDATE change_log AS l SET row = c.row, raw = cl.raw"
		"  FROM current_row AS c JOIN change_log AS cl ON cl.site_id = c.site_id AND cl.seq = c.seq"
		"  WHERE l.site_id = $1 AND c.site_id = $1 AND c.tbl = l.tbl AND c.row_key = l.row_key"
		"  AND (l.row <> c.row OR l.raw IS DISTINCT FROM cl.raw) AND l.person_id IN"
		"   (SELECT (a.row->>'person_id')::bigint FROM current_row AS a"
		"    WHERE a.site_id = $1 AND a.tbl = 'anonymisations')"
		"  AND l.person_id IN (SELECT b.p FROM pg_temp.rota_batch AS b)"
		"  RETURNING 1)"
		" SELECT count(*) FROM u",
		1, p, &r);
	if (e != ERR_OK)
		return e;
	if (strcmp(c->pq->PQgetvalue(r, 0, 0), "0") != 0)
		*forgot = true;
	c->pq->PQclear(r);
	return ERR_OK;
}

/* How far the site's changes are here with no number missing: from the
 * mark before on (read first, so both lookups go by the key), up to the
 * first change whose next is not here. */
static enum rota_err batch_held(struct central *c, const char *site, long long *held)
{
	const char *p[] = { site };
	PGresult *r;
	enum rota_err e = central_run(c, "SELECT held_seq FROM sites WHERE site_id = $1", 1, p, &r);
	if (e != ERR_OK)
		return e;
	char before[24] = "0";
	if (c->pq->PQntuples(r) == 1)
		text_copy(before, sizeof before, c->pq->PQgetvalue(r, 0, 0));
	c->pq->PQclear(r);
	const char *h[] = { site, before };
	e = central_run(c,
		"UPDATE sites SET held_seq = coalesce((SELECT min(l.seq) FROM change_log AS l"
		"  WHERE l.site_id = $1 AND l.seq > $2::bigint"
		"  AND EXISTS (SELECT 1 FROM change_log WHERE site_id = $1 AND seq = $2::bigint + 1)"
		"  AND NOT EXISTS (SELECT 1 FROM change_log AS n WHERE n.site_id = $1 AND n.seq = l.seq + 1)),"
		"  $2::bigint)"
		" WHERE site_id = $1 RETURNING held_seq",
		2, h, &r);
	if (e != ERR_OK)
		return e;
	if (c->pq->PQntuples(r) == 1)
		*held = atoll(c->pq->PQgetvalue(r, 0, 0));
	c->pq->PQclear(r);
	return ERR_OK;
}

enum rota_err central_push(struct central *c, const char *site, const char *batch, long long *added,
                           bool *forgot, long long *held)
{
	*added = 0;
	*forgot = false;
	*held = 0;
	const char *p[] = { site };
	enum rota_err e = batch_table(c);
	if (e != ERR_OK)
		return e;
	if ((e = central_begin(c)) != ERR_OK)
		return e;
	/* The site's lock first, as central_set_aside takes it. */
	e = central_run(c, "SELECT pg_advisory_xact_lock(" CENTRAL_SITE_LOCK ", hashtext($1))", 1, p, NULL);
	if (e == ERR_OK)
		e = central_run(c,
			"INSERT INTO sites(site_id) VALUES ($1) ON CONFLICT (site_id) DO UPDATE SET last_sync = now()",
			1, p, NULL);
	if (e == ERR_OK)
		e = batch_load(c, batch);
	if (e == ERR_OK)
		e = batch_clashes(c, site);
	if (e == ERR_OK)
		e = batch_store(c, site, added, forgot);
	if (e == ERR_OK)
		e = batch_forget(c, site, forgot);
	if (e == ERR_OK)
		e = batch_held(c, site, held);
	e = central_end(c, e);
	if (e != ERR_OK) {
		*added = 0;
		*forgot = false;
		*held = 0;
	}
	return e;
}
