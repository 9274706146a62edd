/* Opening and closing the application (its settings: app/config.c). */
#include "app/app.h"

#include <malloc.h>
#include <sodium.h>
#include <stdlib.h>

#include "app/badge_key.h"
#include "store/db.h"
#include "util/alloc.h"
#include "util/log.h"
#include "util/text.h"

const char *app_kiosk_lang(const struct app *app)
{
	return app->cfg.kiosk_lang[0] ? app->cfg.kiosk_lang : "sl"; /* the workshop's language */
}

enum rota_err app_begin_write_with_reason(struct app *app, const char *reason)
{
	enum rota_err e = text_check_optional(reason, TEXT_LINE, TEXT_REASON_CHARS);
	return e != ERR_OK ? e : db_begin_write(app->db);
}

enum rota_err app_open(const char *path, bool create, const char *terminal, struct app **out)
{
	*out = NULL;
	if (sodium_init() < 0) {
		log_msg(LOG_ERROR, "libsodium could not start");
		return ERR_DB_OPEN;
	}
	if (terminal && *terminal) {
		enum rota_err bad = text_check_err(terminal, TEXT_LINE, TEXT_TERMINAL_CHARS);
		if (bad != ERR_OK)
			return bad;
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
	/* Each use case runs in one transaction; a build that checks it
	 * (ROTA_CHECK_SNAPSHOT) dies at a statement outside one. */
	db_hold_to_transactions(db, true);
	enum rota_err e = app_config_load(app);
	if (e != ERR_OK) {
		app_close(app);
		return e;
	}
	*out = app;
	return ERR_OK;
}

void app_release_memory(struct app *app)
{
	if (app)
		db_release_memory(app->db);
	malloc_trim(0);
}

void app_close(struct app *app)
{
	if (!app)
		return;
	db_close(app->db);
	sodium_memzero(app->badge_key, sizeof app->badge_key);
	free(app);
}
