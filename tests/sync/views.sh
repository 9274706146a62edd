#!/usr/bin/env bash
# The analysts' side of the central PostgreSQL, from psql: schema analyst
# has a typed, commented view of each table the sites send and nothing they
# keep private; the month's hours from its views equal 'rota central hours'
# and each site's own 'rota hours --month', formatted the same way; and
# 'rota central grant' gives a role of one site exactly that site's rows in
# every view (a role of the programme every site's), read-only, with no
# way into the raw tables; a closed month's cells from the views are the
# site's own 'rota attendance --month --csv'; each participant on entry is
# the site's own participant-level export, and the summary's ESF+ table
# summed over whole months is the site's 'rota summary --csv'. Three small
# sites, a private server (tests/lib/pg.sh). Usage: tests/sync/views.sh [BINARY]
set -u
. "$(dirname "$0")/../lib/cli.sh"
. "$(dirname "$0")/../lib/pg.sh"
. "$(dirname "$0")/../lib/sites.sh"
trap 'pg_stop; rm -rf "$tmp"' EXIT
pg_start_or_fail views
at() { local when=$1; shift; ROTA_NOW=$when run "$@"; }
# psql as role $1 (trust: the private server asks no password), errors too.
psql_as() { as_pg "$PG_BIN/psql" -X -q -A -t -h "$PG_DIR" -p $PG_PORT -U "$1" -d central -c "$2" 2>&1; }
epoch() { date -d "$1" +%s; }

# Site A: named, 5 participants and a mentor, a year of visits, and the
# month's odd ones: a scanned visit, one still open from an earlier day, an
# undone one, one whose end is unknown, one past midnight, and 18 seconds
# (half a hundredth of an hour: the sheet rounds the month's sum up).
a=$tmp/a/rota.db b=$tmp/b/rota.db
mkdir -p "$tmp/a" "$tmp/b"
db=$a
at 2026-01-02T07:00:00 init
at 2026-01-02T07:00:00 config set workshop_name "Delavnica Šiška"
site_people "$a" 5
at 2026-01-02T07:00:00 person add --name "Mentorica Mia" --role mentor; mentor=$(cat "$tmp/out")
check "site A: a year of visits" site_year "$a"
at 2026-11-23T07:00:00 badge issue 1; badge=$(cat "$tmp/out")
at 2026-11-23T08:00:00 scan "$badge"; at 2026-11-23T12:30:00 scan "$badge"
at 2026-11-24T07:00:00 badge issue 2; badge=$(cat "$tmp/out")
at 2026-11-24T08:00:00 scan "$badge"
site_sql "$a" "INSERT INTO visits(person_id, day, check_in, check_out, status) VALUES
  (3, 20261125, $(epoch 2026-11-25T08:00), NULL, 'undone'),
  (3, 20261126, $(epoch 2026-11-26T08:00), NULL, 'end_unknown'),
  (5, 20261128, $(epoch 2026-11-28T09:00), $(epoch 2026-11-28T09:00:18), 'closed')"
at 2026-11-28T07:00:00 visit add 4 --date 2026-11-27 --check-in 22:00 --check-out "2026-11-28 02:00" \
  --by "$mentor" --reason "forgot the badge"
check "the month's odd visits are recorded" rc 0
# Entry data of participant 1: one plain row, one of special-category
# data (the programme records them), which the views keep apart.
at 2026-11-28T07:00:00 person add --name "Koordinatorka Kaja" --role coordinator; coord=$(cat "$tmp/out")
at 2026-11-28T07:00:00 config set esf_special_fields on
at 2026-11-28T07:00:00 person set 1 --gender female --by "$coord"
at 2026-11-28T07:00:00 person set 1 --disability yes --by "$coord"
check "site A: entry data, a special-category field among them" rc 0
# And two scanned after a programme ended: one held, one a coordinator
# accepted. The held one counts nowhere, here or at the centre.
site_sql "$a" "INSERT INTO visits(person_id, day, check_in, check_out, status, after_end) VALUES
  (3, 20261129, $(epoch 2026-11-29T08:00), $(epoch 2026-11-29T12:00), 'closed', 1),
  (3, 20261130, $(epoch 2026-11-30T08:00), $(epoch 2026-11-30T11:00), 'closed', 1)"
