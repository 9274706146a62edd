/* rota process list|add|edit, group add|list|join, assign, board, rotation suggest */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/people.h"
#include "app/rotation.h"
#include "cli/cli.h"
#include "cli/csv.h"
#include "util/clock.h"
#include "util/date.h"
#include "util/i18n.h"
#include "util/text.h"

static int invalid(const char *sentence)
{
	fprintf(stderr, "rota: %s\n", sentence);
	return CLI_FAIL;
}

/* --- processes --- */

static int process_list(struct app *app, int argc, char **argv)
{
	bool csv = argc == 2 && !strcmp(argv[1], "--csv");
	struct process *p;
	size_t n;
	if (argc > 2 || (argc == 2 && !csv))
		return cli_usage("process", _("list takes only --csv"));
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
		if (csv)
			csv_record(stdout, f, 7);
		else
			printf("%s\t%s\t%s\t%s\t%s\t%s\t%s\n", f[0], f[1], f[2], f[3], f[4], f[5], f[6]);
	}
	free(p);
	return CLI_OK;
}

/* Reads --name-sl/--name-hr/--name-en/--position/--capacity/--active into *p. */
static int process_options(int argc, char **argv, int from, struct process *p)
{
	for (int i = from; i < argc; i += 2) {
		const char *opt = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;
		char *end;
		if (!v)
			return cli_usage("process", _("an option needs a value"));
		char *name = !strcmp(opt, "--name-sl") ? p->name_sl : !strcmp(opt, "--name-hr") ? p->name_hr
		           : !strcmp(opt, "--name-en") ? p->name_en : NULL;
		long n = strtol(v, &end, 10);
		if (name)
			text_copy(name, sizeof p->name_sl, v);
		else if (!strcmp(opt, "--position") && *v && !*end && n > 0 && n < 1000)
			p->position = (int)n;
		else if (!strcmp(opt, "--capacity") && *v && !*end && n >= 0 && n < 100)
			p->capacity = (int)n;
		else if (!strcmp(opt, "--active") && (!strcmp(v, "yes") || !strcmp(v, "no")))
			p->is_active = !strcmp(v, "yes");
		else
			return cli_usage("process", _("process takes --name-sl, --name-hr, --name-en, --position N, --capacity N, --active yes|no"));
	}
	return CLI_OK;
}

static int process_add(struct app *app, int argc, char **argv)
{
	struct process p = { .capacity = 4, .is_active = true };
	if (argc < 2)
		return cli_usage("process", _("say: process add CODE --name-sl NAME --name-hr NAME --name-en NAME"));
	text_copy(p.code, sizeof p.code, argv[1]);
	int rc = process_options(argc, argv, 2, &p);
	if (rc != CLI_OK)
		return rc;
	enum rota_err e = app_process_add(app, &p);
	if (e == ERR_INVALID)
		return invalid(_("Not added: the code is new, of small letters, digits, _ or -, and the process has names in sl, hr and en."));
	return e == ERR_OK ? CLI_OK : cli_fail(e);
}

static int process_edit(struct app *app, int argc, char **argv)
{
	struct process *list;
	size_t n;
	if (argc < 3)
		return cli_usage("process", _("say: process edit CODE [--name-sl NAME] ... [--capacity N] [--active yes|no]"));
	enum rota_err e = app_processes(app, &list, &n);
	if (e != ERR_OK)
		return cli_fail(e);
	struct process p;
	bool found = false;
	for (size_t i = 0; i < n; i++)
		if (!strcmp(list[i].code, argv[1])) {
			p = list[i];
			found = true;
		}
	free(list);
	if (!found)
		return cli_fail(ERR_NOT_FOUND);
	int rc = process_options(argc, argv, 2, &p);
	if (rc != CLI_OK)
		return rc;
	e = app_process_update(app, &p);
	if (e == ERR_INVALID)
		return invalid(err_message(ERR_INVALID));
	return e == ERR_OK ? CLI_OK : cli_fail(e);
}

