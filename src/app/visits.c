/* Visit record use cases. */
#include "app/visits.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/entry.h"
#include "app/mentor.h"
#include "app/month.h"
#include "core/hours.h"
#include "core/person.h"
#include "store/db.h"
#include "store/people.h"
#include "store/visits.h"
#include "util/i18n.h"
#include "util/alloc.h"
#include "util/date.h"
#include "util/log.h"
#include "util/text.h"

enum rota_err app_visits_each(struct app *app, int from, int to, visit_row_fn fn, void *ctx)
{
	enum rota_err e = db_begin_read(app->db);
	return e != ERR_OK ? e : db_end_read(app->db, store_visit_each_of(app->db, 0, from, to, fn, ctx));
}

/* Reads "HH:MM" on day, or "YYYY-MM-DD HH:MM". */
static bool parse_time_on(const char *s, int day, time_t *out)
{
	int minutes;
	if (date_parse_hm(s, &minutes)) {
		/* through mktime, not arithmetic: a day may have a clock change */
		char buf[32], ymd[11];
		date_format_ymd(day, ymd);
		snprintf(buf, sizeof buf, "%sT%s", ymd, s);
		return date_parse_local(buf, out);
	}
	return date_parse_local(s, out);
}

/* A growing list of visits: a rule that missed one would let an overlap
 * or a close slip by. */
struct visit_list {
	struct visit *v;
	size_t n, cap;
};

static void list_add(struct visit_list *l, const struct visit *v)
{
	l->v = xgrow(l->v, l->n, &l->cap, sizeof *l->v);
	l->v[l->n++] = *v;
}

static void keep_visit(const struct visit_row *row, void *ctx)
{
	list_add(ctx, &row->visit);
}

/* Checks the rules for person's visit self_id (0: a new one) from in to out;
 * inside the caller's write, so another terminal cannot slip a visit in. */
static enum rota_err check_rules(struct app *app, long long person_id, long long self_id, time_t in,
                                 time_t out, time_t now, struct refusal *why)
{
	struct person p;
	struct visit_list a = { 0 };
	/* From the day before: a visit lasts under 24 hours, so the open one
	 * of yesterday is in; one left open longer ago is a forgotten
	 * check-out that the next scan closes as "end unknown", and it does
	 * not stop a mentor adding the days after it. */
	enum rota_err e = store_person_get(app->db, person_id, &p);
	if (e == ERR_NOT_FOUND)
		refusal_set(why, e, REFUSAL_PERSON, person_id, 0);
	if (e == ERR_OK)
		e = store_visit_each_of(app->db, person_id, date_ymd(in - 24 * 3600), date_ymd(out), keep_visit, &a);
	if (e == ERR_OK)
		e = visit_check_times(in, out, now, date_day_start(date_ymd(p.created_at)), a.v, a.n, self_id, why);
	free(a.v);
	return e;
}

/* A correction's reason at the text gate: ERR_VISIT_REASON when there is
 * none, or only spaces. */
static enum rota_err reason_check(const char *reason, struct refusal *why)
{
	enum text_verdict v = text_check(reason, TEXT_LINE, TEXT_REASON_CHARS);
	return refusal_set(why, v == TEXT_BLANK ? ERR_VISIT_REASON : text_verdict_err(v),
	                   v == TEXT_OK ? REFUSAL_NONE : REFUSAL_REASON, 0, 0);
}

/* The mentor guard of a visit's change, naming `by` when it refuses. */
static enum rota_err require_mentor(struct app *app, long long by, struct refusal *why)
{
	enum rota_err e = app_require_mentor(app, by);
	return e == ERR_NOT_MENTOR ? refusal_set(why, e, REFUSAL_BY, by, 0) : e;
}

/* Reads time s (see parse_time_on) into *out, or refuses it as field f. */
static enum rota_err read_time(const char *s, int day, enum refusal_field f, time_t *out, struct refusal *why)
{
	return s && parse_time_on(s, day, out) ? ERR_OK : refusal_set(why, ERR_TIME_FORMAT, f, 0, 0);
}

/* The check-in of a visit on day stays on that day. */
static enum rota_err on_day(time_t in, int day, struct refusal *why)
{
	return date_ymd(in) == day ? ERR_OK : refusal_set(why, ERR_VISIT_DAY, REFUSAL_CHECK_IN, in, date_day_start(day));
}

