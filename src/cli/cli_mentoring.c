/* rota mentoring: each participant's mentoring hours in a month (the time
 * they were present while their assigned mentor was present too), as CSV
 * (person_id,name,month,hours) or a portrait A4 PDF. Personal data: it is
 * made for a coordinator (--by) only, for the workshop's own records; the
 * funder's summary (cli_summary.c) shows only the total. The numbers come
 * from app_mentoring(), the PDF from app_mentoring_pdf(); this only
 * prints. */
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>

#include "app/hours.h"
#include "app/mentoring_doc.h"
#include "app/summary.h"
#include "cli/cli.h"
#include "cli/csv.h"
#include "util/clock.h"
#include "util/i18n.h"

struct mentoring_args {
	int month;
	long long by;
	const char *pdf;
	bool csv;
};

static const struct opt mentoring_opts[] = {
	OPT_CALLBACK("month", "YYYY-MM", OPT_REQUIRED, cli_parse_month, N_("a month like 2026-11"),
	             N_("the month"), offsetof(struct mentoring_args, month)),
	OPT_ID("by", "ID", OPT_REQUIRED, N_("the coordinator who asks for it"), offsetof(struct mentoring_args, by)),
	OPT_STRING("pdf", "FILE", OPT_REQUIRED | OPT_GROUP(1),
	           N_("a portrait A4 PDF, marked as personal data"), offsetof(struct mentoring_args, pdf)),
	CSV_OPTIONS(OPT_REQUIRED | OPT_GROUP(1), N_("CSV with a header row: person_id,name,month,hours"),
	            offsetof(struct mentoring_args, csv)),
	OPT_END,
};
static const struct opt_cmd mentoring_cmd = {
	"mentoring", N_("Each participant's mentoring hours in a month, by name: personal data, for a coordinator only."),
	mentoring_opts,
};

static void print_csv(const struct summary *s)
{
	static const char *const h[] = { "person_id", "name", "month", "hours" };
	csv_record(stdout, h, 4);
	char id[24], month[16], dotted[24], value[24];
	for (size_t i = 0; i < s->nmentoring; i++) {
		const struct summary_mentoring *m = &s->mentoring[i];
		snprintf(id, sizeof id, "%lld", m->person_id);
		snprintf(month, sizeof month, "%04d-%02d", m->month / 100 % 10000, m->month % 100);
		app_hours_format(m->seconds, dotted, sizeof dotted);
		const char *f[] = { id, m->name, month, csv_decimal(dotted, value, sizeof value) };
		csv_row(stdout, true, f, 4);
	}
}

static int mentoring(struct app *app, const struct cli *cli, void *args)
{
	(void)cli;
	const struct mentoring_args *a = args;
	struct summary s = { 0 };
	enum rota_err e = a->pdf ? app_mentoring_pdf(app, a->month, a->by, clock_now(), a->pdf)
	                         : app_mentoring(app, a->month, a->by, &s);
	int rc;
	if (e == ERR_NOT_COORDINATOR)
		rc = cli_refuse(_("Mentoring hours by name are personal data: only a coordinator (--by) may have them."));
	else if (e != ERR_OK)
		rc = cli_fail(e);
	else {
		if (!a->pdf)
			print_csv(&s);
		rc = CLI_OK;
	}
	summary_free(&s);
	return rc;
}

int cli_mentoring(const struct cli *cli)
{
	struct mentoring_args a = { 0 };
	int rc = cli_parse(&mentoring_cmd, &a, cli->argc, cli->argv);
	if (rc == CLI_GO)
		rc = cli_output_check(a.pdf);
	return rc != CLI_GO ? rc : cli_with_app(cli, mentoring, &a);
}
