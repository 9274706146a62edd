/* CSV output as RFC 4180 says: comma-separated, CRLF line ends, fields with
 * a comma, quote or line break quoted, quotes doubled. UTF-8 as is, but
 * stored text is shown safely: a control character (a line break aside)
 * as its escape (text_escape: ESC is \x1b), and a cell that begins with
 * = + - @, a tab or a CR and is not a plain number (-3.5, or -3,5 in the Excel mode) after a leading
 * ' so a spreadsheet never runs it as a formula. The plain lines beside
 * CSV, and every other line a command prints from the records, go through
 * cli_put_text.
 *
 * The Excel mode (--excel, beside every --csv) writes what a spreadsheet
 * set up for Slovenian or Croatian opens as it is: a UTF-8 byte order mark
 * before the first record, ';' between fields, and a decimal comma in the
 * numbers the commands pass through csv_decimal(). The mode is the
 * process's, set once while the options are read. */
#ifndef ROTA_CLI_CSV_H
#define ROTA_CLI_CSV_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "cli/opt.h"
#include "util/i18n.h"

enum csv_mode { CSV_RFC4180, CSV_EXCEL };

/* Sets how records are written from now on (CSV_RFC4180 at the start); a
 * byte order mark goes before the next record in CSV_EXCEL. */
void csv_set_mode(enum csv_mode mode);
/* Returns true while the Excel mode is on (--excel was given). */
bool csv_excel_is_on(void);
/* The option's callback behind --excel: switches the Excel mode on. */
bool csv_excel_option(const char *value, void *dest);
/* Returns a number written with a decimal point ("12.50") as the mode
 * writes it ("12,50" in Excel mode), in buf (n bytes). */
const char *csv_decimal(const char *dotted, char *buf, size_t n);

/* The entries every command that prints CSV puts in its table: --csv, and
 * --excel, which sets the same bool (at off) and the Excel mode. fl: the
 * flags both carry (a group they share with, say, --pdf). */
#define CSV_OPTIONS(fl, h, off) \
	OPT_FLAG("csv", (fl), (h), (off)), \
	OPT_FLAG_CALL("excel", (fl), csv_excel_option, \
	              N_("the same CSV for a spreadsheet: UTF-8 with BOM, ';' between fields, a decimal comma"), (off))

/* Writes a whole record of n fields; a NULL field is empty. */
void csv_record(FILE *out, const char *const *fields, int n);
/* Writes one row of n fields: a CSV record when csv, else the fields
 * separated by tabs and ended by a newline, each through cli_put_text
 * (NULL: empty). */
void csv_row(FILE *out, bool csv, const char *const *fields, int n);
/* Writes s with every control character, line breaks and tabs included,
 * a bidi override or a malformed byte shown escaped (text_escape), so
 * text from the records never reaches the terminal raw. */
void cli_put_text(FILE *out, const char *s);

#endif
