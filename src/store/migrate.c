/* The schema, as a list of migrations. Migration i brings the file from
 * user_version i to i + 1; all that a file lacks run together in one
 * IMMEDIATE transaction, so two terminals starting at once cannot both apply
 * them and a failed upgrade leaves the file as it was. Never edit a
 * migration that has shipped: add the next one. */
#include "store/db_internal.h"

#include "store/feed.h"
#include "store/migrate_hours.h"
#include "util/log.h"

/* Migration 8: the seconds of closed visit v that fall within assignment a
 * (hours_overlap_seconds() with the visit's own end for an open
 * assignment), for a visit with check_out > check_in. */
#define M8_OVERLAP(v) "max(min(" v ".check_out, coalesce(nullif(a.end_at, 0), " v ".check_out))" \
	" - max(" v ".check_in, a.start_at), 0)"
/* The rows (code, secs) that attribute closed visit v to processes as
 * app_hours_by_process() does: each assignment's overlap (one that starts
 * after the visit has none), and what no assignment covers under the
 * code ''. */
#define M8_ATTRIBUTION(v) \
	"SELECT a.process_code AS code, " M8_OVERLAP(v) " AS secs FROM assignments a" \
	" WHERE a.person_id = " v ".person_id AND a.start_at < " v ".check_out" \
	" UNION ALL SELECT '', max(" v ".check_out - " v ".check_in - coalesce((SELECT sum(" M8_OVERLAP(v) ")" \
	" FROM assignments a WHERE a.person_id = " v ".person_id AND a.start_at < " v ".check_out), 0), 0)"
/* Adds (sign "") or takes away (sign "-") visit v's attribution, row by
 * row: two assignments at one process add up in the upsert. */
#define M8_APPLY(v, sign) \
	"INSERT INTO visit_process_hours(person_id, process_code, seconds)" \
	" SELECT " v ".person_id, code, " sign "secs FROM (" M8_ATTRIBUTION(v) ")" \
	" WHERE " v ".status = 'closed' AND " v ".check_out > " v ".check_in AND secs <> 0" \
	" ON CONFLICT(person_id, process_code) DO UPDATE SET seconds = seconds + excluded.seconds;"
/* The rows (person, code, secs) of every closed visit that passes filter,
 * attributed as M8_ATTRIBUTION does (SQLite has no lateral join, so the
 * visit is joined, not passed in). */
#define M8_ATTRIBUTION_ALL(filter) \
	"SELECT v.person_id AS pid, a.process_code AS code, " M8_OVERLAP("v") " AS secs" \
	" FROM visits v JOIN assignments a ON a.person_id = v.person_id" \
	" WHERE v.status = 'closed' AND v.check_out > v.check_in AND " filter \
	" UNION ALL SELECT v.person_id, '', max(v.check_out - v.check_in - coalesce((SELECT sum(" M8_OVERLAP("v") ")" \
	" FROM assignments a WHERE a.person_id = v.person_id), 0), 0) FROM visits v" \
	" WHERE v.status = 'closed' AND v.check_out > v.check_in AND " filter
/* Counts person pid's figures again from all their visits (an assignment
 * changed, so every visit's attribution may have). */
#define M8_RECOUNT(pid) \
	"DELETE FROM visit_process_hours WHERE person_id = " pid ";" \
	"INSERT INTO visit_process_hours(person_id, process_code, seconds)" \
	" SELECT pid, code, sum(secs) FROM (" M8_ATTRIBUTION_ALL("v.person_id = " pid) ") GROUP BY pid, code;"

/* Migration 14: where visit v ends for the overlap rule, as
 * visit_check_times() has it: a closed visit at its check-out, an end
 * unknown at its check-in (an instant), an open one never (it lasts until
 * now, and no time is recorded later than now). */
#define M14_END(v) "(CASE " v ".status WHEN 'closed' THEN " v ".check_out" \
	" WHEN 'open' THEN 9223372036854775807 ELSE " v ".check_in END)"
/* The local day (YYYYMMDD) of epoch seconds t, as date_ymd() has it. */
#define M14_DAY(t) "CAST(strftime('%Y%m%d', " t ", 'unixepoch', 'localtime') AS INTEGER)"
/* Whether the person's visit o is among those a correction of v reads
 * (app/visits.c): from the day before v's check-in to the day v ends. A
 * range of visits_person_day: the person's few visits of those days. */
#define M14_WITHIN(o, v) \
	o ".person_id = " v ".person_id AND " o ".day BETWEEN " M14_DAY(v ".check_in - 86400") \
	" AND (CASE " v ".status WHEN 'open' THEN 99991231 ELSE " M14_DAY(M14_END(v)) " END)"
/* Whether o and v overlap: neither undone, and each begins before the
 * other ends (half-open: leaving at 12:00 and coming back at 12:00 is
 * fine, and an instant at either end of a visit is outside it). */
#define M14_MEETS(o, v) \
	o ".status != 'undone' AND " v ".status != 'undone' AND " o ".check_in < " M14_END(v) \
	" AND " v ".check_in < " M14_END(o)

/* The one rewrite of an outbox row migration 11 allows (and 17 keeps): its
 * row redacted, everything else as it was, once the person's anonymisation
 * is recorded. */
#define OUTBOX_ANONYMISED_REWRITE \
	"  NEW.seq = OLD.seq AND NEW.tbl = OLD.tbl AND NEW.row_key = OLD.row_key AND NEW.op = OLD.op" \
	"  AND json_valid(NEW.row)" \
	"  AND json_extract(NEW.row, '$.id') IS json_extract(OLD.row, '$.id')" \
	"  AND json_extract(NEW.row, '$.person_id') IS json_extract(OLD.row, '$.person_id')" \
	"  AND EXISTS (SELECT 1 FROM outbox_people o JOIN anonymisations a ON a.person_id = o.person_id" \
	"              WHERE o.seq = OLD.seq))"

