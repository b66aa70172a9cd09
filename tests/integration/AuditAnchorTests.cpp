// Access-log anchors: signed statements of the chain kept outside the database. A database
// superuser who disables the append-only triggers can make the chain self-consistent again
// (plain `audit verify` passes, as these tests show each time); verification against the anchors
// still names the first event that differs and the anchor file it contradicts, with exactly one
// verdict. Each test has a database of its own; attacks are made as the superuser over SQL.
#include "db/AuditAnchor.h"
#include "tests/support/FreshDatabase.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <algorithm>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using kohi::db::PgResult;
using kohi::db::Session;
using kohi::test::FreshDatabase;
using kohi::test::runAdmin;
using kohi::test::TestDatabase;
using Run = kohi::test::AdminRun;

namespace {

QString described(const Run& r)
{
    return u"exit %1\n--- stdout\n%2--- stderr\n%3"_s.arg(r.exitCode).arg(r.out, r.err);
}

// The one verdict: exactly one line starting with 「検証結果:」, and it is the last line; a
// failed verification never says 「完全です」 anywhere.
QString verdictOf(const Run& r)
{
    const QStringList lines = r.out.trimmed().split(u'\n');
    const qsizetype verdicts = std::count_if(lines.cbegin(), lines.cend(), [](const QString& l) {
        return l.startsWith(u"検証結果:"_s);
    });
    INFO(described(r).toStdString());
    REQUIRE(verdicts == 1);
    REQUIRE(lines.last().startsWith(u"検証結果:"_s));
    if (r.exitCode != 0)
        CHECK_FALSE(r.out.contains(u"完全です"_s));
    else
        CHECK(lines.last().startsWith(u"検証結果: 完全です"_s));
    return lines.last();
}

void probes(Session& dba, int n)
{
    for (int i = 0; i < n; ++i) {
        const PgResult r = dba.exec(u"SELECT kohi.audit('anchor_probe', 'recipient:' || $1, 'ok',"
                                    " jsonb_build_object('i', $1::int))"_s,
                                    {QByteArray::number(i)});
        INFO(r.errorMessage.toStdString());
        REQUIRE(r.ok);
    }
}

void superuser(Session& dba, const QString& sql)
{
    const PgResult r = dba.exec(sql);
    INFO(sql.toStdString() << " -> " << r.errorMessage.toStdString());
    REQUIRE(r.ok);
}

// A key pair and an anchor folder, as IT keeps them outside the database server.
struct AnchorSite
{
    QTemporaryDir root;
    QString privateKey;
    QString publicKey;
    QString dir;

    AnchorSite()
    {
        REQUIRE(root.isValid());
        privateKey = root.filePath(u"anchor.key"_s);
        publicKey = root.filePath(u"anchor.pub"_s);
        dir = root.filePath(u"anchors"_s);
        REQUIRE(QDir().mkpath(dir));
        const Run created = runAdmin({u"audit"_s, u"anchor-key"_s, u"create"_s, u"--private"_s,
                                      privateKey, u"--public"_s, publicKey},
                                     {});
        INFO(described(created).toStdString());
        REQUIRE(created.exitCode == 0);
    }

    // `kohi-admin audit anchor`; returns the anchor file's name (the printed line's file=).
    QString anchor(const QString& database, int interval = 8, int expectedExit = 0)
    {
        const Run r = runAdmin({u"audit"_s, u"anchor"_s, u"--dir"_s, dir, u"--key"_s, privateKey,
                                u"--interval"_s, QString::number(interval)},
                               database);
        INFO(described(r).toStdString());
        REQUIRE(r.exitCode == expectedExit);
        static const QRegularExpression line(
            u"^kohi-audit-anchor seq=\\d+ at=\\S+ hash=[0-9a-f]{64} database=\\S+"
            " system-identifier=\\d+ checkpoints=\\d+ file=(.+)$"_s);
        const auto m = line.match(r.out.trimmed());
        REQUIRE(m.hasMatch());
        REQUIRE(QFileInfo(m.captured(1)).dir().absolutePath() == QDir(dir).absolutePath());
        return QFileInfo(m.captured(1)).fileName();
    }

