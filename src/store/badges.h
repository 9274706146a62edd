/* The badges table. A badge is found by the keyed hash of its payload; the
 * payload itself is never stored, only a random seed from which the payload
 * can be made again with the key file that lives outside the database. A
 * person has at most one active badge; revoked badges stay, with who revoked
 * them, when and why. An enrolled card (a number its own reader types) is
 * a badge with an empty seed: only its number's keyed hash is kept. */
#ifndef ROTA_STORE_BADGES_H
#define ROTA_STORE_BADGES_H

#include <stdbool.h>
#include <stddef.h>
#include <time.h>

#include "core/badge.h"
#include "core/person.h"
#include "store/db.h"

/* Records a new badge for person_id with its seed and payload hash; seed
 * NULL records an enrolled card, found by hash alone. */
enum rota_err store_badge_insert(struct db *db, long long person_id,
                                 const unsigned char seed[BADGE_SEED_BYTES],
                                 const unsigned char hash[BADGE_HASH_BYTES],
                                 const struct change *c, long long *badge_id);
/* Revokes the person's active badge, if any; *revoked says whether one was. */
enum rota_err store_badge_revoke_active(struct db *db, long long person_id,
                                        const struct change *c, bool *revoked);
/* Finds the badge with this payload hash and its owner; ERR_NOT_FOUND when
 * no badge ever had it. */
enum rota_err store_badge_find(struct db *db, const unsigned char hash[BADGE_HASH_BYTES],
                               struct badge_owner *out);
/* Reads the person's active badge; ERR_NOT_FOUND when there is none. */
enum rota_err store_badge_active(struct db *db, long long person_id, struct badge *out);
/* Reads the badge rota made last (an enrolled card is not one), revoked or
 * not, whoever has it; ERR_NOT_FOUND when none was ever issued. */
enum rota_err store_badge_newest(struct db *db, struct badge *out);
/* Calls fn for each badge the person ever had, oldest first. */
enum rota_err store_badge_each_of(struct db *db, long long person_id, badge_fn fn, void *ctx);
/* Counts all badges ever issued. */
enum rota_err store_badge_count(struct db *db, long long *n);

#endif
