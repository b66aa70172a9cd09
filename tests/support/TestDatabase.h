#pragma once

#include "db/ConnectionSettings.h"
#include "db/Session.h"
// Tests attack through raw SQL, as a user with psql would.
#include "db/internal/RawSql.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <catch2/catch.hpp>
#include <memory>

// Readable QString values in Catch2's failure messages.
namespace Catch {
template <> struct StringMaker<QString>
{
    static std::string convert(const QString& s) { return '"' + s.toStdString() + '"'; }
};
} // namespace Catch

namespace kohi::test {

// The throwaway PostgreSQL 15 cluster created for this test run by scripts/test-cluster.sh
// (CTest fixture). Its KEY=value file is named by $KOHI_TEST_ENV.
class TestDatabase
{
public:
    static TestDatabase& instance();

    bool available() const { return m_available; }
    QString envFile() const { return m_envFile; }
    db::ConnectionSettings settings() const { return m_settings; }
    QString dataDirectory() const { return m_dir; }
    // Any other KEY=value of the environment file (KOHI_ADMIN_BIN, KOHI_SOURCE_DIR, ...).
    QString value(const QString& key) const { return m_values.value(key); }

    // A session as the database administrator (superuser), for setting up and inspecting.
    std::unique_ptr<db::Session> admin(const QString& database = {}) const;
    // A session as the given role with the given password.
    std::unique_ptr<db::Session> connect(const QString& role, const QString& password,
                                         db::Session::LoginResult* result = nullptr) const;

    struct Staff
    {
        QString login;
        QString password;
    };
    // Creates a staff account with a unique login (prefix + counter + random) through the real
    // API as the administrator, with the password already changed (no forced change pending).
    // A clerk duty with the approver duty is created with allow_clerk_and_approver raised for
    // that one transaction only (the server refuses the combination otherwise).
    Staff createStaff(const QString& prefix, const QStringList& duties) const;
    // A terminal certificate of its own (kohi-admin terminal issue with the cluster's CA),
    // registered in `database` (empty: the shared test database).
    struct Terminal
    {
        QString id;
        QString cert;
        QString key;
        QString serial;
    };
    Terminal issueTerminal(const QString& id, bool revealsAllowed,
                           const QString& database = {}) const;
    // These settings, presenting the given terminal's certificate instead of the run's.
    db::ConnectionSettings settingsFor(const Terminal& terminal) const;
    std::unique_ptr<db::Session> connect(const QString& role, const QString& password,
                                         const Terminal& terminal) const;
    // Registers the run's terminal certificate ("test-terminal", test-cluster.sh) in another
    // database of the cluster (FreshDatabase: migrated from nothing, so its registry is empty),
    // once its schema has the registry (0023). Written directly, so the log stays empty.
    static void registerRunTerminal(db::Session& dba);

    // user_create as the administrator on `dba`; a clerk+approver account is made with the
    // setting allow_clerk_and_approver raised only inside that transaction (0021).
    static void createAccount(db::Session& dba, const Staff& staff, const QString& name,
                              const QStringList& duties);

private:
    TestDatabase();
    bool m_available = false;
    QString m_envFile;
    QHash<QString, QString> m_values;
    QString m_dir;
    QString m_adminPassword;
    db::ConnectionSettings m_settings;
};

} // namespace kohi::test
