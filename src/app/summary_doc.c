/* The programme summary for funders as a portrait A4 PDF: the same cells
 * as rota summary's CSV, in the reader's words (the indicators' table with
 * a column per gender, the processes mastered), laid out by out/table_pdf.
 * It names nobody. */
#include "app/summary_doc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/processes.h"
#include "app/summary_annex.h"
#include "out/table_pdf.h"
#include "store/db.h"
#include "util/alloc.h"
#include "util/fmt.h"
#include "util/i18n.h"

/* The process of code as the workshop named it in the reader's language,
 * else its code. */
static const char *process_words(const char *code, const struct process *procs, size_t nprocs)
{
	for (size_t i = 0; i < nprocs; i++)
		if (!strcmp(procs[i].code, code) && *app_process_name(&procs[i]))
			return app_process_name(&procs[i]);
	return code;
}

/* The indicators' table, a row's words then its cells as the CSV words
 * them: (1 + ANNEX_NCOLUMNS) cells a row into cells from *k. */
static size_t annex_cells(const struct summary *s, char **cells, size_t *k)
{
	size_t nrows;
	const struct annex_row *rows = annex_rows(&nrows);
	char value[12];
	for (size_t r = 0; r < nrows; r++) {
		cells[(*k)++] = xstrdup(_(rows[r].words));
		for (size_t c = 0; c < ANNEX_NCOLUMNS; c++) {
			const struct summary_count *n = summary_count_find(s, rows[r].code, annex_column_codes[c]);
			cells[(*k)++] = xstrdup(n ? summary_cell(n, s->min_count, value) : "");
		}
	}
	return nrows;
}

/* The PDF: the indicators' table and the processes mastered, the hours of
 * presence and of mentoring in the opening lines; every cell worded as the
 * CSV words it. */
static enum rota_err write_pdf(struct app *app, const struct summary *s, int from, int to, time_t now,
                               const char *path)
{
	struct process *procs = NULL;
	size_t nprocs = 0;
	enum rota_err e = app_processes(app, &procs, &nprocs);
	if (e != ERR_OK)
		return e;
	size_t nrows;
	annex_rows(&nrows);
	size_t ncells = nrows * (1 + ANNEX_NCOLUMNS) + 2 * s->ncounts + 1;
	char **cells = xcalloc(ncells, sizeof *cells);
	char value[48], mentored[48], a[48], b[48];
	size_t k = 0;
	size_t annex = annex_cells(s, cells, &k), first_mastered = k, nmastered = 0;
	for (size_t i = 0; i < s->ncounts; i++)
		if (!strcmp(s->counts[i].section, "mastered")) {
			cells[k++] = xstrdup(process_words(s->counts[i].item, procs, nprocs));
			cells[k++] = xstrdup(summary_cell(&s->counts[i], s->min_count, value));
			nmastered++;
		}
	/* The head gives the period in figures, the opening sentence in words. */
	char period[112], words[112];
	fmt_date_short(from, a, sizeof a);
	fmt_date_short(to, b, sizeof b);
	snprintf(period, sizeof period, "%s – %s", a, b);
	fmt_date_text(from, a, sizeof a);
	fmt_date_text(to, b, sizeof b);
	snprintf(words, sizeof words, "%s – %s", a, b);
	fmt_hours(s->presence_seconds, value, sizeof value);
	fmt_hours(summary_mentoring_total(s), mentored, sizeof mentored);
	char *intro = xasprintf(_("Period: %s. Hours of presence: %s. Hours of mentoring (the mentor present too): %s. "
	                          "No one is named, and every count of fewer than %d people, 0 included, shows as <%d; "
	                          "a count shown as x is hidden too, so that none of those can be worked out from "
	                          "the sums of its row or column."),
	                        words, value, mentored, s->min_count, s->min_count);
	if (s->is_presence_amended) {
		char amended[24];
		fmt_hours(s->presence_amended_seconds, amended, sizeof amended);
		/* TRANSLATORS: the hours of presence after the amendments */
		char *more = xasprintf(_("Closed months count as they were closed; amendments after closing make the "
		                         "hours of presence %s, see the amendments."), amended);
		char *both = xasprintf("%s %s", intro, more);
		free(intro);
		free(more);
		intro = both;
	}
	struct doc_column annex_cols[1 + ANNEX_NCOLUMNS] = { { _("Indicator"), 0, DOC_LEFT } };
	for (size_t c = 0; c < ANNEX_NCOLUMNS; c++)
		annex_cols[1 + c] = (struct doc_column){ _(annex_column_words[c]), 17, DOC_RIGHT };
	const struct doc_column mastered[] = { { _("Work process"), 0, DOC_LEFT }, { _("People"), 25, DOC_RIGHT } };
	const struct table_pdf_part parts[] = {
		{ _("Common indicators on participants (ESF+, Annex I)"), annex_cols, 1 + ANNEX_NCOLUMNS,
		  (const char *const *)cells, annex, NULL },
		{ _("Reached level 3"), mastered, 2, (const char *const *)cells + first_mastered, nmastered, NULL },
	};
	const struct doc_head head = {
		.workshop = app->cfg.workshop, .title = _("Programme summary"), .period = period,
		.subject = _("Counts of people and hours for the funder; no one is named."), .created = now,
	};
	e = table_pdf_write(path, &head, intro, parts, 2);
	for (size_t i = 0; i < k; i++)
		free(cells[i]);
	free(cells);
	free(intro);
	free(procs);
	return e;
}

static enum rota_err summary_pdf(struct app *app, int from, int to, time_t now, const char *path)
{
	struct summary s;
	enum rota_err e = app_summary(app, from, to, &s);
	if (e == ERR_OK)
		e = write_pdf(app, &s, from, to, now, path);
	summary_free(&s);
	return e;
}

enum rota_err app_summary_pdf(struct app *app, int from, int to, time_t now, const char *path)
{
	/* The numbers and the processes' names of one moment. */
	enum rota_err e = db_begin_read(app->db);
	if (e != ERR_OK)
		return e;
	return db_end_read(app->db, summary_pdf(app, from, to, now, path));
}
