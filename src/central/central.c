/* The central PostgreSQL through libpq (loaded on demand, central/pq_lib.h).
 * The schema keeps every change as it came, keyed (site_id, seq), and the
 * current row of each record, keyed (site_id, tbl, row_key), moved on in
 * the same transaction as the change that made it. A person a site
 * anonymised is forgotten in the log as the site forgot them. */
#include "central/central.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "central/central_internal.h"
#include "central/pq_lib.h"
#include "central/views.h"
#include "util/alloc.h"
#include "util/log.h"
#include "util/text.h"


/* The seconds per person and month of a site's current visits, by the
 * site's rule; where narrows the rows (one site: "AND site_id = $1"). */
#define CENTRAL_MONTH_SECONDS(where) \
	"SELECT site_id, (row->>'person_id')::bigint, ((row->>'day')::bigint / 100)::integer," \
	" sum(" CENTRAL_VISIT_SECONDS("row") ")" \
	" FROM current_row WHERE tbl = 'visits' AND " CENTRAL_VISIT_COUNTS("row") " " where " GROUP BY 1, 2, 3"

/* Central migration i brings the schema from version i to i + 1. Never
 * edit one that has shipped: add the next. */
static const char *const central_migrations[] = {
	/* 1: sites, the change log, the current rows */
	"CREATE TABLE rota_schema(version integer NOT NULL);"
	"INSERT INTO rota_schema VALUES (0);"
	"CREATE TABLE sites("
	"  site_id text PRIMARY KEY,"
	"  first_seen timestamptz NOT NULL DEFAULT now(),"
	"  last_sync timestamptz NOT NULL DEFAULT now(),"
	"  last_seq bigint NOT NULL DEFAULT 0"
	");"
	"CREATE TABLE change_log("
	"  site_id text NOT NULL REFERENCES sites(site_id),"
	"  seq bigint NOT NULL,"
	"  tbl text NOT NULL,"
	"  row_key text NOT NULL,"
	"  op text NOT NULL,"
	"  row jsonb NOT NULL,"
	"  received_at timestamptz NOT NULL DEFAULT now(),"
	"  PRIMARY KEY(site_id, seq)"
	");"
	"CREATE TABLE current_row("
	"  site_id text NOT NULL REFERENCES sites(site_id),"
	"  tbl text NOT NULL,"
	"  row_key text NOT NULL,"
	"  seq bigint NOT NULL,"
	"  row jsonb NOT NULL,"
	"  PRIMARY KEY(site_id, tbl, row_key)"
	");",
	/* 2: whose record each change is (as the site says), so a person the
	 * site anonymised can be forgotten here too */
	"ALTER TABLE change_log ADD COLUMN person_id bigint;"
	"CREATE INDEX change_log_person ON change_log(site_id, person_id) WHERE person_id IS NOT NULL;",
	/* 3: the site's own bytes of a change that jsonb cannot hold as they
	 * are (a NUL, or bytes that are no UTF-8, in a name an older rota or a
	 * hand edit left), so no value stops a site's sync and none is lost */
	"ALTER TABLE change_log ADD COLUMN raw bytea;"
	"COMMENT ON COLUMN change_log.raw IS 'The change''s row exactly as the site holds it, when row differs:"
	" row then has U+FFFD for each NUL and each byte that is no UTF-8. NULL: row is exact.';",
	/* 4: typed views of the current rows for analysts, and which role
	 * may read which site (central/views.c) */
	central_views_sql,
	/* 5: what the centre confirms to a site (every change up to held_seq
	 * is here, no number missing), so the site may prune its outbox; and
	 * the changes of a site put back from a backup that its records no
	 * longer hold, kept in the log but set aside (rota central
	 * resume-site), so the current rows are the site's again */
	"ALTER TABLE sites ADD COLUMN held_seq bigint NOT NULL DEFAULT 0;"
	"COMMENT ON COLUMN sites.held_seq IS 'Every change of the site numbered up to this one is in change_log:"
	" what the centre confirms to the site, which may then prune its outbox.';"
	"ALTER TABLE change_log ADD COLUMN set_aside_at timestamptz;"
	"COMMENT ON COLUMN change_log.set_aside_at IS 'When the site, put back from a backup, resumed without this"
	" change (rota central resume-site): kept here, no longer in current_row. NULL: a change of the site''s"
	" records.';",
	/* 6: a site's visit scanned after the programme ended counts for
	 * nothing in the analysts' hours until it is accepted (central/views.c) */
	central_views_after_end_sql,
	/* 7: the closed months as the sites closed them, for analysts
	 * (central/views.c) */
	central_closed_views_sql,
	/* 8: a report of a period reads the visits of that period, found by
	 * their day, and the hours of the earlier ones per person and month,
	 * kept as the current rows move (central_push, central_set_aside), not
	 * every visit of the site's years (app/central.c). The day comes first:
	 * an index that began with the site would look to a planner without
	 * statistics like the way to one visit of the site by its key. */
	"CREATE INDEX current_row_visit_day ON current_row(((row->>'day')::bigint), site_id) WHERE tbl = 'visits';"
	"CREATE TABLE month_seconds("
	"  site_id text NOT NULL REFERENCES sites(site_id),"
	"  person_id bigint NOT NULL,"
	"  month integer NOT NULL,"
	"  seconds bigint NOT NULL,"
	"  PRIMARY KEY(site_id, person_id, month)"
	");"
	"COMMENT ON TABLE month_seconds IS 'The seconds of each person''s closed visits per month (YYYYMM of the day"
	" a visit began), by the site''s hour rule, kept with current_row: what a central report of a month reads"
	" for the hours to date instead of every earlier visit.';"
	"INSERT INTO month_seconds(site_id, person_id, month, seconds) " CENTRAL_MONTH_SECONDS("") ";",
	/* 9: the closed months' lists for analysts: their tables typed, and
	 * the signed cells in the states the site's list prints
	 * (central/views_month.c) */
	central_views_month_sql,
	/* 10: the special-category entry data kept apart in the analysts'
	 * views, for the roles granted them; the record of the sites'
	 * participant-level exports (central/views_esf.c) */
	central_esf_views_sql,
	/* 11: the summary's ESF+ indicators on participants for analysts:
	 * each participant on entry, and the table's counts per month of
	 * entry (central/views_annex.c) */
	central_annex_views_sql,
};
#define NCENTRAL ((int)(sizeof central_migrations / sizeof central_migrations[0]))

