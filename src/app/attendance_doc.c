/* The month's attendance list as a document, worded for the people who sign it
 * and the funders who read it. Every day of a person's row says what it
 * was: the times and hours, or a word (absent, excused with its reason, a
 * holiday, a closure) on grey, or a sign for a day outside the programme;
 * no cell is left blank to be filled in by hand. The header says whose
 * list it is (provider, group, mentor), the footer when it was made and by
 * whom. out/attendance_pdf.c lays it out. */
#include "app/attendance_doc.h"

#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/calendar.h"
#include "app/month_words.h"
#include "core/absence.h"
#include "out/attendance_pdf.h"
#include "util/alloc.h"
#include "util/date.h"
#include "util/fmt.h"
#include "util/i18n.h"

#define SHADE_ABSENT 0.12   /* a day not worked: no times go in */
#define SHADE_CLOSED 0.25   /* a day nobody worked: a holiday, a closure, a day off */

/* The short word an excused day shows for its reason (the legend gives
 * the whole reason); a workshop's own reason shows its code. */
static const struct {
	const char *code, *mark;
} reason_marks[] = {
	{ "illness", N_("ill") },
	{ "appointment", N_("appt.") },
	{ "job_interview", N_("job") },
	{ "family", N_("fam.") },
	{ "other", N_("oth.") },
};
#define NREASONS (sizeof reason_marks / sizeof reason_marks[0])

/* Returns reason's index in reason_marks, or -1 for a workshop's own. */
static int reason_index(const char *reason)
{
	for (size_t i = 0; i < NREASONS; i++)
		if (!strcmp(reason_marks[i].code, reason))
			return (int)i;
	return -1;
}

/* The cell of one day (allocated) and its shade; *reasons gets the bit of
 * the known reason it shows. today: rota's day, after which nothing is
 * known yet. */
