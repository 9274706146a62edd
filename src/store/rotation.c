/* SQL for processes (editing), groups and assignments. */
#include "store/rotation.h"

#include <string.h>

#include "store/db_internal.h"

/* Binds p to ?1 code, ?2-?4 names, ?5 position, ?6 capacity, ?7 active. */
static void bind_process(sqlite3_stmt *st, const struct process *p)
{
	db_bind_text(st, 1, p->code);
	db_bind_text(st, 2, p->name_sl);
	db_bind_text(st, 3, p->name_hr);
	db_bind_text(st, 4, p->name_en);
	sqlite3_bind_int(st, 5, p->position);
	sqlite3_bind_int(st, 6, p->capacity);
	sqlite3_bind_int(st, 7, p->is_active);
}

enum rota_err store_process_insert(struct db *db, const struct process *p)
{
	sqlite3_stmt *st = db_stmt(db, "INSERT INTO processes(code, name_sl, name_hr, name_en, position, capacity,"
	                               " active) VALUES (?1, ?2, ?3, ?4, CASE WHEN ?5 > 0 THEN ?5 ELSE"
	                               " (SELECT coalesce(max(position), 0) + 1 FROM processes) END, ?6, ?7)");
	bind_process(st, p);
	return db_run(db, st, "insert process");
}

enum rota_err store_process_update(struct db *db, const struct process *p)
{
	sqlite3_stmt *st = db_stmt(db, "UPDATE processes SET name_sl = ?2, name_hr = ?3, name_en = ?4,"
	                               " position = ?5, capacity = ?6, active = ?7 WHERE code = ?1");
	bind_process(st, p);
	enum rota_err e = db_run(db, st, "update process");
	return e == ERR_OK && sqlite3_changes(db->handle) == 0 ? ERR_NOT_FOUND : e;
}

enum rota_err store_group_insert(struct db *db, const struct group *g, time_t at, long long *id)
{
	sqlite3_stmt *st = db_stmt(db, "INSERT INTO groups(name, start_day, end_day, created_at) VALUES (?, ?, ?, ?)");
	db_bind_text(st, 1, g->name);
	db_bind_id(st, 2, g->start_day);
	db_bind_id(st, 3, g->end_day);
	sqlite3_bind_int64(st, 4, (sqlite3_int64)at);
	enum rota_err e = db_run(db, st, "insert group");
	if (e == ERR_OK && id)
		*id = sqlite3_last_insert_rowid(db->handle);
	return e;
}

enum rota_err store_group_each(struct db *db, group_fn fn, void *ctx)
{
	sqlite3_stmt *st = db_stmt(db,
	    "SELECT g.id, g.name, coalesce(g.start_day, 0), coalesce(g.end_day, 0),"
	    " (SELECT count(*) FROM group_members m JOIN people p ON p.id = m.person_id"
	    "   WHERE m.group_id = g.id AND m.left_at IS NULL AND p.role = 'participant'),"
	    " (SELECT count(*) FROM group_members m JOIN people p ON p.id = m.person_id"
	    "   WHERE m.group_id = g.id AND m.left_at IS NULL AND p.role != 'participant')"
	    " FROM groups g ORDER BY g.name COLLATE rota_sl");
	struct group g;
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		memset(&g, 0, sizeof g);
		g.id = sqlite3_column_int64(st, 0);
		db_column_text(st, 1, g.name, sizeof g.name);
		g.start_day = sqlite3_column_int(st, 2);
		g.end_day = sqlite3_column_int(st, 3);
		g.participants = sqlite3_column_int(st, 4);
		g.mentors = sqlite3_column_int(st, 5);
		fn(&g, ctx);
	}
	sqlite3_reset(st);
	return rc == SQLITE_DONE ? ERR_OK : db_fail(db, rc, "list groups");
}

