/* Mentor sign-in and its lockout. */
#include "app/mentor.h"

#include "app/badge.h"
#include "app/people.h"
#include "core/mentor.h"
#include "store/badges.h"
#include "store/db.h"
#include "store/people.h"

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
