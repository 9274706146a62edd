/* SQL for the people table. */
#include "store/people.h"

#include <stdlib.h>
#include <string.h>

#include "store/db_internal.h"
#include "util/alloc.h"

#define PERSON_COLUMNS \
	"id, name, role, lang, active, pin_hash IS NOT NULL, target_hours, programme_start, programme_end, \
	created_at"

static void read_person(sqlite3_stmt *st, struct person *p)
{
	char role[16];
	memset(p, 0, sizeof *p);
	p->id = sqlite3_column_int64(st, 0);
	db_column_text(st, 1, p->name, sizeof p->name);
	db_column_text(st, 2, role, sizeof role);
	person_role_parse(role, &p->role);
	db_column_text(st, 3, p->lang, sizeof p->lang);
	p->is_active = sqlite3_column_int(st, 4) != 0;
	p->has_pin = sqlite3_column_int(st, 5) != 0;
	p->target_hours = sqlite3_column_int(st, 6);
	p->programme_start = sqlite3_column_int(st, 7);
	p->programme_end = sqlite3_column_int(st, 8);
	p->created_at = (time_t)sqlite3_column_int64(st, 9);
}

enum rota_err store_person_insert(struct db *db, const struct person *p, time_t at, long long *id)
{
	sqlite3_stmt *st = db_stmt(db, "INSERT INTO people(name, role, lang, active, created_at)"
	                               " VALUES (?, ?, ?, ?, ?)");
	db_bind_text(st, 1, p->name);
	db_bind_text(st, 2, person_role_code(p->role));
	db_bind_text(st, 3, p->lang);
	sqlite3_bind_int(st, 4, p->is_active);
	sqlite3_bind_int64(st, 5, (sqlite3_int64)at);
	enum rota_err e = db_run(db, st, "insert person");
	if (e == ERR_OK && id)
		*id = sqlite3_last_insert_rowid(db->handle);
	return e;
}

enum rota_err store_person_get(struct db *db, long long id, struct person *out)
{
	sqlite3_stmt *st = db_stmt(db, "SELECT " PERSON_COLUMNS " FROM people WHERE id = ?");
	sqlite3_bind_int64(st, 1, id);
	int rc = sqlite3_step(st);
	enum rota_err e = ERR_OK;
	if (rc == SQLITE_ROW)
		read_person(st, out);
	else
		e = rc == SQLITE_DONE ? ERR_NOT_FOUND : db_fail(db, rc, "get person");
	sqlite3_reset(st);
	return e;
}

enum rota_err store_person_list(struct db *db, bool active_only, struct person **out, size_t *n)
{
	sqlite3_stmt *st = db_stmt(db, "SELECT " PERSON_COLUMNS " FROM people"
	                               " WHERE active OR NOT ? ORDER BY name COLLATE rota_sl, id");
	size_t cap = 16, len = 0;
	struct person *list = xmalloc(cap * sizeof *list);
	int rc;
	sqlite3_bind_int(st, 1, active_only);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (len == cap)
			list = xrealloc(list, (cap *= 2) * sizeof *list);
		read_person(st, &list[len++]);
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE) {
		free(list);
		*out = NULL;
		*n = 0;
		return db_fail(db, rc, "list people");
	}
	*out = list;
	*n = len;
	return ERR_OK;
}

enum rota_err store_person_set_pin_hash(struct db *db, long long id, const char *hash)
{
	sqlite3_stmt *st = db_stmt(db, "UPDATE people SET pin_hash = ? WHERE id = ?");
	db_bind_text(st, 1, hash);
	sqlite3_bind_int64(st, 2, id);
	enum rota_err e = db_run(db, st, "set pin");
	if (e == ERR_OK && sqlite3_changes(db->handle) == 0)
		e = ERR_NOT_FOUND;
	return e;
}

enum rota_err store_person_pin_hash(struct db *db, long long id, char *out, size_t n)
{
	sqlite3_stmt *st = db_stmt(db, "SELECT pin_hash FROM people WHERE id = ?");
	sqlite3_bind_int64(st, 1, id);
	int rc = sqlite3_step(st);
	enum rota_err e = ERR_OK;
	if (rc == SQLITE_ROW)
		db_column_text(st, 0, out, n);
	else
		e = rc == SQLITE_DONE ? ERR_NOT_FOUND : db_fail(db, rc, "get pin");
	sqlite3_reset(st);
	return e;
}

