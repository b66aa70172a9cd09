#include "tests/support/RawConnection.h"

#include "tests/support/TestDatabase.h"

#include <vector>

using namespace Qt::StringLiterals;

namespace kohi::test {

RawConnection::RawConnection(const QString& database, const QString& login, const QString& password)
{
    auto s = TestDatabase::instance().settings();
    s.database = database;
    m_conn = open(s, login, password);
    INFO(PQerrorMessage(m_conn));
    REQUIRE(PQstatus(m_conn) == CONNECTION_OK);
}

RawConnection::RawConnection(const db::ConnectionSettings& settings, const QString& login,
                             const QString& password)
{
    m_conn = open(settings, login, password);
    INFO(PQerrorMessage(m_conn));
    REQUIRE(PQstatus(m_conn) == CONNECTION_OK);
}

RawConnection::~RawConnection()
{
    if (m_conn)
        PQfinish(m_conn);
}

QString RawConnection::connectError(const db::ConnectionSettings& settings, const QString& login,
                                    const QString& password)
{
    PGconn* c = open(settings, login, password);
    const QString error =
        PQstatus(c) == CONNECTION_OK ? QString() : QString::fromUtf8(PQerrorMessage(c));
    PQfinish(c);
    return error;
}

PGconn* RawConnection::open(const db::ConnectionSettings& s, const QString& login,
                            const QString& password)
{
    // sslcert/sslkey always given: libpq would otherwise fall back to ~/.postgresql/.
    const QString none = u"/nonexistent/kohi-no-certificate"_s;
    const QByteArray info =
        QStringLiteral("host=%1 port=%2 dbname=%3 user=%4 sslmode=verify-full sslrootcert=%5"
                       " sslcert=%6 sslkey=%7 application_name=psql")
            .arg(s.host)
            .arg(s.port)
            .arg(s.database, login, s.sslRootCert, s.sslCert.isEmpty() ? none : s.sslCert,
                 s.sslKey.isEmpty() ? none : s.sslKey)
            .toUtf8();
    const QByteArray pw = password.toUtf8();
    const char* keys[] = {"dbname", "password", nullptr};
    const char* values[] = {info.constData(), pw.constData(), nullptr};
    return PQconnectdbParams(keys, values, 1);
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
