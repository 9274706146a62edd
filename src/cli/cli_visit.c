/* rota visit correct|add|close-open|history|accept: a mentor puts the visit record
 * right; every change lands in the visit's history. Parsing only: the rules
 * live in src/core, the transactions in src/app. */
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "app/visits.h"
#include "cli/cli.h"
#include "cli/cli_month.h"
#include "cli/csv.h"
#include "out/refusal_words.h"
#include "util/clock.h"
#include "util/date.h"
#include "util/i18n.h"

static void time_or_empty(time_t t, char out[20])
{
	out[0] = '\0';
	if (t)
		date_format_datetime(t, out);
}

static void print_change(const struct visit_change *c, void *ctx)
{
	const bool *csv = ctx;
	char id[24], seq[12], at[20], by[24] = "", oi[20], oo[20], ni[20], no[20];
	snprintf(id, sizeof id, "%lld", c->visit_id);
	snprintf(seq, sizeof seq, "%d", c->seq);
	date_format_datetime(c->at, at);
	if (c->by > 0)
		snprintf(by, sizeof by, "%lld", c->by);
	time_or_empty(c->has_before ? c->before.check_in : 0, oi);
	time_or_empty(c->has_before ? c->before.check_out : 0, oo);
	time_or_empty(c->after.check_in, ni);
	time_or_empty(c->after.check_out, no);
	const char *f[] = { id, seq, at, by, c->action, c->reason, c->terminal, oi, oo,
		            c->has_before ? visit_status_code(c->before.status) : "", ni, no,
		            visit_status_code(c->after.status) };
	csv_row(stdout, *csv, f, 13);
}

struct history_args {
	long long id;
	bool csv;
};

static const struct opt history_opts[] = {
	OPT_ARG_ID("VISIT_ID", 0, N_("the visit"), offsetof(struct history_args, id)),
	CSV_OPTIONS(0, N_("CSV with a header row"), offsetof(struct history_args, csv)),
	OPT_END,
};
static const struct opt_cmd history_cmd = {
	"visit history",
	N_("Every change to a visit: visit_id,seq,at,by,action,reason,terminal,old_check_in,\n"
	   "old_check_out,old_status,new_check_in,new_check_out,new_status"),
	history_opts,
};

static int history(struct app *app, const struct cli *cli, void *args)
{
	(void)cli;
	struct history_args *a = args;
	if (a->csv) {
		static const char *const h[] = { "visit_id", "seq", "at", "by", "action", "reason", "terminal",
			                         "old_check_in", "old_check_out", "old_status", "new_check_in",
			                         "new_check_out", "new_status" };
		csv_record(stdout, h, 13);
	}
	enum rota_err e = app_visit_history(app, a->id, print_change, &a->csv);
	return e == ERR_OK ? CLI_OK : cli_fail(e);
}

static int visit_history(const struct cli *cli, int argc, char **argv)
{
	struct history_args a = { 0 };
	int rc = cli_parse(&history_cmd, &a, argc, argv);
	return rc != CLI_GO ? rc : cli_with_app(cli, history, &a);
}

/* Says on stderr which option broke which rule, with the values. */
static int refuse(const struct refusal *why)
{
	char words[512];
	return cli_refuse(refusal_words(why, REFUSAL_FOR_SHELL, words, sizeof words));
}

struct correct_args {
	long long id, by;
	const char *in, *out, *reason;
};

static const struct opt correct_opts[] = {
	OPT_ARG_ID("VISIT_ID", 0, N_("the visit"), offsetof(struct correct_args, id)),
	OPT_STRING("check-out", "HH:MM", OPT_REQUIRED, N_("the real check-out (after midnight: YYYY-MM-DD HH:MM)"),
	           offsetof(struct correct_args, out)),
	OPT_STRING("check-in", "HH:MM", 0, N_("the real check-in, when that was wrong too"),
	           offsetof(struct correct_args, in)),
	OPT_ID("by", "ID", OPT_REQUIRED, N_("the mentor who corrects it"), offsetof(struct correct_args, by)),
	OPT_STRING("reason", "TEXT", OPT_REQUIRED, N_("why, in a few words"), offsetof(struct correct_args, reason)),
	OPT_END,
};
static const struct opt_cmd correct_cmd = {
	"visit correct", N_("A recorded correction; the history keeps what was there before."), correct_opts,
};

static int visit_correct(const struct cli *cli, int argc, char **argv)
{
	struct correct_args a = { 0 };
	int rc = cli_parse(&correct_cmd, &a, argc, argv);
	if (rc != CLI_GO)
		return rc;
	if (!*a.reason)
		return cli_usage(&correct_cmd, _("--reason needs a few words"));
	struct app *app = cli_open(cli, false);
	if (!app)
		return CLI_FAIL;
	struct refusal why;
	enum rota_err e = app_visit_correct(app, a.id, a.in, a.out, a.by, a.reason, clock_now(), &why);
	struct visit v = { 0 };
	if (e == ERR_MONTH_CLOSED && app_visit_get(app, a.id, &v) == ERR_OK) {
		app_close(app);
		return cli_month_refuse_closed(v.day);
	}
	app_close(app);
	if (e != ERR_OK)
		return refuse(&why);
	printf("%s\n", _("The correction was recorded."));
	return CLI_OK;
}

struct add_args {
	long long person, by;
	int day;
	const char *in, *out, *reason;
};