enum rota_err app_visit_accept(struct app *app, long long visit_id, long long by, const char *reason, time_t now,
                               struct refusal *why)
{
	struct visit v;
	refusal_set(why, ERR_OK, REFUSAL_NONE, 0, 0);
	enum rota_err e = db_begin_write(app->db);
	if (e != ERR_OK)
		return refusal_code(why, e);
	if ((e = app_require_coordinator(app, by)) == ERR_NOT_COORDINATOR)
		refusal_set(why, e, REFUSAL_BY, by, 0);
	if (e == ERR_OK && (e = store_visit_get(app->db, visit_id, &v)) == ERR_NOT_FOUND)
		refusal_set(why, e, REFUSAL_VISIT, visit_id, 0);
	/* An undone scan stays undone: there is nothing of it to count. */
	if (e == ERR_OK && (!v.is_held || v.status == VISIT_UNDONE))
		e = refusal_set(why, ERR_VISIT_NOT_HELD, REFUSAL_VISIT, visit_id, 0);
	if (e == ERR_OK) {
		log_msg(LOG_INFO, "visit %lld after the programme's end accepted by %lld", visit_id, by);
		e = store_visit_accept(app->db, visit_id, by, now);
	}
	if (e == ERR_OK) { /* a closed month: a coordinator's amendment, or refused */
		struct visit counted = v;
		counted.is_held = false;
		e = app_month_amend(app, &(struct month_change){ v.person_id, v.day, "visit_accept", visit_id, 0,
		                                                 hours_recorded_seconds(&counted), by, reason, now });
	}
	return refusal_code(why, db_end_write(app->db, e));
}

enum rota_err app_visit_correct(struct app *app, long long visit_id, const char *check_in,
                                const char *check_out, long long by, const char *reason, time_t now,
                                struct refusal *why)
{
	struct visit v;
	time_t in, out;
	enum rota_err e = reason_check(reason, why);
	if (e != ERR_OK)
		return e;
	e = db_begin_write(app->db);
	if (e != ERR_OK)
		return refusal_code(why, e);
	e = require_mentor(app, by, why);
	if (e == ERR_OK) {
		e = store_visit_get(app->db, visit_id, &v);
		if (e == ERR_NOT_FOUND)
			refusal_set(why, e, REFUSAL_VISIT, visit_id, 0);
	}
	if (e == ERR_OK && v.status == VISIT_UNDONE)
		e = refusal_set(why, ERR_VISIT_UNDONE, REFUSAL_VISIT, visit_id, 0);
	if (e == ERR_OK) {
		in = v.check_in;
		if (check_in)
			e = read_time(check_in, v.day, REFUSAL_CHECK_IN, &in, why);
	}
	if (e == ERR_OK)
		e = read_time(check_out, v.day, REFUSAL_CHECK_OUT, &out, why);
	if (e == ERR_OK)
		e = on_day(in, v.day, why);
	if (e == ERR_OK)
		e = check_rules(app, v.person_id, v.id, in, out, now, why);
	if (e == ERR_OK) {
		struct change c = { .at = now, .by = by, .reason = reason, .terminal = app->terminal };
		e = store_visit_correct(app->db, visit_id, in, out, &c);
	}
	if (e == ERR_OK) /* a closed month: a coordinator's amendment, or refused */
		e = app_month_amend(app, &(struct month_change){ v.person_id, v.day, "visit_correct", visit_id,
		                                                 hours_recorded_seconds(&v), v.is_held ? 0 : (long)(out - in),
		                                                 by, reason, now });
	return refusal_code(why, db_end_write(app->db, e));
}

enum rota_err app_visit_add(struct app *app, long long person_id, int day, const char *check_in,
                            const char *check_out, long long by, const char *reason, time_t now,
                            long long *id, struct refusal *why)
{
	time_t in, out;
	long long own_id; /* the amendment names the visit even when the caller does not ask */
	if (!id)
		id = &own_id;
	if (day <= 0 || !date_is_valid(day))
		return refusal_set(why, ERR_TIME_FORMAT, REFUSAL_DAY, 0, 0);
	enum rota_err e = reason_check(reason, why);
	if (e == ERR_OK)
		e = read_time(check_in, day, REFUSAL_CHECK_IN, &in, why);
	if (e == ERR_OK)
		e = read_time(check_out, day, REFUSAL_CHECK_OUT, &out, why);
	if (e == ERR_OK)
		e = on_day(in, day, why);
	if (e != ERR_OK)
		return e;
	e = db_begin_write(app->db);
	if (e != ERR_OK)
		return refusal_code(why, e);
	e = require_mentor(app, by, why);
	if (e == ERR_OK)
		e = check_rules(app, person_id, 0, in, out, now, why);
	if (e == ERR_OK) {
		struct change c = { .at = now, .by = by, .reason = reason, .terminal = app->terminal };
		e = store_visit_add(app->db, person_id, day, in, out, &c, id);
	}
	if (e == ERR_OK) /* a closed month: a coordinator's amendment, or refused */
		e = app_month_amend(app, &(struct month_change){ person_id, day, "visit_add", *id, 0, (long)(out - in), by,
		                                                 reason, now });
	return refusal_code(why, db_end_write(app->db, e));
}

