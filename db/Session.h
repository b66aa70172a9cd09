#pragma once

#include "db/ConnectionSettings.h"
#include "db/LoginFailure.h"
#include "db/PgParams.h"

#include <QSqlDatabase>
#include <QString>
#include <functional>

namespace kohi::db {

namespace internal {
// Complete only in db/internal/RawSql.h, which the data layer and the tests include and app/
// never does (tests/architecture/DataBoundaryTests.cpp): without it, the raw-SQL members below
// do not compile, so the client and kohi-admin reach the database only through db/.
struct RawSqlPermit;
} // namespace internal

// One staff member's connection to the central database, as their own PostgreSQL role over TLS.
class Session
{
public:
    explicit Session(ConnectionSettings settings);
    ~Session();
    Session(const Session&) = delete;
    Session& operator=(const Session&) = delete;

    struct LoginResult
    {
        LoginFailure failure = LoginFailure::None;
        QString message;    // Japanese, for the user
        QString serverText; // libpq's text, for diagnostics (never contains the password)
        bool ok() const { return failure == LoginFailure::None; }
    };

    // Connects as userId. An empty userId/password falls back to libpq's environment (PGUSER,
    // PGPASSFILE), which is how kohi-admin runs for the database administrator.
    LoginResult open(const QString& userId, const QString& password);
    void close();
    bool isOpen() const;

    QString userId() const { return m_userId; }
    const ConnectionSettings& settings() const { return m_settings; }
    // Raw access (db/ and tests only, see internal::RawSqlPermit above).
    template <typename Permit = internal::RawSqlPermit> QSqlDatabase database() const
    {
        static_assert(Permit::granted);
        return qtDatabase();
    }
    // The libpq connection under QPSQL, for bind-parameter calls (see PgParams.h).
    template <typename Permit = internal::RawSqlPermit> pg_conn* nativeHandle() const
    {
        static_assert(Permit::granted);
        return openHandle();
    }
    // A statement that finds the connection lost (the server died, a failover) re-establishes
    // it before returning (see reconnect()) and fails with SQLSTATE 08006: it is not repeated,
    // since it may have been carried out.
    template <typename Permit = internal::RawSqlPermit>
    PgResult exec(const QString& sql, const QList<QByteArray>& params = {}) const
    {
        static_assert(Permit::granted);
        return runSql(sql, params);
    }
    // exec(), and once more on the new connection if the first attempt lost the connection. Only
    // for statements that may safely run twice: submissions carrying an idempotency key (the
    // server returns the first result), and reads.
    template <typename Permit = internal::RawSqlPermit>
    PgResult execRetrying(const QString& sql, const QList<QByteArray>& params = {}) const
    {
        static_assert(Permit::granted);
        return runSqlRetrying(sql, params);
    }
    // Re-establishes a lost connection with the same credentials (libpq's PQreset, which tries
    // every host again and keeps the one that accepts writes), retrying for
    // settings().reconnectSeconds; then runs the reconnect handler. False if it could not.
    bool reconnect() const;
    // Runs after every successful reconnect, on the new connection (e.g. the client's
    // session_begin: the new server session is recorded like the first).
    void setReconnectHandler(std::function<void()> handler) { m_onReconnect = std::move(handler); }
    int reconnectCount() const { return m_reconnects; }
    // SCRAM-SHA-256 secret computed locally by libpq, so a new password need not cross the wire.
    QByteArray scramSecret(const QString& role, const QString& password) const;

private:
    QSqlDatabase qtDatabase() const;
    pg_conn* openHandle() const;
    PgResult runSql(const QString& sql, const QList<QByteArray>& params) const;
    PgResult runSqlRetrying(const QString& sql, const QList<QByteArray>& params) const;
    pg_conn* driverHandle() const;
    ConnectionSettings m_settings;
    QString m_connectionName;
    QString m_userId;
    std::function<void()> m_onReconnect;
    mutable bool m_reconnecting = false;
    mutable int m_reconnects = 0;
};

} // namespace kohi::db