static const struct opt add_opts[] = {
	OPT_ARG_ID("PERSON_ID", 0, N_("the person who was there"), offsetof(struct add_args, person)),
	OPT_DATE("date", OPT_REQUIRED, N_("the day of the visit"), offsetof(struct add_args, day)),
	OPT_STRING("check-in", "HH:MM", OPT_REQUIRED, N_("when the person came"), offsetof(struct add_args, in)),
	OPT_STRING("check-out", "HH:MM", OPT_REQUIRED, N_("when the person left (after midnight: YYYY-MM-DD HH:MM)"),
	           offsetof(struct add_args, out)),
	OPT_ID("by", "ID", OPT_REQUIRED, N_("the mentor who adds it"), offsetof(struct add_args, by)),
	OPT_STRING("reason", "TEXT", OPT_REQUIRED, N_("why, in a few words"), offsetof(struct add_args, reason)),
	OPT_END,
};
static const struct opt_cmd add_cmd = {
	"visit add", N_("Records a visit that was never scanned and prints its id; the history shows it as added."),
	add_opts,
};

static int visit_add(const struct cli *cli, int argc, char **argv)
{
	struct add_args a = { 0 };
	long long id = 0;
	int rc = cli_parse(&add_cmd, &a, argc, argv);
	if (rc != CLI_GO)
		return rc;
	if (!*a.reason)
		return cli_usage(&add_cmd, _("--reason needs a few words"));
	struct app *app = cli_open(cli, false);
	if (!app)
		return CLI_FAIL;
	struct refusal why;
	enum rota_err e = app_visit_add(app, a.person, a.day, a.in, a.out, a.by, a.reason, clock_now(), &id, &why);
	app_close(app);
	if (e == ERR_MONTH_CLOSED)
		return cli_month_refuse_closed(a.day);
	if (e != ERR_OK)
		return refuse(&why);
	printf("%lld\n", id);
	return CLI_OK;
}

struct accept_args {
	long long id, by;
	const char *reason;
};

static const struct opt accept_opts[] = {
	OPT_ARG_ID("VISIT_ID", 0, N_("the visit, as rota review names it"), offsetof(struct accept_args, id)),
	OPT_ID("by", "ID", OPT_REQUIRED, N_("the coordinator who accepts it"), offsetof(struct accept_args, by)),
	OPT_STRING("reason", "TEXT", 0, N_("why, in a few words (needed in a closed month)"),
	           offsetof(struct accept_args, reason)),
	OPT_END,
};
static const struct opt_cmd accept_cmd = {
	"visit accept",
	N_("Accepts a visit scanned after the person's programme ended: until then it counts in no hours or list."),
	accept_opts,
};

static int visit_accept(const struct cli *cli, int argc, char **argv)
{
	struct accept_args a = { 0 };
	int rc = cli_parse(&accept_cmd, &a, argc, argv);
	if (rc != CLI_GO)
		return rc;
	struct app *app = cli_open(cli, false);
	if (!app)
		return CLI_FAIL;
	struct refusal why;
	enum rota_err e = app_visit_accept(app, a.id, a.by, a.reason, clock_now(), &why);
	struct visit v = { 0 };
	if (e == ERR_MONTH_CLOSED && app_visit_get(app, a.id, &v) == ERR_OK) {
		app_close(app);
		return cli_month_refuse_closed(v.day);
	}
	app_close(app);
	if (e != ERR_OK)
		return refuse(&why);
	printf("%s\n", _("The visit was accepted; it counts from now on."));
	return CLI_OK;
}

struct close_args {
	long long by;
	int at; /* minutes after midnight; -1: the closing time */
};

static bool parse_hm(const char *v, void *dest) { return date_parse_hm(v, dest); }

static const struct opt close_opts[] = {
	OPT_ID("by", "ID", OPT_REQUIRED, N_("the mentor who closes them"), offsetof(struct close_args, by)),
	OPT_CALLBACK("at", "HH:MM", 0, parse_hm, N_("a time like 16:00"), N_("the check-out time (else the closing time)"),
	             offsetof(struct close_args, at)),
	OPT_END,
};
static const struct opt_cmd close_cmd = {
	"visit close-open",
	N_("Checks out everyone still checked in today at the closing time, each recorded as such."),
	close_opts,
};

static int visit_close_open(const struct cli *cli, int argc, char **argv)
{
	struct close_args a = { .at = -1 };
	int rc = cli_parse(&close_cmd, &a, argc, argv);
	if (rc != CLI_GO)
		return rc;
	struct app *app = cli_open(cli, false);
	if (!app)
		return CLI_FAIL;
	time_t now = clock_now();
	time_t at = a.at >= 0 ? date_day_start(date_ymd(now)) + (time_t)a.at * 60 : app_visit_closing_time(app, now);
	int closed = 0;
	enum rota_err e = app_visits_close_open(app, at, a.by, NULL, now, &closed);
	app_close(app);
	if (e == ERR_NOT_MENTOR)
		return cli_refuse(_("Nothing was changed: --by must be a mentor."));
	if (e != ERR_OK)
		return cli_fail(e);
	char hm[6];
	date_format_hm(at, hm);
	printf(_("Visits closed at %s: %d\n"), hm, closed);
	return CLI_OK;
}

int cli_visit(const struct cli *cli)
{
	static const struct cli_verb verbs[] = { { &correct_cmd, visit_correct }, { &add_cmd, visit_add },
		                                 { &close_cmd, visit_close_open }, { &history_cmd, visit_history },
		                                 { &accept_cmd, visit_accept } };
	return cli_run_verb(cli, verbs, 5, NULL);
}

