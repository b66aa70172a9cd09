#pragma once

#include "app/client/ProposalReviewPanel.h"
#include "db/StaffRepository.h"

#include <QList>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace kohi::db {
class Session;
}

namespace kohi::app {

// 職員の提案の承認: the second user administrator (migration 0024). Granting the approver, My
// Number viewer, auditor or user administrator duty, and resetting the password of an account
// holding one, is proposed by one administrator and carried out when another approves it here
// (承認) — or rejected (却下); the proposer can withdraw their own (取り下げ). A password the
// approval generates is shown once, to this approver, in the copy-protected initial password
// dialog. The server decides every rule; its refusals are shown in "staffProposalMessage".
class StaffProposalWidget : public QWidget
{
    Q_OBJECT
public:
    explicit StaffProposalWidget(db::Session& session, QWidget* parent = nullptr);
    ~StaffProposalWidget() override;

    QString message() const;
    QTableWidget* table() const { return m_table; }
    const QList<db::StaffProposal>& proposals() const { return m_proposals; }
    // Selects the proposal's row; false if it is not listed.
    bool selectProposal(qint64 id);

public Q_SLOTS:
    bool refresh();
    bool approveSelected();
    bool rejectSelected();

Q_SIGNALS:
    // An approval changed an account (the accounts list is stale).
    void accountsChanged();

protected:
    // The list is read (and the read logged) when the screen is first shown, not at login.
    void showEvent(QShowEvent* event) override;

private:
    const db::StaffProposal* selected() const;
    void updateButtons();
    void showMessage(const QString& text, bool error);

    db::Session& m_session;
    db::StaffRepository m_repository;
    QList<db::StaffProposal> m_proposals;
    ProposalReviewPanel m_panel;
    QTableWidget* m_table = nullptr;
    QCheckBox* m_showClosed = nullptr;
    QLineEdit* m_note = nullptr;
    QPushButton* m_approve = nullptr;
    QPushButton* m_reject = nullptr;
    QLabel* m_detail = nullptr;
    QLabel* m_message = nullptr;
    bool m_loaded = false;
};

} // namespace kohi::app
