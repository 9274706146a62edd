/* The workshop's calendar as the use cases see it: its settings and the
 * closures in one struct, closures recorded by mentors, and participants'
 * excused absences. */
#ifndef ROTA_APP_CALENDAR_H
#define ROTA_APP_CALENDAR_H

#include <stddef.h>
#include <time.h>

#include "app/app.h"
#include "core/absence.h"
#include "core/calendar.h"
#include "util/refusal.h"

/* The calendar of a span of days; cal.closures points into `owned`. */
struct app_calendar {
	struct workshop_calendar cal;
	struct closure *owned;
	unsigned char *kinds;    /* cal's days' kinds (app_calendar_keep_kinds), or NULL */
};

/* Fills *out with the workshop's calendar for from..to (country and
 * workshop days from the settings; country_override NULL keeps the
 * setting's). Free with app_calendar_free(). */
enum rota_err app_calendar_load(struct app *app, int from, int to, const enum cal_country *country_override,
                                struct app_calendar *out);
/* Works out the kinds of c's days from..to once (to may be day 31 of a
 * shorter month), for a reader that asks the same days for every person;
 * a span over some two years is left to the rules. Loaded calendars keep
 * none by themselves: a scan asks about one day once. */
void app_calendar_keep_kinds(struct app_calendar *c, int from, int to);
/* Frees what app_calendar_load() allocated. */
void app_calendar_free(struct app_calendar *c);
/* Records a closure from..to (to 0: one day) with reason by coordinator
 * `by` (the workshop's calendar is a coordinator's). Refusals, nothing
 * changed, each named in *why (may be NULL) as app_absence_add names them:
 * the text gate's ERR_TEXT_* for the reason (REFUSAL_REASON),
 * ERR_TIME_FORMAT or ERR_DAYS_RANGE for the days (REFUSAL_FROM or _TO),
 * ERR_NOT_COORDINATOR for a `by` who is not an active coordinator
 * (REFUSAL_BY). */
enum rota_err app_closure_add(struct app *app, int from, int to, const char *reason, long long by, time_t now,
                              long long *id, struct refusal *why);
/* Removes standing closure id at now, by coordinator `by`: the row stays,
 * marked with who and when, and its days are open again. Refusals, nothing
 * changed, named in *why (may be NULL): ERR_NOT_COORDINATOR (REFUSAL_BY,
 * given by), ERR_NOT_FOUND for no such standing closure (REFUSAL_CLOSURE,
 * given id). */
enum rota_err app_closure_remove(struct app *app, long long id, long long by, time_t now, struct refusal *why);
/* Copies the workshop's reason number i (0..) for an absence into code
 * (ABSENCE_REASON_MAX + 1 bytes); returns false past the last. */
bool app_absence_reason(const struct app *app, int i, char *code);
/* Returns the words people read for reason code, in the current language:
 * rota's own reasons translated, a workshop's own as written (its
 * underscores as spaces), in buf (n bytes). */
const char *app_absence_reason_words(const char *code, char *buf, size_t n);
/* Tells whether the door is closed on ymd by the rule app_scan keeps
 * (calendar_is_closed: a public holiday or one of the workshop's
 * closures): *is_closed; on such a day the day's name goes into name (n
 * bytes; "" on any other day) and *is_holiday says whether it is a public
 * holiday's (for app_day_name_words). On failure *is_closed is false. */
enum rota_err app_day_closed(struct app *app, int ymd, bool *is_closed, bool *is_holiday, char *name, size_t n);
/* Returns the words people read for a closed day's name in the current
 * language: a public holiday's (calendar_holiday: is_holiday) translated
 * from its official name, a closure's reason as the coordinator wrote it
 * (never looked up: a reason is nobody's catalog key). "" for "" or NULL.
 * Static or name itself: nothing to free. */
const char *app_day_name_words(bool is_holiday, const char *name);
/* Records an excused absence a->from..a->to (to 0: one day) of participant
 * a->person_id with reason code a->reason and an optional note, by mentor
 * a->by_person at now. Refusals, nothing changed, each with *why (may be
 * NULL) naming its field: the text gate's ERR_TEXT_* (REFUSAL_NOTE);
 * ERR_ABSENCE_REASON for a reason the workshop does not have
 * (REFUSAL_REASON); ERR_TIME_FORMAT for a day that does not exist
 * (REFUSAL_FROM or _TO, given that day); ERR_DAYS_RANGE for a last day
 * before the first or over a year after it (REFUSAL_TO, given the last day,
 * limit the first); ERR_NOT_FOUND or ERR_NOT_PARTICIPANT (REFUSAL_PERSON,
 * given the id); ERR_NOT_MENTOR for a `by` who is not an active mentor or
 * coordinator (REFUSAL_BY); ERR_ABSENCE_PRESENT when the person has a
 * visit on one of its days (a day is present or excused, never both):
 * given the first such day, as REFUSAL_FROM when it is the first day of
 * the absence, else REFUSAL_TO. */
enum rota_err app_absence_add(struct app *app, const struct absence *a, time_t now, long long *id,
                              struct refusal *why);
/* Calls fn for each absence of person_id (0: everyone), cancelled ones too,
 * that touches from..to (0..0: all), by first day. */
enum rota_err app_absence_each(struct app *app, long long person_id, int from, int to, absence_fn fn, void *ctx);
/* Cancels absence id (recorded: who and when, the row stays). */
enum rota_err app_absence_cancel(struct app *app, long long id, long long by, time_t now);

#endif
