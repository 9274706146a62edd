/* The badge sheet, in millimetres: cairo is scaled so that one unit is one
 * millimetre on paper, in the PDF (points) and the PNG (300 dpi pixels).
 * cairo is reached through C (out/cairo_lib.h), loaded when a sheet is made;
 * every drawing function below runs after badge_sheet_write() loaded it. */
#include "out/badge_sheet.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "out/cairo_lib.h"
#include "out/pdf_lang.h"
#include "out/pdf_meta.h"
#include "out/qrcode.h"
#include "util/alloc.h"
#include "util/i18n.h"
#include "util/files.h"
#include "util/log.h"
#include "util/text.h"

#define PAGE_W 210.0
#define PAGE_H 297.0
#define CARD_W 85.6
#define CARD_H 54.0
#define COLS 2
#define ROWS 5
#define LEFT ((PAGE_W - COLS * CARD_W) / 2)
#define TOP ((PAGE_H - ROWS * CARD_H) / 2)
#define MODULE 1.25            /* mm: a version 1 symbol is 26.25 mm wide */
#define PNG_DPI 300.0
#define MM_PER_INCH 25.4
#define FONT "DejaVu Sans"

bool badge_sheet_format_of(const char *path, enum sheet_format *format)
{
	size_t n = strlen(path);
	if (n > 4 && !strcasecmp(path + n - 4, ".pdf")) {
		*format = SHEET_PDF;
		return true;
	}
	if (n > 4 && !strcasecmp(path + n - 4, ".png")) {
		*format = SHEET_PNG;
		return true;
	}
	return false;
}

char *badge_sheet_page_path(const char *path, enum sheet_format format, int page)
{
	if (format == SHEET_PDF || page <= 1)
		return xstrdup(path);
	size_t stem = strlen(path) - 4;
	return xasprintf("%.*s-%d%s", (int)stem, path, page, path + stem);
}

/* Short lines in the margins along every cut, clear of the cards. */
static void draw_cut_marks(cairo_t *cr)
{
	const struct cairo_lib *C = cairo_lib_get();
	const double gap = 1.5, len = 6.0;
	C->cairo_set_source_rgb(cr, 0, 0, 0);
	C->cairo_set_line_width(cr, 0.2);
	for (int c = 0; c <= COLS; c++) {
		double x = LEFT + c * CARD_W;
		C->cairo_move_to(cr, x, TOP - gap - len);
		C->cairo_line_to(cr, x, TOP - gap);
		C->cairo_move_to(cr, x, TOP + ROWS * CARD_H + gap);
		C->cairo_line_to(cr, x, TOP + ROWS * CARD_H + gap + len);
	}
	for (int r = 0; r <= ROWS; r++) {
		double y = TOP + r * CARD_H;
		C->cairo_move_to(cr, LEFT - gap - len, y);
		C->cairo_line_to(cr, LEFT - gap, y);
		C->cairo_move_to(cr, LEFT + COLS * CARD_W + gap, y);
		C->cairo_line_to(cr, LEFT + COLS * CARD_W + gap + len, y);
	}
	C->cairo_stroke(cr);
}

/* Shows text at (x, y) in size mm, made smaller until it fits max_w. */
static void show_fitted(cairo_t *cr, double x, double y, double size, double max_w, const char *text,
                        cairo_font_weight_t weight)
{
	const struct cairo_lib *C = cairo_lib_get();
	cairo_text_extents_t ext;
	C->cairo_select_font_face(cr, FONT, CAIRO_FONT_SLANT_NORMAL, weight);
	C->cairo_set_font_size(cr, size);
	C->cairo_text_extents(cr, text, &ext);
	if (ext.x_advance > max_w) {
		C->cairo_set_font_size(cr, size * max_w / ext.x_advance);
	}
	C->cairo_move_to(cr, x, y);
	C->cairo_show_text(cr, text);
}

static void draw_qr(cairo_t *cr, double x, double y, const struct qr_matrix *m)
{
	const struct cairo_lib *C = cairo_lib_get();
	C->cairo_set_source_rgb(cr, 0, 0, 0);
	for (int r = 0; r < m->width; r++)
		for (int c = 0; c < m->width; c++)
			if (m->dark[r][c])
				C->cairo_rectangle(cr, x + c * MODULE, y + r * MODULE, MODULE, MODULE);
	C->cairo_fill(cr);
}

/* Draws one card; returns false when it could not be drawn whole (its code
 * could not be made, or cairo stopped: after an error cairo draws nothing
 * more, so every card after it would be missing). */
