/* rota init [--demo] [--badges-out FILE] */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/cli.h"
#include "app/demo.h"
#include "app/people.h"
#include "util/clock.h"
#include "util/i18n.h"

int cli_init(const struct cli *cli)
{
	int argc = cli->argc - 1;
	char **argv = cli->argv + 1;
	bool demo = false;
	const char *badges_path = NULL;
	if (cli_wants_help(argc, argv)) {
		printf("%s", _("Usage:\n"
		               "  rota init [--demo [--badges-out FILE]]\n"
		               "      creates or upgrades the database; --demo adds a sample workshop\n"
		               "      (2 mentors, 10 participants, badges for all) and prints each\n"
		               "      badge's name and payload, or writes them to FILE\n"));
		return CLI_OK;
	}
	for (int i = 0; i < argc; i++) {
		if (!strcmp(argv[i], "--demo"))
			demo = true;
		else if (!strcmp(argv[i], "--badges-out") && i + 1 < argc)
			badges_path = argv[++i];
		else
			return cli_usage("init", _("init takes --demo and --badges-out FILE"));
	}
	struct app *app = cli_open(cli, true);
	if (!app)
		return CLI_FAIL;
	int rc = CLI_OK;
	if (demo) {
		struct person *people;
		size_t n = 0;
		enum rota_err e = app_person_list(app, false, &people, &n);
		if (e == ERR_OK)
			free(people);
		if (e == ERR_OK && n > 0) {
			fprintf(stderr, "rota: %s\n",
			        _("This database already has people; the demo workshop was not added."));
			rc = CLI_FAIL;
		} else if (e == ERR_OK) {
			FILE *out = badges_path ? fopen(badges_path, "w") : stdout;
			if (!out) {
				fprintf(stderr, _("rota: cannot write %s\n"), badges_path);
				rc = CLI_FAIL;
			} else {
				e = app_demo_seed(app, clock_now(), out);
				if (e == ERR_OK)
					e = app_demo_workshop(app, clock_now());
				/* a demo kiosk can be left (Ctrl-Q); a real one cannot */
				if (e == ERR_OK)
					e = app_config_set(app, "demo", "on");
				if (out != stdout && fclose(out) != 0)
					rc = CLI_FAIL;
			}
		}
		if (e != ERR_OK)
			rc = cli_fail(e);
	}
	app_close(app);
	if (rc == CLI_OK)
		fprintf(stderr, _("rota: the database at %s is ready.\n"), cli->db_path);
	return rc;
}
