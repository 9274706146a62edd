/* rota summary: the programme summary for funders, as lines or CSV
 * (section,item,person_id,month,value). Counts of people below five are
 * shown as "<5". The numbers come from app_summary(); this only prints. */
#include <stddef.h>
#include <stdio.h>

#include "app/hours.h"
#include "app/summary.h"
#include "cli/cli.h"
#include "cli/csv.h"
#include "util/clock.h"
#include "util/i18n.h"

struct summary_args {
	int from, to;
	bool csv;
};

static const struct opt summary_opts[] = {
	OPT_DATE("from", OPT_REQUIRED, N_("the period's first day"), offsetof(struct summary_args, from)),
	OPT_DATE("to", OPT_REQUIRED, N_("the period's last day"), offsetof(struct summary_args, to)),
	OPT_FLAG("csv", 0, N_("CSV with a header row: section,item,person_id,month,value"),
	         offsetof(struct summary_args, csv)),
	OPT_END,
};
static const struct opt_cmd summary_cmd = {
	"summary", N_("The programme summary for funders: people, hours, mentoring, mastery, outcomes, entry data. Counts below 5 show as <5."),
	summary_opts,
};

static int print_summary(struct app *app, const struct cli *cli, void *args)
{
	(void)cli;
	const struct summary_args *a = args;
	struct summary s;
	enum rota_err e = app_summary(app, a->from, a->to, clock_now(), &s);
	if (e == ERR_INVALID) {
		summary_free(&s);
		return cli_refuse(_("The period must end on or after its first day."));
	}
	if (e != ERR_OK) {
		summary_free(&s);
		return cli_fail(e);
	}
	if (a->csv) {
		static const char *const h[] = { "section", "item", "person_id", "month", "value" };
		csv_record(stdout, h, 5);
	}
	char value[24], id[24], month[16];
	for (size_t i = 0; i < s.ncounts; i++) {
		const char *f[] = { s.counts[i].section, s.counts[i].item, "", "",
			            summary_people_cell(s.counts[i].people, value) };
		csv_row(stdout, a->csv, f, 5);
	}
	app_hours_format(s.presence_seconds, value, sizeof value);
	const char *presence[] = { "hours", "presence", "", "", value };
	csv_row(stdout, a->csv, presence, 5);
	for (size_t i = 0; i < s.nmentoring; i++) {
		const struct summary_mentoring *m = &s.mentoring[i];
		snprintf(id, sizeof id, "%lld", m->person_id);
		snprintf(month, sizeof month, "%04d-%02d", m->month / 100 % 10000, m->month % 100);
		app_hours_format(m->seconds, value, sizeof value);
		const char *f[] = { "mentoring", m->name, id, month, value };
		csv_row(stdout, a->csv, f, 5);
	}
	summary_free(&s);
	return CLI_OK;
}

int cli_summary(const struct cli *cli)
{
	struct summary_args a = { 0 };
	int rc = cli_parse(&summary_cmd, &a, cli->argc, cli->argv);
	return rc != CLI_GO ? rc : cli_with_app(cli, print_summary, &a);
}
