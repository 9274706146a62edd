/* The scan use case: one IMMEDIATE transaction per scan, so the decision,
 * the time it records and the record can never disagree, even with a
 * second terminal on the file. */
#include "app/scan.h"

#include <string.h>

#include "app/badge.h"
#include "app/calendar.h"
#include "app/mentor.h"
#include "app/people.h"
#include "core/hours.h"
#include "store/calendar.h"
#include "store/db.h"
#include "store/people.h"
#include "store/visits.h"
#include "util/i18n.h"
#include "util/date.h"
#include "util/log.h"
#include "util/text.h"

#define MAX_VISITS_A_DAY 32

static void fill_person(struct scan_result *out, const struct person *p)
{
	memset(out, 0, sizeof *out);
	out->person_id = p->id;
	out->role = p->role;
	text_copy(out->full_name, sizeof out->full_name, p->name);
	person_short_name(p->name, out->short_name, sizeof out->short_name);
	text_copy(out->lang, sizeof out->lang, p->lang);
}

static enum rota_err seconds_today(struct app *app, long long person_id, time_t now, long *secs)
{
	struct visit visits[MAX_VISITS_A_DAY];
	size_t n;
	enum rota_err e = store_visits_of_day(app->db, person_id, date_ymd(now), visits,
	                                      MAX_VISITS_A_DAY, &n);
	*secs = e == ERR_OK ? hours_seconds(visits, n, now) : 0;
	return e;
}

/* The closed door's rule for a check-in on today (calendar_is_closed): on
 * a closed day *let_in says whether a mentor's word (confirm_by, 0: none)
 * lets it through, else ERR_DAY_CLOSED; the day's name goes to
 * out->closed_why either way. Only a check-in reads the calendar. */
static enum rota_err closed_door(struct app *app, int today, long long confirm_by, struct scan_result *out,
                                 bool *let_in)
{
	struct app_calendar cal;
	const char *name;
	*let_in = false;
	enum rota_err e = app_calendar_load(app, today, today, NULL, &cal);
	if (e == ERR_OK && calendar_is_closed(&cal.cal, today, &name)) {
		text_copy(out->closed_why, sizeof out->closed_why, name);
		out->closed_is_holiday = calendar_holiday(cal.cal.country, today) != NULL;
		*let_in = confirm_by != 0;
		e = *let_in ? ERR_OK : ERR_DAY_CLOSED;
	}
	app_calendar_free(&cal);
	return e;
}

/* The record follows the programme's dates: a check-in on a day after the
 * person's programme ended (or after their exit date) is recorded all the
 * same, never lost, and held for the review; it counts nowhere until a
 * coordinator accepts it (app_visit_accept). */
static enum rota_err hold_after_end(struct app *app, int today, struct scan_result *out)
{
	int start, end;
	enum rota_err e = store_programme_of(app->db, out->person_id, &start, &end);
	if (e != ERR_OK || !end || today <= end)
		return e;
	log_msg(LOG_INFO, "visit %lld of person %lld is after the programme's end %d", out->visit_id,
	        out->person_id, end);
	out->after_end = true;
	return store_visit_mark_after_end(app->db, out->visit_id);
}

/* Applies the attendance rules to out->person_id inside the open
 * transaction. Everything the decision reads is read here, under the write
 * lock, and the time it records is never before what is already recorded
 * for the person (att_record_time): now was read before the lock was won. */
static enum rota_err attend(struct app *app, time_t now, long long confirm_by, struct scan_result *out)
{
	struct att_last last;
	memset(&last, 0, sizeof last);
	enum rota_err e = store_visit_open_of(app->db, out->person_id, &last.has_open, &last.open);
	/* From yesterday on, as a correction looks for overlaps (a visit lasts
	 * under a day); a day the clock has not reached yet is in too. */
	if (e == ERR_OK)
		e = store_visit_latest_of(app->db, out->person_id, date_ymd(now - 24 * 3600), &last.latest);
	time_t at = att_record_time(now, last.latest);
	int today = date_ymd(at);
	if (e == ERR_OK)
		e = store_visit_last_out(app->db, out->person_id, today, &last.has_out_today,
		                         &last.last_out);
	if (e != ERR_OK)
		return e;

