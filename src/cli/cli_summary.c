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
	CSV_OPTIONS(0, N_("CSV with a header row: section,item,person_id,month,value"),
	            offsetof(struct summary_args, csv)),
	OPT_END,
};
static const struct opt_cmd summary_cmd = {
	"summary", N_("The programme summary for funders: people, hours, mentoring, mastery, outcomes, entry data. Counts below 5 show as <5."),
	summary_opts,
};

/* One record, after the site's column when there is one. */
static void summary_record(bool csv, bool with_site, const char *site, const char *const *f)
{
	const char *g[] = { site, f[0], f[1], f[2], f[3], f[4] };
	csv_row(stdout, csv, with_site ? g : f, 5 + with_site);
}

void cli_summary_print(const struct summary *s, bool csv, const char *(*site_of)(size_t i, const void *ctx),
                       const void *ctx)
{
	bool with_site = site_of != NULL;
	if (csv) {
		static const char *const h[] = { "site_id", "section", "item", "person_id", "month", "value" };
		csv_record(stdout, h + !with_site, 5 + with_site);
	}
	char value[24], dotted[24], id[24], month[16];
	for (size_t i = 0; i < s->ncounts; i++) {
		const char *f[] = { s->counts[i].section, s->counts[i].item, "", "",
			            summary_people_cell(s->counts[i].people, value) };
		summary_record(csv, with_site, "", f);
	}
	app_hours_format(s->presence_seconds, dotted, sizeof dotted);
	const char *presence[] = { "hours", "presence", "", "", csv_decimal(dotted, value, sizeof value) };
	summary_record(csv, with_site, "", presence);
	for (size_t i = 0; i < s->nmentoring; i++) {
		const struct summary_mentoring *m = &s->mentoring[i];
		snprintf(id, sizeof id, "%lld", m->person_id);
		snprintf(month, sizeof month, "%04d-%02d", m->month / 100 % 10000, m->month % 100);
		app_hours_format(m->seconds, dotted, sizeof dotted);
		const char *f[] = { "mentoring", m->name, id, month, csv_decimal(dotted, value, sizeof value) };
		summary_record(csv, with_site, with_site ? site_of(i, ctx) : NULL, f);
	}
}

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
	cli_summary_print(&s, a->csv, NULL, NULL);
	summary_free(&s);
	return CLI_OK;
}

int cli_summary(const struct cli *cli)
{
	struct summary_args a = { 0 };
	int rc = cli_parse(&summary_cmd, &a, cli->argc, cli->argv);
	return rc != CLI_GO ? rc : cli_with_app(cli, print_summary, &a);
}
