/* The change feed's triggers, generated from one list of tables, and the
 * outbox's reading. A table joins the feed with one line in store/feed_tables.h;
 * the triggers are made again from the tables' columns after every upgrade,
 * so a column a later migration adds is sent too. Columns that must never
 * leave the site (a PIN's hash, a badge's seed) are named beside the table.
 * Also the central copy's filling (store_copy_*), which reads the same list,
 * and the forgetting of an anonymised person's earlier changes. */
#include "store/feed.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store/db_internal.h"
#include "store/feed_prune.h"
#include "store/feed_tables.h"
#include "util/alloc.h"
#include "util/log.h"
#include "util/text.h"

static const struct feed_table {
	const char *name;
	const char *private_cols; /* " a b " : kept on the site, never sent */
	const char *when;         /* which changes are sent, over NEW */
} feed_tables[] = {
#define FEED_ENTRY(name, private_cols, when) { #name, private_cols, when },
	FEED_TABLES(FEED_ENTRY)
#undef FEED_ENTRY
};
#define NFEED (sizeof feed_tables / sizeof feed_tables[0])

const char *feed_table(size_t i)
{
	return i < NFEED ? feed_tables[i].name : NULL;
}

static bool is_private(const struct feed_table *t, const char *col)
{
	char word[80];
	snprintf(word, sizeof word, " %s ", col);
	return strstr(t->private_cols, word) != NULL;
}

/* The table's columns: what is sent as json_object('c', P.c, ...), the key
 * as P.a || '/' || P.b (its primary key, else its rowid), and the sent
 * columns' names for UPDATE OF. P is NEW, or the table itself. */
struct shape {
	sqlite3_str *object, *key, *cols;
	int ncols;
};

static enum rota_err shape_read(struct db *db, const struct feed_table *t, const char *p, struct shape *s)
{
	s->object = sqlite3_str_new(db->handle);
	s->key = sqlite3_str_new(db->handle);
	s->cols = sqlite3_str_new(db->handle);
	s->ncols = 0;
	sqlite3_stmt *st;
	char *sql = sqlite3_mprintf("PRAGMA table_info(\"%w\")", t->name);
	int rc = sqlite3_prepare_v2(db->handle, sql, -1, &st, NULL);
	sqlite3_free(sql);
	if (rc != SQLITE_OK)
		return db_fail(db, rc, "feed table_info");
	sqlite3_str_appendall(s->object, "json_object(");
	/* Up to 8 key columns, in their key order. */
	const char *keys[8] = { 0 };
	char *owned[8] = { 0 };
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		const char *name = (const char *)sqlite3_column_text(st, 1);
		int pk = sqlite3_column_int(st, 5);
		if (pk >= 1 && pk <= 8)
			keys[pk - 1] = owned[pk - 1] = sqlite3_mprintf("%s", name);
		if (is_private(t, name))
			continue;
		sqlite3_str_appendf(s->object, "%s'%q',%s.\"%w\"", s->ncols ? "," : "", name, p, name);
		sqlite3_str_appendf(s->cols, "%s\"%w\"", s->ncols ? "," : "", name);
		s->ncols++;
	}
	sqlite3_finalize(st);
	sqlite3_str_appendall(s->object, ")");
	if (!keys[0])
		sqlite3_str_appendf(s->key, "%s.rowid", p);
	for (int i = 0; i < 8 && keys[i]; i++)
		sqlite3_str_appendf(s->key, "%s%s.\"%w\"", i ? " || '/' || " : "", p, keys[i]);
	for (int i = 0; i < 8; i++)
		sqlite3_free(owned[i]);
	return rc == SQLITE_DONE ? ERR_OK : db_fail(db, rc, "feed table_info");
}

static void shape_free(struct shape *s)
{
	sqlite3_free(sqlite3_str_finish(s->object));
	sqlite3_free(sqlite3_str_finish(s->key));
	sqlite3_free(sqlite3_str_finish(s->cols));
}

/* Not cached: the migrations leave the statement cache as they found it. */
static int exists(struct db *db, const char *type, const char *name)
{
	sqlite3_stmt *st;
	int n = 0;
	if (sqlite3_prepare_v2(db->handle, "SELECT count(*) FROM sqlite_schema WHERE type = ?1 AND name = ?2",
	                       -1, &st, NULL) != SQLITE_OK)
		return 0;
	sqlite3_bind_text(st, 1, type, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, name, -1, SQLITE_TRANSIENT);
	if (sqlite3_step(st) == SQLITE_ROW)
		n = sqlite3_column_int(st, 0);
	sqlite3_finalize(st);
	return n;
}