held=$(sqlite3 "$a" "SELECT id FROM visits WHERE day = 20261130")
at 2026-11-30T12:00:00 visit accept "$held" --by "$coord"
check "the visit after the programme's end is accepted" rc 0
# Site B: 3 participants, a year, no name of its own.
db=$b
at 2026-01-02T07:00:00 init
site_people "$b" 3
check "site B: a year of visits" site_year "$b"
# Site C: the ESF+ entry data of 44 participants, for the summary's table.
# In February to May (the period compared with the site's summary) six of
# each gender column, so that every cell of the table holds 2 or more: one
# long-term unemployed under 18 in ISCED 0-2 twice, one inactive (or in
# education) of 18 to 29 in ISCED 3-4 twice, one employed of 55 or more in
# ISCED 5-8 twice (a full birth date among them, on its birthday), then one
# short-term unemployed of 30 to 54 who declined their education, and one
# with nothing but a gender; in the declined column half declined, half were
# never asked. Some entered on the day they were registered (the site's
# local day: 23:30 UTC on 31 January is 1 February in Ljubljana), some had
# a value changed or cleared (the newest counts). Beside the period: one
# entered on 31 January, one on 1 June, one registered at 00:30 on 1 June
# local time (still 31 May in UTC). In July, those the site's rules in
# core/entry.c decide by more than the status and the birth year: long-term
# unemployed by the date it began (12 months, 6 under 25 by the exact age,
# a month's end moved back to a shorter month's), a full birth date whose
# birthday comes after entry, a birth year after entry, self-employed.
c=$tmp/c/rota.db
mkdir -p "$tmp/c"
db=$c
at 2026-01-02T07:00:00 init
at 2026-01-02T07:00:00 config set workshop_name "Delavnica C"
site_c_sql=
esf_person() { # NAME START|- CREATED|- END|- then FIELD=VALUE ... (VALUE "-": cleared)
  local name=$1 start=$2 created=$3 end=$4 f; shift 4
  [[ $start == - ]] && start=NULL || start=${start//-/}
  [[ $end == - ]] && end=NULL || end=${end//-/}
  [[ $created == - ]] && created=1767330000 || created=$(date -d "$created" +%s)
  site_c_sql+="INSERT INTO people(name, role, created_at, programme_start, programme_end)
    VALUES ('$name', 'participant', $created, $start, $end);"
  for f in "$@"; do
    local v="'${f#*=}'"; [[ $v == "'-'" ]] && v=NULL
    site_c_sql+="INSERT INTO entry_facts(person_id, field, value, at, by_person, terminal, special)
      VALUES ((SELECT max(id) FROM people), '${f%%=*}', $v, 1767330000, NULL, 'office', 0);"
  done
}
genders=(female male other declined)
for g in 0 1 2 3; do
  gender=${genders[g]}; skip=; [[ $g == 3 ]] && skip=1 # the declined column: every other one never asked
  for k in 1 2 3 4 5 6 7 8; do
    start=2026-0$((2 + (k + g) % 4))-$(printf %02d $((1 + (3 * k + g) % 27)))
    gf="gender=$gender"; [[ -n $skip && $((k % 2)) == 0 ]] && gf=
    case $k in
    1) esf_person "C$g$k" $start - - $gf status=long_term_unemployed birth_year=2010 education=1 ;;
    2) esf_person "C$g$k" $start - - $gf status=long_term_unemployed birth_year=2009-01-15 education=2 ;;
    3) esf_person "C$g$k" $start - - $gf status=inactive birth_year=2000 education=3 exit_date=2026-09-30 ;;
    4) esf_person "C$g$k" $start - - $gf status=in_education birth_year=2008-${start:5} education=4 ;;
    5) if [[ $g == 2 ]]; then
         esf_person "C$g$k" $start - 2026-10-31 $gf status=inactive birth_year=1965 education=6 status=employed
       else
         esf_person "C$g$k" $start - 2026-10-31 $gf status=employed birth_year=1965 education=6
       fi ;;
    6) esf_person "C$g$k" $start - - $gf status=employed birth_year=1970-${start:5} education=8 ;;
    7) if [[ $g == 0 ]]; then created=2026-01-31T23:30:00Z; else created=2026-0$((2 + g))-10T12:00:00Z; fi
       esf_person "C$g$k" - $created - $gf status=unemployed birth_year=1990 education=declined ;;
    8) case $g in
       0) esf_person "C$g$k" 2026-05-31 - - gender=female ;;
       1) esf_person "C$g$k" 2026-04-15 - - gender=female gender=male ;;
       2) esf_person "C$g$k" 2026-04-15 - - gender=other ;;
       3) esf_person "C$g$k" 2026-04-15 - - gender=male gender=- ;;
       esac ;;
    esac
  done
