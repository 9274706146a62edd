/* The command-line entry: global options and dispatch. */
#include "app/cli.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "util/clock.h"
#include "util/i18n.h"
#include "util/log.h"

#ifndef ROTA_VERSION
#define ROTA_VERSION "0.1.0"
#endif

static const struct command {
	const char *name;
	int (*run)(const struct cli *cli);
	const char *summary;
} commands[] = {
	{ "init", cli_init, N_("create or upgrade the database (--demo adds a sample workshop)") },
	{ "person", cli_person, N_("add and list people, set a PIN") },
	{ "badge", cli_badge, N_("issue, print, show and stop badges") },
	{ "scan", cli_scan, N_("do exactly what a scan at the kiosk does") },
	{ "visits", cli_visits, N_("list visits") },
	{ "config", cli_config, N_("show or change the workshop's settings") },
	{ "progress", cli_progress, N_("record and list progress per process and skill") },
	{ "review", cli_review, N_("what needs a mentor's look") },
	{ "visit", cli_visit, N_("correct a visit, with a reason") },
	{ "hours", cli_hours, N_("the month's hour sheet, or hours per process") },
	{ "process", cli_process, N_("the work processes (stations)") },
	{ "group", cli_group, N_("groups and who is in them") },
	{ "assign", cli_assign, N_("who works at which process") },
	{ "board", cli_board, N_("the floor: who works where now") },
	{ "rotation", cli_rotation, N_("the planner's proposal for the next process") },
	{ "backup", cli_backup, N_("a verified copy of the records, kept with the last ones") },
	{ "restore", cli_restore, N_("put the records of a backup back") },
	{ "check", cli_check, N_("is the database sound?") },
};
#define NCOMMANDS (sizeof commands / sizeof commands[0])

static void print_help(void)
{
	printf(_("Usage: rota [--db PATH] [--terminal NAME] [--lang sl|hr|en] [COMMAND ...]\n"
	         "\n"
	         "Without a command, rota starts the kiosk.\n"
	         "\n"
	         "Commands:\n"));
	for (size_t i = 0; i < NCOMMANDS; i++)
		printf("  %-8s %s\n", commands[i].name, _(commands[i].summary));
	printf(_("\n"
	         "The database is --db PATH, else $ROTA_DB, else $XDG_DATA_HOME/rota/rota.db.\n"
	         "ROTA_NOW=YYYY-MM-DDTHH:MM:SS sets the clock (local time) for tests and demos.\n"
	         "Run 'rota COMMAND --help' for a command's options.\n"));
}

static char *default_db_path(void)
{
	static char path[4096];
	const char *env = getenv("ROTA_DB");
	const char *xdg = getenv("XDG_DATA_HOME");
	const char *home = getenv("HOME");
	if (env && *env)
		snprintf(path, sizeof path, "%s", env);
	else if (xdg && *xdg)
		snprintf(path, sizeof path, "%s/rota/rota.db", xdg);
	else
		snprintf(path, sizeof path, "%s/.local/share/rota/rota.db", home ? home : ".");
	return path;
}

/* Creates the folders of the default path (0700): a newcomer's first
 * `rota init` should simply work. */
static void make_parent_dirs(const char *path)
{
	char dir[4096];
	snprintf(dir, sizeof dir, "%s", path);
	for (char *p = dir + 1; *p; p++) {
		if (*p != '/')
			continue;
		*p = '\0';
		if (mkdir(dir, 0700) != 0 && errno != EEXIST)
			return;
		*p = '/';
	}
}

struct app *cli_open(const struct cli *cli, bool create)
{
	struct app *app = NULL;
	if (create)
		make_parent_dirs(cli->db_path);
	enum rota_err e = app_open(cli->db_path, create, cli->terminal, &app);
	if (e == ERR_OK && strcmp(cli->db_path, ":memory:") != 0) {
		char log_path[4200];
		snprintf(log_path, sizeof log_path, "%s.log", cli->db_path);
		log_open(log_path);
	}
	if (e == ERR_NOT_FOUND) {
		fprintf(stderr, _("rota: there is no database at %s yet. Create it with: rota init\n"),
		        cli->db_path);
		return NULL;
	}
	if (e != ERR_OK) {
		cli_fail(e);
		return NULL;
	}
	return app;
}

int cli_with_app(const struct cli *cli, int (*run)(struct app *, int, char **), int argc, char **argv)
{
	struct app *app = cli_open(cli, false);
	if (!app)
		return CLI_FAIL;
	int rc = run(app, argc, argv);
	app_close(app);
	return rc;
}

int cli_fail(enum rota_err e)
{
	fprintf(stderr, "rota: %s\n", err_message(e));
	return CLI_FAIL;
}

int cli_usage(const char *command, const char *problem)
{
	fprintf(stderr, "rota%s%s: %s\n", command ? " " : "", command ? command : "", problem);
	if (command)
		fprintf(stderr, _("Try 'rota %s --help'.\n"), command);
	else
		fprintf(stderr, "%s\n", _("Try 'rota --help'."));
	return CLI_USAGE;
}

bool cli_wants_help(int argc, char **argv)
{
	for (int i = 0; i < argc; i++)
		if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h"))
			return true;
	return false;
}

bool cli_parse_id(const char *s, long long *id)
{
	char *end;
	if (!s || !*s)
		return false;
	errno = 0;
	long long v = strtoll(s, &end, 10);
	if (*end || errno || v <= 0)
		return false;
	*id = v;
	return true;
}

/* Takes the global options out of argv wherever they stand. */
static int take_globals(struct cli *cli, int *argc, char **argv)
{
	int out = 1;
	for (int i = 1; i < *argc; i++) {
		const char *a = argv[i];
		const char **slot = !strcmp(a, "--db") ? &cli->db_path
		                  : !strcmp(a, "--terminal") ? &cli->terminal
		                  : !strcmp(a, "--lang") ? &cli->lang : NULL;
		if (slot) {
			if (i + 1 >= *argc)
				return cli_usage(NULL, _("an option needs a value"));
			*slot = argv[++i];
			continue;
		}
		argv[out++] = argv[i];
	}
	*argc = out;
	if (cli->lang && !i18n_is_lang(cli->lang))
		return cli_usage(NULL, _("--lang takes sl, hr or en"));
	if (cli->db_path && !*cli->db_path)
		return cli_usage(NULL, _("--db needs a path"));
	return CLI_OK;
}

int cli_main(int argc, char **argv)
{
	struct cli cli = { 0 };
	i18n_init();
	log_to_stderr(false);
	int rc = take_globals(&cli, &argc, argv);
	if (rc != CLI_OK)
		return rc;
	if (cli.lang)
		i18n_set_lang(cli.lang);
	/* the kiosk (no command) needs a running clock; a command one instant */
	if (!clock_init(argc < 2))
		return cli_usage(NULL, _("ROTA_NOW must look like 2026-11-23T08:00:00"));
	if (!cli.db_path)
		cli.db_path = default_db_path();
	if (argc >= 2 && (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h"))) {
		print_help();
		return CLI_OK;
	}
	if (argc >= 2 && !strcmp(argv[1], "--version")) {
		printf("rota %s\n", ROTA_VERSION);
		return CLI_OK;
	}
	cli.argc = argc - 1;
	cli.argv = argv + 1;
	if (argc < 2)
		return cli_kiosk(&cli);
	for (size_t i = 0; i < NCOMMANDS; i++)
		if (!strcmp(argv[1], commands[i].name))
			return commands[i].run(&cli);
	if (argv[1][0] == '-')
		return cli_usage(NULL, _("unknown option"));
	return cli_usage(NULL, _("unknown command"));
}