/* Gives every role analyst.role_sites names (and that exists) the right
 * to read every view of schema analyst: after a grant, and after an upgrade
 * that may have added views. Nothing when there is no such schema yet. */
static const char regrant_sql[] =
	"DO $$ DECLARE g text; v text; BEGIN"
	" IF to_regnamespace('analyst') IS NULL THEN RETURN; END IF;"
	" FOR g IN SELECT DISTINCT r.role FROM analyst.role_sites AS r JOIN pg_catalog.pg_roles AS p ON p.rolname = r.role LOOP"
	"  EXECUTE format('GRANT USAGE ON SCHEMA analyst TO %I', g);"
	"  FOR v IN SELECT viewname FROM pg_catalog.pg_views WHERE schemaname = 'analyst' LOOP"
	"   EXECUTE format('GRANT SELECT ON analyst.%I TO %I', v, g);"
	"  END LOOP;"
	" END LOOP; END $$";

/* Any number above this: the lock that keeps two `central init` apart. */
#define CENTRAL_LOCK "7427017744"

static void quiet_notice(void *arg, const char *message)
{
	(void)arg;
	log_msg(LOG_INFO, "central: %s", message);
}

/* Returns true when host (one of libpq's host or hostaddr values, maybe a
 * comma-separated list) is on this machine: every entry a Unix socket's
 * folder (or abstract socket), localhost, a 127.x address or ::1. */