done
esf_person Q1 2026-01-31 - - gender=female status=employed birth_year=1980 education=3
esf_person Q2 2026-06-01 - - gender=male status=long_term_unemployed birth_year=2000 education=5
esf_person Q3 - 2026-05-31T22:30:00Z - gender=female status=inactive birth_year=1980 education=3
esf_person R1 2026-07-01 - - gender=male status=unemployed unemployed_since=2025-06-30 birth_year=1980 education=3
esf_person R2 2026-07-01 - - gender=male status=unemployed unemployed_since=2025-07-01 birth_year=1980 education=3
esf_person R3 2026-07-01 - - gender=female status=unemployed unemployed_since=2025-12-31 birth_year=2003 education=2
esf_person R4 2026-07-01 - - gender=female status=unemployed unemployed_since=2026-01-01 birth_year=2003 education=2
esf_person R5 2026-07-01 - - gender=other status=self_employed birth_year=1985 education=7
esf_person R6 2026-07-01 - - gender=female status=inactive birth_year=2008-07-02 education=1
esf_person R7 2026-07-01 - - gender=male status=inactive birth_year=2027 education=1
esf_person R8 2026-07-01 - - gender=male status=long_term_unemployed unemployed_since=2026-05-01 birth_year=1980 education=4
esf_person R9 2026-07-01 - - gender=other status=unemployed unemployed_since=2025-12-15 birth_year=2001-07-02 education=4
check "site C: the ESF+ entry data of its participants" site_sql "$c" "$site_c_sql"
at 2026-01-02T07:00:00 person add --name "Koordinator Cene" --role coordinator; coord_c=$(cat "$tmp/out")
site_c=$("$BIN" --db "$c" config | sed -n 's/^site_id=//p')
site_a=$("$BIN" --db "$a" config | sed -n 's/^site_id=//p')
site_b=$("$BIN" --db "$b" config | sed -n 's/^site_id=//p')

run central init --to "$PG_CONN"
check "central init makes the analysts' schema" test "$(pg_psql "SELECT count(*) FROM pg_namespace WHERE nspname = 'analyst'")" = 1
for db in "$a" "$b" "$c"; do run sync --to "$PG_CONN"; check "a site syncs" rc 0; done

# The views: one per table the sites send, typed, commented, nothing private.
views=$(pg_psql "SELECT viewname FROM pg_views WHERE schemaname = 'analyst' ORDER BY 1")
check "every table the sites send has its view" \
  test -z "$(pg_psql "SELECT DISTINCT tbl FROM change_log" | grep -vxF -f <(echo "$views"))"
check "and so have the sites and the hours" \
  test "$(grep -cxE 'sites|daily_hours|month_hours' <<<"$views")" = 3
check "each view begins with the site's id and name" \
  test "$(pg_psql "SELECT count(*) FROM pg_views v WHERE schemaname = 'analyst' AND (
    SELECT string_agg(column_name, ',' ORDER BY ordinal_position) FROM information_schema.columns c
    WHERE c.table_schema = 'analyst' AND c.table_name = v.viewname AND ordinal_position <= 2) <> 'site_id,site_name'")" = 0
check "no view shows a PIN's or a badge's secret" \
  test "$(pg_psql "SELECT count(*) FROM information_schema.columns WHERE table_schema = 'analyst'
    AND column_name ~ '^(pin_|badge_pin_|seed|payload)'")" = 0
