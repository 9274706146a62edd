/* rota sync, rota central: parsing and sentences only; the work is in
 * app/sync.h and app/central.h. */
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "app/attendance_doc.h"
#include "app/central.h"
#include "app/resume_site.h"
#include "app/sync.h"
#include "cli/cli.h"
#include "cli/cli_month.h"
#include "cli/cli_month.h"
#include "cli/csv.h"
#include "out/err_words.h"
#include "util/clock.h"
#include "util/date.h"
#include "util/i18n.h"
#include "util/text.h"

/* --unverified-tls: a server on another machine without its certificate
 * checked (see app/central.h). */
#define UNVERIFIED_TLS_IN(type) \
	OPT_FLAG("unverified-tls", 0, \
	         N_("reach a server on another machine without checking its certificate: only on a network you trust"), \
	         offsetof(type, to.allows_unverified_tls))

struct sync_args {
	struct central_to to;
	bool status;
};

static const struct opt sync_opts[] = {
	OPT_STRING("to", "CONNINFO", OPT_REQUIRED | OPT_GROUP(1),
	           N_("the central PostgreSQL: a connection string, a URI or service=NAME (a password goes in ~/.pgpass, never here)"),
	           offsetof(struct sync_args, to.conninfo)),
	UNVERIFIED_TLS_IN(struct sync_args),
	OPT_FLAG("status", OPT_REQUIRED | OPT_GROUP(1), N_("how many changes wait to be sent, and when the last sync succeeded"),
	         offsetof(struct sync_args, status)),
	OPT_END,
};
static const struct opt_cmd sync_cmd = {
	"sync",
	N_("Sends this site's changes to the central database, in batches of one\n"
	   "transaction each; a change already there is skipped, so an interrupted\n"
	   "sync is simply run again. The kiosk never waits for it."),
	sync_opts,
};

static void show_progress(long long sent, long long total, void *ctx)
{
	(void)ctx;
	fputc('\r', stderr);
	fprintf(stderr, _("Sent %lld of %lld changes..."), sent, sent > total ? sent : total);
	fflush(stderr);
}

static int sync_status(struct app *app)
{
	struct sync_status s;
	enum rota_err e = app_sync_status(app, &s);
	if (e != ERR_OK)
		return cli_fail(e);
	char when[20] = "never";
	if (s.last_ok_at)
		date_format_datetime(s.last_ok_at, when);
	printf("site_id=%s\nwaiting=%lld\nlast_sync=%s\n", s.site_id, s.waiting, when);
	return CLI_OK;
}

static int run_sync(struct app *app, const struct cli *cli, void *args)
{
	(void)cli;
	struct sync_args *a = args;
	if (a->status)
		return sync_status(app);
	bool tty = isatty(STDERR_FILENO);
	struct sync_result r;
	enum rota_err e = app_sync(app, &a->to, clock_now(), tty ? show_progress : NULL, NULL, &r);
	if (tty && r.batches)
		fputc('\n', stderr);
	if (e == ERR_OK || e == ERR_CENTRAL_UNCLEARED)
		printf(_("Sent %lld changes (%lld new to the central database); nothing waits.\n"), r.sent, r.added);
	else if (r.sent)
		printf(_("Sent %lld changes before the sync stopped.\n"), r.sent);
	if (r.cleared)
		printf(_("The central database cleared the forgotten texts from its tables; its WAL and backups keep them "
		         "until they age out.\n"));
	if (e == ERR_OK)
		return CLI_OK;
	if (r.forgot && !r.cleared && e != ERR_CENTRAL_UNCLEARED)
		fprintf(stderr, "rota: %s\n", err_message(ERR_CENTRAL_UNCLEARED));
	if (e == ERR_CENTRAL_FAILED && r.refused_seq) {
		/* The server's words are its own, in its language: shown as they
		 * are, escaped like any text from outside. */
		char reason[4 * sizeof r.reason];
		text_escape(reason, sizeof reason, r.reason, false);
		fputs("rota: ", stderr);
		fprintf(stderr, _("The central database refused change %lld of site %s (table %s: %s); it stays in this "
		                  "file, and every sync stops at it until whoever runs the central database lets it in, so "
		                  "please show them this message.\n"),
		        r.refused_seq, r.site_id, r.refused_tbl, reason);
		return CLI_FAIL;
	}
	return cli_fail(e);
}

