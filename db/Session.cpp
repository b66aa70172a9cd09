#include "db/Session.h"

#include "db/LoginFailure.h"
#include "db/internal/RawSql.h"

#include <QAtomicInt>
#include <QDeadlineTimer>
#include <QSqlDriver>
#include <QSqlError>
#include <QThread>
#include <QVariant>
#include <libpq-fe.h>

using namespace Qt::StringLiterals;

namespace kohi::db {

namespace {
QAtomicInt connectionCounter;
}

Session::Session(ConnectionSettings settings)
    : m_settings(std::move(settings)),
      m_connectionName(u"kohi-session-%1"_s.arg(connectionCounter.fetchAndAddRelaxed(1)))
{
}

Session::~Session()
{
    close();
}

Session::LoginResult Session::open(const QString& userId, const QString& password)
{
    close();
    LoginResult result;
    if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_s)) {
        result.failure = LoginFailure::Configuration;
        result.message = loginFailureMessage(result.failure);
        result.serverText = u"QPSQL driver not available"_s;
        return result;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, m_connectionName);
    db.setHostName(m_settings.host);
    db.setPort(m_settings.port);
    db.setDatabaseName(m_settings.database);
    db.setConnectOptions(m_settings.connectOptions());
    if (!userId.isEmpty())
        db.setUserName(userId);
    if (!password.isEmpty())
        db.setPassword(password);
    const bool opened = db.open();
    db.setPassword(QString()); // do not keep the password in the driver's memory
    if (!opened) {
        result.serverText = db.lastError().databaseText().trimmed();
        if (result.serverText.isEmpty())
            result.serverText = db.lastError().text();
        result.failure = classifyConnectionError(result.serverText);
        result.message = loginFailureMessage(result.failure);
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
        return result;
    }
    m_userId = exec(u"SELECT session_user::text AS u"_s).first(u"u"_s).toString();
    return result;
}

void Session::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_userId.clear();
}

bool Session::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) &&
           QSqlDatabase::database(m_connectionName, false).isOpen();
}

QSqlDatabase Session::qtDatabase() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

pg_conn* Session::openHandle() const
{
    if (!isOpen())
        return nullptr;
    return driverHandle();
}

pg_conn* Session::driverHandle() const
{
    // Also while the connection is lost (QPSQL's isOpen() is then false): reconnect() resets it.
    if (!QSqlDatabase::contains(m_connectionName))
        return nullptr;
    const QVariant handle = database().driver()->handle();
    if (qstrcmp(handle.typeName(), "PGconn*") != 0 && qstrcmp(handle.typeName(), "pg_conn*") != 0)
        return nullptr;
    return *static_cast<pg_conn* const*>(handle.data());
}

PgResult Session::runSql(const QString& sql, const QList<QByteArray>& params) const
{
    // Lost earlier and not re-established then (the servers were down longer than
    // reconnectSeconds): try again now, for this statement.
    if (pg_conn* lost = driverHandle(); lost && PQstatus(lost) == CONNECTION_BAD && !m_reconnecting)
        reconnect();
    pg_conn* conn = nativeHandle();
    const bool inTransaction = conn && (PQtransactionStatus(conn) == PQTRANS_INTRANS ||
                                        PQtransactionStatus(conn) == PQTRANS_INERROR);
    PgResult r = execParams(conn, sql, params);
    // A server shutting down (57P01–57P03) says so before the socket closes: the connection is
    // as good as lost even while libpq still reports it open.
    const bool shutDown =
        r.sqlState == u"57P01"_s || r.sqlState == u"57P02"_s || r.sqlState == u"57P03"_s;
    if (r.ok || !conn || (PQstatus(conn) != CONNECTION_BAD && !shutDown) || m_reconnecting)
        return r;
    // The server's idle backstops end a session on purpose: the user logs in again.
    if (r.sqlState == u"57P05"_s || r.sqlState == u"25P03"_s)
        return r;
    if (reconnect() && inTransaction) {
        // The caller's transaction died with the old connection. The new one is put into a
        // failed transaction, so that the caller's next statements fail (25P02) until its
        // ROLLBACK instead of running one by one outside any transaction.
        execParams(conn, u"BEGIN"_s);
        execParams(conn, u"DO $$BEGIN RAISE EXCEPTION 'transaction lost with the connection'"
                         " USING ERRCODE = '08006'; END$$"_s);
    }
    // Connection failures come without a SQLSTATE from libpq: name them (connection_failure).
    if (r.sqlState.isEmpty() || r.sqlState.startsWith(u"57P"_s))
        r.sqlState = u"08006"_s;
    return r;
}

PgResult Session::runSqlRetrying(const QString& sql, const QList<QByteArray>& params) const
{
    const int before = m_reconnects;
    PgResult r = exec(sql, params);
    if (!r.ok && r.sqlState == u"08006"_s && m_reconnects > before)
        r = exec(sql, params);
    return r;
}

bool Session::reconnect() const
{
    pg_conn* conn = driverHandle();
    if (!conn || m_reconnecting)
        return false;
    m_reconnecting = true;
    const QDeadlineTimer deadline(qint64(m_settings.reconnectSeconds) * 1000);
    bool ok = false;
    while (true) {
        PQreset(conn); // same parameters and credentials as the first connection, every host
        if (PQstatus(conn) == CONNECTION_OK) {
            ok = true;
            break;
        }
        // Security: a refused login (the password was reset meanwhile, the account was locked)
        // is not tried again: every try would count as a failed login towards the lockout.
        // Anything else (servers down, starting, in recovery, read-only while a standby is
        // promoted, a connection cut mid-handshake) is waited for.
        const LoginFailure why = classifyConnectionError(QString::fromUtf8(PQerrorMessage(conn)));
        if (why == LoginFailure::WrongCredentials || why == LoginFailure::AccountLocked ||
            deadline.hasExpired())
            break;
        QThread::msleep(250);
    }
    if (ok) {
        ++m_reconnects;
        // What QPSQL set when it opened the connection, lost with the old server session.
        execParams(conn, u"SET datestyle TO 'ISO'"_s);
        execParams(conn, u"SET client_encoding TO 'UTF8'"_s);
        if (m_onReconnect)
            m_onReconnect();
    }
    m_reconnecting = false;
    return ok;
}

} // namespace kohi::db

namespace kohi::db {
QByteArray Session::scramSecret(const QString& role, const QString& password) const
{
    pg_conn* conn = nativeHandle();
    if (!conn)
        return {};
    QByteArray pw = password.toUtf8();
    char* secret =
        PQencryptPasswordConn(conn, pw.constData(), role.toUtf8().constData(), "scram-sha-256");
    pw.fill('\0'); // do not leave a copy of the password behind
    if (!secret)
        return {};
    QByteArray result(secret);
    PQfreemem(secret);
    return result;
}
} // namespace kohi::db