types=$(pg_psql "SELECT table_name || '.' || column_name || '=' || data_type FROM information_schema.columns
  WHERE table_schema = 'analyst' ORDER BY 1")
for t in visits.day=date visits.check_in='timestamp with time zone' visits.id=bigint people.active=boolean \
  people.programme_start=date assignments.end_at='timestamp with time zone' absences.from_day=date \
  daily_hours.day=date daily_hours.hours=numeric month_hours.hours=numeric month_hours.month=date; do
  check "typed: $t" grep -qxF "$t" <<<"$types"
done
check "every view has its comment" \
  test "$(pg_psql "SELECT count(*) FROM pg_views WHERE schemaname = 'analyst'
    AND obj_description(format('analyst.%I', viewname)::regclass, 'pg_class') IS NULL")" = 0
check "and every column of every view" \
  test "$(pg_psql "SELECT count(*) FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
    WHERE c.relnamespace = 'analyst'::regnamespace AND c.relkind = 'v' AND a.attnum > 0
    AND col_description(c.oid, a.attnum) IS NULL")" = 0
check "a site's name is the workshop name it set; none when it set none" \
  test "$(pg_psql "SELECT site_id || '=' || coalesce(site_name, '-') FROM analyst.sites ORDER BY site_name NULLS LAST")" \
  = "$site_c=Delavnica C
$site_a=Delavnica Šiška
$site_b=-"
check "a time is the instant the site recorded (08:00 in Ljubljana)" \
  test "$(pg_psql "SELECT to_char(check_in AT TIME ZONE s.time_zone, 'YYYY-MM-DD HH24:MI') FROM analyst.visits v
    JOIN analyst.sites s USING (site_id) WHERE v.site_id = '$site_a' AND person_id = 1 AND day = '2026-11-23'")" = "2026-11-23 08:00"
check "the current state: a visit checked in and out is one row, closed" \
  test "$(pg_psql "SELECT count(*) || status FROM analyst.visits WHERE site_id = '$site_a' AND person_id = 1
    AND day = '2026-11-23' GROUP BY status")" = 1closed

# The month's hours from the views, formatted as the sheet formats them.
sheet_sql() { # SITE
  pg_psql "COPY (SELECT p.id, p.name, coalesce(m.days_present, 0), to_char(coalesce(m.hours, 0), 'FM999990.00'),
      coalesce(p.target_hours, (SELECT value::integer FROM analyst.settings t WHERE t.site_id = p.site_id
        AND t.key = 'target_hours'), 60),
      to_char(coalesce(m.hours_to_date, round((SELECT coalesce(sum(seconds), 0) FROM analyst.daily_hours d
        WHERE d.site_id = p.site_id AND d.person_id = p.id AND d.day < '2026-12-01') / 3600.0, 2)), 'FM999990.00')
    FROM analyst.people p LEFT JOIN analyst.month_hours m
      ON m.site_id = p.site_id AND m.person_id = p.id AND m.month = '2026-11-01'
    WHERE p.site_id = '$1' AND p.role = 'participant' AND (p.active OR m.days_present > 0) ORDER BY p.id)
    TO STDOUT WITH (FORMAT csv)"
}
sheet() { ROTA_NOW=2026-11-30T18:00:00 "$BIN" --db "$1" --lang en "${@:2}" | tail -n +2 | cut -d, -f1-6 | sort -n; }
for s in a b; do
  site=site_$s; site=${!site}; file=$tmp/$s/rota.db
  sheet_sql "$site" >"$tmp/$s-views.csv"
  sheet "$file" hours --month 2026-11 --csv >"$tmp/$s-site.csv"
  sheet "$file" central hours --to "$PG_CONN" --month 2026-11 --csv --site "$site" >"$tmp/$s-central.csv"
  check "site $s: the views' month (days, hours, target, to date) is rota central hours'" \
    cmp "$tmp/$s-views.csv" "$tmp/$s-central.csv"
  check "site $s: and the site's own rota hours --month" cmp "$tmp/$s-views.csv" "$tmp/$s-site.csv"
done
check "with people present, and the half hundredth rounded on the month's sum" \
  test "$(wc -l <"$tmp/a-views.csv")" = 5 -a "$(wc -l <"$tmp/b-views.csv")" = 3
check "an open, an undone, an end-unknown visit: days present, no hours" \
  test "$(pg_psql "SELECT string_agg(person_id || ':' || day || ':' || seconds, ' ' ORDER BY person_id)
    FROM analyst.daily_hours WHERE site_id = '$site_a' AND day BETWEEN '2026-11-24' AND '2026-11-26'")" \
  = "2:2026-11-24:0 3:2026-11-26:0"
check "a visit held after the programme ended counts nowhere; once accepted it counts" \
  test "$(pg_psql "SELECT string_agg(day || ':' || hours, ' ' ORDER BY day) FROM analyst.daily_hours
    WHERE site_id = '$site_a' AND person_id = 3 AND day >= '2026-11-29'")" = "2026-11-30:3.00"
check "the views say which was held and who accepted it" \
  test "$(pg_psql "SELECT string_agg(after_end || ':' || coalesce(accepted_by::text, '-'), ' ' ORDER BY day)
    FROM analyst.visits WHERE site_id = '$site_a' AND person_id = 3 AND day >= '2026-11-29'")" = "true:- true:$coord"
check "a visit past midnight counts whole on the day it began" \
  test "$(pg_psql "SELECT hours FROM analyst.daily_hours WHERE site_id = '$site_a' AND person_id = 4
    AND day = '2026-11-27'")" = 4.00

