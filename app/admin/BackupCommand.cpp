#include "app/admin/BackupCommand.h"

#include "db/ClusterGlobals.h"
#include "db/Session.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace kohi::admin {

namespace {

// pg_dump / pg_restore of the server's major version: $KOHI_PG_BINDIR, then PostgreSQL 15's
// Debian location, then PATH.
QString pgTool(const QString& name)
{
    const QString configured = qEnvironmentVariable("KOHI_PG_BINDIR");
    for (const QString& dir : {configured, u"/usr/lib/postgresql/15/bin"_s}) {
        if (!dir.isEmpty() && QFileInfo(dir + u'/' + name).isExecutable())
            return dir + u'/' + name;
    }
    return QStandardPaths::findExecutable(name);
}

// The libpq environment of kohi-admin, with TLS verification forced and the database named.
QProcessEnvironment toolEnvironment(const db::Session& session, const QString& database)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const auto& s = session.settings();
    env.insert(u"PGHOST"_s, s.host);
    env.insert(u"PGPORT"_s, s.portText());
    env.insert(u"PGDATABASE"_s, database);
    env.insert(u"PGUSER"_s, session.userId());
    env.insert(u"PGSSLMODE"_s, u"verify-full"_s);
    env.insert(u"PGTARGETSESSIONATTRS"_s, u"read-write"_s); // several hosts: the primary
    if (!s.sslRootCert.isEmpty())
        env.insert(u"PGSSLROOTCERT"_s, s.sslRootCert);
    return env;
}

// Runs a tool; returns empty or its error output.
QString runTool(const QString& program, const QStringList& args, const QProcessEnvironment& env)
{
    if (program.isEmpty())
        return u"pg_dump / pg_restore が見つかりません（KOHI_PG_BINDIR で指定できます）。"_s;
    QProcess p;
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::SeparateChannels);
    p.start(program, args);
    if (!p.waitForStarted() || !p.waitForFinished(-1))
        return u"%1 を実行できません。"_s.arg(program);
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return QString::fromUtf8(p.readAllStandardError()).trimmed();
    return {};
}

QString sha256Of(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return QString::fromLatin1(h.result().toHex());
}

// A new file only the owner can read (a backup holds password verifiers and sealed numbers).
bool createPrivateFile(const QString& path, const QByteArray& content = {})
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return false;
    f.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    return f.write(content) == content.size() && f.flush();
}

int backup(const QString& file, AdminContext& ctx)
{
    const QString globalsFile = file + u".globals"_s;
    if (QFileInfo::exists(file) || QFileInfo::exists(globalsFile)) {
        ctx.err << "ファイルが既にあります。バックアップは上書きしません: " << file << Qt::endl;
        return Failed;
    }
    ctx.skipSchemaVersionCheck(); // any version can be backed up
    db::Session* session = ctx.session();
    if (!session)
        return Failed;
    // One snapshot for the roles and the dump: pg_dump --snapshot uses this transaction's.
    db::ApiError error;
    const QString snapshot = db::ClusterGlobals::beginExportedSnapshot(*session, &error);
    if (snapshot.isEmpty()) {
        ctx.err << "バックアップを開始できません: " << error.serverText() << Qt::endl;
        return Failed;
    }
    db::ClusterGlobals globals = db::ClusterGlobals::read(*session);
    if (!globals.error.isEmpty()) {
        ctx.err << globals.error << Qt::endl;
        return Failed;
    }
    if (!createPrivateFile(file)) {
        ctx.err << "ファイルを作成できません: " << file << Qt::endl;
        return Failed;
    }
    const QString dumpError =
        runTool(pgTool(u"pg_dump"_s),
                {u"--format=custom"_s, u"--create"_s, u"--snapshot"_s, snapshot, u"--file"_s, file},
                toolEnvironment(*session, globals.database));
    db::ClusterGlobals::endSnapshot(*session);
    if (!dumpError.isEmpty()) {
        QFile::remove(file);
        ctx.err << "pg_dump に失敗しました（ファイルは削除しました）: " << dumpError << Qt::endl;
        return Failed;
    }
    globals.dumpSha256 = sha256Of(file);
    if (!createPrivateFile(globalsFile, globals.toText())) {
        QFile::remove(file);
        QFile::remove(globalsFile);
        ctx.err << "ファイルを作成できません: " << globalsFile << Qt::endl;
        return Failed;
    }
    int logins = 0;
    for (const auto& r : globals.roles)
        logins += r.login ? 1 : 0;
    ctx.out << "バックアップしました: " << file << "（" << QFileInfo(file).size() << " バイト、"
            << "データベース " << globals.database << "、スキーマの版 " << globals.schemaVersion
            << "）" << Qt::endl
            << "  " << globalsFile << ": ロール " << globals.roles.size() << " 件（ログイン "
            << logins << " 件、パスワードは SCRAM 検証子）、所属 " << globals.memberships.size()
            << " 件、ロック中 " << globals.locked.size() << " 件" << Qt::endl
            << "  二つのファイルは同じように厳重に保管してください（所有者のみ読み取り可で作成）。"
            << Qt::endl;
    if (globals.hmacCheck.isEmpty())
        ctx.err << "注意: このサーバーでは個人番号のハッシュ鍵を使えないため、復元先の鍵の照合が"
                   "できません。"
                << Qt::endl;
    ctx.out << "  個人番号のハッシュ鍵ファイル（kohi_auth.hmac_key_file）は含まれていません。"
               "鍵は鍵の保管手順で別に保管してください。"
            << Qt::endl;
    return Ok;
}

