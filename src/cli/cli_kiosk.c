/* rota (no command): the kiosk. It starts only on records that pass a
 * quick check, bounded so a big file does not slow the start. */
#include "cli/cli.h"
#include "kiosk/kiosk.h"
#include "util/i18n.h"

/* quick_check reads the whole file: about 0.5 s on a million visits, so
 * it is cut short here; rota check and every backup check it in full. */
#define KIOSK_CHECK_MS 100

int cli_kiosk(const struct cli *cli)
{
	struct app *app = cli_open_door(cli);
	if (!app)
		return CLI_FAIL;
	enum rota_err e = app_quick_check(app, KIOSK_CHECK_MS);
	if (e != ERR_OK) {
		app_close(app);
		cli_fail(e);
		cli_say_way_out(cli, e);
		return CLI_FAIL;
	}
	i18n_set_lang(cli->lang ? cli->lang : app_kiosk_lang(app));
	int rc = kiosk_run_door(app);
	app_close(app);
	return rc != 0 ? cli_refuse(_("the kiosk needs a terminal to run in.")) : CLI_OK;
}
