/* rota calendar, rota closure add|list|remove, rota absence add|list|cancel: the
 * workshop's calendar and excused absences. */
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/calendar.h"
#include "app/visits.h"
#include "cli/cli.h"
#include "cli/cli_month.h"
#include "cli/csv.h"
#include "out/refusal_words.h"
#include "util/clock.h"
#include "util/date.h"
#include "util/i18n.h"
#include "util/text.h"

static const char *const countries[] = { "si", "hr", NULL };

struct calendar_args {
	int year, country;
	bool csv;
};

static const struct opt calendar_opts[] = {
	OPT_INT("year", "YYYY", OPT_REQUIRED, 1970, 9999, N_("the year to list"), offsetof(struct calendar_args, year)),
	OPT_CHOICE("country", countries, 0, N_("whose public holidays (default: the workshop's country)"),
	           offsetof(struct calendar_args, country)),
	CSV_OPTIONS(0, N_("CSV with a header row: date,kind,name (a holiday's official name, in its "
	                                "country's language)"), offsetof(struct calendar_args, csv)),
	OPT_END,
};
static const struct opt_cmd calendar_cmd = {
	"calendar", N_("Lists the days the workshop does not work: weekends, public holidays and closures."),
	calendar_opts,
};

int cli_calendar(const struct cli *cli)
{
	struct calendar_args a = { .country = -1 };
	int rc = cli_parse(&calendar_cmd, &a, cli->argc, cli->argv);
	if (rc != CLI_GO)
		return rc;
	struct app *app = cli_open(cli, false);
	if (!app)
		return CLI_FAIL;
	enum cal_country c = a.country == 1 ? CAL_HR : CAL_SI;
	struct app_calendar cal;
	int first = a.year * 10000 + 101, last = a.year * 10000 + 1231;
	enum rota_err e = app_calendar_load(app, first, last, a.country >= 0 ? &c : NULL, &cal);
	app_close(app);
	if (e != ERR_OK)
		return cli_fail(e);
	if (a.csv) {
		static const char *const h[] = { "date", "kind", "name" };
		csv_record(stdout, h, 3);
	}
	for (long d = calendar_days(first); d <= calendar_days(last); d++) {
		int ymd = calendar_ymd(d);
		const char *name;
		enum day_kind k = calendar_day_kind(&cal.cal, ymd, &name);
		if (k == DAY_WORK)
			continue;
		char day[11];
		date_format_ymd(ymd, day);
		/* A holiday's name: the reader's words on a plain line, its official
		 * name in --csv (machine form: the same whoever runs it, as the law
		 * names it; a script keys on it). */
		const char *f[] = { day, calendar_kind_code(k), a.csv ? name : app_day_name_words(k == DAY_HOLIDAY, name) };
		csv_row(stdout, a.csv, f, 3);
	}
	app_calendar_free(&cal);
	return CLI_OK;
}

struct closure_args {
	const char *reason;
	int from, to, year;
	long long by, id;
	bool csv;
};

static const struct opt closure_add_opts[] = {
	OPT_ARG_DATE("DATE", 0, N_("the first day the workshop is closed, like 2026-12-28"),
	             offsetof(struct closure_args, from)),
	OPT_DATE("to", 0, N_("the last day closed (default: the same day)"), offsetof(struct closure_args, to)),
	OPT_STRING("reason", "TEXT", OPT_REQUIRED, N_("why the workshop is closed"), offsetof(struct closure_args, reason)),
	OPT_ID("by", "ID", OPT_REQUIRED, N_("the coordinator who records it"), offsetof(struct closure_args, by)),
	OPT_END,
};
static const struct opt_cmd closure_add_cmd = {
	"closure add",
	N_("Records days the workshop is closed: nobody is expected then, and a card at\n"
	   "the door checks nobody in (a mentor can let a check-in through)."),
	closure_add_opts,
};

static const struct opt closure_remove_opts[] = {
	OPT_ARG_ID("CLOSURE_ID", 0, N_("the closure's id, as 'rota closure list' prints it"),
	           offsetof(struct closure_args, id)),
	OPT_ID("by", "ID", OPT_REQUIRED, N_("the coordinator who removes it"), offsetof(struct closure_args, by)),
	OPT_END,
};
static const struct opt_cmd closure_remove_cmd = {
	"closure remove", N_("Removes a closure recorded by mistake: its days are open again (the record keeps it, marked)."),
	closure_remove_opts,
};

static const struct opt closure_list_opts[] = {
	OPT_INT("year", "YYYY", 0, 1970, 9999, N_("only this year's closures"), offsetof(struct closure_args, year)),
	CSV_OPTIONS(0, N_("CSV with a header row: id,from,to,reason"), offsetof(struct closure_args, csv)),
	OPT_END,
};
static const struct opt_cmd closure_list_cmd = {
	"closure list", N_("Lists the days the workshop is closed (also without a verb)."), closure_list_opts,
};

