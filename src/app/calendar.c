/* Use cases of the workshop's calendar: closures and excused absences. */
#include "app/calendar.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/entry.h"
#include "app/mentor.h"
#include "app/month.h"
#include "app/people.h"
#include "core/person.h"
#include "store/calendar.h"
#include "store/db.h"
#include "store/people.h"
#include "store/visits.h"
#include "util/alloc.h"
#include "util/date.h"
#include "util/i18n.h"
#include "util/text.h"

/* The longest span whose days' kinds a calendar keeps (a report's look
 * back over a year and a bit); a longer one asks the rules each time. */
#define KEPT_KINDS_MAX_DAYS 800

static enum rota_err calendar_load_read(struct app *app, int from, int to, const enum cal_country *country_override,
                                        struct app_calendar *out)
{
	memset(out, 0, sizeof *out);
	out->cal.country = country_override ? *country_override : app->cfg.country;
	out->cal.workdays = app->cfg.workdays ? app->cfg.workdays : CAL_WEEKDAYS;
	size_t n = 0;
	enum rota_err e = store_closures(app->db, from, to, &out->owned, &n);
	out->cal.closures = out->owned;
	out->cal.nclosures = n;
	return e;
}

void app_calendar_keep_kinds(struct app_calendar *c, int from, int to)
{
	/* A month asked for as days 1 to 31 keeps the kinds of its own days. */
	while (!date_is_valid(to) && to % 100 > 28)
		to--;
	long days = calendar_days(to) - calendar_days(from) + 1;
	if (c->kinds || !date_is_valid(from) || !date_is_valid(to) || days <= 0 || days > KEPT_KINDS_MAX_DAYS)
		return;
	c->kinds = xmalloc((size_t)days);
	calendar_keep_kinds(&c->cal, from, c->kinds, (size_t)days);
}

enum rota_err app_calendar_load(struct app *app, int from, int to, const enum cal_country *country_override,
                                struct app_calendar *out)
{
	memset(out, 0, sizeof *out); /* what app_calendar_free takes whatever happens */
	enum rota_err e = db_begin_read(app->db);
	return e != ERR_OK ? e : db_end_read(app->db, calendar_load_read(app, from, to, country_override, out));
}

void app_calendar_free(struct app_calendar *c)
{
	free(c->owned);
	free(c->kinds);
	c->owned = NULL;
	c->kinds = NULL;
	c->cal.kinds = NULL;
	c->cal.nkinds = 0;
	c->cal.closures = NULL;
	c->cal.nclosures = 0;
}

static bool range_ok(int from, int *to)
{
	if (!*to)
		*to = from;
	/* A day that exists, and a range of at most a year. */
	return from > 19000101 && date_is_valid(from) && date_is_valid(*to) && *to >= from &&
	       calendar_days(*to) - calendar_days(from) <= 366;
}

/* A span's days as a refusal names them: a first day that is none, or a
 * last day before the first or more than a year after it. */
static enum rota_err span_check(int from, int *to, struct refusal *why)
{
	if (range_ok(from, to))
		return ERR_OK;
	if (from <= 19000101 || !date_is_valid(from))
		return refusal_set(why, ERR_TIME_FORMAT, REFUSAL_FROM, from, 0);
	if (!date_is_valid(*to))
		return refusal_set(why, ERR_TIME_FORMAT, REFUSAL_TO, *to, 0);
	return refusal_set(why, ERR_DAYS_RANGE, REFUSAL_TO, *to, from);
}

enum rota_err app_closure_add(struct app *app, int from, int to, const char *reason, long long by, time_t now,
                              long long *id, struct refusal *why)
{
	struct closure c = { .from = from, .to = to };
	enum rota_err e = refusal_set(why, text_check_err(reason, TEXT_LINE, TEXT_REASON_CHARS), REFUSAL_REASON, 0, 0);
	if (e == ERR_OK)
		e = span_check(from, &c.to, why);
	if (e != ERR_OK)
		return e;
	text_copy(c.reason, sizeof c.reason, reason);
	e = db_begin_write(app->db);
	if (e != ERR_OK)
		return refusal_code(why, e);
	e = app_require_coordinator(app, by);
	if (e == ERR_NOT_COORDINATOR)
		refusal_set(why, e, REFUSAL_BY, by, 0);
	if (e == ERR_OK)
		e = store_closure_add(app->db, &c, by, now, id);
	return refusal_code(why, db_end_write(app->db, e));
}

