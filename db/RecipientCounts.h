#pragma once

#include "db/ApiError.h"

#include <QList>
#include <QString>

namespace kohi::db {

class Session;

// Recipients per programme, as far as the caller's groups may see (row-level security).
struct RecipientCount
{
    QString programme;
    QString programmeName;
    qint64 recipients = 0;
};

QList<RecipientCount> fetchRecipientCounts(const Session& session, ApiError* error = nullptr);

} // namespace kohi::db