static bool is_local_host(const char *host)
{
	const char *h = host;
	while (*h) {
		size_t n = strcspn(h, ",");
		bool local = h[0] == '/' || h[0] == '@' || (n == 9 && !strncmp(h, "localhost", 9)) ||
		             (n >= 4 && !strncmp(h, "127.", 4)) || (n == 3 && !strncmp(h, "::1", 3));
		if (!local)
			return false;
		h += n + (h[n] == ',');
	}
	return true;
}

/* What the connection string says of where the server is and how to reach
 * it, with libpq's environment for what it does not say. */
struct reach {
	bool is_local;
	char sslmode[16]; /* "" when neither the string nor PGSSLMODE names one */
};

/* Fills *r from opts (PQconninfoParse's) and the environment; returns true
 * when a password is among them. */
static bool read_reach(PQconninfoOption *opts, struct reach *r)
{
	const char *host = NULL, *hostaddr = NULL, *sslmode = NULL, *service = NULL;
	bool has_password = false;
	for (PQconninfoOption *o = opts; o->keyword; o++) {
		const char *v = o->val && *o->val ? o->val : NULL;
		if (!strcmp(o->keyword, "password") && v)
			has_password = true;
		else if (!strcmp(o->keyword, "host"))
			host = v;
		else if (!strcmp(o->keyword, "hostaddr"))
			hostaddr = v;
		else if (!strcmp(o->keyword, "sslmode"))
			sslmode = v;
		else if (!strcmp(o->keyword, "service"))
			service = v;
	}
	if (!host && !hostaddr) {
		host = getenv("PGHOST");
		hostaddr = getenv("PGHOSTADDR");
	}
	if (!sslmode)
		sslmode = getenv("PGSSLMODE");
	/* Who names only a service may be sending it anywhere. */
	r->is_local = (host || hostaddr || !(service || getenv("PGSERVICE"))) && is_local_host(host ? host : "") &&
	              is_local_host(hostaddr ? hostaddr : "");
	text_copy(r->sslmode, sizeof r->sslmode, sslmode ? sslmode : "");
	return has_password;
}

/* Returns true when libpq's words say a TLS certificate did not check out
 * (an unknown authority, a name that does not match, no root certificate). */
static bool is_certificate_failure(const char *words)
{
	return words && (strstr(words, "certificate") || strstr(words, "SSL") || strstr(words, "server common name"));
}

enum rota_err central_open(const char *conninfo, bool allows_unverified_tls, struct central **out)
{
	*out = NULL;
	const struct pq_lib *pq = pq_lib_get();
	if (!pq)
		return ERR_CENTRAL_LIBPQ;
	char *msg = NULL;
	PQconninfoOption *opts = pq->PQconninfoParse(conninfo, &msg);
	if (!opts) {
		log_msg(LOG_ERROR, "central: connection string: %s", msg ? msg : "?");
		if (msg)
			pq->PQfreemem(msg);
		return ERR_INVALID;
	}
	struct reach reach;
	bool has_password = read_reach(opts, &reach);
	pq->PQconninfoFree(opts);
	if (has_password)
		return ERR_CENTRAL_PASSWORD;
	bool verified = !strcmp(reach.sslmode, "verify-full");
	if (!reach.is_local && *reach.sslmode && !verified && !allows_unverified_tls) {
		log_msg(LOG_ERROR, "central: sslmode=%s to another machine refused: verify-full or --unverified-tls",
		        reach.sslmode);
		return ERR_CENTRAL_TLS_NEEDED;
	}
	/* A server that does not answer is given up after 10 s unless the
	 * connection string says otherwise (it comes last and wins); one on
	 * another machine is asked for its certificate unless the string or the
	 * environment names an sslmode. */
	const char *keys[5] = { "connect_timeout", "fallback_application_name" }, *vals[5] = { "10", "rota" };
	int k = 2;
	if (!reach.is_local && !*reach.sslmode) {
		keys[k] = "sslmode";
		vals[k++] = "verify-full";
	}
	keys[k] = "dbname";
	vals[k++] = conninfo;
	keys[k] = vals[k] = NULL;
	PGconn *conn = pq->PQconnectdbParams(keys, vals, 1);
	if (!conn || pq->PQstatus(conn) != CONNECTION_OK) {
		const char *words = conn ? pq->PQerrorMessage(conn) : "out of memory";
		log_msg(LOG_ERROR, "central: %s", words);
		bool tls = !reach.is_local && is_certificate_failure(words);
		pq->PQfinish(conn);
		return tls ? ERR_CENTRAL_TLS_FAILED : ERR_CENTRAL_UNREACHABLE;
	}
	pq->PQsetNoticeProcessor(conn, quiet_notice, NULL);
	struct central *c = xcalloc(1, sizeof *c);
	c->pq = pq;
	c->conn = conn;
	*out = c;
	return ERR_OK;
}

