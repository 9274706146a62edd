/* CSV output as RFC 4180 says: comma-separated, CRLF line ends, fields with
 * a comma, quote or line break quoted, quotes doubled. UTF-8 as is. */
#ifndef ROTA_CLI_CSV_H
#define ROTA_CLI_CSV_H

#include <stdbool.h>
#include <stdio.h>

/* Writes one field; first says whether it starts a record (no comma). */
void csv_field(FILE *out, const char *value, bool first);
/* Ends the record. */
void csv_end(FILE *out);
/* Writes a whole record of n fields. */
void csv_record(FILE *out, const char *const *fields, int n);

#endif