int cli_sync(const struct cli *cli)
{
	struct sync_args a = { 0 };
	int rc = cli_parse(&sync_cmd, &a, cli->argc, cli->argv);
	if (rc != CLI_GO)
		return rc;
	return cli_with_app(cli, run_sync, &a);
}

static const struct opt resume_opts[] = {
	OPT_STRING("to", "CONNINFO", OPT_REQUIRED,
	           N_("the central PostgreSQL: a connection string, a URI or service=NAME (a password goes in ~/.pgpass, never here)"),
	           offsetof(struct sync_args, to.conninfo)),
	UNVERIFIED_TLS_IN(struct sync_args),
	OPT_END,
};
static const struct opt_cmd resume_cmd = {
	"central resume-site",
	N_("After these records were restored from a backup, lets this site sync again:\n"
	   "asks the central database how far it holds the site's changes, numbers this\n"
	   "file's changes it does not have after them, and sets aside there (kept, out of\n"
	   "its reports) the changes from after the backup that this file no longer has.\n"
	   "Then run 'rota sync'. Run again, it changes nothing."),
	resume_opts,
};

static int run_resume(struct app *app, const struct cli *cli, void *args)
{
	(void)cli;
	struct sync_args *a = args;
	struct resume_result r;
	enum rota_err e = app_resume_site(app, &a->to, &r);
	if (e != ERR_OK)
		return cli_fail(e);
	if (r.is_nothing) {
		printf(_("Nothing to resume: the central database holds this site's changes up to %lld, as this file does.\n"),
		       r.centre_seq);
		return CLI_OK;
	}
	printf(_("The central database and this file agree up to change %lld; it holds this site's changes up to %lld.\n"),
	       r.agreed, r.centre_seq);
	if (r.moved)
		printf(_("%lld changes of this file now follow them, from number %lld: 'rota sync' sends them.\n"), r.moved,
		       r.first_moved);
	if (r.set_aside)
		printf(_("%lld changes the central database held from after the backup are not in this file: it keeps them in "
		         "its log, set aside, and leaves them out of its reports.\n"),
		       r.set_aside);
	return CLI_OK;
}

/* rota central resume-site: the one central verb that works on this site's
 * file too. */
static int central_resume(const struct cli *cli, int argc, char **argv)
{
	struct sync_args a = { 0 };
	int rc = cli_parse(&resume_cmd, &a, argc, argv);
	if (rc != CLI_GO)
		return rc;
	return cli_with_app(cli, run_resume, &a);
}

struct central_args {
	struct central_to to;
	const char *site;
	int month;
	bool csv, has_header;
};

/* --to CONNINFO (with --unverified-tls) and --site ID, into the args struct type. */
#define CENTRAL_TO_IN(type) \
	OPT_STRING("to", "CONNINFO", OPT_REQUIRED, \
	           N_("the central PostgreSQL: a connection string, a URI or service=NAME (a password goes in ~/.pgpass, never here)"), \
	           offsetof(type, to.conninfo)), \
	UNVERIFIED_TLS_IN(type)
#define CENTRAL_TO CENTRAL_TO_IN(struct central_args)
#define CENTRAL_SITE_IN(type) \
	OPT_STRING("site", "ID", 0, N_("one site only (its id, as 'rota config' shows it); then without the site_id column"), \
	           offsetof(type, site))

static const struct opt init_opts[] = { CENTRAL_TO, OPT_END };
static const struct opt_cmd init_cmd = {
	"central init",
	N_("Creates or upgrades rota's tables in the central database; refuses one set\n"
	   "up by a newer rota."),
	init_opts,
};

static const struct opt hours_opts[] = {
	CENTRAL_TO,
	OPT_CALLBACK("month", "YYYY-MM", OPT_REQUIRED, cli_parse_month, N_("a month like 2026-11"),
	             N_("the month's hour sheet, as 'rota hours --month' gives it"), offsetof(struct central_args, month)),
	CENTRAL_SITE_IN(struct central_args),
	OPT_FLAG("csv", 0, N_("CSV with a header row"), offsetof(struct central_args, csv)),
	OPT_END,
};
static const struct opt_cmd hours_cmd = {
	"central hours",
	N_("The month's hour sheet of every site from the central database: site_id and\n"
	   "then the columns of 'rota hours --month', with the same numbers."),
	hours_opts,
};

