/* SQL for one person's data as a whole: export, anonymisation, retention. */
#include "store/personal.h"

#include <stdlib.h>
#include <string.h>

#include "store/db_internal.h"
#include "store/feed.h"

/* A day (YYYYMMDD) and a time (epoch seconds) as people read them, named
 * by their column. */
#define DAY(x, a) "CASE WHEN " x " > 0 THEN printf('%04d-%02d-%02d', " x " / 10000, " x " / 100 % 100, " \
	x " % 100) END AS " a
#define TIME(x, a) "datetime(" x ", 'unixepoch', 'localtime') AS " a

/* Every table that holds something about a person, and how to read it. No
 * badge seed or hash and no PIN hash: they open doors, not tell about the
 * person. */
static const struct {
	const char *name, *sql;
} tables[] = {
	{ "person", "SELECT id, name, role, lang, active, target_hours, "
	  DAY("programme_start", "programme_start") ", " DAY("programme_end", "programme_end") ", " TIME("created_at", "created_at")
	  " FROM people WHERE id = ?1" },
	{ "entry_data", "SELECT id, field, value, " TIME("at", "at") ", by_person, terminal, special FROM entry_facts"
	  " WHERE person_id = ?1 ORDER BY id" },
	{ "groups", "SELECT g.name, " TIME("m.joined_at", "joined_at") ", " TIME("m.left_at", "left_at") " FROM group_members m"
	  " JOIN groups g ON g.id = m.group_id WHERE m.person_id = ?1 ORDER BY m.joined_at" },
	{ "badges", "SELECT id, " TIME("issued_at", "issued_at") ", issued_by, " TIME("revoked_at", "revoked_at") ", revoked_by, revoke_reason,"
	  " terminal FROM badges WHERE person_id = ?1 ORDER BY id" },
	{ "visits", "SELECT id, " DAY("day", "day") ", " TIME("check_in", "check_in") ", " TIME("check_out", "check_out") ", status, terminal,"
	  " out_terminal, clock_doubtful FROM visits WHERE person_id = ?1 ORDER BY day, check_in" },
	{ "visit_history", "SELECT h.visit_id, h.seq, " TIME("h.at", "at") ", h.by_person, h.action, h.reason, h.terminal,"
	  " " TIME("h.old_check_in", "old_check_in") ", " TIME("h.old_check_out", "old_check_out") ", h.old_status, " TIME("h.new_check_in", "new_check_in") ", "
	  TIME("h.new_check_out", "new_check_out") ", h.new_status FROM visit_history h JOIN visits v ON v.id = h.visit_id"
	  " WHERE v.person_id = ?1 ORDER BY h.visit_id, h.seq" },
	{ "absences", "SELECT id, " DAY("from_day", "from_day") ", " DAY("to_day", "to_day") ", reason, note, by_person, " TIME("at", "at") ", "
	  TIME("cancelled_at", "cancelled_at") ", cancelled_by FROM absences WHERE person_id = ?1 ORDER BY from_day, id" },
	{ "assignments", "SELECT id, process_code, mentor_id, " TIME("start_at", "start_at") ", " TIME("end_at", "end_at") ", by_person,"
	  " reason, terminal FROM assignments WHERE person_id = ?1 ORDER BY start_at, id" },
	{ "progress", "SELECT id, kind, code, level, " DAY("day", "day") ", mentor_id, note, words, " TIME("recorded_at", "recorded_at") ","
	  " terminal FROM progress WHERE person_id = ?1 ORDER BY day, id" },
	{ "notes", "SELECT id, mentor_id, " TIME("at", "at") ", text, for_team, terminal FROM notes WHERE person_id = ?1"
	  " ORDER BY at, id" },
	{ "goals", "SELECT id, text, " DAY("set_on", "set_on") ", set_by, " TIME("created_at", "created_at") " FROM goals"
	  " WHERE person_id = ?1 ORDER BY id" },
	{ "goal_status", "SELECT s.goal_id, s.seq, s.status, " TIME("s.at", "at") ", s.by_person, s.note FROM goal_status s"
	  " JOIN goals g ON g.id = s.goal_id WHERE g.person_id = ?1 ORDER BY s.goal_id, s.seq" },
	{ "meetings", "SELECT id, kind, " DAY("day", "day") ", with_whom, agreed, by_person, " TIME("at", "at") ", terminal"
	  " FROM meetings WHERE person_id = ?1 ORDER BY day, id" },
	{ "drafts", "SELECT mentor_id, form, ref, body, " TIME("saved_at", "saved_at") " FROM drafts"
	  " WHERE person_id = ?1 ORDER BY saved_at" },
	{ "anonymisation", "SELECT pseudonym, " TIME("at", "at") ", by_person, reason, terminal FROM anonymisations"
	  " WHERE person_id = ?1" },
};

#define NTABLES (sizeof tables / sizeof tables[0])
#define MAX_COLS 16

size_t store_personal_tables(void) { return NTABLES; }

const char *store_personal_table_name(size_t i) { return i < NTABLES ? tables[i].name : ""; }

enum rota_err store_personal_table(struct db *db, size_t i, long long person_id, personal_row_fn fn, void *ctx)
{
	if (i >= NTABLES)
		return ERR_NOT_FOUND;
	sqlite3_stmt *st = db_stmt(db, tables[i].sql);
	int n = sqlite3_column_count(st), rc;
	const char *texts[MAX_COLS];
	if (n > MAX_COLS)
		n = MAX_COLS;
	for (int c = 0; c < n; c++) {
		const char *col = sqlite3_column_name(st, c);
		texts[c] = col ? col : "";
	}
	fn(true, n, texts, ctx);
	sqlite3_bind_int64(st, 1, person_id);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		char *owned[MAX_COLS];
		for (int c = 0; c < n; c++)
			texts[c] = db_column_whole(st, c, &owned[c]);
		fn(false, n, texts, ctx);
		for (int c = 0; c < n; c++)
			free(owned[c]);
	}
	sqlite3_reset(st);
	return rc == SQLITE_DONE ? ERR_OK : db_fail(db, rc, "export");
}

