// kohi-admin backup / restore (issue 14) as a round trip from one cluster into a fresh one:
// recipient and My Number counts equal, the access-log chain verifies on the restored database,
// staff log in with their own passwords (SCRAM verifiers travelled), a locked account stays
// locked, schema-diff finds the two equal, the dump holds no plaintext My Number and neither file
// holds the hashing key; a restore onto a server with another hashing key, or over an existing
// database, is refused and changes nothing.
#include "tests/integration/MyNumberScan.h"
#include "tests/support/PrivateCluster.h"
#include "tests/support/TestDatabase.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using kohi::db::LoginFailure;
using kohi::test::PrivateCluster;

namespace {

QString count(kohi::db::Session& s, const QString& table)
{
    const auto r = s.exec(u"SELECT count(*) AS n FROM "_s + table);
    INFO(r.errorMessage.toStdString());
    REQUIRE(r.ok);
    return r.first(u"n"_s).toString();
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

// The maintenance database of a cluster, as its administrator.
std::unique_ptr<kohi::db::Session> maintenance(PrivateCluster& cluster)
{
    auto settings = cluster.settings();
    settings.database = u"postgres"_s;
    auto s = std::make_unique<kohi::db::Session>(settings);
    REQUIRE(s->open(u"kohi_dba"_s, cluster.dbaPassword()).ok());
    return s;
}

QString conninfo(PrivateCluster& cluster)
{
    const auto s = cluster.settings();
    // Each cluster's own terminal certificate: the other's CA would refuse it at the handshake.
    return u"host=%1 port=%2 dbname=%3 sslrootcert=%4 sslcert=%5 sslkey=%6 user=kohi_dba"
           " password=%7"_s.arg(s.host)
        .arg(s.port)
        .arg(s.database, s.sslRootCert, s.sslCert, s.sslKey, cluster.dbaPassword());
}

} // namespace

TEST_CASE("backup and restore into a fresh cluster: counts equal, chain verifies, passwords and "
          "locks travel, no plaintext number and no key in the files",
          "[backup]")
{
    REQUIRE(kohi::test::TestDatabase::instance().available());
    PrivateCluster source(u"バックアップ元"_s);
    source.admin({u"demo"_s, u"seed"_s, u"--recipients"_s, u"200"_s});
    source.admin({u"keys"_s, u"create"_s, u"--viewer"_s, u"viewer"_s, u"--passphrase-stdin"_s},
                 "Demo-Reveal-Passphrase-2026\nDemo-Reveal-Passphrase-2026\n");
    source.admin({u"demo"_s, u"mynumbers"_s, u"--count"_s, u"12"_s});
    auto sourceDba = source.dba();
    REQUIRE(sourceDba->exec(u"SELECT kohi.kohi_auth_lock('boshi_clerk')"_s).ok);
    const QString recipients = count(*sourceDba, u"kohi.recipient"_s);
    const QString numbers = count(*sourceDba, u"kohi.mynumber"_s);
    CHECK(numbers == u"12"_s);

    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString file = dir.filePath(u"kohi.dump"_s);
    const QString out = source.admin({u"backup"_s, file});
    INFO(out.toStdString());
    CHECK(out.contains(u"バックアップしました"_s));
    // Owner-only, and never overwritten.
    const auto othersBits = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                            QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
    CHECK((QFile::permissions(file) & othersBits).toInt() == 0);
    CHECK((QFile::permissions(file + u".globals"_s) & othersBits).toInt() == 0);
    QString again;
    CHECK(source.tryAdmin({u"backup"_s, file}, &again) == 1);
    CHECK(again.contains(u"上書きしません"_s));

    // No plaintext My Number: neither in the file's bytes nor in the SQL it restores to.
    const QByteArray dump = readAll(file);
    CHECK(kohi::test::findMyNumbers(QString::fromLatin1(dump)).isEmpty());
    QProcess text;
    text.start(u"/usr/lib/postgresql/15/bin/pg_restore"_s, {u"--file=-"_s, file});
    REQUIRE(text.waitForFinished(120000));
    REQUIRE(text.exitCode() == 0);
    const QString sql = QString::fromUtf8(text.readAllStandardOutput());
    REQUIRE(sql.contains(u"COPY kohi.mynumber "_s)); // the envelopes are in it, sealed
    for (const auto& f : kohi::test::findMyNumbers(sql))
        UNSCOPED_INFO("dump line " << f.line << ": " << f.context.toStdString());
    CHECK(kohi::test::findMyNumbers(sql).isEmpty());
    // The hashing key is in neither file.
    const QByteArray key = readAll(source.directory() + u"/secrets/mynumber-hmac.key"_s).trimmed();
    REQUIRE(key.size() == 64);
    const QByteArray globals = readAll(file + u".globals"_s);
    CHECK_FALSE(dump.contains(key));
    CHECK_FALSE(globals.contains(key));
    CHECK_FALSE(sql.toUtf8().contains(key));
    CHECK(globals.contains("role\tnanbyo_clerk\t1"));
    CHECK(globals.contains("locked\tboshi_clerk"));
    CHECK_FALSE(globals.contains("Demo-Nanbyo-2026!")); // verifiers, never passwords

    PrivateCluster target(u"復元先"_s);
    auto targetAdmin = maintenance(target);
    // Every statement of the restore into the target's log: no verifier may appear in it.
    REQUIRE(targetAdmin->exec(u"ALTER SYSTEM SET log_statement = 'all'"_s).ok);
    REQUIRE(targetAdmin->exec(u"SELECT pg_reload_conf()"_s).ok);
    QString refused;
    // Over an existing database: refused.
    CHECK(target.tryAdmin({u"restore"_s, file}, &refused) == 1);
    CHECK(refused.contains(u"既にあります"_s));
    REQUIRE(targetAdmin->exec(u"DROP DATABASE kohi WITH (FORCE)"_s).ok);
    // Another hashing key on the target: refused, nothing created.
    CHECK(target.tryAdmin({u"restore"_s, file}, &refused) == 1);
    CHECK(refused.contains(u"ハッシュ鍵"_s));
    CHECK(targetAdmin->exec(u"SELECT 1 FROM pg_database WHERE datname = 'kohi'"_s).rows.isEmpty());
    CHECK(targetAdmin->exec(u"SELECT 1 FROM pg_roles WHERE rolname = 'nanbyo_clerk'"_s)
              .rows.isEmpty());
    // IT moves the key file by its own secure route (kohi_auth re-reads it on every call).
    {
        QFile targetKey(target.directory() + u"/secrets/mynumber-hmac.key"_s);
        REQUIRE(targetKey.open(QIODevice::WriteOnly | QIODevice::Truncate));
        targetKey.write(key + '\n');
    }
    const QString restored = target.admin({u"restore"_s, file});
    INFO(restored.toStdString());
    CHECK(restored.contains(u"復元しました"_s));

    {
        QFile log(target.directory() + u"/data/log/postgresql.log"_s);
        REQUIRE(log.open(QIODevice::ReadOnly));
        const QByteArray logged = log.readAll();
        CHECK(logged.contains("kohi_restore_scratch.set_verifier")); // the calls were logged …
        CHECK_FALSE(logged.contains("SCRAM-SHA-256$"));              // … never their verifiers
    }
    REQUIRE(targetAdmin->exec(u"ALTER SYSTEM RESET log_statement"_s).ok);
    REQUIRE(targetAdmin->exec(u"SELECT pg_reload_conf()"_s).ok);
    auto targetDba = target.dba();
    CHECK(count(*targetDba, u"kohi.recipient"_s) == recipients);
    CHECK(count(*targetDba, u"kohi.mynumber"_s) == numbers);
    CHECK(count(*targetDba, u"kohi.staff"_s) == count(*sourceDba, u"kohi.staff"_s));
    const QString verified = target.admin({u"audit"_s, u"verify"_s});
    CHECK(verified.contains(u"検証結果: 完全です"_s));
    // Staff keep their own passwords; the locked account stays locked.
    CHECK(target.login(u"nanbyo_clerk"_s, u"Demo-Nanbyo-2026!"_s).ok());
    CHECK(target.login(u"boshi_clerk"_s, u"Demo-Boshi-2026!"_s).failure ==
          LoginFailure::AccountLocked);
    // The duplicate hash still works: the same key, so the restored hashes match.
    CHECK(targetDba->exec(u"SELECT encode(kohi.kohi_mynumber_hmac('x'), 'hex') AS h"_s)
              .first(u"h"_s) ==
          sourceDba->exec(u"SELECT encode(kohi.kohi_mynumber_hmac('x'), 'hex') AS h"_s)
              .first(u"h"_s));
    // And the restored database equals its source.
    QString diff;
    const int diffExit =
        target.tryAdmin({u"schema-diff"_s, conninfo(source), conninfo(target)}, &diff);
    INFO(diff.toStdString());
    CHECK(diffExit == 0);
}