void central_close(struct central *c)
{
	if (!c)
		return;
	c->pq->PQfinish(c->conn);
	free(c);
}

/* A refusal that says nothing against what was sent, so the same request
 * may well pass later: the server was busy, short of room or being looked
 * after (SQLSTATE classes 40, 53, 57 and 58, and a lock not had in time). */
static bool is_passing(const char *state)
{
	if (!state || strlen(state) != 5)
		return false;
	return !strncmp(state, "40", 2) || !strncmp(state, "53", 2) || !strncmp(state, "57", 2) ||
	       !strncmp(state, "58", 2) || !strcmp(state, "55P03");
}

enum rota_err central_failure(struct central *c, PGresult *r)
{
	const char *why = r ? c->pq->PQresultErrorField(r, PG_DIAG_MESSAGE_PRIMARY) : NULL;
	text_copy(c->reason, sizeof c->reason, why ? why : c->pq->PQerrorMessage(c->conn));
	c->reason[strcspn(c->reason, "\n")] = '\0';
	log_msg(LOG_ERROR, "central: %s", r ? c->pq->PQresultErrorMessage(r) : c->pq->PQerrorMessage(c->conn));
	if (c->pq->PQstatus(c->conn) != CONNECTION_OK)
		return ERR_CENTRAL_UNREACHABLE;
	return is_passing(r ? c->pq->PQresultErrorField(r, PG_DIAG_SQLSTATE) : NULL) ? ERR_CENTRAL_BUSY
	                                                                             : ERR_CENTRAL_FAILED;
}

enum rota_err central_run(struct central *c, const char *sql, int n, const char *const *params, PGresult **res)
{
	PGresult *r = c->pq->PQexecParams(c->conn, sql, n, NULL, params, NULL, NULL, 0);
	ExecStatusType st = r ? c->pq->PQresultStatus(r) : PGRES_FATAL_ERROR;
	if (st == PGRES_COMMAND_OK || st == PGRES_TUPLES_OK) {
		if (res)
			*res = r;
		else
			c->pq->PQclear(r);
		return ERR_OK;
	}
	enum rota_err e = central_failure(c, r);
	c->pq->PQclear(r);
	return e;
}

const char *central_reason(const struct central *c)
{
	return c->reason;
}

enum rota_err central_begin(struct central *c)
{
	return central_run(c, "BEGIN", 0, NULL, NULL);
}

enum rota_err central_end(struct central *c, enum rota_err e)
{
	enum rota_err e2 = central_run(c, e == ERR_OK ? "COMMIT" : "ROLLBACK", 0, NULL, NULL);
	return e != ERR_OK ? e : e2;
}

