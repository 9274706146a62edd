/* rota (no command): the kiosk. */
#include <stdio.h>

#include "cli/cli.h"
#include "kiosk/kiosk.h"
#include "util/i18n.h"

int cli_kiosk(const struct cli *cli)
{
	struct app *app = cli_open(cli, false);
	if (!app)
		return CLI_FAIL;
	i18n_set_lang(cli->lang ? cli->lang : app_kiosk_lang(app));
	int rc = kiosk_run_door(app);
	app_close(app);
	if (rc != 0) {
		fprintf(stderr, "rota: %s\n", _("the kiosk needs a terminal to run in."));
		return CLI_FAIL;
	}
	return CLI_OK;
}