# The signed list's cells: site A closes November and syncs; the view's
# cells, written as the list's CSV writes a day, are its own
# 'rota attendance --month --csv' day by day, byte for byte.
db=$a
at 2026-12-01T07:00:00 person add --name "Koordinatorka Kaja" --role coordinator; coord=$(cat "$tmp/out")
at 2026-12-01T07:00:00 absence add 5 --from 2026-11-30 --reason illness --by "$mentor"
check "an excused day" rc 0
at 2026-12-01T07:00:00 closure add 2026-11-26 --reason "inventory" --by "$coord"
check "a day the workshop was closed" rc 0
check "the month's cells wait for its closing" \
  test "$(pg_psql "SELECT count(*) FROM analyst.attendance_cells")" = 0
at 2026-12-02T09:00:00 month close 2026-11 --by "$coord"
check "site A closes November" rc 0
run sync --to "$PG_CONN"
check "and syncs it" rc 0
pg_psql "COPY (SELECT c.person_id, c.name, to_char(c.day, 'YYYY-MM-DD'), c.state,
    to_char(c.check_in AT TIME ZONE s.time_zone, 'HH24:MI'), to_char(c.check_out AT TIME ZONE s.time_zone, 'HH24:MI'),
    CASE WHEN c.state = 'present' THEN to_char(c.hours, 'FM999990.00') END, c.unresolved::integer
  FROM analyst.attendance_cells c JOIN analyst.sites s USING (site_id)
  WHERE c.site_id = '$site_a' AND c.month = '2026-11-01') TO STDOUT WITH (FORMAT csv)" |
  sed 's/$/\r/' | sort >"$tmp/cells-views.csv" # RFC 4180's line ends, as rota writes them
ROTA_NOW=2026-12-02T10:00:00 "$BIN" --db "$a" --lang en attendance --month 2026-11 --csv |
  awk -F, '$4 ~ /^(present|absent|excused|holiday|closure|off|outside)$/' | sort >"$tmp/cells-site.csv"
check "the views' cells of the closed month are the site's attendance list, day by day" \
  cmp "$tmp/cells-views.csv" "$tmp/cells-site.csv"
check "for its five participants and every column" \
  test "$(wc -l <"$tmp/cells-site.csv")" -gt 100 -a "$(cut -d, -f1 "$tmp/cells-site.csv" | sort -u | wc -l)" = 5
check "in the states the list prints, a doubtful day too" \
  test "$(cut -d, -f4 "$tmp/cells-views.csv" | sort -u | tr '\n' ' ')" = "absent closure excused off present " -a \
  "$(grep -c ',1.$' "$tmp/cells-views.csv")" -gt 0
check "site B closed nothing: none of its cells" \
  test "$(pg_psql "SELECT count(*) FROM analyst.attendance_cells WHERE site_id = '$site_b'")" = 0

# The ESF+ indicators. Each participant on entry (analyst.entrants) is the
# site's own participant-level export (rota esf export: core/esf.c, by
# core/entry.c's rules), row for row: the day entered, the gender column,
# the age band, the ISCED band, the status and long-term unemployment
# (the export's "" when the status is unknown or declined). The export
# names people by pseudonym only, so the rows are compared as a sorted
# list; each of site C's July people differs from every other in them.
db=$c
at 2026-12-01T07:00:00 esf export --from 2026-01-01 --to 2026-12-31 --by "$coord_c" --reason "compared" --csv
check "site C exports its participants" rc 0
tr -d '\r' <"$tmp/out" | awk -F, 'NR == 1 { for (i = 1; i <= NF; i++) c[$i] = i; next }
  { g = $c["gender"]; g = g == "female" ? "women" : g == "male" ? "men" : g == "other" ? "non_binary" : "declined"
    print $c["entry_date"] "," g "," $c["age_band"] "," $c["isced_group"] "," $c["status"] "," $c["long_term_unemployed"] }' |
  sort >"$tmp/entrants-site.csv"
pg_psql "COPY (SELECT to_char(entry_day, 'YYYY-MM-DD'), gender_column, age_band, isced_band, status,
    CASE WHEN coalesce(status, 'declined') = 'declined' THEN NULL WHEN long_term_unemployed THEN '1' ELSE '0' END
  FROM analyst.entrants WHERE site_id = '$site_c') TO STDOUT WITH (FORMAT csv)" | sort >"$tmp/entrants-views.csv"
check "each participant on entry is the site's participant-level export" \
  cmp "$tmp/entrants-views.csv" "$tmp/entrants-site.csv"
