/* Mentor sign-in and the PIN lockouts: each person's, escalating, and the
 * door's as a whole. Every lock and every unlock is logged. */
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

enum rota_err app_require_mentor(struct app *app, long long id)
{
	struct person p;
	enum rota_err e = store_person_get(app->db, id, &p);
	if (e == ERR_NOT_FOUND || (e == ERR_OK && !may_mentor(&p)))
		return ERR_INVALID;
	return e;
}

enum rota_err app_mentor_by_badge(struct app *app, const char *payload, struct person *out)
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

enum rota_err app_pin_check_guarded(struct app *app, long long person_id, const char *pin, time_t now)
{
	struct pin_guard guard;
	bool ok = false;
	/* The slow argon2 check runs before the write lock, so the other
	 * terminals' scans never wait behind it. */
	enum rota_err e = store_person_pin_guard(app->db, person_id, &guard);
	if (e == ERR_OK && mentor_is_locked(&guard, now))
		return ERR_LOCKED;
	if (e == ERR_OK)
		e = app_person_check_pin(app, person_id, pin, &ok);
	if (e != ERR_OK)
		return e;
	/* Read again and count under the lock: two terminals cannot both use
	 * the fifth try, and a try that the other terminal's lockout overtook
	 * counts for nothing. */
	if ((e = db_begin_write(app->db)) != ERR_OK)
		return e;
	e = store_person_pin_guard(app->db, person_id, &guard);
	if (e == ERR_OK && mentor_is_locked(&guard, now))
		e = ERR_LOCKED;
	if (e == ERR_OK) {
		guard = ok ? mentor_after_right_pin() : mentor_after_wrong_pin(guard, now);
		e = store_person_set_pin_guard(app->db, person_id, &guard);
	}
	e = db_end_write(app->db, e);
	if (e != ERR_OK)
		return e;
	if (!ok && mentor_is_locked(&guard, now))
		log_msg(LOG_WARN, "PIN of person %lld paused for %lld minutes after %d wrong tries", person_id,
		        (long long)(guard.locked_until - now) / 60, guard.failures);
	/* The try that locks says so at once, not one try later. */
	return ok ? ERR_OK : mentor_is_locked(&guard, now) ? ERR_LOCKED : ERR_PIN_WRONG;
}

enum rota_err app_mentor_sign_in(struct app *app, long long person_id, const char *pin, time_t now)
{
	struct person p;
	enum rota_err e = store_person_get(app->db, person_id, &p);
	if (e != ERR_OK)
		return e;
	if (!may_mentor(&p))
		return ERR_NOT_MENTOR;
	if (!p.has_pin)
		return ERR_NO_PIN;
	return app_pin_check_guarded(app, person_id, pin, now);
}

enum rota_err app_pin_unlock(struct app *app, long long person_id, bool *was_locked, time_t now)
{
	struct pin_guard guard, open = mentor_after_right_pin();
	enum rota_err e = db_begin_write(app->db);
	if (e != ERR_OK)
		return e;
	e = store_person_pin_guard(app->db, person_id, &guard);
	if (e == ERR_OK)
		e = store_person_set_pin_guard(app->db, person_id, &open);
	e = db_end_write(app->db, e);
	if (e == ERR_OK) {
		*was_locked = mentor_is_locked(&guard, now);
		log_msg(LOG_INFO, "PIN of person %lld unlocked by a coordinator (%s, %d wrong tries)", person_id,
		        *was_locked ? "was paused" : "was not paused", guard.failures);
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

/* Runs check (a person's PIN under their own lockout) under the door's
 * guard: refused while the door is paused, and every wrong try counted. */
static enum rota_err door_guarded(struct app *app, long long person_id, const char *pin, time_t now,
                                  enum rota_err (*check)(struct app *, long long, const char *, time_t))
{
	struct door_guard door;
	enum rota_err e = door_guard_read(app, &door);
	if (e != ERR_OK)
		return e;
	if (door_is_paused(&door, now))
		return ERR_DOOR_PAUSED;
	e = check(app, person_id, pin, now);
	if (e != ERR_PIN_WRONG && e != ERR_LOCKED)
		return e;
	/* Every wrong try counts for the door too, whoever it was for. */
	enum rota_err we = db_begin_write(app->db);
	if (we != ERR_OK)
		return we;
	we = door_guard_read(app, &door);
	if (we == ERR_OK) {
		char text[96];
		door = door_after_wrong_pin(door, now);
		snprintf(text, sizeof text, "%d %lld %lld", door.failures, (long long)door.window_start,
		         (long long)door.paused_until);
		we = store_setting_set(app->db, DOOR_GUARD_KEY, text);
	}
	we = db_end_write(app->db, we);
	if (we != ERR_OK)
		return we;
	if (door.paused_until == now + DOOR_PIN_PAUSE && door.failures == 0) {
		log_msg(LOG_WARN, "checking in by name paused for %d minutes after %d wrong PINs at the door",
		        DOOR_PIN_PAUSE / 60, DOOR_PIN_TRIES);
		return ERR_DOOR_PAUSED;
	}
	return e;
}

enum rota_err app_door_pin_check(struct app *app, long long person_id, const char *pin, time_t now)
{
	return door_guarded(app, person_id, pin, now, app_pin_check_guarded);
}

enum rota_err app_door_mentor_pin(struct app *app, long long mentor_id, const char *pin, time_t now)
{
	return door_guarded(app, mentor_id, pin, now, app_mentor_sign_in);
}
