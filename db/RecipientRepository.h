#pragma once

#include "db/ApiError.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace kohi::db {

class Session;

// One row of kohi_api.recipient_search(). `name` and `kana` are family and given name joined by
// U+3000, exactly as the server orders and pages them.
struct RecipientSummary
{
    qint64 id = 0;
    QString programme;
    QString recipientNumber; // empty while the first application awaits approval
    QString name;
    QString kana;
    QDate birthDate;
    int sex = 0; // 1 male, 2 female
    QString municipalityCode;
    QString phone;
    QString status; // pending | active | ended
};

// Search conditions, already normalised by the caller (full-width katakana, ASCII digits).
// Empty members do not restrict.
struct RecipientSearchCriteria
{
    QString kanaPrefix;
    QString recipientNumber;
    QDate birthDate;
    QString phone;

    bool operator==(const RecipientSearchCriteria&) const = default;
};

// Keyset position: the (kana, id) of the last row already shown. Never an OFFSET.
struct RecipientSearchCursor
{
    QString kana;
    qint64 id = 0;
};

// An application as recipient_get() lists it under the recipient.
struct RecipientApplication
{
    qint64 id = 0;
    QString kind;  // new | renewal | change
    QString state; // draft | submitted | approved | returned
    QDate receivedDate;
    QDate validFrom;
    QDate validTo;
    std::optional<int> monthlyCap;
    QString incomeTier;
    QString specialCase;
    QString diseaseCode;
    int version = 0;
    QString returnReason;
};

// kohi_api.recipient_get(): the register entry (never a My Number: it is not in this table).
struct RecipientDetail
{
    qint64 id = 0;
    QString programme;
    QString recipientNumber;
    QString status;
    QString publicPayerNumber;
    QString familyName;
    QString givenName;
    QString familyNameKana;
    QString givenNameKana;
    QDate birthDate;
    int sex = 0;
    QString postalCode;
    QString address;
    QString municipalityCode;
    QString phone;
    QString guardianName;
    QString guardianKana;
    QString guardianRelationship;
    QString insurerNumber;
    QString insuranceSymbol;
    QString insuranceNumber;
    QList<RecipientApplication> applications;
    QJsonObject registerJson; // the register fields as the server sent them (for comparisons)

    static RecipientDetail fromJson(const QJsonObject& json);
};

// One approved change of the register: who entered it, who approved it, before → after.
struct RecipientChange
{
    QDateTime changedAt;
    QString changedBy;
    QString approvedBy;
    qint64 applicationId = 0;
    QJsonObject before; // empty for the first registration
    QJsonObject after;
};

// The recipient register API (kohi_api.recipient_*) as typed calls. Row visibility (programme
// groups) and every rule are the server's; this class only transports and keeps the refusal.
class RecipientRepository
{
public:
    explicit RecipientRepository(const Session& session) : m_session(session) {}

    // One page, ordered by (kana, id); `after` continues behind the last row of the previous page.
    std::optional<QList<RecipientSummary>> search(const RecipientSearchCriteria& criteria,
                                                  const std::optional<RecipientSearchCursor>& after,
                                                  int limit);
    std::optional<RecipientDetail> get(qint64 id);
    std::optional<QList<RecipientChange>> history(qint64 id);

    const ApiError& lastError() const { return m_error; }

private:
    const Session& m_session;
    ApiError m_error;
};

} // namespace kohi::db