check "all 44 of them" test "$(wc -l <"$tmp/entrants-site.csv")" = 44
july() { pg_psql "SELECT string_agg(p.name || ':' || e.age_band || ':' || e.long_term_unemployed, ' ' ORDER BY p.name)
  FROM analyst.entrants e JOIN analyst.people p ON p.site_id = e.site_id AND p.id = e.person_id
  WHERE e.site_id = '$site_c' AND p.name LIKE 'R%'"; }
check "long-term unemployed by the date it began, 6 months under 25 by the exact age; a birthday after entry" \
  test "$(july)" = "R1:30_54:true R2:30_54:false R3:18_29:true R4:18_29:false R5:30_54:false R6:under_18:false \
R7:unknown:false R8:30_54:true R9:18_29:true"
check "entered: the programme's start, else the local day registered; left: the exit date, else the end" \
  test "$(pg_psql "SELECT string_agg(p.name || ':' || e.entry_day || ':' || coalesce(e.leaving_day::text, '-'), ' '
    ORDER BY p.name) FROM analyst.entrants e JOIN analyst.people p ON p.site_id = e.site_id AND p.id = e.person_id
    WHERE e.site_id = '$site_c' AND p.name IN ('C01', 'C03', 'C05', 'C07', 'Q3')")" \
  = "C01:2026-03-04:- C03:2026-05-10:2026-09-30 C05:2026-03-16:2026-10-31 C07:2026-02-01:- Q3:2026-06-01:-"
check "a date field as the site reads it: a real day from 1970 on" \
  test "$(pg_psql "SELECT string_agg(coalesce(analyst.entry_date(v)::text, '-'), ' ' ORDER BY o) FROM (VALUES
    (1, '2024-02-29'), (2, '2026-02-29'), (3, '2026-13-01'), (4, '1969-12-31'), (5, '2026-1-01'), (6, ''),
    (7, 'declined'), (8, '2026-04-31'), (9, '1970-01-01')) AS t(o, v)")" = "2024-02-29 - - - - - - - 1970-01-01"
check "the entry views read no special-category field" \
  test "$(pg_psql "SELECT count(*) FROM pg_views WHERE schemaname = 'analyst'
    AND viewname IN ('entrants', 'annex_counts_by_month')
    AND definition ~ '(disability|third_country|foreign_background|minority|homeless|rural|special)'")" = 0

# The summary's table from annex_counts_by_month, summed over the months
# of a period, against the site's own rota summary --csv. The site prints a
# count below its threshold (0 included) as "<N" and hides others beside it
# as "x", so its raw counts show only when no cell is below: site C's
# February to May has 2 or more in every cell, and at the lowest threshold
# the site allows (summary_min_count 2) the site prints every cell as a
# number. That is the comparison: every cell of the table, raw, byte for
# byte as the site writes it. (Site C's July is left out: there the site's
# summary still reads the status and the birth year alone, app/summary_
# annex.c, where the views follow core/entry.c as its export does above.)
# First the same period at the default threshold (5), where most cells
# are hidden: each number the site shows is the views', each "<5" is below
# 5 in the views, and an "x" (hidden beside one, none in this table) would
# be 5 or more.
annex_views() { # FROM-MONTH TO-MONTH: row,column,people summed over the months
  pg_psql "COPY (SELECT row_code, column_code, sum(people) FROM analyst.annex_counts_by_month
    WHERE site_id = '$site_c' AND month BETWEEN '$1' AND '$2' GROUP BY 1, 2) TO STDOUT WITH (FORMAT csv)" |
    sed 's/$/\r/' | sort # RFC 4180's line ends, as rota writes them
}
pg_psql "SELECT DISTINCT row_code FROM analyst.annex_counts_by_month" >"$tmp/annex-rows"
annex_site() { # FROM TO: the site's summary lines of the table's rows
  ROTA_NOW=2026-12-01T08:00:00 "$BIN" --db "$c" --lang en summary --from "$1" --to "$2" --csv |
    awk -F, 'NR == FNR { r[$1]; next } ($1 in r)' "$tmp/annex-rows" - | sort
}
annex_views 2026-02-01 2026-05-01 >"$tmp/annex-views.csv"
annex_site 2026-02-01 2026-05-31 >"$tmp/annex-default-site.csv"
join -t, -j1 <(sed 's/,/;/' "$tmp/annex-default-site.csv" | tr -d '\r' | sort) \
  <(sed 's/,/;/' "$tmp/annex-views.csv" | tr -d '\r' | sort) >"$tmp/annex-default.csv"
