/* rota sync: the outbox, batch by batch, to the central database. */
#include "app/sync.h"

#include <stdlib.h>
#include <string.h>

#include "central/central.h"
#include "store/db.h"
#include "store/feed.h"
#include "store/feed_prune.h"
#include "util/date.h"
#include "util/log.h"
#include "util/text.h"

_Static_assert(sizeof ((struct sync_result *)0)->site_id == FEED_SITE_ID_MAX &&
	               sizeof ((struct sync_result *)0)->refused_tbl == FEED_TABLE_MAX &&
	               sizeof ((struct sync_result *)0)->reason == CENTRAL_REASON_MAX,
               "what a sync names has the room its sources give");

enum rota_err app_site_id(struct app *app, char *out, size_t n)
{
	enum rota_err e = db_begin_read(app->db);
	return e != ERR_OK ? e : db_end_read(app->db, store_site_id(app->db, out, n));
}

static enum rota_err sync_status_read(struct app *app, struct sync_status *s)
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

enum rota_err app_sync_status(struct app *app, struct sync_status *s)
{
	enum rota_err e = db_begin_read(app->db);
	return e != ERR_OK ? e : db_end_read(app->db, sync_status_read(app, s));
}

/* After a sync that went well: the changes the centre confirmed more than
 * outbox_keep_days ago leave the outbox, and the file gives their room
 * back (the first time only at a quiet moment). Neither is the sync's failure: what is not done now is done at the
 * next one (the log says why). */
static void sync_prune(struct app *app, time_t now, struct sync_result *r)
{
	time_t cutoff = now - (time_t)app->cfg.outbox_keep_days * 86400;
	enum rota_err e = db_begin_write(app->db);
	if (e == ERR_OK)
		e = db_end_write(app->db, store_feed_prune(app->db, cutoff, &r->pruned));
	/* The first reclaim rewrites the whole file and holds it for writing
	 * meanwhile (seconds on a file of years): only at a quiet moment, after
	 * closing time, before 06:00 or on a day the workshop does not work. */
	int today = date_ymd(now);
	long minute = (long)(now - date_day_start(today)) / 60;
	bool is_quiet = !((app->cfg.workdays >> date_weekday(today)) & 1u) || minute >= app->cfg.closing_minutes ||
	                minute < 6 * 60;
	if (e == ERR_OK)
		e = store_reclaim(app->db, is_quiet, &r->freed);
	log_msg(e == ERR_OK ? LOG_INFO : LOG_ERROR, "sync: %lld confirmed changes pruned, %lld bytes given back: %s",
	        r->pruned, r->freed, err_name(e));
}

enum rota_err app_sync(struct app *app, const struct central_to *centre, time_t now, sync_progress_fn progress, void *ctx,
                       struct sync_result *r)
{
	memset(r, 0, sizeof *r);
	char *site = r->site_id;
	struct feed_status fs;
	/* A sync talks to the centre between its transactions: what it reads
	 * is read in a snapshot, each batch sent is noted in a write. */
	enum rota_err e = db_begin_read(app->db);
	if (e != ERR_OK)
		return e;
	e = store_site_id(app->db, site, sizeof r->site_id);
	if (e == ERR_OK)
		e = store_feed_status(app->db, &fs);
	if ((e = db_end_read(app->db, e)) != ERR_OK)
		return e;
	struct central *c;
	if ((e = central_open(centre->conninfo, centre->allows_unverified_tls, &c)) != ERR_OK)
		return e;
	e = central_check(c);
	/* Up to this change they go one at a time: a batch was refused, and
	 * the one change it was refused for is to be found and named. */
	long long single_to = 0, done = fs.sent_seq;
	while (e == ERR_OK) {
		struct feed_batch b = { 0 };
		if ((e = db_begin_read(app->db)) == ERR_OK)
			e = db_end_read(app->db, store_feed_batch(app->db, done < single_to ? 1 : SYNC_BATCH, &b));
		if (e != ERR_OK || b.n == 0) {
			free(b.json);
			break;
		}
		long long added = 0, held = 0;
		bool forgot = false;
		e = central_push(c, site, b.json, &added, &forgot, &held);
		free(b.json);
		if (e == ERR_CENTRAL_FAILED && b.n > 1) {
			single_to = b.last_seq;
			e = ERR_OK;
			continue;
		}
		if (e == ERR_CENTRAL_FAILED) {
			r->refused_seq = b.first_seq;
			text_copy(r->refused_tbl, sizeof r->refused_tbl, b.first_tbl);
			text_copy(r->reason, sizeof r->reason, central_reason(c));
			log_msg(LOG_ERROR, "sync to centre: the centre refused change %lld of site %s (table %s): %s",
			        r->refused_seq, site, r->refused_tbl, r->reason);
		}
		/* The server has it now; if this note is lost (a kill just here),
		 * the batch goes again and the server skips it. */
		if (e == ERR_OK && (e = db_begin_write(app->db)) == ERR_OK) {
			e = store_feed_sent(app->db, b.last_seq, now);
			/* What the centre confirms: as far as it holds this site's
			 * changes with none missing, and no further than this batch,
			 * which it has just compared with its own. */
			if (e == ERR_OK)
				e = store_feed_confirm(app->db, held < b.last_seq ? held : b.last_seq, now);
			e = db_end_write(app->db, e);
		}
		if (e == ERR_OK) {
			done = b.last_seq;
			r->sent += b.n;
			r->added += added;
			r->batches++;
			r->forgot = r->forgot || forgot;
			if (progress)
				progress(r->sent, fs.waiting, ctx);
		}
	}
	/* Nothing waited: the sync still succeeded, and says so in the status. */
	if (e == ERR_OK && r->batches == 0 && (e = db_begin_write(app->db)) == ERR_OK)
		e = db_end_write(app->db, store_feed_sent(app->db, 0, now));
	/* The batches that forgot someone are committed (also when a later one
	 * failed): only now can the centre's tables be rewritten. */
	if (r->forgot) {
		enum rota_err cleared = central_clear(c);
		r->cleared = cleared == ERR_OK;
		if (e == ERR_OK && !r->cleared)
			e = ERR_CENTRAL_UNCLEARED;
	}
	central_close(c);
	log_msg(e == ERR_OK ? LOG_INFO : LOG_ERROR, "sync to centre: %lld sent (%lld new) in %d batches%s: %s",
	        r->sent, r->added, r->batches, r->cleared ? ", forgotten texts cleared" : "", err_name(e));
	if (e == ERR_OK)
		sync_prune(app, now, r);
	return e;
}
