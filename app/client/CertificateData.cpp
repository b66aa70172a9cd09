#include "app/client/CertificateData.h"

#include "core/validation/JapaneseEra.h"
#include "core/validation/MyNumberMask.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace kohi::app {

namespace {

QString str(const QJsonObject& o, const QString& key)
{
    return CertificateData::withoutLongDigitRuns(o.value(key).toString().trimmed());
}

QDate date(const QJsonObject& o, const QString& key)
{
    // date → "2024-04-01"; timestamptz → "2024-04-01T10:00:00.123456+09:00" (the server's date).
    return QDate::fromString(o.value(key).toString().left(10), Qt::ISODate);
}

// The shipped masters' labels (0003, 0012), for when the server's could not be read: a
// certificate must not show 「general1」.
const QHash<QString, QString>& shippedLabels()
{
    static const QHash<QString, QString> labels{{u"54"_s, u"特定医療費（指定難病）"_s},
                                                {u"52"_s, u"小児慢性特定疾病医療費"_s},
                                                {u"17"_s, u"療育医療"_s},
                                                {u"welfare"_s, u"生活保護"_s},
                                                {u"low1"_s, u"低所得I"_s},
                                                {u"low2"_s, u"低所得II"_s},
                                                {u"general1"_s, u"一般所得I"_s},
                                                {u"general2"_s, u"一般所得II"_s},
                                                {u"upper"_s, u"上位所得"_s},
                                                {u"standard"_s, u"一般"_s},
                                                {u"high_long"_s, u"高額かつ長期"_s},
                                                {u"severe"_s, u"重症"_s},
                                                {u"ventilator"_s, u"人工呼吸器等装着者"_s},
                                                {u"mild_high"_s, u"軽症高額"_s}};
    return labels;
}

QString label(const QHash<QString, QString>& labels, const QString& code)
{
    return labels.value(code, shippedLabels().value(code, code));
}

QJsonObject chooseApplication(const QJsonArray& applications, qint64 applicationId)
{
    QJsonObject latest;
    QJsonObject latestApproved;
    for (const auto& v : applications) {
        const QJsonObject a = v.toObject();
        const auto id = a.value(u"id"_s).toInteger();
        if (applicationId != 0) {
            if (id == applicationId)
                return a;
            continue;
        }
        if (latest.isEmpty() || id > latest.value(u"id"_s).toInteger())
            latest = a;
        if (a.value(u"state"_s).toString() == u"approved"_s &&
            (latestApproved.isEmpty() || id > latestApproved.value(u"id"_s).toInteger()))
            latestApproved = a;
    }
    return latestApproved.isEmpty() ? latest : latestApproved;
}

QString joinName(const QString& family, const QString& given)
{
    if (family.isEmpty() || given.isEmpty())
        return family + given;
    return family + u"　"_s + given;
}

} // namespace

QString CertificateData::defaultIssuer()
{
    return u"大阪府知事"_s;
}

