/* What a PDF says about itself (pdfinfo's Title, Author, Subject, Creator,
 * CreationDate and ModDate), set on a cairo PDF surface before its first
 * page. The dates are rota's clock (ROTA_NOW in tests), never the wall
 * clock cairo would use by itself. The document's language (/Lang) is
 * added once the file is finished (out/pdf_lang.h): cairo 1.16 has no call
 * for it. */
#ifndef ROTA_OUT_PDF_META_H
#define ROTA_OUT_PDF_META_H

#include <time.h>

#include "out/cairo_lib.h"

struct pdf_meta {
	const char *title;    /* what the document is */
	const char *author;   /* the workshop's name; NULL or "": "rota" */
	const char *subject;  /* one sentence: what it is for (NULL: none) */
	time_t created;       /* rota's now */
};

/* Sets m on pdf (a cairo PDF surface, before anything is drawn on it), and
 * the Creator "rota VERSION". A failure shows in the surface's status. */
void pdf_meta_set(const struct cairo_lib *C, cairo_surface_t *pdf, const struct pdf_meta *m);

#endif
