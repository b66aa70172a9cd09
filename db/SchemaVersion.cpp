#include "db/SchemaVersion.h"

#include "db/Migrator.h"
#include "db/Session.h"
#include "db/internal/RawSql.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace kohi::db {

namespace {
QString tr(const char* s)
{
    return QCoreApplication::translate("kohi::db::SchemaVersion", s);
}
} // namespace

QString newestKnownMigration()
{
    const QList<Migrator::Migration> all = Migrator::load({});
    return all.isEmpty() ? QString() : all.last().version;
}

SchemaVersionCheck compareSchemaVersions(const QString& databaseVersion,
                                         const QString& binaryVersion)
{
    SchemaVersionCheck check;
    check.databaseVersion = databaseVersion;
    check.binaryVersion = binaryVersion;
    // Versions are four-digit numbers, so text order is numeric order.
    if (databaseVersion == binaryVersion && !binaryVersion.isEmpty()) {
        check.ok = true;
        return check;
    }
    const QString shown = databaseVersion.isEmpty() ? tr("不明（0029 より前）") : databaseVersion;
    if (databaseVersion.isEmpty() || databaseVersion < binaryVersion)
        check.message = tr("データベースの版（%1）が古いため接続できません（対応する版は %2）。"
                           "システム管理者に更新を依頼してください。")
                            .arg(shown, binaryVersion);
    else
        check.message = tr("データベースの版（%1）が新しいため接続できません（対応する版は %2）。"
                           "新しい版のプログラムを導入してください。")
                            .arg(shown, binaryVersion);
    return check;
}

SchemaVersionCheck checkSchemaVersion(const Session& session)
{
    const PgResult r = session.exec(u"SELECT kohi_meta.schema_version() AS v"_s);
    QString version;
    if (r.ok) {
        version = r.first(u"v"_s).toString();
    } else if (r.sqlState != u"42883"_s && r.sqlState != u"3F000"_s && r.sqlState != u"42501"_s) {
        // Not "absent" (undefined function / schema, or no USAGE before 0029): a real failure.
        SchemaVersionCheck failed;
        failed.binaryVersion = newestKnownMigration();
        failed.message = tr("データベースの版を確認できません: %1").arg(r.errorMessage);
        return failed;
    }
    return compareSchemaVersions(version, newestKnownMigration());
}

} // namespace kohi::db
