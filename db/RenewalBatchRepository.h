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

// One renewal batch's progress (kohi_api.renewal_batch_status).
struct RenewalBatchStatus
{
    qint64 id = 0;
    QString programme;
    QDate validTo; // the certificates that end on this day
    QDate noticeDate;
    QDate deadline;
    QString state; // open | cancelled
    QString createdBy;
    QDateTime createdAt;
    int recipients = 0;
    int noticesGenerated = 0;
    int noticesClaimed = 0;
    int parts = 0;
    int partsDone = 0;
    int received = 0; // renewal applications that came back
    int approved = 0;
    int certificatesPrinted = 0;

    bool noticesComplete() const { return noticesGenerated == recipients; }
};

// What a renewal notice and its prefilled application form print: plain values, no My Number
// (the server has none in these tables, and the form leaves its box blank for the applicant).
struct RenewalNotice
{
    int seq = 0;
    int part = 0;
    QString healthCentre;
    QString healthCentreName;
    qint64 recipientId = 0;
    QString recipientNumber;
    QString publicPayerNumber;
    QString programmeName;
    QString familyName;
    QString givenName;
    QString familyNameKana;
    QString givenNameKana;
    QDate birthDate;
    int sex = 0;
    QString postalCode;
    QString address;
    QString municipalityName;
    QString phone;
    QString guardianName;
    QString guardianRelationship;
    QString insurerNumber;
    QString insuranceSymbol;
    QString insuranceNumber;
    QString diseaseName;
    QString incomeTierLabel;
    std::optional<int> monthlyCap;
    QDate validFrom;
    QDate validTo;
    QDate noticeDate;
    QDate deadline;
};

// One item of a batch with its intake (kohi_api.renewal_batch_items).
struct RenewalItem
{
    int seq = 0;
    qint64 recipientId = 0;
    QString recipientNumber;
    QString name;
    QString healthCentreName;
    QString noticeState;             // pending | claimed | generated
    qint64 renewalApplicationId = 0; // 0: not received
    QString renewalState;            // draft | submitted | approved | returned
    QDateTime certificatePrintedAt;
};

// The renewal-batch API (kohi_api.renewal_*) as typed calls. The server keeps the per-item
// state; a refusal's Japanese message is in lastError().
class RenewalBatchRepository
{
public:
    explicit RenewalBatchRepository(const Session& session) : m_session(session) {}

    struct Created
    {
        qint64 id = 0;
        int recipients = 0;
    };
    std::optional<Created> create(const QString& programme, const QDate& validTo,
                                  const QDate& noticeDate, const QDate& deadline,
                                  int partSize = 200);
    // id 0: every batch of the caller's programmes, newest first.
    std::optional<QList<RenewalBatchStatus>> status(qint64 id = 0);
    // The next part's notices, claimed by this connection; empty when all are generated.
    std::optional<QList<RenewalNotice>> claimNotices(qint64 batchId);
    bool noticesDone(qint64 batchId, int part, const QString& fileName);
    bool cancel(qint64 batchId, const QString& reason);
    // Returns how many notices are still to generate.
    std::optional<int> resume(qint64 batchId);
    // filter: all | not_received | received | approved_unprinted
    std::optional<QList<RenewalItem>> items(qint64 batchId, const QString& filter, int afterSeq,
                                            int limit);
    std::optional<int> certificatesPrinted(qint64 batchId, const QList<int>& seqs);

    const ApiError& lastError() const { return m_error; }

private:
    bool failed(const PgResult& result);

    const Session& m_session;
    ApiError m_error;
};

} // namespace kohi::db
