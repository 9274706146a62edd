/* The analysts' views of the ESF+ indicators on participants (Regulation
 * (EU) 2021/1057, Annex I), as a later central migration's text, one fixed
 * string as central/views.c's, never edited after it ships.
 *
 * analyst.entrants is each participant of each site as the site's summary
 * sees them on entry, by the site's rules: the day they entered (the
 * programme's start, else the day they were registered, app/summary.c),
 * the day they left (the exit date, else the programme's end), and from
 * the current entry data their gender column, age band and long-term
 * unemployment (core/entry.c: entry_age_band, entry_is_long_term_
 * unemployed), status and ISCED band. analyst.annex_counts_by_month counts
 * them into the rows of the summary's table (app/summary_annex.c), a month
 * of entry at a time: raw, with no small cell hidden, since a role that
 * reads it reads the people themselves. Only the entry fields those rows
 * need are read; no special-category field is (they stay in
 * analyst.entry_facts, for the roles granted them). */
#include "central/views.h"
#include "central/views_sql.h"

/* The newest value of entry field f (NULL: never recorded, or cleared),
 * among the rows of one person: the site's store_entry_get. */
#define NEWEST(f) ", (array_agg(value ORDER BY id DESC) FILTER (WHERE field = '" f "'))[1] AS " f

