/* The terminal: set up for a kiosk, always restored. raw() so Ctrl-C,
 * Ctrl-Z and Ctrl-\ arrive as keys (and do nothing); SIGTERM and SIGHUP only
 * set a flag the main loop reads; ncurses keeps SIGWINCH. */
#ifndef ROTA_UI_TERM_H
#define ROTA_UI_TERM_H

#include <stdbool.h>

#define TERM_TICK_MS 250

/* Starts curses on stdin/stdout. Returns false (terminal untouched) when
 * there is no usable terminal. */
bool term_open(void);
/* Restores the terminal; safe to call twice and from die(). */
void term_close(void);
/* Returns true once SIGTERM, SIGHUP or SIGINT arrived. */
bool term_stop_requested(void);

#endif
