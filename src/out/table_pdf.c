/* Tables one after the other on portrait pages, each under its heading. */
#include "out/table_pdf.h"

enum rota_err table_pdf_write(const char *path, const struct doc_head *head, const char *intro,
                              const struct table_pdf_part *parts, size_t n)
{
	struct doc *d;
	enum rota_err e = doc_open(path, DOC_PORTRAIT, head, &d);
	if (e != ERR_OK)
		return e;
	const struct doc_style body = { .size = 9 }, h = { .size = 10, .bold = true };
	if (intro)
		doc_paragraph(d, intro, &body, 3);
	for (size_t i = 0; i < n && doc_is_ok(d); i++) {
		const struct table_pdf_part *p = &parts[i];
		doc_need(d, 35); /* the heading, the head and a row or two together */
		doc_paragraph(d, p->heading, &h, 1);
		if (!p->nrows) {
			doc_paragraph(d, p->empty ? p->empty : "-", &body, 4);
			continue;
		}
		struct doc_table t = {
			.cols = p->cols, .ncols = p->ncols, .min_row = 5, .pad = 1,
			.head = { .size = 8, .bold = true }, .cell = { .size = 8 },
		};
		doc_table_head(d, &t);
		for (size_t r = 0; r < p->nrows && doc_is_ok(d); r++)
			doc_table_row(d, &t, p->cells + r * (size_t)p->ncols, NULL);
		doc_set_y(d, doc_y(d) + 4);
	}
	return doc_close(d);
}
