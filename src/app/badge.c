/* Badge issuing, payloads and hashing (libsodium: randomness, BLAKE2b). */
#include "app/badge.h"

#include <sodium.h>
#include <string.h>

#include "app/entry.h"
#include "core/person.h"
#include "core/visit.h"
#include "store/badges.h"
#include "store/db.h"
#include "store/people.h"
#include "util/i18n.h"
#include "util/text.h"

void app_badge_hash(const struct app *app, const char *payload, unsigned char hash[BADGE_HASH_BYTES])
{
	crypto_generichash_state st;
	crypto_generichash_init(&st, app->badge_key, sizeof app->badge_key, BADGE_HASH_BYTES);
	crypto_generichash_update(&st, (const unsigned char *)"rota badge lookup\n", 18);
	crypto_generichash_update(&st, (const unsigned char *)payload, strlen(payload));
	crypto_generichash_final(&st, hash, BADGE_HASH_BYTES);
}

void app_badge_payload_of(const struct app *app, const unsigned char seed[BADGE_SEED_BYTES],
                          char payload[BADGE_DIGITS + 1])
{
	unsigned char digits[BADGE_RANDOM_DIGITS], stream[64];
	int n = 0;
	for (unsigned char round = 0; n < BADGE_RANDOM_DIGITS; round++) {
		crypto_generichash_state st;
		crypto_generichash_init(&st, app->badge_key, sizeof app->badge_key, sizeof stream);
		crypto_generichash_update(&st, (const unsigned char *)"rota badge payload\n", 19);
		crypto_generichash_update(&st, seed, BADGE_SEED_BYTES);
		crypto_generichash_update(&st, &round, 1);
		crypto_generichash_final(&st, stream, sizeof stream);
		/* Bytes below 250 give unbiased digits. */
		for (size_t i = 0; i < sizeof stream && n < BADGE_RANDOM_DIGITS; i++)
			if (stream[i] < 250)
				digits[n++] = stream[i] % 10;
	}
	badge_payload_make(digits, payload);
}

static enum rota_err badge_owner_read(struct app *app, const char *payload, struct person *out)
{
	unsigned char hash[BADGE_HASH_BYTES];
	char number[BADGE_NUMBER_MAX + 1];
	struct badge_owner owner;
	if (badge_number_normalise(payload, number) != BADGE_NUMBER_OK)
		return ERR_BADGE_UNREADABLE;
	/* rota's payloads and enrolled cards are hashed alike: one lookup. */
	app_badge_hash(app, number, hash);
	enum rota_err e = store_badge_find(app->db, hash, &owner);
	if (e == ERR_NOT_FOUND) /* nobody's: a misread unless it is rota's shape */
		return badge_payload_check(number) == BADGE_OK ? ERR_BADGE_UNKNOWN : ERR_BADGE_UNREADABLE;
	if (e != ERR_OK)
		return e;
	if (owner.is_revoked)
		return ERR_BADGE_REPLACED;
	if (!owner.person.is_active)
		return ERR_PERSON_INACTIVE;
	*out = owner.person;
	return ERR_OK;
}

enum rota_err app_badge_owner(struct app *app, const char *payload, struct person *out)
{
	enum rota_err e = db_begin_read(app->db);
	return e != ERR_OK ? e : db_end_read(app->db, badge_owner_read(app, payload, out));
}

