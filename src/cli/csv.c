/* The RFC 4180 writer, and the tab-separated lines it stands beside. Both
 * write stored text through text_escape, so a control character kept in
 * the records (an old database) never reaches a terminal raw; CSV cells
 * are also kept from becoming spreadsheet formulas. */
#include "cli/csv.h"

#include <stdlib.h>
#include <string.h>

#include "util/alloc.h"
#include "util/text.h"

static enum csv_mode mode;      /* the process's: set once by the options */
static bool bom_pending;        /* Excel mode: the BOM is not written yet */

/* Returns value, or a new escaped copy in *owned (free it) when it holds
 * something text_escape shows escaped. */
static const char *escaped(const char *value, bool keep_newlines, char **owned)
{
	*owned = NULL;
	if (!text_needs_escape(value, keep_newlines))
		return value;
	/* The longest escape is 4 bytes for 1 (\x1b) or 6 for 2 (\u009b). */
	size_t n = strlen(value) * 4 + 1;
	*owned = xmalloc(n);
	return text_escape(*owned, n, value, keep_newlines);
}

/* Returns true for a plain number as rota writes them (-3.5, 12, 7.50,
 * -3,5 in the Excel mode): an optional minus, digits, and digits after one
 * decimal point (a comma in the Excel mode). A spreadsheet
 * reads it as that number, never as a formula. */
static bool is_plain_number(const char *s)
{
	if (*s == '-')
		s++;
	size_t whole = strspn(s, "0123456789");
	if (whole == 0)
		return false;
	s += whole;
	if (*s == (mode == CSV_EXCEL ? ',' : '.')) {
		size_t part = strspn(s + 1, "0123456789");
		if (part == 0)
			return false;
		s += 1 + part;
	}
	return *s == '\0';
}

/* Returns true when a spreadsheet would take value as a formula: it
 * begins with = + - @, a tab or a CR and is not a plain number. */
static bool is_formula_like(const char *value)
{
	return value[0] && strchr("=+-@\t\r", value[0]) && !is_plain_number(value);
}


bool csv_excel_is_on(void)
{
	return mode == CSV_EXCEL;
}

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
	char *owned;
	const char *text = escaped(value, true, &owned);
	/* A leading quote makes the cell text in every spreadsheet. */
	const char *guard = is_formula_like(value) ? "'" : "";
	if (!strpbrk(text, mode == CSV_EXCEL ? ";\"\r\n" : ",\"\r\n")) {
		fputs(guard, out);
		fputs(text, out);
	} else {
		fputc('"', out);
		fputs(guard, out);
		for (const char *p = text; *p; p++) {
			if (*p == '"')
				fputc('"', out);
			fputc(*p, out);
		}
		fputc('"', out);
	}
	free(owned);
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
			cli_put_text(out, fields[i]);
	}
	fputc('\n', out);
}

void cli_put_text(FILE *out, const char *s)
{
	char *owned;
	fputs(escaped(s, false, &owned), out);
	free(owned);
}