static int central_init(const struct cli *cli, int argc, char **argv)
{
	struct central_args a = { 0 };
	int rc = cli_parse(&init_cmd, &a, argc, argv);
	if (rc != CLI_GO)
		return rc;
	cli_log_open(cli);
	int from, to;
	enum rota_err e = app_central_init(&a.to, &from, &to);
	if (e != ERR_OK)
		return cli_fail(e);
	if (from == to)
		printf(_("The central database is ready (schema %d).\n"), to);
	else
		printf(_("The central database is ready (schema %d, was %d).\n"), to, from);
	return CLI_OK;
}

static void print_central_hours(const char *site, const struct hours_row *row, void *ctx)
{
	struct central_args *a = ctx;
	/* The header only once the centre has answered. */
	if (a->csv && !a->has_header)
		cli_hours_header(!a->site);
	a->has_header = true;
	cli_hours_print(a->site ? NULL : site, row, a->csv);
}

static int central_hours(const struct cli *cli, int argc, char **argv)
{
	struct central_args a = { 0 };
	int rc = cli_parse(&hours_cmd, &a, argc, argv);
	if (rc != CLI_GO)
		return rc;
	cli_log_open(cli);
	enum rota_err e = app_central_hours(&a.to, a.site, a.month, clock_now(), print_central_hours, &a);
	if (e != ERR_OK)
		return cli_fail(e);
	if (a.csv && !a.has_header)
		cli_hours_header(!a.site);
	return CLI_OK;
}

struct central_attendance_args {
	struct central_to to;
	const char *site, *pdf;
	int month;
	long long group;
	bool csv, has_header;
	int pdf_rc;          /* the PDF's failure, already said */
};

static const struct opt attendance_opts[] = {
	CENTRAL_TO_IN(struct central_attendance_args),
	OPT_CALLBACK("month", "YYYY-MM", OPT_REQUIRED, cli_parse_month, N_("a month like 2026-11"),
	             N_("the month"), offsetof(struct central_attendance_args, month)),
	CENTRAL_SITE_IN(struct central_attendance_args),
	OPT_ID("group", "ID", 0, N_("only the participants of this group of the site named by --site"),
	       offsetof(struct central_attendance_args, group)),
	OPT_STRING("pdf", "FILE", OPT_REQUIRED | OPT_GROUP(1),
	           N_("the list of the site named by --site to print and sign: landscape A4"),
	           offsetof(struct central_attendance_args, pdf)),
	CSV_OPTIONS(OPT_REQUIRED | OPT_GROUP(1), N_("CSV with a header row: site_id and then the columns of 'rota attendance'"),
	            offsetof(struct central_attendance_args, csv)),
	OPT_END,
};
static const struct opt_cmd attendance_cmd = {
	"central attendance",
	N_("The month's attendance list of every site from the central database, with the\n"
	   "same columns and numbers as 'rota attendance'."),
	attendance_opts,
};

static enum rota_err attendance_of_site(struct app *site, const char *site_id, const struct attendance_list *l,
                                        void *ctx)
{
	struct central_attendance_args *a = ctx;
	if (a->pdf) {
		enum rota_err e = app_attendance_pdf(site, l, NULL, clock_now(), a->pdf);
		a->pdf_rc = e == ERR_OK ? CLI_OK : cli_fail(e);
		return e == ERR_OK ? ERR_OK : ERR_DOCUMENT;
	}
	/* The header only once the centre has answered. */
	if (!a->has_header)
		cli_attendance_header(!a->site);
	a->has_header = true;
	cli_attendance_rows(a->site ? NULL : site_id, l);
	/* a closed month's closing and the amendments this list shows, as the site's own list */
	cli_month_csv_records(site, a->site ? NULL : site_id, l->yyyymm);
	return ERR_OK;
}

static int central_attendance(const struct cli *cli, int argc, char **argv)
{
	struct central_attendance_args a = { 0 };
	int rc = cli_parse(&attendance_cmd, &a, argc, argv);
	if (rc != CLI_GO)
		return rc;
	/* A group's id and a list to sign are one site's. */
	if (!a.site && (a.group || a.pdf))
		return cli_refuse(_("A group and a list to sign belong to one site: name it with --site."));
	if ((rc = cli_output_check(a.pdf)) != CLI_GO)
		return rc;
	cli_log_open(cli);
	enum rota_err e = app_central_attendance(&a.to, a.site, a.month, a.group, clock_now(), attendance_of_site, &a);
	if (a.pdf_rc != CLI_OK)
		return a.pdf_rc;
	if (e != ERR_OK)
		return cli_fail(e);
	if (!a.pdf && !a.has_header)
		cli_attendance_header(!a.site);
	return CLI_OK;
}

