#include "db/Household.h"

#include "db/JsonFields.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace kohi::db {

QJsonObject HouseholdMember::toJson() const
{
    QJsonObject o{{u"name"_s, name.trimmed()},
                  {u"relationship"_s, relationship.trimmed()},
                  {u"role"_s, role},
                  {u"same_insurance"_s, sameInsurance},
                  {u"insured"_s, insured},
                  {u"tax_exempt"_s, taxExempt},
                  {u"income_levy"_s, incomeLevy}};
    if (recipientId)
        o.insert(u"recipient_id"_s, *recipientId);
    if (annualIncome)
        o.insert(u"annual_income"_s, *annualIncome);
    if (otherRecipientCap)
        o.insert(u"other_recipient_cap"_s, *otherRecipientCap);
    return o;
}

HouseholdMember HouseholdMember::fromJson(const QJsonObject& o)
{
    HouseholdMember m;
    m.name = json::text(o, "name"_L1);
    m.relationship = json::text(o, "relationship"_L1);
    m.role = json::text(o, "role"_L1);
    if (const qint64 r = json::id(o, "recipient_id"_L1); r > 0)
        m.recipientId = r;
    m.sameInsurance = o.value("same_insurance"_L1).toBool(true);
    m.insured = o.value("insured"_L1).toBool();
    m.taxExempt = o.value("tax_exempt"_L1).toBool();
    m.incomeLevy = json::integer(o, "income_levy"_L1).value_or(0);
    m.annualIncome = json::integer(o, "annual_income"_L1);
    m.otherRecipientCap = json::integer(o, "other_recipient_cap"_L1);
    return m;
}

QJsonObject Household::toJson() const
{
    QJsonArray list;
    for (const HouseholdMember& m : members)
        list.append(m.toJson());
    QJsonObject o{{u"name"_s, name.trimmed()},
                  {u"insurance_kind"_s, insuranceKind},
                  {u"welfare"_s, welfare},
                  {u"members"_s, list}};
    if (!insurerNumber.trimmed().isEmpty())
        o.insert(u"insurer_number"_s, insurerNumber.trimmed());
    return o;
}

Household Household::fromJson(const QJsonObject& o)
{
    Household h;
    h.id = json::id(o, "id"_L1);
    h.version = json::integer(o, "version"_L1).value_or(0);
    h.programme = json::text(o, "programme"_L1);
    h.name = json::text(o, "name"_L1);
    h.insuranceKind = json::text(o, "insurance_kind"_L1);
    h.insurerNumber = json::text(o, "insurer_number"_L1);
    h.welfare = o.value("welfare"_L1).toBool();
    for (const QJsonValue& v : o.value("members"_L1).toArray())
        h.members << HouseholdMember::fromJson(v.toObject());
    return h;
}

} // namespace kohi::db