check "at the default threshold: every cell of the site's table is in the views" \
  test "$(wc -l <"$tmp/annex-default.csv")" = 55 -a "$(wc -l <"$tmp/annex-default-site.csv")" = 55
check "each number the site shows is the views', each <5 below 5 there, each x 5 or more" \
  test -z "$(awk -F, '!($2 == $3 || ($2 == "<5" && $3 < 5) || ($2 == "x" && $3 >= 5))' "$tmp/annex-default.csv")"
check "with numbers and <5 among them" test "$(grep -c ',[0-9][0-9]*,' "$tmp/annex-default.csv")" -gt 0 \
  -a "$(grep -c ',<5,' "$tmp/annex-default.csv")" -gt 0
at 2026-12-01T08:00:00 config set summary_min_count 2
annex_site 2026-02-01 2026-05-31 >"$tmp/annex-site.csv"
check "February to May at threshold 2: the site prints every cell of its table as a number" \
  test "$(wc -l <"$tmp/annex-site.csv")" = 55 -a -z "$(grep -v $',[0-9][0-9]*\r$' "$tmp/annex-site.csv")"
check "and the views' months add up to it, cell for cell, byte for byte" cmp "$tmp/annex-views.csv" "$tmp/annex-site.csv"
check "which are not empty: 32 participants entered, 8 in each column" \
  grep -qx $'participants,total,32\r' "$tmp/annex-site.csv"
check "a month nobody entered has no cells; a month someone did, every cell" \
  test "$(pg_psql "SELECT string_agg(to_char(month, 'MM') || ':' || count, ' ' ORDER BY month) FROM (SELECT month,
    count(*) FROM analyst.annex_counts_by_month WHERE site_id = '$site_c' GROUP BY month) m")" \
  = "01:55 02:55 03:55 04:55 05:55 06:55 07:55"
check "July counts the self-employed as employed and long-term unemployment by its start" \
  test "$(pg_psql "SELECT string_agg(row_code || ':' || people, ' ' ORDER BY row_code) FROM analyst.annex_counts_by_month
    WHERE site_id = '$site_c' AND month = '2026-07-01' AND column_code = 'total'
    AND row_code IN ('employed', 'long_term_unemployed', 'unemployed', 'age_under_18')")" \
  = "age_under_18:1 employed:1 long_term_unemployed:4 unemployed:6"

# Roles: one per site, one for the programme, one through a group role.
pg_psql "CREATE ROLE ana_a LOGIN; CREATE ROLE bor_b LOGIN; CREATE ROLE vse LOGIN;
         CREATE ROLE readers_a NOLOGIN; CREATE ROLE cilka LOGIN IN ROLE readers_a;"
check "before a grant a role reads no view" \
  grep -q "permission denied" <<<"$(psql_as ana_a "SELECT count(*) FROM analyst.visits")"
db=$a
run central grant --to "$PG_CONN" --site "$site_a" ana_a
check "grant --site gives a role one site" rc 0
check "and says so" out_has "Role ana_a may read site $site_a"
run central grant --to "$PG_CONN" --site "$site_b" bor_b
run central grant --to "$PG_CONN" --all --special vse
check "grant --all gives a role every site" out_has "Role vse may read every site"
check "--special names it among those that read special-category data" \
  test "$(pg_psql "SELECT string_agg(role, ' ') FROM analyst.role_special")" = vse
run central grant --to "$PG_CONN" --site "$site_a" readers_a
run central grant --to "$PG_CONN" --site "$site_a" ana_a
check "the same grant again is fine" rc 0
check "and is kept once" test "$(pg_psql "SELECT count(*) FROM analyst.role_sites WHERE role = 'ana_a'")" = 1
run central grant --to "$PG_CONN" --site "$site_a" nobody_here
check "a role the server does not know is refused" rc 1
check "saying who creates it" err_has "CREATE ROLE"
check "and is not created" test "$(pg_psql "SELECT count(*) FROM pg_roles WHERE rolname = 'nobody_here'")" = 0
run central grant --to "$PG_CONN" --site nosuchsite ana_a
check "a site never synced is refused" err_has "No site with this id"
run central grant --to "$PG_CONN" ana_a
check "a grant names a site or --all (a usage error)" rc 2
run central grant --to "$PG_CONN" --all --site "$site_a" ana_a
check "not both" rc 2

