/* Who the attendance list is about, for its header: the groups its people
 * were in during the month and their mentors, as names joined for a
 * reader. Only reads; the list's rows are already counted. */
#include "app/attendance_list.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "app/groups.h"
#include "app/people.h"
#include "store/db.h"
#include "store/rotation.h"
#include "util/alloc.h"
#include "util/date.h"
#include "util/text.h"

struct ids {
	long long *v;
	size_t n, cap;
};

static void ids_add(struct ids *s, long long id)
{
	for (size_t i = 0; i < s->n; i++)
		if (s->v[i] == id)
			return;
	s->v = xgrow(s->v, s->n, &s->cap, sizeof *s->v);
	s->v[s->n++] = id;
}

static bool ids_has(const struct ids *s, long long id)
{
	for (size_t i = 0; i < s->n; i++)
		if (s->v[i] == id)
			return true;
	return false;
}

struct gather {
	const struct attendance_list *list;
	struct ids people;        /* the list's rows */
	struct ids group_ids;     /* every group, by name */
	char **group_names;       /* the same order */
	struct ids members;       /* one group's members in the month */
	struct ids mentors;
	time_t from, to;          /* the month */
};

static void on_group(const struct group *g, void *ctx)
{
	struct gather *c = ctx;
	if (ids_has(&c->group_ids, g->id))
		return;
	c->group_names = xrealloc(c->group_names, (c->group_ids.n + 1) * sizeof *c->group_names);
	c->group_names[c->group_ids.n] = xstrdup(g->name);
	ids_add(&c->group_ids, g->id);
}

static void on_member(long long person_id, void *ctx)
{
	ids_add(&((struct gather *)ctx)->members, person_id);
}

/* An assignment of someone on the list that ran in the month names a mentor. */
static void on_assignment(const struct assignment *a, void *ctx)
{
	struct gather *c = ctx;
	if (a->mentor_id > 0 && ids_has(&c->people, a->person_id) && a->start_at < c->to &&
	    (!a->end_at || a->end_at > c->from))
		ids_add(&c->mentors, a->mentor_id);
}

/* Appends name to the "A, B" list at *out (reallocated) and counts it. */
static void join(char **out, int *count, const char *name)
{
	char *more = xasprintf("%s%s%s", *out, **out ? ", " : "", name);
	free(*out);
	*out = more;
	++*count;
}

static enum rota_err attendance_people_read(struct app *app, long long group_id, struct attendance_list *l)
{
	struct gather c = { .list = l };
	int first = l->yyyymm * 100 + 1;
	c.from = date_day_start(first);
	c.to = date_day_start(date_add_days(first, 31) / 100 * 100 + 1); /* the next month's first */
	for (size_t r = 0; r < l->nrows; r++)
		ids_add(&c.people, l->rows[r].person_id);
	char *groups = xstrdup(""), *mentors = xstrdup("");
	int ngroups = 0, nmentors = 0;
	enum rota_err e = app_group_each(app, on_group, &c);
	for (size_t g = 0; e == ERR_OK && g < c.group_ids.n; g++) {
		if (group_id && c.group_ids.v[g] != group_id)
			continue;
		c.members.n = 0;
		e = store_group_members_each(app->db, c.group_ids.v[g], c.from, c.to, on_member, &c);
		bool shared = group_id != 0;
		for (size_t m = 0; e == ERR_OK && m < c.members.n && !shared; m++)
			shared = ids_has(&c.people, c.members.v[m]);
		if (e != ERR_OK || !shared)
			continue;
		join(&groups, &ngroups, c.group_names[g]);
		/* The group's mentors are its members who are not on the list. */
		for (size_t m = 0; e == ERR_OK && m < c.members.n; m++) {
			struct person p;
			if (ids_has(&c.people, c.members.v[m]))
				continue;
			e = app_person_get(app, c.members.v[m], &p);
			if (e == ERR_OK && p.role == ROLE_MENTOR)
				ids_add(&c.mentors, p.id);
			e = e == ERR_NOT_FOUND ? ERR_OK : e; /* someone forgotten since */
		}
	}
	if (e == ERR_OK) /* the month's assignments, not every one ever made */
		e = store_assignment_each_during(app->db, c.from, c.to, on_assignment, &c);
	for (size_t m = 0; e == ERR_OK && m < c.mentors.n; m++) {
		struct person p;
		e = app_person_get(app, c.mentors.v[m], &p);
		if (e == ERR_OK)
			join(&mentors, &nmentors, p.name);
		e = e == ERR_NOT_FOUND ? ERR_OK : e;
	}
	if (e == ERR_OK) {
		free(l->groups);
		free(l->mentors);
		l->groups = groups;
		l->mentors = mentors;
		l->ngroups = ngroups;
		l->nmentors = nmentors;
	} else {
		free(groups);
		free(mentors);
	}
	for (size_t g = 0; g < c.group_ids.n; g++)
		free(c.group_names[g]);
	free(c.group_names);
	free(c.group_ids.v);
	free(c.people.v);
	free(c.members.v);
	free(c.mentors.v);
	return e;
}

enum rota_err app_attendance_people(struct app *app, long long group_id, struct attendance_list *l)
{
	enum rota_err e = db_begin_read(app->db);
	return e != ERR_OK ? e : db_end_read(app->db, attendance_people_read(app, group_id, l));
}