static enum rota_err exec_owned(struct db *db, char *sql, const char *what)
{
	char *msg = NULL;
	int rc = sql ? sqlite3_exec(db->handle, sql, NULL, NULL, &msg) : SQLITE_NOMEM;
	if (rc != SQLITE_OK)
		log_msg(LOG_ERROR, "%s: %s", what, msg ? msg : sqlite3_errstr(rc));
	sqlite3_free(msg);
	sqlite3_free(sql);
	return rc == SQLITE_OK ? ERR_OK : ERR_DB_WRITE;
}

static enum rota_err install_one(struct db *db, const struct feed_table *t)
{
	char ins[96], upd[96];
	snprintf(ins, sizeof ins, "feed_%s_ins", t->name);
	snprintf(upd, sizeof upd, "feed_%s_upd", t->name);
	bool is_new = !exists(db, "trigger", ins);
	struct shape nw;
	enum rota_err e = shape_read(db, t, "NEW", &nw);
	char *o = sqlite3_str_value(nw.object), *k = sqlite3_str_value(nw.key);
	if (e == ERR_OK)
		e = exec_owned(db, sqlite3_mprintf(
			"DROP TRIGGER IF EXISTS \"%w\"; DROP TRIGGER IF EXISTS \"%w\";"
			"CREATE TRIGGER \"%w\" AFTER INSERT ON \"%w\" WHEN %s BEGIN"
			" INSERT INTO outbox(tbl, row_key, op, row) VALUES('%q', %s, 'insert', %s); END;"
			"CREATE TRIGGER \"%w\" AFTER UPDATE OF %s ON \"%w\" WHEN %s BEGIN"
			" INSERT INTO outbox(tbl, row_key, op, row) VALUES('%q', %s, 'update', %s); END;",
			ins, upd, ins, t->name, t->when, t->name, k, o, upd, sqlite3_str_value(nw.cols), t->name,
			t->when, t->name, k, o), "feed triggers");
	/* Rows made before the table joined the feed go out once, as they are
	 * (the table read under the name NEW, so the same shape and condition
	 * serve). */
	if (e == ERR_OK && is_new)
		e = exec_owned(db, sqlite3_mprintf(
			"INSERT INTO outbox(tbl, row_key, op, row) SELECT '%q', %s, 'snapshot', %s FROM \"%w\" AS NEW"
			" WHERE %s", t->name, k, o, t->name, t->when), "feed snapshot");
	shape_free(&nw);
	return e;
}

enum rota_err feed_install(struct db *db)
{
	enum rota_err e = ERR_OK;
	for (size_t i = 0; e == ERR_OK && i < NFEED; i++)
		if (exists(db, "table", feed_tables[i].name))
			e = install_one(db, &feed_tables[i]);
	return e;
}

enum rota_err store_feed_forget(struct db *db, long long person_id)
{
	/* One pass over the outbox (it holds years of changes): each of the
	 * person's changes becomes its table's row as it is now, or a bare
	 * marker where the row is gone. */
	sqlite3_str *sql = sqlite3_str_new(db->handle);
	sqlite3_str_appendall(sql, "UPDATE outbox SET row = coalesce(CASE tbl");
	enum rota_err e = ERR_OK;
	for (size_t i = 0; e == ERR_OK && i < NFEED; i++) {
		const struct feed_table *t = &feed_tables[i];
		if (!exists(db, "table", t->name))
			continue;
		struct shape cur;
		e = shape_read(db, t, "NEW", &cur);
		if (e == ERR_OK)
			sqlite3_str_appendf(sql, " WHEN '%q' THEN (SELECT %s FROM \"%w\" AS NEW WHERE %s = outbox.row_key)",
			                    t->name, sqlite3_str_value(cur.object), t->name, sqlite3_str_value(cur.key));
		shape_free(&cur);
	}
	sqlite3_str_appendf(sql, " END, json_object('forgotten', 1))"
	                         " WHERE seq IN (SELECT seq FROM outbox_people WHERE person_id = %lld)", person_id);
	char *text = sqlite3_str_finish(sql);
	if (e != ERR_OK) {
		sqlite3_free(text);
		return e;
	}
	return exec_owned(db, text, "feed forget");
}

enum rota_err store_site_id(struct db *db, char *out, size_t n)
{
	sqlite3_stmt *st = db_stmt(db, "SELECT site_id FROM site WHERE id = 1");
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		db_column_text(st, 0, out, n);
	sqlite3_reset(st);
	return rc == SQLITE_ROW ? ERR_OK : db_fail(db, rc, "site id");
}

/* Returns NULL when the JSON text j (len bytes) is fit for jsonb as it is:
 * well-formed UTF-8 with no \u0000 escape (json_object writes a NUL so).
 * Else a new string with each broken byte and each \u0000 as U+FFFD. */
