/* rota attendance: the month's attendance list to sign, as a landscape PDF
 * or as CSV. Both are made from the same words per cell (word_day), so the
 * paper and the file say the same; the totals are the hour sheet's. */
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/app.h"
#include "app/attendance_list.h"
#include "app/hours.h"
#include "cli/cli.h"
#include "cli/csv.h"
#include "out/attendance_pdf.h"
#include "util/alloc.h"
#include "util/clock.h"
#include "util/date.h"
#include "util/fmt.h"
#include "util/i18n.h"

struct attendance_args {
	int month;
	long long group;
	const char *pdf;
	bool csv;
};

static const struct opt attendance_opts[] = {
	OPT_CALLBACK("month", "YYYY-MM", OPT_REQUIRED, cli_parse_month, N_("a month like 2026-11"),
	             N_("the month"), offsetof(struct attendance_args, month)),
	OPT_ID("group", "ID", 0, N_("only the participants of this group (else everyone's list)"),
	       offsetof(struct attendance_args, group)),
	OPT_STRING("pdf", "FILE", OPT_REQUIRED | OPT_GROUP(1), N_("the list to print and sign: landscape A4"),
	           offsetof(struct attendance_args, pdf)),
	CSV_OPTIONS(OPT_REQUIRED | OPT_GROUP(1),
	            N_("CSV with a header row: person_id,name,date,day,check_in,check_out,hours,unresolved; "
	               "a last row per person with day 'total'"),
	            offsetof(struct attendance_args, csv)),
	OPT_END,
};
static const struct opt_cmd attendance_cmd = {
	"attendance", N_("The month's attendance list: a row per participant, a column per workshop day."),
	attendance_opts,
};

/* One person's day in words: a code for the CSV, the times and hours, and
 * the short word the paper shows for a day not worked. */
struct day_words {
	const char *code;        /* present, absent, excused, holiday, closure, off, outside */
	char in[8], out[8], hours[24]; /* out "": no check-out known; hours: the CSV's */
	char shown[24];          /* the hours as the paper's reader writes them */
	const char *mark;        /* the paper's word for a day without a visit; NULL */
	double shade;            /* the paper's grey for a day nobody was expected */
};

static void word_day(const struct hours_day *day, struct day_words *w)
{
	memset(w, 0, sizeof *w);
	if (day->visits > 0) {
		char dotted[24];
		w->code = "present";
		date_format_hm(day->first_in, w->in);
		if (day->last_out)
			date_format_hm(day->last_out, w->out);
		app_hours_format(day->seconds, dotted, sizeof dotted);
		csv_decimal(dotted, w->hours, sizeof w->hours);
		fmt_hours(day->seconds, w->shown, sizeof w->shown);
	}
	switch (day->kind) {
	case PDAY_EXPECTED: w->code = w->code ? w->code : "absent"; break;
	case PDAY_EXCUSED: w->code = w->code ? w->code : "excused"; w->mark = _("exc."); w->shade = 0.12; break;
	case PDAY_HOLIDAY: w->code = w->code ? w->code : "holiday"; w->mark = _("hol."); w->shade = 0.25; break;
	case PDAY_CLOSURE: w->code = w->code ? w->code : "closure"; w->mark = _("shut"); w->shade = 0.25; break;
	case PDAY_OFF: w->code = w->code ? w->code : "off"; w->shade = 0.12; break;
	case PDAY_OUTSIDE: w->code = w->code ? w->code : "outside"; w->mark = "-"; break;
	}
}

void cli_attendance_header(bool with_site)
{
	static const char *const h[] = { "site_id", "person_id", "name", "date", "day", "check_in", "check_out",
		                         "hours", "unresolved" };
	csv_record(stdout, h + !with_site, 8 + with_site);
}

/* One record, after the site's id when there is one. */
static void record(const char *site, const char *const *f, int n)
{
	const char *g[9] = { site };
	for (int i = 0; i < n && i < 8; i++)
		g[i + 1] = f[i];
	csv_record(stdout, site ? g : f, n + (site != NULL));
}

void cli_attendance_rows(const char *site, const struct attendance_list *l)
{
	for (size_t r = 0; r < l->nrows; r++) {
		const struct hours_row *row = &l->rows[r];
		char id[24], date[11], dotted[24], hours[24], count[16];
		snprintf(id, sizeof id, "%lld", row->person_id);
		for (int i = 0; i < l->ndays; i++) {
			const struct hours_day *day = &row->days[l->days[i] % 100 - 1];
			struct day_words w;
			word_day(day, &w);
			date_format_ymd(l->days[i], date);
			const char *f[] = { id, row->name, date, w.code, w.in, w.out, w.hours,
				            day->is_unresolved ? "1" : "0" };
			record(site, f, 8);
		}
		app_hours_format(row->seconds, dotted, sizeof dotted);
		csv_decimal(dotted, hours, sizeof hours);
		snprintf(count, sizeof count, "%d", row->days_unresolved);
		const char *f[] = { id, row->name, "", "total", "", "", hours, count };
		record(site, f, 8);
	}
}

