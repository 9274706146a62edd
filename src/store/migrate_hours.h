/* The SQL of the triggers that keep the hours per month, per person and
 * per process (migrations 16, 18 and 19), as macros: migrate.c writes its
 * migrations with them, and the tests' way back to an older schema
 * (tests/harness.h) makes migration 18's triggers again with the very same
 * text. Only SQL text: nothing here runs by itself. */
#ifndef ROTA_STORE_MIGRATE_HOURS_H
#define ROTA_STORE_MIGRATE_HOURS_H

/* Migration 16: the seconds closed visit v counts (its month's), and those
 * of them within assignment a (its process's), by the one rule: the C of
 * core/hours.c, called as SQL (store/rules.c). */
#define M16_SECONDS(v) "rota_visit_seconds(" v ".status, " v ".check_in, " v ".check_out)"
#define M16_OVERLAP(v) "rota_process_seconds(" v ".status, " v ".check_in, " v ".check_out, a.start_at, a.end_at)"
/* The attribution of visit v's seconds to processes by the one rule, given
 * the rule's two functions as SQL: SEC(v), the seconds v counts, and
 * OVL(v), its part within assignment a. Each assignment's part (one that
 * starts after the visit has none), and what none covers under the code
 * ''; applied with sign; and recounted for one person. Migrations 16 and
 * 19 differ only in the functions they pass. */
#define MH_ATTRIBUTION(v, SEC, OVL) \
	"SELECT a.process_code AS code, " OVL(v) " AS secs FROM assignments a" \
	" WHERE a.person_id = " v ".person_id AND a.start_at < " v ".check_out" \
	" UNION ALL SELECT '', max(" SEC(v) " - coalesce((SELECT sum(" OVL(v) ")" \
	" FROM assignments a WHERE a.person_id = " v ".person_id AND a.start_at < " v ".check_out), 0), 0)"
#define MH_APPLY(v, sign, SEC, OVL) \
	"INSERT INTO visit_process_hours(person_id, process_code, seconds)" \
	" SELECT " v ".person_id, code, " sign "secs FROM (" MH_ATTRIBUTION(v, SEC, OVL) ") WHERE secs <> 0" \
	" ON CONFLICT(person_id, process_code) DO UPDATE SET seconds = seconds + excluded.seconds;"
/* The visits that count any seconds, by the rule (as M8_ATTRIBUTION_ALL). */
#define MH_ATTRIBUTION_ALL(filter, SEC, OVL) \
	"SELECT v.person_id AS pid, a.process_code AS code, " OVL("v") " AS secs" \
	" FROM visits v JOIN assignments a ON a.person_id = v.person_id" \
	" WHERE " SEC("v") " > 0 AND " filter \
	" UNION ALL SELECT v.person_id, '', max(" SEC("v") " - coalesce((SELECT sum(" OVL("v") ")" \
	" FROM assignments a WHERE a.person_id = v.person_id), 0), 0) FROM visits v" \
	" WHERE " SEC("v") " > 0 AND " filter
#define MH_RECOUNT(pid, SEC, OVL) \
	"DELETE FROM visit_process_hours WHERE person_id = " pid ";" \
	"INSERT INTO visit_process_hours(person_id, process_code, seconds)" \
	" SELECT pid, code, sum(secs) FROM (" MH_ATTRIBUTION_ALL("v.person_id = " pid, SEC, OVL) ") GROUP BY pid, code;"
/* The month's part of visit v, added; and taken away again. */
#define MH_MONTH_ADD(v, SEC) \
	"INSERT INTO visit_month_hours(person_id, month, seconds)" \
	"  VALUES (" v ".person_id, " v ".day / 100, " SEC(v) ")" \
	"  ON CONFLICT(person_id, month) DO UPDATE SET seconds = seconds + excluded.seconds; "
#define MH_MONTH_REMOVE(v, SEC) \
	"UPDATE visit_month_hours SET seconds = seconds - " SEC(v) \
	"  WHERE person_id = " v ".person_id AND month = " v ".day / 100; "

