/* Options from one table per command, in the manner of git's
 * parse-options: each command declares its options and positional
 * arguments once, in a table; the parser (getopt_long underneath) fills the
 * command's argument struct from argv, and the usage line and --help are
 * generated from the same table. Parsing needs no database, so a usage
 * error is found before anything is opened. Nothing here allocates what
 * outlives a call, and nothing here knows a command by name. */
#ifndef ROTA_CLI_OPT_H
#define ROTA_CLI_OPT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

enum opt_kind {
	OPT_KIND_END,      /* closes a table */
	OPT_KIND_FLAG,     /* bool: set when given; takes no value */
	OPT_KIND_STRING,   /* const char *: the value as given (it stays in argv) */
	OPT_KIND_INT,      /* int: a whole number from min to max */
	OPT_KIND_ID,       /* long long: a record id, a whole number above 0 */
	OPT_KIND_DATE,     /* int: YYYY-MM-DD as YYYYMMDD; with OPT_EMPTY "" gives 0 */
	OPT_KIND_CHOICE,   /* int: the index of the value in choices */
	OPT_KIND_CALLBACK, /* whatever parse() fills; problem says what it takes */
};

/* Flags of a table entry. Named options are optional unless OPT_REQUIRED;
 * positional arguments are required unless OPT_OPTIONAL. */
enum {
	OPT_REQUIRED = 1 << 0,
	OPT_OPTIONAL = 1 << 1, /* a positional argument that may be left out */
	OPT_MANY = 1 << 2,     /* the last positional: all that remain (struct opt_list) */
	OPT_EMPTY = 1 << 3,    /* OPT_KIND_DATE: "" is a value (it clears) */
};
/* Entries with the same group number exclude each other; when one of them
 * is OPT_REQUIRED, exactly one must be given. Usage shows (a | b). */
#define OPT_GROUP(n) ((n) << 8)

/* What an OPT_MANY positional receives: pointers into argv. */
struct opt_list {
	char **v;
	int n;
};

struct opt {
	enum opt_kind kind;
	const char *name;   /* the long name without "--"; NULL for a positional argument */
	const char *value;  /* the value's placeholder ("NAME"), a positional's name ("ID") */
	int flags;
	const char *help;   /* N_(): one line */
	size_t offset;      /* where the value goes in the command's argument struct */
	long min, max;      /* OPT_KIND_INT */
	const char *const *choices;              /* OPT_KIND_CHOICE: NULL-terminated */
	bool (*parse)(const char *value, void *dest); /* OPT_KIND_CALLBACK; OPT_KIND_FLAG: called
	                                               with value NULL once the flag is set (may be NULL) */
	const char *problem; /* N_(): OPT_KIND_CALLBACK, what the value must be ("a month like 2026-11") */
};

#define OPT_FLAG(n, fl, h, off) { .kind = OPT_KIND_FLAG, .name = (n), .flags = (fl), .help = (h), .offset = (off) }
/* A flag that also calls fn(NULL, dest) when given (a mode it switches on). */
#define OPT_FLAG_CALL(n, fl, fn, h, off) \
	{ .kind = OPT_KIND_FLAG, .name = (n), .flags = (fl), .help = (h), .offset = (off), .parse = (fn) }
#define OPT_STRING(n, v, fl, h, off) \
	{ .kind = OPT_KIND_STRING, .name = (n), .value = (v), .flags = (fl), .help = (h), .offset = (off) }
#define OPT_INT(n, v, fl, lo, hi, h, off) \
	{ .kind = OPT_KIND_INT, .name = (n), .value = (v), .flags = (fl), .help = (h), .offset = (off), \
	  .min = (lo), .max = (hi) }
#define OPT_ID(n, v, fl, h, off) \
	{ .kind = OPT_KIND_ID, .name = (n), .value = (v), .flags = (fl), .help = (h), .offset = (off) }
#define OPT_DATE(n, fl, h, off) \
	{ .kind = OPT_KIND_DATE, .name = (n), .value = "YYYY-MM-DD", .flags = (fl), .help = (h), .offset = (off) }
#define OPT_CHOICE(n, ch, fl, h, off) \
	{ .kind = OPT_KIND_CHOICE, .name = (n), .flags = (fl), .help = (h), .offset = (off), .choices = (ch) }
#define OPT_CALLBACK(n, v, fl, fn, pr, h, off) \
	{ .kind = OPT_KIND_CALLBACK, .name = (n), .value = (v), .flags = (fl), .help = (h), .offset = (off), \
	  .parse = (fn), .problem = (pr) }
/* Positional arguments, in the order they are expected. */
#define OPT_ARG(v, fl, h, off) { .kind = OPT_KIND_STRING, .value = (v), .flags = (fl), .help = (h), .offset = (off) }
#define OPT_ARG_ID(v, fl, h, off) { .kind = OPT_KIND_ID, .value = (v), .flags = (fl), .help = (h), .offset = (off) }
#define OPT_ARG_DATE(v, fl, h, off) { .kind = OPT_KIND_DATE, .value = (v), .flags = (fl), .help = (h), .offset = (off) }
#define OPT_END { .kind = OPT_KIND_END }

/* A command (or a command's verb) and its table. */
struct opt_cmd {
	const char *name;       /* the words after "rota": "person add" */
	const char *about;      /* N_(): what it does and what it prints; NULL for nothing */
	const struct opt *opts; /* ends with OPT_END; -h and --help are implicit */
};

enum opt_status {
	OPT_GO,     /* parsed: run the command */
	OPT_HELP,   /* -h or --help was given: nothing else was looked at */
	OPT_MISUSE, /* a usage error, already printed to stderr */
};

/* Parses argv[1..argc-1] (argv[0] is the command's last word) into the
 * struct at args, whose fields hold their defaults. --opt VALUE and
 * --opt=VALUE both work; a value is taken whatever it looks like (so
 * "--note -h" is a note), except a separate value that names a long option
 * of cmd or of outer, which is the option's missing value. "--" ends the
 * options. outer (may be NULL) is the table of the options that belong
 * before the command: given after it they are a usage error that says so.
 * With rest NULL positional arguments are filled in from the table; with
 * rest non-NULL parsing stops at the first positional argument and *rest
 * is its index in argv (argc when there is none). argv may be reordered.
 * Returns OPT_GO, OPT_HELP (the caller prints the help), or OPT_MISUSE
 * after printing the problem, the usage line and where to find help. */
enum opt_status opt_parse(const struct opt_cmd *cmd, const struct opt *outer, void *args, int argc,
                          char **argv, int *rest);

/* Parses a record id, a whole number above 0, into *id; false (and *id
 * untouched) for anything else, NULL and "" too. The one reading of an id
 * that OPT_KIND_ID uses. */
bool opt_parse_id(const char *s, long long *id);

/* Prints "rota CMD: problem", the usage line and "Try 'rota CMD --help'."
 * to stderr. Returns OPT_MISUSE. */
enum opt_status opt_misuse(const struct opt_cmd *cmd, const char *problem);
/* Writes cmd's usage line ("rota person add --name NAME [--lang sl|hr|en]"),
 * wrapped under 80 columns, after prefix ("Usage: "). */
void opt_print_usage(FILE *out, const char *prefix, const struct opt_cmd *cmd);
/* Writes cmd's help: the usage line, what it does, and one line for every
 * option and argument in the table, and for --help. */
void opt_print_help(FILE *out, const struct opt_cmd *cmd);
/* Writes one line for every option and argument of table (the help's
 * body), without a usage line. */
void opt_print_options(FILE *out, const struct opt *table);

#endif