static char *cell_text(const struct hours_day *day, int ymd, int today, double *shade, unsigned *reasons)
{
	*shade = 0;
	if (day->visits > 0) {
		/* The same times as the CSV's (rota attendance --csv); the hours
		 * as the paper's reader writes them. */
		char in[8], out[8], shown[24];
		date_format_hm(day->first_in, in);
		/* Hours not settled are a "?", never a number that looks like one. */
		if (!day->last_out)
			return xasprintf("%s\n?", in);
		date_format_hm(day->last_out, out);
		fmt_hours(day->seconds, shown, sizeof shown);
		return xasprintf("%s\n%s\n%s", in, out, day->is_unresolved ? "?" : shown);
	}
	switch (day->kind) {
	case PDAY_EXPECTED:
		if (ymd >= today)
			return xstrdup("…");
		*shade = SHADE_ABSENT;
		return xstrdup(_("abs."));
	case PDAY_EXCUSED: {
		*shade = SHADE_ABSENT;
		int i = reason_index(day->reason);
		if (i >= 0)
			*reasons |= 1u << i;
		const char *why = i >= 0 ? _(reason_marks[i].mark) : day->reason;
		return *why ? xasprintf("%s\n%s", _("exc."), why) : xstrdup(_("exc."));
	}
	case PDAY_HOLIDAY: *shade = SHADE_CLOSED; return xstrdup(_("hol."));
	case PDAY_CLOSURE: *shade = SHADE_CLOSED; return xstrdup(_("shut"));
	case PDAY_OFF: *shade = SHADE_CLOSED; return xstrdup("×");
	case PDAY_OUTSIDE: return xstrdup("—");
	}
	return xstrdup("?");
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

/* Appends "; " and text to *out (reallocated). */
static void append(char **out, const char *sep, const char *text)
{
	char *more = xasprintf("%s%s%s", *out, **out ? sep : "", text);
	free(*out);
	*out = more;
}

/* The legend: what each mark means, then the reasons shown and the named
 * holidays and closures of the month. Allocated. */
static char *legend_text(const struct attendance_list *l, unsigned reasons)
{
	char *legend = xstrdup(_("Each day: check-in, check-out, hours. abs.: absent; exc.: excused absence, with its "
	                         "reason; hol.: public holiday; shut: the workshop was closed; ×: not a workshop day; "
	                         "—: before the programme began or after it ended; …: a day still to come. "
	                         "?: not settled yet (a check-out not known or a doubtful clock): a mentor corrects it "
	                         "before the list is signed. No day is left blank; a grey day takes no times."));
	char *list = xstrdup("");
	for (size_t i = 0; i < NREASONS; i++)
		if (reasons & (1u << i)) {
			char *one = xasprintf("%s = %s", _(reason_marks[i].mark), _(absence_reason_label(reason_marks[i].code)));
			append(&list, "; ", one);
			free(one);
		}
	if (*list) {
		char *line = xasprintf(_("Reasons: %s."), list);
		append(&legend, " ", line);
		free(line);
	}
	free(list);
	list = xstrdup("");
	for (int i = 0; i < l->ndays; i++)
		if (l->day_names[i]) {
			char day[32];
			fmt_date_short(l->days[i], day, sizeof day);
			char *one = xasprintf("%s %s", day, app_day_name_words(l->day_is_holiday[i], l->day_names[i]));
			append(&list, "; ", one);
			free(one);
		}
	if (*list) {
		char *line = xasprintf(_("Holidays and closures: %s."), list);
		append(&legend, " ", line);
		free(line);
	}
	free(list);
	return legend;
}

/* The line under the title: the provider and the programme (where the
 * workshop named them: the workshop's own name heads the page already),
 * the groups and the mentors the records know. Allocated. */
static char *detail_text(const struct app *app, const struct attendance_list *l)
{
	char *detail = xstrdup("");
	if (*app->cfg.provider) {
		char *p = xasprintf(_("Provider: %s"), app->cfg.provider);
		append(&detail, "   ·   ", p);
		free(p);
	}
	if (*app->cfg.programme) {
		char *p = xasprintf(_("Programme: %s"), app->cfg.programme);
		append(&detail, "   ·   ", p);
		free(p);
	}
	if (l->ngroups) {
		char *g = xasprintf(P_("Group: %s", "Groups: %s", l->ngroups), l->groups);
		append(&detail, "   ·   ", g);
		free(g);
	}
	if (l->nmentors) {
		char *m = xasprintf(P_("Mentor: %s", "Mentors: %s", l->nmentors), l->mentors);
		append(&detail, "   ·   ", m);
		free(m);
	}
	return detail;
}

/* The footer's note: when the list was made (rota's clock) and by whom. */
static char *note_text(time_t now, const char *by)
{
	char day[64], hm[8];
	fmt_date_text(date_ymd(now), day, sizeof day);
	date_format_hm(now, hm);
	return by && *by ? xasprintf(_("Made on %s at %s by %s"), day, hm, by) : xasprintf(_("Made on %s at %s"), day, hm);
}

enum rota_err app_attendance_pdf(struct app *app, const struct attendance_list *l, const char *by, time_t now,
                                 const char *path)
{
	static const char *const weekdays[] = { N_("Mo"), N_("Tu"), N_("We"), N_("Th"), N_("Fr"), N_("Sa"), N_("Su") };
	int today = date_ymd(now);
	size_t ncells = l->nrows * (size_t)l->ndays;
	char **heads = xcalloc((size_t)l->ndays + 1, sizeof *heads);
	char **cells = xcalloc(ncells + 1, sizeof *cells);
	double *shades = xcalloc(ncells + 1, sizeof *shades);
	const char **names = xcalloc(l->nrows + 1, sizeof *names);
	char **totals = xcalloc(l->nrows + 1, sizeof *totals);
	unsigned reasons = 0;
	for (int i = 0; i < l->ndays; i++)
		heads[i] = xasprintf("%d\n%s", l->days[i] % 100, _(weekdays[date_weekday(l->days[i])]));
	for (size_t r = 0; r < l->nrows; r++) {
		names[r] = l->rows[r].name;
		totals[r] = totals_text(&l->rows[r]);
		for (int i = 0; i < l->ndays; i++) {
			size_t k = r * (size_t)l->ndays + (size_t)i;
			cells[k] = cell_text(&l->rows[r].days[l->days[i] % 100 - 1], l->days[i], today, &shades[k], &reasons);
		}
	}
	char title[256], period[64];
	if (*l->group)
		snprintf(title, sizeof title, _("Attendance list: %s"), l->group);
	else
		snprintf(title, sizeof title, "%s", _("Attendance list"));
	/* The list is a month's: its name heads it. */
	fmt_month(l->yyyymm, period, sizeof period);
	char *legend = legend_text(l, reasons), *detail = detail_text(app, l), *note = note_text(now, by);
	char *closed = NULL, *changes = NULL; /* a closed month's fingerprint, the amendments shown here */
	if (app_month_list_words(app, l->yyyymm, &closed, &changes) == ERR_OK) {
		if (closed)
			append(&legend, " ", closed);
		if (changes)
			append(&legend, " ", changes);
	}
	free(closed);
	free(changes);
	const char *signers[] = { _("Mentor"), _("Coordinator") };
	struct attendance_sheet s = {
		.head = { .workshop = app->cfg.workshop, .title = title, .period = period,
		          .subject = _("The month's attendance of each participant, to be checked and signed."),
		          .created = now, .detail = detail, .note = note },
		.name_head = _("Participant"), .totals_head = _("Total"),
		.sign_head = app->cfg.participants_sign ? _("Signature") : NULL,
		.ndays = l->ndays, .day_heads = (const char *const *)heads,
		.nrows = l->nrows, .names = names, .cells = (const char *const *)cells, .shades = shades,
		.totals = (const char *const *)totals, .legend = legend,
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
	free(legend);
	free(detail);
	free(note);
	return e;
}
