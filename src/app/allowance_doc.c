/* The month's allowance as the A4 PDF its participants sign for receipt:
 * see allowance_doc.h. */
#include "app/allowance_doc.h"

#include <stdlib.h>

#include "out/allowance_pdf.h"
#include "util/alloc.h"
#include "util/date.h"
#include "util/fmt.h"
#include "util/i18n.h"

#define NCOLS 10

/* Fills a row's first nine cells (the last two are the participant's own
 * transport amount and the signature, left to the caller). */
static void pdf_pay(char **cells, const char *name, const struct allowance_pay *p)
{
	char buf[32];
	cells[0] = xstrdup(name);
	fmt_number(p->hundredths, 2, buf, sizeof buf);
	cells[1] = xstrdup(buf);
	cells[2] = xasprintf("%d", p->days);
	cells[3] = xasprintf("%d", p->meal_days);
	long amounts[] = { p->hours_cents, p->transport_cents, p->meal_cents, p->total_cents };
	for (int i = 0; i < 4; i++) {
		fmt_number(amounts[i], 2, buf, sizeof buf);
		cells[4 + i] = xstrdup(buf);
	}
	cells[8] = NULL;
	cells[9] = NULL;
}

enum rota_err app_allowance_pdf(const struct app *app, const struct allowance_list *l, const char *by, time_t now,
                                const char *path)
{
	size_t nrows = l->nrows + 1;
	char **cells = xcalloc(nrows * NCOLS, sizeof *cells);
	for (size_t r = 0; r < l->nrows; r++) {
		pdf_pay(cells + r * NCOLS, l->rows[r].name, &l->rows[r].pay);
		char own[32];
		fmt_number(l->rows[r].transport_per_day, 2, own, sizeof own);
		cells[r * NCOLS + 8] = xstrdup(own);
	}
	pdf_pay(cells + l->nrows * NCOLS, _("Total"), &l->total);
	char period[64], rate[32], transport[32], meal[32], closed_day[64], made_day[64], hm[8];
	fmt_month(l->yyyymm, period, sizeof period);
	fmt_number(l->rules.hour_cents, 2, rate, sizeof rate);
	fmt_number(l->rules.transport_cents, 2, transport, sizeof transport);
	fmt_number(l->rules.meal_cents, 2, meal, sizeof meal);
	fmt_date_text(date_ymd(l->close.at), closed_day, sizeof closed_day);
	fmt_date_text(date_ymd(now), made_day, sizeof made_day);
	date_format_hm(now, hm);
	/* a no-break space keeps each amount with its EUR on one line */
	char *intro = xasprintf(_("From the attendance list closed on %s (fingerprint %s). Per hour of presence: %s EUR; "
	                          "transport per day present: %s EUR unless the participant's own is shown; a meal "
	                          "per day of at least %d hours: %s EUR. Hours as the list shows them, to the hundredth; "
	                          "each amount in cents, rounded half up once."),
	                        closed_day, l->close.fingerprint, rate, transport, l->rules.meal_min_hours, meal);
	char *note = by && *by ? xasprintf(_("Made on %s at %s by %s"), made_day, hm, by)
	                       : xasprintf(_("Made on %s at %s"), made_day, hm);
	const struct doc_column cols[NCOLS] = {
		{ _("Participant"), 0, DOC_LEFT },       { _("Hours"), 18, DOC_RIGHT },
		{ _("Days"), 14, DOC_RIGHT },            { _("Meal days"), 22, DOC_RIGHT },
		{ _("For hours (EUR)"), 24, DOC_RIGHT }, { _("Transport (EUR)"), 24, DOC_RIGHT },
		{ _("Meals (EUR)"), 22, DOC_RIGHT },     { _("Total (EUR)"), 24, DOC_RIGHT },
		{ _("Transport per day (EUR)"), 24, DOC_RIGHT }, { _("Received (signature)"), 39, DOC_LEFT },
	};
	const char *signers[] = { _("Coordinator") };
	struct allowance_sheet s = {
		.head = { .workshop = app->cfg.workshop, .title = _("Allowance"), .period = period,
		          .subject = _("The participants' allowance for the month, from its signed attendance list."),
		          .created = now, .note = note },
		.intro = intro, .cols = cols, .ncols = NCOLS, .nrows = nrows, .cells = (const char *const *)cells,
		.signers = signers, .nsigners = 1,
	};
	enum rota_err e = allowance_pdf_write(path, &s);
	for (size_t k = 0; k < nrows * NCOLS; k++)
		free(cells[k]);
	free(cells);
	free(intro);
	free(note);
	return e;
}