int restore(const QString& file, AdminContext& ctx)
{
    QFile globalsFile(file + u".globals"_s);
    if (!QFileInfo::exists(file) || !globalsFile.open(QIODevice::ReadOnly)) {
        ctx.err << "バックアップファイルと付属ファイル（" << globalsFile.fileName()
                << "）の両方が必要です。" << Qt::endl;
        return Failed;
    }
    const db::ClusterGlobals globals = db::ClusterGlobals::fromText(globalsFile.readAll());
    if (!globals.error.isEmpty()) {
        ctx.err << globals.error << Qt::endl;
        return Failed;
    }
    if (sha256Of(file) != globals.dumpSha256) {
        ctx.err << "バックアップファイルが付属ファイルの記録と一致しません（別のバックアップか、"
                   "壊れています）。何も変更していません。"
                << Qt::endl;
        return Failed;
    }
    // The target cluster's maintenance database: the restored one does not exist yet.
    qputenv("PGDATABASE", "postgres");
    ctx.skipSchemaVersionCheck();
    db::Session* session = ctx.session();
    if (!session)
        return Failed;
    db::ClusterGlobals::prepareRestoreSession(*session);
    const db::ClusterGlobals::Plan plan = globals.plan(*session);
    if (!plan.error.isEmpty()) {
        ctx.err << plan.error << Qt::endl;
        return Failed;
    }
    if (const QString error = globals.createRoles(*session, plan); !error.isEmpty()) {
        ctx.err << error << Qt::endl;
        return Failed;
    }
    const QString restoreError =
        runTool(pgTool(u"pg_restore"_s),
                {u"--create"_s, u"--exit-on-error"_s, u"--dbname"_s, u"postgres"_s, file},
                toolEnvironment(*session, u"postgres"_s));
    if (!restoreError.isEmpty()) {
        // Leave nothing half-written: the database and the roles this run created go.
        globals.dropDatabase(*session);
        globals.dropRoles(*session, plan);
        ctx.err << "pg_restore に失敗したため、作成したデータベースとロールを削除しました: "
                << restoreError << Qt::endl;
        return Failed;
    }
    db::ConnectionSettings restoredSettings = session->settings();
    restoredSettings.database = globals.database;
    db::Session restored(restoredSettings);
    QString lockError;
    if (const auto r = restored.open(session->userId(), {}); r.ok())
        lockError = globals.relock(restored);
    else
        lockError = r.message;
    ctx.out << "復元しました: データベース " << globals.database << "（スキーマの版 "
            << globals.schemaVersion << "）、作成したロール " << plan.create.size()
            << " 件、既存のロールを使用 " << plan.existing.size() << " 件、再ロック "
            << globals.locked.size() << " 件。" << Qt::endl
            << "  次に: kohi-admin audit verify（署名付きアンカーは新しいフォルダーで始め直す）、"
               "kohi-admin schema-diff で元の環境と比較。"
            << Qt::endl;
    if (!lockError.isEmpty()) {
        ctx.err << lockError << Qt::endl;
        return Failed;
    }
    return Ok;
}

} // namespace

int runBackupCommand(const QString& command, const QStringList& args, AdminContext& ctx)
{
    if (args.size() != 1 || args[0].startsWith(u"-"_s)) {
        ctx.err << "usage: kohi-admin backup FILE | kohi-admin restore FILE\n"
                   "  FILE: pg_dump のカスタム形式。FILE.globals にロール・所属・ロック・鍵の照合値"
                << Qt::endl;
        return Usage;
    }
    return command == u"backup"_s ? backup(args[0], ctx) : restore(args[0], ctx);
}

} // namespace kohi::admin
