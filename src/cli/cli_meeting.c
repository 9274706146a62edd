/* rota meeting add|list (team meetings) and rota note add|list (a mentor's
 * notes, some marked for the team meeting). Parsing and printing only. */
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "app/entry.h"
#include "app/progress.h"
#include "cli/cli.h"
#include "cli/csv.h"
#include "util/clock.h"
#include "util/date.h"
#include "util/i18n.h"
#include "util/text.h"

static const char *const kinds[] = { "intro", "mid", "final", NULL };

struct meeting_args {
	long long person, by;
	int kind, day;
	const char *with, *agreed;
	bool csv;
};

static const struct opt meeting_add_opts[] = {
	OPT_ARG_ID("PERSON_ID", 0, N_("the participant"), offsetof(struct meeting_args, person)),
	OPT_CHOICE("kind", kinds, OPT_REQUIRED, N_("which team meeting: at the start, the middle or the end"),
	           offsetof(struct meeting_args, kind)),
	OPT_DATE("date", 0, N_("the day it was held (else today)"), offsetof(struct meeting_args, day)),
	OPT_STRING("with", "TEXT", OPT_REQUIRED, N_("who took part"), offsetof(struct meeting_args, with)),
	OPT_STRING("agreed", "TEXT", OPT_REQUIRED, N_("what was agreed"), offsetof(struct meeting_args, agreed)),
	OPT_ID("by", "ID", OPT_REQUIRED, N_("the mentor who records it"), offsetof(struct meeting_args, by)),
	OPT_END,
};
static const struct opt_cmd meeting_add_cmd = { "meeting add", N_("Records a team meeting and prints its id."),
	                                        meeting_add_opts };

static int meeting_add(struct app *app, const struct cli *cli, void *args)
{
	(void)cli;
	const struct meeting_args *a = args;
	struct meeting m = { .person_id = a->person, .kind = (enum meeting_kind)a->kind, .day = a->day };
	long long id;
	text_copy(m.with, sizeof m.with, a->with);
	text_copy(m.agreed, sizeof m.agreed, a->agreed);
	if (strlen(a->with) >= sizeof m.with || strlen(a->agreed) >= sizeof m.agreed)
		return cli_fail(ERR_TEXT_TOO_LONG);
	enum rota_err e = app_meeting_add(app, &m, a->by, clock_now(), &id);
	if (e != ERR_OK)
		return cli_fail(e);
	printf("%lld\n", id);
	return CLI_OK;
}

static const struct opt meeting_list_opts[] = {
	OPT_ARG_ID("PERSON_ID", 0, N_("the participant"), offsetof(struct meeting_args, person)),
	OPT_FLAG("csv", 0, N_("CSV with a header row: id,kind,date,with,agreed,by"), offsetof(struct meeting_args, csv)),
	OPT_END,
};
static const struct opt_cmd meeting_list_cmd = { "meeting list", N_("Lists a participant's team meetings."),
	                                         meeting_list_opts };

static void print_meeting(const struct meeting *m, void *ctx)
{
	const bool *csv = ctx;
	char id[24], day[11], by[24] = "";
	snprintf(id, sizeof id, "%lld", m->id);
	date_format_ymd(m->day, day);
	if (m->by > 0)
		snprintf(by, sizeof by, "%lld", m->by);
	const char *f[] = { id, meeting_kind_code(m->kind), day, m->with, m->agreed, by };
	csv_row(stdout, *csv, f, 6);
}

static int meeting_list(struct app *app, const struct cli *cli, void *args)
{
	(void)cli;
	const struct meeting_args *a = args;
	if (a->csv) {
		static const char *const h[] = { "id", "kind", "date", "with", "agreed", "by" };
		csv_record(stdout, h, 6);
	}
	enum rota_err e = app_meeting_each(app, a->person, print_meeting, (void *)&a->csv);
	return e == ERR_OK ? CLI_OK : cli_fail(e);
}

static int run_meeting_add(const struct cli *cli, int argc, char **argv)
{
	struct meeting_args a = { 0 };
	int rc = cli_parse(&meeting_add_cmd, &a, argc, argv);
	return rc != CLI_GO ? rc : cli_with_app(cli, meeting_add, &a);
}

