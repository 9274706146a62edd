/* The RFC 4180 writer. */
#include "cli/csv.h"

#include <string.h>

void csv_field(FILE *out, const char *value, bool first)
{
	if (!first)
		fputc(',', out);
	if (!value)
		return;
	if (!strpbrk(value, ",\"\r\n")) {
		fputs(value, out);
		return;
	}
	fputc('"', out);
	for (const char *p = value; *p; p++) {
		if (*p == '"')
			fputc('"', out);
		fputc(*p, out);
	}
	fputc('"', out);
}

void csv_end(FILE *out) { fputs("\r\n", out); }

void csv_record(FILE *out, const char *const *fields, int n)
{
	for (int i = 0; i < n; i++)
		csv_field(out, fields[i], i == 0);
	csv_end(out);
}
