#include "db/ApplicationForm.h"

#include "db/JsonFields.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace kohi::db {

namespace {

void putText(QJsonObject& o, const QString& key, const QString& value)
{
    const QString trimmed = value.trimmed();
    if (!trimmed.isEmpty())
        o.insert(key, trimmed);
}

void putDate(QJsonObject& o, const QString& key, const QDate& value)
{
    if (value.isValid())
        o.insert(key, value.toString(Qt::ISODate));
}

} // namespace

QJsonObject ApplicationForm::toJson() const
{
    QJsonObject o;
    putText(o, u"family_name"_s, familyName);
    putText(o, u"given_name"_s, givenName);
    putText(o, u"family_name_kana"_s, familyNameKana);
    putText(o, u"given_name_kana"_s, givenNameKana);
    putDate(o, u"birth_date"_s, birthDate);
    if (sex == 1 || sex == 2)
        o.insert(u"sex"_s, sex);
    putText(o, u"postal_code"_s, postalCode);
    putText(o, u"address"_s, address);
    putText(o, u"municipality_code"_s, municipalityCode);
    putText(o, u"phone"_s, phone);
    putText(o, u"guardian_name"_s, guardianName);
    putText(o, u"guardian_kana"_s, guardianKana);
    putText(o, u"guardian_relationship"_s, guardianRelationship);
    putText(o, u"insurer_number"_s, insurerNumber);
    putText(o, u"insurance_symbol"_s, insuranceSymbol);
    putText(o, u"insurance_number"_s, insuranceNumber);
    putDate(o, u"received_date"_s, receivedDate);
    putText(o, u"health_centre"_s, healthCentre);
    o.insert(u"documents"_s, QJsonArray::fromStringList(documents));
    putText(o, u"disease_code"_s, diseaseCode);
    putText(o, u"income_tier"_s, incomeTier);
    putText(o, u"special_case"_s, specialCase);
    o.insert(u"household_members"_s, householdMembers);
    o.insert(u"household_recipients"_s, householdRecipients);
    putDate(o, u"valid_from"_s, validFrom);
    putDate(o, u"valid_to"_s, validTo);
    putText(o, u"backdate_reason"_s, backdateReason);
    putDate(o, u"diagnosis_date"_s, diagnosisDate);
    if (householdId)
        o.insert(u"household_id"_s, *householdId);
    // Always sent: clearing the reason withdraws the override.
    if (householdId && *householdId > 0)
        o.insert(u"tier_override_reason"_s, tierOverrideReason.trimmed());
    return o;
}

ApplicationForm ApplicationForm::fromJson(const QJsonObject& a, const QJsonObject& r)
{
    ApplicationForm f;
    f.familyName = json::text(r, "family_name"_L1);
    f.givenName = json::text(r, "given_name"_L1);
    f.familyNameKana = json::text(r, "family_name_kana"_L1);
    f.givenNameKana = json::text(r, "given_name_kana"_L1);
    f.birthDate = json::date(r, "birth_date"_L1);
    f.sex = json::integer(r, "sex"_L1).value_or(0);
    f.postalCode = json::text(r, "postal_code"_L1);
    f.address = json::text(r, "address"_L1);
    f.municipalityCode = json::text(r, "municipality_code"_L1);
    f.phone = json::text(r, "phone"_L1);
    f.guardianName = json::text(r, "guardian_name"_L1);
    f.guardianKana = json::text(r, "guardian_kana"_L1);
    f.guardianRelationship = json::text(r, "guardian_relationship"_L1);
    f.insurerNumber = json::text(r, "insurer_number"_L1);
    f.insuranceSymbol = json::text(r, "insurance_symbol"_L1);
    f.insuranceNumber = json::text(r, "insurance_number"_L1);
    f.receivedDate = json::date(a, "received_date"_L1);
    f.healthCentre = json::text(a, "health_centre"_L1);
    for (const QJsonValue& d : a.value("documents"_L1).toArray())
        f.documents << d.toString();
    f.diseaseCode = json::text(a, "disease_code"_L1);
    f.incomeTier = json::text(a, "income_tier"_L1);
    f.specialCase = json::text(a, "special_case"_L1);
    f.householdMembers = json::integer(a, "household_members"_L1).value_or(1);
    f.householdRecipients = json::integer(a, "household_recipients"_L1).value_or(1);
    f.validFrom = json::date(a, "valid_from"_L1);
    f.validTo = json::date(a, "valid_to"_L1);
    f.backdateReason = json::text(a, "backdate_reason"_L1);
    f.diagnosisDate = json::date(a, "diagnosis_date"_L1);
    if (const qint64 household = json::id(a, "household_id"_L1); household > 0)
        f.householdId = household;
    f.tierOverrideReason = json::text(a, "tier_override_reason"_L1);
    f.institutionCode = json::text(a, "institution_code"_L1);
    f.doctorCode = json::text(a, "doctor_code"_L1);
    return f;
}

} // namespace kohi::db
