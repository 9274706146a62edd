/* Reads a window back as text, for screen tests and the README captures. */
#ifndef ROTA_UI_DUMP_H
#define ROTA_UI_DUMP_H

#include <curses.h>

/* Returns the window's text, one line per row with trailing spaces
 * removed, as a new UTF-8 string the caller frees. */
char *dump_window(WINDOW *w);

#endif
