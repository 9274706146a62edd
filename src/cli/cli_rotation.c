/* rota process list|add|edit, group add|list|join, assign, board, rotation suggest */
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/assignments.h"
#include "app/board.h"
#include "app/groups.h"
#include "app/people.h"
#include "app/processes.h"
#include "app/rotation.h"
#include "cli/cli.h"
#include "cli/csv.h"
#include "util/clock.h"
#include "util/date.h"
#include "util/i18n.h"
#include "util/text.h"

/* --- processes --- */

static const struct opt csv_opts[] = {
	CSV_OPTIONS(0, N_("CSV with a header row"), 0), /* the whole argument struct is one bool */
	OPT_END,
};
static const struct opt_cmd list_cmd = {
	"process list", N_("The work processes: code,name_sl,name_hr,name_en,position,capacity,active"), csv_opts,
};

static int list_processes(struct app *app, const struct cli *cli, void *args)
{
	(void)cli;
	bool csv = *(bool *)args;
	struct process *p;
	size_t n;
	enum rota_err e = app_processes(app, &p, &n);
	if (e != ERR_OK)
		return cli_fail(e);
	if (csv) {
		static const char *const h[] = { "code", "name_sl", "name_hr", "name_en", "position", "capacity", "active" };
		csv_record(stdout, h, 7);
	}
	for (size_t i = 0; i < n; i++) {
		char pos[12], cap[12];
		snprintf(pos, sizeof pos, "%d", p[i].position);
		snprintf(cap, sizeof cap, "%d", p[i].capacity);
		const char *f[] = { p[i].code, p[i].name_sl, p[i].name_hr, p[i].name_en, pos, cap, p[i].is_active ? "1" : "0" };
		csv_row(stdout, csv, f, 7);
	}
	free(p);
	return CLI_OK;
}

static int process_list(const struct cli *cli, int argc, char **argv)
{
	bool csv = false;
	int rc = cli_parse(&list_cmd, &csv, argc, argv);
	return rc != CLI_GO ? rc : cli_with_app(cli, list_processes, &csv);
}

struct process_args {
	const char *code, *name_sl, *name_hr, *name_en;
	int position, capacity, active;
};

#define PROCESS_OPTS(required)                                                                          \
	OPT_ARG("CODE", 0, N_("the process's code: small letters, digits, _ or -"),                      \
	        offsetof(struct process_args, code)),                                                   \
	OPT_STRING("name-sl", "NAME", required, N_("its name in Slovenian"), offsetof(struct process_args, name_sl)), \
	OPT_STRING("name-hr", "NAME", required, N_("its name in Croatian"), offsetof(struct process_args, name_hr)),  \
	OPT_STRING("name-en", "NAME", required, N_("its name in English"), offsetof(struct process_args, name_en)),   \
	OPT_INT("position", "N", 0, 1, 999, N_("its place in the workshop's order (rotation follows it)"),          \
	        offsetof(struct process_args, position)),                                               \
	OPT_INT("capacity", "N", 0, 0, 99, N_("how many can work there at once"),                       \
	        offsetof(struct process_args, capacity))

static const struct opt add_opts[] = { PROCESS_OPTS(OPT_REQUIRED), OPT_END };
static const struct opt_cmd add_cmd = { "process add", N_("Adds a work process (4 places unless --capacity)."),
	                                add_opts };
static const struct opt edit_opts[] = {
	PROCESS_OPTS(0),
	OPT_CHOICE("active", cli_yes_no, 0, N_("whether people work there now"), offsetof(struct process_args, active)),
	OPT_END,
};
static const struct opt_cmd edit_cmd = { "process edit", N_("Changes what is given; the rest stays as it is."),
	                                 edit_opts };

/* Puts what a gave into p. */
static void process_apply(const struct process_args *a, struct process *p)
{
	if (a->name_sl)
		text_copy(p->name_sl, sizeof p->name_sl, a->name_sl);
	if (a->name_hr)
		text_copy(p->name_hr, sizeof p->name_hr, a->name_hr);
	if (a->name_en)
		text_copy(p->name_en, sizeof p->name_en, a->name_en);
	if (a->position > 0)
		p->position = a->position;
	if (a->capacity >= 0)
		p->capacity = a->capacity;
	if (a->active >= 0)
		p->is_active = a->active == 0; /* cli_yes_no: index 0 is yes */
}

static int add_process(struct app *app, const struct cli *cli, void *args)
{
	(void)cli;
	const struct process_args *a = args;
	struct process p = { .capacity = 4, .is_active = true };
	text_copy(p.code, sizeof p.code, a->code);
	process_apply(a, &p);
	enum rota_err e = app_process_add(app, &p);
	return e == ERR_OK ? CLI_OK : cli_fail(e);
}

static int process_add(const struct cli *cli, int argc, char **argv)
{
	struct process_args a = { .capacity = -1, .active = -1 };
	int rc = cli_parse(&add_cmd, &a, argc, argv);
	return rc != CLI_GO ? rc : cli_with_app(cli, add_process, &a);
}

