/* rota person entry|export|anonymise and rota retention: a participant's
 * entry data and outcomes, everything rota holds about one person for a
 * data-access request, anonymisation, and the retention rule. Parsing,
 * files and printing only. */
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <stdlib.h>

#include "app/entry.h"
#include "app/people.h"
#include "app/personal.h"
#include "app/personal_doc.h"
#include "cli/cli.h"
#include "cli/cli_forget.h"
#include "cli/csv.h"
#include "util/alloc.h"
#include "util/clock.h"
#include "util/date.h"
#include "util/files.h"
#include "util/i18n.h"

struct personal_args {
	long long id, by;
	const char *out, *reason;
	int years;
	bool csv, history, apply, rewrite_backups;
};

static const struct opt entry_opts[] = {
	OPT_ARG_ID("ID", 0, N_("the participant"), offsetof(struct personal_args, id)),
	OPT_ID("by", "ID", 0, N_("who reads it: a coordinator also sees the special-category fields, when the programme records them"),
	       offsetof(struct personal_args, by)),
	OPT_FLAG("history", 0, N_("every change, with when and by whom, instead of the current values"),
	         offsetof(struct personal_args, history)),
	OPT_FLAG("csv", 0, N_("CSV with a header row: field,value,words (with --history: at,by,field,value)"),
	         offsetof(struct personal_args, csv)),
	OPT_END,
};
const struct opt_cmd cli_person_entry_cmd = { "person entry", N_("Shows a participant's entry data and outcomes."),
	                                      entry_opts };

static void print_change(const struct entry_change *c, void *ctx)
{
	const bool *csv = ctx;
	char at[20], by[24] = "";
	date_format_datetime(c->at, at);
	if (c->by > 0)
		snprintf(by, sizeof by, "%lld", c->by);
	const char *f[] = { at, by, entry_field_code(c->field), c->value };
	csv_row(stdout, *csv, f, 4);
}

static int show_entry(struct app *app, const struct cli *cli, void *args)
{
	(void)cli;
	const struct personal_args *a = args;
	struct person p;
	enum rota_err e = app_person_get(app, a->id, &p);
	if (e == ERR_OK && a->history) {
		if (a->csv) {
			static const char *const h[] = { "at", "by", "field", "value" };
			csv_record(stdout, h, 4);
		}
		e = app_entry_history_each_for(app, a->id, a->by, print_change, (void *)&a->csv);
		return e == ERR_OK ? CLI_OK : cli_fail(e);
	}
	struct entry_data d;
	if (e == ERR_OK)
		e = app_entry_get_for(app, a->id, a->by, &d);
	if (e != ERR_OK)
		return cli_fail(e);
	if (a->csv) {
		static const char *const h[] = { "field", "value", "words" };
		csv_record(stdout, h, 3);
	}
	int nfields = app_entry_sees_special(app, a->by) ? ENTRY_NFIELDS : ENTRY_FIRST_SPECIAL;
	for (int f = 0; f < nfields; f++) {
		const char *row[] = { entry_field_code((enum entry_field)f), d.value[f],
			              app_entry_value_words((enum entry_field)f, d.value[f]) };
		csv_row(stdout, a->csv, row, 3);
	}
	return CLI_OK;
}

int cli_person_entry(const struct cli *cli, int argc, char **argv)
{
	struct personal_args a = { 0 };
	int rc = cli_parse(&cli_person_entry_cmd, &a, argc, argv);
	return rc != CLI_GO ? rc : cli_with_app(cli, show_entry, &a);
}

static const struct opt export_opts[] = {
	OPT_ARG_ID("ID", 0, N_("the person"), offsetof(struct personal_args, id)),
	OPT_STRING("out", "DIR", OPT_REQUIRED, N_("the folder the files go into (made when missing)"),
	           offsetof(struct personal_args, out)),
	OPT_END,
};
const struct opt_cmd cli_person_export_cmd = {
	"person export", N_("Writes everything rota holds about one person into a folder, one CSV file per kind of record."),
	export_opts,
};

