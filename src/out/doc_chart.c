/* Pictures as plain cairo paths, for plain structs of values: a month as a
 * strip of day squares, and a small line chart of levels over time. Each
 * kind of day and each line has its own shape, not only its own shade, so
 * both read on a black-and-white print. */
#include "out/doc_internal.h"

#include <stdio.h>

#define STRIP_LABEL_W 32.0  /* mm for the month's name and year, "september 2026" whole */
#define STRIP_CELL_H 5.0    /* mm */

/* Draws the mark of kind in the square (x, y, s). */
static void draw_day_mark(struct doc *d, double x, double y, double s, enum doc_day kind)
{
	const struct cairo_lib *C = d->C;
	cairo_t *cr = d->cr;
	C->cairo_set_line_width(cr, 0.2);
	switch (kind) {
	case DOC_DAY_NONE:
		break;
	case DOC_DAY_OFF:
		/* hatched: two thin diagonals */
		C->cairo_set_source_rgb(cr, 0.55, 0.55, 0.55);
		C->cairo_move_to(cr, x, y + s * 0.5);
		C->cairo_line_to(cr, x + s * 0.5, y);
		C->cairo_move_to(cr, x + s * 0.5, y + s);
		C->cairo_line_to(cr, x + s, y + s * 0.5);
		C->cairo_stroke(cr);
		break;
	case DOC_DAY_PRESENT:
		C->cairo_set_source_rgb(cr, 0, 0, 0);
		C->cairo_rectangle(cr, x + s * 0.2, y + s * 0.2, s * 0.6, s * 0.6);
		C->cairo_fill(cr);
		break;
	case DOC_DAY_ABSENT:
		C->cairo_set_source_rgb(cr, 0, 0, 0);
		C->cairo_rectangle(cr, x + s * 0.25, y + s * 0.25, s * 0.5, s * 0.5);
		C->cairo_stroke(cr);
		break;
	case DOC_DAY_EXCUSED:
		C->cairo_set_source_rgb(cr, 0, 0, 0);
		C->cairo_set_line_width(cr, 0.4);
		C->cairo_move_to(cr, x + s * 0.2, y + s * 0.8);
		C->cairo_line_to(cr, x + s * 0.8, y + s * 0.2);
		C->cairo_stroke(cr);
		break;
	case DOC_DAY_CLOSED:
		C->cairo_set_source_rgb(cr, 0.75, 0.75, 0.75);
		C->cairo_rectangle(cr, x, y, s, s);
		C->cairo_fill(cr);
		break;
	case DOC_DAY_UNRESOLVED:
		C->cairo_set_source_rgb(cr, 0, 0, 0);
		C->cairo_rectangle(cr, x + s * 0.2, y + s * 0.2, s * 0.6, s * 0.6);
		C->cairo_stroke(cr);
		C->cairo_move_to(cr, x + s * 0.2, y + s * 0.8);
		C->cairo_line_to(cr, x + s * 0.8, y + s * 0.2);
		C->cairo_line_to(cr, x + s * 0.8, y + s * 0.8);
		C->cairo_close_path(cr);
		C->cairo_fill(cr);
		break;
	}
}

double doc_month_strip(struct doc *d, double x, double y, double width, const char *label,
                       const struct doc_month_strip *m)
{
	const struct cairo_lib *C = d->C;
	const struct doc_style name = { .size = 8, .bold = true }, num = { .size = 5.5, .align = DOC_CENTER };
	int ndays = m->ndays > 0 && m->ndays <= 31 ? m->ndays : 31;
	double cell = (width - STRIP_LABEL_W) / 31;
	double s = cell < STRIP_CELL_H ? cell : STRIP_CELL_H;
	doc_text(d, x, y + 2, STRIP_LABEL_W - 1, label, &name);
	for (int i = 0; i < ndays; i++) {
		char n[4];
		double cx = x + STRIP_LABEL_W + i * cell;
		snprintf(n, sizeof n, "%d", i + 1);
		doc_text(d, cx, y, cell, n, &num);
		double sy = y + 2.8;
		draw_day_mark(d, cx + (cell - s) / 2, sy, s, m->day[i]);
		C->cairo_set_source_rgb(d->cr, 0, 0, 0);
		C->cairo_set_line_width(d->cr, 0.15);
		C->cairo_rectangle(d->cr, cx + (cell - s) / 2, sy, s, s);
		C->cairo_stroke(d->cr);
	}
	doc_check(d, "month strip");
	return 2.8 + s + 1.5;
}

double doc_month_legend(struct doc *d, double x, double y, double width, const char *const labels[6])
{
	const struct doc_style small = { .size = 7 };
	const double s = 3.2;
	double cx = x, h = s;
	for (int i = 0; i < 6; i++) {
		if (!labels[i])
			continue;
		double tw = doc_text_width(d, labels[i], &small);
		if (cx + s + 1.5 + tw > x + width && cx > x) {
			cx = x;
			y += s + 1.5;
			h += s + 1.5;
		}
		draw_day_mark(d, cx, y, s, (enum doc_day)(i + 1));
		d->C->cairo_set_source_rgb(d->cr, 0, 0, 0);
		d->C->cairo_set_line_width(d->cr, 0.15);
		d->C->cairo_rectangle(d->cr, cx, y, s, s);
		d->C->cairo_stroke(d->cr);
		doc_text(d, cx + s + 1.5, y, tw + 1, labels[i], &small);
		cx += s + 1.5 + tw + 5;
	}
	doc_check(d, "legend");
	return h;
}

