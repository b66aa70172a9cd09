#include "db/PgParams.h"

#include <libpq-fe.h>

#include <vector>

using namespace Qt::StringLiterals;

namespace kohi::db {

QVariant PgResult::value(int row, const QString& column) const
{
    const qsizetype c = columns.indexOf(column);
    if (c < 0 || row < 0 || row >= rows.size())
        return {};
    return rows.at(row).at(c);
}

PgResult execParams(pg_conn* conn, const QString& sql, const QList<QByteArray>& params)
{
    PgResult result;
    if (!conn) {
        result.errorMessage = u"no database connection"_s;
        return result;
    }
    std::vector<const char*> values;
    std::vector<int> lengths;
    values.reserve(size_t(params.size()));
    for (const QByteArray& p : params) {
        values.push_back(p.isNull() ? nullptr : p.constData());
        lengths.push_back(int(p.size()));
    }
    const QByteArray query = sql.toUtf8();
    std::unique_ptr<PGresult, decltype(&PQclear)> res(
        PQexecParams(conn, query.constData(), int(params.size()), nullptr, values.data(),
                     lengths.data(), nullptr, 0),
        &PQclear);
    const ExecStatusType status = res ? PQresultStatus(res.get()) : PGRES_FATAL_ERROR;
    if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) {
        result.sqlState =
            res ? QString::fromUtf8(PQresultErrorField(res.get(), PG_DIAG_SQLSTATE)) : QString();
        const char* primary =
            res ? PQresultErrorField(res.get(), PG_DIAG_MESSAGE_PRIMARY) : nullptr;
        result.errorMessage = primary ? QString::fromUtf8(primary)
                                      : QString::fromUtf8(PQerrorMessage(conn)).trimmed();
        if (res)
            result.errorHint =
                QString::fromUtf8(PQresultErrorField(res.get(), PG_DIAG_MESSAGE_HINT));
        return result;
    }
    result.ok = true;
    const int nFields = PQnfields(res.get());
    const int nRows = PQntuples(res.get());
    for (int c = 0; c < nFields; ++c)
        result.columns << QString::fromUtf8(PQfname(res.get(), c));
    result.rows.reserve(nRows);
    for (int r = 0; r < nRows; ++r) {
        QList<QVariant> row;
        row.reserve(nFields);
        for (int c = 0; c < nFields; ++c) {
            if (PQgetisnull(res.get(), r, c))
                row << QVariant();
            else
                row << QString::fromUtf8(PQgetvalue(res.get(), r, c), PQgetlength(res.get(), r, c));
        }
        result.rows << row;
    }
    result.affectedRows = QByteArray(PQcmdTuples(res.get())).toLongLong();
    return result;
}

} // namespace kohi::db

namespace kohi::db {
PgResult execScript(pg_conn* conn, const QByteArray& sql)
{
    PgResult result;
    if (!conn) {
        result.errorMessage = u"no database connection"_s;
        return result;
    }
    std::unique_ptr<PGresult, decltype(&PQclear)> res(PQexec(conn, sql.constData()), &PQclear);
    const ExecStatusType status = res ? PQresultStatus(res.get()) : PGRES_FATAL_ERROR;
    if (status == PGRES_TUPLES_OK || status == PGRES_COMMAND_OK || status == PGRES_EMPTY_QUERY) {
        result.ok = true;
        return result;
    }
    if (res) {
        result.sqlState = QString::fromUtf8(PQresultErrorField(res.get(), PG_DIAG_SQLSTATE));
        result.errorMessage =
            QString::fromUtf8(PQresultErrorField(res.get(), PG_DIAG_MESSAGE_PRIMARY));
        result.errorHint = QString::fromUtf8(PQresultErrorField(res.get(), PG_DIAG_MESSAGE_HINT));
        const char* pos = PQresultErrorField(res.get(), PG_DIAG_STATEMENT_POSITION);
        if (pos) {
            const int offset = QByteArray(pos).toInt();
            const int line = int(sql.left(offset).count('\n')) + 1;
            result.errorMessage += u" (line %1)"_s.arg(line);
        }
        const char* where = PQresultErrorField(res.get(), PG_DIAG_CONTEXT);
        if (where)
            result.errorHint += QString::fromUtf8(where);
    } else {
        result.errorMessage = QString::fromUtf8(PQerrorMessage(conn)).trimmed();
    }
    return result;
}
} // namespace kohi::db
