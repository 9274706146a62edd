/* rota init [--demo] [--badges-out FILE] */
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/demo.h"
#include "app/people.h"
#include "cli/cli.h"
#include "util/clock.h"
#include "util/files.h"
#include "util/i18n.h"

struct init_args {
	bool demo;
	const char *badges_out;
};

static const struct opt init_opts[] = {
	OPT_FLAG("demo", 0, N_("adds a sample workshop: 2 mentors, 10 participants, badges for all"),
	         offsetof(struct init_args, demo)),
	OPT_STRING("badges-out", "FILE", 0, N_("with --demo: writes each badge's name and payload to FILE"),
	           offsetof(struct init_args, badges_out)),
	OPT_END,
};
static const struct opt_cmd init_cmd = {
	"init", N_("Creates or upgrades the database. --demo prints the demo badges unless --badges-out."),
	init_opts,
};

int cli_init(const struct cli *cli)
{
	struct init_args a = { 0 };
	int rc = cli_parse(&init_cmd, &a, cli->argc, cli->argv);
	if (rc != CLI_GO)
		return rc;
	bool demo = a.demo;
	const char *badges_path = a.badges_out;
	struct app *app = cli_open(cli, true);
	if (!app)
		return CLI_FAIL;
	rc = CLI_OK;
	if (demo) {
		struct person *people;
		size_t n = 0;
		enum rota_err e = app_person_list(app, false, &people, &n);
		if (e == ERR_OK)
			free(people);
		if (e == ERR_OK && n > 0) {
			rc = cli_refuse(_("This database already has people; the demo workshop was not added."));
		} else if (e == ERR_OK) {
			FILE *out = badges_path ? files_open_private(badges_path) : stdout;
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
