/* The command line: global options, the subcommands, and their shared
 * helpers. Subcommands print plain lines or CSV, and exit 0 on success, 1 on
 * a failure they explain, 2 on a usage error. */
#ifndef ROTA_APP_CLI_H
#define ROTA_APP_CLI_H

#include <stdbool.h>

#include "app/app.h"

enum { CLI_OK = 0, CLI_FAIL = 1, CLI_USAGE = 2 };

struct cli {
	const char *db_path;
	const char *terminal;
	const char *lang;     /* NULL: the environment's */
	int argc;             /* the command's own arguments, name first */
	char **argv;
};

/* Runs rota with the process arguments; returns the exit status. */
int cli_main(int argc, char **argv);

/* Opens the application for a subcommand, printing a calm sentence on
 * failure. Returns NULL then. */
struct app *cli_open(const struct cli *cli, bool create);
/* Opens the application, runs run(app, argc, argv), closes it; returns
 * run's status (CLI_FAIL when the records cannot be opened). */
int cli_with_app(const struct cli *cli, int (*run)(struct app *, int, char **), int argc, char **argv);
/* Prints "rota: " and the sentence for e to stderr; returns CLI_FAIL. */
int cli_fail(enum rota_err e);
/* Prints a usage problem and the hint to --help; returns CLI_USAGE. */
int cli_usage(const char *command, const char *problem);
/* Returns true when argv holds --help or -h. */
bool cli_wants_help(int argc, char **argv);
/* Parses a positive id; false for anything else. */
bool cli_parse_id(const char *s, long long *id);

/* The subcommands: each gets the arguments after the command's name. */
int cli_init(const struct cli *cli);
int cli_person(const struct cli *cli);
int cli_badge(const struct cli *cli);
int cli_scan(const struct cli *cli);
int cli_visits(const struct cli *cli);
int cli_config(const struct cli *cli);
int cli_progress(const struct cli *cli);
int cli_review(const struct cli *cli);
int cli_visit(const struct cli *cli);
int cli_hours(const struct cli *cli);
int cli_process(const struct cli *cli);
int cli_group(const struct cli *cli);
int cli_assign(const struct cli *cli);
int cli_board(const struct cli *cli);
int cli_rotation(const struct cli *cli);
int cli_backup(const struct cli *cli);
int cli_restore(const struct cli *cli);
int cli_check(const struct cli *cli);
/* The kiosk itself (no subcommand). */
int cli_kiosk(const struct cli *cli);

#endif