    Run verify(const QString& database, const QString& anchors = {}) const
    {
        return runAdmin({u"audit"_s, u"verify"_s, u"--anchors"_s, anchors.isEmpty() ? dir : anchors,
                         u"--anchor-public-key"_s, publicKey},
                        database);
    }
};

Run plainVerify(const QString& database)
{
    return runAdmin({u"audit"_s, u"verify"_s, u"--no-anchors"_s}, database);
}

QString atOf(Session& dba, qint64 seq)
{
    const PgResult r =
        dba.exec(u"SELECT to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"') AS t"
                 " FROM kohi.audit_event WHERE chain_seq = $1"_s,
                 {QByteArray::number(seq)});
    REQUIRE(r.ok);
    REQUIRE(r.rows.size() == 1);
    return r.first(u"t"_s).toString();
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

void writeAll(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(bytes) == bytes.size());
}

// Every chain hash recomputed from the genesis after whatever was changed, and the head moved
// to the result: what a careful superuser does to make `audit verify` pass again.
const QString kRechainAll =
    u"UPDATE kohi.audit_event e SET prev_hash = c.prev, hash = c.hash FROM ("
    " SELECT chain_seq, coalesce(lag(hash) OVER (ORDER BY chain_seq), kohi_audit.genesis()) AS "
    "prev,"
    "        hash"
    " FROM (SELECT x.chain_seq, kohi_audit.chain_agg(kohi_audit.event_body(x.chain_seq, x.at,"
    "         x.login, x.client_addr, x.terminal_id, x.action, x.target, x.programme, x.outcome,"
    "         x.details), kohi_audit.genesis()) OVER (ORDER BY x.chain_seq) AS hash"
    "       FROM kohi.audit_event x) y) c"
    " WHERE e.chain_seq = c.chain_seq"_s;
const QString kHeadToLastEvent =
    u"UPDATE kohi_audit.chain_head h SET seq = e.chain_seq, hash = e.hash, at = e.at"
    " FROM (SELECT chain_seq, hash, at FROM kohi.audit_event"
    "       ORDER BY at DESC, chain_seq DESC LIMIT 1) e"_s;

} // namespace

