/* Building the review queue from the record. */
#include "app/review.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/expect.h"
#include "app/people.h"
#include "app/progress.h"
#include "app/rotation.h"
#include "core/progress.h"
#include "store/progress.h"
#include "store/rotation.h"
#include "store/db.h"
#include "store/review.h"
#include "util/alloc.h"
#include "util/date.h"
#include "util/fmt.h"
#include "util/i18n.h"
#include "util/text.h"

struct queue {
	struct app *app;
	struct review_item *items;
	size_t n, cap;
	time_t now;
	int today;
	time_t closing;            /* today's closing time */
	int absence_days;
	enum review_kind kind;     /* of the visits being read */
};

static struct review_item *add(struct queue *q, enum review_kind kind, long long ref, long long person,
                               const char *name, int day)
{
	q->items = xgrow(q->items, q->n, &q->cap, sizeof *q->items);
	struct review_item *it = &q->items[q->n++];
	memset(it, 0, sizeof *it);
	it->kind = kind;
	it->ref = ref;
	it->person_id = person;
	it->day = day;
	text_copy(it->name, sizeof it->name, name);
	return it;
}

static void on_visit(const struct visit_row *row, void *ctx)
{
	struct queue *q = ctx;
	char in[6];
	const struct visit *v = &row->visit;
	/* An open visit needs a look only once the day is over. */
	if (q->kind == REVIEW_OPEN && v->day == q->today && q->now < q->closing)
		return;
	struct review_item *it = add(q, q->kind, v->id, v->person_id, row->name, v->day);
	it->check_in = v->check_in;
	date_format_hm(v->check_in, in);
	if (q->kind == REVIEW_UNDONE)
		snprintf(it->detail, sizeof it->detail, _("A scan at %s was undone at the kiosk."), in);
	else if (q->kind == REVIEW_CLOCK)
		snprintf(it->detail, sizeof it->detail, _("Scanned at %s by a clock that may be wrong; please check the times."), in);
	else if (q->kind == REVIEW_PRESENT_EXCUSED)
		snprintf(it->detail, sizeof it->detail, _("Checked in at %s on a day excused as an absence: the day counts as present. Please cancel the absence."), in);
	else if (q->kind == REVIEW_AFTER_END)
		snprintf(it->detail, sizeof it->detail, _("Checked in at %s after the programme ended: counted nowhere until a coordinator accepts it."), in);
	else if (q->kind == REVIEW_OPEN)
		snprintf(it->detail, sizeof it->detail, _("Checked in at %s, still not checked out."), in);
	else
		snprintf(it->detail, sizeof it->detail, _("Checked in at %s; the check-out is not known."), in);
}

/* "Not seen for N days" counts only the days the person was expected: the
 * workshop's working days within their programme, not excused. */
static void on_expected(const struct expected_row *r, void *ctx)
{
	struct queue *q = ctx;
	char day[32];
	int from = r->last_day ? r->last_day : date_ymd(r->created_at);
	/* Who has left is not missed. */
	if (r->has_left || from >= q->today || r->missed < q->absence_days)
		return;
	/* Seen by a mentor since their last day here: quiet until they come and go again. */
	if (r->seen_at && r->seen_at >= date_day_start(date_add_days(from, 1)))
		return;
	struct review_item *it = add(q, REVIEW_NOT_SEEN, r->person_id, r->person_id, r->name, r->last_day);
	if (r->last_day) {
		fmt_date_short(r->last_day, day, sizeof day);
		snprintf(it->detail, sizeof it->detail, P_("Last here on %s; %d workshop day since.", "Last here on %s; %d workshop days since.", r->missed),
		         day, r->missed);
	} else if (r->away_long) {
		snprintf(it->detail, sizeof it->detail, P_("Not here for more than %d day.", "Not here for more than %d days.",
		            EXPECT_LOOKBACK_DAYS), EXPECT_LOOKBACK_DAYS);
	} else {
		snprintf(it->detail, sizeof it->detail, P_("Not here yet; %d workshop day since joining.", "Not here yet; %d workshop days since joining.",
		            r->missed), r->missed);
	}
}

static void on_words(const struct progress_entry *e, void *ctx)
{
	struct queue *q = ctx;
	struct person p;
	if (app_person_get(q->app, e->person_id, &p) != ERR_OK)
		return;
	struct review_item *it = add(q, REVIEW_WORDS, e->id, e->person_id, p.name, e->day);
	/* cut between whole characters, and the closing quote kept */
	it->detail[0] = '"';
	text_copy(it->detail + 1, sizeof it->detail - 2, e->words);
	strcat(it->detail, "\"");
}

struct assignments {
	struct assignment *v;
	size_t n, cap;
};

static void keep_assignment(const struct assignment *a, void *ctx)
{
	struct assignments *l = ctx;
	l->v = xgrow(l->v, l->n, &l->cap, sizeof *l->v);
	l->v[l->n++] = *a;
}