enum rota_err store_group_join(struct db *db, long long group_id, long long person_id, bool leave_others,
                               time_t at)
{
	enum rota_err e = ERR_OK;
	if (leave_others) {
		sqlite3_stmt *st = db_stmt(db, "UPDATE group_members SET left_at = ? WHERE person_id = ?"
		                               " AND left_at IS NULL AND group_id != ?");
		sqlite3_bind_int64(st, 1, (sqlite3_int64)at);
		sqlite3_bind_int64(st, 2, person_id);
		sqlite3_bind_int64(st, 3, group_id);
		e = db_run(db, st, "leave group");
	}
	if (e != ERR_OK)
		return e;
	sqlite3_stmt *st = db_stmt(db, "INSERT INTO group_members(group_id, person_id, joined_at)"
	                               " SELECT ?1, ?2, ?3 WHERE NOT EXISTS (SELECT 1 FROM group_members"
	                               " WHERE group_id = ?1 AND person_id = ?2 AND left_at IS NULL)");
	sqlite3_bind_int64(st, 1, group_id);
	sqlite3_bind_int64(st, 2, person_id);
	sqlite3_bind_int64(st, 3, (sqlite3_int64)at);
	return db_run(db, st, "join group");
}

enum rota_err store_group_of(struct db *db, long long person_id, char *out, size_t n)
{
	sqlite3_stmt *st = db_stmt(db, "SELECT g.name FROM group_members m JOIN groups g ON g.id = m.group_id"
	                               " WHERE m.person_id = ? AND m.left_at IS NULL ORDER BY m.joined_at DESC");
	sqlite3_bind_int64(st, 1, person_id);
	int rc = sqlite3_step(st);
	out[0] = '\0';
	if (rc == SQLITE_ROW)
		db_column_text(st, 0, out, n);
	sqlite3_reset(st);
	return rc == SQLITE_ROW || rc == SQLITE_DONE ? ERR_OK : db_fail(db, rc, "group of");
}

static void read_assignment(sqlite3_stmt *st, struct assignment *a)
{
	memset(a, 0, sizeof *a);
	a->id = sqlite3_column_int64(st, 0);
	a->person_id = sqlite3_column_int64(st, 1);
	db_column_text(st, 2, a->process_code, sizeof a->process_code);
	a->mentor_id = sqlite3_column_int64(st, 3);
	a->start_at = (time_t)sqlite3_column_int64(st, 4);
	a->end_at = (time_t)sqlite3_column_int64(st, 5);
}

#define ASSIGNMENT_COLUMNS "id, person_id, process_code, mentor_id, start_at, end_at"

enum rota_err store_assign(struct db *db, long long person_id, const char *process_code, long long mentor_id,
                           const struct change *c)
{
	sqlite3_stmt *st = db_stmt(db, "UPDATE assignments SET end_at = ? WHERE person_id = ? AND end_at IS NULL");
	sqlite3_bind_int64(st, 1, (sqlite3_int64)c->at);
	sqlite3_bind_int64(st, 2, person_id);
	enum rota_err e = db_run(db, st, "end assignment");
	if (e != ERR_OK)
		return e;
	st = db_stmt(db, "INSERT INTO assignments(person_id, process_code, mentor_id, start_at, by_person, reason,"
	                 " terminal) VALUES (?, ?, ?, ?, ?, ?, ?)");
	sqlite3_bind_int64(st, 1, person_id);
	db_bind_text(st, 2, process_code);
	db_bind_id(st, 3, mentor_id);
	sqlite3_bind_int64(st, 4, (sqlite3_int64)c->at);
	db_bind_id(st, 5, c->by);
	db_bind_text(st, 6, c->reason);
	db_bind_text(st, 7, c->terminal);
	return db_run(db, st, "assign");
}

enum rota_err store_assignment_current(struct db *db, long long person_id, bool *found, struct assignment *out)
{
	sqlite3_stmt *st = db_stmt(db, "SELECT " ASSIGNMENT_COLUMNS " FROM assignments"
	                               " WHERE person_id = ? AND end_at IS NULL");
	sqlite3_bind_int64(st, 1, person_id);
	int rc = sqlite3_step(st);
	*found = rc == SQLITE_ROW;
	if (*found)
		read_assignment(st, out);
	sqlite3_reset(st);
	return rc == SQLITE_ROW || rc == SQLITE_DONE ? ERR_OK : db_fail(db, rc, "current assignment");
}

