/* rota progress add|list, rota review, rota visit correct, rota hours */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/hours.h"
#include "app/people.h"
#include "app/progress.h"
#include "app/review.h"
#include "app/rotation.h"
#include "app/visits.h"
#include "cli/cli.h"
#include "cli/csv.h"
#include "util/clock.h"
#include "util/date.h"
#include "util/i18n.h"

/* Returns the value after option argv[*i] (advancing *i), or NULL. */
static const char *value_of(int argc, char **argv, int *i)
{
	return *i + 1 < argc ? argv[++*i] : NULL;
}

static int progress_add(struct app *app, int argc, char **argv)
{
	long long person, mentor = 0, id;
	int day = 0;
	const char *code = NULL, *note = NULL, *words = NULL, *level_s = NULL;
	enum progress_kind kind = PROGRESS_PROCESS;
	if (argc < 2 || !cli_parse_id(argv[1], &person))
		return cli_usage("progress", _("say: progress add PERSON_ID (--process CODE | --skill CODE) --level 0-4 --mentor ID"));
	for (int i = 2; i < argc; i++) {
		const char *opt = argv[i], *v = value_of(argc, argv, &i);
		if (!v)
			return cli_usage("progress", _("an option needs a value"));
		if (!strcmp(opt, "--process") || !strcmp(opt, "--skill")) {
			if (code)
				return cli_usage("progress", _("give --process or --skill, once"));
			code = v;
			kind = opt[2] == 'p' ? PROGRESS_PROCESS : PROGRESS_SKILL;
		} else if (!strcmp(opt, "--level")) {
			level_s = v;
		} else if (!strcmp(opt, "--mentor")) {
			if (!cli_parse_id(v, &mentor))
				return cli_usage("progress", _("--mentor takes a person id"));
		} else if (!strcmp(opt, "--note")) {
			note = v;
		} else if (!strcmp(opt, "--words")) {
			words = v;
		} else if (!strcmp(opt, "--date")) {
			if (!date_parse_ymd(v, &day))
				return cli_usage("progress", _("a date looks like 2026-11-23"));
		} else {
			return cli_usage("progress", _("unknown option"));
		}
	}
	if (!code || !level_s || !mentor || strlen(level_s) != 1 || level_s[0] < '0' || level_s[0] > '4')
		return cli_usage("progress", _("progress add needs --process or --skill, --level 0-4 and --mentor"));
	enum rota_err e = app_progress_add(app, person, kind, code, level_s[0] - '0', day, mentor, note, words,
	                                   clock_now(), &id);
	if (e == ERR_INVALID) {
		fprintf(stderr, "rota: %s\n",
		        _("Nothing was recorded: the person must be a participant, the mentor a mentor, and the process or skill one the workshop has."));
		return CLI_FAIL;
	}
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
	if (o->csv)
		csv_record(stdout, f, 10);
	else
		printf("%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", f[0], f[1], f[2], f[3], f[4], f[5], f[6],
		       f[7], f[8], f[9]);
}

static int progress_list(struct app *app, int argc, char **argv)
{
	struct progress_out o = { .app = app };
	long long person = 0;
	for (int i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "--csv"))
			o.csv = true;
		else if (person || !cli_parse_id(argv[i], &person))
			return cli_usage("progress", _("say: progress list [PERSON_ID] [--csv]"));
	}
	if (o.csv) {
		static const char *const h[] = { "entry_id", "person_id", "name", "kind", "code", "level",
			                         "date", "mentor_id", "note", "words" };
		csv_record(stdout, h, 10);
	}
	enum rota_err e = app_progress_each(app, person, print_progress, &o);
	return e == ERR_OK ? CLI_OK : cli_fail(e);
}

int cli_progress(const struct cli *cli)
{
	int argc = cli->argc - 1;
	char **argv = cli->argv + 1;
	if (cli_wants_help(argc, argv)) {
		printf("%s", _("Usage:\n"
		               "  rota progress add PERSON_ID (--process CODE | --skill CODE) --level 0-4 --mentor ID\n"
		               "                    [--note TEXT] [--words TEXT] [--date YYYY-MM-DD]\n"
		               "      records one entry and prints its id\n"
		               "  rota progress list [PERSON_ID] [--csv]\n"
		               "      entry_id,person_id,name,kind,code,level,date,mentor_id,note,words\n"
		               "Levels: 0 not started yet, 1 introduced, 2 works with help,\n"
		               "3 works independently, 4 can show others.\n"));
		return CLI_OK;
	}
	int (*run)(struct app *, int, char **) = argc < 1 ? NULL
	                                       : !strcmp(argv[0], "add") ? progress_add
	                                       : !strcmp(argv[0], "list") ? progress_list : NULL;
	return run ? cli_with_app(cli, run, argc, argv) : cli_usage("progress", _("say add or list"));
}