CertificateData CertificateData::fromJson(const QJsonObject& recipient, qint64 applicationId,
                                          const Labels& labels)
{
    CertificateData d;
    d.recipientId = recipient.value(u"id"_s).toInteger();
    d.recipientStatus = str(recipient, u"status"_s);
    d.programme = str(recipient, u"programme"_s);
    d.programmeName = label(labels.programmes, d.programme);
    d.publicPayerNumber = str(recipient, u"public_payer_number"_s);
    d.recipientNumber = str(recipient, u"recipient_number"_s);
    d.familyName = str(recipient, u"family_name"_s);
    d.givenName = str(recipient, u"given_name"_s);
    d.familyNameKana = str(recipient, u"family_name_kana"_s);
    d.givenNameKana = str(recipient, u"given_name_kana"_s);
    d.birthDate = date(recipient, u"birth_date"_s);
    d.sex = recipient.value(u"sex"_s).toInt();
    d.postalCode = str(recipient, u"postal_code"_s);
    d.address = str(recipient, u"address"_s);
    d.guardianName = str(recipient, u"guardian_name"_s);
    d.guardianKana = str(recipient, u"guardian_kana"_s);
    d.guardianRelationship = str(recipient, u"guardian_relationship"_s);
    d.insurerNumber = str(recipient, u"insurer_number"_s);
    d.insuranceSymbol = str(recipient, u"insurance_symbol"_s);
    d.insuranceNumber = str(recipient, u"insurance_number"_s);

    const QJsonObject a =
        chooseApplication(recipient.value(u"applications"_s).toArray(), applicationId);
    d.applicationId = a.value(u"id"_s).toInteger();
    d.applicationKind = str(a, u"kind"_s);
    d.applicationState = str(a, u"state"_s);
    d.receivedDate = date(a, u"received_date"_s);
    d.diseaseCode = str(a, u"disease_code"_s);
    d.diseaseName = a.contains(u"disease_name"_s) ? str(a, u"disease_name"_s)
                                                  : label(labels.diseases, d.diseaseCode);
    d.incomeTier = str(a, u"income_tier"_s);
    d.incomeTierLabel = label(labels.incomeTiers, d.incomeTier);
    d.specialCase = str(a, u"special_case"_s);
    d.specialCaseLabel = label(labels.specialCases, d.specialCase);
    if (a.value(u"monthly_cap"_s).isDouble())
        d.monthlyCap = a.value(u"monthly_cap"_s).toInt();
    d.validFrom = date(a, u"valid_from"_s);
    d.validTo = date(a, u"valid_to"_s);
    d.issueDate = QDate::currentDate();
    d.issuer = labels.issuer.isEmpty() ? defaultIssuer() : labels.issuer;
    return d;
}

void CertificateData::applyApplicationDetail(const QJsonObject& application, const Labels& labels)
{
    if (application.value(u"id"_s).toInteger() != applicationId)
        return;
    decidedDate = date(application, u"decided_at"_s);
    if (decidedDate.isValid())
        issueDate = decidedDate;
    const QString centre = str(application, u"health_centre"_s);
    if (!centre.isEmpty())
        healthCentreName = label(labels.healthCentres, centre);
    institutionCode = str(application, u"institution_code"_s);
    if (!institutionCode.isEmpty()) {
        institutionName = label(labels.institutions, institutionCode);
        institutionDetail = labels.institutionDetails.value(institutionCode);
    }
    doctorCode = str(application, u"doctor_code"_s);
    if (!doctorCode.isEmpty())
        doctorName = label(labels.doctors, doctorCode);
    // Applicant-facing columns only; return_reason and internal_note are staff-only.
    correctionRequest = str(application, u"correction_request"_s);
    councilDate = date(application, u"council_date"_s);
    councilResult = str(application, u"council_result"_s);
    decisionReasons = str(application, u"decision_reasons"_s);
    appealInstruction = str(application, u"appeal_instruction"_s);
    registeredFrom = date(application, u"registered_from"_s);
    withdrawnOn = date(application, u"withdrawn_on"_s);
}

QString CertificateData::fullName() const
{
    return joinName(familyName, givenName);
}

QString CertificateData::fullKana() const
{
    return joinName(familyNameKana, givenNameKana);
}

QString CertificateData::sexLabel() const
{
    return sex == 1 ? u"男"_s : sex == 2 ? u"女"_s : QString();
}

QString CertificateData::kindLabel() const
{
    if (applicationKind == u"new"_s)
        return u"新規"_s;
    if (applicationKind == u"renewal"_s)
        return u"更新"_s;
    if (applicationKind == u"change"_s)
        return u"変更"_s;
    if (applicationKind == u"registration"_s)
        return u"登録者証のみ"_s;
    return applicationKind;
}

QString CertificateData::certificateTitle() const
{
    // By 法別番号 (REFERENCE §1); the titles of the national forms.
    if (programme == u"54"_s)
        return u"特定医療費（指定難病）受給者証"_s;
    if (programme == u"52"_s)
        return u"小児慢性特定疾病医療受給者証"_s;
    if (programme == u"17"_s)
        return u"療育医療受給者証"_s;
    return programmeName + u"受給者証"_s;
}

QString CertificateData::monthlyCapText() const
{
    return monthlyCap ? formatYen(*monthlyCap) + u"円"_s : QString();
}

