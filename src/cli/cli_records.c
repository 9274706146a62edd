/* rota progress add|list, rota review, rota hours */
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/hours.h"
#include "app/month.h"
#include "app/people.h"
#include "app/process_hours.h"
#include "app/progress.h"
#include "app/review.h"
#include "app/visits.h"
#include "cli/cli.h"
#include "cli/csv.h"
#include "util/clock.h"
#include "util/date.h"
#include "util/i18n.h"

struct add_args {
	long long person, mentor;
	const char *process, *skill, *note, *words;
	int level, day;
};

static const struct opt add_opts[] = {
	OPT_ARG_ID("PERSON_ID", 0, N_("the participant"), offsetof(struct add_args, person)),
	OPT_STRING("process", "CODE", OPT_REQUIRED | OPT_GROUP(1), N_("a work process, as 'rota process list' names it"),
	           offsetof(struct add_args, process)),
	OPT_STRING("skill", "CODE", OPT_REQUIRED | OPT_GROUP(1), N_("or a social or functional skill (teamwork ...)"),
	           offsetof(struct add_args, skill)),
	OPT_INT("level", "0-4", OPT_REQUIRED, 0, 4, N_("0 not started yet, 1 introduced, 2 works with help, 3 works independently, 4 can show others"),
	        offsetof(struct add_args, level)),
	OPT_ID("mentor", "ID", OPT_REQUIRED, N_("the mentor who saw it"), offsetof(struct add_args, mentor)),
	OPT_STRING("note", "TEXT", 0, N_("the mentor's note"), offsetof(struct add_args, note)),
	OPT_STRING("words", "TEXT", 0, N_("the participant's own words"), offsetof(struct add_args, words)),
	OPT_DATE("date", 0, N_("the day it was seen (else today)"), offsetof(struct add_args, day)),
	OPT_END,
};
static const struct opt_cmd add_cmd = { "progress add", N_("Records one entry and prints its id."), add_opts };

static int progress_add(const struct cli *cli, int argc, char **argv)
{
	struct add_args a = { 0 };
	long long id;
	int rc = cli_parse(&add_cmd, &a, argc, argv);
	if (rc != CLI_GO)
		return rc;
	struct app *app = cli_open(cli, false);
	if (!app)
		return CLI_FAIL;
	enum progress_kind kind = a.process ? PROGRESS_PROCESS : PROGRESS_SKILL;
	enum rota_err e = app_progress_add(app, a.person, kind, a.process ? a.process : a.skill, a.level, a.day,
	                                   a.mentor, a.note, a.words, clock_now(), &id, NULL);
	app_close(app);
	if (e != ERR_OK)
		return cli_fail(e);
	printf("%lld\n", id);
	return CLI_OK;
}

struct progress_out {
	struct app *app;
	bool csv;
	long long cached_id;
	char cached_name[PERSON_NAME_MAX];
};

static void print_progress(const struct progress_entry *e, void *ctx)
{
	struct progress_out *o = ctx;
	char id[24], person[24], level[4], day[11], mentor[24] = "";
	if (o->cached_id != e->person_id) {
		struct person p;
		o->cached_id = e->person_id;
		if (app_person_get(o->app, e->person_id, &p) == ERR_OK)
			snprintf(o->cached_name, sizeof o->cached_name, "%s", p.name);
	}
	snprintf(id, sizeof id, "%lld", e->id);
	snprintf(person, sizeof person, "%lld", e->person_id);
	snprintf(level, sizeof level, "%d", e->level);
	date_format_ymd(e->day, day);
	if (e->mentor_id > 0)
		snprintf(mentor, sizeof mentor, "%lld", e->mentor_id);
	const char *f[] = { id, person, o->cached_name, progress_kind_code(e->kind), e->code, level, day,
		            mentor, e->note, e->words };
	csv_row(stdout, o->csv, f, 10);
}

struct list_args {
	long long person;
	bool csv;
};

static const struct opt list_opts[] = {
	OPT_ARG_ID("PERSON_ID", OPT_OPTIONAL, N_("only this participant's entries"), offsetof(struct list_args, person)),
	CSV_OPTIONS(0, N_("CSV with a header row: entry_id,person_id,name,kind,code,level,date,mentor_id,note,words"),
	         offsetof(struct list_args, csv)),
	OPT_END,
};
static const struct opt_cmd list_cmd = { "progress list", N_("Lists progress entries."), list_opts };

