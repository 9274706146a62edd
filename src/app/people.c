/* People use cases. */
#include "app/people.h"

#include <sodium.h>
#include <stdlib.h>
#include <string.h>

#include "store/db.h"
#include "store/people.h"
#include "store/visits.h"
#include "util/date.h"
#include "util/alloc.h"
#include "util/collate.h"
#include "util/i18n.h"
#include "util/log.h"
#include "util/text.h"

const char *app_role_name(enum person_role role) { return _(person_role_label(role)); }

enum rota_err app_person_add(struct app *app, const char *name, enum person_role role,
                             const char *lang, time_t now, long long *id)
{
	struct person p = { .role = role, .is_active = true };
	enum rota_err e = person_name_check(name);
	if (e != ERR_OK)
		return e;
	if (!i18n_is_lang(lang))
		return ERR_INVALID;
	text_copy(p.name, sizeof p.name, name);
	text_copy(p.lang, sizeof p.lang, lang);
	e = db_begin_write(app->db);
	if (e != ERR_OK)
		return e;
	return db_end_write(app->db, store_person_insert(app->db, &p, now, id));
}

enum rota_err app_person_get(struct app *app, long long id, struct person *out)
{
	enum rota_err e = db_begin_read(app->db);
	return e != ERR_OK ? e : db_end_read(app->db, store_person_get(app->db, id, out));
}

enum rota_err app_person_list(struct app *app, bool active_only, struct person **out, size_t *n)
{
	enum rota_err e = db_begin_read(app->db);
	return e != ERR_OK ? e : db_end_read(app->db, store_person_list(app->db, active_only, out, n));
}

/* The first day after `end` on which person id was here, as a refusal of
 * that end as field f; ERR_OK when there is none. */
static enum rota_err visits_after_read(struct app *app, long long id, int end, enum refusal_field f,
                                       struct refusal *why)
{
	size_t after = 0;
	int first;
	enum rota_err e = store_visit_days_of(app->db, id, date_add_days(end, 1), 99991231, &first, 1, &after);
	return e == ERR_OK && after ? refusal_set(why, ERR_VISITS_AFTER_END, f, end, first) : e;
}

enum rota_err app_visits_after(struct app *app, long long id, int end, enum refusal_field f, struct refusal *why)
{
	enum rota_err e = db_begin_read(app->db);
	return e != ERR_OK ? e : db_end_read(app->db, visits_after_read(app, id, end, f, why));
}

enum rota_err app_person_update(struct app *app, long long id, int start, int end, int target_hours,
                                int active, struct refusal *why)
{
	struct person p;
	refusal_set(why, ERR_OK, REFUSAL_NONE, 0, 0);
	enum rota_err e = db_begin_write(app->db);
	if (e != ERR_OK)
		return refusal_code(why, e);
	e = store_person_get(app->db, id, &p);
	if (e == ERR_NOT_FOUND)
		refusal_set(why, e, REFUSAL_PERSON, id, 0);
	if (e == ERR_OK) {
		start = start >= 0 ? start : p.programme_start;
		end = end >= 0 ? end : p.programme_end;
		target_hours = target_hours >= 0 ? target_hours : p.target_hours;
		if (start && end && end < start)
			e = refusal_set(why, ERR_DAYS_RANGE, REFUSAL_END, end, start);
	}
	/* The programme cannot end before days the person was here. */
	if (e == ERR_OK && end && end != p.programme_end)
		e = app_visits_after(app, id, end, REFUSAL_END, why);
	if (e == ERR_OK)
		e = store_person_set_programme(app->db, id, start, end, target_hours);
	if (e == ERR_OK && active >= 0)
		e = store_person_set_active(app->db, id, active != 0);
	return refusal_code(why, db_end_write(app->db, e));
}

static enum rota_err require_participant_read(struct app *app, long long id, struct refusal *why)
{
	struct person p;
	enum rota_err e = store_person_get(app->db, id, &p);
	if (e == ERR_OK && p.role != ROLE_PARTICIPANT)
		e = ERR_NOT_PARTICIPANT;
	return e == ERR_NOT_FOUND || e == ERR_NOT_PARTICIPANT ? refusal_set(why, e, REFUSAL_PERSON, id, 0) : e;
}

enum rota_err app_require_participant(struct app *app, long long id, struct refusal *why)
{
	enum rota_err e = db_begin_read(app->db);
	return e != ERR_OK ? e : db_end_read(app->db, require_participant_read(app, id, why));
}

