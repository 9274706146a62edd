/* A PDF's language (/Lang in its catalog, PDF 1.7 §14.9.2), which screen
 * readers and `qpdf --json` read and cairo 1.16 cannot set: added to a
 * finished file by an incremental update (PDF 1.7 §7.5.6) — the catalog
 * written again with /Lang, a one-entry cross-reference section and a
 * trailer pointing back to cairo's. Nothing cairo wrote is changed. */
#ifndef ROTA_OUT_PDF_LANG_H
#define ROTA_OUT_PDF_LANG_H

#include <stdbool.h>

/* Appends /Lang (lang, a BCP 47 tag such as "sl-SI") to the PDF at path,
 * a file rota has just written and not yet put in place. Returns false,
 * and logs why, when the file is not a PDF as cairo writes one or cannot be
 * written; the caller then drops the file. */
bool pdf_lang_append(const char *path, const char *lang);
/* Returns the BCP 47 tag of rota's language code ("sl" -> "sl-SI",
 * "hr" -> "hr-HR", anything else -> "en"). */
const char *pdf_lang_tag(const char *code);

#endif
