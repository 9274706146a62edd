/* Draws a QR symbol in the terminal, dark on light in an explicit colour
 * pair (never the terminal's own colours, which may be light on dark).
 * Blocks: two modules per cell with half blocks (▀ ▄ █). Spaces: each module
 * two background-coloured spaces, for console fonts without half blocks. */
#ifndef ROTA_UI_QRDRAW_H
#define ROTA_UI_QRDRAW_H

#include <curses.h>
#include <stdbool.h>

#include "core/qr.h"

enum qrdraw_style { QRDRAW_BLOCKS, QRDRAW_SPACES };

/* Writes the rows and columns the symbol takes with `quiet` modules of
 * margin on every side. */
void qrdraw_size(const struct qr_matrix *m, enum qrdraw_style style, int quiet, int *rows, int *cols);
/* Draws the symbol with its margin, top-left corner at (y, x). */
void qrdraw_draw(WINDOW *w, int y, int x, const struct qr_matrix *m, enum qrdraw_style style, int quiet);
/* Returns the style that suits the terminal: spaces on the Linux console. */
enum qrdraw_style qrdraw_default_style(const char *term);

#endif
