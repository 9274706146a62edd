/* The attendance list: the hour sheet's rows, kept whole with their days,
 * filtered to a group, and the columns the month's list shows. */
#include "app/attendance_list.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "app/calendar.h"
#include "app/groups.h"
#include "app/month.h"
#include "store/db.h"
#include "store/rotation.h"
#include "util/alloc.h"
#include "util/date.h"
#include "util/text.h"

struct collect {
	struct attendance_list *list;
	size_t cap;
	long long *members;       /* NULL: everyone */
	size_t nmembers, members_cap;
	long long group_id;
	bool group_found;
};

static void on_group(const struct group *g, void *ctx)
{
	struct collect *c = ctx;
	if (g->id != c->group_id)
		return;
	c->group_found = true;
	text_copy(c->list->group, sizeof c->list->group, g->name);
}

static void on_member(long long person_id, void *ctx)
{
	struct collect *c = ctx;
	c->members = xgrow(c->members, c->nmembers, &c->members_cap, sizeof *c->members);
	c->members[c->nmembers++] = person_id;
}

static bool is_member(const struct collect *c, long long person_id)
{
	if (!c->group_id)
		return true;
	for (size_t i = 0; i < c->nmembers; i++)
		if (c->members[i] == person_id)
			return true;
	return false;
}

static void on_row(const struct hours_row *row, void *ctx)
{
	struct collect *c = ctx;
	if (!is_member(c, row->person_id))
		return;
	struct attendance_list *l = c->list;
	l->rows = xgrow(l->rows, l->nrows, &c->cap, sizeof *l->rows);
	l->rows[l->nrows++] = *row;
}

/* The columns: every day of the workshop's weekdays (a holiday or a
 * closure shows as such, its name kept for the legend), and any other day
 * on which someone came. */
static void choose_days(struct attendance_list *l, const struct workshop_calendar *cal)
{
	int first = l->yyyymm * 100 + 1;
	for (int d = first; d < first + 31 && date_is_valid(d); d++) {
		bool came = false;
		for (size_t i = 0; i < l->nrows && !came; i++)
			came = l->rows[i].days[d % 100 - 1].visits > 0;
		if (!came && !calendar_is_workshop_weekday(cal, d))
			continue;
		const char *name = "";
		enum day_kind kind = calendar_day_kind(cal, d, &name);
		if ((kind == DAY_HOLIDAY || kind == DAY_CLOSURE) && name && *name)
			l->day_names[l->ndays] = xstrdup(name);
		l->day_is_holiday[l->ndays] = kind == DAY_HOLIDAY;
		l->days[l->ndays++] = d;
	}
}

static enum rota_err read_list(struct app *app, int yyyymm, long long group_id, time_t now,
                               struct attendance_list *out)
{
	struct collect c = { .list = out, .group_id = group_id };
	int first = yyyymm * 100 + 1, last = date_add_days(date_add_days(first, 31) / 100 * 100 + 1, -1);
	enum rota_err e = ERR_OK;
	if (group_id) {
		e = app_group_each(app, on_group, &c);
		if (e == ERR_OK && !c.group_found)
			e = ERR_NOT_FOUND;
		if (e == ERR_OK)
			e = store_group_members_each(app->db, group_id, date_day_start(first),
			                             date_day_start(date_add_days(last, 1)), on_member, &c);
	}
	if (e == ERR_OK)
		e = app_hours_month(app, yyyymm, now, on_row, &c);
	struct app_calendar cal = { 0 };
	if (e == ERR_OK)
		e = app_calendar_load(app, first, last, NULL, &cal);
	if (e == ERR_OK)
		choose_days(out, &cal.cal);
	app_calendar_free(&cal);
	if (e == ERR_OK)
		e = app_attendance_people(app, group_id, out);
	if (e == ERR_OK)
		e = app_month_frozen_apply(app, out); /* a closed month shows what was signed */
	free(c.members);
	return e;
}

enum rota_err app_attendance_list(struct app *app, int yyyymm, long long group_id, time_t now,
                                  struct attendance_list *out)
{
	memset(out, 0, sizeof *out);
	out->yyyymm = yyyymm;
	out->groups = xstrdup("");
	out->mentors = xstrdup("");
	/* The rows, the days chosen and the people who sign: one moment. */
	enum rota_err e = db_begin_read(app->db);
	if (e != ERR_OK)
		return e;
	return db_end_read(app->db, read_list(app, yyyymm, group_id, now, out));
}

void app_attendance_list_free(struct attendance_list *l)
{
	free(l->rows);
	l->rows = NULL;
	l->nrows = 0;
	for (int i = 0; i < 31; i++) {
		free(l->day_names[i]);
		l->day_names[i] = NULL;
	}
	free(l->groups);
	free(l->mentors);
	l->groups = l->mentors = NULL;
}
