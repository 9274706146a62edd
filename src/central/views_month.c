/* The analysts' views of the closed months (central migration 9, one fixed
 * text as central/views.c's): a typed view of each table a site writes when
 * it closes a month, and analyst.attendance_cells, the signed attendance
 * list's cells, a row a person and day, in the states the site's list
 * prints (rota attendance --month M --csv). Written once, never edited
 * after it ships. A month still open has no cells here: its numbers are
 * the site's to change until it is closed and signed. */
#include "central/views.h"
#include "central/views_sql.h"

#define ON_CLOSE(v) ON(v, "close_id", "The closing: month_closes.id of the same site.")
#define ON_PERSON(v) ON(v, "person_id", "Whose row: people.id of the same site.")

const char central_views_month_sql[] =
	VIEW("month_closes", "month_closes", BIGINT(id) MONTH(month) TEXT(fingerprint) BIGINT(by_person) TIME(at)
	     TIME(reopened_at) BIGINT(reopened_by) TEXT(reopen_reason))
	ON_VIEW("month_closes", "Each closing of a month''s attendance list, as signed; a month reopened and closed"
	        " again has a closing each time.")
	ON("month_closes", "id", "The closing''s id, unique within its site.")
	ON("month_closes", "month", "The month closed, as its first day.")
	ON("month_closes", "fingerprint", "SHA-256 (hex) of the list as signed.")
	ON("month_closes", "by_person", "The coordinator who closed it: people.id of the same site.")
	ON("month_closes", "at", "When it was closed.")
	ON("month_closes", "reopened_at", "When it was reopened; NULL: the closing holds.")
	ON("month_closes", "reopened_by", "Who reopened it: people.id of the same site.")
	ON("month_closes", "reopen_reason", "Why it was reopened.")

	VIEW("month_rows", "month_rows", BIGINT(close_id) BIGINT(person_id) INT(position) INT(days_present)
	     BIGINT(seconds) INT(days_unresolved) INT(days_excused) INT(days_closed) INT(target_hours)
	     BIGINT(seconds_to_date))
	ON_VIEW("month_rows", "A closed list''s rows as signed: a participant''s totals of the month.")
	ON_CLOSE("month_rows")
	ON_PERSON("month_rows")
	ON("month_rows", "position", "The row''s place on the list.")
	ON("month_rows", "days_present", "Days with a visit.")
	ON("month_rows", "seconds", "The month''s seconds of closed visits.")
	ON("month_rows", "days_unresolved", "Days with a visit whose end is not known or whose clock was doubtful.")
	ON("month_rows", "days_excused", "Days excused.")
	ON("month_rows", "days_closed", "Days the workshop was closed.")
	ON("month_rows", "target_hours", "The participant''s target hours.")
	ON("month_rows", "seconds_to_date", "The seconds of closed visits from the first to the month''s end.")

	VIEW("month_cells", "month_cells", BIGINT(close_id) BIGINT(person_id) DAY(day) INT(kind) INT(visits)
	     TIME(first_in) TIME(last_out) BIGINT(seconds) INT(unresolved) TEXT(reason))
	ON_VIEW("month_cells", "A closed list''s cells as signed, as the site keeps them; attendance_cells reads them"
	        " in words.")
	ON_CLOSE("month_cells")
	ON_PERSON("month_cells")
	ON("month_cells", "day", "The list''s column: a day of the month.")
	ON("month_cells", "kind", "The day for the person: 0 expected, 1 not a workshop weekday, 2 public holiday,"
	   " 3 closure, 4 outside the programme, 5 excused.")
	ON("month_cells", "visits", "Visits that began that day.")
	ON("month_cells", "first_in", "The first check-in; NULL: none.")
	ON("month_cells", "last_out", "The last check-out; NULL: none.")
	ON("month_cells", "seconds", "The day''s seconds of closed visits.")
	ON("month_cells", "unresolved", "1 when a visit of the day has no known end or a doubtful clock.")
	ON("month_cells", "reason", "An excused day''s reason code; empty otherwise.")

	/* The states as the site's list prints them (cli/cli_attendance.c):
	 * a day with a visit is present, whatever else it was; else its kind. */
	"CREATE VIEW analyst.attendance_cells WITH (security_barrier) AS"
	" SELECT s.site_id, s.site_name, analyst.day_of((m.row->>'month')::integer * 100 + 1) AS month,"
	"  (c.row->>'person_id')::bigint AS person_id, p.row->>'name' AS name,"
	"  analyst.day_of((c.row->>'day')::integer) AS day,"
	"  CASE WHEN (c.row->>'visits')::integer > 0 THEN 'present'"
	"   ELSE (ARRAY['absent', 'off', 'holiday', 'closure', 'outside', 'excused'])[(c.row->>'kind')::integer + 1]"
	"  END AS state,"
	"  CASE WHEN (c.row->>'visits')::integer > 0 THEN to_timestamp(nullif((c.row->>'first_in')::bigint, 0)) END"
	"   AS check_in,"
	"  CASE WHEN (c.row->>'visits')::integer > 0 THEN to_timestamp(nullif((c.row->>'last_out')::bigint, 0)) END"
	"   AS check_out,"
	"  (c.row->>'seconds')::bigint AS seconds, round((c.row->>'seconds')::bigint / 3600.0, 2) AS hours,"
	"  (c.row->>'unresolved')::integer <> 0 AS unresolved, nullif(c.row->>'reason', '') AS reason"
	" FROM public.current_row AS c"
	" JOIN analyst.sites AS s ON s.site_id = c.site_id"
	" JOIN public.current_row AS m ON m.site_id = c.site_id AND m.tbl = 'month_closes'"
	"  AND m.row_key = c.row->>'close_id' AND m.row->>'reopened_at' IS NULL"
	" LEFT JOIN public.current_row AS p ON p.site_id = c.site_id AND p.tbl = 'people'"
	"  AND p.row_key = c.row->>'person_id'"
	" WHERE c.tbl = 'month_cells';"
	ON_VIEW("attendance_cells", "The attendance list of each closed month as signed (the closing that holds):"
	        " a row a participant and a column of the list, in the states rota attendance --month prints. A"
	        " month not closed has no rows here.")
	ON("attendance_cells", "site_id", "The site''s id.")
	ON("attendance_cells", "site_name", "The site''s workshop name.")
	ON("attendance_cells", "month", "The month, as its first day.")
	ON("attendance_cells", "person_id", "people.id of the same site.")
	ON("attendance_cells", "name", "The person''s name now (the pseudonym after an anonymisation).")
	ON("attendance_cells", "day", "The list''s column: a day of the month.")
	ON("attendance_cells", "state", "present (a visit began that day), absent (expected, not come), excused,"
	   " holiday, closure, off (not a workshop weekday) or outside (before or after the programme).")
	ON("attendance_cells", "check_in", "The day''s first check-in; NULL unless present.")
	ON("attendance_cells", "check_out", "The day''s last check-out; NULL unless present and one is known.")
	ON("attendance_cells", "seconds", "The day''s seconds of closed visits.")
	ON("attendance_cells", "hours", "The same in hours, to two places, as the list shows them.")
	ON("attendance_cells", "unresolved", "True when a visit of the day has no known end or a doubtful clock.")
	ON("attendance_cells", "reason", "An excused day''s reason code; NULL otherwise.");
