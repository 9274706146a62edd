/* rota central resume-site (app/resume_site.h). */
#include "app/resume_site.h"

#include <stdlib.h>
#include <string.h>

#include "app/sync.h"
#include "central/central.h"
#include "store/db.h"
#include "store/feed.h"
#include "store/feed_prune.h"
#include "util/log.h"

/* Reads what the file holds around the centre's last number, in one
 * snapshot: the confirmed mark, the newest change at or below centre_seq
 * and the first above it. */
static enum rota_err file_around(struct app *app, long long centre_seq, long long *confirmed, long long *below,
                                 long long *above)
{
	enum rota_err e = db_begin_read(app->db);
	if (e != ERR_OK)
		return e;
	e = store_feed_confirmed(app->db, confirmed);
	if (e == ERR_OK)
		e = store_feed_around(app->db, centre_seq, below, above);
	return db_end_read(app->db, e);
}

/* Sets *first to the lowest number up to centre_seq whose change the file
 * holds and the centre does not hold alike (0: none), comparing batch by
 * batch from the confirmed mark on. */
static enum rota_err first_unheld(struct app *app, struct central *c, const char *site, long long from,
                                  long long centre_seq, long long *first)
{
	*first = 0;
	enum rota_err e = ERR_OK;
	while (e == ERR_OK && !*first && from < centre_seq) {
		struct feed_batch b = { 0 };
		if ((e = db_begin_read(app->db)) == ERR_OK)
			e = db_end_read(app->db, store_feed_batch_after(app->db, from, SYNC_BATCH, &b));
		if (e == ERR_OK && (b.n == 0 || b.first_seq > centre_seq)) {
			free(b.json);
			break;
		}
		if (e == ERR_OK)
			e = central_first_unheld(c, site, b.json, centre_seq, first);
		from = b.last_seq;
		free(b.json);
	}
	return e;
}

enum rota_err app_resume_site(struct app *app, const struct central_to *centre, struct resume_result *r)
{
	memset(r, 0, sizeof *r);
	const char *site = r->site_id;
	enum rota_err e = app_site_id(app, r->site_id, sizeof r->site_id);
	if (e != ERR_OK)
		return e;
	struct central *c;
	if ((e = central_open(centre->conninfo, centre->allows_unverified_tls, &c)) != ERR_OK)
		return e;
	long long last = 0, confirmed = 0, below = 0, above = 0, first = 0;
	e = central_check(c);
	if (e == ERR_OK)
		e = central_site_seq(c, site, &last);
	if (e == ERR_OK)
		e = file_around(app, last, &confirmed, &below, &above);
	if (e == ERR_OK && confirmed > last)
		e = ERR_CENTRAL_BEHIND;
	if (e == ERR_OK)
		e = first_unheld(app, c, site, confirmed, last, &first);
	/* Both hold the same changes up to agreed: the first the centre does
	 * not hold alike comes after it; else all the file has up to the
	 * centre's last number. */
	long long agreed = first ? first - 1 : (below > confirmed ? below : confirmed);
	r->centre_seq = last;
	r->agreed = agreed;
	if (e == ERR_OK && agreed < last)
		e = central_set_aside(c, site, agreed, last, &r->set_aside);
	central_close(c);
	/* The file's changes above agreed go up past the centre's numbers,
	 * unless they are there already (a resume run before). */
	if (e == ERR_OK && agreed < last) {
		long long below_agreed, first_above;
		if ((e = db_begin_write(app->db)) == ERR_OK) {
			e = store_feed_around(app->db, agreed, &below_agreed, &first_above);
			long long by = first_above && first_above <= last ? last - agreed : 0;
			if (e == ERR_OK)
				e = store_feed_move_up(app->db, agreed, by, last);
			if (e == ERR_OK && by) {
				struct feed_status fs;
				e = store_feed_around(app->db, last, &below_agreed, &r->first_moved);
				if (e == ERR_OK)
					e = store_feed_status(app->db, &fs);
				r->moved = e == ERR_OK ? fs.last_seq - last : 0;
			}
			e = db_end_write(app->db, e);
		}
	}
	r->is_nothing = e == ERR_OK && !r->set_aside && !r->moved;
	log_msg(e == ERR_OK ? LOG_INFO : LOG_ERROR,
	        "resume site %s: centre at %lld, agreed to %lld, %lld moved, %lld set aside there: %s", site, last, agreed,
	        r->moved, r->set_aside, err_name(e));
	return e;
}
