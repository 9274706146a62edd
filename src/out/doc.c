/* The document's life: pages recorded one by one (cairo recording
 * surfaces, drawn in millimetres), then replayed into the PDF at the close,
 * when the number of pages is known and each footer can say "page N of M".
 * Replaying keeps the drawing as vectors and the text as text. */
#include "out/doc_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "out/pdf_lang.h"
#include "out/pdf_meta.h"
#include "util/alloc.h"
#include "util/i18n.h"
#include "util/log.h"
#include "util/text.h"

#define A4_SHORT 210.0
#define A4_LONG 297.0
#define MM_TO_PT (72.0 / 25.4)

void doc_fail(struct doc *d, const char *step, const char *why)
{
	if (d->failed)
		return;
	d->failed = true;
	log_msg(LOG_ERROR, "document %s: %s: %s", d->path, step, why);
}

bool doc_check(struct doc *d, const char *step)
{
	if (d->failed)
		return false;
	cairo_status_t st = d->cr ? d->C->cairo_status(d->cr) : CAIRO_STATUS_NULL_POINTER;
	if (st != CAIRO_STATUS_SUCCESS)
		doc_fail(d, step, d->C->cairo_status_to_string(st));
	return !d->failed;
}

bool doc_is_ok(const struct doc *d) { return d && !d->failed; }

PangoLayout *doc_layout(struct doc *d, double width, const char *text, const struct doc_style *style)
{
	if (d->failed)
		return NULL;
	const struct pango_lib *P = d->P;
	PangoLayout *layout = P->pango_cairo_create_layout(d->cr);
	/* The page's unit is a millimetre: glyphs placed on whole units would
	 * stand apart (and pdftotext would read "A n a"). */
	P->pango_context_set_round_glyph_positions(P->pango_layout_get_context(layout), 0);
	P->pango_layout_context_changed(layout);
	PangoFontDescription *font = P->pango_font_description_from_string(DOC_FONT);
	double size = style && style->size > 0 ? style->size : 9.0;
	/* The page is drawn in millimetres: the size is given in them too. */
	P->pango_font_description_set_absolute_size(font, size * DOC_PT_MM * PANGO_SCALE);
	if (style && style->bold)
		P->pango_font_description_set_weight(font, PANGO_WEIGHT_BOLD);
	P->pango_layout_set_font_description(layout, font);
	P->pango_font_description_free(font);
	if (width > 0) {
		P->pango_layout_set_width(layout, (int)(width * PANGO_SCALE));
		/* A word longer than the column breaks inside it, never past it. */
		P->pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR);
	}
	enum doc_align align = style ? style->align : DOC_LEFT;
	P->pango_layout_set_alignment(layout, align == DOC_CENTER ? PANGO_ALIGN_CENTER
	                                      : align == DOC_RIGHT ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT);
	/* Text from the records may be what an older rota or a hand edit left:
	 * Pango refuses bytes that are no UTF-8 (and warns on stderr), and the
	 * whole document would be lost for one name. It is drawn as every
	 * screen shows it: a broken byte as U+FFFD, a control as its escape. */
	char *shown = text && text_needs_escape(text, true) ? text_escape_dup(text, true) : NULL;
	P->pango_layout_set_text(layout, shown ? shown : text ? text : "", -1);
	free(shown);
	int unknown = P->pango_layout_get_unknown_glyphs_count(layout);
	if (unknown > 0)
		log_msg(LOG_WARN, "document %s: %d characters have no glyph in any font", d->path, unknown);
	return layout;
}

double doc_text_height(struct doc *d, double width, const char *text, const struct doc_style *style)
{
	struct doc_laid l;
	doc_lay(d, width, text, style, &l);
	double h = doc_laid_height(&l);
	doc_laid_done(d, &l);
	return h;
}

double doc_text_width(struct doc *d, const char *text, const struct doc_style *style)
{
	PangoLayout *layout = doc_layout(d, 0, text, style);
	if (!layout)
		return 0;
	int w, h;
	d->P->pango_layout_get_size(layout, &w, &h);
	d->P->g_object_unref(layout);
	return (double)w / PANGO_SCALE;
}

double doc_text(struct doc *d, double x, double y, double width, const char *text, const struct doc_style *style)
{
	struct doc_laid l;
	doc_lay(d, width, text, style, &l);
	double h = doc_laid_height(&l);
	doc_laid_draw(d, x, y, &l);
	doc_laid_done(d, &l);
	return h;
}

