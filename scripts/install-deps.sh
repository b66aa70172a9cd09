#!/usr/bin/env bash
# Installs every build/run/test dependency from Debian 12's packages, quietly and only when missing.
# Usage: scripts/install-deps.sh        (as root, or with sudo available)
set -euo pipefail

PACKAGES=(
  build-essential cmake ninja-build pkg-config clang-format git
  qt6-base-dev qt6-base-dev-tools libqt6sql6-psql qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools qt6-translations-l10n
  libbotan-2-dev catch2 openssl libssl-dev libpq-dev
  # Server and headers together, so the extension is built against the running minor version.
  postgresql-15 postgresql-server-dev-15 postgresql-contrib libkrb5-dev
  xvfb xauth fonts-noto-cjk imagemagick
  poppler-utils
  msitools wixl
  # scripts/fuzz.sh: clang with its libFuzzer runtime (libclang_rt.fuzzer).
  clang libclang-rt-14-dev
)

missing=()
for p in "${PACKAGES[@]}"; do
  [[ "$p" == \#* ]] && continue
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if ((${#missing[@]} == 0)); then
  exit 0
fi

SUDO=""
if [[ $(id -u) -ne 0 ]]; then
  command -v sudo >/dev/null || { echo "install-deps: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
  SUDO="sudo"
fi
echo "install-deps: installing ${#missing[@]} package(s): ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq >/dev/null
# Debian's postgresql package would start a system cluster on 5432; Kohi never uses it.
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
