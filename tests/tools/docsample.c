/* Draws every part of the document toolkit (out/doc.h) on a portrait page,
 * from plain values: a paragraph, a table whose cells wrap, a month strip
 * with its legend, a line chart of levels and signature boxes. The
 * documents test reads it back with pdftotext and renders it; it is also
 * the short example to copy. Usage: docsample FILE.pdf; exit 0 when the
 * document was drawn whole. */
#include <stdio.h>

#include "out/doc.h"

int main(int argc, char **argv)
{
	if (argc != 2) {
		fprintf(stderr, "usage: docsample FILE.pdf\n");
		return 2;
	}
	const struct doc_head head = { .workshop = "Delavnica Šivanka",
		                       .title = "Timski sestanek: Đurđa Marić",
		                       .period = "2026-09-01 – 2027-04-30",
		                       .subject = "A sample page for the tests" };
	struct doc *d;
	if (doc_open(argv[1], DOC_PORTRAIT, &head, &d) != ERR_OK)
		return 1;
	double x, top, w, bottom;
	doc_area(d, &x, &top, &w, &bottom);
	const struct doc_style body = { .size = 10 }, bold = { .size = 11, .bold = true };
	doc_paragraph(d, "Čšžćđ ČŠŽĆĐ", &bold, 2);
	doc_paragraph(d, "Udeleženka je v tem mesecu redno prihajala; pri rezanju dela samostojno, pri pakiranju "
	                 "še potrebuje pomoč. Besede udeleženke: »Rada režem, ker vidim, kaj sem naredila.«",
	              &body, 4);

	const struct doc_column cols[] = { { "Cilj", 60, DOC_LEFT }, { "Stanje", 0, DOC_LEFT }, { "Datum", 25, DOC_RIGHT } };
	const struct doc_table t = { .cols = cols, .ncols = 3, .head = { .size = 9, .bold = true }, .cell = { .size = 9 } };
	doc_table_head(d, &t);
	const char *row1[] = { "Točnost: prihod do 8.15 vsak dan", "v teku; dvakrat zamuda zaradi avtobusa", "2026-11-02" };
	const char *row2[] = { "Samostojno rezanje po kroju", "doseženo", "2026-11-20" };
	doc_table_row(d, &t, row1, NULL);
	doc_table_row(d, &t, row2, NULL);
	doc_set_y(d, doc_y(d) + 5);

	struct doc_month_strip m = { .year = 2026, .month = 11, .ndays = 30 };
	for (int i = 0; i < 30; i++) {
		int wd = (i + 6) % 7; /* 1 November 2026 is a Sunday */
		m.day[i] = wd >= 5 ? DOC_DAY_OFF : DOC_DAY_PRESENT;
	}
	m.day[9] = DOC_DAY_EXCUSED;
	m.day[12] = DOC_DAY_ABSENT;
	m.day[16] = DOC_DAY_UNRESOLVED;
	m.day[17] = DOC_DAY_CLOSED;
	doc_set_y(d, doc_y(d) + doc_month_strip(d, x, doc_y(d), w, "november 2026", &m));
	const char *legend[6] = { "ni delovni dan", "prisotna", "odsotna", "opravičeno", "praznik ali zaprto", "še ni urejeno" };
	doc_set_y(d, doc_y(d) + doc_month_legend(d, x, doc_y(d), w, legend) + 5);

	const double cx[] = { 0, 20, 45, 70 }, cut[] = { 1, 2, 3, 3 };
	const double px[] = { 10, 50 }, pack[] = { 0, 2 };
	const struct doc_series series[] = { { "Rezanje", cx, cut, 4, true }, { "Pakiranje", px, pack, 2, true } };
	static const char *const levels[] = { "0 ni začel", "1 uveden", "2 s pomočjo", "3 samostojno", "4 pokaže drugim" };
	const struct doc_chart c = { 0, 90, 0, 4, levels, "2026-09-01", "2026-11-30", series, 2 };
	doc_set_y(d, doc_y(d) + doc_line_chart(d, x, doc_y(d), w * 0.7, 40, &c) + 5);

	const char *signers[] = { "Mentorica", "Udeleženka", "Center za socialno delo" };
	doc_signatures(d, signers, 3, 22);
	return doc_close(d) == ERR_OK ? 0 : 1;
}
