/* Sending this site's changes to the programme's central PostgreSQL, and
 * what waits to be sent. The kiosk never calls these: a scan only appends
 * to the outbox (store/feed.h), whatever the network does. */
#ifndef ROTA_APP_SYNC_H
#define ROTA_APP_SYNC_H

#include <stddef.h>
#include <time.h>

#include "app/app.h"

#define SYNC_BATCH 1000 /* changes per server transaction */

struct sync_status {
	char site_id[40];
	long long waiting;   /* changes not yet sent */
	time_t last_ok_at;   /* the last sync that sent everything; 0: never */
};

struct sync_result {
	long long sent;      /* changes sent in this run */
	long long added;     /* of them new to the centre (the rest were there) */
	int batches;
};

/* Called after each batch with the changes sent so far and the total that
 * waited at the start. */
typedef void (*sync_progress_fn)(long long sent, long long total, void *ctx);

/* Copies this site's id into out (n >= 40 bytes). */
enum rota_err app_site_id(struct app *app, char *out, size_t n);
/* Fills *s. */
enum rota_err app_sync_status(struct app *app, struct sync_status *s);
/* Sends every waiting change to conninfo in batches of SYNC_BATCH, each one
 * transaction on the server, and records after each how far it got; a
 * change already there is skipped, so a run cut off anywhere is simply run
 * again. progress may be NULL. Errors: central_open's, ERR_CENTRAL_SCHEMA
 * when the centre is not set up; what was sent before an error stays sent. */
enum rota_err app_sync(struct app *app, const char *conninfo, time_t now, sync_progress_fn progress, void *ctx,
                       struct sync_result *r);

#endif
