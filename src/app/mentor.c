/* Mentor sign-in and the PIN lockouts: each person's, escalating, one for
 * a picked name and one for their badge, and the door's as a whole. Every
 * lock and every unlock is logged. */
#include "app/mentor.h"

#include <stdio.h>

#include "app/badge.h"
#include "app/people.h"
#include "core/mentor.h"
#include "store/badges.h"
#include "store/db.h"
#include "store/people.h"
#include "store/settings.h"
#include "util/log.h"

/* The door's guard lives among the settings, under a key that config
 * neither lists nor sets. */
#define DOOR_GUARD_KEY "door_pin_guard"

static bool may_mentor(const struct person *p)
{
	return p->is_active && (p->role == ROLE_MENTOR || p->role == ROLE_COORDINATOR);
}

static enum rota_err require_mentor_read(struct app *app, long long id)
{
	struct person p;
	enum rota_err e = store_person_get(app->db, id, &p);
	if (e == ERR_NOT_FOUND || (e == ERR_OK && !may_mentor(&p)))
		return ERR_NOT_MENTOR;
	return e;
}

enum rota_err app_require_mentor(struct app *app, long long id)
{
	enum rota_err e = db_begin_read(app->db);
	return e != ERR_OK ? e : db_end_read(app->db, require_mentor_read(app, id));
}

static enum rota_err mentor_by_badge_read(struct app *app, const char *payload, struct person *out)
{
	struct person p;
	enum rota_err e = app_badge_owner(app, payload, &p);
	if (e != ERR_OK)
		return e;
	if (!may_mentor(&p))
		return ERR_NOT_MENTOR;
	*out = p;
	return ERR_OK;
}

enum rota_err app_mentor_by_badge(struct app *app, const char *payload, struct person *out)
{
	enum rota_err e = db_begin_read(app->db);
	return e != ERR_OK ? e : db_end_read(app->db, mentor_by_badge_read(app, payload, out));
}

static const char *path_words(enum pin_path path)
{
	return path == PIN_WITH_BADGE ? "with their badge" : "after a picked name";
}

/* Checks person_id's PIN at now under their own lockout on path: ERR_LOCKED
 * (nothing checked) while paused, ERR_PIN_WRONG (the failure counted),
 * ERR_LOCKED too for the wrong try that starts the pause (logged), ERR_OK
 * (that path's count starts again). *until: when a pause ends; *wrong:
 * whether a wrong PIN was counted, which the door counts too. */
static enum rota_err pin_check_guarded(struct app *app, long long person_id, enum pin_path path,
                                       const char *pin, time_t now, time_t *until, bool *wrong)
{
	struct pin_guard guard = { 0, 0 };
	bool ok = false;
	*wrong = false;
	/* The slow argon2 check runs in a read before the write lock, so the
	 * other terminals' scans never wait behind it. */
	enum rota_err e = db_begin_read(app->db);
	if (e != ERR_OK)
		return e;
	e = store_person_pin_guard(app->db, person_id, path, &guard);
	*until = guard.locked_until;
	if (e == ERR_OK && mentor_is_locked(&guard, now))
		e = ERR_LOCKED;
	if (e == ERR_OK)
		e = app_person_check_pin(app, person_id, pin, &ok);
	if ((e = db_end_read(app->db, e)) != ERR_OK)
		return e;
	/* Read again and count under the lock: two terminals cannot both use
	 * the fifth try, and a try that the other terminal's lockout overtook
	 * counts for nothing. */
	if ((e = db_begin_write(app->db)) != ERR_OK)
		return e;
	e = store_person_pin_guard(app->db, person_id, path, &guard);
	if (e == ERR_OK && mentor_is_locked(&guard, now))
		e = ERR_LOCKED;
	if (e == ERR_OK) {
		guard = ok ? mentor_after_right_pin() : mentor_after_wrong_pin(guard, now);
		e = store_person_set_pin_guard(app->db, person_id, path, &guard);
	}
	e = db_end_write(app->db, e);
	*until = guard.locked_until;
	if (e != ERR_OK)
		return e;
	*wrong = !ok;
	if (!ok && mentor_is_locked(&guard, now))
		log_msg(LOG_WARN, "PIN of person %lld paused for %lld minutes after %d wrong tries %s", person_id,
		        (long long)(guard.locked_until - now) / 60, guard.failures, path_words(path));
	/* The try that locks says so at once, not one try later. */
	return ok ? ERR_OK : mentor_is_locked(&guard, now) ? ERR_LOCKED : ERR_PIN_WRONG;
}

/* Refuses who may not sign in to mentor mode: ERR_NOT_MENTOR, ERR_NO_PIN. */
static enum rota_err may_sign_in(const struct person *p)
{
	return !may_mentor(p) ? ERR_NOT_MENTOR : !p->has_pin ? ERR_NO_PIN : ERR_OK;
}

enum rota_err app_pin_unlock(struct app *app, long long person_id, bool *was_locked, time_t now)
{
	struct pin_guard by_name, with_badge, open = mentor_after_right_pin();
	enum rota_err e = db_begin_write(app->db);
	if (e != ERR_OK)
		return e;
	e = store_person_pin_guard(app->db, person_id, PIN_BY_NAME, &by_name);
	if (e == ERR_OK)
		e = store_person_pin_guard(app->db, person_id, PIN_WITH_BADGE, &with_badge);
	if (e == ERR_OK)
		e = store_person_set_pin_guard(app->db, person_id, PIN_BY_NAME, &open);
	if (e == ERR_OK)
		e = store_person_set_pin_guard(app->db, person_id, PIN_WITH_BADGE, &open);
	e = db_end_write(app->db, e);
	if (e == ERR_OK) {
		*was_locked = mentor_is_locked(&by_name, now) || mentor_is_locked(&with_badge, now);
		log_msg(LOG_INFO, "PIN of person %lld unlocked by a coordinator (%s, %d wrong tries)", person_id,
		        *was_locked ? "was paused" : "was not paused", by_name.failures + with_badge.failures);
	}
	return e;
}

