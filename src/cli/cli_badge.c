/* rota badge issue|enrol|sheet|show|show-number|revoke|history */
#include <errno.h>
#include <spawn.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>

#include "app/badge.h"
#include "out/badge_sheet.h"
#include "app/people.h"
#include "cli/cli.h"
#include "cli/csv.h"
#include "kiosk/kiosk.h"
#include "util/alloc.h"
#include "util/clock.h"
#include "util/date.h"
#include "util/files.h"
#include "util/i18n.h"
#include "util/text.h"

extern char **environ;

struct id_args {
	long long id;
};

static const struct opt issue_opts[] = {
	OPT_ARG_ID("ID", 0, N_("the person's id"), offsetof(struct id_args, id)),
	OPT_END,
};
static const struct opt_cmd issue_cmd = {
	"badge issue", N_("Prints the new payload; the person's previous badge stops working."), issue_opts,
};

static int issue(struct app *app, const struct cli *cli, void *args)
{
	(void)cli;
	char payload[BADGE_DIGITS + 1];
	enum rota_err e = app_badge_issue(app, ((struct id_args *)args)->id, 0, clock_now(), payload);
	if (e != ERR_OK)
		return cli_fail(e);
	printf("%s\n", payload);
	return CLI_OK;
}

static int badge_issue(const struct cli *cli, int argc, char **argv)
{
	struct id_args a = { 0 };
	int rc = cli_parse(&issue_cmd, &a, argc, argv);
	return rc != CLI_GO ? rc : cli_with_app(cli, issue, &a);
}

struct enrol_args {
	long long id, by;
	const char *card;
};

static const struct opt enrol_opts[] = {
	OPT_ARG_ID("ID", 0, N_("the person's id"), offsetof(struct enrol_args, id)),
	OPT_STRING("card", "NUMBER", 0, N_("the card's number as its reader types it (else: scan the card now)"),
	           offsetof(struct enrol_args, card)),
	OPT_ID("by", "ID", 0, N_("who enrols it"), offsetof(struct enrol_args, by)),
	OPT_END,
};
static const struct opt_cmd enrol_cmd = {
	"badge enrol",
	N_("Makes a card the workshop already has (an RFID fob or card that a keyboard\n"
	   "reader types as 6 to 20 digits, or hex) the person's badge; their previous\n"
	   "badge stops working. Without --card it waits for one scan on this terminal.\n"
	   "Only a fingerprint of the number is kept. The kiosk reads hex from a reader\n"
	   "too, in upper or lower case."),
	enrol_opts,
};

/* Reads the one line a reader types into this terminal; false for none. */
static bool read_card(char *line, size_t n)
{
	fprintf(stderr, "%s\n", _("Hold the card to the reader now."));
	if (!fgets(line, (int)n, stdin))
		return false;
	line[strcspn(line, "\r\n")] = '\0';
	return true;
}

static int enrol(struct app *app, const struct cli *cli, void *args)
{
	(void)cli;
	const struct enrol_args *a = args;
	char line[64];
	const char *number = a->card;
	if (!number) {
		if (!read_card(line, sizeof line))
			return cli_refuse(_("No card was read. Nothing was changed."));
		number = line;
	}
	enum rota_err e = app_badge_enrol(app, a->id, number, a->by, clock_now());
	if (e != ERR_OK)
		return cli_fail(e);
	printf("%s\n", _("The card is enrolled. The person's previous badge no longer works."));
	return CLI_OK;
}

static int badge_enrol(const struct cli *cli, int argc, char **argv)
{
	struct enrol_args a = { 0 };
	int rc = cli_parse(&enrol_cmd, &a, argc, argv);
	return rc != CLI_GO ? rc : cli_with_app(cli, enrol, &a);
}

struct number_args {
	long long id, by;
};

static const struct opt number_opts[] = {
	OPT_ARG_ID("ID", 0, N_("the person's id"), offsetof(struct number_args, id)),
	OPT_ID("by", "ID", OPT_REQUIRED, N_("the coordinator who asks for it"), offsetof(struct number_args, by)),
	OPT_END,
};
static const struct opt_cmd number_cmd = {
	"badge show-number",
	N_("Prints the number of the person's current badge, as badge issue did, for a\n"
	   "coordinator. An enrolled card's number is not kept (only a fingerprint of\n"
	   "it), so it cannot be shown: read it from the card."),
	number_opts,
};

