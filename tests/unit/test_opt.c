/* The option parser (src/cli/opt.c): getopt semantics, the friendlier
 * rules, positional arguments, groups, and help generated from the table. */
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <unistd.h>

#include "cli/opt.h"
#include "tests/harness.h"
#include "tests/unit/suites.h"

struct args {
	const char *name, *note;
	int role, level, day;
	long long id, by;
	bool csv, all;
	struct opt_list ids;
};

static const char *const roles[] = { "participant", "mentor", NULL };

static const struct opt table[] = {
	OPT_ARG_ID("ID", OPT_OPTIONAL, "the person", offsetof(struct args, id)),
	OPT_STRING("name", "NAME", 0, "a name", offsetof(struct args, name)),
	OPT_STRING("note", "TEXT", 0, "a note", offsetof(struct args, note)),
	OPT_CHOICE("role", roles, 0, "a role", offsetof(struct args, role)),
	OPT_INT("level", "0-4", 0, 0, 4, "a level", offsetof(struct args, level)),
	OPT_DATE("date", OPT_EMPTY, "a day", offsetof(struct args, day)),
	OPT_FLAG("csv", 0, "CSV", offsetof(struct args, csv)),
	OPT_END,
};
static const struct opt_cmd cmd = { "thing add", "Adds a thing.", table };

static const struct opt outer[] = {
	OPT_STRING("db", "PATH", 0, "the database", 0),
	OPT_END,
};

static const struct opt group_table[] = {
	OPT_ID("by", "ID", OPT_REQUIRED, "who", offsetof(struct args, by)),
	OPT_FLAG("all", OPT_REQUIRED | OPT_GROUP(1), "everyone", offsetof(struct args, all)),
	OPT_ARG_ID("ID", OPT_OPTIONAL | OPT_MANY | OPT_GROUP(1), "these", offsetof(struct args, ids)),
	OPT_END,
};
static const struct opt_cmd group_cmd = { "thing sheet", NULL, group_table };

/* Parses the words of line (split at spaces; "_" stands for an empty word). */
static enum opt_status parse(const struct opt_cmd *c, struct args *a, const char *line)
{
	static char buf[512];
	static char *argv[32];
	int argc = 0;
	snprintf(buf, sizeof buf, "%s", line);
	for (char *w = strtok(buf, " "); w && argc < 31; w = strtok(NULL, " "))
		argv[argc++] = strcmp(w, "_") ? w : w + strlen(w);
	argv[argc] = NULL;
	*a = (struct args){ .role = -1, .level = -1, .day = -1 };
	fflush(stderr);
	int saved = dup(2), null = open("/dev/null", O_WRONLY);
	dup2(null, 2); /* the usage errors are expected here */
	enum opt_status st = opt_parse(c, outer, a, argc, argv, NULL);
	fflush(stderr);
	dup2(saved, 2);
	close(saved);
	close(null);
	return st;
}