static enum rota_err door_guard_read(struct app *app, struct door_guard *g)
{
	char text[96];
	bool found = false;
	long long failures = 0, start = 0, until = 0;
	enum rota_err e = store_setting_get(app->db, DOOR_GUARD_KEY, text, sizeof text, &found);
	*g = (struct door_guard){ 0, 0, 0 };
	/* A value no rota wrote counts as no tries at all. */
	if (e == ERR_OK && found && sscanf(text, "%lld %lld %lld", &failures, &start, &until) == 3 &&
	    failures >= 0 && failures < DOOR_PIN_TRIES)
		*g = (struct door_guard){ (int)failures, (time_t)start, (time_t)until };
	return e;
}

/* Counts one wrong PIN at now for the door, whichever path it came by.
 * *started says whether this try began the door's pause (logged); *door
 * is the guard after it. */
static enum rota_err door_count_wrong(struct app *app, time_t now, struct door_guard *door, bool *started)
{
	*started = false;
	enum rota_err e = db_begin_write(app->db);
	if (e != ERR_OK)
		return e;
	e = door_guard_read(app, door);
	if (e == ERR_OK) {
		char text[96];
		*door = door_after_wrong_pin(*door, now);
		snprintf(text, sizeof text, "%d %lld %lld", door->failures, (long long)door->window_start,
		         (long long)door->paused_until);
		e = store_setting_set(app->db, DOOR_GUARD_KEY, text);
	}
	e = db_end_write(app->db, e);
	if (e == ERR_OK && door->paused_until == now + DOOR_PIN_PAUSE && door->failures == 0) {
		*started = true;
		log_msg(LOG_WARN, "PINs after a picked name paused for %d minutes after %d wrong PINs at the door",
		        DOOR_PIN_PAUSE / 60, DOOR_PIN_TRIES);
	}
	return e;
}

/* A PIN typed after a picked name: refused while the door is paused, then
 * checked under the person's own lockout on the name path, and every wrong
 * try counted for the door, also one a paused name refused unchecked:
 * going on at a paused name is guessing at the door all the same. mentor_only: the person must be able to sign
 * in to mentor mode. */
static enum rota_err by_name(struct app *app, long long person_id, bool mentor_only, const char *pin, time_t now,
                             time_t *until)
{
	struct door_guard door;
	struct person p;
	bool started, wrong = false;
	time_t t = 0;
	enum rota_err e = db_begin_read(app->db);
	if (until == NULL)
		until = &t;
	*until = 0;
	if (e != ERR_OK)
		return e;
	if ((e = door_guard_read(app, &door)) == ERR_OK && door_is_paused(&door, now)) {
		*until = door.paused_until;
		e = ERR_DOOR_PAUSED;
	}
	if (e == ERR_OK && mentor_only && (e = store_person_get(app->db, person_id, &p)) == ERR_OK)
		e = may_sign_in(&p);
	e = db_end_read(app->db, e);
	if (e == ERR_DOOR_PAUSED)
		return e;
	if (e == ERR_OK)
		e = pin_check_guarded(app, person_id, PIN_BY_NAME, pin, now, until, &wrong);
	if (!wrong && e != ERR_LOCKED)
		return e;
	enum rota_err we = door_count_wrong(app, now, &door, &started);
	if (we != ERR_OK)
		return we;
	if (started) {
		*until = door.paused_until;
		return ERR_DOOR_PAUSED;
	}
	return e;
}

enum rota_err app_door_pin_check(struct app *app, long long person_id, const char *pin, time_t now,
                                 time_t *until)
{
	return by_name(app, person_id, false, pin, now, until);
}

enum rota_err app_door_mentor_pin(struct app *app, long long mentor_id, const char *pin, time_t now,
                                  time_t *until)
{
	return by_name(app, mentor_id, true, pin, now, until);
}

enum rota_err app_mentor_sign_in(struct app *app, const char *payload, const char *pin, time_t now,
                                 long long *mentor_id, time_t *until)
{
	struct person p;
	struct door_guard door;
	bool started, wrong = false;
	time_t t = 0;
	if (until == NULL)
		until = &t;
	*until = 0;
	enum rota_err e = app_mentor_by_badge(app, payload, &p);
	if (e == ERR_OK)
		e = may_sign_in(&p);
	if (e == ERR_OK)
		e = pin_check_guarded(app, p.id, PIN_WITH_BADGE, pin, now, until, &wrong);
	if (e == ERR_OK && mentor_id)
		*mentor_id = p.id;
	if (!wrong)
		return e;
	/* Counted for the door like any wrong PIN, but the door's pause never
	 * stops a badge: holding it is what a picked name cannot prove. A try
	 * the badge's own pause refused unchecked is answered at once, without
	 * waiting for the write lock. */
	enum rota_err we = door_count_wrong(app, now, &door, &started);
	return we != ERR_OK ? we : e;
}
