#include "db/StaffRepository.h"

#include "db/Session.h"
#include "db/internal/RawSql.h"

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

std::optional<CreatedAccount>
StaffRepository::create(const QString& login, const QString& displayName, const QStringList& duties)
{
    m_error = {};
    const PgResult r =
        m_session.exec(u"SELECT initial_password, proposal_id,"
                       " (extract(epoch FROM expires_at) * 1000)::bigint AS expires_at"
                       " FROM kohi_api.user_create($1, $2, $3::text[])"_s,
                       {login.toUtf8(), displayName.toUtf8(), textArray(duties)});
    if (!r.ok) {
        fail(r.sqlState, r.errorMessage);
        return std::nullopt;
    }
    CreatedAccount created;
    created.initialPassword = r.first(u"initial_password"_s).toString(); // the only copy
    created.proposalId = r.first(u"proposal_id"_s).toLongLong();
    created.expiresAt = fromEpochMs(r.first(u"expires_at"_s));
    return created;
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
    const PgResult r =
        m_session.exec(u"SELECT kohi_api.user_reset_password($1) AS password"_s, {login.toUtf8()});
    if (!r.ok) {
        fail(r.sqlState, r.errorMessage);
        return std::nullopt;
    }
    return r.first(u"password"_s).toString(); // the only copy: shown once, then wiped
}

std::optional<qint64> StaffRepository::proposeDuties(const QString& login,
                                                     const QStringList& duties,
                                                     const QString& reason)
{
    m_error = {};
    const PgResult r = m_session.exec(
        u"SELECT proposal_id FROM kohi_api.staff_propose_duties($1, $2::text[], $3)"_s,
        {login.toUtf8(), textArray(duties), reason.isEmpty() ? QByteArray() : reason.toUtf8()});
    if (!r.ok) {
        fail(r.sqlState, r.errorMessage);
        return std::nullopt;
    }
    return r.first(u"proposal_id"_s).toLongLong();
}

std::optional<qint64> StaffRepository::proposeReset(const QString& login, const QString& reason)
{
    m_error = {};
    const PgResult r =
        m_session.exec(u"SELECT proposal_id FROM kohi_api.staff_propose_reset($1, $2)"_s,
                       {login.toUtf8(), reason.isEmpty() ? QByteArray() : reason.toUtf8()});
    if (!r.ok) {
        fail(r.sqlState, r.errorMessage);
        return std::nullopt;
    }
    return r.first(u"proposal_id"_s).toLongLong();
}

std::optional<QList<StaffProposal>> StaffRepository::proposals(bool includeClosed)
{
    m_error = {};
    const PgResult r = m_session.exec(
        u"SELECT proposal_id, kind, kind_label, login, display_name,"
        " array_to_string(duties_before, ',') AS duties_before,"
        " array_to_string(duties_after, ',') AS duties_after, issue_password, reason,"
        " proposed_by, (extract(epoch FROM proposed_at) * 1000)::bigint AS proposed_at,"
        " (extract(epoch FROM expires_at) * 1000)::bigint AS expires_at, state, state_label,"
        " decided_by, (extract(epoch FROM decided_at) * 1000)::bigint AS decided_at,"
        " decision_note, may_approve FROM kohi_api.staff_proposals($1)"_s,
        {includeClosed ? "true" : "false"});
    if (!r.ok) {
        fail(r.sqlState, r.errorMessage);
        return std::nullopt;
    }
    QList<StaffProposal> list;
    for (int i = 0; i < r.rows.size(); ++i) {
        StaffProposal p;
        p.id = r.value(i, u"proposal_id"_s).toLongLong();
        p.kind = r.value(i, u"kind"_s).toString();
        p.kindLabel = r.value(i, u"kind_label"_s).toString();
        p.login = r.value(i, u"login"_s).toString();
        p.displayName = r.value(i, u"display_name"_s).toString();
        p.dutiesBefore = r.value(i, u"duties_before"_s).toString().split(u',', Qt::SkipEmptyParts);
        p.dutiesAfter = r.value(i, u"duties_after"_s).toString().split(u',', Qt::SkipEmptyParts);
        p.issuePassword = isTrue(r.value(i, u"issue_password"_s));
        p.reason = r.value(i, u"reason"_s).toString();
        p.proposedBy = r.value(i, u"proposed_by"_s).toString();
        p.proposedAt = fromEpochMs(r.value(i, u"proposed_at"_s));
        p.expiresAt = fromEpochMs(r.value(i, u"expires_at"_s));
        p.state = r.value(i, u"state"_s).toString();
        p.stateLabel = r.value(i, u"state_label"_s).toString();
        p.decidedBy = r.value(i, u"decided_by"_s).toString();
        p.decidedAt = fromEpochMs(r.value(i, u"decided_at"_s));
        p.decisionNote = r.value(i, u"decision_note"_s).toString();
        p.mayApprove = isTrue(r.value(i, u"may_approve"_s));
        list << p;
    }
    return list;
}

std::optional<StaffApproval> StaffRepository::approve(qint64 proposalId, const QString& note)
{
    m_error = {};
    const PgResult r = m_session.exec(
        u"SELECT proposal_id, kind, login, array_to_string(duties, ',') AS duties,"
        " initial_password FROM kohi_api.staff_approve($1, $2)"_s,
        {QByteArray::number(proposalId), note.isEmpty() ? QByteArray() : note.toUtf8()});
    if (!r.ok) {
        fail(r.sqlState, r.errorMessage);
        return std::nullopt;
    }
    StaffApproval a;
    a.proposalId = r.first(u"proposal_id"_s).toLongLong();
    a.kind = r.first(u"kind"_s).toString();
    a.login = r.first(u"login"_s).toString();
    a.duties = r.first(u"duties"_s).toString().split(u',', Qt::SkipEmptyParts);
    a.initialPassword = r.first(u"initial_password"_s).toString(); // the only copy
    return a;
}

std::optional<QString> StaffRepository::reject(qint64 proposalId, const QString& note)
{
    m_error = {};
    const PgResult r = m_session.exec(
        u"SELECT kohi_api.staff_reject($1, $2) AS outcome"_s,
        {QByteArray::number(proposalId), note.isEmpty() ? QByteArray() : note.toUtf8()});
    if (!r.ok) {
        fail(r.sqlState, r.errorMessage);
        return std::nullopt;
    }
    return r.first(u"outcome"_s).toString();
}

bool StaffRepository::needsApproval(const QStringList& before, const QStringList& after)
{
    // The server's list (kohi.duty_needs_approval); the server decides, this only picks the call.
    static const QStringList privileged{u"kohi_approver"_s, u"kohi_mynumber_viewer"_s,
                                        u"kohi_auditor"_s, u"kohi_user_admin"_s};
    for (const QString& d : after) {
        if (privileged.contains(d) && !before.contains(d))
            return true;
    }
    return false;
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