/* The person's total (migration 18), the same way. */
#define MH_PERSON_ADD(v, SEC) \
	"INSERT INTO visit_person_hours(person_id, seconds) VALUES (" v ".person_id, " SEC(v) ")" \
	"  ON CONFLICT(person_id) DO UPDATE SET seconds = seconds + excluded.seconds; "
#define MH_PERSON_REMOVE(v, SEC) \
	"UPDATE visit_person_hours SET seconds = seconds - " SEC(v) " WHERE person_id = " v ".person_id; "

#define M16_APPLY(v, sign) MH_APPLY(v, sign, M16_SECONDS, M16_OVERLAP)
#define M16_RECOUNT(pid) MH_RECOUNT(pid, M16_SECONDS, M16_OVERLAP)
#define M16_MONTH_ADD(v) MH_MONTH_ADD(v, M16_SECONDS)
#define M16_MONTH_REMOVE(v) MH_MONTH_REMOVE(v, M16_SECONDS)
/* Migration 18: a person's total of closed hours, kept beside the months. */
#define M18_PERSON_ADD(v) MH_PERSON_ADD(v, M16_SECONDS)
#define M18_PERSON_REMOVE(v) MH_PERSON_REMOVE(v, M16_SECONDS)
/* Migration 19: the rule's functions told whether visit v is held for
 * review after the programme ended (visit_counts()); otherwise as 16's. */
#define M19_HELD(v) "(" v ".after_end AND " v ".accepted_at IS NULL)"
#define M19_SECONDS(v) "rota_visit_seconds(" v ".status, " v ".check_in, " v ".check_out, " M19_HELD(v) ")"
#define M19_OVERLAP(v) "rota_process_seconds(" v ".status, " v ".check_in, " v ".check_out, a.start_at, a.end_at, " \
	M19_HELD(v) ")"
#define M19_APPLY(v, sign) MH_APPLY(v, sign, M19_SECONDS, M19_OVERLAP)
#define M19_RECOUNT(pid) MH_RECOUNT(pid, M19_SECONDS, M19_OVERLAP)
#define M19_MONTH_ADD(v) MH_MONTH_ADD(v, M19_SECONDS)
#define M19_MONTH_REMOVE(v) MH_MONTH_REMOVE(v, M19_SECONDS)
#define M19_PERSON_ADD(v) MH_PERSON_ADD(v, M19_SECONDS)
#define M19_PERSON_REMOVE(v) MH_PERSON_REMOVE(v, M19_SECONDS)
/* Migration 18's triggers, whole (migration 19 replaces them). */
#define M18_TRIGGERS \
	"CREATE TRIGGER visit_hours_add AFTER INSERT ON visits WHEN NEW.status = 'closed' BEGIN " \
	M16_MONTH_ADD("NEW") M18_PERSON_ADD("NEW") M16_APPLY("NEW", "") \
	" END;" \
	"CREATE TRIGGER visit_hours_remove AFTER UPDATE OF person_id, day, check_in, check_out, status" \
	"  ON visits WHEN OLD.status = 'closed' BEGIN " \
	M16_MONTH_REMOVE("OLD") M18_PERSON_REMOVE("OLD") M16_APPLY("OLD", "-") \
	" END;" \
	"CREATE TRIGGER visit_hours_change AFTER UPDATE OF person_id, day, check_in, check_out, status" \
	"  ON visits WHEN NEW.status = 'closed' BEGIN " \
	M16_MONTH_ADD("NEW") M18_PERSON_ADD("NEW") M16_APPLY("NEW", "") \
	" END;"
/* Migration 16's triggers on assignments (kept until migration 19). */
#define M16_ASSIGN_TRIGGERS \
	"CREATE TRIGGER visit_process_hours_assign AFTER INSERT ON assignments BEGIN " \
	M16_RECOUNT("NEW.person_id") \
	" END;" \
	"CREATE TRIGGER visit_process_hours_reassign AFTER UPDATE OF person_id, process_code, start_at, end_at" \
	"  ON assignments BEGIN " \
	M16_RECOUNT("OLD.person_id") M16_RECOUNT("NEW.person_id") \
	" END;"

#endif