static int number(struct app *app, const struct cli *cli, void *args)
{
	(void)cli;
	const struct number_args *a = args;
	char payload[BADGE_DIGITS + 1];
	enum rota_err e = app_badge_number(app, a->id, a->by, payload);
	if (e == ERR_NOT_COORDINATOR)
		return cli_refuse(_("Only a coordinator (--by) may see a badge's number. Nothing was shown."));
	if (e == ERR_NOT_FOUND)
		return cli_refuse(_("This person has no badge yet. Issue one with: rota badge issue ID"));
	if (e != ERR_OK)
		return cli_fail(e);
	printf("%s\n", payload);
	return CLI_OK;
}

static int badge_number(const struct cli *cli, int argc, char **argv)
{
	struct number_args a = { 0 };
	int rc = cli_parse(&number_cmd, &a, argc, argv);
	return rc != CLI_GO ? rc : cli_with_app(cli, number, &a);
}

static const char *const styles[] = { "blocks", "spaces", NULL };

struct show_args {
	long long id;
	int style;
};

static const struct opt show_opts[] = {
	OPT_ARG_ID("ID", 0, N_("the person's id"), offsetof(struct show_args, id)),
	OPT_CHOICE("style", styles, 0, N_("half blocks, or spaces for terminals that draw blocks badly"),
	           offsetof(struct show_args, style)),
	OPT_END,
};
static const struct opt_cmd show_cmd = {
	"badge show", N_("Shows the person's QR code on this terminal, for a phone photo."), show_opts,
};

static int show(struct app *app, const struct cli *cli, void *args)
{
	(void)cli;
	const struct show_args *a = args;
	static const enum kiosk_qr_style style_of[] = { KIOSK_QR_BLOCKS, KIOSK_QR_SPACES };
	char payload[BADGE_DIGITS + 1];
	struct person p;
	enum rota_err e = app_person_get(app, a->id, &p);
	if (e == ERR_OK)
		e = app_badge_current(app, a->id, payload);
	if (e == ERR_NOT_FOUND)
		return cli_refuse(_("This person has no badge yet. Issue one with: rota badge issue ID"));
	if (e != ERR_OK)
		return cli_fail(e);
	if (kiosk_show_badge(app, p.name, payload, a->style >= 0 ? style_of[a->style] : KIOSK_QR_AUTO) != 0)
		return cli_refuse(_("the kiosk needs a terminal to run in."));
	return CLI_OK;
}

static int badge_show(const struct cli *cli, int argc, char **argv)
{
	struct show_args a = { .style = -1 };
	int rc = cli_parse(&show_cmd, &a, argc, argv);
	return rc != CLI_GO ? rc : cli_with_app(cli, show, &a);
}

struct revoke_args {
	long long id, by;
	const char *reason;
};

static const struct opt revoke_opts[] = {
	OPT_ARG_ID("ID", 0, N_("the person's id"), offsetof(struct revoke_args, id)),
	OPT_STRING("reason", "TEXT", 0, N_("why, in a few words (lost, stolen ...)"), offsetof(struct revoke_args, reason)),
	OPT_ID("by", "ID", 0, N_("who revokes it"), offsetof(struct revoke_args, by)),
	OPT_END,
};
static const struct opt_cmd revoke_cmd = { "badge revoke", N_("The person's badge stops working at once."),
	                                   revoke_opts };

static int revoke(struct app *app, const struct cli *cli, void *args)
{
	(void)cli;
	const struct revoke_args *a = args;
	enum rota_err e = app_badge_revoke(app, a->id, a->by, a->reason, clock_now());
	if (e == ERR_NOT_FOUND)
		return cli_refuse(_("This person has no active badge."));
	if (e != ERR_OK)
		return cli_fail(e);
	printf("%s\n", _("The badge was revoked. It will not work at the kiosk any more."));
	return CLI_OK;
}

static int badge_revoke(const struct cli *cli, int argc, char **argv)
{
	struct revoke_args a = { 0 };
	int rc = cli_parse(&revoke_cmd, &a, argc, argv);
	return rc != CLI_GO ? rc : cli_with_app(cli, revoke, &a);
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
	csv_row(stdout, *csv, fields, 8);
}

struct history_args {
	long long id;
	bool csv;
};

