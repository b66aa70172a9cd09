#!/usr/bin/env bash
# docs/api/kohi_api.md, the reference of kohi_api, generated from a migrated database.
#
#   api-reference.sh write KOHI_ADMIN KOHI_AUTH_SO WORK_DIR OUT.md
#       a throwaway cluster in WORK_DIR, migrated, then `kohi-admin api-reference --out OUT.md`
#       (the kohi_api_reference target);
#   api-reference.sh check CHECKED_IN.md
#       against the test cluster (CTest fixture kohi_db, KOHI_TEST_ENV): regenerates and fails
#       when the checked-in file differs.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
localdb=$here/../../scripts/localdb.sh

case "${1:-}" in
  write)
    admin=$2 ext=$3 dir=$4 out=$5
    trap '"$localdb" destroy --dir "$dir" >/dev/null 2>&1 || true' EXIT
    "$localdb" destroy --dir "$dir" >/dev/null 2>&1 || true
    "$localdb" create --dir "$dir" ${ext:+--extension "$ext"} >/dev/null
    set -a; eval "$("$localdb" env --dir "$dir" --admin)"; set +a
    "$admin" migrate >/dev/null
    mkdir -p "$(dirname "$out")"
    "$admin" api-reference --out "$out"
    ;;
  check)
    checked_in=$2
    set -a; . "${KOHI_TEST_ENV:?run under the CTest fixture kohi_db}"; set +a
    tmp=$(mktemp)
    trap 'rm -f "$tmp"' EXIT
    "$KOHI_ADMIN_BIN" api-reference --out "$tmp" >/dev/null
    grep -q '^## ' "$tmp" || { echo "the generated reference lists no function"; exit 1; }
    if ! diff -u "$checked_in" "$tmp"; then
      echo "docs/api/kohi_api.md is not current: run ninja kohi_api_reference and commit it"
      exit 1
    fi
    echo "API reference current: $(grep -c '^## ' "$tmp") functions"
    ;;
  *) echo "usage: $0 write KOHI_ADMIN KOHI_AUTH_SO WORK_DIR OUT.md | check CHECKED_IN.md" >&2; exit 2 ;;
esac