// (e) The untouched chain with several anchors: one verdict, 「完全です」, exit 0. Also the key
// files, the anchor files themselves and the environment variables.
TEST_CASE("an untouched chain agrees with every anchor: one verdict, exit 0",
          "[audit][anchor][security]")
{
    REQUIRE(TestDatabase::instance().available());
    FreshDatabase db(u"kohi_anchor_intact"_s);
    Session& dba = db.dba();
    AnchorSite site;

    // The private key is created 0600 and never overwritten; the public key file is not secret.
    CHECK((QFile(site.privateKey).permissions() &
           (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup |
            QFileDevice::WriteOther)) == 0);
    CHECK(QFile(site.privateKey).permissions().testFlag(QFileDevice::ReadOwner));
    const QByteArray privateBefore = readAll(site.privateKey);
    const Run again = runAdmin({u"audit"_s, u"anchor-key"_s, u"create"_s, u"--private"_s,
                                site.privateKey, u"--public"_s, site.root.filePath(u"x.pub"_s)},
                               {});
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(u"上書きしません"_s));
    CHECK(readAll(site.privateKey) == privateBefore);
    CHECK_FALSE(QFile::exists(site.root.filePath(u"x.pub"_s)));
    QByteArray seed;
    for (const QByteArray& line : privateBefore.split('\n'))
        if (line.startsWith("kohi-anchor-private-key v1 ed25519 "))
            seed = line.split(' ').last();
    CHECK(seed.size() == 44);
    CHECK_FALSE(readAll(site.publicKey).contains(seed));

    probes(dba, 20);
    const QString first = site.anchor(db.name());
    probes(dba, 13);
    const QString second = site.anchor(db.name());
    probes(dba, 9);
    // The third through the environment variables (the scheduled job's way).
    const Run viaEnv =
        runAdmin({u"audit"_s, u"anchor"_s}, db.name(),
                 {{u"KOHI_ANCHOR_DIR"_s, site.dir}, {u"KOHI_ANCHOR_KEY"_s, site.privateKey}});
    INFO(described(viaEnv).toStdString());
    REQUIRE(viaEnv.exitCode == 0);
    const qint64 head = db.headSeq();
    CHECK(viaEnv.out.startsWith(u"kohi-audit-anchor seq=%1 "_s.arg(head)));

    const QStringList files = QDir(site.dir).entryList(QDir::Files, QDir::Name);
    REQUIRE(files.size() == 3);
    CHECK(files.first() == first);
    CHECK(files.at(1) == second);
    CHECK(QRegularExpression(u"^anchor-0000000000\\d\\d-\\d{8}T\\d{6}Z\\.txt$"_s)
              .match(first)
              .hasMatch());
    // The first anchor: version, database identity, head, every 8th event before it, signature.
    const QString text = QString::fromUtf8(readAll(QDir(site.dir).filePath(first)));
    const PgResult identity =
        dba.exec(u"SELECT system_identifier::text AS id FROM pg_control_system()"_s);
    REQUIRE(identity.ok);
    CHECK(text.startsWith(
        u"kohi-audit-anchor v1\nkohi-audit-head v1 database=%1 seq=20 "_s.arg(db.name())));
    CHECK(text.contains(u"\nsystem-identifier=%1\n"_s.arg(identity.first(u"id"_s).toString())));
    CHECK(text.contains(u"\ncheckpoint-interval=8\ncheckpoint=8 "_s));
    CHECK(text.contains(u"\ncheckpoint=16 "_s));
    CHECK_FALSE(text.contains(u"\ncheckpoint=24 "_s));
    CHECK(QRegularExpression(u"\nsignature=[A-Za-z0-9+/]{86}==\n$"_s).match(text).hasMatch());
    // The second continues from the first: only its own checkpoints.
    const QString secondText = QString::fromUtf8(readAll(QDir(site.dir).filePath(second)));
    CHECK(secondText.contains(u"\nprevious-seq=20\n"_s));
    CHECK(secondText.contains(u"\ncheckpoint=24 "_s));
    CHECK_FALSE(secondText.contains(u"\ncheckpoint=16 "_s));
    // An anchor file is an exported head too.
    CHECK(kohi::db::AuditChainPoint::fromLine(text).has_value());

    const Run r = site.verify(db.name());
    const QString verdict = verdictOf(r);
    CHECK(r.exitCode == 0);
    CHECK(verdict.contains(u"アンカー 3 件と一致"_s));
    CHECK(r.out.contains(u"の 3 件のうち 3 件を照合"_s));
    CHECK_FALSE(r.out.contains(u"改ざん"_s));
    // With the environment variables as the defaults, plain `audit verify` checks them too.
    const Run viaEnvVerify =
        runAdmin({u"audit"_s, u"verify"_s}, db.name(),
                 {{u"KOHI_ANCHOR_DIR"_s, site.dir}, {u"KOHI_ANCHOR_PUBLIC_KEY"_s, site.publicKey}});
    CHECK(viaEnvVerify.exitCode == 0);
    CHECK(verdictOf(viaEnvVerify).contains(u"アンカー 3 件と一致"_s));
    // The old options still work and still give one verdict; an anchor file serves as --head.
    const Run withHead =
        runAdmin({u"audit"_s, u"verify"_s, u"--head"_s, QDir(site.dir).filePath(second),
                  u"--anchors"_s, site.dir, u"--anchor-public-key"_s, site.publicKey},
                 db.name());
    CHECK(withHead.exitCode == 0);
    CHECK(verdictOf(withHead).contains(u"保管された先頭の記録と一致"_s));
    // A folder without anchors is not "intact".
    QTemporaryDir empty;
    const Run none = site.verify(db.name(), empty.path());
    CHECK(none.exitCode == 1);
    CHECK(verdictOf(none).contains(u"照合できるアンカーがありません"_s));
}

