/* The command-line entry: global options and dispatch. */
#include "cli/cli.h"
#include "cli/cli_month.h"
#include "app/backup.h"
#include "app/backup_files.h"

#include <ctype.h>
#include <errno.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "out/err_words.h"
#include "out/refusal_words.h"
#include "util/clock.h"
#include "util/files.h"
#include "util/guard.h"
#include "util/i18n.h"
#include "util/log.h"
#include "util/text.h"
#include "util/version.h"

static const struct command {
	const char *name;
	int (*run)(const struct cli *cli);
	const char *summary;
} commands[] = {
	{ "init", cli_init, N_("create or upgrade the database (--demo adds a sample workshop)") },
	{ "person", cli_person, N_("add and list people, set a PIN") },
	{ "badge", cli_badge, N_("issue, print, show and stop badges") },
	{ "scan", cli_scan, N_("do exactly what a scan at the kiosk does") },
	{ "sound", cli_sound, N_("write the door's sound after a scan to a WAV file, to try it") },
	{ "visits", cli_visits, N_("list visits") },
	{ "config", cli_config, N_("show or change the workshop's settings") },
	{ "progress", cli_progress, N_("record and list progress per process and skill") },
	{ "review", cli_review, N_("what needs a mentor's look") },
	{ "visit", cli_visit, N_("correct a visit, with a reason") },
	{ "hours", cli_hours, N_("the month's hour sheet, or hours per process") },
	{ "attendance", cli_attendance, N_("the month's attendance list to sign, as PDF or CSV") },
	{ "month", cli_month, N_("close a month's signed list, reopen it, and its amendments") },
	{ "allowance", cli_allowance, N_("the participants' allowance for a closed month, as PDF or CSV") },
	{ "calendar", cli_calendar, N_("the days the workshop does not work") },
	{ "closure", cli_closure, N_("record, list and remove days the workshop is closed") },
	{ "absence", cli_absence, N_("record and list excused absences") },
	{ "process", cli_process, N_("the work processes (stations)") },
	{ "group", cli_group, N_("groups and who is in them") },
	{ "assign", cli_assign, N_("who works at which process") },
	{ "board", cli_board, N_("the floor: who works where now") },
	{ "rotation", cli_rotation, N_("the planner's proposal for the next process") },
	{ "backup", cli_backup, N_("a verified copy of the records, kept with the last ones") },
	{ "restore", cli_restore, N_("put the records of a backup back") },
	{ "check", cli_check, N_("is the database sound?") },
	{ "meeting", cli_meeting, N_("record and list team meetings") },
	{ "note", cli_note, N_("add and list notes, some for the team meeting") },
	{ "report", cli_report, N_("a participant's report for a team meeting, as PDF") },
	{ "summary", cli_summary, N_("the programme summary for funders") },
	{ "mentoring", cli_mentoring, N_("the month's mentoring hours per participant: personal data, coordinators only") },
	{ "followup", cli_followup, N_("who is due the follow-up six months after leaving") },
	{ "esf", cli_esf, N_("the participant-level ESF+ export for the managing authority: coordinators only, recorded") },
	{ "retention", cli_retention, N_("participants whose programme ended long ago; anonymise them") },
	{ "sync", cli_sync, N_("send this site's changes to the programme's central database") },
	{ "central", cli_central, N_("set up the central database and read its reports across sites") },
};
#define NCOMMANDS (sizeof commands / sizeof commands[0])

struct global_args {
	const char *db, *terminal;
	int lang;
	bool version;
};

const char *const cli_langs[] = { "sl", "hr", "en", NULL };
const char *const cli_yes_no[] = { "yes", "no", NULL };