static const struct opt history_opts[] = {
	OPT_ARG_ID("ID", 0, N_("the person's id"), offsetof(struct history_args, id)),
	CSV_OPTIONS(0, N_("CSV with a header row"), offsetof(struct history_args, csv)),
	OPT_END,
};
static const struct opt_cmd history_cmd = {
	"badge history",
	N_("Every badge the person had: badge_id,person_id,issued_at,issued_by,revoked_at,\n"
	   "revoked_by,reason,status"),
	history_opts,
};

static int history(struct app *app, const struct cli *cli, void *args)
{
	(void)cli;
	struct history_args *a = args;
	struct person p;
	enum rota_err e = app_person_get(app, a->id, &p);
	if (e != ERR_OK)
		return cli_fail(e);
	if (a->csv) {
		static const char *const header[] = { "badge_id", "person_id", "issued_at", "issued_by",
			                              "revoked_at", "revoked_by", "reason", "status" };
		csv_record(stdout, header, 8);
	}
	e = app_badge_history(app, a->id, print_badge, &a->csv);
	return e == ERR_OK ? CLI_OK : cli_fail(e);
}

static int badge_history(const struct cli *cli, int argc, char **argv)
{
	struct history_args a = { 0 };
	int rc = cli_parse(&history_cmd, &a, argc, argv);
	return rc != CLI_GO ? rc : cli_with_app(cli, history, &a);
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
	if (e == ERR_BADGE_IS_CARD) { /* their badge is a card of their own */
		char name[sizeof p->name * 4];
		fprintf(stderr, _("rota: %s (id %lld) has an enrolled card as their badge and was left out.\n"),
		        text_escape(name, sizeof name, p->name, false), p->id);
		job->skipped++;
		return ERR_OK;
	}
	if (e == ERR_NOT_FOUND) {
		char name[sizeof p->name * 4];
		fprintf(stderr, _("rota: %s (id %lld) has no badge and was left out; --issue-missing issues one.\n"),
		        text_escape(name, sizeof name, p->name, false), p->id);
		job->skipped++;
		return ERR_OK;
	}
	if (e != ERR_OK)
		return e;
	job->badges = xgrow(job->badges, job->n, &job->cap, sizeof *job->badges);
	struct sheet_badge *b = &job->badges[job->n++];
	memcpy(b->payload, payload, sizeof b->payload);
	text_copy(b->name, sizeof b->name, p->name);
	b->role = p->role;
	return ERR_OK;
}

struct sheet_args {
	const char *out;
	bool all, issue_missing, print;
	struct opt_list ids;
};

/* Takes an --out whose name says PDF or PNG. */
static bool parse_out(const char *v, void *dest)
{
	enum sheet_format format;
	if (!badge_sheet_format_of(v, &format))
		return false;
	*(const char **)dest = v;
	return true;
}

static const struct opt sheet_opts[] = {
	OPT_CALLBACK("out", "FILE.pdf|FILE.png", OPT_REQUIRED, parse_out, N_("a file name ending in .pdf or .png"),
	             N_("the file to write: PDF, or PNG at 300 dpi (one file a page)"), offsetof(struct sheet_args, out)),
	OPT_FLAG("issue-missing", 0, N_("issues a badge to whoever has none"), offsetof(struct sheet_args, issue_missing)),
	OPT_FLAG("print", 0, N_("sends the file to the default printer"), offsetof(struct sheet_args, print)),
	OPT_FLAG("all", OPT_REQUIRED | OPT_GROUP(1), N_("everyone active"), offsetof(struct sheet_args, all)),
	/* OPT_REQUIRED here makes the group required: --all or at least one ID */
	OPT_ARG_ID("ID", OPT_OPTIONAL | OPT_MANY | OPT_REQUIRED | OPT_GROUP(1), N_("or these people"),
	           offsetof(struct sheet_args, ids)),
	OPT_END,
};
static const struct opt_cmd sheet_cmd = {
	"badge sheet", N_("Ten ID-card badges per A4 page, with cut marks."), sheet_opts,
};

/* The people a sheet is for (--all, then the ids), into *people and *n
 * (the caller frees *people). */
static enum rota_err sheet_people(struct app *app, const struct sheet_args *a, struct person **people, size_t *n)
{
	enum rota_err e = ERR_OK;
	*people = NULL;
	*n = 0;
	if (a->all)
		e = app_person_list(app, true, people, n);
	size_t cap = *n;
	for (int i = 0; e == ERR_OK && i < a->ids.n; i++) {
		long long id = 0;
		cli_parse_id(a->ids.v[i], &id); /* checked by the parser */
		*people = xgrow(*people, *n, &cap, sizeof **people);
		if ((e = app_person_get(app, id, &(*people)[*n])) == ERR_OK)
			(*n)++;
	}
	return e;
}

