/* CSV output as RFC 4180 says: comma-separated, CRLF line ends, fields with
 * a comma, quote or line break quoted, quotes doubled. UTF-8 as is, but
 * stored text is shown safely: a control character (a line break aside)
 * as its escape (text_escape: ESC is \x1b), and a cell that begins with
 * = + - @, a tab or a CR and is not a plain number (-3.5) after a leading
 * ' so a spreadsheet never runs it as a formula. The plain lines beside
 * CSV, and every other line a command prints from the records, go through
 * cli_put_text. */
#ifndef ROTA_CLI_CSV_H
#define ROTA_CLI_CSV_H

#include <stdbool.h>
#include <stdio.h>

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