static int edit_process(struct app *app, const struct cli *cli, void *args)
{
	(void)cli;
	const struct process_args *a = args;
	struct process_patch patch = { .name_sl = a->name_sl, .name_hr = a->name_hr, .name_en = a->name_en,
		                       .position = a->position, .capacity = a->capacity,
		                       .active = a->active < 0 ? -1 : a->active == 0 /* cli_yes_no: index 0 is yes */ };
	enum rota_err e = app_process_edit(app, a->code, &patch);
	return e == ERR_OK ? CLI_OK : cli_fail(e);
}

static int process_edit(const struct cli *cli, int argc, char **argv)
{
	struct process_args a = { .position = -1, .capacity = -1, .active = -1 };
	int rc = cli_parse(&edit_cmd, &a, argc, argv);
	return rc != CLI_GO ? rc : cli_with_app(cli, edit_process, &a);
}

int cli_process(const struct cli *cli)
{
	static const struct cli_verb verbs[] = {
		{ &list_cmd, process_list }, { &add_cmd, process_add }, { &edit_cmd, process_edit },
	};
	return cli_run_verb(cli, verbs, 3, NULL);
}

/* --- groups --- */

struct group_args {
	const char *name;
	int start, end;
};

static const struct opt group_add_opts[] = {
	OPT_ARG("NAME", 0, N_("the group's name"), offsetof(struct group_args, name)),
	OPT_DATE("start", 0, N_("when the group starts"), offsetof(struct group_args, start)),
	OPT_DATE("end", 0, N_("when the group ends"), offsetof(struct group_args, end)),
	OPT_END,
};
static const struct opt_cmd group_add_cmd = { "group add", N_("Adds a group and prints its id."), group_add_opts };

static int add_group(struct app *app, const struct cli *cli, void *args)
{
	(void)cli;
	const struct group_args *a = args;
	long long id;
	enum rota_err e = app_group_add(app, a->name, a->start, a->end, clock_now(), &id);
	if (e != ERR_OK)
		return cli_fail(e);
	printf("%lld\n", id);
	return CLI_OK;
}

static int group_add(const struct cli *cli, int argc, char **argv)
{
	struct group_args a = { 0 };
	int rc = cli_parse(&group_add_cmd, &a, argc, argv);
	return rc != CLI_GO ? rc : cli_with_app(cli, add_group, &a);
}

static void print_group(const struct group *g, void *ctx)
{
	const bool *csv = ctx;
	char id[24], start[11] = "", end[11] = "", np[12], nm[12];
	snprintf(id, sizeof id, "%lld", g->id);
	if (g->start_day)
		date_format_ymd(g->start_day, start);
	if (g->end_day)
		date_format_ymd(g->end_day, end);
	snprintf(np, sizeof np, "%d", g->participants);
	snprintf(nm, sizeof nm, "%d", g->mentors);
	const char *f[] = { id, g->name, start, end, np, nm };
	csv_row(stdout, *csv, f, 6);
}

static const struct opt_cmd group_list_cmd = {
	"group list", N_("The groups: id,name,start,end,participants,mentors"), csv_opts,
};

static int list_groups(struct app *app, const struct cli *cli, void *args)
{
	(void)cli;
	bool *csv = args;
	if (*csv) {
		static const char *const h[] = { "id", "name", "start", "end", "participants", "mentors" };
		csv_record(stdout, h, 6);
	}
	enum rota_err e = app_group_each(app, print_group, csv);
	return e == ERR_OK ? CLI_OK : cli_fail(e);
}

static int group_list(const struct cli *cli, int argc, char **argv)
{
	bool csv = false;
	int rc = cli_parse(&group_list_cmd, &csv, argc, argv);
	return rc != CLI_GO ? rc : cli_with_app(cli, list_groups, &csv);
}

struct join_args {
	long long group;
	struct opt_list people;
};

static const struct opt join_opts[] = {
	OPT_ARG_ID("GROUP_ID", 0, N_("the group"), offsetof(struct join_args, group)),
	OPT_ARG_ID("PERSON_ID", OPT_MANY, N_("who joins it; a participant leaves their other group"),
	           offsetof(struct join_args, people)),
	OPT_END,
};
static const struct opt_cmd join_cmd = { "group join", N_("Puts people in a group."), join_opts };

static int join_group(struct app *app, const struct cli *cli, void *args)
{
	(void)cli;
	const struct join_args *a = args;
	for (int i = 0; i < a->people.n; i++) {
		long long person = 0;
		cli_parse_id(a->people.v[i], &person); /* checked by the parser */
		enum rota_err e = app_group_join(app, a->group, person, clock_now());
		if (e != ERR_OK)
			return cli_fail(e);
	}
	return CLI_OK;
}

static int group_join(const struct cli *cli, int argc, char **argv)
{
	struct join_args a = { 0 };
	int rc = cli_parse(&join_cmd, &a, argc, argv);
	return rc != CLI_GO ? rc : cli_with_app(cli, join_group, &a);
}

int cli_group(const struct cli *cli)
{
	static const struct cli_verb verbs[] = {
		{ &group_add_cmd, group_add }, { &group_list_cmd, group_list }, { &join_cmd, group_join },
	};
	return cli_run_verb(cli, verbs, 3, NULL);
}

