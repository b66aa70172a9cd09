#pragma once

#include "db/ConnectionSettings.h"
#include "db/Session.h"
// Tests attack through raw SQL, as a user with psql would.
#include "db/internal/RawSql.h"
#include "tests/support/PrivateCluster.h"

#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <memory>

namespace kohi::test {

// A primary (PrivateCluster: migrated, the extension preloaded) with a synchronous streaming
// standby on loopback (scripts/localdb.sh standby --sync), and a 難病 clerk whose client
// settings name both servers. Both clusters are removed when the object goes.
class FailoverPair
{
public:
    FailoverPair();
    ~FailoverPair();
    FailoverPair(const FailoverPair&) = delete;
    FailoverPair& operator=(const FailoverPair&) = delete;

    static const QString clerkLogin;
    static const QString clerkPassword;

    int primaryPort() const { return m_primaryPort; }
    int standbyPort() const { return m_standbyPort; }
    // Both hosts, as a terminal's kohi.ini would name them.
    db::ConnectionSettings bothServers() const;
    // Kills the primary (immediate shutdown, as a crash) and, a second later, promotes the
    // standby, in another process: the client is not told.
    void startFailover();
    void waitForFailover();
    // The database administrator on the promoted standby.
    std::unique_ptr<db::Session> promotedDba() const;
    // kohi-admin audit verify on the promoted standby: exit code, output in *out.
    int verifyAuditOnPromoted(QString* out) const;

private:
    PrivateCluster m_primary;
    QTemporaryDir m_standbyParent{QStringLiteral("/tmp/kohi-standby-XXXXXX")};
    QString m_standbyDir;
    int m_primaryPort = 0;
    int m_standbyPort = 0;
    QProcess m_failover;
};

} // namespace kohi::test
