/* rota badge issue|show|revoke|history|sheet */
#include <errno.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>

#include "app/badge.h"
#include "app/badge_sheet.h"
#include "app/cairo_lib.h"
#include "app/people.h"
#include "cli/cli.h"
#include "cli/csv.h"
#include "kiosk/kiosk.h"
#include "util/alloc.h"
#include "util/clock.h"
#include "util/date.h"
#include "util/i18n.h"
#include "util/text.h"

extern char **environ;

static int usage_help(void)
{
	printf("%s", _("Usage:\n"
	               "  rota badge issue ID\n"
	               "      prints the new payload; the person's previous badge stops working\n"
	               "  rota badge show ID [--style blocks|spaces]\n"
	               "      shows the person's QR code on this terminal\n"
	               "  rota badge revoke ID [--reason TEXT] [--by ID]\n"
	               "      the person's badge stops working\n"
	               "  rota badge history ID [--csv]\n"
	               "      badge_id,person_id,issued_at,issued_by,revoked_at,revoked_by,reason,status\n"
	               "  rota badge sheet --out FILE.pdf|FILE.png [--issue-missing] [--print] (--all | ID...)\n"
	               "      ten ID-card badges per A4 page, with cut marks\n"));
	return CLI_OK;
}

static int badge_issue(struct app *app, const struct cli *cli, int argc, char **argv)
{
	(void)cli;
	long long id;
	char payload[BADGE_DIGITS + 1];
	if (argc != 2 || !cli_parse_id(argv[1], &id))
		return cli_usage("badge", _("say: badge issue ID"));
	enum rota_err e = app_badge_issue(app, id, 0, clock_now(), payload);
	if (e != ERR_OK)
		return cli_fail(e);
	printf("%s\n", payload);
	return CLI_OK;
}

static int badge_show(struct app *app, const struct cli *cli, int argc, char **argv)
{
	(void)cli;
	long long id;
	enum kiosk_qr_style style = KIOSK_QR_AUTO;
	char payload[BADGE_DIGITS + 1];
	struct person p;
	if (argc < 2 || !cli_parse_id(argv[1], &id))
		return cli_usage("badge", _("say: badge show ID [--style blocks|spaces]"));
	for (int i = 2; i < argc; i += 2) {
		const char *value = i + 1 < argc && !strcmp(argv[i], "--style") ? argv[i + 1] : "";
		if (!strcmp(value, "blocks"))
			style = KIOSK_QR_BLOCKS;
		else if (!strcmp(value, "spaces"))
			style = KIOSK_QR_SPACES;
		else
			return cli_usage("badge", _("--style takes blocks or spaces"));
	}
	enum rota_err e = app_person_get(app, id, &p);
	if (e == ERR_OK)
		e = app_badge_current(app, id, payload);
	if (e == ERR_NOT_FOUND) {
		fprintf(stderr, "rota: %s\n", _("This person has no badge yet. Issue one with: rota badge issue ID"));
		return CLI_FAIL;
	}
	if (e != ERR_OK)
		return cli_fail(e);
	if (kiosk_show_badge(app, p.name, payload, style) != 0) {
		fprintf(stderr, "rota: %s\n", _("the kiosk needs a terminal to run in."));
		return CLI_FAIL;
	}
	return CLI_OK;
}

static int badge_revoke(struct app *app, const struct cli *cli, int argc, char **argv)
{
	(void)cli;
	long long id, by = 0;
	const char *reason = NULL;
	if (argc < 2 || !cli_parse_id(argv[1], &id))
		return cli_usage("badge", _("say: badge revoke ID [--reason TEXT] [--by ID]"));
	for (int i = 2; i < argc; i += 2) {
		if (i + 1 >= argc)
			return cli_usage("badge", _("an option needs a value"));
		if (!strcmp(argv[i], "--reason"))
			reason = argv[i + 1];
		else if (!strcmp(argv[i], "--by") && cli_parse_id(argv[i + 1], &by))
			continue;
		else
			return cli_usage("badge", _("revoke takes --reason TEXT and --by ID"));
	}
	enum rota_err e = app_badge_revoke(app, id, by, reason, clock_now());
	if (e == ERR_NOT_FOUND) {
		fprintf(stderr, "rota: %s\n", _("This person has no active badge."));
		return CLI_FAIL;
	}
	if (e != ERR_OK)
		return cli_fail(e);
	printf("%s\n", _("The badge was revoked. It will not work at the kiosk any more."));
	return CLI_OK;
}

