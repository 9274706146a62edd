/* The schema check: a file's tables, indexes, triggers and views must be
 * exactly those rota's migrations make. A file whose schema text was
 * changed (a flipped byte in sqlite_schema, a column renamed by hand)
 * would otherwise open and then fail at the first statement that names
 * what is missing.
 *
 * The reference is a hash of the schema the migrations make, taken when
 * rota is built (tools/schema_ref.c runs them in memory and writes
 * db_schema_ref_hash): nothing here changes with a new migration, and an
 * open reads some fifty rows instead of building a second database, which
 * would cost every `rota scan` several milliseconds. */
#include <string.h>

#include "store/db_internal.h"
#include "util/log.h"

#define SCHEMA_SQL "SELECT type, name, tbl_name, sql FROM sqlite_schema" \
                   " WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY type, name"

/* FNV-1a's step over eight bytes at a time, each product's high bits
 * folded down: small, plenty to tell a damaged schema from rota's, and
 * an eighth of the multiplications of a byte at a time over the schema's
 * 50 KB, which every open hashes. */
static unsigned long long fnv1a(unsigned long long h, const unsigned char *s, size_t n)
{
	size_t i = 0;
	for (; i + 8 <= n; i += 8) {
		unsigned long long w;
		memcpy(&w, s + i, sizeof w);
		h = (h ^ w) * 0x100000001b3ULL;
		h ^= h >> 29;
	}
	for (; i < n; i++) {
		h ^= s[i];
		h *= 0x100000001b3ULL;
	}
	return h;
}

enum rota_err db_schema_hash(struct db *db, unsigned long long *out)
{
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(db->handle, SCHEMA_SQL, -1, &st, NULL) != SQLITE_OK) {
		log_msg(LOG_ERROR, "the database's schema cannot be read: %s", sqlite3_errmsg(db->handle));
		return ERR_DB_DAMAGED;
	}
	unsigned long long h = 0xcbf29ce484222325ULL;
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW)
		for (int c = 0; c < 4; c++) {
			/* Each column and its end: a NULL hashes apart from "". */
			const unsigned char *v = sqlite3_column_text(st, c);
			unsigned char end = v ? 0 : 1;
			if (v)
				h = fnv1a(h, v, (size_t)sqlite3_column_bytes(st, c));
			h = fnv1a(h, &end, 1);
		}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		log_msg(LOG_ERROR, "the database's schema cannot be read: %s", sqlite3_errstr(rc));
		return ERR_DB_DAMAGED;
	}
	*out = h;
	return ERR_OK;
}

enum rota_err db_schema_check(struct db *db)
{
	unsigned long long h;
	enum rota_err e = db_schema_hash(db, &h);
	if (e == ERR_OK && h != db_schema_ref_hash) {
		log_msg(LOG_ERROR, "the database's schema is not the one rota makes (%016llx, not %016llx)", h,
		        db_schema_ref_hash);
		e = ERR_DB_DAMAGED;
	}
	return e;
}
