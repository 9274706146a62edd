/* Badge issuing and hashing (libsodium for randomness and BLAKE2b). */
#include "app/badge.h"

#include <sodium.h>
#include <string.h>

#include "core/person.h"
#include "store/badges.h"
#include "store/db.h"
#include "store/people.h"

void app_badge_hash(const char *payload, unsigned char hash[32])
{
	static const unsigned char key[] = "rota badge payload v1";
	crypto_generichash(hash, 32, (const unsigned char *)payload, strlen(payload), key,
	                   sizeof key - 1);
}

static void random_payload(char payload[BADGE_DIGITS + 1])
{
	unsigned char digits[BADGE_RANDOM_DIGITS];
	for (int i = 0; i < BADGE_RANDOM_DIGITS; i++)
		digits[i] = (unsigned char)randombytes_uniform(10);
	badge_payload_make(digits, payload);
}

enum rota_err app_badge_issue(struct app *app, long long person_id, long long by, time_t now,
                              char payload[BADGE_DIGITS + 1])
{
	struct person p;
	enum rota_err e = db_begin_write(app->db);
	if (e != ERR_OK)
		return e;
	e = store_person_get(app->db, person_id, &p);
	if (e == ERR_OK) {
		struct change c = { .at = now, .by = by, .reason = "replaced by a new badge",
			            .terminal = app->terminal };
		e = store_badge_revoke_active(app->db, person_id, &c, NULL);
		/* A clash with an earlier payload is possible (1 in 10^9 per
		 * badge): draw again rather than fail. */
		for (int attempt = 0; e == ERR_OK && attempt < 8; attempt++) {
			unsigned char hash[BADGE_HASH_BYTES];
			struct badge_owner owner;
			random_payload(payload);
			app_badge_hash(payload, hash);
			e = store_badge_find(app->db, hash, &owner);
			if (e == ERR_NOT_FOUND) {
				c.reason = NULL;
				e = store_badge_insert(app->db, person_id, hash, &c, NULL);
				break;
			}
			if (e == ERR_OK && attempt == 7)
				e = ERR_DB_WRITE;
		}
	}
	if (e == ERR_OK)
		e = db_commit(app->db);
	else
		db_rollback(app->db);
	if (e != ERR_OK)
		memset(payload, 0, BADGE_DIGITS + 1);
	return e;
}
