/* rota config [list] | rota config set KEY VALUE */
#include <stdio.h>
#include <string.h>

#include "cli/cli.h"
#include "util/i18n.h"

int cli_config(const struct cli *cli)
{
	int argc = cli->argc - 1;
	char **argv = cli->argv + 1;
	if (cli_wants_help(argc, argv)) {
		printf("%s", _("Usage:\n"
		               "  rota config [list]\n"
		               "  rota config set KEY VALUE\n"
		               "Keys: workshop_name, kiosk_lang (sl, hr, en or empty), scan_guard_seconds,\n"
		               "undo_seconds, greeting_seconds, idle_seconds, name_list (on or off).\n"));
		return CLI_OK;
	}
	bool list = argc == 0 || (argc == 1 && !strcmp(argv[0], "list"));
	bool set = argc == 3 && !strcmp(argv[0], "set");
	if (!list && !set)
		return cli_usage("config", _("say: config list, or config set KEY VALUE"));
	struct app *app = cli_open(cli, false);
	if (!app)
		return CLI_FAIL;
	int rc = CLI_OK;
	if (set) {
		enum rota_err e = app_config_set(app, argv[1], argv[2]);
		if (e == ERR_INVALID) {
			fprintf(stderr, _("rota: '%s' is not a setting, or '%s' is not a value it takes.\n"),
			        argv[1], argv[2]);
			rc = CLI_FAIL;
		} else if (e != ERR_OK) {
			rc = cli_fail(e);
		}
	} else {
		const char *key;
		char value[160];
		for (int i = 0; app_config_item(app, i, &key, value, sizeof value); i++)
			printf("%s=%s\n", key, value);
	}
	app_close(app);
	return rc;
}
