/* Big block letters, five rows high, for the words that must be read from a
 * step away (CHECKED IN, the clock). Letters A-Z, digits, ':' '.' '-' ' '. */
#ifndef ROTA_UI_BIGTEXT_H
#define ROTA_UI_BIGTEXT_H

#include <curses.h>

#define BIGTEXT_ROWS 5

/* Returns the columns s takes in big letters, or -1 when a character has no
 * big glyph (then draw it as plain text instead). */
int bigtext_width(const char *s);
/* Draws s in big letters with its top-left corner at (y, x). Characters
 * without a glyph are skipped. */
void bigtext_draw(WINDOW *w, int y, int x, const char *s, attr_t attr);
/* Draws s centred on the window's width with its top row at y when it fits;
 * otherwise draws it as plain bold text on the middle row. Returns the rows
 * used. */
int bigtext_draw_centered(WINDOW *w, int y, const char *s, attr_t attr);

#endif
