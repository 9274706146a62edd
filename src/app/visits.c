/* Visit record use cases. */
#include "app/visits.h"

#include <stdio.h>

#include "core/person.h"
#include "store/db.h"
#include "store/people.h"
#include "store/visits.h"
#include "util/date.h"

enum rota_err app_visits_each(struct app *app, int from, int to, visit_row_fn fn, void *ctx)
{
	return store_visit_each_of(app->db, 0, from, to, fn, ctx);
}

/* Reads "HH:MM" on day, or "YYYY-MM-DD HH:MM". */
static bool parse_time_on(const char *s, int day, time_t *out)
{
	int minutes;
	if (date_parse_hm(s, &minutes)) {
		/* through mktime, not arithmetic: a day may have a clock change */
		char buf[32], ymd[11];
		date_format_ymd(day, ymd);
		snprintf(buf, sizeof buf, "%sT%s", ymd, s);
		return date_parse_local(buf, out);
	}
	return date_parse_local(s, out);
}

enum rota_err app_visit_correct(struct app *app, long long visit_id, const char *check_in,
                                const char *check_out, long long by, const char *reason, time_t now)
{
	struct visit v;
	struct person mentor;
	time_t in, out;
	if (!reason || !*reason || !check_out)
		return ERR_INVALID;
	enum rota_err e = db_begin_write(app->db);
	if (e != ERR_OK)
		return e;
	e = store_person_get(app->db, by, &mentor);
	if (e == ERR_NOT_FOUND || (e == ERR_OK && mentor.role == ROLE_PARTICIPANT))
		e = ERR_INVALID;
	if (e == ERR_OK)
		e = store_visit_get(app->db, visit_id, &v);
	if (e == ERR_OK) {
		in = v.check_in;
		bool ok = (!check_in || parse_time_on(check_in, v.day, &in)) &&
		          parse_time_on(check_out, v.day, &out) && out > in && out - in < 24 * 3600 &&
		          date_ymd(in) == v.day && v.status != VISIT_UNDONE;
		struct change c = { .at = now, .by = by, .reason = reason, .terminal = app->terminal };
		e = ok ? store_visit_correct(app->db, visit_id, in, out, &c) : ERR_INVALID;
	}
	return db_end_write(app->db, e);
}

enum rota_err app_visits_of(struct app *app, long long person_id, int from, int to, visit_row_fn fn,
                            void *ctx)
{
	return store_visit_each_of(app->db, person_id, from, to, fn, ctx);
}

enum rota_err app_visit_history(struct app *app, long long id, visit_change_fn fn, void *ctx)
{
	return store_visit_history_each(app->db, id, fn, ctx);
}