struct central_summary_args {
	struct central_to to;
	const char *site;
	int from, until;
	bool csv;
};

static const struct opt summary_opts[] = {
	CENTRAL_TO_IN(struct central_summary_args),
	OPT_DATE("from", OPT_REQUIRED, N_("the period's first day"), offsetof(struct central_summary_args, from)),
	OPT_DATE("until", OPT_REQUIRED, N_("the period's last day"), offsetof(struct central_summary_args, until)),
	CENTRAL_SITE_IN(struct central_summary_args),
	CSV_OPTIONS(0, N_("CSV with a header row: site_id and then the columns of 'rota summary'"),
	            offsetof(struct central_summary_args, csv)),
	OPT_END,
};
static const struct opt_cmd summary_cmd = {
	"central summary",
	N_("The programme summary across all sites from the central database: the sites'\n"
	   "counts added up, then below 5 (0 included) shown as <5; no one is named."),
	summary_opts,
};

static int central_summary(const struct cli *cli, int argc, char **argv)
{
	struct central_summary_args a = { 0 };
	int rc = cli_parse(&summary_cmd, &a, argc, argv);
	if (rc != CLI_GO)
		return rc;
	cli_log_open(cli);
	struct central_summary cs;
	enum rota_err e = app_central_summary(&a.to, a.site, a.from, a.until, clock_now(), &cs);
	if (e == ERR_INVALID) {
		char from[11], until[11];
		date_format_ymd(a.from, from);
		date_format_ymd(a.until, until);
		fprintf(stderr,
		        _("rota: --until %s is before --from %s: the period ends on or after its first day. Nothing was made.\n"),
		        until, from);
		rc = CLI_FAIL;
	} else if (e != ERR_OK)
		rc = cli_fail(e);
	else
		cli_summary_print(&cs.sum, a.csv, !a.site);
	app_central_summary_free(&cs);
	return e == ERR_OK ? CLI_OK : rc;
}

struct central_grant_args {
	struct central_to to;
	const char *site, *role;
	bool all;
};

static const struct opt grant_opts[] = {
	CENTRAL_TO_IN(struct central_grant_args),
	OPT_STRING("site", "ID", OPT_REQUIRED | OPT_GROUP(1), N_("only this site's records (its id, as 'rota config' shows it)"),
	           offsetof(struct central_grant_args, site)),
	OPT_FLAG("all", OPT_REQUIRED | OPT_GROUP(1), N_("every site's records: for the programme's coordinators"),
	         offsetof(struct central_grant_args, all)),
	OPT_ARG("ROLE", 0, N_("a role that already exists in the central database"),
	        offsetof(struct central_grant_args, role)),
	OPT_END,
};
static const struct opt_cmd grant_cmd = {
	"central grant",
	N_("Lets a role of the central database read the analysts' views (schema analyst),\n"
	   "read-only, and in them only the site given; it reads no other table. Whoever\n"
	   "runs the database creates the role first, with its login."),
	grant_opts,
};

static int central_grant(const struct cli *cli, int argc, char **argv)
{
	struct central_grant_args a = { 0 };
	int rc = cli_parse(&grant_cmd, &a, argc, argv);
	if (rc != CLI_GO)
		return rc;
	cli_log_open(cli);
	enum rota_err e = app_central_grant(&a.to, a.all ? NULL : a.site, a.role);
	if (e != ERR_OK)
		return cli_fail(e);
	char role[256];
	text_escape(role, sizeof role, a.role, false);
	if (a.all) {
		printf(_("Role %s may read every site's records in the analyst views.\n"), role);
	} else {
		char site[256];
		text_escape(site, sizeof site, a.site, false);
		printf(_("Role %s may read site %s's records in the analyst views.\n"), role, site);
	}
	return CLI_OK;
}

int cli_central(const struct cli *cli)
{
	static const struct cli_verb verbs[] = {
		{ &init_cmd, central_init }, { &hours_cmd, central_hours },
		{ &attendance_cmd, central_attendance }, { &summary_cmd, central_summary },
		{ &grant_cmd, central_grant }, { &resume_cmd, central_resume },
	};
	return cli_run_verb(cli, verbs, sizeof verbs / sizeof verbs[0], NULL);
}