void doc_area(const struct doc *d, double *x, double *top, double *width, double *bottom)
{
	*x = DOC_MARGIN;
	*top = DOC_MARGIN + d->head_h;
	*width = d->page_w - 2 * DOC_MARGIN;
	*bottom = d->page_h - DOC_MARGIN - DOC_FOOT_H;
}

double doc_y(const struct doc *d) { return d->y; }

void doc_set_y(struct doc *d, double y) { d->y = y; }

enum { HEAD_WORKSHOP, HEAD_PERIOD, HEAD_TITLE, HEAD_DETAIL, HEAD_TEXTS };

/* The header: the workshop's name on the left, the period on the right,
 * the title under them, the detail line under it when there is one, then
 * a rule. The detail's height (it may wrap) sets the header's. The same
 * on every page: laid out for the first and drawn again on the others. */
static void draw_header(struct doc *d)
{
	double x, top, w, bottom;
	const struct doc_style small = { .size = 9 }, right = { .size = 9, .align = DOC_RIGHT },
	                       title = { .size = 12, .bold = true };
	if (!d->head) {
		d->head = xcalloc(HEAD_TEXTS, sizeof *d->head);
		doc_area(d, &x, &top, &w, &bottom);
		doc_lay(d, w * 0.6, d->workshop, &small, &d->head[HEAD_WORKSHOP]);
		doc_lay(d, w * 0.6, d->period, &right, &d->head[HEAD_PERIOD]);
		doc_lay(d, w, d->title, &title, &d->head[HEAD_TITLE]);
		if (*d->detail)
			doc_lay(d, w, d->detail, &small, &d->head[HEAD_DETAIL]);
	}
	d->head_h = DOC_HEAD_H;
	if (*d->detail)
		d->head_h += doc_laid_height(&d->head[HEAD_DETAIL]) + 0.5;
	doc_area(d, &x, &top, &w, &bottom);
	doc_laid_draw(d, x, DOC_MARGIN, &d->head[HEAD_WORKSHOP]);
	doc_laid_draw(d, x + w * 0.4, DOC_MARGIN, &d->head[HEAD_PERIOD]);
	doc_laid_draw(d, x, DOC_MARGIN + 4.5, &d->head[HEAD_TITLE]);
	if (*d->detail)
		doc_laid_draw(d, x, DOC_MARGIN + 10.5, &d->head[HEAD_DETAIL]);
	d->C->cairo_set_line_width(d->cr, 0.3);
	d->C->cairo_move_to(d->cr, x, top - 2);
	d->C->cairo_line_to(d->cr, x + w, top - 2);
	d->C->cairo_stroke(d->cr);
	doc_check(d, "header");
}

/* Ends the page being drawn: its recording stays in d->pages. */
static void end_page(struct doc *d)
{
	if (!d->cr)
		return;
	doc_check(d, "page");
	d->C->cairo_destroy(d->cr);
	d->cr = NULL;
}

void doc_new_page(struct doc *d)
{
	if (d->failed)
		return;
	end_page(d);
	cairo_rectangle_t extent = { 0, 0, d->page_w, d->page_h };
	cairo_surface_t *s = d->C->cairo_recording_surface_create(CAIRO_CONTENT_COLOR_ALPHA, &extent);
	d->pages = xrealloc(d->pages, (size_t)(d->npages + 1) * sizeof *d->pages);
	d->pages[d->npages++] = s;
	d->cr = d->C->cairo_create(s);
	if (!doc_check(d, "new page"))
		return;
	double x, top, w, bottom;
	draw_header(d);
	doc_area(d, &x, &top, &w, &bottom);
	d->y = top;
}

void doc_need(struct doc *d, double height)
{
	double x, top, w, bottom;
	doc_area(d, &x, &top, &w, &bottom);
	if (d->y + height > bottom && d->y > top)
		doc_new_page(d);
}

void doc_paragraph(struct doc *d, const char *text, const struct doc_style *style, double gap)
{
	double x, top, w, bottom;
	doc_area(d, &x, &top, &w, &bottom);
	doc_need(d, doc_text_height(d, w, text, style));
	d->y += doc_text(d, x, d->y, w, text, style) + gap;
}

