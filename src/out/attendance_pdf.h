/* The monthly attendance list as a landscape A4 PDF: a row per
 * participant, a column per workshop day, the totals, a box to sign in
 * each row, and the mentor's and the coordinator's boxes at the end. The
 * caller words every cell (the CSV of the same command is made from the
 * same words, so both show the same numbers); this module only lays them
 * out (out/doc.h), breaking pages between rows; the last row goes onto the
 * page of the legend and the signature boxes. */
#ifndef ROTA_OUT_ATTENDANCE_PDF_H
#define ROTA_OUT_ATTENDANCE_PDF_H

#include <stdbool.h>
#include <stddef.h>

#include "out/doc.h"
#include "util/err.h"

struct attendance_sheet {
	struct doc_head head;
	const char *name_head, *totals_head;  /* the fixed columns' heads */
	const char *sign_head;          /* the participants' signature column's head; NULL: none */
	int ndays;
	const char *const *day_heads;   /* [ndays]: "2 Mo" */
	size_t nrows;
	const char *const *names;       /* [nrows] */
	const char *const *cells;       /* [nrows * ndays], row by row: "08:00 14:30 6.50", a word, or NULL */
	const double *shades;           /* [nrows * ndays]: 0 white .. 0.3 light grey (a day not to be worked) */
	const char *const *totals;      /* [nrows] */
	const char *legend;             /* under the table; may be NULL */
	const char *const *signers;     /* the boxes at the end: "Mentor", "Coordinator" */
	int nsigners;
};

/* Writes sheet s to path. ERR_DOCUMENT when it cannot be drawn whole (no
 * file is left then). */
enum rota_err attendance_pdf_write(const char *path, const struct attendance_sheet *s);

#endif
