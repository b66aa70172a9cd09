#!/usr/bin/env bash
# The README's run command: installs what is missing, builds, starts a throwaway local database
# (var/localdb), migrates it, creates the demo users and synthetic recipients, and starts the
# client. Without a display, the client runs under Xvfb and screenshots are written instead.
set -euo pipefail
REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$REPO"

scripts/install-deps.sh
cmake --preset dev >/dev/null
# Only what this command runs: the client, kohi-admin, the server extension and the screenshot
# tour (the tests and benchmarks are built by scripts/test.sh).
cmake --build --preset dev --target kohi kohi-admin kohi_auth kohi-screenshots

BUILD=$REPO/build/dev
export KOHI_LOCALDB_DIR=$REPO/var/localdb
if [[ -e "$KOHI_LOCALDB_DIR" ]]; then
  scripts/localdb.sh start
else
  scripts/localdb.sh create --extension "$BUILD/db/extension/kohi_auth.so"
fi
set -a; eval "$(scripts/localdb.sh env --admin)"; set +a

"$BUILD/app/admin/kohi-admin" migrate
"$BUILD/app/admin/kohi-admin" env set demo "デモ環境（合成データのみ・本番データなし）"
# This machine's terminal certificate from the local CA (the second factor; the server reads the
# terminal id from it), allowed to reveal My Numbers for the demo viewer.
if [[ ! -f "$KOHI_LOCALDB_DIR/terminal/terminal.crt" ]]; then
  mkdir -p "$KOHI_LOCALDB_DIR/terminal"
  "$BUILD/app/admin/kohi-admin" terminal issue demo-terminal-01 --reveals \
    --cert "$KOHI_LOCALDB_DIR/terminal/terminal.crt" --key "$KOHI_LOCALDB_DIR/terminal/terminal.key" >/dev/null
fi
set -a; eval "$(scripts/localdb.sh env --admin)"; set +a
"$BUILD/app/admin/kohi-admin" demo seed --recipients 2000
# The My Number key pair: its private key wrapped under the demo viewer's reveal passphrase
# (DEMO ONLY, in the README). Clients pin its fingerprint.
if ! "$BUILD/app/admin/kohi-admin" keys fingerprint >/dev/null 2>&1; then
  printf '%s\n' 'Demo-Reveal-Passphrase-2026' 'Demo-Reveal-Passphrase-2026' |
    "$BUILD/app/admin/kohi-admin" keys create --viewer viewer --passphrase-stdin >/dev/null
fi
# Key operations after the first key need a second person (dual control): the demo viewer
# proposes the yearly rotation, which the user administrator finds in 鍵の操作の承認 (refused
# quietly when that proposal is already open).
printf '%s\n' 'Demo-Viewer-2026!' |
  "$BUILD/app/admin/kohi-admin" keys propose rotate --reason '年次の鍵の更新（デモ）' \
    --by viewer --passphrase-stdin >/dev/null 2>&1 || true
# Privileged duties need a second user administrator (0024): the demo's user administrator
# creates a trainee auditor, which becomes a proposal (no password until approved); useradmin2
# approves it in ユーザー管理 → 職員の提案の承認 and receives the initial password once (refused
# quietly when the account already exists).
PGUSER=useradmin PGPASSWORD='Demo-UserAdmin-2026!' PGPASSFILE=/nonexistent \
  "$BUILD/app/admin/kohi-admin" user create trainee_auditor --name '研修 八郎' \
    --duty kohi_auditor >/dev/null 2>&1 || true
FINGERPRINT=$("$BUILD/app/admin/kohi-admin" keys fingerprint | sed -n 's/^public_key_fingerprint=//p')
# Synthetic patients' My Numbers, registered as the demo clerk would (sealed, pending approval),
# so that the viewer has people to find; one 受給者番号 to search for.
EXAMPLE=$("$BUILD/app/admin/kohi-admin" demo mynumbers --count 20 | sed -n 's/^example_recipient_number=//p')
# Applications typed and submitted by the demo clerk, one returned by the demo approver: the
# approver has a queue to decide and the clerk a correction waiting.
"$BUILD/app/admin/kohi-admin" demo applications

