/* The analysts' schema of the central PostgreSQL, as one central
 * migration's text: a typed view over the current rows of each table the
 * change feed sends, the daily and monthly hours by the site's own rule,
 * and the mapping of roles to the sites they may read. Written once, never
 * edited after it ships (a later change is a later migration), so it is a
 * fixed string, not built at run time.
 *
 * Who sees which rows: every view reads its sites through analyst.sites,
 * and that view keeps only the sites the current role may read: all of
 * them for a role that may read current_row itself (rota's own role, a
 * superuser), else those analyst.role_sites grants to the role or to a role
 * it is a member of (a NULL site: every site). The views run with their
 * owner's rights, so a reader needs no right on the raw tables at all;
 * security_barrier keeps a reader's own conditions (a function that
 * leaks what it is shown) from running before the site's. This works on
 * every PostgreSQL rota supports, where security_invoker views (15 on)
 * would need row-level policies on current_row and SELECT on it for
 * every reader, letting them read the raw rows as JSON. */
#include "central/views.h"
#include "central/views_sql.h"

/* The columns most tables share, with their comments. */
#define ON_ID(v, what) ON(v, "id", "The " what "''s id, unique within its site.")
#define ON_PERSON(v) ON(v, "person_id", "Whose record: people.id of the same site.")
#define ON_BY(v, c) ON(v, c, "Who recorded it: people.id of the same site.")
#define ON_AT(v) ON(v, "at", "When it was recorded.")
#define ON_TERMINAL(v) ON(v, "terminal", "The terminal it was recorded at.")
#define ON_NAMES(v) \
	ON(v, "name_sl", "Its name in Slovenian.") \
	ON(v, "name_hr", "Its name in Croatian.") \
	ON(v, "name_en", "Its name in English.")

