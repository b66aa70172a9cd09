#pragma once

#include "db/ConnectionSettings.h"
#include "db/Session.h"
// Tests attack through raw SQL, as a user with psql would.
#include "db/internal/RawSql.h"

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <memory>

namespace kohi::test {

// A throwaway cluster of its own (scripts/localdb.sh, the kohi_auth extension preloaded,
// migrated, environment "development"), for tests that restart or crash the server. Removed
// when the object goes.
class PrivateCluster
{
public:
    explicit PrivateCluster(const QString& environmentName);
    ~PrivateCluster();
    PrivateCluster(const PrivateCluster&) = delete;
    PrivateCluster& operator=(const PrivateCluster&) = delete;

    db::ConnectionSettings settings() const { return m_settings; }
    QProcessEnvironment environment() const { return m_env; }
    // kohi-admin as the database administrator; REQUIREs success; returns stdout + stderr.
    QString admin(const QStringList& args, const QByteArray& input = {});
    // kohi-admin as the database administrator, success or not: the exit code, and stdout +
    // stderr in *output.
    int tryAdmin(const QStringList& args, QString* output);
    // The cluster's folder (data/, secrets/mynumber-hmac.key, tls/, …).
    QString directory() const { return m_dir; }
    std::unique_ptr<db::Session> dba() const;
    QString dbaPassword() const { return m_dbaPassword; }
    void restart();
    // Blocks until the server accepts connections again (after a crash restart).
    void waitUntilReady();
    db::Session::LoginResult login(const QString& user, const QString& password) const;

private:
    QTemporaryDir m_parent{QStringLiteral("/tmp/kohi-private-XXXXXX")};
    QString m_dir;
    QString m_script;
    QProcessEnvironment m_env = QProcessEnvironment::systemEnvironment();
    db::ConnectionSettings m_settings;
    QString m_dbaPassword;
};

} // namespace kohi::test