int cli_review(const struct cli *cli)
{
	int argc = cli->argc - 1;
	char **argv = cli->argv + 1;
	bool csv = argc == 1 && !strcmp(argv[0], "--csv");
	if (cli_wants_help(argc, argv)) {
		printf("%s", _("Usage:\n"
		               "  rota review [--csv]\n"
		               "      what needs a mentor's look: item,person_id,name,date,detail\n"));
		return CLI_OK;
	}
	if (argc > 0 && !csv)
		return cli_usage("review", _("review takes only --csv"));
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
		if (csv)
			csv_record(stdout, f, 5);
		else
			printf("%s\t%s\t%s\t%s\t%s\n", f[0], f[1], f[2], f[3], f[4]);
	}
	free(items);
	return CLI_OK;
}

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
	if (*csv) {
		csv_record(stdout, f, 13);
	} else {
		for (int i = 0; i < 13; i++)
			printf("%s%s", f[i], i < 12 ? "\t" : "\n");
	}
}

static int visit_history(const struct cli *cli, int argc, char **argv)
{
	long long id;
	bool csv = argc == 3 && !strcmp(argv[2], "--csv");
	if ((argc != 2 && !csv) || !cli_parse_id(argv[1], &id))
		return cli_usage("visit", _("say: visit history VISIT_ID [--csv]"));
	struct app *app = cli_open(cli, false);
	if (!app)
		return CLI_FAIL;
	if (csv) {
		static const char *const h[] = { "visit_id", "seq", "at", "by", "action", "reason", "terminal",
			                         "old_check_in", "old_check_out", "old_status", "new_check_in",
			                         "new_check_out", "new_status" };
		csv_record(stdout, h, 13);
	}
	enum rota_err e = app_visit_history(app, id, print_change, &csv);
	app_close(app);
	return e == ERR_OK ? CLI_OK : cli_fail(e);
}

int cli_visit(const struct cli *cli)
{
	int argc = cli->argc - 1;
	char **argv = cli->argv + 1;
	long long id, by = 0;
	const char *in = NULL, *out = NULL, *reason = NULL;
	if (cli_wants_help(argc, argv)) {
		printf("%s", _("Usage:\n"
		               "  rota visit correct VISIT_ID --check-out HH:MM [--check-in HH:MM] --by ID --reason TEXT\n"
		               "      a recorded correction; the history keeps what was there before.\n"
		               "      A check-out after midnight is written YYYY-MM-DD HH:MM.\n"
		               "  rota visit history VISIT_ID [--csv]\n"
		               "      visit_id,seq,at,by,action,reason,terminal,old_check_in,old_check_out,\n"
		               "      old_status,new_check_in,new_check_out,new_status\n"));
		return CLI_OK;
	}
	if (argc >= 1 && !strcmp(argv[0], "history"))
		return visit_history(cli, argc, argv);
	if (argc < 2 || strcmp(argv[0], "correct") != 0 || !cli_parse_id(argv[1], &id))
		return cli_usage("visit", _("say: visit correct VISIT_ID --check-out HH:MM --by ID --reason TEXT"));
	for (int i = 2; i < argc; i++) {
		const char *opt = argv[i], *v = value_of(argc, argv, &i);
		if (!v)
			return cli_usage("visit", _("an option needs a value"));
		if (!strcmp(opt, "--check-out"))
			out = v;
		else if (!strcmp(opt, "--check-in"))
			in = v;
		else if (!strcmp(opt, "--reason"))
			reason = v;
		else if (!strcmp(opt, "--by") && cli_parse_id(v, &by))
			continue;
		else
			return cli_usage("visit", _("unknown option"));
	}
	if (!out || !by || !reason || !*reason)
		return cli_usage("visit", _("correct needs --check-out, --by and --reason"));
	struct app *app = cli_open(cli, false);
	if (!app)
		return CLI_FAIL;
	enum rota_err e = app_visit_correct(app, id, in, out, by, reason, clock_now());
	app_close(app);
	if (e == ERR_INVALID) {
		fprintf(stderr, "rota: %s\n",
		        _("Nothing was changed: the times must be real, the end after the start and within a day, the visit not undone, and --by a mentor."));
		return CLI_FAIL;
	}
	if (e != ERR_OK)
		return cli_fail(e);
	printf("%s\n", _("The correction was recorded."));
	return CLI_OK;
}