enum rota_err app_person_set_pin(struct app *app, long long id, const char *pin)
{
	char hash[crypto_pwhash_STRBYTES];
	bool is_min = app->pin_cost == APP_PIN_COST_MIN;
	if (!person_pin_is_well_formed(pin))
		return ERR_PIN_FORMAT;
	if (crypto_pwhash_str(hash, pin, strlen(pin),
	                      is_min ? crypto_pwhash_OPSLIMIT_MIN : crypto_pwhash_OPSLIMIT_INTERACTIVE,
	                      is_min ? crypto_pwhash_MEMLIMIT_MIN : crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0) {
		log_msg(LOG_ERROR, "argon2id hashing ran out of memory");
		return ERR_DB_WRITE;
	}
	enum rota_err e = db_begin_write(app->db);
	if (e != ERR_OK)
		return e;
	return db_end_write(app->db, store_person_set_pin_hash(app->db, id, hash));
}

static enum rota_err person_check_pin_read(struct app *app, long long id, const char *pin, bool *ok)
{
	char hash[crypto_pwhash_STRBYTES];
	*ok = false;
	enum rota_err e = store_person_pin_hash(app->db, id, hash, sizeof hash);
	if (e != ERR_OK || !hash[0] || !person_pin_is_well_formed(pin))
		return e;
	*ok = crypto_pwhash_str_verify(hash, pin, strlen(pin)) == 0;
	return ERR_OK;
}

enum rota_err app_person_check_pin(struct app *app, long long id, const char *pin, bool *ok)
{
	enum rota_err e = db_begin_read(app->db);
	return e != ERR_OK ? e : db_end_read(app->db, person_check_pin_read(app, id, pin, ok));
}

static int by_short_name(const void *a, const void *b)
{
	const struct name_entry *x = a, *y = b;
	int c = collate_sl(x->short_name, strlen(x->short_name), y->short_name, strlen(y->short_name));
	return c ? c : (x->person_id > y->person_id) - (x->person_id < y->person_id);
}

static enum rota_err name_list_read(struct app *app, bool mentors_only, struct name_entry **out, size_t *n)
{
	struct person *people;
	size_t count, len = 0;
	enum rota_err e = store_person_list(app->db, true, &people, &count);
	*out = NULL;
	*n = 0;
	if (e != ERR_OK)
		return e;
	struct name_entry *list = xcalloc(count ? count : 1, sizeof *list);
	for (size_t i = 0; i < count; i++) {
		bool is_mentor = people[i].role != ROLE_PARTICIPANT;
		if (mentors_only ? !is_mentor : people[i].role == ROLE_COORDINATOR)
			continue;
		list[len].person_id = people[i].id;
		list[len].has_pin = people[i].has_pin;
		list[len].is_mentor = is_mentor;
		person_short_name(people[i].name, list[len].short_name, sizeof list[len].short_name);
		len++;
	}
	/* Two "Ana K." are told apart by more of the last name: "Ana Ko.", "Ana Ku.". */
	for (int letters = 2; letters <= 12; letters++) {
		bool clash = false;
		for (size_t i = 0; i < len; i++) {
			for (size_t j = i + 1; j < len; j++) {
				if (strcmp(list[i].short_name, list[j].short_name) != 0)
					continue;
				clash = true;
				for (size_t k = 0; k < count; k++) {
					if (people[k].id == list[i].person_id)
						person_short_name_n(people[k].name, letters, list[i].short_name, sizeof list[i].short_name);
					if (people[k].id == list[j].person_id)
						person_short_name_n(people[k].name, letters, list[j].short_name, sizeof list[j].short_name);
				}
			}
		}
		if (!clash)
			break;
	}
	free(people);
	qsort(list, len, sizeof *list, by_short_name);
	*out = list;
	*n = len;
	return ERR_OK;
}

enum rota_err app_name_list(struct app *app, bool mentors_only, struct name_entry **out, size_t *n)
{
	*out = NULL;
	*n = 0;
	enum rota_err e = db_begin_read(app->db);
	return e != ERR_OK ? e : db_end_read(app->db, name_list_read(app, mentors_only, out, n));
}

enum rota_err app_person_set_name_lang(struct app *app, long long id, const char *name, const char *lang)
{
	struct person before;
	enum rota_err e = name ? person_name_check(name) : ERR_OK;
	if (e != ERR_OK)
		return e;
	if (lang && !i18n_is_lang(lang))
		return ERR_INVALID;
	e = db_begin_write(app->db);
	if (e != ERR_OK)
		return e;
	e = store_person_get(app->db, id, &before);
	if (e == ERR_OK)
		e = store_person_set_name_lang(app->db, id, name, lang);
	e = db_end_write(app->db, e);
	if (e == ERR_OK && name && strcmp(name, before.name) != 0)
		log_msg(LOG_INFO, "person %lld renamed from '%s' to '%s'", id, before.name, name);
	return e;
}