static int closure_add(const struct cli *cli, int argc, char **argv)
{
	struct closure_args a = { 0 };
	int rc = cli_parse(&closure_add_cmd, &a, argc, argv);
	if (rc != CLI_GO)
		return rc;
	struct app *app = cli_open(cli, false);
	if (!app)
		return CLI_FAIL;
	long long id = 0;
	struct refusal why;
	char words[512];
	enum rota_err e = app_closure_add(app, a.from, a.to, a.reason, a.by, clock_now(), &id, &why);
	app_close(app);
	if (e != ERR_OK)
		return cli_refuse(refusal_words(&why, REFUSAL_FOR_SHELL, words, sizeof words));
	printf(_("Closure %lld was recorded.\n"), id);
	return CLI_OK;
}

static int closure_list(const struct cli *cli, int argc, char **argv)
{
	struct closure_args a = { 0 };
	int rc = cli_parse(&closure_list_cmd, &a, argc, argv);
	if (rc != CLI_GO)
		return rc;
	struct app *app = cli_open(cli, false);
	if (!app)
		return CLI_FAIL;
	struct app_calendar cal;
	enum rota_err e = app_calendar_load(app, a.year ? a.year * 10000 + 101 : 0,
	                                    a.year ? a.year * 10000 + 1231 : 99991231, NULL, &cal);
	app_close(app);
	if (e != ERR_OK)
		return cli_fail(e);
	if (a.csv) {
		static const char *const h[] = { "id", "from", "to", "reason" };
		csv_record(stdout, h, 4);
	}
	for (size_t i = 0; i < cal.cal.nclosures; i++) {
		const struct closure *c = &cal.cal.closures[i];
		char id[24], from[11], to[11];
		snprintf(id, sizeof id, "%lld", c->id);
		date_format_ymd(c->from, from);
		date_format_ymd(c->to, to);
		const char *f[] = { id, from, to, c->reason };
		csv_row(stdout, a.csv, f, 4);
	}
	app_calendar_free(&cal);
	return CLI_OK;
}

static int closure_remove(const struct cli *cli, int argc, char **argv)
{
	struct closure_args a = { 0 };
	int rc = cli_parse(&closure_remove_cmd, &a, argc, argv);
	if (rc != CLI_GO)
		return rc;
	struct app *app = cli_open(cli, false);
	if (!app)
		return CLI_FAIL;
	struct refusal why;
	char words[512];
	enum rota_err e = app_closure_remove(app, a.id, a.by, clock_now(), &why);
	app_close(app);
	if (e != ERR_OK)
		return cli_refuse(refusal_words(&why, REFUSAL_FOR_SHELL, words, sizeof words));
	printf(_("Closure %lld was removed; the record keeps it.\n"), a.id);
	return CLI_OK;
}

int cli_closure(const struct cli *cli)
{
	static const struct cli_verb verbs[] = { { &closure_list_cmd, closure_list },
		                                 { &closure_add_cmd, closure_add },
		                                 { &closure_remove_cmd, closure_remove } };
	return cli_run_verb(cli, verbs, 3, "list");
}

struct absence_args {
	long long person, by, id;
	int from, to;
	const char *reason, *note;
	bool csv;
};

static const struct opt absence_add_opts[] = {
	OPT_ARG_ID("PERSON_ID", 0, N_("the participant's id"), offsetof(struct absence_args, person)),
	OPT_DATE("from", OPT_REQUIRED, N_("the first day away"), offsetof(struct absence_args, from)),
	OPT_DATE("to", 0, N_("the last day away (default: the same day)"), offsetof(struct absence_args, to)),
	OPT_STRING("reason", "CODE", OPT_REQUIRED,
	           N_("one of the workshop's reasons: rota config, absence_reasons"),
	           offsetof(struct absence_args, reason)),
	OPT_STRING("note", "TEXT", 0, N_("a few words more, if needed"), offsetof(struct absence_args, note)),
	OPT_ID("by", "ID", OPT_REQUIRED, N_("the mentor who records it"), offsetof(struct absence_args, by)),
	OPT_END,
};
static const struct opt_cmd absence_add_cmd = {
	"absence add", N_("Records an excused absence for a day or a range of days."), absence_add_opts,
};

static const struct opt absence_list_opts[] = {
	OPT_ARG_ID("PERSON_ID", OPT_OPTIONAL, N_("only this participant's absences"),
	           offsetof(struct absence_args, person)),
	CSV_OPTIONS(0, N_("CSV with a header row: id,person_id,from,to,reason,note,by,recorded_at,cancelled_at"),
	         offsetof(struct absence_args, csv)),
	OPT_END,
};
static const struct opt_cmd absence_list_cmd = {
	"absence list", N_("Lists excused absences, cancelled ones too (also without a verb)."), absence_list_opts,
};

static const struct opt absence_cancel_opts[] = {
	OPT_ARG_ID("ABSENCE_ID", 0, N_("the absence's id, as 'rota absence list' prints it"),
	           offsetof(struct absence_args, id)),
	OPT_ID("by", "ID", OPT_REQUIRED, N_("the mentor who cancels it"), offsetof(struct absence_args, by)),
	OPT_END,
};
static const struct opt_cmd absence_cancel_cmd = {
	"absence cancel", N_("Cancels an absence recorded by mistake (the record keeps it, marked)."),
	absence_cancel_opts,
};

