/* The kiosk's entry points for the command line: they pick the first
 * screen and its smallest terminal, then run the loop (kiosk/loop.h). The
 * screens are named here and nowhere in src/cli. */
#include "kiosk/kiosk.h"

#include <stdlib.h>

#include "kiosk/loop.h"
#include "screens/screens.h"
#include "util/text.h"

int kiosk_run_door(struct app *app) { return kiosk_run(app, &kiosk_door); }

int kiosk_show_badge(struct app *app, const char *name, const char *payload, enum kiosk_qr_style style)
{
	struct badge_qr_arg arg = { .is_alone = true };
	text_copy(arg.payload, sizeof arg.payload, payload);
	text_copy(arg.name, sizeof arg.name, name);
	arg.style = style == KIOSK_QR_BLOCKS   ? QRDRAW_BLOCKS
	          : style == KIOSK_QR_SPACES ? QRDRAW_SPACES
	                                     : qrdraw_default_style(getenv("TERM"));
	struct kiosk_start start = { .home = &badge_qr_screen, .home_arg = &arg, .min_rows = 1, .min_cols = 1 };
	return kiosk_run(app, &start);
}
