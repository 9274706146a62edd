/* A person's badge as a QR code on screen, so a phone photo can serve until
 * the new card is printed: the code (dark on light, with its quiet zone),
 * the name and the digits to type. Any key closes it. */
#include <stdio.h>
#include <string.h>

#include "out/qrcode.h"
#include "core/badge.h"
#include "screens/screens.h"
#include "ui/draw.h"
#include "util/i18n.h"
#include "util/text.h"

#define BADGE_QR_TEXT_ROWS 4 /* blank, name, digits, hint */

struct badge_qr_state {
	struct badge_qr_arg arg;
	struct qr_matrix qr;
	bool has_qr;
	int quiet;           /* the margin that fits: 4 modules, else 2 */
	bool fits;
	char digits[24];
};

static void badge_qr_enter(struct screen *s, const void *arg)
{
	struct badge_qr_state *st = s->state;
	st->arg = *(const struct badge_qr_arg *)arg;
	st->has_qr = qrcode_encode(st->arg.payload, &st->qr) == ERR_OK;
	badge_payload_grouped(st->arg.payload, st->digits, sizeof st->digits);
}

static void badge_qr_layout(struct screen *s)
{
	struct badge_qr_state *st = s->state;
	st->fits = false;
	for (st->quiet = QR_QUIET_ZONE; st->has_qr && st->quiet >= 2 && !st->fits; st->quiet -= 2) {
		int rows, cols;
		qrdraw_size(&st->qr, st->arg.style, st->quiet, &rows, &cols);
		st->fits = rows + BADGE_QR_TEXT_ROWS <= s->rows && cols <= s->cols;
		if (st->fits)
			return;
	}
}

static void badge_qr_draw(const struct screen *s, WINDOW *w)
{
	const struct badge_qr_state *st = s->state;
	int rows, cols;
	qrdraw_size(&st->qr, st->arg.style, QR_QUIET_ZONE, &rows, &cols);
	if (!st->fits) {
		char line[200];
		snprintf(line, sizeof line,
		         _("This window is too small to show the code. Please make it at least %d x %d."),
		         cols, rows + BADGE_QR_TEXT_ROWS);
		draw_wrapped(w, s->rows / 2 - 1, s->cols - 2, line, A_BOLD);
		return;
	}
	qrdraw_size(&st->qr, st->arg.style, st->quiet, &rows, &cols);
	int top = (s->rows - rows - BADGE_QR_TEXT_ROWS) / 2;
	qrdraw_draw(w, top, (s->cols - cols) / 2, &st->qr, st->arg.style, st->quiet);
	draw_centered(w, top + rows + 1, st->arg.name, A_BOLD);
	draw_centered(w, top + rows + 2, st->digits, A_NORMAL);
	draw_centered(w, top + rows + 3, _("Press any key to close."), theme_attr(THEME_HINT));
}

static int badge_qr_on_event(struct screen *s, const struct event *ev)
{
	const struct badge_qr_state *st = s->state;
	if (ev->kind == EV_KEY || ev->kind == EV_CHAR || ev->kind == EV_SCAN)
		return (st->arg.is_alone ? SCR_QUIT : SCR_POP) | SCR_HANDLED;
	return 0;
}

const struct screen_ops badge_qr_screen = {
	.name = "badge-qr",
	.state_size = sizeof(struct badge_qr_state),
	.enter = badge_qr_enter,
	.layout = badge_qr_layout,
	.draw = badge_qr_draw,
	.on_event = badge_qr_on_event,
};