QString CertificateData::validityText() const
{
    if (!validFrom.isValid() || !validTo.isValid())
        return {};
    return u"%1から%2まで"_s.arg(formatJapaneseDate(validFrom), formatJapaneseDate(validTo));
}

bool CertificateData::isMinorOn(QDate on) const
{
    return birthDate.isValid() && on.isValid() && birthDate.addYears(18) > on;
}

QString CertificateData::addresseeName() const
{
    const QDate on = issueDate.isValid() ? issueDate : QDate::currentDate();
    if (!guardianName.isEmpty() && isMinorOn(on))
        return guardianName;
    return fullName();
}

QString CertificateData::certificateRefusal() const
{
    if (applicationState != u"approved"_s)
        return u"承認された申請がないため、受給者証は印刷できません。"_s;
    if (recipientStatus != u"active"_s)
        return u"受給者の認定が有効でないため、受給者証は印刷できません。"_s;
    if (recipientNumber.isEmpty() || publicPayerNumber.isEmpty())
        return u"受給者番号または公費負担者番号がないため、受給者証は印刷できません。"_s;
    if (!monthlyCap || !validFrom.isValid() || !validTo.isValid())
        return u"上限月額または有効期間がないため、受給者証は印刷できません。"_s;
    return {};
}

QString CertificateData::approvalNoticeRefusal() const
{
    if (applicationState != u"approved"_s)
        return u"この申請は承認されていないため、承認通知書は印刷できません。"_s;
    return certificateRefusal();
}

QString CertificateData::rejectionNoticeRefusal() const
{
    if (applicationState != u"rejected"_s && applicationState != u"registered"_s)
        return u"この申請は不認定とされていないため、不認定通知書は印刷できません。"_s;
    if (applicationState == u"registered"_s && applicationKind == u"registration"_s)
        return u"登録者証のみの申請に登録者証を交付したもので、不認定ではありません。"_s;
    if (!councilDate.isValid() || decisionReasons.isEmpty() || appealInstruction.isEmpty())
        return u"審査会の日付、不認定の理由または教示がないため、不認定通知書は印刷できません。"_s;
    return {};
}

QString CertificateData::registrationRefusal() const
{
    if (applicationState != u"registered"_s || !registeredFrom.isValid())
        return u"登録者証の交付が決定されていないため、登録者証は印刷できません。"_s;
    return {};
}

QString CertificateData::registrationNoticeRefusal() const
{
    if (applicationKind != u"registration"_s)
        return u"登録者証のみの申請ではないため、登録者証交付通知書は印刷できません。"_s;
    return registrationRefusal();
}

QString CertificateData::withdrawalNoticeRefusal() const
{
    if (applicationState != u"withdrawn"_s || !withdrawnOn.isValid())
        return u"この申請は取り下げられていないため、取下げ受理通知書は印刷できません。"_s;
    return {};
}

QString CertificateData::correctionNoticeRefusal() const
{
    // An internal return (差戻し) has no letter: its reason is for staff only.
    if (applicationState != u"returned"_s || correctionRequest.isEmpty())
        return u"この申請には申請者への補正依頼がないため、補正依頼書は印刷できません。"_s;
    return {};
}

QString CertificateData::councilResultLabel() const
{
    if (councilResult == u"diagnosis_not_met"_s)
        return u"診断基準を満たさない"_s;
    if (councilResult == u"severity_not_met"_s)
        return u"診断基準は満たすが、重症度分類等を満たさない"_s;
    if (councilResult == u"other"_s)
        return u"その他（理由欄のとおり）"_s;
    return councilResult;
}

QString CertificateData::formatYen(qint64 amount)
{
    QString digits = QString::number(amount < 0 ? -amount : amount);
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, u',');
    return amount < 0 ? u"-"_s + digits : digits;
}

QString CertificateData::withoutLongDigitRuns(const QString& text)
{
    // \d matches full-width digits too (Unicode properties).
    static const QRegularExpression run(uR"(\d(?:[ 　\-－‐ー]?\d){11,})"_s,
                                        QRegularExpression::UseUnicodePropertiesOption);
    QString out = text;
    out.replace(run, maskMyNumber());
    return out;
}

} // namespace kohi::app
