#include "tests/support/RawConnection.h"

#include "tests/support/TestDatabase.h"

#include <vector>

namespace kohi::test {

RawConnection::RawConnection(const QString& database, const QString& login, const QString& password)
{
    const auto s = TestDatabase::instance().settings();
    connectWith(s.host, s.port, s.sslRootCert, database, login, password);
}

RawConnection::RawConnection(const QString& host, int port, const QString& sslRootCert,
                             const QString& database, const QString& login, const QString& password)
{
    connectWith(host, port, sslRootCert, database, login, password);
}

RawConnection::~RawConnection()
{
    if (m_conn)
        PQfinish(m_conn);
}

void RawConnection::connectWith(const QString& host, int port, const QString& sslRootCert,
                                const QString& database, const QString& login,
                                const QString& password)
{
    const QByteArray info =
        QStringLiteral("host=%1 port=%2 dbname=%3 user=%4 sslmode=verify-full sslrootcert=%5"
                       " application_name=psql")
            .arg(host)
            .arg(port)
            .arg(database, login, sslRootCert)
            .toUtf8();
    const QByteArray pw = password.toUtf8();
    const char* keys[] = {"dbname", "password", nullptr};
    const char* values[] = {info.constData(), pw.constData(), nullptr};
    m_conn = PQconnectdbParams(keys, values, 1);
    INFO(PQerrorMessage(m_conn));
    REQUIRE(PQstatus(m_conn) == CONNECTION_OK);
}

void RawConnection::drop()
{
    PQfinish(m_conn);
    m_conn = nullptr;
}

ExecStatusType RawConnection::exec(const QString& sql, const QList<QByteArray>& params)
{
    std::vector<const char*> values;
    for (const QByteArray& p : params)
        values.push_back(p.isNull() ? nullptr : p.constData());
    PGresult* r = PQexecParams(m_conn, sql.toUtf8().constData(), int(values.size()), nullptr,
                               values.data(), nullptr, nullptr, 0);
    const ExecStatusType status = PQresultStatus(r);
    m_rows = PQntuples(r);
    m_firstValue =
        m_rows > 0 && PQnfields(r) > 0 ? QString::fromUtf8(PQgetvalue(r, 0, 0)) : QString();
    m_error = QString::fromUtf8(PQresultErrorMessage(r));
    m_sqlstate = QString::fromLatin1(PQresultErrorField(r, PG_DIAG_SQLSTATE));
    PQclear(r);
    return status;
}

void RawConnection::ok(const QString& sql, const QList<QByteArray>& params)
{
    const ExecStatusType st = exec(sql, params);
    INFO(sql.toStdString() << ": " << m_error.toStdString());
    REQUIRE((st == PGRES_TUPLES_OK || st == PGRES_COMMAND_OK));
}

void RawConnection::fails(const QString& sql, const QList<QByteArray>& params)
{
    const ExecStatusType st = exec(sql, params);
    INFO(sql.toStdString());
    REQUIRE(st == PGRES_FATAL_ERROR);
}

} // namespace kohi::test
