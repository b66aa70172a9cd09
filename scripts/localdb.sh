#!/usr/bin/env bash
# Throwaway local PostgreSQL 15 cluster for development, demos and tests.
#
#   scripts/localdb.sh create [--dir DIR] [--port PORT] [--extension kohi_auth.so] [--log-all]
#   scripts/localdb.sh start|stop|status|destroy [--dir DIR]
#   scripts/localdb.sh env [--dir DIR] [--admin]     # KEY=value lines to eval
#   scripts/localdb.sh standby --dir DIR --primary PDIR [--port PORT] [--sync]
#   scripts/localdb.sh promote|kill [--dir DIR]
#
# `standby` makes DIR a streaming replica of the cluster at PDIR (pg_basebackup over TLS, the
# same CA, server certificate, extension and My Number hash key); --sync makes the primary wait
# for it at every commit (synchronous_standby_names). `kill` stops a server the hard way
# (immediate shutdown, as a crash); `promote` turns a standby into a primary.
#
# The cluster listens on 127.0.0.1 only, accepts only TLS (hostssl) with scram-sha-256, and uses a
# CA and server certificate generated here with OpenSSL. Staff need two factors, as in production:
# their password and a terminal certificate from that CA (clientcert=verify-ca); after migrating,
# issue the local terminal's with
#   kohi-admin terminal issue local-terminal --reveals --cert DIR/terminal/terminal.crt \
#              --key DIR/terminal/terminal.key
# (`env` then exports PGSSLCERT/PGSSLKEY; `env --admin` exports the CA as KOHI_CA_CERT/KOHI_CA_KEY).
# The superuser (kohi_dba) gets a random password kept in DIR/dba.pgpass (mode 600) for the setup
# scripts and logs in without a certificate; never use this for production.
set -euo pipefail

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
PGBIN=${PGBIN:-/usr/lib/postgresql/15/bin}
DIR=${KOHI_LOCALDB_DIR:-$REPO/var/localdb}
PORT=""
EXTENSION=""
LOG_ALL=0
ADMIN=0
PRIMARY=""
SYNC=0

die() { echo "localdb: $*" >&2; exit 1; }

cmd=${1:-}; shift || true
while (($#)); do
  case "$1" in
    --dir) DIR=$2; shift 2 ;;
    --port) PORT=$2; shift 2 ;;
    --extension) EXTENSION=$2; shift 2 ;;
    --log-all) LOG_ALL=1; shift ;;
    --admin) ADMIN=1; shift ;;
    --primary) PRIMARY=$2; shift 2 ;;
    --sync) SYNC=1; shift ;;
    *) die "unknown option $1" ;;
  esac
done

# initdb/postgres refuse to run as root: run them as the 'postgres' OS user then.
if [[ $(id -u) -eq 0 ]]; then
  SERVER_USER=postgres
  as_server() { runuser -u postgres -- "$@"; }
else
  SERVER_USER=$(id -un)
  as_server() { "$@"; }
fi

# The server user must reach the data directory. A checkout under a mode-700 home is unreachable,
# so the cluster then lives in a temporary directory and DIR becomes a symlink to it.
resolve_dir() {
  if [[ -L "$DIR" ]]; then DIR=$(readlink -f "$DIR"); return; fi
  if [[ -d "$DIR" ]]; then return; fi
  [[ $cmd == create || $cmd == standby ]] || die "no cluster at $DIR (run: scripts/localdb.sh create)"
  mkdir -p "$(dirname "$DIR")"
  if [[ $(id -u) -eq 0 ]] && ! runuser -u postgres -- test -x "$(dirname "$DIR")"; then
    local real; real=$(mktemp -d /tmp/kohi-localdb.XXXXXX)
    ln -s "$real" "$DIR"
    DIR=$real
  else
    mkdir -p "$DIR"
  fi
}

conf_port() { sed -n "s/^port = \([0-9]*\).*/\1/p" "$DIR/data/postgresql.conf" | tail -1; }