/* --- assignments, the floor, the planner --- */

struct assign_args {
	long long person, mentor;
	const char *process, *reason;
};

static const struct opt assign_opts[] = {
	OPT_ARG_ID("PERSON_ID", 0, N_("the participant"), offsetof(struct assign_args, person)),
	OPT_ARG("PROCESS_CODE", 0, N_("where they work from now"), offsetof(struct assign_args, process)),
	OPT_ID("mentor", "ID", OPT_REQUIRED, N_("the mentor at their side there"), offsetof(struct assign_args, mentor)),
	OPT_STRING("reason", "TEXT", 0, N_("why, in a few words"), offsetof(struct assign_args, reason)),
	OPT_END,
};
static const struct opt_cmd assign_cmd = {
	"assign", N_("The participant works there from now; the previous assignment ends and stays."), assign_opts,
};

static int assign(struct app *app, const struct cli *cli, void *args)
{
	(void)cli;
	const struct assign_args *a = args;
	enum rota_err e = app_assign(app, a->person, a->process, a->mentor, a->mentor, a->reason, clock_now());
	if (e == ERR_PERSON_INACTIVE) {
		fprintf(stderr, _("rota: Person %lld is not active here now, so they cannot be assigned. Nothing was changed.\n"),
		        a->person);
		return CLI_FAIL;
	}
	if (e == ERR_UNKNOWN_TOPIC || e == ERR_PROCESS_INACTIVE) {
		fprintf(stderr,
		        e == ERR_UNKNOWN_TOPIC
		                ? _("rota: There is no process %s (rota process list shows them). Nothing was changed.\n")
		                : _("rota: Process %s is not in use now (rota process edit %s --active yes). Nothing was changed.\n"),
		        a->process, a->process);
		return CLI_FAIL;
	}
	return e == ERR_OK ? CLI_OK : cli_fail_person(e, a->person);
}

int cli_assign(const struct cli *cli)
{
	struct assign_args a = { 0 };
	int rc = cli_parse(&assign_cmd, &a, cli->argc, cli->argv);
	return rc != CLI_GO ? rc : cli_with_app(cli, assign, &a);
}

static void print_board(const struct board_row *r, void *ctx)
{
	const bool *csv = ctx;
	char person[24], mentor[24] = "", level[12] = "";
	snprintf(person, sizeof person, "%lld", r->person_id);
	if (r->mentor_id > 0)
		snprintf(mentor, sizeof mentor, "%lld", r->mentor_id);
	if (r->level >= 0)
		snprintf(level, sizeof level, "%d", r->level);
	const char *f[] = { r->process_code, person, r->name, mentor, r->is_checked_in ? "1" : "0", level };
	csv_row(stdout, *csv, f, 6);
}

static const struct opt_cmd board_cmd = {
	"board", N_("Who works where now: process_code,person_id,name,mentor_id,checked_in,level"), csv_opts,
};

static int board(struct app *app, const struct cli *cli, void *args)
{
	(void)cli;
	bool *csv = args;
	if (*csv) {
		static const char *const h[] = { "process_code", "person_id", "name", "mentor_id", "checked_in", "level" };
		csv_record(stdout, h, 6);
	}
	enum rota_err e = app_board(app, clock_now(), print_board, csv);
	return e == ERR_OK ? CLI_OK : cli_fail(e);
}

int cli_board(const struct cli *cli)
{
	bool csv = false;
	int rc = cli_parse(&board_cmd, &csv, cli->argc, cli->argv);
	return rc != CLI_GO ? rc : cli_with_app(cli, board, &csv);
}

struct suggest_args {
	long long person;
};

static const struct opt suggest_opts[] = {
	OPT_ARG_ID("PERSON_ID", 0, N_("the participant"), offsetof(struct suggest_args, person)),
	OPT_END,
};
static const struct opt_cmd suggest_cmd = {
	"rotation suggest", N_("Prints the proposed process code and the reason (exit 1 when none fits)."),
	suggest_opts,
};

static int suggest(struct app *app, const struct cli *cli, void *args)
{
	(void)cli;
	struct rotation_view v;
	enum rota_err e = app_rotation_suggest(app, ((struct suggest_args *)args)->person, &v);
	if (e != ERR_OK)
		return cli_fail(e);
	const char *const f[] = { v.plan.index >= 0 ? v.proposed.code : "", v.reason };
	csv_row(stdout, false, f, 2);
	int rc = v.plan.index >= 0 ? CLI_OK : CLI_FAIL;
	app_rotation_done(&v);
	return rc;
}

static int rotation_suggest(const struct cli *cli, int argc, char **argv)
{
	struct suggest_args a = { 0 };
	int rc = cli_parse(&suggest_cmd, &a, argc, argv);
	return rc != CLI_GO ? rc : cli_with_app(cli, suggest, &a);
}

int cli_rotation(const struct cli *cli)
{
	static const struct cli_verb verbs[] = { { &suggest_cmd, rotation_suggest } };
	return cli_run_verb(cli, verbs, 1, NULL);
}