void suite_opt(void)
{
	struct args a;
	CHECK(parse(&cmd, &a, "add") == OPT_GO, "nothing given is fine");
	CHECK(a.id == 0 && !a.name && a.level == -1, "and the defaults stay");
	CHECK(parse(&cmd, &a, "add 7 --name Ana --role mentor --level 3 --csv") == OPT_GO &&
	      a.id == 7 && !strcmp(a.name, "Ana") && a.role == 1 && a.level == 3 && a.csv,
	      "--opt VALUE, a choice, a number, a flag and a positional id");
	CHECK(parse(&cmd, &a, "add --name=Ana --level=0 7") == OPT_GO && !strcmp(a.name, "Ana") && a.level == 0 &&
	      a.id == 7, "--opt=VALUE, and a positional after the options");
	CHECK(parse(&cmd, &a, "add --note -h") == OPT_GO && !strcmp(a.note, "-h"), "a value is taken even when it is -h");
	CHECK(parse(&cmd, &a, "add --note --x") == OPT_GO && !strcmp(a.note, "--x"), "or an unknown --word");
	CHECK(parse(&cmd, &a, "add --name --csv") == OPT_MISUSE, "a known option is no value");
	CHECK(parse(&cmd, &a, "add --name --db") == OPT_MISUSE, "nor an option of the outer table");
	CHECK(parse(&cmd, &a, "add --name=--db") == OPT_GO && !strcmp(a.name, "--db"), "unless given with =");
	CHECK(parse(&cmd, &a, "add --db x") == OPT_MISUSE, "an outer option after the command is a usage error");
	CHECK(parse(&cmd, &a, "add --bogus") == OPT_MISUSE, "an unknown option");
	CHECK(parse(&cmd, &a, "add -x") == OPT_MISUSE, "an unknown short option");
	CHECK(parse(&cmd, &a, "add --name") == OPT_MISUSE, "a missing value at the end");
	CHECK(parse(&cmd, &a, "add --csv=1") == OPT_MISUSE, "a flag takes no value");
	CHECK(parse(&cmd, &a, "add --help") == OPT_HELP, "--help");
	CHECK(parse(&cmd, &a, "add 7 -h --bogus") == OPT_HELP, "-h, before anything else is judged");
	CHECK(parse(&cmd, &a, "add --role boss") == OPT_MISUSE, "a value that is not a choice");
	CHECK(parse(&cmd, &a, "add --level 5") == OPT_MISUSE, "a number out of range");
	CHECK(parse(&cmd, &a, "add --level 2x") == OPT_MISUSE, "not a number");
	CHECK(parse(&cmd, &a, "add x") == OPT_MISUSE, "a positional id that is not one");
	CHECK(parse(&cmd, &a, "add 0") == OPT_MISUSE, "0 is no id");
	CHECK(parse(&cmd, &a, "add 1 2") == OPT_MISUSE, "one argument too many");
	CHECK(parse(&cmd, &a, "add --date 2026-11-23") == OPT_GO && a.day == 20261123, "a date");
	CHECK(parse(&cmd, &a, "add --date _") == OPT_GO && a.day == 0, "an empty date clears");
	CHECK(parse(&cmd, &a, "add --date 2026-13-01") == OPT_MISUSE, "a date that is none");
	CHECK(parse(&cmd, &a, "add -- 5") == OPT_GO && a.id == 5, "-- ends the options");
	CHECK(parse(&cmd, &a, "add --csv -- --name") == OPT_MISUSE, "after --, --name is an argument (one too many)");
	CHECK(parse(&group_cmd, &a, "sheet --by 2 --all") == OPT_GO && a.all && a.by == 2, "one of a group");
	CHECK(parse(&group_cmd, &a, "sheet --by 2 4 5") == OPT_GO && a.ids.n == 2 && !strcmp(a.ids.v[1], "5"),
	      "the other, many at once");
	CHECK(parse(&group_cmd, &a, "sheet --by 2 --all 4") == OPT_MISUSE, "both of a group");
	CHECK(parse(&group_cmd, &a, "sheet --by 2") == OPT_MISUSE, "none of a required group");
	CHECK(parse(&group_cmd, &a, "sheet --all") == OPT_MISUSE, "a required option left out");
	CHECK(parse(&group_cmd, &a, "sheet --by 2 4 x") == OPT_MISUSE, "each of many ids is checked");

	char *text = NULL;
	size_t len = 0;
	FILE *out = open_memstream(&text, &len);
	opt_print_help(out, &cmd);
	fclose(out);
	CHECK(strstr(text, "Usage: rota thing add [ID] [--name NAME] [--note TEXT]") != NULL, "the usage line");
	CHECK(strstr(text, "[--role participant|mentor]") != NULL, "choices in the usage line");
	bool all = true;
	for (const struct opt *o = table; o->kind != OPT_KIND_END; o++) {
		char want[64];
		snprintf(want, sizeof want, o->name ? "--%s" : "%s", o->name ? o->name : o->value);
		all &= strstr(text, want) != NULL && strstr(text, o->help) != NULL;
	}
	CHECK(all, "the help lists every option with its help");
	free(text);
	out = open_memstream(&text, &len);
	opt_print_usage(out, "", &group_cmd);
	fclose(out);
	CHECK(!strcmp(text, "rota thing sheet --by ID (--all | ID...)\n"), "a required group in parentheses");
	free(text);
}
