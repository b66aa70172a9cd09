#pragma once

#include "app/client/ProposalReviewPanel.h"
#include "db/RetentionRepository.h"

#include <QList>
#include <QPointer>
#include <QWidget>

class QDateEdit;
class QLineEdit;
class QPrintPreviewDialog;
class QPrinter;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace kohi::db {
class Session;
}

namespace kohi::app {

// 保存期間・廃棄 (issue 12 items 4 and 5, migration 0035): the ended recipients whose retention
// has run out (numbers still held, papers), a clerk's proposal to dispose of one (papers counted
// and described, a reason), the proposals to end a certification or to dispose (an approver who
// did not propose approves or rejects; the proposer withdraws), and the disposal certificate of
// an approved disposal (preview, print, PDF). The server decides every rule and both persons;
// its refusals are shown as they come in "retentionProposalMessage".
class RetentionWidget : public QWidget
{
    Q_OBJECT

public:
    RetentionWidget(db::Session& session, bool clerk, bool approver, QWidget* parent = nullptr);
    ~RetentionWidget() override;

    QString message() const;
    const QList<db::RetentionDueItem>& due() const { return m_due; }
    const QList<db::RetentionProposal>& proposals() const { return m_proposals; }
    bool selectDue(qint64 recipientId);
    bool selectProposal(qint64 id);
    // The preview opened by previewCertificate() (null when none is open).
    QPrintPreviewDialog* certificatePreview() const { return m_preview; }
    // The selected approved disposal's certificate as PDF.
    bool saveCertificatePdf(const QString& path, QString* error);

public Q_SLOTS:
    bool refresh();
    bool proposeDisposal();
    bool approveSelected();
    bool rejectSelected();
    bool previewCertificate();

protected:
    // Read (and the read logged) when the screen is first shown, not at login.
    void showEvent(QShowEvent* event) override;

private:
    const db::RetentionDueItem* selectedDue() const;
    const db::RetentionProposal* selectedProposal() const;
    std::optional<QList<db::DisposalRecord>> certificateRecords();
    void fillDue();
    void fillProposals();
    void updateButtons();
    void showMessage(const QString& text, bool error);

    db::Session& m_session;
    bool m_clerk = false;
    bool m_approver = false;
    QList<db::RetentionDueItem> m_due;
    QList<db::RetentionProposal> m_proposals;
    QDateEdit* m_on = nullptr;
    QTableWidget* m_dueTable = nullptr;
    QSpinBox* m_papers = nullptr;
    QLineEdit* m_papersNote = nullptr;
    QLineEdit* m_reason = nullptr;
    QPushButton* m_propose = nullptr;
    QPushButton* m_certificate = nullptr;
    ProposalReviewPanel m_panel;
    QPointer<QPrintPreviewDialog> m_preview;
    bool m_loaded = false;
};

} // namespace kohi::app
