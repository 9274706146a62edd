/* The daily scan: a badge (or a name picked from the list) checks a person
 * in or out, durably, under the attendance rules of src/core/attendance.h.
 * Everything a greeting needs to say comes back in struct scan_result. */
#ifndef ROTA_APP_SCAN_H
#define ROTA_APP_SCAN_H

#include <stdbool.h>
#include <time.h>

#include "app/app.h"
#include "app/assignments.h"
#include "core/attendance.h"
#include "core/calendar.h"
#include "core/person.h"

struct scan_result {
	enum att_action action;
	long long person_id;
	enum person_role role;
	char full_name[PERSON_NAME_MAX];
	char short_name[PERSON_SHORT_MAX]; /* "Ana K." */
	char lang[3];                      /* the person's own language */
	long long visit_id;                /* the visit this scan changed */
	time_t at;                         /* when the scan was recorded */
	time_t clock_at;                   /* the clock's time of the scan: at is later
	                                      when the person's last record is */
	time_t since;                      /* for ALREADY_*: the earlier scan */
	long seconds_today;                /* time in the workshop today */
	bool closed_stale;                 /* an earlier open visit became end unknown */
	bool clock_doubtful;               /* recorded, but the clock seemed wrong */
	bool after_end;                    /* recorded after the person's programme
	                                      ended: held for review, counted
	                                      nowhere until accepted */
	time_t paused_until;               /* refused ERR_LOCKED, ERR_DOOR_PAUSED: until when */
	struct work_today work;            /* where they work today, with whom */
	char closed_why[TEXT_BYTES(TEXT_REASON_CHARS)]; /* refused ERR_DAY_CLOSED, or let in on a
	                                                   mentor's word: the holiday's name or
	                                                   the closure's reason */
	bool closed_is_holiday;            /* closed_why is a public holiday's name, worded
	                                      for a reader by app_day_name_words */
};

/* Handles a scanned or typed payload at now. On ERR_OK *out says what was
 * recorded (or, for ALREADY_*, that nothing changed). A malformed payload
 * gives ERR_BADGE_UNREADABLE, an unknown one ERR_BADGE_UNKNOWN, a revoked
 * one ERR_BADGE_REPLACED, an inactive person ERR_PERSON_INACTIVE; then, and
 * on any store error, nothing is changed. On a day the calendar closes the
 * door (calendar_is_closed: a public holiday or a closure) a scan that would
 * check in gives ERR_DAY_CLOSED, with the person filled in and the day's
 * name in out->closed_why, and changes nothing; a check-out of a visit
 * already open, and "already", go on as on any day. A mentor's or a
 * coordinator's own card is their own word that the day is worked (as
 * app_scan_confirmed, out->closed_why set). The same rule holds for every
 * way of checking in below. */
enum rota_err app_scan(struct app *app, const char *payload, time_t now, struct scan_result *out);
/* app_scan on a mentor's word that a closed day is worked after all:
 * mentor_id must be an active mentor or coordinator (else ERR_NOT_MENTOR,
 * nothing changes). A check-in on a closed day is then recorded, and its
 * history names the mentor and the day's name; on an open day it is
 * app_scan. */
enum rota_err app_scan_confirmed(struct app *app, const char *payload, long long mentor_id, time_t now,
                                 struct scan_result *out);
/* The same for a person picked by name (the forgotten-card path); the PIN,
 * when the person has one, must match (else ERR_PIN_WRONG, nothing else
 * changes; every fifth wrong one pauses it: ERR_LOCKED; too many at the door
 * pause checking in by name for everyone: ERR_DOOR_PAUSED, see
 * app_door_pin_check; out->paused_until says until when). Where the
 * workshop's name_checkin_needs asks for a mentor (see
 * app_name_needs_mentor), ERR_NEEDS_MENTOR and nothing changes. */
enum rota_err app_attend_by_name(struct app *app, long long person_id, const char *pin, time_t now,
                                 struct scan_result *out);
/* Returns true when checking in by name a person with (has_pin) or without
 * a PIN needs a mentor's confirmation under the workshop's setting. */
bool app_name_needs_mentor(const struct app *app, bool has_pin);
/* Checks in or out a person picked by name on a mentor's confirmation: the
 * mentor's card (mentor_payload) must belong to an active mentor or
 * coordinator (else that card's refusal, or ERR_NOT_MENTOR; nothing
 * changes). Otherwise as app_scan. */
enum rota_err app_attend_confirmed(struct app *app, long long person_id, const char *mentor_payload,
                                   time_t now, struct scan_result *out);
/* The same with the mentor mentor_id's PIN for a confirmation, checked
 * under the lockout and the door's (ERR_PIN_WRONG, ERR_LOCKED,
 * ERR_DOOR_PAUSED with out->paused_until; ERR_NOT_MENTOR, ERR_NO_PIN; see
 * app_door_mentor_pin): nothing changes unless it matches. */
enum rota_err app_attend_confirmed_by_pin(struct app *app, long long person_id, long long mentor_id,
                                          const char *pin, time_t now, struct scan_result *out);
/* Undoes the scan described by r if the undo window is still open and the
 * visit is still as that scan left it; records the undo with its time.
 * ERR_UNDO_TOO_LATE otherwise (nothing changes). */
enum rota_err app_scan_undo(struct app *app, const struct scan_result *r, time_t now);

#endif
