/* The floor at a glance: who is assigned where, who is in, their level. */
#include "app/board.h"

#include <stdlib.h>
#include <string.h>

#include "store/db.h"
#include "store/people.h"
#include "store/processes.h"
#include "store/progress.h"
#include "store/rotation.h"
#include "store/visits.h"
#include "util/alloc.h"
#include "util/collate.h"
#include "util/date.h"
#include "util/text.h"

struct board_ctx {
	struct app *app;
	struct board_row *rows;
	size_t n, cap;
	int today;
};

static void collect_assignment(const struct assignment *a, void *ctx)
{
	struct board_ctx *b = ctx;
	b->rows = xgrow(b->rows, b->n, &b->cap, sizeof *b->rows);
	struct board_row *r = &b->rows[b->n++];
	memset(r, 0, sizeof *r);
	text_copy(r->process_code, sizeof r->process_code, a->process_code);
	r->person_id = a->person_id;
	r->mentor_id = a->mentor_id;
	r->level = -1;
}

static int by_name(const void *a, const void *b)
{
	const struct board_row *x = a, *y = b;
	return collate_sl(x->name, strlen(x->name), y->name, strlen(y->name));
}

static enum rota_err read_board(struct app *app, time_t now, board_fn fn, void *ctx)
{
	struct board_ctx b = { .app = app, .today = date_ymd(now) };
	struct process *procs;
	size_t np;
	enum rota_err e = store_process_list(app->db, &procs, &np);
	if (e != ERR_OK)
		return e;
	e = store_assignment_each_current(app->db, collect_assignment, &b);
	for (size_t i = 0; e == ERR_OK && i < b.n; i++) {
		struct board_row *r = &b.rows[i];
		struct person p;
		struct visit v;
		bool open = false;
		if (store_person_get(app->db, r->person_id, &p) == ERR_OK)
			text_copy(r->name, sizeof r->name, p.name);
		e = store_visit_open_of(app->db, r->person_id, &open, &v);
		r->is_checked_in = open && v.day == b.today;
		if (e == ERR_OK)
			e = store_progress_latest(app->db, r->person_id, PROGRESS_PROCESS, r->process_code, &r->level);
	}
	if (e == ERR_OK && b.n > 0) /* an empty floor has no rows to sort (nor an array) */
		qsort(b.rows, b.n, sizeof *b.rows, by_name);
	for (size_t s = 0; e == ERR_OK && s < np; s++)
		for (size_t i = 0; i < b.n; i++)
			if (!strcmp(b.rows[i].process_code, procs[s].code))
				fn(&b.rows[i], ctx);
	free(b.rows);
	free(procs);
	return e;
}

enum rota_err app_board(struct app *app, time_t now, board_fn fn, void *ctx)
{
	/* Stations, people, who is in and their levels: one moment. */
	enum rota_err e = db_begin_read(app->db);
	if (e != ERR_OK)
		return e;
	return db_end_read(app->db, read_board(app, now, fn, ctx));
}
