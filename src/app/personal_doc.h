/* The readable summary of a person's data (summary.pdf beside the CSV
 * files of rota person export): the same tables, collected while they are
 * written, then laid out as a portrait A4 PDF in the reader's language. */
#ifndef ROTA_APP_PERSONAL_DOC_H
#define ROTA_APP_PERSONAL_DOC_H

#include <stdbool.h>

#include "app/app.h"

struct personal_pdf;

/* Returns an empty collection. */
struct personal_pdf *personal_pdf_new(void);
/* Starts the next table, named like its CSV file. */
void personal_pdf_table(struct personal_pdf *p, const char *name);
/* Adds a row (the first of a table is its header) of n cells. */
void personal_pdf_row(struct personal_pdf *p, bool is_header, int n, const char *const *texts);
/* Writes the collection about person_id to path: who they are, their
 * attendance per month (a participant's), then every table, read in one
 * snapshot. Frees p; a NULL path only frees it.
 * Returns ERR_OK or why not (no file is left then). */
enum rota_err personal_pdf_write(struct app *app, struct personal_pdf *p, long long person_id, const char *path);

#endif
