/* The programme summary for funders as a portrait A4 PDF: the same rows
 * as rota summary's CSV, in the reader's words, laid out by
 * out/table_pdf. It names nobody. */
#include "app/summary_doc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/entry.h"
#include "app/processes.h"
#include "out/table_pdf.h"
#include "store/db.h"
#include "util/alloc.h"
#include "util/fmt.h"
#include "util/i18n.h"

/* A count's section and item in the reader's words (the CSV keeps the
 * codes; the PDF shows the same rows in the same order). */
static void count_words(const struct summary_count *c, const struct process *procs, size_t nprocs,
                        const char **section, const char **item)
{
	static const struct { const char *code, *words; } sections[] = {
		{ "participants", N_("Participants") }, { "age", N_("Age on entry") },
		{ "mastered", N_("Reached level 3") },
	};
	static const struct { const char *code, *words; } items[] = {
		{ "entered", N_("entered") }, { "active", N_("active") }, { "left", N_("left") },
		{ "under_18", N_("under 18") }, { "18_29", "18–29" }, { "30_54", "30–54" }, { "55_plus", N_("55 and over") },
		{ "declined", N_("declined") }, { "unknown", N_("unknown") }, { "not_recorded", N_("not recorded") },
	};
	enum entry_field f;
	*section = c->section;
	*item = c->item;
	if (!strcmp(c->section, "mastered")) {
		/* A process as the workshop named it, in the reader's language. */
		for (size_t i = 0; i < nprocs; i++)
			if (!strcmp(procs[i].code, c->item) && *app_process_name(&procs[i]))
				*item = app_process_name(&procs[i]);
	}
	for (size_t i = 0; i < sizeof sections / sizeof sections[0]; i++)
		if (!strcmp(c->section, sections[i].code))
			*section = _(sections[i].words);
	bool is_field = entry_field_parse(c->section, &f);
	if (is_field)
		*section = _(entry_field_label(f));
	for (size_t i = 0; i < sizeof items / sizeof items[0]; i++)
		if (!strcmp(c->item, items[i].code)) {
			*item = *items[i].words ? _(items[i].words) : items[i].words;
			return;
		}
	if (is_field)
		*item = app_entry_value_words(f, c->item);
}

/* The PDF: the counts as one table, the hours of presence and of mentoring
 * in the opening lines; every cell worded as the CSV words it. */
static enum rota_err write_pdf(struct app *app, const struct summary *s, int from, int to, time_t now,
                               const char *path)
{
	struct process *procs = NULL;
	size_t nprocs = 0;
	enum rota_err e = app_processes(app, &procs, &nprocs);
	if (e != ERR_OK)
		return e;
	char **cells = xcalloc(s->ncounts * 3 + 1, sizeof *cells);
	char value[48], mentored[48], a[48], b[48];
	size_t k = 0;
	for (size_t i = 0; i < s->ncounts; i++) {
		const char *section, *item;
		count_words(&s->counts[i], procs, nprocs, &section, &item);
		cells[k++] = xstrdup(section);
		cells[k++] = xstrdup(item);
		cells[k++] = xstrdup(summary_people_cell(s->counts[i].people, value));
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
	                          "No one is named, and every count of fewer than 5 people, 0 included, shows as <5, "
	                          "so that no one can be told apart."), words, value, mentored);
	const struct doc_column counts[] = { { _("Section"), 0, DOC_LEFT }, { _("Item"), 0, DOC_LEFT },
		                             { _("People"), 25, DOC_RIGHT } };
	const struct table_pdf_part parts[] = {
		{ _("People"), counts, 3, (const char *const *)cells, s->ncounts, NULL },
	};
	const struct doc_head head = {
		.workshop = app->cfg.workshop, .title = _("Programme summary"), .period = period,
		.subject = _("Counts of people and hours for the funder; no one is named."), .created = now,
	};
	e = table_pdf_write(path, &head, intro, parts, 1);
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
