/* Opening the application and its settings. */
#include "app/app.h"

#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/badge_key.h"
#include "store/db.h"
#include "core/absence.h"
#include "core/calendar.h"
#include "store/settings.h"
#include "util/alloc.h"
#include "util/date.h"
#include "util/i18n.h"
#include "util/log.h"
#include "util/text.h"

enum setting_kind { SET_TEXT, SET_SECONDS, SET_BOOL, SET_LANG, SET_TIME, SET_COUNT, SET_NAME_NEEDS,
	            SET_COUNTRY, SET_WEEKDAYS, SET_REASONS };

static const struct setting {
	const char *key;
	enum setting_kind kind;
	const char *fallback;
} settings[] = {
	{ "workshop_name", SET_TEXT, "rota" },
	{ "kiosk_lang", SET_LANG, "" },
	{ "scan_guard_seconds", SET_SECONDS, "120" },
	{ "undo_seconds", SET_SECONDS, "10" },
	{ "greeting_seconds", SET_SECONDS, "30" },
	{ "idle_seconds", SET_SECONDS, "60" },
	{ "name_list", SET_BOOL, "on" },
	{ "mentor_idle_seconds", SET_SECONDS, "120" },
	{ "closing_time", SET_TIME, "16:00" },
	{ "absence_days", SET_COUNT, "2" },
	{ "target_hours", SET_COUNT, "60" },
	{ "demo", SET_BOOL, "off" },
	{ "name_checkin_needs", SET_NAME_NEEDS, "pin" },
	{ "country", SET_COUNTRY, "si" },
	{ "workshop_days", SET_WEEKDAYS, "mon,tue,wed,thu,fri" },
	{ "absence_reasons", SET_REASONS, "illness,appointment,job_interview,family,other" },
};
#define NSETTINGS ((int)(sizeof settings / sizeof settings[0]))

static bool parse_seconds(const char *s, int *out)
{
	char *end;
	long v = strtol(s, &end, 10);
	if (!*s || *end || v < 0 || v > 86400)
		return false;
	*out = (int)v;
	return true;
}

static bool parse_count(const char *s, int *out)
{
	return parse_seconds(s, out) && *out >= 1 && *out <= 10000;
}

static const char *const name_needs_words[] = { "pin", "mentor", "none" };

static bool name_needs_parse(const char *s, int *out)
{
	for (int i = 0; i < 3; i++)
		if (!strcmp(s, name_needs_words[i])) {
			*out = i;
			return true;
		}
	return false;
}

static bool value_is_valid(const struct setting *st, const char *value)
{
	int secs;
	switch (st->kind) {
	case SET_TIME: return date_parse_hm(value, &secs);
	case SET_COUNT: return parse_count(value, &secs);
	case SET_TEXT: return *value && strlen(value) < 100 && text_width(value) > 0;
	case SET_SECONDS: return parse_seconds(value, &secs);
	case SET_BOOL: return !strcmp(value, "on") || !strcmp(value, "off");
	case SET_LANG: return !*value || i18n_is_lang(value);
	case SET_NAME_NEEDS: return name_needs_parse(value, &secs);
	case SET_COUNTRY: return calendar_country_parse(value, &(enum cal_country){ CAL_SI });
	case SET_WEEKDAYS: return calendar_workdays_parse(value, &(unsigned){ 0 });
	case SET_REASONS: return absence_reasons_are_valid(value);
	}
	return false;
}

