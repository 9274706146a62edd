/* rota (no command): the kiosk. */
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
	return rc != 0 ? cli_refuse(_("the kiosk needs a terminal to run in.")) : CLI_OK;
}
