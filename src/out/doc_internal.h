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
	struct doc_cache *cache;     /* short lines laid out once (doc_laid.c) */
	bool uncached;               /* drawing on the PDF itself: no cached layout */
	struct doc_laid *head;       /* the header's texts, laid out on page one */
};

/* Records a failure of step (the first one sticks) and logs it. */
void doc_fail(struct doc *d, const char *step, const char *why);
/* Checks the current page's cairo status after step; false once failed. */
bool doc_check(struct doc *d, const char *step);
/* Lays text out width mm wide (0: one line) in style; the caller frees the
 * layout with d->P->g_object_unref. NULL once the document has failed. */
PangoLayout *doc_layout(struct doc *d, double width, const char *text, const struct doc_style *style);

/* A text laid out once, to be measured and then drawn: one layout of its
 * own, or (a few short lines on a page) a stack of one cached layout per
 * line. */
#define DOC_LINES_MAX 8
struct doc_laid {
	PangoLayout *layout[DOC_LINES_MAX];
	int height[DOC_LINES_MAX];   /* Pango units */
	int n;                       /* 0: nothing (the document has failed) */
	bool owned;                  /* layout[0] is freed by doc_laid_done */
};
/* Lays text out width mm wide (0: one line) in style into *out, from the
 * cache where it can; *out is empty once the document has failed. Every
 * doc_lay is ended by doc_laid_done. */
void doc_lay(struct doc *d, double width, const char *text, const struct doc_style *style, struct doc_laid *out);
/* Returns the laid text's height in mm. */
double doc_laid_height(const struct doc_laid *l);
/* Draws the laid text in black with its top left corner at x, y. */
void doc_laid_draw(struct doc *d, double x, double y, const struct doc_laid *l);
/* Frees what doc_lay made for *l alone (a cached line stays). */
void doc_laid_done(struct doc *d, struct doc_laid *l);
/* Frees the document's cache of lines. */
void doc_cache_free(struct doc *d);

#endif
