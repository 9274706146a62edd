/* QR drawing for the terminal. */
#include "ui/qrdraw.h"

#include <string.h>

#include "ui/draw.h"
#include "ui/theme.h"

void qrdraw_size(const struct qr_matrix *m, enum qrdraw_style style, int quiet, int *rows, int *cols)
{
	int side = m->width + 2 * quiet;
	*cols = style == QRDRAW_SPACES ? 2 * side : side;
	*rows = style == QRDRAW_SPACES ? side : (side + 1) / 2;
}

void qrdraw_draw(WINDOW *w, int y, int x, const struct qr_matrix *m, enum qrdraw_style style, int quiet)
{
	attr_t light = theme_attr(THEME_QR);
	int side = m->width + 2 * quiet;
	if (style == QRDRAW_SPACES) {
		attr_t dark = light ^ A_REVERSE;
		for (int r = 0; r < side; r++)
			for (int c = 0; c < side; c++) {
				attr_t a = qr_is_dark(m, c - quiet, r - quiet) ? dark : light;
				draw_char(w, y + r, x + 2 * c, L' ', a);
				draw_char(w, y + r, x + 2 * c + 1, L' ', a);
			}
		return;
	}
	for (int r = 0; r < (side + 1) / 2; r++)
		for (int c = 0; c < side; c++) {
			bool top = qr_is_dark(m, c - quiet, 2 * r - quiet);
			bool bottom = qr_is_dark(m, c - quiet, 2 * r + 1 - quiet);
			wchar_t ch = top && bottom ? 0x2588 : top ? 0x2580 : bottom ? 0x2584 : L' ';
			draw_char(w, y + r, x + c, ch, light);
		}
}

enum qrdraw_style qrdraw_default_style(const char *term)
{
	return term && !strncmp(term, "linux", 5) ? QRDRAW_SPACES : QRDRAW_BLOCKS;
}