static enum rota_err version_of(struct central *c, int *version)
{
	PGresult *r;
	enum rota_err e = central_run(c, "SELECT to_regclass('rota_schema') IS NOT NULL", 0, NULL, &r);
	if (e != ERR_OK)
		return e;
	bool has = !strcmp(c->pq->PQgetvalue(r, 0, 0), "t");
	c->pq->PQclear(r);
	*version = 0;
	if (!has)
		return ERR_OK;
	if ((e = central_run(c, "SELECT version FROM rota_schema", 0, NULL, &r)) != ERR_OK)
		return e;
	if (c->pq->PQntuples(r) == 1)
		*version = atoi(c->pq->PQgetvalue(r, 0, 0));
	c->pq->PQclear(r);
	return ERR_OK;
}

enum rota_err central_migrate(struct central *c, int *from, int *to)
{
	enum rota_err e = central_begin(c);
	if (e != ERR_OK)
		return e;
	e = central_run(c, "SELECT pg_advisory_xact_lock(" CENTRAL_LOCK ")", 0, NULL, NULL);
	int version = 0;
	if (e == ERR_OK)
		e = version_of(c, &version);
	*from = *to = version;
	if (e == ERR_OK && version > NCENTRAL) {
		log_msg(LOG_ERROR, "central schema %d is newer than %d", version, NCENTRAL);
		e = ERR_CENTRAL_NEWER;
	}
	for (int v = version; e == ERR_OK && v < NCENTRAL; v++) {
		PGresult *r = c->pq->PQexec(c->conn, central_migrations[v]);
		if (!r || c->pq->PQresultStatus(r) != PGRES_COMMAND_OK) {
			log_msg(LOG_ERROR, "central migration %d: %s", v + 1,
			        r ? c->pq->PQresultErrorMessage(r) : c->pq->PQerrorMessage(c->conn));
			e = c->pq->PQstatus(c->conn) == CONNECTION_OK ? ERR_CENTRAL_FAILED : ERR_CENTRAL_UNREACHABLE;
		}
		c->pq->PQclear(r);
		char n[16];
		snprintf(n, sizeof n, "%d", v + 1);
		const char *p[] = { n };
		if (e == ERR_OK)
			e = central_run(c, "UPDATE rota_schema SET version = $1::integer", 1, p, NULL);
		if (e == ERR_OK)
			*to = v + 1;
	}
	if (e == ERR_OK && *to > *from)
		e = central_run(c, regrant_sql, 0, NULL, NULL);
	e = central_end(c, e);
	if (e != ERR_OK)
		*to = *from;
	return e;
}

enum rota_err central_check(struct central *c)
{
	int version;
	enum rota_err e = version_of(c, &version);
	if (e != ERR_OK)
		return e;
	if (version > NCENTRAL)
		return ERR_CENTRAL_NEWER;
	return version == NCENTRAL ? ERR_OK : ERR_CENTRAL_SCHEMA;
}

enum rota_err central_clear(struct central *c)
{
	/* VACUUM FULL writes each table anew, without the rows' old versions
	 * (a plain VACUUM only marks their room free, their bytes stay); it
	 * cannot run inside a transaction, and holds the table alone while it
	 * runs, so it waits a minute at most for the others. */
	enum rota_err e = central_run(c, "SET lock_timeout = '60s'", 0, NULL, NULL);
	const char *const tables[] = { "change_log", "current_row" };
	for (size_t i = 0; e == ERR_OK && i < sizeof tables / sizeof tables[0]; i++) {
		char sql[64];
		snprintf(sql, sizeof sql, "VACUUM (FULL) %s", tables[i]);
		PGresult *r = c->pq->PQexec(c->conn, sql);
		if (!r || c->pq->PQresultStatus(r) != PGRES_COMMAND_OK)
			e = central_failure(c, r);
		c->pq->PQclear(r);
	}
	if (c->pq->PQstatus(c->conn) == CONNECTION_OK)
		central_run(c, "RESET lock_timeout", 0, NULL, NULL);
	log_msg(e == ERR_OK ? LOG_INFO : LOG_ERROR, "central: the forgotten texts' old row versions %s",
	        e == ERR_OK ? "are cleared from change_log and current_row" : "could not be cleared");
	return e;
}

