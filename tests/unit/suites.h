/* The unit test suites. */
#ifndef ROTA_TESTS_UNIT_SUITES_H
#define ROTA_TESTS_UNIT_SUITES_H

void suite_core(void);
void suite_util(void);
void suite_store(void);
void suite_app(void);
void suite_badges(void);
void suite_mentor(void);
void suite_rotation(void);
void suite_db(void);
void suite_opt(void);
void suite_backup(void);
void suite_log(void);
void suite_calendar(void);
void suite_text(void);
void suite_locks(void);
void suite_fuzz_finds(void);
void suite_records(void);

/* SQL that takes a current file back to before migration 9, for the tests
 * that make an older file: its tables and the note's mark go, and the
 * guards it changed are as they were. */
#define UNDO_MIGRATION_9 \
	"ALTER TABLE notes DROP COLUMN for_team;" \
	"DROP TRIGGER notes_fixed; DROP TRIGGER progress_fixed; DROP TRIGGER visit_history_fixed;" \
	"CREATE TRIGGER notes_fixed BEFORE UPDATE ON notes" \
	"  BEGIN SELECT RAISE(ABORT, 'notes are never rewritten'); END;" \
	"CREATE TRIGGER progress_fixed BEFORE UPDATE ON progress" \
	"  BEGIN SELECT RAISE(ABORT, 'progress entries are never rewritten'); END;" \
	"CREATE TRIGGER visit_history_fixed BEFORE UPDATE ON visit_history" \
	"  BEGIN SELECT RAISE(ABORT, 'history is never rewritten'); END;" \
	"DROP TABLE entry_facts; DROP TABLE meetings; DROP TABLE anonymisations;"

#endif
