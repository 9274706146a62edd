/* Sheets of ID-card-sized badges (85.6 x 54 mm, ten to an A4 page, with
 * cut marks) as PDF or 300 dpi PNG, drawn with cairo. Each badge carries
 * its QR code (error correction H, at least 25 mm wide, a quiet zone of four
 * modules), the person's full name, role and workshop, and the payload in
 * groups a person can type. */
#ifndef ROTA_OUT_BADGE_SHEET_H
#define ROTA_OUT_BADGE_SHEET_H

#include <stdbool.h>
#include <stddef.h>
#include <time.h>

#include "core/badge.h"
#include "core/person.h"
#include "util/err.h"

#define SHEET_BADGES_PER_PAGE 10

struct sheet_badge {
	char payload[BADGE_DIGITS + 1];
	char name[PERSON_NAME_MAX];
	enum person_role role;
};

enum sheet_format { SHEET_PDF, SHEET_PNG };

/* Returns the format for path's ending (.pdf or .png, any case); false for
 * any other. */
bool badge_sheet_format_of(const char *path, enum sheet_format *format);
/* Returns the file name of page `page` (from 1) for path: a PDF is one file;
 * PNG page 1 is path itself, page 2 is NAME-2.png and so on. The caller
 * frees it. */
char *badge_sheet_page_path(const char *path, enum sheet_format format, int page);
/* Returns true when sheets can be drawn here (the cairo library loads). */
bool badge_sheet_available(void);
/* Writes the n badges to path in format, with workshop on each (and, in a
 * PDF, as its author, with now as its date: out/pdf_meta.h), into new
 * files only their owner may read (0600: they hold every payload), made
 * beside their names and put in place when all are whole (files_out);
 * *pages receives the number of pages. A sheet is written whole or not at
 * all: ERR_SHEET_CARD when card *bad_card (from 0) could not be drawn,
 * ERR_FILE_WRITE when a file cannot be written (*bad_card is n then): no
 * sheet is left at the names either way, not even an older one. And
 * ERR_FILE_NOT_PLAIN or ERR_FILE_RECORDS, with every name as it was, when a
 * page's name is taken by something not a plain file or is the records
 * (util/guard.h). */
enum rota_err badge_sheet_write(const char *path, enum sheet_format format, const char *workshop, time_t now,
                                const struct sheet_badge *badges, size_t n, int *pages, size_t *bad_card);

#endif
