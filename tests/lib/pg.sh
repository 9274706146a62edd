# A private PostgreSQL for one test run (tests/sync/run.sh, tests/sync/scale.sh).
# Sourced. pg_start FOLDER makes a cluster in FOLDER/data with its socket in
# FOLDER itself (no TCP), owned by an unprivileged user: the caller when it
# is not root, else the system user rota-pgtest (made once; PostgreSQL
# refuses to run as root). It sets PG_CONN to a connection string for the
# database "central" and PG_DIR. pg_stop stops it and pg_down leaves it
# stopped but kept (pg_up starts it again, with the server options in
# $PG_OPTS after rota's own, on port $PG_PORT; a caller that changes the port
# sets PG_CONN again with it); pg_psql SQL runs one statement.
# pg_start_or_fail LEVEL starts it in $tmp/pg for a test level, or prints why
# not and "LEVEL: 0 passed, 1 failed" and exits 1.
# The caller's EXIT trap must call pg_stop: nothing outside the folder is
# started or left running.
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
PG_DIR= PG_CONN= PG_USER= PG_PORT=5432
as_pg() {
  # from /: the checkout may be in a home the server's user cannot enter
  if [[ $(id -u) -eq 0 ]]; then (cd / && runuser -u "$PG_USER" -- "$@"); else "$@"; fi
}
pg_up() {
  as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/log" -w -s \
    -o "-k $PG_DIR -c listen_addresses= -p $PG_PORT -c fsync=off -c full_page_writes=off -c jit=off ${PG_OPTS:-}" start
}
pg_down() { as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast -w -s stop; }
pg_psql() { as_pg "$PG_BIN/psql" -X -q -A -t -h "$PG_DIR" -p $PG_PORT -U rota -d central -c "$1"; }
pg_start() {
  PG_DIR=$1
  mkdir -p "$PG_DIR" || return 1
  [[ -x $PG_BIN/initdb ]] || { echo "PostgreSQL is not installed (install/deps.sh)"; return 1; }
  if [[ $(id -u) -eq 0 ]]; then
    PG_USER=rota-pgtest
    id -u "$PG_USER" >/dev/null 2>&1 ||
      useradd --system --no-create-home --shell /usr/sbin/nologin "$PG_USER" 2>/dev/null ||
      id -u "$PG_USER" >/dev/null 2>&1 || return 1
    chmod o+x "$(dirname "$PG_DIR")" # the server's user only passes through
    chmod 755 "$PG_DIR"
    chown "$PG_USER" "$PG_DIR"
  else
    PG_USER=$(id -un)
  fi
  as_pg "$PG_BIN/initdb" -D "$PG_DIR/data" -U rota --auth=trust -E UTF8 --locale=C.UTF-8 --no-sync \
    >"$PG_DIR/initdb.log" 2>&1 || { cat "$PG_DIR/initdb.log"; return 1; }
  pg_up || { cat "$PG_DIR/log"; return 1; }
  as_pg "$PG_BIN/createdb" -h "$PG_DIR" -p $PG_PORT -U rota central || return 1
  PG_CONN="host=$PG_DIR port=$PG_PORT user=rota dbname=central"
}
pg_stop() {
  [[ -n $PG_DIR && -d $PG_DIR/data ]] || return 0
  as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate -w -s stop >/dev/null 2>&1
  rm -rf "$PG_DIR"
}
pg_start_or_fail() {
  pg_start "$tmp/pg" >"$tmp/pg.out" 2>&1 && return 0
  cat "$tmp/pg.out"; echo "$1: 0 passed, 1 failed"; exit 1
}
