/* Badge use cases: issuing a badge (random payload, stored only as a hash;
 * the previous badge stops working) and hashing a payload for lookup. */
#ifndef ROTA_APP_BADGE_H
#define ROTA_APP_BADGE_H

#include <time.h>

#include "app/app.h"
#include "core/badge.h"

/* Writes the lookup hash (32 bytes) of payload. */
void app_badge_hash(const char *payload, unsigned char hash[32]);
/* Issues a new badge for person_id at now, by person `by` (<= 0: nobody
 * named), revoking the active one. payload receives the new digits, which
 * are shown once and never stored. ERR_NOT_FOUND for an unknown person. */
enum rota_err app_badge_issue(struct app *app, long long person_id, long long by, time_t now,
                              char payload[BADGE_DIGITS + 1]);

#endif
