/* Groups of participants with their mentors. */
#include "app/groups.h"

#include "app/people.h"
#include "store/db.h"
#include "store/people.h"
#include "store/rotation.h"
#include "util/text.h"

enum rota_err app_group_add(struct app *app, const char *name, int start_day, int end_day, time_t now,
                            long long *id)
{
	struct group g = { .start_day = start_day, .end_day = end_day };
	enum rota_err e = person_name_check(name);
	if (e != ERR_OK)
		return e;
	if (start_day && end_day && end_day < start_day)
		return ERR_END_BEFORE_START;
	text_copy(g.name, sizeof g.name, name);
	e = db_begin_write(app->db);
	if (e != ERR_OK)
		return e;
	return db_end_write(app->db, store_group_insert(app->db, &g, now, id));
}

enum rota_err app_group_each(struct app *app, group_fn fn, void *ctx)
{
	enum rota_err e = db_begin_read(app->db);
	return e != ERR_OK ? e : db_end_read(app->db, store_group_each(app->db, fn, ctx));
}

enum rota_err app_group_join(struct app *app, long long group_id, long long person_id, time_t now)
{
	struct person p;
	enum rota_err e = db_begin_write(app->db);
	if (e != ERR_OK)
		return e;
	e = store_person_get(app->db, person_id, &p);
	if (e == ERR_OK)
		e = store_group_join(app->db, group_id, person_id, p.role == ROLE_PARTICIPANT, now);
	return db_end_write(app->db, e);
}

enum rota_err app_group_of(struct app *app, long long person_id, char *out, size_t n)
{
	enum rota_err e = db_begin_read(app->db);
	return e != ERR_OK ? e : db_end_read(app->db, store_group_of(app->db, person_id, out, n));
}