enum rota_err central_sites(struct central *c, void (*fn)(const char *site, void *ctx), void *ctx)
{
	PGresult *r;
	enum rota_err e = central_run(c, "SELECT site_id FROM sites ORDER BY site_id", 0, NULL, &r);
	if (e != ERR_OK)
		return e;
	for (int i = 0; i < c->pq->PQntuples(r); i++)
		fn(c->pq->PQgetvalue(r, i, 0), ctx);
	c->pq->PQclear(r);
	return ERR_OK;
}

enum rota_err central_grant(struct central *c, const char *site, const char *role, bool special)
{
	const char *p[] = { role, site };
	PGresult *r = NULL;
	enum rota_err e = central_begin(c);
	if (e == ERR_OK)
		e = central_run(c, "SELECT count(*) FROM pg_catalog.pg_roles WHERE rolname = $1", 1, p, &r);
	if (e == ERR_OK && strcmp(c->pq->PQgetvalue(r, 0, 0), "1") != 0)
		e = ERR_CENTRAL_NO_ROLE;
	c->pq->PQclear(r);
	r = NULL;
	if (e == ERR_OK && site)
		e = central_run(c, "SELECT count(*) FROM sites WHERE site_id = $1", 1, p + 1, &r);
	if (e == ERR_OK && site && strcmp(c->pq->PQgetvalue(r, 0, 0), "1") != 0)
		e = ERR_CENTRAL_NO_SITE;
	c->pq->PQclear(r);
	if (e == ERR_OK)
		e = central_run(c, "INSERT INTO analyst.role_sites(role, site_id) VALUES ($1, $2) ON CONFLICT DO NOTHING", 2, p, NULL);
	if (e == ERR_OK && special)
		e = central_run(c, "INSERT INTO analyst.role_special(role) VALUES ($1) ON CONFLICT DO NOTHING", 1, p, NULL);
	if (e == ERR_OK)
		e = central_run(c, regrant_sql, 0, NULL, NULL);
	if (e == ERR_OK)
		log_msg(LOG_INFO, "central: role %s may read %s%s%s", role, site ? "site " : "every site", site ? site : "",
		        special ? ", special-category entry data too" : "");
	return central_end(c, e);
}

enum rota_err central_site_seq(struct central *c, const char *site, long long *last)
{
	const char *p[] = { site };
	PGresult *r;
	*last = 0;
	enum rota_err e = central_run(c, "SELECT last_seq FROM sites WHERE site_id = $1", 1, p, &r);
	if (e != ERR_OK)
		return e;
	if (c->pq->PQntuples(r) == 1)
		*last = atoll(c->pq->PQgetvalue(r, 0, 0));
	c->pq->PQclear(r);
	return ERR_OK;
}

enum rota_err central_first_unheld(struct central *c, const char *site, const char *batch, long long upto,
                                   long long *first)
{
	char n[24];
	snprintf(n, sizeof n, "%lld", upto);
	const char *p[] = { site, batch, n };
	PGresult *r;
	*first = 0;
	/* As central_push judges a clash, and a change set aside is not held. */
	enum rota_err e = central_run(c,
		"SELECT coalesce(min(b.seq), 0) FROM jsonb_to_recordset($2::jsonb)"
		"  AS b(seq bigint, tbl text, k text, \"row\" jsonb, x text)"
		" LEFT JOIN change_log AS l ON l.site_id = $1 AND l.seq = b.seq AND l.set_aside_at IS NULL"
		" WHERE b.seq <= $3::bigint AND (l.seq IS NULL OR l.tbl <> b.tbl OR l.row_key <> b.k"
		" OR ((l.row <> b.\"row\" OR l.raw IS DISTINCT FROM decode(b.x, 'hex')) AND NOT EXISTS"
		"  (SELECT 1 FROM current_row a WHERE a.site_id = $1 AND a.tbl = 'anonymisations'"
		"   AND (a.row->>'person_id')::bigint = l.person_id)))",
		3, p, &r);
	if (e != ERR_OK)
		return e;
	*first = atoll(c->pq->PQgetvalue(r, 0, 0));
	c->pq->PQclear(r);
	return ERR_OK;
}

