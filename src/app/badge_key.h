/* The badge key: 32 random bytes in a file beside the database (PATH.key,
 * mode 0600). Badge payloads are made from it and a per-badge seed, and
 * looked up by a hash keyed with it, so the database alone reveals no badge.
 * Back it up with the database: without it no badge can be checked. */
#ifndef ROTA_APP_BADGE_KEY_H
#define ROTA_APP_BADGE_KEY_H

#include "app/app.h"

/* Loads app->badge_key for the database at db_path (":memory:" gets a fresh
 * key). A missing key file is made while no badge exists yet; a damaged
 * one is always ERR_BADGE_KEY, and once badges exist so is a missing one. */
enum rota_err badge_key_load(struct app *app, const char *db_path);

#endif