static void print_badge(const struct badge *b, void *ctx)
{
	const bool *csv = ctx;
	char id[24], person[24], issued[20], by[24] = "", revoked[20] = "", revoked_by[24] = "";
	snprintf(id, sizeof id, "%lld", b->id);
	snprintf(person, sizeof person, "%lld", b->person_id);
	date_format_datetime(b->issued_at, issued);
	if (b->issued_by > 0)
		snprintf(by, sizeof by, "%lld", b->issued_by);
	if (b->revoked_at)
		date_format_datetime(b->revoked_at, revoked);
	if (b->revoked_by > 0)
		snprintf(revoked_by, sizeof revoked_by, "%lld", b->revoked_by);
	const char *fields[] = { id, person, issued, by, revoked, revoked_by, b->reason,
		                 b->revoked_at ? "revoked" : "active" };
	if (*csv)
		csv_record(stdout, fields, 8);
	else
		printf("%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", id, person, issued, by, revoked, revoked_by,
		       b->reason, fields[7]);
}

static int badge_history(struct app *app, const struct cli *cli, int argc, char **argv)
{
	(void)cli;
	long long id;
	bool csv = argc == 3 && !strcmp(argv[2], "--csv");
	struct person p;
	if ((argc != 2 && !csv) || !cli_parse_id(argv[1], &id))
		return cli_usage("badge", _("say: badge history ID [--csv]"));
	enum rota_err e = app_person_get(app, id, &p);
	if (e != ERR_OK)
		return cli_fail(e);
	if (csv) {
		static const char *const header[] = { "badge_id", "person_id", "issued_at", "issued_by",
			                              "revoked_at", "revoked_by", "reason", "status" };
		csv_record(stdout, header, 8);
	}
	e = app_badge_history(app, id, print_badge, &csv);
	return e == ERR_OK ? CLI_OK : cli_fail(e);
}

/* Hands the file to CUPS when there is one; otherwise says how to print. */
static int print_file(const char *path)
{
	char lp[] = "lp", dashes[] = "--";
	char *file = xstrdup(path);
	char *argv[] = { lp, dashes, file, NULL };
	pid_t pid;
	int status;
	if (posix_spawnp(&pid, "lp", NULL, NULL, argv, environ) == 0 && waitpid(pid, &status, 0) == pid &&
	    WIFEXITED(status) && WEXITSTATUS(status) == 0) {
		printf(_("Sent %s to the default printer.\n"), path);
		free(file);
		return CLI_OK;
	}
	free(file);
	printf(_("No printer service (CUPS) could take it. Open %s and print it on A4 at actual size (100 %%, no fitting to the page), then cut along the marks.\n"),
	       path);
	return CLI_FAIL;
}

struct sheet_job {
	struct sheet_badge *badges;
	size_t n, cap;
	bool issue_missing;
	int skipped;
};

static enum rota_err add_person(struct app *app, struct sheet_job *job, const struct person *p)
{
	char payload[BADGE_DIGITS + 1];
	enum rota_err e = app_badge_current(app, p->id, payload);
	if (e == ERR_NOT_FOUND && job->issue_missing)
		e = app_badge_issue(app, p->id, 0, clock_now(), payload);
	if (e == ERR_NOT_FOUND) {
		fprintf(stderr, _("rota: %s (id %lld) has no badge and was left out; --issue-missing issues one.\n"),
		        p->name, p->id);
		job->skipped++;
		return ERR_OK;
	}
	if (e != ERR_OK)
		return e;
	if (job->n == job->cap)
		job->badges = xrealloc(job->badges, (job->cap = job->cap ? 2 * job->cap : 16) * sizeof *job->badges);
	struct sheet_badge *b = &job->badges[job->n++];
	memcpy(b->payload, payload, sizeof b->payload);
	text_copy(b->name, sizeof b->name, p->name);
	b->role = p->role;
	return ERR_OK;
}

