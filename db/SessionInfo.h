#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace kohi::db {

class Session;

// Who is logged in and where, as the *database* says (never taken from the client's config).
struct SessionInfo
{
    QString login;
    QString displayName;
    QStringList duties;     // duty role names, e.g. kohi_clerk_nanbyo
    QStringList programmes; // 法別番号 the caller may see, e.g. "54"
    QString environmentName;
    QString environmentKind; // production | acceptance | training | development | demo
    bool passwordChangeRequired = false;
    QString passwordChangeReason;   // "initial" | "expired" | "reset" | empty
    int passwordExpiresInDays = -1; // -1: no expiry
    int idleLockMinutes = 5;        // server setting: lock screen after this much inactivity
    int idleLogoutMinutes = 30;     // server setting: close the session after this much
    QString error;

    bool isValid() const { return error.isEmpty() && !login.isEmpty(); }
    static SessionInfo fetch(const Session& session);
};

// Records the terminal and the login in the access log; returns an error text or empty.
QString beginClientSession(const Session& session);

// Records an idle lock/unlock/logout of the client in the access log (best effort: a failure
// here must not keep a lock screen from appearing).
void recordSessionEvent(const Session& session, const QString& event);

// Failed unlock attempts the caller has left before the server locks the account; nullopt when
// the server does not count failures or the question could not be answered.
std::optional<int> unlockAttemptsLeft(const Session& session);

// Japanese label of a duty role, for display.
QString dutyLabel(const QString& dutyRole);
QString environmentKindLabel(const QString& kind);

} // namespace kohi::db
