#pragma once

#include "app/client/MasterCatalog.h"

#include <QStringList>
#include <QWidget>
#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTableView;

namespace kohi::db {
class Session;
struct ApiError;
struct ApplicationView;
} // namespace kohi::db

namespace kohi::app {

class ApplicationComparisonModel;
class ApplicationQueueModel;

// 承認: the queue of submitted applications (filter by programme and kind), the selected one
// side by side (now / after approval, changes marked), and the decisions: 承認 (Alt+A), 不認定
// (Alt+D), 登録者証 (Alt+G), 補正依頼 to the applicant (Alt+E) and 差戻し to the clerk (Alt+R).
// Each asks for confirmation first, and the next application follows. The server decides who
// may: its refusals (the maker deciding on their own entry, another approver having decided
// first, a stale screen) are shown as they come, and the queue is read again after every
// decision.
class ApprovalQueueWidget : public QWidget
{
    Q_OBJECT
public:
    explicit ApprovalQueueWidget(db::Session& session, QWidget* parent = nullptr);
    ~ApprovalQueueWidget() override;

    ApplicationQueueModel* queue() const { return m_queue; }
    ApplicationComparisonModel* comparison() const { return m_comparison; }
    // Selects (and shows) an application of the queue; false if it is not in it.
    bool selectApplication(qint64 applicationId);
    qint64 currentApplicationId() const;
    // The outcome of the last decision or refusal, as shown.
    QString decisionMessage() const;
    // What every decision asks before it is made (default: a dialog with the summary, a yes and
    // a no button); the summary starts with the question.
    void setApprovalConfirmer(std::function<bool(const QString& summary)> confirm)
    {
        m_confirm = std::move(confirm);
    }
    // The heading and every changed field with its value after approval.
    QString approvalSummary() const;

public Q_SLOTS:
    void refresh();
    bool approve();
    bool returnToClerk();
    bool reject();
    bool issueRegistration();
    // The decision on a 登録者証-only application (kind 'registration'): its 登録者証.
    bool issueRegistrationOnly();
    bool requestCorrection();

Q_SIGNALS:
    void approved(qint64 applicationId, const QString& recipientNumber);
    void returned(qint64 applicationId);
    // rejected, registered or returned (補正依頼)
    void decided(qint64 applicationId, const QString& state);

private:
    void applyFilter();
    void showSelected();
    void showApplication(const db::ApplicationView& view);
    void clearDetail();
    void showDecision(const QString& text, bool error);
    bool confirmApproval();
    bool confirmDecision(const QString& title, const QString& question, const QString& yes,
                         const QStringList& details);
    bool rejectOrRegister(bool registration);
    // After a decision: the outcome, the queue read again, the next application shown.
    void decisionDone(int row, const QString& message);
    // A refusal: shown, and the queue read again when the application changed meanwhile.
    void decisionRefused(const QString& what, const db::ApiError& error);
    void selectRowAfterDecision(int row);

    db::Session& m_session;
    MasterCatalog m_masters;
    ApplicationQueueModel* m_queue = nullptr;
    ApplicationComparisonModel* m_comparison = nullptr;
    std::optional<qint64> m_currentId;
    int m_currentVersion = 0;
    QString m_currentLabel;
    QString m_currentKind; // new | renewal | change | registration (登録者証のみ)

    QComboBox* m_programmeFilter = nullptr;
    QComboBox* m_kindFilter = nullptr;
    QTableView* m_queueView = nullptr;
    QLabel* m_count = nullptr;
    QLabel* m_heading = nullptr;
    QLabel* m_notice = nullptr;
    QTableView* m_comparisonView = nullptr;
    QListWidget* m_problems = nullptr;
    QPushButton* m_approveButton = nullptr;
    QPushButton* m_returnButton = nullptr;
    QPushButton* m_rejectButton = nullptr;
    QPushButton* m_registerButton = nullptr;
    QPushButton* m_correctionButton = nullptr;
    QLabel* m_decision = nullptr;
    std::function<bool(const QString&)> m_confirm;
};

} // namespace kohi::app
