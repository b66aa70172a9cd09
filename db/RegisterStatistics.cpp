#include "db/RegisterStatistics.h"

#include "db/Session.h"
#include "db/internal/RawSql.h"

using namespace Qt::StringLiterals;

namespace kohi::db {

QStringList RegisterStatistics::dimensions()
{
    return {u"programme"_s, u"disease"_s, u"tier"_s, u"health_centre"_s};
}

std::optional<QList<StatisticsRow>> RegisterStatistics::counts(const QDate& date)
{
    const PgResult r =
        m_session.exec(u"SELECT * FROM kohi_api.register_statistics($1::date)"_s,
                       {date.isValid() ? date.toString(Qt::ISODate).toUtf8() : QByteArray()});
    if (!r.ok) {
        m_error = ApiError::fromResult(r);
        return std::nullopt;
    }
    m_error = {};
    QList<StatisticsRow> rows;
    for (int i = 0; i < r.rows.size(); ++i)
        rows << StatisticsRow{r.value(i, u"dimension"_s).toString(),
                              r.value(i, u"code"_s).toString(), r.value(i, u"label"_s).toString(),
                              r.value(i, u"recipients"_s).toLongLong()};
    return rows;
}

} // namespace kohi::db
