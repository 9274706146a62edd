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
void suite_kept(void);
void suite_feed(void);
void suite_snapshot(void);
void suite_whole(void);
void suite_refusal(void);
void suite_sound(void);
void suite_records_check(void);
void suite_month(void);
void suite_suppress(void);

#endif
