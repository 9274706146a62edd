/* The kiosk's main loop: the only place that reads the keyboard. Keys
 * become events (ui/input.h), events go to the top screen, each frame is
 * drawn whole and sent with one doupdate(). */
#ifndef ROTA_APP_KIOSK_H
#define ROTA_APP_KIOSK_H

#include "app/app.h"

/* Runs the kiosk on the terminal until SIGTERM/SIGHUP. Returns 0 on a clean
 * stop, 1 when there is no terminal to run on. The terminal is restored. */
int kiosk_run(struct app *app);

#endif
