#!/usr/bin/env bash
# rota sync and rota central over TLS to a server "on another machine": the
# private PostgreSQL (tests/lib/pg.sh) also listens on 127.0.0.1 with a
# certificate for the name rota.test signed by a test authority made here,
# and the connection strings name it host=rota.test hostaddr=127.0.0.1, so
# libpq checks the name while the bytes stay on this machine. With no
# sslmode rota asks for verify-full and syncs; a wrong authority is refused;
# a weaker sslmode is refused before any connection unless --unverified-tls.
# Usage: tests/sync/tls.sh [BINARY]
set -u
. "$(dirname "$0")/../lib/cli.sh"
. "$(dirname "$0")/../lib/pg.sh"
trap 'pg_stop; rm -rf "$tmp"' EXIT
pg_start_or_fail tls

# A test authority, the server's certificate for rota.test, and another
# authority that signed nothing of it.
ssl() { openssl "$@" >/dev/null 2>&1; }
ssl req -x509 -newkey rsa:2048 -nodes -days 3650 -subj "/CN=rota test CA" -keyout "$tmp/ca.key" -out "$tmp/ca.crt"
ssl req -x509 -newkey rsa:2048 -nodes -days 3650 -subj "/CN=another CA" -keyout "$tmp/other.key" -out "$tmp/other.crt"
ssl req -newkey rsa:2048 -nodes -subj "/CN=rota.test" -keyout "$PG_DIR/server.key" -out "$tmp/server.csr"
printf 'subjectAltName=DNS:rota.test\n' >"$tmp/san.ext"
ssl x509 -req -in "$tmp/server.csr" -CA "$tmp/ca.crt" -CAkey "$tmp/ca.key" -CAcreateserial -days 3650 \
  -extfile "$tmp/san.ext" -out "$PG_DIR/server.crt"
chmod 600 "$PG_DIR/server.key"
[[ -n $PG_USER && $(id -u) -eq 0 ]] && chown "$PG_USER" "$PG_DIR/server.key" "$PG_DIR/server.crt"
check "the test authority signed the server's certificate" test -s "$PG_DIR/server.crt"
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
pg_down
PG_PORT=$port PG_CONN="host=$PG_DIR port=$port user=rota dbname=central"
PG_OPTS="-c ssl=on -c ssl_cert_file=$PG_DIR/server.crt -c ssl_key_file=$PG_DIR/server.key -c listen_addresses=127.0.0.1 -c log_connections=on"
check "the server starts with TLS on 127.0.0.1:$port" pg_up
away="host=rota.test hostaddr=127.0.0.1 port=$port user=rota dbname=central"
# rota's own connections (psql's, for the checks, come by the socket).
authorised() { grep -c "connection authorized: user=rota database=central application_name=rota" "$PG_DIR/log"; }
tls_authorised() { grep -c "connection authorized: user=rota database=central application_name=rota SSL enabled" "$PG_DIR/log"; }

# A site with something to send.
db=$tmp/site.db
run init
run person add --name "Ana Kovač" --role participant
run badge issue 1; badge=$(cat "$tmp/out")
ROTA_NOW=2026-11-23T08:00:00 run scan "$badge"

# No sslmode: rota asks libpq for verify-full.
run central init --to "$away sslrootcert=$tmp/ca.crt"
check "central init over TLS, the certificate checked, with no sslmode given" rc 0
run sync --to "$away sslrootcert=$tmp/ca.crt"
check "sync over TLS sends the site's changes" rc 0
check "and they are in the centre" test "$(pg_psql "SELECT count(*) FROM change_log")" -gt 0
check "every connection so far was TLS" test "$(tls_authorised)" = "$(authorised)" -a "$(authorised)" -ge 2
run sync --to "$away sslmode=verify-full sslrootcert=$tmp/ca.crt"
check "sslmode=verify-full named outright works the same" rc 0

# The wrong authority: refused, calmly, nothing sent.
ROTA_NOW=2026-11-23T12:00:00 run scan "$badge"
before=$(pg_psql "SELECT count(*) FROM change_log")
run sync --to "$away sslrootcert=$tmp/other.crt"
check "a certificate the given authority did not sign is refused" rc 1
check "with a sentence that says what to give" err_has "sslrootcert=FILE"
check "no raw libpq words on the screen" bash -c "! grep -qiE 'SSL error|libpq|PQ' '$tmp/err'"
check "and nothing was sent" test "$(pg_psql "SELECT count(*) FROM change_log")" = "$before"
run sync --to "host=localhost.invalid hostaddr=127.0.0.1 port=$port user=rota dbname=central sslrootcert=$tmp/ca.crt"
check "a name the certificate does not carry is refused" rc 1
check "the same way" err_has "sslrootcert=FILE"

# A weaker sslmode to another machine: refused before any connection.
n=$(authorised)
run sync --to "$away sslmode=require"
check "sslmode=require to another machine is refused" rc 1
check "saying why and the way out" err_has "--unverified-tls"
check "before any connection was made" test "$(authorised)" = "$n"
PGSSLMODE=disable run sync --to "$away"
check "PGSSLMODE=disable in the environment is refused too" rc 1
check "also before connecting" test "$(authorised)" = "$n"
run central hours --month 2026-11 --to "$away sslmode=prefer"
check "rota central is held to the same rule" rc 1
run sync --to "$away sslmode=require" --unverified-tls
check "--unverified-tls: the workshop says the network is trusted" rc 0
check "the change is sent" test "$(pg_psql "SELECT count(*) FROM change_log")" -gt "$before"
run central hours --month 2026-11 --to "$away sslmode=require" --unverified-tls --csv
check "and rota central reads with it" rc 0

# On this machine nothing changes: the Unix socket needs no sslmode.
run sync --to "$PG_CONN"
check "a local socket syncs as before" rc 0

echo "tls: $passed passed, $failed failed"
((failed == 0))
