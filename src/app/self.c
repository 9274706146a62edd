/* The participant's own summary. */
#include "app/self.h"

#include <stdlib.h>
#include <string.h>

#include "app/people.h"
#include "app/progress.h"
#include "app/visits.h"
#include "core/hours.h"
#include "store/progress.h"
#include "store/visits.h"
#include "util/alloc.h"
#include "util/date.h"
#include "util/text.h"
#include "store/db.h"

struct self_ctx {
	struct self_summary *out;
	time_t now;
	int today, month_start;
	struct topic *topics;
	size_t ntopics;
	int *latest;          /* per topic, -1 for none */
};

static void on_visit(const struct visit_row *row, void *ctx)
{
	struct self_ctx *c = ctx;
	long secs = hours_visit_seconds(&row->visit, c->now);
	c->out->total_s += secs;
	if (row->visit.day >= c->month_start)
		c->out->month_s += secs;
	if (row->visit.day == c->today)
		c->out->today_s += secs;
}

/* Reads only what a month bounds: the visits of this month (and of the
 * programme's first month, when it began on an earlier one) one by one, the
 * closed hours of the months between from the kept figures. This month's
 * open visit counts up to now, as on the greeting; an earlier month's
 * counts nothing, as on the hour sheet (no invented end). */
static enum rota_err total_and_month(struct app *app, const struct person *p, struct self_ctx *c)
{
	int start = p->programme_start, month = c->today / 100, first = start / 100;
	if (start > c->today)
		return ERR_OK;
	enum rota_err e = app_visits_of(app, p->id, start > c->month_start ? start : c->month_start, c->today,
	                                on_visit, c);
	if (e != ERR_OK || first >= month)
		return e;
	long between = 0;
	if (start % 100 > 1) { /* the programme's first month, from its first day */
		struct self_ctx part = *c;
		struct self_summary first_month = { 0 };
		part.out = &first_month;
		e = app_visits_of(app, p->id, start, first * 100 + 31, on_visit, &part);
		c->out->total_s += first_month.total_s;
		first++;
	}
	if (e == ERR_OK && first < month)
		e = store_visit_seconds_of_months(app->db, p->id, first, month % 100 == 1 ? month - 89 : month - 1, &between);
	c->out->total_s += between;
	return e;
}

static enum rota_err self_summary(struct app *app, long long person_id, time_t now, struct self_summary *out)
{
	struct person p;
	struct self_ctx c = { .out = out, .now = now, .today = date_ymd(now) };
	memset(out, 0, sizeof *out);
	c.month_start = c.today / 100 * 100 + 1;
	enum rota_err e = app_person_get(app, person_id, &p);
	if (e != ERR_OK)
		return e;
	out->target_hours = p.target_hours ? p.target_hours : app->cfg.target_hours;
	e = total_and_month(app, &p, &c);
	if (e == ERR_OK)
		e = app_topics(app, &c.topics, &c.ntopics);
	if (e != ERR_OK)
		return e;
	/* Each topic's latest level, one entry each from the index: never
	 * the person's whole history of entries. */
	c.latest = xcalloc(c.ntopics ? c.ntopics : 1, sizeof *c.latest);
	for (size_t i = 0; e == ERR_OK && i < c.ntopics; i++)
		e = store_progress_latest(app->db, person_id, c.topics[i].kind, c.topics[i].code, &c.latest[i]);
	for (size_t i = 0; e == ERR_OK && i < c.ntopics && out->nlevels < SELF_MAX_LEVELS; i++) {
		if (c.latest[i] < 0)
			continue;
		struct self_level *l = &out->levels[out->nlevels++];
		text_copy(l->topic, sizeof l->topic, app_topic_name(&c.topics[i]));
		l->level = c.latest[i];
	}
	free(c.latest);
	free(c.topics);
	return e;
}

enum rota_err app_self_summary(struct app *app, long long person_id, time_t now, struct self_summary *out)
{
	/* The hours and the levels a participant sees, of one moment. */
	enum rota_err e = db_begin_read(app->db);
	if (e != ERR_OK)
		return e;
	return db_end_read(app->db, self_summary(app, person_id, now, out));
}