static bool draw_badge(cairo_t *cr, double x, double y, const char *workshop, const struct sheet_badge *b)
{
	const struct cairo_lib *C = cairo_lib_get();
	struct qr_matrix qr;
	char digits[24], name[sizeof b->name * 4];
	if (qrcode_encode(b->payload, &qr) != ERR_OK)
		return false;
	/* A name an older rota let in may hold bytes that are no UTF-8, which
	 * cairo refuses; it is drawn the way every screen shows it. */
	text_escape(name, sizeof name, b->name, false);
	double quiet = QR_QUIET_ZONE * MODULE, side = qr.width * MODULE;
	/* The quiet zone starts at the card's edge: nothing is drawn there. */
	double qx = x + quiet, qy = y + (CARD_H - side) / 2;
	draw_qr(cr, qx, qy, &qr);

	double tx = qx + side + quiet, tw = x + CARD_W - 4 - tx;
	C->cairo_set_source_rgb(cr, 0.25, 0.25, 0.25);
	show_fitted(cr, tx, y + 9, 3.0, tw, workshop, CAIRO_FONT_WEIGHT_NORMAL);
	C->cairo_set_source_rgb(cr, 0, 0, 0);
	show_fitted(cr, tx, y + 22, 5.2, tw, name, CAIRO_FONT_WEIGHT_BOLD);
	C->cairo_set_source_rgb(cr, 0.25, 0.25, 0.25);
	show_fitted(cr, tx, y + 29, 3.4, tw, _(person_role_label(b->role)), CAIRO_FONT_WEIGHT_NORMAL);
	badge_payload_grouped(b->payload, digits, sizeof digits);
	C->cairo_set_source_rgb(cr, 0, 0, 0);
	C->cairo_select_font_face(cr, "DejaVu Sans Mono", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_BOLD);
	C->cairo_set_font_size(cr, 4.2);
	C->cairo_move_to(cr, tx, y + CARD_H - 9);
	C->cairo_show_text(cr, digits);
	return C->cairo_status(cr) == CAIRO_STATUS_SUCCESS;
}

/* Draws one page of n cards; returns the index of the first card that
 * could not be drawn, or n when all were. */
static size_t draw_page(cairo_t *cr, const char *workshop, const struct sheet_badge *badges, size_t n)
{
	const struct cairo_lib *C = cairo_lib_get();
	C->cairo_set_source_rgb(cr, 1, 1, 1);
	C->cairo_paint(cr);
	draw_cut_marks(cr);
	for (size_t i = 0; i < n; i++)
		if (!draw_badge(cr, LEFT + (double)(i % COLS) * CARD_W, TOP + (double)(i / COLS) * CARD_H, workshop,
		                &badges[i]))
			return i;
	return n;
}

static enum rota_err finish_pdf(cairo_surface_t *surface, const char *path)
{
	const struct cairo_lib *C = cairo_lib_get();
	C->cairo_surface_finish(surface);
	cairo_status_t status = C->cairo_surface_status(surface);
	C->cairo_surface_destroy(surface);
	if (status != CAIRO_STATUS_SUCCESS) {
		log_msg(LOG_ERROR, "badge sheet %s: %s", path, C->cairo_status_to_string(status));
		return ERR_FILE_WRITE;
	}
	return ERR_OK;
}

/* Logs why card i could not be drawn; returns ERR_SHEET_CARD. */
static enum rota_err card_failed(cairo_t *cr, size_t i, const char *path)
{
	const struct cairo_lib *C = cairo_lib_get();
	log_msg(LOG_ERROR, "badge sheet %s: card %zu could not be drawn: %s", path, i + 1,
	        C->cairo_status_to_string(C->cairo_status(cr)));
	return ERR_SHEET_CARD;
}

bool badge_sheet_available(void) { return cairo_lib_get() != NULL; }

/* Draws the sheet as one PDF into file (opened beside path). */
static enum rota_err write_pdf(struct files_out *file, const char *path, const char *workshop, time_t now,
                               const struct sheet_badge *badges, size_t n, int npages, size_t *bad_card)
{
	const struct cairo_lib *C = cairo_lib_get();
	cairo_surface_t *surface = C->cairo_pdf_surface_create(file->tmp, PAGE_W * 72 / MM_PER_INCH,
	                                                    PAGE_H * 72 / MM_PER_INCH);
	const struct pdf_meta meta = { _("Badge sheet"), workshop,
		                       _("Badges to cut out and give to their holders; each card opens the kiosk."), now };
	pdf_meta_set(C, surface, &meta);
	cairo_t *cr = C->cairo_create(surface);
	C->cairo_scale(cr, 72 / MM_PER_INCH, 72 / MM_PER_INCH);
	enum rota_err e = ERR_OK;
	for (int p = 0; e == ERR_OK && p < npages; p++) {
		size_t first = (size_t)p * SHEET_BADGES_PER_PAGE;
		size_t count = n - first < SHEET_BADGES_PER_PAGE ? n - first : SHEET_BADGES_PER_PAGE;
		size_t drawn = draw_page(cr, workshop, badges + first, count);
		if (drawn < count) {
			*bad_card = first + drawn;
			e = card_failed(cr, first + drawn, path);
		} else {
			C->cairo_show_page(cr);
		}
	}
	C->cairo_destroy(cr);
	enum rota_err finished = finish_pdf(surface, path);
	if (e == ERR_OK && finished == ERR_OK && !pdf_lang_append(file->tmp, pdf_lang_tag(i18n_lang())))
		finished = ERR_FILE_WRITE;
	return e != ERR_OK ? e : finished;
}

