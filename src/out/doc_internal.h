/* What the document toolkit's files share: the document itself and the
 * helpers every drawing step uses. Only src/out/doc*.c include this. */
#ifndef ROTA_OUT_DOC_INTERNAL_H
#define ROTA_OUT_DOC_INTERNAL_H

#include "out/cairo_lib.h"
#include "out/doc.h"
#include "out/pango_lib.h"
#include "util/files.h"

#define DOC_FONT "DejaVu Sans"
#define DOC_MARGIN 12.0          /* mm around the page */
#define DOC_HEAD_H 14.0          /* mm of header, its rule included (no detail line) */
#define DOC_FOOT_H 8.0           /* mm of footer */
#define DOC_PT_MM (25.4 / 72.0)  /* one point in mm */

struct doc {
	const struct cairo_lib *C;
	const struct pango_lib *P;
	char *path;
	struct files_out file;       /* the PDF, written beside path until doc_close */
	char *workshop, *title, *period, *subject, *detail, *note;
	double head_h;               /* mm of header: DOC_HEAD_H, more with a detail line */
	time_t created;
	double page_w, page_h;       /* mm */
	cairo_surface_t **pages;     /* one recording surface per page */
	int npages;
	cairo_t *cr;                 /* draws the current page, scaled to mm */
	double y;                    /* the cursor on the current page */
	bool failed;
};

/* Records a failure of step (the first one sticks) and logs it. */
void doc_fail(struct doc *d, const char *step, const char *why);
/* Checks the current page's cairo status after step; false once failed. */
bool doc_check(struct doc *d, const char *step);
/* Lays text out width mm wide (0: one line) in style; the caller frees the
 * layout with d->P->g_object_unref. NULL once the document has failed. */
PangoLayout *doc_layout(struct doc *d, double width, const char *text, const struct doc_style *style);
/* Returns a layout's height in mm. */
double doc_layout_height(struct doc *d, PangoLayout *layout);

#endif
