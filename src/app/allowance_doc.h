/* The month's allowance as the PDF its participants sign for receipt. */
#ifndef ROTA_APP_ALLOWANCE_DOC_H
#define ROTA_APP_ALLOWANCE_DOC_H

#include <time.h>

#include "app/allowance.h"
#include "app/app.h"

/* Writes allowance list l (from app_allowance()) to path as an A4 PDF in
 * the current language: one row per participant with hours, days, each
 * amount and the total, a column to sign for receipt, the rules it was paid
 * by and the closed list's fingerprint; made at now by `by` (a name for the
 * footer; NULL or "": none). Reads no records. ERR_DOCUMENT (or
 * out/doc.h's file errors) when it cannot be written whole, and then no file
 * is left. */
enum rota_err app_allowance_pdf(const struct app *app, const struct allowance_list *l, const char *by, time_t now,
                                const char *path);

#endif
