/* Workshop settings as key/value text: the workshop's name, the kiosk's
 * language, timeouts, whether the name list is offered. */
#ifndef ROTA_STORE_SETTINGS_H
#define ROTA_STORE_SETTINGS_H

#include <stdbool.h>
#include <stddef.h>

#include "store/db.h"

/* Copies the value of key into out (n bytes); *found says whether set. */
enum rota_err store_setting_get(struct db *db, const char *key, char *out, size_t n, bool *found);
/* Sets key to value. */
enum rota_err store_setting_set(struct db *db, const char *key, const char *value);

#endif
