#!/usr/bin/env bash
# Builds the Debian package of the terminal programs with CPack, installs it with dpkg into a
# private root (its own dpkg database, so the test machine's system is left alone), and runs
# `kohi --version` and `kohi-admin --help` from the installed files.
# Usage: installer/check-deb.sh BUILD_DIR VERSION
set -euo pipefail
build=$1
version=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

(cd "$build" && cpack -G DEB -B "$work/out" >"$work/cpack.log" 2>&1) || {
  cat "$work/cpack.log" >&2
  exit 1
}
deb=$(ls "$work"/out/kohi_*.deb)
[[ $(dpkg-deb -f "$deb" Package) == kohi ]] || { echo "wrong package name" >&2; exit 1; }
[[ $(dpkg-deb -f "$deb" Version) == "$version" ]] || { echo "wrong version" >&2; exit 1; }
depends=$(dpkg-deb -f "$deb" Depends)
for lib in libqt6widgets6 libqt6sql6 libbotan-2 libpq5; do
  grep -q "$lib" <<<"$depends" || { echo "Depends lacks $lib: $depends" >&2; exit 1; }
done
contents=$(dpkg-deb -c "$deb")
for f in ./usr/bin/kohi ./usr/bin/kohi-admin; do
  grep -q " $f\$" <<<"$contents" || { echo "package lacks $f" >&2; exit 1; }
done
# Nothing of the test suite, the server library or personal data is shipped.
if grep -Eq 'kohi_(unit|integration|gui)_tests|kohi_auth\.so|\.ini$' <<<"$contents"; then
  echo "package ships something it must not:" >&2
  grep -E 'kohi_(unit|integration|gui)_tests|kohi_auth\.so|\.ini$' <<<"$contents" >&2
  exit 1
fi

root="$work/root"
mkdir -p "$root/var/lib/dpkg/info" "$root/var/lib/dpkg/updates"
touch "$root/var/lib/dpkg/status"
# The libraries come from the host (their packages are not in the private database).
dpkg --root="$root" --force-not-root --force-depends --force-script-chrootless \
  --log=/dev/null -i "$deb" >"$work/dpkg.log" 2>&1 || {
  cat "$work/dpkg.log" >&2
  exit 1
}
dpkg --root="$root" --force-not-root -s kohi | grep -q '^Status: install ok installed' || {
  echo "dpkg does not list kohi as installed" >&2
  exit 1
}

got=$(QT_QPA_PLATFORM=offscreen "$root/usr/bin/kohi" --version)
[[ "$got" == "Kohi $version" ]] || { echo "kohi --version said: $got" >&2; exit 1; }
help=$("$root/usr/bin/kohi-admin" --help)
grep -q '^使い方: kohi-admin' <<<"$help" || { echo "kohi-admin --help said: $help" >&2; exit 1; }
"$root/usr/bin/kohi-admin" user --help >/dev/null || { echo "kohi-admin user --help failed" >&2; exit 1; }
echo "DEB ok: $(basename "$deb")"
