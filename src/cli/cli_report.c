/* rota report: the team-meeting report about one participant as a portrait
 * A4 PDF (app/team_report_doc). */
#include <stddef.h>

#include "app/team_report_doc.h"
#include "cli/cli.h"
#include "util/clock.h"
#include "util/i18n.h"

static const char *const kinds[] = { "intro", "mid", "final", NULL };

struct report_args {
	long long person;
	int kind;
	const char *pdf;
};

static const struct opt report_opts[] = {
	OPT_ARG_ID("PERSON_ID", 0, N_("the participant"), offsetof(struct report_args, person)),
	OPT_CHOICE("meeting", kinds, OPT_REQUIRED, N_("which team meeting: at the start, the middle or the end"),
	           offsetof(struct report_args, kind)),
	OPT_STRING("pdf", "FILE", OPT_REQUIRED, N_("the report to bring to the meeting: portrait A4"),
	           offsetof(struct report_args, pdf)),
	OPT_END,
};
static const struct opt_cmd report_cmd = {
	"report", N_("A participant's report for a team meeting: attendance, levels, goals, notes for the team."),
	report_opts,
};

static int report(struct app *app, const struct cli *cli, void *args)
{
	(void)cli;
	struct report_args *a = args;
	enum rota_err e = app_team_report_pdf(app, a->person, (enum meeting_kind)a->kind, clock_now(), a->pdf);
	return e == ERR_OK ? CLI_OK : cli_fail(e);
}

int cli_report(const struct cli *cli)
{
	struct report_args a = { 0 };
	int rc = cli_parse(&report_cmd, &a, cli->argc, cli->argv);
	if (rc == CLI_GO)
		rc = cli_output_check(a.pdf);
	return rc != CLI_GO ? rc : cli_with_app(cli, report, &a);
}
