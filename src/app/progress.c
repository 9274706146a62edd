/* Progress, notes and goals use cases. */
#include "app/progress.h"

#include <stdlib.h>
#include <string.h>

#include "app/mentor.h"
#include "core/person.h"
#include "store/db.h"
#include "store/people.h"
#include "store/progress.h"
#include "util/date.h"
#include "util/i18n.h"
#include "util/text.h"

static bool is_topic(struct app *app, enum progress_kind kind, const char *code)
{
	struct topic *topics;
	size_t n;
	bool found = false;
	if (app_topics(app, &topics, &n) != ERR_OK)
		return false;
	for (size_t i = 0; i < n && !found; i++)
		found = topics[i].kind == kind && !strcmp(topics[i].code, code);
	free(topics);
	return found;
}

static bool is_participant(struct app *app, long long id)
{
	struct person p;
	return store_person_get(app->db, id, &p) == ERR_OK && p.role == ROLE_PARTICIPANT;
}

enum rota_err app_progress_add(struct app *app, long long person_id, enum progress_kind kind,
                               const char *code, int level, int day, long long mentor_id,
                               const char *note, const char *words, time_t now, long long *id,
                               struct refusal *why)
{
	struct progress_entry e = { .person_id = person_id, .kind = kind, .level = level,
		                    .day = day ? day : date_ymd(now), .mentor_id = mentor_id,
		                    .recorded_at = now };
	if (!progress_level_is_valid(level) || !code)
		return refusal_set(why, ERR_INVALID, REFUSAL_NONE, 0, 0);
	enum rota_err bad = refusal_set(why, text_check_optional(note, TEXT_LINES, TEXT_NOTE_CHARS), REFUSAL_NOTE, 0, 0);
	if (bad == ERR_OK)
		bad = refusal_set(why, text_check_optional(words, TEXT_LINES, TEXT_NOTE_CHARS), REFUSAL_WORDS, 0, 0);
	if (bad != ERR_OK)
		return bad;
	refusal_set(why, ERR_OK, REFUSAL_NONE, 0, 0);
	text_copy(e.code, sizeof e.code, code);
	text_copy(e.note, sizeof e.note, note ? note : "");
	text_copy(e.words, sizeof e.words, words ? words : "");
	enum rota_err err = db_begin_write(app->db);
	if (err != ERR_OK)
		return refusal_code(why, err);
	if (!is_topic(app, kind, code))
		err = ERR_UNKNOWN_TOPIC;
	else if (!is_participant(app, person_id))
		err = refusal_set(why, ERR_NOT_PARTICIPANT, REFUSAL_PERSON, person_id, 0);
	if (err == ERR_OK && (err = app_require_mentor(app, mentor_id)) == ERR_NOT_MENTOR)
		refusal_set(why, err, REFUSAL_BY, mentor_id, 0);
	if (err == ERR_OK)
		err = store_progress_insert(app->db, &e, app->terminal, id);
	return refusal_code(why, db_end_write(app->db, err));
}

enum rota_err app_progress_each(struct app *app, long long person_id, progress_fn fn, void *ctx)
{
	enum rota_err e = db_begin_read(app->db);
	return e != ERR_OK ? e : db_end_read(app->db, store_progress_each(app->db, person_id, fn, ctx));
}

enum rota_err app_topics(struct app *app, struct topic **out, size_t *n)
{
	enum rota_err e = db_begin_read(app->db);
	return e != ERR_OK ? e : db_end_read(app->db, store_topics(app->db, out, n));
}

const char *app_topic_name(const struct topic *t) { return topic_name_in(t, i18n_lang()); }

const char *app_level_words(int level) { return _(progress_level_label(level)); }

enum rota_err app_note_add(struct app *app, long long person_id, long long mentor_id, const char *text,
                           bool for_team, time_t now)
{
	struct note n = { .person_id = person_id, .mentor_id = mentor_id, .at = now, .for_team = for_team };
	enum rota_err e = text_check_err(text, TEXT_LINES, TEXT_NOTE_CHARS);
	if (e != ERR_OK)
		return e;
	text_copy(n.text, sizeof n.text, text);
	e = db_begin_write(app->db);
	if (e != ERR_OK)
		return e;
	e = app_require_mentor(app, mentor_id);
	if (e == ERR_OK)
		e = store_note_insert(app->db, &n, app->terminal);
	return db_end_write(app->db, e);
}

enum rota_err app_note_each(struct app *app, long long person_id, note_fn fn, void *ctx)
{
	enum rota_err e = db_begin_read(app->db);
	return e != ERR_OK ? e : db_end_read(app->db, store_note_each(app->db, person_id, fn, ctx));
}

enum rota_err app_goal_add(struct app *app, long long person_id, long long mentor_id, const char *text,
                           time_t now, long long *id)
{
	struct goal g = { .person_id = person_id, .set_by = mentor_id, .set_on = date_ymd(now) };
	enum rota_err e = text_check_err(text, TEXT_LINES, TEXT_NOTE_CHARS);
	if (e != ERR_OK)
		return e;
	text_copy(g.text, sizeof g.text, text);
	e = db_begin_write(app->db);
	if (e != ERR_OK)
		return e;
	e = is_participant(app, person_id) ? app_require_mentor(app, mentor_id) : ERR_NOT_PARTICIPANT;
	if (e == ERR_OK)
		e = store_goal_insert(app->db, &g, now, id);
	return db_end_write(app->db, e);
}

enum rota_err app_goal_set_status(struct app *app, long long goal_id, const char *status,
                                  long long mentor_id, const char *note, time_t now)
{
	static const char *const known[] = { "open", "working", "reached", "changed", "dropped" };
	bool ok = false;
	for (size_t i = 0; status && i < sizeof known / sizeof known[0]; i++)
		ok = ok || !strcmp(status, known[i]);
	if (!ok)
		return ERR_INVALID;
	enum rota_err e = text_check_optional(note, TEXT_LINES, TEXT_NOTE_CHARS);
	if (e != ERR_OK)
		return e;
	e = db_begin_write(app->db);
	if (e != ERR_OK)
		return e;
	e = app_require_mentor(app, mentor_id);
	if (e == ERR_OK)
		e = store_goal_set_status(app->db, goal_id, status, now, mentor_id, note);
	return db_end_write(app->db, e);
}

enum rota_err app_goal_each(struct app *app, long long person_id, goal_fn fn, void *ctx)
{
	enum rota_err e = db_begin_read(app->db);
	return e != ERR_OK ? e : db_end_read(app->db, store_goal_each(app->db, person_id, fn, ctx));
}

const char *app_goal_status_words(const char *status)
{
	if (!strcmp(status, "working"))
		return _("working on it");
	if (!strcmp(status, "reached"))
		return _("reached");
	if (!strcmp(status, "changed"))
		return _("changed");
	if (!strcmp(status, "dropped"))
		return _("set aside");
	return _("new");
}