/* Says whether every page of a sheet for n badges can be written, before a
 * badge is issued for it: a refused sheet issues none. CLI_OK, or the
 * failure said. */
static int sheet_pages_writable(const char *out, enum sheet_format format, size_t n)
{
	int pages = format == SHEET_PDF ? 1 : (int)((n + SHEET_BADGES_PER_PAGE - 1) / SHEET_BADGES_PER_PAGE);
	for (int p = 1; p <= pages; p++) {
		char *page = badge_sheet_page_path(out, format, p);
		enum rota_err e = files_out_probe(page);
		int rc = e == ERR_OK ? CLI_OK : cli_fail_write(e, page);
		free(page);
		if (rc != CLI_OK)
			return rc;
	}
	return CLI_OK;
}

static int sheet(struct app *app, const struct cli *cli, void *args)
{
	const struct sheet_args *a = args;
	const char *out = a->out;
	enum sheet_format format;
	struct sheet_job job = { .issue_missing = a->issue_missing };
	int rc = CLI_OK;
	badge_sheet_format_of(out, &format); /* checked by the parser */
	struct person *people;
	size_t npeople;
	enum rota_err e = sheet_people(app, a, &people, &npeople);
	if (e != ERR_OK)
		rc = cli_fail(e);
	if (rc == CLI_OK && npeople > 0)
		rc = sheet_pages_writable(out, format, npeople);
	for (size_t i = 0; rc == CLI_OK && e == ERR_OK && i < npeople; i++)
		e = add_person(app, &job, &people[i]);
	free(people);
	if (rc == CLI_OK && e != ERR_OK)
		rc = cli_fail(e);
	if (rc == CLI_OK && job.n == 0)
		rc = cli_refuse(_("No badges to put on a sheet."));
	int pages = 0;
	char cli_lang[3];
	/* The cards speak the workshop's language unless --lang says otherwise. */
	i18n_switch(cli->lang ? cli->lang : app_kiosk_lang(app), cli_lang);
	size_t bad = 0;
	e = rc == CLI_OK ? badge_sheet_write(out, format, app->cfg.workshop, clock_now(), job.badges, job.n, &pages, &bad) : ERR_OK;
	i18n_restore(cli_lang);
	if (e == ERR_SHEET_CARD) {
		char name[sizeof job.badges[bad].name * 4];
		text_escape(name, sizeof name, job.badges[bad].name, false);
		fprintf(stderr, _("rota: the badge of %s (card %zu) could not be drawn, so no sheet was written.\n"), name,
		        bad + 1);
		rc = CLI_FAIL;
	} else if (e != ERR_OK) {
		rc = cli_fail_write(e, out);
	}
	if (rc == CLI_OK) {
		for (int p = 1; p <= (format == SHEET_PNG ? pages : 1); p++) {
			char *page = badge_sheet_page_path(out, format, p);
			printf("%s\n", page);
			free(page);
		}
		fprintf(stderr, _("rota: badges: %zu, pages: %d.\n"), job.n, pages);
		if (a->print)
			rc = print_file(out);
	}
	free(job.badges);
	return rc;
}

static int badge_sheet(const struct cli *cli, int argc, char **argv)
{
	struct sheet_args a = { 0 };
	int rc = cli_parse(&sheet_cmd, &a, argc, argv);
	if (rc != CLI_GO)
		return rc;
	/* Before anything is issued: no sheet, no new badges. */
	if (!badge_sheet_available())
		return cli_refuse(_("Badge sheets need the cairo library (Debian package libcairo2)."));
	rc = cli_output_check(a.out);
	return rc != CLI_GO ? rc : cli_with_app(cli, sheet, &a);
}

int cli_badge(const struct cli *cli)
{
	static const struct cli_verb verbs[] = {
		{ &issue_cmd, badge_issue },     { &sheet_cmd, badge_sheet },   { &show_cmd, badge_show },
		{ &revoke_cmd, badge_revoke }, { &history_cmd, badge_history }, { &enrol_cmd, badge_enrol },
		{ &number_cmd, badge_number },
	};
	return cli_run_verb(cli, verbs, sizeof verbs / sizeof verbs[0], NULL);
}