int cli_process(const struct cli *cli)
{
	int argc = cli->argc - 1;
	char **argv = cli->argv + 1;
	if (cli_wants_help(argc, argv)) {
		printf("%s", _("Usage:\n"
		               "  rota process list [--csv]\n"
		               "      code,name_sl,name_hr,name_en,position,capacity,active\n"
		               "  rota process add CODE --name-sl NAME --name-hr NAME --name-en NAME [--position N] [--capacity N]\n"
		               "  rota process edit CODE [--name-sl NAME] [--name-hr NAME] [--name-en NAME]\n"
		               "                    [--position N] [--capacity N] [--active yes|no]\n"));
		return CLI_OK;
	}
	int (*run)(struct app *, int, char **) = argc < 1 ? NULL
	                                       : !strcmp(argv[0], "list") ? process_list
	                                       : !strcmp(argv[0], "add") ? process_add
	                                       : !strcmp(argv[0], "edit") ? process_edit : NULL;
	return run ? cli_with_app(cli, run, argc, argv) : cli_usage("process", _("say list, add or edit"));
}

/* --- groups --- */

static int group_add(struct app *app, int argc, char **argv)
{
	int start = 0, end = 0;
	long long id;
	if (argc < 2)
		return cli_usage("group", _("say: group add NAME [--start DATE] [--end DATE]"));
	for (int i = 2; i < argc; i += 2) {
		int *slot = !strcmp(argv[i], "--start") ? &start : !strcmp(argv[i], "--end") ? &end : NULL;
		if (!slot || i + 1 >= argc || !date_parse_ymd(argv[i + 1], slot))
			return cli_usage("group", _("say: group add NAME [--start DATE] [--end DATE]"));
	}
	enum rota_err e = app_group_add(app, argv[1], start, end, clock_now(), &id);
	if (e == ERR_INVALID)
		return invalid(_("Not added: a group needs a new name, and cannot end before it starts."));
	if (e != ERR_OK)
		return cli_fail(e);
	printf("%lld\n", id);
	return CLI_OK;
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
	if (*csv)
		csv_record(stdout, f, 6);
	else
		printf("%s\t%s\t%s\t%s\t%s\t%s\n", f[0], f[1], f[2], f[3], f[4], f[5]);
}

static int group_list(struct app *app, int argc, char **argv)
{
	bool csv = argc == 2 && !strcmp(argv[1], "--csv");
	if (argc > 2 || (argc == 2 && !csv))
		return cli_usage("group", _("list takes only --csv"));
	if (csv) {
		static const char *const h[] = { "id", "name", "start", "end", "participants", "mentors" };
		csv_record(stdout, h, 6);
	}
	enum rota_err e = app_group_each(app, print_group, &csv);
	return e == ERR_OK ? CLI_OK : cli_fail(e);
}

static int group_join(struct app *app, int argc, char **argv)
{
	long long group, person;
	if (argc < 3 || !cli_parse_id(argv[1], &group))
		return cli_usage("group", _("say: group join GROUP_ID PERSON_ID..."));
	for (int i = 2; i < argc; i++) {
		if (!cli_parse_id(argv[i], &person))
			return cli_usage("group", _("say: group join GROUP_ID PERSON_ID..."));
		enum rota_err e = app_group_join(app, group, person, clock_now());
		if (e != ERR_OK)
			return cli_fail(e);
	}
	return CLI_OK;
}

int cli_group(const struct cli *cli)
{
	int argc = cli->argc - 1;
	char **argv = cli->argv + 1;
	if (cli_wants_help(argc, argv)) {
		printf("%s", _("Usage:\n"
		               "  rota group add NAME [--start DATE] [--end DATE]    prints the new group's id\n"
		               "  rota group list [--csv]    id,name,start,end,participants,mentors\n"
		               "  rota group join GROUP_ID PERSON_ID...    a participant leaves their other group\n"));
		return CLI_OK;
	}
	int (*run)(struct app *, int, char **) = argc < 1 ? NULL
	                                       : !strcmp(argv[0], "add") ? group_add
	                                       : !strcmp(argv[0], "list") ? group_list
	                                       : !strcmp(argv[0], "join") ? group_join : NULL;
	return run ? cli_with_app(cli, run, argc, argv) : cli_usage("group", _("say add, list or join"));
}

