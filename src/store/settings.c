/* SQL for the settings table. */
#include "store/settings.h"

#include "store/db_internal.h"

enum rota_err store_setting_get(struct db *db, const char *key, char *out, size_t n, bool *found)
{
	sqlite3_stmt *st = db_stmt(db, "SELECT value FROM settings WHERE key = ?");
	db_bind_text(st, 1, key);
	int rc = sqlite3_step(st);
	*found = rc == SQLITE_ROW;
	if (*found)
		db_column_text(st, 0, out, n);
	sqlite3_reset(st);
	return rc == SQLITE_ROW || rc == SQLITE_DONE ? ERR_OK : db_fail(db, rc, "get setting");
}

enum rota_err store_setting_set(struct db *db, const char *key, const char *value)
{
	sqlite3_stmt *st = db_stmt(db, "INSERT INTO settings(key, value) VALUES (?, ?)"
	                               " ON CONFLICT(key) DO UPDATE SET value = excluded.value");
	db_bind_text(st, 1, key);
	db_bind_text(st, 2, value);
	return db_run(db, st, "set setting");
}
