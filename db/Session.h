#pragma once

#include "db/ConnectionSettings.h"
#include "db/LoginFailure.h"
#include "db/PgParams.h"

#include <QSqlDatabase>
#include <QString>

namespace kohi::db {

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
    QSqlDatabase database() const;
    // The libpq connection under QPSQL, for bind-parameter calls (see PgParams.h).
    pg_conn* nativeHandle() const;
    PgResult exec(const QString& sql, const QList<QByteArray>& params = {}) const;
    // SCRAM-SHA-256 secret computed locally by libpq, so a new password need not cross the wire.
    QByteArray scramSecret(const QString& role, const QString& password) const;

private:
    ConnectionSettings m_settings;
    QString m_connectionName;
    QString m_userId;
};

} // namespace kohi::db
