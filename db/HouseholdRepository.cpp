#include "db/HouseholdRepository.h"

#include "db/JsonFields.h"
#include "db/Session.h"
#include "db/internal/RawSql.h"

#include <QCoreApplication>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace kohi::db {

bool HouseholdRepository::failed(const PgResult& result)
{
    if (result.ok) {
        m_error = {};
        return false;
    }
    m_error = ApiError::fromResult(result);
    return true;
}

std::optional<HouseholdRepository::SaveResult> HouseholdRepository::save(const QString& programme,
                                                                         const Household& household)
{
    const bool isNew = household.id == 0;
    const PgResult r = m_session.exec(
        u"SELECT id, version, recomputed FROM kohi_api.household_save($1::bigint, $2::int, $3,"
        " $4::jsonb)"_s,
        {isNew ? QByteArray() : QByteArray::number(household.id),
         isNew ? QByteArray() : QByteArray::number(household.version), programme.toUtf8(),
         QJsonDocument(household.toJson()).toJson(QJsonDocument::Compact)});
    if (failed(r))
        return std::nullopt;
    if (r.rows.isEmpty()) {
        m_error = ApiError::clientSide(QCoreApplication::translate(
            "kohi::db::HouseholdRepository", "保存の結果が返されませんでした。"));
        return std::nullopt;
    }
    return SaveResult{r.first(u"id"_s).toLongLong(), r.first(u"version"_s).toInt(),
                      r.first(u"recomputed"_s).toInt()};
}

std::optional<HouseholdView> HouseholdRepository::get(qint64 id)
{
    const PgResult r = m_session.exec(u"SELECT kohi_api.household_get($1::bigint) AS j"_s,
                                      {QByteArray::number(id)});
    if (failed(r))
        return std::nullopt;
    if (r.rows.isEmpty() || r.first(u"j"_s).isNull()) {
        m_error = ApiError::clientSide(QCoreApplication::translate(
            "kohi::db::HouseholdRepository",
            "世帯が見つかりません（担当の制度の世帯だけを開けます）。"));
        return std::nullopt;
    }
    const QJsonObject o = json::object(r.first(u"j"_s));
    return HouseholdView{Household::fromJson(o), o.value("computation"_L1).toObject(),
                         o.value("applications"_L1).toArray()};
}

std::optional<QList<HouseholdListItem>>
HouseholdRepository::list(const QString& programme, const QString& namePrefix, int limit)
{
    const PgResult r = m_session.exec(
        u"SELECT id, programme, name, members FROM kohi_api.household_list($1, $2, $3::int)"_s,
        {json::param(programme), json::param(namePrefix), QByteArray::number(limit)});
    if (failed(r))
        return std::nullopt;
    QList<HouseholdListItem> items;
    for (int i = 0; i < r.rows.size(); ++i)
        items << HouseholdListItem{
            r.value(i, u"id"_s).toLongLong(), r.value(i, u"programme"_s).toString(),
            r.value(i, u"name"_s).toString(), r.value(i, u"members"_s).toInt()};
    return items;
}

bool HouseholdRepository::saveMonthlyCost(qint64 recipientId, const QDate& month, int totalCost)
{
    const PgResult r = m_session.exec(
        u"SELECT kohi_api.monthly_cost_save($1::bigint, $2::date, $3::int)"_s,
        {QByteArray::number(recipientId), json::param(month), QByteArray::number(totalCost)});
    return !failed(r);
}

std::optional<QList<MonthlyCost>> HouseholdRepository::monthlyCosts(qint64 recipientId)
{
    const PgResult r = m_session.exec(u"SELECT month, total_cost, over_high_long, over_mild_high"
                                      " FROM kohi_api.monthly_cost_list($1::bigint)"_s,
                                      {QByteArray::number(recipientId)});
    if (failed(r))
        return std::nullopt;
    QList<MonthlyCost> items;
    for (int i = 0; i < r.rows.size(); ++i)
        items << MonthlyCost{r.value(i, u"month"_s).toDate(), r.value(i, u"total_cost"_s).toInt(),
                             r.value(i, u"over_high_long"_s).toString() == u"t"_s,
                             r.value(i, u"over_mild_high"_s).toString() == u"t"_s};
    return items;
}

} // namespace kohi::db
