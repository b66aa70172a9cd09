#pragma once

#include <QString>
#include <QStringList>

namespace kohi::db {

struct PgResult;

// Why a database call was refused: the one error type of the data layer. It carries the SQLSTATE,
// the server's own message and the operation that was attempted. Kohi's own refusals arrive in
// Japanese, written for the user (what is wrong and what to do), and are shown as they are;
// PostgreSQL's own (English) errors get a Japanese sentence, with the server text kept apart for
// diagnostics.
struct ApiError
{
    QString sqlState; // e.g. 42501 (not permitted), 40001 (changed meanwhile); empty: no server
    QString serverMessage; // the server's primary message, verbatim
    QString message;       // what to show the user (Japanese)
    QString operation;     // what was attempted, e.g. "kohi_api.audit_search" (diagnostics)

    bool isEmpty() const { return message.isEmpty(); }
    // The application was changed or decided by someone else since it was read.
    bool isConflict() const;
    bool isPermission() const { return sqlState == QLatin1String("42501"); }
    // Kohi raises several problems in one message, one per line.
    QStringList lines() const;
    // For an administrator's terminal and logs: the server's own text when there is one (it
    // never holds bound values), else the message.
    QString serverText() const { return serverMessage.isEmpty() ? message : serverMessage; }

    static ApiError fromResult(const PgResult& result, const QString& operation = {});
    static ApiError clientSide(const QString& message);
};

} // namespace kohi::db
