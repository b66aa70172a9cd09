#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>
#include <utility>

namespace kohi::db {

class Session;

// One staff account as kohi_api.user_list() reports it.
struct StaffAccount
{
    QString login;
    QString displayName;
    QStringList duties; // duty role names, e.g. kohi_clerk_nanbyo
    QString status;     // "active" | "disabled"
    bool locked = false;
    int failures = 0;
    bool mustChangePassword = false;
    QDateTime passwordChangedAt; // invalid: never
    QDateTime lastLoginAt;       // invalid: never logged in
    QDateTime createdAt;

    bool isActive() const { return status == QLatin1String("active"); }
};

// One password-policy or idle-time setting (kohi_api.settings_list()); the server enforces the
// range and the combination.
struct PolicySetting
{
    QString key;
    int value = 0;
    int minValue = 0;
    int maxValue = 0;
    QString label; // Japanese, from the server
    QDateTime updatedAt;
    QString updatedBy;
};

// Why a call was refused. Kohi's own refusals arrive in Japanese and are shown as they are;
// PostgreSQL's own (English) errors get a Japanese sentence with the server text kept apart.
struct StaffError
{
    QString sqlState;      // e.g. 42501 (not permitted), 22023 (invalid value); empty: no server
    QString serverMessage; // the server's primary message, verbatim
    QString message;       // what to show the user (Japanese)
};

// The user-administration API (kohi_api.user_* and settings_*) as typed calls. Every rule
// (who may, separation of duties, last administrator, ranges) is the server's; this class only
// transports. Secrets: the initial password is generated here, only its SCRAM secret is sent,
// and the plaintext is returned once to the caller, who shows it and forgets it.
class StaffRepository
{
public:
    explicit StaffRepository(const Session& session) : m_session(session) {}

    std::optional<QList<StaffAccount>> list();

    // Creates the account with a generated initial password (change forced at first login) and
    // returns that password: the only copy Kohi ever has.
    std::optional<QString> create(const QString& login, const QString& displayName,
                                  const QStringList& duties);
    // As create(), with a password chosen by the operator (kohi-admin --password-stdin).
    bool createWithPassword(const QString& login, const QString& displayName,
                            const QStringList& duties, const QString& password);
    bool setDuties(const QString& login, const QStringList& duties);
    bool disable(const QString& login);
    bool enable(const QString& login);
    // Returns whether the account was locked; nullopt on refusal.
    std::optional<bool> unlock(const QString& login);
    // A new initial password, returned once; the user must change it at the next login.
    std::optional<QString> resetPassword(const QString& login);

    std::optional<QList<PolicySetting>> settings();
    bool setSetting(const QString& key, int value);
    // Several settings in one transaction: the server checks the combination at commit, so
    // either all of them change or none.
    bool setSettings(const QList<std::pair<QString, int>>& changes);

    const StaffError& lastError() const { return m_error; }

private:
    bool call(const QString& sql, const QList<QByteArray>& params);
    bool fail(const QString& sqlState, const QString& serverMessage);

    const Session& m_session;
    StaffError m_error;
};

} // namespace kohi::db
