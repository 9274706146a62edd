/* rota scan PAYLOAD, and rota visits */
#include <stdio.h>
#include <string.h>

#include "app/scan.h"
#include "app/visits.h"
#include "cli/cli.h"
#include "cli/csv.h"
#include "util/clock.h"
#include "util/date.h"
#include "util/i18n.h"

/* Prints the one line a scan answers with. */
static void print_scan(const struct scan_result *r)
{
	char at[6], since[6], today[32];
	date_format_hm(r->at, at);
	date_format_hm(r->since, since);
	date_format_duration(r->seconds_today, today, sizeof today);
	switch (r->action) {
	case ATT_CHECK_IN:
		printf(_("Checked in: %s at %s"), r->short_name, at);
		break;
	case ATT_CHECK_OUT:
		printf(_("Checked out: %s at %s, %s today"), r->short_name, at, today);
		break;
	case ATT_ALREADY_IN:
		printf(_("%s is already checked in since %s"), r->short_name, since);
		break;
	case ATT_ALREADY_OUT:
		printf(_("%s already checked out at %s"), r->short_name, since);
		break;
	}
	if (r->closed_stale)
		printf(" %s", _("(an earlier visit had no check-out; a mentor will look at it)"));
	putchar('\n');
}

int cli_scan(const struct cli *cli)
{
	int argc = cli->argc - 1;
	char **argv = cli->argv + 1;
	if (cli_wants_help(argc, argv)) {
		printf("%s", _("Usage:\n"
		               "  rota scan PAYLOAD\n"
		               "      does exactly what a scan at the kiosk does and prints one line;\n"
		               "      exit 0 when checked in, checked out or already in, 1 when rejected\n"));
		return CLI_OK;
	}
	if (argc != 1)
		return cli_usage("scan", _("scan takes one payload"));
	struct app *app = cli_open(cli, false);
	if (!app)
		return CLI_FAIL;
	struct scan_result r;
	enum rota_err e = app_scan(app, argv[0], clock_now(), &r);
	app_close(app);
	if (e != ERR_OK) {
		printf("%s\n", err_message(e));
		return CLI_FAIL;
	}
	print_scan(&r);
	return CLI_OK;
}

struct visits_out {
	bool csv;
};

static void print_visit(const struct visit_row *row, void *ctx)
{
	const struct visits_out *o = ctx;
	char id[24], person[24], day[11], in[20] = "", out[20] = "";
	snprintf(id, sizeof id, "%lld", row->visit.id);
	snprintf(person, sizeof person, "%lld", row->visit.person_id);
	date_format_ymd(row->visit.day, day);
	date_format_datetime(row->visit.check_in, in);
	if (row->visit.check_out)
		date_format_datetime(row->visit.check_out, out);
	const char *fields[] = { id, person, row->name, day, in, out,
		                 visit_status_code(row->visit.status) };
	if (o->csv)
		csv_record(stdout, fields, 7);
	else
		printf("%s\t%s\t%s\t%s\t%s\t%s\t%s\n", id, person, row->name, day, in, out, fields[6]);
}

int cli_visits(const struct cli *cli)
{
	int argc = cli->argc - 1;
	char **argv = cli->argv + 1;
	int from = 0, to = 0;
	struct visits_out o = { .csv = false };
	if (cli_wants_help(argc, argv)) {
		printf("%s", _("Usage:\n"
		               "  rota visits [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--csv]\n"
		               "      visit_id,person_id,name,date,check_in,check_out,status\n"));
		return CLI_OK;
	}
	for (int i = 0; i < argc; i++) {
		if (!strcmp(argv[i], "--csv")) {
			o.csv = true;
		} else if (!strcmp(argv[i], "--from") || !strcmp(argv[i], "--to")) {
			int *slot = argv[i][2] == 'f' ? &from : &to;
			if (i + 1 >= argc || !date_parse_ymd(argv[i + 1], slot))
				return cli_usage("visits", _("a date looks like 2026-11-23"));
			i++;
		} else {
			return cli_usage("visits", _("visits takes --from, --to and --csv"));
		}
	}
	if (from && to && from > to)
		return cli_usage("visits", _("--from is after --to"));
	struct app *app = cli_open(cli, false);
	if (!app)
		return CLI_FAIL;
	if (o.csv) {
		static const char *const header[] = { "visit_id", "person_id", "name", "date",
			                              "check_in", "check_out", "status" };
		csv_record(stdout, header, 7);
	}
	enum rota_err e = app_visits_each(app, from, to, print_visit, &o);
	app_close(app);
	return e == ERR_OK ? CLI_OK : cli_fail(e);
}
