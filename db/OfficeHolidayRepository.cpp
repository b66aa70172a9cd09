#include "db/OfficeHolidayRepository.h"

#include "db/internal/RawSql.h"

using namespace Qt::StringLiterals;

namespace kohi::db {

bool OfficeHolidayRepository::check(const PgResult& r, const QString& operation)
{
    m_error = r.ok ? ApiError{} : ApiError::fromResult(r, operation);
    return r.ok;
}

std::optional<QList<OfficeHoliday>> OfficeHolidayRepository::recent()
{
    const PgResult r = m_session.exec(u"SELECT day::text AS day, name, confirmed"
                                      " FROM kohi.office_holiday"
                                      " WHERE day >= current_date - 31 ORDER BY day"_s);
    if (!check(r, u"kohi.office_holiday (read)"_s))
        return std::nullopt;
    QList<OfficeHoliday> days;
    for (int i = 0; i < r.rows.size(); ++i)
        days << OfficeHoliday{QDate::fromString(r.value(i, u"day"_s).toString(), Qt::ISODate),
                              r.value(i, u"name"_s).toString(),
                              r.value(i, u"confirmed"_s).toString() == u"t"_s};
    return days;
}

std::optional<qint64> OfficeHolidayRepository::add(QDate day, const QString& name)
{
    const PgResult r =
        m_session.exec(u"INSERT INTO kohi.office_holiday (day, name) VALUES ($1::date, $2)"
                       " ON CONFLICT (day) DO UPDATE SET name = EXCLUDED.name, confirmed = true"_s,
                       {day.toString(Qt::ISODate).toUtf8(), name.toUtf8()});
    if (!check(r, u"kohi.office_holiday (add)"_s))
        return std::nullopt;
    return r.affectedRows;
}

std::optional<qint64> OfficeHolidayRepository::remove(QDate day)
{
    const PgResult r = m_session.exec(u"DELETE FROM kohi.office_holiday WHERE day = $1::date"_s,
                                      {day.toString(Qt::ISODate).toUtf8()});
    if (!check(r, u"kohi.office_holiday (remove)"_s))
        return std::nullopt;
    return r.affectedRows;
}

} // namespace kohi::db