pick_port() {
  local p
  for _ in $(seq 1 50); do
    p=$((20000 + RANDOM % 20000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then echo "$p"; return; fi
  done
  die "no free port found"
}

make_certs() {
  local t=$DIR/tls
  mkdir -p "$t"
  openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 825 \
    -subj "/O=Kohi local/CN=Kohi local CA" -keyout "$t/ca.key" -out "$t/ca.crt" 2>/dev/null
  openssl req -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes \
    -subj "/O=Kohi local/CN=localhost" -keyout "$t/server.key" -out "$t/server.csr" 2>/dev/null
  printf 'subjectAltName=DNS:localhost,IP:127.0.0.1\nextendedKeyUsage=serverAuth\n' >"$t/ext.cnf"
  openssl x509 -req -in "$t/server.csr" -CA "$t/ca.crt" -CAkey "$t/ca.key" -CAcreateserial \
    -days 825 -extfile "$t/ext.cnf" -out "$t/server.crt" 2>/dev/null
  rm -f "$t/server.csr" "$t/ext.cnf" "$t/ca.srl"
  # The revocation list of terminal certificates, empty for now; kohi-admin terminal revoke
  # rewrites it (KOHI_TERMINAL_CRL) and reloads the server, which then refuses revoked
  # certificates at the TLS handshake.
  : >"$t/index.txt"
  printf '[ca]\ndefault_ca=local\n[local]\ndatabase=%s\ndefault_md=sha256\ndefault_crl_days=365\n' \
    "$t/index.txt" >"$t/crl.cnf"
  openssl ca -config "$t/crl.cnf" -gencrl -keyfile "$t/ca.key" -cert "$t/ca.crt" \
    -out "$t/terminals.crl" 2>/dev/null
  rm -f "$t/index.txt" "$t/crl.cnf"
  chmod 600 "$t/server.key" "$t/ca.key"
  chmod 644 "$t/ca.crt" "$t/server.crt" "$t/terminals.crl"
}

create() {
  resolve_dir
  [[ -d "$DIR/data" ]] && die "a cluster already exists at $DIR (destroy it first)"
  [[ -n "$PORT" ]] || PORT=$(pick_port)
  [[ -z "$EXTENSION" || -f "$EXTENSION" ]] || die "extension not found: $EXTENSION (build target kohi_auth)"
  mkdir -p "$DIR/lib" "$DIR/secrets"
  make_certs
  [[ -n "$EXTENSION" ]] && cp "$EXTENSION" "$DIR/lib/kohi_auth.so"
  # Key of the My Number duplicate-detection hash: outside the database, readable by the server only.
  openssl rand -hex 32 >"$DIR/secrets/mynumber-hmac.key"
  chmod 600 "$DIR/secrets/mynumber-hmac.key"
  local pw; pw=$(openssl rand -hex 24)
  umask 077
  printf '%s\n' "$pw" >"$DIR/dba.pw.tmp"
  printf '127.0.0.1:%s:*:kohi_dba:%s\nlocalhost:%s:*:kohi_dba:%s\n' "$PORT" "$pw" "$PORT" "$pw" >"$DIR/dba.pgpass"
  umask 022
  mkdir -m 700 "$DIR/data"
  if [[ $SERVER_USER != $(id -un) ]]; then
    chown -R "$SERVER_USER" "$DIR/tls" "$DIR/secrets" "$DIR/lib" "$DIR/dba.pw.tmp" "$DIR/data"
    chmod 711 "$DIR"
  fi
  as_server "$PGBIN/initdb" -D "$DIR/data" -U kohi_dba --pwfile="$DIR/dba.pw.tmp" -A scram-sha-256 \
    -E UTF8 --locale=C.UTF-8 >"$DIR/initdb.log" 2>&1 || { cat "$DIR/initdb.log" >&2; die "initdb failed"; }
  rm -f "$DIR/dba.pw.tmp"
  cat >"$DIR/data/pg_hba.conf" <<HBA
# Kohi local cluster: TLS only, SCRAM only, loopback only.
# The database administrator (setup scripts, migrations): password only.
hostssl all kohi_dba 127.0.0.1/32 scram-sha-256
hostssl all kohi_dba ::1/128      scram-sha-256
# Everyone else: password AND a terminal certificate signed by the office CA (two factors). Not
# verify-full: that would demand CN = user name; the certificate names the terminal, and Kohi
# reads the terminal id from it (kohi.terminal_certificate).
hostssl all all 127.0.0.1/32 scram-sha-256 clientcert=verify-ca
hostssl all all ::1/128      scram-sha-256 clientcert=verify-ca
# Streaming replication to a standby (scripts/localdb.sh standby): the administrator only.
hostssl replication kohi_dba 127.0.0.1/32 scram-sha-256
HBA
  cat >>"$DIR/data/postgresql.conf" <<CONF

# --- Kohi local cluster ---
port = $PORT
listen_addresses = '127.0.0.1'
unix_socket_directories = ''
ssl = on
ssl_cert_file = '$DIR/tls/server.crt'
ssl_key_file = '$DIR/tls/server.key'
# Terminal certificates are verified against this CA (pg_hba clientcert=verify-ca).
ssl_ca_file = '$DIR/tls/ca.crt'
ssl_crl_file = '$DIR/tls/terminals.crl'
ssl_min_protocol_version = 'TLSv1.2'
password_encryption = 'scram-sha-256'
dynamic_library_path = '$DIR/lib:\$libdir'
$([[ -n "$EXTENSION" ]] && echo "shared_preload_libraries = 'kohi_auth'")
kohi_auth.hmac_key_file = '$DIR/secrets/mynumber-hmac.key'
# Passwords change only through Kohi's API (policy, history), never by a bare ALTER ROLE.
kohi_auth.password_change_role = 'kohi_owner'
logging_collector = on
log_directory = 'log'
log_filename = 'postgresql.log'
log_connections = on
log_disconnections = on
log_line_prefix = '%m [%p] %u@%d %r '
max_connections = 100
max_worker_processes = 24          # the kohi_auth audit launcher and one sealer per database in use
fsync = off
full_page_writes = off
CONF
  if ((LOG_ALL)); then echo "log_statement = 'all'" >>"$DIR/data/postgresql.conf"; fi
  start
  PGPASSFILE="$DIR/dba.pgpass" "$PGBIN/psql" -X -q -v ON_ERROR_STOP=1 \
    "host=127.0.0.1 port=$PORT user=kohi_dba dbname=postgres sslmode=verify-full sslrootcert=$DIR/tls/ca.crt" \
    -c "CREATE DATABASE kohi" >/dev/null
  echo "localdb: cluster ready at $DIR (port $PORT)" >&2
}

start() {
  resolve_dir
  if as_server "$PGBIN/pg_ctl" -D "$DIR/data" status >/dev/null 2>&1; then return 0; fi
  as_server "$PGBIN/pg_ctl" -D "$DIR/data" -l "$DIR/data/startup.log" -w -t 60 start >/dev/null \
    || { cat "$DIR/data/startup.log" >&2; die "server did not start"; }
}

stop() {
  resolve_dir
  as_server "$PGBIN/pg_ctl" -D "$DIR/data" -m fast -w stop >/dev/null 2>&1 || true
}

status() {
  resolve_dir
  if as_server "$PGBIN/pg_ctl" -D "$DIR/data" status >/dev/null 2>&1; then
    echo "running: $DIR (port $(conf_port))"
  else
    echo "stopped: $DIR (port $(conf_port))"; return 3
  fi
}

destroy() {
  local link=""
  [[ -L "$DIR" ]] && link=$DIR
  [[ -e "$DIR" ]] || return 0
  resolve_dir
  [[ -d "$DIR/data" ]] && stop
  rm -rf "$DIR"
  [[ -n "$link" ]] && rm -f "$link"
  return 0
}

env_lines() {
  resolve_dir
  echo "PGHOST=127.0.0.1"
  echo "PGPORT=$(conf_port)"
  echo "PGDATABASE=kohi"
  echo "PGSSLMODE=verify-full"
  echo "PGSSLROOTCERT=$DIR/tls/ca.crt"
  echo "KOHI_LOCALDB_DIR=$DIR"
  # The local terminal's certificate (the second factor), once issued.
  if [[ -f "$DIR/terminal/terminal.crt" && -f "$DIR/terminal/terminal.key" ]]; then
    echo "PGSSLCERT=$DIR/terminal/terminal.crt"
    echo "PGSSLKEY=$DIR/terminal/terminal.key"
  fi
  if ((ADMIN)); then
    echo "PGUSER=kohi_dba"
    echo "PGPASSFILE=$DIR/dba.pgpass"
    # The local CA that signs terminal certificates (a real office keeps its key offline).
    echo "KOHI_CA_CERT=$DIR/tls/ca.crt"
    echo "KOHI_CA_KEY=$DIR/tls/ca.key"
    echo "KOHI_TERMINAL_CRL=$DIR/tls/terminals.crl"
  fi
}

# A streaming standby of the cluster at PRIMARY, in DIR.
standby() {
  [[ -n "$PRIMARY" ]] || die "standby needs --primary PDIR"
  local pdir; pdir=$(readlink -f "$PRIMARY")
  [[ -d "$pdir/data" ]] || die "no primary cluster at $PRIMARY"
  local pport; pport=$(sed -n "s/^port = \([0-9]*\).*/\1/p" "$pdir/data/postgresql.conf" | tail -1)
  resolve_dir
  [[ -d "$DIR/data" ]] && die "a cluster already exists at $DIR (destroy it first)"
  [[ -n "$PORT" ]] || PORT=$(pick_port)
  # The same TLS material, extension and hash key: the standby must answer like the primary
  # (a different HMAC key would make every stored hash unmatchable after promotion).
  cp -a "$pdir/tls" "$pdir/lib" "$pdir/secrets" "$DIR/"
  local pw; pw=$(sed -n 1p "$pdir/dba.pgpass" | cut -d: -f5)
  umask 077
  printf '127.0.0.1:%s:*:kohi_dba:%s\nlocalhost:%s:*:kohi_dba:%s\n' "$PORT" "$pw" "$PORT" "$pw" >"$DIR/dba.pgpass"
  printf '127.0.0.1:%s:*:kohi_dba:%s\n' "$pport" "$pw" >"$DIR/replication.pgpass"
  umask 022
  mkdir -m 700 "$DIR/data"
  if [[ $SERVER_USER != $(id -un) ]]; then
    chown -R "$SERVER_USER" "$DIR/tls" "$DIR/secrets" "$DIR/lib" "$DIR/data" "$DIR/replication.pgpass"
    chmod 711 "$DIR"
  fi
  local conninfo="host=127.0.0.1 port=$pport user=kohi_dba sslmode=verify-full sslrootcert=$DIR/tls/ca.crt passfile=$DIR/replication.pgpass application_name=kohi_standby"
  as_server "$PGBIN/pg_basebackup" -D "$DIR/data" -d "$conninfo" -X stream -c fast \
    >"$DIR/basebackup.log" 2>&1 || { cat "$DIR/basebackup.log" >&2; die "pg_basebackup failed"; }
  # The primary's readers' journals are not the standby's (see db/extension/README.md).
  rm -rf "$DIR/data/kohi_journal"/* "$DIR/data/log"/*
  cat >>"$DIR/data/postgresql.conf" <<CONF

# --- Kohi local standby of $pdir ---
port = $PORT
ssl_cert_file = '$DIR/tls/server.crt'
ssl_key_file = '$DIR/tls/server.key'
ssl_ca_file = '$DIR/tls/ca.crt'
ssl_crl_file = '$DIR/tls/terminals.crl'
dynamic_library_path = '$DIR/lib:\$libdir'
kohi_auth.hmac_key_file = '$DIR/secrets/mynumber-hmac.key'
primary_conninfo = '$conninfo'
hot_standby = on
CONF
  as_server touch "$DIR/data/standby.signal"
  start
  if ((SYNC)); then
    # Every commit waits until the standby has it: a promoted standby lost nothing acknowledged.
    printf "\nsynchronous_standby_names = 'kohi_standby'\nsynchronous_commit = on\n" \
      >>"$pdir/data/postgresql.conf"
  fi
  as_server "$PGBIN/pg_ctl" -D "$pdir/data" reload >/dev/null
  echo "localdb: standby of $pdir ready at $DIR (port $PORT)" >&2
}

promote() {
  resolve_dir
  as_server "$PGBIN/pg_ctl" -D "$DIR/data" -w -t 60 promote >/dev/null
}

kill_server() {
  resolve_dir
  as_server "$PGBIN/pg_ctl" -D "$DIR/data" -m immediate -w stop >/dev/null 2>&1 || true
}

case "$cmd" in
  create) create ;;
  standby) standby ;;
  promote) promote ;;
  kill) kill_server ;;
  start) start ;;
  stop) stop ;;
  status) status ;;
  destroy) destroy ;;
  env) env_lines ;;
  *) sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
