/* Tables whose cells wrap (Pango), and signature boxes. A row is measured
 * first and drawn whole: one that does not fit starts a new page, where
 * the table's head is drawn again. Lines are black and thin, shades light
 * grey, so the page reads when printed in black and white. */
#include "out/doc_internal.h"

#include <stdlib.h>

#include "util/alloc.h"
#include "util/i18n.h"

#define CELL_PAD 1.0   /* mm inside a cell's border, unless the table says */

static double pad_of(const struct doc_table *t) { return t->pad > 0 ? t->pad : CELL_PAD; }

/* Fills widths[0..ncols) in mm: given ones as they are, the rest share
 * what the area has left. */
static void column_widths(struct doc *d, const struct doc_table *t, double *widths)
{
	double x, top, w, bottom, fixed = 0;
	int shared = 0;
	doc_area(d, &x, &top, &w, &bottom);
	for (int i = 0; i < t->ncols; i++) {
		fixed += t->cols[i].width;
		shared += t->cols[i].width <= 0;
	}
	double share = shared && w > fixed ? (w - fixed) / shared : 0;
	for (int i = 0; i < t->ncols; i++)
		widths[i] = t->cols[i].width > 0 ? t->cols[i].width : share;
}

/* Lays out each cell of a row once, in its column's alignment, into
 * laid[0..ncols) (an empty cell: nothing), and returns the row's height:
 * its tallest cell, padded, at least least. */
static double lay_row(struct doc *d, const struct doc_table *t, const double *widths, const char *const *cells,
                      const struct doc_style *style, double least, struct doc_laid *laid)
{
	double h = least;
	for (int i = 0; i < t->ncols; i++) {
		laid[i] = (struct doc_laid){ 0 };
		if (!cells[i] || !*cells[i])
			continue;
		struct doc_style s = *style;
		s.align = t->cols[i].align;
		doc_lay(d, widths[i] - 2 * pad_of(t), cells[i], &s, &laid[i]);
		double ch = doc_laid_height(&laid[i]) + 2 * pad_of(t);
		h = ch > h ? ch : h;
	}
	return h;
}

/* Draws one row at the cursor, row_h tall: its cells as lay_row laid
 * them out (and frees them). */
static void draw_row(struct doc *d, const struct doc_table *t, const double *widths, struct doc_laid *laid,
                     const double *shade, double row_h)
{
	const struct cairo_lib *C = d->C;
	double x, top, w, bottom;
	doc_area(d, &x, &top, &w, &bottom);
	for (int i = 0; i < t->ncols; i++) {
		if (shade && shade[i] > 0) {
			double g = 1 - shade[i];
			C->cairo_set_source_rgb(d->cr, g, g, g);
			C->cairo_rectangle(d->cr, x, d->y, widths[i], row_h);
			C->cairo_fill(d->cr);
		}
		C->cairo_set_source_rgb(d->cr, 0, 0, 0);
		C->cairo_set_line_width(d->cr, 0.25);
		C->cairo_rectangle(d->cr, x, d->y, widths[i], row_h);
		C->cairo_stroke(d->cr);
		doc_laid_draw(d, x + pad_of(t), d->y + pad_of(t), &laid[i]);
		doc_laid_done(d, &laid[i]);
		x += widths[i];
	}
	d->y += row_h;
	doc_check(d, "table row");
}

void doc_table_head(struct doc *d, const struct doc_table *t)
{
	double *widths = xcalloc((size_t)t->ncols, sizeof *widths);
	const char **heads = xcalloc((size_t)t->ncols, sizeof *heads);
	double *shade = xcalloc((size_t)t->ncols, sizeof *shade);
	struct doc_laid *laid = xcalloc((size_t)t->ncols, sizeof *laid);
	column_widths(d, t, widths);
	for (int i = 0; i < t->ncols; i++) {
		heads[i] = t->cols[i].head;
		shade[i] = 0.12;
	}
	double h = lay_row(d, t, widths, heads, &t->head, 0, laid);
	doc_need(d, h);
	draw_row(d, t, widths, laid, shade, h);
	free(widths);
	free(heads);
	free(shade);
	free(laid);
}

void doc_table_row(struct doc *d, const struct doc_table *t, const char *const *cells, const double *shade)
{
	doc_table_row_keep(d, t, cells, shade, 0);
}

void doc_table_row_keep(struct doc *d, const struct doc_table *t, const char *const *cells, const double *shade,
                        double keep)
{
	double x, top, w, bottom;
	doc_area(d, &x, &top, &w, &bottom);
	double *widths = xcalloc((size_t)t->ncols, sizeof *widths);
	struct doc_laid *laid = xcalloc((size_t)t->ncols, sizeof *laid);
	column_widths(d, t, widths);
	double h = lay_row(d, t, widths, cells, &t->cell, t->min_row, laid);
	if (d->y + h + keep > bottom) {
		doc_new_page(d);
		doc_table_head(d, t);
	}
	draw_row(d, t, widths, laid, shade, h);
	free(widths);
	free(laid);
}

void doc_signatures(struct doc *d, const char *const *labels, int n, double height)
{
	const struct cairo_lib *C = d->C;
	double x, top, w, bottom;
	doc_area(d, &x, &top, &w, &bottom);
	const double gap = 8;
	double box_w = (w - gap * (n - 1)) / n;
	const struct doc_style label = { .size = 9, .bold = true }, small = { .size = 7 };
	doc_need(d, height);
	for (int i = 0; i < n; i++) {
		double bx = x + i * (box_w + gap);
		C->cairo_set_source_rgb(d->cr, 0, 0, 0);
		C->cairo_set_line_width(d->cr, 0.3);
		C->cairo_rectangle(d->cr, bx, d->y, box_w, height);
		C->cairo_stroke(d->cr);
		doc_text(d, bx + 2, d->y + 1.5, box_w - 4, labels[i], &label);
		/* The line to sign on, and the date's place beside it. */
		double line_y = d->y + height - 6;
		C->cairo_set_line_width(d->cr, 0.2);
		C->cairo_move_to(d->cr, bx + 2, line_y);
		C->cairo_line_to(d->cr, bx + box_w * 0.62, line_y);
		C->cairo_move_to(d->cr, bx + box_w * 0.68, line_y);
		C->cairo_line_to(d->cr, bx + box_w - 2, line_y);
		C->cairo_stroke(d->cr);
		doc_text(d, bx + 2, line_y + 0.8, box_w * 0.6, _("Signature"), &small);
		doc_text(d, bx + box_w * 0.68, line_y + 0.8, box_w * 0.3, _("Date"), &small);
	}
	d->y += height;
	doc_check(d, "signatures");
}
