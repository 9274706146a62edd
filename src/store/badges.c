/* SQL for the badges table. */
#include "store/badges.h"

#include <string.h>

#include "store/db_internal.h"

#define BADGE_SEED_LEN "16" /* BADGE_SEED_BYTES, for SQL */
_Static_assert(BADGE_SEED_BYTES == 16, "BADGE_SEED_LEN says BADGE_SEED_BYTES");

#define BADGE_COLUMNS "id, person_id, seed, issued_at, issued_by, revoked_at, revoked_by, revoke_reason"

static void read_badge(sqlite3_stmt *st, struct badge *b)
{
	memset(b, 0, sizeof *b);
	b->id = sqlite3_column_int64(st, 0);
	b->person_id = sqlite3_column_int64(st, 1);
	if (sqlite3_column_bytes(st, 2) == BADGE_SEED_BYTES)
		memcpy(b->seed, sqlite3_column_blob(st, 2), BADGE_SEED_BYTES);
	else
		b->is_card = sqlite3_column_bytes(st, 2) == 0;
	b->issued_at = (time_t)sqlite3_column_int64(st, 3);
	b->issued_by = sqlite3_column_int64(st, 4);
	b->revoked_at = (time_t)sqlite3_column_int64(st, 5);
	b->revoked_by = sqlite3_column_int64(st, 6);
	db_column_text(st, 7, b->reason, sizeof b->reason);
}

enum rota_err store_badge_insert(struct db *db, long long person_id,
                                 const unsigned char seed[BADGE_SEED_BYTES],
                                 const unsigned char hash[BADGE_HASH_BYTES],
                                 const struct change *c, long long *badge_id)
{
	sqlite3_stmt *st = db_stmt(db, "INSERT INTO badges(person_id, seed, payload_hash, issued_at,"
	                               " issued_by, terminal) VALUES (?, ?, ?, ?, ?, ?)");
	sqlite3_bind_int64(st, 1, person_id);
	if (seed)
		sqlite3_bind_blob(st, 2, seed, BADGE_SEED_BYTES, SQLITE_TRANSIENT);
	else
		sqlite3_bind_zeroblob(st, 2, 0); /* an enrolled card: no seed, NOT NULL */
	sqlite3_bind_blob(st, 3, hash, BADGE_HASH_BYTES, SQLITE_TRANSIENT);
	sqlite3_bind_int64(st, 4, (sqlite3_int64)c->at);
	db_bind_id(st, 5, c->by);
	db_bind_text(st, 6, c->terminal);
	enum rota_err e = db_run(db, st, "insert badge");
	if (e == ERR_OK && badge_id)
		*badge_id = sqlite3_last_insert_rowid(db->handle);
	return e;
}

enum rota_err store_badge_revoke_active(struct db *db, long long person_id,
                                        const struct change *c, bool *revoked)
{
	sqlite3_stmt *st = db_stmt(db, "UPDATE badges SET revoked_at = ?, revoked_by = ?,"
	                               " revoke_reason = ? WHERE person_id = ? AND revoked_at IS NULL");
	sqlite3_bind_int64(st, 1, (sqlite3_int64)c->at);
	db_bind_id(st, 2, c->by);
	db_bind_text(st, 3, c->reason);
	sqlite3_bind_int64(st, 4, person_id);
	enum rota_err e = db_run(db, st, "revoke badge");
	if (revoked)
		*revoked = e == ERR_OK && sqlite3_changes(db->handle) > 0;
	return e;
}

enum rota_err store_badge_find(struct db *db, const unsigned char hash[BADGE_HASH_BYTES],
                               struct badge_owner *out)
{
	sqlite3_stmt *st = db_stmt(db,
	    "SELECT b.id, b.revoked_at IS NOT NULL, p.id, p.name, p.role, p.lang, p.active,"
	    " p.pin_hash IS NOT NULL FROM badges b JOIN people p ON p.id = b.person_id"
	    " WHERE b.payload_hash = ?");
	sqlite3_bind_blob(st, 1, hash, BADGE_HASH_BYTES, SQLITE_STATIC);
	int rc = sqlite3_step(st);
	enum rota_err e = ERR_OK;
	if (rc == SQLITE_ROW) {
		char role[16];
		memset(out, 0, sizeof *out);
		out->badge_id = sqlite3_column_int64(st, 0);
		out->is_revoked = sqlite3_column_int(st, 1) != 0;
		out->person.id = sqlite3_column_int64(st, 2);
		db_column_text(st, 3, out->person.name, sizeof out->person.name);
		db_column_text(st, 4, role, sizeof role);
		person_role_parse(role, &out->person.role);
		db_column_text(st, 5, out->person.lang, sizeof out->person.lang);
		out->person.is_active = sqlite3_column_int(st, 6) != 0;
		out->person.has_pin = sqlite3_column_int(st, 7) != 0;
	} else {
		e = rc == SQLITE_DONE ? ERR_NOT_FOUND : db_fail(db, rc, "find badge");
	}
	sqlite3_reset(st);
	return e;
}

enum rota_err store_badge_active(struct db *db, long long person_id, struct badge *out)
{
	sqlite3_stmt *st = db_stmt(db, "SELECT " BADGE_COLUMNS " FROM badges"
	                               " WHERE person_id = ? AND revoked_at IS NULL");
	sqlite3_bind_int64(st, 1, person_id);
	int rc = sqlite3_step(st);
	enum rota_err e = ERR_OK;
	if (rc == SQLITE_ROW)
		read_badge(st, out);
	else
		e = rc == SQLITE_DONE ? ERR_NOT_FOUND : db_fail(db, rc, "active badge");
	sqlite3_reset(st);
	return e;
}

enum rota_err store_badge_newest(struct db *db, struct badge *out)
{
	sqlite3_stmt *st = db_stmt(db, "SELECT " BADGE_COLUMNS " FROM badges"
	                               " WHERE length(seed) = " BADGE_SEED_LEN " ORDER BY id DESC LIMIT 1");
	int rc = sqlite3_step(st);
	enum rota_err e = ERR_OK;
	if (rc == SQLITE_ROW)
		read_badge(st, out);
	else
		e = rc == SQLITE_DONE ? ERR_NOT_FOUND : db_fail(db, rc, "newest badge");
	sqlite3_reset(st);
	return e;
}

enum rota_err store_badge_each_of(struct db *db, long long person_id, badge_fn fn, void *ctx)
{
	sqlite3_stmt *st = db_stmt(db, "SELECT " BADGE_COLUMNS " FROM badges"
	                               " WHERE person_id = ? ORDER BY issued_at, id");
	struct badge b;
	int rc;
	sqlite3_bind_int64(st, 1, person_id);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		read_badge(st, &b);
		fn(&b, ctx);
	}
	sqlite3_reset(st);
	return rc == SQLITE_DONE ? ERR_OK : db_fail(db, rc, "badge history");
}

enum rota_err store_badge_count(struct db *db, long long *n)
{
	sqlite3_stmt *st = db_stmt(db, "SELECT count(*) FROM badges");
	int rc = sqlite3_step(st);
	*n = rc == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
	sqlite3_reset(st);
	return rc == SQLITE_ROW ? ERR_OK : db_fail(db, rc, "count badges");
}
