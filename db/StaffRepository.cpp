#include "db/StaffRepository.h"

#include "core/session/InitialPassword.h"
#include "db/Session.h"

#include <QCoreApplication>
#include <libpq-fe.h>

using namespace Qt::StringLiterals;

namespace kohi::db {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("kohi::db::StaffRepository", text);
}

// A text[] literal for a bind parameter. Duty names are checked by the server against kohi.duty;
// quoted anyway so that no value can change the array's shape.
QByteArray textArray(const QStringList& items)
{
    QStringList quoted;
    for (QString item : items)
        quoted << u'"' + item.replace(u'\\', u"\\\\"_s).replace(u'"', u"\\\""_s) + u'"';
    return (u'{' + quoted.join(u',') + u'}').toUtf8();
}

QDateTime fromEpochMs(const QVariant& v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toString().toLongLong());
}

bool isTrue(const QVariant& v)
{
    return v.toString() == u"t"_s;
}

bool hasNonAscii(const QString& s)
{
    for (QChar c : s) {
        if (c.unicode() > 0x7f)
            return true;
    }
    return false;
}

void wipe(QByteArray& bytes)
{
    bytes.fill('\0');
}

// Ends an open or failed transaction; a no-op (and no server warning) when there is none.
void rollbackIfOpen(const Session& session)
{
    pg_conn* conn = session.nativeHandle();
    if (conn && PQtransactionStatus(conn) != PQTRANS_IDLE)
        session.exec(u"ROLLBACK"_s);
}

} // namespace

bool StaffRepository::fail(const QString& sqlState, const QString& serverMessage)
{
    m_error.sqlState = sqlState;
    m_error.serverMessage = serverMessage;
    if (hasNonAscii(serverMessage)) {
        // Kohi's own refusals are written for the user: what is wrong and what to do.
        m_error.message = serverMessage;
    } else if (sqlState == u"42501"_s) {
        m_error.message = tr("この操作を行う権限がありません。ユーザー管理者の職務が必要です。");
    } else if (sqlState.isEmpty() || sqlState.startsWith(u"08"_s) ||
               sqlState.startsWith(u"57P"_s)) {
        m_error.message = tr("データベースとの接続が切れました。ログインし直してください。");
    } else {
        m_error.message = tr("データベースでエラーが発生しました（SQLSTATE %1）。").arg(sqlState);
    }
    return false;
}

bool StaffRepository::call(const QString& sql, const QList<QByteArray>& params)
{
    m_error = {};
    const PgResult r = m_session.exec(sql, params);
    if (!r.ok)
        return fail(r.sqlState, r.errorMessage);
    return true;
}

std::optional<QList<StaffAccount>> StaffRepository::list()
{
    m_error = {};
    // Times as epoch milliseconds: independent of the session's DateStyle and TimeZone.
    const PgResult r = m_session.exec(
        u"SELECT login, display_name, array_to_string(duties, ',') AS duties, status, locked,"
        " failures, must_change_password,"
        " (extract(epoch FROM password_changed_at) * 1000)::bigint AS password_changed_at,"
        " (extract(epoch FROM last_login_at) * 1000)::bigint AS last_login_at,"
        " (extract(epoch FROM created_at) * 1000)::bigint AS created_at"
        " FROM kohi_api.user_list() ORDER BY login"_s);
    if (!r.ok) {
        fail(r.sqlState, r.errorMessage);
        return std::nullopt;
    }
    QList<StaffAccount> accounts;
    accounts.reserve(r.rows.size());
    for (int i = 0; i < r.rows.size(); ++i) {
        StaffAccount a;
        a.login = r.value(i, u"login"_s).toString();
        a.displayName = r.value(i, u"display_name"_s).toString();
        a.duties = r.value(i, u"duties"_s).toString().split(u',', Qt::SkipEmptyParts);
        a.status = r.value(i, u"status"_s).toString();
        a.locked = isTrue(r.value(i, u"locked"_s));
        a.failures = r.value(i, u"failures"_s).toInt();
        a.mustChangePassword = isTrue(r.value(i, u"must_change_password"_s));
        a.passwordChangedAt = fromEpochMs(r.value(i, u"password_changed_at"_s));
        a.lastLoginAt = fromEpochMs(r.value(i, u"last_login_at"_s));
        a.createdAt = fromEpochMs(r.value(i, u"created_at"_s));
        accounts << a;
    }
    return accounts;
}

