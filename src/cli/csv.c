/* The RFC 4180 writer, and the tab-separated lines it stands beside. */
#include "cli/csv.h"

#include <string.h>

/* Writes one field; first says whether it starts a record (no comma). */
static void csv_field(FILE *out, const char *value, bool first)
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

static void csv_end(FILE *out) { fputs("\r\n", out); }

void csv_record(FILE *out, const char *const *fields, int n)
{
	for (int i = 0; i < n; i++)
		csv_field(out, fields[i], i == 0);
	csv_end(out);
}

void csv_row(FILE *out, bool csv, const char *const *fields, int n)
{
	if (csv) {
		csv_record(out, fields, n);
		return;
	}
	for (int i = 0; i < n; i++) {
		if (i > 0)
			fputc('\t', out);
		if (fields[i])
			fputs(fields[i], out);
	}
	fputc('\n', out);
}
