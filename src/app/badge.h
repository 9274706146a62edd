/* Badge use cases. A payload is made from a random per-badge seed and the
 * badge key (app/badge_key.h): the database keeps the seed and a keyed hash,
 * never the payload, yet a coordinator can print or show a person's current
 * badge again. Issuing a badge revokes the previous one; history stays. */
#ifndef ROTA_APP_BADGE_H
#define ROTA_APP_BADGE_H

#include <time.h>

#include "app/app.h"
#include "core/badge.h"
#include "core/badge.h"

/* Writes the lookup hash of payload, keyed with the badge key. */
void app_badge_hash(const struct app *app, const char *payload, unsigned char hash[BADGE_HASH_BYTES]);
/* Finds the owner of a scanned payload: ERR_BADGE_UNREADABLE for a
 * malformed one, ERR_BADGE_UNKNOWN, ERR_BADGE_REPLACED for a revoked card,
 * ERR_PERSON_INACTIVE; ERR_OK with *out filled otherwise. */
enum rota_err app_badge_owner(struct app *app, const char *payload, struct person *out);
/* Writes the payload that belongs to seed. */
void app_badge_payload_of(const struct app *app, const unsigned char seed[BADGE_SEED_BYTES],
                          char payload[BADGE_DIGITS + 1]);
/* Issues a new badge for person_id at now, by person `by` (<= 0: nobody
 * named), revoking the active one. payload receives the new digits.
 * ERR_NOT_FOUND for an unknown person. */
enum rota_err app_badge_issue(struct app *app, long long person_id, long long by, time_t now,
                              char payload[BADGE_DIGITS + 1]);
/* Writes the payload of the person's active badge; ERR_NOT_FOUND when the
 * person has none. */
enum rota_err app_badge_current(struct app *app, long long person_id, char payload[BADGE_DIGITS + 1]);
/* Revokes the person's active badge at now, by `by`, for reason (may be
 * NULL); ERR_NOT_FOUND when there is none. */
enum rota_err app_badge_revoke(struct app *app, long long person_id, long long by,
                               const char *reason, time_t now);
/* Calls fn for each badge the person ever had, oldest first. */
enum rota_err app_badge_history(struct app *app, long long person_id, badge_fn fn, void *ctx);

#endif
