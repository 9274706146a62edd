/* rota scan PAYLOAD, and rota visits */
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "app/calendar.h"
#include "app/scan.h"
#include "app/visits.h"
#include "cli/cli.h"
#include "cli/csv.h"
#include "out/err_words.h"
#include "util/clock.h"
#include "util/date.h"
#include "util/i18n.h"
#include "util/text.h"

/* Prints the one line a scan answers with. */
static void print_scan(const struct scan_result *r)
{
	char at[6], since[6], today[32], name[PERSON_SHORT_MAX * 4];
	/* the name as the records hold it, never raw to the terminal */
	text_escape(name, sizeof name, r->short_name, false);
	date_format_hm(r->at, at);
	date_format_hm(r->since, since);
	date_format_duration(r->seconds_today, today, sizeof today);
	switch (r->action) {
	case ATT_CHECK_IN:
		printf(_("Checked in: %s at %s"), name, at);
		break;
	case ATT_CHECK_OUT:
		printf(_("Checked out: %s at %s, %s today"), name, at, today);
		break;
	case ATT_ALREADY_IN:
		printf(_("%s is already checked in since %s"), name, since);
		break;
	case ATT_ALREADY_OUT:
		printf(_("%s already checked out at %s"), name, since);
		break;
	}
	if (r->closed_stale)
		printf(" %s", _("(an earlier visit had no check-out; a mentor will look at it)"));
	if (r->after_end)
		printf(" %s", _("(after the programme ended: kept for the review, counted once a coordinator accepts it)"));
	putchar('\n');
}

struct scan_args {
	const char *payload;
	long long confirm_by;
};

static const struct opt scan_opts[] = {
	OPT_ARG("PAYLOAD", 0, N_("the digits on the card"), offsetof(struct scan_args, payload)),
	OPT_ID("confirm-by", "ID", 0, N_("the mentor who says a closed day is worked after all"),
	       offsetof(struct scan_args, confirm_by)),
	OPT_END,
};
static const struct opt_cmd scan_cmd = {
	"scan",
	N_("Does exactly what a scan at the kiosk does and prints one line; exit 0 when\n"
	   "checked in, checked out or already in, 1 when rejected. On a public holiday\n"
	   "or a closure (rota calendar) nobody is checked in: it says the workshop is\n"
	   "closed and why, and exits 1, unless --confirm-by names the mentor who says\n"
	   "the day is worked after all. Checking out is never stopped."),
	scan_opts,
};

int cli_scan(const struct cli *cli)
{
	struct scan_args a = { 0 };
	int rc = cli_parse(&scan_cmd, &a, cli->argc, cli->argv);
	if (rc != CLI_GO)
		return rc;
	struct app *app = cli_open_door(cli);
	if (!app)
		return CLI_FAIL;
	struct scan_result r;
	enum rota_err e = a.confirm_by ? app_scan_confirmed(app, a.payload, a.confirm_by, clock_now(), &r)
	                               : app_scan(app, a.payload, clock_now(), &r);
	app_close(app);
	if (e == ERR_DAY_CLOSED) {
		char why[sizeof r.closed_why * 4], name[PERSON_SHORT_MAX * 4];
		text_escape(why, sizeof why, app_day_name_words(r.closed_is_holiday, r.closed_why), false);
		text_escape(name, sizeof name, r.short_name, false);
		/* TRANSLATORS: the person's short name (Ana K.), then the holiday or the closure's reason */
		printf(_("%s: nothing was recorded. The workshop is closed today: %s.\n"), name, why);
		return CLI_FAIL;
	}
	if (e == ERR_NOT_MENTOR) {
		printf("%s\n", _("--confirm-by is not an active mentor or coordinator. Nothing was recorded."));
		return CLI_FAIL;
	}
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
	csv_row(stdout, o->csv, fields, 7);
}

struct visits_args {
	int from, to;
	bool csv;
};

static const struct opt visits_opts[] = {
	OPT_DATE("from", 0, N_("the first day (else the first visit)"), offsetof(struct visits_args, from)),
	OPT_DATE("to", 0, N_("the last day (else the last visit)"), offsetof(struct visits_args, to)),
	CSV_OPTIONS(0, N_("CSV with a header row"), offsetof(struct visits_args, csv)),
	OPT_END,
};
static const struct opt_cmd visits_cmd = {
	"visits", N_("Lists visits: visit_id,person_id,name,date,check_in,check_out,status"), visits_opts,
};

static int list_visits(struct app *app, const struct cli *cli, void *args)
{
	(void)cli;
	const struct visits_args *a = args;
	struct visits_out o = { .csv = a->csv };
	if (o.csv) {
		static const char *const header[] = { "visit_id", "person_id", "name", "date",
			                              "check_in", "check_out", "status" };
		csv_record(stdout, header, 7);
	}
	enum rota_err e = app_visits_each(app, a->from, a->to, print_visit, &o);
	return e == ERR_OK ? CLI_OK : cli_fail(e);
}

int cli_visits(const struct cli *cli)
{
	struct visits_args a = { 0 };
	int rc = cli_parse(&visits_cmd, &a, cli->argc, cli->argv);
	if (rc != CLI_GO)
		return rc;
	if (a.from && a.to && a.from > a.to)
		return cli_usage(&visits_cmd, _("--from is after --to"));
	return cli_with_app(cli, list_visits, &a);
}
