/* The programme summary for funders, as the document to hand them. */
#ifndef ROTA_APP_SUMMARY_DOC_H
#define ROTA_APP_SUMMARY_DOC_H

#include <time.h>

#include "app/app.h"
#include "app/summary.h"

/* Writes app_summary()'s numbers for days from..to (YYYYMMDD) to path as a
 * portrait A4 PDF in the current language, made at now, read in one
 * snapshot: the counts as one table, the hours in the opening lines.
 * ERR_INVALID as app_summary() (nothing written); ERR_DOCUMENT (or
 * out/doc.h's file errors) when it cannot be written whole, and then no
 * file is left. */
enum rota_err app_summary_pdf(struct app *app, int from, int to, time_t now, const char *path);

#endif