# Synthetic 住基ネット inquiries and an answer file for them (CP932, as the terminal writes it),
# for the import wizard (業務 → 住基ネット回答の取り込み…); refused quietly when they exist.
cat >"$REPO/var/demo-inquiries.csv" <<'CSV'
照会番号,file,法別番号,氏名,氏名カナ,生年月日,性別,住所,市町村コード
DEMO-JK-0001,answer,54,高橋　一郎,タカハシ　イチロウ,19700505,1,大阪府池田市城南1-1,272043
DEMO-JK-0002,answer,54,山崎　花子,ヤマザキ　ハナコ,19800101,2,大阪府池田市城南2-2,272043
DEMO-JK-0003,answer,54,田中　次郎,タナカ　ジロウ,19900202,1,大阪府池田市城南3-3,272043
DEMO-JK-0004,answer,54,佐藤　三郎,サトウ　サブロウ,19600303,1,大阪府池田市城南4-4,272043
DEMO-JK-0005,answer,54,鈴木　五月,スズキ　サツキ,19610404,2,大阪府池田市城南5-5,272043
CSV
"$BUILD/app/admin/kohi-admin" demo inquiries "$REPO/var/demo-inquiries.csv" >/dev/null 2>&1 || true
printf '%s\r\n' \
  '照会番号,処理結果,個人番号,氏名,氏名カナ,生年月日,性別,住所,住民票コード' \
  'DEMO-JK-0001,00,123456789018,髙橋　一郎,ﾀｶﾊｼ ｲﾁﾛｳ,19700505,1,大阪府池田市城南①丁目1-1,12345678901' \
  'DEMO-JK-0002,00,314159265352,山﨑　花子,ヤマザキ　ハナコ,19800102,2,"大阪府池田市城南2-2, 201号",12345678902' \
  'DEMO-JK-0003,10,,,,,,,' \
  'DEMO-JK-0004,20,,,,,,,' \
  'DEMO-JK-0005,00,141421356231,鈴木　五月,スズキ　サツキ,19610404,2,大阪府池田市城南5-5,12345678905' \
  'DEMO-JK-9999,00,271828182840,誰か　不明,ダレカ　フメイ,19700101,1,大阪府,12345678909' |
  iconv -f UTF-8 -t CP932 >"$REPO/var/demo-juki-answer.csv"

# The terminal configuration the client reads (see README: pointing at a real server).
cat >"$REPO/var/kohi.ini" <<INI
[database]
host=$PGHOST
port=$PGPORT
name=$PGDATABASE
sslrootcert=$PGSSLROOTCERT
sslcert=$PGSSLCERT
sslkey=$PGSSLKEY

[terminal]
id=demo-terminal-01

[crypto]
public_key_fingerprint=$FINGERPRINT

[ui]
language=ja
INI
echo "接続設定: $REPO/var/kohi.ini"
echo "デモ用ユーザー（デモ専用）: nanbyo_clerk / Demo-Nanbyo-2026!  ほか README 参照"

if [[ -n "${DISPLAY:-}" || -n "${WAYLAND_DISPLAY:-}" ]]; then
  exec "$BUILD/app/client/kohi" --config "$REPO/var/kohi.ini"
fi
# No display: drive the real client windows under Xvfb and write screenshots.
mkdir -p "$REPO/var/screenshots"
echo "ディスプレイがないため Xvfb 上でクライアントを起動し、画面を保存します:"
printf '%s\n' 'Demo-Nanbyo-2026!' 'Demo-Newcomer-2026!' 'Demo-Approver-2026!' 'Demo-UserAdmin-2026!' 'Demo-UserAdmin2-2026!' 'Demo-Auditor-2026!' 'Demo-Viewer-2026!' 'Demo-Reveal-Passphrase-2026' | xvfb-run -a -s "-screen 0 1280x900x24" \
  "$BUILD/tests/gui/kohi-screenshots" --config "$REPO/var/kohi.ini" \
  --out "$REPO/var/screenshots" --user nanbyo_clerk --newcomer newcomer \
  --others approver,useradmin,useradmin2,auditor,viewer --viewer-recipient "$EXAMPLE" \
  --juki-file "$REPO/var/demo-juki-answer.csv"
