/* rota month close|reopen|list|amendments: a coordinator closes the
 * month's attendance list as signed, reopens it with a reason, and
 * everyone can read the closings and the amendments made since. */
#include "cli/cli_month.h"

#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/hours.h"
#include "app/month.h"
#include "app/month_words.h"
#include "cli/cli.h"
#include "cli/csv.h"
#include "util/clock.h"
#include "util/date.h"
#include "util/i18n.h"

static void format_month(int yyyymm, char out[8])
{
	snprintf(out, 8, "%04u-%02u", (unsigned)yyyymm / 100 % 10000, (unsigned)yyyymm % 100);
}

static void decimal_hours(long seconds, char *out, size_t n)
{
	char dotted[24];
	app_hours_format(seconds, dotted, sizeof dotted);
	csv_decimal(dotted, out, n);
}

int cli_month_refuse_closed(int day)
{
	char m[8];
	format_month(day / 100, m);
	fprintf(stderr, _("rota: %s is a closed month.\n"), m);
	return cli_fail(ERR_MONTH_CLOSED);
}

struct csv_ctx {
	struct app *app;
	const char *site;
};

/* Writes a record of 8 fields, after the site's id when there is one. */
static void site_record(const char *site, const char *const *f)
{
	const char *g[9] = { site };
	for (int i = 0; i < 8; i++)
		g[i + 1] = f[i];
	csv_record(stdout, site ? g : f, 8 + (site != NULL));
}

static void amended_record(const struct month_amendment *a, void *ctx)
{
	struct csv_ctx *c = ctx;
	char id[24], name[128], date[11], hours[24];
	snprintf(id, sizeof id, "%lld", a->person_id);
	app_month_person_name(c->app, a->person_id, name, sizeof name);
	date_format_ymd(a->day, date);
	decimal_hours(a->after_seconds, hours, sizeof hours);
	const char *f[] = { id, name, date, "amended", "", "", hours, "" };
	site_record(c->site, f);
}

void cli_month_csv_records(struct app *app, const char *site, int yyyymm)
{
	bool closed = false;
	struct month_close mc;
	if (app_month_closed(app, yyyymm, &mc, &closed) == ERR_OK && closed) {
		char id[24], name[128], date[11], print[80];
		snprintf(id, sizeof id, "%lld", mc.by);
		app_month_person_name(app, mc.by, name, sizeof name);
		date_format_ymd(date_ymd(mc.at), date);
		snprintf(print, sizeof print, "sha256:%s", mc.fingerprint);
		const char *f[] = { id, name, date, "closed", "", "", print, "" };
		site_record(site, f);
	}
	struct csv_ctx c = { app, site };
	app_month_amendments(app, 0, yyyymm, amended_record, &c);
}

/* rota month close YYYY-MM --by ID */

struct close_args {
	const char *month;
	long long by;
	const char *reason;
};

static bool month_arg(const char *s, int *yyyymm)
{
	return s && cli_parse_month(s, yyyymm);
}

static const struct opt close_opts[] = {
	OPT_ARG("YYYY-MM", 0, N_("the month, over by now"), offsetof(struct close_args, month)),
	OPT_ID("by", "ID", OPT_REQUIRED, N_("the coordinator who closes it"), offsetof(struct close_args, by)),
	OPT_END,
};
static const struct opt_cmd close_cmd = {
	"month close",
	N_("Closes the month's attendance list as it is signed: its cells and totals are kept as they are, with a "
	   "fingerprint printed on the list; a later change to the month needs a coordinator and a reason and is "
	   "recorded as an amendment."),
	close_opts,
};

