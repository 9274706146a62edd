/* The participant's own summary. */
#include "app/self.h"

#include <stdlib.h>
#include <string.h>

#include "app/people.h"
#include "app/progress.h"
#include "app/visits.h"
#include "core/hours.h"
#include "util/alloc.h"
#include "util/date.h"
#include "util/text.h"

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

static void on_entry(const struct progress_entry *e, void *ctx)
{
	struct self_ctx *c = ctx;
	for (size_t i = 0; i < c->ntopics; i++)
		if (c->topics[i].kind == e->kind && !strcmp(c->topics[i].code, e->code))
			c->latest[i] = e->level;
}

enum rota_err app_self_summary(struct app *app, long long person_id, time_t now, struct self_summary *out)
{
	struct person p;
	struct self_ctx c = { .out = out, .now = now, .today = date_ymd(now) };
	memset(out, 0, sizeof *out);
	c.month_start = c.today / 100 * 100 + 1;
	enum rota_err e = app_person_get(app, person_id, &p);
	if (e != ERR_OK)
		return e;
	out->target_hours = p.target_hours ? p.target_hours : app->cfg.target_hours;
	e = app_visits_of(app, person_id, p.programme_start, c.today, on_visit, &c);
	if (e == ERR_OK)
		e = app_topics(app, &c.topics, &c.ntopics);
	if (e != ERR_OK)
		return e;
	c.latest = xcalloc(c.ntopics ? c.ntopics : 1, sizeof *c.latest);
	for (size_t i = 0; i < c.ntopics; i++)
		c.latest[i] = -1;
	e = app_progress_each(app, person_id, on_entry, &c);
	for (size_t i = 0; i < c.ntopics && out->nlevels < SELF_MAX_LEVELS; i++) {
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