const char central_views_sql[] =
	"CREATE SCHEMA analyst;"
	"COMMENT ON SCHEMA analyst IS 'The sites'' records as typed views of their current state, for reading:"
	" one view per table a site sends, and the hours by the sites'' own rule. Times are timestamptz; days are"
	" dates (the workshop''s local day); a role sees only the sites rota central grant gave it.';"
	/* Who may read which site: rota central grant writes it. */
	"CREATE TABLE analyst.role_sites("
	"  role text NOT NULL,"
	"  site_id text REFERENCES public.sites(site_id)"
	");"
	"CREATE UNIQUE INDEX role_sites_once ON analyst.role_sites(role, coalesce(site_id, ''));"
	"COMMENT ON TABLE analyst.role_sites IS 'Which role may read which site in the analyst views"
	" (rota central grant). A member of the role may too. Not readable by the roles themselves.';"
	"COMMENT ON COLUMN analyst.role_sites.role IS 'A role''s name.';"
	"COMMENT ON COLUMN analyst.role_sites.site_id IS 'The site it may read; NULL: every site (--all).';"
	"CREATE FUNCTION analyst.day_of(ymd integer) RETURNS date LANGUAGE sql IMMUTABLE AS"
	"  'SELECT CASE WHEN ymd > 0 THEN make_date(ymd / 10000, ymd / 100 % 100, ymd % 100) END';"
	"COMMENT ON FUNCTION analyst.day_of(integer) IS 'A site''s day number (YYYYMMDD) as a date; 0 or NULL: NULL.';"

	"CREATE VIEW analyst.sites WITH (security_barrier) AS"
	" SELECT s.site_id, n.row->>'value' AS site_name,"
	"  CASE coalesce(c.row->>'value', 'si') WHEN 'hr' THEN 'Europe/Zagreb' ELSE 'Europe/Ljubljana' END AS time_zone,"
	"  s.first_seen, s.last_sync, s.last_seq"
	" FROM public.sites AS s"
	" LEFT JOIN public.current_row AS n ON n.site_id = s.site_id AND n.tbl = 'settings' AND n.row_key = 'workshop_name'"
	" LEFT JOIN public.current_row AS c ON c.site_id = s.site_id AND c.tbl = 'settings' AND c.row_key = 'country'"
	" WHERE has_table_privilege('public.current_row', 'SELECT') OR EXISTS (SELECT 1 FROM analyst.role_sites AS g"
	"  WHERE (g.site_id IS NULL OR g.site_id = s.site_id)"
	"  AND g.role IN (SELECT rolname FROM pg_catalog.pg_roles WHERE pg_has_role(oid, 'MEMBER')));"
	ON_VIEW("sites", "The sites that have sent their records, those the current role may read. Every other view"
	        " shows only these sites'' rows.")
	ON("sites", "site_id", "The site''s id (rota config at the site shows it).")
	ON("sites", "site_name", "The workshop''s name as the site set it (rota config workshop_name); NULL:"
	   " never set, and the site prints rota.")
	ON("sites", "time_zone", "The workshop''s time zone, from its country setting: days are its local days;"
	   " use AT TIME ZONE time_zone for its local times.")
	ON("sites", "first_seen", "When the site first synced.")
	ON("sites", "last_sync", "When the site last synced.")
	ON("sites", "last_seq", "The number of the site''s last change here.")

	VIEW("settings", "settings", TEXT(key) TEXT(value))
	ON_VIEW("settings", "The site''s settings as set there (rota config); a setting never set is absent and"
	        " has its default.")
	ON("settings", "key", "The setting''s name.")
	ON("settings", "value", "Its value, as text.")

	VIEW("people", "people", BIGINT(id) TEXT(name) TEXT(role) TEXT(lang) BOOL(active) TIME(created_at)
	     INT(target_hours) DAY(programme_start) DAY(programme_end))
	ON_VIEW("people", "Participants, mentors and coordinators of the site. No PIN and nothing of a badge.")
	ON_ID("people", "person")
	ON("people", "name", "The name, or the pseudonym after an anonymisation.")
	ON("people", "role", "participant, mentor or coordinator.")
	ON("people", "lang", "The language the person reads: sl, hr or en.")
	ON("people", "active", "False once the person has left (people are never deleted).")
	ON("people", "created_at", "When the person was added.")
	ON("people", "target_hours", "The person''s target hours; NULL: the site''s target_hours setting.")
	ON("people", "programme_start", "The programme''s first day; NULL: from the group.")
	ON("people", "programme_end", "The programme''s last day; NULL: from the group.")

	VIEW("processes", "processes", BIGINT(id) TEXT(code) TEXT(name_sl) TEXT(name_hr) TEXT(name_en) INT(position)
	     INT(capacity) BOOL(active))
	ON_VIEW("processes", "The work processes (stations) of the site.")
	ON_ID("processes", "process")
	ON("processes", "code", "The process''s code, as assignments name it.")
	ON_NAMES("processes")
	ON("processes", "position", "Its place in lists.")
	ON("processes", "capacity", "How many participants it takes at once.")
	ON("processes", "active", "False once it is no longer used.")

	VIEW("skills", "skills", BIGINT(id) TEXT(code) TEXT(name_sl) TEXT(name_hr) TEXT(name_en) INT(position)
	     BOOL(active))
	ON_VIEW("skills", "The skills mentors rate progress in.")
	ON_ID("skills", "skill")
	ON("skills", "code", "The skill''s code, as progress names it.")
	ON_NAMES("skills")
	ON("skills", "position", "Its place in lists.")
	ON("skills", "active", "False once it is no longer used.")

	VIEW("badges", "badges", BIGINT(id) BIGINT(person_id) TIME(issued_at) BIGINT(issued_by) TIME(revoked_at)
	     BIGINT(revoked_by) TEXT(revoke_reason) TEXT(terminal))
	ON_VIEW("badges", "Badges issued, without what opens the door (no seed, no payload).")
	ON_ID("badges", "badge")
	ON_PERSON("badges")
	ON("badges", "issued_at", "When it was issued.")
	ON_BY("badges", "issued_by")
	ON("badges", "revoked_at", "When it was revoked; NULL: valid.")
	ON_BY("badges", "revoked_by")
	ON("badges", "revoke_reason", "Why it was revoked.")
	ON_TERMINAL("badges")

	VIEW("visits", "visits", BIGINT(id) BIGINT(person_id) DAY(day) TIME(check_in) TIME(check_out) TEXT(status)
	     TEXT(terminal) TEXT(out_terminal) BOOL(clock_doubtful))
	ON_VIEW("visits", "Visits: a check-in and its check-out. A visit counts on the day it began.")
	ON_ID("visits", "visit")
	ON_PERSON("visits")
	ON("visits", "day", "The workshop''s local day the visit began.")
	ON("visits", "check_in", "When it began.")
	ON("visits", "check_out", "When it ended; NULL unless closed.")
	ON("visits", "status", "closed, open, end_unknown (its end was never scanned) or undone (it counts for nothing).")
	ON("visits", "terminal", "Where the check-in was scanned.")
	ON("visits", "out_terminal", "Where the check-out was scanned.")
	ON("visits", "clock_doubtful", "True when the terminal''s clock could not be trusted; a mentor reviews it.")

	VIEW("visit_history", "visit_history", BIGINT(visit_id) INT(seq) TIME(at) BIGINT(by_person) TEXT(action)
	     TEXT(reason) TEXT(terminal) TIME(old_check_in) TIME(old_check_out) TEXT(old_status) TIME(new_check_in)
	     TIME(new_check_out) TEXT(new_status))
	ON_VIEW("visit_history", "Every scan and correction of a visit, in order, with the visit before and after.")
	ON("visit_history", "visit_id", "The visit: visits.id of the same site.")
	ON("visit_history", "seq", "The change''s place in the visit''s history.")
	ON_AT("visit_history")
	ON_BY("visit_history", "by_person")
	ON("visit_history", "action", "check_in, check_out, end_unknown, undo, correct, added or close_open.")
	ON("visit_history", "reason", "Why a mentor changed it.")
	ON_TERMINAL("visit_history")
	ON("visit_history", "old_check_in", "The check-in before.")
	ON("visit_history", "old_check_out", "The check-out before.")
	ON("visit_history", "old_status", "The status before.")
	ON("visit_history", "new_check_in", "The check-in after.")
	ON("visit_history", "new_check_out", "The check-out after.")
	ON("visit_history", "new_status", "The status after.")

	VIEW("progress", "progress", BIGINT(id) BIGINT(person_id) TEXT(kind) TEXT(code) INT(level) DAY(day)
	     BIGINT(mentor_id) TEXT(note) TEXT(words) TIME(recorded_at) TEXT(terminal))
	ON_VIEW("progress", "Progress entries: a later entry of the same kind and code is the new level.")
	ON_ID("progress", "entry")
	ON_PERSON("progress")
	ON("progress", "kind", "process or skill.")
	ON("progress", "code", "The process''s or skill''s code.")
	ON("progress", "level", "The level, 0 to 4.")
	ON("progress", "day", "The day it was rated.")
	ON_BY("progress", "mentor_id")
	ON("progress", "note", "The mentor''s note.")
	ON("progress", "words", "The participant''s own words.")
	ON("progress", "recorded_at", "When it was recorded.")
	ON_TERMINAL("progress")

	VIEW("notes", "notes", BIGINT(id) BIGINT(person_id) BIGINT(mentor_id) TIME(at) TEXT(text) TEXT(terminal)
	     BOOL(for_team))
	ON_VIEW("notes", "Mentors'' notes about a participant.")
	ON_ID("notes", "note")
	ON_PERSON("notes")
	ON_BY("notes", "mentor_id")
	ON_AT("notes")
	ON("notes", "text", "The note.")
	ON_TERMINAL("notes")
	ON("notes", "for_team", "True when it is marked for the team meeting.")

	VIEW("goals", "goals", BIGINT(id) BIGINT(person_id) TEXT(text) DAY(set_on) BIGINT(set_by) TIME(created_at))
	ON_VIEW("goals", "A participant''s goals; their status is in goal_status.")
	ON_ID("goals", "goal")
	ON_PERSON("goals")
	ON("goals", "text", "The goal.")
	ON("goals", "set_on", "The day it was set.")
	ON_BY("goals", "set_by")
	ON("goals", "created_at", "When it was recorded.")

	VIEW("goal_status", "goal_status", BIGINT(goal_id) INT(seq) TEXT(status) TIME(at) BIGINT(by_person) TEXT(note))
	ON_VIEW("goal_status", "A goal''s status over time: the highest seq is the current one.")
	ON("goal_status", "goal_id", "The goal: goals.id of the same site.")
	ON("goal_status", "seq", "The change''s place in the goal''s history.")
	ON("goal_status", "status", "open, working, reached, changed or dropped.")
	ON_AT("goal_status")
	ON_BY("goal_status", "by_person")
	ON("goal_status", "note", "Why.")

	VIEW("groups", "groups", BIGINT(id) TEXT(name) DAY(start_day) DAY(end_day) TIME(created_at))
	ON_VIEW("groups", "Groups of participants who start and end the programme together.")
	ON_ID("groups", "group")
	ON("groups", "name", "The group''s name.")
	ON("groups", "start_day", "The programme''s first day for the group.")
	ON("groups", "end_day", "Its last day.")
	ON("groups", "created_at", "When the group was made.")

	VIEW("group_members", "group_members", BIGINT(group_id) BIGINT(person_id) TIME(joined_at) TIME(left_at))
	ON_VIEW("group_members", "Who was in which group when: leaving sets left_at.")
	ON("group_members", "group_id", "The group: groups.id of the same site.")
	ON_PERSON("group_members")
	ON("group_members", "joined_at", "When the person joined.")
	ON("group_members", "left_at", "When they left; NULL: still in it.")

	VIEW("assignments", "assignments", BIGINT(id) BIGINT(person_id) TEXT(process_code) BIGINT(mentor_id)
	     TIME(start_at) TIME(end_at) BIGINT(by_person) TEXT(reason) TEXT(terminal))
	ON_VIEW("assignments", "Who works at which process with which mentor, from when to when.")
	ON_ID("assignments", "assignment")
	ON_PERSON("assignments")
	ON("assignments", "process_code", "The process: processes.code of the same site.")
	ON("assignments", "mentor_id", "The mentor: people.id of the same site.")
	ON("assignments", "start_at", "When it began.")
	ON("assignments", "end_at", "When it ended; NULL: current.")
	ON_BY("assignments", "by_person")
	ON("assignments", "reason", "Why.")
	ON_TERMINAL("assignments")

	VIEW("closures", "closures", BIGINT(id) DAY(from_day) DAY(to_day) TEXT(reason) BIGINT(by_person) TIME(at)
	     TIME(cancelled_at) BIGINT(cancelled_by))
	ON_VIEW("closures", "Days the workshop is closed, besides public holidays.")
	ON_ID("closures", "closure")
	ON("closures", "from_day", "The first day closed.")
	ON("closures", "to_day", "The last day closed.")
	ON("closures", "reason", "Why.")
	ON_BY("closures", "by_person")
	ON_AT("closures")
	ON("closures", "cancelled_at", "When it was cancelled; NULL: it holds.")
	ON_BY("closures", "cancelled_by")

	VIEW("absences", "absences", BIGINT(id) BIGINT(person_id) DAY(from_day) DAY(to_day) TEXT(reason) TEXT(note)
	     BIGINT(by_person) TIME(at) TEXT(terminal) TIME(cancelled_at) BIGINT(cancelled_by))
	ON_VIEW("absences", "Excused absences of a participant.")
	ON_ID("absences", "absence")
	ON_PERSON("absences")
	ON("absences", "from_day", "The first day excused.")
	ON("absences", "to_day", "The last day excused.")
	ON("absences", "reason", "The reason''s code (the site''s absence_reasons).")
	ON("absences", "note", "A note.")
	ON_BY("absences", "by_person")
	ON_AT("absences")
	ON_TERMINAL("absences")
	ON("absences", "cancelled_at", "When it was cancelled; NULL: it holds.")
	ON_BY("absences", "cancelled_by")

	VIEW("entry_facts", "entry_facts", BIGINT(id) BIGINT(person_id) TEXT(field) TEXT(value) TIME(at)
	     BIGINT(by_person) TEXT(terminal))
	ON_VIEW("entry_facts", "A participant''s entry data and outcomes, as a history: the newest row (highest id)"
	        " of a field is its value.")
	ON_ID("entry_facts", "entry")
	ON_PERSON("entry_facts")
	ON("entry_facts", "field", "gender, birth_year, education, status, exit_date, exit_reason, outcome_exit,"
	   " outcome_followup or followup_date.")
	ON("entry_facts", "value", "The value as text; NULL: cleared.")
	ON_AT("entry_facts")
	ON_BY("entry_facts", "by_person")
	ON_TERMINAL("entry_facts")

	VIEW("meetings", "meetings", BIGINT(id) BIGINT(person_id) TEXT(kind) DAY(day) TEXT(with_whom) TEXT(agreed)
	     BIGINT(by_person) TIME(at) TEXT(terminal))
	ON_VIEW("meetings", "Meetings about a participant: intro, mid and final.")
	ON_ID("meetings", "meeting")
	ON_PERSON("meetings")
	ON("meetings", "kind", "intro, mid or final.")
	ON("meetings", "day", "The day of the meeting.")
	ON("meetings", "with_whom", "Who took part.")
	ON("meetings", "agreed", "What was agreed.")
	ON_BY("meetings", "by_person")
	ON_AT("meetings")
	ON_TERMINAL("meetings")

	VIEW("anonymisations", "anonymisations", BIGINT(id) BIGINT(person_id) TEXT(pseudonym) TIME(at)
	     BIGINT(by_person) TEXT(reason) TEXT(terminal))
	ON_VIEW("anonymisations", "People the site anonymised: their names and free texts are replaced everywhere.")
	ON_ID("anonymisations", "anonymisation")
	ON_PERSON("anonymisations")
	ON("anonymisations", "pseudonym", "The name the person now has.")
	ON_AT("anonymisations")
	ON_BY("anonymisations", "by_person")
	ON("anonymisations", "reason", "Why.")
	ON_TERMINAL("anonymisations")

	/* The site's rule (app/hours.h): a visit counts on the day it began;
	 * a closed one its span (never negative), an open or end-unknown one
	 * a day present with no hours; an undone one nothing. */
	"CREATE VIEW analyst.daily_hours WITH (security_barrier) AS"
	" SELECT site_id, site_name, person_id, day, count(*) AS visits,"
	"  sum(CASE WHEN status = 'closed' THEN greatest(extract(epoch FROM check_out - check_in), 0) ELSE 0 END)::bigint"
	"   AS seconds,"
	"  round(sum(CASE WHEN status = 'closed' THEN greatest(extract(epoch FROM check_out - check_in), 0) ELSE 0 END)"
	"   / 3600, 2) AS hours"
	" FROM analyst.visits WHERE status <> 'undone' GROUP BY site_id, site_name, person_id, day;"
	ON_VIEW("daily_hours", "Each person''s hours per day present, by the site''s rule: a visit counts on the day it"
	        " began; a closed visit counts its span, an open or end-unknown one a day present with no hours, an"
	        " undone one nothing. Sum seconds, not hours, over several days.")
	ON("daily_hours", "site_id", "The site''s id.")
	ON("daily_hours", "site_name", "The site''s workshop name.")
	ON("daily_hours", "person_id", "people.id of the same site.")
	ON("daily_hours", "day", "The day present.")
	ON("daily_hours", "visits", "The visits that began that day (undone ones not counted).")
	ON("daily_hours", "seconds", "The seconds of the day''s closed visits.")
	ON("daily_hours", "hours", "The same in hours, to two places, as the site''s sheets round them.")

	"CREATE VIEW analyst.month_hours WITH (security_barrier) AS"
	" SELECT site_id, site_name, person_id, month, days_present, seconds, round(seconds / 3600.0, 2) AS hours,"
	"  seconds_to_date, round(seconds_to_date / 3600.0, 2) AS hours_to_date"
	" FROM (SELECT site_id, site_name, person_id, date_trunc('month', day)::date AS month, count(*) AS days_present,"
	"   sum(seconds) AS seconds,"
	"   sum(sum(seconds)) OVER (PARTITION BY site_id, person_id ORDER BY date_trunc('month', day)) AS seconds_to_date"
	"  FROM analyst.daily_hours GROUP BY site_id, site_name, person_id, date_trunc('month', day)) AS m;"
	ON_VIEW("month_hours", "Each person''s month, for the months they were present: the numbers of rota hours"
	        " --month (days present, hours, hours to date).")
	ON("month_hours", "site_id", "The site''s id.")
	ON("month_hours", "site_name", "The site''s workshop name.")
	ON("month_hours", "person_id", "people.id of the same site.")
	ON("month_hours", "month", "The month''s first day.")
	ON("month_hours", "days_present", "Days with a visit that began that day (undone ones not counted).")
	ON("month_hours", "seconds", "The seconds of the month''s closed visits.")
	ON("month_hours", "hours", "The same in hours, to two places, as the sheet shows them.")
	ON("month_hours", "seconds_to_date", "The seconds of closed visits from the first visit to the month''s end.")
	ON("month_hours", "hours_to_date", "The same in hours, to two places.");

