#pragma once

#include "db/ApiError.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace kohi::db {

class Session;
struct PgResult;

// An ended recipient whose retention has run out and whose numbers are not yet disposed of
// (kohi_api.retention_due, 0035).
struct RetentionDueItem
{
    qint64 recipientId = 0;
    QString programme;
    QString recipientNumber;
    QString name;
    QDate endedOn;
    QString endReason; // lapsed | death | moved_out | municipality
    QString endReasonLabel;
    QDate retentionUntil;
    int numbersHeld = 0;       // My Number registrations still held (never the numbers)
    qint64 openProposalId = 0; // an open disposal proposal, or 0
};

// A proposal to end a certification or to dispose of a recipient's numbers and papers.
struct RetentionProposal
{
    qint64 id = 0;
    QString kind; // end | dispose
    qint64 recipientId = 0;
    QString programme;
    QString recipientNumber;
    QString name;
    QString endReason;
    QString endReasonLabel;
    QDate endedOn;
    std::optional<int> papersDestroyed;
    QString papersNote;
    QString reason;
    QString proposedBy;
    QDateTime proposedAt;
    QString status; // proposed | approved | rejected | withdrawn
    QString decidedBy;
    QDateTime decidedAt;
    QString decisionNote;
    bool mayApprove = false;
};

// One disposal as recorded (what the disposal certificate lists): never a number.
// A paper of the evidence register destroyed with a disposal (0047).
struct DisposedDocument
{
    qint64 documentId = 0;
    QString kindLabel; // 個人番号の確認書類 | その他の書類
    QString description;
    QString cabinetLabel;
    QDate receivedOn;
};

struct DisposalRecord
{
    qint64 id = 0;
    qint64 recipientId = 0;
    QString programme;
    QString programmeName;
    QString recipientNumber;
    QString recipientName;
    QDate endedOn;
    QString endReasonLabel;
    QDate retentionUntil;
    int numbersErased = 0;
    QStringList erasedRoles; // 本人（受診者）, 保護者, 世帯員
    int papersDestroyed = 0;
    QString papersNote;
    QList<DisposedDocument> documents; // the register's papers destroyed with it
    QString reason;
    QString method;
    QString proposedBy;
    QString proposedByName;
    QDateTime proposedAt;
    QString approvedBy;
    QString approvedByName;
    QDateTime erasedAt;
};

// What the lapse batch did (or would do) to one recipient.
struct LapseOutcome
{
    qint64 recipientId = 0;
    QString programme;
    QString recipientNumber;
    QString endReason; // lapsed | municipality | renewal_pending
    QDate endedOn;
    QString action; // ended | would_end | skipped
};

struct ApprovalOutcome
{
    QString kind;
    int numbersErased = 0;
    qint64 disposalId = 0;
};

// End of eligibility, retention and disposal (kohi_api.recipient_end_propose, disposal_propose,
// retention_*, disposal_records; 0035). Every rule and both persons are the server's.
class RetentionRepository
{
public:
    explicit RetentionRepository(const Session& session) : m_session(session) {}

    // reason: death | moved_out.
    std::optional<qint64> proposeEnd(qint64 recipientId, const QString& reason, QDate endedOn,
                                     const QString& note);
    std::optional<qint64> proposeDisposal(qint64 recipientId, int papersDestroyed,
                                          const QString& papersNote, const QString& reason);
    std::optional<QList<RetentionProposal>> proposals(bool includeClosed);
    std::optional<ApprovalOutcome> approve(qint64 proposalId, const QString& note);
    // Rejected by an approver, or withdrawn by the proposer: "rejected" or "withdrawn".
    std::optional<QString> reject(qint64 proposalId, const QString& note);
    // As of `on` (null: today).
    std::optional<QList<RetentionDueItem>> due(QDate on);
    std::optional<QList<DisposalRecord>> disposals(QDate from, QDate to);
    std::optional<QList<DisposalRecord>> disposalsOf(qint64 recipientId);

    // The database administrator (kohi-admin): the lapse batch and the due list of every
    // programme (a superuser; the server refuses anyone else for the batch).
    std::optional<QList<LapseOutcome>> endLapsed(QDate on, bool dryRun);
    std::optional<QList<RetentionDueItem>> dueAsAdministrator(QDate on);
    // Is this session the database administrator (a superuser)?
    bool callerIsAdministrator();

    const ApiError& lastError() const { return m_error; }

private:
    bool check(const PgResult& r);
    std::optional<QList<DisposalRecord>> readDisposals(const PgResult& r);

    const Session& m_session;
    ApiError m_error;
};

} // namespace kohi::db
