/* Shown instead of any screen while the terminal is below the minimum size
 * (80 x 24 for the kiosk). */
#include <stdio.h>

#include "screens/screens.h"
#include "ui/draw.h"
#include "util/i18n.h"

static void too_small_draw(const struct screen *s, WINDOW *w)
{
	char line[160];
	snprintf(line, sizeof line, _("Please make this window larger (at least %d x %d)."),
	         s->min_cols, s->min_rows);
	int width = s->cols > 4 ? s->cols - 2 : s->cols;
	draw_wrapped(w, s->rows / 2 > 0 ? s->rows / 2 - 1 : 0, width, line, A_BOLD);
}

static int too_small_on_event(struct screen *s, const struct event *ev)
{
	(void)s;
	(void)ev;
	return 0;
}

const struct screen_ops too_small_screen = {
	.name = "too-small",
	.state_size = 1,
	.draw = too_small_draw,
	.on_event = too_small_on_event,
};
