/* What the files of src/central share and nobody else sees: the connection
 * and the few ways every statement is run. libpq's types appear here, so
 * only src/central includes it. */
#ifndef ROTA_CENTRAL_CENTRAL_INTERNAL_H
#define ROTA_CENTRAL_CENTRAL_INTERNAL_H

#include <stdbool.h>

#include "central/central.h"
#include "central/pq_lib.h"

/* The lock (with the site's hash) that keeps two writers of one site's
 * current rows apart: a push and another push or a set-aside. */
#define CENTRAL_SITE_LOCK "74270177"

/* Whether visit row r counts seconds by the site's rule (core/hours.c's
 * hours_recorded_seconds, as analyst.daily_hours has it): closed, and not
 * held after the programme ended (after_end and not accepted; a row sent
 * before sites marked it is not held). Its seconds: its span, never
 * negative, in the month of the day it began. */
#define CENTRAL_VISIT_COUNTS(r) \
	"(" r "->>'status' = 'closed' AND NOT (coalesce((" r "->>'after_end')::integer, 0) <> 0" \
	" AND " r "->>'accepted_at' IS NULL))"
#define CENTRAL_VISIT_SECONDS(r) "greatest((" r "->>'check_out')::bigint - (" r "->>'check_in')::bigint, 0)"

struct central {
	const struct pq_lib *pq;
	PGconn *conn;
	char reason[CENTRAL_REASON_MAX]; /* the server's words for the last refusal */
	bool has_batch_table;            /* this connection made its pg_temp.rota_batch */
};

/* Keeps the server's words for r's failure (its primary message, one line)
 * and says which error it is: a lost connection ERR_CENTRAL_UNREACHABLE, a
 * passing refusal ERR_CENTRAL_BUSY, any other ERR_CENTRAL_FAILED. */
enum rota_err central_failure(struct central *c, PGresult *r);
/* Runs sql with n text params; *res (when asked for, and only on ERR_OK)
 * is the caller's to PQclear. A failure is central_failure()'s. */
enum rota_err central_run(struct central *c, const char *sql, int n, const char *const *params, PGresult **res);
/* Begins a server transaction. */
enum rota_err central_begin(struct central *c);
/* Commits when e is ERR_OK, else rolls back; returns the first error. */
enum rota_err central_end(struct central *c, enum rota_err e);

#endif
