#!/usr/bin/env bash
# Checks the Kohi MSI by reading its tables (msitools): the files the client needs to start
# (installer/windows/runtime-manifest.txt), the kohi.ini lines and certificate copies of a silent
# deployment, the deployment properties, the upgrade rules and that nothing personal is shipped.
#
#   installer/check-msi.sh BUILD_DIR VERSION            structural check (Linux, ctest)
#   installer/check-msi.sh BUILD_DIR VERSION KOHI.MSI   check an MSI built from a real Windows
#                                                       install tree (installer/build-msi.sh)
#
# STRUCTURAL CHECK: this machine has no Windows build of Qt, Botan, OpenSSL or libpq, so the
# structural run stages the manifest's names as placeholder files ("placeholder <name>"). Only
# the translations are real: kohi_ja.qm and kohi_en.qm as this build made them (BUILD_DIR), and
# Qt's qtbase_ja.qm (a .qm file is the same on every platform). It then proves that the checks
# fail on broken packages: a staged tree without qwindows.dll, MSIs with a file, a kohi.ini line,
# a certificate copy, a secure property, the Permanent attribute or an action taken away, and a
# client that no longer reads a key the MSI writes.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
source_root=$(dirname "$here")
build=$(cd "$1" && pwd)
version=$2
given_msi=${3:-}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

manifest="$here/windows/runtime-manifest.txt"
properties=(DBHOSTS DBPORT DBNAME CAFILE TERMINALCERT TERMINALKEY TERMINALID KEYFINGERPRINT
            LANGUAGE ENVIRONMENT)
# section key value component: the kohi.ini lines a silent deployment writes.
expected_ini="database host [DBHOSTS] KohiConfigDatabase
database port [DBPORT] KohiConfigDatabase
database name [DBNAME] KohiConfigDatabase
database sslrootcert kohi-ca.crt KohiConfigCa
database sslcert terminal.crt KohiConfigTerminal
database sslkey terminal.key KohiConfigTerminal
terminal id [TERMINALID] KohiConfigTerminalId
crypto public_key_fingerprint [KEYFINGERPRINT] KohiConfigKeyFingerprint
ui language [LANGUAGE] KohiConfigLanguage"
# property destination component: the certificate files copied beside kohi.ini.
expected_copies="CAFILE kohi-ca.crt KohiConfigCa
TERMINALCERT terminal.crt KohiConfigTerminal
TERMINALKEY terminal.key KohiConfigTerminal"
# The first 16 bytes of every .qm file (QTranslator's magic number).
qm_magic="3cb86418caef9c95cd211cbf60a1bddd"

fail() {
  echo "MSI check failed: $*" >&2
  return 1
}

# grep -q in a pipeline stops reading early; under pipefail the writer's SIGPIPE would then fail
# the pipeline, so pipelines test with a grep that reads everything.
has() {
  grep "$@" >/dev/null
}

# Rows of an MSI table, tab-separated, without the three header lines of msiinfo export.
rows() {
  msiinfo export "$1" "$2" | tail -n +4 | tr -d '\r'
}

# Paths of the files below INSTALLDIR (bin/kohi.exe, plugins/platforms/qwindows.dll, ...), from
# the Directory, Component and File tables. DefaultDir and FileName may be "short|long" and
# DefaultDir "target:source"; the long target name counts.
installed_paths() {
  local msi=$1
  rows "$msi" Directory >"$work/dirs.tsv"
  rows "$msi" Component >"$work/components.tsv"
  rows "$msi" File >"$work/files.tsv"
  awk -F'\t' '
    function longname(n) { sub(/:.*/, "", n); sub(/^[^|]*\|/, "", n); return n }
    function path(d,   p) {
      if (d == "INSTALLDIR") return ""
      if (!(d in parent) || parent[d] == "") return "\001"   # not below INSTALLDIR
      p = path(parent[d])
      if (p == "\001") return p
      return p longname(name[d]) "/"
    }
    FILENAME ~ /dirs/ { parent[$1] = $2; name[$1] = $3; next }
    FILENAME ~ /components/ { dir[$1] = $3; next }
    { p = path(dir[$2]); if (p != "\001") print p longname($3) }
  ' "$work/dirs.tsv" "$work/components.tsv" "$work/files.tsv"
}

