/* The schema check: a file's tables, indexes, triggers and views must be
 * exactly those rota's migrations make. A file whose schema text was
 * changed (a flipped byte in sqlite_schema, a column renamed by hand)
 * would otherwise open and then fail at the first statement that names
 * what is missing. The reference is built fresh in memory by the same
 * migrations, so nothing here needs to change with a new migration. */
#include <string.h>

#include "store/db_internal.h"
#include "util/log.h"

#define SCHEMA_SQL "SELECT type, name, tbl_name, sql FROM sqlite_schema" \
                   " WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY type, name"

static bool same_text(sqlite3_stmt *a, sqlite3_stmt *b, int col)
{
	const unsigned char *x = sqlite3_column_text(a, col), *y = sqlite3_column_text(b, col);
	return (!x && !y) || (x && y && !strcmp((const char *)x, (const char *)y));
}

/* Steps both listings side by side; true when they hold the same rows. */
static bool same_schema(sqlite3_stmt *file, sqlite3_stmt *ref)
{
	for (;;) {
		int rf = sqlite3_step(file), rr = sqlite3_step(ref);
		if (rf != rr || (rf != SQLITE_ROW && rf != SQLITE_DONE))
			return false;
		if (rf == SQLITE_DONE)
			return true;
		for (int c = 0; c < 4; c++)
			if (!same_text(file, ref, c))
				return false;
	}
}

enum rota_err db_schema_check(struct db *db)
{
	struct db *ref = NULL;
	sqlite3_stmt *file = NULL, *want = NULL;
	enum rota_err e = db_open(":memory:", true, &ref);
	if (e != ERR_OK)
		return e;
	if (sqlite3_prepare_v2(db->handle, SCHEMA_SQL, -1, &file, NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(ref->handle, SCHEMA_SQL, -1, &want, NULL) != SQLITE_OK ||
	    !same_schema(file, want)) {
		log_msg(LOG_ERROR, "the database's schema is not the one rota makes: %s",
		        sqlite3_errmsg(db->handle));
		e = ERR_DB_NOT_ROTA;
	}
	sqlite3_finalize(file);
	sqlite3_finalize(want);
	db_close(ref);
	return e;
}
