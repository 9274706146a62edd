/* Fuzz target: the CSV writer (src/cli/csv.c) every --csv export goes
 * through. The input is split into fields at each 0xff byte. Promises
 * checked: a record ends with CRLF, and its quotes pair up. */
#include "tests/fuzz/fuzz.h"

#include <stdbool.h>

#include "cli/csv.h"

#define MAX_FIELDS 16

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *s = fuzz_text(data, size);
	const char *fields[MAX_FIELDS];
	int n = 0;
	char *p = s;
	fields[n++] = p;
	for (size_t i = 0; i < size && n < MAX_FIELDS; i++)
		if ((uint8_t)s[i] == 0xff) {
			s[i] = '\0';
			fields[n++] = s + i + 1;
		}
	if (size && data[0] & 1)
		fields[n - 1] = NULL; /* a NULL field is empty */
	char *out = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&out, &len);
	FUZZ_ASSERT(f != NULL, "no memory stream");
	csv_record(f, fields, n);
	fclose(f);
	FUZZ_ASSERT(len >= 2 && out[len - 2] == '\r' && out[len - 1] == '\n', "a record without CRLF");
	size_t quotes = 0;
	for (size_t i = 0; i < len; i++)
		quotes += out[i] == '"';
	FUZZ_ASSERT(quotes % 2 == 0, "quotes that do not pair up");
	free(out);
	f = open_memstream(&out, &len);
	csv_row(f, false, fields, n);
	fclose(f);
	free(out);
	free(s);
	return 0;
}
