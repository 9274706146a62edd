/* The allowance list: rows tall enough to sign in. */
#include "out/allowance_pdf.h"

#define SIGN_GAP 6.0  /* mm between the last row and the coordinator's box */
#define SIGN_H 20.0   /* mm of the box */

enum rota_err allowance_pdf_write(const char *path, const struct allowance_sheet *s)
{
	struct doc *d;
	enum rota_err e = doc_open(path, DOC_LANDSCAPE, &s->head, &d);
	if (e != ERR_OK)
		return e;
	const struct doc_style body = { .size = 9 };
	if (s->intro)
		doc_paragraph(d, s->intro, &body, 3);
	struct doc_table t = {
		.cols = s->cols, .ncols = s->ncols, .min_row = 10, .pad = 1,
		.head = { .size = 8, .bold = true }, .cell = { .size = 9 },
	};
	doc_table_head(d, &t);
	for (size_t r = 0; r < s->nrows && doc_is_ok(d); r++) {
		const char *const *row = s->cells + r * (size_t)s->ncols;
		if (r + 1 == s->nrows)
			doc_table_row_keep(d, &t, row, NULL, SIGN_GAP + SIGN_H); /* the totals stay with the signatures */
		else
			doc_table_row(d, &t, row, NULL);
	}
	doc_set_y(d, doc_y(d) + SIGN_GAP);
	if (s->nsigners)
		doc_signatures(d, s->signers, s->nsigners, SIGN_H);
	return doc_close(d);
}
