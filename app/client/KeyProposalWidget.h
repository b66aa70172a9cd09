#pragma once

#include "app/client/ProposalReviewPanel.h"
#include "db/MyNumberKeyCeremony.h"

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

// 鍵の操作の承認: the second person of the My Number key ceremonies (dual control, migration
// 0022). Viewers and user administrators see the proposals to create or rotate the key and to
// enrol or remove a viewer, and approve (承認) or reject (却下) one they did not make and that is
// not about themselves; the proposer can withdraw their own (取り下げ). The proposer carries an
// approved operation out with `kohi-admin keys` within the window. The server decides every
// rule; its refusals are shown as they come in the "keyProposalMessage" label.
class KeyProposalWidget : public QWidget
{
    Q_OBJECT
public:
    explicit KeyProposalWidget(db::Session& session, QWidget* parent = nullptr);
    ~KeyProposalWidget() override;

    QString message() const;
    QTableWidget* table() const { return m_table; }
    const QList<db::MyNumberKeyCeremony::Proposal>& proposals() const { return m_proposals; }
    // Selects the proposal's row; false if it is not listed.
    bool selectProposal(qint64 id);

public Q_SLOTS:
    bool refresh();
    bool approveSelected();
    bool rejectSelected();

protected:
    // The list is read (and the read logged) when the screen is first shown, not at login.
    void showEvent(QShowEvent* event) override;

private:
    const db::MyNumberKeyCeremony::Proposal* selected() const;
    void updateButtons();
    void showMessage(const QString& text, bool error);

    db::Session& m_session;
    QList<db::MyNumberKeyCeremony::Proposal> m_proposals;
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
