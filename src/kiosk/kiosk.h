/* The kiosk as the command line starts it: the door kiosk, or one badge's
 * QR code alone on the terminal. These are the only ways into curses from
 * src/cli; the loop itself is in kiosk/loop.h. Nothing here touches the
 * store: the screens reach the records through src/app. */
#ifndef ROTA_KIOSK_KIOSK_H
#define ROTA_KIOSK_KIOSK_H

#include "app/app.h"

/* How a QR code is drawn on a terminal (see ui/qrdraw.h). */
enum kiosk_qr_style {
	KIOSK_QR_AUTO,   /* chosen from $TERM */
	KIOSK_QR_BLOCKS, /* half blocks: sharp on most terminals */
	KIOSK_QR_SPACES, /* reverse-video spaces: for terminals without them */
};

/* Runs the door kiosk (the home screen, at least 80 x 24) on this terminal
 * until SIGTERM/SIGHUP. Returns 0 on a clean stop, 1 when there is no
 * terminal to run on. The terminal is always restored; app stays open and
 * is the caller's. */
int kiosk_run_door(struct app *app);

/* Shows the badge payload (digits) of the person called name as a QR code
 * alone on this terminal, until a key closes it. Returns 0 when it was
 * shown and closed, 1 when there is no terminal. The terminal is restored;
 * nothing is written to the records. */
int kiosk_show_badge(struct app *app, const char *name, const char *payload, enum kiosk_qr_style style);

#endif