/* Each path's guard has its own two columns; the name path's are the
 * first ones rota had, so a pause from before the split stays where
 * anyone at the door could have earned it. */
static const char *const guard_get_sql[] = {
	[PIN_BY_NAME] = "SELECT pin_failures, pin_locked_until FROM people WHERE id = ?",
	[PIN_WITH_BADGE] = "SELECT badge_pin_failures, badge_pin_locked_until FROM people WHERE id = ?",
};
static const char *const guard_set_sql[] = {
	[PIN_BY_NAME] = "UPDATE people SET pin_failures = ?, pin_locked_until = ? WHERE id = ?",
	[PIN_WITH_BADGE] = "UPDATE people SET badge_pin_failures = ?, badge_pin_locked_until = ? WHERE id = ?",
};

enum rota_err store_person_pin_guard(struct db *db, long long id, enum pin_path path, struct pin_guard *out)
{
	sqlite3_stmt *st = db_stmt(db, guard_get_sql[path == PIN_WITH_BADGE]);
	sqlite3_bind_int64(st, 1, id);
	int rc = sqlite3_step(st);
	enum rota_err e = ERR_OK;
	if (rc == SQLITE_ROW) {
		out->failures = sqlite3_column_int(st, 0);
		out->locked_until = (time_t)sqlite3_column_int64(st, 1);
	} else {
		e = rc == SQLITE_DONE ? ERR_NOT_FOUND : db_fail(db, rc, "pin guard");
	}
	sqlite3_reset(st);
	return e;
}

enum rota_err store_person_set_pin_guard(struct db *db, long long id, enum pin_path path,
                                         const struct pin_guard *g)
{
	sqlite3_stmt *st = db_stmt(db, guard_set_sql[path == PIN_WITH_BADGE]);
	sqlite3_bind_int(st, 1, g->failures);
	if (g->locked_until)
		sqlite3_bind_int64(st, 2, (sqlite3_int64)g->locked_until);
	else
		sqlite3_bind_null(st, 2);
	sqlite3_bind_int64(st, 3, id);
	return db_run(db, st, "set pin guard");
}

static void bind_or_null(sqlite3_stmt *st, int i, int v)
{
	if (v > 0)
		sqlite3_bind_int(st, i, v);
	else
		sqlite3_bind_null(st, i);
}

enum rota_err store_person_set_programme(struct db *db, long long id, int start, int end, int target_hours)
{
	sqlite3_stmt *st = db_stmt(db, "UPDATE people SET programme_start = ?, programme_end = ?,"
	                               " target_hours = ? WHERE id = ?");
	bind_or_null(st, 1, start);
	bind_or_null(st, 2, end);
	bind_or_null(st, 3, target_hours);
	sqlite3_bind_int64(st, 4, id);
	enum rota_err e = db_run(db, st, "set programme");
	return e == ERR_OK && sqlite3_changes(db->handle) == 0 ? ERR_NOT_FOUND : e;
}

enum rota_err store_person_set_name_lang(struct db *db, long long id, const char *name, const char *lang)
{
	sqlite3_stmt *st = db_stmt(db, "UPDATE people SET name = coalesce(?, name), lang = coalesce(?, lang)"
	                               " WHERE id = ?");
	db_bind_text(st, 1, name);
	db_bind_text(st, 2, lang);
	sqlite3_bind_int64(st, 3, id);
	enum rota_err e = db_run(db, st, "set name and language");
	return e == ERR_OK && sqlite3_changes(db->handle) == 0 ? ERR_NOT_FOUND : e;
}

enum rota_err store_person_set_active(struct db *db, long long id, bool active)
{
	sqlite3_stmt *st = db_stmt(db, "UPDATE people SET active = ? WHERE id = ?");
	sqlite3_bind_int(st, 1, active);
	sqlite3_bind_int64(st, 2, id);
	enum rota_err e = db_run(db, st, "set active");
	return e == ERR_OK && sqlite3_changes(db->handle) == 0 ? ERR_NOT_FOUND : e;
}
