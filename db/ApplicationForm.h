#pragma once

#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

namespace kohi::db {

// Everything an application form (申請書) carries, as the clerk entered it, with normalised
// values (full-width katakana, ASCII digits, dates). Keys of the jsonb form are the column names
// of kohi.recipient and kohi.application; kohi_api.application_save() splits them.
struct ApplicationForm
{
    // applicant (the patient)
    QString familyName;
    QString givenName;
    QString familyNameKana;
    QString givenNameKana;
    QDate birthDate;
    int sex = 0;        // 0 not chosen, 1 male, 2 female
    QString postalCode; // 123-4567
    QString address;
    QString municipalityCode; // 地方公共団体コード, 6 digits
    QString phone;
    // guardian (required for minors)
    QString guardianName;
    QString guardianKana;
    QString guardianRelationship;
    // health insurance
    QString insurerNumber; // 保険者番号, 6 or 8 digits
    QString insuranceSymbol;
    QString insuranceNumber;
    // the application
    QDate receivedDate;
    QString healthCentre;  // kohi.health_centre code
    QStringList documents; // codes of the evidence documents received
    QString diseaseCode;
    QString incomeTier;
    QString specialCase; // kohi.special_case code; empty: standard
    int householdMembers = 1;
    int householdRecipients = 1;
    QDate validFrom;
    QDate validTo;
    QString backdateReason;
    // 診断年月日 (臨床調査個人票 / 医療意見書): the anchor of a backdated start.
    QDate diagnosisDate;
    // The 支給認定基準世帯 the tier is computed from; 0 unlinks, empty keeps the server's.
    std::optional<qint64> householdId;
    // Why the tier differs from the computed one (empty: the server's tier is taken).
    QString tierOverrideReason;
    // 指定医療機関 and 指定医 (codes). Not in toJson(): they are named through
    // kohi_api.application_designate, which checks the designation period.
    QString institutionCode;
    QString doctorCode;

    // Empty members are left out: the server keeps what it has for them (drafts grow by saves).
    QJsonObject toJson() const;
    // From application_get(): the application row and the recipient as it will be after approval.
    static ApplicationForm fromJson(const QJsonObject& application, const QJsonObject& recipient);

    bool operator==(const ApplicationForm&) const = default;
};

} // namespace kohi::db
