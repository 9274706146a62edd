/* The month's allowance list as a landscape A4 PDF: a row per participant
 * with the hours, the days, each amount and the total, and a box to sign
 * for receipt; the totals row, the rules it was counted by, and the
 * coordinator's box. The caller words every cell; this module lays out. */
#ifndef ROTA_OUT_ALLOWANCE_PDF_H
#define ROTA_OUT_ALLOWANCE_PDF_H

#include <stddef.h>

#include "out/doc.h"
#include "util/err.h"

struct allowance_sheet {
	struct doc_head head;
	const char *intro;              /* the rules and the closing it holds to */
	const struct doc_column *cols;  /* the last one is the signature's */
	int ncols;
	size_t nrows;                   /* the participants, then the totals row */
	const char *const *cells;       /* [nrows * ncols], row by row; NULL: empty */
	const char *const *signers;
	int nsigners;
};

/* Writes sheet s to path. ERR_DOCUMENT when it cannot be drawn whole (no
 * file is left then). */
enum rota_err allowance_pdf_write(const char *path, const struct allowance_sheet *s);

#endif