/* The CSV files are written new beside their names (files_out) and put in
 * place together at the end, after summary.pdf: a refused or failed export
 * leaves the folder's files as they were. */
struct export_ctx {
	const char *dir;
	struct personal_pdf *pdf;  /* the same tables, for summary.pdf */
	struct files_out *files;   /* one a table; the last is being written */
	size_t nfiles, cap;
	enum rota_err e;           /* the first failure */
};

static void export_begin(const char *table, void *ctx)
{
	struct export_ctx *x = ctx;
	char path[4096];
	personal_pdf_table(x->pdf, table);
	if (x->e != ERR_OK)
		return;
	if (snprintf(path, sizeof path, "%s/%s.csv", x->dir, table) >= (int)sizeof path) {
		x->e = ERR_FILE_WRITE;
		return;
	}
	x->files = xgrow(x->files, x->nfiles, &x->cap, sizeof *x->files);
	x->e = files_out_open(&x->files[x->nfiles], path);
	if (x->e == ERR_OK)
		x->nfiles++;
}

static void export_row(bool is_header, int n, const char *const *texts, void *ctx)
{
	struct export_ctx *x = ctx;
	personal_pdf_row(x->pdf, is_header, n, texts);
	if (x->e == ERR_OK && x->nfiles)
		csv_record(x->files[x->nfiles - 1].f, texts, n);
}

/* The CSV files, and beside them the readable summary.pdf of the same
 * tables in the command's language. */
static int export_person(struct app *app, const struct cli *cli, void *args)
{
	(void)cli;
	const struct personal_args *a = args;
	struct export_ctx x = { .dir = a->out, .pdf = personal_pdf_new() };
	char path[4096];
	if (!files_make_dirs(a->out) || snprintf(path, sizeof path, "%s/summary.pdf", a->out) >= (int)sizeof path) {
		personal_pdf_write(app, x.pdf, a->id, NULL);
		return cli_fail(ERR_FILE_WRITE);
	}
	/* Refused before any work, so nothing is half written. */
	enum rota_err e = files_target_check(path);
	if (e == ERR_OK)
		e = app_person_export(app, a->id, export_begin, export_row, &x);
	if (e == ERR_OK)
		e = x.e;
	if (e == ERR_OK)
		e = personal_pdf_write(app, x.pdf, a->id, path);
	else
		personal_pdf_write(app, x.pdf, a->id, NULL); /* only frees it */
	int written = 0;
	for (size_t i = 0; i < x.nfiles; i++) {
		if (e == ERR_OK && (e = files_out_commit(&x.files[i])) == ERR_OK)
			written++;
		files_out_abort(&x.files[i]); /* a committed one is ended already */
	}
	free(x.files);
	if (e != ERR_OK)
		return cli_fail(e);
	written++; /* summary.pdf */
	printf(P_("%d file written to %s\n", "%d files written to %s\n", written), written, a->out);
	return CLI_OK;
}

int cli_person_export(const struct cli *cli, int argc, char **argv)
{
	struct personal_args a = { 0 };
	int rc = cli_parse(&cli_person_export_cmd, &a, argc, argv);
	if (rc != CLI_GO)
		return rc;
	/* A folder on the records' name (rota.db-wal) would keep SQLite out. */
	enum rota_err e = files_dir_check(a.out);
	return e != ERR_OK ? cli_fail(e) : cli_with_app(cli, export_person, &a);
}

static const struct opt anonymise_opts[] = {
	OPT_ARG_ID("ID", 0, N_("the participant"), offsetof(struct personal_args, id)),
	OPT_ID("by", "ID", OPT_REQUIRED, N_("the coordinator who does it"), offsetof(struct personal_args, by)),
	OPT_STRING("reason", "TEXT", OPT_REQUIRED, N_("why, in a few words (kept in the records)"),
	           offsetof(struct personal_args, reason)),
	OPT_FLAG("rewrite-backups", 0,
	         N_("also rewrite the earlier backups in the backups folder without the name"),
	         offsetof(struct personal_args, rewrite_backups)),
	OPT_END,
};
const struct opt_cmd cli_person_anonymise_cmd = {
	"person anonymise", N_("Replaces a participant's name and notes with a pseudonym for good; hours, levels and outcomes stay countable."),
	anonymise_opts,
};


