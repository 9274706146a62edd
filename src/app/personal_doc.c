/* The readable summary of a person's data: see personal_doc.h. */
#include "app/personal_doc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/hours.h"
#include "app/people.h"
#include "app/progress.h"
#include "app/team_report.h"
#include "out/person_letter.h"
#include "out/table_pdf.h"
#include "store/db.h"
#include "util/alloc.h"
#include "util/clock.h"
#include "util/date.h"
#include "util/fmt.h"
#include "util/i18n.h"

struct pdf_table {
	char *name;
	int ncols;
	char **cells;           /* the header first, then the rows */
	size_t nrows;           /* with the header */
};

struct personal_pdf {
	struct pdf_table *t;
	size_t n;
};

struct personal_pdf *personal_pdf_new(void)
{
	return xcalloc(1, sizeof(struct personal_pdf));
}

void personal_pdf_table(struct personal_pdf *p, const char *name)
{
	p->t = xrealloc(p->t, (p->n + 1) * sizeof *p->t);
	p->t[p->n++] = (struct pdf_table){ .name = xstrdup(name) };
}

void personal_pdf_row(struct personal_pdf *p, bool is_header, int n, const char *const *texts)
{
	(void)is_header;
	if (!p->n)
		return;
	struct pdf_table *t = &p->t[p->n - 1];
	if (!t->nrows)
		t->ncols = n;
	t->cells = xrealloc(t->cells, (t->nrows + 1) * (size_t)t->ncols * sizeof *t->cells);
	for (int i = 0; i < t->ncols; i++)
		t->cells[t->nrows * (size_t)t->ncols + (size_t)i] = xstrdup(i < n && texts[i] ? texts[i] : "");
	t->nrows++;
}

static void free_tables(struct personal_pdf *p)
{
	for (size_t i = 0; i < p->n; i++) {
		for (size_t k = 0; k < p->t[i].nrows * (size_t)p->t[i].ncols; k++)
			free(p->t[i].cells[k]);
		free(p->t[i].cells);
		free(p->t[i].name);
	}
	free(p->t);
	free(p);
}

/* The attendance per month of a participant, as a table of 4 columns. */
static size_t attendance_rows(struct app *app, long long id, char ***cells)
{
	struct team_report r;
	size_t n = 0;
	if (app_team_report(app, id, MEETING_INTRO, clock_now(), &r) == ERR_OK) {
		*cells = xcalloc(r.nmonths * 4 + 1, sizeof **cells);
		for (size_t i = 0; i < r.nmonths; i++) {
			char hours[24], month[48];
			fmt_hours(r.months[i].seconds, hours, sizeof hours);
			fmt_month(r.months[i].month, month, sizeof month);
			(*cells)[n * 4] = xstrdup(month);
			(*cells)[n * 4 + 1] = xasprintf("%d", r.months[i].days_present);
			if (r.months[i].is_amended) { /* a closed month amended since: the closed hours, said so */
				char amended[24];
				fmt_hours(r.months[i].amended_seconds, amended, sizeof amended);
				/* TRANSLATORS: a closed month's hours, then the hours after the amendments */
				(*cells)[n * 4 + 2] = xasprintf(_("%s (amended after closing: %s)"), hours, amended);
			} else {
				(*cells)[n * 4 + 2] = xstrdup(hours);
			}
			(*cells)[n * 4 + 3] = xasprintf("%d", r.months[i].days_excused);
			n++;
		}
	}
	team_report_done(&r);
	return n;
}

/* Puts table t into the letter as part: the columns a person reads (codes
 * stay in the CSV files), under their labels, each value in words. The
 * strings made are kept in *cols and *cells for the caller to free. */
