/* rota followup due and rota esf export: who is due the follow-up six
 * months after leaving, and the participant-level rows of ESF+ 2021-2027
 * (Regulation (EU) 2021/1057, Annex I) for the managing authority: exact,
 * pseudonymous, for a coordinator only, each export recorded with who,
 * when and why. Parsing and printing only; the rules are in app/esf.c and
 * core/esf.c. */
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>

#include "app/esf.h"
#include "cli/cli.h"
#include "cli/csv.h"
#include "util/clock.h"
#include "util/date.h"
#include "util/files.h"
#include "util/i18n.h"

struct due_args {
	int within;
	bool csv;
};

static const struct opt due_opts[] = {
	OPT_INT("within", "DAYS", 0, 0, 3660, N_("also those whose follow-up falls due in the next DAYS days"),
	        offsetof(struct due_args, within)),
	CSV_OPTIONS(0, N_("CSV with a header row: person_id,name,exit_date,due_date"), offsetof(struct due_args, csv)),
	OPT_END,
};
static const struct opt_cmd due_cmd = {
	"followup due",
	N_("Participants who left six months ago or more (or within DAYS) and have no follow-up date recorded."),
	due_opts,
};

static int show_due(struct app *app, const struct cli *cli, void *args)
{
	(void)cli;
	const struct due_args *a = args;
	struct esf_due *due;
	size_t n;
	enum rota_err e = app_followup_due(app, date_ymd(clock_now()), a->within, &due, &n);
	if (e != ERR_OK)
		return cli_fail(e);
	if (a->csv) {
		static const char *const h[] = { "person_id", "name", "exit_date", "due_date" };
		csv_record(stdout, h, 4);
	}
	for (size_t i = 0; i < n; i++) {
		char id[24], exit[11], day[11];
		snprintf(id, sizeof id, "%lld", due[i].person_id);
		date_format_ymd(due[i].exit_day, exit);
		date_format_ymd(due[i].due_day, day);
		const char *f[] = { id, due[i].name, exit, day };
		csv_row(stdout, a->csv, f, 4);
	}
	free(due);
	return CLI_OK;
}

static int followup_due(const struct cli *cli, int argc, char **argv)
{
	struct due_args a = { 0 };
	int rc = cli_parse(&due_cmd, &a, argc, argv);
	return rc != CLI_GO ? rc : cli_with_app(cli, show_due, &a);
}

int cli_followup(const struct cli *cli)
{
	static const struct cli_verb verbs[] = { { &due_cmd, followup_due } };
	return cli_run_verb(cli, verbs, sizeof verbs / sizeof verbs[0], NULL);
}

struct export_args {
	int from, to;
	long long by;
	const char *reason, *out;
	bool csv;
};

static const struct opt export_opts[] = {
	OPT_DATE("from", OPT_REQUIRED, N_("the period's first day"), offsetof(struct export_args, from)),
	OPT_DATE("to", OPT_REQUIRED, N_("the period's last day"), offsetof(struct export_args, to)),
	OPT_ID("by", "ID", OPT_REQUIRED, N_("the coordinator who makes the export"), offsetof(struct export_args, by)),
	OPT_STRING("reason", "TEXT", OPT_REQUIRED, N_("why, in a few words: recorded with the export"),
	           offsetof(struct export_args, reason)),
	CSV_OPTIONS(OPT_REQUIRED | OPT_GROUP(1), N_("CSV with a header row: the columns the manual lists under rota esf export"),
	            offsetof(struct export_args, csv)),
	OPT_STRING("out", "FILE", 0, N_("write it into FILE (made anew, readable by its owner only) instead of the output"),
	           offsetof(struct export_args, out)),
	OPT_END,
};
static const struct opt_cmd export_cmd = {
	"esf export",
	N_("One row per participant who entered or was active in the period, as ESF+ asks: exact and pseudonymous,"
	   " for a coordinator only; every export is recorded."),
	export_opts,
};

static int show_export(struct app *app, const struct cli *cli, void *args)
{
	(void)cli;
	const struct export_args *a = args;
	struct esf_export x;
	struct files_out file = { 0 };
	FILE *out = stdout;
	enum rota_err e = ERR_OK;
	if (a->out && (e = files_out_open(&file, a->out)) != ERR_OK)
		return cli_fail_write(e, a->out);
	if (a->out)
		out = file.f;
	e = app_esf_export(app, a->from, a->to, a->by, a->reason, csv_excel_is_on() ? "excel" : "csv", clock_now(), &x);
	if (e != ERR_OK)
		files_out_abort(&file);
	if (e == ERR_NOT_COORDINATOR)
		return cli_refuse(_("Participant-level data are personal data: only a coordinator (--by) may export them."
		                    " Nothing was exported."));
	if (e == ERR_INVALID)
		return cli_refuse(_("--to must be --from or a later day. Nothing was exported."));
	if (e != ERR_OK)
		return cli_fail(e);
	int ncols = esf_ncolumns(x.special);
	const char *h[64], *f[64];
	char values[64][ESF_VALUE_MAX];
	for (int c = 0; c < ncols; c++)
		h[c] = esf_column_name(c);
	csv_record(out, h, ncols);
	for (size_t i = 0; i < x.n; i++) {
		for (int c = 0; c < ncols; c++) {
			esf_column_value(&x.rows[i], c, values[c]);
			f[c] = values[c];
		}
		csv_row(out, true, f, ncols);
	}
	app_esf_export_free(&x);
	if (a->out && (e = files_out_commit(&file)) != ERR_OK)
		return cli_fail_write(e, a->out);
	return CLI_OK;
}

static int esf_export(const struct cli *cli, int argc, char **argv)
{
	struct export_args a = { 0 };
	int rc = cli_parse(&export_cmd, &a, argc, argv);
	if (rc == CLI_GO)
		rc = cli_output_check(a.out);
	return rc != CLI_GO ? rc : cli_with_app(cli, show_export, &a);
}

int cli_esf(const struct cli *cli)
{
	static const struct cli_verb verbs[] = { { &export_cmd, esf_export } };
	return cli_run_verb(cli, verbs, sizeof verbs / sizeof verbs[0], NULL);
}