static char *json_for_centre(const char *j, size_t len)
{
	bool has_nul = false;
	for (size_t i = 0; i + 1 < len && !has_nul; i++)
		if (j[i] == '\\')
			has_nul = j[++i] == 'u' && i + 4 < len && !memcmp(j + i + 1, "0000", 4);
	if (!has_nul && text_is_whole(j, len))
		return NULL;
	char *t = text_repair(j, len);
	for (char *p = t; *p && p[1]; p++)
		if (*p == '\\' && *++p == 'u' && !strncmp(p + 1, "0000", 4))
			memcpy(p + 1, "fffd", 4);
	return t;
}

/* Appends the change's JSON object to out, made fit for jsonb, with the
 * stored row's exact bytes as x when it had to be changed. */
static void batch_append(sqlite3_str *out, sqlite3_stmt *st)
{
	const char *change = (const char *)sqlite3_column_text(st, 2);
	size_t len = (size_t)sqlite3_column_bytes(st, 2);
	char *fit = json_for_centre(change, len);
	if (!fit) {
		sqlite3_str_append(out, change, (int)len);
		return;
	}
	/* The object ends in '}': x goes in before it. */
	sqlite3_str_append(out, fit, (int)strlen(fit) - 1);
	const unsigned char *row = sqlite3_column_blob(st, 3);
	int n = sqlite3_column_bytes(st, 3);
	sqlite3_str_appendall(out, ",\"x\":\"");
	for (int i = 0; i < n; i++)
		sqlite3_str_appendf(out, "%02x", row[i]);
	sqlite3_str_appendall(out, "\"}");
	free(fit);
}

/* The batch after change after, or after the last one sent when after < 0. */
static enum rota_err batch_read(struct db *db, long long after, int limit, struct feed_batch *b)
{
	sqlite3_stmt *st = db_stmt(db,
		"SELECT o.seq, o.tbl, json_object('seq', o.seq, 'tbl', o.tbl, 'k', o.row_key, 'op', o.op,"
		"  'row', json(o.row), 'p', (SELECT person_id FROM outbox_people p WHERE p.seq = o.seq)), o.row"
		" FROM outbox o WHERE o.seq > coalesce(?2, (SELECT sent_seq FROM sync_state WHERE id = 1))"
		" ORDER BY o.seq LIMIT ?1");
	sqlite3_bind_int(st, 1, limit);
	if (after >= 0)
		sqlite3_bind_int64(st, 2, after);
	sqlite3_str *out = sqlite3_str_new(db->handle);
	sqlite3_str_appendchar(out, 1, '[');
	b->n = 0;
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		b->last_seq = sqlite3_column_int64(st, 0);
		if (b->n++ == 0) {
			b->first_seq = b->last_seq;
			db_column_text(st, 1, b->first_tbl, sizeof b->first_tbl);
		} else {
			sqlite3_str_appendchar(out, 1, ',');
		}
		batch_append(out, st);
	}
	sqlite3_reset(st);
	sqlite3_str_appendchar(out, 1, ']');
	char *json = sqlite3_str_finish(out);
	if (rc != SQLITE_DONE || !json) {
		sqlite3_free(json);
		b->n = 0;
		return db_fail(db, rc == SQLITE_DONE ? SQLITE_NOMEM : rc, "feed batch");
	}
	b->json = xstrdup(json);
	sqlite3_free(json);
	return ERR_OK;
}

enum rota_err store_feed_batch(struct db *db, int limit, struct feed_batch *b)
{
	return batch_read(db, -1, limit, b);
}

enum rota_err store_feed_batch_after(struct db *db, long long after, int limit, struct feed_batch *b)
{
	return batch_read(db, after < 0 ? 0 : after, limit, b);
}

enum rota_err store_feed_sent(struct db *db, long long seq, time_t at)
{
	sqlite3_stmt *st = db_stmt(db,
		"UPDATE sync_state SET sent_seq = max(sent_seq, ?1), last_ok_at = ?2 WHERE id = 1");
	sqlite3_bind_int64(st, 1, seq);
	sqlite3_bind_int64(st, 2, (sqlite3_int64)at);
	return db_run(db, st, "feed sent");
}

enum rota_err store_feed_status(struct db *db, struct feed_status *s)
{
	sqlite3_stmt *st = db_stmt(db,
		"SELECT s.sent_seq, coalesce(s.last_ok_at, 0), (SELECT coalesce(max(seq), 0) FROM outbox)"
		" FROM sync_state AS s WHERE s.id = 1");
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		s->sent_seq = sqlite3_column_int64(st, 0);
		s->last_ok_at = (time_t)sqlite3_column_int64(st, 1);
		s->last_seq = sqlite3_column_int64(st, 2);
		s->waiting = s->last_seq > s->sent_seq ? s->last_seq - s->sent_seq : 0;
	}
	sqlite3_reset(st);
	return rc == SQLITE_ROW ? ERR_OK : db_fail(db, rc, "feed status");
}