static const char *const migrations[] = {
	/* 1: people, badges, work processes, visits and their history */
	"PRAGMA application_id=1380930625;"
	"CREATE TABLE settings("
	"  key TEXT PRIMARY KEY,"
	"  value TEXT NOT NULL"
	") WITHOUT ROWID;"
	"CREATE TABLE people("
	"  id INTEGER PRIMARY KEY,"
	"  name TEXT NOT NULL COLLATE rota_sl CHECK(length(name) BETWEEN 1 AND 100),"
	"  role TEXT NOT NULL CHECK(role IN ('participant','mentor','coordinator')),"
	"  lang TEXT NOT NULL DEFAULT 'sl' CHECK(lang IN ('sl','hr','en')),"
	"  active INTEGER NOT NULL DEFAULT 1 CHECK(active IN (0,1)),"
	"  pin_hash TEXT,"
	"  created_at INTEGER NOT NULL"
	");"
	"CREATE TABLE badges("
	"  id INTEGER PRIMARY KEY,"
	"  person_id INTEGER NOT NULL REFERENCES people(id),"
	"  seed BLOB NOT NULL,"              /* the payload comes from it and the key file */
	"  payload_hash BLOB NOT NULL UNIQUE,"
	"  issued_at INTEGER NOT NULL,"
	"  issued_by INTEGER REFERENCES people(id),"
	"  revoked_at INTEGER,"
	"  revoked_by INTEGER REFERENCES people(id),"
	"  revoke_reason TEXT,"
	"  terminal TEXT"
	");"
	"CREATE INDEX badges_person ON badges(person_id);"
	"CREATE UNIQUE INDEX badges_one_active ON badges(person_id) WHERE revoked_at IS NULL;"
	"CREATE TABLE processes("
	"  id INTEGER PRIMARY KEY,"
	"  code TEXT NOT NULL UNIQUE,"
	"  name_sl TEXT NOT NULL,"
	"  name_hr TEXT NOT NULL,"
	"  name_en TEXT NOT NULL,"
	"  position INTEGER NOT NULL,"
	"  capacity INTEGER NOT NULL CHECK(capacity >= 0),"
	"  active INTEGER NOT NULL DEFAULT 1 CHECK(active IN (0,1))"
	");"
	"INSERT INTO processes(code,name_sl,name_hr,name_en,position,capacity) VALUES"
	"  ('collecting','Zbiranje','Sakupljanje','Collecting',1,6),"
	"  ('sorting','Sortiranje','Sortiranje','Sorting',2,6),"
	"  ('cutting','Rezanje','Rezanje','Cutting',3,4),"
	"  ('packing','Pakiranje','Pakiranje','Packing',4,4),"
	"  ('sewing','Pomoč pri šivanju','Pomoćni poslovi kod šivanja','Sewing assistance',5,3);"
	"CREATE TABLE visits("
	"  id INTEGER PRIMARY KEY,"
	"  person_id INTEGER NOT NULL REFERENCES people(id),"
	"  day INTEGER NOT NULL,"
	"  check_in INTEGER NOT NULL,"
	"  check_out INTEGER,"
	"  status TEXT NOT NULL CHECK(status IN ('open','closed','end_unknown','undone')),"
	"  terminal TEXT,"                   /* where the check-in was scanned */
	"  out_terminal TEXT,"               /* where the check-out was scanned */
	"  CHECK((status = 'closed') = (check_out IS NOT NULL))"
	");"
	/* Two indexes only: every page a scan touches costs time at the fsync.
	 * (day, person_id) serves the scan (today's visits of one person) and
	 * every report by date; the partial index finds and guards the one open
	 * visit a person may have. */
	"CREATE UNIQUE INDEX visits_one_open ON visits(person_id) WHERE status = 'open';"
	"CREATE INDEX visits_day_person ON visits(day, person_id);"
	/* History is clustered by visit (one b-tree, no separate index). */
	"CREATE TABLE visit_history("
	"  visit_id INTEGER NOT NULL REFERENCES visits(id),"
	"  seq INTEGER NOT NULL,"
	"  at INTEGER NOT NULL,"
	"  by_person INTEGER REFERENCES people(id),"
	"  action TEXT NOT NULL CHECK(action IN"
	"    ('check_in','check_out','end_unknown','undo','correct')),"
	"  reason TEXT,"
	"  terminal TEXT,"
	"  old_check_in INTEGER, old_check_out INTEGER, old_status TEXT,"
	"  new_check_in INTEGER, new_check_out INTEGER, new_status TEXT,"
	"  PRIMARY KEY(visit_id, seq)"
	") WITHOUT ROWID;"
	/* Nothing is lost: records are never deleted, history never rewritten. */
	"CREATE TRIGGER visits_keep BEFORE DELETE ON visits"
	"  BEGIN SELECT RAISE(ABORT, 'visits are never deleted'); END;"
	"CREATE TRIGGER visit_history_keep BEFORE DELETE ON visit_history"
	"  BEGIN SELECT RAISE(ABORT, 'history is never deleted'); END;"
	"CREATE TRIGGER visit_history_fixed BEFORE UPDATE ON visit_history"
	"  BEGIN SELECT RAISE(ABORT, 'history is never rewritten'); END;"
	"CREATE TRIGGER badges_keep BEFORE DELETE ON badges"
	"  BEGIN SELECT RAISE(ABORT, 'badges are never deleted'); END;"
	"CREATE TRIGGER people_keep BEFORE DELETE ON people"
	"  BEGIN SELECT RAISE(ABORT, 'people are deactivated, never deleted'); END;"
	"PRAGMA user_version=1;",

	/* 2: mentor mode: PIN lockout, programme and target hours, skills,
	 * progress, notes, goals, and what the review has seen */
	"ALTER TABLE people ADD COLUMN target_hours INTEGER CHECK(target_hours > 0);"
	"ALTER TABLE people ADD COLUMN programme_start INTEGER;"
	"ALTER TABLE people ADD COLUMN programme_end INTEGER;"
	"ALTER TABLE people ADD COLUMN pin_failures INTEGER NOT NULL DEFAULT 0;"
	"ALTER TABLE people ADD COLUMN pin_locked_until INTEGER;"
	"CREATE TABLE skills("
	"  id INTEGER PRIMARY KEY,"
	"  code TEXT NOT NULL UNIQUE,"
	"  name_sl TEXT NOT NULL, name_hr TEXT NOT NULL, name_en TEXT NOT NULL,"
	"  position INTEGER NOT NULL,"
	"  active INTEGER NOT NULL DEFAULT 1 CHECK(active IN (0,1))"
	");"
	"INSERT INTO skills(code, name_sl, name_hr, name_en, position) VALUES"
	"  ('punctuality','Točnost','Točnost','Punctuality',1),"
	"  ('instructions','Upoštevanje navodil','Poštivanje uputa','Following instructions',2),"
	"  ('teamwork','Timsko delo','Timski rad','Teamwork',3),"
	"  ('safety','Varnost pri delu','Sigurnost na radu','Safety at work',4),"
	"  ('independence','Samostojnost','Samostalnost','Independence',5),"
	"  ('communication','Komunikacija','Komunikacija','Communication',6);"
	/* A progress entry is never changed: a later entry is the new level. */
	"CREATE TABLE progress("
	"  id INTEGER PRIMARY KEY,"
	"  person_id INTEGER NOT NULL REFERENCES people(id),"
	"  kind TEXT NOT NULL CHECK(kind IN ('process','skill')),"
	"  code TEXT NOT NULL,"
	"  level INTEGER NOT NULL CHECK(level BETWEEN 0 AND 4),"
	"  day INTEGER NOT NULL,"
	"  mentor_id INTEGER REFERENCES people(id),"
	"  note TEXT,"
	"  words TEXT,"                      /* the participant's own words */
	"  recorded_at INTEGER NOT NULL,"
	"  terminal TEXT"
	");"
	"CREATE INDEX progress_person ON progress(person_id, kind, code, day);"
	"CREATE TABLE notes("
	"  id INTEGER PRIMARY KEY,"
	"  person_id INTEGER NOT NULL REFERENCES people(id),"
	"  mentor_id INTEGER REFERENCES people(id),"
	"  at INTEGER NOT NULL,"
	"  text TEXT NOT NULL CHECK(length(text) > 0),"
	"  terminal TEXT"
	");"
	"CREATE INDEX notes_person ON notes(person_id, at);"
	"CREATE TABLE goals("
	"  id INTEGER PRIMARY KEY,"
	"  person_id INTEGER NOT NULL REFERENCES people(id),"
	"  text TEXT NOT NULL CHECK(length(text) > 0),"
	"  set_on INTEGER NOT NULL,"
	"  set_by INTEGER REFERENCES people(id),"
	"  created_at INTEGER NOT NULL"
	");"
	"CREATE INDEX goals_person ON goals(person_id);"
	/* A goal's status is a history: the latest row is the current one. */
	"CREATE TABLE goal_status("
	"  goal_id INTEGER NOT NULL REFERENCES goals(id),"
	"  seq INTEGER NOT NULL,"
	"  status TEXT NOT NULL CHECK(status IN ('open','working','reached','changed','dropped')),"
	"  at INTEGER NOT NULL,"
	"  by_person INTEGER REFERENCES people(id),"
	"  note TEXT,"
	"  PRIMARY KEY(goal_id, seq)"
	") WITHOUT ROWID;"
	/* Review items a mentor has looked at and closed (corrections close
	 * theirs by changing the visit itself). */
	"CREATE TABLE review_seen("
	"  kind TEXT NOT NULL CHECK(kind IN ('undone','not_seen','words')),"
	"  ref INTEGER NOT NULL,"
	"  at INTEGER NOT NULL,"
	"  by_person INTEGER REFERENCES people(id),"
	"  note TEXT,"
	"  PRIMARY KEY(kind, ref, at)"
	") WITHOUT ROWID;"
	"CREATE TRIGGER progress_fixed BEFORE UPDATE ON progress"
	"  BEGIN SELECT RAISE(ABORT, 'progress entries are never rewritten'); END;"
	"CREATE TRIGGER progress_keep BEFORE DELETE ON progress"
	"  BEGIN SELECT RAISE(ABORT, 'progress entries are never deleted'); END;"
	"CREATE TRIGGER notes_fixed BEFORE UPDATE ON notes"
	"  BEGIN SELECT RAISE(ABORT, 'notes are never rewritten'); END;"
	"CREATE TRIGGER notes_keep BEFORE DELETE ON notes"
	"  BEGIN SELECT RAISE(ABORT, 'notes are never deleted'); END;"
	"CREATE TRIGGER goals_keep BEFORE DELETE ON goals"
	"  BEGIN SELECT RAISE(ABORT, 'goals are never deleted'); END;"
	"CREATE TRIGGER goal_status_keep BEFORE DELETE ON goal_status"
	"  BEGIN SELECT RAISE(ABORT, 'goal history is never deleted'); END;"
	"PRAGMA user_version=2;",

	/* 3: rotation: groups and their members, and who works where */
	"CREATE TABLE groups("
	"  id INTEGER PRIMARY KEY,"
	"  name TEXT NOT NULL UNIQUE CHECK(length(name) BETWEEN 1 AND 100),"
	"  start_day INTEGER,"
	"  end_day INTEGER,"
	"  created_at INTEGER NOT NULL"
	");"
	/* Membership is a history: leaving sets left_at, never deletes. */
	"CREATE TABLE group_members("
	"  group_id INTEGER NOT NULL REFERENCES groups(id),"
	"  person_id INTEGER NOT NULL REFERENCES people(id),"
	"  joined_at INTEGER NOT NULL,"
	"  left_at INTEGER,"
	"  PRIMARY KEY(group_id, person_id, joined_at)"
	") WITHOUT ROWID;"
	"CREATE INDEX group_members_person ON group_members(person_id) WHERE left_at IS NULL;"
	/* A participant works at one process with one mentor at a time; a new
	 * assignment ends the previous one, which stays. */
	"CREATE TABLE assignments("
	"  id INTEGER PRIMARY KEY,"
	"  person_id INTEGER NOT NULL REFERENCES people(id),"
	"  process_code TEXT NOT NULL REFERENCES processes(code),"
	"  mentor_id INTEGER REFERENCES people(id),"
	"  start_at INTEGER NOT NULL,"
	"  end_at INTEGER,"
	"  by_person INTEGER REFERENCES people(id),"
	"  reason TEXT,"
	"  terminal TEXT"
	");"
	"CREATE UNIQUE INDEX assignments_current ON assignments(person_id) WHERE end_at IS NULL;"
	"CREATE INDEX assignments_person ON assignments(person_id, start_at);"
	"CREATE TRIGGER assignments_keep BEFORE DELETE ON assignments"
	"  BEGIN SELECT RAISE(ABORT, 'assignments are never deleted'); END;"
	"CREATE TRIGGER group_members_keep BEFORE DELETE ON group_members"
	"  BEGIN SELECT RAISE(ABORT, 'group membership is never deleted'); END;"
	"PRAGMA user_version=3;",

	/* 4: a scan whose clock could not be trusted is kept, marked for the
	 * mentors' review; a correction clears the mark. The newest trusted
	 * scan is one row, moved on in the scan's own transaction: a scan reads
	 * it in one page instead of the day's visits. */
	"ALTER TABLE visits ADD COLUMN clock_doubtful INTEGER NOT NULL DEFAULT 0"
	"  CHECK(clock_doubtful IN (0,1));"
	"CREATE TABLE clock_high_water("
	"  id INTEGER PRIMARY KEY CHECK(id = 1),"
	"  at INTEGER NOT NULL"
	");"
	"INSERT INTO clock_high_water(id, at)"
	"  SELECT 1, coalesce(max(max(check_in, coalesce(check_out, 0))), 0) FROM visits"
	"  WHERE status != 'undone';"
	"PRAGMA user_version=4;",

	/* 5: a mentor adds a visit that was never scanned ("added") and closes
	 * the day's open visits at closing time ("close_open"). SQLite cannot
	 * change a CHECK in place, so the history is copied into a table that
	 * allows them, row for row, and its guards are set up again. */
	"CREATE TABLE visit_history_5("
	"  visit_id INTEGER NOT NULL REFERENCES visits(id),"
	"  seq INTEGER NOT NULL,"
	"  at INTEGER NOT NULL,"
	"  by_person INTEGER REFERENCES people(id),"
	"  action TEXT NOT NULL CHECK(action IN"
	"    ('check_in','check_out','end_unknown','undo','correct','added','close_open')),"
	"  reason TEXT,"
	"  terminal TEXT,"
	"  old_check_in INTEGER, old_check_out INTEGER, old_status TEXT,"
	"  new_check_in INTEGER, new_check_out INTEGER, new_status TEXT,"
	"  PRIMARY KEY(visit_id, seq)"
	") WITHOUT ROWID;"
	"INSERT INTO visit_history_5 SELECT visit_id, seq, at, by_person, action, reason, terminal,"
	"  old_check_in, old_check_out, old_status, new_check_in, new_check_out, new_status"
	"  FROM visit_history;"
	"DROP TABLE visit_history;"
	"ALTER TABLE visit_history_5 RENAME TO visit_history;"
	"CREATE TRIGGER visit_history_keep BEFORE DELETE ON visit_history"
	"  BEGIN SELECT RAISE(ABORT, 'history is never deleted'); END;"
	"CREATE TRIGGER visit_history_fixed BEFORE UPDATE ON visit_history"
	"  BEGIN SELECT RAISE(ABORT, 'history is never rewritten'); END;"
	/* A form's unsaved text, kept for the mentor who typed it when mentor
	 * mode timed out: not part of the record, private to that mentor, and
	 * gone once the form is saved or discarded. One per form and subject. */
	"CREATE TABLE drafts("
	"  mentor_id INTEGER NOT NULL REFERENCES people(id),"
	"  form TEXT NOT NULL,"
	"  person_id INTEGER NOT NULL DEFAULT 0,"
	"  ref INTEGER NOT NULL DEFAULT 0,"
	"  body TEXT NOT NULL,"
	"  saved_at INTEGER NOT NULL,"
	"  PRIMARY KEY(mentor_id, form, person_id, ref)"
	") WITHOUT ROWID;"
	"PRAGMA user_version=5;",

	/* 6: the workshop's calendar and excused absences. A closure or an
	 * absence is never deleted: a cancellation is recorded with who and
	 * when. */
	"CREATE TABLE closures("
	"  id INTEGER PRIMARY KEY,"
	"  from_day INTEGER NOT NULL,"
	"  to_day INTEGER NOT NULL CHECK(to_day >= from_day),"
	"  reason TEXT NOT NULL,"
	"  by_person INTEGER NOT NULL REFERENCES people(id),"
	"  at INTEGER NOT NULL,"
	"  cancelled_at INTEGER,"
	"  cancelled_by INTEGER REFERENCES people(id)"
	");"
	"CREATE TABLE absences("
	"  id INTEGER PRIMARY KEY,"
	"  person_id INTEGER NOT NULL REFERENCES people(id),"
	"  from_day INTEGER NOT NULL,"
	"  to_day INTEGER NOT NULL CHECK(to_day >= from_day),"
	"  reason TEXT NOT NULL,"
	"  note TEXT,"
	"  by_person INTEGER NOT NULL REFERENCES people(id),"
	"  at INTEGER NOT NULL,"
	"  terminal TEXT,"
	"  cancelled_at INTEGER,"
	"  cancelled_by INTEGER REFERENCES people(id)"
	");"
	"CREATE INDEX absences_person ON absences(person_id, from_day);"
	/* "Expected today" and "not seen for N days" need each person's last
	 * day however long ago it was. */
	"CREATE INDEX visits_person_day ON visits(person_id, day);"
	"CREATE TRIGGER closures_keep BEFORE DELETE ON closures"
	"  BEGIN SELECT RAISE(ABORT, 'closures are never deleted'); END;"
	"CREATE TRIGGER absences_keep BEFORE DELETE ON absences"
	"  BEGIN SELECT RAISE(ABORT, 'absences are never deleted'); END;"
	"PRAGMA user_version=6;",

	/* 7: the last days are read from the day index within the look-back,
	 * so visits_person_day no longer earns the page it adds to every
	 * check-in (see 1). */
	"DROP INDEX visits_person_day; PRAGMA user_version=7;",

	/* 8: what a mentor opens costs what it shows, not the whole history.
	 * One person's visits (their file, their own view, hours by process)
	 * come from visits_person_day again, which the plans for those reads
	 * need. The hours to date of the month's sheet come from each person's
	 * closed hours kept per month: the triggers keep them in the very
	 * statement that changes a visit (scan, correction, undo, addition), so
	 * they cannot drift, and the fill below makes them for a database of
	 * any age (an old backup restored is migrated the same way). A visit
	 * counts as hours_visit_seconds() counts a closed one: its span, never
	 * negative. */
	"CREATE INDEX visits_person_day ON visits(person_id, day);"
	/* The review queue's visits are the rare ones: an index of only those
	 * costs a check-in or a check-out nothing and spares the queue reading
	 * every visit of its look-back. */
	"CREATE INDEX visits_to_review ON visits(day) WHERE status IN ('end_unknown', 'undone') OR clock_doubtful;"
	"CREATE TABLE visit_month_hours("
	"  person_id INTEGER NOT NULL,"
	"  month INTEGER NOT NULL,"
	"  seconds INTEGER NOT NULL,"
	"  PRIMARY KEY(person_id, month)"
	") WITHOUT ROWID;"
	"INSERT INTO visit_month_hours(person_id, month, seconds)"
	"  SELECT person_id, day / 100, sum(max(coalesce(check_out - check_in, 0), 0)) FROM visits"
	"  WHERE status = 'closed' GROUP BY person_id, day / 100;"
	/* The hours per process to date, kept the same way: a visit's change
	 * moves its own attribution; an assignment's change counts that person
	 * again from their visits. */
	"CREATE TABLE visit_process_hours("
	"  person_id INTEGER NOT NULL,"
	"  process_code TEXT NOT NULL,"
	"  seconds INTEGER NOT NULL,"
	"  PRIMARY KEY(person_id, process_code)"
	") WITHOUT ROWID;"
	"INSERT INTO visit_process_hours(person_id, process_code, seconds)"
	"  SELECT pid, code, sum(secs) FROM (" M8_ATTRIBUTION_ALL("1") ") GROUP BY pid, code;"
	/* Triggers keep both; each runs only where it has work (a check-out
	 * adds, only a change to a closed visit takes away). */
	"CREATE TRIGGER visit_hours_add AFTER INSERT ON visits WHEN NEW.status = 'closed' BEGIN"
	"  INSERT INTO visit_month_hours(person_id, month, seconds)"
	"    VALUES (NEW.person_id, NEW.day / 100, max(coalesce(NEW.check_out - NEW.check_in, 0), 0))"
	"    ON CONFLICT(person_id, month) DO UPDATE SET seconds = seconds + excluded.seconds; "
	M8_APPLY("NEW", "")
	"  END;"
	"CREATE TRIGGER visit_hours_remove AFTER UPDATE OF person_id, day, check_in, check_out, status"
	"  ON visits WHEN OLD.status = 'closed' BEGIN"
	"  UPDATE visit_month_hours SET seconds = seconds - max(coalesce(OLD.check_out - OLD.check_in, 0), 0)"
	"    WHERE person_id = OLD.person_id AND month = OLD.day / 100; "
	M8_APPLY("OLD", "-")
	"  END;"
	"CREATE TRIGGER visit_hours_change AFTER UPDATE OF person_id, day, check_in, check_out, status"
	"  ON visits WHEN NEW.status = 'closed' BEGIN"
	"  INSERT INTO visit_month_hours(person_id, month, seconds)"
	"    VALUES (NEW.person_id, NEW.day / 100, max(coalesce(NEW.check_out - NEW.check_in, 0), 0))"
	"    ON CONFLICT(person_id, month) DO UPDATE SET seconds = seconds + excluded.seconds; "
	M8_APPLY("NEW", "")
	"  END;"
	"CREATE TRIGGER visit_process_hours_assign AFTER INSERT ON assignments BEGIN "
	M8_RECOUNT("NEW.person_id")
	" END;"
	"CREATE TRIGGER visit_process_hours_reassign AFTER UPDATE OF person_id, process_code, start_at, end_at"
	"  ON assignments BEGIN "
	M8_RECOUNT("OLD.person_id") M8_RECOUNT("NEW.person_id")
	" END;"
	"PRAGMA user_version=8;",

	/* 9: what leaves the kiosk: a participant's entry data and outcomes (a
	 * history: the newest row of a field is its value), team meetings, a
	 * mark on notes for the team meeting, and anonymisation. Records stay
	 * unchangeable, except that the free texts of an anonymised person are
	 * replaced by the anonymisation itself, recorded first. */
	"CREATE TABLE entry_facts("
	"  id INTEGER PRIMARY KEY,"
	"  person_id INTEGER NOT NULL REFERENCES people(id),"
	"  field TEXT NOT NULL CHECK(field IN ('gender','birth_year','education','status','exit_date',"
	"    'exit_reason','outcome_exit','outcome_followup','followup_date')),"
	"  value TEXT,"                      /* NULL: cleared */
	"  at INTEGER NOT NULL,"
	"  by_person INTEGER REFERENCES people(id),"
	"  terminal TEXT"
	");"
	"CREATE INDEX entry_facts_person ON entry_facts(person_id, field, id);"
	"CREATE TABLE meetings("
	"  id INTEGER PRIMARY KEY,"
	"  person_id INTEGER NOT NULL REFERENCES people(id),"
	"  kind TEXT NOT NULL CHECK(kind IN ('intro','mid','final')),"
	"  day INTEGER NOT NULL,"
	"  with_whom TEXT NOT NULL,"
	"  agreed TEXT NOT NULL,"
	"  by_person INTEGER REFERENCES people(id),"
	"  at INTEGER NOT NULL,"
	"  terminal TEXT"
	");"
	"CREATE INDEX meetings_person ON meetings(person_id, day);"
	"ALTER TABLE notes ADD COLUMN for_team INTEGER NOT NULL DEFAULT 0 CHECK(for_team IN (0,1));"
	"CREATE TABLE anonymisations("
	"  id INTEGER PRIMARY KEY,"
	"  person_id INTEGER NOT NULL UNIQUE REFERENCES people(id),"
	"  pseudonym TEXT NOT NULL,"
	"  at INTEGER NOT NULL,"
	"  by_person INTEGER REFERENCES people(id),"
	"  reason TEXT NOT NULL,"
	"  terminal TEXT"
	");"
	"CREATE TRIGGER entry_facts_keep BEFORE DELETE ON entry_facts"
	"  BEGIN SELECT RAISE(ABORT, 'entry data are never deleted'); END;"
	"CREATE TRIGGER entry_facts_fixed BEFORE UPDATE ON entry_facts"
	"  BEGIN SELECT RAISE(ABORT, 'entry data are never rewritten'); END;"
	"CREATE TRIGGER meetings_keep BEFORE DELETE ON meetings"
	"  BEGIN SELECT RAISE(ABORT, 'meetings are never deleted'); END;"
	"CREATE TRIGGER meetings_fixed BEFORE UPDATE ON meetings WHEN NOT EXISTS"
	"  (SELECT 1 FROM anonymisations WHERE person_id = OLD.person_id)"
	"  BEGIN SELECT RAISE(ABORT, 'meetings are never rewritten'); END;"
	"CREATE TRIGGER anonymisations_keep BEFORE DELETE ON anonymisations"
	"  BEGIN SELECT RAISE(ABORT, 'anonymisations are never deleted'); END;"
	"CREATE TRIGGER anonymisations_fixed BEFORE UPDATE ON anonymisations"
	"  BEGIN SELECT RAISE(ABORT, 'anonymisations are never rewritten'); END;"
	"DROP TRIGGER notes_fixed;"
	"CREATE TRIGGER notes_fixed BEFORE UPDATE ON notes WHEN NOT EXISTS"
	"  (SELECT 1 FROM anonymisations WHERE person_id = OLD.person_id)"
	"  BEGIN SELECT RAISE(ABORT, 'notes are never rewritten'); END;"
	"DROP TRIGGER progress_fixed;"
	"CREATE TRIGGER progress_fixed BEFORE UPDATE ON progress WHEN NOT EXISTS"
	"  (SELECT 1 FROM anonymisations WHERE person_id = OLD.person_id)"
	"  BEGIN SELECT RAISE(ABORT, 'progress entries are never rewritten'); END;"
	"DROP TRIGGER visit_history_fixed;"
	"CREATE TRIGGER visit_history_fixed BEFORE UPDATE ON visit_history WHEN NOT EXISTS"
	"  (SELECT 1 FROM anonymisations a JOIN visits v ON v.person_id = a.person_id WHERE v.id = OLD.visit_id)"
	"  BEGIN SELECT RAISE(ABORT, 'history is never rewritten'); END;"
	"PRAGMA user_version=9;",
	/* 10: the change feed. This site's id, made once; an outbox numbered
	 * without gaps (rows are never deleted, and a rolled-back change takes
	 * its number back with it) that nothing may rewrite or empty; how far
	 * it was sent. The triggers that fill it are made by feed_install()
	 * from its list of tables, after this and every later upgrade. */
	"CREATE TABLE site("
	"  id INTEGER PRIMARY KEY CHECK(id = 1),"
	"  site_id TEXT NOT NULL,"
	"  created_at INTEGER NOT NULL"
	");"
	"INSERT INTO site(id, site_id, created_at) VALUES(1, lower(hex(randomblob(8))), unixepoch());"
	"CREATE TABLE outbox("
	"  seq INTEGER PRIMARY KEY,"
	"  tbl TEXT NOT NULL,"
	"  row_key TEXT NOT NULL,"
	"  op TEXT NOT NULL CHECK(op IN ('insert','update','snapshot')),"
	"  row TEXT NOT NULL"
	");"
	"CREATE TRIGGER outbox_fixed BEFORE UPDATE ON outbox"
	"  BEGIN SELECT RAISE(ABORT, 'the outbox is never rewritten'); END;"
	"CREATE TRIGGER outbox_keep BEFORE DELETE ON outbox"
	"  BEGIN SELECT RAISE(ABORT, 'the outbox is never emptied'); END;"
	"CREATE TABLE sync_state("
	"  id INTEGER PRIMARY KEY CHECK(id = 1),"
	"  sent_seq INTEGER NOT NULL DEFAULT 0,"
	"  last_ok_at INTEGER"
	");"
	"INSERT INTO sync_state(id) VALUES(1);"
	"PRAGMA user_version=10;",
	/* 11: forgetting reaches the outbox. Whose record each change is (the
	 * person's own row, a row with their person_id, a visit's history or a
	 * goal's status through the visit or goal), read by the guard, the
	 * redaction and the batches sent. The outbox stays unchangeable, except
	 * that a change of an anonymised person may be rewritten in place (the
	 * same number, table, key and kind, about the same person), as
	 * migration 9 lets their notes and meetings be: the anonymisation is
	 * recorded first. */
	"CREATE VIEW outbox_people(seq, person_id) AS SELECT seq, CASE tbl"
	"  WHEN 'people' THEN json_extract(row, '$.id')"
	"  WHEN 'visit_history' THEN (SELECT v.person_id FROM visits v WHERE v.id = json_extract(row, '$.visit_id'))"
	"  WHEN 'goal_status' THEN (SELECT g.person_id FROM goals g WHERE g.id = json_extract(row, '$.goal_id'))"
	"  ELSE json_extract(row, '$.person_id') END FROM outbox;"
	"DROP TRIGGER outbox_fixed;"
	"CREATE TRIGGER outbox_fixed BEFORE UPDATE ON outbox WHEN NOT ("
	OUTBOX_ANONYMISED_REWRITE
	"  BEGIN SELECT RAISE(ABORT, 'the outbox is never rewritten'); END;"
	"PRAGMA user_version=11;",
	/* 12: a mentor's badge with their PIN has its own wrong-PIN count and
	 * pause, apart from the one a picked name earns, so that nobody at the
	 * door can lock a mentor out by typing wrong PINs after their name.
	 * A pause from before stays on the name path, where it may have been
	 * earned. Kept on the site like the first pair. */
	"ALTER TABLE people ADD COLUMN badge_pin_failures INTEGER NOT NULL DEFAULT 0;"
	"ALTER TABLE people ADD COLUMN badge_pin_locked_until INTEGER;"
	"PRAGMA user_version=12;",
	/* 13: the file's mark: a random id of this file on this disk and a
	 * count every write rota commits adds one to, so every journal (-wal)
	 * rota writes holds them and a journal of other records is known
	 * before it is applied (store/wal_check.c). A restore keeps the mark
	 * of the file it fills. Kept on the site; never sent. */
	"ALTER TABLE site ADD COLUMN file_mark TEXT NOT NULL DEFAULT '';"
	"ALTER TABLE site ADD COLUMN commits INTEGER NOT NULL DEFAULT 0;"
	"UPDATE site SET file_mark = lower(hex(randomblob(8)));"
	"PRAGMA user_version=13;",
	/* 14: a visit is always whole, whatever writes it: it never ends
	 * before it begins, and never overlaps another visit of the same
	 * person, by the rule a mentor's correction is held to (core/visit.h).
	 * The guards judge what a write makes, not what was there: a file from
	 * before keeps its old faults, and the people in them can still check
	 * out; a mentor's correction mends them. */
	"CREATE TRIGGER visits_whole_insert BEFORE INSERT ON visits WHEN NEW.status != 'undone' BEGIN"
	"  SELECT RAISE(ABORT, 'a visit never ends before it begins') WHERE NEW.check_out < NEW.check_in;"
	"  SELECT RAISE(ABORT, 'a visit never overlaps another of the same person') WHERE EXISTS"
	"    (SELECT 1 FROM visits o WHERE " M14_WITHIN("o", "NEW") " AND " M14_MEETS("o", "NEW") ");"
	"  END;"
	"CREATE TRIGGER visits_whole_update BEFORE UPDATE OF person_id, day, check_in, check_out, status"
	"  ON visits WHEN NEW.status != 'undone' BEGIN"
	"  SELECT RAISE(ABORT, 'a visit never ends before it begins') WHERE NEW.check_out < NEW.check_in"
	"    AND (NEW.check_in IS NOT OLD.check_in OR NEW.check_out IS NOT OLD.check_out);"
	"  SELECT RAISE(ABORT, 'a visit never overlaps another of the same person') WHERE EXISTS"
	"    (SELECT 1 FROM visits o WHERE " M14_WITHIN("o", "NEW") " AND o.id != OLD.id AND " M14_MEETS("o", "NEW")
	"     AND NOT coalesce(" M14_WITHIN("o", "OLD") " AND " M14_MEETS("o", "OLD") ", 0));"
	"  END;"
	"PRAGMA user_version=14;",
	/* 15: a closed month stays as signed. A coordinator's closing keeps
	 * the month's attendance list as it was signed (each participant's
	 * totals and each day's cell) with the fingerprint printed on it; a
	 * later change to a day of the month is an amendment beside it, never
	 * an edit of it. A reopening is recorded on the closing's row; the
	 * next closing is a new row with its own frozen list. A participant's
	 * transport amount per day for the allowance is kept with who set it
	 * and when, the newest counting. */
	"CREATE TABLE month_closes("
	"  id INTEGER PRIMARY KEY,"
	"  month INTEGER NOT NULL,"                  /* YYYYMM */
	"  fingerprint TEXT NOT NULL,"               /* SHA-256, hex, of the canonical list */
	"  by_person INTEGER NOT NULL REFERENCES people(id),"
	"  at INTEGER NOT NULL,"
	"  reopened_at INTEGER,"
	"  reopened_by INTEGER REFERENCES people(id),"
	"  reopen_reason TEXT"
	");"
	"CREATE UNIQUE INDEX month_closes_closed ON month_closes(month) WHERE reopened_at IS NULL;"
	"CREATE TABLE month_rows("
	"  close_id INTEGER NOT NULL REFERENCES month_closes(id),"
	"  person_id INTEGER NOT NULL REFERENCES people(id),"
	"  position INTEGER NOT NULL,"
	"  days_present INTEGER NOT NULL,"
	"  seconds INTEGER NOT NULL,"
	"  days_unresolved INTEGER NOT NULL,"
	"  days_excused INTEGER NOT NULL,"
	"  days_closed INTEGER NOT NULL,"
	"  target_hours INTEGER NOT NULL,"
	"  seconds_to_date INTEGER NOT NULL,"
	"  PRIMARY KEY(close_id, person_id)"
	");"
	"CREATE TABLE month_cells("
	"  close_id INTEGER NOT NULL REFERENCES month_closes(id),"
	"  person_id INTEGER NOT NULL REFERENCES people(id),"
	"  day INTEGER NOT NULL,"                    /* YYYYMMDD: a column of the list */
	"  kind INTEGER NOT NULL,"
	"  visits INTEGER NOT NULL,"
	"  first_in INTEGER NOT NULL,"
	"  last_out INTEGER NOT NULL,"
	"  seconds INTEGER NOT NULL,"
	"  unresolved INTEGER NOT NULL,"
	"  reason TEXT NOT NULL,"
	"  PRIMARY KEY(close_id, person_id, day)"
	");"
	"CREATE TABLE month_amendments("
	"  id INTEGER PRIMARY KEY,"
	"  month INTEGER NOT NULL,"                  /* YYYYMM of the closed month changed */
	"  list_month INTEGER NOT NULL,"             /* YYYYMM of the list that shows it: the
	                                                first month after it not closed then */
	"  close_id INTEGER NOT NULL REFERENCES month_closes(id),"
	"  person_id INTEGER NOT NULL REFERENCES people(id),"
	"  day INTEGER NOT NULL,"
	"  what TEXT NOT NULL,"                      /* visit_correct, visit_add, absence_add, absence_cancel */
	"  ref_id INTEGER NOT NULL,"                 /* the visit's or the absence's id */
	"  before_seconds INTEGER NOT NULL,"
	"  after_seconds INTEGER NOT NULL,"
	"  by_person INTEGER NOT NULL REFERENCES people(id),"
	"  at INTEGER NOT NULL,"
	"  reason TEXT NOT NULL"
	");"
	"CREATE INDEX month_amendments_at ON month_amendments(at);"
	"CREATE TABLE person_transport("
	"  id INTEGER PRIMARY KEY,"
	"  person_id INTEGER NOT NULL REFERENCES people(id),"
	"  cents INTEGER NOT NULL CHECK(cents >= 0),"
	"  by_person INTEGER NOT NULL REFERENCES people(id),"
	"  at INTEGER NOT NULL"
	");"
	"CREATE INDEX person_transport_person ON person_transport(person_id, id);"
	"CREATE TRIGGER month_closes_keep BEFORE DELETE ON month_closes"
	"  BEGIN SELECT RAISE(ABORT, 'a closed month is never deleted'); END;"
	"CREATE TRIGGER month_closes_signed BEFORE UPDATE OF id, month, fingerprint, by_person, at ON month_closes"
	"  BEGIN SELECT RAISE(ABORT, 'a closed month stays as signed'); END;"
	"CREATE TRIGGER month_rows_keep BEFORE DELETE ON month_rows"
	"  BEGIN SELECT RAISE(ABORT, 'a closed month stays as signed'); END;"
	"CREATE TRIGGER month_rows_signed BEFORE UPDATE ON month_rows"
	"  BEGIN SELECT RAISE(ABORT, 'a closed month stays as signed'); END;"
	"CREATE TRIGGER month_cells_keep BEFORE DELETE ON month_cells"
	"  BEGIN SELECT RAISE(ABORT, 'a closed month stays as signed'); END;"
	"CREATE TRIGGER month_cells_signed BEFORE UPDATE ON month_cells"
	"  BEGIN SELECT RAISE(ABORT, 'a closed month stays as signed'); END;"
	"CREATE TRIGGER month_amendments_keep BEFORE DELETE ON month_amendments"
	"  BEGIN SELECT RAISE(ABORT, 'amendments are never deleted'); END;"
	"CREATE TRIGGER month_amendments_signed BEFORE UPDATE ON month_amendments"
	"  BEGIN SELECT RAISE(ABORT, 'amendments are never changed'); END;"
	"PRAGMA user_version=15;",

	/* 16: the hour attribution rule written once. The triggers that keep
	 * the hours per month and per process counted a visit in SQL of their
	 * own, kept equal to core/hours.c only by a test; they now call the C
	 * (store/rules.c registers it on every connection rota opens). The
	 * figures they keep are unchanged (the rule is the same), so nothing
	 * is counted again. The cost, chosen: a connection without rota's
	 * functions (the sqlite3 shell) still reads every table, but a change
	 * it makes to a visit or an assignment fails ("no such function"), as
	 * a hand edit that would count hours by another rule should. */
	"DROP TRIGGER visit_hours_add; DROP TRIGGER visit_hours_remove; DROP TRIGGER visit_hours_change;"
	"DROP TRIGGER visit_process_hours_assign; DROP TRIGGER visit_process_hours_reassign;"
	"CREATE TRIGGER visit_hours_add AFTER INSERT ON visits WHEN NEW.status = 'closed' BEGIN "
	M16_MONTH_ADD("NEW") M16_APPLY("NEW", "")
	" END;"
	"CREATE TRIGGER visit_hours_remove AFTER UPDATE OF person_id, day, check_in, check_out, status"
	"  ON visits WHEN OLD.status = 'closed' BEGIN "
	M16_MONTH_REMOVE("OLD") M16_APPLY("OLD", "-")
	" END;"
	"CREATE TRIGGER visit_hours_change AFTER UPDATE OF person_id, day, check_in, check_out, status"
	"  ON visits WHEN NEW.status = 'closed' BEGIN "
	M16_MONTH_ADD("NEW") M16_APPLY("NEW", "")
	" END;"
	"CREATE TRIGGER visit_process_hours_assign AFTER INSERT ON assignments BEGIN "
	M16_RECOUNT("NEW.person_id")
	" END;"
	"CREATE TRIGGER visit_process_hours_reassign AFTER UPDATE OF person_id, process_code, start_at, end_at"
	"  ON assignments BEGIN "
	M16_RECOUNT("OLD.person_id") M16_RECOUNT("NEW.person_id")
	" END;"
	"PRAGMA user_version=16;",
	/* 17: the outbox stays small. What the centre confirmed it holds
	 * (every change up to confirmed_seq, never above what was sent), with
	 * a mark of when it said so for the grace before a change may go
	 * (app/sync.c prunes). A change may be deleted only at or below the
	 * confirmed mark, and never the newest, so the numbering goes on from
	 * where it was. After a restore, the changes the centre does not have
	 * may be moved up past what the centre holds (rota central
	 * resume-site): only above the confirmed mark, as they are, by the
	 * shift written in outbox_shift inside that one write. The
	 * anonymisation's rewrite stays as migration 11 made it. */
	"ALTER TABLE sync_state ADD COLUMN confirmed_seq INTEGER NOT NULL DEFAULT 0;"
	"CREATE TABLE outbox_confirmed("
	"  at INTEGER PRIMARY KEY,"
	"  seq INTEGER NOT NULL"
	");"
	"CREATE TABLE outbox_shift("
	"  id INTEGER PRIMARY KEY CHECK(id = 1),"
	"  after_seq INTEGER NOT NULL,"
	"  by INTEGER NOT NULL"
	");"
	"CREATE TRIGGER sync_state_confirmed BEFORE UPDATE OF confirmed_seq ON sync_state"
	"  WHEN NEW.confirmed_seq > NEW.sent_seq"
	"  BEGIN SELECT RAISE(ABORT, 'the centre confirms only what was sent'); END;"
	"DROP TRIGGER outbox_keep;"
	"CREATE TRIGGER outbox_keep BEFORE DELETE ON outbox"
	"  WHEN OLD.seq > (SELECT confirmed_seq FROM sync_state WHERE id = 1)"
	"    OR OLD.seq = (SELECT max(seq) FROM outbox)"
	"  BEGIN SELECT RAISE(ABORT, 'the outbox is never emptied'); END;"
	"DROP TRIGGER outbox_fixed;"
	"CREATE TRIGGER outbox_fixed BEFORE UPDATE ON outbox WHEN NOT ("
	OUTBOX_ANONYMISED_REWRITE
	"  AND NOT (NEW.tbl = OLD.tbl AND NEW.row_key = OLD.row_key AND NEW.op = OLD.op AND NEW.row IS OLD.row"
	"  AND OLD.seq > (SELECT confirmed_seq FROM sync_state WHERE id = 1)"
	"  AND EXISTS (SELECT 1 FROM outbox_shift s WHERE OLD.seq > s.after_seq AND NEW.seq = OLD.seq + s.by))"
	"  BEGIN SELECT RAISE(ABORT, 'the outbox is never rewritten'); END;"
	"PRAGMA user_version=17;",
	/* 18: a period's reports read that period. The summary's first
	 * mastery of each person and process comes from the period's entries
	 * (progress_day) and each one's earlier entries (progress_person), not
	 * from every entry ever made; the review's entries in a participant's
	 * own words from an index of only those. IF NOT EXISTS: a test's file
	 * taken back to an older version keeps them and migrates again. */
	"CREATE INDEX IF NOT EXISTS progress_day ON progress(day);"
	"CREATE INDEX IF NOT EXISTS progress_words ON progress(day) WHERE words IS NOT NULL AND words != '';"
	/* The summary's mentoring reads the assignments that were on during
	 * the period, found by their end. */
	"CREATE INDEX IF NOT EXISTS assignments_end ON assignments(end_at);"
	/* The month's sheet's hours to date are each person's closed hours in
	 * all, less those of the months after it (none, for this month): the
	 * total is kept beside the months by the same triggers, by the same
	 * rule (migration 16's), so the sheet reads a row a person however long
	 * the history. Made again from the months (a file taken back to an
	 * older version migrates again). */
	"CREATE TABLE IF NOT EXISTS visit_person_hours("
	"  person_id INTEGER PRIMARY KEY,"
	"  seconds INTEGER NOT NULL"
	");"
	"DELETE FROM visit_person_hours;"
	"INSERT INTO visit_person_hours(person_id, seconds)"
	"  SELECT person_id, sum(seconds) FROM visit_month_hours GROUP BY person_id;"
	"DROP TRIGGER IF EXISTS visit_hours_add;"
	"DROP TRIGGER IF EXISTS visit_hours_remove;"
	"DROP TRIGGER IF EXISTS visit_hours_change;"
	"CREATE TRIGGER visit_hours_add AFTER INSERT ON visits WHEN NEW.status = 'closed' BEGIN "
	M16_MONTH_ADD("NEW") M18_PERSON_ADD("NEW") M16_APPLY("NEW", "")
	" END;"
	"CREATE TRIGGER visit_hours_remove AFTER UPDATE OF person_id, day, check_in, check_out, status"
	"  ON visits WHEN OLD.status = 'closed' BEGIN "
	M16_MONTH_REMOVE("OLD") M18_PERSON_REMOVE("OLD") M16_APPLY("OLD", "-")
	" END;"
	"CREATE TRIGGER visit_hours_change AFTER UPDATE OF person_id, day, check_in, check_out, status"
	"  ON visits WHEN NEW.status = 'closed' BEGIN "
	M16_MONTH_ADD("NEW") M18_PERSON_ADD("NEW") M16_APPLY("NEW", "")
	" END;"
	"PRAGMA user_version=18;",
	/* 19: the record follows the programme's dates. A scan after a
	 * person's programme ended (or after their exit date) is recorded as
	 * any other, never lost, and marked after_end for the review; such a
	 * visit counts nowhere (no hours, no day present) until a coordinator
	 * accepts it, which is recorded beside the mark (who, when) and never
	 * undone. Held = after_end and not accepted: the hours' triggers pass
	 * it to the rule (core/hours.c through store/rules.c), and fire on an
	 * acceptance too, so the kept hours follow. accepted_by names a
	 * person as every by_person does, without a foreign key (people are
	 * never deleted), so the column can be dropped again by a test that
	 * turns a file back into an older one. Nothing is counted again: no
	 * visit had the mark before. */
	"ALTER TABLE visits ADD COLUMN after_end INTEGER NOT NULL DEFAULT 0 CHECK(after_end IN (0,1));"
	"ALTER TABLE visits ADD COLUMN accepted_by INTEGER;"
	"ALTER TABLE visits ADD COLUMN accepted_at INTEGER;"
	"CREATE TRIGGER visits_after_end_kept BEFORE UPDATE OF after_end, accepted_by, accepted_at ON visits"
	"  WHEN OLD.after_end > NEW.after_end OR OLD.accepted_at IS NOT NULL"
	"    AND (NEW.accepted_at IS NOT OLD.accepted_at OR NEW.accepted_by IS NOT OLD.accepted_by)"
	"    OR NEW.accepted_at IS NOT NULL AND NOT NEW.after_end"
	"  BEGIN SELECT RAISE(ABORT, 'an acceptance is never undone'); END;"
	"DROP INDEX visits_to_review;"
	"CREATE INDEX visits_to_review ON visits(day) WHERE status IN ('end_unknown', 'undone') OR clock_doubtful"
	"  OR after_end;"
	"DROP TRIGGER visit_hours_add; DROP TRIGGER visit_hours_remove; DROP TRIGGER visit_hours_change;"
	"DROP TRIGGER visit_process_hours_assign; DROP TRIGGER visit_process_hours_reassign;"
	"CREATE TRIGGER visit_hours_add AFTER INSERT ON visits WHEN NEW.status = 'closed' BEGIN "
	M19_MONTH_ADD("NEW") M19_PERSON_ADD("NEW") M19_APPLY("NEW", "")
	" END;"
	"CREATE TRIGGER visit_hours_remove AFTER UPDATE OF person_id, day, check_in, check_out, status, after_end,"
	"  accepted_at ON visits WHEN OLD.status = 'closed' BEGIN "
	M19_MONTH_REMOVE("OLD") M19_PERSON_REMOVE("OLD") M19_APPLY("OLD", "-")
	" END;"
	"CREATE TRIGGER visit_hours_change AFTER UPDATE OF person_id, day, check_in, check_out, status, after_end,"
	"  accepted_at ON visits WHEN NEW.status = 'closed' BEGIN "
	M19_MONTH_ADD("NEW") M19_PERSON_ADD("NEW") M19_APPLY("NEW", "")
	" END;"
	"CREATE TRIGGER visit_process_hours_assign AFTER INSERT ON assignments BEGIN "
	M19_RECOUNT("NEW.person_id")
	" END;"
	"CREATE TRIGGER visit_process_hours_reassign AFTER UPDATE OF person_id, process_code, start_at, end_at"
	"  ON assignments BEGIN "
	M19_RECOUNT("OLD.person_id") M19_RECOUNT("NEW.person_id")
	" END;"
	"PRAGMA user_version=19;",
};