/* Anonymises id and says so, and where the name still is (or, with
 * rewrite, rewrites the backups: also when id was anonymised before). */
static int anonymise(struct app *app, const struct cli *cli, long long id, long long by, const char *reason,
                     bool rewrite)
{
	char pseudonym[64];
	enum rota_err e = app_person_anonymise(app, id, by, reason, clock_now(), pseudonym, sizeof pseudonym);
	if (e == ERR_ALREADY_ANONYMISED && rewrite)
		return cli_forget_backups(app, cli, id, by, reason, true);
	if (e != ERR_OK)
		return cli_fail_person(e, id);
	printf(_("Person %lld is now %s.\n"), id, pseudonym);
	return cli_forget_backups(app, cli, id, by, reason, rewrite);
}

static int anonymise_person(struct app *app, const struct cli *cli, void *args)
{
	const struct personal_args *a = args;
	return anonymise(app, cli, a->id, a->by, a->reason, a->rewrite_backups);
}

int cli_person_anonymise(const struct cli *cli, int argc, char **argv)
{
	struct personal_args a = { 0 };
	int rc = cli_parse(&cli_person_anonymise_cmd, &a, argc, argv);
	return rc != CLI_GO ? rc : cli_with_app(cli, anonymise_person, &a);
}

static const struct opt retention_opts[] = {
	OPT_INT("older-than", "YEARS", OPT_REQUIRED, 1, 100, N_("whose programme ended more than this many years ago"),
	        offsetof(struct personal_args, years)),
	OPT_FLAG("apply", 0, N_("anonymise them (else only list them)"), offsetof(struct personal_args, apply)),
	OPT_ID("by", "ID", 0, N_("with --apply: the coordinator who does it"), offsetof(struct personal_args, by)),
	OPT_FLAG("csv", 0, N_("CSV with a header row: id,name,ended"), offsetof(struct personal_args, csv)),
	OPT_END,
};
static const struct opt_cmd retention_cmd = {
	"retention", N_("Lists the participants whose programme ended long ago; with --apply anonymises them."),
	retention_opts,
};

struct due {
	long long id;
	int ended;
};

struct due_list {
	struct due *v;
	size_t n;
	bool csv;
};

static void on_due(long long id, const char *name, int ended, void *ctx)
{
	struct due_list *l = ctx;
	char sid[24], day[11];
	snprintf(sid, sizeof sid, "%lld", id);
	date_format_ymd(ended, day);
	const char *f[] = { sid, name, day };
	csv_row(stdout, l->csv, f, 3);
	struct due *v = realloc(l->v, (l->n + 1) * sizeof *v);
	if (v) {
		l->v = v;
		l->v[l->n++] = (struct due){ id, ended };
	}
}

static int retention(struct app *app, const struct cli *cli, void *args)
{
	const struct personal_args *a = args;
	struct due_list l = { .csv = a->csv };
	if (a->csv) {
		static const char *const h[] = { "id", "name", "ended" };
		csv_record(stdout, h, 3);
	}
	enum rota_err e = app_retention_each(app, a->years, clock_now(), on_due, &l);
	int rc = e == ERR_OK ? CLI_OK : cli_fail(e);
	/* TRANSLATORS: the reason recorded when the retention rule anonymises someone. */
	for (size_t i = 0; rc == CLI_OK && a->apply && i < l.n; i++)
		rc = anonymise(app, cli, l.v[i].id, a->by, _("retention period over"), false);
	free(l.v);
	return rc;
}

int cli_retention(const struct cli *cli)
{
	struct personal_args a = { 0 };
	int rc = cli_parse(&retention_cmd, &a, cli->argc, cli->argv);
	if (rc != CLI_GO)
		return rc;
	if (a.apply != (a.by > 0))
		return cli_usage(&retention_cmd, a.apply ? _("--apply needs --by, the coordinator who does it")
		                                         : _("--by goes with --apply"));
	return cli_with_app(cli, retention, &a);
}