// (a) The newest events deleted and the head rewound: the chain verifies on its own, the anchors
// name exactly the first missing event and the anchor that had it.
TEST_CASE("anchors expose the newest events deleted and the head rewound",
          "[audit][anchor][security]")
{
    REQUIRE(TestDatabase::instance().available());
    FreshDatabase db(u"kohi_anchor_truncate"_s);
    Session& dba = db.dba();
    AnchorSite site;
    probes(dba, 30);
    site.anchor(db.name()); // head 30, checkpoints 8, 16, 24
    probes(dba, 10);
    const QString newest = site.anchor(db.name()); // head 40, checkpoint 32
    REQUIRE(db.headSeq() == 40);

    // The hostile administrator: triggers off for the session, the newest 6 events gone, the
    // head rewound onto what is left.
    superuser(dba, u"SET session_replication_role = replica"_s);
    superuser(dba, u"DELETE FROM kohi.audit_event WHERE chain_seq > 34"_s);
    superuser(dba, kHeadToLastEvent);
    superuser(dba, u"RESET session_replication_role"_s);
    REQUIRE(db.headSeq() == 34);

    const Run r = site.verify(db.name());
    const QString verdict = verdictOf(r);
    CHECK(r.exitCode == 1);
    CHECK(verdict.startsWith(
        u"検証結果: 改ざんの疑いがあります — 連番 35 以降の記録が失われています"_s));
    CHECK(verdict.contains(u"先頭の記録も連番 34 に巻き戻されています"_s));
    CHECK(verdict.contains(u"アンカー %1 には連番 40"_s.arg(newest)));
    // The chain on its own is self-consistent: only the anchors see it.
    CHECK(r.out.contains(u"連鎖: 34 件を検証"_s));

    const Run plain = plainVerify(db.name());
    CHECK(plain.exitCode == 0);
    CHECK(verdictOf(plain).startsWith(u"検証結果: 完全です"_s));

    // The next scheduled anchor notices it too (and still records what it found).
    const Run next = runAdmin(
        {u"audit"_s, u"anchor"_s, u"--dir"_s, site.dir, u"--key"_s, site.privateKey}, db.name());
    INFO(described(next).toStdString());
    CHECK(next.exitCode == 1);
    CHECK(next.err.contains(u"前回のアンカー %1（連番 40）より後退しています"_s.arg(newest)));
    CHECK(QDir(site.dir).entryList(QDir::Files).size() == 3);
    // The rewound chain still contradicts the older anchor whatever was appended since.
    const Run later = site.verify(db.name());
    CHECK(later.exitCode == 1);
    CHECK(verdictOf(later).contains(newest));
}

TEST_CASE("anchors expose the newest events deleted while the head was left alone",
          "[audit][anchor][security]")
{
    REQUIRE(TestDatabase::instance().available());
    FreshDatabase db(u"kohi_anchor_tail"_s);
    Session& dba = db.dba();
    AnchorSite site;
    probes(dba, 25);
    const QString anchor = site.anchor(db.name());
    // ALTER TABLE … DISABLE TRIGGER USER this time, on the log itself.
    superuser(dba, u"ALTER TABLE kohi.audit_event DISABLE TRIGGER USER"_s);
    superuser(dba, u"DELETE FROM kohi.audit_event WHERE chain_seq >= 23"_s);
    superuser(dba, u"ALTER TABLE kohi.audit_event ENABLE TRIGGER USER"_s);
    const Run r = site.verify(db.name());
    const QString verdict = verdictOf(r);
    CHECK(r.exitCode == 1);
    // Both the chain (head vs last event) and the anchor see it; the verdict names the anchor.
    CHECK(r.out.contains(u"末尾の削除"_s));
    CHECK(verdict.contains(u"連番 23 以降の記録が失われています"_s));
    CHECK(verdict.contains(anchor));
    CHECK(verdict.contains(u"（ほかに問題 1 件）"_s));
}

