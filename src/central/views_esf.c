/* The analysts' views of the ESF+ entry data, as a later central
 * migration's text (central/views.c's text is never edited after it
 * ships). A site marks each special-category entry row (disability,
 * origin, housing, rural area: special = 1); analyst.entry_facts shows
 * those rows only to roles granted them (rota central grant --special,
 * analyst.role_special) and to rota's own role, every other row as before,
 * and says which is which. analyst.esf_exports shows the record of the
 * sites' participant-level exports. A fixed string, as views.c's. */
#include "central/views.h"

/* Whether the current role may read the special-category rows: rota's own
 * role (it may read current_row), or one granted them, or a member of
 * one. */
#define MAY_READ_SPECIAL \
	"(has_table_privilege('public.current_row', 'SELECT') OR EXISTS (SELECT 1 FROM analyst.role_special AS g" \
	" WHERE g.role IN (SELECT rolname FROM pg_catalog.pg_roles WHERE pg_has_role(oid, 'MEMBER'))))"
#define IS_SPECIAL "coalesce((r.row->>'special')::integer, 0) <> 0"

const char central_esf_views_sql[] =
	"CREATE TABLE analyst.role_special("
	"  role text PRIMARY KEY"
	");"
	"COMMENT ON TABLE analyst.role_special IS 'The roles that may read the special-category entry data (disability,"
	" origin, housing, rural area) in analyst.entry_facts, of the sites they may read (rota central grant --special)."
	" A member of the role may too. Not readable by the roles themselves.';"
	"COMMENT ON COLUMN analyst.role_special.role IS 'A role''s name.';"
	"CREATE OR REPLACE VIEW analyst.entry_facts WITH (security_barrier) AS SELECT s.site_id, s.site_name"
	", (r.row->>'id')::bigint AS \"id\", (r.row->>'person_id')::bigint AS \"person_id\""
	", r.row->>'field' AS \"field\", r.row->>'value' AS \"value\""
	", to_timestamp(nullif((r.row->>'at')::bigint, 0)) AS \"at\", (r.row->>'by_person')::bigint AS \"by_person\""
	", r.row->>'terminal' AS \"terminal\", " IS_SPECIAL " AS \"special\""
	" FROM public.current_row AS r JOIN analyst.sites AS s ON s.site_id = r.site_id WHERE r.tbl = 'entry_facts'"
	" AND (NOT " IS_SPECIAL " OR " MAY_READ_SPECIAL ");"
	"COMMENT ON VIEW analyst.entry_facts IS 'A participant''s entry data and outcomes, as a history: the newest row"
	" (highest id) of a field is its value. The special-category rows only for a role granted them"
	" (rota central grant --special).';"
	"COMMENT ON COLUMN analyst.entry_facts.field IS 'gender, birth_year (YYYY or YYYY-MM-DD), education, status,"
	" unemployed_since, exit_date, exit_reason, outcome_exit, result_job_searching, result_education,"
	" result_qualification, result_employed (each the day reached), outcome_followup, followup_date,"
	" followup_employed, followup_improved; special-category: disability, third_country_national,"
	" foreign_background, minority, homeless, rural.';"
	"COMMENT ON COLUMN analyst.entry_facts.special IS 'Special-category data (disability, origin, housing, rural"
	" area), marked so by the site: kept apart, shown only to a role granted them.';"
	"CREATE VIEW analyst.esf_exports WITH (security_barrier) AS SELECT s.site_id, s.site_name"
	", (r.row->>'id')::bigint AS \"id\", to_timestamp(nullif((r.row->>'at')::bigint, 0)) AS \"at\""
	", (r.row->>'by_person')::bigint AS \"by_person\""
	", analyst.day_of((r.row->>'from_day')::integer) AS \"from_day\""
	", analyst.day_of((r.row->>'to_day')::integer) AS \"to_day\", r.row->>'reason' AS \"reason\""
	", r.row->>'format' AS \"format\", (r.row->>'rows')::integer AS \"rows\""
	", (r.row->>'special')::integer <> 0 AS \"special\", r.row->>'terminal' AS \"terminal\""
	" FROM public.current_row AS r JOIN analyst.sites AS s ON s.site_id = r.site_id WHERE r.tbl = 'esf_exports';"
	"COMMENT ON VIEW analyst.esf_exports IS 'Every participant-level ESF+ export a site made for the managing"
	" authority (rota esf export): who, when, the period and why.';"
	"COMMENT ON COLUMN analyst.esf_exports.site_id IS 'The site''s id (rota config at the site shows it).';"
	"COMMENT ON COLUMN analyst.esf_exports.site_name IS 'The site''s workshop name, as its settings say.';"
	"COMMENT ON COLUMN analyst.esf_exports.id IS 'The export''s id, unique within its site.';"
	"COMMENT ON COLUMN analyst.esf_exports.at IS 'When it was made.';"
	"COMMENT ON COLUMN analyst.esf_exports.by_person IS 'The coordinator who made it: people.id of the same site.';"
	"COMMENT ON COLUMN analyst.esf_exports.from_day IS 'The period''s first day.';"
	"COMMENT ON COLUMN analyst.esf_exports.to_day IS 'The period''s last day.';"
	"COMMENT ON COLUMN analyst.esf_exports.reason IS 'Why, as the coordinator wrote it.';"
	"COMMENT ON COLUMN analyst.esf_exports.format IS 'csv or excel.';"
	"COMMENT ON COLUMN analyst.esf_exports.rows IS 'The participants in it.';"
	"COMMENT ON COLUMN analyst.esf_exports.special IS 'The special-category columns were in it.';"
	"COMMENT ON COLUMN analyst.esf_exports.terminal IS 'The terminal it was made at.';";