# Checks one MSI; prints what is wrong and returns non-zero on the first problem.
verify_msi() {
  local msi=$1 t p
  local tables
  tables=$(msiinfo tables "$msi")
  for t in File Component Directory Feature FeatureComponents Shortcut Property Registry \
    IniFile MoveFile Upgrade LaunchCondition InstallExecuteSequence; do
    grep -qx "$t" <<<"$tables" || { fail "no $t table"; return 1; }
  done

  # 1. Every file the client needs to start, at its place below INSTALLDIR.
  installed_paths "$msi" >"$work/paths.txt"
  cmake -DMANIFEST="$manifest" -DLIST="$work/paths.txt" -DWHAT="the MSI" \
    -P "$here/windows/CheckManifest.cmake" >"$work/manifest.log" 2>&1 || {
    cat "$work/manifest.log" >&2
    fail "the MSI lacks files of $manifest"
    return 1
  }
  grep -qx "bin/kohi-admin.exe" "$work/paths.txt" || { fail "no bin/kohi-admin.exe"; return 1; }
  rows "$msi" FeatureComponents | has -x $'Admin\tKohiAdmin' || {
    fail "kohi-admin.exe is not the Admin feature"
    return 1
  }

  # 2. The kohi.ini lines, exactly, in C:\ProgramData\Kohi, and only keys the client reads.
  rows "$msi" Directory | has -x $'KOHIDATADIR\tCommonAppDataFolder\tKohi' || {
    fail "KOHIDATADIR is not CommonAppDataFolder\\Kohi"
    return 1
  }
  local ini
  ini=$(rows "$msi" IniFile | awk -F'\t' '$2 == "kohi.ini" && $3 == "KOHIDATADIR" && $7 == 0 {
          print $4, $5, $6, $8 }' | sort)
  [[ "$ini" == "$(sort <<<"$expected_ini")" ]] || {
    fail "kohi.ini lines differ from the expected ones:"$'\n'"$(diff <(sort <<<"$expected_ini") <(echo "$ini") || true)"
    return 1
  }
  local section key
  while read -r section key _ _; do
    # ConnectionSettings::fromSettings reads [database] keys inside beginGroup("database");
    # ClientConfig::load and the terminal id read "section/key".
    if [[ "$section" == database ]]; then
      if ! grep -q "beginGroup(u\"database\"_s)" "$source_root/db/ConnectionSettings.cpp" ||
        ! grep -q "settings.value(u\"$key\"_s" "$source_root/db/ConnectionSettings.cpp"; then
        fail "the client does not read [database] $key"
        return 1
      fi
    else
      grep -q "settings.value(u\"$section/$key\"_s" "$source_root/app/client/ClientConfig.cpp" \
        "$source_root/db/ConnectionSettings.cpp" || { fail "the client does not read [$section] $key"; return 1; }
    fi
  done <<<"$expected_ini"

  # 3. The certificate copies, and kohi.ini naming exactly the copied files.
  local copies
  copies=$(rows "$msi" MoveFile | awk -F'\t' '$3 == "" && $6 == "KOHIDATADIR" && $7 == 0 {
             print $5, $4, $2 }' | sort)
  [[ "$copies" == "$(sort <<<"$expected_copies")" ]] || {
    fail "certificate copies differ from the expected ones:"$'\n'"$copies"
    return 1
  }

  # 4. Every deployment property is secure (reaches the elevated install) and used.
  local secure used
  secure=$(rows "$msi" Property | awk -F'\t' '$1 == "SecureCustomProperties" { print $2 }')
  used=$(rows "$msi" IniFile | cut -f6; rows "$msi" MoveFile | cut -f5; rows "$msi" Registry | cut -f5)
  for p in "${properties[@]}"; do
    tr ';' '\n' <<<"$secure" | has -x "$p" || { fail "property $p is not secure"; return 1; }
    grep -Eq "^(\[$p\]|$p)\$" <<<"$used" || { fail "property $p is not used"; return 1; }
  done
  rows "$msi" Property | has -x $'DBPORT\t5432' || { fail "no default DBPORT"; return 1; }
  rows "$msi" Property | has -x $'DBNAME\tkohi' || { fail "no default DBNAME"; return 1; }

  # 5. Configuration components: installed only when their property is given, and Permanent
  #    (bit 16), so that an upgrade or repair without properties keeps kohi.ini and the
  #    certificates. Program components are not Permanent: uninstalling removes the program.
  local attrs cond
  for component in $( (cut -d' ' -f4 <<<"$expected_ini"; cut -d' ' -f3 <<<"$expected_copies"; echo KohiEnvironment) | sort -u); do
    attrs=$(rows "$msi" Component | awk -F'\t' -v c="$component" '$1 == c { print $4 }')
    cond=$(rows "$msi" Component | awk -F'\t' -v c="$component" '$1 == c { print $5 }')
    [[ -n "$attrs" ]] || { fail "no component $component"; return 1; }
    ((attrs & 16)) || { fail "$component is not Permanent (attributes $attrs)"; return 1; }
    [[ -n "$cond" ]] || { fail "$component has no condition"; return 1; }
    # Whichever of them is installed alone creates C:\ProgramData\Kohi for its lines or copies.
    [[ "$component" == KohiEnvironment ]] || rows "$msi" CreateFolder |
      has -x "KOHIDATADIR"$'\t'"$component" || { fail "$component does not create KOHIDATADIR"; return 1; }
  done
  rows "$msi" Component | awk -F'\t' '$2 != "" && int($4 / 16) % 2 == 1 && $3 != "KOHIDATADIR" { bad = bad " " $1 }
    END { if (bad) { print "permanent program components:" bad > "/dev/stderr"; exit 1 } }' ||
    { fail "program files would survive uninstall"; return 1; }

  # 6. Upgrades: one UpgradeCode, old versions removed, the deployment actions sequenced.
  local sequence
  rows "$msi" Upgrade | has $'^{6B1F3C2E-8D4A-4E55-9C21-4B0E7A51D3F2}\t' || {
    fail "no Upgrade row for Kohi's UpgradeCode"
    return 1
  }
  sequence=$(rows "$msi" InstallExecuteSequence | cut -f1)
  for t in FindRelatedProducts RemoveExistingProducts LaunchConditions RemoveIniValues MoveFiles \
    WriteIniValues InstallFiles; do
    grep -qx "$t" <<<"$sequence" || { fail "InstallExecuteSequence lacks $t"; return 1; }
  done
  rows "$msi" LaunchCondition | has 'TERMINALCERT AND TERMINALKEY' || {
    fail "no launch condition pairing TERMINALCERT and TERMINALKEY"
    return 1
  }

  # 7. Nothing personal or terminal-specific is shipped: no ini, certificate or key file, no
  #    per-user registry value (Root 1 = HKCU), no file outside INSTALLDIR.
  if rows "$msi" File | cut -f3 | has -Ei '\.(ini|crt|key|pem|p12|pfx)$'; then
    fail "the MSI ships a configuration, certificate or key file"
    return 1
  fi
  if rows "$msi" Registry | awk -F'\t' '$2 == 1 || $2 == -1' | has .; then
    fail "the MSI writes per-user registry values"
    return 1
  fi
  [[ $(wc -l <"$work/paths.txt") -eq $(rows "$msi" File | wc -l) ]] || {
    fail "the MSI installs files outside INSTALLDIR"
    return 1
  }

  # 8. The translations are real .qm files.
  rm -rf "$work/extracted"
  msiextract -C "$work/extracted" "$msi" >/dev/null
  local qm count=0
  while IFS= read -r qm; do
    [[ $(head -c 16 "$qm" | od -An -tx1 | tr -d ' \n') == "$qm_magic" ]] || {
      fail "${qm#"$work/extracted/"} is not a .qm file"
      return 1
    }
    count=$((count + 1))
  done < <(find "$work/extracted" -path '*/translations/*.qm')
  ((count >= 3)) || { fail "only $count .qm files"; return 1; }
  return 0
}

