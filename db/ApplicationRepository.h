#pragma once

#include "db/ApiError.h"
#include "db/ApplicationForm.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>
#include <optional>

namespace kohi::db {

class Session;
struct PgResult;

// What kohi_api.application_save() answers. `version` is the one to send with the next save,
// submit or decision (optimistic concurrency: a stale version is refused, never overwritten).
struct ApplicationSaveResult
{
    qint64 id = 0;
    int version = 0;
    qint64 recipientId = 0;
    std::optional<int> monthlyCap;
    QStringList problems; // Japanese; empty: ready to submit
};

// kohi_api.application_get(): the application, the recipient now and after approval.
struct ApplicationView
{
    qint64 id = 0;
    QString programme;
    QString kind;  // new | renewal | change
    QString state; // draft | submitted | approved | returned | rejected | registered | withdrawn
    qint64 recipientId = 0;
    int version = 0;
    std::optional<int> monthlyCap;
    QString enteredBy;
    QString lastChangedBy;
    QString decidedBy;
    QString returnReason; // internal (差戻し, or the note that went with a 補正依頼): never printed
    QString correctionRequest; // 補正依頼: the text for the applicant (state returned)
    QDate councilDate;         // 審査会 (rejected, registered)
    QString councilResult;     // diagnosis_not_met | severity_not_met | other
    QString decisionReasons;   // 不認定の理由, for the applicant
    QString internalNote;      // the approver's note to staff: never printed
    QDate registeredFrom;      // 登録者証 valid from
    QDate withdrawnOn;         // 取下げ書の受付日
    bool mine = false;         // the caller entered or last changed it (may not decide on it)
    QStringList problems;
    ApplicationForm form;    // as entered, with the recipient as it will be after approval
    QJsonObject application; // the application row as the server sent it
    QJsonObject current;     // the register entry now
    QJsonObject after;       // the register entry after approval
};

// One row of kohi_api.application_list().
struct ApplicationListItem
{
    qint64 id = 0;
    QString programme;
    QString kind;
    QString state;
    qint64 recipientId = 0;
    QString name;
    QString kana;
    QDate receivedDate;
    QDateTime submittedAt;
    QString enteredBy;
    QString lastChangedBy;
    bool mine = false;
    int version = 0;
};

struct ApplicationFilter
{
    QString state;     // empty: any
    QString programme; // empty: any
    QString kind;      // empty: any
};

// One entry of a choice list from kohi_api.masters().
struct MasterItem
{
    QString programme; // diseases only
    QString code;
    QString label;
    QString group;
};

enum class MasterKind
{
    Disease,
    IncomeTier,
    SpecialCase,
    HealthCentre,
    Municipality, // 地方公共団体コード → 市町村名 (group: 市/町/村/中核市/政令市)
    Insurer, // 保険者番号 → 保険者名 (group: kind)
};

// The application API (kohi_api.application_*, masters, monthly_cap) as typed calls. The server
// decides everything (who may, maker-checker, validation, state changes); this class transports,
// and keeps the server's SQLSTATE and Japanese message of a refusal in lastError().
class ApplicationRepository
{
public:
    explicit ApplicationRepository(const Session& session) : m_session(session) {}

    // Every submission below carries an idempotency key (0039): sent again with the same key
    // (after a lost connection, a failover, or the user pressing again after an error), the
    // server returns the first result instead of doing it twice. A null key: a fresh one, which
    // still covers this call's own retry after a reconnect.
    //
    // A new application when `id` is empty (then `recipientId` names the recipient of a renewal
    // or change), else an update of draft `id` at `version`.
    std::optional<ApplicationSaveResult> save(std::optional<qint64> id, int version,
                                              const QString& programme, const QString& kind,
                                              std::optional<qint64> recipientId,
                                              const ApplicationForm& form, QUuid key = {});
    // Returns the new version. A refusal lists the problems one per line (lastError().lines()).
    std::optional<int> submit(qint64 id, int version, QUuid key = {});
    bool returnToClerk(qint64 id, int version, const QString& reason, QUuid key = {});
    // Returns the 受給者番号 (issued now for a new recipient).
    std::optional<QString> approve(qint64 id, int version, QUuid key = {});
    // Names the 指定医療機関 and 指定医 (empty: none) of a draft or returned application; returns
    // the new version. A designation not in force today is refused with the server's reason.
    std::optional<int> designate(qint64 id, int version, const QString& institutionCode,
                                 const QString& doctorCode);
    // 不認定 after the 審査会 (councilResult: diagnosis_not_met | severity_not_met | other). The
    // reasons are printed for the applicant; the internal note never is.
    bool reject(qint64 id, int version, const QDate& councilDate, const QString& councilResult,
                const QString& reasons, const QString& internalNote, QUuid key = {});
    // 不認定 of the benefit for the severity criteria only, with a 登録者証; returns the day the
    // 登録者証 is valid from.
    std::optional<QDate> registerPatient(qint64 id, int version, const QDate& councilDate,
                                         const QString& reasons, const QString& internalNote,
                                         QUuid key = {});
    // 登録者証 of a 登録者証-only application (kind 'registration', 0046): no 審査会, no 不認定;
    // returns the day it is valid from (the first decision's day when sent again with its key).
    std::optional<QDate> issueRegistration(qint64 id, int version, const QString& internalNote,
                                           QUuid key = {});
    // 補正依頼: back to the clerk, with a text for the applicant and an optional internal note.
    bool requestCorrection(qint64 id, int version, const QString& applicantText,
                           const QString& internalNote, QUuid key = {});
    // 取下げ: the applicant's withdrawal, recorded by a clerk of the programme.
    bool withdraw(qint64 id, int version, const QDate& withdrawnOn, QUuid key = {});

    std::optional<ApplicationView> get(qint64 id);
    // Newest first; `afterId` continues behind the last row of the previous page.
    std::optional<QList<ApplicationListItem>> list(const ApplicationFilter& filter,
                                                   std::optional<qint64> afterId, int limit);

    std::optional<QList<MasterItem>> masters(MasterKind kind);
    std::optional<int> monthlyCap(const QString& programme, const QString& incomeTier,
                                  const QString& specialCase, const QDate& on);

    const ApiError& lastError() const { return m_error; }

private:
    bool failed(const PgResult& result);

    const Session& m_session;
    ApiError m_error;
};

} // namespace kohi::db
