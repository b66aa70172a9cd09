#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QVariant>

#include <memory>

struct pg_conn;
struct pg_result;

namespace kohi::db {

// Result of one libpq call. Rows are text values (NULL is a null QVariant).
struct PgResult
{
    bool ok = false;
    QString sqlState;     // e.g. 42501 insufficient_privilege; empty when ok
    QString errorMessage; // server's message (never contains bound values)
    QString errorHint;
    QList<QString> columns;
    QList<QList<QVariant>> rows;
    qint64 affectedRows = 0;

    QVariant value(int row, const QString& column) const;
    QVariant first(const QString& column) const { return value(0, column); }
};

// Runs SQL with libpq bind parameters on an existing connection. Bound values travel in the
// protocol, not in the SQL text: use this for every secret (My Number, password), since QPSQL
// writes "prepared" values into the statement text (visible with log_statement=all).
PgResult execParams(pg_conn* conn, const QString& sql, const QList<QByteArray>& params = {});

} // namespace kohi::db

namespace kohi::db {
// Runs a multi-statement script (simple query protocol). Only for trusted, shipped SQL such as
// migrations: it takes no parameters.
PgResult execScript(pg_conn* conn, const QByteArray& sql);
} // namespace kohi::db
