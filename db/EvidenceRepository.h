#pragma once

#include "db/ApiError.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace kohi::db {

class Session;
struct PgResult;

// The class of area a cabinet stands in; My Number evidence only where staff_only (0034).
struct EvidenceAreaClass
{
    QString code; // staff_only | shared | counter | public
    QString label;
    bool staffOnly = false;
};

struct EvidenceCabinet
{
    qint64 id = 0;
    QString label;
    QString location;
    QString areaClass;
    QString areaLabel;
    bool staffOnly = false;
    QString registeredBy;
    QDateTime registeredAt;
    QDateTime retiredAt; // invalid: in use
};

// One evidence document of a recipient, as kohi_api.evidence_documents() lists it.
struct EvidenceDocument
{
    qint64 id = 0;
    qint64 recipientId = 0;
    QString recipientNumber;
    QString recipientName;
    qint64 applicationId = 0; // 0: none
    QString kind;             // mynumber | other
    QString description;
    QDate receivedOn;
    QString receivedBy;
    qint64 cabinetId = 0;
    QString cabinetLabel;
    QString state; // stored | checked_out | disposed
    QDateTime checkedOutAt;
    QString checkedOutBy;
    QString checkoutReason;
    bool overdue = false;

    bool isMyNumberEvidence() const { return kind == QLatin1String("mynumber"); }
    bool isOut() const { return state == QLatin1String("checked_out"); }
};

struct EvidenceMovement
{
    QDateTime at;
    QString kind; // register | check_out | return | dispose
    QString byLogin;
    QString cabinetLabel;
    QString reason;
};

struct NewEvidenceDocument
{
    qint64 recipientId = 0;
    qint64 applicationId = 0; // 0: none
    QString kind;
    QString description;
    QDate receivedOn;
    qint64 cabinetId = 0;
};

// kohi_api.evidence_*: the custody register of evidence papers. The server decides who may do
// what and where My Number evidence may be kept; a refusal's Japanese message is in lastError().
class EvidenceRepository
{
public:
    explicit EvidenceRepository(const Session& session) : m_session(session) {}

    std::optional<QList<EvidenceAreaClass>> areaClasses();
    std::optional<QList<EvidenceCabinet>> cabinets(bool includeRetired = false);
    std::optional<qint64> registerCabinet(const QString& label, const QString& location,
                                          const QString& areaClass);
    bool retireCabinet(qint64 cabinetId);

    std::optional<qint64> registerDocument(const NewEvidenceDocument& document);
    // The documents of a recipient (cabinetId 0) or of a cabinet (recipientId 0).
    std::optional<QList<EvidenceDocument>> documents(qint64 recipientId, qint64 cabinetId);
    bool checkOut(qint64 documentId, const QString& reason);
    // Back into cabinetId (0: the cabinet it came from).
    bool returnDocument(qint64 documentId, qint64 cabinetId, const QString& reason);
    std::optional<QList<EvidenceMovement>> history(qint64 documentId);

    const ApiError& lastError() const { return m_error; }

private:
    bool failed(const PgResult& result);

    const Session& m_session;
    ApiError m_error;
};

} // namespace kohi::db