static void on_assignment(struct queue *q, const struct rotation_floor *floor, const struct assignment *a)
{
	int level;
	struct person p;
	struct rotation_view v;
	if (store_progress_latest(q->app->db, a->person_id, PROGRESS_PROCESS, a->process_code, &level) != ERR_OK ||
	    level < PROGRESS_MASTERED ||
	    app_person_get(q->app, a->person_id, &p) != ERR_OK)
		return;
	struct review_item *it = add(q, REVIEW_ROTATE, a->person_id, a->person_id, p.name, 0);
	if (app_rotation_suggest_on(q->app, floor, a->person_id, &v) == ERR_OK) {
		text_copy(it->detail, sizeof it->detail, v.reason);
		app_rotation_done(&v);
	}
}

/* Fills the queue q; the items stay in q also after an error. */
static enum rota_err read_queue(struct app *app, struct queue *q)
{
	int since = date_add_days(q->today, -REVIEW_LOOKBACK_DAYS);
	enum rota_err e;
	q->kind = REVIEW_END_UNKNOWN;
	e = store_review_visits(app->db, VISIT_END_UNKNOWN, since, on_visit, q);
	if (e == ERR_OK) {
		q->kind = REVIEW_CLOCK;
		e = store_review_clock_doubtful(app->db, since, 99991231, on_visit, q);
	}
	if (e == ERR_OK) {
		q->kind = REVIEW_AFTER_END;
		e = store_review_after_end(app->db, since, on_visit, q);
	}
	if (e == ERR_OK) {
		q->kind = REVIEW_OPEN;
		e = store_review_visits(app->db, VISIT_OPEN, since, on_visit, q);
	}
	if (e == ERR_OK) {
		q->kind = REVIEW_UNDONE;
		e = store_review_visits(app->db, VISIT_UNDONE, since, on_visit, q);
	}
	if (e == ERR_OK) {
		q->kind = REVIEW_PRESENT_EXCUSED;
		e = store_review_present_excused(app->db, since, on_visit, q);
	}
	if (e == ERR_OK)
		e = app_expected_each(app, q->today, on_expected, q);
	if (e == ERR_OK)
		e = store_review_words(app->db, on_words, q);
	/* Read the assignments first: the planner reads them again, and one
	 * statement cannot serve two loops at once. */
	struct assignments current = { 0 };
	if (e == ERR_OK)
		e = store_assignment_each_current(app->db, keep_assignment, &current);
	struct rotation_floor floor = { 0 };
	if (e == ERR_OK && current.n)
		e = app_rotation_floor_load(app, &floor);
	for (size_t i = 0; e == ERR_OK && i < current.n; i++)
		on_assignment(q, &floor, &current.v[i]);
	app_rotation_floor_free(&floor);
	free(current.v);
	return e;
}

enum rota_err app_review_items(struct app *app, time_t now, struct review_item **out, size_t *n)
{
	struct queue q = { .app = app, .now = now, .today = date_ymd(now), .absence_days = app->cfg.absence_days };
	q.closing = date_day_start(q.today) + app->cfg.closing_minutes * 60;
	/* Every kind of item read at one moment: a visit closed meanwhile is
	 * neither still open nor missing from the list. */
	enum rota_err e = db_begin_read(app->db);
	if (e == ERR_OK)
		e = db_end_read(app->db, read_queue(app, &q));
	if (e != ERR_OK) {
		free(q.items);
		q.items = NULL;
		q.n = 0;
	}
	*out = q.items;
	*n = q.n;
	return e;
}

enum rota_err app_review_mark_seen(struct app *app, const struct review_item *item, long long by,
                                   const char *note, time_t now)
{
	if (item->kind == REVIEW_END_UNKNOWN || item->kind == REVIEW_OPEN || item->kind == REVIEW_ROTATE ||
	    item->kind == REVIEW_CLOCK || item->kind == REVIEW_PRESENT_EXCUSED || item->kind == REVIEW_AFTER_END)
		return ERR_INVALID;
	enum rota_err e = text_check_optional(note, TEXT_LINE, TEXT_REASON_CHARS);
	if (e != ERR_OK)
		return e;
	struct change c = { .at = now, .by = by, .reason = note && *note ? note : NULL, .terminal = app->terminal };
	e = db_begin_write(app->db);
	if (e != ERR_OK)
		return e;
	e = store_review_mark_seen(app->db, app_review_kind_code(item->kind), item->ref, &c);
	return db_end_write(app->db, e);
}

const char *app_review_kind_code(enum review_kind kind)
{
	static const char *const codes[] = { "end_unknown", "open", "undone", "not_seen", "words", "rotate",
		                             "clock_doubtful", "present_excused", "after_end" };
	return (unsigned)kind < sizeof codes / sizeof codes[0] ? codes[kind] : "?";
}

const char *app_review_kind_name(enum review_kind kind)
{
	switch (kind) {
	case REVIEW_END_UNKNOWN: return _("Check-out not known");
	case REVIEW_OPEN: return _("Still checked in");
	case REVIEW_UNDONE: return _("Undone scan");
	case REVIEW_NOT_SEEN: return _("Not seen for a while");
	case REVIEW_WORDS: return _("In their own words");
	case REVIEW_ROTATE: return _("Ready to move on");
	case REVIEW_CLOCK: return _("Clock doubtful");
	case REVIEW_PRESENT_EXCUSED: return _("Present on an excused day");
	case REVIEW_AFTER_END: return _("After the programme ended");
	}
	return "?";
}
