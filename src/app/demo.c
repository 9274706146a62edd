/* The demo workshop's people. */
#include "app/demo.h"

#include "app/assignments.h"
#include "app/badge.h"
#include "app/groups.h"
#include "app/people.h"
#include "app/progress.h"
#include "store/db.h"
#include "util/alloc.h"
#include "util/date.h"

#include <stdlib.h>

static const struct demo_person {
	const char *name;
	enum person_role role;
	const char *lang;
} demo_people[] = {
	{ "Maja Novak", ROLE_MENTOR, "sl" },
	{ "Ivana Horvat", ROLE_MENTOR, "hr" },
	{ "Ana Kovač", ROLE_PARTICIPANT, "sl" },
	{ "Marko Žagar", ROLE_PARTICIPANT, "sl" },
	{ "Špela Zupan", ROLE_PARTICIPANT, "sl" },
	{ "Luka Čeh", ROLE_PARTICIPANT, "sl" },
	{ "Nina Krajnc", ROLE_PARTICIPANT, "sl" },
	{ "Ivan Babić", ROLE_PARTICIPANT, "hr" },
	{ "Đurđa Marić", ROLE_PARTICIPANT, "hr" },
	{ "Josip Šarić", ROLE_PARTICIPANT, "hr" },
	{ "Marija Jurić", ROLE_PARTICIPANT, "hr" },
	{ "Tom Brown", ROLE_PARTICIPANT, "en" },
};

enum rota_err app_demo_seed(struct app *app, time_t now, FILE *badges_out)
{
	enum rota_err e = app_config_set(app, "workshop_name", "Delavnica Nova nit");
	for (size_t i = 0; e == ERR_OK && i < sizeof demo_people / sizeof demo_people[0]; i++) {
		const struct demo_person *d = &demo_people[i];
		long long id;
		char payload[BADGE_DIGITS + 1];
		e = app_person_add(app, d->name, d->role, d->lang, now, &id);
		if (e == ERR_OK && d->role == ROLE_MENTOR)
			e = app_person_set_pin(app, id, "1234");
		if (e == ERR_OK)
			e = app_badge_issue(app, id, 0, now, payload);
		if (e == ERR_OK && badges_out)
			fprintf(badges_out, "%s\t%s\n", d->name, payload);
	}
	return e;
}

enum rota_err app_demo_workshop(struct app *app, time_t now)
{
	static const char *const stations[] = { "collecting", "sorting", "cutting", "collecting", "sorting",
		                                "packing", "sewing", "cutting", "collecting", "sorting" };
	struct person *people;
	size_t n, k = 0;
	long long group, mentors[2] = { 0, 0 };
	enum rota_err e = app_person_list(app, true, &people, &n);
	if (e != ERR_OK)
		return e;
	e = app_group_add(app, "Skupina A", date_ymd(now), date_add_days(date_ymd(now), 180), now, &group);
	for (size_t i = 0; e == ERR_OK && i < n; i++) {
		if (people[i].role == ROLE_MENTOR && mentors[0] == 0)
			mentors[0] = people[i].id;
		else if (people[i].role == ROLE_MENTOR)
			mentors[1] = people[i].id;
		e = app_group_join(app, group, people[i].id, now);
	}
	for (size_t i = 0; e == ERR_OK && i < n && k < sizeof stations / sizeof stations[0]; i++) {
		if (people[i].role != ROLE_PARTICIPANT)
			continue;
		long long mentor = mentors[k % 2] ? mentors[k % 2] : mentors[0];
		e = app_assign(app, people[i].id, stations[k], mentor, mentor, NULL, now);
		if (e == ERR_OK)
			e = app_progress_add(app, people[i].id, PROGRESS_PROCESS, stations[k], (int)(k % 4), 0, mentor,
			                     NULL, NULL, now, NULL, NULL);
		k++;
	}
	free(people);
	return e;
}

enum rota_err app_demo_create(struct app *app, time_t now, char **badge_lines)
{
	char *lines = NULL;
	size_t len = 0;
	FILE *mem = open_memstream(&lines, &len);
	if (!mem)
		die("out of memory");
	struct person *people;
	size_t n = 0;
	enum rota_err e = db_begin_write(app->db);
	if (e != ERR_OK) {
		fclose(mem);
		free(lines);
		*badge_lines = NULL;
		return e;
	}
	/* Read inside the write: two inits at once make one demo. */
	e = app_person_list(app, false, &people, &n);
	if (e == ERR_OK)
		free(people);
	if (e == ERR_OK && n > 0)
		e = ERR_CONFLICT;
	if (e == ERR_OK)
		e = app_demo_seed(app, now, mem);
	if (e == ERR_OK)
		e = app_demo_workshop(app, now);
	/* a demo kiosk can be left (Ctrl-Q); a real one cannot */
	if (e == ERR_OK)
		e = app_config_set(app, "demo", "on");
	e = db_end_write(app->db, e);
	fclose(mem);
	if (e == ERR_OK) {
		*badge_lines = lines;
	} else {
		*badge_lines = NULL;
		free(lines);
	}
	return e;
}