enum rota_err app_closure_remove(struct app *app, long long id, long long by, time_t now, struct refusal *why)
{
	refusal_set(why, ERR_OK, REFUSAL_NONE, 0, 0);
	enum rota_err e = db_begin_write(app->db);
	if (e != ERR_OK)
		return refusal_code(why, e);
	e = app_require_coordinator(app, by);
	if (e == ERR_NOT_COORDINATOR)
		refusal_set(why, e, REFUSAL_BY, by, 0);
	if (e == ERR_OK && (e = store_closure_cancel(app->db, id, by, now)) == ERR_NOT_FOUND)
		refusal_set(why, e, REFUSAL_CLOSURE, id, 0);
	return refusal_code(why, db_end_write(app->db, e));
}

bool app_absence_reason(const struct app *app, int i, char *code)
{
	return absence_reasons_nth(app->cfg.absence_reasons, i, code);
}

const char *app_absence_reason_words(const char *code, char *buf, size_t n)
{
	const char *label = absence_reason_label(code);
	snprintf(buf, n, "%s", label ? _(label) : code);
	for (char *c = buf; !label && *c; c++)
		if (*c == '_')
			*c = ' ';
	return buf;
}

enum rota_err app_day_closed(struct app *app, int ymd, bool *is_closed, bool *is_holiday, char *name, size_t n)
{
	struct app_calendar cal;
	const char *why = "";
	*is_closed = *is_holiday = false;
	enum rota_err e = app_calendar_load(app, ymd, ymd, NULL, &cal);
	if (e == ERR_OK && calendar_is_closed(&cal.cal, ymd, &why)) {
		*is_closed = true;
		*is_holiday = calendar_holiday(cal.cal.country, ymd) != NULL;
	}
	text_copy(name, n, *is_closed ? why : "");
	app_calendar_free(&cal);
	return e;
}

const char *app_day_name_words(bool is_holiday, const char *name)
{
	if (!name || !*name) /* _("") would be the catalog's header */
		return "";
	return is_holiday ? _(name) : name;
}

/* Returns true when code is one of the workshop's reasons. */
static bool is_workshop_reason(const struct app *app, const char *code)
{
	char have[ABSENCE_REASON_MAX + 1];
	for (int i = 0; app_absence_reason(app, i, have); i++)
		if (!strcmp(have, code))
			return true;
	return false;
}

enum rota_err app_absence_add(struct app *app, const struct absence *a, time_t now, long long *id,
                              struct refusal *why)
{
	struct absence r = *a;
	r.at = now;
	enum rota_err e = refusal_set(why, text_check_optional(r.note, TEXT_LINE, TEXT_REASON_CHARS), REFUSAL_NOTE, 0, 0);
	if (e != ERR_OK)
		return e;
	if (!is_workshop_reason(app, r.reason))
		return refusal_set(why, ERR_ABSENCE_REASON, REFUSAL_REASON, 0, 0);
	e = span_check(r.from, &r.to, why);
	if (e != ERR_OK)
		return e;
	e = db_begin_write(app->db);
	if (e != ERR_OK)
		return refusal_code(why, e);
	e = app_require_participant(app, r.person_id, why);
	if (e == ERR_OK && (e = app_require_mentor(app, r.by_person)) == ERR_NOT_MENTOR)
		refusal_set(why, e, REFUSAL_BY, r.by_person, 0);
	/* One state a day: a day the person was here is not excused. The
	 * first such day is named, on the end of the span it is nearest. */
	size_t here = 0;
	int first;
	if (e == ERR_OK)
		e = store_visit_days_of(app->db, r.person_id, r.from, r.to, &first, 1, &here);
	if (e == ERR_OK && here)
		e = refusal_set(why, ERR_ABSENCE_PRESENT, first == r.from ? REFUSAL_FROM : REFUSAL_TO, first, 0);
	if (e == ERR_OK)
		e = store_absence_add(app->db, &r, app->terminal, id);
	if (e == ERR_OK) /* a closed month: a coordinator's amendment, the note its reason */
		e = app_month_amend_span(app, r.person_id, r.from, r.to, "absence_add", id ? *id : 0, r.by_person,
		                         r.note, now);
	return refusal_code(why, db_end_write(app->db, e));
}

enum rota_err app_absence_each(struct app *app, long long person_id, int from, int to, absence_fn fn, void *ctx)
{
	enum rota_err e = db_begin_read(app->db);
	return e != ERR_OK ? e
	                  : db_end_read(app->db, store_absence_each(app->db, person_id, from ? from : 0,
	                                                            to ? to : 99991231, fn, ctx));
}

enum rota_err app_absence_cancel(struct app *app, long long id, long long by, time_t now)
{
	enum rota_err e = db_begin_write(app->db);
	if (e != ERR_OK)
		return e;
	e = app_require_mentor(app, by);
	if (e == ERR_OK)
		e = store_absence_cancel(app->db, id, by, now);
	if (e == ERR_OK) /* no reason is given here: refused in a closed month */
		e = app_month_amend_absence(app, id, by, NULL, now);
	return db_end_write(app->db, e);
}
