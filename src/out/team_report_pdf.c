/* The team-meeting report's page: small parts so that a programme of a few
 * months, a few processes and a few notes fit one portrait page. */
#include "out/team_report_pdf.h"

#define CHART_H 20.0   /* mm: a chart's plot */
#define GAP 3.0

static void heading(struct doc *d, const char *text)
{
	const struct doc_style h = { .size = 10, .bold = true };
	doc_set_y(d, doc_y(d) + 1);
	doc_paragraph(d, text, &h, 1);
}

static void charts(struct doc *d, const struct team_report_sheet *s)
{
	double x, top, width, bottom;
	doc_area(d, &x, &top, &width, &bottom);
	double half = (width - 6) / 2;
	const struct doc_style small = { .size = 7 };
	for (size_t i = 0; i < s->ncharts && doc_is_ok(d); i += 2) {
		doc_need(d, CHART_H + 24);
		double y = doc_y(d), h = 0;
		for (size_t k = i; k < i + 2 && k < s->ncharts; k++) {
			double cx = x + (double)(k - i) * (half + 6);
			double ch = doc_line_chart(d, cx, y, half, CHART_H, &s->charts[k]);
			ch += doc_text(d, cx, y + ch + 0.5, half, s->chart_words[k], &small) + 0.5;
			h = ch > h ? ch : h;
		}
		doc_set_y(d, y + h + GAP);
	}
}

enum rota_err team_report_pdf_write(const char *path, const struct team_report_sheet *s)
{
	struct doc *d;
	enum rota_err e = doc_open(path, DOC_PORTRAIT, &s->head, &d);
	if (e != ERR_OK)
		return e;
	const struct doc_style body = { .size = 9 };
	double x, top, width, bottom;
	doc_area(d, &x, &top, &width, &bottom);
	doc_paragraph(d, s->facts, &body, GAP);
	heading(d, s->att_heading);
	for (size_t i = 0; i < s->nstrips && doc_is_ok(d); i++) {
		doc_need(d, 8);
		double h = doc_month_strip(d, x, doc_y(d), width, s->strip_labels[i], &s->strips[i]);
		doc_set_y(d, doc_y(d) + h + 1);
	}
	if (s->nstrips) {
		double h = doc_month_legend(d, x, doc_y(d), width, s->legend);
		doc_set_y(d, doc_y(d) + h + 1);
	}
	doc_paragraph(d, s->att_text, &body, GAP);
	if (s->ncharts) {
		heading(d, s->levels_heading);
		charts(d, s);
	}
	for (size_t i = 0; i < s->nsections && doc_is_ok(d); i++) {
		heading(d, s->sections[i].heading);
		doc_paragraph(d, s->sections[i].text, &body, GAP);
	}
	return doc_close(d);
}