# What each role sees, view by view: exactly its sites' rows.
counts() { # ROLE SITE: per view, all rows and the site's rows
  local sql= v
  for v in $views; do sql+="${sql:+ UNION ALL }SELECT '$v', count(*), count(*) FILTER (WHERE site_id = '$2') FROM analyst.$v"; done
  psql_as "$1" "$sql ORDER BY 1"
}
expect() { # SITE: per view, the site's rows (twice), as the owner counts them
  local sql= v
  for v in $views; do
    # a role granted a site without --special sees no special-category entry rows
    local f="site_id = '$1'"; [[ $v == entry_facts ]] && f+=" AND NOT special"
    sql+="${sql:+ UNION ALL }SELECT '$v', count(*) FILTER (WHERE $f), count(*) FILTER (WHERE $f) FROM analyst.$v"
  done
  pg_psql "$sql ORDER BY 1"
}
check "the owner sees both sites' visits" \
  test "$(pg_psql "SELECT count(DISTINCT site_id) FROM analyst.visits")" = 2
check "site A's role sees exactly site A's rows in every view" test "$(counts ana_a "$site_a")" = "$(expect "$site_a")"
check "site B's role sees exactly site B's rows in every view" test "$(counts bor_b "$site_b")" = "$(expect "$site_b")"
check "a member of a role granted site A sees site A's" test "$(counts cilka "$site_a")" = "$(expect "$site_a")"
check "the programme's role sees both sites' rows in every view" \
  test "$(counts vse "$site_a" | cut -d'|' -f1,2)" = "$(pg_psql "$(for v in $views; do echo "SELECT '$v', count(*) FROM analyst.$v UNION ALL"; done) SELECT NULL, NULL WHERE false ORDER BY 1")"
check "which are not empty: people of the three sites, visits and hours of the two with visits" \
  test "$(psql_as vse "SELECT count(DISTINCT site_id) FROM analyst.people") $(psql_as vse "SELECT count(DISTINCT site_id) FROM analyst.daily_hours")" = "3 2"
check "site A's month from its role equals rota central hours" \
  test "$(pg_psql "SELECT sum(seconds) FROM analyst.month_hours WHERE site_id = '$site_a'")" \
  = "$(psql_as ana_a "SELECT sum(seconds) FROM analyst.month_hours")"
check "a role granted site A without --special sees its plain entry data only" \
  test "$(psql_as ana_a "SELECT string_agg(field || ':' || special, ' ' ORDER BY id) FROM analyst.entry_facts")" = "gender:false"
check "a role granted a site without --special reads its participants on entry as the owner does" \
  test "$(psql_as ana_a "SELECT string_agg(person_id || gender_column || age_band, ' ' ORDER BY person_id) FROM analyst.entrants")" \
  = "$(pg_psql "SELECT string_agg(person_id || gender_column || age_band, ' ' ORDER BY person_id) FROM analyst.entrants
    WHERE site_id = '$site_a'")"
check "a role granted --special sees the special-category rows too, marked" \
  test "$(psql_as vse "SELECT string_agg(field || ':' || special, ' ' ORDER BY id) FROM analyst.entry_facts
    WHERE site_id = '$site_a'")" = "gender:false disability:true"
for t in change_log current_row sites rota_schema analyst.role_sites analyst.role_special; do
  check "a site's role cannot read $t" grep -q "permission denied" <<<"$(psql_as ana_a "SELECT count(*) FROM $t")"
done
check "nor change what it reads: it holds no right but SELECT on any view" \
  test "$(psql_as vse "SELECT count(*) FROM pg_class c, unnest('{INSERT,UPDATE,DELETE,TRUNCATE,REFERENCES,TRIGGER}'::text[]) p
    WHERE c.relnamespace = 'analyst'::regnamespace AND has_table_privilege(c.oid, p)")" = 0
check "nor grant itself another site" \
  grep -q "permission denied" <<<"$(psql_as ana_a "INSERT INTO analyst.role_sites VALUES ('ana_a', NULL)")"
# A function of the reader's that says what it is shown runs after the
# site's condition, never before it (security_barrier).
leak=$(psql_as ana_a "CREATE FUNCTION pg_temp.leak(text) RETURNS boolean LANGUAGE plpgsql COST 0.0000001 AS
  \$\$BEGIN RAISE NOTICE 'saw %', \$1; RETURN true; END\$\$;
  SELECT count(*) FROM analyst.people WHERE pg_temp.leak(name || '@' || site_id)")
saw_only_a() { grep -q "saw .*@$site_a" <<<"$leak" && ! grep -q "@$site_b" <<<"$leak"; }
check "a leaking function of the reader's is shown only its site's rows" saw_only_a

echo "views: $passed passed, $failed failed"
((failed == 0))
