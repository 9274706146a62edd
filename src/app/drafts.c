/* Draft use cases: each a short write of its own. */
#include "app/drafts.h"

#include "store/db.h"
#include "store/drafts.h"

enum rota_err app_draft_keep(struct app *app, const struct draft *d, time_t now)
{
	if (d->mentor_id <= 0)
		return ERR_INVALID;
	enum rota_err e = db_begin_write(app->db);
	if (e != ERR_OK)
		return e;
	e = draft_is_empty(d->body) ? store_draft_drop(app->db, d) : store_draft_put(app->db, d, now);
	return db_end_write(app->db, e);
}

static enum rota_err draft_find_read(struct app *app, struct draft *d, bool *found)
{
	d->body[0] = '\0';
	*found = false;
	return d->mentor_id > 0 ? store_draft_get(app->db, d, found) : ERR_OK;
}

enum rota_err app_draft_find(struct app *app, struct draft *d, bool *found)
{
	enum rota_err e = db_begin_read(app->db);
	return e != ERR_OK ? e : db_end_read(app->db, draft_find_read(app, d, found));
}

enum rota_err app_draft_drop(struct app *app, const struct draft *d)
{
	enum rota_err e = db_begin_write(app->db);
	if (e != ERR_OK)
		return e;
	return db_end_write(app->db, store_draft_drop(app->db, d));
}

enum rota_err app_draft_count(struct app *app, long long mentor_id, long long person_id, int *n)
{
	enum rota_err e = db_begin_read(app->db);
	return e != ERR_OK ? e : db_end_read(app->db, store_draft_count(app->db, mentor_id, person_id, n));
}
