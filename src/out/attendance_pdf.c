/* The attendance list's page: widths chosen so that a month of 31 workshop
 * days and six participants fit one landscape page at a readable size. */
#include "out/attendance_pdf.h"

#include <stdlib.h>

#include "util/alloc.h"

#define NAME_W 30.0
#define TOTALS_W 18.0
#define SIGN_W 26.0
#define ROW_MIN 11.0   /* mm: room for three lines and to sign */
#define PAD 0.5        /* mm inside a cell: the days' columns are narrow */
#define SIGN_H 22.0    /* mm of the mentor's and the coordinator's boxes */

enum rota_err attendance_pdf_write(const char *path, const struct attendance_sheet *s)
{
	struct doc *d;
	enum rota_err e = doc_open(path, DOC_LANDSCAPE, &s->head, &d);
	if (e != ERR_OK)
		return e;
	bool signs = s->sign_head != NULL; /* a column for each participant to sign in */
	int ncols = s->ndays + 2 + signs;
	double sign_w = signs ? SIGN_W : 0;
	struct doc_column *cols = xcalloc((size_t)ncols, sizeof *cols);
	const char **cells = xcalloc((size_t)ncols, sizeof *cells);
	double *shades = xcalloc((size_t)ncols, sizeof *shades);
	double x, top, width, bottom;
	doc_area(d, &x, &top, &width, &bottom);
	double day_w = s->ndays ? (width - NAME_W - TOTALS_W - sign_w) / s->ndays : 0;
	cols[0] = (struct doc_column){ s->name_head, NAME_W, DOC_LEFT };
	for (int i = 0; i < s->ndays; i++)
		cols[1 + i] = (struct doc_column){ s->day_heads[i], day_w, DOC_CENTER };
	cols[s->ndays + 1] = (struct doc_column){ s->totals_head, TOTALS_W, DOC_RIGHT };
	if (signs)
		cols[s->ndays + 2] = (struct doc_column){ s->sign_head, SIGN_W, DOC_LEFT };
	/* A day's time (08:00) must fit its column: the cells' size follows. */
	const struct doc_style probe = { .size = 10 };
	double time_w = doc_text_width(d, "00:00", &probe);
	double size = time_w > 0 ? 10 * (day_w - 2 * PAD - 0.3) / time_w : 7;
	size = size > 7.5 ? 7.5 : size < 5 ? 5 : size;
	struct doc_table t = {
		.cols = cols, .ncols = ncols, .min_row = ROW_MIN, .pad = PAD,
		.head = { .size = size, .bold = true, .align = DOC_CENTER },
		.cell = { .size = size },
	};
	/* The legend and the signature boxes come after the last row, and the
	 * last row stays with them: boxes alone on a page sign nothing. */
	const struct doc_style small = { .size = 7 };
	double tail = 2 + (s->legend ? doc_text_height(d, width, s->legend, &small) + 4 : 0) +
	              (s->nsigners > 0 ? SIGN_H : 0);
	doc_table_head(d, &t);
	for (size_t r = 0; r < s->nrows; r++) {
		cells[0] = s->names[r];
		shades[0] = 0;
		for (int i = 0; i < s->ndays; i++) {
			cells[1 + i] = s->cells[r * (size_t)s->ndays + (size_t)i];
			shades[1 + i] = s->shades ? s->shades[r * (size_t)s->ndays + (size_t)i] : 0;
		}
		cells[s->ndays + 1] = s->totals[r];
		shades[s->ndays + 1] = 0;
		if (signs) {
			cells[s->ndays + 2] = NULL;
			shades[s->ndays + 2] = 0;
		}
		doc_table_row_keep(d, &t, cells, shades, r + 1 == s->nrows ? tail : 0);
	}
	doc_set_y(d, doc_y(d) + 2);
	if (s->legend)
		doc_paragraph(d, s->legend, &small, 4);
	if (s->nsigners > 0)
		doc_signatures(d, s->signers, s->nsigners, SIGN_H);
	free(cols);
	free(cells);
	free(shades);
	return doc_close(d);
}
