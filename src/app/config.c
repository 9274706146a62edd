/* The workshop's settings: each one's kind, its range and fallback, its
 * check, and the calm sentence that names its rule when a value is
 * refused. Values are stored as text (store/settings.h); one that no rota
 * would write (a file edited by hand, an older rota's range) is read as
 * its fallback, so the kiosk always runs on values inside the ranges. */
#include "app/app.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/absence.h"
#include "core/calendar.h"
#include "core/month.h"
#include "out/err_words.h"
#include "store/settings.h"
#include "util/date.h"
#include "util/i18n.h"
#include "util/text.h"

enum setting_kind { SET_TEXT, SET_NOTE, SET_SECONDS, SET_BOOL, SET_LANG, SET_TIME, SET_COUNT, SET_NAME_NEEDS,
	            SET_COUNTRY, SET_WEEKDAYS, SET_REASONS, SET_DOOR_SOUND, SET_AMOUNT };

static const struct setting {
	const char *key;
	enum setting_kind kind;
	const char *fallback;
	int min, max;         /* the range of SET_SECONDS and SET_COUNT; of SET_AMOUNT in cents */
} settings[] = {
	{ "workshop_name", SET_TEXT, "rota", 0, 0 },
	{ "provider_name", SET_NOTE, "", 0, 0 },
	{ "programme_name", SET_NOTE, "", 0, 0 },
	{ "participants_sign", SET_BOOL, "on", 0, 0 },
	{ "kiosk_lang", SET_LANG, "", 0, 0 },
	{ "scan_guard_seconds", SET_SECONDS, "120", 0, 3600 },
	{ "undo_seconds", SET_SECONDS, "10", 3, 120 },
	{ "greeting_seconds", SET_SECONDS, "30", 3, 300 },
	{ "idle_seconds", SET_SECONDS, "60", 15, 3600 },
	{ "name_list", SET_BOOL, "on", 0, 0 },
	{ "mentor_idle_seconds", SET_SECONDS, "120", 30, 900 },
	{ "closing_time", SET_TIME, "16:00", 0, 0 },
	{ "absence_days", SET_COUNT, "2", 1, 60 },
	{ "target_hours", SET_COUNT, "60", 1, 5000 },
	{ "demo", SET_BOOL, "off", 0, 0 },
	{ "name_checkin_needs", SET_NAME_NEEDS, "pin", 0, 0 },
	{ "country", SET_COUNTRY, "si", 0, 0 },
	{ "workshop_days", SET_WEEKDAYS, "mon,tue,wed,thu,fri", 0, 0 },
	{ "absence_reasons", SET_REASONS, "illness,appointment,job_interview,family,other", 0, 0 },
	{ "door_sound", SET_DOOR_SOUND, "off", 0, 0 },
	{ "door_says_names", SET_BOOL, "off", 0, 0 },
	{ "allowance_per_hour", SET_AMOUNT, "0", 0, 100000 },
	{ "allowance_transport_per_day", SET_AMOUNT, "0", 0, 10000 },
	{ "allowance_meal_per_day", SET_AMOUNT, "0", 0, 10000 },
	{ "allowance_meal_min_hours", SET_COUNT, "4", 1, 24 },
	{ "outbox_keep_days", SET_COUNT, "30", 0, 365 },
	{ "summary_min_count", SET_COUNT, "5", 2, 100 },
};
#define NSETTINGS ((int)(sizeof settings / sizeof settings[0]))

/* A whole number in [min, max], digits only: no sign, no spaces, no
 * "1e3", no overflow. */
