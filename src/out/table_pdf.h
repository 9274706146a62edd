/* A plain portrait A4 document of tables: each table under its heading, the
 * caller words every cell (the CSV of the same command comes from the same
 * words). Used by the programme summary. */
#ifndef ROTA_OUT_TABLE_PDF_H
#define ROTA_OUT_TABLE_PDF_H

#include <stddef.h>

#include "out/doc.h"
#include "util/err.h"

/* One table: a heading over it, its columns, and nrows rows of ncols cells
 * (row by row; NULL: empty); a table without rows is a sentence instead. */
struct table_pdf_part {
	const char *heading;
	const struct doc_column *cols;
	int ncols;
	const char *const *cells;
	size_t nrows;
	const char *empty;          /* said instead of a table without rows */
};

/* Writes the parts (n) under head, after an opening paragraph intro (may
 * be NULL), to path. ERR_DOCUMENT when it cannot be drawn whole (no file is
 * left then). */
enum rota_err table_pdf_write(const char *path, const struct doc_head *head, const char *intro,
                              const struct table_pdf_part *parts, size_t n);

#endif
