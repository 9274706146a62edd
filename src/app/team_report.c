/* The team-meeting report's data, read from the records in one go. */
#include "app/team_report.h"

#include <string.h>

#include "app/hours.h"
#include "app/progress.h"
#include "store/db.h"
#include "store/entry.h"
#include "store/people.h"
#include "store/progress.h"
#include "store/rotation.h"
#include "util/alloc.h"
#include "util/date.h"
#include "util/text.h"

#define MONTHS_MAX 36

/* Grows an array of n items of size sz by one and returns the new item,
 * zeroed. */
static void *grow(void *pv, size_t *n, size_t sz)
{
	void **p = pv;
	*p = xrealloc(*p, (*n + 1) * sz);
	void *item = (char *)*p + *n * sz;
	memset(item, 0, sz);
	(*n)++;
	return item;
}

static void on_level(const struct progress_entry *e, void *ctx)
{
	struct team_report *r = ctx;
	*(struct progress_entry *)grow(&r->levels, &r->nlevels, sizeof *r->levels) = *e;
	if (e->words[0]) {
		struct team_report_words *w = grow(&r->words, &r->nwords, sizeof *r->words);
		w->day = e->day;
		text_copy(w->text, sizeof w->text, e->words);
	}
}

static void on_goal(const struct goal *g, void *ctx)
{
	struct team_report *r = ctx;
	*(struct goal *)grow(&r->goals, &r->ngoals, sizeof *r->goals) = *g;
}

/* Notes come newest first: each marked one goes in front. */
static void on_note(const struct note *n, void *ctx)
{
	struct team_report *r = ctx;
	if (!n->for_team)
		return;
	grow(&r->notes, &r->nnotes, sizeof *r->notes);
	memmove(&r->notes[1], &r->notes[0], (r->nnotes - 1) * sizeof *r->notes);
	r->notes[0] = *n;
}

static void on_meeting(const struct meeting *m, void *ctx)
{
	struct team_report *r = ctx;
	if (r->kind != MEETING_INTRO && m->kind < r->kind) {
		r->previous = *m;
		r->has_previous = true;
	}
}

struct mentor_ctx {
	struct app *app;
	struct team_report *r;
};

static void add_mentor(struct team_report *r, const char *name)
{
	for (int i = 0; i < r->nmentors; i++)
		if (!strcmp(r->mentors[i], name))
			return;
	if (r->nmentors < TEAM_REPORT_MENTORS)
		text_copy(r->mentors[r->nmentors++], PERSON_NAME_MAX, name);
}

/* Assignments come oldest first; the current mentor is put first after. */
static void on_assignment(const struct assignment *a, void *ctx)
{
	struct mentor_ctx *m = ctx;
	struct person p;
	if (a->mentor_id > 0 && store_person_get(m->app->db, a->mentor_id, &p) == ERR_OK)
		add_mentor(m->r, p.name);
}

struct month_ctx {
	long long person_id;
	struct team_report_month *month;
};

static void on_hours(const struct hours_row *row, void *ctx)
{
	struct month_ctx *m = ctx;
	if (row->person_id != m->person_id)
		return;
	m->month->days_present = row->days_present;
	m->month->seconds = row->seconds;
	m->month->days_excused = row->days_excused;
	memcpy(m->month->days, row->days, sizeof m->month->days);
	m->month->is_amended = row->is_amended;
	m->month->amended_seconds = row->amended_seconds;
}

static enum rota_err read_months(struct app *app, struct team_report *r, time_t now)
{
	int first = r->person.programme_start ? r->person.programme_start : date_ymd(r->person.created_at);
	int last = date_ymd(now);
	if (r->person.programme_end && r->person.programme_end < last)
		last = r->person.programme_end;
	enum rota_err e = ERR_OK;
	for (int m = first / 100; e == ERR_OK && m <= last / 100 && r->nmonths < MONTHS_MAX;
	     m = m % 100 == 12 ? (m / 100 + 1) * 100 + 1 : m + 1) {
		struct month_ctx c = { .person_id = r->person.id };
		c.month = grow(&r->months, &r->nmonths, sizeof *r->months);
		c.month->month = m;
		c.month->ndays = date_add_days(date_add_days(m * 100 + 1, 31) / 100 * 100 + 1, -1) % 100;
		e = app_hours_month_of(app, r->person.id, m, now, on_hours, &c);
		r->total_seconds += c.month->seconds;
	}
	return e;
}

static enum rota_err read_report(struct app *app, long long person_id, time_t now, struct team_report *out)
{
	enum rota_err e = store_person_get(app->db, person_id, &out->person);
	if (e == ERR_OK && out->person.role != ROLE_PARTICIPANT)
		e = ERR_NOT_PARTICIPANT;
	if (e != ERR_OK)
		return e;
	out->target_hours = out->person.target_hours ? out->person.target_hours : app->cfg.target_hours;
	struct mentor_ctx mc = { .app = app, .r = out };
	struct assignment cur;
	bool found = false;
	e = store_group_of(app->db, person_id, out->group, sizeof out->group);
	if (e == ERR_OK)
		e = store_assignment_current(app->db, person_id, &found, &cur);
	if (e == ERR_OK && found)
		on_assignment(&cur, &mc);
	if (e == ERR_OK)
		e = store_assignment_each_of(app->db, person_id, on_assignment, &mc);
	if (e == ERR_OK)
		e = read_months(app, out, now);
	if (e == ERR_OK)
		e = store_progress_each(app->db, person_id, on_level, out);
	if (e == ERR_OK)
		e = store_goal_each(app->db, person_id, on_goal, out);
	if (e == ERR_OK)
		e = store_note_each(app->db, person_id, on_note, out);
	if (e == ERR_OK)
		e = store_meeting_each(app->db, person_id, on_meeting, out);
	return e;
}

enum rota_err app_team_report(struct app *app, long long person_id, enum meeting_kind kind, time_t now,
                              struct team_report *out)
{
	memset(out, 0, sizeof *out);
	out->kind = kind;
	/* The months' hours, the levels and the notes of one moment. */
	enum rota_err e = db_begin_read(app->db);
	if (e != ERR_OK)
		return e;
	return db_end_read(app->db, read_report(app, person_id, now, out));
}