const char central_annex_views_sql[] =
	/* A date field as the site reads it (util/date.c, date_parse_ymd):
	 * YYYY-MM-DD, a real day, from 1970 on. Each test only once the one
	 * before holds, so no cast meets what is not a number. */
	"CREATE FUNCTION analyst.entry_date(v text) RETURNS date LANGUAGE sql IMMUTABLE AS"
	" 'SELECT CASE WHEN v ~ ''^[0-9]{4}-[0-9]{2}-[0-9]{2}$'' THEN"
	"   CASE WHEN substr(v, 1, 4)::integer >= 1970 AND substr(v, 6, 2)::integer BETWEEN 1 AND 12 THEN"
	"    CASE WHEN substr(v, 9, 2)::integer BETWEEN 1 AND extract(day FROM make_date(substr(v, 1, 4)::integer,"
	"     substr(v, 6, 2)::integer, 1) + interval ''1 month - 1 day'')::integer"
	"    THEN make_date(substr(v, 1, 4)::integer, substr(v, 6, 2)::integer, substr(v, 9, 2)::integer) END END END';"
	"COMMENT ON FUNCTION analyst.entry_date(text) IS 'An entry data date (exit_date, unemployed_since, a birth"
	" date) as the site reads it: YYYY-MM-DD, a real day from 1970 on; anything else NULL.';"
	/* core/entry.c, entry_age_at: a year alone gives the years'
	 * difference, a full date the exact age. */
	"CREATE FUNCTION analyst.entry_age(birth text, on_day date) RETURNS integer LANGUAGE sql IMMUTABLE AS"
	" 'SELECT CASE WHEN birth ~ ''^[0-9]{4}$'' THEN"
	"   CASE WHEN birth::integer BETWEEN 1900 AND 2100 THEN extract(year FROM on_day)::integer - birth::integer END"
	"  ELSE extract(year FROM on_day)::integer - extract(year FROM analyst.entry_date(birth))::integer"
	"   - (extract(month FROM on_day) * 100 + extract(day FROM on_day)"
	"      < extract(month FROM analyst.entry_date(birth)) * 100 + extract(day FROM analyst.entry_date(birth)))::integer"
	"  END';"
	"COMMENT ON FUNCTION analyst.entry_age(text, date) IS 'The age on a day of someone born as the birth_year"
	" entry field says: a year alone (1900 to 2100) gives the difference of the years, a full date (YYYY-MM-DD)"
	" the exact age; NULL when it is neither (declined, not recorded). Below 0 when born after that day.';"

	"CREATE VIEW analyst.entrants WITH (security_barrier) AS"
	" SELECT p.site_id, p.site_name, p.id AS person_id, d.entry_day, d.leaving_day,"
	"  CASE f.gender WHEN 'female' THEN 'women' WHEN 'male' THEN 'men' WHEN 'other' THEN 'non_binary'"
	"   ELSE 'declined' END AS gender_column,"
	"  CASE WHEN f.birth_year = 'declined' THEN 'declined' WHEN a.age IS NULL OR a.age < 0 THEN 'unknown'"
	"   WHEN a.age < 18 THEN 'under_18' WHEN a.age < 30 THEN '18_29' WHEN a.age < 55 THEN '30_54'"
	"   ELSE '55_plus' END AS age_band,"
	"  nullif(f.status, '') AS status,"
	/* core/entry.c, entry_is_long_term_unemployed: the legacy status, or
	 * unemployed since more than 12 months before entry (6 under 25). */
	"  coalesce(f.status = 'long_term_unemployed' OR (f.status = 'unemployed'"
	"   AND (analyst.entry_date(f.unemployed_since)"
	"        + make_interval(months => CASE WHEN a.age >= 0 AND a.age < 25 THEN 6 ELSE 12 END))::date"
	"       < d.entry_day), false) AS long_term_unemployed,"
	"  CASE WHEN f.education IN ('0', '1', '2') THEN '0_2' WHEN f.education IN ('3', '4') THEN '3_4'"
	"   WHEN f.education IN ('5', '6', '7', '8') THEN '5_8' WHEN f.education = 'declined' THEN 'declined'"
	"   ELSE 'unknown' END AS isced_band"
	" FROM analyst.people AS p"
	" JOIN analyst.sites AS s ON s.site_id = p.site_id"
	" LEFT JOIN (SELECT site_id, person_id" NEWEST("gender") NEWEST("birth_year") NEWEST("education")
	NEWEST("status") NEWEST("unemployed_since") NEWEST("exit_date")
	"  FROM analyst.entry_facts"
	"  WHERE field IN ('gender', 'birth_year', 'education', 'status', 'unemployed_since', 'exit_date')"
	"  GROUP BY site_id, person_id) AS f ON f.site_id = p.site_id AND f.person_id = p.id"
	/* The day registered is the site's local day (date_ymd of created_at). */
	" CROSS JOIN LATERAL (SELECT coalesce(p.programme_start,"
	"   (coalesce(p.created_at, to_timestamp(0)) AT TIME ZONE s.time_zone)::date) AS entry_day,"
	"  coalesce(analyst.entry_date(f.exit_date), p.programme_end) AS leaving_day) AS d"
	" CROSS JOIN LATERAL (SELECT analyst.entry_age(f.birth_year, d.entry_day) AS age) AS a"
	" WHERE p.role = 'participant';"
	ON_VIEW("entrants", "Each participant of a site as its summary (rota summary) sees them on entry, by the"
	        " site''s rules, from the current entry data (the newest row of each field in entry_facts): when they"
	        " entered and left, and the gender, age, labour-market status and education the ESF+ indicators"
	        " (Annex I) break participants down by. No special-category data.")
	ON("entrants", "site_id", "The site''s id.")
	ON("entrants", "site_name", "The site''s workshop name.")
	ON("entrants", "person_id", "people.id of the same site.")
	ON("entrants", "entry_day", "The day they entered: the programme''s first day, else the site''s local day"
	   " they were registered (people.created_at).")
	ON("entrants", "leaving_day", "The day they left: their exit date, else the programme''s last day; NULL:"
	   " neither is known (still in).")
	ON("entrants", "gender_column", "The summary''s column: women, men, non_binary (other), or declined"
	   " (declined to say, or not recorded).")
	ON("entrants", "age_band", "The age on entry_day: under_18, 18_29, 30_54, 55_plus; declined; unknown (not"
	   " recorded, or a birth after entry). A birth year alone counts the years'' difference, a full date the"
	   " exact age.")
	ON("entrants", "status", "The labour-market status on entry as recorded: unemployed, long_term_unemployed,"
	   " inactive, employed, self_employed, in_education or declined; NULL: not recorded.")
	ON("entrants", "long_term_unemployed", "Long-term unemployed on entry by the site''s rule: the status"
	   " long_term_unemployed, or unemployed since (unemployed_since) more than 12 months before entry_day, more"
	   " than 6 for someone under 25 on entry.")
	ON("entrants", "isced_band", "The education level on entry: 0_2 (ISCED 0 to 2), 3_4, 5_8; declined;"
	   " unknown (not recorded).")

	/* The rows of app/summary_annex.c, each with whom it counts. */
	"CREATE VIEW analyst.annex_counts_by_month WITH (security_barrier) AS"
	" SELECT e.site_id, e.site_name, e.month, r.row_code, c.column_code,"
	"  count(*) FILTER (WHERE r.counts AND c.column_code IN ('total', e.gender_column)) AS people"
	" FROM (SELECT *, date_trunc('month', entry_day::timestamp)::date AS month FROM analyst.entrants) AS e"
	" CROSS JOIN LATERAL (VALUES ('participants', true),"
	"  ('unemployed', coalesce(e.status IN ('unemployed', 'long_term_unemployed'), false)),"
	"  ('long_term_unemployed', e.long_term_unemployed),"
	"  ('inactive', coalesce(e.status IN ('inactive', 'in_education'), false)),"
	"  ('employed', coalesce(e.status IN ('employed', 'self_employed'), false)),"
	"  ('age_under_18', e.age_band = 'under_18'), ('age_18_29', e.age_band = '18_29'),"
	"  ('age_55_plus', e.age_band = '55_plus'),"
	"  ('isced_0_2', e.isced_band = '0_2'), ('isced_3_4', e.isced_band = '3_4'),"
	"  ('isced_5_8', e.isced_band = '5_8')) AS r(row_code, counts)"
	" CROSS JOIN (VALUES ('women'), ('men'), ('non_binary'), ('declined'), ('total')) AS c(column_code)"
	" GROUP BY e.site_id, e.site_name, e.month, r.row_code, c.column_code;"
	ON_VIEW("annex_counts_by_month", "The ESF+ indicators on participants (Annex I) of rota summary, by gender,"
	        " a site and month of entry at a time: the people of analyst.entrants who entered in that month,"
	        " counted raw (no cell hidden: a role that reads this reads the people too). Every row and column"
	        " of the table for each month someone entered, 0 included. A period of whole months is the sum of"
	        " its months.")
	ON("annex_counts_by_month", "site_id", "The site''s id.")
	ON("annex_counts_by_month", "site_name", "The site''s workshop name.")
	ON("annex_counts_by_month", "month", "The month of entry, as its first day.")
	ON("annex_counts_by_month", "row_code", "The table''s row, as the site''s summary CSV names it (its"
	   " section): participants; unemployed (including long-term unemployed), long_term_unemployed, inactive"
	   " (in education too), employed (including self-employed); age_under_18, age_18_29, age_55_plus;"
	   " isced_0_2, isced_3_4, isced_5_8.")
	ON("annex_counts_by_month", "column_code", "The gender column, as the CSV names it (its item): women, men,"
	   " non_binary, declined (declined or not recorded), or total.")
	ON("annex_counts_by_month", "people", "The participants who entered in the month and are in the row and"
	   " column.");
