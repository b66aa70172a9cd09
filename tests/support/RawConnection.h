#pragma once

#include "db/ConnectionSettings.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <libpq-fe.h>

namespace kohi::test {

// A psql-like connection: libpq, the role's own password, nothing of Kohi's client code. For
// attacks made the way an insider with psql would make them.
class RawConnection
{
public:
    // A database of the shared test cluster, presenting the run's terminal certificate.
    RawConnection(const QString& database, const QString& login, const QString& password);
    // Any server (e.g. a private cluster) and terminal certificate, as the settings say.
    RawConnection(const db::ConnectionSettings& settings, const QString& login,
                  const QString& password);
    // Why a connection with these settings fails (libpq's text), or empty when it succeeds.
    static QString connectError(const db::ConnectionSettings& settings, const QString& login,
                                const QString& password);
    ~RawConnection();
    RawConnection(const RawConnection&) = delete;
    RawConnection& operator=(const RawConnection&) = delete;

    PGconn* conn() const { return m_conn; }
    // Drops the connection at once (as a crashed or killed client would).
    void drop();

    // Runs one statement; returns the result status and keeps the row count and error.
    ExecStatusType exec(const QString& sql, const QList<QByteArray>& params = {});
    // REQUIREs success / failure of one statement.
    void ok(const QString& sql, const QList<QByteArray>& params = {});
    void fails(const QString& sql, const QList<QByteArray>& params = {});
    int rows() const { return m_rows; }
    QString value() const { return m_firstValue; } // first column of the first row
    QString sqlstate() const { return m_sqlstate; }
    QString error() const { return m_error; }

private:
    static PGconn* open(const db::ConnectionSettings& settings, const QString& login,
                        const QString& password);
    PGconn* m_conn = nullptr;
    int m_rows = 0;
    QString m_firstValue;
    QString m_error;
    QString m_sqlstate;
};

} // namespace kohi::test
