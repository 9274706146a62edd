/* Text drawing by display width: centred lines, cut to fit without
 * splitting a character, and paragraphs wrapped at spaces. */
#ifndef ROTA_UI_DRAW_H
#define ROTA_UI_DRAW_H

#include <curses.h>

/* Puts one wide character at (y, x) with attr, colour pair included. */
void draw_char(WINDOW *w, int y, int x, wchar_t ch, attr_t attr);
/* Draws s at (y, x) with attr, cut to at most cols columns; a control
 * character, a bidi override or a malformed byte in s is drawn as its
 * escape (text_escape), as wide as text_width counts it. Every text the
 * kiosk draws goes through here. */
void draw_text(WINDOW *w, int y, int x, int cols, const char *s, attr_t attr);
/* Draws s centred on row y across the window's width, cut to fit. */
void draw_centered(WINDOW *w, int y, const char *s, attr_t attr);
/* Draws s centred and wrapped at spaces to lines of at most width columns,
 * starting on row y; returns the number of rows used. */
int draw_wrapped(WINDOW *w, int y, int width, const char *s, attr_t attr);
/* draw_wrapped on at most max_lines rows (at least 1): the last row, when
 * the text goes on, is cut to width and ends in "…". Returns the rows used. */
int draw_wrapped_max(WINDOW *w, int y, int width, int max_lines, const char *s, attr_t attr);
/* Draws text at (y, x) in cols cells, ending in "…" when it does not fit whole. */
void draw_text_fit(WINDOW *w, int y, int x, int cols, const char *text, attr_t attr);
/* Draws text at (y, x) in cols cells on up to max_lines lines, broken
 * between words (the same breaks as draw_wrapped); the last line ends in
 * "…" if still too long. Returns the lines used. */
int draw_text_wrap(WINDOW *w, int y, int x, int cols, int max_lines, const char *text, attr_t attr);
/* Puts as many of the n items as fit whole in cols cells into line (of
 * size bytes), sep between two; at least one, even one too wide. Returns
 * how many it took. Draws nothing: for lines kept as text. */
int draw_items_line(const char *const *items, int n, int cols, const char *sep, char *line, size_t size);
/* Lays the n items whole, sep between two on a line, on up to max_lines
 * lines of cols cells from (y, x); an item that fits on no line left is
 * left out. With w NULL draws nothing: only counts. Returns the lines used. */
int draw_items(WINDOW *w, int y, int x, int cols, int max_lines, const char *const *items, int n,
               const char *sep, attr_t attr);

#endif