static void apply(struct app_config *cfg, const struct setting *st, const char *value)
{
	int *secs = NULL;
	if (!strcmp(st->key, "workshop_name"))
		text_copy(cfg->workshop, sizeof cfg->workshop, value);
	else if (!strcmp(st->key, "kiosk_lang"))
		text_copy(cfg->kiosk_lang, sizeof cfg->kiosk_lang, value);
	else if (!strcmp(st->key, "name_list"))
		cfg->has_name_list = !strcmp(value, "on");
	else if (!strcmp(st->key, "name_checkin_needs")) {
		int need = NAME_NEEDS_PIN;
		name_needs_parse(value, &need);
		cfg->name_needs = (enum name_needs)need;
	}
	else if (!strcmp(st->key, "demo"))
		cfg->is_demo = !strcmp(value, "on");
	else if (!strcmp(st->key, "scan_guard_seconds"))
		secs = &cfg->guard_s;
	else if (!strcmp(st->key, "undo_seconds"))
		secs = &cfg->undo_s;
	else if (!strcmp(st->key, "greeting_seconds"))
		secs = &cfg->greeting_s;
	else if (!strcmp(st->key, "idle_seconds"))
		secs = &cfg->idle_s;
	else if (!strcmp(st->key, "mentor_idle_seconds"))
		secs = &cfg->mentor_idle_s;
	else if (!strcmp(st->key, "closing_time"))
		date_parse_hm(value, &cfg->closing_minutes);
	else if (!strcmp(st->key, "absence_days"))
		parse_count(value, &cfg->absence_days);
	else if (!strcmp(st->key, "target_hours"))
		parse_count(value, &cfg->target_hours);
	else if (!strcmp(st->key, "country"))
		calendar_country_parse(value, &cfg->country);
	else if (!strcmp(st->key, "workshop_days"))
		calendar_workdays_parse(value, &cfg->workdays);
	else if (!strcmp(st->key, "absence_reasons"))
		text_copy(cfg->absence_reasons, sizeof cfg->absence_reasons, value);
	if (secs)
		parse_seconds(value, secs);
}

/* Reads setting i as stored, or its fallback when it is not stored or not
 * valid (a file written by hand, or by an older rota). */
static enum rota_err setting_value(const struct app *app, int i, char *value, size_t n)
{
	bool found = false;
	enum rota_err e = store_setting_get(app->db, settings[i].key, value, n, &found);
	if (e == ERR_OK && (!found || !value_is_valid(&settings[i], value)))
		snprintf(value, n, "%s", settings[i].fallback);
	return e;
}

enum rota_err app_config_load(struct app *app)
{
	for (int i = 0; i < NSETTINGS; i++) {
		char value[128];
		enum rota_err e = setting_value(app, i, value, sizeof value);
		if (e != ERR_OK)
			return e;
		apply(&app->cfg, &settings[i], value);
	}
	return ERR_OK;
}

enum rota_err app_config_set(struct app *app, const char *key, const char *value)
{
	for (int i = 0; i < NSETTINGS; i++) {
		if (strcmp(settings[i].key, key) != 0)
			continue;
		if (!value_is_valid(&settings[i], value))
			return ERR_INVALID;
		enum rota_err e = db_begin_write(app->db);
		if (e != ERR_OK)
			return e;
		e = db_end_write(app->db, store_setting_set(app->db, key, value));
		if (e == ERR_OK)
			apply(&app->cfg, &settings[i], value);
		return e;
	}
	return ERR_INVALID;
}

bool app_config_item(const struct app *app, int i, const char **key, char *value, size_t n)
{
	if (i < 0 || i >= NSETTINGS)
		return false;
	*key = settings[i].key;
	if (setting_value(app, i, value, n) != ERR_OK)
		snprintf(value, n, "%s", settings[i].fallback);
	return true;
}

const char *app_kiosk_lang(const struct app *app)
{
	return app->cfg.kiosk_lang[0] ? app->cfg.kiosk_lang : "sl"; /* the workshop's language */
}

enum rota_err app_open(const char *path, bool create, const char *terminal, struct app **out)
{
	*out = NULL;
	if (sodium_init() < 0) {
		log_msg(LOG_ERROR, "libsodium could not start");
		return ERR_DB_OPEN;
	}
	struct db *db;
	enum rota_err e = db_open(path, create, &db);
	if (e == ERR_OK)
		e = app_open_db(db, terminal, out);
	if (e == ERR_OK && (e = badge_key_load(*out, path)) != ERR_OK) {
		app_close(*out);
		*out = NULL;
	}
	return e;
}

enum rota_err app_open_db(struct db *db, const char *terminal, struct app **out)
{
	*out = NULL;
	struct app *app = xcalloc(1, sizeof *app);
	text_copy(app->terminal, sizeof app->terminal, terminal && *terminal ? terminal : "kiosk");
	app->db = db;
	enum rota_err e = app_config_load(app);
	if (e != ERR_OK) {
		app_close(app);
		return e;
	}
	*out = app;
	return ERR_OK;
}

void app_close(struct app *app)
{
	if (!app)
		return;
	db_close(app->db);
	sodium_memzero(app->badge_key, sizeof app->badge_key);
	free(app);
}
