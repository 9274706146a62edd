/* The command line: global options, the subcommands, and their shared
 * helpers. Each command declares its options in one table (cli/opt.h) and
 * parses them before it opens anything. Subcommands print plain lines or
 * CSV, and exit 0 on success, 1 on a failure they explain, 2 on a usage
 * error. Nothing here reaches curses except through kiosk/kiosk.h. */
#ifndef ROTA_CLI_CLI_H
#define ROTA_CLI_CLI_H

#include <stdbool.h>
#include <stddef.h>

#include "app/app.h"
#include "cli/opt.h"

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

/* The options that go before the command (--db, --terminal, --lang,
 * --version): after a command they are its usage error. */
extern const struct opt cli_global_options[];

/* The choices of a language (--lang) and of a yes or no (--active), for
 * OPT_CHOICE: NULL-terminated, "yes" first. */
extern const char *const cli_langs[];
extern const char *const cli_yes_no[];

/* What cli_parse returns when the command should go on. */
#define CLI_GO (-1)

/* Parses a command's arguments (argv[0]: its last word) into args by
 * cmd's table, before anything is opened. Returns CLI_GO to go on, CLI_OK
 * after printing the help, or CLI_USAGE after printing the problem and the
 * usage line. */
int cli_parse(const struct opt_cmd *cmd, void *args, int argc, char **argv);

/* One verb of a command ("person add") and how it runs: argv[0] is the
 * verb, and run parses its own options with cli_parse. */
struct cli_verb {
	const struct opt_cmd *cmd;
	int (*run)(const struct cli *cli, int argc, char **argv);
};
/* Runs the verb named in cli->argv[1] among verbs[0..n-1]; with no verb,
 * the one named fallback (NULL: a usage error). "COMMAND --help" prints
 * every verb's help. Returns the exit status. */
int cli_run_verb(const struct cli *cli, const struct cli_verb *verbs, size_t n, const char *fallback);

/* Opens the database's own log (DATABASE.log) for the technical detail,
 * when the database is a file that is there or its log is. */
void cli_log_open(const struct cli *cli);
/* Says there is no database at cli->db_path yet and how to make one;
 * returns CLI_FAIL. */
int cli_no_database(const struct cli *cli);
/* Opens the application for a subcommand, printing a calm sentence on
 * failure. Returns NULL then. */
struct app *cli_open(const struct cli *cli, bool create);
/* cli_open() for the door (scan, kiosk): a missing or wrong badge key is
 * named on stderr and the door says on stdout that the kiosk is not set up
 * right, not that a card is unknown. */
struct app *cli_open_door(const struct cli *cli);
/* After the records could not be opened (e), says on stderr what a
 * coordinator does next where there is more to say than e's sentence: for a
 * damaged or empty database the newest backup beside it and the command
 * that restores it, when there is one; for a journal of other records
 * which file to move aside. */
void cli_say_way_out(const struct cli *cli, enum rota_err e);
/* Opens the application, runs run(app, cli, args), closes it; returns
 * run's status (CLI_FAIL when the records cannot be opened). */
int cli_with_app(const struct cli *cli, int (*run)(struct app *, const struct cli *, void *), void *args);
/* Prints "rota: " and the sentence for e to stderr; returns CLI_FAIL. */
int cli_fail(enum rota_err e);
/* As cli_fail, but a refusal about a person (no such person, or one who is
 * not a participant) names the person id given. Returns CLI_FAIL. */
int cli_fail_person(enum rota_err e, long long person);
/* Prints a usage problem found after parsing, cmd's usage line and the
 * hint to --help; returns CLI_USAGE. */
int cli_usage(const struct opt_cmd *cmd, const char *problem);
/* Says why a file rota writes could not be put at path (e from
 * files_target_check, files_out_probe or a writer): the sentence for the
 * records' own name or for something not a plain file, else "cannot write
 * PATH" (the log says why). Returns CLI_FAIL. */
int cli_fail_write(enum rota_err e, const char *path);
/* Before any work of a command that writes path (NULL: none): CLI_GO when
 * a file may be put there (files_target_check), else CLI_FAIL after the
 * sentence (cli_fail_write). */
int cli_output_check(const char *path);
/* Prints "rota: " and sentence to stderr; returns CLI_FAIL. */
int cli_refuse(const char *sentence);
/* Parses a month YYYY-MM into the int YYYYMM at dest; false for anything
 * else (an OPT_CALLBACK parser). */
bool cli_parse_month(const char *v, void *dest);
/* Parses a positive id; false for anything else. */
bool cli_parse_id(const char *s, long long *id);
/* An option parser: YYYY-MM into the int YYYYMM at dest; false for anything else. */
bool cli_parse_month(const char *v, void *dest);
struct hours_row;
/* Writes one row of the month's hour sheet (site NULL: without the site
 * column), as CSV or plain; and the CSV header that goes with it. */
void cli_hours_print(const char *site, const struct hours_row *r, bool csv);
void cli_hours_header(bool with_site);
struct summary;
/* Prints the programme summary as rota summary does, as CSV or plain lines:
 * the counts through the "<5" rule, the hours of presence and of mentoring
 * added up, no one named. with_site: an empty site_id column first (the
 * numbers are all the sites'). */
void cli_summary_print(const struct summary *s, bool csv, bool with_site);
struct attendance_list;
/* The attendance list as CSV: the header (with the site_id column or
 * not), and each participant's days and total (site NULL: without it). */
void cli_attendance_header(bool with_site);
void cli_attendance_rows(const char *site, const struct attendance_list *l);

/* The subcommands: each gets the arguments after the command's name. */
int cli_init(const struct cli *cli);
int cli_person(const struct cli *cli);
int cli_badge(const struct cli *cli);
int cli_scan(const struct cli *cli);
int cli_sound(const struct cli *cli);
int cli_visits(const struct cli *cli);
int cli_config(const struct cli *cli);
int cli_progress(const struct cli *cli);
int cli_review(const struct cli *cli);
int cli_visit(const struct cli *cli);
int cli_hours(const struct cli *cli);
int cli_attendance(const struct cli *cli);
int cli_sync(const struct cli *cli);
int cli_central(const struct cli *cli);
int cli_report(const struct cli *cli);
int cli_calendar(const struct cli *cli);
int cli_closure(const struct cli *cli);
int cli_absence(const struct cli *cli);
int cli_process(const struct cli *cli);
int cli_group(const struct cli *cli);
int cli_assign(const struct cli *cli);
int cli_board(const struct cli *cli);
int cli_rotation(const struct cli *cli);
int cli_backup(const struct cli *cli);
int cli_restore(const struct cli *cli);
int cli_check(const struct cli *cli);
int cli_meeting(const struct cli *cli);
int cli_note(const struct cli *cli);
int cli_summary(const struct cli *cli);
int cli_mentoring(const struct cli *cli);
int cli_retention(const struct cli *cli);
int cli_followup(const struct cli *cli);
int cli_esf(const struct cli *cli);
/* The verbs of "rota person" that live in cli_personal.c. */
extern const struct opt_cmd cli_person_entry_cmd, cli_person_export_cmd, cli_person_anonymise_cmd;
int cli_person_entry(const struct cli *cli, int argc, char **argv);
int cli_person_export(const struct cli *cli, int argc, char **argv);
int cli_person_anonymise(const struct cli *cli, int argc, char **argv);
/* The kiosk itself (no subcommand). */
int cli_kiosk(const struct cli *cli);

#endif