/* The totals cell: days present, hours, and the excused and unresolved
 * days when there are any. */
static char *totals_text(const struct hours_row *row)
{
	char hours[24], more[96] = "";
	fmt_hours(row->seconds, hours, sizeof hours);
	size_t len = 0;
	if (row->days_excused)
		len += (size_t)snprintf(more + len, sizeof more - len, "\n%d %s", row->days_excused, _("exc."));
	if (row->days_unresolved)
		snprintf(more + len, sizeof more - len, "\n%d ?", row->days_unresolved);
	return xasprintf(P_("%d day\n%s h%s", "%d days\n%s h%s", row->days_present), row->days_present, hours, more);
}

int cli_attendance_pdf(struct app *app, const struct attendance_list *l, const char *path)
{
	static const char *const weekdays[] = { N_("Mo"), N_("Tu"), N_("We"), N_("Th"), N_("Fr"), N_("Sa"), N_("Su") };
	size_t ncells = l->nrows * (size_t)l->ndays;
	char **heads = xcalloc((size_t)l->ndays + 1, sizeof *heads);
	char **cells = xcalloc(ncells + 1, sizeof *cells);
	double *shades = xcalloc(ncells + 1, sizeof *shades);
	const char **names = xcalloc(l->nrows + 1, sizeof *names);
	char **totals = xcalloc(l->nrows + 1, sizeof *totals);
	for (int i = 0; i < l->ndays; i++)
		heads[i] = xasprintf("%d\n%s", l->days[i] % 100, _(weekdays[date_weekday(l->days[i])]));
	for (size_t r = 0; r < l->nrows; r++) {
		names[r] = l->rows[r].name;
		totals[r] = totals_text(&l->rows[r]);
		for (int i = 0; i < l->ndays; i++) {
			struct day_words w;
			const struct hours_day *day = &l->rows[r].days[l->days[i] % 100 - 1];
			word_day(day, &w);
			size_t k = r * (size_t)l->ndays + (size_t)i;
			shades[k] = w.shade;
			if (day->visits > 0)
				cells[k] = xasprintf("%s\n%s\n%s%s", w.in, *w.out ? w.out : "?", w.shown,
				                     day->is_unresolved ? "?" : "");
			else if (w.mark)
				cells[k] = xstrdup(w.mark);
		}
	}
	char title[256], period[64];
	if (*l->group)
		snprintf(title, sizeof title, _("Attendance list: %s"), l->group);
	else
		snprintf(title, sizeof title, "%s", _("Attendance list"));
	/* The list is a month's: its name heads it. */
	fmt_month(l->yyyymm, period, sizeof period);
	const char *signers[] = { _("Mentor"), _("Coordinator") };
	struct attendance_sheet s = {
		.head = { .workshop = app->cfg.workshop, .title = title, .period = period,
		          .subject = _("The month's attendance of each participant, to be checked and signed."),
		          .created = clock_now() },
		.name_head = _("Participant"), .totals_head = _("Total"), .sign_head = _("Signature"),
		.ndays = l->ndays, .day_heads = (const char *const *)heads,
		.nrows = l->nrows, .names = names, .cells = (const char *const *)cells, .shades = shades,
		.totals = (const char *const *)totals,
		.legend = _("Each day: check-in, check-out, hours. exc.: excused absence; hol.: public holiday; "
		            "shut: the workshop was closed; -: outside the programme; grey: not a day to work. "
		            "?: not settled yet (a check-out not known or a doubtful clock): a mentor corrects it "
		            "before the list is signed."),
		.signers = signers, .nsigners = 2,
	};
	enum rota_err e = attendance_pdf_write(path, &s);
	for (int i = 0; i < l->ndays; i++)
		free(heads[i]);
	for (size_t k = 0; k < ncells; k++)
		free(cells[k]);
	for (size_t r = 0; r < l->nrows; r++)
		free(totals[r]);
	free(heads);
	free(cells);
	free(shades);
	free(names);
	free(totals);
	return e == ERR_OK ? CLI_OK : cli_fail(e);
}

static int attendance(struct app *app, const struct cli *cli, void *args)
{
	(void)cli;
	struct attendance_args *a = args;
	struct attendance_list l;
	enum rota_err e = app_attendance_list(app, a->month, a->group, clock_now(), &l);
	int rc;
	if (e != ERR_OK)
		rc = cli_fail(e);
	else if (a->pdf)
		rc = cli_attendance_pdf(app, &l, a->pdf);
	else {
		cli_attendance_header(false);
		cli_attendance_rows(NULL, &l);
		rc = CLI_OK;
	}
	app_attendance_list_free(&l);
	return rc;
}

int cli_attendance(const struct cli *cli)
{
	struct attendance_args a = { 0 };
	int rc = cli_parse(&attendance_cmd, &a, cli->argc, cli->argv);
	if (rc == CLI_GO)
		rc = cli_output_check(a.pdf);
	return rc != CLI_GO ? rc : cli_with_app(cli, attendance, &a);
}
