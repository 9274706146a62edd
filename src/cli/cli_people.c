/* rota person add|list|pin */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

#include "app/people.h"
#include "cli/cli.h"
#include "cli/csv.h"
#include "util/clock.h"
#include "util/date.h"
#include "util/i18n.h"

static int usage_help(void)
{
	printf("%s", _("Usage:\n"
	               "  rota person add --name NAME --role participant|mentor|coordinator [--lang sl|hr|en]\n"
	               "      prints the new person's id\n"
	               "  rota person list [--csv]\n"
	               "      id,name,role,lang,active\n"
	               "  rota person pin ID\n"
	               "      reads a new PIN (4 to 8 digits) from standard input\n"
	               "  rota person set ID [--programme-start DATE] [--programme-end DATE]\n"
	               "                    [--target-hours N] [--active yes|no]\n"
	               "      dates as YYYY-MM-DD (an empty value clears); target hours 0 = the default\n"));
	return CLI_OK;
}

static int person_add(struct app *app, int argc, char **argv)
{
	const char *name = NULL, *role_code = NULL, *lang = "sl";
	enum person_role role;
	for (int i = 1; i < argc; i++) {
		const char **slot = !strcmp(argv[i], "--name") ? &name
		                  : !strcmp(argv[i], "--role") ? &role_code
		                  : !strcmp(argv[i], "--lang") ? &lang : NULL;
		if (!slot || i + 1 >= argc)
			return cli_usage("person", _("add takes --name NAME --role ROLE [--lang LANG]"));
		*slot = argv[++i];
	}
	if (!name || !role_code)
		return cli_usage("person", _("add needs --name and --role"));
	if (!person_role_parse(role_code, &role))
		return cli_usage("person", _("--role takes participant, mentor or coordinator"));
	if (!i18n_is_lang(lang))
		return cli_usage("person", _("--lang takes sl, hr or en"));
	if (!person_name_is_valid(name)) {
		fprintf(stderr, "rota: %s\n", _("A name needs 1 to 100 printable characters."));
		return CLI_FAIL;
	}
	long long id;
	enum rota_err e = app_person_add(app, name, role, lang, clock_now(), &id);
	if (e != ERR_OK)
		return cli_fail(e);
	printf("%lld\n", id);
	return CLI_OK;
}

static int person_list(struct app *app, int argc, char **argv)
{
	bool csv = false;
	for (int i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--csv") != 0)
			return cli_usage("person", _("list takes only --csv"));
		csv = true;
	}
	struct person *people;
	size_t n;
	enum rota_err e = app_person_list(app, false, &people, &n);
	if (e != ERR_OK)
		return cli_fail(e);
	if (csv) {
		static const char *const header[] = { "id", "name", "role", "lang", "active" };
		csv_record(stdout, header, 5);
	}
	for (size_t i = 0; i < n; i++) {
		char id[24];
		snprintf(id, sizeof id, "%lld", people[i].id);
		const char *fields[] = { id, people[i].name, person_role_code(people[i].role),
			                 people[i].lang, people[i].is_active ? "1" : "0" };
		if (csv)
			csv_record(stdout, fields, 5);
		else
			printf("%s\t%s\t%s\t%s\t%s\n", id, people[i].name, fields[2], people[i].lang,
			       people[i].is_active ? _("active") : _("inactive"));
	}
	free(people);
	return CLI_OK;
}

/* Reads one line from stdin, without echo when it is a terminal. */
static bool read_pin(char *out, size_t n)
{
	struct termios old, quiet;
	bool tty = isatty(STDIN_FILENO) && tcgetattr(STDIN_FILENO, &old) == 0;
	if (tty) {
		fprintf(stderr, "%s", _("New PIN: "));
		quiet = old;
		quiet.c_lflag &= ~(tcflag_t)ECHO;
		tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
	}
	bool ok = fgets(out, (int)n, stdin) != NULL;
	if (tty) {
		tcsetattr(STDIN_FILENO, TCSAFLUSH, &old);
		fputc('\n', stderr);
	}
	if (ok)
		out[strcspn(out, "\r\n")] = '\0';
	return ok;
}

static int person_pin(struct app *app, int argc, char **argv)
{
	long long id;
	char pin[64];
	if (argc != 2 || !cli_parse_id(argv[1], &id))
		return cli_usage("person", _("pin takes one person id"));
	struct person p;
	enum rota_err e = app_person_get(app, id, &p);
	if (e != ERR_OK)
		return cli_fail(e);
	if (!read_pin(pin, sizeof pin))
		return cli_fail(ERR_PIN_FORMAT);
	e = app_person_set_pin(app, id, pin);
	if (e != ERR_OK)
		return cli_fail(e);
	printf("%s\n", _("The PIN was set."));
	return CLI_OK;
}

static int person_set(struct app *app, int argc, char **argv)
{
	long long id;
	int start = -1, end = -1, target = -1, active = -1;
	if (argc < 2 || !cli_parse_id(argv[1], &id))
		return cli_usage("person", _("say: person set ID [--programme-start DATE] [--programme-end DATE] [--target-hours N] [--active yes|no]"));
	for (int i = 2; i < argc; i += 2) {
		const char *opt = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;
		char *end_ptr;
		if (!v)
			return cli_usage("person", _("an option needs a value"));
		int *date = !strcmp(opt, "--programme-start") ? &start : !strcmp(opt, "--programme-end") ? &end : NULL;
		if (date) {
			if (*v && !date_parse_ymd(v, date))
				return cli_usage("person", _("a date looks like 2026-11-23"));
			if (!*v)
				*date = 0;
		} else if (!strcmp(opt, "--target-hours")) {
			long n = strtol(v, &end_ptr, 10);
			if (!*v || *end_ptr || n < 0 || n > 10000)
				return cli_usage("person", _("--target-hours takes a number of hours"));
			target = (int)n;
		} else if (!strcmp(opt, "--active") && (!strcmp(v, "yes") || !strcmp(v, "no"))) {
			active = !strcmp(v, "yes");
		} else {
			return cli_usage("person", _("unknown option"));
		}
	}
	enum rota_err e = app_person_update(app, id, start, end, target, active);
	if (e == ERR_INVALID) {
		fprintf(stderr, "rota: %s\n", _("The programme cannot end before it starts. Nothing was changed."));
		return CLI_FAIL;
	}
	return e == ERR_OK ? CLI_OK : cli_fail(e);
}

int cli_person(const struct cli *cli)
{
	int argc = cli->argc - 1;
	char **argv = cli->argv + 1;
	if (cli_wants_help(argc, argv))
		return usage_help();
	if (argc < 1)
		return cli_usage("person", _("say add, list or pin"));
	int (*run)(struct app *, int, char **) = !strcmp(argv[0], "add") ? person_add
	                                       : !strcmp(argv[0], "list") ? person_list
	                                       : !strcmp(argv[0], "pin") ? person_pin
	                                       : !strcmp(argv[0], "set") ? person_set : NULL;
	return run ? cli_with_app(cli, run, argc, argv) : cli_usage("person", _("say add, list, pin or set"));
}
