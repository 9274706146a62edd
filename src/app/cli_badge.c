/* rota badge issue */
#include <stdio.h>
#include <string.h>

#include "app/badge.h"
#include "app/cli.h"
#include "util/clock.h"
#include "util/i18n.h"

int cli_badge(const struct cli *cli)
{
	int argc = cli->argc - 1;
	char **argv = cli->argv + 1;
	long long id;
	if (cli_wants_help(argc, argv)) {
		printf("%s", _("Usage:\n"
		               "  rota badge issue ID\n"
		               "      prints the new payload; the person's previous badge stops working\n"));
		return CLI_OK;
	}
	if (argc != 2 || strcmp(argv[0], "issue") != 0 || !cli_parse_id(argv[1], &id))
		return cli_usage("badge", _("say: badge issue ID"));
	struct app *app = cli_open(cli, false);
	if (!app)
		return CLI_FAIL;
	char payload[BADGE_DIGITS + 1];
	enum rota_err e = app_badge_issue(app, id, 0, clock_now(), payload);
	app_close(app);
	if (e != ERR_OK)
		return cli_fail(e);
	printf("%s\n", payload);
	return CLI_OK;
}
