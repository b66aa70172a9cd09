#pragma once

#include "db/ApiError.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace kohi::db {

class Session;

// Recipients holding a certificate valid on a date, counted by one dimension
// (kohi_api.register_statistics): programme, disease, tier or health_centre.
struct StatisticsRow
{
    QString dimension;
    QString code;
    QString label;
    qint64 recipients = 0;
};

class RegisterStatistics
{
public:
    explicit RegisterStatistics(const Session& session) : m_session(session) {}

    std::optional<QList<StatisticsRow>> counts(const QDate& date);
    const ApiError& lastError() const { return m_error; }

    static QStringList dimensions(); // programme, disease, tier, health_centre

private:
    const Session& m_session;
    ApiError m_error;
};

} // namespace kohi::db