static int month_close(const struct cli *cli, int argc, char **argv)
{
	struct close_args a = { 0 };
	int month;
	int rc = cli_parse(&close_cmd, &a, argc, argv);
	if (rc != CLI_GO)
		return rc;
	if (!month_arg(a.month, &month))
		return cli_usage(&close_cmd, _("a month like 2026-11"));
	struct app *app = cli_open(cli, false);
	if (!app)
		return CLI_FAIL;
	struct month_close c;
	enum rota_err e = app_month_close(app, month, a.by, clock_now(), &c, NULL);
	app_close(app);
	char m[8];
	format_month(month, m);
	if (e == ERR_INVALID) {
		fprintf(stderr, _("rota: %s was not closed: a month is closed once it is over.\n"), m);
		return CLI_FAIL;
	}
	if (e == ERR_MONTH_CLOSED_ALREADY)
		fprintf(stderr, _("rota: %s is a closed month.\n"), m);
	if (e != ERR_OK)
		return cli_fail(e);
	printf(_("%s is closed. Fingerprint (SHA-256): %s\n"), m, c.fingerprint);
	return CLI_OK;
}

/* rota month reopen YYYY-MM --by ID --reason TEXT */

static const struct opt reopen_opts[] = {
	OPT_ARG("YYYY-MM", 0, N_("the closed month"), offsetof(struct close_args, month)),
	OPT_ID("by", "ID", OPT_REQUIRED, N_("the coordinator who reopens it"), offsetof(struct close_args, by)),
	OPT_STRING("reason", "TEXT", OPT_REQUIRED, N_("why, in a few words"), offsetof(struct close_args, reason)),
	OPT_END,
};
static const struct opt_cmd reopen_cmd = {
	"month reopen",
	N_("Reopens a closed month, recorded with who, when and why; its signed list and fingerprint stay in the "
	   "records, and closing it again makes a new one."),
	reopen_opts,
};

static int month_reopen(const struct cli *cli, int argc, char **argv)
{
	struct close_args a = { 0 };
	int month;
	int rc = cli_parse(&reopen_cmd, &a, argc, argv);
	if (rc != CLI_GO)
		return rc;
	if (!month_arg(a.month, &month))
		return cli_usage(&reopen_cmd, _("a month like 2026-11"));
	struct app *app = cli_open(cli, false);
	if (!app)
		return CLI_FAIL;
	enum rota_err e = app_month_reopen(app, month, a.by, a.reason, clock_now(), NULL);
	app_close(app);
	char m[8];
	format_month(month, m);
	if (e == ERR_NOT_COORDINATOR)
		return cli_refuse(_("Only a coordinator (--by) reopens a month. Nothing was changed."));
	if (e == ERR_MONTH_OPEN)
		fprintf(stderr, _("rota: %s is not closed.\n"), m);
	if (e != ERR_OK)
		return cli_fail(e);
	printf(_("%s is open again.\n"), m);
	return CLI_OK;
}

/* rota month list [--csv] */

struct list_args {
	bool csv;
	const char *month;
};

struct list_ctx {
	struct app *app;
	bool csv;
};

static void print_close(const struct month_close *c, void *ctx)
{
	struct list_ctx *l = ctx;
	char m[8], at[20], by[24], reopened[20] = "", rby[24] = "", check[MONTH_FINGERPRINT_HEX + 1] = "";
	format_month(c->month, m);
	date_format_datetime(c->at, at);
	snprintf(by, sizeof by, "%lld", c->by);
	if (c->reopened_at) {
		date_format_datetime(c->reopened_at, reopened);
		snprintf(rby, sizeof rby, "%lld", c->reopened_by);
	}
	bool whole = app_month_fingerprint(l->app, c, check) == ERR_OK && !strcmp(check, c->fingerprint);
	const char *f[] = { m, at, by, c->fingerprint, whole ? "1" : "0", reopened, rby, c->reopen_reason };
	csv_row(stdout, l->csv, f, 8);
}

static const struct opt list_opts[] = {
	CSV_OPTIONS(0, N_("CSV with a header row"), offsetof(struct list_args, csv)),
	OPT_END,
};
static const struct opt_cmd list_cmd = {
	"month list",
	N_("Every closing: month,closed_at,closed_by,fingerprint,matches,reopened_at,reopened_by,reopen_reason\n"
	   "(matches: 1 when the fingerprint recomputed from the kept list is the one printed on it)"),
	list_opts,
};

