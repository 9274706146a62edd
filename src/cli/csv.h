/* CSV output as RFC 4180 says: comma-separated, CRLF line ends, fields with
 * a comma, quote or line break quoted, quotes doubled. UTF-8 as is. */
#ifndef ROTA_CLI_CSV_H
#define ROTA_CLI_CSV_H

#include <stdbool.h>
#include <stdio.h>

/* Writes a whole record of n fields; a NULL field is empty. */
void csv_record(FILE *out, const char *const *fields, int n);
/* Writes one row of n fields: a CSV record when csv, else the fields
 * separated by tabs and ended by a newline, as they are (NULL: empty). */
void csv_row(FILE *out, bool csv, const char *const *fields, int n);

#endif
