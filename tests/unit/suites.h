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
void suite_feed(void);

/* SQL that takes the change feed (migration 10) out of a current file, so a
 * test can turn it back into an older schema. */
#define UNIT_DROP_FEED \
	"DROP TRIGGER IF EXISTS feed_settings_ins; DROP TRIGGER IF EXISTS feed_settings_upd;" \
	"DROP TRIGGER IF EXISTS feed_people_ins; DROP TRIGGER IF EXISTS feed_people_upd;" \
	"DROP TRIGGER IF EXISTS feed_processes_ins; DROP TRIGGER IF EXISTS feed_processes_upd;" \
	"DROP TRIGGER IF EXISTS feed_skills_ins; DROP TRIGGER IF EXISTS feed_skills_upd;" \
	"DROP TRIGGER IF EXISTS feed_badges_ins; DROP TRIGGER IF EXISTS feed_badges_upd;" \
	"DROP TRIGGER IF EXISTS feed_visits_ins; DROP TRIGGER IF EXISTS feed_visits_upd;" \
	"DROP TRIGGER IF EXISTS feed_visit_history_ins; DROP TRIGGER IF EXISTS feed_visit_history_upd;" \
	"DROP TRIGGER IF EXISTS feed_progress_ins; DROP TRIGGER IF EXISTS feed_progress_upd;" \
	"DROP TRIGGER IF EXISTS feed_notes_ins; DROP TRIGGER IF EXISTS feed_notes_upd;" \
	"DROP TRIGGER IF EXISTS feed_goals_ins; DROP TRIGGER IF EXISTS feed_goals_upd;" \
	"DROP TRIGGER IF EXISTS feed_goal_status_ins; DROP TRIGGER IF EXISTS feed_goal_status_upd;" \
	"DROP TRIGGER IF EXISTS feed_groups_ins; DROP TRIGGER IF EXISTS feed_groups_upd;" \
	"DROP TRIGGER IF EXISTS feed_group_members_ins; DROP TRIGGER IF EXISTS feed_group_members_upd;" \
	"DROP TRIGGER IF EXISTS feed_assignments_ins; DROP TRIGGER IF EXISTS feed_assignments_upd;" \
	"DROP TRIGGER IF EXISTS feed_closures_ins; DROP TRIGGER IF EXISTS feed_closures_upd;" \
	"DROP TRIGGER IF EXISTS feed_absences_ins; DROP TRIGGER IF EXISTS feed_absences_upd;" \
	"DROP TABLE site; DROP TABLE outbox; DROP TABLE sync_state;"

#endif