static int run_list(struct app *app, const struct cli *cli, void *args)
{
	(void)cli;
	struct list_args *a = args;
	struct list_ctx l = { app, a->csv };
	if (a->csv) {
		const char *h[] = { "month", "closed_at", "closed_by", "fingerprint", "matches", "reopened_at",
			            "reopened_by", "reopen_reason" };
		csv_record(stdout, h, 8);
	}
	enum rota_err e = app_month_each(app, print_close, &l);
	return e == ERR_OK ? CLI_OK : cli_fail(e);
}

static int month_list(const struct cli *cli, int argc, char **argv)
{
	struct list_args a = { 0 };
	int rc = cli_parse(&list_cmd, &a, argc, argv);
	return rc != CLI_GO ? rc : cli_with_app(cli, run_list, &a);
}

/* rota month amendments [YYYY-MM] [--csv] */

static const struct opt amend_opts[] = {
	OPT_ARG("YYYY-MM", OPT_OPTIONAL, N_("only the amendments of this closed month"), offsetof(struct list_args, month)),
	CSV_OPTIONS(0, N_("CSV with a header row"), offsetof(struct list_args, csv)),
	OPT_END,
};
static const struct opt_cmd amend_cmd = {
	"month amendments",
	N_("Changes made to closed months: id,month,day,person_id,name,what,ref_id,hours_before,hours_after,\n"
	   "by,at,reason,shown_on (the month whose list shows it)"),
	amend_opts,
};

static void print_amendment(const struct month_amendment *a, void *ctx)
{
	struct list_ctx *l = ctx;
	char id[24], m[8], day[11], pid[24], name[128], ref[24], before[24], after[24], by[24], at[20], shown[8];
	snprintf(id, sizeof id, "%lld", a->id);
	format_month(a->month, m);
	date_format_ymd(a->day, day);
	snprintf(pid, sizeof pid, "%lld", a->person_id);
	app_month_person_name(l->app, a->person_id, name, sizeof name);
	snprintf(ref, sizeof ref, "%lld", a->ref_id);
	decimal_hours(a->before_seconds, before, sizeof before);
	decimal_hours(a->after_seconds, after, sizeof after);
	snprintf(by, sizeof by, "%lld", a->by);
	date_format_datetime(a->at, at);
	format_month(a->list_month, shown);
	const char *f[] = { id, m, day, pid, name, a->what, ref, before, after, by, at, a->reason, shown };
	csv_row(stdout, l->csv, f, 13);
}

static int run_amendments(struct app *app, const struct cli *cli, void *args)
{
	(void)cli;
	struct list_args *a = args;
	int month = 0;
	if (a->month && !cli_parse_month(a->month, &month))
		return cli_usage(&amend_cmd, _("a month like 2026-11"));
	struct list_ctx l = { app, a->csv };
	if (a->csv) {
		const char *h[] = { "id", "month", "day", "person_id", "name", "what", "ref_id", "hours_before",
			            "hours_after", "by", "at", "reason", "shown_on" };
		csv_record(stdout, h, 13);
	}
	enum rota_err e = app_month_amendments(app, month, 0, print_amendment, &l);
	return e == ERR_OK ? CLI_OK : cli_fail(e);
}

static int month_amendments(const struct cli *cli, int argc, char **argv)
{
	struct list_args a = { 0 };
	int rc = cli_parse(&amend_cmd, &a, argc, argv);
	return rc != CLI_GO ? rc : cli_with_app(cli, run_amendments, &a);
}

int cli_month(const struct cli *cli)
{
	static const struct cli_verb verbs[] = { { &close_cmd, month_close }, { &reopen_cmd, month_reopen },
		                                 { &list_cmd, month_list }, { &amend_cmd, month_amendments } };
	return cli_run_verb(cli, verbs, 4, "list");
}
