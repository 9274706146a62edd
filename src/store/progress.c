/* SQL for progress, skills, notes and goals. */
#include "store/progress.h"

#include <stdlib.h>
#include <string.h>

#include "store/db_internal.h"
#include "util/alloc.h"

#define PROGRESS_COLUMNS "id, person_id, kind, code, level, day, mentor_id, note, words, recorded_at"

enum rota_err store_progress_insert(struct db *db, const struct progress_entry *e, const char *terminal,
                                    long long *id)
{
	sqlite3_stmt *st = db_stmt(db, "INSERT INTO progress(person_id, kind, code, level, day, mentor_id,"
	                               " note, words, recorded_at, terminal) VALUES (?,?,?,?,?,?,?,?,?,?)");
	sqlite3_bind_int64(st, 1, e->person_id);
	db_bind_text(st, 2, progress_kind_code(e->kind));
	db_bind_text(st, 3, e->code);
	sqlite3_bind_int(st, 4, e->level);
	sqlite3_bind_int(st, 5, e->day);
	db_bind_id(st, 6, e->mentor_id);
	db_bind_text(st, 7, e->note[0] ? e->note : NULL);
	db_bind_text(st, 8, e->words[0] ? e->words : NULL);
	sqlite3_bind_int64(st, 9, (sqlite3_int64)e->recorded_at);
	db_bind_text(st, 10, terminal);
	enum rota_err err = db_run(db, st, "insert progress");
	if (err == ERR_OK && id)
		*id = sqlite3_last_insert_rowid(db->handle);
	return err;
}

void db_read_progress(sqlite3_stmt *st, struct progress_entry *e)
{
	char kind[16];
	memset(e, 0, sizeof *e);
	e->id = sqlite3_column_int64(st, 0);
	e->person_id = sqlite3_column_int64(st, 1);
	db_column_text(st, 2, kind, sizeof kind);
	progress_kind_parse(kind, &e->kind);
	db_column_text(st, 3, e->code, sizeof e->code);
	e->level = sqlite3_column_int(st, 4);
	e->day = sqlite3_column_int(st, 5);
	e->mentor_id = sqlite3_column_int64(st, 6);
	db_column_text(st, 7, e->note, sizeof e->note);
	db_column_text(st, 8, e->words, sizeof e->words);
	e->recorded_at = (time_t)sqlite3_column_int64(st, 9);
}

enum rota_err store_progress_each(struct db *db, long long person_id, progress_fn fn, void *ctx)
{
	/* Two statements, not one with "person_id = ?1 OR ?1 = 0": that switch
	 * keeps the planner off progress_person and reads every entry for one. */
	sqlite3_stmt *st = person_id
	    ? db_stmt(db, "SELECT " PROGRESS_COLUMNS " FROM progress WHERE person_id = ? ORDER BY day, id")
	    : db_stmt(db, "SELECT " PROGRESS_COLUMNS " FROM progress ORDER BY person_id, day, id");
	struct progress_entry e;
	int rc;
	if (person_id)
		sqlite3_bind_int64(st, 1, person_id);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		db_read_progress(st, &e);
		fn(&e, ctx);
	}
	sqlite3_reset(st);
	return rc == SQLITE_DONE ? ERR_OK : db_fail(db, rc, "list progress");
}

enum rota_err store_progress_reached_in(struct db *db, enum progress_kind kind, int level, int from, int to,
                                        progress_fn fn, void *ctx)
{
	sqlite3_stmt *st = db_stmt(db, "SELECT " PROGRESS_COLUMNS " FROM progress p INDEXED BY progress_day"
	                               " WHERE p.day BETWEEN ?2 AND ?3 AND p.kind = ?1 AND p.level >= ?4 AND NOT EXISTS"
	                               " (SELECT 1 FROM progress q WHERE q.person_id = p.person_id AND q.kind = ?1"
	                               " AND q.code = p.code AND q.day < ?2 AND q.level >= ?4)"
	                               " ORDER BY p.person_id, p.day, p.id");
	struct progress_entry e;
	int rc;
	db_bind_text(st, 1, progress_kind_code(kind));
	sqlite3_bind_int(st, 2, from);
	sqlite3_bind_int(st, 3, to);
	sqlite3_bind_int(st, 4, level);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		db_read_progress(st, &e);
		fn(&e, ctx);
	}
	sqlite3_reset(st);
	return rc == SQLITE_DONE ? ERR_OK : db_fail(db, rc, "progress reached");
}

enum rota_err store_progress_latest(struct db *db, long long person_id, enum progress_kind kind, const char *code,
                                    int *level)
{
	sqlite3_stmt *st = db_stmt(db, "SELECT level FROM progress WHERE person_id = ? AND kind = ? AND code = ?"
	                               " ORDER BY day DESC, id DESC LIMIT 1");
	sqlite3_bind_int64(st, 1, person_id);
	db_bind_text(st, 2, progress_kind_code(kind));
	db_bind_text(st, 3, code);
	int rc = sqlite3_step(st);
	*level = rc == SQLITE_ROW ? sqlite3_column_int(st, 0) : -1;
	sqlite3_reset(st);
	return rc == SQLITE_ROW || rc == SQLITE_DONE ? ERR_OK : db_fail(db, rc, "latest level");
}