static void letter_part(const struct pdf_table *t, const struct topic *topics, size_t ntopics,
                        struct table_pdf_part *part, struct doc_column **cols, char ***cells, size_t *ncells)
{
	int shown[64], nshown = 0;
	for (int c = 0; c < t->ncols && t->nrows && nshown < 64; c++)
		if (person_letter_shows(t->name, t->cells[c]))
			shown[nshown++] = c;
	size_t nrows = t->nrows ? t->nrows - 1 : 0;
	*cols = xcalloc((size_t)nshown + 1, sizeof **cols);
	*ncells = nrows * (size_t)nshown;
	*cells = xcalloc(*ncells + 1, sizeof **cells);
	for (int k = 0; k < nshown; k++)
		(*cols)[k] = (struct doc_column){ person_letter_label(t->name, t->cells[shown[k]]), 0, DOC_LEFT };
	for (size_t r = 0; r < nrows; r++) {
		const struct letter_row row = { t->name, t->ncols, (const char *const *)t->cells,
			                        (const char *const *)t->cells + (r + 1) * (size_t)t->ncols, topics,
			                        ntopics };
		for (int k = 0; k < nshown; k++) {
			char words[1024];
			person_letter_value(&row, shown[k], words, sizeof words);
			(*cells)[r * (size_t)nshown + (size_t)k] = xstrdup(words);
		}
	}
	*part = (struct table_pdf_part){ person_letter_heading(t->name), *cols, nshown, (const char *const *)*cells,
		                         nrows, _("None recorded.") };
}

static enum rota_err write_pdf(struct app *app, struct personal_pdf *p, long long person_id, const char *path)
{
	struct person who;
	char name[PERSON_NAME_MAX] = "", saved[3];
	bool known = app_person_get(app, person_id, &who) == ERR_OK;
	if (known)
		snprintf(name, sizeof name, "%s", who.name);
	/* The letter speaks the person's own language. */
	i18n_switch(known ? who.lang : NULL, saved);
	char **att = NULL;
	size_t natt = attendance_rows(app, person_id, &att);
	size_t nparts = p->n + 1;
	struct table_pdf_part *parts = xcalloc(nparts, sizeof *parts);
	struct doc_column **cols = xcalloc(nparts, sizeof *cols);
	char ***cells = xcalloc(nparts, sizeof *cells);
	size_t *ncells = xcalloc(nparts, sizeof *ncells);
	static const struct doc_column att_cols[4] = { { N_("Month"), 0, DOC_LEFT }, { N_("Days present"), 0, DOC_RIGHT },
		                                       { N_("Hours"), 0, DOC_RIGHT }, { N_("Excused absences"), 0, DOC_RIGHT } };
	struct doc_column att_words[4];
	for (int i = 0; i < 4; i++)
		att_words[i] = (struct doc_column){ _(att_cols[i].head), 0, att_cols[i].align };
	parts[0] = (struct table_pdf_part){ _("Attendance per month"), att_words, 4, (const char *const *)att, natt,
		                            _("None recorded.") };
	struct topic *topics = NULL;
	size_t ntopics = 0;
	if (app_topics(app, &topics, &ntopics) != ERR_OK)
		ntopics = 0; /* the codes are then shown as they are */
	for (size_t i = 0; i < p->n; i++)
		letter_part(&p->t[i], topics, ntopics, &parts[i + 1], &cols[i], &cells[i], &ncells[i]);
	char day[48], words[48];
	time_t now = clock_now();
	int today = date_ymd(now);
	fmt_date_short(today, day, sizeof day);
	fmt_date_text(today, words, sizeof words);
	char *intro = xasprintf(_("%s, this is everything the workshop keeps about you in rota, as on %s. "
	                          "You may ask for anything in it to be corrected. The CSV files beside this letter "
	                          "hold the same records in the form computers read, with their codes."), name, words);
	const struct doc_head head = {
		.workshop = app->cfg.workshop, .title = _("Your data in rota"), .period = day,
		.subject = _("Personal data: everything rota holds about one person, for that person."), .created = now,
	};
	enum rota_err e = table_pdf_write(path, &head, intro, parts, nparts);
	i18n_restore(saved);
	for (size_t i = 0; i < natt * 4; i++)
		free(att[i]);
	free(att);
	for (size_t i = 0; i < p->n; i++) {
		for (size_t k = 0; k < ncells[i]; k++)
			free(cells[i][k]);
		free(cells[i]);
		free(cols[i]);
	}
	free(parts);
	free(cols);
	free(cells);
	free(ncells);
	free(topics);
	free(intro);
	return e;
}

enum rota_err personal_pdf_write(struct app *app, struct personal_pdf *p, long long person_id, const char *path)
{
	enum rota_err e = path ? db_begin_read(app->db) : ERR_OK;
	/* Who they are, their months and the topics' names of one moment. */
	if (path && e == ERR_OK)
		e = db_end_read(app->db, write_pdf(app, p, person_id, path));
	free_tables(p);
	return e;
}
