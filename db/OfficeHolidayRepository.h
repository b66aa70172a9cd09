#pragma once

#include "db/ApiError.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace kohi::db {

class Session;
struct PgResult;

struct OfficeHoliday
{
    QDate day;
    QString name;
    bool confirmed = false; // false: a day the server assumed, not yet confirmed by anyone
};

// The days the office is closed besides weekends (kohi.office_holiday: off-hours for the
// monitoring rules), kept by the database administrator (kohi-admin audit holidays).
class OfficeHolidayRepository
{
public:
    explicit OfficeHolidayRepository(const Session& admin) : m_session(admin) {}

    // From a month ago on, by day.
    std::optional<QList<OfficeHoliday>> recent();
    // Adds the day or renames it (and confirms it); the rows changed.
    std::optional<qint64> add(QDate day, const QString& name);
    std::optional<qint64> remove(QDate day);

    const ApiError& lastError() const { return m_error; }

private:
    bool check(const PgResult& r, const QString& operation);

    const Session& m_session;
    ApiError m_error;
};

} // namespace kohi::db