// (b) One old event altered and the whole chain recomputed: plain verification passes; the
// anchors name the last checkpoint that still matches and the first that does not.
TEST_CASE("anchors expose a chain recomputed after an old event was altered",
          "[audit][anchor][security]")
{
    REQUIRE(TestDatabase::instance().available());
    FreshDatabase db(u"kohi_anchor_rechain"_s);
    Session& dba = db.dba();
    AnchorSite site;
    probes(dba, 30);
    const QString older = site.anchor(db.name()); // head 30, checkpoints 8, 16, 24
    probes(dba, 30);
    const QString newer = site.anchor(db.name()); // head 60, checkpoints 32 … 56
    const PgResult before =
        dba.exec(u"SELECT details::text AS d FROM kohi.audit_event WHERE chain_seq = 20"_s);
    REQUIRE(before.ok);

    // Triggers off on every month partition and on the head, as a superuser can.
    const PgResult parts = dba.exec(u"SELECT name FROM kohi_audit.partition"_s);
    REQUIRE(parts.ok);
    REQUIRE_FALSE(parts.rows.isEmpty());
    for (int i = 0; i < parts.rows.size(); ++i)
        superuser(dba, u"ALTER TABLE kohi_audit.%1 DISABLE TRIGGER USER"_s.arg(
                           parts.value(i, u"name"_s).toString()));
    superuser(dba, u"ALTER TABLE kohi_audit.chain_head DISABLE TRIGGER USER"_s);
    superuser(dba, u"UPDATE kohi.audit_event SET details = '{\"i\": 999}' WHERE chain_seq = 20"_s);
    superuser(dba, kRechainAll);
    superuser(dba, kHeadToLastEvent);
    for (int i = 0; i < parts.rows.size(); ++i)
        superuser(dba, u"ALTER TABLE kohi_audit.%1 ENABLE TRIGGER USER"_s.arg(
                           parts.value(i, u"name"_s).toString()));
    superuser(dba, u"ALTER TABLE kohi_audit.chain_head ENABLE TRIGGER USER"_s);
    const PgResult after =
        dba.exec(u"SELECT details::text AS d FROM kohi.audit_event WHERE chain_seq = 20"_s);
    REQUIRE(after.ok);
    REQUIRE(after.first(u"d"_s) != before.first(u"d"_s));

    // The recomputed chain is self-consistent: plain verification (client and server) passes.
    const Run plain = plainVerify(db.name());
    INFO(described(plain).toStdString());
    CHECK(plain.exitCode == 0);
    CHECK(verdictOf(plain).startsWith(u"検証結果: 完全です"_s));
    CHECK(dba.exec(u"SELECT broken_seq FROM kohi_audit.verify_chain()"_s)
              .first(u"broken_seq"_s)
              .isNull());

    const Run r = site.verify(db.name());
    const QString verdict = verdictOf(r);
    CHECK(r.exitCode == 1);
    // Events 1–19 hash as before (checkpoints 8 and 16 match); from 20 on nothing does.
    CHECK(verdict.contains(u"連番 17〜24 の間で記録が変わっています"_s));
    CHECK(verdict.contains(
        u"最初に一致しないのは連番 24（%1、アンカー %2）"_s.arg(atOf(dba, 24), older)));
    CHECK(verdict.contains(u"最後に一致するのは連番 16（アンカー %1）"_s.arg(older)));
    // Every anchored event from 24 on differs: 24, 30 (older head), 32, 40, 48, 56, 60.
    CHECK(verdict.contains(u"計 7 件"_s));
    Q_UNUSED(newer);
}

// (c) The whole log truncated: with the head reset too the chain looks like a new, empty one.
TEST_CASE("anchors expose a truncated access log", "[audit][anchor][security]")
{
    REQUIRE(TestDatabase::instance().available());
    FreshDatabase db(u"kohi_anchor_truncated"_s);
    Session& dba = db.dba();
    AnchorSite site;
    probes(dba, 12);
    const QString anchor = site.anchor(db.name());

    SECTION("log and head reset: looks like a fresh chain")
    {
        superuser(dba, u"SET session_replication_role = replica"_s);
        superuser(dba, u"TRUNCATE kohi.audit_event"_s);
        superuser(dba, u"UPDATE kohi_audit.chain_head SET seq = 0, hash = kohi_audit.genesis(),"
                       " at = '-infinity'"_s);
        superuser(dba, u"RESET session_replication_role"_s);
        const Run r = site.verify(db.name());
        const QString verdict = verdictOf(r);
        CHECK(r.exitCode == 1);
        CHECK(verdict.contains(u"連番 1 以降の記録が失われています"_s));
        CHECK(verdict.contains(u"先頭の記録も連番 0 に巻き戻されています"_s));
        CHECK(verdict.contains(anchor));
        const Run plain = plainVerify(db.name());
        CHECK(plain.exitCode == 0);
        CHECK(verdictOf(plain).startsWith(u"検証結果: 完全です"_s));
    }
    SECTION("log truncated, head left: both the chain and the anchor report it")
    {
        superuser(dba, u"SET session_replication_role = replica"_s);
        superuser(dba, u"TRUNCATE kohi.audit_event"_s);
        superuser(dba, u"RESET session_replication_role"_s);
        const Run r = site.verify(db.name());
        const QString verdict = verdictOf(r);
        CHECK(r.exitCode == 1);
        CHECK(r.out.contains(u"全件の削除"_s));
        CHECK(verdict.contains(u"連番 1 以降の記録が失われています"_s));
        CHECK(verdict.contains(anchor));
    }
}

