// kohi-admin migrate against the real test cluster: idempotent, refuses edited history.
#include "db/Migrator.h"
#include "tests/support/FreshDatabase.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using kohi::test::runAdmin;
using kohi::test::TestDatabase;
using Run = kohi::test::AdminRun;

namespace {

// A fresh database in the test cluster, so these tests see a migration from nothing.
QString freshDatabase(const QString& name)
{
    auto dba = TestDatabase::instance().admin();
    REQUIRE(dba);
    REQUIRE(dba->exec(u"DROP DATABASE IF EXISTS "_s + name).ok);
    REQUIRE(dba->exec(u"CREATE DATABASE "_s + name).ok);
    return name;
}

} // namespace

TEST_CASE("migrate twice: the second run changes nothing and says so", "[migrate]")
{
    REQUIRE(TestDatabase::instance().available());
    const QString db = freshDatabase(u"kohi_migrate_twice"_s);

    const Run first = runAdmin({u"migrate"_s}, db);
    INFO(first.err.toStdString());
    REQUIRE(first.exitCode == 0);
    CHECK(first.out.contains(u"件のマイグレーションを適用しました"_s));
    CHECK(first.out.contains(u"0001_bootstrap"_s));

    // The recorded history (versions, checksums, times) is identical after the second run.
    auto history = [&db] {
        auto s = TestDatabase::instance().admin(db);
        REQUIRE(s);
        const auto r = s->exec(u"SELECT string_agg(version || checksum || applied_at, ',' ORDER BY"
                               " version) AS h, count(*) AS n FROM kohi_meta.schema_migration"_s);
        REQUIRE(r.ok);
        return r.first(u"h"_s).toString() + r.first(u"n"_s).toString();
    };
    const QString before = history();
    const Run second = runAdmin({u"migrate"_s}, db);
    REQUIRE(second.exitCode == 0);
    CHECK(second.out.contains(u"変更はありません"_s));
    CHECK(history() == before);
    CHECK(runAdmin({u"migrate"_s, u"--status"_s}, db).out.contains(u"未適用 0 件"_s));
}

TEST_CASE("an edited, already applied migration is refused and nothing changes", "[migrate]")
{
    REQUIRE(TestDatabase::instance().available());
    const QString db = freshDatabase(u"kohi_migrate_edited"_s);
    REQUIRE(runAdmin({u"migrate"_s}, db).exitCode == 0);

    // Copy the shipped migrations, edit an applied one, and add a new one after it.
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QDir source(TestDatabase::instance().value(u"KOHI_SOURCE_DIR"_s) + u"/db/migrations"_s);
    const QStringList files = source.entryList({u"*.sql"_s}, QDir::Files, QDir::Name);
    REQUIRE(files.size() >= 2);
    for (const QString& f : files)
        REQUIRE(QFile::copy(source.filePath(f), dir.filePath(f)));
    {
        QFile edited(dir.filePath(files.at(1)));
        REQUIRE(edited.open(QIODevice::Append));
        edited.write("\n-- an innocent-looking edit\n");
    }
    {
        QFile added(dir.filePath(u"9999_should_not_run.sql"_s));
        REQUIRE(added.open(QIODevice::WriteOnly));
        added.write("CREATE TABLE kohi.should_not_exist (x int);\n");
    }
    const Run refused = runAdmin({u"migrate"_s, u"--dir"_s, dir.path()}, db);
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(u"チェックサム不一致"_s));
    CHECK(refused.err.contains(files.at(1).left(4)));

    // The new migration after the edited one must not have been applied.
    const Run status = runAdmin({u"migrate"_s, u"--status"_s}, db);
    CHECK_FALSE(status.out.contains(u"9999"_s));
}

TEST_CASE("a failing migration is rolled back whole and recorded nowhere", "[migrate]")
{
    REQUIRE(TestDatabase::instance().available());
    const QString db = freshDatabase(u"kohi_migrate_failing"_s);
    REQUIRE(runAdmin({u"migrate"_s}, db).exitCode == 0);

    QTemporaryDir dir;
    const QDir source(TestDatabase::instance().value(u"KOHI_SOURCE_DIR"_s) + u"/db/migrations"_s);
    for (const QString& f : source.entryList({u"*.sql"_s}, QDir::Files, QDir::Name))
        REQUIRE(QFile::copy(source.filePath(f), dir.filePath(f)));
    QFile bad(dir.filePath(u"9998_half_done.sql"_s));
    REQUIRE(bad.open(QIODevice::WriteOnly));
    bad.write("CREATE TABLE kohi.half_done (x int);\nSELECT no_such_function();\n");
    bad.close();

    const Run failed = runAdmin({u"migrate"_s, u"--dir"_s, dir.path()}, db);
    CHECK(failed.exitCode == 1);
    CHECK(failed.err.contains(u"9998_half_done"_s));
    CHECK(failed.err.contains(u"取り消しました"_s));
    const Run status = runAdmin({u"migrate"_s, u"--status"_s, u"--dir"_s, dir.path()}, db);
    CHECK(status.out.contains(u"未適用 1 件"_s));
}