# Expects verify_msi to refuse MSI with a message matching PATTERN.
expect_refused() {
  local what=$1 msi=$2 pattern=$3
  if verify_msi "$msi" 2>"$work/refusal.log"; then
    echo "the check accepted an MSI with $what" >&2
    exit 1
  fi
  grep -q -- "$pattern" "$work/refusal.log" || {
    echo "the check refused an MSI with $what for another reason:" >&2
    cat "$work/refusal.log" >&2
    exit 1
  }
}

if [[ -n "$given_msi" ]]; then
  verify_msi "$given_msi"
  echo "MSI ok: $(rows "$given_msi" File | wc -l) files, all $(grep -Evc '^(#|$)' "$manifest") the client needs"
  exit 0
fi

# Structural staging: placeholders for the Windows binaries, the real translations.
stage="$work/stage"
grep -Ev '^[[:space:]]*(#|$)' "$manifest" | sed 's/[[:space:]]*|.*//' | while IFS= read -r f; do
  mkdir -p "$stage/$(dirname "$f")"
  printf 'placeholder %s (structural check, not a Windows binary)\n' "$f" >"$stage/$f"
done
printf 'placeholder bin/kohi-admin.exe (structural check, not a Windows binary)\n' \
  >"$stage/bin/kohi-admin.exe"
