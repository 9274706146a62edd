/* SQL for the record of participant-level exports. */
#include "store/esf.h"

#include "store/db_internal.h"

enum rota_err store_esf_export_log(struct db *db, const struct esf_export_log *l, const struct change *c,
                                   long long *id)
{
	sqlite3_stmt *st = db_stmt(db, "INSERT INTO esf_exports(at, by_person, from_day, to_day, reason, format, rows,"
	                               " special, terminal) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
	sqlite3_bind_int64(st, 1, (sqlite3_int64)c->at);
	db_bind_id(st, 2, c->by);
	sqlite3_bind_int(st, 3, l->from);
	sqlite3_bind_int(st, 4, l->to);
	db_bind_text(st, 5, l->reason);
	db_bind_text(st, 6, l->format);
	sqlite3_bind_int(st, 7, l->rows);
	sqlite3_bind_int(st, 8, l->special);
	db_bind_text(st, 9, c->terminal);
	enum rota_err e = db_run(db, st, "record an ESF export");
	if (e == ERR_OK && id)
		*id = sqlite3_last_insert_rowid(db->handle);
	return e;
}