TEST_CASE("migrate refuses a non-superuser and changes nothing", "[migrate]")
{
    REQUIRE(TestDatabase::instance().available());
    const auto admin = TestDatabase::instance().createStaff(u"mig_ua"_s, {u"kohi_user_admin"_s});
    const Run refused = runAdmin({u"migrate"_s}, u"kohi"_s,
                                 {{u"PGUSER"_s, admin.login},
                                  {u"PGPASSWORD"_s, admin.password},
                                  {u"PGPASSFILE"_s, u"/nonexistent"_s}});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(u"スーパーユーザー"_s));
}

TEST_CASE("a pending migration numbered below the newest applied one is refused, naming both",
          "[migrate]")
{
    REQUIRE(TestDatabase::instance().available());
    const QString db = freshDatabase(u"kohi_migrate_out_of_order"_s);
    QTemporaryDir dir;
    const QDir source(TestDatabase::instance().value(u"KOHI_SOURCE_DIR"_s) + u"/db/migrations"_s);
    for (const QString& f : source.entryList({u"*.sql"_s}, QDir::Files, QDir::Name))
        REQUIRE(QFile::copy(source.filePath(f), dir.filePath(f)));
    auto add = [&dir](const QString& file, const QByteArray& sql) {
        QFile f(dir.filePath(file));
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(sql);
    };
    add(u"9000_applied_first.sql"_s, "CREATE TABLE kohi.applied_first (x int);\n");
    REQUIRE(runAdmin({u"migrate"_s, u"--dir"_s, dir.path()}, db).exitCode == 0);
    // A branch merged late brings a lower number than what production already has.
    add(u"8999_merged_late.sql"_s, "CREATE TABLE kohi.merged_late (x int);\n");
    const Run refused = runAdmin({u"migrate"_s, u"--dir"_s, dir.path()}, db);
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(u"8999_merged_late"_s));
    CHECK(refused.err.contains(u"9000"_s));
    CHECK(refused.err.contains(u"何も変更していません"_s));
    auto s = TestDatabase::instance().admin(db);
    REQUIRE(s);
    CHECK(s->exec(u"SELECT to_regclass('kohi.merged_late') IS NULL AS absent"_s)
              .first(u"absent"_s)
              .toString() == u"t"_s);
    CHECK(s->exec(u"SELECT count(*) AS n FROM kohi_meta.schema_migration WHERE version = '8999'"_s)
              .first(u"n"_s)
              .toString() == u"0"_s);
}

TEST_CASE("shipped migrations are never edited: each file's checksum is pinned in "
          "db/migrations/CHECKSUMS",
          "[migrate]")
{
    // The database refuses an edited, applied migration (above); this pins the files themselves,
    // so an edit is caught in review even before any database sees it. A new migration adds its
    // line: sha256sum NNNN_name.sql >> db/migrations/CHECKSUMS
    const QDir source(TestDatabase::instance().value(u"KOHI_SOURCE_DIR"_s) + u"/db/migrations"_s);
    QFile pinned(source.filePath(u"CHECKSUMS"_s));
    REQUIRE(pinned.open(QIODevice::ReadOnly | QIODevice::Text));
    QHash<QString, QString> expected;
    while (!pinned.atEnd()) {
        const QStringList f =
            QString::fromUtf8(pinned.readLine()).trimmed().split(u' ', Qt::SkipEmptyParts);
        if (f.size() == 2)
            expected.insert(f[1], f[0]);
    }
    QString error;
    const auto migrations = kohi::db::Migrator::load(source.path(), &error);
    INFO(error.toStdString());
    REQUIRE_FALSE(migrations.isEmpty());
    for (const auto& m : migrations) {
        const QString file = m.version + u'_' + m.name + u".sql"_s;
        INFO(file.toStdString() << ": pin it in db/migrations/CHECKSUMS, never change a pin");
        REQUIRE(expected.contains(file));
        CHECK(expected.value(file) == m.checksum);
    }
    // A pinned migration never disappears either.
    CHECK(expected.size() == migrations.size());
}
