/* The words the analysts' views are written in, shared by every central
 * migration that makes views (central/views*.c): each expands to a fixed
 * piece of SQL text, so a view's text is one string literal. */
#ifndef ROTA_CENTRAL_VIEWS_SQL_H
#define ROTA_CENTRAL_VIEWS_SQL_H

/* The typed value of column c of the current row r, as "c". A day is a
 * YYYYMMDD number (0: not set), a month YYYYMM (its first day), a time
 * epoch seconds (0: not set). */
#define BIGINT(c) ", (r.row->>'" #c "')::bigint AS \"" #c "\""
#define INT(c) ", (r.row->>'" #c "')::integer AS \"" #c "\""
#define TEXT(c) ", r.row->>'" #c "' AS \"" #c "\""
#define BOOL(c) ", (r.row->>'" #c "')::integer <> 0 AS \"" #c "\""
#define DAY(c) ", analyst.day_of((r.row->>'" #c "')::integer) AS \"" #c "\""
#define MONTH(c) ", analyst.day_of((r.row->>'" #c "')::integer * 100 + 1) AS \"" #c "\""
#define TIME(c) ", to_timestamp(nullif((r.row->>'" #c "')::bigint, 0)) AS \"" #c "\""

/* View v over the current rows of site table t: its site first. */
#define VIEW(v, t, cols) \
	"CREATE VIEW analyst." v " WITH (security_barrier) AS SELECT s.site_id, s.site_name" cols \
	" FROM public.current_row AS r JOIN analyst.sites AS s ON s.site_id = r.site_id WHERE r.tbl = '" t "';" \
	"COMMENT ON COLUMN analyst." v ".site_id IS 'The site''s id (rota config at the site shows it).';" \
	"COMMENT ON COLUMN analyst." v ".site_name IS 'The site''s workshop name, as its settings say.';"

/* The comments a reader of the schema sees on view v and its column c. */
#define ON_VIEW(v, words) "COMMENT ON VIEW analyst." v " IS '" words "';"
#define ON(v, c, words) "COMMENT ON COLUMN analyst." v ".\"" c "\" IS '" words "';"

#endif
