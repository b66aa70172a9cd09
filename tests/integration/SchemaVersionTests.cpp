// The version guard (issue 14): a binary works only with the schema it was built for. A database
// one migration behind, and one with a migration from the future, are refused at login (db
// layer, as the client calls it) and by kohi-admin, with a Japanese message naming both versions.
#include "db/Migrator.h"
#include "db/SchemaVersion.h"
#include "tests/support/FreshDatabase.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using kohi::test::FreshDatabase;
using kohi::test::runAdmin;
using kohi::test::TestDatabase;

namespace {

// The shipped migrations without the newest one.
QString migrationsButTheLast(QTemporaryDir& dir)
{
    const QDir source(TestDatabase::instance().value(u"KOHI_SOURCE_DIR"_s) + u"/db/migrations"_s);
    QStringList files = source.entryList({u"*.sql"_s}, QDir::Files, QDir::Name);
    REQUIRE(files.size() >= 2);
    files.removeLast();
    for (const QString& f : files)
        REQUIRE(QFile::copy(source.filePath(f), dir.filePath(f)));
    return files.last().left(4);
}

} // namespace

TEST_CASE("the newest migration the binary knows is the newest shipped file", "[version-guard]")
{
    const QDir source(TestDatabase::instance().value(u"KOHI_SOURCE_DIR"_s) + u"/db/migrations"_s);
    const QStringList files = source.entryList({u"*.sql"_s}, QDir::Files, QDir::Name);
    REQUIRE_FALSE(files.isEmpty());
    CHECK(kohi::db::newestKnownMigration() == files.last().left(4));
}

TEST_CASE("a database one migration behind is refused at login and by kohi-admin, until "
          "migrated",
          "[version-guard]")
{
    REQUIRE(TestDatabase::instance().available());
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString behind = migrationsButTheLast(dir);
    FreshDatabase db(u"kohi_guard_behind"_s, dir.path());
    const auto clerk = db.createStaff(u"guard_old"_s, {u"kohi_clerk_nanbyo"_s});

    const QString newest = kohi::db::newestKnownMigration();
    {
        auto session = db.connect(clerk);
        const kohi::db::SchemaVersionCheck check = kohi::db::checkSchemaVersion(*session);
        INFO(check.message.toStdString());
        CHECK_FALSE(check.ok);
        CHECK(check.message.contains(u"が古いため接続できません（対応する版は "_s));
        CHECK(check.message.contains(newest));
        CHECK(check.message.contains(u"システム管理者に更新を依頼してください。"_s));
    }
    const auto refused = runAdmin({u"env"_s, u"show"_s}, db.name());
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(u"が古いため接続できません（対応する版は "_s));

    // migrate itself is not refused: it is what brings the schema up to date.
    const auto migrated = runAdmin({u"migrate"_s}, db.name());
    INFO(migrated.err.toStdString());
    REQUIRE(migrated.exitCode == 0);
    CHECK(behind < newest);
    auto session = db.connect(clerk);
    const auto check = kohi::db::checkSchemaVersion(*session);
    INFO(check.message.toStdString());
    CHECK(check.ok);
    CHECK(check.databaseVersion == newest);
    CHECK(runAdmin({u"env"_s, u"show"_s}, db.name()).exitCode == 0);
}

TEST_CASE("a database with a migration from the future is refused at login and by kohi-admin",
          "[version-guard]")
{
    REQUIRE(TestDatabase::instance().available());
    FreshDatabase db(u"kohi_guard_future"_s);
    const auto clerk = db.createStaff(u"guard_new"_s, {u"kohi_clerk_boshi"_s});
    REQUIRE(db.dba()
                .exec(u"INSERT INTO kohi_meta.schema_migration (version, name, checksum)"
                      " VALUES ('9990', 'from_the_future', 'x')"_s)
                .ok);
    auto session = db.connect(clerk);
    const auto check = kohi::db::checkSchemaVersion(*session);
    INFO(check.message.toStdString());
    CHECK_FALSE(check.ok);
    CHECK(check.databaseVersion == u"9990"_s);
    CHECK(check.message.contains(u"データベースの版（9990）"_s));
    CHECK(check.message.contains(u"が新しいため接続できません（対応する版は "_s));

    const auto refused = runAdmin({u"user"_s, u"list"_s}, db.name());
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(u"が新しいため接続できません（対応する版は "_s));
}

TEST_CASE("the schema version is open to every staff member, the migration history is not",
          "[version-guard][security]")
{
    REQUIRE(TestDatabase::instance().available());
    auto& tdb = TestDatabase::instance();
    const auto viewer = tdb.createStaff(u"guard_sec"_s, {u"kohi_mynumber_viewer"_s});
    auto s = tdb.connect(viewer.login, viewer.password);
    REQUIRE(s);
    CHECK(s->exec(u"SELECT kohi_meta.schema_version() AS v"_s).first(u"v"_s).toString() ==
          kohi::db::newestKnownMigration());
    CHECK_FALSE(s->exec(u"SELECT * FROM kohi_meta.schema_migration"_s).ok);
    CHECK_FALSE(s->exec(u"CREATE FUNCTION kohi_meta.x() RETURNS int LANGUAGE sql"
                        " AS 'SELECT 1'"_s)
                    .ok);
    // PUBLIC (a role that is not staff) cannot call it.
    auto dba = tdb.admin();
    CHECK(dba->exec(u"SELECT has_function_privilege('public', 'kohi_meta.schema_version()',"
                    " 'EXECUTE') AS p"_s)
              .first(u"p"_s)
              .toString() == u"f"_s);
}