for lang in ja en; do
  qm="$build/translations/kohi_$lang.qm"
  [[ -s "$qm" ]] || { echo "no $qm: build the client first (ninja kohi)" >&2; exit 1; }
  cp "$qm" "$stage/translations/"
done
qtbase_ja=$(qtpaths6 --query QT_INSTALL_TRANSLATIONS 2>/dev/null || echo /usr/share/qt6/translations)/qtbase_ja.qm
cp "$qtbase_ja" "$stage/translations/"

bash "$here/build-msi.sh" "$stage" "$version" "$work/kohi.msi" >"$work/build.log" 2>&1 || {
  cat "$work/build.log" >&2
  exit 1
}
verify_msi "$work/kohi.msi"
rows "$work/kohi.msi" Property | has -x "ProductVersion	$version" || { echo "ProductVersion is not $version" >&2; exit 1; }
# Kohi's own translations in the package are byte for byte the ones this build made.
for lang in ja en; do
  cmp -s "$build/translations/kohi_$lang.qm" "$work/extracted/Kohi/translations/kohi_$lang.qm" || {
    echo "kohi_$lang.qm in the MSI differs from the build's" >&2
    exit 1
  }
done

# The checks refuse broken packages.
broken="$work/broken-stage"
cp -r "$stage" "$broken"
rm "$broken/plugins/platforms/qwindows.dll"
if bash "$here/build-msi.sh" "$broken" "$version" "$work/broken.msi" >"$work/broken.log" 2>&1; then
  echo "build-msi.sh accepted a staged tree without qwindows.dll" >&2
  exit 1
fi
grep -q "plugins/platforms/qwindows.dll" "$work/broken.log" || {
  cat "$work/broken.log" >&2
  exit 1
}
mutate() {
  cp "$work/kohi.msi" "$work/mutant.msi"
  msibuild "$work/mutant.msi" -q "$1"
}
mutate "DELETE FROM \`File\` WHERE \`FileName\` = 'qsqlpsql.dll'"
expect_refused "no SQL driver" "$work/mutant.msi" "plugins/sqldrivers/qsqlpsql.dll"
mutate "DELETE FROM \`File\` WHERE \`FileName\` = 'libssl-3-x64.dll'"
expect_refused "no OpenSSL" "$work/mutant.msi" "bin/libssl-3-x64.dll"
mutate "DELETE FROM \`IniFile\` WHERE \`IniFile\` = 'IniDatabaseHost'"
expect_refused "no host line in kohi.ini" "$work/mutant.msi" "kohi.ini lines differ"
mutate "DELETE FROM \`MoveFile\` WHERE \`FileKey\` = 'CopyTerminalKey'"
expect_refused "no copy of the terminal key" "$work/mutant.msi" "certificate copies differ"
mutate "UPDATE \`Property\` SET \`Value\` = 'WIX_UPGRADE_DETECTED;DBHOSTS;DBPORT;DBNAME;CAFILE;TERMINALCERT;TERMINALKEY;TERMINALID;KEYFINGERPRINT;LANGUAGE' WHERE \`Property\` = 'SecureCustomProperties'"
expect_refused "ENVIRONMENT not secure" "$work/mutant.msi" "property ENVIRONMENT is not secure"
mutate "UPDATE \`Component\` SET \`Attributes\` = 260 WHERE \`Component\` = 'KohiConfigDatabase'"
expect_refused "kohi.ini removed on upgrade" "$work/mutant.msi" "KohiConfigDatabase is not Permanent"
mutate "DELETE FROM \`InstallExecuteSequence\` WHERE \`Action\` = 'WriteIniValues'"
expect_refused "kohi.ini never written" "$work/mutant.msi" "lacks WriteIniValues"
# A kohi.ini key the client does not read (here: a client renamed [ui] language) is refused.
real_root=$source_root
source_root="$work/renamed-client"
mkdir -p "$source_root/app/client" "$source_root/db"
sed 's|u"ui/language"_s|u"ui/locale"_s|' "$real_root/app/client/ClientConfig.cpp" \
  >"$source_root/app/client/ClientConfig.cpp"
cp "$real_root/db/ConnectionSettings.cpp" "$source_root/db/"
expect_refused "a key the client does not read" "$work/kohi.msi" "does not read \[ui\] language"
source_root=$real_root

files=$(rows "$work/kohi.msi" File | wc -l)
echo "MSI ok (structural: placeholder binaries, real translations): $files files," \
  "all $(grep -Evc '^[[:space:]]*(#|$)' "$manifest") the client needs; 9 broken packages refused"
