/* The application: one open database plus the workshop's settings. Every
 * use case (app_scan, app_person_add, ...) takes a struct app and the time,
 * and owns its transaction. */
#ifndef ROTA_APP_APP_H
#define ROTA_APP_APP_H

#include <stdbool.h>
#include <stddef.h>
#include <time.h>

#include "core/calendar.h"
#include "util/err.h"
#include "util/text.h"

struct db;

/* What checking in by name (the forgotten-card list) asks for. */
enum name_needs {
	NAME_NEEDS_PIN,     /* the person's PIN; without one, a mentor confirms */
	NAME_NEEDS_MENTOR,  /* always a mentor's confirmation */
	NAME_NEEDS_NONE,    /* the PIN where the person has one, else nothing */
};

/* What the door sounds like after a scan (door_sound). */
enum app_sound {
	APP_SOUND_OFF,     /* silent */
	APP_SOUND_TONES,   /* a rising tone in, a falling one out, a low one for "see your mentor" */
	APP_SOUND_SPEECH,  /* a few words in the person's language (eSpeak NG) */
};

struct app_config {
	char workshop[TEXT_BYTES(TEXT_NAME_CHARS)];   /* shown on the home screen */
	char provider[TEXT_BYTES(TEXT_NAME_CHARS)];   /* who runs the programme, on its lists; "" */
	char programme[TEXT_BYTES(TEXT_NAME_CHARS)];  /* the programme's name, on its lists; "" */
	bool participants_sign;  /* the attendance list has a column for each participant to sign */
	char kiosk_lang[3];   /* "" = Slovenian, the workshop's language */
	int guard_s;          /* a repeat scan within this changes nothing */
	int undo_s;           /* how long the greeting offers U (undo) and S (own view) */
	int greeting_s;       /* the greeting returns home after this */
	int idle_s;           /* any other screen returns home after this */
	bool has_name_list;   /* the "forgot your card" list is offered */
	int mentor_idle_s;    /* mentor mode returns home after this */
	int closing_minutes;  /* the workshop closes at this minute of the day */
	int absence_days;     /* workshop days away before the review asks */
	int target_hours;     /* a programme's hours unless a person has their own */
	bool is_demo;         /* a demo workshop (rota init --demo): Ctrl-Q leaves the kiosk */
	enum name_needs name_needs; /* what checking in by name needs */
	enum cal_country country; /* whose public holidays the workshop keeps */
	unsigned workdays;    /* the weekdays it works, bit 0 Monday */
	char absence_reasons[128]; /* the reasons an absence may give, comma-separated codes */
	enum app_sound door_sound; /* the door's sound after a scan */
	bool door_says_names; /* speech says the person's first name */
	long allowance_hour_cents;      /* the allowance per hour of presence */
	long allowance_transport_cents; /* transport per day present, unless a person has their own */
	long allowance_meal_cents;      /* a meal per day of at least allowance_meal_hours */
	int allowance_meal_hours;
	int outbox_keep_days; /* days a change the centre confirmed stays in the outbox */
	int summary_min_count; /* the summary shows a count below this as "<N" */
	bool esf_special_fields; /* the programme records the special-category entry fields */
};

#define APP_BADGE_KEY_BYTES 32

/* The cost a PIN is hashed at (argon2id). The binary always uses the
 * interactive cost; only the tests' rigs lower it to libsodium's minimum, so
 * a rig that seeds the demo's mentors takes milliseconds, not seconds. */
enum app_pin_cost {
	APP_PIN_COST_INTERACTIVE, /* the default: what guards a mentor's PIN */
	APP_PIN_COST_MIN,         /* tests only: the same hash, at the least cost */
};

struct app {
	struct db *db;
	struct app_config cfg;
	char terminal[TEXT_BYTES(TEXT_TERMINAL_CHARS)];
	unsigned char badge_key[APP_BADGE_KEY_BYTES]; /* from PATH.key, see app/badge_key.h */
	enum app_pin_cost pin_cost; /* APP_PIN_COST_INTERACTIVE unless a test rig set it */
	bool records_damaged; /* this process's full check found damage (app/records_check.h) */
};

/* Opens the database at path (created with create), its badge key file and
 * the settings.
 * terminal names this kiosk in the records (NULL: "kiosk"). On success *out
 * is owned by the caller; free with app_close(). */
enum rota_err app_open(const char *path, bool create, const char *terminal, struct app **out);
/* Opens an app on db, which it then owns (also on failure): the settings,
 * no badge key (such an app checks no badge). For a copy of records made in
 * memory (app/central.h). */
enum rota_err app_open_db(struct db *db, const char *terminal, struct app **out);
/* Closes the database and frees app. NULL is fine. */
void app_close(struct app *app);
/* Gives back to the system what a mentor's screens took (the records'
 * page cache, the heap's free memory): the door needs little and may wait
 * there all day. */
void app_release_memory(struct app *app);
/* Reloads the settings from the database into app->cfg. */
enum rota_err app_config_load(struct app *app);
/* Sets one setting after checking its value; ERR_INVALID for an unknown key
 * or a bad value (nothing changes then). */
enum rota_err app_config_set(struct app *app, const char *key, const char *value);
/* Writes into out (n bytes) the calm sentence that names what key takes
 * (its range, its words), or that no setting has that name: what to say
 * when app_config_set refused a value. */
void app_config_rule(const char *key, char *out, size_t n);
/* Writes the current value of setting number i into key/value (for listing);
 * returns false past the last one. */
bool app_config_item(const struct app *app, int i, const char **key, char *value, size_t n);
/* Writes the name of setting number i into key and the value rota uses
 * while none is stored (its default) into fallback; returns false past the
 * last one. Needs no database: the manual's settings are made from these
 * when rota is built (tools/man_page.c), so it says what rota does. */
bool app_config_default(int i, const char **key, const char **fallback);
/* Checks reason, a one-line reason that may be left out (NULL or ""; else
 * up to TEXT_REASON_CHARS, or its ERR_TEXT_*), and then begins a write on
 * app's database. ERR_OK: the write is open and the caller ends it with
 * db_end_write(); else nothing is open. For the use cases that record why
 * a mentor changed something. */
enum rota_err app_begin_write_with_reason(struct app *app, const char *reason);
/* Returns the language the kiosk speaks by default: the kiosk_lang setting,
 * else Slovenian, the workshop's language (never the environment's). */
const char *app_kiosk_lang(const struct app *app);

#endif