static int run_meeting_list(const struct cli *cli, int argc, char **argv)
{
	struct meeting_args a = { 0 };
	int rc = cli_parse(&meeting_list_cmd, &a, argc, argv);
	return rc != CLI_GO ? rc : cli_with_app(cli, meeting_list, &a);
}

int cli_meeting(const struct cli *cli)
{
	static const struct cli_verb verbs[] = { { &meeting_add_cmd, run_meeting_add },
		                                 { &meeting_list_cmd, run_meeting_list } };
	return cli_run_verb(cli, verbs, 2, NULL);
}

struct note_args {
	long long person, mentor;
	const char *text;
	bool team, csv;
};

static const struct opt note_add_opts[] = {
	OPT_ARG_ID("PERSON_ID", 0, N_("the participant"), offsetof(struct note_args, person)),
	OPT_STRING("text", "TEXT", OPT_REQUIRED, N_("the note"), offsetof(struct note_args, text)),
	OPT_ID("mentor", "ID", OPT_REQUIRED, N_("the mentor who writes it"), offsetof(struct note_args, mentor)),
	OPT_FLAG("team", 0, N_("for the team meeting: the note goes into the team meeting's report"),
	         offsetof(struct note_args, team)),
	OPT_END,
};
static const struct opt_cmd note_add_cmd = { "note add", N_("Adds a note to a participant's file."), note_add_opts };

static int note_add(struct app *app, const struct cli *cli, void *args)
{
	(void)cli;
	const struct note_args *a = args;
	enum rota_err e = app_note_add(app, a->person, a->mentor, a->text, a->team, clock_now());
	return e == ERR_OK ? CLI_OK : cli_fail(e);
}

static const struct opt note_list_opts[] = {
	OPT_ARG_ID("PERSON_ID", 0, N_("the participant"), offsetof(struct note_args, person)),
	OPT_FLAG("team", 0, N_("only the notes for the team meeting"), offsetof(struct note_args, team)),
	OPT_FLAG("csv", 0, N_("CSV with a header row: id,at,mentor_id,for_team,text"), offsetof(struct note_args, csv)),
	OPT_END,
};
static const struct opt_cmd note_list_cmd = { "note list", N_("Lists a participant's notes, newest first."),
	                                      note_list_opts };

static void print_note(const struct note *n, void *ctx)
{
	const struct note_args *a = ctx;
	if (a->team && !n->for_team)
		return;
	char id[24], at[20], mentor[24] = "";
	snprintf(id, sizeof id, "%lld", n->id);
	date_format_datetime(n->at, at);
	if (n->mentor_id > 0)
		snprintf(mentor, sizeof mentor, "%lld", n->mentor_id);
	const char *f[] = { id, at, mentor, n->for_team ? "1" : "0", n->text };
	csv_row(stdout, a->csv, f, 5);
}

static int note_list(struct app *app, const struct cli *cli, void *args)
{
	(void)cli;
	const struct note_args *a = args;
	if (a->csv) {
		static const char *const h[] = { "id", "at", "mentor_id", "for_team", "text" };
		csv_record(stdout, h, 5);
	}
	enum rota_err e = app_note_each(app, a->person, print_note, (void *)a);
	return e == ERR_OK ? CLI_OK : cli_fail(e);
}

static int run_note_add(const struct cli *cli, int argc, char **argv)
{
	struct note_args a = { 0 };
	int rc = cli_parse(&note_add_cmd, &a, argc, argv);
	return rc != CLI_GO ? rc : cli_with_app(cli, note_add, &a);
}

static int run_note_list(const struct cli *cli, int argc, char **argv)
{
	struct note_args a = { 0 };
	int rc = cli_parse(&note_list_cmd, &a, argc, argv);
	return rc != CLI_GO ? rc : cli_with_app(cli, note_list, &a);
}

int cli_note(const struct cli *cli)
{
	static const struct cli_verb verbs[] = { { &note_add_cmd, run_note_add }, { &note_list_cmd, run_note_list } };
	return cli_run_verb(cli, verbs, 2, NULL);
}
