/* The scan a repeated card stands for. Reads only: the undo itself is
 * app_scan_undo's, with all its checks. */
#include "app/scan_repeat.h"

#include "store/db.h"
#include "store/visits.h"
#include "util/date.h"

#define MAX_VISITS_A_DAY 32

bool app_scan_repeat_can_undo(const struct app *app, const struct scan_result *r, time_t now)
{
	return (r->action == ATT_ALREADY_IN || r->action == ATT_ALREADY_OUT) && r->since > 0 &&
	       att_can_undo(r->since, now, app->cfg.undo_s);
}

static enum rota_err scan_repeated_read(struct app *app, const struct scan_result *r, struct scan_result *first)
{
	*first = *r;
	first->at = r->since;
	first->since = 0;
	first->closed_stale = false;
	if (r->action == ATT_ALREADY_IN) {
		first->action = ATT_CHECK_IN; /* r->visit_id is the open visit it opened */
		return r->visit_id ? ERR_OK : ERR_NOT_FOUND;
	}
	if (r->action != ATT_ALREADY_OUT)
		return ERR_NOT_FOUND;
	/* The visit closed at r->since, on that day or the one before (after
	 * midnight). */
	first->action = ATT_CHECK_OUT;
	struct visit v[MAX_VISITS_A_DAY];
	int days[2] = { date_ymd(r->since), date_ymd(r->since - 24 * 3600) };
	for (int d = 0; d < 2; d++) {
		size_t n;
		enum rota_err e = store_visits_of_day(app->db, r->person_id, days[d], v, MAX_VISITS_A_DAY, &n);
		if (e != ERR_OK)
			return e;
		for (size_t i = 0; i < n; i++)
			if (v[i].status == VISIT_CLOSED && v[i].check_out == r->since) {
				first->visit_id = v[i].id;
				return ERR_OK;
			}
	}
	return ERR_NOT_FOUND;
}

enum rota_err app_scan_repeated(struct app *app, const struct scan_result *r, struct scan_result *first)
{
	enum rota_err e = db_begin_read(app->db);
	return e != ERR_OK ? e : db_end_read(app->db, scan_repeated_read(app, r, first));
}