	struct att_decision d = att_decide(&last, now, today, app->cfg.guard_s);
	bool records = d.action == ATT_CHECK_IN || d.action == ATT_CHECK_OUT, let_in = false;
	/* A mentor checking in on a closed day is their own word that it is
	 * worked: they are the one a participant would ask. */
	if (!confirm_by && out->role != ROLE_PARTICIPANT)
		confirm_by = out->person_id;
	/* Nothing is written before this: a refused check-in leaves even an
	 * earlier day's open visit as it was. */
	if (d.action == ATT_CHECK_IN && (e = closed_door(app, today, confirm_by, out, &let_in)) != ERR_OK)
		return e;
	time_t newest = 0;
	if (records && (e = store_clock_high_water(app->db, &newest)) != ERR_OK)
		return e;
	int newest_day = newest ? date_ymd(newest) : 0, clock_day = date_ymd(now);
	/* The calendar is read only after a gap of more than a day: the usual
	 * scan reads nothing more. */
	struct app_calendar cal = { 0 };
	bool needs_cal = records && att_clock_needs_calendar(now, newest);
	if (needs_cal && (e = app_calendar_load(app, newest_day, clock_day, NULL, &cal)) != ERR_OK)
		return e;
	/* Recorded more than a lock's wait after its clock's reading: that
	 * clock stood back, or the person's last record came from one that ran
	 * ahead. Either way the review asks for the real time. */
	bool doubtful = records && (d.at - now > ATT_CLOCK_SLACK_S ||
	                            att_clock_doubtful(needs_cal ? &cal.cal : NULL, now, clock_day, newest, newest_day));
	app_calendar_free(&cal);
	struct change c = { .at = d.at, .by = out->person_id, .terminal = app->terminal };
	out->action = d.action;
	out->at = d.at;
	out->clock_at = now;
	out->since = d.since;
	if (d.close_stale) {
		/* No invented end: the mentors' review will ask for the real one. */
		c.reason = N_("open from an earlier day; closed at the next scan");
		if ((e = store_visit_end_unknown(app->db, last.open.id, &c)) != ERR_OK)
			return e;
		out->closed_stale = true;
		c.reason = NULL;
	}
	switch (d.action) {
	case ATT_CHECK_IN:
		e = store_visit_check_in(app->db, out->person_id, today, &c, &out->visit_id);
		if (e == ERR_OK && let_in) {
			log_msg(LOG_INFO, "a closed day's check-in of person %lld confirmed by mentor %lld",
			        out->person_id, confirm_by);
			/* who let it through on a closed day stays with the visit */
			struct change word = { .at = d.at, .by = confirm_by, .terminal = app->terminal,
				               .reason = N_("a closed day, worked after all on a mentor's word") };
			e = store_visit_check_in_confirmed(app->db, out->visit_id, &word);
		}
		if (e == ERR_OK)
			e = hold_after_end(app, today, out);
		break;
	case ATT_CHECK_OUT:
		out->visit_id = last.open.id;
		out->after_end = last.open.is_held;
		e = store_visit_check_out(app->db, last.open.id, &c);
		break;
	case ATT_ALREADY_IN:
		out->visit_id = last.open.id;
		break;
	case ATT_ALREADY_OUT:
		break;
	}
	/* Recorded all the same, never lost; the mentors' review asks for the
	 * real time. */
	if (e == ERR_OK && doubtful) {
		out->clock_doubtful = true;
		log_msg(LOG_WARN, "scan at %lld on a doubtful clock (newest record %lld)", (long long)now,
		        (long long)newest);
		e = store_visit_mark_clock_doubtful(app->db, out->visit_id);
	} else if (e == ERR_OK && records) {
		e = store_clock_advance(app->db, d.at);
	}
	if (e == ERR_OK)
		e = seconds_today(app, out->person_id, d.at, &out->seconds_today);
	return e;
}

/* Runs attend() and the greeting's reading of today's work inside the
 * open write (one moment for the whole scan); the greeting's reading may
 * fail without failing the scan. */
static enum rota_err attend_greeted(struct app *app, time_t now, long long confirm_by, struct scan_result *out)
{
	enum rota_err e = attend(app, now, confirm_by, out);
	if (e == ERR_OK && app_work_today(app, out->person_id, &out->work) != ERR_OK)
		out->work.has = false;
	return e;
}

/* Runs attend_greeted() in its own write transaction; nothing stays
 * half-written. */
static enum rota_err attend_durably(struct app *app, time_t now, struct scan_result *out)
{
	enum rota_err e = db_begin_write(app->db);
	if (e != ERR_OK)
		return e;
	/* A repeat scan writes nothing, and so its commit syncs nothing. */
	return db_end_write(app->db, attend_greeted(app, now, 0, out));
}

enum rota_err app_scan(struct app *app, const char *payload, time_t now, struct scan_result *out)
{
	struct person p;
	memset(out, 0, sizeof *out);
	/* The badge is looked up under the write lock too: a badge replaced
	 * by another terminal a moment ago no longer checks anyone in. */
	enum rota_err e = db_begin_write(app->db);
	if (e != ERR_OK)
		return e;
	e = app_badge_owner(app, payload, &p);
	if (e == ERR_OK) {
		fill_person(out, &p);
		e = attend_greeted(app, now, 0, out);
	}
	return db_end_write(app->db, e);
}

enum rota_err app_scan_confirmed(struct app *app, const char *payload, long long mentor_id, time_t now,
                                 struct scan_result *out)
{
	struct person p;
	memset(out, 0, sizeof *out);
	enum rota_err e = db_begin_write(app->db);
	if (e != ERR_OK)
		return e;
	e = app_require_mentor(app, mentor_id);
	if (e == ERR_OK)
		e = app_badge_owner(app, payload, &p);
	if (e == ERR_OK) {
		fill_person(out, &p);
		e = attend_greeted(app, now, mentor_id, out);
	}
	return db_end_write(app->db, e);
}

