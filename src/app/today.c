/* Today's list from today's visits and the recent record. */
#include "app/today.h"

#include <stdlib.h>
#include <string.h>

#include "app/rotation.h"
#include "app/visits.h"
#include "store/review.h"
#include "util/alloc.h"
#include "util/date.h"
#include "util/text.h"

struct collect {
	struct today *t;
	size_t cap_in, cap_away;
	int today;
};

static struct today_row *find(struct today_row *rows, size_t n, long long id)
{
	for (size_t i = 0; i < n; i++)
		if (rows[i].person_id == id)
			return &rows[i];
	return NULL;
}

static void on_visit(const struct visit_row *row, void *ctx)
{
	struct collect *c = ctx;
	const struct visit *v = &row->visit;
	if (v->status == VISIT_UNDONE)
		return;
	struct today_row *r = find(c->t->in, c->t->nin, v->person_id);
	if (!r) {
		if (c->t->nin == c->cap_in)
			c->t->in = xrealloc(c->t->in, (c->cap_in = c->cap_in ? 2 * c->cap_in : 16) * sizeof *c->t->in);
		r = &c->t->in[c->t->nin++];
		memset(r, 0, sizeof *r);
		r->person_id = v->person_id;
		r->check_in = v->check_in;
		text_copy(r->name, sizeof r->name, row->name);
	}
	r->is_in = v->status == VISIT_OPEN;
	r->check_out = v->status == VISIT_CLOSED ? v->check_out : 0;
}

static void on_last_seen(const struct last_seen *s, void *ctx)
{
	struct collect *c = ctx;
	if (!s->last_day || s->last_day >= c->today || find(c->t->in, c->t->nin, s->person_id))
		return;
	if (c->t->naway == c->cap_away)
		c->t->away = xrealloc(c->t->away, (c->cap_away = c->cap_away ? 2 * c->cap_away : 16) * sizeof *c->t->away);
	struct today_row *r = &c->t->away[c->t->naway++];
	memset(r, 0, sizeof *r);
	r->person_id = s->person_id;
	text_copy(r->name, sizeof r->name, s->name);
}

enum rota_err app_today(struct app *app, time_t now, struct today *t)
{
	struct collect c = { .t = t, .today = date_ymd(now) };
	memset(t, 0, sizeof *t);
	enum rota_err e = app_visits_each(app, c.today, c.today, on_visit, &c);
	for (size_t i = 0; e == ERR_OK && i < t->nin; i++) {
		struct work_today work;
		if (app_work_today(app, t->in[i].person_id, &work) == ERR_OK && work.has)
			text_copy(t->in[i].station, sizeof t->in[i].station, app_process_name(&work.process));
	}
	if (e == ERR_OK)
		e = store_review_last_seen(app->db, date_add_days(c.today, -TODAY_EXPECTED_DAYS), on_last_seen, &c);
	if (e != ERR_OK)
		app_today_free(t);
	return e;
}

void app_today_free(struct today *t)
{
	free(t->in);
	free(t->away);
	memset(t, 0, sizeof *t);
}
