#pragma once

#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace kohi::app {

// What a 受給者証 and its notices print, taken from kohi_api.recipient_get (and, for the
// decision date and health centre, kohi_api.application_get). Plain values only: there is no
// My Number here and there must never be one (REFERENCE §4: it is held separately). Free text is
// scrubbed of 12-digit runs on the way in, so a number typed into a wrong field is not printed.
struct CertificateData
{
    // Labels for the codes the JSON carries (from kohi_api.masters / recipient_counts).
    struct Labels
    {
        QHash<QString, QString> programmes; // 法別番号 → 「特定医療費（指定難病）」
        QHash<QString, QString> diseases;      // disease code → name
        QHash<QString, QString> incomeTiers;   // general1 → 一般所得I
        QHash<QString, QString> specialCases;  // high_long → 高額かつ長期
        QHash<QString, QString> healthCentres; // kishiwada → 岸和田保健所
        QHash<QString, QString> institutions; // 医療機関コード → 名称 (kohi_api.designations)
        QHash<QString, QString> institutionDetails; // → 「病院　大阪府…」
        QHash<QString, QString> doctors;            // 指定医番号 → 氏名
        QString issuer;                             // empty: defaultIssuer()
    };

    // The recipient (受診者)
    qint64 recipientId = 0;
    QString recipientStatus; // pending | active | ended
    QString programme;       // 法別番号: 54, 52, 17
    QString programmeName;
    QString publicPayerNumber; // 公費負担者番号
    QString recipientNumber;   // 受給者番号 (empty until approval)
    QString familyName;
    QString givenName;
    QString familyNameKana;
    QString givenNameKana;
    QDate birthDate;
    int sex = 0; // 1 male, 2 female
    QString postalCode;
    QString address;
    QString guardianName;
    QString guardianKana;
    QString guardianRelationship;
    QString insurerNumber;   // 保険者番号
    QString insuranceSymbol; // 被保険者証の記号
    QString insuranceNumber; // 被保険者証の番号

    // The application printed (the one asked for, else the latest approved one)
    qint64 applicationId = 0;
    QString applicationKind;  // new | renewal | change | registration (登録者証のみ, 0046)
    QString applicationState; // draft | submitted | approved | returned | rejected | registered
                              // | withdrawn
    QDate receivedDate;
    QString diseaseCode;
    QString diseaseName;
    QString incomeTier;
    QString incomeTierLabel;
    QString specialCase;
    QString specialCaseLabel;
    std::optional<int> monthlyCap; // yen
    QDate validFrom;
    QDate validTo;
    QDate decidedDate;
    QString healthCentreName;
    QString institutionCode; // 指定医療機関 named on the application
    QString institutionName;
    QString institutionDetail;
    QString doctorCode; // 指定医
    QString doctorName;
    // What the decision says to the applicant. Only these applicant-facing texts are kept: the
    // approver's internal words (差戻しの理由, 内部メモ) are never read into a document.
    QString correctionRequest; // 補正依頼の内容
    QDate councilDate;         // 審査会
    QString councilResult;     // diagnosis_not_met | severity_not_met | other
    QString decisionReasons;   // 不認定の理由
    QString appealInstruction; // 教示, as fixed at the decision
    QDate registeredFrom;      // 登録者証 valid from
    QDate withdrawnOn;         // 取下げ書の受付日

    // The document
    QDate issueDate; // 交付年月日: the decision date when known, else today
    QString issuer;  // 「大阪府知事」

    static QString defaultIssuer();

    // recipient: kohi_api.recipient_get's object. applicationId 0: the latest approved
    // application, else the latest of any state.
    static CertificateData fromJson(const QJsonObject& recipient, qint64 applicationId = 0,
                                    const Labels& labels = {});
    // Adds what only kohi_api.application_get carries (decision date, health centre,
    // 指定医療機関 and 指定医, what the decision says to the applicant).
    void applyApplicationDetail(const QJsonObject& application, const Labels& labels = {});

    QString fullName() const;  // 「試験　花子」
    QString fullKana() const;  // 「シケン　ハナコ」
    QString sexLabel() const;  // 男 / 女
    QString kindLabel() const; // 新規 / 更新 / 変更
    QString certificateTitle() const;
    QString monthlyCapText() const; // 「10,000円」
    QString validityText() const;   // 「令和6年4月1日から令和7年3月31日まで」
    bool isMinorOn(QDate date) const;
    // Whom the notices are addressed to: the guardian of a minor, else the recipient.
    QString addresseeName() const;

    // Why a document cannot be printed for this data (empty: it can).
    QString certificateRefusal() const;
    QString approvalNoticeRefusal() const;
    QString rejectionNoticeRefusal() const;
    QString registrationRefusal() const;
    QString registrationNoticeRefusal() const; // 登録者証交付通知書 (登録者証のみの申請)
    QString withdrawalNoticeRefusal() const;
    QString correctionNoticeRefusal() const;
    QString councilResultLabel() const;

    static QString formatYen(qint64 amount);
    // Replaces runs of 12 or more digits (spaces and hyphens between them allowed) by the
    // My Number mask.
    static QString withoutLongDigitRuns(const QString& text);
};

} // namespace kohi::app
