#include "db/SessionInfo.h"

#include "db/Session.h"
#include "db/internal/RawSql.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace kohi::db {

namespace {
QStringList parseTextArray(const QString& literal)
{
    // Arrays come back as {a,b}; our role names and codes never need quoting.
    QString inner = literal;
    if (inner.startsWith(u'{') && inner.endsWith(u'}'))
        inner = inner.mid(1, inner.size() - 2);
    return inner.isEmpty() ? QStringList() : inner.split(u',');
}
} // namespace

SessionInfo SessionInfo::fetch(const Session& session)
{
    SessionInfo info;
    const PgResult r = session.exec(
        u"SELECT login, display_name, duties, programmes, environment_name, environment_kind,"
        " password_change_required, password_change_reason, password_expires_in_days,"
        " idle_lock_minutes, idle_logout_minutes FROM kohi_api.session_info()"_s);
    if (!r.ok || r.rows.isEmpty()) {
        info.error = r.errorMessage.isEmpty() ? u"session_info returned no row"_s : r.errorMessage;
        return info;
    }
    info.login = r.first(u"login"_s).toString();
    info.displayName = r.first(u"display_name"_s).toString();
    info.duties = parseTextArray(r.first(u"duties"_s).toString());
    info.programmes = parseTextArray(r.first(u"programmes"_s).toString());
    info.environmentName = r.first(u"environment_name"_s).toString();
    info.environmentKind = r.first(u"environment_kind"_s).toString();
    info.passwordChangeRequired = r.first(u"password_change_required"_s).toString() == u"t"_s;
    info.passwordChangeReason = r.first(u"password_change_reason"_s).toString();
    info.passwordExpiresInDays = r.first(u"password_expires_in_days"_s).toInt();
    info.idleLockMinutes = r.first(u"idle_lock_minutes"_s).toInt();
    info.idleLogoutMinutes = r.first(u"idle_logout_minutes"_s).toInt();
    return info;
}

QString beginClientSession(const Session& session)
{
    const PgResult r = session.exec(u"SELECT kohi_api.session_begin($1)"_s,
                                    {session.settings().terminalId.toUtf8()});
    return r.ok ? QString() : r.errorMessage;
}

void recordSessionEvent(const Session& session, const QString& event)
{
    session.exec(u"SELECT kohi_api.session_event($1)"_s, {event.toUtf8()});
}

std::optional<int> unlockAttemptsLeft(const Session& session)
{
    const auto r = session.exec(u"SELECT kohi_api.unlock_attempts_left() AS attempts"_s);
    if (!r.ok || r.rows.isEmpty() || r.value(0, u"attempts"_s).isNull())
        return std::nullopt;
    return r.value(0, u"attempts"_s).toInt();
}

QString dutyLabel(const QString& duty)
{
    const char* ctx = "kohi::db::Duty";
    if (duty == u"kohi_clerk_nanbyo"_s)
        return QCoreApplication::translate(ctx, "難病認定G 担当");
    if (duty == u"kohi_clerk_boshi"_s)
        return QCoreApplication::translate(ctx, "母子G 担当");
    if (duty == u"kohi_approver"_s)
        return QCoreApplication::translate(ctx, "承認者");
    if (duty == u"kohi_mynumber_viewer"_s)
        return QCoreApplication::translate(ctx, "個人番号閲覧者");
    if (duty == u"kohi_auditor"_s)
        return QCoreApplication::translate(ctx, "監査担当");
    if (duty == u"kohi_user_admin"_s)
        return QCoreApplication::translate(ctx, "ユーザー管理者");
    return duty;
}

QString environmentKindLabel(const QString& kind)
{
    const char* ctx = "kohi::db::Environment";
    if (kind == u"production"_s)
        return QCoreApplication::translate(ctx, "本番環境");
    if (kind == u"acceptance"_s)
        return QCoreApplication::translate(ctx, "検証環境");
    if (kind == u"training"_s)
        return QCoreApplication::translate(ctx, "研修環境");
    if (kind == u"development"_s)
        return QCoreApplication::translate(ctx, "開発環境");
    if (kind == u"demo"_s)
        return QCoreApplication::translate(ctx, "デモ環境");
    return QCoreApplication::translate(ctx, "環境未設定");
}

} // namespace kohi::db