enum rota_err store_topics(struct db *db, struct topic **out, size_t *n)
{
	sqlite3_stmt *st = db_stmt(db, "SELECT 'process', code, name_sl, name_hr, name_en, active, position"
	                               " FROM processes UNION ALL SELECT 'skill', code, name_sl, name_hr,"
	                               " name_en, active, position + 1000 FROM skills ORDER BY 7");
	size_t cap = 16, len = 0;
	struct topic *list = xmalloc(cap * sizeof *list);
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		char kind[16];
		if (len == cap)
			list = xrealloc(list, (cap *= 2) * sizeof *list);
		struct topic *t = &list[len++];
		db_column_text(st, 0, kind, sizeof kind);
		progress_kind_parse(kind, &t->kind);
		db_column_text(st, 1, t->code, sizeof t->code);
		db_column_text(st, 2, t->name_sl, sizeof t->name_sl);
		db_column_text(st, 3, t->name_hr, sizeof t->name_hr);
		db_column_text(st, 4, t->name_en, sizeof t->name_en);
		t->is_active = sqlite3_column_int(st, 5) != 0;
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE) {
		free(list);
		*out = NULL;
		*n = 0;
		return db_fail(db, rc, "topics");
	}
	*out = list;
	*n = len;
	return ERR_OK;
}

enum rota_err store_note_insert(struct db *db, const struct note *n, const char *terminal)
{
	sqlite3_stmt *st = db_stmt(db, "INSERT INTO notes(person_id, mentor_id, at, text, terminal, for_team)"
	                               " VALUES (?, ?, ?, ?, ?, ?)");
	sqlite3_bind_int64(st, 1, n->person_id);
	db_bind_id(st, 2, n->mentor_id);
	sqlite3_bind_int64(st, 3, (sqlite3_int64)n->at);
	db_bind_text(st, 4, n->text);
	db_bind_text(st, 5, terminal);
	sqlite3_bind_int(st, 6, n->for_team);
	return db_run(db, st, "insert note");
}

enum rota_err store_note_each(struct db *db, long long person_id, note_fn fn, void *ctx)
{
	sqlite3_stmt *st = db_stmt(db, "SELECT id, person_id, mentor_id, at, text, for_team FROM notes"
	                               " WHERE person_id = ? ORDER BY at DESC, id DESC");
	struct note n;
	int rc;
	sqlite3_bind_int64(st, 1, person_id);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		memset(&n, 0, sizeof n);
		n.id = sqlite3_column_int64(st, 0);
		n.person_id = sqlite3_column_int64(st, 1);
		n.mentor_id = sqlite3_column_int64(st, 2);
		n.at = (time_t)sqlite3_column_int64(st, 3);
		db_column_text(st, 4, n.text, sizeof n.text);
		n.for_team = sqlite3_column_int(st, 5) != 0;
		fn(&n, ctx);
	}
	sqlite3_reset(st);
	return rc == SQLITE_DONE ? ERR_OK : db_fail(db, rc, "list notes");
}

enum rota_err store_goal_insert(struct db *db, const struct goal *g, time_t at, long long *id)
{
	sqlite3_stmt *st = db_stmt(db, "INSERT INTO goals(person_id, text, set_on, set_by, created_at)"
	                               " VALUES (?, ?, ?, ?, ?)");
	sqlite3_bind_int64(st, 1, g->person_id);
	db_bind_text(st, 2, g->text);
	sqlite3_bind_int(st, 3, g->set_on);
	db_bind_id(st, 4, g->set_by);
	sqlite3_bind_int64(st, 5, (sqlite3_int64)at);
	enum rota_err e = db_run(db, st, "insert goal");
	if (e != ERR_OK)
		return e;
	long long goal_id = sqlite3_last_insert_rowid(db->handle);
	if (id)
		*id = goal_id;
	return store_goal_set_status(db, goal_id, "open", at, g->set_by, NULL);
}

enum rota_err store_goal_set_status(struct db *db, long long goal_id, const char *status, time_t at,
                                    long long by, const char *note)
{
	sqlite3_stmt *st = db_stmt(db, "INSERT INTO goal_status(goal_id, seq, status, at, by_person, note)"
	                               " VALUES (?1, (SELECT coalesce(max(seq), 0) + 1 FROM goal_status"
	                               " WHERE goal_id = ?1), ?2, ?3, ?4, ?5)");
	sqlite3_bind_int64(st, 1, goal_id);
	db_bind_text(st, 2, status);
	sqlite3_bind_int64(st, 3, (sqlite3_int64)at);
	db_bind_id(st, 4, by);
	db_bind_text(st, 5, note);
	return db_run(db, st, "goal status");
}

enum rota_err store_goal_each(struct db *db, long long person_id, goal_fn fn, void *ctx)
{
	sqlite3_stmt *st = db_stmt(db, "SELECT g.id, g.person_id, g.set_by, g.text, g.set_on, s.status, s.at"
	                               " FROM goals g JOIN goal_status s ON s.goal_id = g.id AND s.seq ="
	                               " (SELECT max(seq) FROM goal_status WHERE goal_id = g.id)"
	                               " WHERE g.person_id = ? ORDER BY g.set_on, g.id");
	struct goal g;
	int rc;
	sqlite3_bind_int64(st, 1, person_id);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		memset(&g, 0, sizeof g);
		g.id = sqlite3_column_int64(st, 0);
		g.person_id = sqlite3_column_int64(st, 1);
		g.set_by = sqlite3_column_int64(st, 2);
		db_column_text(st, 3, g.text, sizeof g.text);
		g.set_on = sqlite3_column_int(st, 4);
		db_column_text(st, 5, g.status, sizeof g.status);
		g.status_at = (time_t)sqlite3_column_int64(st, 6);
		fn(&g, ctx);
	}
	sqlite3_reset(st);
	return rc == SQLITE_DONE ? ERR_OK : db_fail(db, rc, "list goals");
}
