#!/usr/bin/env bash
# CTest fixture: a throwaway PostgreSQL 15 cluster for the integration and GUI tests.
#   test-cluster.sh up   DIR ENVFILE KOHI_AUTH_SO KOHI_ADMIN SOURCE_DIR
#   test-cluster.sh down DIR
# The cluster logs every statement (log_statement=all) so that tests can prove no secret
# reaches the server log.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
localdb=$here/../../scripts/localdb.sh
action=$1 dir=$2

case "$action" in
  up)
    envfile=$3 ext=$4 admin=$5 source=$6
    "$localdb" destroy --dir "$dir"
    "$localdb" create --dir "$dir" --log-all ${ext:+--extension "$ext"}
    write_env() {
      { "$localdb" env --dir "$dir" --admin
        echo "KOHI_ADMIN_BIN=$admin"
        echo "KOHI_AUTH_SO=$ext"
        echo "KOHI_LOCALDB_SCRIPT=$localdb"
        echo "KOHI_SOURCE_DIR=$source"; } >"$envfile"
    }
    write_env
    set -a; . "$envfile"; set +a
    "$admin" migrate
    "$admin" env set development "自動テスト用クラスタ"
    # The run's terminal certificate (the second factor), allowed to reveal: every test
    # connection presents it (PGSSLCERT/PGSSLKEY in the environment file), so every event is
    # recorded with the terminal id "test-terminal" taken from it.
    mkdir -p "$dir/terminal"
    "$admin" terminal issue test-terminal --reveals \
      --cert "$dir/terminal/terminal.crt" --key "$dir/terminal/terminal.key" >/dev/null
    write_env
    ;;
  down)
    # KOHI_KEEP_TEST_CLUSTER=1 keeps the cluster (and its server log) for inspection.
    if [[ ${KOHI_KEEP_TEST_CLUSTER:-0} == 1 ]]; then echo "kept: $dir"; exit 0; fi
    "$localdb" destroy --dir "$dir"
    ;;
  *) echo "usage: $0 up|down DIR ..." >&2; exit 2 ;;
esac
