#pragma once

#include <QString>
#include <QStringList>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QWidget;

namespace kohi::app {

// The screen both second-person approvals share (鍵の操作の承認, 職員の提案の承認): an
// explanation, 終わった提案も表示 / 最新の情報に更新, the proposals table, the selected
// proposal's detail, a note with 承認 / 却下, and the outcome line. The owning widget fills the
// table and connects the controls; the server decides every rule.
struct ProposalReviewPanel
{
    QTableWidget* table = nullptr;
    QCheckBox* showClosed = nullptr;
    QPushButton* reload = nullptr;
    QLabel* detail = nullptr;
    QLineEdit* note = nullptr;
    QPushButton* approve = nullptr;
    QPushButton* reject = nullptr;
    QLabel* message = nullptr;

    // Lays the panel out in `owner`; object names are `prefix` + Table, ShowClosed, Refresh,
    // Detail, Note, Approve, Reject, Message (e.g. "keyProposalTable").
    static ProposalReviewPanel build(QWidget* owner, const QString& prefix, const QString& intro,
                                     const QStringList& headers, const QString& notePlaceholder);
    // The outcome in green, or a refusal in red (server text shown as text, never as markup).
    void showMessage(const QString& text, bool error) const;
};

} // namespace kohi::app
