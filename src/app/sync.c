/* rota sync: the outbox, batch by batch, to the central database. */
#include "app/sync.h"

#include <stdlib.h>
#include <string.h>

#include "central/central.h"
#include "store/db.h"
#include "store/feed.h"
#include "util/log.h"

enum rota_err app_site_id(struct app *app, char *out, size_t n)
{
	return store_site_id(app->db, out, n);
}

enum rota_err app_sync_status(struct app *app, struct sync_status *s)
{
	memset(s, 0, sizeof *s);
	struct feed_status fs;
	enum rota_err e = store_site_id(app->db, s->site_id, sizeof s->site_id);
	if (e == ERR_OK)
		e = store_feed_status(app->db, &fs);
	if (e == ERR_OK) {
		s->waiting = fs.waiting;
		s->last_ok_at = fs.last_ok_at;
	}
	return e;
}

enum rota_err app_sync(struct app *app, const char *conninfo, time_t now, sync_progress_fn progress, void *ctx,
                       struct sync_result *r)
{
	memset(r, 0, sizeof *r);
	char site[FEED_SITE_ID_MAX];
	struct feed_status fs;
	enum rota_err e = store_site_id(app->db, site, sizeof site);
	if (e == ERR_OK)
		e = store_feed_status(app->db, &fs);
	if (e != ERR_OK)
		return e;
	struct central *c;
	if ((e = central_open(conninfo, &c)) != ERR_OK)
		return e;
	e = central_check(c);
	while (e == ERR_OK) {
		struct feed_batch b = { 0 };
		if ((e = store_feed_batch(app->db, SYNC_BATCH, &b)) != ERR_OK || b.n == 0) {
			free(b.json);
			break;
		}
		long long added = 0;
		e = central_push(c, site, b.json, &added);
		free(b.json);
		/* The server has it now; if this note is lost (a kill just here),
		 * the batch goes again and the server skips it. */
		if (e == ERR_OK && (e = db_begin_write(app->db)) == ERR_OK)
			e = db_end_write(app->db, store_feed_sent(app->db, b.last_seq, now));
		if (e == ERR_OK) {
			r->sent += b.n;
			r->added += added;
			r->batches++;
			if (progress)
				progress(r->sent, fs.waiting, ctx);
		}
	}
	/* Nothing waited: the sync still succeeded, and says so in the status. */
	if (e == ERR_OK && r->batches == 0 && (e = db_begin_write(app->db)) == ERR_OK)
		e = db_end_write(app->db, store_feed_sent(app->db, 0, now));
	central_close(c);
	log_msg(e == ERR_OK ? LOG_INFO : LOG_ERROR, "sync to centre: %lld sent (%lld new) in %d batches: %s",
	        r->sent, r->added, r->batches, err_name(e));
	return e;
}
