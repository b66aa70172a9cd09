#!/usr/bin/env bash
# Checks that the built binaries carry the hardening of the build (top-level CMakeLists.txt):
# PIE executables, full RELRO (GNU_RELRO + BIND_NOW), the stack protector, FORTIFY_SOURCE.
#
#   check-hardening.sh C_COMPILER COMPILE_COMMANDS_JSON EXECUTABLE... [--module SHARED_OBJECT...]
#
# First proves that the check can fail: a small program built without hardening must be refused.
set -uo pipefail

cc=$1 commands=$2
shift 2

problems=0
fail() { echo "NOT HARDENED: $*"; problems=$((problems + 1)); }

# check_elf FILE KIND (exe|module): prints a line per missing property, returns their number.
check_elf() {
  local f=$1 kind=$2 n=0 header segments dynamic symbols
  # Captured first: grep -q would close the pipe early and, under pipefail, fail the readelf.
  header=$(readelf -hW "$f") segments=$(readelf -lW "$f") dynamic=$(readelf -dW "$f")
  symbols=$(readelf --dyn-syms -W "$f")
  if [[ $kind == exe ]] && ! grep -Eq 'Type:[[:space:]]+DYN' <<<"$header"; then
    echo "$f: not a position-independent executable"; n=$((n + 1))
  fi
  if ! grep -q GNU_RELRO <<<"$segments"; then
    echo "$f: no GNU_RELRO segment"; n=$((n + 1))
  fi
  if ! grep -Eq 'BIND_NOW|FLAGS.*[[:space:]]NOW' <<<"$dynamic"; then
    echo "$f: no BIND_NOW (lazy binding leaves the GOT writable)"; n=$((n + 1))
  fi
  if ! grep -q '__stack_chk_fail' <<<"$symbols"; then
    echo "$f: no stack protector (__stack_chk_fail not referenced)"; n=$((n + 1))
  fi
  return $n
}

# 1. The check refuses an unhardened binary (else it could not fail).
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cat > "$tmp/plain.c" <<'C'
#include <stdio.h>
#include <string.h>
int main(int argc, char **argv) { char b[64]; strcpy(b, argc > 1 ? argv[1] : "x"); puts(b); return 0; }
C
"$cc" -O2 -fno-stack-protector -no-pie -fno-pie -Wl,-z,norelro -Wl,-z,lazy -U_FORTIFY_SOURCE \
  "$tmp/plain.c" -o "$tmp/plain" || { echo "cannot build the unhardened probe"; exit 1; }
check_elf "$tmp/plain" exe > "$tmp/plain.txt"
refused=$?
if ((refused < 4)); then
  echo "the check accepted an unhardened binary:"; cat "$tmp/plain.txt"; exit 1
fi
echo "probe: unhardened binary refused ($refused findings)"

# 2. Every compile of Kohi's sources used the stack protector and (optimised builds) FORTIFY.
if grep -q '"-O[123s]' "$commands" || grep -q -- ' -O[123s] ' "$commands"; then
  want_fortify=1
else
  want_fortify=0
fi
compiles=$(grep -c '"command"' "$commands")
without_ssp=$(grep '"command"' "$commands" | grep -vc -- '-fstack-protector-strong')
((compiles > 0)) || fail "no compile commands in $commands"
((without_ssp == 0)) || fail "$without_ssp of $compiles compiles without -fstack-protector-strong"
if ((want_fortify)); then
  without_fortify=$(grep '"command"' "$commands" | grep -vc -- '-D_FORTIFY_SOURCE=2')
  ((without_fortify == 0)) || fail "$without_fortify of $compiles compiles without _FORTIFY_SOURCE=2"
fi
echo "compiles: $compiles, all with -fstack-protector-strong$( ((want_fortify)) && echo ' and -D_FORTIFY_SOURCE=2')"

# 3. The binaries.
kind=exe fortified=0
for f in "$@"; do
  if [[ $f == --module ]]; then kind=module; continue; fi
  [[ -f $f ]] || { fail "$f missing"; continue; }
  out=$(check_elf "$f" "$kind") || { fail "$out"; continue; }
  chk=$(readelf --dyn-syms -W "$f" | grep -o '__[a-z0-9_]*_chk' | grep -v __stack_chk | sort -u | tr '\n' ' ' || true)
  [[ -n $chk ]] && fortified=$((fortified + 1))
  echo "ok $kind $(basename "$f"): PIE/RELRO/BIND_NOW/SSP${chk:+, fortified: $chk}"
done
# FORTIFY rewrites only calls whose buffer sizes the compiler knows; at least one binary has some.
if ((want_fortify && fortified == 0)); then
  fail "no binary calls a fortified (__*_chk) function"
fi

if ((problems)); then
  echo "$problems hardening problem(s)"; exit 1
fi
echo "HARDENING ok"