/* The view's own replacement keeps its columns in place (PostgreSQL adds
 * new ones only at the end) and the rights rota central grant gave. */
#define REPLACE_VIEW(v, t, cols) \
	"CREATE OR REPLACE VIEW analyst." v " WITH (security_barrier) AS SELECT s.site_id, s.site_name" cols \
	" FROM public.current_row AS r JOIN analyst.sites AS s ON s.site_id = r.site_id WHERE r.tbl = '" t "';"

const char central_views_after_end_sql[] =
	REPLACE_VIEW("visits", "visits", BIGINT(id) BIGINT(person_id) DAY(day) TIME(check_in) TIME(check_out) TEXT(status)
	             TEXT(terminal) TEXT(out_terminal) BOOL(clock_doubtful) BOOL(after_end) BIGINT(accepted_by)
	             TIME(accepted_at))
	ON("visits", "after_end", "True when it was scanned after the person''s programme ended (or after their exit"
	   " date): it counts for nothing until a coordinator accepts it. NULL: sent before sites marked it (false).")
	ON("visits", "accepted_by", "The coordinator who accepted a visit after the programme ended: people.id of the"
	   " same site; NULL: not accepted.")
	ON("visits", "accepted_at", "When that visit was accepted; NULL: not accepted (then it counts for nothing).")
	/* The site's rule (core/visit.h, visit_counts): an undone visit and
	 * one held after the programme ended count for nothing. */
	"CREATE OR REPLACE VIEW analyst.daily_hours WITH (security_barrier) AS"
	" SELECT site_id, site_name, person_id, day, count(*) AS visits,"
	"  sum(CASE WHEN status = 'closed' THEN greatest(extract(epoch FROM check_out - check_in), 0) ELSE 0 END)::bigint"
	"   AS seconds,"
	"  round(sum(CASE WHEN status = 'closed' THEN greatest(extract(epoch FROM check_out - check_in), 0) ELSE 0 END)"
	"   / 3600, 2) AS hours"
	" FROM analyst.visits WHERE status <> 'undone' AND NOT (coalesce(after_end, false) AND accepted_at IS NULL)"
	" GROUP BY site_id, site_name, person_id, day;"
	ON_VIEW("daily_hours", "Each person''s hours per day present, by the site''s rule: a visit counts on the day it"
	        " began; a closed visit counts its span, an open or end-unknown one a day present with no hours, an"
	        " undone one nothing, and one scanned after the programme ended nothing until a coordinator accepts"
	        " it. Sum seconds, not hours, over several days.")
	ON("daily_hours", "visits", "The visits that began that day (undone ones and those not accepted after the"
	   " programme ended not counted).");

