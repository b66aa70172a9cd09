#include "db/ReferenceRepository.h"

#include "db/JsonFields.h"
#include "db/Session.h"
#include "db/internal/RawSql.h"

using namespace Qt::StringLiterals;

namespace kohi::db {

namespace {

// A text[] column as PostgreSQL writes it: {54,52}.
QStringList textArray(const QString& literal)
{
    QString inner = literal;
    if (inner.startsWith(u'{') && inner.endsWith(u'}'))
        inner = inner.mid(1, inner.size() - 2);
    return inner.isEmpty() ? QStringList{} : inner.split(u',');
}

} // namespace

bool ReferenceRepository::failed(const PgResult& result)
{
    if (result.ok) {
        m_error = {};
        return false;
    }
    m_error = ApiError::fromResult(result);
    return true;
}

std::optional<QList<PostcodeTown>> ReferenceRepository::postcodeTowns(const QString& postcode)
{
    const PgResult r = m_session.exec(
        u"SELECT postcode, municipality_code, municipality_name, town, address, source"
        " FROM kohi_api.postcode_lookup($1)"_s,
        {postcode.toUtf8()});
    if (failed(r))
        return std::nullopt;
    QList<PostcodeTown> towns;
    for (int i = 0; i < r.rows.size(); ++i)
        towns << PostcodeTown{r.value(i, u"postcode"_s).toString(),
                              r.value(i, u"municipality_code"_s).toString(),
                              r.value(i, u"municipality_name"_s).toString(),
                              r.value(i, u"town"_s).toString(),
                              r.value(i, u"address"_s).toString(),
                              r.value(i, u"source"_s).toString()};
    return towns;
}

std::optional<QList<Designation>> ReferenceRepository::designations(const QDate& on)
{
    const PgResult r = m_session.exec(
        u"SELECT kind, code, name, detail, institution_code, programmes::text AS programmes,"
        " to_char(designated_from, 'YYYY-MM-DD') AS designated_from,"
        " to_char(designated_to, 'YYYY-MM-DD') AS designated_to, in_force"
        " FROM kohi_api.designations($1::date)"_s,
        {json::param(on)});
    if (failed(r))
        return std::nullopt;
    QList<Designation> items;
    for (int i = 0; i < r.rows.size(); ++i) {
        Designation d;
        d.kind = r.value(i, u"kind"_s).toString() == u"doctor"_s ? Designation::Kind::Doctor
                                                                 : Designation::Kind::Institution;
        d.code = r.value(i, u"code"_s).toString();
        d.name = r.value(i, u"name"_s).toString();
        d.detail = r.value(i, u"detail"_s).toString();
        d.institutionCode = r.value(i, u"institution_code"_s).toString();
        d.programmes = textArray(r.value(i, u"programmes"_s).toString());
        d.designatedFrom =
            QDate::fromString(r.value(i, u"designated_from"_s).toString(), Qt::ISODate);
        d.designatedTo = QDate::fromString(r.value(i, u"designated_to"_s).toString(), Qt::ISODate);
        d.inForce = r.value(i, u"in_force"_s).toString() == u"t"_s;
        items << d;
    }
    return items;
}

} // namespace kohi::db
