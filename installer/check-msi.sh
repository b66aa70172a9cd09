#!/usr/bin/env bash
# Builds the MSI from installer/kohi.wxs with msitools' wixl over a staging folder of placeholder
# files, and checks the package's tables. The real Windows build stages kohi.exe, kohi-admin.exe
# and windeployqt's output instead (see README, "Windows terminals").
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/stage"
for f in kohi.exe kohi-admin.exe Qt6Core.dll Qt6Gui.dll Qt6Widgets.dll Qt6Sql.dll Qt6Network.dll libpq.dll; do
  printf 'placeholder %s\n' "$f" >"$work/stage/$f"
done
# wixl resolves sources relative to the working directory.
(cd "$work" && wixl -a x64 -D Version="${1:-0.1.0}" -D SourceDir=stage -o kohi.msi "$here/kohi.wxs")
tables=$(msiinfo tables "$work/kohi.msi")
for t in File Component Feature Shortcut Directory; do
  grep -qx "$t" <<<"$tables" || { echo "MSI lacks table $t" >&2; exit 1; }
done
files=$(msiinfo export "$work/kohi.msi" File | tail -n +4 | wc -l)
[[ "$files" -eq 8 ]] || { echo "MSI holds $files files, expected 8" >&2; exit 1; }
# Capture first: grep -q closing the pipe early would fail the pipeline under pipefail.
properties=$(msiinfo export "$work/kohi.msi" Property)
grep -q "^ProductVersion	${1:-0.1.0}" <<<"$properties" || { echo "ProductVersion missing" >&2; exit 1; }
echo "MSI ok: $files files"