enum rota_err doc_open(const char *path, enum doc_orient orient, const struct doc_head *head, struct doc **out)
{
	*out = NULL;
	const struct cairo_lib *C = cairo_lib_get();
	const struct pango_lib *P = C ? pango_lib_get() : NULL;
	if (!C || !P)
		return ERR_DOCUMENT; /* the log names the missing library */
	/* Can the file be written at all? Found now, before any work. */
	struct files_out file;
	enum rota_err e = files_out_open(&file, path);
	if (e != ERR_OK)
		return e == ERR_FILE_NOT_PLAIN || e == ERR_FILE_RECORDS ? e : ERR_DOCUMENT; /* the log says why */
	struct doc *d = xcalloc(1, sizeof *d);
	d->C = C;
	d->P = P;
	d->path = xstrdup(path);
	d->file = file;
	d->workshop = xstrdup(head->workshop ? head->workshop : "");
	d->title = xstrdup(head->title ? head->title : "");
	d->period = xstrdup(head->period ? head->period : "");
	d->subject = xstrdup(head->subject ? head->subject : "");
	d->detail = xstrdup(head->detail ? head->detail : "");
	d->note = xstrdup(head->note ? head->note : "");
	d->head_h = DOC_HEAD_H;
	d->created = head->created;
	d->page_w = orient == DOC_LANDSCAPE ? A4_LONG : A4_SHORT;
	d->page_h = orient == DOC_LANDSCAPE ? A4_SHORT : A4_LONG;
	doc_new_page(d);
	*out = d;
	return ERR_OK;
}

/* The footer of page n of m, the note on its left. */
static void draw_footer(struct doc *d, cairo_t *cr, int n, int m)
{
	char text[96];
	double x, top, w, bottom;
	doc_area(d, &x, &top, &w, &bottom);
	snprintf(text, sizeof text, _("page %d of %d"), n, m);
	const struct doc_style style = { .size = 8, .align = DOC_CENTER };
	cairo_t *saved = d->cr;
	d->cr = cr;
	d->uncached = true; /* the PDF is drawn in points, the cached lines in mm */
	doc_text(d, x, bottom + 3, w, text, &style);
	if (*d->note) {
		const struct doc_style left = { .size = 8 };
		doc_text(d, x, bottom + 3, w * 0.4, d->note, &left);
	}
	d->uncached = false;
	d->cr = saved;
}

/* Replays the recorded pages into the new file beside d->path. */
static void write_pdf(struct doc *d)
{
	const struct cairo_lib *C = d->C;
	cairo_surface_t *pdf = C->cairo_pdf_surface_create(d->file.tmp, d->page_w * MM_TO_PT, d->page_h * MM_TO_PT);
	const struct pdf_meta meta = { d->title, d->workshop, d->subject, d->created };
	pdf_meta_set(C, pdf, &meta);
	cairo_t *cr = C->cairo_create(pdf);
	C->cairo_scale(cr, MM_TO_PT, MM_TO_PT);
	for (int p = 0; p < d->npages && !d->failed; p++) {
		C->cairo_set_source_surface(cr, d->pages[p], 0, 0);
		C->cairo_paint(cr);
		draw_footer(d, cr, p + 1, d->npages);
		C->cairo_show_page(cr);
		cairo_status_t st = C->cairo_status(cr);
		if (st != CAIRO_STATUS_SUCCESS)
			doc_fail(d, "writing a page", C->cairo_status_to_string(st));
	}
	C->cairo_destroy(cr);
	C->cairo_surface_finish(pdf);
	cairo_status_t st = C->cairo_surface_status(pdf);
	if (st != CAIRO_STATUS_SUCCESS)
		doc_fail(d, "finishing the file", C->cairo_status_to_string(st));
	C->cairo_surface_destroy(pdf);
	if (!d->failed && !pdf_lang_append(d->file.tmp, pdf_lang_tag(i18n_lang())))
		doc_fail(d, "giving the file its language", d->file.tmp);
}

enum rota_err doc_close(struct doc *d)
{
	if (!d)
		return ERR_OK;
	end_page(d);
	if (!d->failed)
		write_pdf(d);
	enum rota_err e = d->failed ? ERR_DOCUMENT : files_out_commit(&d->file);
	if (e == ERR_FILE_WRITE)
		e = ERR_DOCUMENT; /* the log says why */
	files_out_abort(&d->file); /* after a commit: nothing left to do */
	for (int i = 0; d->head && i < HEAD_TEXTS; i++)
		doc_laid_done(d, &d->head[i]);
	free(d->head);
	doc_cache_free(d);
	for (int p = 0; p < d->npages; p++)
		d->C->cairo_surface_destroy(d->pages[p]);
	free(d->pages);
	free(d->path);
	free(d->workshop);
	free(d->title);
	free(d->period);
	free(d->subject);
	free(d->detail);
	free(d->note);
	free(d);
	return e;
}