const struct opt cli_global_options[] = {
	OPT_STRING("db", "PATH", 0, N_("the database (else $ROTA_DB, else $XDG_DATA_HOME/rota/rota.db)"),
	           offsetof(struct global_args, db)),
	OPT_STRING("terminal", "NAME", 0, N_("how this terminal is named in the records"),
	           offsetof(struct global_args, terminal)),
	OPT_CHOICE("lang", cli_langs, 0, N_("the language rota speaks (else the workshop's or the system's)"),
	           offsetof(struct global_args, lang)),
	OPT_FLAG("version", 0, N_("prints rota's version"), offsetof(struct global_args, version)),
	/* parsing stops here (never stored): the rest is the command's */
	OPT_ARG("COMMAND", OPT_OPTIONAL | OPT_MANY, N_("what to do; without one, rota starts the kiosk"), 0),
	OPT_END,
};

static const struct opt_cmd global_cmd = {
	.name = "",
	.opts = cli_global_options,
};

static void print_help(void)
{
	opt_print_usage(stdout, _("Usage: "), &global_cmd);
	printf("\n");
	opt_print_options(stdout, cli_global_options);
	printf("\n%s\n", _("Commands:"));
	int width = 0; /* the longest name sets the column */
	for (size_t i = 0; i < NCOMMANDS; i++)
		width = (int)strlen(commands[i].name) > width ? (int)strlen(commands[i].name) : width;
	for (size_t i = 0; i < NCOMMANDS; i++)
		printf("  %-*s %s\n", width, commands[i].name, _(commands[i].summary));
	printf(_("\n"
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
 * `rota init` should simply work. A failure shows when the file is opened. */
static void make_parent_dirs(const char *path)
{
	char dir[4096];
	files_parent(path, dir, sizeof dir);
	files_make_dirs(dir);
}

/* Names the records of cli->db_path, which no file a command writes may
 * land on (util/guard.h): set before any command, so each output, the
 * check before the work and the write itself, is judged by the same list. */
static void guard_records(const struct cli *cli)
{
	char backups[4200];
	files_backup_folder(cli->db_path, backups, sizeof backups);
	guard_set(cli->db_path, backups);
}

void cli_log_open(const struct cli *cli)
{
	if (!strcmp(cli->db_path, ":memory:"))
		return;
	char path[4200];
	snprintf(path, sizeof path, "%s.log", cli->db_path);
	/* A database that went missing still has its log to say so. */
	if (access(cli->db_path, F_OK) == 0 || access(path, F_OK) == 0)
		log_open(path);
}

int cli_no_database(const struct cli *cli)
{
	fprintf(stderr, _("rota: there is no database at %s yet. Create it with: rota init\n"), cli->db_path);
	return CLI_FAIL;
}

/* Opens the application; at a door a key fault is said as the kiosk not
 * being set up right (the fault itself goes to stderr and the log). */
static struct app *open_as(const struct cli *cli, bool create, bool is_door)
{
	struct app *app = NULL;
	if (create)
		make_parent_dirs(cli->db_path);
	/* Open failures are logged beside a file that is there. */
	cli_log_open(cli);
	enum rota_err e = app_open(cli->db_path, create, cli->terminal, &app);
	if (e == ERR_OK)
		cli_log_open(cli);
	if (e == ERR_NOT_FOUND) {
		cli_no_database(cli);
		return NULL;
	}
	if (e != ERR_OK) {
		cli_fail(e);
		cli_say_way_out(cli, e);
		if (is_door && (e == ERR_BADGE_KEY || e == ERR_BADGE_KEY_WRONG))
			printf("%s\n", err_message(ERR_KIOSK_SETUP));
		return NULL;
	}
	return app;
}

void cli_say_way_out(const struct cli *cli, enum rota_err e)
{
	char newest[4200];
	if (e == ERR_DB_WAL_FOREIGN)
		fprintf(stderr, _("rota: move %s-wal aside (keep it): the records then open as they were before it.\n"),
		        cli->db_path);
	if ((e == ERR_DB_DAMAGED || e == ERR_DB_EMPTY) && app_backup_newest(cli->db_path, newest, sizeof newest))
		fprintf(stderr, _("rota: the newest backup is restored with: rota restore %s\n"), newest);
}

struct app *cli_open(const struct cli *cli, bool create) { return open_as(cli, create, false); }

struct app *cli_open_door(const struct cli *cli) { return open_as(cli, false, true); }

int cli_with_app(const struct cli *cli, int (*run)(struct app *, const struct cli *, void *), void *args)
{
	struct app *app = cli_open(cli, false);
	if (!app)
		return CLI_FAIL;
	int rc = run(app, cli, args);
	app_close(app);
	return rc;
}

int cli_fail(enum rota_err e)
{
	fprintf(stderr, "rota: %s\n", refusal_code_words(e, REFUSAL_FOR_SHELL));
	return CLI_FAIL;
}

int cli_fail_person(enum rota_err e, long long person)
{
	if (e != ERR_NOT_FOUND && e != ERR_NOT_PARTICIPANT)
		return cli_fail(e);
	char words[512];
	struct refusal why = { .code = e, .field = REFUSAL_PERSON, .given = person };
	return cli_refuse(refusal_words(&why, REFUSAL_FOR_SHELL, words, sizeof words));
}

int cli_fail_write(enum rota_err e, const char *path)
{
	if (e == ERR_FILE_RECORDS || e == ERR_FILE_NOT_PLAIN)
		return cli_fail(e);
	fprintf(stderr, _("rota: cannot write %s\n"), path);
	return CLI_FAIL;
}

int cli_output_check(const char *path)
{
	enum rota_err e = path ? files_target_check(path) : ERR_OK;
	return e == ERR_OK ? CLI_GO : cli_fail_write(e, path);
}

int cli_refuse(const char *sentence)
{
	fprintf(stderr, "rota: %s\n", sentence);
	return CLI_FAIL;
}

int cli_usage(const struct opt_cmd *cmd, const char *problem)
{
	opt_misuse(cmd, problem);
	return CLI_USAGE;
}

int cli_parse(const struct opt_cmd *cmd, void *args, int argc, char **argv)
{
	switch (opt_parse(cmd, cli_global_options, args, argc, argv, NULL)) {
	case OPT_GO: return CLI_GO;
	case OPT_HELP: opt_print_help(stdout, cmd); return CLI_OK;
	case OPT_MISUSE: break;
	}
	return CLI_USAGE;
}

/* The verbs' usage lines, for a command named without a known verb. */
static int verb_misuse(const char *command, const struct cli_verb *verbs, size_t n, const char *problem)
{
	char shown[1024]; /* the problem quotes the verb as typed */
	fprintf(stderr, "rota %s: %s\n", command, text_escape(shown, sizeof shown, problem, false));
	for (size_t i = 0; i < n; i++)
		opt_print_usage(stderr, i ? "       " : _("Usage: "), verbs[i].cmd);
	fprintf(stderr, _("Try 'rota %s --help'.\n"), command);
	return CLI_USAGE;
}

/* Returns the verb among verbs[0..n-1] whose last word is name, or NULL. */
static const struct cli_verb *find_verb(const struct cli_verb *verbs, size_t n, const char *name)
{
	for (size_t i = 0; name && i < n; i++) {
		const char *last = strrchr(verbs[i].cmd->name, ' ');
		if (!strcmp(last ? last + 1 : verbs[i].cmd->name, name))
			return &verbs[i];
	}
	return NULL;
}

int cli_run_verb(const struct cli *cli, const struct cli_verb *verbs, size_t n, const char *fallback)
{
	const char *command = cli->argv[0];
	const char *verb = cli->argc > 1 ? cli->argv[1] : fallback;
	/* "rota absence --csv", "rota absence 12": the fallback verb's own
	 * options or arguments, with the verb left out. */
	const struct cli_verb *implied = find_verb(verbs, n, fallback);
	if (implied && cli->argc > 1 && !find_verb(verbs, n, verb) && strcmp(verb, "--help") != 0 &&
	    strcmp(verb, "-h") != 0 && (verb[0] == '-' || isdigit((unsigned char)verb[0])))
		return implied->run(cli, cli->argc, cli->argv);
	if (verb && (!strcmp(verb, "--help") || !strcmp(verb, "-h"))) {
		for (size_t i = 0; i < n; i++) {
			if (i)
				putchar('\n');
			opt_print_help(stdout, verbs[i].cmd);
		}
		return CLI_OK;
	}
	const struct cli_verb *named = find_verb(verbs, n, verb);
	if (named && cli->argc > 1)
		return named->run(cli, cli->argc - 1, cli->argv + 1);
	if (named) {
		char *alone[] = { (char *)verb, NULL }; /* getopt may reorder argv, never write its strings */
		return named->run(cli, 1, alone);
	}
	char problem[200];
	if (!verb) {
		char names[160] = "";
		size_t len = 0;
		for (size_t i = 0; i < n && len < sizeof names; i++) {
			const char *name = strrchr(verbs[i].cmd->name, ' ');
			len += (size_t)snprintf(names + len, sizeof names - len, "%s%s", i ? ", " : "",
			                        name ? name + 1 : verbs[i].cmd->name);
		}
		snprintf(problem, sizeof problem, _("say one of: %s"), names);
		return verb_misuse(command, verbs, n, problem);
	}
	snprintf(problem, sizeof problem, _("unknown verb '%s'"), verb);
	return verb_misuse(command, verbs, n, problem);
}

bool cli_parse_id(const char *s, long long *id) { return opt_parse_id(s, id); }

/* Speaks the language a --lang before the command names, before the global
 * options are parsed: the parser answers --help without looking at the
 * rest, and a usage error among them is said in that language too. The
 * parser reads --lang again and refuses a value that is not a language. */
static void set_lang_early(int argc, char **argv)
{
	for (int i = 1; i < argc; i++) {
		const char *a = argv[i];
		if (a[0] != '-' || !a[1] || !strcmp(a, "--"))
			return; /* the command, or the end of the options */
		if (a[1] != '-')
			continue; /* -h */
		size_t len = strcspn(a + 2, "=");
		const struct opt *o = cli_global_options;
		while (o->kind != OPT_KIND_END && !(o->name && strlen(o->name) == len && !strncmp(o->name, a + 2, len)))
			o++;
		if (o->kind == OPT_KIND_END || o->kind == OPT_KIND_FLAG)
			continue; /* --help, --version, or a misuse the parser will name */
		const char *value = a[2 + len] == '=' ? a + 3 + len : i + 1 < argc ? argv[++i] : NULL;
		if (!strcmp(o->name, "lang") && value && i18n_is_lang(value))
			i18n_set_lang(value);
	}
}

int cli_main(int argc, char **argv)
{
	struct cli cli = { 0 };
	struct global_args g = { .lang = -1 };
	int command;
	i18n_init();
	log_to_stderr(false);
	set_lang_early(argc, argv);
	switch (opt_parse(&global_cmd, NULL, &g, argc, argv, &command)) {
	case OPT_GO: break;
	case OPT_HELP: print_help(); return CLI_OK;
	case OPT_MISUSE: return CLI_USAGE;
	}
	if (g.db && !*g.db)
		return cli_usage(&global_cmd, _("--db needs a path"));
	cli.db_path = g.db;
	cli.terminal = g.terminal;
	cli.lang = g.lang >= 0 ? cli_langs[g.lang] : NULL;
	if (cli.lang)
		i18n_set_lang(cli.lang);
	if (g.version) {
		printf("rota %s\n", ROTA_VERSION);
		return CLI_OK;
	}
	/* the kiosk (no command) needs a running clock; a command one instant */
	if (!clock_init(command >= argc))
		return cli_usage(&global_cmd, _("ROTA_NOW must look like 2026-11-23T08:00:00"));
	if (!cli.db_path)
		cli.db_path = default_db_path();
	guard_records(&cli);
	cli.argc = argc - command;
	cli.argv = argv + command;
	if (command >= argc)
		return cli_kiosk(&cli);
	for (size_t i = 0; i < NCOMMANDS; i++)
		if (!strcmp(argv[command], commands[i].name))
			return commands[i].run(&cli);
	char problem[200];
	snprintf(problem, sizeof problem, _("unknown command '%s'"), argv[command]);
	return cli_usage(&global_cmd, problem);
}
