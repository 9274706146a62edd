/* Each participant's mentoring hours in a month, as a document for the
 * workshop's coordinators: personal data. */
#ifndef ROTA_APP_MENTORING_DOC_H
#define ROTA_APP_MENTORING_DOC_H

#include <time.h>

#include "app/app.h"
#include "app/summary.h"

/* Writes app_mentoring()'s hours of month yyyymm, asked for by coordinator
 * `by`, to path as a portrait A4 PDF in the current language, made at now,
 * marked as personal data. ERR_INVALID as app_mentoring() (nothing
 * written); ERR_DOCUMENT (or out/doc.h's file errors) when it cannot be
 * written whole, and then no file is left. */
enum rota_err app_mentoring_pdf(struct app *app, int yyyymm, long long by, time_t now, const char *path);

#endif
