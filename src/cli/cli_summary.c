/* rota summary: the programme summary for funders, as lines, CSV
 * (section,item,value) or a PDF of the same cells. It names nobody: counts
 * of people (below five, 0 included, shown as "<5") and hours added up over
 * everyone. Each participant's mentoring hours are personal data and go to
 * rota mentoring (cli_mentoring.c) instead. The numbers come from
 * app_summary(); this only prints. */
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/hours.h"
#include "app/entry.h"
#include "app/processes.h"
#include "app/summary.h"
#include "cli/cli.h"
#include "cli/csv.h"
#include "out/table_pdf.h"
#include "util/alloc.h"
#include "util/clock.h"
#include "util/date.h"
#include "util/fmt.h"
#include "util/i18n.h"

struct summary_args {
	int from, to;
	bool csv;
	const char *pdf;
};

static const struct opt summary_opts[] = {
	OPT_DATE("from", OPT_REQUIRED, N_("the period's first day"), offsetof(struct summary_args, from)),
	OPT_DATE("to", OPT_REQUIRED, N_("the period's last day"), offsetof(struct summary_args, to)),
	CSV_OPTIONS(0, N_("CSV with a header row: section,item,value"),
	            offsetof(struct summary_args, csv)),
	OPT_STRING("pdf", "FILE", 0, N_("the same numbers as a portrait A4 PDF to hand to the funder"),
	           offsetof(struct summary_args, pdf)),
	OPT_END,
};
static const struct opt_cmd summary_cmd = {
	"summary", N_("The programme summary for funders: people, hours, mentoring, mastery, outcomes, entry data. "
	              "It names nobody; counts below 5, 0 included, show as <5."),
	summary_opts,
};

/* One record, after the (empty) site column when there is one. */
static void summary_record(bool csv, bool with_site, const char *const *f)
{
	const char *g[] = { "", f[0], f[1], f[2] };
	csv_row(stdout, csv, with_site ? g : f, 3 + with_site);
}

void cli_summary_print(const struct summary *s, bool csv, bool with_site)
{
	if (csv) {
		static const char *const h[] = { "site_id", "section", "item", "value" };
		csv_record(stdout, h + !with_site, 3 + with_site);
	}
	char value[24], dotted[24];
	for (size_t i = 0; i < s->ncounts; i++) {
		const char *f[] = { s->counts[i].section, s->counts[i].item,
			            summary_people_cell(s->counts[i].people, value) };
		summary_record(csv, with_site, f);
	}
	app_hours_format(s->presence_seconds, dotted, sizeof dotted);
	const char *presence[] = { "hours", "presence", csv_decimal(dotted, value, sizeof value) };
	summary_record(csv, with_site, presence);
	app_hours_format(summary_mentoring_total(s), dotted, sizeof dotted);
	const char *mentoring[] = { "hours", "mentoring", csv_decimal(dotted, value, sizeof value) };
	summary_record(csv, with_site, mentoring);
}

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
		{ "under_25", N_("under 25") }, { "25_54", "25–54" }, { "55_plus", N_("55 and over") },
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
static int write_pdf(struct app *app, const struct summary *s, int from, int to, const char *path)
{
	struct process *procs = NULL;
	size_t nprocs = 0;
	enum rota_err e = app_processes(app, &procs, &nprocs);
	if (e != ERR_OK)
		return cli_fail(e);
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
		.subject = _("Counts of people and hours for the funder; no one is named."), .created = clock_now(),
	};
	e = table_pdf_write(path, &head, intro, parts, 1);
	for (size_t i = 0; i < k; i++)
		free(cells[i]);
	free(cells);
	free(intro);
	free(procs);
	return e == ERR_OK ? CLI_OK : cli_fail(e);
}

static int print_summary(struct app *app, const struct cli *cli, void *args)
{
	(void)cli;
	const struct summary_args *a = args;
	struct summary s;
	enum rota_err e = app_summary(app, a->from, a->to, &s);
	if (e == ERR_INVALID) {
		summary_free(&s);
		return cli_refuse(_("The period must end on or after its first day."));
	}
	if (e != ERR_OK) {
		summary_free(&s);
		return cli_fail(e);
	}
	if (a->pdf) {
		int rc = write_pdf(app, &s, a->from, a->to, a->pdf);
		summary_free(&s);
		return rc;
	}
	cli_summary_print(&s, a->csv, false);
	summary_free(&s);
	return CLI_OK;
}

int cli_summary(const struct cli *cli)
{
	struct summary_args a = { 0 };
	int rc = cli_parse(&summary_cmd, &a, cli->argc, cli->argv);
	if (rc == CLI_GO)
		rc = cli_output_check(a.pdf);
	return rc != CLI_GO ? rc : cli_with_app(cli, print_summary, &a);
}
