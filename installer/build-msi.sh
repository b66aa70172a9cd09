#!/usr/bin/env bash
# Builds the Kohi MSI from a staged Windows install tree (`cmake --install BUILD --component
# kohi_client --prefix STAGE` on Windows: install() rules, windeployqt, vcpkg DLLs, MSVC runtime).
#   installer/build-msi.sh STAGE VERSION OUT.msi
# 1. refuses a tree that lacks a file of installer/windows/runtime-manifest.txt;
# 2. generates the MSI's file list from the tree (installer/windows/WixFragment.cmake);
# 3. builds with msitools' wixl (Linux, or MSYS2's mingw-w64-x86_64-msitools on Windows);
# 4. adds the deployment tables wixl cannot express (installer/windows/deployment.sql, msibuild).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
stage=$(cd "$1" && pwd)
version=$2
out=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cmake -DMANIFEST="$here/windows/runtime-manifest.txt" -DSTAGE="$stage" \
  -P "$here/windows/CheckManifest.cmake"
# kohi-admin.exe is the optional "Admin" feature of kohi.wxs, not part of the client's files.
cmake -DSTAGE="$stage" -DOUTPUT="$work/runtime.wxs" -DEXCLUDE="bin/kohi-admin.exe" \
  -P "$here/windows/WixFragment.cmake"
# wixl resolves sources relative to its working directory (absolute ones it cannot open).
(cd "$stage" && wixl -a x64 -D Version="$version" -D SourceDir=. -o "$work/kohi.msi" \
  "$here/kohi.wxs" "$work/runtime.wxs")
while IFS= read -r statement; do
  [[ -z "$statement" || "$statement" == \#* ]] && continue
  msibuild "$work/kohi.msi" -q "$statement" || {
    echo "msibuild failed on: $statement" >&2
    exit 1
  }
done <"$here/windows/deployment.sql"
mv "$work/kohi.msi" "$out"
echo "built $out"
