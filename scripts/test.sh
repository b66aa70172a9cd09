#!/usr/bin/env bash
# The README's test command: installs what is missing, builds with warnings as errors, and runs
# the whole suite (unit, integration against a throwaway PostgreSQL 15 cluster, GUI offscreen).
set -euo pipefail
REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$REPO"

scripts/install-deps.sh
cmake --preset ci >/dev/null
cmake --build --preset ci -- -k 0
cd build/ci
exec ctest --output-on-failure -j2 --timeout 600
