#include "db/MunicipalityHealthCentres.h"

#include "db/Session.h"
#include "db/internal/RawSql.h"

using namespace Qt::StringLiterals;

namespace kohi::db {

bool MunicipalityHealthCentres::load(const Session& session, const QDate& date)
{
    const PgResult r = session.exec(
        u"SELECT municipality_code, municipality_name, health_centre, health_centre_name"
        " FROM kohi_api.municipality_health_centres($1::date)"_s,
        {date.isValid() ? date.toString(Qt::ISODate).toUtf8() : QByteArray()});
    if (!r.ok) {
        m_error = ApiError::fromResult(r);
        return false;
    }
    m_error = {};
    m_entries.clear();
    for (int i = 0; i < r.rows.size(); ++i)
        m_entries.insert(r.value(i, u"municipality_code"_s).toString(),
                         {r.value(i, u"municipality_name"_s).toString(),
                          r.value(i, u"health_centre"_s).toString(),
                          r.value(i, u"health_centre_name"_s).toString()});
    return true;
}

const MunicipalityHealthCentres::Entry*
MunicipalityHealthCentres::find(const QString& municipalityCode) const
{
    const auto it = m_entries.constFind(municipalityCode);
    return it == m_entries.cend() ? nullptr : &it.value();
}

} // namespace kohi::db
