#include "app/client/StaffProposalWidget.h"

#include "app/client/InitialPasswordDialog.h"
#include "app/client/ProposalReviewPanel.h"
#include "db/Session.h"
#include "db/SessionInfo.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>

using namespace Qt::StringLiterals;

namespace kohi::app {

namespace {

QString timeText(const QDateTime& t)
{
    return t.isValid() ? t.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s) : QString();
}

QString dutyLabels(const QStringList& duties)
{
    QStringList labels;
    for (const QString& d : duties)
        labels << db::dutyLabel(d);
    return labels.isEmpty()
               ? QCoreApplication::translate("kohi::app::StaffProposalWidget", "（職務なし）")
               : labels.join(u"、"_s);
}

// What the proposal changes, in one line.
QString changeText(const db::StaffProposal& p)
{
    if (p.kind != u"duties"_s)
        return QCoreApplication::translate("kohi::app::StaffProposalWidget",
                                           "パスワードを再発行（承認した管理者に表示）");
    QStringList added;
    for (const QString& d : p.dutiesAfter)
        if (!p.dutiesBefore.contains(d))
            added << d;
    return QCoreApplication::translate("kohi::app::StaffProposalWidget", "付与: %1（変更後: %2）")
        .arg(dutyLabels(added), dutyLabels(p.dutiesAfter));
}

} // namespace

StaffProposalWidget::StaffProposalWidget(db::Session& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_repository(session)
{
    setObjectName(u"staffProposalWidget"_s);
    setWindowTitle(tr("Kohi — 職員の提案の承認"));

    m_panel = ProposalReviewPanel::build(
        this, u"staffProposal"_s,
        tr("承認者・個人番号閲覧者・監査担当・ユーザー管理者の職務の付与と、"
           "それらの職務を持つ職員のパスワードの再発行は、ひとりのユーザー管理者が提案し、"
           "別のユーザー管理者が承認したときに実行されます。"
           "自分の提案と、自分が対象の提案は承認できません。承認で発行されたパスワードは、"
           "承認したあなたに一度だけ表示されます。本人に直接渡してください。"),
        {tr("番号"), tr("種類"), tr("ユーザー"), tr("内容"), tr("提案者"), tr("提案日時"),
         tr("状態"), tr("期限")},
        tr("本人確認・上長の確認など（任意、200文字以内）"));
    m_table = m_panel.table;
    m_showClosed = m_panel.showClosed;
    m_detail = m_panel.detail;
    m_note = m_panel.note;
    m_approve = m_panel.approve;
    m_reject = m_panel.reject;
    m_message = m_panel.message;
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &StaffProposalWidget::updateButtons);
    connect(m_showClosed, &QCheckBox::toggled, this, &StaffProposalWidget::refresh);
    connect(m_panel.reload, &QPushButton::clicked, this, &StaffProposalWidget::refresh);
    connect(m_approve, &QPushButton::clicked, this, &StaffProposalWidget::approveSelected);
    connect(m_reject, &QPushButton::clicked, this, &StaffProposalWidget::rejectSelected);

    updateButtons();
}

StaffProposalWidget::~StaffProposalWidget() = default;

void StaffProposalWidget::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_loaded)
        refresh();
}

QString StaffProposalWidget::message() const
{
    return m_message->text();
}

void StaffProposalWidget::showMessage(const QString& text, bool error)
{
    m_panel.showMessage(text, error);
}

