#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace kohi::db {

// One member of a 支給認定基準世帯 as the clerk enters it from the 課税証明 and the insurance card.
struct HouseholdMember
{
    QString name;
    QString relationship;
    QString role = QStringLiteral("other"); // patient | guardian | other
    std::optional<qint64> recipientId;      // the member's own recipient record, if any
    bool sameInsurance = true;              // on the patient's health insurance
    bool insured = false;                   // 被保険者本人 (not a dependant)
    bool taxExempt = false;                 // 市町村民税非課税
    int incomeLevy = 0;                     // 所得割額 (yen)
    std::optional<int> annualIncome;        // 年収 (yen), where the tier needs it
    std::optional<int> otherRecipientCap;   // cap as a recipient of another programme/authority

    QJsonObject toJson() const;
    static HouseholdMember fromJson(const QJsonObject& o);
    bool operator==(const HouseholdMember&) const = default;
};

// A 支給認定基準世帯 (kohi.household): the server computes the tier from it.
struct Household
{
    qint64 id = 0;
    int version = 0;
    QString programme;
    QString name;
    QString insuranceKind = QStringLiteral("nhi"); // nhi (国保・後期) | employee (被用者保険)
    QString insurerNumber;
    bool welfare = false; // 生活保護
    QList<HouseholdMember> members;

    // The body of kohi_api.household_save().
    QJsonObject toJson() const;
    static Household fromJson(const QJsonObject& o);
    bool operator==(const Household&) const = default;
};

} // namespace kohi::db
