/* Sending this site's changes to the programme's central PostgreSQL, and
 * what waits to be sent. The kiosk never calls these: a scan only appends
 * to the outbox (store/feed.h), whatever the network does. */
#ifndef ROTA_APP_SYNC_H
#define ROTA_APP_SYNC_H

#include <stdbool.h>
#include <stddef.h>
#include <time.h>

#include "app/app.h"
#include "app/central.h"

#define SYNC_BATCH 5000 /* changes per server transaction */

struct sync_status {
	char site_id[40];
	long long waiting;   /* changes not yet sent */
	time_t last_ok_at;   /* the last sync that sent everything; 0: never */
};

struct sync_result {
	long long sent;      /* changes sent in this run */
	long long added;     /* of them new to the centre (the rest were there) */
	int batches;
	/* The change the centre refused (ERR_CENTRAL_FAILED), when one was:
	 * its number (0: none named), table and the server's words. */
	char site_id[40];
	long long refused_seq;
	char refused_tbl[40];
	char reason[256];
	bool forgot;         /* an anonymisation reached the centre in this run */
	bool cleared;        /* and the centre rewrote its tables without the old texts */
	long long pruned;    /* changes the centre confirmed long enough ago, taken out of the outbox */
	long long freed;     /* bytes the file gave back after that */
};

/* Called after each batch with the changes sent so far and the total that
 * waited at the start. */
typedef void (*sync_progress_fn)(long long sent, long long total, void *ctx);

/* Copies this site's id into out (n >= 40 bytes). */
enum rota_err app_site_id(struct app *app, char *out, size_t n);
/* Fills *s. */
enum rota_err app_sync_status(struct app *app, struct sync_status *s);
/* Sends every waiting change to the central database at centre in batches of SYNC_BATCH, each one
 * transaction on the server, and records after each how far it got; a
 * change already there is skipped, so a run cut off anywhere is simply run
 * again. progress may be NULL. Errors: central_open's, ERR_CENTRAL_SCHEMA
 * when the centre is not set up; what was sent before an error stays sent.
 * A batch the centre refuses goes again one change at a time, so the
 * changes before the refused one are sent and it is named in *r (and the
 * log): ERR_CENTRAL_FAILED, and every later sync stops there until the
 * centre takes it. ERR_CENTRAL_BUSY and ERR_CENTRAL_UNREACHABLE pass: the
 * next sync sends the rest. When an anonymisation reached the centre, the
 * centre's tables are rewritten without the forgotten texts once the
 * batches are in (r->forgot, r->cleared); when that fails and all else
 * went well, ERR_CENTRAL_UNCLEARED. The centre confirms each batch; after
 * a sync that went well, the changes it confirmed more than the setting
 * outbox_keep_days ago are pruned from the outbox and the file's room is
 * given back (r->pruned, r->freed; store/feed_prune.h). */
enum rota_err app_sync(struct app *app, const struct central_to *centre, time_t now, sync_progress_fn progress, void *ctx,
                       struct sync_result *r);

#endif
