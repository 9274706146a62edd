/* rota attendance: the month's attendance list to sign, as a landscape PDF
 * (app/attendance_doc.c) or as CSV. Both show a day's times as
 * date_format_hm writes them and the hour sheet's totals, so the paper and
 * the file say the same. */
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/app.h"
#include "app/attendance_doc.h"
#include "app/attendance_list.h"
#include "app/hours.h"
#include "app/people.h"
#include "cli/cli.h"
#include "cli/cli_month.h"
#include "cli/csv.h"
#include "util/clock.h"
#include "util/date.h"
#include "util/fmt.h"
#include "util/i18n.h"

struct attendance_args {
	int month;
	long long group, by;
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
	OPT_ID("by", "ID", 0, N_("who makes the list: named in its footer beside when"),
	       offsetof(struct attendance_args, by)),
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

/* One person's day in words: a code for the CSV, the times and hours. */
struct day_words {
	const char *code;              /* present, absent, excused, holiday, closure, off, outside */
	char in[8], out[8], hours[24]; /* out "": no check-out known; hours: the CSV's */
	char shown[24];                /* the hours as the paper's reader writes them */
};

/* Fills *w with day's words (a static code, the rest copied in). */
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
		return;
	}
	switch (day->kind) {
	case PDAY_EXPECTED: w->code = "absent"; break;
	case PDAY_EXCUSED: w->code = "excused"; break;
	case PDAY_HOLIDAY: w->code = "holiday"; break;
	case PDAY_CLOSURE: w->code = "closure"; break;
	case PDAY_OFF: w->code = "off"; break;
	case PDAY_OUTSIDE: w->code = "outside"; break;
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

static int attendance(struct app *app, const struct cli *cli, void *args)
{
	(void)cli;
	struct attendance_args *a = args;
	struct attendance_list l = { 0 }; /* freed on every path, a refused --by too */
	struct person by = { 0 };
	enum rota_err e = a->by ? app_person_get(app, a->by, &by) : ERR_OK;
	if (e == ERR_OK)
		e = app_attendance_list(app, a->month, a->group, clock_now(), &l);
	int rc;
	if (e != ERR_OK)
		rc = cli_fail(e);
	else if (a->pdf) {
		e = app_attendance_pdf(app, &l, a->by ? by.name : NULL, clock_now(), a->pdf);
		rc = e == ERR_OK ? CLI_OK : cli_fail(e);
	} else {
		cli_attendance_header(false);
		cli_attendance_rows(NULL, &l);
		cli_month_csv_records(app, NULL, l.yyyymm);
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