// (d) Anchor files edited by hand, signed by another key, made for another database, or not
// anchors at all: each is reported by name; the good anchors are still compared.
TEST_CASE("anchor files that are edited, foreign or malformed are reported",
          "[audit][anchor][security]")
{
    REQUIRE(TestDatabase::instance().available());
    FreshDatabase db(u"kohi_anchor_files"_s);
    Session& dba = db.dba();
    AnchorSite site;
    probes(dba, 20);
    const QString edited = site.anchor(db.name());
    probes(dba, 5);
    const QString good = site.anchor(db.name());
    REQUIRE(site.verify(db.name()).exitCode == 0);

    QTemporaryDir copy;
    REQUIRE(copy.isValid());
    const QString copyDir = copy.filePath(u"anchors"_s);
    auto fresh = [&] {
        QDir(copyDir).removeRecursively();
        REQUIRE(QDir().mkpath(copyDir));
        for (const QString& f : QDir(site.dir).entryList(QDir::Files))
            REQUIRE(QFile::copy(QDir(site.dir).filePath(f), QDir(copyDir).filePath(f)));
    };

    SECTION("one checkpoint's hash edited by hand: bad signature")
    {
        fresh();
        const QString path = QDir(copyDir).filePath(edited);
        QByteArray text = readAll(path);
        const qsizetype at = text.indexOf("\ncheckpoint=16 ");
        REQUIRE(at > 0);
        const qsizetype hashAt = text.indexOf('\n', at + 1) - 1; // last hex digit of that hash
        text[hashAt] = text[hashAt] == '0' ? '1' : '0';
        writeAll(path, text);
        const Run r = site.verify(db.name(), copyDir);
        const QString verdict = verdictOf(r);
        CHECK(r.exitCode == 1);
        CHECK(verdict.contains(u"アンカー %1: 署名が正しくありません"_s.arg(edited)));
        CHECK(r.out.contains(u"の 2 件のうち 1 件を照合"_s));
    }
    SECTION("the head line edited (and its seq raised) by hand: bad signature, no false claim")
    {
        fresh();
        const QString path = QDir(copyDir).filePath(edited);
        QByteArray text = readAll(path);
        text.replace(" seq=20 ", " seq=21 ");
        writeAll(path, text);
        const Run r = site.verify(db.name(), copyDir);
        const QString verdict = verdictOf(r);
        CHECK(r.exitCode == 1);
        CHECK(verdict.contains(u"署名が正しくありません"_s));
        CHECK_FALSE(r.out.contains(u"記録が変わっています"_s));
    }
    SECTION("signed with another key")
    {
        fresh();
        AnchorSite other;
        probes(dba, 1);
        const QString foreign = other.anchor(db.name());
        REQUIRE(QFile::copy(QDir(other.dir).filePath(foreign), QDir(copyDir).filePath(foreign)));
        const Run r = site.verify(db.name(), copyDir);
        CHECK(r.exitCode == 1);
        CHECK(verdictOf(r).contains(u"アンカー %1: 別の鍵で署名されています"_s.arg(foreign)));
    }
    SECTION("made for another database with the same key")
    {
        fresh();
        FreshDatabase otherDb(u"kohi_anchor_files_other"_s);
        probes(otherDb.dba(), 3);
        QTemporaryDir otherDir;
        const Run made = runAdmin(
            {u"audit"_s, u"anchor"_s, u"--dir"_s, otherDir.path(), u"--key"_s, site.privateKey},
            otherDb.name());
        REQUIRE(made.exitCode == 0);
        const QString foreign = QDir(otherDir.path()).entryList(QDir::Files).value(0);
        REQUIRE(
            QFile::copy(QDir(otherDir.path()).filePath(foreign), QDir(copyDir).filePath(foreign)));
        const Run r = site.verify(db.name(), copyDir);
        CHECK(r.exitCode == 1);
        CHECK(verdictOf(r).contains(
            u"アンカー %1 は別のデータベースのものです（データベース %2"_s.arg(foreign,
                                                                               otherDb.name())));
    }
    SECTION("not an anchor at all, and the signature line removed")
    {
        fresh();
        writeAll(QDir(copyDir).filePath(u"anchor-000000000001-20260101T000000Z.txt"_s),
                 "kohi-audit-head v1 database=x seq=1 at=2026-01-01T00:00:00Z hash=00\n");
        const QString path = QDir(copyDir).filePath(good);
        QByteArray text = readAll(path);
        text.truncate(text.indexOf("signature="));
        writeAll(path, text);
        const Run r = site.verify(db.name(), copyDir);
        CHECK(r.exitCode == 1);
        verdictOf(r);
        CHECK(r.out.contains(
            u"アンカー anchor-000000000001-20260101T000000Z.txt: アンカーの形式ではありません"_s));
        CHECK(r.out.contains(
            u"アンカー %1: アンカーの形式ではありません（最後の行が署名の行ではありません）"_s.arg(
                good)));
        // The scheduled job notices a newest anchor it cannot use, continues from the newest
        // valid one, and fails so that somebody looks.
        const Run next = runAdmin(
            {u"audit"_s, u"anchor"_s, u"--dir"_s, copyDir, u"--key"_s, site.privateKey}, db.name());
        INFO(described(next).toStdString());
        CHECK(next.exitCode == 1);
        CHECK(next.err.contains(u"警告: アンカー %1 を使えません"_s.arg(good)));
        CHECK(next.out.contains(u"checkpoints="_s));
    }
}