enum rota_err app_attend_by_name(struct app *app, long long person_id, const char *pin, time_t now,
                                 struct scan_result *out)
{
	struct person p;
	memset(out, 0, sizeof *out);
	/* The PIN is checked in transactions of its own (app/mentor.c), so
	 * this use case reads the person, checks the PIN, then writes. */
	enum rota_err e = app_person_get(app, person_id, &p);
	if (e != ERR_OK)
		return e;
	if (!p.is_active)
		return ERR_PERSON_INACTIVE;
	if (app_name_needs_mentor(app, p.has_pin))
		return ERR_NEEDS_MENTOR;
	if (p.has_pin && (e = app_door_pin_check(app, person_id, pin ? pin : "", now, &out->paused_until)) != ERR_OK)
		return e;
	fill_person(out, &p);
	return attend_durably(app, now, out);
}

bool app_name_needs_mentor(const struct app *app, bool has_pin)
{
	switch (app->cfg.name_needs) {
	case NAME_NEEDS_MENTOR: return true;
	case NAME_NEEDS_NONE: return false;
	case NAME_NEEDS_PIN: break;
	}
	return !has_pin;
}

/* Checks person_id in or out once mentor_id has confirmed it. */
static enum rota_err attend_confirmed(struct app *app, long long person_id, long long mentor_id, time_t now,
                                      struct scan_result *out)
{
	struct person p;
	enum rota_err e = db_begin_write(app->db);
	if (e != ERR_OK)
		return e;
	e = store_person_get(app->db, person_id, &p);
	if (e == ERR_OK && !p.is_active)
		e = ERR_PERSON_INACTIVE;
	if (e == ERR_OK) {
		log_msg(LOG_INFO, "check-in by name of person %lld confirmed by mentor %lld", person_id, mentor_id);
		fill_person(out, &p);
		e = attend_greeted(app, now, 0, out);
	}
	return db_end_write(app->db, e);
}

enum rota_err app_attend_confirmed(struct app *app, long long person_id, const char *mentor_payload,
                                   time_t now, struct scan_result *out)
{
	struct person mentor;
	memset(out, 0, sizeof *out);
	enum rota_err e = app_mentor_by_badge(app, mentor_payload, &mentor);
	return e != ERR_OK ? e : attend_confirmed(app, person_id, mentor.id, now, out);
}

enum rota_err app_attend_confirmed_by_pin(struct app *app, long long person_id, long long mentor_id,
                                          const char *pin, time_t now, struct scan_result *out)
{
	memset(out, 0, sizeof *out);
	enum rota_err e = app_door_mentor_pin(app, mentor_id, pin, now, &out->paused_until);
	return e != ERR_OK ? e : attend_confirmed(app, person_id, mentor_id, now, out);
}

enum rota_err app_scan_undo(struct app *app, const struct scan_result *r, time_t now)
{
	if ((r->action != ATT_CHECK_IN && r->action != ATT_CHECK_OUT) ||
	    !att_can_undo(r->at, now, app->cfg.undo_s))
		return ERR_UNDO_TOO_LATE;
	enum rota_err e = db_begin_write(app->db);
	if (e != ERR_OK)
		return e;
	struct visit v;
	e = store_visit_get(app->db, r->visit_id, &v);
	/* Only the very state this scan left may be undone. */
	bool as_left = e == ERR_OK &&
	               ((r->action == ATT_CHECK_IN && v.status == VISIT_OPEN && v.check_in == r->at) ||
	                (r->action == ATT_CHECK_OUT && v.status == VISIT_CLOSED && v.check_out == r->at));
	if (e == ERR_OK && r->action == ATT_CHECK_OUT && as_left) {
		bool open;
		struct visit other;
		e = store_visit_open_of(app->db, r->person_id, &open, &other);
		as_left = e == ERR_OK && !open;
	}
	if (e == ERR_OK && !as_left)
		e = ERR_UNDO_TOO_LATE;
	if (e == ERR_OK) {
		struct change c = { .at = now, .by = r->person_id, .reason = VISIT_REASON_UNDONE,
			            .terminal = app->terminal };
		e = store_visit_undo(app->db, r->visit_id, &c);
		/* The schema's guard refused to open the visit again across a
		 * later one of the person (another terminal scanned the card
		 * since): no longer as this scan left it. */
		if (e == ERR_INVALID)
			e = ERR_UNDO_TOO_LATE;
	}
	e = db_end_write(app->db, e);
	if (e != ERR_OK && e != ERR_UNDO_TOO_LATE)
		log_msg(LOG_WARN, "undo of visit %lld failed: %s", r->visit_id, err_name(e));
	return e;
}
