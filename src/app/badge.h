/* Badge use cases. A payload is made from a random per-badge seed and the
 * badge key (app/badge_key.h): the database keeps the seed and a keyed hash,
 * never the payload, yet a coordinator can print or show a person's current
 * badge again. Issuing a badge revokes the previous one; history stays. */
#ifndef ROTA_APP_BADGE_H
#define ROTA_APP_BADGE_H

#include <time.h>

#include "app/app.h"
#include "core/badge.h"

/* Writes the lookup hash of payload, keyed with the badge key. */
void app_badge_hash(const struct app *app, const char *payload, unsigned char hash[BADGE_HASH_BYTES]);
/* Finds the owner of a scanned or typed number: rota's payload or an
 * enrolled card's, typed with or without spaces and dashes
 * (badge_number_normalise). ERR_BADGE_REPLACED for a revoked badge,
 * ERR_PERSON_INACTIVE; for a number nobody ever had, ERR_BADGE_UNKNOWN
 * when it is shaped like rota's payload, ERR_BADGE_UNREADABLE otherwise (a
 * misread, a product barcode); ERR_OK with *out filled. */
enum rota_err app_badge_owner(struct app *app, const char *payload, struct person *out);
/* Writes the payload that belongs to seed. */
void app_badge_payload_of(const struct app *app, const unsigned char seed[BADGE_SEED_BYTES],
                          char payload[BADGE_DIGITS + 1]);
/* Issues a new badge for person_id at now, by person `by` (<= 0: nobody
 * named), revoking the active one. payload receives the new digits.
 * ERR_NOT_FOUND for an unknown person. */
enum rota_err app_badge_issue(struct app *app, long long person_id, long long by, time_t now,
                              char payload[BADGE_DIGITS + 1]);
/* Enrols the card whose reader types number (badge_number_normalise) as
 * person_id's badge at now, by `by` (<= 0: nobody named), revoking the
 * active one as a new issue does; only the number's keyed hash is kept.
 * ERR_BADGE_NUMBER for a malformed number, ERR_BADGE_IN_USE for a number
 * that is or was anyone's badge, ERR_NOT_FOUND for an unknown person;
 * then nothing changes. */
enum rota_err app_badge_enrol(struct app *app, long long person_id, const char *number, long long by,
                              time_t now);
/* Writes the payload of the person's active badge; ERR_NOT_FOUND when the
 * person has none, ERR_BADGE_IS_CARD when it is an enrolled card (its
 * number is not kept). */
enum rota_err app_badge_current(struct app *app, long long person_id, char payload[BADGE_DIGITS + 1]);
/* The same for coordinator `by` only (ERR_NOT_COORDINATOR for anyone else,
 * nothing read), to tell a person their number again; ERR_NOT_FOUND also for
 * nobody with person_id. */
enum rota_err app_badge_number(struct app *app, long long person_id, long long by,
                               char payload[BADGE_DIGITS + 1]);
/* Revokes the person's active badge at now, by `by`, for reason (may be
 * NULL); ERR_NOT_FOUND when there is none. */
enum rota_err app_badge_revoke(struct app *app, long long person_id, long long by,
                               const char *reason, time_t now);
/* Calls fn for each badge the person ever had, oldest first. */
enum rota_err app_badge_history(struct app *app, long long person_id, badge_fn fn, void *ctx);

#endif
