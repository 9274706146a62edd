/* Entry data, outcomes and team meetings use cases. */
#include "app/entry.h"

#include <string.h>

#include "app/mentor.h"
#include "app/people.h"
#include "store/db.h"
#include "store/entry.h"
#include "store/people.h"
#include "store/visits.h"
#include "util/date.h"
#include "util/i18n.h"
#include "util/text.h"

static enum rota_err require_coordinator_read(struct app *app, long long id)
{
	struct person p;
	enum rota_err e = store_person_get(app->db, id, &p);
	if (e == ERR_NOT_FOUND || (e == ERR_OK && (p.role != ROLE_COORDINATOR || !p.is_active)))
		return ERR_NOT_COORDINATOR;
	return e;
}

enum rota_err app_require_coordinator(struct app *app, long long id)
{
	enum rota_err e = db_begin_read(app->db);
	return e != ERR_OK ? e : db_end_read(app->db, require_coordinator_read(app, id));
}

enum rota_err app_entry_set(struct app *app, long long person_id, const char *const values[ENTRY_NFIELDS],
                            long long by, time_t now, struct refusal *why)
{
	for (int f = 0; f < ENTRY_NFIELDS; f++)
		if (values[f] && !entry_value_is_valid((enum entry_field)f, values[f]))
			return refusal_set(why, ERR_ENTRY_VALUE, REFUSAL_ENTRY, f, 0);
	for (int f = ENTRY_FIRST_SPECIAL; f < ENTRY_NFIELDS; f++)
		if (values[f] && !app->cfg.esf_special_fields)
			return refusal_set(why, ERR_ENTRY_SPECIAL_OFF, REFUSAL_ENTRY, f, 0);
	refusal_set(why, ERR_OK, REFUSAL_NONE, 0, 0);
	enum rota_err e = db_begin_write(app->db);
	if (e != ERR_OK)
		return refusal_code(why, e);
	struct entry_data now_data;
	e = app_require_participant(app, person_id, why);
	if (e == ERR_OK && (e = app_require_coordinator(app, by)) == ERR_NOT_COORDINATOR)
		refusal_set(why, e, REFUSAL_BY, by, 0);
	if (e == ERR_OK)
		e = store_entry_get(app->db, person_id, &now_data);
	/* Nobody leaves before a day they were here. */
	int exit_day = 0;
	if (e == ERR_OK && values[ENTRY_EXIT_DATE] && values[ENTRY_EXIT_DATE][0] &&
	    date_parse_ymd(values[ENTRY_EXIT_DATE], &exit_day))
		e = app_visits_after(app, person_id, exit_day, REFUSAL_EXIT, why);
	struct change c = { .at = now, .by = by, .terminal = app->terminal };
	for (int f = 0; e == ERR_OK && f < ENTRY_NFIELDS; f++)
		if (values[f] && strcmp(values[f], now_data.value[f]))
			e = store_entry_set(app->db, person_id, (enum entry_field)f, values[f], &c);
	return refusal_code(why, db_end_write(app->db, e));
}

enum rota_err app_entry_get(struct app *app, long long person_id, struct entry_data *out)
{
	enum rota_err e = db_begin_read(app->db);
	return e != ERR_OK ? e : db_end_read(app->db, store_entry_get(app->db, person_id, out));
}

/* Whether `by` may see the special-category fields; inside a read. */
static bool sees_special(struct app *app, long long by)
{
	return app->cfg.esf_special_fields && by > 0 && require_coordinator_read(app, by) == ERR_OK;
}

bool app_entry_sees_special(struct app *app, long long by)
{
	return app->cfg.esf_special_fields && by > 0 && app_require_coordinator(app, by) == ERR_OK;
}

enum rota_err app_entry_get_for(struct app *app, long long person_id, long long by, struct entry_data *out)
{
	enum rota_err e = db_begin_read(app->db);
	if (e != ERR_OK)
		return e;
	e = store_entry_get(app->db, person_id, out);
	if (e == ERR_OK && !sees_special(app, by))
		for (int f = ENTRY_FIRST_SPECIAL; f < ENTRY_NFIELDS; f++)
			out->value[f][0] = '\0';
	return db_end_read(app->db, e);
}

struct history_filter {
	entry_change_fn fn;
	void *ctx;
};

static void history_plain(const struct entry_change *c, void *ctx)
{
	const struct history_filter *h = ctx;
	if (!entry_field_is_special(c->field))
		h->fn(c, h->ctx);
}

enum rota_err app_entry_history_each_for(struct app *app, long long person_id, long long by, entry_change_fn fn,
                                         void *ctx)
{
	enum rota_err e = db_begin_read(app->db);
	if (e != ERR_OK)
		return e;
	struct history_filter h = { fn, ctx };
	e = sees_special(app, by) ? store_entry_history_each(app->db, person_id, fn, ctx)
	                          : store_entry_history_each(app->db, person_id, history_plain, &h);
	return db_end_read(app->db, e);
}

enum rota_err app_entry_history_each(struct app *app, long long person_id, entry_change_fn fn, void *ctx)
{
	enum rota_err e = db_begin_read(app->db);
	return e != ERR_OK ? e : db_end_read(app->db, store_entry_history_each(app->db, person_id, fn, ctx));
}

const char *app_entry_value_words(enum entry_field f, const char *value)
{
	const char *label = entry_value_label(f, value);
	return label[0] && label != value ? _(label) : label;
}

enum rota_err app_meeting_add(struct app *app, const struct meeting *m, long long by, time_t now, long long *id)
{
	struct meeting rec = *m;
	enum rota_err bad = text_check_err(m->with, TEXT_LINES, TEXT_NOTE_CHARS);
	if (bad == ERR_OK)
		bad = text_check_err(m->agreed, TEXT_LINES, TEXT_NOTE_CHARS);
	if (bad != ERR_OK)
		return bad;
	if ((m->day && !date_is_valid(m->day)) || !meeting_kind_code(m->kind)[0])
		return ERR_INVALID;
	if (!rec.day)
		rec.day = date_ymd(now);
	enum rota_err e = db_begin_write(app->db);
	if (e != ERR_OK)
		return e;
	e = app_require_participant(app, m->person_id, NULL);
	if (e == ERR_OK)
		e = app_require_mentor(app, by);
	struct change c = { .at = now, .by = by, .terminal = app->terminal };
	if (e == ERR_OK)
		e = store_meeting_insert(app->db, &rec, &c, id);
	return db_end_write(app->db, e);
}

enum rota_err app_meeting_each(struct app *app, long long person_id, meeting_fn fn, void *ctx)
{
	enum rota_err e = db_begin_read(app->db);
	return e != ERR_OK ? e : db_end_read(app->db, store_meeting_each(app->db, person_id, fn, ctx));
}
