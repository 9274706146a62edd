/* Each participant's mentoring hours in a month as a portrait A4 PDF,
 * marked as personal data: the same rows as rota mentoring's CSV, laid out
 * by out/table_pdf. */
#include "app/mentoring_doc.h"

#include <stdlib.h>

#include "out/table_pdf.h"
#include "util/alloc.h"
#include "util/fmt.h"
#include "util/i18n.h"

static enum rota_err write_pdf(const struct app *app, const struct summary *s, int yyyymm, time_t now,
                               const char *path)
{
	char **cells = xcalloc(s->nmentoring * 2 + 1, sizeof *cells);
	char value[48];
	size_t k = 0;
	for (size_t i = 0; i < s->nmentoring; i++) {
		const struct summary_mentoring *m = &s->mentoring[i];
		cells[k++] = xasprintf("%s (%lld)", m->name, m->person_id);
		fmt_hours(m->seconds, value, sizeof value);
		cells[k++] = xstrdup(value);
	}
	char period[48];
	fmt_month(yyyymm, period, sizeof period);
	fmt_hours(summary_mentoring_total(s), value, sizeof value);
	char *intro = xasprintf(_("Personal data: for the workshop's coordinators only; do not hand it to the "
	                          "funder (the programme summary has the total). Period: %s. Hours of mentoring, "
	                          "everyone together: %s."), period, value);
	const struct doc_column cols[] = { { _("Participant"), 0, DOC_LEFT }, { _("Hours"), 25, DOC_RIGHT } };
	const struct table_pdf_part parts[] = {
		{ _("Mentoring hours (the mentor present while assigned)"), cols, 2, (const char *const *)cells,
		  s->nmentoring, _("None recorded.") },
	};
	const struct doc_head head = {
		.workshop = app->cfg.workshop, .title = _("Mentoring hours per participant — personal data"),
		.period = period, .subject = _("Personal data: each participant's mentoring hours, for the workshop only."),
		.created = now,
	};
	enum rota_err e = table_pdf_write(path, &head, intro, parts, 1);
	for (size_t i = 0; i < k; i++)
		free(cells[i]);
	free(cells);
	free(intro);
	return e;
}

enum rota_err app_mentoring_pdf(struct app *app, int yyyymm, long long by, time_t now, const char *path)
{
	struct summary s;
	enum rota_err e = app_mentoring(app, yyyymm, by, &s);
	if (e == ERR_OK)
		e = write_pdf(app, &s, yyyymm, now, path);
	summary_free(&s);
	return e;
}
