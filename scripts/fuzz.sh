#!/usr/bin/env bash
# Builds the libFuzzer targets (tests/fuzz, clang + ASan + UBSan) in build/fuzz and runs each one
# after the other for SECONDS (default 600), one process at a time at low priority.
# Usage: scripts/fuzz.sh [SECONDS] [TARGET...]     e.g. scripts/fuzz.sh 60 csv envelope
# Each target starts from its committed seed corpus (tests/fuzz/corpus/<target>/) and keeps what
# it finds in build/fuzz/corpus/<target>/ (not committed). A crash or a failed property stops the
# run with the input saved as build/fuzz/artifacts/<target>-crash-*; replay it with
#   build/fuzz/tests/fuzz/kohi_fuzz_<target> build/fuzz/artifacts/<target>-crash-...
# Needs clang and its libFuzzer runtime (Debian 12: clang-14, libclang-rt-14-dev).
set -euo pipefail
REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$REPO"

SECONDS_EACH=${1:-600}
shift || true
TARGETS=("$@")
if [ ${#TARGETS[@]} -eq 0 ]; then
  TARGETS=(mynumber identifiers date kana text_decoder csv answer_file envelope)
fi

CC=${CC:-clang}
CXX=${CXX:-clang++}
launcher=()
if command -v ccache >/dev/null; then
  launcher=(-DCMAKE_C_COMPILER_LAUNCHER=ccache -DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi
cmake -S . -B build/fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_C_COMPILER="$CC" \
  -DCMAKE_CXX_COMPILER="$CXX" -DKOHI_FUZZ=ON -DKOHI_BUILD_EXTENSION=OFF "${launcher[@]}" >/dev/null
nice -n 10 ninja -C build/fuzz -j2 $(printf 'kohi_fuzz_%s ' "${TARGETS[@]}")

mkdir -p build/fuzz/artifacts
status=0
for target in "${TARGETS[@]}"; do
  corpus=build/fuzz/corpus/$target
  mkdir -p "$corpus"
  log=build/fuzz/$target.log
  echo "== $target: ${SECONDS_EACH}s (log: $log)"
  # One in-process job (no forked workers): the machine is shared.
  if nice -n 15 build/fuzz/tests/fuzz/kohi_fuzz_"$target" -max_total_time="$SECONDS_EACH" \
      -print_final_stats=1 -artifact_prefix=build/fuzz/artifacts/"$target"- \
      "$corpus" tests/fuzz/corpus/"$target" >"$log" 2>&1; then
    grep -E '^#[0-9]+[[:space:]]+DONE' "$log" | tail -1 || true
    grep -E 'stat::(number_of_executed_units|average_exec_per_sec|peak_rss_mb)' "$log" || true
  else
    echo "!! $target found a problem:"
    grep -E 'fuzz property failed|ERROR:|SUMMARY:|Test unit written' "$log" | head -5
    status=1
  fi
done
exit $status
