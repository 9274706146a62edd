/* Today's list from today's visits and the recent record. */
#include "app/today.h"

#include <stdlib.h>
#include <string.h>

#include "app/processes.h"
#include "app/assignments.h"
#include "app/visits.h"
#include "app/expect.h"
#include "store/db.h"
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
		c->t->in = xgrow(c->t->in, c->t->nin, &c->cap_in, sizeof *c->t->in);
		r = &c->t->in[c->t->nin++];
		memset(r, 0, sizeof *r);
		r->person_id = v->person_id;
		r->check_in = v->check_in;
		text_copy(r->name, sizeof r->name, row->name);
	}
	r->is_in = v->status == VISIT_OPEN;
	r->check_out = v->status == VISIT_CLOSED ? v->check_out : 0;
}

static void on_expected(const struct expected_row *e, void *ctx)
{
	struct collect *c = ctx;
	if (!e->expected_today || find(c->t->in, c->t->nin, e->person_id))
		return;
	c->t->away = xgrow(c->t->away, c->t->naway, &c->cap_away, sizeof *c->t->away);
	struct today_row *r = &c->t->away[c->t->naway++];
	memset(r, 0, sizeof *r);
	r->person_id = e->person_id;
	r->last_day = e->last_day;
	r->away_long = e->away_long;
	r->missed = e->missed;
	text_copy(r->name, sizeof r->name, e->name);
}

/* Longest away first: more expected days missed, then the older last day;
 * the name order stays for ties (the sort is made stable by the index). */
static int by_longest_away(const void *pa, const void *pb)
{
	const struct today_row *a = pa, *b = pb;
	if (a->missed != b->missed)
		return a->missed > b->missed ? -1 : 1;
	if (a->last_day != b->last_day)
		return a->last_day < b->last_day ? -1 : 1;
	return a->check_in < b->check_in ? -1 : a->check_in > b->check_in;
}

static enum rota_err read_today(struct app *app, time_t now, struct today *t)
{
	struct collect c = { .t = t, .today = date_ymd(now) };
	enum rota_err e = app_visits_each(app, c.today, c.today, on_visit, &c);
	for (size_t i = 0; e == ERR_OK && i < t->nin; i++) {
		struct work_today work;
		if (app_work_today(app, t->in[i].person_id, &work) == ERR_OK && work.has)
			text_copy(t->in[i].station, sizeof t->in[i].station, app_process_name(&work.process));
	}
	if (e == ERR_OK)
		e = app_expected_each(app, c.today, on_expected, &c);
	/* check_in is 0 for the expected: it carries the name order into the sort. */
	for (size_t i = 0; e == ERR_OK && i < t->naway; i++)
		t->away[i].check_in = (time_t)i;
	if (e == ERR_OK && t->naway)
		qsort(t->away, t->naway, sizeof *t->away, by_longest_away);
	for (size_t i = 0; e == ERR_OK && i < t->naway; i++)
		t->away[i].check_in = 0;
	return e;
}

enum rota_err app_today(struct app *app, time_t now, struct today *t)
{
	memset(t, 0, sizeof *t);
	/* Who is in and who is away, at one moment: nobody is both. */
	enum rota_err e = db_begin_read(app->db);
	if (e == ERR_OK)
		e = db_end_read(app->db, read_today(app, now, t));
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
