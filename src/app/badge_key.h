/* The badge key: 32 random bytes in a file beside the database (PATH.key,
 * mode 0600). Badge payloads are made from it and a per-badge seed, and
 * looked up by a hash keyed with it, so the database alone reveals no badge.
 * Back it up with the database: without it no badge can be checked. */
#ifndef ROTA_APP_BADGE_KEY_H
#define ROTA_APP_BADGE_KEY_H

#include "app/app.h"

#define BADGE_KEY_CHECK_HEX 64

/* Writes into out the check value of key the database keeps: a keyed hash of
 * a fixed label, as hex; it does not reveal the key. */
void badge_key_check_value(const unsigned char key[APP_BADGE_KEY_BYTES], char out[BADGE_KEY_CHECK_HEX + 1]);
/* Loads app->badge_key for the database at db_path (":memory:" gets a fresh
 * key). A missing key file is made while no badge exists yet; a damaged
 * one is always ERR_BADGE_KEY, and once badges exist so is a missing one.
 * A key whose check value differs from the one the database keeps is
 * ERR_BADGE_KEY_WRONG (logged); a database without one gets it written. */
enum rota_err badge_key_load(struct app *app, const char *db_path);
/* Tells, changing nothing, whether the key file at key_path belongs to the
 * records of app->db, and leaves the key read in app->badge_key. ERR_OK
 * when it does, or when there is no file and the records need no key yet
 * (no badge, no check value); ERR_NOT_FOUND when there is no file and they
 * need one; ERR_BADGE_KEY when the file is not a key; ERR_BADGE_KEY_WRONG
 * when the records keep another key's check value or, records from before
 * the check value, when the key does not make their last badge's payload.
 * A store error otherwise. Logs the reason of a refusal. */
enum rota_err badge_key_verify(struct app *app, const char *key_path);

#endif