bool StaffRepository::createWithPassword(const QString& login, const QString& displayName,
                                         const QStringList& duties, const QString& password)
{
    m_error = {};
    // Computed by libpq on this machine: the password itself never crosses the wire or reaches
    // SQL text or the server log.
    QByteArray secret = m_session.scramSecret(login, password);
    if (secret.isEmpty())
        return fail({}, tr("パスワードを処理できません。データベースとの接続を確認してください。"));
    const bool ok = call(u"SELECT kohi_api.user_create($1, $2, $3::text[], $4)"_s,
                         {login.toUtf8(), displayName.toUtf8(), textArray(duties), secret});
    wipe(secret);
    return ok;
}

std::optional<QString> StaffRepository::create(const QString& login, const QString& displayName,
                                               const QStringList& duties)
{
    // The operating system's CSPRNG; all four character kinds, so any policy accepts it.
    QString password = generateInitialPassword();
    if (!createWithPassword(login, displayName, duties, password)) {
        password.fill(u'\0');
        return std::nullopt;
    }
    return password; // the only copy: the caller shows it once and wipes it
}

bool StaffRepository::setDuties(const QString& login, const QStringList& duties)
{
    return call(u"SELECT kohi_api.user_set_duties($1, $2::text[])"_s,
                {login.toUtf8(), textArray(duties)});
}

bool StaffRepository::disable(const QString& login)
{
    return call(u"SELECT kohi_api.user_disable($1)"_s, {login.toUtf8()});
}

bool StaffRepository::enable(const QString& login)
{
    return call(u"SELECT kohi_api.user_enable($1)"_s, {login.toUtf8()});
}

std::optional<bool> StaffRepository::unlock(const QString& login)
{
    m_error = {};
    const PgResult r =
        m_session.exec(u"SELECT kohi_api.user_unlock($1) AS was_locked"_s, {login.toUtf8()});
    if (!r.ok) {
        fail(r.sqlState, r.errorMessage);
        return std::nullopt;
    }
    return isTrue(r.first(u"was_locked"_s));
}

std::optional<QString> StaffRepository::resetPassword(const QString& login)
{
    m_error = {};
    QString password = generateInitialPassword();
    QByteArray secret = m_session.scramSecret(login, password); // only the secret is sent
    if (secret.isEmpty()) {
        password.fill(u'\0');
        fail({}, tr("パスワードを処理できません。データベースとの接続を確認してください。"));
        return std::nullopt;
    }
    const bool ok =
        call(u"SELECT kohi_api.user_reset_password($1, $2)"_s, {login.toUtf8(), secret});
    wipe(secret);
    if (!ok) {
        password.fill(u'\0');
        return std::nullopt;
    }
    return password;
}

std::optional<QList<PolicySetting>> StaffRepository::settings()
{
    m_error = {};
    const PgResult r =
        m_session.exec(u"SELECT key, value, min_value, max_value, label, updated_by,"
                       " (extract(epoch FROM updated_at) * 1000)::bigint AS updated_at"
                       " FROM kohi_api.settings_list() ORDER BY key"_s);
    if (!r.ok) {
        fail(r.sqlState, r.errorMessage);
        return std::nullopt;
    }
    QList<PolicySetting> list;
    for (int i = 0; i < r.rows.size(); ++i) {
        PolicySetting s;
        s.key = r.value(i, u"key"_s).toString();
        s.value = r.value(i, u"value"_s).toInt();
        s.minValue = r.value(i, u"min_value"_s).toInt();
        s.maxValue = r.value(i, u"max_value"_s).toInt();
        s.label = r.value(i, u"label"_s).toString();
        s.updatedBy = r.value(i, u"updated_by"_s).toString();
        s.updatedAt = fromEpochMs(r.value(i, u"updated_at"_s));
        list << s;
    }
    return list;
}

bool StaffRepository::setSetting(const QString& key, int value)
{
    return call(u"SELECT kohi_api.setting_set($1, $2::int)"_s,
                {key.toUtf8(), QByteArray::number(value)});
}

bool StaffRepository::setSettings(const QList<std::pair<QString, int>>& changes)
{
    if (changes.size() == 1)
        return setSetting(changes.first().first, changes.first().second);
    if (!call(u"BEGIN"_s, {}))
        return false;
    for (const auto& [key, value] : changes) {
        if (!setSetting(key, value)) {
            rollbackIfOpen(m_session); // none of the changes happen
            return false;
        }
    }
    // The combination of settings is checked here, at commit (deferred constraint trigger).
    const bool committed = call(u"COMMIT"_s, {});
    rollbackIfOpen(m_session);
    return committed;
}

} // namespace kohi::db
