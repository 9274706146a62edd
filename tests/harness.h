/* A tiny test harness: checks count, failures say where, and every run ends
 * with one line "N passed, N failed". */
#ifndef ROTA_TESTS_HARNESS_H
#define ROTA_TESTS_HARNESS_H

#include <stdbool.h>

#include "store/feed_tables.h"
#include "store/migrate_hours.h"

extern int test_passed, test_failed;

/* Records one check; prints the description and place when it fails. */
bool test_check(bool ok, const char *desc, const char *file, int line);
/* Prints the closing line and returns the exit status (0 when all passed). */
int test_report(void);
/* Returns a new temporary folder path (static buffer), made once per run
 * and removed with all it holds when the run exits. */
const char *test_tmpdir(void);

/* Returns the first 1 MiB of the file at path as a new string (free it), or
 * NULL when it cannot be read. */
char *test_read_file(const char *path);
/* Returns whether the file at path (its first 1 MiB) contains needle. */
bool test_file_has(const char *path, const char *needle);

/* SQL that takes a current file back to schema 7, for tests that make an
 * older file out of a new one: migration 8's index, kept hours and their
 * triggers go. */
#define TEST_UNDO_SCHEMA_8 "DROP TRIGGER visit_hours_add; DROP TRIGGER visit_hours_change; DROP TRIGGER visit_hours_remove;" \
	" DROP TABLE visit_month_hours; DROP INDEX visits_person_day;" \
	" DROP TRIGGER visit_process_hours_assign; DROP TRIGGER visit_process_hours_reassign;" \
	" DROP TABLE visit_process_hours; DROP INDEX visits_to_review;"

/* SQL that takes a current file back to before migration 9, for the tests
 * that make an older file: its tables and the note's mark go, and the
 * guards it changed are as they were. */
#define TEST_UNDO_SCHEMA_9 \
	"ALTER TABLE notes DROP COLUMN for_team;" \
	"DROP TRIGGER notes_fixed; DROP TRIGGER progress_fixed; DROP TRIGGER visit_history_fixed;" \
	"CREATE TRIGGER notes_fixed BEFORE UPDATE ON notes" \
	"  BEGIN SELECT RAISE(ABORT, 'notes are never rewritten'); END;" \
	"CREATE TRIGGER progress_fixed BEFORE UPDATE ON progress" \
	"  BEGIN SELECT RAISE(ABORT, 'progress entries are never rewritten'); END;" \
	"CREATE TRIGGER visit_history_fixed BEFORE UPDATE ON visit_history" \
	"  BEGIN SELECT RAISE(ABORT, 'history is never rewritten'); END;" \
	"DROP TABLE entry_facts; DROP TABLE meetings; DROP TABLE anonymisations;"

/* SQL that takes migration 19 (visits held after the programme ended)
 * out of a current file: its guard, index and columns go (the visits'
 * feed triggers name the columns: they go too, and the feed makes them
 * again after the next upgrade), and migration 18's hour triggers come
 * back as they were. */
#define TEST_UNDO_SCHEMA_19 \
	"DROP TRIGGER visits_after_end_kept; DROP TRIGGER IF EXISTS feed_visits_ins;" \
	"DROP TRIGGER IF EXISTS feed_visits_upd; DROP INDEX visits_to_review;" \
	"CREATE INDEX visits_to_review ON visits(day) WHERE status IN ('end_unknown', 'undone') OR clock_doubtful;" \
	"DROP TRIGGER visit_hours_add; DROP TRIGGER visit_hours_remove; DROP TRIGGER visit_hours_change;" \
	"DROP TRIGGER visit_process_hours_assign; DROP TRIGGER visit_process_hours_reassign;" \
	"ALTER TABLE visits DROP COLUMN accepted_at; ALTER TABLE visits DROP COLUMN accepted_by;" \
	"ALTER TABLE visits DROP COLUMN after_end;" M18_TRIGGERS M16_ASSIGN_TRIGGERS

/* SQL that takes migration 17 (the outbox's confirmed mark and its
 * narrow ways to prune and move up) out of a current file. */
#define TEST_UNDO_SCHEMA_17 \
	"DROP TRIGGER outbox_keep; DROP TRIGGER outbox_fixed;" \
	"CREATE TRIGGER outbox_keep BEFORE DELETE ON outbox" \
	"  BEGIN SELECT RAISE(ABORT, 'the outbox is never emptied'); END;" \
	"CREATE TRIGGER outbox_fixed BEFORE UPDATE ON outbox WHEN NOT (" \
	"  NEW.seq = OLD.seq AND NEW.tbl = OLD.tbl AND NEW.row_key = OLD.row_key AND NEW.op = OLD.op" \
	"  AND json_valid(NEW.row)" \
	"  AND json_extract(NEW.row, '$.id') IS json_extract(OLD.row, '$.id')" \
	"  AND json_extract(NEW.row, '$.person_id') IS json_extract(OLD.row, '$.person_id')" \
	"  AND EXISTS (SELECT 1 FROM outbox_people o JOIN anonymisations a ON a.person_id = o.person_id" \
	"              WHERE o.seq = OLD.seq))" \
	"  BEGIN SELECT RAISE(ABORT, 'the outbox is never rewritten'); END;" \
	"DROP TRIGGER sync_state_confirmed; DROP TABLE outbox_confirmed; DROP TABLE outbox_shift;" \
	"ALTER TABLE sync_state DROP COLUMN confirmed_seq;"
/* SQL that takes migration 15 (closed months and transport amounts, their
 * guards and feed triggers with them) out of a current file. */
#define TEST_UNDO_SCHEMA_15 "DROP TABLE month_cells; DROP TABLE month_rows; DROP TABLE month_amendments;" \
	" DROP TABLE person_transport; DROP TABLE month_closes;"
/* SQL that takes migration 14 (the guards that keep a visit whole) out of
 * a current file. */
#define TEST_UNDO_SCHEMA_14 "DROP TRIGGER visits_whole_insert; DROP TRIGGER visits_whole_update;"
/* SQL that takes migration 13 (the file's commit mark) out of a current
 * file. */
#define TEST_UNDO_SCHEMA_13 "ALTER TABLE site DROP COLUMN file_mark; ALTER TABLE site DROP COLUMN commits;"
/* SQL that takes migration 12 (the badge path's own PIN pause) out of a
 * file that has no later migration. */
#define TEST_UNDO_SCHEMA_12 \
	"ALTER TABLE people DROP COLUMN badge_pin_failures;" \
	"ALTER TABLE people DROP COLUMN badge_pin_locked_until;"
/* SQL that takes the change feed (migrations 10 and 11) and every later
 * migration out of a current file (13's column goes with the site table,
 * 14's guards first), so a test can turn it back into an older schema. The triggers are named from the feed's own list, so a
 * table that joins it is covered. */
#define TEST_UNDO_FEED_TABLE(name, private_cols, when) \
	"DROP TRIGGER IF EXISTS feed_" #name "_ins; DROP TRIGGER IF EXISTS feed_" #name "_upd;"
#define TEST_UNDO_SCHEMA_10 TEST_UNDO_SCHEMA_19 TEST_UNDO_SCHEMA_17 TEST_UNDO_SCHEMA_15 TEST_UNDO_SCHEMA_14 \
	"DROP VIEW outbox_people;" FEED_TABLES(TEST_UNDO_FEED_TABLE) \
	"DROP TABLE site; DROP TABLE outbox; DROP TABLE sync_state;" TEST_UNDO_SCHEMA_12

#define CHECK(cond, desc) test_check((cond), (desc), __FILE__, __LINE__)

#endif
