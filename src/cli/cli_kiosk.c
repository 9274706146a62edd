/* rota (no command): the kiosk. Its first frame waits for no check of the
 * records: what opening finds (a file that is not rota's, newer, cut short,
 * a broken schema, a foreign journal) is refused here as by every command,
 * and the full check of every page runs after the first frame, in a child
 * process at a quiet moment (app/records_check.h). */
#include "cli/cli.h"
#include "kiosk/kiosk.h"
#include "util/i18n.h"

int cli_kiosk(const struct cli *cli)
{
	struct app *app = cli_open_door(cli);
	if (!app)
		return CLI_FAIL;
	i18n_set_lang(cli->lang ? cli->lang : app_kiosk_lang(app));
	int rc = kiosk_run_door(app);
	app_close(app);
	return rc != 0 ? cli_refuse(_("the kiosk needs a terminal to run in.")) : CLI_OK;
}