/* From this version on, every upgrade makes the feed's triggers again. */
#define FEED_VERSION 10

#define NMIGRATIONS ((int)(sizeof migrations / sizeof migrations[0]))

int db_schema_version(void) { return NMIGRATIONS; }

enum rota_err db_migrate(struct db *db)
{
	int version = db_file_version(db);
	if (version == NMIGRATIONS)
		return ERR_OK;
	if (version > NMIGRATIONS) {
		log_msg(LOG_ERROR, "schema %d is newer than %d", version, NMIGRATIONS);
		return ERR_DB_NEWER;
	}
	enum rota_err e = db_begin_write(db);
	if (e != ERR_OK)
		return e;
	/* Read again inside the lock: another terminal may have migrated. */
	version = db_file_version(db);
	if (version > NMIGRATIONS)
		e = ERR_DB_NEWER;
	else if (version < 0)
		e = ERR_DB_DAMAGED;
	for (int v = version; e == ERR_OK && v < NMIGRATIONS; v++) {
		char *msg = NULL;
		int rc = sqlite3_exec(db->handle, migrations[v], NULL, NULL, &msg);
		if (rc != SQLITE_OK) {
			log_msg(LOG_ERROR, "migration %d failed: %s", v + 1, msg ? msg : "?");
			e = db_fail(db, sqlite3_extended_errcode(db->handle), "migration");
		} else {
			log_msg(LOG_INFO, "schema migrated to version %d", v + 1);
		}
		sqlite3_free(msg);
	}
	if (e == ERR_OK && NMIGRATIONS >= FEED_VERSION)
		e = feed_install(db);
	return db_end_write(db, e);
}
