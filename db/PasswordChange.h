#pragma once

#include <QString>

namespace kohi::db {

class Session;

struct PasswordChangeResult
{
    bool ok = false;
    QString message; // the server's Japanese message(s), one per line, never the password
    bool currentPasswordWrong = false;
    bool accountLocked = false;
};

// Changes the session user's own password through kohi_api.change_password: both passwords go
// only as bind parameters; the server checks the current one (counting failures toward
// lockout), the policy and the history.
PasswordChangeResult changeOwnPassword(const Session& session, const QString& currentPassword,
                                       const QString& newPassword);

} // namespace kohi::db
