/* A PDF's own description, from plain values. */
#include "out/pdf_meta.h"

#include <stdio.h>
#include <stdlib.h>

#include "util/version.h"

/* Writes t as cairo wants a PDF date: ISO 8601 local time with its offset
 * from UTC ("2027-01-04T10:00:00+01:00"). */
static void iso_date(time_t t, char out[64])
{
	struct tm tm;
	localtime_r(&t, &tm);
	long off = tm.tm_gmtoff;
	char sign = off < 0 ? '-' : '+';
	off = labs(off) / 60;
	snprintf(out, 64, "%04d-%02d-%02dT%02d:%02d:%02d%c%02ld:%02ld", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday,
	         tm.tm_hour, tm.tm_min, tm.tm_sec, sign, off / 60, off % 60);
}

void pdf_meta_set(const struct cairo_lib *C, cairo_surface_t *pdf, const struct pdf_meta *m)
{
	char date[64];
	iso_date(m->created, date);
	C->cairo_pdf_surface_set_metadata(pdf, CAIRO_PDF_METADATA_TITLE, m->title ? m->title : "");
	C->cairo_pdf_surface_set_metadata(pdf, CAIRO_PDF_METADATA_AUTHOR,
	                                  m->author && *m->author ? m->author : "rota");
	if (m->subject && *m->subject)
		C->cairo_pdf_surface_set_metadata(pdf, CAIRO_PDF_METADATA_SUBJECT, m->subject);
	C->cairo_pdf_surface_set_metadata(pdf, CAIRO_PDF_METADATA_CREATOR, "rota " ROTA_VERSION);
	C->cairo_pdf_surface_set_metadata(pdf, CAIRO_PDF_METADATA_CREATE_DATE, date);
	C->cairo_pdf_surface_set_metadata(pdf, CAIRO_PDF_METADATA_MOD_DATE, date);
}
