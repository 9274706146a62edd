# Simulated workshop sites for the sync tests (tests/sync/*.sh). Sourced.
# site_people DB N: N participants, "Person 1".."Person N", made in bulk.
# site_year DB [YEAR]: for every participant of DB a visit on each workday of
# YEAR (2026 unless named) from 5 January to 20 November, 08:00 to 14:00, checked in and then out
# (an insert and an update, as two scans make them); written in bulk with
# sqlite3, through the same triggers that feed the outbox and keep the hours
# (these call rota's hour rule: the shell loads it, build/rota-rules.so,
# found beside the binary, in the build folder or where ROTA_RULES says).
rota_rules=${ROTA_RULES:-}
for d in "$(dirname "$BIN")" "$(dirname "$BIN")/build" build; do
  [[ -z $rota_rules && -f $d/rota-rules.so ]] && rota_rules=$(realpath "$d/rota-rules.so")
done
# site_sql DB SQL: SQL on DB in the sqlite3 shell with rota's hour rule loaded,
# so the triggers that count hours can run.
site_sql() {
  [[ -n $rota_rules ]] || { echo "site_sql: build/rota-rules.so is missing (make build/rota-rules.so)" >&2; return 1; }
  sqlite3 -bail -cmd ".load ${rota_rules%.so}" "$1" "$2"
}
site_people() {
  sqlite3 "$1" "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $2)
    INSERT INTO people(name, role, created_at) SELECT 'Person ' || i, 'participant', 1767330000 FROM n"
}
site_year() {
  local y=${2:-2026}
  site_sql "$1" "WITH RECURSIVE d(x) AS (SELECT julianday('$y-01-05') UNION ALL SELECT x + 1 FROM d
                                     WHERE x < julianday('$y-11-20'))
    INSERT INTO visits(person_id, day, check_in, check_out, status, terminal)
    SELECT p.id, CAST(strftime('%Y%m%d', x) AS INTEGER), CAST(strftime('%s', x) AS INTEGER) + 7 * 3600,
           CAST(strftime('%s', x) AS INTEGER) + 13 * 3600, 'closed', 'door'
    FROM d, people AS p WHERE strftime('%w', x) NOT IN ('0', '6') AND p.role = 'participant' ORDER BY x, p.id;
    UPDATE visits SET out_terminal = 'door' WHERE terminal = 'door' AND out_terminal IS NULL"
}