/* --- assignments, the floor, the planner --- */

static int assign(struct app *app, int argc, char **argv)
{
	long long person, mentor = 0;
	const char *reason = NULL;
	if (argc < 3 || !cli_parse_id(argv[1], &person))
		return cli_usage("assign", _("say: assign PERSON_ID PROCESS_CODE --mentor ID [--reason TEXT]"));
	for (int i = 3; i < argc; i += 2) {
		if (i + 1 < argc && !strcmp(argv[i], "--mentor") && cli_parse_id(argv[i + 1], &mentor))
			continue;
		if (i + 1 < argc && !strcmp(argv[i], "--reason"))
			reason = argv[i + 1];
		else
			return cli_usage("assign", _("say: assign PERSON_ID PROCESS_CODE --mentor ID [--reason TEXT]"));
	}
	if (!mentor)
		return cli_usage("assign", _("assign needs --mentor ID"));
	enum rota_err e = app_assign(app, person, argv[2], mentor, mentor, reason, clock_now());
	if (e == ERR_INVALID)
		return invalid(_("Not assigned: the person must be an active participant, the process an active one, and the mentor a mentor."));
	return e == ERR_OK ? CLI_OK : cli_fail(e);
}

int cli_assign(const struct cli *cli)
{
	if (cli_wants_help(cli->argc, cli->argv)) {
		printf("%s", _("Usage:\n"
		               "  rota assign PERSON_ID PROCESS_CODE --mentor ID [--reason TEXT]\n"
		               "      the participant works there from now; the previous assignment ends and stays\n"));
		return CLI_OK;
	}
	return cli_with_app(cli, assign, cli->argc, cli->argv);
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
	if (*csv)
		csv_record(stdout, f, 6);
	else
		printf("%s\t%s\t%s\t%s\t%s\t%s\n", f[0], f[1], f[2], f[3], f[4], f[5]);
}

int cli_board(const struct cli *cli)
{
	int argc = cli->argc - 1;
	char **argv = cli->argv + 1;
	bool csv = argc == 1 && !strcmp(argv[0], "--csv");
	if (cli_wants_help(argc, argv)) {
		printf("%s", _("Usage:\n"
		               "  rota board [--csv]\n"
		               "      who works where now: process_code,person_id,name,mentor_id,checked_in,level\n"));
		return CLI_OK;
	}
	if (argc > 0 && !csv)
		return cli_usage("board", _("board takes only --csv"));
	struct app *app = cli_open(cli, false);
	if (!app)
		return CLI_FAIL;
	if (csv) {
		static const char *const h[] = { "process_code", "person_id", "name", "mentor_id", "checked_in", "level" };
		csv_record(stdout, h, 6);
	}
	enum rota_err e = app_board(app, clock_now(), print_board, &csv);
	app_close(app);
	return e == ERR_OK ? CLI_OK : cli_fail(e);
}

static int rotation_suggest(struct app *app, int argc, char **argv)
{
	long long person;
	struct rotation_view v;
	if (argc != 2 || strcmp(argv[0], "suggest") != 0 || !cli_parse_id(argv[1], &person))
		return cli_usage("rotation", _("say: rotation suggest PERSON_ID"));
	enum rota_err e = app_rotation_suggest(app, person, &v);
	if (e != ERR_OK)
		return cli_fail(e);
	printf("%s\t%s\n", v.plan.index >= 0 ? v.proposed.code : "", v.reason);
	int rc = v.plan.index >= 0 ? CLI_OK : CLI_FAIL;
	app_rotation_done(&v);
	return rc;
}

int cli_rotation(const struct cli *cli)
{
	int argc = cli->argc - 1;
	char **argv = cli->argv + 1;
	if (cli_wants_help(argc, argv)) {
		printf("%s", _("Usage:\n"
		               "  rota rotation suggest PERSON_ID\n"
		               "      prints the proposed process code and the reason (exit 1 when none fits)\n"));
		return CLI_OK;
	}
	return cli_with_app(cli, rotation_suggest, argc, argv);
}
