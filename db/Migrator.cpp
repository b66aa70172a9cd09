#include "db/Migrator.h"

#include "db/Session.h"
#include "db/internal/RawSql.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <algorithm>

using namespace Qt::StringLiterals;

static void initMigrationResources()
{
    Q_INIT_RESOURCE(kohi_migrations);
}

namespace kohi::db {

namespace {
const char* ctx = "kohi::db::Migrator";
QString tr(const char* s)
{
    return QCoreApplication::translate(ctx, s);
}

const QString kMetaSql = u"SET client_min_messages = warning;"
                         "CREATE SCHEMA IF NOT EXISTS kohi_meta;"
                         "REVOKE ALL ON SCHEMA kohi_meta FROM PUBLIC;"
                         "CREATE TABLE IF NOT EXISTS kohi_meta.schema_migration ("
                         " version text PRIMARY KEY, name text NOT NULL, checksum text NOT NULL,"
                         " applied_at timestamptz NOT NULL DEFAULT now(),"
                         " applied_by name NOT NULL DEFAULT session_user)"_s;
} // namespace

Migrator::Migrator(Session& session, QString directory)
    : m_session(session), m_directory(std::move(directory))
{
    initMigrationResources();
}

QList<Migrator::Migration> Migrator::available(QString* error) const
{
    return load(m_directory, error);
}

QList<Migrator::Migration> Migrator::load(const QString& directory, QString* error)
{
    initMigrationResources();
    const QString dir = directory.isEmpty() ? u":/migrations"_s : directory;
    static const QRegularExpression pattern(u"^(\\d{4})_([a-z0-9_]+)\\.sql$"_s);
    QList<Migration> list;
    const QStringList files = QDir(dir).entryList({u"*.sql"_s}, QDir::Files, QDir::Name);
    for (const QString& file : files) {
        const auto match = pattern.match(file);
        if (!match.hasMatch()) {
            if (error)
                *error = tr("マイグレーションのファイル名が規則（NNNN_名前.sql）に合いません: %1")
                             .arg(file);
            return {};
        }
        QFile f(dir + u'/' + file);
        if (!f.open(QIODevice::ReadOnly)) {
            if (error)
                *error = tr("マイグレーションを読めません: %1").arg(f.fileName());
            return {};
        }
        Migration m;
        m.version = match.captured(1);
        m.name = match.captured(2);
        m.sql = f.readAll();
        m.sql.replace("\r\n", "\n"); // a Windows checkout must not change the checksum
        m.checksum = QString::fromLatin1(
            QCryptographicHash::hash(m.sql, QCryptographicHash::Sha256).toHex());
        m.asSuperuser = m.sql.startsWith("-- kohi:run-as superuser");
        if (!list.isEmpty() && list.last().version == m.version) {
            if (error)
                *error = tr("マイグレーション番号 %1 が重複しています。").arg(m.version);
            return {};
        }
        list << m;
    }
    if (list.isEmpty() && error)
        *error = tr("マイグレーションが見つかりません: %1").arg(dir);
    return list;
}

Migrator::Outcome Migrator::check(QList<Migration>& pending)
{
    Outcome out;
    const PgResult su =
        m_session.exec(u"SELECT rolsuper FROM pg_roles WHERE rolname = current_user"_s);
    if (!su.ok || su.first(u"rolsuper"_s).toString() != u"t"_s) {
        out.message =
            tr("マイグレーションはデータベース管理者（スーパーユーザー）で実行してください。");
        return out;
    }
    QString error;
    const QList<Migration> all = available(&error);
    if (all.isEmpty()) {
        out.message = error;
        return out;
    }
    const PgResult meta = execScript(m_session.nativeHandle(), kMetaSql.toUtf8());
    if (!meta.ok) {
        out.message = tr("管理テーブルを作成できません: %1").arg(meta.errorMessage);
        return out;
    }
    const PgResult applied =
        m_session.exec(u"SELECT version, name, checksum FROM kohi_meta.schema_migration"_s);
    if (!applied.ok) {
        out.message = applied.errorMessage;
        return out;
    }
    QHash<QString, QString> appliedChecksums;
    for (int i = 0; i < applied.rows.size(); ++i)
        appliedChecksums.insert(applied.value(i, u"version"_s).toString(),
                                applied.value(i, u"checksum"_s).toString());
    QString newestApplied;
    for (const Migration& m : all) {
        const auto it = appliedChecksums.constFind(m.version);
        if (it == appliedChecksums.cend()) {
            pending << m;
            continue;
        }
        ++out.alreadyApplied;
        newestApplied = std::max(newestApplied, m.version);
        if (*it != m.checksum) {
            // An applied migration is history: editing it would make environments diverge silently.
            out.message = tr("適用済みのマイグレーション %1_%2 "
                             "の内容が変更されています（チェックサム不一致）。"
                             "適用済みのマイグレーションは編集せず、新しいマイグレーションを追加し"
                             "てください。"
                             "何も変更していません。")
                              .arg(m.version, m.name);
            return out;
        }
        appliedChecksums.remove(m.version);
    }
    if (!appliedChecksums.isEmpty()) {
        out.message = tr("データベースにはこの kohi-admin "
                         "が知らないマイグレーション（%1）が適用されています。"
                         "新しい版の kohi-admin を使ってください。何も変更していません。")
                          .arg(QStringList(appliedChecksums.keys()).join(u", "_s));
        return out;
    }
    // A pending migration numbered below the newest applied one would run after code that was
    // written assuming it had not (e.g. a branch merged late): environments would diverge.
    for (const Migration& m : pending) {
        if (m.version < newestApplied) {
            out.message = tr("未適用のマイグレーション %1_%2 の番号が、適用済みの最新のマイグレー"
                             "ション %3 より小さいため適用できません。番号を %3 より大きくした新"
                             "しいマイグレーションにしてください。何も変更していません。")
                              .arg(m.version, m.name, newestApplied);
            pending.clear();
            return out;
        }
    }
    out.ok = true;
    return out;
}

Migrator::Outcome Migrator::status()
{
    QList<Migration> pending;
    Outcome out = check(pending);
    if (!out.ok)
        return out;
    for (const Migration& m : pending)
        out.applied << (m.version + u'_' + m.name);
    out.message = tr("適用済み %1 件、未適用 %2 件。").arg(out.alreadyApplied).arg(pending.size());
    return out;
}

Migrator::Outcome Migrator::migrate()
{
    // One migrator at a time, cluster-wide for this database.
    m_session.exec(u"SELECT pg_advisory_lock(hashtext('kohi-migrate'))"_s);
    QList<Migration> pending;
    Outcome out = check(pending);
    if (out.ok) {
        for (const Migration& m : pending) {
            QByteArray script = "BEGIN;\n";
            if (!m.asSuperuser)
                script += "SET LOCAL ROLE kohi_owner;\n";
            const PgResult begin = execScript(m_session.nativeHandle(), script);
            PgResult body = begin.ok ? execScript(m_session.nativeHandle(), m.sql) : begin;
            if (body.ok) {
                body = m_session.exec(u"RESET ROLE"_s);
            }
            if (body.ok) {
                body = m_session.exec(
                    u"INSERT INTO kohi_meta.schema_migration(version, name, checksum)"
                    " VALUES ($1, $2, $3)"_s,
                    {m.version.toUtf8(), m.name.toUtf8(), m.checksum.toUtf8()});
            }
            if (body.ok)
                body = execScript(m_session.nativeHandle(), "COMMIT");
            if (!body.ok) {
                execScript(m_session.nativeHandle(), "ROLLBACK");
                out.ok = false;
                out.message = tr("マイグレーション %1_%2 に失敗したため取り消しました: %3 %4")
                                  .arg(m.version, m.name, body.errorMessage, body.errorHint)
                                  .trimmed();
                break;
            }
            out.applied << (m.version + u'_' + m.name);
        }
        if (out.ok) {
            out.message = out.applied.isEmpty()
                              ? tr("データベースは最新です（適用済み %1 件）。変更はありません。")
                                    .arg(out.alreadyApplied)
                              : tr("%1 件のマイグレーションを適用しました: %2")
                                    .arg(out.applied.size())
                                    .arg(out.applied.join(u", "_s));
        }
    }
    m_session.exec(u"SELECT pg_advisory_unlock(hashtext('kohi-migrate'))"_s);
    return out;
}

} // namespace kohi::db