enum rota_err store_copy_open(struct db **out)
{
	enum rota_err e = db_open(":memory:", true, out);
	if (e != ERR_OK)
		return e;
	sqlite3_str *sql = sqlite3_str_new((*out)->handle);
	sqlite3_str_appendall(sql, "PRAGMA foreign_keys=OFF;");
	for (size_t i = 0; i < NFEED; i++)
		sqlite3_str_appendf(sql, "DROP TRIGGER IF EXISTS \"feed_%w_ins\"; DROP TRIGGER IF EXISTS \"feed_%w_upd\";",
		                    feed_tables[i].name, feed_tables[i].name);
	/* The copy holds what the site recorded, a fault from before the
	 * visit guards (migration 14) too: they judge new writes at the site. */
	sqlite3_str_appendall(sql, "DROP TRIGGER visits_whole_insert; DROP TRIGGER visits_whole_update;");
	e = exec_owned(*out, sqlite3_str_finish(sql), "copy open");
	if (e != ERR_OK) {
		db_close(*out);
		*out = NULL;
	}
	return e;
}

enum rota_err store_copy_put(struct db *db, const char *tbl, const char *rows)
{
	const struct feed_table *t = NULL;
	for (size_t i = 0; i < NFEED; i++)
		if (!strcmp(feed_tables[i].name, tbl))
			t = &feed_tables[i];
	if (!t || !exists(db, "table", tbl))
		return ERR_NOT_FOUND;
	sqlite3_stmt *st;
	char *sql = sqlite3_mprintf("PRAGMA table_info(\"%w\")", tbl);
	int rc = sqlite3_prepare_v2(db->handle, sql, -1, &st, NULL);
	sqlite3_free(sql);
	if (rc != SQLITE_OK)
		return db_fail(db, rc, "copy table_info");
	sqlite3_str *cols = sqlite3_str_new(db->handle), *vals = sqlite3_str_new(db->handle);
	int n = 0;
	while (sqlite3_step(st) == SQLITE_ROW) {
		const char *name = (const char *)sqlite3_column_text(st, 1);
		bool has_default = sqlite3_column_type(st, 4) != SQLITE_NULL;
		bool must = sqlite3_column_int(st, 3) && !has_default;
		const char *v;
		char *owned = NULL;
		if (!is_private(t, name))
			v = owned = sqlite3_mprintf("json_extract(value, '$.\"%w\"')", name);
		else if (must)
			v = "randomblob(16)";
		else
			continue;
		sqlite3_str_appendf(cols, "%s\"%w\"", n ? "," : "", name);
		sqlite3_str_appendf(vals, "%s%s", n ? "," : "", v);
		sqlite3_free(owned);
		n++;
	}
	sqlite3_finalize(st);
	char *c = sqlite3_str_finish(cols), *v = sqlite3_str_finish(vals);
	sql = sqlite3_mprintf("INSERT OR REPLACE INTO \"%w\"(%s) SELECT %s FROM json_each(?1)", tbl, c, v);
	sqlite3_free(c);
	sqlite3_free(v);
	rc = sqlite3_prepare_v2(db->handle, sql, -1, &st, NULL);
	sqlite3_free(sql);
	if (rc != SQLITE_OK)
		return db_fail(db, rc, "copy insert");
	sqlite3_bind_text(st, 1, rows, -1, SQLITE_STATIC);
	rc = sqlite3_step(st);
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? ERR_OK : db_fail(db, rc, "copy insert");
}

enum rota_err store_copy_add_month_seconds(struct db *db, const char *rows)
{
	/* As the visits' triggers keep them: added to what is there, the
	 * months and each person's total alike. (WHERE true: an upsert after a
	 * SELECT needs it to be read as one.) */
	sqlite3_stmt *st = db_stmt(db,
		"INSERT INTO visit_month_hours(person_id, month, seconds)"
		" SELECT json_extract(value, '$.person_id'), json_extract(value, '$.month'), json_extract(value, '$.seconds')"
		" FROM json_each(?1) WHERE true"
		" ON CONFLICT(person_id, month) DO UPDATE SET seconds = seconds + excluded.seconds");
	sqlite3_bind_text(st, 1, rows, -1, SQLITE_STATIC);
	enum rota_err e = db_run(db, st, "copy month seconds");
	if (e != ERR_OK)
		return e;
	st = db_stmt(db,
		"INSERT INTO visit_person_hours(person_id, seconds)"
		" SELECT json_extract(value, '$.person_id'), sum(json_extract(value, '$.seconds')) FROM json_each(?1)"
		" GROUP BY 1"
		" ON CONFLICT(person_id) DO UPDATE SET seconds = seconds + excluded.seconds");
	sqlite3_bind_text(st, 1, rows, -1, SQLITE_STATIC);
	return db_run(db, st, "copy person seconds");
}