/* Draws page p (from 0) as a PNG into file (opened beside its page path). */
static enum rota_err write_png(struct files_out *file, const char *path, const char *workshop,
                               const struct sheet_badge *badges, size_t n, int p, size_t *bad_card)
{
	const struct cairo_lib *C = cairo_lib_get();
	double scale = PNG_DPI / MM_PER_INCH;
	size_t first = (size_t)p * SHEET_BADGES_PER_PAGE;
	size_t count = n - first < SHEET_BADGES_PER_PAGE ? n - first : SHEET_BADGES_PER_PAGE;
	cairo_surface_t *surface = C->cairo_image_surface_create(
	    CAIRO_FORMAT_RGB24, (int)(PAGE_W * scale + 0.5), (int)(PAGE_H * scale + 0.5));
	cairo_t *cr = C->cairo_create(surface);
	C->cairo_scale(cr, scale, scale);
	/* Crisp module edges: no smoothing of the squares. */
	C->cairo_set_antialias(cr, CAIRO_ANTIALIAS_NONE);
	size_t drawn = draw_page(cr, workshop, badges + first, count);
	C->cairo_set_antialias(cr, CAIRO_ANTIALIAS_DEFAULT);
	enum rota_err e = ERR_OK;
	if (drawn < count) {
		*bad_card = first + drawn;
		e = card_failed(cr, first + drawn, path);
	}
	C->cairo_destroy(cr);
	cairo_status_t status = e == ERR_OK ? C->cairo_surface_write_to_png(surface, file->tmp) : CAIRO_STATUS_SUCCESS;
	C->cairo_surface_destroy(surface);
	if (status != CAIRO_STATUS_SUCCESS) {
		log_msg(LOG_ERROR, "badge sheet %s: %s", file->path, C->cairo_status_to_string(status));
		e = ERR_FILE_WRITE;
	}
	return e;
}

enum rota_err badge_sheet_write(const char *path, enum sheet_format format, const char *workshop, time_t now,
                                const struct sheet_badge *badges, size_t n, int *pages, size_t *bad_card)
{
	int npages = (int)((n + SHEET_BADGES_PER_PAGE - 1) / SHEET_BADGES_PER_PAGE);
	int nfiles = format == SHEET_PDF ? 1 : npages;
	*pages = 0;
	*bad_card = n;
	if (!cairo_lib_get())
		return ERR_FILE_WRITE; /* the log says cairo is missing */
	/* Every file is written beside its name first and put in place only
	 * when all are whole: never a sheet with a card or a page missing. */
	struct files_out *files = xcalloc((size_t)(nfiles ? nfiles : 1), sizeof *files);
	enum rota_err e = ERR_OK;
	int opened = 0;
	for (; e == ERR_OK && opened < nfiles; opened++) {
		char *file_path = badge_sheet_page_path(path, format, opened + 1);
		e = files_out_open(&files[opened], file_path);
		free(file_path);
	}
	if (e == ERR_OK && format == SHEET_PDF)
		e = write_pdf(&files[0], path, workshop, now, badges, n, npages, bad_card);
	for (int p = 0; e == ERR_OK && format == SHEET_PNG && p < npages; p++)
		e = write_png(&files[p], path, workshop, badges, n, p, bad_card);
	int placed = 0;
	while (e == ERR_OK && placed < nfiles && (e = files_out_commit(&files[placed])) == ERR_OK)
		placed++;
	for (int f = 0; f < nfiles; f++)
		files_out_abort(&files[f]); /* the committed ones are already ended */
	/* On a failure no sheet is left, not even one from before: an older
	 * sheet at the name would be printed as this one, revoked cards and all.
	 * The pages just put in place go; so do plain files at the other names,
	 * unless a name was refused, when everything else stays as it was. */
	bool refused = e == ERR_FILE_NOT_PLAIN || e == ERR_FILE_RECORDS;
	for (int q = 1; e != ERR_OK && q <= nfiles; q++) {
		char *old = badge_sheet_page_path(path, format, q);
		if (q <= placed || (!refused && files_target_check(old) == ERR_OK))
			unlink(old);
		free(old);
	}
	free(files);
	if (e != ERR_OK)
		return e;
	*pages = npages;
	return ERR_OK;
}