static int absence_add(const struct cli *cli, int argc, char **argv)
{
	struct absence_args a = { 0 };
	int rc = cli_parse(&absence_add_cmd, &a, argc, argv);
	if (rc != CLI_GO)
		return rc;
	struct absence r = { .person_id = a.person, .by_person = a.by, .from = a.from, .to = a.to };
	if (a.note && strlen(a.note) >= sizeof r.note)
		return cli_fail(ERR_TEXT_TOO_LONG);
	/* A reason longer than any code is none of the workshop's. */
	text_copy(r.reason, sizeof r.reason, strlen(a.reason) < sizeof r.reason ? a.reason : "");
	text_copy(r.note, sizeof r.note, a.note ? a.note : "");
	struct app *app = cli_open(cli, false);
	if (!app)
		return CLI_FAIL;
	long long id = 0;
	struct refusal why;
	char words[512];
	enum rota_err e = app_absence_add(app, &r, clock_now(), &id, &why);
	char days[160] = "";
	if (e == ERR_ABSENCE_PRESENT && app_visit_days_words(app, r.person_id, r.from, r.to ? r.to : r.from, days,
	                                                     sizeof days) != ERR_OK)
		days[0] = '\0';
	app_close(app);
	if (e == ERR_MONTH_CLOSED)
		return cli_month_refuse_closed(r.from);
	if (e != ERR_OK)
		cli_refuse(refusal_words(&why, REFUSAL_FOR_SHELL, words, sizeof words));
	if (e == ERR_ABSENCE_PRESENT)
		fprintf(stderr, _("rota: days with a visit: %s\n"), days);
	if (e != ERR_OK)
		return CLI_FAIL;
	printf(_("Absence %lld was recorded.\n"), id);
	return CLI_OK;
}

static void print_absence(const struct absence *r, void *ctx)
{
	const bool *csv = ctx;
	char id[24], person[24], from[11], to[11], by[24], at[20], cancelled[20] = "";
	snprintf(id, sizeof id, "%lld", r->id);
	snprintf(person, sizeof person, "%lld", r->person_id);
	date_format_ymd(r->from, from);
	date_format_ymd(r->to, to);
	snprintf(by, sizeof by, "%lld", r->by_person);
	date_format_datetime(r->at, at);
	if (r->cancelled_at)
		date_format_datetime(r->cancelled_at, cancelled);
	const char *f[] = { id, person, from, to, r->reason, r->note, by, at, cancelled };
	if (*csv) {
		csv_row(stdout, true, f, 9);
		return;
	}
	/* The plain line says the reason in words and marks a cancelled one. */
	char reason[64], mark[64] = "";
	if (r->cancelled_at)
		snprintf(mark, sizeof mark, "(%s)", _("cancelled"));
	const char *t[] = { id, person, from, to, app_absence_reason_words(r->reason, reason, sizeof reason), r->note,
		            mark };
	csv_row(stdout, false, t, 7);
}

static int list_absences(struct app *app, const struct cli *cli, void *args)
{
	(void)cli;
	struct absence_args *a = args;
	if (a->csv) {
		static const char *const h[] = { "id", "person_id", "from", "to", "reason", "note", "by",
			                         "recorded_at", "cancelled_at" };
		csv_record(stdout, h, 9);
	}
	enum rota_err e = app_absence_each(app, a->person, 0, 0, print_absence, &a->csv);
	return e == ERR_OK ? CLI_OK : cli_fail(e);
}

static int absence_list(const struct cli *cli, int argc, char **argv)
{
	struct absence_args a = { 0 };
	int rc = cli_parse(&absence_list_cmd, &a, argc, argv);
	return rc != CLI_GO ? rc : cli_with_app(cli, list_absences, &a);
}

static int absence_cancel(const struct cli *cli, int argc, char **argv)
{
	struct absence_args a = { 0 };
	int rc = cli_parse(&absence_cancel_cmd, &a, argc, argv);
	if (rc != CLI_GO)
		return rc;
	struct app *app = cli_open(cli, false);
	if (!app)
		return CLI_FAIL;
	enum rota_err e = app_absence_cancel(app, a.id, a.by, clock_now());
	app_close(app);
	if (e == ERR_NOT_MENTOR)
		return cli_refuse(_("Nothing was changed: --by must be a mentor or a coordinator."));
	if (e == ERR_NOT_FOUND)
		return cli_refuse(_("There is no such absence, or it is already cancelled. Nothing was changed."));
	if (e != ERR_OK)
		return cli_fail(e);
	printf("%s\n", _("The absence was cancelled; the record keeps it."));
	return CLI_OK;
}

int cli_absence(const struct cli *cli)
{
	static const struct cli_verb verbs[] = { { &absence_list_cmd, absence_list },
		                                 { &absence_add_cmd, absence_add },
		                                 { &absence_cancel_cmd, absence_cancel } };
	return cli_run_verb(cli, verbs, 3, "list");
}