static int list_progress(struct app *app, const struct cli *cli, void *args)
{
	(void)cli;
	const struct list_args *a = args;
	struct progress_out o = { .app = app, .csv = a->csv };
	if (o.csv) {
		static const char *const h[] = { "entry_id", "person_id", "name", "kind", "code", "level",
			                         "date", "mentor_id", "note", "words" };
		csv_record(stdout, h, 10);
	}
	enum rota_err e = app_progress_each(app, a->person, print_progress, &o);
	return e == ERR_OK ? CLI_OK : cli_fail(e);
}

static int progress_list(const struct cli *cli, int argc, char **argv)
{
	struct list_args a = { 0 };
	int rc = cli_parse(&list_cmd, &a, argc, argv);
	return rc != CLI_GO ? rc : cli_with_app(cli, list_progress, &a);
}

int cli_progress(const struct cli *cli)
{
	static const struct cli_verb verbs[] = { { &add_cmd, progress_add }, { &list_cmd, progress_list } };
	return cli_run_verb(cli, verbs, 2, NULL);
}

struct csv_args {
	bool csv;
};

static const struct opt review_opts[] = {
	CSV_OPTIONS(0, N_("CSV with a header row"), offsetof(struct csv_args, csv)),
	OPT_END,
};
static const struct opt_cmd review_cmd = {
	"review", N_("What needs a mentor's look: item,person_id,name,date,detail"), review_opts,
};

int cli_review(const struct cli *cli)
{
	struct csv_args a = { 0 };
	int rc = cli_parse(&review_cmd, &a, cli->argc, cli->argv);
	if (rc != CLI_GO)
		return rc;
	bool csv = a.csv;
	struct app *app = cli_open(cli, false);
	if (!app)
		return CLI_FAIL;
	struct review_item *items;
	size_t n;
	enum rota_err e = app_review_items(app, clock_now(), &items, &n);
	app_close(app);
	if (e != ERR_OK)
		return cli_fail(e);
	if (csv) {
		static const char *const h[] = { "item", "person_id", "name", "date", "detail" };
		csv_record(stdout, h, 5);
	}
	for (size_t i = 0; i < n; i++) {
		char person[24], day[11] = "";
		snprintf(person, sizeof person, "%lld", items[i].person_id);
		if (items[i].day)
			date_format_ymd(items[i].day, day);
		const char *f[] = { app_review_kind_code(items[i].kind), person, items[i].name, day,
			            items[i].detail };
		csv_row(stdout, csv, f, 5);
	}
	free(items);
	return CLI_OK;
}

void cli_hours_print(const char *site, const struct hours_row *r, bool csv)
{
	char id[24], days[16], hours[24], target[16], to_date[24], unresolved[16], excused[16], closed[16], dotted[24];
	char amended[24] = "";
	snprintf(id, sizeof id, "%lld", r->person_id);
	snprintf(unresolved, sizeof unresolved, "%d", r->days_unresolved);
	snprintf(excused, sizeof excused, "%d", r->days_excused);
	snprintf(closed, sizeof closed, "%d", r->days_closed);
	snprintf(days, sizeof days, "%d", r->days_present);
	app_hours_format(r->seconds, dotted, sizeof dotted);
	csv_decimal(dotted, hours, sizeof hours);
	snprintf(target, sizeof target, "%d", r->target_hours);
	app_hours_format(r->seconds_to_date, dotted, sizeof dotted);
	csv_decimal(dotted, to_date, sizeof to_date);
	if (r->is_amended) {
		app_hours_format(r->amended_seconds, dotted, sizeof dotted);
		csv_decimal(dotted, amended, sizeof amended);
	}
	/* The central sheet of every site puts the site first. */
	int s = site ? 1 : 0;
	const char *f[] = { site, id, r->name, days, hours, target, to_date, unresolved, excused, closed, amended };
	if (csv) {
		csv_row(stdout, true, f + 1 - s, 10 + s);
		return;
	}
	/* A day whose hours are not known is said, never left as a silent zero;
	 * nor is a closed month's amendment. */
	char said[3][160];
	const char *t[10] = { f[0], f[1], f[2], f[3], f[4], f[5], f[6] };
	int n = 7;
	if (r->days_unresolved) {
		snprintf(said[0], sizeof said[0], "%s%d", _("! unresolved days: "), r->days_unresolved);
		t[n++] = said[0];
	}
	if (r->days_excused) {
		snprintf(said[1], sizeof said[1], "%s%d", _("excused days: "), r->days_excused);
		t[n++] = said[1];
	}
	if (r->is_amended) {
		/* TRANSLATORS: %s is the hours after the amendments, as 12.50 */
		snprintf(said[2], sizeof said[2], _("amended after closing: %s h, see the amendments"), amended);
		t[n++] = said[2];
	}
	csv_row(stdout, false, t + 1 - s, n - 1 + s);
}