// Retention: a real purge removes anchored events legitimately; a purge record forged by the
// administrator to cover recent deletions passes plain verification but not the anchors.
TEST_CASE("anchors accept a retention purge and refuse a forged one",
          "[audit][anchor][security][retention]")
{
    REQUIRE(TestDatabase::instance().available());
    FreshDatabase db(u"kohi_anchor_retention"_s);
    Session& dba = db.dba();
    AnchorSite site;
    kohi::test::appendAuditHistory(
        dba, 700, QDate::currentDate().addYears(-7).toString(Qt::ISODate) + u"T00:00:00Z"_s,
        QDate::currentDate().addMonths(-2).toString(Qt::ISODate) + u"T00:00:00Z"_s);
    probes(dba, 40);
    const QString history = site.anchor(db.name(), 64); // checkpoints 64, 128, … 704
    probes(dba, 30);
    site.anchor(db.name(), 8);

    const Run purged = runAdmin({u"audit"_s, u"purge"_s}, db.name());
    INFO(described(purged).toStdString());
    REQUIRE(purged.exitCode == 0);
    const PgResult firstKept = dba.exec(u"SELECT min(chain_seq) AS s FROM kohi.audit_event"_s);
    REQUIRE(firstKept.ok);
    const qint64 kept = firstKept.first(u"s"_s).toLongLong();
    REQUIRE(kept > 64);

    const Run afterPurge = site.verify(db.name());
    CHECK(afterPurge.exitCode == 0);
    CHECK(verdictOf(afterPurge).contains(u"アンカー 2 件と一致"_s));
    CHECK(afterPurge.out.contains(u"保存期間による削除 "_s));

    // The forgery: the oldest kept events up to the first recent one deleted, and a purge record
    // naming the last of them appended through the chain's own append (so it chains correctly).
    const PgResult victim = dba.exec(
        u"SELECT chain_seq, encode(hash, 'hex') AS h,"
        " to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"') AS t"
        " FROM kohi.audit_event WHERE action = 'anchor_probe' ORDER BY chain_seq LIMIT 1 OFFSET 4"_s);
    REQUIRE(victim.ok);
    const qint64 last = victim.first(u"chain_seq"_s).toLongLong();
    superuser(dba, u"SET session_replication_role = replica"_s);
    superuser(dba, u"DELETE FROM kohi.audit_event WHERE chain_seq <= %1"_s.arg(last));
    superuser(dba, u"RESET session_replication_role"_s);
    const PgResult forged = dba.exec(
        u"SELECT kohi_audit.append(session_user, NULL, NULL, 'audit_retention_purge', NULL, NULL,"
        " 'ok', jsonb_build_object('retention_years', 5, 'cutoff',"
        " to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), 'anchor_seq', "
        "$1::bigint,"
        " 'anchor_hash', $2::text, 'anchor_at', $3::text))"_s,
        {QByteArray::number(last), victim.first(u"h"_s).toByteArray(),
         victim.first(u"t"_s).toByteArray()});
    INFO(forged.errorMessage.toStdString());
    REQUIRE(forged.ok);

    const Run r = site.verify(db.name());
    const QString verdict = verdictOf(r);
    CHECK(r.exitCode == 1);
    // The history anchor's checkpoints and head in the deleted recent range are not excused.
    CHECK(verdict.contains(u"の記録がありません: アンカー "_s));
    CHECK(verdict.contains(history));
    // Plain verification is fooled by the forged record: the anchors are what catches it.
    const Run plain = plainVerify(db.name());
    CHECK(plain.exitCode == 0);
    verdictOf(plain);
}

