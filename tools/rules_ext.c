/* rota's hour rule (store/rules.c) as a loadable SQLite extension, for the
 * sqlite3 shell: a file's triggers count hours by rota_visit_seconds and
 * rota_process_seconds, so a hand edit of a visit or an assignment in the
 * shell needs them, `sqlite3 -cmd '.load build/rota-rules' FILE`. Reading
 * never does. Built by make as build/rota-rules.so. */
#include <sqlite3ext.h>
SQLITE_EXTENSION_INIT1

#include "src/store/rules.c"

/* The entry point SQLite derives from the file's name (rota-rules.so):
 * registers the rule's functions on db. */
int sqlite3_rotarules_init(sqlite3 *db, char **err, const sqlite3_api_routines *api);
int sqlite3_rotarules_init(sqlite3 *db, char **err, const sqlite3_api_routines *api)
{
	SQLITE_EXTENSION_INIT2(api);
	(void)err;
	return db_register_rules(db);
}