static bool parse_number(const char *s, int min, int max, int *out)
{
	long v = 0;
	if (!*s || strlen(s) > 9)
		return false;
	for (const char *c = s; *c; c++) {
		if (*c < '0' || *c > '9')
			return false;
		v = v * 10 + (*c - '0');
	}
	if (v < min || v > max)
		return false;
	*out = (int)v;
	return true;
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

static const char *const door_sound_words[] = { "off", "tones", "speech" };

static bool door_sound_parse(const char *s, int *out)
{
	for (int i = 0; i < 3; i++)
		if (!strcmp(s, door_sound_words[i])) {
			*out = i;
			return true;
		}
	return false;
}

static bool value_is_valid(const struct setting *st, const char *value)
{
	int n;
	switch (st->kind) {
	case SET_TIME: return date_parse_hm(value, &n);
	case SET_COUNT:
	case SET_SECONDS: return parse_number(value, st->min, st->max, &n);
	case SET_TEXT: return text_check(value, TEXT_LINE, TEXT_NAME_CHARS) == TEXT_OK;
	case SET_NOTE: return !*value || text_check(value, TEXT_LINE, TEXT_NAME_CHARS) == TEXT_OK;
	case SET_BOOL: return !strcmp(value, "on") || !strcmp(value, "off");
	case SET_LANG: return !*value || i18n_is_lang(value);
	case SET_NAME_NEEDS: return name_needs_parse(value, &n);
	case SET_COUNTRY: return calendar_country_parse(value, &(enum cal_country){ CAL_SI });
	case SET_WEEKDAYS: return calendar_workdays_parse(value, &(unsigned){ 0 });
	case SET_REASONS: return absence_reasons_are_valid(value);
	case SET_DOOR_SOUND: return door_sound_parse(value, &n);
	case SET_AMOUNT: {
		long cents;
		return month_parse_cents(value, &cents) && cents >= st->min && cents <= st->max;
	}
	}
	return false;
}

static const struct setting *setting_find(const char *key)
{
	for (int i = 0; i < NSETTINGS; i++)
		if (!strcmp(settings[i].key, key))
			return &settings[i];
	return NULL;
}

/* Stores value, already checked, in cfg. */
static void apply(struct app_config *cfg, const struct setting *st, const char *value)
{
	int *num = NULL;
	if (!strcmp(st->key, "workshop_name"))
		text_copy(cfg->workshop, sizeof cfg->workshop, value);
	else if (!strcmp(st->key, "provider_name"))
		text_copy(cfg->provider, sizeof cfg->provider, value);
	else if (!strcmp(st->key, "programme_name"))
		text_copy(cfg->programme, sizeof cfg->programme, value);
	else if (!strcmp(st->key, "participants_sign"))
		cfg->participants_sign = !strcmp(value, "on");
	else if (!strcmp(st->key, "kiosk_lang"))
		text_copy(cfg->kiosk_lang, sizeof cfg->kiosk_lang, value);
	else if (!strcmp(st->key, "name_list"))
		cfg->has_name_list = !strcmp(value, "on");
	else if (!strcmp(st->key, "name_checkin_needs")) {
		int need = NAME_NEEDS_PIN;
		name_needs_parse(value, &need);
		cfg->name_needs = (enum name_needs)need;
	}
	else if (!strcmp(st->key, "door_sound")) {
		int sound = APP_SOUND_OFF;
		door_sound_parse(value, &sound);
		cfg->door_sound = (enum app_sound)sound;
	}
	else if (!strcmp(st->key, "door_says_names"))
		cfg->door_says_names = !strcmp(value, "on");
	else if (!strcmp(st->key, "demo"))
		cfg->is_demo = !strcmp(value, "on");
	else if (!strcmp(st->key, "scan_guard_seconds"))
		num = &cfg->guard_s;
	else if (!strcmp(st->key, "undo_seconds"))
		num = &cfg->undo_s;
	else if (!strcmp(st->key, "greeting_seconds"))
		num = &cfg->greeting_s;
	else if (!strcmp(st->key, "idle_seconds"))
		num = &cfg->idle_s;
	else if (!strcmp(st->key, "mentor_idle_seconds"))
		num = &cfg->mentor_idle_s;
	else if (!strcmp(st->key, "closing_time"))
		date_parse_hm(value, &cfg->closing_minutes);
	else if (!strcmp(st->key, "absence_days"))
		num = &cfg->absence_days;
	else if (!strcmp(st->key, "target_hours"))
		num = &cfg->target_hours;
	else if (!strcmp(st->key, "outbox_keep_days"))
		num = &cfg->outbox_keep_days;
	else if (!strcmp(st->key, "summary_min_count"))
		num = &cfg->summary_min_count;
	else if (!strcmp(st->key, "country"))
		calendar_country_parse(value, &cfg->country);
	else if (!strcmp(st->key, "workshop_days"))
		calendar_workdays_parse(value, &cfg->workdays);
	else if (!strcmp(st->key, "absence_reasons"))
		text_copy(cfg->absence_reasons, sizeof cfg->absence_reasons, value);
	else if (!strcmp(st->key, "allowance_per_hour"))
		month_parse_cents(value, &cfg->allowance_hour_cents);
	else if (!strcmp(st->key, "allowance_transport_per_day"))
		month_parse_cents(value, &cfg->allowance_transport_cents);
	else if (!strcmp(st->key, "allowance_meal_per_day"))
		month_parse_cents(value, &cfg->allowance_meal_cents);
	else if (!strcmp(st->key, "allowance_meal_min_hours"))
		num = &cfg->allowance_meal_hours;
	if (num)
		parse_number(value, st->min, st->max, num);
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
	enum rota_err e = db_begin_read(app->db);
	if (e != ERR_OK)
		return e;
	for (int i = 0; e == ERR_OK && i < NSETTINGS; i++) {
		char value[TEXT_BYTES(TEXT_NAME_CHARS)];
		if ((e = setting_value(app, i, value, sizeof value)) == ERR_OK)
			apply(&app->cfg, &settings[i], value);
	}
	return db_end_read(app->db, e);
}

enum rota_err app_config_set(struct app *app, const char *key, const char *value)
{
	const struct setting *st = setting_find(key);
	if (!st)
		return ERR_INVALID;
	/* "" may be a value (kiosk_lang), never a text (workshop_name) */
	enum rota_err e = st->kind == SET_TEXT ? text_check_err(value, TEXT_LINE, TEXT_NAME_CHARS)
	                                       : text_check_optional(value, TEXT_LINE, TEXT_NAME_CHARS);
	if (e != ERR_OK)
		return e;
	if (!value_is_valid(st, value))
		return ERR_INVALID;
	e = db_begin_write(app->db);
	if (e != ERR_OK)
		return e;
	e = db_end_write(app->db, store_setting_set(app->db, key, value));
	if (e == ERR_OK)
		apply(&app->cfg, st, value);
	return e;
}

bool app_config_item(const struct app *app, int i, const char **key, char *value, size_t n)
{
	if (i < 0 || i >= NSETTINGS)
		return false;
	*key = settings[i].key;
	enum rota_err e = db_begin_read(app->db);
	if (e == ERR_OK)
		e = db_end_read(app->db, setting_value(app, i, value, n));
	if (e != ERR_OK)
		snprintf(value, n, "%s", settings[i].fallback);
	return true;
}

bool app_config_default(int i, const char **key, const char **fallback)
{
	if (i < 0 || i >= NSETTINGS)
		return false;
	*key = settings[i].key;
	*fallback = settings[i].fallback;
	return true;
}

void app_config_rule(const char *key, char *out, size_t n)
{
	const struct setting *st = setting_find(key);
	if (!st) {
		char shown[256]; /* as typed, never raw to the terminal */
		snprintf(out, n, _("'%s' is not a setting. 'rota config list' shows them all."),
		         text_escape(shown, sizeof shown, key, false));
		return;
	}
	switch (st->kind) {
	case SET_SECONDS:
		snprintf(out, n, _("%s takes a whole number of seconds from %d to %d."), key, st->min, st->max);
		return;
	case SET_COUNT:
		snprintf(out, n, _("%s takes a whole number from %d to %d."), key, st->min, st->max);
		return;
	case SET_TEXT: snprintf(out, n, _("%s takes 1 to 100 characters of text."), key); return;
	case SET_NOTE: snprintf(out, n, _("%s takes up to 100 characters of text (nothing: not shown)."), key); return;
	case SET_BOOL: snprintf(out, n, _("%s takes on or off."), key); return;
	case SET_LANG: snprintf(out, n, _("%s takes sl, hr or en (or nothing, for Slovenian)."), key); return;
	case SET_TIME: snprintf(out, n, _("%s takes a time of day, such as 16:00."), key); return;
	case SET_NAME_NEEDS: snprintf(out, n, _("%s takes pin, mentor or none."), key); return;
	case SET_COUNTRY: snprintf(out, n, _("%s takes si or hr."), key); return;
	case SET_DOOR_SOUND: snprintf(out, n, _("%s takes off, tones or speech."), key); return;
	case SET_AMOUNT:
		snprintf(out, n, _("%s takes an amount in euros from %d.%02d to %d.%02d, with at most two decimals after a point, such as 2.50."),
		         key, st->min / 100, st->min % 100, st->max / 100, st->max % 100);
		return;
	case SET_WEEKDAYS:
		snprintf(out, n, _("%s takes days of the week, each once, such as mon,tue,wed,thu,fri."), key);
		return;
	case SET_REASONS:
		snprintf(out, n, _("%s takes 1 to 9 codes of a-z, 0-9 and _ (at most 15 each), each once, separated by commas."), key);
		return;
	}
	snprintf(out, n, "%s", err_message(ERR_INVALID));
}