enum rota_err app_badge_enrol(struct app *app, long long person_id, const char *number, long long by,
                              time_t now)
{
	char kept[BADGE_NUMBER_MAX + 1];
	unsigned char hash[BADGE_HASH_BYTES];
	struct badge_owner owner;
	struct person p;
	if (badge_number_normalise(number, kept) != BADGE_NUMBER_OK)
		return ERR_BADGE_NUMBER;
	app_badge_hash(app, kept, hash);
	enum rota_err e = db_begin_write(app->db);
	if (e != ERR_OK)
		return e;
	e = store_person_get(app->db, person_id, &p);
	if (e == ERR_OK) {
		/* Inside the write: nobody enrols the same card in between. */
		e = store_badge_find(app->db, hash, &owner);
		e = e == ERR_OK ? ERR_BADGE_IN_USE : e == ERR_NOT_FOUND ? ERR_OK : e;
	}
	if (e == ERR_OK) {
		struct change c = { .at = now, .by = by, .reason = VISIT_REASON_BADGE_REPLACED,
			            .terminal = app->terminal };
		e = store_badge_revoke_active(app->db, person_id, &c, NULL);
		c.reason = NULL;
		if (e == ERR_OK)
			e = store_badge_insert(app->db, person_id, NULL, hash, &c, NULL);
	}
	return db_end_write(app->db, e);
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
		struct change c = { .at = now, .by = by, .reason = VISIT_REASON_BADGE_REPLACED,
			            .terminal = app->terminal };
		e = store_badge_revoke_active(app->db, person_id, &c, NULL);
		/* A payload equal to an earlier one is possible (1 in 10^9 per
		 * badge): draw another seed rather than fail. */
		for (int attempt = 0; e == ERR_OK && attempt < 8; attempt++) {
			unsigned char seed[BADGE_SEED_BYTES], hash[BADGE_HASH_BYTES];
			struct badge_owner owner;
			randombytes_buf(seed, sizeof seed);
			app_badge_payload_of(app, seed, payload);
			app_badge_hash(app, payload, hash);
			e = store_badge_find(app->db, hash, &owner);
			if (e == ERR_NOT_FOUND) {
				c.reason = NULL;
				e = store_badge_insert(app->db, person_id, seed, hash, &c, NULL);
				break;
			}
			if (e == ERR_OK && attempt == 7)
				e = ERR_DB_WRITE;
		}
	}
	e = db_end_write(app->db, e);
	if (e != ERR_OK)
		memset(payload, 0, BADGE_DIGITS + 1);
	return e;
}

static enum rota_err badge_current_read(struct app *app, long long person_id, char payload[BADGE_DIGITS + 1])
{
	struct badge b;
	enum rota_err e = store_badge_active(app->db, person_id, &b);
	if (e == ERR_OK && b.is_card)
		e = ERR_BADGE_IS_CARD;
	if (e == ERR_OK)
		app_badge_payload_of(app, b.seed, payload);
	return e;
}

enum rota_err app_badge_current(struct app *app, long long person_id, char payload[BADGE_DIGITS + 1])
{
	enum rota_err e = db_begin_read(app->db);
	return e != ERR_OK ? e : db_end_read(app->db, badge_current_read(app, person_id, payload));
}

static enum rota_err badge_number_read(struct app *app, long long person_id, long long by,
                                       char payload[BADGE_DIGITS + 1])
{
	struct person p;
	enum rota_err e = app_require_coordinator(app, by);
	if (e == ERR_OK)
		e = store_person_get(app->db, person_id, &p);
	if (e == ERR_OK)
		e = app_badge_current(app, person_id, payload);
	return e;
}

enum rota_err app_badge_number(struct app *app, long long person_id, long long by,
                               char payload[BADGE_DIGITS + 1])
{
	enum rota_err e = db_begin_read(app->db);
	return e != ERR_OK ? e : db_end_read(app->db, badge_number_read(app, person_id, by, payload));
}

enum rota_err app_badge_revoke(struct app *app, long long person_id, long long by,
                               const char *reason, time_t now)
{
	bool revoked = false;
	enum rota_err e = app_begin_write_with_reason(app, reason);
	if (e != ERR_OK)
		return e;
	struct change c = { .at = now, .by = by, .reason = reason && *reason ? reason : VISIT_REASON_BADGE_REVOKED,
		            .terminal = app->terminal };
	e = store_badge_revoke_active(app->db, person_id, &c, &revoked);
	if (e == ERR_OK && !revoked)
		e = ERR_NOT_FOUND;
	return db_end_write(app->db, e);
}

enum rota_err app_badge_history(struct app *app, long long person_id, badge_fn fn, void *ctx)
{
	enum rota_err e = db_begin_read(app->db);
	return e != ERR_OK ? e : db_end_read(app->db, store_badge_each_of(app->db, person_id, fn, ctx));
}
