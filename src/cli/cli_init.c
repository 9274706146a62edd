/* rota init [--demo] [--badges-out FILE] */
#include <fcntl.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "app/demo.h"
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

/* Writes the demo badge lines to path (NULL: stdout). The list holds every
 * payload, so its file is new and private (0600) like the key: made beside
 * path and renamed onto it (files_out), never written into what is there. */
static bool write_badges(const char *path, const char *lines)
{
	if (!path)
		return fputs(lines, stdout) >= 0;
	struct files_out out;
	enum rota_err e = files_out_open(&out, path);
	if (e == ERR_OK && fputs(lines, out.f) < 0) {
		files_out_abort(&out);
		e = ERR_FILE_WRITE;
	} else if (e == ERR_OK) {
		e = files_out_commit(&out);
	}
	if (e != ERR_OK)
		cli_fail_write(e, path);
	return e == ERR_OK;
}

int cli_init(const struct cli *cli)
{
	struct init_args a = { 0 };
	int rc = cli_parse(&init_cmd, &a, cli->argc, cli->argv);
	if (rc != CLI_GO)
		return rc;
	bool demo = a.demo;
	const char *badges_path = a.badges_out;
	/* Before the demo is added: a list that cannot be written there leaves
	 * the records as they were. */
	enum rota_err can = demo && badges_path ? files_out_probe(badges_path) : ERR_OK;
	if (can != ERR_OK)
		return cli_fail_write(can, badges_path);
	struct app *app = cli_open(cli, true);
	if (!app)
		return CLI_FAIL;
	rc = CLI_OK;
	if (demo) {
		char *lines = NULL;
		enum rota_err e = app_demo_create(app, clock_now(), &lines);
		if (e == ERR_CONFLICT)
			rc = cli_refuse(_("This database already has people; the demo workshop was not added."));
		else if (e != ERR_OK)
			rc = cli_fail(e);
		else if (!write_badges(badges_path, lines))
			rc = CLI_FAIL;
		free(lines);
	}
	app_close(app);
	if (rc == CLI_OK)
		fprintf(stderr, _("rota: the database at %s is ready.\n"), cli->db_path);
	return rc;
}