enum rota_err central_set_aside(struct central *c, const char *site, long long after, long long upto, long long *n)
{
	char a[24], u[24];
	snprintf(a, sizeof a, "%lld", after);
	snprintf(u, sizeof u, "%lld", upto);
	const char *p[] = { site, a, u };
	PGresult *r = NULL;
	*n = 0;
	enum rota_err e = central_begin(c);
	if (e != ERR_OK)
		return e;
	e = central_run(c, "SELECT pg_advisory_xact_lock(" CENTRAL_SITE_LOCK ", hashtext($1))", 1, p, NULL);
	/* The current rows those changes made go, and come back as the latest
	 * change the site still holds made them (a row only they made stays
	 * gone). */
	if (e == ERR_OK)
		e = central_run(c,
			"DELETE FROM current_row AS cr WHERE cr.site_id = $1 AND EXISTS"
			" (SELECT 1 FROM change_log AS l WHERE l.site_id = $1 AND l.seq > $2::bigint AND l.seq <= $3::bigint"
			"  AND l.set_aside_at IS NULL AND l.tbl = cr.tbl AND l.row_key = cr.row_key)",
			3, p, NULL);
	if (e == ERR_OK)
		e = central_run(c,
			"WITH u AS (UPDATE change_log SET set_aside_at = now()"
			"  WHERE site_id = $1 AND seq > $2::bigint AND seq <= $3::bigint AND set_aside_at IS NULL RETURNING 1)"
			" SELECT count(*) FROM u",
			3, p, &r);
	if (e == ERR_OK)
		*n = atoll(c->pq->PQgetvalue(r, 0, 0));
	c->pq->PQclear(r);
	if (e == ERR_OK)
		e = central_run(c,
			"INSERT INTO current_row(site_id, tbl, row_key, seq, row)"
			" SELECT DISTINCT ON (l.tbl, l.row_key) $1, l.tbl, l.row_key, l.seq, l.row FROM change_log AS l"
			" WHERE l.site_id = $1 AND l.set_aside_at IS NULL AND l.seq <= $2::bigint"
			" AND EXISTS (SELECT 1 FROM change_log AS a WHERE a.site_id = $1 AND a.seq > $2::bigint"
			"             AND a.seq <= $3::bigint AND a.tbl = l.tbl AND a.row_key = l.row_key)"
			" AND NOT EXISTS (SELECT 1 FROM current_row AS cr WHERE cr.site_id = $1 AND cr.tbl = l.tbl"
			"                 AND cr.row_key = l.row_key)"
			" ORDER BY l.tbl, l.row_key, l.seq DESC",
			3, p, NULL);
	/* The hours per month follow the visits that went or came back:
	 * counted again for the site (a rare step). */
	if (e == ERR_OK)
		e = central_run(c, "DELETE FROM month_seconds WHERE site_id = $1", 1, p, NULL);
	if (e == ERR_OK)
		e = central_run(c, "INSERT INTO month_seconds(site_id, person_id, month, seconds) "
		                CENTRAL_MONTH_SECONDS("AND site_id = $1"), 1, p, NULL);
	e = central_end(c, e);
	if (e != ERR_OK)
		*n = 0;
	log_msg(e == ERR_OK ? LOG_INFO : LOG_ERROR, "central: site %s resumed after change %s: %lld set aside", site, a,
	        *n);
	return e;
}