bool StaffProposalWidget::refresh()
{
    const qint64 keep = selected() ? selected()->id : 0;
    const auto list = m_repository.proposals(m_showClosed->isChecked());
    if (!list) {
        showMessage(m_repository.lastError().message, true);
        return false;
    }
    m_loaded = true;
    m_proposals = *list;
    m_table->clearSelection();
    m_table->setRowCount(int(m_proposals.size()));
    for (int row = 0; row < m_proposals.size(); ++row) {
        const auto& p = m_proposals[row];
        const QStringList cells{QString::number(p.id),
                                p.kindLabel,
                                u"%1（%2）"_s.arg(p.login, p.displayName),
                                changeText(p),
                                p.proposedBy,
                                timeText(p.proposedAt),
                                p.stateLabel,
                                p.state == u"proposed"_s ? timeText(p.expiresAt)
                                                         : timeText(p.decidedAt)};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells[column]);
            if (p.mayApprove)
                item->setToolTip(tr("承認できる提案です"));
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();
    if (keep != 0)
        selectProposal(keep);
    else if (m_proposals.isEmpty())
        m_detail->setText(tr("承認を待っている職員の提案はありません。"));
    updateButtons();
    return true;
}

bool StaffProposalWidget::selectProposal(qint64 id)
{
    for (int row = 0; row < m_proposals.size(); ++row) {
        if (m_proposals[row].id == id) {
            m_table->selectRow(row);
            updateButtons();
            return true;
        }
    }
    return false;
}

const db::StaffProposal* StaffProposalWidget::selected() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty() || rows.first().row() >= m_proposals.size())
        return nullptr;
    return &m_proposals[rows.first().row()];
}

void StaffProposalWidget::updateButtons()
{
    const auto* p = selected();
    const bool mine = p && p->proposedBy == m_session.userId();
    const bool open = p && p->state == u"proposed"_s;
    // Convenience only: the server refuses the proposer and the account itself.
    m_approve->setEnabled(p && p->mayApprove);
    m_reject->setEnabled(open && (p->mayApprove || mine));
    m_reject->setText(mine ? tr("取り下げ") : tr("却下"));
    if (!p) {
        if (!m_proposals.isEmpty())
            m_detail->setText(tr("提案を選んでください。"));
        return;
    }
    QString text = tr("提案 %1: %2、ユーザー %3（%4）: %5。提案者 %6、状態 %7。")
                       .arg(p->id)
                       .arg(p->kindLabel, p->login, p->displayName, changeText(*p), p->proposedBy,
                            p->stateLabel);
    if (!p->reason.isEmpty())
        text += tr("理由: %1。").arg(p->reason);
    if (open && p->issuePassword)
        text += tr("承認すると初期パスワードが発行され、あなたに一度だけ表示されます。");
    if (mine && open)
        text += tr("自分の提案は承認できません。別のユーザー管理者の承認を待ってください。");
    else if (open && p->login == m_session.userId())
        text += tr("自分が対象の提案は承認できません。");
    m_detail->setText(text);
}

bool StaffProposalWidget::approveSelected()
{
    const auto* p = selected();
    if (!p)
        return false;
    const qint64 id = p->id;
    std::optional<db::StaffApproval> approved = m_repository.approve(id, m_note->text());
    if (!approved) {
        showMessage(m_repository.lastError().message, true);
        refresh();
        return false;
    }
    m_note->clear();
    showMessage(tr("提案 %1 を承認し、ユーザー「%2」に実行しました。").arg(id).arg(approved->login),
                false);
    refresh();
    selectProposal(id);
    Q_EMIT accountsChanged();
    if (!approved->initialPassword.isEmpty()) {
        // The only copy: the dialog shows it once and wipes this string.
        auto* dialog = new InitialPasswordDialog(approved->login, approved->initialPassword, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    }
    return true;
}

bool StaffProposalWidget::rejectSelected()
{
    const auto* p = selected();
    if (!p)
        return false;
    const qint64 id = p->id;
    const std::optional<QString> outcome = m_repository.reject(id, m_note->text());
    if (!outcome) {
        showMessage(m_repository.lastError().message, true);
        refresh();
        return false;
    }
    m_note->clear();
    showMessage(*outcome == u"withdrawn"_s ? tr("提案 %1 を取り下げました。").arg(id)
                                           : tr("提案 %1 を却下しました。").arg(id),
                false);
    refresh();
    return true;
}

} // namespace kohi::app