// The sealer integration: where kohi_audit.seal() exists, anchor and verify call it first; an
// auditor (who may not) verifies as before.
TEST_CASE("anchor and verify seal pending events first where the server can", "[audit][anchor]")
{
    REQUIRE(TestDatabase::instance().available());
    FreshDatabase db(u"kohi_anchor_seal"_s);
    Session& dba = db.dba();
    AnchorSite site;
    probes(dba, 10);
    const auto auditor = db.createStaff(u"anchor_aud"_s, {u"kohi_auditor"_s});
    const QList<std::pair<QString, QString>> asAuditor{{u"PGUSER"_s, auditor.login},
                                                       {u"PGPASSWORD"_s, auditor.password},
                                                       {u"PGPASSFILE"_s, u"/nonexistent"_s}};
    site.anchor(db.name());
    REQUIRE(site.verify(db.name()).exitCode == 0);

    // Count the sealing passes kohi-admin asks for (the sealer worker's own passes, under its
    // application name, are not counted).
    superuser(dba, u"CREATE TABLE kohi_audit.seal_calls (at timestamptz NOT NULL)"_s);
    superuser(dba, u"ALTER FUNCTION kohi_audit.seal() RENAME TO seal_counted"_s);
    superuser(dba, u"CREATE FUNCTION kohi_audit.seal() RETURNS bigint LANGUAGE sql AS"
                   " $$ INSERT INTO kohi_audit.seal_calls SELECT clock_timestamp()"
                   "    WHERE current_setting('application_name') = 'kohi-admin';"
                   " SELECT kohi_audit.seal_counted() $$"_s);
    auto calls = [&] {
        const PgResult r = dba.exec(u"SELECT count(*) AS n FROM kohi_audit.seal_calls"_s);
        REQUIRE(r.ok);
        return r.first(u"n"_s).toInt();
    };
    site.anchor(db.name());
    CHECK(calls() == 1);
    const Run verified = site.verify(db.name());
    CHECK(verified.exitCode == 0);
    CHECK(calls() == 3); // before the anchors' events are read, and before the chain is
    const Run server = runAdmin({u"audit"_s, u"verify"_s}, db.name(), asAuditor);
    INFO(described(server).toStdString());
    CHECK(server.exitCode == 0);
    CHECK(calls() == 3);
    // Anchors need the administrator's direct read: an auditor gets one clear verdict.
    const Run auditorAnchors = runAdmin({u"audit"_s, u"verify"_s, u"--anchors"_s, site.dir,
                                         u"--anchor-public-key"_s, site.publicKey},
                                        db.name(), asAuditor);
    CHECK(auditorAnchors.exitCode == 1);
    CHECK(verdictOf(auditorAnchors).startsWith(u"検証結果: 検証できませんでした — "_s));
}
