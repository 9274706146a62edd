/* The RFC 4180 writer, and the tab-separated lines it stands beside. */
#include "cli/csv.h"

#include <string.h>

static enum csv_mode mode;      /* the process's: set once by the options */
static bool bom_pending;        /* Excel mode: the BOM is not written yet */

void csv_set_mode(enum csv_mode m)
{
	mode = m;
	bom_pending = m == CSV_EXCEL;
}

bool csv_excel_option(const char *value, void *dest)
{
	(void)value;
	(void)dest;
	csv_set_mode(CSV_EXCEL);
	return true;
}

const char *csv_decimal(const char *dotted, char *buf, size_t n)
{
	snprintf(buf, n, "%s", dotted);
	char *point = strchr(buf, '.');
	if (mode == CSV_EXCEL && point)
		*point = ',';
	return buf;
}

/* Writes one field; first says whether it starts a record (no comma). */
static void csv_field(FILE *out, const char *value, bool first)
{
	if (!first)
		fputc(mode == CSV_EXCEL ? ';' : ',', out);
	if (!value)
		return;
	if (!strpbrk(value, mode == CSV_EXCEL ? ";\"\r\n" : ",\"\r\n")) {
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
	if (bom_pending) {
		fputs("\xEF\xBB\xBF", out);
		bom_pending = false;
	}
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
