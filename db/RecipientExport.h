#pragma once

#include "db/ApiError.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace kohi::db {

class Session;

// The rows of a recipient search with chosen fields, for a CSV (kohi_api.recipient_export).
// The server logs the export with its row count and offers no My Number field.
class RecipientExport
{
public:
    struct Search
    {
        QString kanaPrefix;
        QString recipientNumber;
        QDate birthDate;
        QString phone;
    };

    explicit RecipientExport(const Session& session) : m_session(session) {}

    std::optional<QList<QStringList>> rows(const Search& search, const QStringList& fields);
    const ApiError& lastError() const { return m_error; }

    // The fields the server offers, in its order, with their Japanese column names.
    static QStringList fields();
    static QString fieldLabel(const QString& field);

private:
    const Session& m_session;
    ApiError m_error;
};

} // namespace kohi::db