static enum rota_err each(struct db *db, sqlite3_stmt *st, assignment_fn fn, void *ctx)
{
	struct assignment a;
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		read_assignment(st, &a);
		fn(&a, ctx);
	}
	sqlite3_reset(st);
	return rc == SQLITE_DONE ? ERR_OK : db_fail(db, rc, "assignments");
}

enum rota_err store_assignment_each_current(struct db *db, assignment_fn fn, void *ctx)
{
	return each(db, db_stmt(db, "SELECT " ASSIGNMENT_COLUMNS " FROM assignments WHERE end_at IS NULL"
	                            " ORDER BY person_id"), fn, ctx);
}

enum rota_err store_assignment_each_of(struct db *db, long long person_id, assignment_fn fn, void *ctx)
{
	/* One statement per case: "person_id = ?1 OR ?1 = 0" would read them all for one. */
	sqlite3_stmt *st = person_id
	    ? db_stmt(db, "SELECT " ASSIGNMENT_COLUMNS " FROM assignments WHERE person_id = ? ORDER BY start_at, id")
	    : db_stmt(db, "SELECT " ASSIGNMENT_COLUMNS " FROM assignments ORDER BY person_id, start_at, id");
	if (person_id)
		sqlite3_bind_int64(st, 1, person_id);
	return each(db, st, fn, ctx);
}

enum rota_err store_assignment_each_during(struct db *db, time_t from, time_t to, assignment_fn fn, void *ctx)
{
	sqlite3_stmt *st = db_stmt(db, "SELECT " ASSIGNMENT_COLUMNS " FROM assignments INDEXED BY assignments_end"
	                               " WHERE (end_at IS NULL OR end_at = 0 OR end_at > ?1) AND start_at < ?2"
	                               " ORDER BY person_id, start_at, id");
	sqlite3_bind_int64(st, 1, (sqlite3_int64)from);
	sqlite3_bind_int64(st, 2, (sqlite3_int64)to);
	return each(db, st, fn, ctx);
}

enum rota_err store_assignment_station(struct db *db, long long person_id, bool *found, struct process *out,
                                       char *mentor, size_t n)
{
	sqlite3_stmt *st = db_stmt(db, "SELECT p.id, p.code, p.name_sl, p.name_hr, p.name_en, p.position, p.capacity,"
	                               " p.active, coalesce(m.name, '') FROM assignments a"
	                               " JOIN processes p ON p.code = a.process_code"
	                               " LEFT JOIN people m ON m.id = a.mentor_id"
	                               " WHERE a.person_id = ? AND a.end_at IS NULL");
	sqlite3_bind_int64(st, 1, person_id);
	int rc = sqlite3_step(st);
	*found = rc == SQLITE_ROW;
	if (*found) {
		db_read_process(st, 0, out);
		db_column_text(st, 8, mentor, n);
	}
	sqlite3_reset(st);
	return rc == SQLITE_ROW || rc == SQLITE_DONE ? ERR_OK : db_fail(db, rc, "station");
}

enum rota_err store_group_members_each(struct db *db, long long group_id, time_t from, time_t to,
                                       void (*fn)(long long person_id, void *ctx), void *ctx)
{
	sqlite3_stmt *st = db_stmt(db, "SELECT DISTINCT person_id FROM group_members WHERE group_id = ?1"
	                               " AND joined_at < ?3 AND (left_at IS NULL OR left_at >= ?2)");
	sqlite3_bind_int64(st, 1, group_id);
	sqlite3_bind_int64(st, 2, (sqlite3_int64)from);
	sqlite3_bind_int64(st, 3, (sqlite3_int64)to);
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW)
		fn(sqlite3_column_int64(st, 0), ctx);
	sqlite3_reset(st);
	return rc == SQLITE_DONE ? ERR_OK : db_fail(db, rc, "group members");
}
