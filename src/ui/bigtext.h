/* Big block letters, five rows high, for what must be read from a step away
 * (CHECKED IN, the clock, the person's name at the door), and the sign for
 * in and out that needs no reading. Letters A-Z and the Slovenian and
 * Croatian Č Ć Đ Š Ž (lower case is drawn as upper case), digits,
 * ':' '.' '-' '\'' ' '. A letter's mark (the caron of Č Š Ž, the acute of
 * Ć) sits in the row above the letters: a caller that may draw a name
 * leaves that row free (BIGTEXT_MARK_ROWS). Only full and half blocks are
 * drawn (█ ▀ ▄), which the Linux console's font has too. Double-height
 * lines (DEC's ESC # 3) are not used: few terminals keep them under curses,
 * and a line drawn half is worse than block letters. */
#ifndef ROTA_UI_BIGTEXT_H
#define ROTA_UI_BIGTEXT_H

#include <curses.h>
#include <stdbool.h>
#include <stddef.h>

#define BIGTEXT_ROWS 5
#define BIGTEXT_MARK_ROWS 1 /* the row above y that holds the marks of Č Ć Š Ž */

/* The sign beside CHECKED IN and CHECKED OUT: an arrow into a door, an arrow
 * out of the same door (pointing the other way). */
enum bigtext_sign { BIGTEXT_SIGN_IN, BIGTEXT_SIGN_OUT };

/* Returns the columns s (UTF-8) takes in big letters, or -1 when a
 * character has no big glyph (then draw it as plain text instead). */
int bigtext_width(const char *s);
/* Draws s in big letters with its top-left corner at (y, x), the marks of
 * Č Ć Š Ž in row y - 1. Characters without a glyph are skipped. Draws only
 * the filled cells. */
void bigtext_draw(WINDOW *w, int y, int x, const char *s, attr_t attr);
/* Draws s centred on the window's width with its top row at y when it fits
 * in the width less two columns; otherwise (too wide, or a character
 * without a glyph) draws it as plain bold text on the middle row, as
 * written. Returns the rows used. */
int bigtext_draw_centered(WINDOW *w, int y, const char *s, attr_t attr);
/* Returns the columns the sign takes. */
int bigtext_sign_width(void);
/* Draws the sign and word beside it, both in big letters, centred on the
 * window's width with their top row at y; when the word has no big glyphs
 * or both do not fit, the sign stays big and the word is plain bold text
 * beside it on the middle row. Returns the rows used. */
int bigtext_draw_signed(WINDOW *w, int y, enum bigtext_sign sign, const char *word, attr_t attr);
/* Writes row `row` of s in big letters into out (n bytes) as text: row -1
 * is the marks' row, 0 to BIGTEXT_ROWS - 1 the letters'; blank cells are
 * spaces, trailing ones left off. Returns false (out "") when a character
 * has no glyph. For the tests, which read the screen back as text. */
bool bigtext_row_text(const char *s, int row, char *out, size_t n);

#endif