/* Each series's look: a dash pattern and a marker shape. */
static const double dashes[][2] = { { 0, 0 }, { 1.5, 1 }, { 0.5, 0.8 }, { 3, 1 } };
#define NLOOKS (int)(sizeof dashes / sizeof dashes[0])

static void draw_marker(struct doc *d, double x, double y, int look)
{
	const struct cairo_lib *C = d->C;
	const double r = 0.9;
	switch (look % NLOOKS) {
	case 0: C->cairo_arc(d->cr, x, y, r, 0, 6.2832); C->cairo_fill(d->cr); break;
	case 1: C->cairo_rectangle(d->cr, x - r, y - r, 2 * r, 2 * r); C->cairo_fill(d->cr); break;
	case 2:
		C->cairo_move_to(d->cr, x, y - r);
		C->cairo_line_to(d->cr, x + r, y + r);
		C->cairo_line_to(d->cr, x - r, y + r);
		C->cairo_close_path(d->cr);
		C->cairo_fill(d->cr);
		break;
	default: C->cairo_arc(d->cr, x, y, r, 0, 6.2832); C->cairo_stroke(d->cr); break;
	}
}

static void set_dash(struct doc *d, int look)
{
	const double *p = dashes[look % NLOOKS];
	d->C->cairo_set_dash(d->cr, p, p[0] > 0 ? 2 : 0, 0);
}

double doc_line_chart(struct doc *d, double x, double y, double width, double height, const struct doc_chart *c)
{
	const struct cairo_lib *C = d->C;
	const struct doc_style small = { .size = 6.5 }, right = { .size = 6.5, .align = DOC_RIGHT };
	const double label_w = 28, axis_h = 4;
	double px = x + label_w, pw = width - label_w, py = y, ph = height - axis_h;
	double xr = c->x_max > c->x_min ? c->x_max - c->x_min : 1;
	double yr = c->y_max > c->y_min ? c->y_max - c->y_min : 1;
	/* The levels: a thin line and a label each. */
	for (int i = 0; c->y_min + i <= c->y_max; i++) {
		double ly = py + ph - i * ph / yr;
		char num[16];
		snprintf(num, sizeof num, "%d", (int)c->y_min + i);
		const char *text = c->y_labels && c->y_labels[i] ? c->y_labels[i] : num;
		doc_text(d, x, ly - 1.4, label_w - 2, text, &right);
		C->cairo_set_source_rgb(d->cr, 0.7, 0.7, 0.7);
		C->cairo_set_line_width(d->cr, 0.15);
		C->cairo_move_to(d->cr, px, ly);
		C->cairo_line_to(d->cr, px + pw, ly);
		C->cairo_stroke(d->cr);
	}
	C->cairo_set_source_rgb(d->cr, 0, 0, 0);
	C->cairo_set_line_width(d->cr, 0.3);
	C->cairo_move_to(d->cr, px, py);
	C->cairo_line_to(d->cr, px, py + ph);
	C->cairo_line_to(d->cr, px + pw, py + ph);
	C->cairo_stroke(d->cr);
	if (c->x_from)
		doc_text(d, px, py + ph + 0.5, pw / 2, c->x_from, &small);
	if (c->x_to)
		doc_text(d, px + pw / 2, py + ph + 0.5, pw / 2, c->x_to, &right);
	for (int s = 0; s < c->nseries; s++) {
		const struct doc_series *ser = &c->series[s];
		if (ser->n <= 0)
			continue;
		C->cairo_set_source_rgb(d->cr, 0, 0, 0);
		C->cairo_set_line_width(d->cr, 0.45);
		set_dash(d, s);
		for (int i = 0; i < ser->n; i++) {
			double vx = px + (ser->x[i] - c->x_min) * pw / xr;
			double vy = py + ph - (ser->y[i] - c->y_min) * ph / yr;
			if (i == 0) {
				C->cairo_move_to(d->cr, vx, vy);
				continue;
			}
			if (ser->is_step) {
				double prev = py + ph - (ser->y[i - 1] - c->y_min) * ph / yr;
				C->cairo_line_to(d->cr, vx, prev);
			}
			C->cairo_line_to(d->cr, vx, vy);
		}
		if (ser->is_step) /* the last level holds to the chart's end */
			C->cairo_line_to(d->cr, px + pw, py + ph - (ser->y[ser->n - 1] - c->y_min) * ph / yr);
		C->cairo_stroke(d->cr);
		C->cairo_set_dash(d->cr, NULL, 0, 0);
		for (int i = 0; i < ser->n; i++)
			draw_marker(d, px + (ser->x[i] - c->x_min) * pw / xr, py + ph - (ser->y[i] - c->y_min) * ph / yr, s);
	}
	/* The legend: each line's dash and marker, then its label. */
	double ly = py + height + 1, lx = px, used = height + 1;
	for (int s = 0; s < c->nseries; s++) {
		double tw = doc_text_width(d, c->series[s].label, &small);
		if (lx + 10 + tw > x + width && lx > px) {
			lx = px;
			ly += 3.5;
			used += 3.5;
		}
		C->cairo_set_source_rgb(d->cr, 0, 0, 0);
		C->cairo_set_line_width(d->cr, 0.45);
		set_dash(d, s);
		C->cairo_move_to(d->cr, lx, ly + 1.5);
		C->cairo_line_to(d->cr, lx + 7, ly + 1.5);
		C->cairo_stroke(d->cr);
		C->cairo_set_dash(d->cr, NULL, 0, 0);
		draw_marker(d, lx + 3.5, ly + 1.5, s);
		doc_text(d, lx + 8.5, ly, tw + 1, c->series[s].label, &small);
		lx += 8.5 + tw + 5;
	}
	doc_check(d, "chart");
	return used + 3.5;
}
