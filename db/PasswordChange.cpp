#include "db/PasswordChange.h"

#include "db/Session.h"
#include "db/internal/RawSql.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace kohi::db {

PasswordChangeResult changeOwnPassword(const Session& session, const QString& currentPassword,
                                       const QString& newPassword)
{
    QByteArray current = currentPassword.toUtf8();
    QByteArray next = newPassword.toUtf8();
    const PgResult r = session.exec(u"SELECT kohi_api.change_password($1, $2)"_s, {current, next});
    current.fill('\0'); // no copies of either password left behind
    next.fill('\0');
    PasswordChangeResult result;
    result.ok = r.ok;
    if (r.ok)
        return result;
    result.currentPasswordWrong = r.sqlState == u"28P01"_s;
    result.accountLocked = r.sqlState == u"28000"_s;
    if (result.accountLocked)
        result.message = QCoreApplication::translate(
            "kohi::db::PasswordChange", "パスワードの誤りが続いたためアカウントがロックされました。"
                                        "ユーザー管理者に解除を依頼してください。");
    else if (r.sqlState == u"28P01"_s || r.sqlState == u"22023"_s || r.sqlState == u"42501"_s)
        result.message = r.errorMessage;
    else
        result.message = QCoreApplication::translate("kohi::db::PasswordChange",
                                                     "パスワードを変更できませんでした（%1）。")
                             .arg(r.sqlState);
    return result;
}

} // namespace kohi::db
