/* The badges table. A badge is known by the hash of its payload only; the
 * payload itself is never stored. A person has at most one active badge;
 * revoked badges stay, with who revoked them, when and why. */
#ifndef ROTA_STORE_BADGES_H
#define ROTA_STORE_BADGES_H

#include <stdbool.h>
#include <stddef.h>
#include <time.h>

#include "core/person.h"
#include "store/db.h"

#define BADGE_HASH_BYTES 32

struct badge_owner {
	long long badge_id;
	bool is_revoked;
	struct person person;
};

/* Records a new badge for person_id with the given payload hash. */
enum rota_err store_badge_insert(struct db *db, long long person_id,
                                 const unsigned char hash[BADGE_HASH_BYTES],
                                 const struct change *c, long long *badge_id);
/* Revokes the person's active badge, if any; *revoked says whether one was. */
enum rota_err store_badge_revoke_active(struct db *db, long long person_id,
                                        const struct change *c, bool *revoked);
/* Finds the badge with this payload hash and its owner; ERR_NOT_FOUND when
 * no badge ever had it. */
enum rota_err store_badge_find(struct db *db, const unsigned char hash[BADGE_HASH_BYTES],
                               struct badge_owner *out);
/* Returns true when person_id has an active badge. */
enum rota_err store_badge_has_active(struct db *db, long long person_id, bool *has);

#endif