static int badge_sheet(struct app *app, const struct cli *cli, int argc, char **argv)
{
	const char *out = NULL;
	bool all = false, print = false;
	enum sheet_format format;
	struct sheet_job job = { 0 };
	long long *ids = xcalloc((size_t)argc, sizeof *ids);
	size_t nids = 0;
	int rc = CLI_OK;
	for (int i = 1; i < argc && rc == CLI_OK; i++) {
		if (!strcmp(argv[i], "--out") && i + 1 < argc)
			out = argv[++i];
		else if (!strcmp(argv[i], "--all"))
			all = true;
		else if (!strcmp(argv[i], "--issue-missing"))
			job.issue_missing = true;
		else if (!strcmp(argv[i], "--print"))
			print = true;
		else if (!cli_parse_id(argv[i], &ids[nids++]))
			rc = cli_usage("badge", _("sheet takes --out FILE, --all or person ids, --issue-missing, --print"));
	}
	if (rc == CLI_OK && (!out || !badge_sheet_format_of(out, &format)))
		rc = cli_usage("badge", _("sheet needs --out FILE.pdf or --out FILE.png"));
	if (rc == CLI_OK && all == (nids > 0))
		rc = cli_usage("badge", _("sheet needs --all or person ids (not both)"));
	enum rota_err e = ERR_OK;
	if (rc == CLI_OK && all) {
		struct person *people;
		size_t n;
		e = app_person_list(app, true, &people, &n);
		for (size_t i = 0; e == ERR_OK && i < n; i++)
			e = add_person(app, &job, &people[i]);
		if (e == ERR_OK || n)
			free(people);
	}
	for (size_t i = 0; rc == CLI_OK && e == ERR_OK && i < nids; i++) {
		struct person p;
		e = app_person_get(app, ids[i], &p);
		if (e == ERR_OK)
			e = add_person(app, &job, &p);
	}
	if (rc == CLI_OK && e != ERR_OK)
		rc = cli_fail(e);
	if (rc == CLI_OK && !cairo_lib_get()) {
		fprintf(stderr, "rota: %s\n", _("Badge sheets need the cairo library (Debian package libcairo2)."));
		rc = CLI_FAIL;
	}
	if (rc == CLI_OK && job.n == 0) {
		fprintf(stderr, "rota: %s\n", _("No badges to put on a sheet."));
		rc = CLI_FAIL;
	}
	int pages = 0;
	char cli_lang[3];
	/* The cards speak the workshop's language unless --lang says otherwise. */
	i18n_switch(cli->lang ? cli->lang : app_kiosk_lang(app), cli_lang);
	bool unwritten = rc == CLI_OK &&
	                 badge_sheet_write(out, format, app->cfg.workshop, job.badges, job.n, &pages) != ERR_OK;
	i18n_restore(cli_lang);
	if (unwritten) {
		fprintf(stderr, _("rota: cannot write %s\n"), out);
		rc = CLI_FAIL;
	}
	if (rc == CLI_OK) {
		for (int p = 1; p <= (format == SHEET_PNG ? pages : 1); p++) {
			char *page = badge_sheet_page_path(out, format, p);
			printf("%s\n", page);
			free(page);
		}
		fprintf(stderr, _("rota: badges: %zu, pages: %d.\n"), job.n, pages);
		if (print)
			rc = print_file(out);
	}
	free(job.badges);
	free(ids);
	return rc;
}

int cli_badge(const struct cli *cli)
{
	int argc = cli->argc - 1;
	char **argv = cli->argv + 1;
	if (cli_wants_help(argc, argv))
		return usage_help();
	static const struct {
		const char *name;
		int (*run)(struct app *, const struct cli *, int, char **);
	} subs[] = { { "issue", badge_issue },     { "show", badge_show },   { "revoke", badge_revoke },
		     { "history", badge_history }, { "sheet", badge_sheet } };
	for (size_t i = 0; argc >= 1 && i < sizeof subs / sizeof subs[0]; i++) {
		if (strcmp(argv[0], subs[i].name) != 0)
			continue;
		struct app *app = cli_open(cli, false);
		if (!app)
			return CLI_FAIL;
		int rc = subs[i].run(app, cli, argc, argv);
		app_close(app);
		return rc;
	}
	return cli_usage("badge", _("say issue, show, revoke, history or sheet"));
}
