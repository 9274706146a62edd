/* A finished PDF's language, added as an incremental update. */
#include "out/pdf_lang.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/log.h"

/* The largest PDF read back whole: a month's attendance list of a big
 * workshop is a few hundred kilobytes. */
#define PDF_LANG_MAX_BYTES (64L * 1024 * 1024)

/* Reads the whole file at path into a NUL-ended buffer; NULL on failure. */
static char *read_whole(const char *path, long *len)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return NULL;
	char *buf = NULL;
	if (fseek(f, 0, SEEK_END) == 0 && (*len = ftell(f)) > 0 && *len <= PDF_LANG_MAX_BYTES &&
	    fseek(f, 0, SEEK_SET) == 0 && (buf = malloc((size_t)*len + 1)) != NULL) {
		if (fread(buf, 1, (size_t)*len, f) != (size_t)*len) {
			free(buf);
			buf = NULL;
		} else {
			buf[*len] = '\0';
		}
	}
	fclose(f);
	return buf;
}

/* Returns the last occurrence of needle in the first len bytes of hay. */
static const char *last_of(const char *hay, long len, const char *needle)
{
	size_t n = strlen(needle);
	for (long i = len - (long)n; i >= 0; i--)
		if (memcmp(hay + i, needle, n) == 0)
			return hay + i;
	return NULL;
}

/* Returns the first occurrence of needle in the first len bytes of hay. */
static const char *first_of(const char *hay, long len, const char *needle)
{
	size_t n = strlen(needle);
	for (long i = 0; i + (long)n <= len; i++)
		if (memcmp(hay + i, needle, n) == 0)
			return hay + i;
	return NULL;
}

/* Reads "KEY N" from the trailer text t (such as "/Root 29"); -1 if absent. */
static long trailer_number(const char *t, const char *key)
{
	const char *k = strstr(t, key);
	return k ? strtol(k + strlen(key), NULL, 10) : -1;
}

bool pdf_lang_append(const char *path, const char *lang)
{
	long len = 0;
	char *pdf = read_whole(path, &len);
	bool ok = false;
	if (!pdf)
		goto out;
	/* The last trailer names the catalog; the catalog is the object
	 * "ROOT 0 obj", written by cairo as one plain dictionary. */
	const char *trailer = last_of(pdf, len, "trailer");
	const char *startxref = last_of(pdf, len, "startxref");
	if (!trailer || !startxref || startxref < trailer)
		goto out;
	long root = trailer_number(trailer, "/Root "), info = trailer_number(trailer, "/Info ");
	long size = trailer_number(trailer, "/Size "), prev = strtol(startxref + 9, NULL, 10);
	if (root <= 0 || size <= root || prev <= 0)
		goto out;
	char head[32];
	snprintf(head, sizeof head, "\n%ld 0 obj", root);
	const char *obj = first_of(pdf, len, head); /* streams hold NULs: no strstr */
	const char *open = obj ? strstr(obj, "<<") : NULL;
	const char *end = open ? strstr(open, "endobj") : NULL;
	const char *close = end ? last_of(open, end - open, ">>") : NULL;
	if (!close || !strstr(open, "/Catalog") || strstr(open, "/Catalog") > close)
		goto out;
	FILE *f = fopen(path, "ab");
	if (!f)
		goto out;
	long at = len;
	int n = fprintf(f, "\n%ld 0 obj\n%.*s   /Lang (%s)\n>>\nendobj\n", root, (int)(close - open), open, lang);
	long xref = at + (n > 0 ? n : 0);
	/* An xref entry is exactly 20 bytes: "OOOOOOOOOO GGGGG n \n". */
	fprintf(f, "xref\n%ld 1\n%010ld 00000 n \ntrailer\n<< /Size %ld\n   /Root %ld 0 R\n", root, at + 1, size,
	        root);
	if (info > 0)
		fprintf(f, "   /Info %ld 0 R\n", info);
	fprintf(f, "   /Prev %ld\n>>\nstartxref\n%ld\n%%%%EOF\n", prev, xref);
	ok = n > 0 && fflush(f) == 0 && !ferror(f);
	ok = fclose(f) == 0 && ok;
out:
	if (!ok)
		log_msg(LOG_ERROR, "the PDF %s could not be given its language", path);
	free(pdf);
	return ok;
}

const char *pdf_lang_tag(const char *code)
{
	if (code && strcmp(code, "sl") == 0)
		return "sl-SI";
	if (code && strcmp(code, "hr") == 0)
		return "hr-HR";
	return "en";
}