enum rota_err store_person_is_anonymised(struct db *db, long long person_id, bool *done)
{
	sqlite3_stmt *st = db_stmt(db, "SELECT 1 FROM anonymisations WHERE person_id = ?");
	sqlite3_bind_int64(st, 1, person_id);
	int rc = sqlite3_step(st);
	*done = rc == SQLITE_ROW;
	sqlite3_reset(st);
	return rc == SQLITE_ROW || rc == SQLITE_DONE ? ERR_OK : db_fail(db, rc, "is anonymised");
}

/* What replaces a person's free texts once they are anonymised. */
#define GONE "-"

static const char *const scrub_sql[] = {
	"UPDATE people SET name = ?2, pin_hash = NULL WHERE id = ?1",
	"UPDATE notes SET text = '" GONE "' WHERE person_id = ?1",
	"UPDATE progress SET note = NULL, words = NULL WHERE person_id = ?1 AND (note IS NOT NULL OR words IS NOT NULL)",
	"UPDATE goals SET text = '" GONE "' WHERE person_id = ?1",
	"UPDATE goal_status SET note = NULL WHERE note IS NOT NULL AND goal_id IN"
	" (SELECT id FROM goals WHERE person_id = ?1)",
	"UPDATE meetings SET with_whom = '" GONE "', agreed = '" GONE "' WHERE person_id = ?1",
	"UPDATE absences SET note = NULL WHERE person_id = ?1 AND note IS NOT NULL",
	"UPDATE visit_history SET reason = NULL WHERE reason IS NOT NULL AND visit_id IN"
	" (SELECT id FROM visits WHERE person_id = ?1)",
	"UPDATE review_seen SET note = NULL WHERE note IS NOT NULL AND kind = 'words' AND ref IN"
	" (SELECT id FROM progress WHERE person_id = ?1)",
	"UPDATE assignments SET reason = NULL WHERE person_id = ?1 AND reason IS NOT NULL",
	"UPDATE badges SET revoke_reason = NULL WHERE person_id = ?1 AND revoke_reason IS NOT NULL",
	"DELETE FROM drafts WHERE person_id = ?1",
};

enum rota_err store_person_anonymise(struct db *db, long long person_id, const char *pseudonym,
                                     const struct change *c)
{
	sqlite3_stmt *st = db_stmt(db, "INSERT INTO anonymisations(person_id, pseudonym, at, by_person, reason,"
	                               " terminal) VALUES (?, ?, ?, ?, ?, ?)");
	sqlite3_bind_int64(st, 1, person_id);
	db_bind_text(st, 2, pseudonym);
	sqlite3_bind_int64(st, 3, (sqlite3_int64)c->at);
	db_bind_id(st, 4, c->by);
	db_bind_text(st, 5, c->reason);
	db_bind_text(st, 6, c->terminal);
	enum rota_err e = db_run(db, st, "record anonymisation");
	for (size_t i = 0; e == ERR_OK && i < sizeof scrub_sql / sizeof scrub_sql[0]; i++) {
		st = db_stmt(db, scrub_sql[i]);
		sqlite3_bind_int64(st, 1, person_id);
		if (i == 0)
			db_bind_text(st, 2, pseudonym);
		e = db_run(db, st, "anonymise");
	}
	/* The changes made before hold the old texts too. */
	if (e == ERR_OK)
		e = store_feed_forget(db, person_id);
	return e;
}

enum rota_err store_retention_each(struct db *db, int day, retention_fn fn, void *ctx)
{
	sqlite3_stmt *st = db_stmt(db,
		"SELECT id, name, ended FROM (SELECT p.id, p.name, coalesce((SELECT CAST(replace(value, '-', '')"
		" AS INTEGER) FROM entry_facts f WHERE f.person_id = p.id AND f.field = 'exit_date' ORDER BY f.id DESC"
		" LIMIT 1), nullif(p.programme_end, 0)) AS ended FROM people p WHERE p.role = 'participant'"
		" AND NOT EXISTS (SELECT 1 FROM anonymisations a WHERE a.person_id = p.id))"
		" WHERE ended > 0 AND ended < ? ORDER BY ended, id");
	int rc;
	sqlite3_bind_int(st, 1, day);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		char *owned;
		const char *name = db_column_whole(st, 1, &owned);
		fn(sqlite3_column_int64(st, 0), name, sqlite3_column_int(st, 2), ctx);
		free(owned);
	}
	sqlite3_reset(st);
	return rc == SQLITE_DONE ? ERR_OK : db_fail(db, rc, "retention");
}

enum rota_err store_scrub(struct db *db)
{
	int log = 0, done = 0;
	int rc = sqlite3_wal_checkpoint_v2(db->handle, NULL, SQLITE_CHECKPOINT_TRUNCATE, &log, &done);
	if (rc == SQLITE_BUSY)
		return ERR_DB_BUSY;
	return rc == SQLITE_OK ? ERR_OK : db_fail(db, rc, "checkpoint");
}

void store_secure_delete(struct db *db, bool on)
{
	sqlite3_exec(db->handle, on ? "PRAGMA secure_delete=ON" : "PRAGMA secure_delete=OFF", NULL, NULL, NULL);
}
