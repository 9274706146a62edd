/* rota summary: the programme summary for funders, as lines, CSV
 * (section,item,value) or a PDF of the same cells. It names nobody: counts
 * of people (the ESF+ indicators by gender, processes mastered; below the
 * workshop's threshold, 0 included, shown as "<5", and those hidden beside
 * them so that none can be worked out as "x") and hours added up over
 * everyone. Each participant's mentoring hours are personal data and go to
 * rota mentoring (cli_mentoring.c) instead. The numbers come from
 * app_summary(), the PDF from app_summary_pdf(); this only prints. */
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/hours.h"
#include "app/summary.h"
#include "app/summary_doc.h"
#include "cli/cli.h"
#include "cli/csv.h"
#include "util/clock.h"
#include "util/date.h"
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
	"summary", N_("The programme summary for funders: the ESF+ indicators on participants by gender, hours, "
	              "mentoring, mastery. It names nobody; a count below summary_min_count (5 unless set), 0 "
	              "included, shows as <5, and a count that would give one away as x."),
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
			            summary_cell(&s->counts[i], s->min_count, value) };
		summary_record(csv, with_site, f);
	}
	app_hours_format(s->presence_seconds, dotted, sizeof dotted);
	const char *presence[] = { "hours", "presence", csv_decimal(dotted, value, sizeof value) };
	summary_record(csv, with_site, presence);
	if (s->is_presence_amended) { /* a closed month's hours changed after closing: said, never silent */
		app_hours_format(s->presence_amended_seconds, dotted, sizeof dotted);
		const char *amended[] = { "hours", "presence_amended", csv_decimal(dotted, value, sizeof value) };
		summary_record(csv, with_site, amended);
	}
	app_hours_format(summary_mentoring_total(s), dotted, sizeof dotted);
	const char *mentoring[] = { "hours", "mentoring", csv_decimal(dotted, value, sizeof value) };
	summary_record(csv, with_site, mentoring);
}

static int print_summary(struct app *app, const struct cli *cli, void *args)
{
	(void)cli;
	const struct summary_args *a = args;
	struct summary s = { 0 };
	enum rota_err e = a->pdf ? app_summary_pdf(app, a->from, a->to, clock_now(), a->pdf)
	                         : app_summary(app, a->from, a->to, &s);
	if (e == ERR_INVALID) {
		char from[11], to[11];
		date_format_ymd(a->from, from);
		date_format_ymd(a->to, to);
		summary_free(&s);
		fprintf(stderr, _("rota: --to %s is before --from %s: the period ends on or after its first day. Nothing was made.\n"),
		        to, from);
		return CLI_FAIL;
	}
	if (e != ERR_OK) {
		summary_free(&s);
		return cli_fail(e);
	}
	if (!a->pdf)
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