time_t app_visit_closing_time(struct app *app, time_t now)
{
	return date_day_start(date_ymd(now)) + (time_t)app->cfg.closing_minutes * 60;
}

enum rota_err app_visits_close_open(struct app *app, time_t at, long long by, const char *reason,
                                    time_t now, int *closed)
{
	struct visit_list l = { 0 };
	*closed = 0;
	if (at > now)
		return ERR_VISIT_FUTURE;
	enum rota_err e = app_begin_write_with_reason(app, reason);
	if (e != ERR_OK)
		return e;
	e = app_require_mentor(app, by);
	if (e == ERR_OK)
		e = store_visit_open_on(app->db, date_ymd(now), keep_visit, &l);
	struct change c = { .at = now, .by = by, .reason = reason && *reason ? reason : VISIT_REASON_CLOSING_TIME,
		            .terminal = app->terminal };
	/* Read inside this write: the rows are as they are now. */
	for (size_t i = 0; e == ERR_OK && i < l.n; i++) {
		/* someone who came after the closing time is left open for the review */
		if (l.v[i].check_in < at) {
			e = store_visit_close(app->db, l.v[i].id, at, &c);
			(*closed)++;
		}
	}
	free(l.v);
	if (e != ERR_OK)
		*closed = 0;
	return db_end_write(app->db, e);
}

enum rota_err app_visits_of(struct app *app, long long person_id, int from, int to, visit_row_fn fn,
                            void *ctx)
{
	enum rota_err e = db_begin_read(app->db);
	return e != ERR_OK ? e : db_end_read(app->db, store_visit_each_of(app->db, person_id, from, to, fn, ctx));
}

enum rota_err app_visit_get(struct app *app, long long id, struct visit *out)
{
	enum rota_err e = db_begin_read(app->db);
	return e != ERR_OK ? e : db_end_read(app->db, store_visit_get(app->db, id, out));
}

enum rota_err app_visit_history(struct app *app, long long id, visit_change_fn fn, void *ctx)
{
	enum rota_err e = db_begin_read(app->db);
	return e != ERR_OK ? e : db_end_read(app->db, store_visit_history_each(app->db, id, fn, ctx));
}

/* The reasons rota writes into the record by itself, stored in English and
 * translated where they are shown. */
static const char *const system_reasons[] = {
	VISIT_REASON_CLOSING_TIME,   VISIT_REASON_BADGE_REPLACED, VISIT_REASON_BADGE_REVOKED,
	VISIT_REASON_BADGE_STOPPED,  VISIT_REASON_UNDONE,         VISIT_REASON_STALE,
};

const char *app_reason_words(const char *reason)
{
	if (!reason || !*reason)
		return "";
	for (size_t i = 0; i < sizeof system_reasons / sizeof *system_reasons; i++)
		if (!strcmp(reason, system_reasons[i]))
			return _(reason);
	return reason;
}

static enum rota_err visit_days_words_read(struct app *app, long long person_id, int from, int to, char *buf, size_t n)
{
	int days[8];
	size_t count = 0, len = 0;
	buf[0] = '\0';
	enum rota_err e = store_visit_days_of(app->db, person_id, from, to, days, 8, &count);
	for (size_t i = 0; e == ERR_OK && i < count && i < 8 && len + 16 < n; i++) {
		char ymd[11];
		date_format_ymd(days[i], ymd);
		len += (size_t)snprintf(buf + len, n - len, "%s%s", i ? ", " : "", ymd);
	}
	if (e == ERR_OK && count > 8 && len + 5 < n)
		snprintf(buf + len, n - len, ", ...");
	return e;
}

enum rota_err app_visit_days_words(struct app *app, long long person_id, int from, int to, char *buf, size_t n)
{
	buf[0] = '\0';
	enum rota_err e = db_begin_read(app->db);
	return e != ERR_OK ? e : db_end_read(app->db, visit_days_words_read(app, person_id, from, to, buf, n));
}
