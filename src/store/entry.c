/* SQL for entry data, outcomes and team meetings. */
#include "store/entry.h"

#include <string.h>

#include "store/db_internal.h"

enum rota_err store_entry_set(struct db *db, long long person_id, enum entry_field field, const char *value,
                              const struct change *c)
{
	sqlite3_stmt *st = db_stmt(db, "INSERT INTO entry_facts(person_id, field, value, at, by_person, terminal, special)"
	                               " VALUES (?, ?, ?, ?, ?, ?, ?)");
	sqlite3_bind_int64(st, 1, person_id);
	db_bind_text(st, 2, entry_field_code(field));
	db_bind_text(st, 3, value && value[0] ? value : NULL);
	sqlite3_bind_int64(st, 4, (sqlite3_int64)c->at);
	db_bind_id(st, 5, c->by);
	db_bind_text(st, 6, c->terminal);
	sqlite3_bind_int(st, 7, entry_field_is_special(field));
	return db_run(db, st, "set entry data");
}

enum rota_err store_entry_get(struct db *db, long long person_id, struct entry_data *out)
{
	sqlite3_stmt *st = db_stmt(db, "SELECT field, value FROM entry_facts f WHERE person_id = ?1 AND id ="
	                               " (SELECT max(id) FROM entry_facts WHERE person_id = ?1 AND field = f.field)");
	int rc;
	memset(out, 0, sizeof *out);
	out->person_id = person_id;
	sqlite3_bind_int64(st, 1, person_id);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		char code[24];
		enum entry_field f;
		db_column_text(st, 0, code, sizeof code);
		if (entry_field_parse(code, &f))
			db_column_text(st, 1, out->value[f], sizeof out->value[f]);
	}
	sqlite3_reset(st);
	return rc == SQLITE_DONE ? ERR_OK : db_fail(db, rc, "read entry data");
}

enum rota_err store_entry_history_each(struct db *db, long long person_id, entry_change_fn fn, void *ctx)
{
	sqlite3_stmt *st = db_stmt(db, "SELECT id, person_id, field, value, at, by_person, terminal FROM entry_facts"
	                               " WHERE person_id = ? ORDER BY id");
	struct entry_change c;
	int rc;
	sqlite3_bind_int64(st, 1, person_id);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		char code[24];
		memset(&c, 0, sizeof c);
		c.id = sqlite3_column_int64(st, 0);
		c.person_id = sqlite3_column_int64(st, 1);
		db_column_text(st, 2, code, sizeof code);
		entry_field_parse(code, &c.field);
		db_column_text(st, 3, c.value, sizeof c.value);
		c.at = (time_t)sqlite3_column_int64(st, 4);
		c.by = sqlite3_column_int64(st, 5);
		db_column_text(st, 6, c.terminal, sizeof c.terminal);
		fn(&c, ctx);
	}
	sqlite3_reset(st);
	return rc == SQLITE_DONE ? ERR_OK : db_fail(db, rc, "entry history");
}

enum rota_err store_meeting_insert(struct db *db, const struct meeting *m, const struct change *c, long long *id)
{
	sqlite3_stmt *st = db_stmt(db, "INSERT INTO meetings(person_id, kind, day, with_whom, agreed, by_person, at,"
	                               " terminal) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
	sqlite3_bind_int64(st, 1, m->person_id);
	db_bind_text(st, 2, meeting_kind_code(m->kind));
	sqlite3_bind_int(st, 3, m->day);
	db_bind_text(st, 4, m->with);
	db_bind_text(st, 5, m->agreed);
	db_bind_id(st, 6, c->by);
	sqlite3_bind_int64(st, 7, (sqlite3_int64)c->at);
	db_bind_text(st, 8, c->terminal);
	enum rota_err e = db_run(db, st, "insert meeting");
	if (e == ERR_OK && id)
		*id = sqlite3_last_insert_rowid(db->handle);
	return e;
}

enum rota_err store_meeting_each(struct db *db, long long person_id, meeting_fn fn, void *ctx)
{
	sqlite3_stmt *st = db_stmt(db, "SELECT id, person_id, kind, day, with_whom, agreed, by_person, at"
	                               " FROM meetings WHERE person_id = ? ORDER BY day, id");
	struct meeting m;
	int rc;
	sqlite3_bind_int64(st, 1, person_id);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		char kind[8];
		memset(&m, 0, sizeof m);
		m.id = sqlite3_column_int64(st, 0);
		m.person_id = sqlite3_column_int64(st, 1);
		db_column_text(st, 2, kind, sizeof kind);
		meeting_kind_parse(kind, &m.kind);
		m.day = sqlite3_column_int(st, 3);
		db_column_text(st, 4, m.with, sizeof m.with);
		db_column_text(st, 5, m.agreed, sizeof m.agreed);
		m.by = sqlite3_column_int64(st, 6);
		m.at = (time_t)sqlite3_column_int64(st, 7);
		fn(&m, ctx);
	}
	sqlite3_reset(st);
	return rc == SQLITE_DONE ? ERR_OK : db_fail(db, rc, "list meetings");
}