static void print_hours(const struct hours_row *r, void *ctx)
{
	const bool *csv = ctx;
	char id[24], days[16], hours[24], target[16], to_date[24];
	snprintf(id, sizeof id, "%lld", r->person_id);
	snprintf(days, sizeof days, "%d", r->days_present);
	app_hours_format(r->seconds, hours, sizeof hours);
	snprintf(target, sizeof target, "%d", r->target_hours);
	app_hours_format(r->seconds_to_date, to_date, sizeof to_date);
	const char *f[] = { id, r->name, days, hours, target, to_date };
	if (*csv)
		csv_record(stdout, f, 6);
	else
		printf("%s\t%s\t%s\t%s\t%s\t%s\n", f[0], f[1], f[2], f[3], f[4], f[5]);
}

static void print_process_hours(const struct process_hours *r, void *ctx)
{
	const bool *csv = ctx;
	char id[24], hours[24];
	snprintf(id, sizeof id, "%lld", r->person_id);
	app_hours_format(r->seconds, hours, sizeof hours);
	const char *f[] = { id, r->name, r->process_code, hours };
	if (*csv)
		csv_record(stdout, f, 4);
	else
		printf("%s\t%s\t%s\t%s\n", f[0], f[1], f[2], f[3]);
}

static int hours_by_process(const struct cli *cli, bool csv)
{
	struct app *app = cli_open(cli, false);
	if (!app)
		return CLI_FAIL;
	if (csv) {
		static const char *const h[] = { "person_id", "name", "process_code", "hours" };
		csv_record(stdout, h, 4);
	}
	enum rota_err e = app_hours_by_process(app, 0, 0, print_process_hours, &csv);
	app_close(app);
	return e == ERR_OK ? CLI_OK : cli_fail(e);
}

int cli_hours(const struct cli *cli)
{
	int argc = cli->argc - 1;
	char **argv = cli->argv + 1;
	bool csv = false, by_process = false;
	int yyyymm = 0, y, m;
	if (cli_wants_help(argc, argv)) {
		printf("%s", _("Usage:\n"
		               "  rota hours --month YYYY-MM [--csv]\n"
		               "      person_id,name,days_present,hours,target_hours,hours_to_date\n"
		               "  rota hours --by-process [--csv]\n"
		               "      person_id,name,process_code,hours (an empty code: time with no assignment)\n"));
		return CLI_OK;
	}
	for (int i = 0; i < argc; i++) {
		int consumed = 0;
		if (!strcmp(argv[i], "--csv"))
			csv = true;
		else if (!strcmp(argv[i], "--by-process"))
			by_process = true;
		else if (!strcmp(argv[i], "--month") && i + 1 < argc &&
		         sscanf(argv[i + 1], "%4d-%2d%n", &y, &m, &consumed) == 2 && consumed == 7 &&
		         !argv[i + 1][7] && y >= 1970 && m >= 1 && m <= 12)
			yyyymm = y * 100 + m, i++;
		else
			return cli_usage("hours", _("say: hours --month YYYY-MM [--csv]"));
	}
	if (by_process && !yyyymm)
		return hours_by_process(cli, csv);
	if (!yyyymm || by_process)
		return cli_usage("hours", _("say: hours --month YYYY-MM [--csv], or hours --by-process [--csv]"));
	struct app *app = cli_open(cli, false);
	if (!app)
		return CLI_FAIL;
	if (csv) {
		static const char *const h[] = { "person_id", "name", "days_present", "hours", "target_hours",
			                         "hours_to_date" };
		csv_record(stdout, h, 6);
	}
	enum rota_err e = app_hours_month(app, yyyymm, clock_now(), print_hours, &csv);
	app_close(app);
	return e == ERR_OK ? CLI_OK : cli_fail(e);
}
