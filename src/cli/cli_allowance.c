/* rota allowance --month M (--pdf F | --csv | --excel): what each
 * participant is paid for a closed month, from its signed list; and rota
 * allowance transport ID AMOUNT --by COORD, a participant's own transport
 * amount per day. */
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/allowance.h"
#include "app/allowance_doc.h"
#include "app/people.h"
#include "cli/cli.h"
#include "cli/cli_month.h"
#include "cli/csv.h"
#include "util/alloc.h"
#include "util/clock.h"
#include "util/date.h"
#include "util/fmt.h"
#include "util/i18n.h"

struct allowance_args {
	int month;
	const char *pdf;
	bool csv;
	long long by;
};

static const struct opt make_opts[] = {
	OPT_CALLBACK("month", "YYYY-MM", OPT_REQUIRED, cli_parse_month, N_("a month like 2026-11"),
	             N_("the closed month"), offsetof(struct allowance_args, month)),
	OPT_STRING("pdf", "FILE", OPT_REQUIRED | OPT_GROUP(1), N_("the list to pay from and sign for receipt: landscape A4"),
	           offsetof(struct allowance_args, pdf)),
	OPT_ID("by", "ID", 0, N_("who makes the list: named in its footer beside when"),
	       offsetof(struct allowance_args, by)),
	CSV_OPTIONS(OPT_REQUIRED | OPT_GROUP(1),
	            N_("CSV with a header row: person_id,name,hours,days,meal_days,hours_amount,transport_amount,"
	               "meal_amount,total; a last row 'total'"),
	            offsetof(struct allowance_args, csv)),
	OPT_END,
};
static const struct opt_cmd make_cmd = {
	"allowance make",
	N_("The participants' allowance for a closed month, from its signed list: hours × the amount per hour, "
	   "days present × transport, days of at least allowance_meal_min_hours × the meal amount, in cents."),
	make_opts,
};

/* cents as the CSV writes them: "12.50" (a decimal comma in Excel mode). */
static void csv_cents(long cents, char *out, size_t n)
{
	char dotted[32];
	snprintf(dotted, sizeof dotted, "%ld.%02ld", cents / 100, cents % 100);
	csv_decimal(dotted, out, n);
}

static void csv_pay(const char *id, const char *name, const struct allowance_pay *p)
{
	char hours[32], hdot[32], days[16], meals[16], a[32], b[32], c[32], t[32];
	snprintf(hdot, sizeof hdot, "%ld.%02ld", p->hundredths / 100, p->hundredths % 100);
	csv_decimal(hdot, hours, sizeof hours);
	snprintf(days, sizeof days, "%d", p->days);
	snprintf(meals, sizeof meals, "%d", p->meal_days);
	csv_cents(p->hours_cents, a, sizeof a);
	csv_cents(p->transport_cents, b, sizeof b);
	csv_cents(p->meal_cents, c, sizeof c);
	csv_cents(p->total_cents, t, sizeof t);
	const char *f[] = { id, name, hours, days, meals, a, b, c, t };
	csv_record(stdout, f, 9);
}

static void write_csv(const struct allowance_list *l)
{
	const char *h[] = { "person_id", "name", "hours", "days", "meal_days", "hours_amount", "transport_amount",
		            "meal_amount", "total" };
	csv_record(stdout, h, 9);
	for (size_t r = 0; r < l->nrows; r++) {
		char id[24];
		snprintf(id, sizeof id, "%lld", l->rows[r].person_id);
		csv_pay(id, l->rows[r].name, &l->rows[r].pay);
	}
	csv_pay("", "total", &l->total);
}

static int make(struct app *app, const struct cli *cli, void *args)
{
	(void)cli;
	struct allowance_args *a = args;
	struct allowance_list l;
	struct person by = { 0 };
	enum rota_err e = a->by ? app_person_get(app, a->by, &by) : ERR_OK;
	if (e == ERR_OK)
		e = app_allowance(app, a->month, clock_now(), &l);
	else
		memset(&l, 0, sizeof l);
	int rc;
	if (e == ERR_MONTH_OPEN) {
		fprintf(stderr, _("rota: %04d-%02d is not closed.\n"), a->month / 100, a->month % 100);
		rc = cli_fail(e);
	} else if (e != ERR_OK) {
		rc = cli_fail(e);
	} else if (a->pdf) {
		e = app_allowance_pdf(app, &l, a->by ? by.name : NULL, clock_now(), a->pdf);
		rc = e == ERR_OK ? CLI_OK : cli_fail_write(e, a->pdf);
	} else {
		write_csv(&l);
		rc = CLI_OK;
	}
	app_allowance_free(&l);
	return rc;
}

static int allowance_make(const struct cli *cli, int argc, char **argv)
{
	struct allowance_args a = { 0 };
	int rc = cli_parse(&make_cmd, &a, argc, argv);
	if (rc == CLI_GO)
		rc = cli_output_check(a.pdf);
	return rc != CLI_GO ? rc : cli_with_app(cli, make, &a);
}

/* rota allowance transport ID AMOUNT --by COORD */

struct transport_args {
	long long id, by;
	const char *amount;
};

static const struct opt transport_opts[] = {
	OPT_ARG_ID("ID", 0, N_("the participant"), offsetof(struct transport_args, id)),
	OPT_ARG("AMOUNT", 0, N_("euros per day present, such as 3.20 (0 for none)"), offsetof(struct transport_args, amount)),
	OPT_ID("by", "ID", OPT_REQUIRED, N_("the coordinator who sets it"), offsetof(struct transport_args, by)),
	OPT_END,
};
static const struct opt_cmd transport_cmd = {
	"allowance transport",
	N_("Sets a participant's own transport amount per day present, instead of allowance_transport_per_day; "
	   "kept with who set it and when."),
	transport_opts,
};

static int allowance_transport(const struct cli *cli, int argc, char **argv)
{
	struct transport_args a = { 0 };
	int rc = cli_parse(&transport_cmd, &a, argc, argv);
	if (rc != CLI_GO)
		return rc;
	struct app *app = cli_open(cli, false);
	if (!app)
		return CLI_FAIL;
	enum rota_err e = app_transport_set(app, a.id, a.amount, a.by, clock_now());
	app_close(app);
	if (e == ERR_INVALID)
		return cli_refuse(_("Nothing was changed: the amount is in euros from 0 to 100.00 with at most two decimals."));
	return e == ERR_OK ? CLI_OK : cli_fail_person(e, a.id);
}

int cli_allowance(const struct cli *cli)
{
	static const struct cli_verb verbs[] = { { &make_cmd, allowance_make }, { &transport_cmd, allowance_transport } };
	return cli_run_verb(cli, verbs, 2, "make");
}