/* The closed months as the sites closed them (app/month_hours.h's rule):
 * one row per person of each standing closing, with the amendments since. */
const char central_closed_views_sql[] =
	"CREATE VIEW analyst.closed_month_hours WITH (security_barrier) AS"
	" SELECT s.site_id, s.site_name, (r.row->>'person_id')::bigint AS person_id,"
	"  analyst.day_of((c.row->>'month')::integer * 100 + 1) AS month,"
	"  to_timestamp((c.row->>'at')::bigint) AS closed_at, c.row->>'fingerprint' AS fingerprint,"
	"  (r.row->>'days_present')::integer AS days_present, (r.row->>'seconds')::bigint AS seconds,"
	"  round((r.row->>'seconds')::bigint / 3600.0, 2) AS hours,"
	"  coalesce(a.changed, 0) > 0 AS amended,"
	"  (r.row->>'seconds')::bigint + coalesce(a.delta, 0) AS amended_seconds,"
	"  round(((r.row->>'seconds')::bigint + coalesce(a.delta, 0)) / 3600.0, 2) AS amended_hours"
	" FROM public.current_row AS c"
	" JOIN analyst.sites AS s ON s.site_id = c.site_id"
	" JOIN public.current_row AS r ON r.site_id = c.site_id AND r.tbl = 'month_rows'"
	"  AND (r.row->>'close_id')::bigint = (c.row->>'id')::bigint"
	" LEFT JOIN (SELECT site_id, (row->>'close_id')::bigint AS close_id, (row->>'person_id')::bigint AS person_id,"
	"   sum((row->>'after_seconds')::bigint - (row->>'before_seconds')::bigint) AS delta,"
	"   count(*) FILTER (WHERE row->>'after_seconds' <> row->>'before_seconds') AS changed"
	"  FROM public.current_row WHERE tbl = 'month_amendments' GROUP BY 1, 2, 3) AS a"
	"  ON a.site_id = c.site_id AND a.close_id = (c.row->>'id')::bigint"
	"  AND a.person_id = (r.row->>'person_id')::bigint"
	" WHERE c.tbl = 'month_closes' AND c.row->>'reopened_at' IS NULL;"
	ON_VIEW("closed_month_hours", "Each person''s closed month as the site closed it (rota month close): the"
	        " figures of the signed list, which every later document keeps; where an amendment changed the"
	        " hours after closing, amended is true and amended_hours the hours with the amendments. A month"
	        " reopened is not here until it is closed again.")
	ON("closed_month_hours", "site_id", "The site''s id.")
	ON("closed_month_hours", "site_name", "The site''s workshop name.")
	ON("closed_month_hours", "person_id", "people.id of the same site.")
	ON("closed_month_hours", "month", "The month''s first day.")
	ON("closed_month_hours", "closed_at", "When it was closed.")
	ON("closed_month_hours", "fingerprint", "The SHA-256 printed on its list.")
	ON("closed_month_hours", "days_present", "Days present, as signed.")
	ON("closed_month_hours", "seconds", "The seconds of presence, as signed.")
	ON("closed_month_hours", "hours", "The same in hours, to two places, as the list shows them.")
	ON("closed_month_hours", "amended", "An amendment after closing changed the hours.")
	ON("closed_month_hours", "amended_seconds", "The seconds with the amendments made after closing.")
	ON("closed_month_hours", "amended_hours", "The same in hours, to two places.");