void cli_hours_header(bool with_site)
{
	static const char *const h[] = { "site_id", "person_id", "name", "days_present", "hours", "target_hours",
		                         "hours_to_date", "unresolved", "excused", "holidays", "amended_hours" };
	csv_record(stdout, h + !with_site, 10 + with_site);
}

static void print_hours(const struct hours_row *r, void *ctx)
{
	cli_hours_print(NULL, r, *(const bool *)ctx);
}

static void print_process_hours(const struct process_hours *r, void *ctx)
{
	const bool *csv = ctx;
	char id[24], hours[24], dotted[24];
	snprintf(id, sizeof id, "%lld", r->person_id);
	app_hours_format(r->seconds, dotted, sizeof dotted);
	csv_decimal(dotted, hours, sizeof hours);
	const char *f[] = { id, r->name, r->process_code, hours };
	csv_row(stdout, *csv, f, 4);
}


bool cli_parse_month(const char *v, void *dest)
{
	int y, m, consumed = 0;
	if (sscanf(v, "%4d-%2d%n", &y, &m, &consumed) != 2 || consumed != 7 || v[7] || y < 1970 || m < 1 || m > 12)
		return false;
	*(int *)dest = y * 100 + m;
	return true;
}

struct hours_args {
	int month;
	bool by_process, csv;
};

static const struct opt hours_opts[] = {
	OPT_CALLBACK("month", "YYYY-MM", OPT_REQUIRED | OPT_GROUP(1), cli_parse_month, N_("a month like 2026-11"),
	             N_("the month's hour sheet: person_id,name,days_present,hours,target_hours,hours_to_date,unresolved,excused,holidays,amended_hours"),
	             offsetof(struct hours_args, month)),
	OPT_FLAG("by-process", OPT_REQUIRED | OPT_GROUP(1), N_("hours per process: person_id,name,process_code,hours (an empty code: no assignment)"),
	         offsetof(struct hours_args, by_process)),
	CSV_OPTIONS(0, N_("CSV with a header row"), offsetof(struct hours_args, csv)),
	OPT_END,
};
static const struct opt_cmd hours_cmd = { "hours", N_("Hours from the visits."), hours_opts };

static int hours_by_process(struct app *app, const struct cli *cli, void *args)
{
	(void)cli;
	struct hours_args *a = args;
	if (a->csv) {
		static const char *const h[] = { "person_id", "name", "process_code", "hours" };
		csv_record(stdout, h, 4);
	}
	enum rota_err e = app_hours_by_process(app, 0, 0, print_process_hours, &a->csv);
	return e == ERR_OK ? CLI_OK : cli_fail(e);
}

static int hours_month(struct app *app, const struct cli *cli, void *args)
{
	(void)cli;
	struct hours_args *a = args;
	if (a->csv)
		cli_hours_header(false);
	/* a closed month's sheet is its signed list's (app/month_hours.h) */
	enum rota_err e = app_hours_month(app, a->month, clock_now(), print_hours, &a->csv);
	return e == ERR_OK ? CLI_OK : cli_fail(e);
}

int cli_hours(const struct cli *cli)
{
	struct hours_args a = { 0 };
	int rc = cli_parse(&hours_cmd, &a, cli->argc, cli->argv);
	if (rc != CLI_GO)
		return rc;
	return cli_with_app(cli, a.by_process ? hours_by_process : hours_month, &a);
}
